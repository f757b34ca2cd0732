"""Shared fixtures: a private data folder for every test, the built-in summit pack, shared/ files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

try:
    from hypothesis import settings

    # The property tests draw the same examples on every run, so a clean clone's test run cannot
    # fail by luck; `HYPOTHESIS_PROFILE=explore uv run pytest` draws new ones to look for bugs.
    settings.register_profile("default", derandomize=True)
    settings.register_profile("explore", derandomize=False)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    pass

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSQUIZ_SHARED", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def quiz_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder: nothing touches the user's real one."""
    home = tmp_path / "quiz-home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    monkeypatch.delenv("QUIZ_PACKS_PATH", raising=False)
    monkeypatch.setenv("QUIZ_PLAYER", "Tester")
    return home


@pytest.fixture(scope="session")
def summit():
    """The built-in hand-written summit pack."""
    from questions.packs import BUILTIN_DIR, load_pack

    return load_pack(BUILTIN_DIR / "summit" / "summit.toml")


@pytest.fixture
def shared_dir() -> Path:
    """../shared, or skip: a user's clone does not have it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not here (it only exists on the team's machines)")
    return SHARED
