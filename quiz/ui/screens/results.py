"""Provides the results screen: score, time, each answer beside the right one, what next."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from quiz.run import QuizRun, fmt_score


class ResultsScreen(Screen):
    """The end of a quiz."""

    BINDINGS = [
        Binding("p", "again", "Play again"),
        Binding("r", "review", "Review mistakes"),
        Binding("h", "home", "Home"),
        Binding("escape", "home", "Home", show=False),
        Binding("q", "home", "Home", show=False),
    ]

    def __init__(self, run: QuizRun, title: str) -> None:
        super().__init__()
        self.run = run
        self.quiz_title = title

    def compose(self) -> ComposeResult:
        s = self.run.summary()
        minutes, seconds = divmod(int(round(s.seconds)), 60)
        head = Text()
        head.append(f"{self.quiz_title}\n", style="bold")
        head.append(f"Score {fmt_score(s.score)} / {s.max_score}", style="bold reverse")
        head.append(f"   {s.right} of {s.answered} fully right   time {minutes}:{seconds:02d}")
        yield Static(head, id="results-head")
        table = DataTable(id="results-table", cursor_type="row", zebra_stripes=True)
        yield table
        with Horizontal(id="results-buttons"):
            yield Button("Play again (p)", id="again", variant="primary")
            yield Button("Review mistakes (r)", id="review", disabled=not self.run.missed())
            yield Button("Home (h)", id="home")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(" ", "#", "Question", "Your answer", "Right answer")
        for r in self.run.results:
            q = r.item.question
            mark = Text("✓", style="bold green") if r.grade.correct else (
                Text("◐", style="bold yellow") if r.credit > 0 else Text("✗", style="bold red"))
            table.add_row(mark, Text(str(r.position + 1)), _cut(q.prompt, 36), _cut(r.grade.given, 14),
                          _cut(q.right_answer_text(), 14))
        table.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"again": self.action_again, "review": self.action_review, "home": self.action_home}[event.button.id]()

    def action_again(self) -> None:
        self.app.start_quiz(self.run.questions(), title=self.quiz_title)

    def action_review(self) -> None:
        missed = self.run.missed()
        if not missed:
            self.notify("No mistakes to review.")
            return
        self.app.start_quiz(missed, title=f"{self.quiz_title} (mistakes)")

    def action_home(self) -> None:
        self.app.go_home()


def _cut(text: str, width: int) -> Text:
    """One cell of the table: text cut to `width` with an ellipsis."""
    return Text(text if len(text) <= width else text[: width - 1] + "…")
