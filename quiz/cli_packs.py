"""Provides the `quiz packs` commands: thin wrappers over `questions.packs` and `quiz.catalog`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

packs_app = typer.Typer(help="List, show, check, import and export question packs.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@packs_app.command("list")
def list_cmd(json_: JsonOpt = False) -> None:
    """Every pack the app can see: id, title, number of questions, where it lives."""
    import sys

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
    console.print(Text(f"{p.title}  ({p.id}, {len(p.questions)} questions, {loaded.where}: {loaded.path})",
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
