"""`quiz generate` as a teacher runs it: a real process on the shipped summit article, the pack it
writes (valid, every source an exact quote), `--json` on stdout, and one clear line with exit 1 for
bad input."""

import json
import os
import subprocess
import sys
import tomllib

import pytest

pytest.importorskip("spacy")

from questions.packs import BUILTIN_DIR  # noqa: E402

ARTICLE = BUILTIN_DIR / "summit" / "summit.txt"


def quiz(*args, home):
    proc = subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True, text=True,
                          env={**os.environ, "QUIZ_HOME": str(home)}, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_generate_writes_a_valid_pack_and_says_how_many(tmp_path):
    out = tmp_path / "summit-quiz.toml"
    proc = quiz("generate", str(ARTICLE), "--count", "5", "--out", str(out), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    n = len(data["questions"])
    assert 1 <= n <= 5
    assert f"Wrote {n} question{'' if n == 1 else 's'} to {out}" in proc.stderr
    assert all(q["origin"] == "generated" for q in data["questions"])
    valid = quiz("packs", "validate", str(out), home=tmp_path)
    assert valid.returncode == 0 and "OK" in valid.stdout + valid.stderr


def test_generate_json_quotes_the_article_exactly(tmp_path):
    proc = quiz("generate", str(ARTICLE), "--json", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    pack = json.loads(proc.stdout)
    text = pack["pack"]["article"]["text"]
    assert pack["questions"]
    for q in pack["questions"]:
        src = q["source"]
        assert text[src["start"]:src["end"]] == src["text"]


@pytest.mark.parametrize("make, words", [
    (lambda p: p / "missing.txt", "missing.txt"),
    (lambda p: (p / "empty.txt", (p / "empty.txt").write_text(""))[0], "empty.txt"),
])
def test_bad_articles_get_one_line_and_exit_1(tmp_path, make, words):
    path = make(tmp_path)
    proc = quiz("generate", str(path), home=tmp_path)
    assert proc.returncode == 1
    assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_the_pack_file_must_be_toml(tmp_path):
    proc = quiz("generate", str(ARTICLE), "--out", str(tmp_path / "quiz.txt"), home=tmp_path)
    assert proc.returncode == 1 and ".toml" in proc.stderr
    assert not (tmp_path / "quiz.txt").exists()
