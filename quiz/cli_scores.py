"""Provides the `quiz scores` commands: thin wrappers over `quiz.reports`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

scores_app = typer.Typer(help="Review scores.", invoke_without_command=True, no_args_is_help=False)

DbOpt = Annotated[Optional[Path], typer.Option("--db", help="SQLite file (default: QUIZ_DB, or quiz.db in the data folder).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV.")]


def _fmt(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise typer.BadParameter("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else "table"


def _session(db: Path | None):
    from sqlmodel import Session

    from quiz.db import make_engine
    from quiz.paths import db_path

    return Session(make_engine(db_path(db)))


@scores_app.callback()
def attempts_cmd(
    ctx: typer.Context,
    player: Annotated[Optional[str], typer.Option("--player", help="Only this player.")] = None,
    pack: Annotated[Optional[str], typer.Option("--pack", help="Only this pack.")] = None,
    json_: JsonOpt = False,
    csv_: CsvOpt = False,
    db: DbOpt = None,
) -> None:
    """Attempts, one row each."""
    if ctx.invoked_subcommand is not None:
        return
    from quiz.output import print_rows
    from quiz.reports import ATTEMPT_COLUMNS, attempts

    fmt = _fmt(json_, csv_)
    with _session(db) as session:
        rows = attempts(session=session, player=player, pack=pack)
    print_rows(rows, fmt=fmt, columns=ATTEMPT_COLUMNS, title="Attempts")


def register_scores(app: typer.Typer) -> None:
    """Add `scores` (and the commands that go with it) to the main app."""
    app.add_typer(scores_app, name="scores")
