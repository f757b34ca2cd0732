"""Tests of Moodle GIFT import and export (questions.formats.gift)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from questions.errors import PackError
from questions.formats.gift import cannot_export, export_gift, html_to_text, import_gift
from questions.model import Option, Pack, PackInfo, Question
from questions.packs import check_question


def read(text: str, **kw):
    return import_gift(text, file="class.gift", pack_id="class", **kw)


def one(text: str) -> Question:
    result = read(text)
    assert result.skipped == []
    assert len(result.pack.questions) == 1
    return result.pack.questions[0]


def credits(q: Question) -> list[float]:
    return [o.credit for o in q.options]


def texts(q: Question) -> list[str | None]:
    return [o.text for o in q.options]


# --- question types -----------------------------------------------------------------------------------


def test_multiple_choice_one_right():
    q = one("Who wrote the treaty?{~Smith =Jones ~Brown}")
    assert q.type == "choice"
    assert q.prompt == "Who wrote the treaty?"
    assert texts(q) == ["Smith", "Jones", "Brown"]
    assert credits(q) == [0.0, 1.0, 0.0]
    assert q.origin == "imported"


def test_choice_with_partial_credit_stays_choice():
    q = one("Hard one.{~wrong ~%50%half =full}")
    assert q.type == "choice"
    assert credits(q) == [0.0, 0.5, 1.0]


def test_multiple_answers_with_weights_and_penalties():
    q = one("Which are planets?{~%50%Mars ~%50%Venus ~%-100%Moon ~Sun}")
    assert q.type == "multi"
    assert credits(q) == [0.5, 0.5, -1.0, 0.0]


def test_one_full_weight_and_the_rest_nothing_is_a_choice():
    q = one("Which is red?{~%100%Mars ~%-50%Venus ~Moon}")
    assert q.type == "choice"
    assert credits(q) == [1.0, -0.5, 0.0]


def test_rounded_thirds_are_read_as_thirds():
    q = one("Pick three.{~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}")
    assert q.type == "multi"
    assert credits(q)[:3] == [1 / 3] * 3


@pytest.mark.parametrize("word,right", [("T", "True"), ("TRUE", "True"), ("F", "False"), ("FALSE", "False"),
                                        ("true", "True")])
def test_true_false(word, right):
    q = one(f"The summit was held in Russia.{{{word}}}")
    assert q.type == "truefalse"
    assert [o.text for o in q.right_options] == [right]
    assert texts(q) == ["True", "False"]


def test_true_false_feedback_first_is_for_the_wrong_answer_second_for_the_right():
    q = one("The summit was in Moscow.{FALSE#No: it was at a cosmodrome.#Right, it was not.####General.}")
    true, false = q.options
    assert (true.credit, false.credit) == (0.0, 1.0)
    assert true.feedback == "No: it was at a cosmodrome."
    assert false.feedback == "Right, it was not."
    assert q.explanation == "General."


def test_true_false_with_only_wrong_feedback():
    q = one("Grass is blue.{F#It is green.}")
    assert q.options[0].feedback == "It is green."
    assert q.options[1].feedback is None


def test_short_answer_with_several_accepted_answers_and_weights():
    q = one("Who won?{=Smith =J. Smith =%50%Smyth#Check the spelling.}")
    assert q.type == "short"
    assert texts(q) == ["Smith", "J. Smith", "Smyth"]
    assert credits(q) == [1.0, 1.0, 0.5]
    assert q.options[2].feedback == "Check the spelling."


def test_numerical_value():
    q = one("When was the treaty signed?{#1961}")
    assert q.type == "number"
    assert (q.options[0].value, q.options[0].tolerance, q.options[0].credit) == (1961.0, None, 1.0)


def test_numerical_tolerance_and_range():
    q = one("Pi?{#3.14:0.01}")
    assert (q.options[0].value, q.options[0].tolerance) == (3.14, 0.01)
    q = one("A number from 1 to 5?{#1..5}")
    assert (q.options[0].min, q.options[0].max, q.options[0].value) == (1.0, 5.0, None)
    q = one("Below zero?{#-10..-1.5}")
    assert (q.options[0].min, q.options[0].max) == (-10.0, -1.5)


def test_numerical_several_answers_with_weights_and_feedback():
    q = one("Pi?{# =%100%3.14:0.01#Good. =%50%3.1:0.1#Close.}")
    assert [(o.value, o.tolerance, o.credit, o.feedback) for o in q.options] == [
        (3.14, 0.01, 1.0, "Good."), (3.1, 0.1, 0.5, "Close.")]


def test_numerical_catch_all_wrong_feedback_is_dropped():
    q = one("A number from 1 to 5?{#3:2 ~#Completely wrong}")
    assert len(q.options) == 1
    assert (q.options[0].value, q.options[0].tolerance) == (3.0, 2.0)


def test_matching_with_an_extra_wrong_answer():
    q = one("Match the leaders to their countries.{\n =Putin -> Russia\n =Kim -> North Korea\n = -> China\n}")
    assert q.type == "match"
    assert q.pairs == [("Putin", "Russia"), ("Kim", "North Korea"), ("", "China")]
    assert q.options == []


def test_missing_word_becomes_a_blank():
    q = one("The leaders met at the {=Vostochny ~Baikonur} Cosmodrome.")
    assert q.prompt == "The leaders met at the _____ Cosmodrome."


def test_stray_punctuation_after_a_finished_sentence_is_not_a_blank():
    assert one("What is pi? {#3.14:0.01}.").prompt == "What is pi?"
    assert one('Is 42 the answer?{T}";').prompt == "Is 42 the answer?"
    assert one("Jesus was from {=Nazareth}.").prompt == "Jesus was from _____."


def test_question_spread_over_lines_joins_them():
    q = one("::Q::Japanese characters originally\ncame from what country? {\n  ~India\n  =China\n}")
    assert q.prompt == "Japanese characters originally came from what country?"


# --- names, categories, comments ------------------------------------------------------------------------


def test_titles_become_ids_slugified_and_unique_others_numbered():
    result = read("::The Venue!::Where?{=A ~B}\n\n::The venue::Where again?{=A ~B}\n\nAnd?{=A ~B}\n\n"
                  "::Ünïcode Näme::Hm?{T}")
    assert [q.id for q in result.pack.questions] == ["the-venue", "the-venue-2", "q3", "unicode-name"]


def test_category_last_part_becomes_tag():
    result = read("$CATEGORY: $course$/top/World news/Summit talks\n\nQ1?{T}\n\n"
                  "// next category\n$CATEGORY: $course$/Elections\n\nQ2?{F}\n\n$CATEGORY: $course$\n\nQ3?{T}")
    assert [q.tags for q in result.pack.questions] == [["summit-talks"], ["elections"], []]


def test_category_line_directly_above_a_question():
    result = read("$CATEGORY: Science\nIs water wet?{T}")
    assert result.pack.questions[0].tags == ["science"]


def test_comments_are_ignored_everywhere():
    result = read("// a heading\n// ===Section===\nWho?{\n// not an answer\n=A\n~B\n}\n\n// the end")
    assert len(result.pack.questions) == 1
    assert texts(result.pack.questions[0]) == ["A", "B"]


def test_blank_lines_separate_questions_and_whitespace_only_lines_count_as_blank():
    result = read("One?{T}\n   \t\nTwo?{F}\n\n\n\nThree?{T}\r\n\r\nFour?{F}")
    assert [q.prompt for q in result.pack.questions] == ["One?", "Two?", "Three?", "Four?"]


def test_pack_has_no_article_and_title_defaults_to_the_file_name():
    result = import_gift("Q?{T}", file="/tmp/year_9-summit.gift.txt", pack_id="y9")
    assert result.pack.pack.id == "y9"
    assert result.pack.title == "year 9 summit"
    assert result.pack.article is None
    assert all(q.source is None for q in result.pack.questions)
    assert read("Q?{T}", title="My quiz").pack.title == "My quiz"


# --- escapes and text formats ---------------------------------------------------------------------------


def test_escapes():
    q = one(r"What does \{x\} \= 1\: mean\#?{=a \~ b\#c#fb \= x ~C:\\path ~line\none}")
    assert q.prompt == "What does {x} = 1: mean#?"
    assert texts(q) == ["a ~ b#c", "C:\\path", "line\none"]
    assert q.options[0].feedback == "fb = x"


def test_a_backslash_before_other_characters_stays():
    assert one(r"Path C:\temp?{=yes ~no}").prompt == "Path C:\\temp?"


def test_html_is_turned_into_plain_text():
    q = one("[html]<p>Match the <b>activity</b>&nbsp;to&amp;the<br/>description.</p><p>Second &lt;para&gt;.</p>"
            "{=<i>a</i> ~b}")
    assert q.prompt == "Match the activity to&the\ndescription.\n\nSecond <para>."
    assert texts(q) == ["a", "b"]


def test_html_in_answers_and_feedback_with_their_own_markers():
    q = one("::Q2:: Colour?{\n=yellow # right; good!\n~red # [html]wrong, it&#39;s <b>yellow</b>\n"
            "~[plain]<blue> # wrong\n}")
    assert texts(q) == ["yellow", "red", "<blue>"]
    assert q.options[1].feedback == "wrong, it's yellow"


def test_markdown_plain_and_moodle_formats():
    assert one("[markdown]Who is in **Grant's tomb**?{=no one}").prompt == "Who is in Grant's tomb?"
    assert one("[plain]Is <b>this</b> bold?{T}").prompt == "Is <b>this</b> bold?"
    assert one("[moodle]Is <b>this</b> bold?{T}").prompt == "Is this bold?"
    assert one("Plain 2 < 3 and 5 > 4?{T}").prompt == "Plain 2 < 3 and 5 > 4?"


def test_rich_markup_is_kept_literally():
    q = one("[bold]Is this[/bold] bold?{=[red]no[/red] ~[b]yes}")
    assert q.prompt == "[bold]Is this[/bold] bold?"
    assert texts(q) == ["[red]no[/red]", "[b]yes"]


def test_html_to_text_survives_broken_markup():
    assert html_to_text("Hi <![bogus x>there &amp; <b>here</b>") == "Hi there & here"
    assert html_to_text("<script>x()</script>Hi <img alt='pic'>") == "Hi pic"


def test_per_answer_feedback():
    q = one("Which?{~wrong#Not this one. =right#Very good!}")
    assert [o.feedback for o in q.options] == ["Not this one.", "Very good!"]


def test_general_feedback_is_the_explanation():
    q = one("Who?{=A ~B ####Because A.}")
    assert q.explanation == "Because A."


# --- what cannot be played ------------------------------------------------------------------------------


def test_essays_and_descriptions_are_skipped_with_their_line():
    result = read("// intro\n::Essay::How are you? {}\n\nA description with no answers.\n\n"
                  "Playable?{T}\n\n::E2::Write about it.{####Model answer.}")
    assert [q.prompt for q in result.pack.questions] == ["Playable?"]
    assert [s.line for s in result.skipped] == [2, 4, 8]
    assert "essay" in result.skipped[0].reason and "'Essay'" in result.skipped[0].reason
    assert "description" in result.skipped[1].reason
    assert "essay" in result.skipped[2].reason


def test_unplayable_questions_are_skipped_with_check_question_reason():
    result = read("Two right?{=a =b ~c}\n\nCredits off?{~%50%a ~%20%b ~c}\n\nOne pair.{=a -> b}\n\nFine?{T}")
    assert len(result.pack.questions) == 1
    assert [s.line for s in result.skipped] == [1, 3, 5]
    assert "exactly one fully right option" in result.skipped[0].reason
    assert "add up to 1.0" in result.skipped[1].reason
    assert "two pairs" in result.skipped[2].reason


def test_every_imported_question_passes_check_question():
    result = read("A?{~a =b}\n\nB?{T}\n\nC?{=x}\n\nD?{#1..2}\n\nE?{=a->b =c->d}\n\nF?{~%50%a ~%50%b ~c}")
    assert len(result.pack.questions) == 6
    assert all(check_question(q) == [] for q in result.pack.questions)


# --- errors ---------------------------------------------------------------------------------------------


def test_unclosed_brace_reports_file_line_and_column():
    with pytest.raises(PackError) as e:
        read("Fine?{T}\n\n// comment\nWho won?  {=Smith ~Jones\n")
    [problem] = e.value.problems
    assert (problem.file, problem.line, problem.col) == ("class.gift", 4, 11)
    assert "not closed" in problem.message


def test_every_problem_is_reported():
    text = ("Who?{=a\n\n"                     # 1: unclosed
            "Fine?{T}\n\n"                     # 3
            "Stray } brace{=a}\n\n"            # 5: } before {
            "Nested {=a {=b}\n\n"              # 7: { inside a block
            "Number?{#abc}\n\n"                # 9: not a number
            "Weight?{~%150%a =b}\n\n"          # 11: weight out of range
            "::Unclosed title Who?{T}\n\n"     # 13
            "Two blocks {=a} and {=b}\n\n"     # 15
            "Words?{just words}\n\n"           # 17: no = or ~
            "Match?{=a -> b =c d}\n")          # 19: pair without ->
    with pytest.raises(PackError) as e:
        read(text)
    assert [(p.line, p.col) for p in e.value.problems] == [
        (1, 5), (5, 7), (7, 12), (9, 10), (11, 10), (13, 1), (15, 21), (17, 8), (19, 17)]
    assert all(p.file == "class.gift" for p in e.value.problems)
    assert "class.gift:9:10: 'abc' is not a number" in str(e.value)


def test_empty_file_is_an_error():
    with pytest.raises(PackError, match="no questions"):
        read("// only a comment\n\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from([
        "{", "}", "=", "~", "#", "####", "::", "->", "%50%", "%-100%", "\\", "\\n", ":", "..", "1",
        "-2.5", "1e999", "T", "FALSE", "[html]", "[markdown]", "<b>", "<![x", "&amp;", "\n", "\n\n",
        "// c\n", "$CATEGORY: a/b\n", " ", "_____", "\r\n", "\ufeff"]), st.text(max_size=4)),
        max_size=30).map("".join),
))
def test_random_text_raises_only_pack_error(text):
    try:
        result = read(text)
    except PackError as e:
        assert e.problems and all(p.line is not None for p in e.problems)
    else:
        assert all(check_question(q) == [] for q in result.pack.questions)


# --- export and round trips -----------------------------------------------------------------------------


def pack_of(*questions: Question) -> Pack:
    return Pack(pack=PackInfo(id="rt", title="Round trip"), questions=list(questions))


def q(id: str, type: str, prompt: str, **kw) -> Question:
    return Question(id=id, type=type, prompt=prompt, origin="imported", **kw)


ALL_TYPES = pack_of(
    q("venue", "choice", "Where did the two leaders meet?",
      options=[Option(text="Vostochny Cosmodrome", credit=1.0, feedback="Yes."),
               Option(text="Baikonur", feedback="Baikonur is in Kazakhstan."),
               Option(text="Half right", credit=0.5), Option(text="Penalty", credit=-0.25)],
      explanation="They met at Russia's most important launch centre on its own soil."),
    q("blank", "choice", "The leaders met at the _____ Cosmodrome.",
      options=[Option(text="Vostochny", credit=1.0), Option(text="Baikonur")]),
    q("asia", "multi", "Which cities are in Asia?",
      options=[Option(text="Seoul", credit=1 / 3), Option(text="Tokyo", credit=1 / 3),
               Option(text="Pyongyang", credit=1 / 3), Option(text="Paris", credit=-1.0, feedback="France.")]),
    q("moscow", "truefalse", "The summit was held in Moscow.",
      options=[Option(text="True", feedback="It was not."), Option(text="False", credit=1.0, feedback="Right.")],
      explanation="It was held in the Far East."),
    q("star", "truefalse", "The sun is a star.",
      options=[Option(text="True", credit=1.0), Option(text="False", feedback="It is one.")]),
    q("plain-tf", "truefalse", "Water is wet.",
      options=[Option(text="True", credit=1.0), Option(text="False")]),
    q("who", "short", "Who hosted the summit?",
      options=[Option(text="Putin", credit=1.0), Option(text="Vladimir Putin", credit=1.0),
               Option(text="Poutine", credit=0.5, feedback="Spelling!"), Option(text="*", feedback="No.")]),
    q("year", "number", "In which year did the summit take place?", options=[Option(value=2023.0, credit=1.0)]),
    q("pi", "number", "Pi to two places?",
      options=[Option(value=3.14, tolerance=0.005, credit=1.0, feedback="Good."),
               Option(min=3.0, max=3.3, credit=0.5), Option(value=-1e-05, tolerance=0.0, credit=0.0)]),
    q("leaders", "match", "Match the leaders to their countries.",
      pairs=[("Putin", "Russia"), ("Kim Jong Un", "North Korea"), ("", "China")]),
    q("tricky", "choice", "Which is {literally} = 5 # or ~ 2: see C:\\dir\\ and \\n?\nSecond line",
      options=[Option(text="<b>bold</b> & co", credit=1.0, feedback="[html] literal"),
               Option(text="%50 off"), Option(text="[plain] is a marker"), Option(text="back\\")]),
    q("markup", "choice", "[bold]Rich[/bold] markup stays?", options=[Option(text="[red]yes", credit=1.0),
                                                                    Option(text="no")]),
)


def test_round_trip_of_every_type():
    text = export_gift(ALL_TYPES)
    result = read(text)
    assert result.skipped == []
    assert [x.model_dump() for x in result.pack.questions] == [x.model_dump() for x in ALL_TYPES.questions]


def test_export_looks_like_moodle_gift():
    text = export_gift(pack_of(ALL_TYPES.questions[0], ALL_TYPES.questions[7], ALL_TYPES.questions[9]))
    assert "::venue::Where did the two leaders meet?{\n\t=Vostochny Cosmodrome#Yes.\n" in text
    assert "\t~%-25%Penalty\n\t####They met at Russia's most important launch centre on its own soil.\n}" in text
    assert "::year::In which year did the summit take place?{\n\t#2023\n}" in text
    assert "\t= -> China\n" in text


def test_blank_goes_back_where_it_was():
    text = export_gift(pack_of(ALL_TYPES.questions[1]))
    assert "::blank::The leaders met at the {\n\t=Vostochny\n\t~Baikonur\n} Cosmodrome." in text


def test_order_questions_are_left_out_with_a_comment():
    order = q("steps", "order", "Put them in order.", items=["first", "second"])
    pack = pack_of(order, ALL_TYPES.questions[4])
    text = export_gift(pack)
    assert "// left out: 'steps': GIFT has no order questions" in text
    assert "first" not in text
    assert cannot_export(pack) == [order]
    assert [x.id for x in read(text).pack.questions] == ["star"]


def test_tags_go_out_as_categories_and_come_back():
    tagged = [x.model_copy(update={"tags": [tag]}) for x, tag in
              zip(ALL_TYPES.questions[:3], ["summit", "summit", "geography"])]
    text = export_gift(pack_of(*tagged))
    assert text.count("$CATEGORY: $course$/top/Round trip/summit") == 1
    assert "$CATEGORY: $course$/top/Round trip/geography" in text
    assert [x.tags for x in read(text).pack.questions] == [["summit"], ["summit"], ["geography"]]


def test_untagged_question_among_tagged_ones_gets_the_pack_category():
    # GIFT has one category per question; an untagged one is put under the pack's own category.
    tagged = ALL_TYPES.questions[0].model_copy(update={"tags": ["summit"]})
    text = export_gift(pack_of(tagged, ALL_TYPES.questions[4]))
    assert [x.tags for x in read(text).pack.questions] == [["summit"], ["round-trip"]]


def test_moodle_reading_quirks_in_export():
    # A backslash is only doubled where Moodle would take it for an escape.
    text = export_gift(pack_of(ALL_TYPES.questions[10]))
    assert r"\{literally\} \= 5 \# or \~ 2\: see C\:\dir\ and \\n?\nSecond line{" in text
    assert "\t=[plain]<b>bold</b> & co#[plain][html] literal\n" in text
    assert "\t~%0%%50 off\n" in text


SAFE_TEXT = st.text(min_size=1, max_size=30).filter(lambda t: t == t.strip() and "\r" not in t)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=SAFE_TEXT, right=SAFE_TEXT, wrong=SAFE_TEXT, feedback=st.none() | SAFE_TEXT,
       explanation=st.none() | SAFE_TEXT, left=SAFE_TEXT.filter(lambda t: "->" not in t),
       short=SAFE_TEXT.filter(lambda t: "->" not in t))
@example(prompt="0", right="0", wrong="0", feedback=None, explanation=None, left="0", short="\\\n0")
def test_round_trip_of_any_text(prompt, right, wrong, feedback, explanation, left, short):
    questions = [
        q("c", "choice", prompt, options=[Option(text=right, credit=1.0, feedback=feedback),
                                          Option(text=wrong, feedback=feedback)], explanation=explanation),
        q("t", "truefalse", prompt, options=[Option(text="True", feedback=feedback),
                                             Option(text="False", credit=1.0, feedback=feedback)]),
        q("s", "short", prompt, options=[Option(text=short, credit=1.0, feedback=feedback)]),
        q("m", "match", prompt, pairs=[(left, right), (left + "2", wrong)], explanation=explanation),
    ]
    pack = pack_of(*questions)
    result = read(export_gift(pack))
    assert [x.model_dump() for x in result.pack.questions] == [x.model_dump() for x in questions]


# --- Moodle's own files -----------------------------------------------------------------------------------


def shared_gift() -> Path:
    base = os.environ.get("NEWSQUIZ_SHARED")
    folder = Path(base) / "gift" if base else Path(__file__).resolve().parents[3] / "shared" / "gift"
    if not folder.is_dir():
        pytest.skip(f"Moodle's GIFT files are not here ({folder}); set NEWSQUIZ_SHARED to the shared folder")
    return folder


@pytest.mark.parametrize("name,imported,skipped", [
    ("examples.gift.txt", 43, []),
    ("questions.gift.txt", 8, [2]),
    ("questions_in_category.gift.txt", 4, []),
])
def test_moodle_files(name, imported, skipped):
    path = shared_gift() / name
    result = import_gift(path.read_text(encoding="utf-8"), file=str(path), pack_id="moodle")
    assert len(result.pack.questions) == imported
    assert [s.line for s in result.skipped] == skipped
    assert all(check_question(x) == [] for x in result.pack.questions)
    again = read(export_gift(result.pack))
    assert [x.model_dump() for x in again.pack.questions] == [x.model_dump() for x in result.pack.questions]


def test_moodle_fixture_details():
    folder = shared_gift()
    questions = import_gift((folder / "questions.gift.txt").read_text(encoding="utf-8"),
                            file="questions.gift.txt", pack_id="m")
    assert "essay" in questions.skipped[0].reason
    by_id = {x.id: x for x in questions.pack.questions}
    assert by_id["moodle-activities"].pairs[-1] == ("", "Chat")
    assert by_id["colours"].type == "multi"
    assert by_id["q1"].prompt == "42 is the Absolute Answer to everything."
    assert by_id["q1"].explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert set(by_id) >= {"2-08-tsl", "2-08-tsl-2", "shortanswer", "q5", "q2"}
    category = import_gift((folder / "questions_in_category.gift.txt").read_text(encoding="utf-8"),
                           file="c", pack_id="c")
    assert {tag for x in category.pack.questions for tag in x.tags} == {"default-for-new-features"}
    greeting = category.pack.question("greeting")
    assert greeting.prompt == "Listen to this greeting:\n\nWhat language is being spoken?"


# --- layering -------------------------------------------------------------------------------------------


def test_formats_import_no_upper_layers():
    code = ("import sys, questions.formats.gift, questions.formats.spreadsheet\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'sqlmodel', 'quiz', 'openpyxl')]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_a_short_answer_with_an_arrow_is_left_out_with_a_comment():
    arrow = q("s", "short", "Which key moves right?", options=[Option(text="->", credit=1.0)])
    plain = q("p", "short", "Capital of France?", options=[Option(text="Paris", credit=1.0)])
    pack = pack_of(arrow, plain)
    assert cannot_export(pack) == [arrow]
    text = export_gift(pack)
    assert "// left out: 's': GIFT would read a short answer with '->' in it as a matching question" in text
    assert [x.id for x in read(text).pack.questions] == ["p"]
