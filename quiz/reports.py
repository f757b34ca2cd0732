"""Provides reports over the kept answers, aggregated in SQL: attempts, players, answers, topics and
questions missed (item analysis, pack statistics and the spread of scores are in `quiz.item_analysis`).

Every report is a plain function taking the session keyword-only and returning plain rows (dicts) or a
dict; the sums run in SQLite, Python only finishes a handful of numbers per question or pack (square
roots, ratios) and never loops over the answers themselves.

Shares of marks are 0–1: an answer's `credit` is the share of that question's mark earned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from sqlalchemy import text
from sqlmodel import Session

ATTEMPT_COLUMNS = ["player", "pack", "score", "max_score", "answered", "started", "finished"]
PLAYER_COLUMNS = ["player", "attempts", "best", "average", "latest", "last_played"]
ANSWER_COLUMNS = ["player", "attempt", "pack", "question", "given", "credit", "seconds", "at"]
ANSWER_EXPORT_COLUMNS = ANSWER_COLUMNS + ["right_answer", "correct"]
TOPIC_COLUMNS = ["topic", "questions", "answered", "facility"]
MISSED_COLUMNS = ["pack", "question", "prompt", "missed", "answered", "last_given", "right_answer"]

# Filter conditions written once: the attempt's player, and an answer's player.
_ATTEMPT_BY_PLAYER = "t.player_id = (SELECT id FROM player WHERE name = :player)"
_ANSWER_BY_PLAYER = ("a.attempt_id IN (SELECT t.id FROM attempt t JOIN player p "
                     "ON p.id = t.player_id WHERE p.name = :player)")


def _dt(value) -> datetime | None:
    """SQLite hands back dates as text (UTC, no offset) when a query is raw SQL; make them aware UTC
    datetimes again, as the models give them."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def rounded(x: float | None, digits: int = 4) -> float | None:
    """`x` as a float rounded to `digits` places; None stays None."""
    return None if x is None else round(float(x), digits)


def _where(**filters: tuple[str, object]) -> tuple[str, dict]:
    """The WHERE clause ("" when no filter is set) and its parameters: each keyword names a parameter
    and gives (condition, value); a value of None or "" leaves its condition out."""
    clauses, params = [], {}
    for name, (condition, value) in filters.items():
        if value is not None and value != "":
            clauses.append(condition)
            params[name] = value
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _answer_filter(player: str | None, pack: str | None) -> tuple[str, dict]:
    """The WHERE clause and parameters that keep the answers (`a`) by `player` (name) to `pack`."""
    return _where(player=(_ANSWER_BY_PLAYER, player), pack=("a.pack_id = :pack", pack))


# --- attempts and players -------------------------------------------------------------------------


def attempts(
    *, session: Session, player: str | None = None, pack: str | None = None,
    attempt: int | None = None,
) -> list[dict]:
    """One row per attempt, oldest first: attempt (id), player, pack, score (sum of credit), max_score
    (questions in the attempt), answered, started, finished (None while unfinished), is_demo.

    `player` and `pack` filter by player name and pack id (the attempt's pack, "a+b" when mixed);
    `attempt` picks one attempt by id.
    """
    where, params = _where(player=("p.name = :player", player), pack=("t.pack_id = :pack", pack),
                           attempt=("t.id = :attempt", attempt))
    # The scores are summed in a subquery over the answers alone, so SQLite can read them from the
    # (attempt_id) index in order instead of joining row by row.
    sql = f"""
        SELECT t.id, p.name, t.pack_id, COALESCE(s.score, 0.0), t.question_count,
               COALESCE(s.answered, 0), t.started, t.finished, t.is_demo
        FROM attempt t
        JOIN player p ON p.id = t.player_id
        LEFT JOIN (SELECT attempt_id, SUM(credit) AS score, COUNT(*) AS answered
                   FROM answer GROUP BY attempt_id) s ON s.attempt_id = t.id
        {where}
        ORDER BY t.started, t.id
    """
    if params:
        # Some attempts: sum only their answers rather than every attempt's.
        sql = f"""
            SELECT t.id, p.name, t.pack_id,
                   COALESCE((SELECT SUM(credit) FROM answer a WHERE a.attempt_id = t.id), 0.0),
                   t.question_count,
                   (SELECT COUNT(*) FROM answer a WHERE a.attempt_id = t.id),
                   t.started, t.finished, t.is_demo
            FROM attempt t JOIN player p ON p.id = t.player_id
            {where}
            ORDER BY t.started, t.id
        """
    return [
        {"attempt": a_id, "player": name, "pack": pack_id, "score": round(float(score), 4),
         "max_score": max_score, "answered": answered, "started": _dt(started),
         "finished": _dt(finished), "is_demo": bool(demo)}
        for a_id, name, pack_id, score, max_score, answered, started, finished, demo
        in session.execute(text(sql), params).all()
    ]


def players(*, session: Session, pack: str | None = None, player: str | None = None) -> list[dict]:
    """One row per player who has an attempt, by name: attempts, and their best, average and latest
    score as a share of the marks (0–1; score / max_score of each attempt), and when they last played.

    `pack` keeps only attempts of that pack; `player` keeps one player.
    """
    where, params = _where(pack=("t.pack_id = :pack", pack), player=(_ATTEMPT_BY_PLAYER, player))
    sql = f"""
        WITH s AS (
            SELECT t.id, t.player_id, t.started,
                   COALESCE(x.score, 0.0) / NULLIF(t.question_count, 0) AS share
            FROM attempt t
            LEFT JOIN (SELECT attempt_id, SUM(credit) AS score FROM answer GROUP BY attempt_id) x
                   ON x.attempt_id = t.id
            {where}
        ), r AS (
            SELECT s.*, ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY started DESC, id DESC) AS rn
            FROM s
        )
        SELECT p.name, COUNT(*), MAX(r.share), AVG(r.share),
               MAX(CASE WHEN r.rn = 1 THEN r.share END), MAX(r.started)
        FROM r JOIN player p ON p.id = r.player_id
        GROUP BY p.id
        ORDER BY p.name
    """
    return [
        {"player": name, "attempts": n, "best": rounded(best), "average": rounded(avg),
         "latest": rounded(latest), "last_played": _dt(last)}
        for name, n, best, avg, latest, last in session.execute(text(sql), params).all()
    ]


# --- answers ----------------------------------------------------------------------------------------


def answers(
    *, session: Session, player: str | None = None, pack: str | None = None,
    attempt: int | None = None,
) -> list[dict]:
    """Every answer, in the order recorded: player, attempt (id), pack (the question's pack), question
    (id), given, credit, seconds, at; and also prompt, right_answer, correct, position, type.

    Filters: `player` (name), `pack` (the question's pack id), `attempt` (id).
    """
    where, params = _where(player=(_ATTEMPT_BY_PLAYER, player), pack=("a.pack_id = :pack", pack),
                           attempt=("a.attempt_id = :attempt", attempt))
    sql = f"""
        SELECT p.name, a.attempt_id, a.pack_id, a.question_id, a.given, a.credit, a.seconds, a.at,
               a.prompt, a.right_answer, a.correct, a.position, a.question_type
        FROM answer a
        JOIN attempt t ON t.id = a.attempt_id
        JOIN player p ON p.id = t.player_id
        {where}
        ORDER BY a.id
    """
    return [
        {"player": name, "attempt": att, "pack": pk, "question": q, "given": given,
         "credit": credit, "seconds": seconds, "at": _dt(at), "right_answer": right,
         "correct": bool(correct), "prompt": prompt, "position": position, "type": qtype}
        for name, att, pk, q, given, credit, seconds, at, prompt, right, correct, position, qtype
        in session.execute(text(sql), params).all()
    ]


# --- per player: topics and questions missed --------------------------------------------------------


def _per_question(session: Session, player: str | None, pack: str | None) -> list[tuple]:
    where, params = _answer_filter(player, pack)
    sql = f"""SELECT a.pack_id, a.question_id, COUNT(*), SUM(a.credit) FROM answer a
              {where} GROUP BY a.pack_id, a.question_id"""
    return session.execute(text(sql), params).all()


def topics(
    *, session: Session, tags: Mapping[tuple[str, str], Iterable[str]],
    player: str | None = None, pack: str | None = None,
) -> list[dict]:
    """Facility per topic (question tag), weakest first: topic, questions (distinct questions seen),
    answered, facility (mean credit over those answers).

    `tags` maps (pack id, question id) to the question's tags (see `question_tags`); questions with
    no tags count under "(untagged)". `player` and `pack` filter the answers.
    """
    acc: dict[str, list] = {}
    for pk, q, n, total in _per_question(session, player, pack):
        for tag in list(tags.get((pk, q), ())) or ["(untagged)"]:
            a = acc.setdefault(tag, [0, 0, 0.0])
            a[0] += 1
            a[1] += n
            a[2] += total
    rows = [{"topic": t, "questions": qs, "answered": n, "facility": round(total / n, 4)}
            for t, (qs, n, total) in acc.items()]
    rows.sort(key=lambda r: (r["facility"], -r["answered"], r["topic"]))
    return rows


def question_tags(pack_ids: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """Tags of every question of the given packs, from the packs the app can see; packs that no
    longer exist (or do not load) are skipped."""
    from questions.errors import PackError
    from quiz.catalog import resolve_pack

    out: dict[tuple[str, str], list[str]] = {}
    for pid in set(pack_ids):
        try:
            pack = resolve_pack(pid).pack
        except (PackError, OSError):
            continue
        for q in pack.questions:
            out[(pid, q.id)] = list(q.tags)
    return out


def answered_packs(*, session: Session, player: str | None = None) -> list[str]:
    """Ids of the packs with answers (by `player`, when given)."""
    return sorted({pk for pk, *_ in _per_question(session, player, None)})


def missed(*, session: Session, player: str | None = None, pack: str | None = None) -> list[dict]:
    """Questions answered short of full marks, most missed first: pack, question, prompt, missed
    (answers short of full marks), answered, last_given (the latest such answer), right_answer.

    `player` (name) and `pack` filter the answers.
    """
    where, params = _answer_filter(player, pack)
    sql = f"""
        WITH mine AS (SELECT a.id, a.pack_id, a.question_id, a.credit FROM answer a {where}),
        tot AS (SELECT pack_id, question_id, COUNT(*) AS answered,
                       SUM(CASE WHEN credit < 1 THEN 1 ELSE 0 END) AS missed,
                       MAX(CASE WHEN credit < 1 THEN id END) AS last_id
                FROM mine GROUP BY pack_id, question_id)
        SELECT tot.pack_id, tot.question_id, a.prompt, tot.missed, tot.answered, a.given,
               a.right_answer
        FROM tot JOIN answer a ON a.id = tot.last_id
        WHERE tot.missed > 0
        ORDER BY tot.missed DESC, tot.missed * 1.0 / tot.answered DESC, tot.pack_id, tot.question_id
    """
    return [
        {"pack": pk, "question": q, "prompt": prompt, "missed": n_missed, "answered": n,
         "last_given": given, "right_answer": right}
        for pk, q, prompt, n_missed, n, given, right in session.execute(text(sql), params).all()
    ]


def question_prompts(*, session: Session, pack: str) -> dict[str, str]:
    """The prompt of each question of a pack as last stored with an answer (for a pack that is gone)."""
    sql = """SELECT question_id, prompt, MAX(id) FROM answer WHERE pack_id = :pack
             GROUP BY question_id"""
    return {q: prompt for q, prompt, _ in session.execute(text(sql), {"pack": pack})}
