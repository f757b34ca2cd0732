"""Provides ranking and selection: the best questions, varied, one per sentence and per answer, none
naming the answer of another.

A candidate's score is its kind's confidence times the worth of its sentence: TF-IDF centrality
against the whole article, position (the first paragraphs carry the story), and the salience of
its answer. Selection is greedy with penalties, so that kinds and articles are mixed.
"""

from __future__ import annotations

import random
from collections import Counter

from questions.generate.base import Candidate
from questions.generate.central import LEAD
from questions.generate.filters import near_duplicate

MIN_SCORE = 0.5
"""Below this, blind judgements found nearly every question failing (a detail far down the story)."""

BLOCK_COST = 0.85
"""A candidate's score is cut by this for every other live candidate it would rule out."""

QUOTE_MIN_SCORE = 0.3
"""A quote far down the story is still worth asking: who said it does not fade with the paragraph
as a detail does (the blind judges of two sets of quoted stories passed 17 of the 20 quotes below
MIN_SCORE)."""

KIND_PRIOR = {"cloze": 1.0, "quote": 0.95, "wh": 1.0, "number": 1.0, "truefalse": 0.9}


def score(c: Candidate) -> float:
    """How much a candidate is worth asking, 0–1 (times its kind's confidence)."""
    s = c.sent
    position = 1.0 / (1.0 + 0.12 * s.paragraph)
    # An amount, a date or a statement has no name to weigh: counted as a well-named answer.
    salience = min(1.0, c.entity.salience / 4) if c.entity is not None else 0.75
    worth = 0.45 * s.centrality + 0.25 * position + 0.15 * salience + 0.15
    return c.quality * KIND_PRIOR.get(c.kind, 1.0) * worth


def select(cands: list[Candidate], count: int, rng: random.Random, n_articles: int = 1) -> list[Candidate]:
    """The `count` best candidates under the rules: one per sentence, one per answer, varied kinds,
    true/false balanced, no near-duplicates, articles shared fairly."""
    for c in cands:
        c.score = score(c)
    # Precision before count: a candidate this weak (a side sentence, a minor blank) is left out.
    pool = sorted((c for c in cands if c.score >= (QUOTE_MIN_SCORE if c.kind == "quote" else MIN_SCORE)), key=lambda c: (-c.score, c.kind, c.prompt))
    # Which candidates rule each other out (one names the other's answer): a question on the story's
    # main actor would otherwise shut out every other question that names it.
    clash: dict[int, set[int]] = {id(c): set() for c in pool}
    by_id = {id(c): c for c in pool}
    for x, a in enumerate(pool):
        for b in pool[x + 1:]:
            if id(a.ana) == id(b.ana) and a.sent is not b.sent and answers_each_other(a, b):
                clash[id(a)].add(id(b))
                clash[id(b)].add(id(a))
    chosen: list[Candidate] = []
    used_sents: set[tuple[int, int]] = set()
    per_key: Counter = Counter()
    per_kind: Counter = Counter()
    per_article: Counter = Counter()
    truths: Counter = Counter()
    # A false statement first: a true one copies the article's sentence, so it tests less (a student
    # who recognises the sentence knows the answer); after that, true and false alternate.
    want_true = False
    fair = max(1.0, count / max(1, n_articles))
    while len(chosen) < count:
        best, best_score = None, -1.0
        live = {id(c) for c in pool if not any(id(o) in clash[id(c)] for o in chosen)}
        for c in pool:
            art = id(c.ana)
            if (art, c.sent.index) in used_sents and c.kind != "match" or per_key[(art, c.key)] >= 1:
                continue  # one question per answer: two on one name make a quiz repeat itself
            if any(answers_each_other(c, o) or same_answer(c, o) for o in chosen if id(o.ana) == art):
                continue
            if c.kind == "truefalse":
                want = want_true if truths[True] == truths[False] else truths[True] < truths[False]
                if c.truth != want and _has_variant(pool, c, want):
                    continue
            adjusted = c.score * (0.8 ** per_kind[c.kind]) * (0.6 ** max(0, per_article[art] + 1 - fair))
            if c.sent.index >= LEAD:
                # counted by answer: shutting out five questions that all answer "Kim" costs one
                blocked = {by_id[k].key.removeprefix("quote:") for k in clash[id(c)] & live}
                adjusted *= BLOCK_COST ** len(blocked)  # (the lead's own fact is always worth it)
            if adjusted > best_score:
                best, best_score = c, adjusted
        if best is None:
            break
        pool.remove(best)
        if any(near_duplicate(best.prompt, c.prompt) for c in chosen):
            continue
        art = id(best.ana)
        chosen.append(best)
        if best.kind != "match":  # a match question rests on several sentences, none its own
            used_sents.add((art, best.sent.index))
        per_key[(art, best.key)] += 1
        per_kind[best.kind] += 1
        per_article[art] += 1
        if best.kind == "truefalse":
            truths[bool(best.truth)] += 1
    # Questions in the order of the article: the quiz follows the story.
    order = {id(c.ana): k for k, c in enumerate(cands)}
    chosen.sort(key=lambda c: (order.get(id(c.ana), 0), c.sent.span.start, c.kind))
    return chosen


def answers_each_other(a: Candidate, b: Candidate) -> bool:
    """Whether one question's stem names the other's answer (or its alias, surname, demonym)."""
    from questions.generate.filters import leaks

    if "match" in (a.kind, b.kind):
        return a.kind != b.kind and _shows_a_pair(*((a, b) if a.kind == "match" else (b, a)))
    for x, y in ((a, b), (b, a)):
        if x.kind == "truefalse" or not x.answer:
            continue
        stem = y.prompt.removeprefix("Fill in the blank:").removeprefix("True or false?")
        if leaks(stem, x.entity, x.answer):
            return True
    return False


def _shows_a_pair(match: Candidate, other: Candidate) -> bool:
    """Whether a match question and another give each other away: the other's stem shows one of the
    roles matched, beside the person's name ("Health Minister Marcel Colla said" shows what the match
    asks) or beside a blank for that person ("Health Minister _____ said" asks what the match shows)."""
    from questions.generate.analyse import norm
    from questions.generate.filters import leaks

    stem = norm(other.prompt)
    return any(norm(role) in stem and (other.entity is e or leaks(other.prompt, e, e.name))
               for e, (_, role) in zip(match.people, match.pairs))


def same_answer(a: Candidate, b: Candidate) -> bool:
    """Whether two questions have one answer under two names ("Tata" and "Tata Steel")."""
    from questions.generate.analyse import norm

    if a.kind == "truefalse" or b.kind == "truefalse" or not a.answer or not b.answer:
        return False
    x, y = norm(a.answer), norm(b.answer)
    if x == y:
        # the same name asked by a cloze and a wh-question is one question twice; who said a quote
        # is another fact about them
        return "quote" not in (a.kind, b.kind)
    return x.startswith(y + " ") or y.startswith(x + " ")


def _has_variant(pool: list[Candidate], c: Candidate, truth: bool) -> bool:
    return any(o.kind == "truefalse" and o.sent is c.sent and o.truth == truth for o in pool)
