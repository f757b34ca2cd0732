"""Provides a pack's item analysis: the questions with the flagged ones on top, facility per
question as bars, and the spread of the class's scores."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import ContentSwitcher, DataTable, Footer, Input, Static, Tab, Tabs

from quiz.ui.screens.scores_common import Col, ReportScreen, ReportTable, cut, fmt_num, fmt_share
from quiz.ui.widgets.charts import Bar, Bars, spread_bars

SHORT_FLAGS = {"too hard": "hard", "too easy": "easy", "negative discrimination": "neg. disc."}


def short_flag(flag: str) -> str:
    """A flag as it fits a table cell: "hard", "easy", "neg. disc."."""
    return ", ".join(SHORT_FLAGS.get(f, f) for f in flag.split("; ") if f)


QUESTION_COLS = [
    Col("question", "question", lambda v: cut(v, 16), width=16),
    Col("answered", "n", right=True),
    Col("facility", "fac.", fmt_share, right=True),
    Col("discrimination", "disc.", fmt_num, right=True),
    Col("top_wrong", "top wrong", lambda v: "" if v is None else cut(v or "(no answer)", 16), width=16),
    Col("top_wrong_share", "share", fmt_share, right=True),
    Col("avg_seconds", "secs", lambda v: fmt_num(v, 0), right=True),
    Col("flag", "flag", short_flag, width=10, style=lambda v: "bold red"),
]
PANES = ("questions", "facility", "spread")


class PackScreen(ReportScreen):
    """A pack's item analysis: 1 questions (flagged first), 2 facility bars, 3 spread of scores."""

    BINDINGS = [
        Binding("1", "pane('questions')", "Questions"),
        Binding("2", "pane('facility')", "Facility"),
        Binding("3", "pane('spread')", "Spread"),
    ]

    def __init__(self, engine, pack_id: str) -> None:
        super().__init__(engine)
        self.pack_id = pack_id
        """The pack analysed."""
        self.prompts: dict[str, str] = {}
        self.export_name = f"items-{pack_id}"

    def compose(self) -> ComposeResult:
        yield Static(Text(self.pack_id, style="bold"), id="pack-head", classes="scores-head")
        yield Tabs(Tab("1 Questions", id="questions"), Tab("2 Facility", id="facility"),
                   Tab("3 Spread", id="spread"), id="pack-tabs")
        yield Input(placeholder="/ filter questions", classes="scores-filter")
        with ContentSwitcher(initial="questions", id="pack-panes"):
            yield ReportTable(QUESTION_COLS, id="pack-questions", classes="scores-table")
            with VerticalScroll(id="pack-facility"):
                yield Bars(id="pack-bars")
            with VerticalScroll(id="pack-spread"):
                yield Static(Text("Attempts by score (share of the marks)", style="bold"))
                yield Bars(id="pack-spread-bars")
        yield Static(Text(""), id="pack-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.table().focus()
        pack_id = self.pack_id

        def fetch(session) -> dict:
            from questions.errors import PackError
            from quiz.catalog import resolve_pack
            from quiz.item_analysis import item_analysis, pack_stats, score_spread
            from quiz.reports import question_prompts

            try:
                pack = resolve_pack(pack_id).pack
                title, order = pack.title, [q.id for q in pack.questions]
                prompts = {q.id: q.prompt for q in pack.questions}
            except (PackError, OSError):
                title, order = f"{pack_id} (no longer installed)", None
                prompts = question_prompts(session=session, pack=pack_id)
            rows = item_analysis(session=session, pack=pack_id, order=order)
            return {"title": title, "rows": rows, "prompts": prompts,
                    "stats": pack_stats(session=session, pack=pack_id),
                    "spread": score_spread(session=session, pack=pack_id)}

        self.load(fetch, self._show)

    def _show(self, data: dict) -> None:
        s = data["stats"]
        head = Text(data["title"], style="bold")
        head.append(f"\n{s['attempts']} attempts · mean {fmt_share(s['mean'])} · median "
                    f"{fmt_share(s['median'])} · sd {fmt_share(s['sd'])} · alpha {fmt_num(s['alpha'])}")
        flagged = sum(1 for r in data["rows"] if r["flag"])
        if flagged:
            head.append(f" · {flagged} flagged", style="bold red")
        self.query_one("#pack-head", Static).update(head)
        self.prompts = data["prompts"]
        rows = data["rows"]
        # Flagged questions on top, each group in the pack's order.
        rows = [r for r in rows if r["flag"]] + [r for r in rows if not r["flag"]]
        self.table().set_rows(rows)
        self.query_one("#pack-bars", Bars).set_bars(
            [Bar(r["question"], r["facility"], bool(r["flag"])) for r in data["rows"]])
        self.query_one("#pack-spread-bars", Bars).set_bars(spread_bars(data["spread"]))
        self._detail(self.table().current_row())

    def table(self) -> ReportTable:
        return self.query_one("#pack-questions", ReportTable)

    def action_filter(self) -> None:
        self.action_pane("questions")
        super().action_filter()

    def action_pane(self, pane: str) -> None:
        self.query_one(Tabs).active = pane

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id not in PANES:
            return
        target = {"questions": "pack-questions", "facility": "pack-facility",
                  "spread": "pack-spread"}[event.tab.id]
        self.query_one(ContentSwitcher).current = target
        self.query_one(Input).display = event.tab.id == "questions"
        if event.tab.id == "questions":
            self.table().focus()
        else:
            self.query_one(f"#{target}").focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail(self.table().current_row())

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()

    def _detail(self, row: dict | None) -> None:
        t = Text()
        if row is not None:
            t.append(f"{row['question']}: ", style="bold")
            t.append(cut(self.prompts.get(row["question"], ""), 200))
            if row["top_wrong"] is not None:
                t.append("\nMost chosen wrong: ", style="dim")
                t.append(row["top_wrong"] or "(no answer)")
                t.append(f" ({fmt_share(row['top_wrong_share'])} of answers)", style="dim")
            if row["flag"]:
                t.append(f"\nFlag: {row['flag']}", style="bold red")
        self.query_one("#pack-detail", Static).update(t)
