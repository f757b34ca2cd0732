"""The command line as a user runs it: real processes, exit codes, one-line errors."""

import json
import subprocess
import sys


def quiz(*args, env_home=None, check_rc=None):
    import os

    env = dict(os.environ)
    if env_home is not None:
        env["QUIZ_HOME"] = str(env_home)
    proc = subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True, text=True,
                          env=env, timeout=60)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stderr
    return proc


def test_packs_list_json_shows_the_summit_pack(quiz_home):
    rows = json.loads(quiz("packs", "list", "--json", check_rc=0).stdout)
    summit = next(r for r in rows if r["id"] == "summit")
    assert summit["questions"] >= 30 and summit["where"] == "built-in"
    assert {"id", "title", "questions", "where", "path"} <= set(summit)


def test_packs_show_json_gives_every_question_a_passage_in_the_article(quiz_home):
    data = json.loads(quiz("packs", "show", "summit", "--json", check_rc=0).stdout)
    text = data["pack"]["article"]["text"]
    assert len(data["questions"]) >= 30
    for q in data["questions"]:
        p = q["passage"]
        assert text[p["start"]:p["end"]] == p["text"]
        assert q["source"]["text"] == text[q["source"]["start"]:q["source"]["end"]]


def test_unknown_pack_is_one_line_and_exit_1(quiz_home):
    proc = quiz("play", "--pack", "nonesuch", check_rc=1)
    assert "unknown pack 'nonesuch'" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    proc = quiz("packs", "show", "missing.toml", check_rc=1)
    assert "no such pack file" in proc.stderr and "Traceback" not in proc.stderr


def test_unusable_database_is_one_line_and_exit_1(tmp_path):
    (tmp_path / "adir").mkdir()
    proc = quiz("scores", "--db", str(tmp_path / "adir"), check_rc=1)
    assert "folder" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_command_line_is_exit_2(quiz_home):
    assert quiz("play", "--count", "zero").returncode == 2
    assert quiz("frobnicate").returncode == 2


def test_scores_json_is_empty_then_lists_attempts(quiz_home):
    assert json.loads(quiz("scores", "--json", check_rc=0).stdout) == []
    from sqlmodel import Session

    from quiz import store
    from quiz.db import make_engine
    from quiz.paths import db_path

    engine = make_engine(db_path())
    with Session(engine) as s:
        a = store.start_attempt(session=s, player_name="Ann", pack_id="summit", pack_title="S",
                                question_count=3)
        store.record_answer(session=s, attempt_id=a, pack_id="summit", question_id="venue",
                            question_type="choice", prompt="p", position=0, given="x",
                            right_answer="y", credit=0.5, correct=False, seconds=2)
        s.commit()
    rows = json.loads(quiz("scores", "--json", "--player", "Ann", check_rc=0).stdout)
    assert len(rows) == 1
    row = rows[0]
    assert (row["player"], row["pack"], row["score"], row["max_score"], row["answered"]) == (
        "Ann", "summit", 0.5, 3, 1)
    assert row["finished"] is None and row["started"]


def test_play_with_an_unusable_database_says_so_before_the_app_starts(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database, just some words that fill the header " * 10)
    proc = quiz("play", "--db", str(junk), check_rc=1)
    assert "cannot use this file as the quiz database" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
