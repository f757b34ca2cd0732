"""Provides the pack file a teacher reads: generated questions as TOML with comments that help.

The TOML itself is `questions.packs.pack_to_toml` (one table per question, the source as a quote
from the article); this adds a header saying how the pack was made and how to edit it, and a line
above each question naming its kind and where its evidence is in the article.
"""

from __future__ import annotations

from questions.model import Pack
from questions.packs import pack_to_toml

KIND_NAMES = {
    "cloze": "fill in the blank",
    "quote": "who said it",
    "wh": "wh-question",
    "number": "number",
    "truefalse": "true or false",
    "match": "people and their roles",
}


def generated_pack_toml(pack: Pack, article_file: str | None, *, command: str | None = None) -> str:
    """The pack as readable TOML, with comments for the teacher who will check and edit it."""
    text = pack_to_toml(pack, article_file)
    head, *tables = text.split("\n[[questions]]\n")
    lines = [
        "# Made by the newsquiz question generator from the article named below.",
        "# Every question quotes its evidence sentence as `source`; the right option has credit = 1.0",
        "# (a match question lists each person with the right role).",
        "# Check each question before you use it: edit the prompt or options, or delete the whole",
        "# [[questions]] table. Keep `source` an exact quote from the article.",
    ]
    if command:
        lines.append(f"# Regenerate with: {command}")
    out = "\n".join(lines) + "\n" + head.rstrip("\n") + "\n"
    article = pack.article.text if pack.article else ""
    for q, table in zip(pack.questions, tables):
        kind = q.id.split("-")[0]
        where = ""
        if q.source is not None and article:
            paragraph = article[: q.source.start].count("\n\n") + 1
            where = f", evidence in paragraph {paragraph}"
        out += f"\n# {q.id}: {KIND_NAMES.get(kind, kind)}{where}\n[[questions]]\n{table.rstrip(chr(10))}\n"
    return out
