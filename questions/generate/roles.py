"""Provides match questions on the people of a story: "Match each person to their role, as the
article describes it" ("Marcel Colla" → "Health Minister", "Rod Eddington" → "BA's chief
executive").

A role is what the article writes beside a full name: an office before it ("Health Minister Marcel
Colla"), or a description in apposition ("Jacques Roux, a former director general of health";
"BA's chief executive, Rod Eddington"). Each role must end in (or be headed by) a noun for a job,
must be the only one of its kind in the question, and must name no one. A leading nationality is
left out ("Chinese President" → "President"): beside a Chinese name it would match itself. Three or
four people make one question; their roles are each other's wrong answers, so every option is of
the same type and settled by the article.
"""

from __future__ import annotations

import random
import re

from questions.generate.analyse import Analysis, Entity, Sent, norm
from questions.generate.base import Candidate
from questions.generate.central import is_country_name, world_leader
from questions.generate.filters import quoted_tokens

ROLE_NOUNS = {
    "minister", "president", "secretary", "chairman", "chairwoman", "chair", "chief", "head", "leader",
    "spokesman", "spokeswoman", "spokesperson", "director", "analyst", "professor", "officer", "executive",
    "governor", "mayor", "ambassador", "general", "admiral", "commander", "judge", "prosecutor", "lawyer",
    "coach", "captain", "manager", "founder", "editor", "envoy", "commissioner", "chancellor", "premier",
    "economist", "scientist", "researcher", "engineer", "astronaut", "cosmonaut", "pilot", "surgeon",
    "curator", "architect", "designer", "inspector", "superintendent", "detective", "correspondent",
    "campaigner", "activist", "senator", "congressman", "congresswoman", "mp", "mep", "lawmaker",
    "treasurer", "auditor", "administrator", "owner", "boss", "chairperson", "trainer", "jockey",
    "historian", "archaeologist", "president-elect", "vice-president", "deputy", "attorney", "negotiator",
    "adviser", "advisor", "investigator", "coroner", "magistrate", "sheriff", "consul", "diplomat",
    "monarch", "king", "queen", "prince", "princess", "mediator", "ombudsman", "regulator", "chef",
    "producer", "conductor", "composer", "novelist", "poet", "author", "director-general",
}
"""Nouns for a job or an office: a role ends in one ("Health Minister", "chief executive")."""

GENERIC = {"leader", "minister", "official", "member", "head", "chief", "boss", "owner", "founder", "chairman",
           "chairwoman", "chair", "executive", "chief executive", "director", "spokesman", "spokeswoman",
           "spokesperson", "deputy", "adviser", "advisor"}
"""A role that, alone, does not say of what ("Leader", "Chief executive"): in a story about two
companies or two parties it fits more than one person."""

SAME_ROLE = {"former", "sitting", "acting", "new", "then", "ex", "outgoing", "incoming", "current", "interim",
             "late", "veteran", "the", "a", "an"}
"""Words that leave a role the same job: "Former Chancellor" and "Chancellor" cannot be told apart."""

RANKED = {"deputy", "vice", "assistant", "under", "co", "associate", "junior", "shadow"}
"""Words that make a different job of a role: a "Deputy Prime Minister" is not a "Prime Minister"."""

HONORIFICS = {"dr", "prof", "professor", "judge", "justice", "sir", "dame", "lord", "lady", "mr", "mrs", "ms",
              "miss", "rev", "father", "king", "queen", "prince", "princess", "general", "chief"}
"""A title that, alone, is a form of address rather than a role in the story ("Dr", "Judge")."""

SYNONYMS = {"manager": "coach", "trainer": "coach", "spokeswoman": "spokesman", "spokesperson": "spokesman"}
"""Roles that name one job: a "Coach" and a "Manager" of two teams fit both men."""

ORG_TITLES = {"governor", "secretary general", "commissioner"}
"""Titles that, alone, leave out of what ("Governor" of a bank, or of a state)."""

TOP_OFFICES = ("president", "premier", "chancellor", "leader", "prime minister", "secretary general",
               "governor general")
"""A country's top offices (and a party's leader). Their holders are the people everyone knows:
blind judges failed the match questions where two of them settled the matching ("Tony Blair → Prime
Minister", "Gordon Brown → Chancellor"), so a question has at most one."""

TIMED = {"then", "now", "also", "still", "later"}
"""Words that place a role in time the reader must work out ("then transport minister", "now a
backbench MP")."""

MIN_PAIRS, MAX_PAIRS = 3, 4
PROMPT = "Match each person to their role, as the article describes it."


def candidates(ana: Analysis, rng: random.Random) -> list[Candidate]:
    found: list[tuple[Entity, str, str, Sent]] = []  # (person, role, phrase the article writes, sentence)
    for e in ana.people():
        if len(e.name.split()) < 2 or world_leader(e):
            continue  # a world leader of the gazetteer: general knowledge matches them
        for m in sorted(e.mentions, key=lambda m: (m.sent, m.i)):
            s = ana.sents[m.sent]
            got = role_of(s, m)
            if got is not None:
                found.append((e, got[0], got[1], s))
                break
    # Two "Prime Ministers" (the present one and a former one), or a "President" beside "Fifa's
    # president": one role fits both people, so neither is asked.
    found = [f for f in found if not any(g is not f and overlaps(f[1], g[1]) for g in found)]
    # The people most spoken of, then in the order the story meets them; one top office at most.
    found.sort(key=lambda f: (-len(f[0].mentions), f[3].index))
    tops = [f for f in found if top_office(f[1])]
    found = [f for f in found if not top_office(f[1]) or f is tops[0]]
    chosen = found[:MAX_PAIRS]
    chosen = [f for f in chosen if not any(_names(f[1], o) for o in chosen)]
    if len(chosen) < MIN_PAIRS or len({e.name for e, *_ in chosen}) != len(chosen):
        return []
    chosen.sort(key=lambda f: (f[3].index, f[3].text.find(f[2])))
    first = chosen[0][3]
    quotes = "; ".join(f"“{phrase}”" for _, _, phrase, _ in chosen)
    return [Candidate(
        kind="match", qtype="match", prompt=PROMPT, answer="", distractors=[], sent=first, key="match:people",
        quality=0.8, explanation=f"The article says: {quotes}.", ana=ana,
        pairs=[(e.name, role) for e, role, _, _ in chosen], people=[e for e, *_ in chosen],
    )]


def role_key(role: str) -> list[str]:
    """The words of a role that name the job: "Former Prime Minister" and "Prime Minister" are one."""
    return [SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9]+", norm(role)) if w not in SAME_ROLE]


def top_office(role: str) -> bool:
    """Whether a role is a country's top office or a party's leader ("West German Chancellor",
    "Tory leader"; not "Deputy Prime Minister", not "Nissan's president")."""
    key = " ".join(role_key(role))
    if "'s" in role or "’s" in role or set(key.split()) & RANKED:
        return False
    return any(key == t or key.endswith(" " + t) for t in TOP_OFFICES) or \
        any(key.startswith(t + " of ") for t in TOP_OFFICES)


def overlaps(a: str, b: str) -> bool:
    """Whether one role also fits the holder of the other: the same job, or one that ends the
    other's words without a rank between ("President" and "Fifa's president", not "Prime Minister"
    and "Deputy Prime Minister")."""
    x, y = role_key(a), role_key(b)
    if len(x) > len(y):
        x, y = y, x
    if not x or y[len(y) - len(x):] != x:
        return False
    return not (set(y[:len(y) - len(x)]) & RANKED)


def _names(role: str, person: tuple) -> bool:
    """Whether a role names a person of the question ("Mr Kim's spokesman")."""
    e = person[0]
    words = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", role)}  # "Mr Bankman-Fried's lawyer"
    return any(w in words for w in e.name.split() if w[:1].isupper())


def role_of(s: Sent, m) -> tuple[str, str] | None:
    """The role the sentence writes beside mention `m` of a person, and the phrase (role and name)
    exactly as the article writes it; None when there is none, or one that does not stand alone
    ("his former driver", "the mine's chief executive", "Dr")."""
    doc = s.doc
    quoted = quoted_tokens(doc)
    if any(k in quoted for k in range(m.i, m.j)):
        return None
    root = next((doc[k] for k in range(m.i, m.j) if not (m.i <= doc[k].head.i < m.j) or doc[k].head.i == k), None)
    if root is None:
        return None
    span = None
    # "Jacques Roux, a former director general of health, said…"
    for c in root.children:
        if c.dep_ == "appos" and c.i >= m.j and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in ROLE_NOUNS:
            end = c.i + 1
            while end <= c.right_edge.i and doc[end].text not in (",", ";", "(", ")", "—", "–") and \
                    doc[end].lower_ not in ("who", "which", "that", "and"):
                end += 1
            if end <= c.right_edge.i and doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                return None  # "head of the Defence Research and Development Organisation": cut in the middle of a name
            span = (c.left_edge.i, end, m.i, end)
            break
    # "BA's chief executive, Rod Eddington, said…"
    if span is None and root.dep_ == "appos" and root.head.i < m.i and root.head.pos_ in ("NOUN", "PROPN") and \
            root.head.lemma_.lower() in ROLE_NOUNS and doc[root.head.i + 1:m.i].text.strip() == ",":
        h = root.head
        span = (h.left_edge.i, h.i + 1, h.left_edge.i, m.j)
    # "Health Minister Marcel Colla said…"
    if span is None and m.i > 0 and doc[m.i - 1].lemma_.lower() in ROLE_NOUNS:
        k = m.i
        while k > 0 and doc[k - 1].head.i in range(k - 1, m.j) and \
                doc[k - 1].dep_ in ("compound", "amod", "nmod", "poss", "case") and doc[k - 1].ent_type_ != "PERSON":
            k -= 1
        if k < m.i:
            span = (k, m.i, k, m.j)
    if span is None:
        return None
    i, j, pi, pj = span
    while i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2  # "vice-chairman": the whole word, not "chairman"
        pi = min(pi, i)
    toks = list(doc[i:j])
    if i > 0 and doc[i - 1].lower_ in TIMED:
        return None  # "Otto Krall, then transport minister": see TIMED
    if not toks or len(toks) > 9 or (j - 1 >= i and doc[j - 1].lemma_.lower() not in ROLE_NOUNS and
                                     not any(t.lemma_.lower() in ROLE_NOUNS and t.dep_ != "compound" for t in toks)):
        return None
    if doc[j - 1].tag_ in ("NNS", "NNPS"):
        return None  # "Administrators": more than the one person
    for t in toks:
        if t.pos_ == "PRON" or t.lower_ in ("his", "her", "its", "their", "our", "my", "another", "other", "fellow", "whose", "who") or \
                t.like_num or \
                t.ent_type_ in ("PERSON", "DATE", "TIME") or t.text in ('"', "“", "”", "'") or "year-old" in t.lower_:
            return None  # "his former driver", "the 54-year-old lawyer", "Wednesday President"
        if t.dep_ == "poss" and t.pos_ == "NOUN":
            return None  # "the mine's chief executive": which mine, read alone?
    # Leave out the articles and a nationality or country ("the Chinese President", "Japan's chief
    # cabinet secretary", "former German Chancellor"): beside the person's name it matches itself.
    while toks and toks[0].lower_ in ("a", "an", "the"):
        toks = toks[1:]
    keep = toks[:1] if toks and toks[0].lower_ in ("former", "ex") else []
    rest = toks[len(keep):]
    k = _national_prefix(rest)
    toks = keep + rest[k:]
    if not toks or toks[-1].lower_ in ("former", "ex") or toks[0].text in ("'s", "’s", "-", "–") or toks[0].dep_ == "case":
        return None
    # A nationality inside the role goes too: "a retired South Korean brigadier general".
    inner = [x for x in range(1, len(toks) - 1) if toks[x].ent_type_ == "NORP" and _national_prefix(toks[x:]) and
             toks[x - 1].ent_type_ != "NORP"]
    for x in reversed(inner):
        n = _national_prefix(toks[x:])
        if toks[x + n - 1].text not in ("'s", "’s"):
            toks = toks[:x] + toks[x + n:]
    pieces = [toks[0].text_with_ws] + [t.text_with_ws if t.i == p.i + 1 else " " + t.text_with_ws
                                       for p, t in zip(toks, toks[1:])]
    role = re.sub(r"\s+", " ", "".join(pieces)).strip()  # "Former vice-president", without "US"
    if len(toks) == 1 and toks[0].lower_.strip(".") in HONORIFICS or " ".join(role_key(role)) in GENERIC | ORG_TITLES:
        return None  # "Dr", "Judge": a form of address; "Leader", "Governor": of what?
    if toks[0].lower_ in TIMED:
        return None  # "Then railways minister": see TIMED
    if not re.search(r"[a-z]", role):
        return None
    role = role[0].upper() + role[1:]
    phrase = doc[pi:pj].text
    if phrase not in s.text:
        return None
    return role, phrase


def _national_prefix(toks: list) -> int:
    """How many tokens at the start name a nationality or a country ("North Korean", "Japan 's",
    "US"), or 0."""
    from questions.generate.analyse import INDEX

    if not toks or toks[0].ent_type_ not in ("NORP", "GPE"):
        return 0
    k = 1
    while k < len(toks) and toks[k].ent_type_ == toks[0].ent_type_ and toks[k].ent_iob_ == "I" and \
            toks[k].text not in ("'s", "’s"):
        k += 1
    name = " ".join(t.text for t in toks[:k])
    hit = INDEX.get(norm(name))
    if not (hit and hit[0] in ("country", "nationality", "nation") or
            is_country_name(name)):
        return 0
    if k < len(toks) and toks[k].text in ("'s", "’s"):
        k += 1
    return k if k < len(toks) else 0
