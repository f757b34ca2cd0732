"""The pack workflow as plain functions: validate, import (atomic, all or nothing), export, remove,
the JSON Schema, and every TOML example of docs/packs.md."""

import json
import re
import shutil
import tempfile
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questions.errors import PackError
from questions.packs import BUILTIN_DIR, OPTION_FIELDS, PACK_FIELDS, QUESTION_FIELDS, load_pack, parse_pack
from questions.schema import pack_schema
from quiz import packs_service as svc
from quiz.catalog import list_packs
from quiz.errors import QuizError
from quiz.paths import data_dir, user_packs_dir

ROOT = Path(__file__).resolve().parents[2]
SUMMIT = BUILTIN_DIR / "summit" / "summit.toml"

GIFT = """// A small GIFT file
::capital::Which city is the capital of France?{=Paris ~Lyon#Lyon is the third city. ~Marseille}

::essay::Why does the summit matter? {}

::leaders::Putin met Kim. {T}

::hours::How many hours did the talks last?{#4..5}
"""

CSV = "Question,Answer,Wrong 1,Wrong 2,Explanation\nCapital of France?,Paris,Lyon,Nice,It is Paris.\nSay yes,yes,,,\n"

TOML = """# My pack: comments are kept when it is installed
[pack]
id = "mine"
title = "Mine"
article = "texts/article.txt"

[[questions]]
id = "hours"
type = "choice"
prompt = "How long did the talks last?"
options = [{ text = "Four to five hours", credit = 1.0 }, { text = "Two days" }]
source = "The talks lasted four to five hours."
"""

ARTICLE = "The talks lasted four to five hours. Mr Kim arrived by train.\n"


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "in"
    (folder / "texts").mkdir(parents=True)
    (folder / "year-9.gift").write_text(GIFT, encoding="utf-8")
    (folder / "sheet.csv").write_text(CSV, encoding="utf-8")
    (folder / "mine.toml").write_text(TOML, encoding="utf-8")
    (folder / "texts" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def installed_ids() -> set[str]:
    return {r.id for r in list_packs()[0].values() if r.where == "installed"}


def no_leftovers() -> bool:
    """Nothing half-written: no temporary folders beside the packs folder."""
    return not data_dir().exists() or not [p for p in data_dir().iterdir() if p.name.startswith(".")]


# --- reading and validating ---------------------------------------------------------------------------


def test_format_comes_from_the_extension_unless_given(tmp_path):
    assert svc.detect_format(Path("a.toml")) == "toml"
    assert svc.detect_format(Path("a.gift.txt")) == "gift"
    assert svc.detect_format(Path("a.XLSX")) == "csv"
    assert svc.detect_format(Path("a.dat"), "gift") == "gift"
    with pytest.raises(PackError, match="--format"):
        svc.detect_format(Path("a.dat"))


def test_validate_lists_every_problem_of_a_toml_pack_with_lines(files):
    bad = TOML.replace('prompt = "How long', 'promt = "How long').replace('credit = 1.0 }, { text = "Two days" }',
                                                                        'credit = 1.0 }, { text = "Two", credit = 1.0 }')
    bad += '\n[[questions]]\nid = "n"\ntype = "number"\nprompt = "How many?"\nsource = "Not in it."\n'
    (files / "mine.toml").write_text(bad, encoding="utf-8")
    check = svc.validate(files / "mine.toml")
    assert not check.ok
    messages = [str(p) for p in check.problems]
    assert any(re.search(r"mine\.toml:\d+:\d+: unknown field 'promt' \(did you mean 'prompt'\?\)", m) for m in messages)
    assert any("number question needs" in m for m in messages)
    assert any("source quote not found" in m for m in messages)
    assert all(p.line for p in check.problems)


def test_validate_gift_lists_skipped_questions_but_is_ok(files):
    check = svc.validate(files / "year-9.gift")
    assert check.ok and len(check.pack.questions) == 3
    rows = check.rows()
    assert rows == [{"file": str(files / "year-9.gift"), "line": 4, "col": None, "kind": "skipped",
                     "message": rows[0]["message"]}]
    assert "essay" in rows[0]["message"]


def test_validate_a_folder_is_a_problem_not_a_crash(tmp_path):
    check = svc.validate(tmp_path)
    assert not check.ok and "folder" in check.problems[0].message


# --- import -------------------------------------------------------------------------------------------


def test_gift_import_installs_a_toml_pack_in_its_own_folder(files):
    report = svc.import_pack(files / "year-9.gift")
    assert report.pack.id == "year-9" and report.installed == user_packs_dir() / "year-9" / "year-9.toml"
    pack = load_pack(report.installed)
    assert [q.id for q in pack.questions] == ["capital", "leaders", "hours"]
    assert {q.origin for q in pack.questions} == {"imported"}
    assert [s.line for s in report.skipped] == [4]
    text = "\n".join(report.lines())
    assert "3 questions" in text and "1 choice, 1 truefalse, 1 number" in text and ":4:" in text
    assert "quiz play --pack year-9" in text
    assert installed_ids() == {"year-9"} and no_leftovers()


def test_dry_run_installs_nothing_and_reports_the_same(files):
    report = svc.import_pack(files / "year-9.gift", dry_run=True)
    assert report.installed is None and not user_packs_dir().exists()
    data = report.to_json_dict()
    assert data["pack"]["id"] == "year-9" and len(data["questions"]) == 3
    assert data["skipped"] == [{"line": 4, "reason": report.skipped[0].reason}]
    assert json.loads(json.dumps(data)) == data


def test_csv_import(files):
    report = svc.import_pack(files / "sheet.csv", pack_id="sheet-1")
    assert [q.type for q in load_pack(report.installed).questions] == ["choice", "short"]


def test_toml_import_copies_the_file_as_written_and_its_article(files):
    report = svc.import_pack(files / "mine.toml")
    folder = user_packs_dir() / "mine"
    assert (folder / "mine.toml").read_text(encoding="utf-8") == TOML  # comments kept
    assert (folder / "texts" / "article.txt").read_text(encoding="utf-8") == ARTICLE
    assert load_pack(report.installed).questions[0].source.start == 0


def test_toml_import_under_another_id_keeps_comments(files):
    svc.import_pack(files / "mine.toml", pack_id="mine-2")
    text = (user_packs_dir() / "mine-2" / "mine-2.toml").read_text(encoding="utf-8")
    assert text.startswith("# My pack") and 'id = "mine-2"' in text
    assert load_pack(user_packs_dir() / "mine-2" / "mine-2.toml").id == "mine-2"


def test_an_id_clash_is_refused_with_how_to_choose_another(files):
    svc.import_pack(files / "year-9.gift")
    with pytest.raises(PackError) as err:
        svc.import_pack(files / "year-9.gift")
    assert "already there" in str(err.value) and "--id" in str(err.value)
    with pytest.raises(PackError, match="built-in.*--id"):
        svc.import_pack(SUMMIT)
    with pytest.raises(PackError, match="already there"):
        svc.import_pack(files / "year-9.gift", dry_run=True)
    assert installed_ids() == {"year-9"}


def test_an_id_that_cannot_name_a_folder_is_refused(files):
    with pytest.raises(PackError, match="cannot name a folder"):
        svc.import_pack(files / "year-9.gift", pack_id="../escape")
    (files / "mine.toml").write_text(TOML.replace('id = "mine"', 'id = "../../mine"'), encoding="utf-8")
    with pytest.raises(PackError, match="cannot name a folder"):
        svc.import_pack(files / "mine.toml")
    assert not user_packs_dir().exists() or not any(user_packs_dir().iterdir())


def test_a_file_of_only_unplayable_questions_installs_nothing(tmp_path):
    path = tmp_path / "essays.gift"
    path.write_text("::a:: Discuss. {}\n\n::b:: Just some text.\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        svc.import_pack(path)
    assert "nothing to import" in str(err.value) and f"{path}:1: skipped" in str(err.value)
    assert not user_packs_dir().exists()


def test_a_failure_while_installing_leaves_nothing_behind(files, monkeypatch):
    def broken_rename(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(svc.os, "rename", broken_rename)
    with pytest.raises(PackError, match="No space left"):
        svc.import_pack(files / "mine.toml")
    assert installed_ids() == set() and no_leftovers()


# --- export -------------------------------------------------------------------------------------------


def test_toml_export_writes_the_article_beside_and_loads_back(tmp_path):
    out = tmp_path / "out" / "summit-edit.toml"
    result = svc.export_pack("summit", "toml", out)
    assert result.written == [out, out.parent / "summit-edit.txt"]
    again = load_pack(out)
    original = load_pack(SUMMIT)
    assert again.article.text == original.article.text
    assert [q.model_dump() for q in again.questions] == [q.model_dump() for q in original.questions]


def test_toml_export_to_stdout_says_what_it_leaves_out():
    result = svc.export_pack("summit", "toml")
    assert result.written == [] and "article" in result.notes[0]
    assert "source =" not in result.text and len(tomllib.loads(result.text)["questions"]) == 35


def test_gift_and_csv_exports_name_what_they_leave_out(tmp_path):
    gift = svc.export_pack("summit", "gift", tmp_path / "s.gift")
    assert any("summit-day" in n and "order" in n for n in gift.notes)
    assert "::venue::" in (tmp_path / "s.gift").read_text(encoding="utf-8")
    csv = svc.export_pack("summit", "csv")
    assert csv.text.startswith("\ufeffQuestion,Answer") and any("multi" in n for n in csv.notes)


def test_export_then_import_gives_back_the_same_questions(tmp_path, files):
    svc.import_pack(files / "year-9.gift")
    out = tmp_path / "edit.toml"
    svc.export_pack("year-9", "toml", out)
    report = svc.import_pack(out, pack_id="year-9-v2")
    first = load_pack(user_packs_dir() / "year-9" / "year-9.toml")
    assert [q.model_dump() for q in load_pack(report.installed).questions] == [
        q.model_dump() for q in first.questions]


def test_export_of_an_unknown_pack_or_to_a_folder(tmp_path):
    with pytest.raises(QuizError, match="unknown pack 'nope'"):
        svc.export_pack("nope", "gift")
    with pytest.raises(PackError, match="folder"):
        svc.export_pack("summit", "gift", tmp_path)


# --- remove -------------------------------------------------------------------------------------------


def test_remove_takes_out_an_installed_pack_and_its_folder(files):
    svc.import_pack(files / "mine.toml")
    assert svc.remove_pack("mine") == user_packs_dir() / "mine"
    assert not (user_packs_dir() / "mine").exists() and installed_ids() == set() and no_leftovers()


def test_remove_refuses_built_in_and_packs_path_packs(tmp_path, monkeypatch):
    with pytest.raises(QuizError, match="built-in"):
        svc.remove_pack("summit")
    extra = tmp_path / "shared-packs"
    extra.mkdir()
    shutil.copy(SUMMIT.parent / "summit.txt", extra)
    (extra / "other.toml").write_text(SUMMIT.read_text(encoding="utf-8").replace('id = "summit"', 'id = "other"', 1),
                                      encoding="utf-8")
    monkeypatch.setenv("QUIZ_PACKS_PATH", str(extra))
    with pytest.raises(QuizError, match="QUIZ_PACKS_PATH"):
        svc.remove_pack("other")
    assert (extra / "other.toml").exists()
    with pytest.raises(QuizError, match="no pack with the id 'ghost'"):
        svc.remove_pack("ghost")


# --- the JSON Schema ----------------------------------------------------------------------------------

def as_taplo_sees_it(data):
    """TOML dates as strings, as editors hand them to a JSON Schema."""
    if isinstance(data, dict):
        return {k: as_taplo_sees_it(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_taplo_sees_it(v) for v in data]
    return data.isoformat() if isinstance(data, date) else data


def schema_errors(data) -> list[str]:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft7Validator(pack_schema())
    return [e.message for e in validator.iter_errors(as_taplo_sees_it(data))]


def test_schema_is_valid_and_names_exactly_the_fields_the_loader_takes():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft7Validator.check_schema(pack_schema())
    props = pack_schema()["properties"]
    assert set(props["pack"]["properties"]) == PACK_FIELDS
    assert set(props["questions"]["items"]["properties"]) == QUESTION_FIELDS
    assert set(props["questions"]["items"]["properties"]["options"]["items"]["properties"]) == OPTION_FIELDS


def test_summit_pack_validates_against_the_schema():
    assert schema_errors(tomllib.loads(SUMMIT.read_text(encoding="utf-8"))) == []


def test_schema_catches_what_an_editor_should_underline():
    data = tomllib.loads(TOML)
    data["questions"][0]["explaination"] = "typo"
    data["questions"].append({"id": "n", "type": "number", "prompt": "How many?", "options": [{"credit": 1.0}]})
    data["questions"].append({"id": "m", "type": "match", "prompt": "Pair", "pairs": [["a", "b"]]})
    data["questions"].append({"id": "d", "type": "choice", "prompt": "?", "difficulty": 9,
                              "options": [{"text": "a"}, {"text": "b"}]})
    errors = " | ".join(schema_errors(data))
    assert "explaination" in errors and "'value' is a required property" in errors
    assert "is too short" in errors and "9 is greater than the maximum of 5" in errors


# --- docs/packs.md: every TOML example is a good pack -------------------------------------------------

DOC = ROOT / "docs" / "packs.md"
HEADER = '[pack]\nid = "doc"\ntitle = "Doc example"\narticle = "summit.txt"\n\n'


def doc_examples() -> list[str]:
    return re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_docs_have_an_example_of_every_question_type():
    types = {t for block in doc_examples() for t in re.findall(r'^type = "(\w+)"', block, re.M)}
    assert types == {"choice", "multi", "truefalse", "short", "number", "match", "order"}


@pytest.mark.parametrize("n", range(len(doc_examples())))
def test_every_toml_example_in_the_docs_loads_and_fits_the_schema(n, tmp_path):
    block = doc_examples()[n]
    text = block if block.lstrip().startswith("[pack]") else HEADER + block
    shutil.copy(SUMMIT.parent / "summit.txt", tmp_path / "summit.txt")
    pack = parse_pack(text, tmp_path / "example.toml")  # raises PackError with every problem
    assert all(q.source is not None for q in pack.questions)
    try:
        import jsonschema  # noqa: F401  (a dev dependency; the loader check above runs without it)
    except ImportError:
        return
    assert schema_errors(tomllib.loads(text)) == []


# --- random files: refused with a PackError, never a crash ---------------------------------------------
TOML_BITS = st.sampled_from(['[pack]\n', 'id = "x"\n', 'title = "T"\n', '[[questions]]\n', 'type = "choice"\n',
                             'prompt = "?"\n', 'options = [{ text = "a", credit = 1.0 }]\n', 'pairs = [["a"]]\n',
                             'article = "../a.txt"\n', "{", "}", "=", "\n\n", "::n::", "~", "#", "\x00", "é"])


@settings(max_examples=120, deadline=None)
@given(ext=st.sampled_from([".toml", ".gift", ".txt", ".csv", ".xlsx"]),
       data=st.one_of(st.binary(max_size=300), st.lists(TOML_BITS, max_size=25).map(lambda b: "".join(b).encode()),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_file_is_read_or_refused_with_problems_never_a_crash(ext, data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"random{ext}"
        path.write_bytes(data)
        check = svc.validate(path)
        assert check.ok or (check.problems and all(p.file for p in check.problems))
