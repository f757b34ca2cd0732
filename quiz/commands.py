"""Provides the work behind `quiz generate`: call the generator, then print or write the pack."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from questions.errors import PackError


def generate_command(articles: list[Path], *, count: int, seed: int, out: Path | None,
                     as_json: bool) -> None:
    """Generate a pack from article files; write it to `out` and/or print it as JSON or a summary."""
    from questions.generate import generate_from_files  # loads spaCy: only here, never on play
    from questions.model import n_questions

    show = sys.stderr.isatty()

    def progress(fraction: float, message: str) -> None:
        if show:
            print(f"\r{message}… {fraction:4.0%}".ljust(60), end="", file=sys.stderr, flush=True)

    try:
        from questions.formats import slugify

        pack_id = slugify(out.stem if out is not None else articles[0].stem) if articles else None
        pack = generate_from_files(articles, count=count, seed=seed, progress=progress,
                                   pack_id=pack_id or None)
    finally:
        if show:
            print("\r".ljust(61) + "\r", end="", file=sys.stderr, flush=True)
    if out is not None:
        from questions.generate.writer import generated_pack_toml
        from questions.packs import write_pack_file

        if out.suffix.lower() != ".toml":
            raise PackError("the pack file must end in .toml", out)
        written = write_pack_file(pack, out, render=generated_pack_toml)
        print(f"Wrote {n_questions(len(pack.questions))} to {written[0]}"
              + (f" (article: {written[1].name})" if len(written) > 1 else ""), file=sys.stderr)
    if as_json:
        print(json.dumps(pack.to_json_dict(), ensure_ascii=False, indent=2))
    elif out is None:
        from rich.console import Console
        from rich.text import Text

        console = Console()
        console.print(Text(f"{pack.title} ({n_questions(len(pack.questions))})", style="bold"))
        for n, q in enumerate(pack.questions, 1):
            console.print(Text.assemble((f"{n:2}. [{q.type}] ", "bold"), q.prompt))
            console.print(Text.assemble(("    answer: ", "green"), q.right_answer_text()))
        console.print(Text("Save it with --out PACK.toml, or print it with --json.", style="dim"))
