"""Pilot tests of the Scores screens at 80×24: drill-down, item analysis, sort, filter, export."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session
from textual.app import App
from textual.widgets import Static

from quiz import store
from quiz.db import make_engine
from quiz.ui.screens.scores import ScoresScreen
from quiz.ui.screens.scores_attempt import AttemptScreen
from quiz.ui.screens.scores_common import ReportTable
from quiz.ui.screens.scores_pack import PackScreen
from quiz.ui.screens.scores_player import PlayerScreen
from quiz.ui.widgets.charts import Bars

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)
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
options = [ { text = "Paris", credit = 1.0 }, { text = "Lyon" } ]
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
tags = ["art"]
"""
CLASS = {
    "Ann": [("q1", "Paris", 1.0), ("q2", "11", 1.0), ("q3", "Red; Blue", 1.0)],
    "Ben": [("q1", "Paris", 1.0), ("q2", "12", 0.0), ("q3", "Red; Blue", 1.0)],
    "Cat": [("q1", "Paris", 1.0), ("q2", "11", 1.0), ("q3", "x", 0.0)],
    "Dan": [("q1", "Lyon", 0.0), ("q2", "11", 1.0), ("q3", "y", 0.0)],
    "Zoë": [("q1", "Lyon", 0.0), ("q2", "12", 0.0), ("q3", "[b]half[/b]", 0.5)],
}
PROMPTS = {"q1": "Which city is the capital of France?", "q2": "How many players are in a football team?",
           "q3": "Which are primary colours in paint?"}


def add(session, player, pack, answers, day):
    started = T0 + timedelta(days=day)
    att = store.start_attempt(session=session, player_name=player, pack_id=pack, pack_title=pack,
                              question_count=len(answers), started=started)
    for pos, (qid, given, credit) in enumerate(answers):
        store.record_answer(session=session, attempt_id=att, pack_id=pack, question_id=qid,
                            question_type="choice", prompt=PROMPTS.get(qid, f"{qid}?"), position=pos,
                            given=given, right_answer="the right one", credit=credit,
                            correct=credit >= 1, seconds=6.0, at=started + timedelta(seconds=pos))
    store.finish_attempt(session=session, attempt_id=att, finished=started + timedelta(minutes=2))


@pytest.fixture
def engine(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    folder = tmp_path / "packs" / "mini"
    folder.mkdir(parents=True)
    (folder / "mini.toml").write_text(PACK, encoding="utf-8")
    (folder / "mini.txt").write_text(ARTICLE, encoding="utf-8")
    engine = make_engine(tmp_path / "quiz.db")
    with Session(engine) as s:
        for day, (name, answers) in enumerate(CLASS.items()):
            add(s, name, "mini", answers, day)
        add(s, "Ann", "gone", [("old", "something", 0.0)], 9)  # a pack since removed
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

