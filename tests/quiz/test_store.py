"""Storage: WAL mode, one commit per answer, several writers at once, bad database paths."""

import sqlite3
import threading

import pytest
from sqlmodel import Session, select

from quiz import store
from quiz.db import make_engine
from quiz.errors import DatabaseError
from quiz.models import Answer, Attempt, Player


def test_wal_and_busy_timeout(tmp_path):
    engine = make_engine(tmp_path / "q.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def record(engine, player: str, n: int) -> None:
    with Session(engine) as s:
        attempt = store.start_attempt(session=s, player_name=player, pack_id="summit",
                                      pack_title="S", question_count=n)
        s.commit()
    for i in range(n):
        with Session(engine) as s:
            store.record_answer(session=s, attempt_id=attempt, pack_id="summit", question_id=f"q{i}",
                                question_type="choice", prompt="p", position=i, given="x",
                                right_answer="y", credit=1.0, correct=True, seconds=1.0)
            s.commit()


def test_four_players_at_once_keep_every_answer(tmp_path):
    path = tmp_path / "class.db"
    engines = [make_engine(path) for _ in range(4)]  # four separate connections, as four programs
    threads = [threading.Thread(target=record, args=(e, f"P{i}", 25)) for i, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from answer").fetchone()[0] == 100
    assert con.execute("select count(distinct attempt_id) from answer").fetchone()[0] == 4


def test_attempt_unfinished_until_finished(tmp_path):
    engine = make_engine(":memory:")
    with Session(engine) as s:
        a = store.start_attempt(session=s, player_name="Ann", pack_id="p", pack_title="P", question_count=2)
        s.commit()
        assert s.get(Attempt, a).finished is None
        store.finish_attempt(session=s, attempt_id=a)
        s.commit()
        assert s.get(Attempt, a).finished is not None
        assert s.exec(select(Player)).one().name == "Ann"
        assert store.get_or_create_player(session=s, name="Ann").id == s.exec(select(Player)).one().id


def test_bad_database_paths_raise_database_error(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(DatabaseError, match="folder"):
        make_engine(tmp_path / "dir.db")
    (tmp_path / "junk.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="cannot use this file"):
        make_engine(tmp_path / "junk.db")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create the folder"):
        make_engine(blocker / "sub" / "q.db")
    assert Answer.__tablename__ == "answer"
