"""Provides a made-up class for trying the review screens: `quiz demo` and `quiz demo --remove`.

Each student has an ability and each question a difficulty (from the pack's `difficulty`, 1–5) and a
discrimination; the chance of a right answer follows a two-parameter logistic (IRT) curve with a floor
for guessing. Students get a little better each time they replay a pack. One choice question per
pack is made deliberately misleading: the stronger a student, the likelier they fall for one
particular wrong option, so the item analysis shows it with a negative discrimination. Wrong answers
are real wrong options of the question (or plausible typed answers), graded by the real grader.

Everything made here is marked `is_demo`; `remove_demo` deletes exactly that.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from questions.grading import grade
from questions.model import Pack, Question
from quiz.models import Answer, Attempt, Player, utcnow

BASE_SECONDS = {"choice": 12, "truefalse": 7, "short": 18, "number": 15, "multi": 25, "match": 35,
                "order": 30}
"""Typical seconds a student spends on a question of each type."""


@dataclass
class DemoSummary:
    """What `fill_demo` added (and the earlier demo data it replaced)."""

    players: int
    attempts: int
    answers: int
    packs: list[str]
    misleading: dict[str, str]
    """Pack id -> id of the question made misleading in it."""
    replaced: int = 0
    """Demo players removed first (an earlier `quiz demo`)."""


@dataclass
class _Item:
    question: Question
    a: float
    """Discrimination of the logistic curve (negative: the misleading question)."""
    b: float
    """Difficulty on the ability scale."""
    c: float
    """Chance of guessing right."""
    lure: int | None
    """Index of the wrong option most students pick (choice, truefalse)."""


def builtin_packs() -> list[Pack]:
    """The built-in packs that load (a broken one is skipped: the demo is for trying things)."""
    from questions.errors import PackError
    from questions.packs import load_pack
    from quiz.catalog import list_packs

    found, _ = list_packs()
    packs = []
    for ref in sorted(found.values(), key=lambda r: r.id):
        if ref.where != "built-in":
            continue
        try:
            packs.append(load_pack(ref.path))
        except PackError:
            continue
    return packs


def _items(pack: Pack, rng: random.Random) -> tuple[list[_Item], str | None]:
    """Item parameters for a pack, and the id of the question made misleading."""
    items = []
    for q in pack.questions:
        d = q.difficulty if q.difficulty is not None else 3
        b = (d - 2.5) * 0.8 + rng.gauss(0, 0.35)
        a = rng.uniform(0.9, 2.0)
        n_opts = len(q.options) if q.type in ("choice", "truefalse") else 0
        c = 1 / n_opts if n_opts else (0.1 if q.type in ("multi", "match", "order") else 0.03)
        wrong = [i for i, o in enumerate(q.options) if o.credit < 1] if n_opts else []
        lure = rng.choice(wrong) if wrong else None
        items.append(_Item(q, a, b, c, lure))
    candidates = [it for it in items if it.question.type == "choice" and it.lure is not None
                  and (it.question.difficulty or 3) <= 3]
    misleading = rng.choice(candidates) if candidates else None
    if misleading is not None:
        misleading.a, misleading.b, misleading.c = -1.6, 0.0, 0.05
    return items, misleading.question.id if misleading else None


def _p_right(it: _Item, theta: float) -> float:
    return it.c + (1 - it.c) / (1 + math.exp(-it.a * (theta - it.b)))


def _answer_shape(it: _Item, right: bool, rng: random.Random, typed_pool: list[str]) -> object:
    """An answer in the grader's shape (see questions.grading): right, or a plausible wrong one."""
    q = it.question
    if q.type in ("choice", "truefalse"):
        best = max(range(len(q.options)), key=lambda i: q.options[i].credit)
        if right:
            return best
        wrong = [i for i in range(len(q.options)) if i != best]
        weights = [(12 if it.a < 0 else 4) if i == it.lure else 1 for i in wrong]
        return rng.choices(wrong, weights)[0]
    if q.type == "multi":
        good = [i for i, o in enumerate(q.options) if o.credit > 0]
        if right:
            return good
        bad = [i for i, o in enumerate(q.options) if o.credit <= 0]
        picked = rng.sample(good, max(0, len(good) - rng.randint(1, max(1, len(good) - 1))))
        if bad and (rng.random() < 0.6 or not picked):
            picked.append(rng.choice(bad))
        return picked
    if q.type == "short":
        accepted = [o.text for o in q.options if o.credit >= 1 and o.text]
        if right:
            return rng.choice(accepted[:2] or [""])
        pool = [t for t in typed_pool if t not in accepted]
        return rng.choice(pool) if pool and rng.random() < 0.8 else ""
    if q.type == "number":
        o = (q.right_options or q.options)[0]
        value = o.value if o.value is not None else ((o.min or 0) + (o.max or 0)) / 2
        if right:
            return f"{value:g}"
        span = max(abs(value) * rng.uniform(0.25, 0.6), (o.tolerance or 0) + 1, 1)
        return f"{round(value + rng.choice([-1, 1]) * span):g}"
    if q.type == "match":
        pairs = [(left, r) for left, r in q.pairs if left]
        mapping = dict(pairs)
        if right or len(pairs) < 2:
            return mapping
        extras = [r for left, r in q.pairs if not left]
        i, j = rng.sample(range(len(pairs)), 2)
        if extras and rng.random() < 0.4:
            mapping[pairs[i][0]] = rng.choice(extras)
        else:
            mapping[pairs[i][0]], mapping[pairs[j][0]] = pairs[j][1], pairs[i][1]
        return mapping
    if q.type == "order":
        items = list(q.items)
        if not right and len(items) > 1:
            k = rng.randrange(len(items) - 1)
            items[k], items[k + 1] = items[k + 1], items[k]
        return items
    return None


def _names(n: int, seed: int, taken: set[str]) -> list[str]:
    from faker import Faker  # a second or so to import; only `quiz demo` needs it

    fake = Faker("en_GB")
    fake.seed_instance(seed)
    names: list[str] = []
    while len(names) < n:
        name = f"{fake.first_name()} {fake.last_name()}"
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def fill_demo(
    *, session: Session, packs: list[Pack], players: int = 30, seed: int = 0,
    now: datetime | None = None, weeks: int = 6,
) -> DemoSummary:
    """Add a made-up class that played `packs` over the past `weeks`, in one bulk insert.

    Earlier demo data is removed first, so running it twice gives one class. Names never clash with
    a real player's. The caller commits.
    """
    replaced = remove_demo(session=session)["players"]
    rng = random.Random(seed)
    now = now or utcnow()
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    taken = set(session.execute(select(Player.name)).scalars())
    names = _names(players, seed, taken)
    created = now - timedelta(weeks=weeks, days=1)
    player_rows = [{"name": n, "created": created, "is_demo": True} for n in names]
    player_ids = list(session.execute(
        insert(Player).returning(Player.id, sort_by_parameter_order=True), player_rows).scalars())
    abilities = [rng.gauss(0, 1) for _ in player_ids]

    params = {p.id: _items(p, rng) for p in packs}
    pools = {p.id: [o.text for q in p.questions if q.type == "short" for o in q.options[:1] if o.text]
             for p in packs}
    attempt_rows: list[dict] = []
    answer_rows: list[list[dict]] = []
    for pid, theta in zip(player_ids, abilities):
        for pack in packs:
            n_plays = rng.randint(2, 4)
            days = sorted((rng.uniform(1, weeks * 7) for _ in range(n_plays)), reverse=True)
            for k, days_ago in enumerate(days):
                started = (now - timedelta(days=days_ago)).replace(
                    hour=rng.randint(8, 16), minute=rng.randint(0, 59), second=rng.randint(0, 59),
                    microsecond=0)
                # Students get a little better each time they replay a pack.
                rows, finished = _play(pack, params[pack.id][0], theta + 0.3 * k, started, rng,
                                       pools[pack.id])
                attempt_rows.append({
                    "player_id": pid, "pack_id": pack.id, "pack_title": pack.title,
                    "question_count": len(pack.questions), "seed": rng.randrange(1, 2**31),
                    "started": started, "finished": finished, "is_demo": True})
                answer_rows.append(rows)
    attempt_ids = list(session.execute(
        insert(Attempt).returning(Attempt.id, sort_by_parameter_order=True), attempt_rows).scalars())
    flat = [dict(r, attempt_id=att_id) for att_id, rows in zip(attempt_ids, answer_rows) for r in rows]
    if flat:
        session.execute(insert(Answer), flat)
    return DemoSummary(
        players=len(player_ids), attempts=len(attempt_ids), answers=len(flat),
        packs=[p.id for p in packs],
        misleading={pid: m for pid, (_, m) in params.items() if m}, replaced=replaced)


def _play(pack: Pack, items: list[_Item], theta: float, started: datetime, rng: random.Random,
          typed_pool: list[str]) -> tuple[list[dict], datetime | None]:
    """One attempt at every question of `pack` in a random order: its answer rows (without the
    attempt id) and when it finished (None for the attempts left unfinished part way)."""
    items = list(items)
    rng.shuffle(items)
    # About one attempt in twelve is left unfinished part way (the bell rang).
    stop = rng.randint(3, len(items) - 1) if len(items) > 3 and rng.random() < 0.08 else len(items)
    at = started
    rows = []
    for pos, it in enumerate(items[:stop]):
        right = rng.random() < _p_right(it, theta)
        g = grade(it.question, _answer_shape(it, right, rng, typed_pool))
        base = BASE_SECONDS.get(it.question.type, 15)
        seconds = base * math.exp(rng.gauss(0, 0.35) + 0.15 * (it.b - theta))
        seconds = round(min(180.0, max(1.5, seconds)), 1)
        at = at + timedelta(seconds=seconds + 2)
        rows.append({
            "pack_id": pack.id, "question_id": it.question.id, "question_type": it.question.type,
            "prompt": it.question.prompt, "position": pos, "given": g.given,
            "right_answer": it.question.right_answer_text(),
            "credit": max(0.0, min(1.0, g.credit)), "correct": g.correct, "seconds": seconds,
            "at": at})
    return rows, (at + timedelta(seconds=3) if stop == len(items) else None)


def remove_demo(*, session: Session) -> dict[str, int]:
    """Delete the demo data: attempts marked demo and their answers, then demo players left without
    attempts. A demo player who also has real attempts (someone played under that name) is kept and
    is no longer marked demo. Returns how many players, attempts and answers went. The caller commits.
    """
    demo_attempts = select(Attempt.id).where(Attempt.is_demo)
    n_answers = session.execute(
        delete(Answer).where(Answer.attempt_id.in_(demo_attempts))
        .execution_options(synchronize_session=False)).rowcount
    n_attempts = session.execute(
        delete(Attempt).where(Attempt.is_demo).execution_options(synchronize_session=False)).rowcount
    has_attempts = select(Attempt.id).where(Attempt.player_id == Player.id).exists()
    n_players = session.execute(
        delete(Player).where(Player.is_demo, ~has_attempts)
        .execution_options(synchronize_session=False)).rowcount
    session.execute(update(Player).where(Player.is_demo).values(is_demo=False)
                    .execution_options(synchronize_session=False))
    return {"players": n_players, "attempts": n_attempts, "answers": n_answers}


def demo_counts(*, session: Session) -> dict[str, int]:
    """How many demo players and attempts the database holds."""
    return {
        "players": session.execute(select(func.count()).select_from(Player).where(Player.is_demo)).scalar_one(),
        "attempts": session.execute(select(func.count()).select_from(Attempt).where(Attempt.is_demo)).scalar_one(),
    }
