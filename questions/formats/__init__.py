"""Provides what the foreign formats (GIFT, spreadsheets) share: an import's result and its ids.

Each format has its own module: `questions.formats.gift` and `questions.formats.spreadsheet`. They
are pure functions from text (or bytes) to a `Pack` and back; reading files is the caller's job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from questions.model import Pack


@dataclass
class Skipped:
    """A question of the imported file that was left out, and why."""

    line: int
    """Line (1-based) where the question starts in the imported file."""
    reason: str


@dataclass
class ImportResult:
    """An imported pack and the questions that could not be taken into it."""

    pack: Pack
    skipped: list[Skipped] = field(default_factory=list)


def slugify(text: str) -> str:
    """`text` as an id: lower-case ASCII letters, digits and single hyphens ('' when none are left)."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")[:60].strip("-")


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not in `taken`; the result is added to `taken`."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def title_from_file(file: str) -> str:
    """A pack title made from a file name: `year_9-elections.gift.txt` gives 'year 9 elections'."""
    name = PurePath(file).name
    while True:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or ext.lower() not in ("txt", "gift", "csv", "tsv", "xlsx"):
            break
        name = stem
    return " ".join(name.replace("_", " ").replace("-", " ").split()) or "Imported questions"
