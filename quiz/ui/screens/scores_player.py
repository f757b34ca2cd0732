"""Provides one player's page: score over time, their attempts, topics from weakest to strongest,
and the questions they missed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import ContentSwitcher, DataTable, Footer, Input, Static, Tab, Tabs

from quiz.ui.screens.scores_common import (
    Col,
    ReportTable,
    TabbedReportScreen,
    cut,
    fmt_num,
    fmt_share,
    fmt_when,
)
from quiz.ui.widgets.charts import ScoreOverTime

HISTORY_COLS = [
    Col("started", "started", fmt_when),
    Col("pack", "pack", width=14),
    Col("score", "score", lambda v: fmt_num(v, 1), right=True),
    Col("max_score", "max", right=True),
    Col("share", "share", fmt_share, right=True),
    Col("finished", "finished", lambda v: "yes" if v else "no"),
]
TOPIC_COLS = [
    Col("topic", "topic", width=20),
    Col("questions", "questions", right=True),
    Col("answered", "answered", right=True),
    Col("facility", "facility", fmt_share, right=True),
]
MISSED_COLS = [
    Col("question", "question", width=16),
    Col("prompt", "prompt", lambda v: cut(v, 26), width=26),
    Col("missed", "missed", right=True),
    Col("answered", "of", right=True),
    Col("last_given", "last given", lambda v: cut(v, 14) if v else "(no answer)", width=14),
]
VIEWS = {"history": HISTORY_COLS, "topics": TOPIC_COLS, "missed": MISSED_COLS}


class PlayerScreen(TabbedReportScreen):
    """One player: 1 history (Enter opens an attempt), 2 topics, 3 questions missed."""

    BINDINGS = [
        Binding("1", "view('history')", "History"),
        Binding("2", "view('topics')", "Topics"),
        Binding("3", "view('missed')", "Missed"),
    ]

    views = VIEWS

    def __init__(self, engine, player: str) -> None:
        super().__init__(engine)
        self.player = player
        """The player's name."""
        self.export_prefix = f"player-{player}"
        self.export_name = f"player-{player}-history"

    def compose(self) -> ComposeResult:
        yield Static(Text(self.player, style="bold"), id="player-head", classes="scores-head")
        yield ScoreOverTime(id="player-chart")
        yield Tabs(Tab("1 History", id="history"), Tab("2 Topics", id="topics"),
                   Tab("3 Missed", id="missed"), id="player-tabs")
        yield Input(placeholder="/ filter", classes="scores-filter")
        with ContentSwitcher(initial="history", id="player-views"):
            for view, cols in VIEWS.items():
                yield ReportTable(cols, id=view, classes="scores-table")
        yield Footer()

    def on_mount(self) -> None:
        self.table().focus()
        player = self.player

        def fetch(session) -> dict:
            from quiz import reports

            history = reports.attempts(session=session, player=player)
            for r in history:
                r["share"] = r["score"] / r["max_score"] if r["max_score"] else None
            tags = reports.question_tags(reports.answered_packs(session=session, player=player))
            return {
                "summary": reports.players(session=session, player=player),
                "history": history,
                "topics": reports.topics(session=session, tags=tags, player=player),
                "missed": reports.missed(session=session, player=player),
            }

        self.load(fetch, self._show)

    def _show(self, data: dict) -> None:
        head = Text(self.player, style="bold")
        if data["summary"]:
            s = data["summary"][0]
            head.append(f" · {s['attempts']} attempts · best {fmt_share(s['best'])} · average "
                        f"{fmt_share(s['average'])} · latest {fmt_share(s['latest'])}")
        topics = data["topics"]
        if len(topics) > 1:
            head.append(f"\nWeakest: {topics[0]['topic']} ({fmt_share(topics[0]['facility'])})",
                        style="red")
            head.append(f" · strongest: {topics[-1]['topic']} ({fmt_share(topics[-1]['facility'])})",
                        style="green")
        self.query_one("#player-head", Static).update(head)
        history = data["history"]
        self.query_one(ScoreOverTime).show_scores(
            [r["started"].astimezone().strftime("%d/%m") for r in history],
            [r["share"] or 0.0 for r in history])
        for view in VIEWS:
            self.query_one(f"#{view}", ReportTable).set_rows(
                history[::-1] if view == "history" else data[view])

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        table = self.table()
        row = table.current_row()
        if table.id == "history" and row is not None:
            from quiz.ui.screens.scores_attempt import AttemptScreen

            self.app.push_screen(AttemptScreen(self.engine, row["attempt"]))
