"""Provides quote attribution: "Who said: “…”?" for quotes with a clear speaker.

The speaker is the subject of a verb of saying (said, told, added, warned…) outside the quote. It is
resolved to the person's full name: "Mr Putin" through the article's people, "the North Korean
leader" through the descriptions the article gives ("North Korean leader Kim Jong Un"), and "he"
only when the sentence before had a single speaker of that gender. Anything less clear is dropped.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis, Entity, Sent, norm
from questions.generate.base import Candidate, explain, surely_named_person, typed_person
from questions.generate.distractors import Slot, choice_distractors
from questions.generate.filters import leaks, quoted_tokens

MIN_QUOTE_WORDS = 3
"""A quote as short as "Pluto is dead" is a famous line of the story; two words are a fragment."""

SPEECH = {"say", "tell", "add", "warn", "insist", "explain", "stress", "claim", "argue", "announce",
          "admit", "declare", "write", "comment", "note", "acknowledge", "suggest", "urge", "predict",
          "state", "reply", "answer", "continue", "conclude", "recall", "agree", "confirm", "describe",
          "maintain", "tweet", "caution", "complain", "remark", "observe", "vow"}
_BAD_START = {"it", "this", "that", "these", "those", "he", "she", "they", "him", "her", "them", "his",
              "its", "their", "but", "and", "so", "or", "which", "who"}


def _dangling(quote: str) -> bool:
    """A quote that speaks of "he"/"she"/"they" before naming anyone, or of "this deal"."""
    from questions.generate.filters import TIME_NOUNS

    if re.search(r"\b(?:it|that|this)\W*$", quote, re.I):
        return True  # "Now I have to wonder who else has it": what?
    for m in re.finditer(r"\b(?:this|these|those)\s+([A-Za-z]+)", quote, re.I):
        if m.group(1).lower() not in TIME_NOUNS:
            return True  # "secured through this deal": which deal?
    for w in re.findall(r"[A-Za-z'’]+", quote):
        low = re.split(r"['’]", w.lower())[0]
        if low in ("he", "him", "his", "she", "her"):
            return True
        if low in ("they", "them"):
            return True  # "make sure they come back": who? ("Our fishermen … their catch" is fine)
        if w[0].isupper() and w.lower() not in ("i", "i'm", "i've", "i'd", "i'll") and w != quote.split()[0]:
            return False
    return False


_GOES_ON = {"and", "but", "because", "so", "or", "as", "although", "though", "while", "if", "when", "which", "who",
            "since", "until", "unless", "adding", "not"}


def _cut_short(quote: str, rest: str) -> bool:
    """Whether a quote is the first half of a sentence the attribution cuts in two, and no whole
    thought: "“What convinced us,” she said, “was hearing…”", where "“Every year of delay costs more,”
    he said, “because…”" is one."""
    return quote.endswith(",") and rest[:1].islower() and rest.split()[0].strip(",").lower() not in _GOES_ON


def _leans_back(s: Sent, quote: str) -> bool:
    """Whether a quote leans on what came before it: "We will review it again in the new year"
    (review what?), "A small guesthouse charging thirty dollars a night cannot." (cannot what?)."""
    start = s.text.find(quote)
    if start < 0:
        return False
    toks = [t for t in s.doc if start <= t.idx < start + len(quote)]
    words = [t for t in toks if not t.is_punct and t.lower_ not in ("not", "n't")]
    if words and (words[-1].tag_ == "MD" or words[-1].lemma_ == "do" and words[-1].pos_ == "AUX"):
        return True  # it stops on "cannot", "will", "did": the verb is in an earlier sentence
    for t in toks:
        if t.pos_ in ("NOUN", "PROPN"):
            return False  # "The price is high, and we cannot pay it": it is the price
        if t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj", "dative"):
            return True
    return False


def quote_segments(text: str) -> list[str]:
    """The quotations of a sentence. A quote left open where the next one opens (the news style
    '"First sentence. "Second sentence."') ends there; one left open at the end runs to the end."""
    marks = []
    for m in re.finditer(r'[“”"]', text):
        ch, k = m.group(), m.start()
        before = text[k - 1] if k > 0 else " "
        if ch == "“":
            kind = "open"
        elif ch == "”":
            kind = "close"
        elif before.isspace() or before in "(:—–-" or k == 0:
            kind = "open"
        else:
            kind = "close"
        marks.append((k, kind))
    segs: list[str] = []
    start = None
    for k, kind in marks:
        if kind == "open":
            if start is not None:
                segs.append(text[start:k])
            start = k + 1
        elif start is not None:
            segs.append(text[start:k])
            start = None
    if start is not None:
        segs.append(text[start:])
    return [seg.strip() for seg in segs if seg.strip()]


def speaker_of(ana: Analysis, s: Sent) -> tuple[Entity | None, str]:
    """The person who speaks in a sentence and how the sentence names them ("" if by name)."""
    doc = s.doc
    quoted = quoted_tokens(doc)
    for t in doc:
        if t.i in quoted or t.lemma_.lower() not in SPEECH or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted), None)
        if subj is None:
            # "Mr Putin was quoted … as saying": the subject of the main verb
            continue
        # A person's name in the subject ("Theresa May", "the Shadow Secretary …, Theresa May,")
        sub = {x.i for x in subj.subtree}
        named = [m for m in s.mentions if m.entity is not None and m.i in sub]
        people = {m.entity for m in named if m.entity.ftype == "person"}
        head_m = next((m for m in named if m.i <= subj.i < m.j), None)
        if head_m is not None and head_m.entity.ftype != "person":
            return None, ""
        if len(people) == 1 and (head_m is not None or all(
                x.dep_ in ("appos", "compound", "det", "amod", "punct", "prep", "pobj", "poss", "case", "cc",
                           "conj", "nmod") or x.i == subj.i or x.ent_type_ for x in subj.subtree)):
            e = next(iter(people))
            m = next(m for m in named if m.entity is e)
            how = "" if norm(m.text) == norm(e.name) else f"{m.title + ' ' if m.title else ''}{m.text}"
            return e, how
        if subj.lower_ in ("he", "she"):
            gender = "m" if subj.lower_ == "he" else "f"
            prev = _previous_speaker(ana, s, gender)
            if prev is None and s.index > 0 and not ana.sents[s.index - 1].speaker:
                from questions.generate.analyse import person_before

                prev = person_before(ana, s, gender)  # "Dr Brown welcomed the decision. "…," he said."
            return (prev, subj.text) if prev is not None else (None, "")
        if subj.pos_ == "NOUN":
            words = [w.lower_ for w in subj.subtree if w.dep_ != "det" and w.pos_ in ("NOUN", "ADJ", "PROPN")
                     and w.i <= subj.i]
            desc = " ".join(words)
            e = ana.describe.get(desc)
            if e is not None:
                det = " ".join(w.text for w in subj.subtree if w.i <= subj.i)
                return e, det
        return None, ""
    return None, ""


def _previous_speaker(ana: Analysis, s: Sent, gender: str) -> Entity | None:
    """The speaker of the sentence just before, if there was exactly one and of that gender."""
    if s.index == 0:
        return None
    prev = ana.sents[s.index - 1]
    if prev.paragraph < s.paragraph - 1:
        return None
    people = {m.entity for m in prev.mentions if m.entity is not None and m.entity.ftype in ("person", "partial")}
    same = [p for p in people if p.gender in (gender, None)]
    spk = prev.speaker
    if spk is not None and spk.gender == gender and len(same) <= 1:
        return spk
    if spk is not None and spk.gender is None and spk.ftype == "person" and same == [spk] and \
            not any(p.gender is None for p in people if p is not spk):
        return spk  # "Aston Moore told the Times … Hansen …" then "…," he said: the one who can be "he"
    return None


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    """Quote-attribution candidates."""
    out: list[Candidate] = []
    speakers: dict[int, tuple[Entity, str]] = {}
    for s in ana.sents:
        e, how = speaker_of(ana, s)
        s.speaker = e
        if e is not None:
            e.spoke = True
            speakers[s.index] = (e, how)
    # A sentence that is all quotation, right after a speaker's, goes on with the same speaker.
    for s in ana.sents[1:]:
        if s.index in speakers or not s.text.startswith(('"', "“")):
            continue
        prev = ana.sents[s.index - 1]
        if prev.index in speakers and prev.paragraph >= s.paragraph - 1 and \
                not any(t.lemma_.lower() in SPEECH for t in s.doc if t.i not in quoted_tokens(s.doc)):
            e, _ = speakers[prev.index]
            speakers[s.index] = (e, "")
            s.speaker = e
            s.continued = True
    speaking = {e.key for e, _ in speakers.values()}
    for idx, (e, how) in speakers.items():
        s = ana.sents[idx]
        if len(e.name.split()) < 2:
            continue
        segs = quote_segments(s.text)
        quotes = [q for k, q in enumerate(segs) if MIN_QUOTE_WORDS <= len(q.split()) <= 45 and q[0].isupper() and
                  not (k + 1 < len(segs) and _cut_short(q, segs[k + 1]))]
        if not quotes:
            continue
        quote = max(quotes, key=lambda q: len(q.split()))
        first = re.split(r"['’]", quote.split()[0].lower().strip(",.'’"))[0]
        if first in _BAD_START:
            continue
        if leaks(quote, e, e.name):
            continue
        if _dangling(quote) or _leans_back(s, quote):
            continue  # "I don't think he will": he will what?
        quote = quote.rstrip(",;: ")
        if quote[-1] not in ".!?…":
            quote += "."
        if not surely_named_person(e, ana, speaker=True):
            continue  # "Barrios Altos Vivos, a local housing campaign, said": not a person
        slot = Slot(e.name, "person", s, e, None)
        wrong = choice_distractors(ana, slot, rng, prefer=speaking)
        if any(leaks(quote, ana.find_form(w), w) for w in wrong):
            wrong = []
        note = None
        if how and norm(how) != norm(e.name):
            note = f"“{how}” is {e.name}."
        elif getattr(s, "continued", False):
            note = f"{e.name} is quoted in the sentences before this one."
        prompt = f"Who said: “{quote}”?"
        if not wrong:
            # Too few people to choose from: the name is typed (the surname will do when unique).
            prompt, accepted = typed_person(prompt, ana, e, speaker=True)
            out.append(Candidate(
                kind="quote", qtype="short", prompt=prompt, answer=e.name, distractors=[], sent=s,
                key=f"quote:{e.key}", quality=0.8 + (0.05 if not how else 0),
                explanation=explain(s, note), ana=ana, entity=e, accepted=accepted,
            ))
            continue
        quality = 0.8 + (0.1 if len(wrong) >= 3 else 0) + (0.05 if not how else 0)
        out.append(Candidate(
            kind="quote", qtype="choice", prompt=prompt, answer=e.name,
            distractors=wrong, sent=s, key=f"quote:{e.key}", quality=quality,
            explanation=explain(s, note), ana=ana, entity=e,
        ))
    return out
