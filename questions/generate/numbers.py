"""Provides number questions: amounts, counts and durations, with look-alike wrong numbers.

"How long did the talks last?" → "four to five hours", against "two to three hours" and so on; or
the sentence with its amount blanked ("profits jumped _____ to $1.13bn"). Wrong numbers keep the
answer's unit and style, and none equals an amount the article gives (so "26 weeks" is never
offered against "six months"). Vague amounts ("millions", "tens of thousands") are not asked.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import BLANK, Candidate, blank_out, explain, focus, no_also
from questions.generate.distractors import amount_distractors
from questions.generate.central import central_sentence, names_minor_person
from questions.generate.filters import named_anchor, opener, pointers, quoted_tokens, well_formed
from questions.generate.numeric import BOUNDS, TIME_UNITS, parse_amount
from questions.generate.scores import SCORE
from questions.generate.syntax import clean_subject, main_verb, subject, subject_span, to_question

LABELS = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME")
DURATION_VERBS = {"last", "take", "run", "spend", "wait", "serve", "stay"}


LAST_PARAGRAPH = 3
"""Amounts are asked from the first three paragraphs only. Across the blind verdicts of sets 9 to
94, amount questions passed 29 times in 36 from the lead paragraph, 28 in 52 from the second and
third, and 17 in 51 from the fourth on: past the top of the story a figure is nearly always
background ("worked for the company for 30 years", "launched with four channels")."""


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s in ana.sents:
        if well_formed(s) or opener(s):
            continue
        if s.paragraph >= LAST_PARAGRAPH:
            continue  # see LAST_PARAGRAPH
        doc = s.doc
        quoted = quoted_tokens(doc)
        if len(quoted) > 5:
            continue
        for m in s.mentions:
            if m.label not in LABELS or any(k in quoted for k in range(m.i, m.j)):
                continue
            a = parse_amount(m.text)
            if a is None or s.text[m.end - s.span.start:][:1].isalnum():
                continue
            if m.label in ("DATE", "TIME") and a.unit not in TIME_UNITS:
                continue
            if m.label == "CARDINAL":
                nxt = doc[m.j] if m.j < len(doc) else None
                counted = doc[m.j - 1].head
                if nxt is not None and nxt.pos_ == "ADJ" and doc[m.j - 1].dep_ == "nummod" and \
                        counted.pos_ == "NOUN" and counted.i == m.j + 1:
                    nxt = counted  # "12 European countries": the count is of countries
                if nxt is None or nxt.pos_ != "NOUN" or a.low < 2 or a.unit:
                    continue
                if a.low >= 1900 and a.low <= 2100 and not a.commas:
                    continue  # a year
            if m.label == "QUANTITY" and not a.unit:
                continue
            if not a.unit and m.label != "CARDINAL":
                continue
            if m.i > 0 and doc[m.i - 1].lower_ in ("a", "an", "the"):
                continue
            if m.i > 0 and doc[m.i - 1].lower_ == "all" and a.low <= 10:
                continue  # "all four artists": "all two" is not English
            if is_label_number(doc, m) and m.label == "CARDINAL":
                continue
            if a.approx.strip().lower() in BOUNDS:
                continue  # "more than 10%": "more than 11%" would not be clearly wrong
            if other_amount(s, m):
                continue  # "_____ voted to leave, against 16,141,241": the other figure gives a clue
            if a.words and a.low <= 12 and enumerates(doc):
                continue  # "won _____ Oscars, including A, B and C": the list counts them
            if _in_brackets(doc, m) or _same_unit_nearby(s, m, a):
                continue  # "$900m (£479m)": one gives the other away; "rose to $11.1bn from $10.9bn" too
            if m.j < len(doc) and doc[m.j].text in ("-",):
                continue  # "25-year-old", "60m-long": part of a word
            if pointers(s, skip=set(range(m.i, m.j)) | s.skip0):
                continue
            if counted_noun(doc, m) in PART_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in doc[m.j].children if m.j < len(doc)):
                continue  # "_____ copies had been sold": copies of what?
            if m.j < len(doc) and doc[m.j].lower_ in ("younger", "older", "earlier", "later") and a.unit == "year":
                continue  # "an opponent ten years younger": a difference worked out from two ages
            roots = [t for t in doc if t.dep_ == "ROOT"]
            if s.index > 0 and roots and roots[0].lemma_.lower() == "have" and \
                    not any(c.dep_ in ("aux", "auxpass") for c in roots[0].children):
                continue  # "The plant has four reactors": a description of the setting, not the news
            if not central_sentence(ana, s) or not named_anchor(s, skip=set(range(m.i, m.j)), days=False) or \
                    names_minor_person(ana, s):
                continue  # a wind speed in the tenth paragraph; "observations begin _____ after launch"
            if focus(s, m) < 0.75 or time_after(doc, m):
                continue  # an amount in a clause that sets the scene; "About 10 minutes after lift-off, …"
            if vote_share(doc, a):
                continue  # see vote_share
            wrong = amount_distractors(ana, a, rng, majority=_winning_share(doc, a))
            if len(wrong) < 3 or stands_apart(a, wrong):
                continue
            after = doc[m.j - 1].head if m.label == "CARDINAL" and doc[m.j - 1].head.i >= m.j else \
                (doc[m.j] if m.j < len(doc) else None)
            counted = a.unit or (after.lemma_.lower() if after is not None else "")
            if counted in ("country", "nation") and any((parse_amount(w) or a).low > 195 for w in wrong):
                continue  # "335 countries": more than there are, impossible on its face
            if counted in ("goal", "point", "run", "try", "wicket") and SCORE.search(s.text):
                continue  # "scoring _____ goals in extra time to win 4-1": the score counts them
            prompt = _how_question(s, m, a)
            kind_quality = 0.85
            if prompt is None:
                stem = no_also(s.with_opener(blank_out(s, m.i, m.j)))
                # "a deal worth _____ (£26bn)": the conversion would let a student work the key out
                stem = re.sub(re.escape(BLANK) + r" \([^()]*\d[^()]*\)", BLANK, stem)
                if stem.count(BLANK) != 1:
                    continue
                prompt = f"Fill in the blank: {stem}"
                kind_quality = 0.8
            answer = m.text
            if a.words and m.i == 0:
                answer = answer[0].lower() + answer[1:]
            out.append(Candidate(
                kind="number", qtype="choice", prompt=prompt, answer=answer, distractors=wrong, sent=s,
                key=f"amount:{m.text}", quality=(kind_quality + (0.05 if len(wrong) >= 3 else 0)) * focus(s, m),
                explanation=explain(s), ana=ana, value=a.value,
            ))
    return out


PART_NOUNS = {"copies", "units", "shares", "tickets", "doses"}
"""Counted things that are of something else: without "of …" the stem does not say of what."""


def counted_noun(doc, m) -> str:
    """The noun an amount counts ("8.3 million copies" -> "copies"), or ""."""
    return doc[m.j].lower_ if m.j < len(doc) and doc[m.j].pos_ == "NOUN" else ""


LABEL_WORDS = {"series", "model", "version", "number", "no", "top", "mark", "type", "class", "phase",
               "level", "grade", "page", "chapter", "section", "article", "flight", "route", "channel",
               "formula", "windows", "ios", "android", "iphone", "playstation", "xbox", "generation"}


def is_label_number(doc, m) -> bool:
    """A number that is part of a name or label: "Powerbook 100", "series 3", "top 10", "Formula 1"."""
    prev = doc[m.i - 1] if m.i > 0 else None
    return prev is not None and (prev.pos_ == "PROPN" or prev.lower_ in LABEL_WORDS or
                                 (prev.text[:1].isupper() and prev.i > 0))


def enumerates(doc) -> bool:
    """Whether a sentence lists things ("an institution, a playwright and an individual")."""
    commas = sum(1 for t in doc if t.text == ",")
    return commas >= 1 and any(t.dep_ == "conj" for t in doc) and any(t.lower_ in ("and", "or") for t in doc)


def in_brackets(doc, m) -> bool:
    return _in_brackets(doc, m)


def _in_brackets(doc, m) -> bool:
    before = doc[:m.i].text
    if before.count("(") > before.count(")"):
        return True
    return m.j + 1 < len(doc) and doc[m.j].text == "(" and doc[m.j + 1].ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")


def other_amount(s, m) -> bool:
    """Another count, sum or share in the sentence besides the answer (years and dates aside):
    a student can reason from it ("against 16,141,241", "55 countries … _____ of emissions")."""
    for x in s.mentions:
        if x is m or x.label not in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
            continue
        if x.label == "CARDINAL" and re.fullmatch(r"(?:19|20)\d\d", x.text.strip()):
            continue
        return True
    return False


def _same_unit_nearby(s, m, a) -> bool:
    """Another amount of the same unit in the sentence (a range or a change one could work out)."""
    if a.unit not in ("percent", "dollar", "pound", "euro", "yen", "pence"):
        return False
    money = 0
    for x in s.mentions:
        if x is m or x.label not in LABELS:
            continue
        b = parse_amount(x.text)
        if b is not None and (b.unit == a.unit or {a.unit, b.unit} <= {"dollar", "pound", "euro", "yen"}):
            return True
        if b is not None and b.unit in ("percent", "dollar", "pound", "euro", "yen", "pence"):
            money += 1
    return money >= 2  # "rose _____ to $11.1bn from $10.9bn": the percentage can be worked out


def _how_question(s, m, a) -> str | None:
    """ "How long did the talks last?" when the amount is a duration on a verb of lasting."""
    doc = s.doc
    root = main_verb(doc)
    if root is None or a.unit not in TIME_UNITS or root.lemma_.lower() not in DURATION_VERBS:
        return None
    head = doc[m.j - 1]
    while head.head.i != head.i and head.head.i != root.i and not (m.i <= head.head.i < m.j) and \
            head.head.dep_ not in ("prep",):
        head = head.head
    drop = {t.i for t in head.subtree} if head.head.i == root.i else set()
    if head.head.dep_ == "prep" and head.head.head.i == root.i and head.head.lower_ == "for":
        drop = {t.i for t in head.head.subtree}
    if not drop or not set(range(m.i, m.j)) <= drop or len(drop) > (m.j - m.i) + 3:
        return None
    subj = subject(root)
    if subj is None:
        return None
    span = subject_span(subj)
    if not clean_subject(doc, *span):
        return None
    q = to_question(doc, root, "How long", drop, span)
    if q is None:
        return None
    # Keep the question to its clause: drop a trailing reporting tag ("…, the agency reported").
    return s.apply_rewrites(q)


def time_after(doc, m) -> bool:
    """Whether an amount of time opens the sentence as "… after/before something", setting the scene
    for the news that follows ("About 10 minutes after lift-off, Yang was reported to be in orbit"),
    or counts from something the sentence before said ("died in hospital five days later")."""
    if m.text.split()[-1].lower() in ("later", "earlier") or m.j < len(doc) and doc[m.j].lower_ in ("later", "earlier"):
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subj is None or m.i >= subj.left_edge.i:
        return False
    return any(t.lower_ in ("after", "before", "later", "earlier", "into") for t in doc[m.j:subj.left_edge.i])


WIN_WORDS = {"win", "won", "winning", "victory", "landslide", "majority", "elect", "elected", "beat", "defeat"}


def _winning_share(doc, a) -> bool:
    """Whether a percentage over 50 is a winner's share ("won the run-off with about 61%"): its wrong
    options then stay over 50, since a win with 41% is ruled out by the story itself."""
    return a.unit == "percent" and a.low > 50 and any(t.lemma_.lower() in WIN_WORDS or t.lower_ in WIN_WORDS
                                                      for t in doc)


VOTE_LEMMAS = {"vote", "voter", "ballot", "poll", "election", "referendum", "run-off", "runoff", "turnout",
               "party", "seat", "constituency", "electorate"}
PLACED = re.compile(r"\b(?:came|finished|trailed|was|were)\b[^.;]*\b(?:second|third|fourth|fifth|last)\b")


def vote_share(doc, a) -> bool:
    """Whether a percentage is a share of a vote or a party's result ("won _____ of the vote", "came
    second with _____"). Across the blind verdicts of sets 9 to 98 such questions passed once in nine:
    the stem rarely names the election ("Sunday's vote", "trailed in third place"), and the order of
    the results rules options out on its face (a winner under a loser's share)."""
    if a.unit != "percent":
        return False
    return any(t.lemma_.lower() in VOTE_LEMMAS or t.lower_ in VOTE_LEMMAS for t in doc) or \
        bool(PLACED.search(doc.text)) or any(t.lemma_.lower() == "win" and t.dep_ == "ROOT" for t in doc)


def stands_apart(a, wrong: list[str]) -> bool:
    """Whether the key stands apart from the wrong amounts: the lone outlier by size (80,000 /
    90,000 / 100,000 against 200,000), or written differently (a unit in the singular, other decimals)."""
    import math

    vals = []
    for w in wrong:
        b = parse_amount(w)
        if b is None or b.low <= 0:
            return True
        vals.append(b.low)
        if b.decimals != a.decimals or b.words != a.words:
            return True
    if a.low <= 0:
        return True
    pts = sorted(vals + [a.low])
    logs = [math.log(v) for v in pts]
    gaps = [y - x for x, y in zip(logs, logs[1:])]
    k = pts.index(a.low)
    if k in (0, len(pts) - 1):
        own = gaps[0] if k == 0 else gaps[-1]
        others = gaps[1:] if k == 0 else gaps[:-1]
        if others and own > 1.8 * max(others) and own > 0.15:
            return True
    tails = {w.split()[-1] for w in wrong if " " in w}
    key_tail = str(a.tail).strip().split()[-1:] if a.tail else []
    return bool(key_tail) and len(tails) == 1 and key_tail[0] not in tails
