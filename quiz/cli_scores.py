"""Provides the `quiz scores` commands and `quiz demo`: thin wrappers over `quiz.reports`,
`quiz.item_analysis` and `quiz.demo`.

SQLModel, the packs and Faker are imported inside the commands, so that `quiz --help` stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Callable, Optional

import typer

scores_app = typer.Typer(
    help="Review scores: attempts, answers, item analysis of a pack, players, topics.",
    invoke_without_command=True, no_args_is_help=False)

DbOpt = Annotated[Optional[Path], typer.Option("--db", help="SQLite file (default: QUIZ_DB, or quiz.db in the data folder).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (an array of rows).")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV (header row, ISO dates, UTF-8).")]
PlayerOpt = Annotated[Optional[str], typer.Option("--player", help="Only this player (by name).")]
PackOpt = Annotated[Optional[str], typer.Option("--pack", help="Only this pack (by id).")]


def _fmt(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise typer.BadParameter("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else "table"


def _session(db: Path | None):
    from sqlmodel import Session

    from quiz.db import make_engine
    from quiz.paths import db_path

    return Session(make_engine(db_path(db)))


def _check(session, *, player: str | None = None, pack: str | None = None) -> None:
    """Raise a one-line error for a player or pack that neither the database nor the app knows."""
    from sqlalchemy import text

    from quiz.errors import QuizError

    if player:
        found = session.execute(text("SELECT 1 FROM player WHERE name = :n"), {"n": player}).first()
        if found is None:
            raise QuizError(f"--player: no player called '{player}'; `quiz scores players` lists them")
    if pack:
        found = session.execute(
            text("SELECT 1 FROM attempt WHERE pack_id = :p UNION ALL "
                 "SELECT 1 FROM answer WHERE pack_id = :p LIMIT 1"), {"p": pack}).first()
        if found is None:
            from quiz.catalog import resolve_pack

            resolve_pack(pack)  # raises PackError naming the known packs when the id is unknown


def _filtered(report: Callable[..., list[dict]], db: Path | None, **filters: str | None) -> list[dict]:
    """The rows of `report(session=..., **filters)` from the database, once `_check` has found the
    player and the pack the filters name."""
    with _session(db) as session:
        _check(session, **filters)
        return report(session=session, **filters)


def _print(rows: list[dict], fmt: str, columns: list[str], title: str,
           export_columns: list[str] | None = None) -> None:
    from quiz.output import print_rows

    if fmt != "table":
        keep = export_columns or columns
        rows = [{k: r.get(k) for k in keep} for r in rows]
        print_rows(rows, fmt=fmt, columns=keep)
    else:
        print_rows(rows, fmt=fmt, columns=columns, title=title)


@scores_app.callback()
def attempts_cmd(
    ctx: typer.Context, player: PlayerOpt = None, pack: PackOpt = None,
    json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Attempts, one row each: player, pack, score, max_score, answered, started, finished."""
    if ctx.invoked_subcommand is not None:
        return
    from quiz.reports import ATTEMPT_COLUMNS, attempts

    fmt = _fmt(json_, csv_)
    rows = _filtered(attempts, db, player=player, pack=pack)
    _print(rows, fmt, ATTEMPT_COLUMNS, "Attempts", ["attempt"] + ATTEMPT_COLUMNS)


@scores_app.command("questions")
def questions_cmd(
    pack: Annotated[str, typer.Option("--pack", help="The pack (id, or a pack file).")],
    json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Item analysis of a pack, one row per question: answered, facility (share of the marks
    earned, 0–1), discrimination (the point-biserial correlation between the question's credit and
    the rest-of-test score, −1–1), top_wrong (the wrong answer given most) and top_wrong_share (its
    share of all answers to the question), avg_seconds, and flag (too hard: facility < 0.1; too
    easy: > 0.95; negative discrimination). The table ends with the pack's mean, median, standard
    deviation and Cronbach's alpha."""
    import sys

    from questions.errors import PackError
    from quiz.catalog import resolve_pack
    from quiz.item_analysis import DISCRIMINATION_HELP, QUESTION_COLUMNS, item_analysis, pack_stats

    fmt = _fmt(json_, csv_)
    with _session(db) as session:
        try:
            loaded = resolve_pack(pack)
            pack_id, title, order = loaded.pack.id, loaded.pack.title, [q.id for q in loaded.pack.questions]
        except PackError:
            # A pack that was removed still has its answers: analyse them, without the pack's order.
            if session.execute(_has_answers(), {"p": pack}).first() is None:
                raise
            print(f"quiz: warning: pack '{pack}' is no longer installed; analysing its stored answers",
                  file=sys.stderr)
            pack_id, title, order = pack, pack, None
        rows = item_analysis(session=session, pack=pack_id, order=order)
        stats = pack_stats(session=session, pack=pack_id) if fmt == "table" else None
    if fmt != "table" or not rows:
        _print(rows, fmt, QUESTION_COLUMNS, f"Item analysis: {title} ({pack_id})")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console()
    console.print(_question_table(rows, f"Item analysis: {title} ({pack_id})"))
    if stats is not None:
        console.print(Text(_stats_line(stats)))
        console.print(Text(DISCRIMINATION_HELP, style="dim"))


def _question_table(rows: list[dict], title: str):
    """The item analysis as a Rich table that stays readable at 80 columns (numbers never wrap; the
    wrong answer is cut short, in full in --json and --csv)."""
    from rich.table import Table
    from rich.text import Text

    from rich.console import Console

    # Numbers get fixed widths; what the terminal has left goes to the question id and the wrong
    # answer, which are cut with an ellipsis (--json and --csv have them whole).
    fixed = {"n": 4, "facility": 8, "discr.": 6, "share": 5, "secs": 4, "flag": 11}
    spare = max(20, Console().width - sum(fixed.values()) - 2 * 7 - 1)
    q_width = min(max([8] + [len(r["question"]) for r in rows]), max(10, spare * 2 // 5))
    table = Table(title=title, title_justify="left", box=None, pad_edge=False,
                  header_style="bold underline")
    table.add_column("question", overflow="ellipsis", no_wrap=True, width=q_width)
    for label in ("n", "facility", "discr."):
        table.add_column(label, justify="right", no_wrap=True, width=fixed[label])
    table.add_column("top wrong", overflow="ellipsis", no_wrap=True, width=max(10, spare - q_width))
    table.add_column("share", justify="right", no_wrap=True, width=fixed["share"])
    table.add_column("secs", justify="right", no_wrap=True, width=fixed["secs"])
    table.add_column("flag", overflow="fold", width=fixed["flag"], style="bold red")

    def num(x, fmt="{:.2f}"):
        return Text("" if x is None else fmt.format(x))

    for r in rows:
        wrong = r["top_wrong"]
        table.add_row(Text(r["question"]), Text(str(r["answered"])), num(r["facility"]),
                      num(r["discrimination"]),
                      Text("" if wrong is None else wrong or "(no answer)"),
                      num(r["top_wrong_share"], "{:.0%}"), num(r["avg_seconds"], "{:.0f}"),
                      Text(r["flag"].replace("negative discrimination", "negative discr.")))
    return table


def _has_answers():
    from sqlalchemy import text

    return text("SELECT 1 FROM answer WHERE pack_id = :p LIMIT 1")


def _stats_line(s: dict) -> str:
    def f(x):
        return "–" if x is None else f"{x:.3f}"

    return (f"Scores of {s['attempts']} attempts ({s['answers']} answers): mean {f(s['mean'])} · "
            f"median {f(s['median'])} · sd {f(s['sd'])}\nCronbach's alpha {f(s['alpha'])}")


@scores_app.command("answers")
def answers_cmd(
    player: PlayerOpt = None, pack: PackOpt = None,
    json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Every answer: player, attempt, pack, question, given, credit, seconds, at (CSV and JSON add
    right_answer and correct)."""
    from quiz.reports import ANSWER_COLUMNS, ANSWER_EXPORT_COLUMNS, answers

    fmt = _fmt(json_, csv_)
    rows = _filtered(answers, db, player=player, pack=pack)
    _print(rows, fmt, ANSWER_COLUMNS, "Answers", ANSWER_EXPORT_COLUMNS)


@scores_app.command("players")
def players_cmd(
    pack: PackOpt = None, json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Each player's attempts and best, average and latest score (shares of the marks, 0–1)."""
    from quiz.reports import PLAYER_COLUMNS, players

    fmt = _fmt(json_, csv_)
    rows = _filtered(players, db, pack=pack)
    _print(rows, fmt, PLAYER_COLUMNS, "Players")


@scores_app.command("packs")
def packs_cmd(
    pack: PackOpt = None, json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Each pack played: attempts, answers, mean, median and standard deviation of the scores
    (mean credit per attempt, 0–1) and Cronbach's alpha."""
    from quiz.item_analysis import PACK_COLUMNS, packs

    fmt = _fmt(json_, csv_)
    rows = _filtered(packs, db, pack=pack)
    _print(rows, fmt, PACK_COLUMNS, "Packs played")


@scores_app.command("topics")
def topics_cmd(
    player: PlayerOpt = None, pack: PackOpt = None,
    json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Facility per topic (question tag), weakest first: the class's, or one player's."""
    from quiz.reports import TOPIC_COLUMNS, answered_packs, question_tags, topics

    def tagged_topics(*, session, player: str | None, pack: str | None) -> list[dict]:
        tags = question_tags([pack] if pack else answered_packs(session=session, player=player))
        return topics(session=session, tags=tags, player=player, pack=pack)

    fmt = _fmt(json_, csv_)
    rows = _filtered(tagged_topics, db, player=player, pack=pack)
    _print(rows, fmt, TOPIC_COLUMNS, f"Topics, weakest first{f' ({player})' if player else ''}")


@scores_app.command("missed")
def missed_cmd(
    player: PlayerOpt = None, pack: PackOpt = None,
    json_: JsonOpt = False, csv_: CsvOpt = False, db: DbOpt = None,
) -> None:
    """Questions answered short of full marks, most missed first (by one player, or the class)."""
    from quiz.reports import MISSED_COLUMNS, missed

    fmt = _fmt(json_, csv_)
    rows = _filtered(missed, db, player=player, pack=pack)
    _print(rows, fmt, MISSED_COLUMNS, f"Questions missed{f' by {player}' if player else ''}")


def demo_cmd(
    players: Annotated[int, typer.Option("--players", min=1, max=2000, help="How many students.")] = 30,
    seed: Annotated[int, typer.Option("--seed", help="Makes the class repeatable.")] = 0,
    remove: Annotated[bool, typer.Option("--remove", help="Take the demo class out again (and nothing else).")] = False,
    db: DbOpt = None,
) -> None:
    """Fill the database with a made-up class that played the built-in packs (or take it out)."""
    from quiz.demo import builtin_packs, fill_demo, remove_demo
    from quiz.errors import QuizError
    from quiz.paths import db_path

    with _session(db) as session:
        if remove:
            gone = remove_demo(session=session)
            session.commit()
            print(f"Removed the demo class from {db_path(db)}: {gone['players']} players, "
                  f"{gone['attempts']} attempts, {gone['answers']} answers.")
            return
        packs = builtin_packs()
        if not packs:
            raise QuizError("no built-in pack loads, so the demo class has nothing to play")
        summary = fill_demo(session=session, packs=packs, players=players, seed=seed)
        session.commit()
    tricky = ", ".join(f"{p}/{q}" for p, q in summary.misleading.items())
    replaced = " (replacing the earlier demo class)" if summary.replaced else ""
    print(f"Added a demo class to {db_path(db)}{replaced}: {summary.players} players, "
          f"{summary.attempts} attempts, {summary.answers} answers on {', '.join(summary.packs)}.")
    if tricky:
        print(f"The misleading question: {tricky}. Try `quiz scores questions --pack "
              f"{summary.packs[0]}`; `quiz demo --remove` takes the class out again.")


def register_scores(app: typer.Typer) -> None:
    """Add `scores` (with its subcommands) and `demo` to the main app."""
    app.add_typer(scores_app, name="scores")
    app.command("demo")(demo_cmd)
