"""Provides the one error type of the `questions` layer: a problem in a pack or article file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Problem:
    """One problem found in a file, at a line and column where known (1-based)."""

    file: str
    message: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class PackError(Exception):
    """Raised when a pack, article or imported file cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem] | Problem | str, file: str | Path | None = None):
        if isinstance(problems, str):
            problems = [Problem(str(file) if file else "<input>", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        return self.problems[0].file if self.problems else ""

    @property
    def line(self) -> int | None:
        return self.problems[0].line if self.problems else None
