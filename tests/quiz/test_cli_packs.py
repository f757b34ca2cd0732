"""`quiz packs validate | import | export | remove | schema` as a teacher runs them: real processes,
exit codes, one line per problem naming the file (and line), and nothing installed from a bad file."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from questions.packs import BUILTIN_DIR, load_pack
from quiz.paths import user_packs_dir

SUMMIT = BUILTIN_DIR / "summit" / "summit.toml"

GIFT = """// Year 9 current events
::capital::Which city is the capital of France?{=Paris ~Lyon ~Marseille}

::essay::Why does the summit matter? {}

::hours::How many hours did the talks last?{#4..5}
"""

BROKEN_TOML = """[pack]
id = "broken"
title = "Broken"

[[questions]]
id = "q1"
type = "choice"
promt = "Where?"

[[questions]]
id = "q2"
type = "choice"
prompt = "Which?"
options = [{ text = "A", credit = 1.0 }, { text = "B", credit = 1.0 }]

[[questions]]
id = "q3"
type = "match"
prompt = "Pair them"
pairs = [["a", "b"]]
"""


def quiz(*args, env=None):
    proc = subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def nothing_installed() -> bool:
    packs = user_packs_dir()
    return not packs.exists() or not any(packs.iterdir())


@pytest.fixture
def gift(tmp_path) -> Path:
    path = tmp_path / "year-9.gift"
    path.write_text(GIFT, encoding="utf-8")
    return path


def test_validate_lists_every_problem_with_its_line_on_stderr_and_exits_1(tmp_path, gift):
    broken = tmp_path / "broken.toml"
    broken.write_text(BROKEN_TOML, encoding="utf-8")
    proc = quiz("packs", "validate", str(SUMMIT), str(broken), str(gift))
    assert proc.returncode == 1
    problems = proc.stderr.strip().splitlines()
    assert problems == [
        f"{broken}:5:1: question needs 'prompt'",
        f"{broken}:8:1: unknown field 'promt' (did you mean 'prompt'?)",
        f"{broken}:14:1: a choice question needs exactly one fully right option (credit = 1.0); it has 2",
        f"{broken}:20:1: a match question needs at least two pairs",
    ]
    out = proc.stdout.splitlines()
    assert out[0].startswith(f"{SUMMIT}: OK, 35 questions (16 choice")
    assert out[1] == f"{gift}: OK, 2 questions (1 choice, 1 number)"
    assert out[2].startswith(f"{gift}:4: skipped: 'essay'")


def test_validate_json_rows_and_exit_0_when_good(gift):
    proc = quiz("packs", "validate", str(gift), "--json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert [(r["file"], r["line"], r["col"], r["kind"]) for r in rows] == [(str(gift), 4, None, "skipped")]
    assert set(rows[0]) == {"file", "line", "col", "message", "kind"}


def test_import_dry_run_json_prints_the_pack_and_the_skipped_lines(gift):
    proc = quiz("packs", "import", str(gift), "--dry-run", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["pack"]["id"] == "year-9" and data["pack"]["article"] is None
    assert [q["type"] for q in data["questions"]] == ["choice", "number"]
    assert data["questions"][1]["options"][0] | {"min": 4.0, "max": 5.0} == data["questions"][1]["options"][0]
    assert data["skipped"] == [{"line": 4, "reason": data["skipped"][0]["reason"]}]
    assert "essay" in data["skipped"][0]["reason"]
    assert nothing_installed()


def test_import_installs_refuses_a_clash_and_takes_another_id(gift):
    proc = quiz("packs", "import", str(gift))
    assert proc.returncode == 0, proc.stderr
    installed = user_packs_dir() / "year-9" / "year-9.toml"
    assert f"Installed: {installed}" in proc.stdout
    assert "2 questions read from year-9.gift (gift) into pack 'year-9'" in proc.stdout
    assert "Types: 1 choice, 1 number" in proc.stdout and f"{gift}:4: 'essay'" in proc.stdout
    assert len(load_pack(installed).questions) == 2

    again = quiz("packs", "import", str(gift), "--format", "gift")
    assert again.returncode == 1
    assert again.stderr.splitlines() == [
        f"{gift}: a pack with the id 'year-9' is already there (installed: {installed}); import it under "
        "another id with --id NEW-ID, or remove the old one with `quiz packs remove year-9`",
        "quiz: nothing was installed"]

    other = quiz("packs", "import", str(gift), "--id", "year-9b", "--json")
    assert other.returncode == 0
    assert json.loads(other.stdout)["installed"] == str(user_packs_dir() / "year-9b" / "year-9b.toml")
    listed = {r["id"]: r for r in json.loads(quiz("packs", "list", "--json").stdout)}
    assert listed["year-9"]["where"] == listed["year-9b"]["where"] == "installed"


def test_export_toml_with_its_article_then_validate(tmp_path):
    out = tmp_path / "edit" / "summit.toml"
    proc = quiz("packs", "export", "summit", "--format", "toml", "--out", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert proc.stderr.splitlines() == [f"wrote {out}", f"wrote {out.parent / 'summit.txt'}"]
    assert len(load_pack(out).questions) == 35


def test_export_gift_to_stdout_notes_what_it_leaves_out():
    proc = quiz("packs", "export", "summit", "--format", "gift")
    assert proc.returncode == 0
    assert "::venue::Where did Putin and Kim hold their summit?{" in proc.stdout
    assert "note: left out 'summit-day': GIFT has no order questions" in proc.stderr
    assert quiz("packs", "export", "summit", "--format", "pdf").returncode == 2


def test_remove(gift, tmp_path):
    from quiz.packs_service import import_pack

    import_pack(gift)
    proc = quiz("packs", "remove", "year-9")
    assert proc.returncode == 0 and "removed pack 'year-9'" in proc.stdout
    assert nothing_installed()
    builtin = quiz("packs", "remove", "summit")
    assert builtin.returncode == 1
    assert builtin.stderr.strip() == ("quiz: 'summit' is a built-in pack and cannot be removed; only packs "
                                      "installed with `quiz packs import` can")
    assert SUMMIT.exists()
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "other.toml").write_text('[pack]\nid = "other"\ntitle = "Other"\n', encoding="utf-8")
    elsewhere = quiz("packs", "remove", "other", env={"QUIZ_PACKS_PATH": str(shared)})
    assert elsewhere.returncode == 1 and "QUIZ_PACKS_PATH" in elsewhere.stderr
    assert (shared / "other.toml").exists()


def test_schema_is_json_that_the_summit_pack_fits():
    proc = quiz("packs", "schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(tomllib.loads(SUMMIT.read_text(encoding="utf-8")), schema)


# --- bad input: one clear message naming the file (and line), exit 1, nothing installed ---------------


def make_bad(kind: str, tmp_path: Path) -> tuple[Path, str]:
    """A bad file of `kind` and what its message must say (after the file name)."""
    if kind == "empty":
        path = tmp_path / "empty.gift"
        path.write_bytes(b"")
        return path, ": the file is empty"
    if kind == "binary":
        path = tmp_path / "picture.gift"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        return path, ": this is a binary file"
    if kind == "latin-1":
        path = tmp_path / "accents.gift"
        path.write_bytes("::a::Où est Paris?{=France ~Spain}\n\n::b::Café?{T}\n".encode("latin-1"))
        return path, ":1: the file is not UTF-8 text"
    if kind == "unclosed-brace":
        path = tmp_path / "unclosed.gift"
        path.write_text("::a::Capital of France?{=Paris ~Lyon}\n\n::b::Capital of Spain?{=Madrid ~Porto\n",
                        encoding="utf-8")
        return path, ":3:"
    if kind == "csv-missing-column":
        path = tmp_path / "sheet.csv"
        path.write_text("Question,Wrong 1\nCapital of France?,Lyon\n", encoding="utf-8")
        return path, ":1: missing column 'Answer'"
    if kind == "enormous":
        path = tmp_path / "huge.gift"
        path.write_bytes(b"// padding.\n" * 500_000)
        return path, ": the file is 6,000,000 bytes; the limit is 5,000,000"
    if kind == "missing":
        return tmp_path / "nowhere.gift", ": no such file"
    if kind == "folder":
        (tmp_path / "packs.gift").mkdir()
        return tmp_path / "packs.gift", ": this is a folder, not a file"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["empty", "binary", "latin-1", "unclosed-brace", "csv-missing-column",
                                  "enormous", "missing", "folder"])
def test_bad_input_is_one_clear_message_exit_1_nothing_installed(kind, tmp_path):
    path, says = make_bad(kind, tmp_path)
    proc = quiz("packs", "import", str(path))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith(f"{path}{says}"), lines
    assert lines[-1] == "quiz: nothing was installed" and len(lines) == 2
    assert proc.stdout == ""
    assert nothing_installed()
