"""Provides the teachers' Scores area: attempts, players and packs in sortable, filterable tables,
each row opening its detail (an attempt's answers, a player's history, a pack's item analysis)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import ContentSwitcher, DataTable, Footer, Input, Static, Tab, Tabs

from quiz.ui.screens.scores_common import (
    Col,
    ReportTable,
    TabbedReportScreen,
    fmt_num,
    fmt_share,
    fmt_when,
)

ATTEMPT_COLS = [
    Col("player", "player", width=18),
    Col("pack", "pack", width=10),
    Col("score", "score", lambda v: fmt_num(v, 1), right=True),
    Col("max_score", "max", right=True),
    Col("answered", "ans.", right=True),
    Col("started", "started", fmt_when),
    Col("finished", "finished", lambda v: v.astimezone().strftime("%H:%M") if v else "unfinished"),
]
PLAYER_COLS = [
    Col("player", "player", width=22),
    Col("attempts", "attempts", right=True),
    Col("best", "best", fmt_share, right=True),
    Col("average", "average", fmt_share, right=True),
    Col("latest", "latest", fmt_share, right=True),
    Col("last_played", "last played", fmt_when),
]
PACK_COLS = [
    Col("pack", "pack", width=18),
    Col("attempts", "attempts", right=True),
    Col("answers", "answers", right=True),
    Col("mean", "mean", fmt_share, right=True),
    Col("median", "median", fmt_share, right=True),
    Col("sd", "sd", fmt_share, right=True),
    Col("alpha", "alpha", fmt_num, right=True),
]
VIEWS = {"attempts": ATTEMPT_COLS, "players": PLAYER_COLS, "packs": PACK_COLS}


class ScoresScreen(TabbedReportScreen):
    """The Scores area: pick a view (1 attempts, 2 players, 3 packs), Enter opens a row."""

    BINDINGS = [
        Binding("1", "view('attempts')", "Attempts"),
        Binding("2", "view('players')", "Players"),
        Binding("3", "view('packs')", "Packs"),
    ]

    views = VIEWS
    export_prefix = "scores"
    export_name = "scores-attempts"

    def compose(self) -> ComposeResult:
        yield Tabs(Tab("1 Attempts", id="attempts"), Tab("2 Players", id="players"),
                   Tab("3 Packs", id="packs"), id="scores-tabs")
        yield Input(placeholder="/ filter: words in any column", id="scores-filter",
                    classes="scores-filter")
        with ContentSwitcher(initial="attempts", id="scores-views"):
            for view, cols in VIEWS.items():
                yield ReportTable(cols, id=view, classes="scores-table")
        yield Static(Text("Loading…"), id="scores-status", classes="scores-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#attempts", ReportTable).focus()
        self.load(self._fetch, self._show)

    @staticmethod
    def _fetch(session) -> dict:
        from quiz import reports
        from quiz.item_analysis import packs

        return {"attempts": reports.attempts(session=session)[::-1],  # newest first
                "players": reports.players(session=session),
                "packs": packs(session=session)}

    def _show(self, data: dict) -> None:
        for view, rows in data.items():
            self.query_one(f"#{view}", ReportTable).set_rows(rows)
        self.update_status()

    def update_status(self) -> None:
        t = self.table()
        what = self.query_one(ContentSwitcher).current
        shown = f"{len(t.rows_shown)} of {len(t.rows_all)} {what}" if t.filter_text else \
            f"{len(t.rows_all)} {what}"
        hint = "Enter opens · s sorts · r reverses · / filters · e exports"
        self.query_one("#scores-status", Static).update(Text(f"{shown}   {hint}"))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        table = self.table()
        row = table.current_row()
        if row is None:
            return
        if table.id == "attempts":
            from quiz.ui.screens.scores_attempt import AttemptScreen

            self.app.push_screen(AttemptScreen(self.engine, row["attempt"]))
        elif table.id == "players":
            from quiz.ui.screens.scores_player import PlayerScreen

            self.app.push_screen(PlayerScreen(self.engine, row["player"]))
        elif table.id == "packs":
            from quiz.ui.screens.scores_pack import PackScreen

            self.app.push_screen(PackScreen(self.engine, row["pack"]))
