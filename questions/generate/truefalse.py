"""Provides true/false statements: a faithful sentence, or the same with one fact swapped.

The false version swaps one amount, date, place, party, organisation or person for one of the
same fine type that the article does not give in that slot, so the statement is false by the
article, not merely unsupported. Selection keeps true and false statements balanced.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import Candidate, answer_text, blank_span, clip_sentence, explain, is_conjunct
from questions.generate.distractors import (
    Slot, amount_distractors, date_distractors, date_type, entity_distractors,
)
from questions.generate.filters import leaks, opener, pointers, quoted_tokens, well_formed
from questions.generate.numeric import parse_amount
from questions.generate.numbers import enumerates, in_brackets, is_label_number

SWAP_TYPES = {"country", "city", "nation", "party", "company", "intl-org", "nationality", "person"}
GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


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
        statement = _no_also(s.with_opener(clip_sentence(s.text)))
        key = f"tf:{s.index}"
        swaps = _swaps(ana, s, rng)
        neg = _negated(s)
        if neg is not None:
            swaps.append(neg)
        if not swaps:
            continue
        out.append(Candidate(kind="truefalse", qtype="truefalse", prompt=f"True or false? {statement}",
                             answer="True", distractors=[], sent=s, key=key, quality=0.8,
                             explanation=explain(s, "True."), ana=ana, truth=True))
        (a, b, old, new, q) = swaps[0]
        text = s.text
        rel_a, rel_b = a - s.span.start, b - s.span.start
        false_text = _no_also(clip_sentence(text[:rel_a] + new + text[rel_b:]))
        if rel_a == 0:
            false_text = false_text[0].upper() + false_text[1:]
        else:
            false_text = s.with_opener(false_text)
        note = f"False: the article says {old}, not {new}." if old else "False: the article says the opposite."
        out.append(Candidate(kind="truefalse", qtype="truefalse", prompt=f"True or false? {false_text}",
                             answer="False", distractors=[], sent=s, key=key, quality=q,
                             explanation=explain(s, note), ana=ana, truth=False))
    return out


def _no_also(text: str) -> str:
    """A statement without "also", which points back to something the quiz does not show."""
    return re.sub(r"\s+also\b", "", text)


def _swaps(ana: Analysis, s, rng) -> list[tuple[int, int, str, str, float]]:
    """Possible one-fact changes: (start, end, old text, new text, confidence), best first."""
    doc = s.doc
    found = []
    for m in s.mentions:
        a = parse_amount(m.text) if m.label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME") else None
        if a is not None and (a.unit or m.label == "CARDINAL") and not (m.label == "DATE" and not a.unit):
            if m.label == "CARDINAL" and (a.low < 2 or 1900 <= a.low <= 2100):
                continue
            if is_label_number(doc, m) or in_brackets(doc, m):
                continue  # "Powerbook 100", "top 10", "($9.7bn)": names and conversions, not facts
            if a.words and enumerates(doc):
                continue  # "Three awards … to an institution, a playwright and an individual"
            if (m.j < len(doc) and doc[m.j].text == "-") or s.text[m.end - s.span.start:][:1].isalnum():
                continue
            wrong = amount_distractors(ana, a, rng, n=1)
            if wrong:
                found.append((m.start, m.end, m.text, wrong[0], 0.85))
            continue
        if m.label == "DATE" and date_type(m.text):
            wrong = date_distractors(ana, m.text, rng, n=1)
            if wrong:
                found.append((m.start, m.end, m.text, wrong[0], 0.85))
            continue
        e = m.entity
        if e is None or e.ftype not in SWAP_TYPES:
            continue
        if sum(1 for x in s.mentions if x.entity is e) > 1 or m.by_first_name or is_conjunct(s, m):
            continue
        if e.ftype == "person" and not e.surely_person:
            continue
        if e.ftype == "nationality" and m.j < len(doc) and doc[m.j].pos_ == "PROPN":
            continue  # "the British Library" is a name, not a nationality
        if e.ftype == "person" and m.i > 0 and doc[m.i - 1].pos_ in ("PROPN", "NOUN") and not m.title:
            continue  # "Deputy Prime Minister X": another name after the title would be absurd
        if e.ftype == "person" and (m.j < len(doc) and doc[m.j].text == "," or
                                    any(c.dep_ == "appos" for c in doc[m.j - 1].children)):
            continue  # "Ed Balls, ex-chief adviser to …": another name there would be absurd, not false
        root = doc[m.j - 1]
        if root.dep_ in ("compound", "amod") and e.ftype != "nationality":
            continue
        i, j = blank_span(s, m)
        answer = answer_text(s, m, i)
        if not answer:
            continue
        rest = s.text[:s.char(i) - s.span.start] + " " + s.text[m.end - s.span.start:]
        if leaks(rest, e, answer):
            continue  # "China … cheap Chinese exports": the old name would still show through
        words = {t.lower_ for t in doc}
        slot = Slot(answer, e.ftype, s, e, m, gendered=bool(words & GENDERED) and e.ftype == "person")
        wrong = entity_distractors(ana, slot, rng, n=1)
        if wrong and s.resolved is not None and ana.find_form(wrong[0]) is s.resolved:
            continue
        if wrong and not leaks(s.with_opener(s.text), ana.find_form(wrong[0]), wrong[0]):
            start = s.char(i)
            new = wrong[0]
            found.append((start, m.end, answer if e.ftype == "person" else s.text[start - s.span.start:m.end - s.span.start],
                          new, 0.7 if e.ftype == "person" else 0.8))
    found.sort(key=lambda x: -x[4])
    return found


NEGATIVES = {"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "without", "fail",
             "failed", "fails", "unable", "refused", "denied"}
HEDGES = {"often", "usually", "always", "sometimes", "rarely", "largely", "mostly", "partly", "only",
          "just", "already", "also", "still", "even", "mainly", "generally", "partially", "almost", "nearly",
          "some", "many", "most", "few", "several", "may", "might", "could", "probably", "possibly",
          "likely", "unlikely", "expected", "thought", "believed", "reportedly", "apparently"}
SAY_ROOTS = {"say", "tell", "add", "report", "claim", "believe", "think", "warn", "insist"}


def _negated(s) -> tuple[int, int, str, str, float] | None:
    """The sentence's main verb negated ("will cover" -> "will not cover"), as a swap; None if unsafe."""
    doc = s.doc
    if doc[s.lead].lower_ in ("what", "who", "where", "when", "how", "why", "whatever") or \
            any(t.dep_ in ("csubj", "csubjpass") for t in doc):
        return None  # "What emerged was not complaints…": negating a cleft garbles it
    if any(t.lower_ in NEGATIVES or t.dep_ == "neg" for t in doc):
        return None
    if any(t.lower_ in HEDGES and not (t.lower_ == "also" and t.dep_ == "advmod") for t in doc):
        return None  # "has not often been" does not contradict "has often been"
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.lemma_.lower() in SAY_ROOTS or root.pos_ not in ("VERB", "AUX") or root.i <= s.lead:
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i and c.lower_ != "to"]
    base = s.span.start
    if auxes:
        a = auxes[0]
        if a.lower_ in ("can",):
            return (base + a.idx, base + a.idx + len(a), "", "cannot", 0.7)
        return (base + a.idx, base + a.idx + len(a), "", f"{a.text} not", 0.7)
    if root.lemma_ == "be":
        return (base + root.idx, base + root.idx + len(root), "", f"{root.text} not", 0.7)
    lemma = root.lemma_.lower()
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
    if do is None or not lemma.isalpha():
        return None
    return (base + root.idx, base + root.idx + len(root), "", f"{do} not {lemma}", 0.7)
