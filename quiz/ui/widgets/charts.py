"""Provides the charts of the scores screens: labelled bars drawn as rich Text (facility per
question, the spread of scores), and a plotext plot of a player's score over time."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget
from textual_plotext import PlotextPlot

_EIGHTHS = " ▏▎▍▌▋▊▉"


@dataclass
class Bar:
    """One bar: a label, a value from 0 to 1 (None: no data), and whether to draw it as a warning."""

    label: str
    value: float | None
    warn: bool = False
    note: str | None = None
    """Shown after the bar instead of the value as a percentage (a count, say)."""


def bar_text(bars: list[Bar], width: int) -> Text:
    """Horizontal bars, one line each: label, bar (eighths of a cell), value as a percentage."""
    out = Text(no_wrap=True, overflow="ellipsis")
    if not bars:
        out.append("No data yet.", style="dim")
        return out
    label_w = min(max(len(b.label) for b in bars), max(8, width // 3))
    note_w = max(4, max(len(b.note) for b in bars if b.note is not None)) if any(
        b.note is not None for b in bars) else 4
    bar_w = max(4, width - label_w - note_w - 3)
    for i, b in enumerate(bars):
        if i:
            out.append("\n")
        label = b.label if len(b.label) <= label_w else b.label[: label_w - 1] + "…"
        out.append(label.ljust(label_w) + " ", style="bold red" if b.warn else "")
        if b.value is None:
            out.append(" " * bar_w + " " + "–".rjust(note_w))
            continue
        v = max(0.0, min(1.0, b.value))
        eighths = round(v * bar_w * 8)
        full, part = divmod(eighths, 8)
        bar = "█" * full + (_EIGHTHS[part] if part else "")
        out.append(bar.ljust(bar_w), style="red" if b.warn else "green")
        out.append(" " + (b.note if b.note is not None else f"{v:.0%}").rjust(note_w))
    return out


class Bars(Widget):
    """Labelled horizontal bars that fit the widget's width (one line per bar)."""

    DEFAULT_CSS = """
    Bars {
        height: auto;
    }
    """

    def __init__(self, bars: list[Bar] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.bars: list[Bar] = list(bars or [])
        """The bars drawn, top to bottom."""

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.refresh(layout=True)

    def render(self) -> Text:
        return bar_text(self.bars, max(20, self.size.width))

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self.bars))


class ScoreOverTime(PlotextPlot):
    """A player's scores (percent of the marks) in the order played, labelled by date."""

    def show_scores(self, dates: list[str], shares: list[float]) -> None:
        plt = self.plt
        plt.clear_data()
        if shares:
            xs = list(range(1, len(shares) + 1))
            ys = [s * 100 for s in shares]
            if len(xs) > 1:
                plt.plot(xs, ys, marker="braille")
            plt.scatter(xs, ys, marker="dot")
            step = max(1, -(-len(xs) // 6))
            plt.xticks(xs[::step], dates[::step])
        plt.ylim(0, 100)
        plt.yticks([0, 50, 100])
        self.refresh()


def spread_bars(bins: list[dict]) -> list[Bar]:
    """The spread of scores as bars: one per band of the marks, as long as its count of attempts."""
    top = max((b["attempts"] for b in bins), default=0) or 1
    return [Bar(f"{b['low']:.0%}–{b['high']:.0%}", b["attempts"] / top, note=str(b["attempts"]))
            for b in bins]
