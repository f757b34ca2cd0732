"""Provides a quick check that the database file is usable, before the app starts (no SQLModel)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quiz.errors import DatabaseError


def check_database_file(path: Path) -> None:
    """Raise DatabaseError saying why `path` cannot hold the quiz database; create nothing else."""
    if str(path) == ":memory:":
        return
    if path.is_dir():
        raise DatabaseError(f"{path}: this is a folder; give the path of a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatabaseError(f"{path}: cannot create the folder for the database ({e.strerror})") from None
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            con.execute("PRAGMA schema_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: cannot use this file as the quiz database ({e})") from None
