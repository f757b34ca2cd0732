"""Provides one attempt's answers: each question with what was given, the right answer and the
credit, and below it the highlighted answer in full with the article passage the player saw."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Input, Static

from quiz.ui.screens.scores_common import Col, ReportScreen, ReportTable, cut, fmt_num, fmt_when

ANSWER_COLS = [
    Col("number", "#", right=True),
    Col("mark", " ", style=lambda v: {"✓": "bold green", "◐": "bold yellow"}.get(v, "bold red")),
    Col("prompt", "question", lambda v: cut(v, 28), width=28),
    Col("given", "given", lambda v: cut(v, 14) if v else "(no answer)", width=14),
    Col("right_answer", "right answer", lambda v: cut(v, 14), width=14),
    Col("credit", "credit", fmt_num, right=True),
]


@dataclass
class Context:
    """What the pack says about a question now: its passage and explanation, or why not."""

    passage: str | None = None
    explanation: str | None = None
    note: str | None = None
    """Why there is no passage (the pack is gone, the question left it, no article)."""


def contexts_for(pairs: set[tuple[str, str]]) -> dict[tuple[str, str], Context]:
    """The passage for each (pack id, question id), from the packs the app can see now."""
    from questions.errors import PackError
    from questions.packs import passage_for
    from quiz.catalog import resolve_pack

    out: dict[tuple[str, str], Context] = {}
    for pack_id in sorted({p for p, _ in pairs}):
        try:
            pack = resolve_pack(pack_id).pack
        except (PackError, OSError):
            for key in pairs:
                if key[0] == pack_id:
                    out[key] = Context(note=f"The pack '{pack_id}' is no longer installed, so its "
                                            "passage cannot be shown.")
            continue
        for key in pairs:
            if key[0] != pack_id:
                continue
            try:
                q = pack.question(key[1])
            except KeyError:
                out[key] = Context(note="This question is no longer in the pack.")
                continue
            passage = passage_for(pack, q)
            out[key] = Context(passage=passage.text if passage else None, explanation=q.explanation,
                               note=None if passage else "The pack has no article.")
    return out


class AttemptScreen(ReportScreen):
    """The answers of one attempt; the highlighted one is shown in full with its passage."""

    export_name = "attempt"

    def __init__(self, engine, attempt_id: int) -> None:
        super().__init__(engine)
        self.attempt_id = attempt_id
        self.export_name = f"attempt-{attempt_id}"
        self.contexts: dict[tuple[str, str], Context] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Attempt {self.attempt_id}"), id="attempt-head", classes="scores-head")
        yield Input(placeholder="/ filter answers", classes="scores-filter")
        yield ReportTable(ANSWER_COLS, id="attempt-answers", classes="scores-table")
        with VerticalScroll(id="attempt-detail-box"):
            yield Static(Text("Loading…"), id="attempt-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.table().focus()
        attempt_id = self.attempt_id

        def fetch(session) -> dict:
            from quiz import reports

            head = reports.attempts(session=session, attempt=attempt_id)
            rows = reports.answers(session=session, attempt=attempt_id)
            for n, r in enumerate(rows, 1):
                r["number"] = n
                r["mark"] = "✓" if r["correct"] else "◐" if (r["credit"] or 0) > 0 else "✗"
            return {"head": head[0] if head else None, "rows": rows,
                    "contexts": contexts_for({(r["pack"], r["question"]) for r in rows})}

        self.load(fetch, self._show)

    def _show(self, data: dict) -> None:
        head = data["head"]
        if head is None:
            self.query_one("#attempt-head", Static).update(Text("This attempt is no longer there."))
            return
        self.contexts = data["contexts"]
        text = Text()
        text.append(head["player"], style="bold")
        text.append(f" · {head['pack']} · score {head['score']:g} / {head['max_score']}")
        text.append(f" · {head['answered']} answered · {fmt_when(head['started'])}")
        if head["finished"] is None:
            text.append(" · unfinished", style="yellow")
        self.query_one("#attempt-head", Static).update(text)
        self.table().set_rows(data["rows"])
        self._detail(self.table().current_row())

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail(self.table().current_row())

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.query_one("#attempt-detail-box").focus()

    def _detail(self, row: dict | None) -> None:
        box = self.query_one("#attempt-detail", Static)
        if row is None:
            box.update(Text("No answers in this attempt." if not self.table().rows_all else ""))
            return
        ctx = self.contexts.get((row["pack"], row["question"]), Context())
        credit = row["credit"] or 0.0
        mark = "green" if row["correct"] else "yellow" if credit > 0 else "red"
        t = Text()
        t.append(f"Q{row['number']} · {row['type']} · {row['pack']}/{row['question']}\n", style="dim")
        t.append(row["prompt"] + "\n", style="bold")
        t.append("Given: ")
        t.append((row["given"] or "(no answer)") + "\n", style=mark)
        t.append("Right answer: ")
        t.append(row["right_answer"] + "\n", style="green")
        t.append(f"Credit {credit:g} · {row['seconds']:g} s · {fmt_when(row['at'])}\n", style="dim")
        if ctx.passage:
            t.append("Passage: ", style="bold")
            t.append(ctx.passage + "\n", style="italic")
        if ctx.explanation:
            t.append("Why: ", style="bold")
            t.append(ctx.explanation + "\n")
        if ctx.note:
            t.append(ctx.note + "\n", style="yellow")
        box.update(t)

    def action_back(self) -> None:
        if self.focused is not None and self.focused.id == "attempt-detail-box":
            self.table().focus()
            return
        super().action_back()

