"""Provides printing of report rows as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from typing import Any, Iterable


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def to_json(rows: Iterable[dict]) -> str:
    """Rows as a JSON array, dates in ISO format."""
    return json.dumps([{k: _plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=2)


def to_csv(rows: list[dict], columns: list[str] | None = None) -> str:
    """Rows as CSV text with a header row (ISO dates, UTF-8 when written)."""
    import io

    columns = columns or (list(rows[0]) if rows else [])
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: "" if r.get(k) is None else _plain(r.get(k)) for k in columns})
    return buf.getvalue()


def print_rows(rows: list[dict], *, fmt: str, columns: list[str] | None = None, title: str | None = None) -> None:
    """Print rows as `table` (Rich), `json` or `csv` on stdout."""
    if fmt == "json":
        print(to_json(rows))
        return
    if fmt == "csv":
        sys.stdout.write(to_csv(rows, columns))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    columns = columns or (list(rows[0]) if rows else [])
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c.replace("_", " "), overflow="fold")
    for r in rows:
        table.add_row(*(Text("" if r.get(c) is None else str(_plain(r.get(c)))) for c in columns))
    console = Console()
    if not rows:
        console.print(Text("Nothing to show yet."))
    else:
        console.print(table)
