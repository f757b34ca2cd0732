"""Reports over a small fixed class, checked against figures worked out by hand."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from sqlmodel import Session

from quiz import reports
from quiz.db import make_engine
from quiz.item_analysis import flag_for, item_analysis, pack_stats, packs, pearson, score_spread
from tests.quiz.classdata import FOUR, T0, add_attempt, fill_class

# The class: five players, one attempt each at the three questions of pack "mini".
#            q1 (choice)    q2 (short)     q3 (multi, partial credit)   total
#   Ann      1 Paris        1 "11"         1   "Red; Blue"              3
#   Ben      1 Paris        0 "12"         1   "Red; Blue"              2
#   Cat      1 Paris        1 "11"         0   "x"                      2
#   Dan      0 Lyon         1 "11"         0   "y"                      1
#   Eve      0 Lyon         0 "12 "        0.5 "half"                   0.5
CLASS = {**FOUR, "Eve": [("q1", "Lyon", 0.0), ("q2", "12 ", 0.0), ("q3", "half", 0.5)]}
Q1_SECONDS = {"Ann": 10, "Ben": 20, "Cat": 30, "Dan": 40, "Eve": 50}


@pytest.fixture
def session():
    engine = make_engine(":memory:")
    with Session(engine) as s:
        fill_class(s, CLASS, seconds={name: {"q1": t} for name, t in Q1_SECONDS.items()})
        yield s


def by_question(rows):
    return {r["question"]: r for r in rows}


def test_item_analysis_matches_hand_computation(session):
    rows = item_analysis(session=session, pack="mini", order=["q1", "q2", "q3"])
    assert [r["question"] for r in rows] == ["q1", "q2", "q3"]
    q = by_question(rows)

    # Facility = mean credit: q1 3/5, q2 3/5, q3 (1 + 1 + 0 + 0 + 0.5)/5 = 2.5/5.
    assert [q[k]["facility"] for k in ("q1", "q2", "q3")] == [0.6, 0.6, 0.5]
    assert all(r["answered"] == 5 for r in rows)

    # Discrimination of q1: x = credit on q1, y = mean credit on the other two questions.
    #   x = 1, 1, 1, 0, 0          mean 0.6,  dx = .4, .4, .4, -.6, -.6
    #   y = 1, .5, .5, .5, .25     mean 0.55, dy = .45, -.05, -.05, -.05, -.3
    #   Σdxdy = .18 - .02 - .02 + .03 + .18 = 0.35;  Σdx² = 1.2;  Σdy² = 0.3
    #   r = 0.35 / √(1.2 × 0.3) = 0.35 / 0.6 = 0.583333
    assert q["q1"]["discrimination"] == 0.5833
    # q2: x = 1, 0, 1, 1, 0;  y = 1, 1, .5, 0, .25 (mean .55)
    #   dx = .4, -.6, .4, .4, -.6;  dy = .45, .45, -.05, -.55, -.3
    #   Σdxdy = .18 - .27 - .02 - .22 + .18 = -0.15;  Σdx² = 1.2;  Σdy² = 0.8
    #   r = -0.15 / √0.96 = -0.153093  -> flagged
    assert q["q2"]["discrimination"] == -0.1531
    # q3: x = 1, 1, 0, 0, .5 (mean .5);  y = 1, .5, 1, .5, 0 (mean .6)
    #   dx = .5, .5, -.5, -.5, 0;  dy = .4, -.1, .4, -.1, -.6;  Σdxdy = .2 - .05 - .2 + .05 = 0
    assert q["q3"]["discrimination"] == 0.0

    assert q["q1"]["flag"] == ""
    assert q["q2"]["flag"] == "negative discrimination"
    assert q["q3"]["flag"] == ""  # exactly 0 is not negative

    # Wrong answers: q1 "Lyon" ×2 of 5; q2 "12" and "12 " are one answer, ×2 of 5;
    # q3 (credit below 1 counts as wrong) "half", "x", "y" once each: the tie goes to "half".
    assert (q["q1"]["top_wrong"], q["q1"]["top_wrong_share"]) == ("Lyon", 0.4)
    assert (q["q2"]["top_wrong"].strip(), q["q2"]["top_wrong_share"]) == ("12", 0.4)
    assert (q["q3"]["top_wrong"], q["q3"]["top_wrong_share"]) == ("half", 0.2)

    # Average time on q1: (10 + 20 + 30 + 40 + 50) / 5 = 30.
    assert q["q1"]["avg_seconds"] == 30.0
    assert q["q2"]["avg_seconds"] == 5.0


def test_pack_stats_match_hand_computation(session):
    s = pack_stats(session=session, pack="mini")
    # Scores (mean credit): Ann 1, Ben 2/3, Cat 2/3, Dan 1/3, Eve 1/6.
    # mean = (6 + 4 + 4 + 2 + 1)/6 / 5 = 17/30 = 0.566667; median = 2/3
    # sample sd: in 30ths the scores are 30, 20, 20, 10, 5 around 17: deviations 13, 3, 3, -7, -12,
    #   squares 169 + 9 + 9 + 49 + 144 = 380 → variance 380/900/4 = 0.105556, sd = 0.324893
    # alpha: k = 3; item variances p(1-p) = .24, .24 and for q3 (E[x²] = 2.25/5 = .45) - .25 = .2,
    #   Σ = .68; totals 3, 2, 2, 1, .5: mean 1.7, E[T²] = 18.25/5 = 3.65, variance 3.65 - 2.89 = .76
    #   alpha = 3/2 × (1 - .68/.76) = 1.5 × .08/.76 = 0.157895
    assert s == {"pack": "mini", "attempts": 5, "answers": 15, "mean": 0.5667, "median": 0.6667,
                 "sd": 0.3249, "alpha": 0.1579}


def test_single_answer_attempt_counts_for_facility_but_not_discrimination_or_alpha(session):
    # Fay answered q1 only (right) and left: facility of q1 becomes 4/6, the rest stays.
    add_attempt(session, "Fay", [("q1", "Paris", 1.0)], day=9, finished=False)
    session.commit()
    q = by_question(item_analysis(session=session, pack="mini"))
    assert q["q1"]["answered"] == 6
    assert q["q1"]["facility"] == 0.6667
    assert q["q1"]["discrimination"] == 0.5833  # Fay has no rest-of-test score
    s = pack_stats(session=session, pack="mini")
    # Scores 1, 2/3, 2/3, 1/3, 1/6 and Fay's 1: mean 23/36; median (2/3 + 2/3)/2;
    # in 36ths: 36, 24, 24, 12, 6, 36 around 23 → squares 169+1+1+121+289+169 = 750,
    # variance 750/1296/5 = 0.115741, sd 0.340207. Alpha keeps the usual k = 3 attempts only.
    assert (s["attempts"], s["mean"], s["median"], s["sd"], s["alpha"]) == (6, 0.6389, 0.6667, 0.3402, 0.1579)


def test_flags_for_too_hard_and_too_easy():
    assert flag_for(0.05, 0.3) == "too hard"
    assert flag_for(0.96, None) == "too easy"
    assert flag_for(0.95, 0.0) == ""
    assert flag_for(0.5, -0.01) == "negative discrimination"
    assert flag_for(0.99, -0.2) == "too easy; negative discrimination"


def test_pearson_helper_is_none_for_a_flat_side():
    assert pearson(3, 3, 3, 1.5, 0.75, 1.5) is None  # x always 1
    # x = 0, 1; y = 0, 1 → r = 1
    assert pearson(2, 1, 1, 1, 1, 1) == pytest.approx(1.0)


def test_attempts_players_and_answers(session):
    add_attempt(session, "Ann", [("q1", "Lyon", 0.0)], day=10, finished=False)
    session.commit()
    rows = reports.attempts(session=session)
    assert [r["player"] for r in rows] == ["Ann", "Ben", "Cat", "Dan", "Eve", "Ann"]
    assert [r["score"] for r in rows] == [3.0, 2.0, 2.0, 1.0, 0.5, 0.0]
    assert rows[-1]["finished"] is None and rows[-1]["answered"] == 1
    assert rows[0]["started"] == T0
    assert reports.attempts(session=session, player="Ann")[1]["score"] == 0.0
    assert reports.attempts(session=session, pack="other") == []

    ann = reports.players(session=session, player="Ann")
    # Ann: 3/3 then 0/3 → best 1, average 0.5, latest 0
    assert ann == [{"player": "Ann", "attempts": 2, "best": 1.0, "average": 0.5, "latest": 0.0,
                    "last_played": T0 + timedelta(days=10)}]
    assert [p["player"] for p in reports.players(session=session)] == ["Ann", "Ben", "Cat", "Dan", "Eve"]

    answers = reports.answers(session=session, player="Eve")
    assert [(a["question"], a["given"], a["credit"]) for a in answers] == [
        ("q1", "Lyon", 0.0), ("q2", "12 ", 0.0), ("q3", "half", 0.5)]
    assert set(reports.ANSWER_COLUMNS) <= set(answers[0])
    assert len(reports.answers(session=session)) == 16
    assert len(reports.answers(session=session, pack="mini", player="Ben")) == 3


def test_topics_and_missed(session):
    tags = {("mini", "q1"): ["geography"], ("mini", "q2"): ["sport"], ("mini", "q3"): ["art", "geography"]}
    rows = reports.topics(session=session, tags=tags)
    # sport: q2 3/5 = .6; art: q3 2.5/5 = .5; geography: q1 + q3 = (3 + 2.5)/10 = .55
    assert [(r["topic"], r["facility"]) for r in rows] == [("art", 0.5), ("geography", 0.55), ("sport", 0.6)]
    assert rows[1]["questions"] == 2 and rows[1]["answered"] == 10
    eve = reports.topics(session=session, tags=tags, player="Eve")
    assert [(r["topic"], r["facility"]) for r in eve] == [("sport", 0.0), ("geography", 0.25), ("art", 0.5)]

    missed = reports.missed(session=session, player="Eve")
    assert [(m["question"], m["missed"], m["last_given"]) for m in missed] == [
        ("q1", 1, "Lyon"), ("q2", 1, "12 "), ("q3", 1, "half")]
    assert reports.missed(session=session, player="Ann") == []
    everyone = reports.missed(session=session)
    assert [(m["question"], m["missed"], m["answered"]) for m in everyone] == [
        ("q3", 3, 5), ("q1", 2, 5), ("q2", 2, 5)]


def test_score_spread_and_packs(session):
    bins = score_spread(session=session, pack="mini")
    # Scores 1, 2/3, 2/3, 1/3, 1/6: bands 90–100% (1 goes in the top band), 60–70% ×2, 30–40%, 10–20%
    counts = {b["low"]: b["attempts"] for b in bins}
    assert counts[0.9] == 1 and counts[0.6] == 2 and counts[0.3] == 1 and counts[0.1] == 1
    assert sum(counts.values()) == 5
    assert [p["pack"] for p in packs(session=session)] == ["mini"]


def test_item_analysis_agrees_with_raw_answers(session):
    """Facility of each question is the plain mean of the stored credits, to the last digit."""
    raw: dict[str, list[float]] = {}
    for a in reports.answers(session=session):
        raw.setdefault(a["question"], []).append(a["credit"])
    for row in item_analysis(session=session, pack="mini"):
        credits = raw[row["question"]]
        assert row["facility"] == round(math.fsum(credits) / len(credits), 4)
        assert row["answered"] == len(credits)


def test_empty_database_reports_nothing():
    with Session(make_engine(":memory:")) as s:
        assert reports.attempts(session=s) == []
        assert item_analysis(session=s, pack="mini") == []
        assert pack_stats(session=s, pack="mini")["mean"] is None
        assert reports.players(session=s) == []


def test_reports_and_demo_stay_off_textual():
    """Layers point one way: the reports, the demo and their commands never load Textual."""
    import subprocess
    import sys

    code = ("import sys, quiz.reports, quiz.item_analysis, quiz.demo, quiz.cli_scores; "
            "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
