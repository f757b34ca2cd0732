"""Provides one quiz being played, as plain logic: question order, option order, scoring, timing.

No Textual and no database here: the app asks a `QuizRun` what to show, passes on what the player
answered, and stores the `Result` it gets back.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from questions.grading import Grade, grade
from questions.model import Pack, Passage, Question
from questions.packs import passage_for


def fmt_score(score: float) -> str:
    """A score as people write it: 7, 7.5, 7.33."""
    return f"{score:.2f}".rstrip("0").rstrip(".")


@dataclass
class Item:
    """A question as this run shows it: with its pack and the order its choices appear in."""

    pack: Pack
    question: Question
    order: list[int] = field(default_factory=list)
    """choice/multi: display position -> option index; match: the right-hand side's display order;
    order: the items' shuffled order (indices into `question.items`)."""

    @property
    def shown_options(self) -> list[str]:
        """Option texts (choice, multi, truefalse) or right-hand sides (match) in display order."""
        q = self.question
        if q.type == "match":
            rights = self.match_rights
            return [rights[i] for i in self.order]
        if q.type == "order":
            return [q.items[i] for i in self.order]
        return [q.options[i].text or "" for i in self.order]

    @property
    def match_rights(self) -> list[str]:
        """Distinct right-hand sides of a match question (extra wrong answers included)."""
        seen: list[str] = []
        for _, right in self.question.pairs:
            if right not in seen:
                seen.append(right)
        return seen

    @property
    def match_lefts(self) -> list[str]:
        return [left for left, _ in self.question.pairs if left]

    def passage(self) -> Passage | None:
        """The article passage that supports the answer."""
        return passage_for(self.pack, self.question)


@dataclass
class Result:
    """What happened on one question."""

    item: Item
    grade: Grade
    seconds: float
    position: int

    @property
    def credit(self) -> float:
        """Marks earned, never below 0 for the whole question."""
        return max(0.0, min(1.0, self.grade.credit))


@dataclass
class Summary:
    """The end of a run."""

    score: float
    max_score: int
    right: int
    answered: int
    seconds: float


class QuizRun:
    """A quiz: a seeded order of questions and options, answers graded and timed as they come."""

    def __init__(
        self,
        questions: list[tuple[Pack, Question]],
        *,
        count: int | None = None,
        seed: int | None = None,
        shuffle: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ):
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
        self.clock = clock
        rng = random.Random(self.seed)
        chosen = list(questions)
        if shuffle:
            rng.shuffle(chosen)
        if count is not None:
            chosen = chosen[: max(1, count)]
        self.items = [Item(pack, q, self._option_order(q, rng, shuffle)) for pack, q in chosen]
        self.index = 0
        self.results: list[Result] = []
        self._started_at: float | None = None
        self._first_at: float | None = None

    @classmethod
    def from_packs(cls, packs: list[Pack], **kwargs: Any) -> "QuizRun":
        """A run over every question of `packs`."""
        return cls([(p, q) for p in packs for q in p.questions], **kwargs)

    @staticmethod
    def _option_order(q: Question, rng: random.Random, shuffle: bool) -> list[int]:
        if q.type in ("choice", "multi"):
            order = list(range(len(q.options)))
            if shuffle:
                rng.shuffle(order)
            return order
        if q.type == "truefalse":
            # Always "True" then "False": a shuffled pair only slows a reader down.
            return sorted(range(len(q.options)), key=lambda i: (q.options[i].text or "") != "True")
        if q.type == "match":
            n = len({right for _, right in q.pairs})
            order = list(range(n))
            if shuffle:
                rng.shuffle(order)
            return order
        if q.type == "order":
            order = list(range(len(q.items)))
            if shuffle and len(order) > 1:
                while order == sorted(order):
                    rng.shuffle(order)
            return order
        return []

    # --- progress -----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def current(self) -> Item | None:
        """The question being asked, or None when the run is over."""
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def answered_current(self) -> bool:
        """Whether the current question has been answered (its feedback is showing)."""
        return len(self.results) > self.index

    @property
    def score(self) -> float:
        return sum(r.credit for r in self.results)

    def begin_question(self) -> None:
        """Start the clock on the current question."""
        now = self.clock()
        self._started_at = now
        if self._first_at is None:
            self._first_at = now

    # --- answering ----------------------------------------------------------------------------

    def to_answer(self, shown: Any) -> Any:
        """Turn an answer in display terms into the grader's terms (original option indices)."""
        item = self.current
        assert item is not None
        q = item.question
        if q.type in ("choice", "truefalse"):
            return item.order[int(shown)]
        if q.type == "multi":
            return {item.order[int(i)] for i in shown}
        return shown

    def submit(self, shown: Any) -> Result:
        """Grade the answer to the current question (in display terms) and keep the result."""
        item = self.current
        if item is None:
            raise RuntimeError("the quiz is over")
        if self.answered_current:
            raise RuntimeError("this question has been answered already")
        if self._started_at is None:
            self.begin_question()
        seconds = max(0.0, self.clock() - (self._started_at or 0.0))
        result = Result(item, grade(item.question, self.to_answer(shown)), seconds, self.index)
        self.results.append(result)
        return result

    def advance(self) -> Item | None:
        """Go on to the next question; return it, or None when the run is over."""
        if not self.answered_current:
            raise RuntimeError("answer the current question first")
        self.index += 1
        self._started_at = None
        return self.current

    def summary(self) -> Summary:
        """Score, questions right, and time spent."""
        return Summary(
            score=round(self.score, 4),
            max_score=self.total,
            right=sum(1 for r in self.results if r.grade.correct),
            answered=len(self.results),
            seconds=round(sum(r.seconds for r in self.results), 1),
        )

    def missed(self) -> list[tuple[Pack, Question]]:
        """Questions not fully right, for "review mistakes"."""
        return [(r.item.pack, r.item.question) for r in self.results if not r.grade.correct]

    def questions(self) -> list[tuple[Pack, Question]]:
        """All the run's questions, for "play again"."""
        return [(i.pack, i.question) for i in self.items]
