"""Pack files: loading, every problem reported with its line, saving and loading back."""

from pathlib import Path

import pytest

from questions.errors import PackError
from questions.model import Article, Option, Pack, PackInfo, Question
from questions.packs import find_quote, load_pack, save_pack, validate_file

ARTICLE = "The talks lasted four to five hours. Mr Kim arrived by train.\n"

GOOD = '''[pack]
id = "mini"
title = "Mini"
article = "mini.txt"

[[questions]]
id = "hours"
type = "choice"
prompt = "How long did the talks last?"
options = [
  { text = "Four to five hours", credit = 1.0 },
  { text = "Two days", feedback = "Much shorter than that." },
]
explanation = "They talked for most of an afternoon."
source = "The talks lasted four to five hours."
'''


def write(tmp_path: Path, toml: str, article: str | None = ARTICLE) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    if article is not None:
        (folder / "mini.txt").write_text(article, encoding="utf-8")
    path = folder / "mini.toml"
    path.write_text(toml, encoding="utf-8")
    return path


def test_good_pack_loads_with_exact_offsets(tmp_path):
    pack = load_pack(write(tmp_path, GOOD))
    q = pack.question("hours")
    assert q.right_answer_text() == "Four to five hours"
    assert pack.article.text[q.source.start:q.source.end] == "The talks lasted four to five hours."
    assert q.options[1].credit == 0 and q.options[1].feedback == "Much shorter than that."


def test_toml_syntax_error_has_line_and_column(tmp_path):
    path = write(tmp_path, GOOD.replace('title = "Mini"', 'title = "Mini'))
    with pytest.raises(PackError) as err:
        load_pack(path)
    problem = err.value.problems[0]
    assert problem.line == 3 and problem.col is not None
    assert str(problem).startswith(f"{path}:3:")


def test_every_problem_reported_at_once_with_lines(tmp_path):
    bad = GOOD.replace('prompt = "How long', 'promt = "How long').replace(
        'source = "The talks lasted four to five hours."', 'source = "The talks lasted six hours."')
    bad += '''
[[questions]]
id = "hours"
type = "choice"
prompt = "Who arrived by train?"
options = [{ text = "Mr Kim" }, { text = "Mr Putin" }]

[[questions]]
id = "n"
type = "number"
prompt = "How many?"
options = [{ credit = 1.0 }]

[[questions]]
id = "m"
type = "match"
prompt = "Match"
pairs = [["a", "b"]]
'''
    problems = validate_file(write(tmp_path, bad))
    messages = [(p.line, p.message) for p in problems]
    text = "\n".join(m for _, m in messages)
    assert "unknown field 'promt' (did you mean 'prompt'?)" in text
    assert "duplicate question id 'hours'" in text
    assert "exactly one fully right option" in text
    assert "needs a value, or both min and max" in text
    assert "at least two pairs" in text
    lines = {m.split(" ")[0]: line for line, m in messages}
    assert lines["unknown"] == 9  # the line of the misspelt key
    assert all(p.line is not None for p in problems)


def test_source_not_in_article_is_a_problem(tmp_path):
    path = write(tmp_path, GOOD.replace("four to five hours.\"", "six hours.\""))
    problems = validate_file(path)
    assert len(problems) == 1
    assert problems[0].line == 15 and "not found in the article" in problems[0].message


def test_article_outside_pack_folder_refused(tmp_path):
    (tmp_path / "secret.txt").write_text(ARTICLE)
    problems = validate_file(write(tmp_path, GOOD.replace('"mini.txt"', '"../secret.txt"')))
    assert any("outside the pack's folder" in p.message for p in problems)


def test_missing_article_and_pack_table(tmp_path):
    problems = validate_file(write(tmp_path, GOOD, article=None))
    assert any("article 'mini.txt': no such article" in p.message for p in problems)
    problems = validate_file(write(tmp_path, '[[questions]]\nid = "x"\n'))
    assert any("missing [pack] table" in p.message for p in problems)


def test_binary_and_latin1_files_get_clear_messages(tmp_path):
    path = tmp_path / "bin.toml"
    path.write_bytes(b"\x00\x01\x02binary")
    assert "binary file" in validate_file(path)[0].message
    path.write_bytes('[pack]\nid = "x"\ntitle = "Caf\xe9"\n'.encode("latin-1"))
    problem = validate_file(path)[0]
    assert "not UTF-8" in problem.message and problem.line == 3
    assert "no such pack file" in validate_file(tmp_path / "nope.toml")[0].message


def test_quotes_found_whatever_the_quote_marks():
    text = "Mr Putin said “that’s why we have come here”."
    start, end = find_quote(text, "said \"that's why we have come here\"")
    assert text[start:end] == "said “that’s why we have come here”"
    assert find_quote(text, "Mr Putin  said") == (0, 13)
    assert find_quote(text, "Mr Kim said") is None


def test_save_and_load_back_every_type(tmp_path):
    article = Article(title="T", source="S", published="2023-09-13", text=ARTICLE)
    qs = [
        Question(id="c", type="choice", prompt="[bold]Hi[/bold]?", options=[
            Option(text="A", credit=1), Option(text="B", feedback="no")], explanation="e"),
        Question(id="m", type="multi", prompt="p", options=[
            Option(text="A", credit=0.5), Option(text="B", credit=0.5), Option(text="C", credit=-1)]),
        Question(id="t", type="truefalse", prompt="p", options=[
            Option(text="True", credit=1), Option(text="False")]),
        Question(id="s", type="short", prompt="p", options=[Option(text="Kim", credit=1)]),
        Question(id="n", type="number", prompt="p", options=[Option(value=40, tolerance=5, credit=1)]),
        Question(id="r", type="number", prompt="p", options=[Option(min=4, max=5, credit=1)]),
        Question(id="x", type="match", prompt="p", pairs=[("a", "1"), ("b", "2"), ("", "3")]),
        Question(id="o", type="order", prompt="p", items=["one", "two", "three"], difficulty=2,
                 tags=["t"], origin="generated"),
    ]
    pack = Pack(pack=PackInfo(id="all", title="All", article=article), questions=qs)
    path = save_pack(pack, tmp_path / "out")
    back = load_pack(path)
    assert back.model_dump() == pack.model_dump()
    assert (tmp_path / "out" / "all.txt").read_text() == ARTICLE


def test_save_refuses_a_bad_pack_and_writes_nothing(tmp_path):
    pack = Pack(pack=PackInfo(id="bad", title="Bad"), questions=[
        Question(id="c", type="choice", prompt="p", options=[Option(text="A"), Option(text="B")])])
    with pytest.raises(PackError):
        save_pack(pack, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_unknown_type_does_not_hide_the_question_other_problems(tmp_path):
    bad = GOOD.replace('type = "choice"', 'type = "choise"').replace(
        '{ text = "Four to five hours", credit = 1.0 }', '{ text = "Four to five hours", credit = "full" }')
    messages = [(p.line, p.message) for p in validate_file(write(tmp_path, bad))]
    assert messages[0] == (8, "unknown type 'choise' (did you mean 'choice'?); use one of choice, multi, "
                              "truefalse, short, number, match, order")
    assert messages[1][0] == 10 and messages[1][1].startswith("options: option 1: credit: input should be")
    assert [line for line, _ in messages] == sorted(line for line, _ in messages)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from questions.packs import parse_pack  # noqa: E402

TOML_BITS = st.sampled_from([
    "[pack]\n", "[[questions]]\n", 'id = "x"\n', 'title = "T"\n', 'type = "choice"\n', 'prompt = "P"\n',
    'options = [{ text = "A", credit = 1.0 }]\n', "options = 3\n", 'source = "the"\n', "[[pack]]\n",
    'article = "../x"\n', "pairs = [[1, 2]]\n", "items = []\n", "difficulty = 9\n", "=\n", '"\n', "[x\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TOML_BITS, st.text(max_size=20)), max_size=25))
def test_random_toml_is_refused_or_loaded_never_a_crash(tmp_path_factory, parts):
    path = tmp_path_factory.mktemp("h") / "p.toml"
    try:
        pack = parse_pack("".join(parts), path)
    except PackError as e:
        assert e.problems and all(p.message for p in e.problems)
    else:
        assert pack.id and pack.title


def test_questions_are_counted_in_the_singular_and_the_plural():
    from questions.model import n_questions

    assert (n_questions(1), n_questions(0), n_questions(35)) == ("1 question", "0 questions", "35 questions")
