"""Provides the item analysis of a pack over the kept answers, aggregated in SQL: per question its
facility, discrimination and most given wrong answer; per pack the spread of scores and Cronbach's
alpha; and how many attempts scored in each band of the marks.

Like `quiz.reports`, every function takes the session keyword-only and returns plain rows (dicts) or
a dict; Python only finishes a handful of numbers per question or pack. Shares of marks are 0–1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from quiz.reports import rounded

QUESTION_COLUMNS = ["question", "answered", "facility", "discrimination", "top_wrong",
                    "top_wrong_share", "avg_seconds", "flag"]
PACK_COLUMNS = ["pack", "attempts", "answers", "mean", "median", "sd", "alpha"]

TOO_HARD = 0.1
"""Facility below this flags a question as too hard (or wrongly keyed)."""
TOO_EASY = 0.95
"""Facility above this flags a question as too easy to tell anyone apart."""

DISCRIMINATION_HELP = (
    "discrimination: the point-biserial correlation (Pearson's r) between the credit on the "
    "question and the rest-of-test score, the mean credit on the attempt's other questions of the "
    "pack (the corrected item-total correlation; attempts with one answer are left out)"
)


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
    items = session.execute(text(_ITEM_SQL), params).all()
    for q, answered, total, avg_s, m, sx, sxx, sy, syy, sxy in items:
        facility = total / answered
        disc = rounded(pearson(m, sx or 0.0, sxx or 0.0, sy or 0.0, syy or 0.0, sxy or 0.0))
        wrong, n_wrong = top.get(q, (None, 0))
        rows.append({
            "question": q, "answered": answered, "facility": round(facility, 4),
            "discrimination": disc, "top_wrong": wrong,
            "top_wrong_share": round(n_wrong / answered, 4) if wrong is not None else None,
            "avg_seconds": rounded(avg_s, 2), "flag": flag_for(round(facility, 4), disc),
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
    return {"pack": pack, "attempts": n_att or 0, "answers": n_ans or 0, "mean": rounded(mean),
            "median": rounded(median), "sd": rounded(sd), "alpha": rounded(alpha)}


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

