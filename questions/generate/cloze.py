"""Provides cloze questions: a central sentence with a name or date blanked, options of its type.

Every mention of the answer in the sentence would have to be blanked, so a sentence that names the
answer twice (or names it once and gives its surname, alias or nationality elsewhere) is not used.
A name used as a modifier ("US media giant") is not blanked: only its own form would fit there.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import (
    ANSWER_TYPES_CLOZE, BLANK, Candidate, answer_text, blank_out, blank_span, explain, is_conjunct,
)
from questions.generate.distractors import Slot, date_distractors, date_type, entity_distractors
from questions.generate.quotes import SPEECH
from questions.generate.filters import (
    giveaway_context, leaks, negated, opener, pointers, quoted_tokens, well_formed,
)

GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    """Cloze candidates for every usable mention of every usable sentence."""
    out: list[Candidate] = []
    for s in ana.sents:
        if well_formed(s) or opener(s):
            continue
        quoted = quoted_tokens(s.doc)
        if len(quoted) > 5:
            continue  # long quotations are for quote questions
        if negated(s.doc):
            continue  # "_____ had not been told": another option is not clearly wrong by the article
        for m in s.mentions:
            e = m.entity
            dtype = date_type(m.text) if m.label == "DATE" else None
            if e is None and dtype is None:
                continue
            if e is not None and e.ftype not in ANSWER_TYPES_CLOZE:
                continue
            if any(k in quoted for k in range(m.i, m.j)):
                continue
            root = s.doc[m.j - 1]
            if root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and \
                    (e is None or e.ftype != "nationality"):
                continue
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH:
                continue  # "…, Mr Thomas said": a quote question asks this better
            if m.by_first_name or is_conjunct(s, m):
                continue
            if e is not None and sum(1 for x in s.mentions if x.entity is e) > 1:
                continue
            nxt = s.doc[m.j] if m.j < len(s.doc) else None
            if nxt is not None and (nxt.text in ("'", "’") or (nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isupper()
                                                               and e is not None and e.ftype not in ("nationality",))):
                continue  # "Yukos' owner", "Lib Dem constitutional …": only the answer's own form fits
            if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and e is not None and \
                    e.ftype in ("party", "company", "org", "gov-body", "media", "intl-org", "club", "university"):
                continue  # "Lib Dem constitutional affairs chairman": a name used as a modifier
            if e is not None and e.ftype == "nationality" and nxt is not None and nxt.is_alpha and \
                    nxt.text[:1].isupper() and not any(x.i == nxt.i for x in s.mentions if x.entity is not None and x.entity.ftype == "person"):
                continue  # "the British Library": a name, not a nationality
            prv = s.doc[m.i - 1] if m.i > 0 else None
            if e is not None and e.ftype == "nationality" and prv is not None and nxt is not None and \
                    prv.text[:1].isupper() and nxt.text[:1].isupper() and prv.i > 0:
                continue  # inside a title: "The American Boy"
            if e is not None and e.ftype == "person" and not e.surely_person:
                continue
            if giveaway_context(s, m):
                continue
            i, j = blank_span(s, m)
            if i > 0 and s.doc[i - 1].lower_ in ("a", "an"):
                continue
            if pointers(s, skip=set(range(i, j)) | s.skip0) or s.resolved is e:
                continue
            answer = answer_text(s, m, i) if e is not None else m.text
            if not answer:
                continue
            stem = re.sub(r"\s+also\b", "", s.with_opener(blank_out(s, i, j)))
            if stem.count(BLANK) != 1 or leaks(stem.replace(BLANK, " "), e, answer):
                continue
            if dtype is not None:
                wrong = date_distractors(ana, m.text, rng)
            else:
                words = {t.lower_ for k, t in enumerate(s.doc) if k not in range(i, j) and k not in quoted}
                slot = Slot(answer, e.ftype, s, e, m, gendered=bool(words & GENDERED) and e.ftype == "person")
                wrong = entity_distractors(ana, slot, rng)
            if len(wrong) < 2:
                continue
            quality = 0.75 + (0.1 if len(wrong) >= 3 else 0) + (0.05 if e is not None and e.salience > 1 else 0)
            out.append(Candidate(
                kind="cloze", qtype="choice", prompt=f"Fill in the blank: {stem}", answer=answer,
                distractors=wrong, sent=s, key=e.key if e is not None else f"date:{m.text}",
                quality=quality, explanation=explain(s), ana=ana, entity=e,
            ))
    return out
