"""Provides reports over the kept answers, aggregated in SQL: attempts, players, answers, topics,
questions missed, and item analysis (facility, discrimination, Cronbach's alpha).

Every report is a plain function taking the session keyword-only and returning plain rows (dicts) or a
dict; the sums run in SQLite, Python only finishes a handful of numbers per question or pack (square
roots, ratios) and never loops over the answers themselves.

Shares of marks are 0–1: an answer's `credit` is the share of that question's mark earned.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from sqlalchemy import text
from sqlmodel import Session

ATTEMPT_COLUMNS = ["player", "pack", "score", "max_score", "answered", "started", "finished"]
PLAYER_COLUMNS = ["player", "attempts", "best", "average", "latest", "last_played"]
ANSWER_COLUMNS = ["player", "attempt", "pack", "question", "given", "credit", "seconds", "at"]
ANSWER_EXPORT_COLUMNS = ANSWER_COLUMNS + ["right_answer", "correct"]
QUESTION_COLUMNS = ["question", "answered", "facility", "discrimination", "top_wrong",
                    "top_wrong_share", "avg_seconds", "flag"]
PACK_COLUMNS = ["pack", "attempts", "answers", "mean", "median", "sd", "alpha"]
TOPIC_COLUMNS = ["topic", "questions", "answered", "facility"]
MISSED_COLUMNS = ["pack", "question", "prompt", "missed", "answered", "last_given", "right_answer"]

TOO_HARD = 0.1
"""Facility below this flags a question as too hard (or wrongly keyed)."""
TOO_EASY = 0.95
"""Facility above this flags a question as too easy to tell anyone apart."""

DISCRIMINATION_HELP = (
    "discrimination: the point-biserial correlation (Pearson's r) between the credit on the "
    "question and the rest-of-test score, the mean credit on the attempt's other questions of the "
    "pack (the corrected item-total correlation; attempts with one answer are left out)"
)


def _dt(value) -> datetime | None:
    """SQLite hands back dates as text (UTC, no offset) when a query is raw SQL; make them aware UTC
    datetimes again, as the models give them."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


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
    clauses, params = [], {}
    if player:
        clauses.append("p.name = :player")
        params["player"] = player
    if pack:
        clauses.append("t.pack_id = :pack")
        params["pack"] = pack
    if attempt is not None:
        clauses.append("t.id = :attempt")
        params["attempt"] = attempt
    # The scores are summed in a subquery over the answers alone, so SQLite can read them from the
    # (attempt_id) index in order instead of joining row by row.
    sql = f"""
        SELECT t.id, p.name, t.pack_id, COALESCE(s.score, 0.0), t.question_count,
               COALESCE(s.answered, 0), t.started, t.finished, t.is_demo
        FROM attempt t
        JOIN player p ON p.id = t.player_id
        LEFT JOIN (SELECT attempt_id, SUM(credit) AS score, COUNT(*) AS answered
                   FROM answer GROUP BY attempt_id) s ON s.attempt_id = t.id
        {_where(clauses)}
        ORDER BY t.started, t.id
    """
    if clauses:
        # Some attempts: sum only their answers rather than every attempt's.
        sql = f"""
            SELECT t.id, p.name, t.pack_id,
                   COALESCE((SELECT SUM(credit) FROM answer a WHERE a.attempt_id = t.id), 0.0),
                   t.question_count,
                   (SELECT COUNT(*) FROM answer a WHERE a.attempt_id = t.id),
                   t.started, t.finished, t.is_demo
            FROM attempt t JOIN player p ON p.id = t.player_id
            {_where(clauses)}
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
    clauses, params = [], {}
    if pack:
        clauses.append("t.pack_id = :pack")
        params["pack"] = pack
    if player:
        clauses.append("t.player_id = (SELECT id FROM player WHERE name = :player)")
        params["player"] = player
    sql = f"""
        WITH s AS (
            SELECT t.id, t.player_id, t.started,
                   COALESCE(x.score, 0.0) / NULLIF(t.question_count, 0) AS share
            FROM attempt t
            LEFT JOIN (SELECT attempt_id, SUM(credit) AS score FROM answer GROUP BY attempt_id) x
                   ON x.attempt_id = t.id
            {_where(clauses)}
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
        {"player": name, "attempts": n, "best": _r(best), "average": _r(avg), "latest": _r(latest),
         "last_played": _dt(last)}
        for name, n, best, avg, latest, last in session.execute(text(sql), params).all()
    ]


def _r(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(float(x), digits)


# --- answers ----------------------------------------------------------------------------------------


def answers(
    *, session: Session, player: str | None = None, pack: str | None = None,
    attempt: int | None = None,
) -> list[dict]:
    """Every answer, in the order recorded: player, attempt (id), pack (the question's pack), question
    (id), given, credit, seconds, at; and also prompt, right_answer, correct, position, type.

    Filters: `player` (name), `pack` (the question's pack id), `attempt` (id).
    """
    clauses, params = [], {}
    if player:
        clauses.append("t.player_id = (SELECT id FROM player WHERE name = :player)")
        params["player"] = player
    if pack:
        clauses.append("a.pack_id = :pack")
        params["pack"] = pack
    if attempt is not None:
        clauses.append("a.attempt_id = :attempt")
        params["attempt"] = attempt
    sql = f"""
        SELECT p.name, a.attempt_id, a.pack_id, a.question_id, a.given, a.credit, a.seconds, a.at,
               a.prompt, a.right_answer, a.correct, a.position, a.question_type
        FROM answer a
        JOIN attempt t ON t.id = a.attempt_id
        JOIN player p ON p.id = t.player_id
        {_where(clauses)}
        ORDER BY a.id
    """
    return [
        {"player": name, "attempt": att, "pack": pk, "question": q, "given": given,
         "credit": credit, "seconds": seconds, "at": _dt(at), "right_answer": right,
         "correct": bool(correct), "prompt": prompt, "position": position, "type": qtype}
        for name, att, pk, q, given, credit, seconds, at, prompt, right, correct, position, qtype
        in session.execute(text(sql), params).all()
    ]


# --- item analysis ----------------------------------------------------------------------------------

# Per answer to the pack: x = credit on the question, y = rest-of-test score (mean credit on the
# attempt's other answers to the pack). Sums of x, y, x², y², xy give Pearson's r per question.
_ITEM_SQL = """
    WITH t AS MATERIALIZED (
        SELECT attempt_id, SUM(credit) AS total, COUNT(*) AS n
        FROM answer WHERE pack_id = :pack GROUP BY attempt_id
    ), x AS (
        SELECT a.question_id AS q, a.credit AS c, a.seconds AS s,
               CASE WHEN t.n > 1 THEN (t.total - a.credit) / (t.n - 1) END AS r
        FROM answer a JOIN t ON t.attempt_id = a.attempt_id
        WHERE a.pack_id = :pack
    )
    SELECT q, COUNT(*), SUM(c), AVG(s),
           COUNT(r), SUM(CASE WHEN r IS NOT NULL THEN c END),
           SUM(CASE WHEN r IS NOT NULL THEN c * c END), SUM(r), SUM(r * r), SUM(c * r)
    FROM x GROUP BY q
"""

# The wrong answer given most per question (answers short of full marks; same text ignoring case and
# surrounding spaces counts as one answer), with how many gave it.
_TOP_WRONG_SQL = """
    WITH w AS (
        SELECT question_id AS q, MIN(given) AS given, COUNT(*) AS n
        FROM answer WHERE pack_id = :pack AND credit < 1
        GROUP BY question_id, lower(trim(given))
    ), r AS (
        SELECT q, given, n, ROW_NUMBER() OVER (PARTITION BY q ORDER BY n DESC, given) AS rn FROM w
    )
    SELECT q, given, n FROM r WHERE rn = 1
"""


def pearson(m: int, sx: float, sxx: float, sy: float, syy: float, sxy: float) -> float | None:
    """Pearson's r from the count and the sums of x, x², y, y², xy; None when either side is flat."""
    if m < 2:
        return None
    vx = m * sxx - sx * sx
    vy = m * syy - sy * sy
    if vx <= 1e-12 * max(1.0, m * sxx) or vy <= 1e-12 * max(1.0, m * syy):
        return None
    return max(-1.0, min(1.0, (m * sxy - sx * sy) / math.sqrt(vx * vy)))


def flag_for(facility: float | None, discrimination: float | None) -> str:
    """Why a question looks broken ("" when it does not): facility under 0.1 or over 0.95, or a
    negative discrimination."""
    reasons = []
    if facility is not None and facility < TOO_HARD:
        reasons.append("too hard")
    if facility is not None and facility > TOO_EASY:
        reasons.append("too easy")
    if discrimination is not None and discrimination < 0:
        reasons.append("negative discrimination")
    return "; ".join(reasons)


def item_analysis(*, session: Session, pack: str, order: Iterable[str] | None = None) -> list[dict]:
    """Item analysis of one pack: one row per question answered at least once.

    Each row: question (id), answered (answers to it), facility (mean credit: the share of the marks
    earned, 0–1), discrimination (see DISCRIMINATION_HELP; −1–1, None when it cannot be computed),
    top_wrong (the answer short of full marks given most, None when nobody went wrong) and
    top_wrong_share (how many gave it / answered), avg_seconds, and flag (see `flag_for`).

    Every answer to a question of the pack counts, from any attempt, finished or not. Rows come in
    `order` (question ids, e.g. the pack's own order), then any other question by id.
    """
    params = {"pack": pack}
    top = {q: (given, n) for q, given, n in session.execute(text(_TOP_WRONG_SQL), params).all()}
    rows = []
    for q, answered, total, avg_s, m, sx, sxx, sy, syy, sxy in session.execute(text(_ITEM_SQL), params).all():
        facility = total / answered
        disc = _r(pearson(m, sx or 0.0, sxx or 0.0, sy or 0.0, syy or 0.0, sxy or 0.0))
        wrong, n_wrong = top.get(q, (None, 0))
        rows.append({
            "question": q, "answered": answered, "facility": round(facility, 4),
            "discrimination": disc, "top_wrong": wrong,
            "top_wrong_share": round(n_wrong / answered, 4) if wrong is not None else None,
            "avg_seconds": _r(avg_s, 2), "flag": flag_for(round(facility, 4), disc),
        })
    rank = {q: i for i, q in enumerate(order or [])}
    rows.sort(key=lambda r: (rank.get(r["question"], len(rank)), r["question"]))
    return rows


_PACK_SQL = """
    WITH t AS MATERIALIZED (
        SELECT attempt_id, SUM(credit) AS total, COUNT(*) AS n, AVG(credit) AS share
        FROM answer WHERE pack_id = :pack GROUP BY attempt_id
    ), k AS MATERIALIZED (
        SELECT n FROM t GROUP BY n ORDER BY COUNT(*) DESC, n DESC LIMIT 1
    )
    SELECT (SELECT COUNT(*) FROM t), (SELECT SUM(n) FROM t), (SELECT AVG(share) FROM t),
           (SELECT SUM(share * share) FROM t),
           (SELECT AVG(share) FROM (SELECT share FROM t ORDER BY share
                LIMIT 2 - (SELECT COUNT(*) FROM t) % 2 OFFSET (SELECT (COUNT(*) - 1) / 2 FROM t))),
           (SELECT n FROM k),
           (SELECT COUNT(*) FROM t WHERE n = (SELECT n FROM k)),
           (SELECT AVG(total) FROM t WHERE n = (SELECT n FROM k)),
           (SELECT AVG(total * total) FROM t WHERE n = (SELECT n FROM k))
"""

# Σ over questions of (answers × variance of the credit), over the attempts that answered k of the
# pack's questions. "+question_id" keeps SQLite from walking the whole question_id index (every
# pack's answers) just to save a sort.
_ITEM_VARIANCE_SQL = """
    SELECT SUM(m * v) FROM (
        SELECT COUNT(*) AS m, AVG(credit * credit) - AVG(credit) * AVG(credit) AS v
        FROM answer
        WHERE pack_id = :pack AND ({all_k} OR attempt_id IN (
            SELECT attempt_id FROM answer WHERE pack_id = :pack GROUP BY attempt_id
            HAVING COUNT(*) = :k))
        GROUP BY +question_id)
"""


def pack_stats(*, session: Session, pack: str) -> dict:
    """The spread of scores on one pack and its reliability.

    An attempt's score on the pack is the mean credit of its answers to the pack's questions (0–1).
    Returns pack, attempts (with at least one answer to the pack), answers, mean, median, sd (sample
    standard deviation, n − 1), and alpha: Cronbach's alpha, k/(k−1)·(1 − Σ item variances / variance
    of the totals), over the attempts that answered the usual number k of the pack's questions
    (population variances). When those attempts drew different questions, Σ item variances is the
    average over them of the variances of the questions each answered; when they all answered the
    same questions this is the textbook alpha. None where a figure cannot be computed.
    """
    row = session.execute(text(_PACK_SQL), {"pack": pack}).one()
    n_att, n_ans, mean, sum_sq, median, k, n_k, mean_x, mean_xx = row
    sd = None
    if n_att and n_att > 1:
        sd = math.sqrt(max(0.0, (sum_sq - n_att * mean * mean) / (n_att - 1)))
    alpha = None
    if k and k > 1 and n_k and n_k > 1:
        var_x = mean_xx - mean_x * mean_x
        if var_x > 1e-12:
            # When every attempt answered k questions (the usual case), no need to pick attempts.
            sql = _ITEM_VARIANCE_SQL.format(all_k="1" if n_k == n_att else "0")
            sum_mv = session.execute(text(sql), {"pack": pack, "k": k}).scalar_one()
            alpha = k / (k - 1) * (1 - (sum_mv / n_k) / var_x)
    return {"pack": pack, "attempts": n_att or 0, "answers": n_ans or 0, "mean": _r(mean),
            "median": _r(median), "sd": _r(sd), "alpha": _r(alpha)}


def packs(*, session: Session, pack: str | None = None) -> list[dict]:
    """`pack_stats` for every pack with answers (or just `pack`), by pack id."""
    if pack:
        ids = [pack]
    else:
        ids = [p for (p,) in session.execute(text("SELECT DISTINCT pack_id FROM answer ORDER BY 1"))]
    return [pack_stats(session=session, pack=p) for p in ids]


def score_spread(*, session: Session, pack: str | None = None, bins: int = 10) -> list[dict]:
    """How many attempts scored in each tenth (or 1/`bins`) of the marks: rows low, high, attempts.

    With `pack`, an attempt's score is the mean credit of its answers to that pack; without, it is
    score / max_score of each attempt.
    """
    if pack:
        sql = """SELECT AVG(credit) AS share FROM answer WHERE pack_id = :pack GROUP BY attempt_id"""
    else:
        sql = """SELECT COALESCE(x.score, 0.0) / t.question_count AS share FROM attempt t
                 LEFT JOIN (SELECT attempt_id, SUM(credit) AS score FROM answer GROUP BY attempt_id) x
                 ON x.attempt_id = t.id WHERE t.question_count > 0"""
    counts = dict(session.execute(text(f"""
        SELECT MAX(0, MIN(CAST(share * :bins AS INTEGER), :bins - 1)) AS b, COUNT(*)
        FROM ({sql}) GROUP BY b"""), {"pack": pack, "bins": bins}).all())
    return [{"low": round(b / bins, 4), "high": round((b + 1) / bins, 4), "attempts": counts.get(b, 0)}
            for b in range(bins)]


# --- per player: topics and questions missed --------------------------------------------------------


def _per_question(session: Session, player: str | None, pack: str | None) -> list[tuple]:
    clauses, params = [], {}
    if player:
        clauses.append("a.attempt_id IN (SELECT t.id FROM attempt t JOIN player p "
                       "ON p.id = t.player_id WHERE p.name = :player)")
        params["player"] = player
    if pack:
        clauses.append("a.pack_id = :pack")
        params["pack"] = pack
    sql = f"""SELECT a.pack_id, a.question_id, COUNT(*), SUM(a.credit) FROM answer a
              {_where(clauses)} GROUP BY a.pack_id, a.question_id"""
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
    clauses, params = [], {}
    if player:
        clauses.append("a.attempt_id IN (SELECT t.id FROM attempt t JOIN player p "
                       "ON p.id = t.player_id WHERE p.name = :player)")
        params["player"] = player
    if pack:
        clauses.append("a.pack_id = :pack")
        params["pack"] = pack
    sql = f"""
        WITH mine AS (SELECT a.id, a.pack_id, a.question_id, a.credit FROM answer a {_where(clauses)}),
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
