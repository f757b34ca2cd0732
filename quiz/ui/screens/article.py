"""Provides the full article, scrolled to the evidence, captions set apart from the story."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from questions.context import index_for
from questions.model import Article, Passage


class ArticleScreen(Screen):
    """The whole article; the passage that settles the current question is highlighted."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
        Binding("a", "app.pop_screen", "Back", show=False),
    ]

    def __init__(self, article: Article, passage: Passage | None = None) -> None:
        super().__init__()
        self.article = article
        self.passage = passage

    def compose(self) -> ComposeResult:
        head = Text(self.article.title or "The article", style="bold")
        meta = " · ".join(x for x in (self.article.source, self.article.published) if x)
        if meta:
            head.append(f"\n{meta}", style="dim")
        yield Static(head, id="article-head")
        with VerticalScroll(id="article-body"):
            for i, p in enumerate(index_for(self.article.text).article.paragraphs):
                text = Text(p.text)
                if p.kind in ("caption", "alt"):
                    text = Text.assemble(("photo: ", "dim"), (p.text, "dim italic"))
                elif p.kind == "headline":
                    text.stylize("bold")
                if self.passage and p.start <= self.passage.start < p.end + 1:
                    a = max(0, self.passage.start - p.start)
                    b = min(len(p.text), self.passage.end - p.start)
                    text.stylize("bold reverse", a, b)
                    yield Static(text, classes=f"para {p.kind}", id="evidence")
                else:
                    yield Static(text, classes=f"para {p.kind}", id=f"p{i}")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#article-body", VerticalScroll)
        body.focus()
        if self.passage is not None:
            self.call_after_refresh(
                lambda: body.scroll_to_widget(self.query_one("#evidence"), top=True, animate=False))
