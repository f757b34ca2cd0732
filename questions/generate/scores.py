"""Provides score questions: the result of a match, blanked, against look-alike results.

"England beat Germany _____ in extra time" → "2-1", against "3-1", "2-0" and "3-2". A sports story
turns on its scores, and spaCy does not treat "2-1" as an amount, so the number kind never asks
them. Wrong results keep the shape of the right one: the winner's score stays the higher (a draw
stays a draw), so the sentence is never contradicted on its face, and none is a result the article
gives elsewhere. A sentence with several results ("won 6-4, 7-5, 6-4") is not asked: one would give
the other away, and which set is which is trivia.
"""

from __future__ import annotations

import itertools
import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import BLANK, Candidate, blank_out, explain, focus, no_also
from questions.generate.central import central_sentence, names_minor_person
from questions.generate.filters import named_anchor, negated, opener, pointers, quoted_tokens, well_formed

SCORE = re.compile(r"(?<![\w.,-])(\d{1,3})-(\d{1,3})(?![\w-]|\.\d)")
MONTHS = re.compile(r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
# Verbs and nouns of a final result; "led 2-0 at half-time" and "made it 2-1" are moments of a match.
RESULT_WORDS = {"beat", "win", "lose", "draw", "end", "finish", "thrash", "defeat", "crush", "victory", "triumph",
                "hammer", "rout", "overcome", "edge", "result"}


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    results = [(m.group(1), m.group(2)) for s in ana.sents for m in SCORE.finditer(s.text)]
    for s in ana.sents:
        if well_formed(s) or opener(s) or negated(s.doc):
            continue
        found = [m for m in SCORE.finditer(s.text) if not MONTHS.match(s.text[m.end():])]
        if len(found) != 1 or len(list(SCORE.finditer(s.text))) != 1:
            continue
        hit = found[0]
        if re.search(r"\bodds\b|\bprice\b", s.text[max(0, hit.start() - 25):hit.start()], re.I) or \
                re.match(r"\s*(?:shot|outsider|favourite|on)\b", s.text[hit.end():]):
            continue  # "won at odds of 100-1": a bookmaker's price, not a result
        a, b = int(hit.group(1)), int(hit.group(2))
        if a < b or a > 200 or b > 200:
            continue  # "lost 2-3" is written loser-first elsewhere; "1-2" here may be a range
        toks = [t for t in s.doc if hit.start() <= t.idx < hit.end()]
        if not toks:
            continue
        i, j = toks[0].i, toks[-1].i + 1
        if any(k in quoted_tokens(s.doc) for k in range(i, j)):
            continue
        if not _result(toks[0]):
            continue  # not a final result: "the 9-5 job", "made it 2-0 before half-time"
        skip = set(range(i, j)) | s.skip0
        if pointers(s, skip=skip) or not central_sentence(ana, s) or not named_anchor(s, skip=set(range(i, j)), days=False) or \
                names_minor_person(ana, s):
            continue
        if re.search(r"\b(?:two|three|four|five|\d+) goals\b|\btwice\b|\bhat-?trick\b|\bbrace\b", s.text, re.I):
            continue  # "Two goals from Ronaldo gave Brazil a _____ victory": the stem counts the goals
        shootout = bool(re.search(r"\bpenalties\b|\bshoot-?out\b", s.text, re.I))
        scored = bool(re.search(r"\bscor(?:ed|es|ing)\b|\bgoals?\b", s.text, re.I))
        wrong = score_distractors(a, b, {(int(x), int(y)) for x, y in results}, rng, shootout=shootout,
                                  scored=scored)
        if len(wrong) < 3:
            continue
        stem = no_also(s.with_opener(blank_out(s, i, j)))
        if stem.count(BLANK) != 1:
            continue
        answer = f"{a}-{b}"
        m = next((x for x in s.mentions if x.i <= i < x.j), None)
        out.append(Candidate(
            kind="number", qtype="choice", prompt=f"Fill in the blank: {stem}", answer=answer, distractors=wrong,
            sent=s, key=f"score:{answer}", quality=0.85 * (focus(s, m) if m is not None else 1.0),
            explanation=explain(s), ana=ana,
        ))
    return out


def _result(tok) -> bool:
    """Whether a score token hangs from a verb or noun of a final result ("beat Germany 2-1", "a 7-1
    victory", "ended 3-3"), not an earlier meeting told in passing ("who had lost 2-0 in March")."""
    t, hops = tok, 0
    while hops < 6:
        if t.lemma_.lower() in RESULT_WORDS:
            # "…, who had lost 2-0 to Riverside in March": an earlier meeting, background
            return not (t.pos_ == "VERB" and (t.dep_ == "relcl" or
                                              any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)))
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.i != tok.i):
            return False  # the nearest verb above the score is not a result ("to make it 2-0")
        t = t.head
        hops += 1
    return False


def score_distractors(a: int, b: int, avoid: set[tuple[int, int]], rng: random.Random, n: int = 3,
                      shootout: bool = False, scored: bool = False) -> list[str]:
    """Wrong results of the same shape as `a`-`b`: a win stays a win by the same side, a draw a draw;
    steps of one goal for small scores, of a few points for rugby-sized ones. A penalty shoot-out
    past five kicks each ends in sudden death, one apart (8-7 among 6-5, 7-6 and 9-8, never 9-7).
    When the sentence tells of a goal (`scored`), no option is goalless."""
    step = 1 if a <= 12 else 3 if a <= 40 else 5
    cands: list[tuple[int, int]] = []
    if shootout and a > 5 and a == b + 1:
        cands = [(x + 1, x) for x in range(5, a + 4)]
    elif shootout and a <= 5:
        cands = [(x, y) for x in range(2, 6) for y in range(0, x) if x - y <= 3]
    elif a == b:
        cands = [(a + d * step, b + d * step) for d in (-2, -1, 1, 2, 3)]
    else:
        for da in (-2, -1, 0, 1, 2):
            for db in (-2, -1, 0, 1, 2):
                if (da, db) != (0, 0):
                    cands.append((a + da * step, b + db * step))
    good = [(x, y) for x, y in cands
            if x >= 0 and y >= 0 and (x > y if a > b else x == y) and (x, y) not in avoid and (x, y) != (a, b)
            and not (scored and x + y == 0)]
    # Nearest first, the order among equals drawn at random, so the key's place tells nothing. Options
    # that keep one side's score come last: 21-15, 24-18 and 24-12 around 24-15 all meet at the key.
    rng.shuffle(good)
    good.sort(key=lambda xy: (not shootout and (xy[0] == a or xy[1] == b), abs(xy[0] - a) + abs(xy[1] - b)))
    if shootout or a == b:
        return [f"{x}-{y}" for x, y in good[:n]]
    # Nor may the key sit in the middle of both sides' scores (109-105, 119-115 around 114-110): a
    # test-wise student picks the midpoint. The first nearby set where it is highest or lowest on one
    # side is taken.
    pool = good[:8]
    for combo in itertools.combinations(pool, n):
        firsts, seconds = [x for x, _ in combo], [y for _, y in combo]
        if len(set(firsts)) == 1 or len(set(seconds)) == 1:
            continue  # 130-109, 130-99, 130-94 against 125-104: the odd one out is the key
        if a > max(firsts) or a < min(firsts) or b > max(seconds) or b < min(seconds):
            return [f"{x}-{y}" for x, y in combo]
    return [f"{x}-{y}" for x, y in good[:n]]
