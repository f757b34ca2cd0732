"""Provides the safe sentence-to-question transformations shared by wh and number questions.

Only simple declarative sentences are turned into questions: the sentence opens with its subject,
the main verb is a real verb (not "be", not a verb of saying), and the phrase asked about hangs
directly on the main verb. "Where did X meet Y?" is built by moving the auxiliary (or adding
"did"/"does"/"do") in front of the subject and leaving the asked phrase out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SAY = {"say", "tell", "add", "warn", "claim", "insist", "argue", "explain", "stress", "believe", "think"}


REPORT = SAY | {"report", "announce", "confirm", "reveal", "state", "add"}


def main_clause_end(doc: "Doc") -> int:
    """Where the main clause ends: before a trailing reporting tag ("…, the agency reported.")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) == 1 and roots[0].lemma_.lower() in REPORT:
        root = roots[0]
        comp = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if comp is not None:
            end = max(t.i for t in comp.subtree) + 1
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            said_after = any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > root.i for c in root.children)
            if end < len(doc) and doc[end].text == "," and (subj is None or subj.i > end) and not said_after:
                return end  # not "…in March, when Bre-X's partner, …, said": the speaker is inside the clause
    return len(doc)


def main_verb(doc: "Doc") -> "Token | None":
    """The root of a one-clause declarative sentence (or of the clause before a reporting tag)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    end = main_clause_end(doc)
    if end < len(doc):
        root = next(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i)
    if root.pos_ != "VERB" or root.lemma_.lower() in SAY or root.lemma_ == "be":
        return None
    if root.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VB", "VBG"):
        return None
    return root


def subject(root: "Token") -> "Token | None":
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def subject_span(subj: "Token") -> tuple[int, int]:
    toks = list(subj.subtree)
    return toks[0].i, toks[-1].i + 1


def clean_subject(doc: "Doc", i: int, j: int) -> bool:
    """A subject made only of a name or a plain noun phrase: no clause, no comma, no pronoun."""
    for t in doc[i:j]:
        if t.dep_ in ("relcl", "acl", "appos", "advcl") or t.text in (",", "(", "-", "–", "—"):
            return False
        if t.pos_ == "PRON":
            return False
    return True


def to_question(doc: "Doc", root: "Token", wh: str, drop: set[int], subj_span: tuple[int, int] | None,
                max_words: int = 28) -> str | None:
    """The sentence as a wh-question about a phrase (`drop`) that is not its subject.

    `subj_span` is the subject's token range; the sentence must open with it. Returns None when the
    transformation is not safe.
    """
    if subj_span is None or subj_span[0] != 0:
        return None
    if any(c.dep_ == "xcomp" and c.tag_ in ("VBP", "VBZ") and not any(x.lower_ == "to" for x in c.children)
           for c in root.children):
        return None  # "Results declared on Friday show …": the parser's verb is a participle
    i, j = subj_span
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i and c.lower_ != "to"]
    negs = [c for c in root.children if c.dep_ == "neg"]
    if negs:
        return None
    words: list[str] = [wh]
    skip = set(drop)
    # A second main clause ("…, and many believe…") is not part of the question.
    for c in root.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i:
            skip |= {t.i for t in c.subtree}
            skip |= {x.i for x in root.children if x.dep_ in ("cc", "punct") and root.i < x.i < c.i}
        if c.dep_ == "advmod" and c.lower_ in ("also", "too", "still", "now", "already"):
            skip.add(c.i)
        if c.dep_ == "prep" and c.lower_ == "according" and c.i > root.i:
            skip |= {t.i for t in c.subtree}  # ", according to officials": the source, not the fact
            if c.i > 0 and doc[c.i - 1].text == ",":
                skip.add(c.i - 1)
    if auxes:
        first = auxes[0]
        words.append(first.lower_)
        skip.add(first.i)
        verb = None
    else:
        if root.tag_ == "VBD":
            words.append("did")
        elif root.tag_ == "VBZ":
            words.append("does")
        elif root.tag_ == "VBP":
            words.append("do")
        else:
            return None
        verb = root.lemma_.lower()
    subj_text = _text(doc, range(i, j), skip)
    if subj_text and (doc[i].lower_ == "the" or (doc[i].pos_ != "PROPN" and (
            not doc[i].ent_type_ or doc[i].ent_type_ in ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT")))):
        subj_text = subj_text[0].lower() + subj_text[1:]
    words.append(subj_text)
    rest: list[str] = []
    for t in doc[j:main_clause_end(doc)]:
        if t.i in skip:
            continue
        if t.i == root.i and verb is not None:
            rest.append(verb + t.whitespace_)
            continue
        rest.append(t.text_with_ws)
    tail = "".join(rest).strip()
    while tail and tail[-1] in ".,;:!-–— ":
        tail = tail[:-1].rstrip()
    text = " ".join(w for w in words if w) + " " + tail
    text = " ".join(text.split())
    text = text.replace(" ,", ",").replace(" .", ".")
    text = re.sub(r",(?:\s*,)+", ",", text)  # "the archipelago, in 1971, long after": the asked phrase went
    if len(text.split()) > max_words or text.endswith(","):
        return None
    return text[0].upper() + text[1:] + "?"


def _text(doc: "Doc", idx, skip: set[int]) -> str:
    return "".join(doc[k].text_with_ws for k in idx if k not in skip).strip()


def pp_span(prep: "Token") -> set[int]:
    """Token indices of a prepositional phrase (the preposition and its object)."""
    return {t.i for t in prep.subtree}
