"""Provides wh-questions from the dependency parse: Who/Which-X did…, In which city…, In which year….

The wh-word is chosen by the answer's fine type (a person: "Who"; a party: "Which party"; a year:
"In which year"). Only the safe transformations of `syntax` are used; any sentence that does not fit
them exactly is left to the other kinds.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis
from questions.generate.base import Candidate, GENDERED, answer_text, explain, focus, sex_gives_away, surely_named_person, typed_forms, typed_person, typed_place, typed_what
from questions.generate.quotes import SPEECH
from questions.generate.distractors import Slot, choice_distractors, date_distractors, date_type
from questions.generate.central import LEAD, city_for_government, known_by_its_works, background_fact, setting_blank, central_entity, epilogue, story_subject, central_sentence, country_cue, names_minor_person
from questions.generate.filters import leaks, named_anchor, opener, pointers, quoted_tokens, well_formed
from questions.generate.syntax import clean_subject, main_verb, pp_span, subject, subject_span, to_question

WHO = {"person": "Who", "country": "Which country", "city": "Which city", "party": "Which party",
       "company": "Which company", "intl-org": "Which organisation", "club": "Which club",
       "university": "Which university", "media": "Which news organisation", "nation": "Which nation"}
IN_PLACE = {"city": "In which city", "country": "In which country", "nation": "In which part of the UK"}
# Not "On which day": the weekday of an event is a detail a strict teacher does not ask.
WHEN = {"year": "In which year", "day-month": "On what date"}
"""No "In which month": a month alone is nearly always a step in the background ("granted the licence
in February"); judged month answers passed twice in seven across sets 9 to 106."""


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s in ana.sents:
        if well_formed(s) or opener(s):
            continue
        doc = s.doc
        quoted = quoted_tokens(doc)
        if len(quoted) > 6 or (quoted and min(quoted) <= s.lead + 1):
            continue
        root = main_verb(doc)
        speech = False
        if root is None:
            roots = [t for t in doc if t.dep_ == "ROOT"]
            if len(roots) != 1 or roots[0].lemma_.lower() not in SPEECH or roots[0].pos_ != "VERB":
                continue
            root, speech = roots[0], True
        subj = subject(root)
        if subj is None:
            continue
        span = subject_span(subj)
        if s.resolved is not None and s.resolved.ftype == "person" and span == (s.lead, s.lead + 1) and \
                subj.lower_ in ("he", "she") and not speech and root.lemma_.lower() not in LIGHT_VERBS:
            out.extend(_who(ana, s, root, span, rng, resolved=s.resolved))  # "She is set to become…"
            continue
        if span[0] == s.lead and (speech or s.lead or not clean_subject(doc, *span)):
            out.extend(_who(ana, s, root, span, rng, speech=speech))
            continue
        if quoted or span[0] != 0 or not clean_subject(doc, *span):
            continue
        out.extend(_who(ana, s, root, span, rng))
        if pointers(s, skip=_rewritten(s)):
            continue
        out.extend(_where_when(ana, s, root, span, rng))
    return out


def _person_head(doc, m, i: int, j: int) -> bool:
    """Whether the subject [i, j) is the person `m` with only a description, an apposition or a
    relative clause about them ("Edward Leigh, who chairs the committee,"; "Tory leader X")."""
    head = doc[m.j - 1]
    extra = set()
    for c in head.children:
        if c.dep_ in ("appos", "relcl", "acl") and c.i >= m.j:
            extra |= {t.i for t in c.subtree}
    for t in doc[i:j]:
        if m.i - (1 if m.title else 0) <= t.i < m.j or t.i in extra:
            continue
        if t.text in (",",) and t.i >= m.j:
            continue
        if t.dep_ not in ("det", "compound", "amod", "nmod", "poss", "case") or t.i > m.i:
            return False
    return True


def _who(ana, s, root, span, rng, speech: bool = False, resolved=None) -> list[Candidate]:
    """ "Who …?" about the subject of the main verb: a name, or a "She" the sentence before settles
    (`resolved`: "She is set to become the shortest-serving prime minister" -> Liz Truss)."""
    doc = s.doc
    i, j = span
    if resolved is not None:
        m, e = None, resolved
    else:
        ms = [m for m in s.mentions if i <= m.i and m.j <= j and m.entity is not None]
        if not ms:
            return []
        m = next((x for x in ms if x.i <= subject(root).i < x.j), None)
        if m is None:
            return []
        e = m.entity
        if any(x.entity is not e and x.entity.ftype in ("person", "partial") for x in ms):
            return []
        # Besides the name, the subject may hold only its description ("Tory leader"), and an
        # apposition or relative clause about it, which the question leaves out.
        if not _person_head(doc, m, i, j):
            return []
    if e.ftype not in WHO or (e.ftype == "person" and (len(e.name.split()) < 2 or not e.surely_person)):
        return []
    name = set(range(m.i - (1 if m.title else 0), m.j)) if m is not None else set(range(0, j))
    if pointers(s, skip=name | _rewritten(s), hidden=set(range(0, j)) - name):
        return []  # the question leaves out "the leader of Bolivia's coca growers": "the country's" is then vague
    if not central_entity(ana, e) or names_minor_person(ana, s, e) or epilogue(ana, s) or background_fact(ana, s) or \
            (s.index >= LEAD and story_subject(ana, e)):
        return []  # a supporting character named once: not worth asking
    if not named_anchor(s, skip=set(range(0, j)) | set(range(i, j)), start=j):
        return []  # "Which company was seeking funding to shore up its finances?": in what story?
    if any(x.entity is e for x in s.mentions if x is not m):
        return []
    drop = set()
    said = root.head
    if root.dep_ == "ccomp" and said.lemma_.lower() in SPEECH and said.i > root.i:
        # "…, park officials in Ecuador have said": who reports it is not part of the question
        drop |= {t.i for t in said.subtree} - {t.i for t in root.subtree}
    for c in root.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i and subject(c) is not None:
            drop |= {t.i for t in c.subtree}
            drop |= {x.i for x in root.children if x.dep_ in ("cc", "punct") and root.i < x.i < c.i}
        if c.dep_ == "advmod" and c.lower_ in ("also", "too", "still", "now", "already"):
            drop.add(c.i)
        if c.dep_ == "prep" and c.lower_ == "in" and [x.lower_ for x in c.children] == ["turn"]:
            drop |= {t.i for t in c.subtree}  # ", in turn,": a link to the sentence before
            drop |= {k for k in (c.i - 1, c.i + 2) if 0 <= k < len(doc) and doc[k].text == ","}
        if c.dep_ == "prep" and c.lower_ == "according" and c.i > root.i:
            drop |= {t.i for t in c.subtree}
            if doc[c.i - 1].text == ",":
                drop.add(c.i - 1)
    rest = "".join(t.text_with_ws for t in doc[j:] if t.i not in drop).strip()
    rest = s.apply_rewrites(" ".join(rest.split()).replace(" ,", ",").lstrip(",;: "))
    while rest and rest[-1] in ".!":
        rest = rest[:-1]
    prompt = f"{WHO[e.ftype]} {rest}?".replace(" ,", ",")
    if m is not None and e.ftype == "city" and city_for_government(s, m):
        return []  # "Which city has accused Kuwait …?": Baghdad stands for Iraq's government
    if country_cue(rest, e, e.name) or known_by_its_works(rest, e, s.text) or \
            re.search(r"\bthe world's (?:most|\w+est)\b", rest):
        return []  # "Which country … the pound?"; "… the world's most populous country?"
    if len(prompt.split()) > 30 or len(rest.split()) < 6 or leaks(rest, e, e.name):
        # "Who will join Facebook's board?": too little of the story to say which board, which deal
        return []
    answer = answer_text(s, m, m.i) if m is not None else e.name
    if not answer:
        return []
    words = {t.lower_ for t in doc[j:]}
    slot = Slot(answer, e.ftype, s, e, m, gendered=bool(words & GENDERED) and e.ftype == "person")
    wrong = choice_distractors(ana, slot, rng)
    if not wrong:
        # Too few rivals of the same part to choose from: the name is typed (the surname will do
        # when unique).
        if e.ftype == "person":
            if not surely_named_person(e, ana) or sex_gives_away(ana, e, prompt):
                return []
            typed, accepted = typed_person(prompt, ana, e)
        elif typed_place(s, e):
            typed, accepted = prompt + f" (Type {typed_what(e)}.)", typed_forms(ana, e, answer)
        else:
            return []
        return [Candidate(kind="wh", qtype="short", prompt=typed, answer=answer, distractors=[], sent=s,
                          key=_key(e, root), quality=0.8, explanation=explain(s), ana=ana, entity=e,
                          accepted=accepted)]
    return [Candidate(kind="wh", qtype="choice", prompt=prompt, answer=answer, distractors=wrong, sent=s,
                      key=_key(e, root), quality=0.8 + (0.1 if len(wrong) >= 3 else 0), explanation=explain(s),
                      ana=ana, entity=e)]


def _where_when(ana, s, root, span, rng) -> list[Candidate]:
    doc = s.doc
    out = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        ms = [m for m in s.mentions if m.i <= pobj.i < m.j]
        if len(ms) != 1:
            continue
        m = ms[0]
        drop = pp_span(prep)
        if not (drop >= set(range(m.i, m.j))) or len(drop) > (m.j - m.i) + 2:
            continue
        e = m.entity
        dtype = date_type(m.text) if m.label == "DATE" else None
        if dtype in WHEN and ((prep.lower_ == "on") == (dtype in ("weekday", "day-month"))):
            if sum(1 for x in s.mentions if x.label == "DATE") != 1 or not central_sentence(ana, s) or \
                    background_fact(ana, s):
                continue  # "In which year was Corus formed …?": the origin of a thing, in passing
            prompt = to_question(doc, root, WHEN[dtype], drop, span)
            prompt = s.apply_rewrites(prompt) if prompt is not None else None
            wrong = date_distractors(ana, m.text, rng)
            answer, key = m.text, f"date:{m.text}"
        elif e is not None and e.ftype in IN_PLACE and prep.lower_ == "in":
            if sum(1 for x in s.mentions if x.entity is not None and x.entity.ftype == e.ftype) != 1 or \
                    not central_entity(ana, e) or setting_blank(ana, s, m) or background_fact(ana, s):
                continue
            prompt = to_question(doc, root, IN_PLACE[e.ftype], drop, span)
            prompt = s.apply_rewrites(prompt) if prompt is not None else None
            answer = answer_text(s, m, m.i)
            if not answer or prompt is None or leaks(prompt, e, answer):
                continue
            wrong = choice_distractors(ana, Slot(answer, e.ftype, s, e, m), rng)
            key = e.key
            if not wrong and prompt is not None:
                if not typed_place(s, e):
                    continue
                if not named_anchor(s, skip=set(range(m.i, m.j))) or country_cue(prompt, e, answer) or \
                        names_minor_person(ana, s):
                    continue
                accepted = typed_forms(ana, e, answer)
                out.append(Candidate(kind="wh", qtype="short", prompt=prompt + f" (Type {typed_what(e)}.)",
                                     answer=accepted[0], distractors=[], sent=s, key=key, quality=0.85 * focus(s, m),
                                     explanation=explain(s), ana=ana, entity=e, accepted=accepted))
                continue
        else:
            continue
        if prompt is None or len(wrong) < 2:
            continue
        if not named_anchor(s, skip=set(range(m.i, m.j))) or country_cue(prompt, e, answer) or \
                names_minor_person(ana, s):
            continue
        out.append(Candidate(kind="wh", qtype="choice", prompt=prompt, answer=answer, distractors=wrong,
                             sent=s, key=key, quality=(0.85 + (0.05 if len(wrong) >= 3 else 0)) * focus(s, m),
                             explanation=explain(s), ana=ana, entity=e))
    return out


LIGHT_VERBS = {"be", "speak", "have", "do", "say", "tell", "add", "go", "get", "make", "come"}
"""A main verb that says little by itself: "He was speaking as…" asks who was there, not what happened."""


def _rewritten(s) -> set[int]:
    """Tokens of descriptions the question writes out in full ("the talks" -> "the talks between…")."""
    return {k for i, j, new in s.rewrites if new for k in range(i, j)} | \
        {k for i, j, new in s.rewrites if not new for k in range(i, j)}


def _key(e, root) -> str:
    """What a question asks about: "Who said …?" asks who said it, like a quote question, so the two
    are never both asked of the same person."""
    return f"quote:{e.key}" if root.lemma_.lower() in SPEECH else e.key
