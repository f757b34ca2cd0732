"""Pilot tests of the Scores screens at 80×24: drill-down, item analysis, sort, filter, export."""

from __future__ import annotations

import csv

import pytest
from sqlmodel import Session
from textual.app import App
from textual.widgets import Static

from quiz.db import make_engine
from quiz.ui.screens.scores import ScoresScreen
from quiz.ui.screens.scores_attempt import AttemptScreen
from quiz.ui.screens.scores_common import ReportTable
from quiz.ui.screens.scores_pack import PackScreen
from quiz.ui.screens.scores_player import PlayerScreen
from quiz.ui.widgets.charts import Bars
from tests.quiz.classdata import FOUR, PROMPTS, add_attempt, install_class

# Zoë's answer to q3 looks like markup: it must show as typed.
CLASS = {**FOUR, "Zoë": [("q1", "Lyon", 0.0), ("q2", "12", 0.0), ("q3", "[b]half[/b]", 0.5)]}


@pytest.fixture
def engine(tmp_path, monkeypatch):
    engine = install_class(tmp_path, CLASS, monkeypatch)
    with Session(engine) as s:
        add_attempt(s, "Ann", [("old", "something", 0.0)], pack="gone", day=9,  # a pack since removed
                    max_score=1)
        s.commit()
    yield engine
    engine.dispose()


class Host(App):
    """A bare app that opens the Scores screen, as the home screen will."""

    def __init__(self, engine) -> None:
        super().__init__()
        self.engine = engine

    def on_mount(self) -> None:
        self.push_screen(ScoresScreen(self.engine))


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def text_of(screen, selector: str) -> str:
    return screen.query_one(selector, Static).content.plain


def shown(screen) -> list[dict]:
    return screen.table().rows_shown


async def test_drill_down_player_attempt_answer(engine):
    app = Host(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        scores = app.screen
        assert isinstance(scores, ScoresScreen)
        assert len(shown(scores)) == 6
        await pilot.press("2", "slash", *"zo", "enter")
        assert [r["player"] for r in shown(scores)] == ["Zoë"]
        await pilot.press("enter")
        await settle(pilot)
        player = app.screen
        assert isinstance(player, PlayerScreen) and player.player == "Zoë"
        assert "1 attempts" in text_of(player, "#player-head")
        assert "Weakest" in text_of(player, "#player-head")
        await pilot.press("enter")  # the one attempt in her history
        await settle(pilot)
        attempt = app.screen
        assert isinstance(attempt, AttemptScreen)
        assert [r["question"] for r in shown(attempt)] == ["q1", "q2", "q3"]
        head = text_of(attempt, "#attempt-head")
        assert "Zoë" in head and "score 0.5 / 3" in head
        detail = text_of(attempt, "#attempt-detail")
        assert PROMPTS["q1"] in detail and "Given: Lyon" in detail
        assert "Passage: Paris is the capital of France" in detail
        await pilot.press("down", "down")
        detail = text_of(attempt, "#attempt-detail")
        assert "Given: [b]half[/b]" in detail  # shown as typed, never read as markup
        assert "Passage: Red and blue are primary colours" in detail
        await pilot.press("escape")
        assert app.screen is player
        await pilot.press("escape")
        assert app.screen is scores
        await pilot.press("slash", "escape")  # Escape in the filter box only leaves the box
        assert app.screen is scores and scores.focused is scores.table()
        await pilot.press("escape")
        assert not isinstance(app.screen, ScoresScreen)


async def test_pack_item_analysis_puts_flagged_questions_on_top(engine):
    app = Host(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "slash", *"mini", "enter", "enter")
        await settle(pilot)
        pack = app.screen
        assert isinstance(pack, PackScreen)
        rows = shown(pack)
        assert [r["question"] for r in rows] == ["q2", "q1", "q3"]  # q2 discriminates negatively
        assert rows[0]["flag"] == "negative discrimination"
        head = text_of(pack, "#pack-head")
        assert "Mini quiz" in head and "1 flagged" in head and "alpha 0.16" in head
        assert PROMPTS["q2"] in text_of(pack, "#pack-detail")
        await pilot.press("2")
        bars = pack.query_one("#pack-bars", Bars)
        assert [(b.label, b.value) for b in bars.bars] == [("q1", 0.6), ("q2", 0.6), ("q3", 0.5)]
        await pilot.press("3")
        spread = pack.query_one("#pack-spread-bars", Bars)
        assert sum(int(b.note) for b in spread.bars) == 5


async def test_sort_filter_and_export(engine, tmp_path):
    app = Host(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        scores = app.screen
        await pilot.press("s")  # by player, A to Z
        assert [r["player"] for r in shown(scores)] == ["Ann", "Ann", "Ben", "Cat", "Dan", "Zoë"]
        await pilot.press("s", "s", "r")  # by score, highest first
        assert [r["score"] for r in shown(scores)] == [3.0, 2.0, 2.0, 1.0, 0.5, 0.0]
        await pilot.press("slash", *"mini", "enter", "e")
        assert len(shown(scores)) == 5
        files = list((tmp_path / "exports").glob("scores-attempts-*.csv"))
        assert len(files) == 1
        with files[0].open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        # Highest score first; Ben and Cat tie at 2 and keep the table's order (newest first).
        assert [r["player"] for r in rows] == ["Ann", "Cat", "Ben", "Dan", "Zoë"]
        assert rows[0]["score"] == "3.0" and rows[0]["started"] == "2024-03-04T09:00:00+00:00"


async def test_attempt_of_a_removed_pack_says_so(engine):
    app = Host(engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"gone", "enter", "enter")
        await settle(pilot)
        attempt = app.screen
        assert isinstance(attempt, AttemptScreen)
        detail = text_of(attempt, "#attempt-detail")
        assert "Given: something" in detail and "no longer installed" in detail


async def test_empty_database_shows_empty_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path))
    app = Host(make_engine(tmp_path / "empty.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("1", "2", "3"):
            await pilot.press(key, "enter")
            assert isinstance(app.screen, ScoresScreen)
            assert app.screen.table().rows_shown == []
        assert isinstance(app.screen.query_one("#attempts", ReportTable), ReportTable)

