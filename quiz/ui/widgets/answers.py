"""Provides the widgets a player answers with, one for each way of answering.

Each widget posts `AnswerWidget.Given` with the answer in display terms (positions as shown); the
screen turns it into a graded result through `quiz.run`. Everything shown is `rich.text.Text`, so
nothing from a pack is ever read as markup.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Static


class AnswerWidget(Widget, can_focus=True):
    """Base of the answer widgets: holds the reveal state and posts `Given`."""

    class Given(Message):
        """The player has answered."""

        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value
            """The answer in display terms (see `quiz.run.QuizRun.submit`)."""

    revealed: reactive[bool] = reactive(False)
    """True once answered: the widget then shows what was right and stops taking answers."""

    def give(self, value: Any) -> None:
        if not self.revealed:
            self.post_message(self.Given(value))


def _label(n: int) -> str:
    return f"{n}" if n <= 9 else " "


class ChoiceAnswer(AnswerWidget):
    """Numbered options: 1–9 answer at once (or toggle, for `multi`), arrows and Enter also work."""

    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("enter", "confirm", "Answer", show=False),
        Binding("space", "toggle", "Toggle", show=False),
    ]

    cursor: reactive[int] = reactive(0)
    """The highlighted option (display position)."""
    picked: reactive[frozenset[int]] = reactive(frozenset())
    """Options ticked so far (multi), or the one chosen."""

    def __init__(self, options: list[str], *, multi: bool = False, marks: list[str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.options = options
        self.multi = multi
        self.marks: list[str] = marks or []
        """After the reveal: a mark per option ("✓", "✗" or "")."""

    def render(self) -> Text:
        out = Text()
        for i, option in enumerate(self.options):
            chosen = i in self.picked
            mark = self.marks[i] if self.revealed and i < len(self.marks) else ""
            if self.multi:
                box = "[x]" if chosen else "[ ]"
                head = f" {_label(i + 1)} {box} "
            else:
                head = f" {_label(i + 1)}. " if not chosen else f"›{_label(i + 1)}. "
            style = ""
            if i == self.cursor and not self.revealed and self.has_focus:
                style = "reverse"
            if mark == "✓":
                style = "bold green"
            elif mark == "✗" and chosen:
                style = "bold red"
            line = Text(head, style="bold")
            line.append(Text(option, style=style))
            if mark:
                line.append(f"  {mark}", style="bold")
                if chosen:
                    line.append(" (your answer)", style="italic")
            out.append(line)
            if i < len(self.options) - 1:
                out.append("\n")
        if self.multi and not self.revealed:
            out.append("\n")
            out.append(Text("   1–9 tick · Enter to answer", style="dim"))
        return out

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and event.character != "0":
            n = int(event.character) - 1
            if n < len(self.options) and not self.revealed:
                event.stop()
                self.cursor = n
                if self.multi:
                    self.picked = self.picked ^ {n}
                else:
                    self.picked = frozenset({n})
                    self.give(n)

    def action_move(self, delta: int) -> None:
        if self.options:
            self.cursor = (self.cursor + delta) % len(self.options)

    def action_toggle(self) -> None:
        if self.multi and not self.revealed:
            self.picked = self.picked ^ {self.cursor}
        else:
            self.action_confirm()

    def action_confirm(self) -> None:
        if self.revealed:
            return
        if self.multi:
            if not self.picked:  # a stray Enter must not throw the question away
                self.notify("Tick at least one option first (1–9 or Space).", severity="warning")
                return
            self.give(set(self.picked))
        else:
            self.picked = frozenset({self.cursor})
            self.give(self.cursor)


class TypedAnswer(Vertical):
    """A line to type an answer into (short and number questions); Enter submits."""

    DEFAULT_CSS = """
    TypedAnswer { height: auto; }
    TypedAnswer Input { width: 60; max-width: 100%; }
    TypedAnswer .hint { color: $text-muted; padding-left: 1; }
    """

    revealed: reactive[bool] = reactive(False)

    def __init__(self, *, number: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.number = number

    def compose(self):
        yield Input(placeholder="a number" if self.number else "type your answer", id="typed")
        yield Static(Text("Enter to answer", style="dim"), classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.revealed:
            return
        if not event.value.strip():
            self.notify("Type an answer first (or press Escape to leave the quiz).", severity="warning")
            return
        self.post_message(AnswerWidget.Given(event.value))

    def watch_revealed(self, revealed: bool) -> None:
        if revealed:
            self.query_one(Input).disabled = True
            self.query_one(".hint").display = False

    def focus(self, scroll_visible: bool = True):
        self.query_one(Input).focus(scroll_visible)
        return self


class MatchAnswer(AnswerWidget):
    """Pair each left item with a right one: ↑/↓ pick the row, ←/→ or 1–9 pick its match, Enter."""

    BINDINGS = [
        Binding("up", "row(-1)", "Row up", show=False),
        Binding("down", "row(1)", "Row down", show=False),
        Binding("left", "cycle(-1)", "Previous match", show=False),
        Binding("right", "cycle(1)", "Next match", show=False),
        Binding("enter", "confirm", "Answer", show=False),
    ]

    row: reactive[int] = reactive(0)
    choice: reactive[tuple[int | None, ...]] = reactive(tuple)

    def __init__(self, lefts: list[str], rights: list[str], *, right_of: dict[str, str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lefts = lefts
        self.rights = rights
        self.right_of = right_of or {}
        """After the reveal: the right match of each left item."""
        self.set_reactive(MatchAnswer.choice, tuple(None for _ in lefts))

    def render(self) -> Text:
        out = Text()
        width = min(28, max((len(s) for s in self.lefts), default=0))
        for i, left in enumerate(self.lefts):
            pick = self.choice[i]
            right = self.rights[pick] if pick is not None else "…"
            style = "reverse" if i == self.row and self.has_focus and not self.revealed else ""
            line = Text(f" {left[:width]:<{width}} ", style="bold")
            line.append(" → ")
            line.append(Text(right, style=style))
            if self.revealed:
                truth = self.right_of.get(left)
                ok = truth == (self.rights[pick] if pick is not None else None)
                line.append(" ✓" if ok else f" ✗ ({truth})", style="green" if ok else "red")
            out.append(line)
            out.append("\n")
        out.append(Text(" Choices:", style="bold"))
        for n, right in enumerate(self.rights, 1):
            out.append(Text(f"\n  {n}. {right}"))
        if not self.revealed:
            out.append(Text("\n ↑↓ row · ←→ or 1–9 match · Enter to answer", style="dim"))
        return out

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and event.character != "0" and not self.revealed:
            n = int(event.character) - 1
            if n < len(self.rights):
                event.stop()
                self._set(self.row, n)
                if self.row < len(self.lefts) - 1:
                    self.row += 1

    def _set(self, row: int, pick: int | None) -> None:
        choice = list(self.choice)
        choice[row] = pick
        self.choice = tuple(choice)

    def action_row(self, delta: int) -> None:
        self.row = (self.row + delta) % max(1, len(self.lefts))

    def action_cycle(self, delta: int) -> None:
        if self.revealed or not self.rights:
            return
        pick = self.choice[self.row]
        pick = (0 if delta > 0 else len(self.rights) - 1) if pick is None else (pick + delta) % len(self.rights)
        self._set(self.row, pick)

    def action_confirm(self) -> None:
        if None in self.choice:
            self.notify("Match every item first (←/→ or a number on each row).", severity="warning")
            return
        self.give({left: self.rights[p] for left, p in zip(self.lefts, self.choice)})


class OrderAnswer(AnswerWidget):
    """Put items in order: ↑/↓ move the cursor, Space picks an item up and drops it, Enter answers."""

    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("space", "grab", "Pick up / drop", show=False),
        Binding("enter", "confirm", "Answer", show=False),
    ]

    cursor: reactive[int] = reactive(0)
    held: reactive[bool] = reactive(False)
    items: reactive[tuple[str, ...]] = reactive(tuple)

    def __init__(self, items: list[str], *, right: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.set_reactive(OrderAnswer.items, tuple(items))
        self.right = right or []

    def render(self) -> Text:
        out = Text()
        for i, item in enumerate(self.items):
            here = i == self.cursor and self.has_focus and not self.revealed
            style = ("bold reverse" if self.held else "reverse") if here else ""
            line = Text(f" {i + 1}. ", style="bold")
            line.append(Text(item, style=style))
            if here and self.held:
                line.append("  ↕ moving", style="italic")
            if self.revealed and i < len(self.right):
                ok = self.right[i] == item
                line.append(" ✓" if ok else f" ✗ (should be: {self.right[i]})", style="green" if ok else "red")
            out.append(line)
            out.append("\n")
        if not self.revealed:
            out.append(Text(" ↑↓ move · Space pick up/drop · Enter to answer", style="dim"))
        return out

    def action_move(self, delta: int) -> None:
        if self.revealed:
            return
        new = self.cursor + delta
        if not 0 <= new < len(self.items):
            return
        if self.held:
            items = list(self.items)
            items[self.cursor], items[new] = items[new], items[self.cursor]
            self.items = tuple(items)
        self.cursor = new

    def action_grab(self) -> None:
        if not self.revealed:
            self.held = not self.held

    def action_confirm(self) -> None:
        self.held = False
        self.give(list(self.items))
