"""Provides the writer that keeps every answer in the database as it is given, off the UI thread.

One worker thread owns the database: it opens the engine (SQLModel's import is slow, so this happens
while the first question is already on screen), then runs each write in order, each in its own
committed transaction. The app waits for a write's future before it calls the answer saved.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quiz.run import Result


@dataclass
class AttemptHandle:
    """An attempt being written; its id arrives when the database has it."""

    future: Future

    @property
    def id(self) -> int:
        return self.future.result()


class Recorder:
    """Writes attempts and answers to the SQLite file at `db_path`, one commit per answer."""

    def __init__(self, db_path: Path | str):
        self.db_path = db_path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quiz-db")
        self._engine_future: Future | None = None
        self._go = threading.Event()
        """Set once the first screen is painted: the slow import waits for it (at most 2 s)."""

    def release(self) -> None:
        """Let the database open now (the app calls this after its first paint)."""
        self._go.set()

    def open(self) -> Future:
        """Start opening the database (idempotent); returns the future of the engine."""
        if self._engine_future is None:
            self._engine_future = self._pool.submit(self._make_engine)
        return self._engine_future

    def _make_engine(self):
        # Importing SQLModel takes about half a second of CPU; doing it while the first question is
        # being drawn would delay that question by as much (one interpreter lock for both threads).
        self._go.wait(timeout=2.0)
        from quiz.db import make_engine

        return make_engine(self.db_path)

    @property
    def engine(self):
        """The engine, waiting for it if it is still being opened."""
        self.release()
        return self.open().result()

    def _submit(self, fn, *args: Any) -> Future:
        self.open()
        return self._pool.submit(fn, *args)

    def _in_session(self, fn):
        from sqlmodel import Session

        with Session(self.engine) as session:
            value = fn(session)
            session.commit()
            return value

    def begin(self, *, player: str, pack_id: str, pack_title: str, question_count: int,
              seed: int | None) -> AttemptHandle:
        """Create the attempt (unfinished until `finish`)."""

        def write(session):
            from quiz import store  # in the worker thread: SQLModel's import stays off the UI

            return store.start_attempt(
                session=session, player_name=player, pack_id=pack_id, pack_title=pack_title,
                question_count=question_count, seed=seed)

        return AttemptHandle(self._submit(self._in_session, write))

    def answer(self, attempt: AttemptHandle, result: "Result") -> Future:
        """Keep one answer; the future completes once it is committed."""
        q = result.item.question

        def write(session):
            from quiz import store

            return store.record_answer(
                session=session, attempt_id=attempt.id, pack_id=result.item.pack.id,
                question_id=q.id, question_type=q.type, prompt=q.prompt,
                position=result.position, given=result.grade.given,
                right_answer=q.right_answer_text(), credit=result.credit,
                correct=result.grade.correct, seconds=result.seconds)

        return self._submit(self._in_session, write)

    def finish(self, attempt: AttemptHandle) -> Future:
        """Mark the attempt finished."""

        def write(session):
            from quiz import store

            store.finish_attempt(session=session, attempt_id=attempt.id)

        return self._submit(self._in_session, write)

    def close(self) -> None:
        """Wait for every pending write, then stop the worker."""
        self.release()
        self._pool.shutdown(wait=True)
