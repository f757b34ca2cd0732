"""Provides what the scores screens share: a sortable, filterable report table, CSV export, a base
screen that loads reports in a thread worker with its own database session, and one that switches
between report tables by tabs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Input, Tabs
from textual.worker import get_current_worker

CSS_FILE = str(Path(__file__).parent.parent / "scores.tcss")


def fmt_share(x: float | None) -> str:
    """A share of the marks (0–1) as a percentage."""
    return "" if x is None else f"{x:.0%}"


def fmt_num(x: float | None, digits: int = 2) -> str:
    return "" if x is None else f"{x:.{digits}f}"


def fmt_when(x: datetime | None) -> str:
    """A stored UTC time as a short local date and time ("28 Nov 16:03"; the year when not this
    year's)."""
    if x is None:
        return ""
    local = x.astimezone()
    return local.strftime("%d %b %H:%M" if local.year == datetime.now().year else "%d %b %Y")


def cut(text: str | None, width: int) -> str:
    """`text` on one line, cut to `width` with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Col:
    """A column of a report table: the row's key, its header, how a value is shown."""

    key: str
    label: str
    show: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    right: bool = False
    """Numbers are right-aligned."""
    width: int | None = None
    style: Callable[[Any], str] | None = None
    """The cell's style from its value (a colour for a mark, say)."""


class ReportTable(DataTable):
    """Rows of a report (dicts), filtered by words and sorted by any column, keyboard-only.

    `s` sorts by the next column, `r` reverses the order. Every cell is `rich.text.Text`: nothing from
    a pack or a player's answer is read as markup.
    """

    BINDINGS = [
        Binding("s", "sort_next", "Sort"),
        Binding("r", "reverse", "Reverse"),
    ]

    def __init__(self, columns: list[Col], **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.cols = columns
        self.rows_all: list[dict] = []
        """Every row of the report, as loaded."""
        self.rows_shown: list[dict] = []
        """The rows on screen, filtered and sorted: what `e` exports."""
        self.filter_text = ""
        self.sort_key: str | None = None
        self.sort_reverse = False

    def on_mount(self) -> None:
        self._add_columns()

    def _add_columns(self) -> None:
        for c in self.cols:
            mark = "" if c.key != self.sort_key else (" ▼" if self.sort_reverse else " ▲")
            self.add_column(Text(c.label + mark), key=c.key, width=c.width)

    def set_rows(self, rows: list[dict]) -> None:
        """Show a new set of rows (keeping the filter and the sort)."""
        self.rows_all = list(rows)
        self._refill()

    def set_filter(self, text: str) -> None:
        """Keep the rows where every word of `text` appears in some cell (ignoring case)."""
        self.filter_text = text
        self._refill()

    def sort_by(self, key: str | None, reverse: bool = False) -> None:
        self.sort_key, self.sort_reverse = key, reverse
        self._refill()

    def action_sort_next(self) -> None:
        keys = [c.key for c in self.cols]
        nxt = keys[0] if self.sort_key not in keys else keys[(keys.index(self.sort_key) + 1) % len(keys)]
        self.sort_by(nxt, False)
        self.app.notify(f"Sorted by {self._label(nxt)}", timeout=1.5, markup=False)

    def action_reverse(self) -> None:
        self.sort_by(self.sort_key or self.cols[0].key, not self.sort_reverse)

    def _label(self, key: str) -> str:
        return next((c.label for c in self.cols if c.key == key), key)

    def current_row(self) -> dict | None:
        """The row under the cursor."""
        if not self.rows_shown or self.cursor_row < 0 or self.cursor_row >= len(self.rows_shown):
            return None
        return self.rows_shown[self.cursor_row]

    def _cells(self, row: dict) -> list[Text]:
        return [Text(c.show(row.get(c.key)), justify="right" if c.right else "left", no_wrap=True,
                     overflow="ellipsis", style=c.style(row.get(c.key)) if c.style else "")
                for c in self.cols]

    def _refill(self) -> None:
        words = self.filter_text.lower().split()
        rows = self.rows_all
        if words:
            def hay(r: dict) -> str:
                return " ".join(c.show(r.get(c.key)) for c in self.cols).lower()

            rows = [r for r in rows if all(w in hay(r) for w in words)]
        if self.sort_key:
            key = self.sort_key
            present = [r for r in rows if r.get(key) is not None]
            missing = [r for r in rows if r.get(key) is None]  # blanks last either way
            present.sort(key=lambda r: _sortable(r[key]), reverse=self.sort_reverse)
            rows = present + missing
        self.rows_shown = rows
        self.clear(columns=True)  # columns too: their widths are measured again with the sort mark
        self._add_columns()
        self.add_rows(self._cells(r) for r in rows)


def _sortable(value: Any) -> Any:
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, bool):
        return int(value)
    return value


def export_rows(rows: list[dict], columns: list[str], name: str) -> Path:
    """Write rows as CSV (UTF-8, header row, ISO dates) into the data folder's `exports` folder, or
    the current folder when that cannot be written; return the file's path."""
    from quiz.output import to_csv
    from quiz.paths import data_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = to_csv(rows, columns)
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
    for folder in (data_dir() / "exports", Path.cwd()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{name}-{stamp}.csv"
            n = 1
            while path.exists():  # two exports in the same second
                n += 1
                path = folder / f"{name}-{stamp}-{n}.csv"
            path.write_text(text, encoding="utf-8", newline="")
            return path
        except OSError:
            continue
    raise OSError("neither the data folder nor the current folder can be written")


class ReportScreen(Screen):
    """A scores screen: reads reports in a thread worker (each with its own session), filters and
    exports its table, and goes back with Escape."""

    CSS_PATH = CSS_FILE
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "filter", "Filter"),
        Binding("e", "export", "Export CSV"),
    ]

    export_name = "scores"
    """Start of the exported file's name."""

    def __init__(self, engine) -> None:
        super().__init__()
        self.engine = engine
        """The SQLAlchemy engine; every read opens its own session in a worker thread."""

    def table(self) -> ReportTable:
        return self.query_one(ReportTable)

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.table().focus()
            return
        self.app.pop_screen()

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Textual calls this once per class that defines it: subclasses use `update_status` instead.
        self.table().set_filter(event.value)
        self.update_status()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.table().focus()

    def action_export(self) -> None:
        table = self.table()
        try:
            path = export_rows(table.rows_shown, [c.key for c in table.cols], self.export_name)
        except OSError as e:
            self.notify(f"Could not export: {e}", severity="error", markup=False)
            return
        self.notify(f"Exported {len(table.rows_shown)} rows to {path}", timeout=8, markup=False)

    def load(self, fetch: Callable[[Any], Any], show: Callable[[Any], None]) -> None:
        """Run `fetch(session)` in a thread worker, then `show(result)` on the UI thread."""
        self._load(fetch, show)

    @work(thread=True, exclusive=True, group="scores-load")
    def _load(self, fetch: Callable[[Any], Any], show: Callable[[Any], None]) -> None:
        from sqlalchemy.exc import SQLAlchemyError
        from sqlmodel import Session

        try:
            with Session(self.engine) as session:
                value = fetch(session)
        except SQLAlchemyError as e:  # the file went away or is locked: say so, keep the app up
            self.app.call_from_thread(self.notify, f"Could not read the scores: {e.__class__.__name__}",
                                      severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(show, value)


class TabbedReportScreen(ReportScreen):
    """A scores screen with one report table per view, picked by its tab (or a key bound to
    `action_view`); each table keeps its own filter, and exports as `<export_prefix>-<view>`.

    The screen composes a `Tabs`, an `Input` and a `ContentSwitcher` holding the tables; a view's
    tab and its table share the view's id.
    """

    views: ClassVar[dict[str, list[Col]]] = {}
    """Each view's id and its table's columns."""

    export_prefix = "scores"
    """Start of the exported file's name; the view's id follows."""

    def table(self) -> ReportTable:
        """The table of the view on show."""
        switcher = self.query_one(ContentSwitcher)
        return self.query_one(f"#{switcher.current}", ReportTable)

    def update_status(self) -> None:
        """Say what the view on show holds, on screens with a status line (none here)."""

    def action_view(self, view: str) -> None:
        self.query_one(Tabs).active = view

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        view = event.tab.id
        if view not in self.views:
            return
        self.query_one(ContentSwitcher).current = view
        self.export_name = f"{self.export_prefix}-{view}"
        table = self.table()
        with self.prevent(Input.Changed):
            self.query_one(Input).value = table.filter_text
        table.focus()
        self.update_status()
