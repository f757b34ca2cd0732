"""Provides the database engine: SQLite with WAL and a busy timeout, and the schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from quiz import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from quiz.dbcheck import check_database_file
from quiz.errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: an answer survives even a power cut once its commit returns; a quiz commits rarely.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file at `path` (":memory:" for tests), with the schema created."""
    import sqlite3

    if str(path) == ":memory:":
        from sqlalchemy.pool import StaticPool

        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    else:
        path = Path(path)
        check_database_file(path)
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
    event.listen(engine, "connect", _on_connect)
    try:
        SQLModel.metadata.create_all(engine)
    except Exception as e:  # sqlalchemy wraps sqlite3 errors; both mean the file is unusable
        orig = getattr(e, "orig", e)
        if isinstance(orig, sqlite3.Error):
            raise DatabaseError(f"{path}: cannot use this file as the quiz database ({orig})") from None
        raise
    return engine
