"""Provides the one question shape: pack, article, question, option, passage.

The same shape is used in pack files (TOML), in `--json` output and by the application. Models are
pydantic (already present through SQLModel); they validate structure, while the checks a teacher needs
reported with line numbers live in `questions.packs`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuestionType = Literal["choice", "multi", "truefalse", "short", "number", "match", "order"]
QUESTION_TYPES: tuple[str, ...] = ("choice", "multi", "truefalse", "short", "number", "match", "order")
Origin = Literal["hand-written", "generated", "imported"]


def n_questions(n: int) -> str:
    """"1 question", "5 questions": how every message counts questions."""
    return f"{n} question{'' if n == 1 else 's'}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Option(_Model):
    """One option of a question: a choice, an accepted typed answer, or a numeric answer."""

    text: str | None = None
    """What the player sees (choice, multi, truefalse) or an accepted answer (short)."""
    credit: float = 0.0
    """Share of the marks: 1.0 right, 0 wrong, between for partly right, below 0 a penalty."""
    feedback: str | None = None
    """Said to the player who picks this option."""
    value: float | None = None
    """For `number`: the right value."""
    tolerance: float | None = None
    """For `number`: accepted distance from `value`."""
    min: float | None = None
    """For `number`: lowest accepted value (with `max`, instead of value and tolerance)."""
    max: float | None = None
    """For `number`: highest accepted value."""

    def accepts_number(self, x: float) -> bool:
        """Whether the number `x` falls within this numeric option."""
        if self.min is not None and self.max is not None:
            return self.min <= x <= self.max
        if self.value is None:
            return False
        return abs(x - self.value) <= (self.tolerance or 0.0) + 1e-9

    def describe_number(self) -> str:
        """This numeric option as a person would write it: `42`, `42 ± 2` or `40 to 44`."""
        if self.min is not None and self.max is not None:
            return f"{_num(self.min)} to {_num(self.max)}"
        if self.tolerance:
            return f"{_num(self.value)} ± {_num(self.tolerance)}"
        return _num(self.value)


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


class Passage(_Model):
    """A passage of the article: the evidence for an answer. `article[start:end] == text`."""

    text: str
    start: int
    end: int


class Question(_Model):
    """One question, of any type."""

    id: str
    type: QuestionType
    prompt: str
    options: list[Option] = Field(default_factory=list)
    pairs: list[tuple[str, str]] = Field(default_factory=list)
    """For `match`: (left, right); an empty left side is an extra wrong answer."""
    items: list[str] = Field(default_factory=list)
    """For `order`: the items in the right order."""
    explanation: str | None = None
    source: Passage | None = None
    origin: Origin = "hand-written"
    difficulty: int | None = None
    """1 (easy) to 5 (hard), where the author says."""
    tags: list[str] = Field(default_factory=list)
    """Topics, for reports of strongest and weakest topics."""

    @property
    def right_options(self) -> list[Option]:
        """Options that earn full marks."""
        return [o for o in self.options if o.credit >= 1.0 - 1e-9]

    def right_answer_text(self) -> str:
        """The right answer as a line of text for the feedback panel and reports."""
        if self.type in ("choice", "truefalse", "short"):
            best = max(self.options, key=lambda o: o.credit, default=None)
            return best.text or "" if best else ""
        if self.type == "multi":
            return "; ".join(o.text or "" for o in self.options if o.credit > 0)
        if self.type == "number":
            right = self.right_options or self.options
            return " or ".join(o.describe_number() for o in right)
        if self.type == "match":
            return "; ".join(f"{a} → {b}" for a, b in self.pairs if a)
        if self.type == "order":
            return " → ".join(self.items)
        return ""


class Article(_Model):
    """The article a pack is about: the text that passage offsets point into."""

    title: str | None = None
    source: str | None = None
    """Who published it, or where it came from."""
    published: str | None = None
    """Date of publication, ISO format where known."""
    text: str


class PackInfo(_Model):
    """A pack's description."""

    id: str
    title: str
    author: str | None = None
    description: str | None = None
    article: Article | None = None
    tags: list[str] = Field(default_factory=list)


class Pack(_Model):
    """A pack: its description, its article and its questions."""

    pack: PackInfo
    questions: list[Question] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return self.pack.id

    @property
    def title(self) -> str:
        return self.pack.title

    @property
    def article(self) -> Article | None:
        return self.pack.article

    def question(self, qid: str) -> Question:
        """The question with id `qid`; KeyError when there is none."""
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def to_json_dict(self) -> dict:
        """The pack as `--json` prints it."""
        return self.model_dump(mode="json")
