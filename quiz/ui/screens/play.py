"""Provides the question screen: progress, prompt, the way to answer, then the feedback panel."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.recorder import AttemptHandle, Recorder
from quiz.run import Item, QuizRun, Result, fmt_score
from quiz.ui.widgets.answers import AnswerWidget, ChoiceAnswer, MatchAnswer, OrderAnswer, TypedAnswer
from quiz.ui.widgets.feedback import FeedbackPanel


class PlayScreen(Screen):
    """One quiz being played: asks, grades, explains, and keeps each answer as it is given."""

    BINDINGS = [
        Binding("enter", "next", "Next", show=False),
        Binding("space", "next", "Next", show=False),
        Binding("a", "article", "Article"),
        Binding("q", "leave", "Leave"),
        Binding("escape", "leave", "Leave", show=False),
    ]

    index: reactive[int] = reactive(0)
    """0-based number of the question on screen."""
    score: reactive[float] = reactive(0.0)
    revealed: reactive[bool] = reactive(False)
    """True while the feedback of the current question is showing."""

    def __init__(self, run: QuizRun, *, recorder: Recorder, player: str, title: str) -> None:
        super().__init__()
        self.run = run
        self.recorder = recorder
        self.player = player
        self.quiz_title = title
        self.attempt: AttemptHandle | None = None
        self._saving: Future | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with VerticalScroll(id="body"):
            yield Static(id="prompt")
            yield Static(id="answer-slot")
            yield FeedbackPanel(id="feedback")
        yield Footer()

    async def on_mount(self) -> None:
        packs = {i.pack.id: i.pack for i in self.run.items}
        self.attempt = self.recorder.begin(
            player=self.player, pack_id="+".join(packs), pack_title=self.quiz_title,
            question_count=self.run.total, seed=self.run.seed)
        await self.show_question()

    # --- state -> screen ------------------------------------------------------------------------

    def watch_index(self) -> None:
        self._status()

    def watch_score(self) -> None:
        self._status()

    def watch_revealed(self, revealed: bool) -> None:
        self.query_one(FeedbackPanel).display = revealed
        self._status()

    def _status(self) -> None:
        if not self.run.items or not self.query("#status"):
            return
        status = Text()
        status.append(f" {self.quiz_title[:40]} ", style="bold")
        status.append(f" {min(self.index + 1, self.run.total)} / {self.run.total} ", style="reverse")
        status.append(f"  score {fmt_score(self.score)}", style="bold")
        self.query_one("#status", Static).update(status)

    async def show_question(self) -> None:
        """Put the current question on screen and start its clock."""
        item = self.run.current
        assert item is not None
        self.revealed = False
        self.index = self.run.index
        q = item.question
        prompt = Text()
        prompt.append(f"Q{self.run.index + 1}. ", style="bold")
        prompt.append(q.prompt)
        lowered = q.prompt.lower()
        if q.type == "multi" and "all that apply" not in lowered:
            prompt.append("  (pick all that apply)", style="italic")
        elif q.type == "truefalse" and "true or false" not in lowered:
            prompt.append("  True or false?", style="italic")
        self.query_one("#prompt", Static).update(prompt)
        slot = self.query_one("#answer-slot")
        await slot.remove_children()
        widget = self._answer_widget(item)
        widget.add_class("answer")
        await slot.mount(widget)
        widget.focus()
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)
        self._status()
        self.run.begin_question()

    def _answer_widget(self, item: Item):
        q = item.question
        if q.type in ("choice", "truefalse"):
            return ChoiceAnswer(item.shown_options)
        if q.type == "multi":
            return ChoiceAnswer(item.shown_options, multi=True)
        if q.type in ("short", "number"):
            return TypedAnswer(number=q.type == "number")
        if q.type == "match":
            return MatchAnswer(item.match_lefts, item.shown_options)
        return OrderAnswer(item.shown_options)

    # --- answering ------------------------------------------------------------------------------

    @on(AnswerWidget.Given)
    async def answered(self, event: AnswerWidget.Given) -> None:
        event.stop()
        if self.revealed or self.run.answered_current:
            return
        result = self.run.submit(event.value)
        self._saving = self.recorder.answer(self.attempt, result)
        self._reveal(result)
        self.score = self.run.score
        await self._saved()

    async def _saved(self) -> None:
        """Wait for the last answer's commit; say so if it failed (the quiz goes on)."""
        if self._saving is None:
            return
        try:
            await asyncio.wrap_future(self._saving)
        except Exception as e:  # a full disk or a locked file must not end the quiz
            self.notify(f"Could not save this answer: {e}", severity="error", timeout=10)
        finally:
            self._saving = None

    def _reveal(self, result: Result) -> None:
        item = result.item
        q = item.question
        widget = self.query_one(".answer")
        if isinstance(widget, ChoiceAnswer):
            widget.marks = ["✓" if q.options[i].credit > 0 else "✗" for i in item.order]
        elif isinstance(widget, MatchAnswer):
            widget.right_of = {left: right for left, right in q.pairs if left}
        elif isinstance(widget, OrderAnswer):
            widget.right = list(q.items)
        widget.revealed = True
        passage = item.passage()
        article = item.pack.article
        self.query_one(FeedbackPanel).show(
            q=q, credit=result.credit, correct=result.grade.correct, feedback=result.grade.feedback,
            passage=passage, article_text=article.text if article else None,
            pack_title=item.pack.title, given=result.grade.given)
        self.revealed = True
        self.focus_next_from_answer()

    def focus_next_from_answer(self) -> None:
        # Move focus off a disabled input so Enter/Space reach the screen's "next".
        self.set_focus(None)
        self.call_after_refresh(
            lambda: self.query_one("#body", VerticalScroll).scroll_to_widget(
                self.query_one(FeedbackPanel), top=False, animate=False))

    async def action_next(self) -> None:
        if not self.revealed:
            return
        await self._saved()  # the answer is committed before the player goes on
        if self.run.advance() is None:
            self.app.finish_run(self.run, self.attempt, self.quiz_title)
        else:
            await self.show_question()

    def action_article(self) -> None:
        from quiz.ui.screens.article import ArticleScreen

        item = self.run.current
        if item is None or item.pack.article is None:
            self.notify("This question's pack has no article.", severity="warning")
            return
        passage = item.passage() if self.revealed else None
        self.app.push_screen(ArticleScreen(item.pack.article, passage))

    def action_leave(self) -> None:
        from quiz.ui.screens.dialogs import ConfirmScreen

        def leave(yes: bool | None) -> None:
            if yes:
                self.app.leave_run()

        answered = len(self.run.results)
        self.app.push_screen(
            ConfirmScreen(f"Leave this quiz? Your {answered} answer(s) so far are saved; "
                          "the attempt stays unfinished."), leave)
