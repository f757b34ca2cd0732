"""Provides the queries that write and read players, attempts and answers.

Every function takes the session keyword-only; the caller owns the transaction (and commits each
answer as it is given).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from quiz.models import Answer, Attempt, Player, utcnow


def get_or_create_player(*, session: Session, name: str) -> Player:
    """The player called `name`, created if new."""
    name = name.strip() or "Student"
    player = session.exec(select(Player).where(Player.name == name)).first()
    if player is None:
        player = Player(name=name)
        session.add(player)
        session.flush()
    return player


def start_attempt(
    *, session: Session, player_name: str, pack_id: str, pack_title: str, question_count: int,
    seed: int | None = None, started: datetime | None = None,
) -> int:
    """Create an unfinished attempt and return its id."""
    player = get_or_create_player(session=session, name=player_name)
    attempt = Attempt(
        player_id=player.id, pack_id=pack_id, pack_title=pack_title,
        question_count=question_count, seed=seed, started=started or utcnow(),
    )
    session.add(attempt)
    session.flush()
    return attempt.id


def record_answer(
    *, session: Session, attempt_id: int, pack_id: str, question_id: str, question_type: str,
    prompt: str, position: int, given: str, right_answer: str, credit: float, correct: bool,
    seconds: float, at: datetime | None = None,
) -> int:
    """Add one answer to an attempt and return its id."""
    answer = Answer(
        attempt_id=attempt_id, pack_id=pack_id, question_id=question_id,
        question_type=question_type, prompt=prompt, position=position, given=given,
        right_answer=right_answer, credit=credit, correct=correct, seconds=round(seconds, 3),
        at=at or utcnow(),
    )
    session.add(answer)
    session.flush()
    return answer.id


def finish_attempt(*, session: Session, attempt_id: int, finished: datetime | None = None) -> None:
    """Mark an attempt finished."""
    attempt = session.get(Attempt, attempt_id)
    if attempt is not None:
        attempt.finished = finished or utcnow()
        session.add(attempt)


def answers_of(*, session: Session, attempt_id: int) -> list[Answer]:
    """The answers of an attempt, in the order given."""
    return list(session.exec(
        select(Answer).where(Answer.attempt_id == attempt_id).order_by(Answer.position, Answer.id)
    ))
