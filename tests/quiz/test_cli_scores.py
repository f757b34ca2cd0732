"""The `quiz scores` commands and `quiz demo`: output parsed back, and bad input as one line, exit 1."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quiz.cli import app
from tests.quiz.classdata import FOUR, T0, install_class

# The fixed class of tests/quiz/test_reports.py, with Zoë's answers for CSV: a trailing space, quotes.
CLASS = {**FOUR, "Zoë": [("q1", "Lyon", 0.0), ("q2", "12 ", 0.0), ("q3", "half, or \"some\"", 0.5)]}


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A data folder with the mini pack installed and the class in quiz.db."""
    install_class(tmp_path, CLASS, monkeypatch).dispose()
    return tmp_path


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def quiz(*args: str, home: Path):
    """Run the real entry point, as a user would (errors become one line and exit 1)."""
    env = {**os.environ, "QUIZ_HOME": str(home)}
    env.pop("QUIZ_DB", None)
    return subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_attempts_json_and_csv(home):
    rows = json.loads(run("scores", "--json"))
    assert [r["player"] for r in rows] == ["Ann", "Ben", "Cat", "Dan", "Zoë"]
    assert {"player", "pack", "score", "max_score", "answered", "started", "finished"} <= set(rows[0])
    assert rows[0]["started"] == "2024-03-04T09:00:00+00:00"
    assert rows[4]["score"] == 0.5
    table = list(csv.DictReader(io.StringIO(run("scores", "--csv", "--player", "Zoë"))))
    assert len(table) == 1 and table[0]["player"] == "Zoë" and table[0]["max_score"] == "3"
    assert datetime.fromisoformat(table[0]["finished"]) == T0 + timedelta(days=4, minutes=1)


def test_questions_json_csv_and_table(home):
    rows = json.loads(run("scores", "questions", "--pack", "mini", "--json"))
    assert [r["question"] for r in rows] == ["q1", "q2", "q3"]
    q = {r["question"]: r for r in rows}
    assert (q["q1"]["facility"], q["q1"]["discrimination"], q["q1"]["top_wrong"]) == (0.6, 0.5833, "Lyon")
    assert q["q2"]["flag"] == "negative discrimination"
    assert set(rows[0]) == {"question", "answered", "facility", "discrimination", "top_wrong",
                            "top_wrong_share", "avg_seconds", "flag"}
    table = list(csv.DictReader(io.StringIO(run("scores", "questions", "--pack", "mini", "--csv"))))
    assert [r["facility"] for r in table] == ["0.6", "0.6", "0.5"]
    assert table[2]["top_wrong"] == 'half, or "some"'  # quoted properly, read back whole
    text = " ".join(run("scores", "questions", "--pack", "mini").split())
    assert "q2" in text and "negative" in text and "Cronbach's alpha 0.158" in text


def test_answers_csv_round_trip(home):
    out = run("scores", "answers", "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0])[:8] == ["player", "attempt", "pack", "question", "given", "credit",
                                  "seconds", "at"]
    assert len(table) == 15
    zoe = [r for r in table if r["player"] == "Zoë"]
    assert [r["given"] for r in zoe] == ["Lyon", "12 ", 'half, or "some"']
    assert [float(r["credit"]) for r in zoe] == [0.0, 0.0, 0.5]
    rows = json.loads(run("scores", "answers", "--json", "--player", "Ann", "--pack", "mini"))
    assert [r["question"] for r in rows] == ["q1", "q2", "q3"] and rows[0]["correct"] is True


def test_players_packs_topics_missed(home):
    players = json.loads(run("scores", "players", "--json"))
    assert players[0] == {"player": "Ann", "attempts": 1, "best": 1.0, "average": 1.0, "latest": 1.0,
                          "last_played": "2024-03-04T09:00:00+00:00"}
    packs = json.loads(run("scores", "packs", "--json"))
    assert packs == [{"pack": "mini", "attempts": 5, "answers": 15, "mean": 0.5667,
                      "median": 0.6667, "sd": 0.3249, "alpha": 0.1579}]
    topics = json.loads(run("scores", "topics", "--json"))  # tags come from the installed pack
    assert [(t["topic"], t["facility"]) for t in topics] == [("art", 0.5), ("geography", 0.55), ("sport", 0.6)]
    missed = json.loads(run("scores", "missed", "--player", "Dan", "--json"))
    assert [(m["question"], m["last_given"]) for m in missed] == [("q1", "Lyon"), ("q3", "y")]


def test_db_option_points_at_another_file(home, tmp_path_factory):
    other = tmp_path_factory.mktemp("other") / "empty.db"
    assert json.loads(run("scores", "--json", "--db", str(other))) == []
    assert json.loads(run("scores", "answers", "--json", "--db", str(home / "quiz.db")))


def test_bad_input_is_one_line_and_exit_1(home, tmp_path):
    r = quiz("scores", "questions", "--pack", "nope", home=home)
    assert r.returncode == 1 and "unknown pack 'nope'" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    r = quiz("scores", "--db", str(tmp_path), home=home)  # a folder, not a file
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    r = quiz("scores", "answers", "--db", str(junk), home=home)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    r = quiz("scores", "--player", "Nobody", home=home)
    assert r.returncode == 1 and "no player called 'Nobody'" in r.stderr
    r = quiz("scores", "--json", "--csv", home=home)
    assert r.returncode == 2


def test_questions_for_a_removed_pack_uses_the_stored_answers(home):
    import shutil

    shutil.rmtree(home / "packs" / "mini")
    r = quiz("scores", "questions", "--pack", "mini", "--json", home=home)
    assert r.returncode == 0, r.stderr
    assert "no longer installed" in r.stderr
    assert [q["question"] for q in json.loads(r.stdout)] == ["q1", "q2", "q3"]


def test_demo_and_remove_through_the_command_line(home):
    before = run("scores", "answers", "--csv")
    out = run("demo", "--players", "4", "--seed", "3")
    assert "4 players" in out
    rows = json.loads(run("scores", "players", "--json"))
    assert len(rows) == 5 + 4
    out = run("demo", "--remove")
    assert "4 players" in out
    assert run("scores", "answers", "--csv") == before
