"""Provides the `quiz packs` commands: thin wrappers over `quiz.packs_service` and `quiz.catalog`."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

packs_app = typer.Typer(help="List, show, check, import and export question packs.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@packs_app.command("list")
def list_cmd(json_: JsonOpt = False) -> None:
    """Every pack the app can see: id, title, number of questions, where it lives."""
    from questions.errors import PackError
    from questions.packs import load_pack
    from quiz.catalog import list_packs
    from quiz.output import print_rows

    found, clashes = list_packs()
    rows = []
    for ref in found.values():
        try:
            pack = load_pack(ref.path)
        except PackError as e:
            print(f"warning: {e.problems[0]} (the pack is skipped)", file=sys.stderr)
            continue
        types = sorted({q.type for q in pack.questions})
        rows.append({
            "id": pack.id, "title": pack.title, "questions": len(pack.questions),
            "types": ", ".join(types), "author": pack.pack.author, "where": ref.where,
            "path": str(ref.path),
        })
    for message in clashes:
        print(f"warning: {message}", file=sys.stderr)
    print_rows(rows, fmt="json" if json_ else "table",
               columns=None if json_ else ["id", "title", "questions", "types", "where", "path"],
               title="Packs")


@packs_app.command("show")
def show_cmd(
    pack: Annotated[str, typer.Argument(help="Pack id or pack file.")],
    json_: JsonOpt = False,
) -> None:
    """A pack's questions, each with the article passage the app will show for it."""
    from rich.console import Console
    from rich.text import Text

    from questions.model import n_questions
    from questions.packs import passage_for
    from quiz.catalog import resolve_pack

    loaded = resolve_pack(pack)
    p = loaded.pack
    if json_:
        data = p.to_json_dict()
        for q, out in zip(p.questions, data["questions"]):
            passage = passage_for(p, q)
            out["passage"] = None if passage is None else {
                **passage.model_dump(), "found": "quote" if q.source else "ranked"}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(Text(f"{p.title}  ({p.id}, {n_questions(len(p.questions))}, {loaded.where}: {loaded.path})",
                       style="bold"))
    for n, q in enumerate(p.questions, 1):
        console.print()
        console.print(Text.assemble((f"{n}. [{q.type}] ", "bold"), q.prompt, (f"  ({q.id})", "dim")))
        if q.type in ("choice", "multi"):
            for o in q.options:
                mark = "✓" if o.credit >= 1 else f"{o.credit:+g}" if o.credit else "✗"
                console.print(Text(f"   {mark} {o.text}"))
        console.print(Text.assemble(("   Answer: ", "green"), q.right_answer_text()))
        passage = passage_for(p, q)
        if passage is None:
            console.print(Text("   Passage: none (the pack has no article)", style="yellow"))
        else:
            how = "quoted" if q.source else "found"
            console.print(Text.assemble((f"   Passage ({how}, {passage.start}–{passage.end}): ", "cyan"),
                                        passage.text))


# --- validate, import, export, remove, schema ----------------------------------------------------------
# The work is done in quiz.packs_service (shared with the app's import screen); these only print.


class Format(str, Enum):
    """The pack formats `import` and `export` take."""

    toml = "toml"
    gift = "gift"
    csv = "csv"


FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="toml, gift or csv (default: from the file's extension).")]


def _problems_exit(problems, *, tail: str | None = None) -> None:
    """Print problems one per line on stderr (file:line:col: message) and exit 1."""
    for problem in problems:
        print(problem, file=sys.stderr)
    if tail:
        print(f"quiz: {tail}", file=sys.stderr)
    raise typer.Exit(1)


@packs_app.command("validate")
def validate_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Pack files: .toml, GIFT (.gift, .txt), .csv or .xlsx.")],
    json_: JsonOpt = False,
) -> None:
    """Check pack files: every problem as file:line:col: message on stderr; exit 1 if any.

    GIFT and spreadsheet files are checked by importing them without installing anything; the
    questions that would be skipped are listed on stdout (they are not problems). With --json, one
    row per problem or skipped question: file, line, col, message, kind ("problem" or "skipped").
    """
    from questions.model import n_questions
    from quiz.output import to_json
    from quiz.packs_service import type_counts, validate

    checks = [validate(p) for p in paths]
    if json_:
        print(to_json([row for c in checks for row in c.rows()]))
    else:
        for c in checks:
            for problem in c.problems:
                print(problem, file=sys.stderr)
            if c.ok and c.pack is not None:
                print(f"{c.path}: OK, {n_questions(len(c.pack.questions))} ({type_counts(c.pack)})")
            for s in c.skipped:
                print(f"{c.path}:{s.line}: skipped: {s.reason}")
    if any(not c.ok for c in checks):
        raise typer.Exit(1)


@packs_app.command("import")
def import_cmd(
    path: Annotated[Path, typer.Argument(help="The file to import: .toml, GIFT (.gift, .txt), .csv or .xlsx.")],
    fmt: FormatOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and report; install nothing.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print the pack as JSON, with the skipped questions.")] = False,
    pack_id: Annotated[Optional[str], typer.Option("--id", help="The id to install the pack under.")] = None,
) -> None:
    """Read a pack, check it, and install it into your packs folder (all of it, or nothing)."""
    from questions.errors import PackError
    from quiz.packs_service import import_pack

    try:
        report = import_pack(path, fmt=fmt.value if fmt else None, pack_id=pack_id, dry_run=dry_run)
    except PackError as e:
        _problems_exit(e.problems, tail="nothing was installed")
    if json_:
        print(json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))  # plain print: file text is never read as markup


@packs_app.command("export")
def export_cmd(
    pack: Annotated[str, typer.Argument(help="Pack id (or pack file).")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="toml, gift or csv.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of printing.")] = None,
) -> None:
    """Write a pack as TOML (to edit), GIFT (for Moodle) or CSV (for a spreadsheet)."""
    from quiz.packs_service import export_pack

    result = export_pack(pack, fmt.value, out)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if out is None:
        sys.stdout.write(result.text)
    else:
        for written in result.written:
            print(f"wrote {written}", file=sys.stderr)


@packs_app.command("remove")
def remove_cmd(pack: Annotated[str, typer.Argument(help="Id of a pack you installed.")]) -> None:
    """Remove a pack you installed (never a built-in one, nor one from QUIZ_PACKS_PATH)."""
    from quiz.packs_service import remove_pack

    where = remove_pack(pack)
    print(f"removed pack '{pack}' ({where})")


@packs_app.command("schema")
def schema_cmd() -> None:
    """Print a JSON Schema of the TOML pack format, for editors that check TOML as it is typed."""
    from questions.schema import pack_schema

    print(json.dumps(pack_schema(), ensure_ascii=False, indent=2))
