"""Provides true/false statements: a faithful sentence, or the same with one fact swapped.

The false version changes one amount or one year for one the article does not give in that slot,
so the statement is false by the article, not merely unsupported. Selection keeps true and false
statements balanced.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import Candidate, focus, clip_sentence, explain, mention_root, no_also
from questions.generate.distractors import (
    amount_distractors, date_distractors, date_type,
)
from questions.generate.central import (
    central_sentence, names_minor_person,
)
from questions.generate.filters import (
    NEGATIVES, named_anchor, opener, pointers, quoted_tokens, well_formed,
)
from questions.generate.numeric import BOUNDS, TIME_UNITS, parse_amount
from questions.generate.numbers import (LAST_PARAGRAPH, enumerates, in_brackets, is_label_number, other_amount,
                                       time_after, vote_share)

# A false statement changes one amount or one year, never a name. Judges failed 9 of 11 place swaps
# and both firm swaps as false on their face ("Tony Awards in Boston", "a short domestic flight to
# Paris", "India's Ford"): where a thing is, or whose it is, is general knowledge more often than the
# article's. Another person of the story is seldom in the same role ("Uhuru Kenyatta holds the
# marathon world record"), and a party's name for another is as plain ("Lib Dem" for "SNP").


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s in ana.sents:
        if well_formed(s) or opener(s) or pointers(s, skip=s.skip0):
            continue
        doc = s.doc
        quoted = quoted_tokens(doc)
        if len(quoted) > 4 or (quoted and min(quoted) <= s.lead + 1) or len(s.text.split()) > 36:
            continue
        if any(t.lower_ in ("should", "ought", "must") for t in doc):
            continue  # an opinion or a demand is neither true nor false
        if names_minor_person(ana, s) or not central_sentence(ana, s):
            continue
        if not named_anchor(s):
            continue
        statement = no_also(s.with_opener(clip_sentence(s.text)))
        key = f"tf:{s.index}"
        if any(t.lower_ in NEGATIVES or t.dep_ == "neg" for t in doc):
            continue  # "Pakistan was not told": "Afghanistan was not told" is not false by the article
        # False statements are made only by swapping a fact, never by inserting "not": a negated
        # statement would always be the false one, which gives the answer away.
        swaps = [x for x in _focused(s, _swaps(ana, s, rng)) if x[4] >= 0.6]  # not a detail of a side clause
        if s.index >= 2 and not _rich(s):
            continue  # "Ukraine closed its airspace to civilian flights": guessed True without reading
        if not swaps:
            continue
        out.append(Candidate(kind="truefalse", qtype="truefalse", prompt=f"True or false? {statement}",
                             answer="True", distractors=[], sent=s, key=key, quality=0.8,
                             explanation=explain(s, "True."), ana=ana, truth=True))
        (a, b, old, new, q) = swaps[0]
        if not named_anchor(s, skip={t.i for t in doc if a <= s.char(t.i) < b}):
            continue  # the swapped name is all that says what the statement is about
        text = s.text
        rel_a, rel_b = a - s.span.start, b - s.span.start
        false_text = no_also(clip_sentence(text[:rel_a] + new + text[rel_b:]))
        if rel_a == 0:
            false_text = s.apply_rewrites(false_text[0].upper() + false_text[1:])
        else:
            false_text = s.with_opener(false_text)
        note = f"False: the article says {old}, not {new}." if old else "False: the article says the opposite."
        out.append(Candidate(kind="truefalse", qtype="truefalse", prompt=f"True or false? {false_text}",
                             answer="False", distractors=[], sent=s, key=key, quality=q,
                             explanation=explain(s, note), ana=ana, truth=False))
    return out


def _swaps(ana: Analysis, s, rng) -> list[tuple[int, int, str, str, float]]:
    """Possible one-fact changes: (start, end, old text, new text, confidence), best first."""
    doc = s.doc
    found = []
    for m in s.mentions:
        if _background(doc, m):
            continue  # "…since the Bank was nationalised in 1946": a false year there tests a side fact
        a = parse_amount(m.text) if m.label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME") else None
        if a is not None and (a.unit or m.label == "CARDINAL") and not (m.label == "DATE" and not a.unit):
            nxt = doc[m.j] if m.j < len(doc) else None
            if m.label == "CARDINAL" and (nxt is None or nxt.pos_ != "NOUN"):
                continue  # "turned 28 earlier in the week": an age, not a count of things
            if m.label in ("DATE", "TIME") and a.unit not in TIME_UNITS:
                continue
            if not a.unit or a.low < 2 or (1900 <= a.low <= 2100 and not a.commas):
                continue  # a bare number ("Bin Laden, 54,", "turned 28"): an age or a label, a side detail
            if a.approx.strip().lower() in BOUNDS:
                continue  # "more than 10%": "more than 5%" is still true, "more than 20%" not settled
            if m.i > 0 and doc[m.i - 1].lower_ in ("the", "these", "those", "its", "their", "his", "her"):
                continue  # "the four experiments": a count the reader may know otherwise
            if not central_sentence(ana, s) or other_amount(s, m) or time_after(doc, m):
                continue  # "504 points, or 4.4%": the secondary figure is trivia; so is "10 minutes after lift-off, …"
            if s.index >= max(2, len(ana.sents) / 2) or s.paragraph >= LAST_PARAGRAPH:
                continue  # "remained army chief for nine years": a figure in the second half is a detail
            if any(t.tag_ in ("JJR", "RBR") or t.lower_ == "than" for t in doc):
                continue  # "six years, a heavier penalty than the four asked for": a change breaks the comparison
            if vote_share(doc, a):
                continue  # "the Socialists had about 38% of the vote": see numbers.vote_share
            if _same_unit_elsewhere(s, m, a):
                continue  # "by 51.9% to 48.1%": changing one breaks the sum, false on its face
            if is_label_number(doc, m) or in_brackets(doc, m):
                continue  # "Powerbook 100", "top 10", "($9.7bn)": names and conversions, not facts
            if a.words and enumerates(doc):
                continue  # "Three awards … to an institution, a playwright and an individual"
            if (m.j < len(doc) and doc[m.j].text == "-") or s.text[m.end - s.span.start:][:1].isalnum():
                continue
            wrong = amount_distractors(ana, a, rng, n=1)
            if wrong and a.approx.strip():
                b = parse_amount(wrong[0])
                if b is None or abs(b.low - a.low) < 0.25 * a.low:
                    wrong = []  # "about 40": a near figure is not clearly false
            if wrong:
                found.append((m.start, m.end, m.text, wrong[0], 0.85))
            continue
        if m.label == "DATE" and date_type(m.text):
            if date_type(m.text) != "year" or mention_root(doc, m).dep_ in ("nsubj", "nsubjpass", "appos"):
                continue  # a weekday, a month or a closing date is a side detail; a year as subject is a name
            if not central_sentence(ana, s) or s.index >= 2:
                continue  # past the lead a year is background: "1994" against "1995" tests trivia
            wrong = date_distractors(ana, m.text, rng, n=1)
            if re.search(r"\b(?:Olympic|Olympics|World Cup|Commonwealth Games)\b", s.text) and m.text.isdigit():
                # Games come every four years: "2006" for the 2008 Olympics is false on its face
                wrong = [y for y in (str(int(m.text) - 4), str(int(m.text) + 4)) if y not in ana.text][:1]
            elif m.text.isdigit() and int(m.text) % 5 == 0:
                # a round year is a target or an anniversary ("by 2050"): 2048 beside it is false on its face
                wrong = [y for y in (str(int(m.text) - 10), str(int(m.text) + 10)) if y not in ana.text][:1]
            if wrong:
                found.append((m.start, m.end, m.text, wrong[0], 0.85))
            continue
    found.sort(key=lambda x: -x[4])
    return found


def _rich(s) -> bool:
    """Whether a statement carries enough of the story to be worth judging: a number or a date, or
    two different names (a short statement about one actor is guessed from the headline)."""
    names = {m.entity.key for m in s.mentions if m.entity is not None}
    if s.resolved is not None:
        names.add(s.resolved.key)
    amounts = [m for m in s.mentions if m.label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or
               m.label in ("DATE", "TIME") and any(ch.isdigit() for ch in m.text)]  # not "the winter"
    return bool(amounts) or len(names) >= 2


def _focused(s, found):
    """The swaps with their confidence weighed by how much each is the sentence's own news."""
    out = []
    for a, b, old, new, q in found:
        m = next((m for m in s.mentions if m.start <= a < m.end or a <= m.start < b), None)
        out.append((a, b, old, new, q * (focus(s, m) if m is not None else 1.0)))
    out.sort(key=lambda x: -x[4])
    return out


def _background(doc, m) -> bool:
    """Whether a mention sits in a clause that gives background to the sentence's main fact: a
    relative clause, or a clause opened by "since", "after", "before", "when", "as", "until"."""
    t = doc[m.j - 1]
    seen = 0
    while t.head.i != t.i and seen < 40:
        if m.i <= t.head.i < m.j:
            t = t.head
            continue
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "when", "as",
                                                                      "until", "while", "once")
                                     for c in t.children):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "since":
            return True
        t = t.head
        seen += 1
    return False


def _same_unit_elsewhere(s, m, a) -> bool:
    """Another amount of the same unit in the sentence: the two may be tied (a sum, a range)."""
    if a.unit == "percent" and len(re.findall(r"\d(?:[\d.,]*\d)?\s?(?:%|per ?cent\b)", s.text)) >= 2:
        return True  # "by 54% to 46%": the parser may see only one of them
    if a.currency_symbol and len(re.findall(r"[$£€¥]\s?\d", s.text)) >= 2:
        return True
    for x in s.mentions:
        if x is m or x.label not in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
            continue
        b = parse_amount(x.text)
        if b is not None and (b.unit == a.unit or {a.unit, b.unit} <= {"dollar", "pound", "euro", "yen"}):
            return True
    return False


