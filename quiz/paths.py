"""Provides every file location the application uses, and nothing else.

`QUIZ_HOME` moves the whole data folder (database and installed packs); `QUIZ_DB` names the database
file; `QUIZ_PACKS_PATH` adds folders of packs (separated like PATH).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsquiz"


def data_dir() -> Path:
    """The data folder: `QUIZ_HOME`, or the user's data folder for the app."""
    home = os.environ.get("QUIZ_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def db_path(override: str | Path | None = None) -> Path:
    """The SQLite file: `--db`, then `QUIZ_DB`, then `quiz.db` in the data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("QUIZ_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "quiz.db"


def user_packs_dir() -> Path:
    """Where `quiz packs import` installs packs."""
    return data_dir() / "packs"


def extra_pack_dirs() -> list[Path]:
    """Folders named in `QUIZ_PACKS_PATH`."""
    raw = os.environ.get("QUIZ_PACKS_PATH", "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]
