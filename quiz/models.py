"""Provides the SQLModel tables: players, attempts and answers."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(timezone.utc)


class Player(SQLModel, table=True):
    """A student, known by name."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    created: datetime = Field(default_factory=utcnow)
    is_demo: bool = Field(default=False, index=True)
    """Made up by `quiz demo`; `quiz demo --remove` deletes these and their attempts."""


class Attempt(SQLModel, table=True):
    """One play of a quiz by one player, from the first question to the results (or a crash)."""

    id: int | None = Field(default=None, primary_key=True)
    player_id: int = Field(foreign_key="player.id", index=True)
    pack_id: str = Field(index=True)
    """The pack played, or several joined by "+" when a quiz mixes packs."""
    pack_title: str = ""
    question_count: int = 0
    """Questions in this attempt: the maximum score."""
    seed: int | None = None
    started: datetime = Field(default_factory=utcnow, index=True)
    finished: datetime | None = None
    """Null while unfinished (and for ever when the player quit or the program died)."""
    is_demo: bool = Field(default=False, index=True)


class Answer(SQLModel, table=True):
    """One answer, committed the moment it is given."""

    # Covering indexes for the reports (bench/reports_speed.py): per-attempt scores, and item
    # analysis of one pack without touching the table.
    __table_args__ = (
        Index("ix_answer_attempt_credit", "attempt_id", "credit"),
        Index("ix_answer_pack_attempt", "pack_id", "attempt_id", "question_id", "credit", "seconds"),
    )

    id: int | None = Field(default=None, primary_key=True)
    attempt_id: int = Field(foreign_key="attempt.id", index=True)
    pack_id: str
    """The pack the question comes from."""
    question_id: str
    question_type: str = ""
    prompt: str = ""
    """What was asked, as the player saw it."""
    position: int = 0
    """0-based place of the question within the attempt."""
    given: str = ""
    """What the player answered, as text (option text, typed text, pairs, order)."""
    right_answer: str = ""
    credit: float = 0.0
    """Share of the question's mark earned (0–1)."""
    correct: bool = False
    seconds: float = 0.0
    at: datetime = Field(default_factory=utcnow, index=True)
