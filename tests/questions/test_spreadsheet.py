"""Tests of spreadsheet import (CSV, .xlsx) and CSV export (questions.formats.spreadsheet)."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions.errors import PackError
from questions.formats.spreadsheet import (
    cannot_export,
    export_csv,
    import_spreadsheet,
    import_spreadsheet_file,
)
from questions.model import Option, Pack, PackInfo, Question
from questions.packs import check_question

KAHOOT_HEADER = [
    "", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one",
]
KAHOOT_TOP = [
    ["Quiz template"],
    ["Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."],
    [],
]
KAHOOT_ROWS = [
    [1, "Where did the leaders meet?", "Vostochny", "Baikonur", "Plesetsk", "", 20, 1],
    [2, "Which cities are in Asia?", "Pyongyang", "Paris", "Seoul", "Oslo", 30, "1,3"],
    [3, "The sun is a star.", "True", "False", "", "", 10, 1],
    [4, "", "", "", "", "", 20, ""],
]


def to_csv(rows: list[list], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def read(data, **kw):
    return import_spreadsheet(data, file="class.csv", pack_id="class", **kw)


def problems(data) -> list[tuple[int | None, int | None, str]]:
    with pytest.raises(PackError) as e:
        read(data)
    assert all(p.file == "class.csv" for p in e.value.problems)
    return [(p.line, p.col, p.message) for p in e.value.problems]


def check_kahoot(result) -> None:
    a, b, c = result.pack.questions
    assert (a.type, a.prompt, [o.text for o in a.options]) == (
        "choice", "Where did the leaders meet?", ["Vostochny", "Baikonur", "Plesetsk"])
    assert [o.credit for o in a.options] == [1.0, 0.0, 0.0]
    assert b.type == "multi"
    assert [o.credit for o in b.options] == [0.5, 0.0, 0.5, 0.0]
    assert c.type == "truefalse"
    assert [o.text for o in c.right_options] == ["True"]
    assert [q.id for q in result.pack.questions] == ["q1", "q2", "q3"]
    assert all(q.origin == "imported" and check_question(q) == [] for q in result.pack.questions)
    assert result.skipped == []
    assert result.pack.article is None


# --- Kahoot ---------------------------------------------------------------------------------------------


def test_kahoot_csv_with_title_rows_above_the_header():
    check_kahoot(read(to_csv(KAHOOT_TOP + [KAHOOT_HEADER] + KAHOOT_ROWS)))


def test_kahoot_csv_with_semicolons_and_short_headers():
    header = ["Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit (sec)", "Correct answer(s)"]
    rows = [r[1:] for r in KAHOOT_ROWS]
    check_kahoot(read(to_csv([header] + rows, ";")))


def test_kahoot_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in KAHOOT_TOP + [KAHOOT_HEADER] + KAHOOT_ROWS:
        sheet.append([None if c == "" else c for c in row])
    sheet.append([5, None, None, None, None, None, 20.0, None])  # the template numbers empty rows
    path = tmp_path / "kahoot.xlsx"
    book.save(path)
    check_kahoot(import_spreadsheet(path.read_bytes(), file=str(path), pack_id="k"))
    result = import_spreadsheet_file(path, pack_id="k", title="Summit")
    check_kahoot(result)
    assert result.pack.title == "Summit"


def test_kahoot_xlsx_reports_rows_by_their_row_number(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in KAHOOT_TOP + [KAHOOT_HEADER] + [[1, "Q?", "a", "b", None, None, 20, 3.0]]:
        sheet.append(row)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(PackError) as e:
        import_spreadsheet_file(path, pack_id="k")
    [problem] = e.value.problems
    assert (problem.line, problem.col) == (5, 8)
    assert "answer 3 is marked correct but is empty" in problem.message


def test_kahoot_bad_rows_are_all_reported():
    rows = [
        [1, "No correct answer", "a", "b", "", "", 20, ""],
        [2, "Out of range", "a", "b", "", "", 20, "5"],
        [3, "Not a number", "a", "b", "", "", 20, "first"],
        [4, "Only one answer", "a", "", "", "", 20, "1"],
        [5, "Fine", "a", "b", "", "", 20, "2"],
    ]
    found = problems(to_csv([KAHOOT_HEADER] + rows))
    assert [(line, col) for line, col, _ in found] == [(2, 8), (3, 8), (4, 8), (5, 3)]
    assert "no correct answer" in found[0][2]
    assert "not '5'" in found[1][2]
    assert "at least two answers" in found[3][2]


def test_kahoot_missing_correct_column():
    found = problems(to_csv([["Question", "Answer 1", "Answer 2"], ["Q", "a", "b"]]))
    assert found == [(1, None, "missing column 'Correct answer(s)'")]


# --- the simple layout ----------------------------------------------------------------------------------


def test_simple_layout_choice_short_and_truefalse():
    text = ("Question,Answer,Wrong 1,Wrong 2,Wrong 3,Explanation\n"
            "Capital of France?,Paris,Lyon,Nice,,The seat of government.\n"
            "Spell the animal: c_t,cat,,,,\n"
            "The sky is blue.,TRUE,,,,\n"
            "Is water dry?,false,True,,,\n")
    a, b, c, d = read(text).pack.questions
    assert (a.type, [o.text for o in a.options], [o.credit for o in a.options]) == (
        "choice", ["Paris", "Lyon", "Nice"], [1.0, 0.0, 0.0])
    assert a.explanation == "The seat of government."
    assert (b.type, [o.text for o in b.options]) == ("short", ["cat"])
    assert (c.type, [o.text for o in c.right_options]) == ("truefalse", ["True"])
    assert (d.type, [o.text for o in d.right_options]) == ("truefalse", ["False"])


def test_simple_layout_without_wrong_columns_is_short():
    result = read("Question,Answer\nWho hosted the summit?,Putin\n")
    assert result.pack.questions[0].type == "short"


def test_short_answer_cell_lines_are_accepted_answers():
    q = read('Question,Answer,Type\nWho?,"Putin\nVladimir Putin\n",short\n').pack.questions[0]
    assert [o.text for o in q.options] == ["Putin", "Vladimir Putin"]


def test_headers_ignore_case_and_spacing():
    text = "  QUESTION ;answer;  Wrong   answer 1; wrong2 ;EXPLANATION: why\nQ?;a;b;c;because\n"
    q = read(text).pack.questions[0]
    assert [o.text for o in q.options] == ["a", "b", "c"]
    assert q.explanation == "because"


def test_tab_separated_and_commas_inside_quotes():
    assert read("Question\tAnswer\tWrong 1\nA, B or C?\tB, surely\tC\n").pack.questions[0].prompt == "A, B or C?"
    q = read('Question,Answer,Wrong 1\n"Rome, Italy?","yes, it is",no\n').pack.questions[0]
    assert [o.text for o in q.options] == ["yes, it is", "no"]


def test_utf8_with_and_without_bom_and_utf16():
    text = "Question,Answer,Wrong 1\nWhere is Zürich?,Schweiz,Österreich\n"
    for data in (text, "\ufeff" + text, text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("utf-16")):
        assert read(data).pack.questions[0].options[1].text == "Österreich"


def test_latin1_is_refused_with_a_clear_message():
    data = "Question,Answer\nOk?,yes\nWhere is Zürich?,Schweiz\n".encode("latin-1")
    [(line, _, message)] = problems(data)
    assert line == 3
    assert "not UTF-8" in message and "CSV UTF-8" in message


def test_rich_markup_is_kept_literally():
    q = read("Question,Answer,Wrong 1\n[bold]Really?[/bold],[red]yes,no\n").pack.questions[0]
    assert q.prompt == "[bold]Really?[/bold]"
    assert q.options[0].text == "[red]yes"


def test_title_defaults_to_the_file_name():
    result = import_spreadsheet("Question,Answer\nQ?,a\n", file="/x/year_9-quiz.csv", pack_id="y9")
    assert (result.pack.id, result.pack.title) == ("y9", "year 9 quiz")


# --- errors ---------------------------------------------------------------------------------------------


def test_missing_question_column():
    [(line, col, message)] = problems("Prompt,Answer\nQ?,a\n")
    assert (line, col) == (1, 1)
    assert "missing column 'Question'" in message


def test_missing_answer_column_names_file_line_and_column():
    with pytest.raises(PackError) as e:
        read("Question,Wrong 1\nQ?,b\n")
    assert str(e.value) == "class.csv:1: missing column 'Answer'"


def test_every_bad_row_is_reported_and_nothing_imported():
    text = ("Question,Answer,Wrong 1,Type\n"
            ",orphan answer,,\n"              # 2: no question
            "No answer?,,x,\n"                # 3
            '"A question on\ntwo lines",a,b,\n'  # 4-5: fine
            "Short with wrongs?,a,b,short\n"  # 6
            "Weird type?,a,b,essay\n"         # 7
            "Same twice?,a,a,\n"              # 8
            "TF?,maybe,,truefalse\n"          # 9
            "\n"
            ",,,\n")                          # blank rows are passed over
    found = problems(text)
    assert [(line, col) for line, col, _ in found] == [(2, 1), (3, 2), (6, 4), (7, 4), (8, None), (9, 2)]
    assert "unknown type 'essay'" in found[3][2]


def test_header_without_rows():
    assert problems("Question,Answer\n\n") == [(1, None, "no questions below the header row")]


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    (b"\x7fELF\x00\x00\x01", "binary"),
    (b"PK\x03\x04 not really a zip", ".xlsx"),
])
def test_unreadable_files(data, words):
    with pytest.raises(PackError) as e:
        read(data)
    assert words in str(e.value)


def test_unreadable_paths(tmp_path):
    with pytest.raises(PackError, match="cannot read"):
        import_spreadsheet_file(tmp_path / "missing.csv", pack_id="x")
    with pytest.raises(PackError, match="folder"):
        import_spreadsheet_file(tmp_path, pack_id="x")


CSV_TOKENS = [",", ";", "\t", '"', "\n", "\r\n", "Question", "Answer", "Answer 1", "Answer 2",
              "Correct answer(s)", "Wrong 1", "Type", "choice", "short", "truefalse", "True", "1", "1,2",
              "5", "'=", " ", "\x00", "Explanation"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(),
    st.binary(),
    st.lists(st.one_of(st.sampled_from(CSV_TOKENS), st.text(max_size=4)), max_size=40).map("".join),
    st.binary().map(lambda b: b"PK\x03\x04" + b),
))
def test_random_input_raises_only_pack_error(data):
    try:
        result = read(data)
    except PackError as e:
        assert e.problems
    else:
        assert result.pack.questions and all(check_question(q) == [] for q in result.pack.questions)


# --- export ---------------------------------------------------------------------------------------------


def pack_of(*questions: Question) -> Pack:
    return Pack(pack=PackInfo(id="rt", title="Round trip"), questions=list(questions))


def q(id: str, type: str, prompt: str, **kw) -> Question:
    return Question(id=id, type=type, prompt=prompt, origin="imported", **kw)


ROUND_TRIP = pack_of(
    q("q1", "choice", "Where did the two leaders meet?",
      options=[Option(text="Vostochny", credit=1.0), Option(text="Baikonur"), Option(text="Plesetsk")],
      explanation="They met at the cosmodrome."),
    q("q2", "short", "Who hosted the summit?",
      options=[Option(text="Putin", credit=1.0), Option(text="Vladimir Putin", credit=1.0)]),
    q("q3", "truefalse", "The summit was in Moscow.", options=[Option(text="True"), Option(text="False", credit=1.0)]),
    q("q4", "choice", "=1+1, says the formula; which @ and - and + signs?",
      options=[Option(text="-5", credit=1.0), Option(text="+5"), Option(text="@home"), Option(text="'=quoted"),
               Option(text="a; b, \"c\""), Option(text="[bold]x")]),
)


def test_export_then_import_gives_back_the_questions():
    text = export_csv(ROUND_TRIP)
    again = read(text)
    assert [x.model_dump() for x in again.pack.questions] == [x.model_dump() for x in ROUND_TRIP.questions]
    assert read(text.encode("utf-8")).pack.questions == again.pack.questions


def test_export_layout_for_spreadsheets():
    text = export_csv(ROUND_TRIP)
    assert text.startswith("\ufeffQuestion,Answer,Wrong 1,Wrong 2,Wrong 3,Wrong 4,Wrong 5,Explanation,Type\r\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows[1] == ["Where did the two leaders meet?", "Vostochny", "Baikonur", "Plesetsk", "", "", "",
                       "They met at the cosmodrome.", "choice"]
    assert rows[2][1] == "Putin\nVladimir Putin"
    assert rows[3][1] == "False" and rows[3][-1] == "truefalse"
    # Cells a spreadsheet would run as formulas are kept as text with a leading apostrophe.
    assert rows[4][:6] == ["'=1+1, says the formula; which @ and - and + signs?", "'-5", "'+5", "'@home",
                           "''=quoted", 'a; b, "c"']


def test_types_the_layout_cannot_hold_are_left_out():
    number = q("n", "number", "Year?", options=[Option(value=2023, credit=1.0)])
    match = q("m", "match", "Match.", pairs=[("a", "b"), ("c", "d")])
    pack = pack_of(number, ROUND_TRIP.questions[0], match)
    assert cannot_export(pack) == [number, match]
    assert [x.prompt for x in read(export_csv(pack)).pack.questions] == ["Where did the two leaders meet?"]


SAFE = st.text(min_size=1, max_size=20).filter(lambda t: t == t.strip() and "\r" not in t and "\n" not in t)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=SAFE, right=SAFE, wrongs=st.lists(SAFE, min_size=1, max_size=5, unique=True),
       explanation=st.none() | SAFE)
def test_round_trip_of_any_text(prompt, right, wrongs, explanation):
    wrongs = [w for w in wrongs if w != right] or [right + "x"]
    question = q("q1", "choice", prompt, options=[Option(text=right, credit=1.0)] + [Option(text=w) for w in wrongs],
                 explanation=explanation)
    again = read(export_csv(pack_of(question))).pack.questions
    assert [x.model_dump() for x in again] == [question.model_dump()]
