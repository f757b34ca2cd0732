"""Provides the small fixed class the score tests share: the "mini" pack (three tagged questions on a
short article), four players' answers to it, and helpers that store attempts and install a class in
a data folder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quiz import store
from quiz.db import make_engine

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)
"""When the first player of a class started; each next one starts a day later."""

ARTICLE = """A short article for tests

Paris is the capital of France, and Lyon is its third city. A football team has 11 players on the pitch.

Red and blue are primary colours; green is not one of them in paint.
"""
PACK = """[pack]
id = "mini"
title = "Mini quiz"
article = "mini.txt"

[[questions]]
id = "q1"
type = "choice"
prompt = "Which city is the capital of France?"
options = [ { text = "Paris", credit = 1.0 }, { text = "Lyon" }, { text = "Nice" } ]
source = "Paris is the capital of France"
tags = ["geography"]

[[questions]]
id = "q2"
type = "short"
prompt = "How many players are in a football team?"
options = [ { text = "11", credit = 1.0 } ]
source = "A football team has 11 players on the pitch."
tags = ["sport"]

[[questions]]
id = "q3"
type = "multi"
prompt = "Which are primary colours in paint?"
options = [ { text = "Red", credit = 0.5 }, { text = "Blue", credit = 0.5 }, { text = "Green", credit = -0.5 } ]
source = "Red and blue are primary colours"
tags = ["art", "geography"]
"""
PROMPTS = {"q1": "Which city is the capital of France?", "q2": "How many players are in a football team?",
           "q3": "Which are primary colours in paint?"}
"""The prompts of the mini pack's questions, as stored with each answer."""

FOUR = {
    "Ann": [("q1", "Paris", 1.0), ("q2", "11", 1.0), ("q3", "Red; Blue", 1.0)],
    "Ben": [("q1", "Paris", 1.0), ("q2", "12", 0.0), ("q3", "Red; Blue", 1.0)],
    "Cat": [("q1", "Paris", 1.0), ("q2", "11", 1.0), ("q3", "x", 0.0)],
    "Dan": [("q1", "Lyon", 0.0), ("q2", "11", 1.0), ("q3", "y", 0.0)],
}
"""Four players of the class and their answers to the mini pack (question, given, credit). Each test
file adds a fifth who gets q1 and q2 wrong and half of q3, with the given answers it checks (spaces,
quotes, markup): facility .6, .6, .5 and a negative discrimination for q2, worked out by hand in
tests/quiz/test_reports.py."""


def add_attempt(session: Session, player: str, answers: Iterable[tuple[str, str, float]], *,
                pack: str = "mini", day: int = 0, finished: bool = True, max_score: int = 3,
                seconds: Mapping[str, float] | None = None) -> int:
    """Store an attempt of `player` at `pack`, started `day` days after T0, with `answers`
    ((question, given, credit) each; `seconds` per question, 5 otherwise), finished a minute after
    it started unless `finished` is false; return its id. The caller commits."""
    started = T0 + timedelta(days=day)
    att = store.start_attempt(session=session, player_name=player, pack_id=pack,
                              pack_title=pack.title(), question_count=max_score, started=started)
    for pos, (qid, given, credit) in enumerate(answers):
        store.record_answer(
            session=session, attempt_id=att, pack_id=pack, question_id=qid, question_type="choice",
            prompt=PROMPTS.get(qid, f"{qid}?"), position=pos, given=given,
            right_answer=f"right {qid}", credit=credit, correct=credit >= 1,
            seconds=(seconds or {}).get(qid, 5.0), at=started + timedelta(seconds=10 * (pos + 1)))
    if finished:
        store.finish_attempt(session=session, attempt_id=att, finished=started + timedelta(minutes=1))
    return att


def fill_class(session: Session, players: Mapping[str, list],
               seconds: Mapping[str, Mapping[str, float]] | None = None) -> None:
    """Store one attempt at the mini pack per player, a day apart from T0, and commit; `seconds`
    gives a player's seconds per question."""
    for day, (name, answers) in enumerate(players.items()):
        add_attempt(session, name, answers, day=day, seconds=(seconds or {}).get(name))
    session.commit()


def install_class(home: Path, players: Mapping[str, list], monkeypatch) -> Engine:
    """Make `home` the data folder (QUIZ_HOME, no QUIZ_DB), with the mini pack installed and
    `players`' attempts in its quiz.db (see `fill_class`); return the database's engine."""
    monkeypatch.setenv("QUIZ_HOME", str(home))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    folder = home / "packs" / "mini"
    folder.mkdir(parents=True)
    (folder / "mini.toml").write_text(PACK, encoding="utf-8")
    (folder / "mini.txt").write_text(ARTICLE, encoding="utf-8")
    engine = make_engine(home / "quiz.db")
    with Session(engine) as s:
        fill_class(s, players)
    return engine
