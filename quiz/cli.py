"""Provides the `quiz` command line: parse, call, print. Thin on purpose.

Heavy modules (Textual, SQLModel, spaCy) are imported inside the commands that need them, so that
`quiz --help` and the quick commands start at once and `quiz play` never loads spaCy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from questions.errors import PackError

app = typer.Typer(
    help="newsquiz: learn the news in a terminal quiz.",
    add_completion=False,
    invoke_without_command=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DbOpt = Annotated[Optional[Path], typer.Option("--db", help="SQLite file (default: QUIZ_DB, or quiz.db in the data folder).")]


@app.callback()
def _home(ctx: typer.Context, db: DbOpt = None) -> None:
    """Open the app on its home screen (when no command is given)."""
    if ctx.invoked_subcommand is None:
        _run_app(packs=None, player=None, count=None, seed=None, db=db)


@app.command()
def play(
    pack: Annotated[list[str], typer.Option("--pack", "-p", help="Pack id or pack file; repeat to mix packs.")] = ["summit"],  # noqa: B006
    player: Annotated[Optional[str], typer.Option("--player", help="Your name.")] = None,
    count: Annotated[Optional[int], typer.Option("--count", "-n", min=1, help="How many questions.")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Fixes the order of questions and options.")] = None,
    db: DbOpt = None,
) -> None:
    """Open the app straight into a quiz."""
    _run_app(packs=pack, player=player, count=count, seed=seed, db=db)


def _run_app(*, packs, player, count, seed, db) -> None:
    from quiz.catalog import resolve_pack
    from quiz.paths import db_path

    loaded = [resolve_pack(p) for p in packs] if packs else None
    for lp in loaded or []:
        if not lp.pack.questions:
            raise PackError(f"pack '{lp.pack.id}' has no questions to play", lp.path or lp.pack.id)
    from quiz.dbcheck import check_database_file

    path = db_path(db)
    check_database_file(path)
    from quiz.ui.app import make_app  # Textual only now that the input is known to be good

    app_ = make_app(packs=loaded, player=player, count=count, seed=seed, db_path=path)
    app_.run()
    if app_.return_code:
        raise typer.Exit(app_.return_code)


@app.command()
def generate(
    articles: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md or .html).")],
    count: Annotated[int, typer.Option("--count", "-n", min=1, help="How many questions to keep.")] = 15,
    seed: Annotated[int, typer.Option("--seed", help="Makes the choice of distractors repeatable.")] = 0,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the pack (TOML) here.")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the pack as JSON.")] = False,
    db: DbOpt = None,  # accepted like every command's (interfaces.md); generating stores nothing
) -> None:
    """Make a pack of questions from one or more articles."""
    from quiz.commands import generate_command  # spaCy is loaded only here

    generate_command(articles, count=count, seed=seed, out=out, as_json=json_)


from quiz.cli_packs import packs_app  # noqa: E402
from quiz.cli_scores import register_scores  # noqa: E402

app.add_typer(packs_app, name="packs")
register_scores(app)


def main() -> None:
    """Entry point of the `quiz` script: known errors become one line on stderr and exit 1."""
    from quiz.errors import QuizError

    try:
        app()
    except PackError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        sys.exit(1)
    except QuizError as e:
        print(f"quiz: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
