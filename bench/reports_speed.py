"""Times every report of `quiz.reports` and `quiz.item_analysis` on a database of a million answers.

Fills a temporary SQLite file (schema from `quiz.db.make_engine`, rows by raw `sqlite3` executemany),
then times each report function and the same aggregate written by hand in raw `sqlite3` on the same
file, and prints both and their ratio (target: within 2× of raw, and under 0.5 s each). The schema,
indexes included, is the one `quiz/models.py` declares.

    uv run python bench/reports_speed.py [--answers 1000000] [--packs 20] [--keep PATH]

Run by hand; not a test.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from quiz import reports  # noqa: E402
from quiz.item_analysis import item_analysis, pack_stats, score_spread  # noqa: E402
from quiz.db import make_engine  # noqa: E402

PACKS = 20
QUESTIONS = 25


def fill(path: Path, n_answers: int, seed: int = 0) -> dict:
    """A school: players who each played packs of 25 questions; returns names to query by."""
    rng = random.Random(seed)
    n_attempts = n_answers // QUESTIONS
    n_players = max(10, n_attempts // 20)
    make_engine(path).dispose()  # the real schema, with the models' indexes
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    t0 = datetime(2024, 1, 8, 8, 0)
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    con.executemany("INSERT INTO player (id, name, created, is_demo) VALUES (?, ?, ?, 0)",
                    [(i, f"Student {i:05d}", t0.strftime(fmt)) for i in range(1, n_players + 1)])
    ability = [rng.gauss(0, 1) for _ in range(n_players + 1)]
    difficulty = {(p, q): rng.gauss(0, 1) for p in range(PACKS) for q in range(QUESTIONS)}
    attempts, answers = [], []
    answer_id = 0
    for a in range(1, n_attempts + 1):
        player = rng.randint(1, n_players)
        pack = rng.randrange(PACKS)
        started = t0 + timedelta(minutes=a * 7)
        attempts.append((a, player, f"pack{pack:02d}", f"Pack {pack}", QUESTIONS, a,
                         started.strftime(fmt), (started + timedelta(minutes=6)).strftime(fmt)))
        theta = ability[player]
        for pos in range(QUESTIONS):
            answer_id += 1
            p_right = 1 / (1 + math.exp(-(theta - difficulty[(pack, pos)])))
            credit = 1.0 if rng.random() < p_right else 0.0
            given = "right" if credit else rng.choice(("wrong A", "wrong B", "wrong C"))
            answers.append((answer_id, a, f"pack{pack:02d}", f"q{pos:02d}", "choice",
                            f"Question {pos} of pack {pack}?", pos, given, "right", credit,
                            int(credit), round(rng.uniform(3, 30), 1),
                            (started + timedelta(seconds=10 * pos)).strftime(fmt)))
    con.executemany("INSERT INTO attempt (id, player_id, pack_id, pack_title, question_count, seed, "
                    "started, finished, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", attempts)
    con.executemany("INSERT INTO answer (id, attempt_id, pack_id, question_id, question_type, prompt, "
                    "position, given, right_answer, credit, correct, seconds, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", answers)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"player": "Student 00042", "pack": f"pack{min(7, PACKS - 1):02d}", "attempts": n_attempts, "players": n_players}


# --- the same aggregates, written by hand in raw sqlite3 -------------------------------------------

def raw_attempts(con, player=None):
    where, params = ("WHERE p.name = ?", (player,)) if player else ("", ())
    return con.execute(f"""
        SELECT t.id, p.name, t.pack_id, COALESCE(SUM(a.credit), 0), t.question_count, COUNT(a.id),
               t.started, t.finished
        FROM attempt t JOIN player p ON p.id = t.player_id
        LEFT JOIN answer a ON a.attempt_id = t.id
        {where} GROUP BY t.id ORDER BY t.started, t.id""", params).fetchall()


def raw_players(con):
    return con.execute("""
        WITH s AS (SELECT t.id, t.player_id, t.started, SUM(a.credit) * 1.0 / t.question_count AS share,
                          ROW_NUMBER() OVER (PARTITION BY t.player_id ORDER BY t.started DESC) AS rn
                   FROM attempt t JOIN answer a ON a.attempt_id = t.id GROUP BY t.id)
        SELECT p.name, COUNT(*), MAX(share), AVG(share), MAX(CASE WHEN rn = 1 THEN share END),
               MAX(started)
        FROM s JOIN player p ON p.id = s.player_id GROUP BY p.id ORDER BY p.name""").fetchall()


def raw_answers(con, player=None):
    where, params = ("WHERE p.name = ?", (player,)) if player else ("", ())
    return con.execute(f"""
        SELECT p.name, a.attempt_id, a.pack_id, a.question_id, a.given, a.credit, a.seconds, a.at,
               a.prompt, a.right_answer, a.correct, a.position, a.question_type
        FROM answer a JOIN attempt t ON t.id = a.attempt_id JOIN player p ON p.id = t.player_id
        {where} ORDER BY a.id""", params).fetchall()


def raw_item_analysis(con, pack):
    rows = con.execute("""
        WITH t AS (SELECT attempt_id, SUM(credit) AS total, COUNT(*) AS n FROM answer
                   WHERE pack_id = ? GROUP BY attempt_id)
        SELECT a.question_id, COUNT(*), AVG(a.credit), AVG(a.seconds),
               SUM(a.credit), SUM(a.credit * a.credit),
               SUM((t.total - a.credit) / (t.n - 1)), SUM(((t.total - a.credit) / (t.n - 1)) * ((t.total - a.credit) / (t.n - 1))),
               SUM(a.credit * (t.total - a.credit) / (t.n - 1))
        FROM answer a JOIN t ON t.attempt_id = a.attempt_id
        WHERE a.pack_id = ? AND t.n > 1 GROUP BY a.question_id""", (pack, pack)).fetchall()
    wrong = con.execute("""
        SELECT question_id, given, COUNT(*) FROM answer WHERE pack_id = ? AND credit < 1
        GROUP BY question_id, given ORDER BY question_id, COUNT(*) DESC""", (pack,)).fetchall()
    out = []
    for q, n, fac, secs, sx, sxx, sy, syy, sxy in rows:
        vx, vy = n * sxx - sx * sx, n * syy - sy * sy
        r = (n * sxy - sx * sy) / math.sqrt(vx * vy) if vx > 0 and vy > 0 else None
        out.append((q, n, fac, r, secs))
    return out, wrong


def raw_pack_stats(con, pack):
    per_attempt = con.execute("SELECT COUNT(*), SUM(credit), AVG(credit) FROM answer WHERE pack_id = ? "
                              "GROUP BY attempt_id", (pack,)).fetchall()
    shares = sorted(s for _, _, s in per_attempt)
    items = con.execute("SELECT COUNT(*), AVG(credit * credit) - AVG(credit) * AVG(credit) "
                        "FROM answer WHERE pack_id = ? GROUP BY question_id", (pack,)).fetchall()
    totals = [t for _, t, _ in per_attempt]
    k = statistics.mode(n for n, _, _ in per_attempt)
    alpha = k / (k - 1) * (1 - sum(m * v for m, v in items) / len(totals) / statistics.pvariance(totals))
    return statistics.mean(shares), statistics.median(shares), statistics.stdev(shares), alpha


def raw_score_spread(con, pack):
    return con.execute("""SELECT MIN(CAST(s * 10 AS INTEGER), 9), COUNT(*) FROM
        (SELECT AVG(credit) AS s FROM answer WHERE pack_id = ? GROUP BY attempt_id) GROUP BY 1""",
                       (pack,)).fetchall()


def raw_per_question(con, player):
    return con.execute("""
        SELECT a.pack_id, a.question_id, COUNT(*), SUM(a.credit),
               SUM(CASE WHEN a.credit < 1 THEN 1 ELSE 0 END), MAX(CASE WHEN a.credit < 1 THEN a.id END)
        FROM answer a JOIN attempt t ON t.id = a.attempt_id JOIN player p ON p.id = t.player_id
        WHERE p.name = ? GROUP BY a.pack_id, a.question_id""", (player,)).fetchall()


# --- timing -------------------------------------------------------------------------------------------

def best_of(fn, repeat: int = 3) -> float:
    fn()  # warm the page cache and the statement caches
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run_pass(path: Path, info: dict, label: str) -> list[tuple]:
    engine = make_engine(path)
    con = sqlite3.connect(path)
    player, pack = info["player"], info["pack"]
    tags = {(f"pack{p:02d}", f"q{q:02d}"): [f"topic{q % 5}"] for p in range(PACKS) for q in range(QUESTIONS)}
    cases = [
        ("attempts()", lambda s: reports.attempts(session=s), lambda: raw_attempts(con)),
        ("attempts(player=)", lambda s: reports.attempts(session=s, player=player),
         lambda: raw_attempts(con, player)),
        ("players()", lambda s: reports.players(session=s), lambda: raw_players(con)),
        ("answers(player=)", lambda s: reports.answers(session=s, player=player),
         lambda: raw_answers(con, player)),
        ("item_analysis(pack)", lambda s: item_analysis(session=s, pack=pack),
         lambda: raw_item_analysis(con, pack)),
        ("pack_stats(pack)", lambda s: pack_stats(session=s, pack=pack),
         lambda: raw_pack_stats(con, pack)),
        ("score_spread(pack)", lambda s: score_spread(session=s, pack=pack),
         lambda: raw_score_spread(con, pack)),
        ("topics(player=)", lambda s: reports.topics(session=s, tags=tags, player=player),
         lambda: raw_per_question(con, player)),
        ("missed(player=)", lambda s: reports.missed(session=s, player=player),
         lambda: raw_per_question(con, player)),
        ("answers() all 1M (export)", lambda s: reports.answers(session=s), lambda: raw_answers(con)),
    ]
    results = []
    print(f"\n{label}")
    print(f"{'report':<28}{'ours (ms)':>11}{'raw (ms)':>10}{'ratio':>8}  verdict")
    with Session(engine) as session:
        for name, ours, raw in cases:
            t_ours = best_of(lambda: ours(session), repeat=1 if "1M" in name else 5)
            t_raw = best_of(raw, repeat=1 if "1M" in name else 5)
            ratio = t_ours / t_raw if t_raw > 0 else float("inf")
            if "1M" in name:
                ok = "(an export of every row; not a target)"
            elif t_ours >= 0.5:
                ok = "SLOW"
            elif ratio <= 2:
                ok = "ok"
            elif t_ours - t_raw < 0.003:
                ok = "ok: under 3 ms, the gap is the session's fixed cost per query"
            else:
                ok = "> 2x raw"
            print(f"{name:<28}{t_ours * 1000:>11.1f}{t_raw * 1000:>10.1f}{ratio:>8.2f}  {ok}",
                  flush=True)
            results.append((name, t_ours, t_raw, ratio))
    con.close()
    engine.dispose()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", type=int, default=1_000_000)
    ap.add_argument("--packs", type=int, default=PACKS, help="packs the answers spread over")
    ap.add_argument("--keep", type=Path, help="fill this file (and keep it) instead of a temporary one")
    args = ap.parse_args()
    globals()["PACKS"] = args.packs
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        if path.exists():
            path.unlink()
        t = time.perf_counter()
        info = fill(path, args.answers)
        print(f"filled {path}: {args.answers:,} answers, {info['attempts']:,} attempts, "
              f"{info['players']:,} players, {PACKS} packs of {QUESTIONS} questions "
              f"in {time.perf_counter() - t:.1f} s")
        run_pass(path, info, "schema as in quiz/models.py")


if __name__ == "__main__":
    main()
