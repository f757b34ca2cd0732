"""`quiz demo`: a made-up class with real structure, marked demo, removed without touching real data."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlmodel import Session

from questions.model import Option, Pack, PackInfo, Question
from quiz import reports, store
from quiz.db import make_engine
from quiz.demo import builtin_packs, demo_counts, fill_demo, remove_demo
from quiz.item_analysis import item_analysis, pack_stats

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)


def choice(qid: str, difficulty: int, n: int = 4) -> Question:
    opts = [Option(text=f"{qid} right", credit=1.0)] + [Option(text=f"{qid} wrong {i}") for i in range(1, n)]
    return Question(id=qid, type="choice", prompt=f"{qid}?", options=opts, difficulty=difficulty,
                    tags=[f"topic{difficulty}"])


def demo_pack() -> Pack:
    questions = [choice(f"c{i}", 1 + i % 5) for i in range(10)]
    questions += [
        Question(id="tf", type="truefalse", prompt="True?",
                 options=[Option(text="True", credit=1.0), Option(text="False")], difficulty=2),
        Question(id="name", type="short", prompt="Who?", options=[Option(text="Peskov", credit=1.0)],
                 difficulty=3),
        Question(id="other", type="short", prompt="Which?", options=[Option(text="Shoigu", credit=1.0)],
                 difficulty=3),
        Question(id="num", type="number", prompt="How many?",
                 options=[Option(value=40, tolerance=5, credit=1.0)], difficulty=2),
        Question(id="multi", type="multi", prompt="Which two?",
                 options=[Option(text="A", credit=0.5), Option(text="B", credit=0.5),
                          Option(text="C", credit=-0.5)], difficulty=3),
        Question(id="match", type="match", prompt="Match", difficulty=3,
                 pairs=[("x", "1"), ("y", "2"), ("z", "3"), ("", "4")]),
        Question(id="order", type="order", prompt="Order", difficulty=3, items=["a", "b", "c", "d"]),
    ]
    return Pack(pack=PackInfo(id="demo-test", title="Demo test"), questions=questions)


def real_data(session: Session) -> None:
    """A real player with a finished and an unfinished attempt."""
    for n, finished in enumerate((True, False)):
        att = store.start_attempt(session=session, player_name="Real Student", pack_id="demo-test",
                                  pack_title="Demo test", question_count=2,
                                  started=NOW - timedelta(days=3 - n))
        store.record_answer(session=session, attempt_id=att, pack_id="demo-test", question_id="c1",
                            question_type="choice", prompt="c1?", position=0, given="c1 right",
                            right_answer="c1 right", credit=1.0, correct=True, seconds=3.0)
        if finished:
            store.finish_attempt(session=session, attempt_id=att)
    session.commit()


def dump(session: Session) -> list:
    """Every row of every table, in id order: what 'untouched' is checked against."""
    return [list(session.execute(text(f"SELECT * FROM {t} ORDER BY id"))) for t in ("player", "attempt", "answer")]


@pytest.fixture
def session():
    with Session(make_engine(":memory:")) as s:
        yield s


def test_demo_then_remove_leaves_real_players_untouched(session):
    real_data(session)
    before = dump(session)
    summary = fill_demo(session=session, packs=[demo_pack()], players=12, seed=5, now=NOW)
    session.commit()
    assert summary.players == 12 and summary.attempts >= 24 and summary.answers > 0
    assert demo_counts(session=session) == {"players": 12, "attempts": summary.attempts}
    # The real rows are still there, unchanged, among the demo ones.
    assert [r for r in dump(session)[0] if r.name == "Real Student"] == before[0]
    gone = remove_demo(session=session)
    session.commit()
    assert gone == {"players": 12, "attempts": summary.attempts, "answers": summary.answers}
    assert dump(session) == before
    assert demo_counts(session=session) == {"players": 0, "attempts": 0}


def test_demo_twice_replaces_the_earlier_class(session):
    real_data(session)
    fill_demo(session=session, packs=[demo_pack()], players=5, seed=1, now=NOW)
    second = fill_demo(session=session, packs=[demo_pack()], players=7, seed=2, now=NOW)
    session.commit()
    assert second.replaced == 5
    assert demo_counts(session=session)["players"] == 7
    assert len(reports.players(session=session)) == 8


def test_a_real_attempt_under_a_demo_name_survives_remove(session):
    summary = fill_demo(session=session, packs=[demo_pack()], players=3, seed=9, now=NOW)
    name = reports.players(session=session)[0]["player"]
    real = store.start_attempt(session=session, player_name=name, pack_id="demo-test",
                               pack_title="Demo test", question_count=1)
    session.commit()
    gone = remove_demo(session=session)
    session.commit()
    assert gone["players"] == 2 and gone["attempts"] == summary.attempts
    rows = reports.attempts(session=session)
    assert [(r["attempt"], r["player"]) for r in rows] == [(real, name)]
    assert demo_counts(session=session)["players"] == 0  # the player is a real one now


def test_demo_is_repeatable_for_a_seed(session):
    fill_demo(session=session, packs=[demo_pack()], players=6, seed=11, now=NOW)
    first = reports.answers(session=session)
    with Session(make_engine(":memory:")) as other:
        fill_demo(session=other, packs=[demo_pack()], players=6, seed=11, now=NOW)
        assert reports.answers(session=other) == first


def test_demo_has_structure_a_teacher_can_see(session):
    summary = fill_demo(session=session, packs=[demo_pack()], players=40, seed=0, now=NOW)
    tricky = summary.misleading["demo-test"]
    rows = {r["question"]: r for r in item_analysis(session=session, pack="demo-test")}
    # The misleading question discriminates negatively, and its wrong answers gather on one option.
    assert rows[tricky]["discrimination"] < 0
    assert "negative discrimination" in rows[tricky]["flag"]
    assert rows[tricky]["top_wrong"].startswith(f"{tricky} wrong")
    assert rows[tricky]["top_wrong_share"] > 0.25
    # Most questions discriminate positively; easy questions are easier than hard ones.
    others = [r for q, r in rows.items() if q != tricky and r["discrimination"] is not None]
    assert sum(r["discrimination"] > 0 for r in others) >= 0.8 * len(others)
    easy = [rows[f"c{i}"]["facility"] for i in range(10) if i % 5 == 0 and f"c{i}" != tricky]
    hard = [rows[f"c{i}"]["facility"] for i in range(10) if i % 5 == 4 and f"c{i}" != tricky]
    assert min(easy) > max(hard)
    # Every question type was answered, and wrong answers are real options of the question.
    assert set(rows) == {q.id for q in demo_pack().questions}
    for i in range(10):
        wrong = rows[f"c{i}"]["top_wrong"]
        assert wrong is None or wrong.startswith(f"c{i} wrong")
    # Attempts spread over past weeks, all before now, some left unfinished.
    attempts = reports.attempts(session=session)
    assert all(NOW - timedelta(weeks=7) < a["started"] < NOW for a in attempts)
    assert (attempts[-1]["started"] - attempts[0]["started"]).days >= 14
    assert 0 < sum(a["finished"] is None for a in attempts) < len(attempts) // 4
    assert all(a["is_demo"] for a in attempts)
    stats = pack_stats(session=session, pack="demo-test")
    assert stats["alpha"] is not None and stats["alpha"] > 0.5


def test_builtin_packs_play():
    packs = builtin_packs()
    assert packs and all(p.questions for p in packs)
    with Session(make_engine(":memory:")) as s:
        summary = fill_demo(session=s, packs=packs, players=3, seed=0, now=NOW)
        assert summary.answers > 0 and set(summary.packs) == {p.id for p in packs}
