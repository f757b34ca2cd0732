"""Provides the home screen: who is playing, which pack(s), how many questions, and start."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from questions.packs import LoadedPack


class HomeScreen(Screen):
    """Pick a name and packs, then start; or go to the teachers' screens."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start"),
        Binding("f3", "scores", "Scores"),
        Binding("f4", "generate", "From article"),
    ]

    def __init__(self, packs: list[LoadedPack], *, player: str, count: int, warnings: list[str]) -> None:
        super().__init__()
        self.packs = packs
        self.player = player
        self.count = count
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("newsquiz", "bold"), "  learn the news, one question at a time"),
                     id="home-title")
        with Vertical(id="home-form"):
            with Horizontal(classes="row"):
                yield Static("Your name ", classes="label")
                yield Input(self.player, placeholder="your name", id="player")
            with Horizontal(classes="row"):
                yield Static("Questions ", classes="label")
                yield Input(str(self.count), placeholder="how many", id="count", type="integer")
            yield Static(Text("Packs (Space ticks; tick several to mix them):", style="bold"))
            selections = [
                Selection(Text(f"{lp.pack.title}  ({len(lp.pack.questions)} q, {lp.where})"), i, i == 0)
                for i, lp in enumerate(self.packs)
            ]
            yield SelectionList[int](*selections, id="packs")
            yield Static(id="pack-info")
        with Horizontal(id="home-buttons"):
            yield Button("Start (Ctrl+S)", id="start", variant="primary")
            yield Button("Scores (F3)", id="scores")
            yield Button("From article… (F4)", id="generate")
        yield Footer()

    def on_mount(self) -> None:
        for w in self.warnings:
            self.notify(w, severity="warning", timeout=8)
        if self.packs:
            self._describe(0)
        self.query_one("#player", Input).focus()

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        self._describe(event.selection.value)

    def _describe(self, i: int) -> None:
        lp = self.packs[i]
        p = lp.pack
        types = ", ".join(sorted({q.type for q in p.questions}))
        info = Text()
        info.append(p.title, style="bold")
        if p.pack.author:
            info.append(f" by {p.pack.author}")
        info.append(f"\n{len(p.questions)} questions: {types}")
        if p.article is not None:
            info.append(f"\nArticle: {p.article.title or 'untitled'}")
            if p.article.published:
                info.append(f" ({p.article.published})")
        info.append(f"\n{lp.where}: {lp.path}", style="dim")
        self.query_one("#pack-info", Static).update(info)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        chosen = self.query_one("#packs", SelectionList).selected
        if not chosen:
            highlighted = self.query_one("#packs", SelectionList).highlighted
            chosen = [highlighted] if highlighted is not None else []
        if not chosen:
            self.notify("There is no pack to play.", severity="error")
            return
        name = self.query_one("#player", Input).value.strip()
        if not name:
            self.notify("Type your name first.", severity="warning")
            self.query_one("#player", Input).focus()
            return
        raw = self.query_one("#count", Input).value.strip()
        count = int(raw) if raw.isdigit() and int(raw) > 0 else None
        packs = [self.packs[i].pack for i in sorted(chosen)]
        self.app.player = name
        self.app.count = count
        questions = [(p, q) for p in packs for q in p.questions]
        self.app.start_quiz(questions, title=" + ".join(p.title for p in packs))

    @on(Button.Pressed, "#scores")
    def action_scores(self) -> None:
        self.app.open_scores()

    @on(Button.Pressed, "#generate")
    def action_generate(self) -> None:
        self.app.open_generate()
