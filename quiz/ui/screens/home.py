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

from questions.model import n_questions
from questions.packs import LoadedPack
from quiz.packs_service import type_counts


class HomeScreen(Screen):
    """Pick a name and packs, then start; or go to the teachers' screens."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start"),
        Binding("f3", "scores", "Scores"),
        Binding("f4", "generate", "From article"),
        Binding("f5", "import_pack", "Import a pack", show=False),  # the button shows it; the footer is full
    ]

    highlight: str | None = None
    """Id of a pack to tick and highlight when the screen opens (one just imported)."""

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
            yield Button("Import… (F5)", id="import")
        yield Footer()

    def on_mount(self) -> None:
        for w in self.warnings:
            self.notify(w, severity="warning", timeout=8)
        if self.packs:
            self._describe(0)
        self._highlight_pack(self.highlight)
        self.query_one("#player", Input).focus()

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        self._describe(event.selection.value)

    def _describe(self, i: int) -> None:
        lp = self.packs[i]
        p = lp.pack
        types = type_counts(p)
        info = Text()
        info.append(p.title, style="bold")
        if p.pack.author:
            info.append(f" by {p.pack.author}")
        info.append(f"\n{n_questions(len(p.questions))}: {types}")
        if p.article is not None:
            info.append(f"\nArticle: {p.article.title or 'untitled'}")
            about = ", ".join(x for x in (p.article.source, p.article.published) if x)
            if about:
                info.append(f" ({about})")
        else:
            info.append("\nNo article")
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

    @on(Button.Pressed, "#import")
    def action_import_pack(self) -> None:
        from quiz.ui.screens.import_pack import ImportScreen

        def imported(pack_id: str | None) -> None:
            if pack_id:
                self.app.go_home()  # a fresh home screen, with the new pack in its list
                if isinstance(self.app.screen, HomeScreen):
                    self.app.screen.highlight = pack_id

        self.app.push_screen(ImportScreen(), imported)

    def _highlight_pack(self, pack_id: str | None) -> None:
        """Tick and highlight the pack `pack_id` instead of the first one."""
        index = next((i for i, lp in enumerate(self.packs) if lp.pack.id == pack_id), None)
        if index is None:
            return
        packs = self.query_one("#packs", SelectionList)
        packs.deselect_all()
        packs.select(index)
        packs.highlighted = index
        self._describe(index)
