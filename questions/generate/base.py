"""Provides the candidate question every kind produces before filtering and ranking."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from questions.generate.analyse import (NAME_PARTICLES, OFFICE_TITLES, RANKS, TITLES_X, Analysis, Entity, Sent,
                                        title_sex)

BLANK = "_____"
GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
"""Words that say a person's sex: beside a blank, they leave only options of that sex."""
ANSWER_TYPES_CLOZE = {"person", "country", "city", "nation", "party", "company", "intl-org", "gov-body",
                      "media", "club", "university", "nationality"}


@dataclass
class Candidate:
    """A question as a kind proposes it; `rank` decides which are kept."""

    kind: str
    """cloze, quote, wh, number, truefalse or match."""
    qtype: str
    """The question type of the pack format: choice, truefalse, number, short, match."""
    prompt: str
    answer: str
    distractors: list[str]
    sent: Sent
    key: str
    """What the answer is (an entity key or a normalised text): at most two questions per answer."""
    quality: float
    """The kind's own confidence, 0–1."""
    explanation: str
    ana: Analysis | None = None
    truth: bool | None = None
    """For true/false: whether the statement is true."""
    value: float | None = None
    """For number questions: the right value."""
    accepted: list[str] = field(default_factory=list)
    """For typed answers: every accepted form."""
    entity: Entity | None = None
    score: float = 0.0
    pairs: list[tuple[str, str]] = field(default_factory=list)
    """For match questions: (person, role)."""
    people: list[Entity] = field(default_factory=list)
    """For match questions: the people matched, each shown with their role."""


def mention_root(doc, m):
    """The token of a mention that hangs from outside it: "Putin" in "Vladimir Putin"."""
    for k in range(m.i, m.j):
        t = doc[k]
        if not (m.i <= t.head.i < m.j) or t.head.i == t.i:
            return t
    return doc[m.j - 1]


def focus(sent: Sent, m) -> float:
    """How much a mention is the sentence's own news, 0.7–1: the main verb's subject or object
    ("_____ has resigned", "won _____ seats") is; a phrase in a clause that sets the scene ("days
    after the carmaker admitted cheating in _____", "which has governed _____") or a name used as
    a modifier ("_____ energy giant") is less so. A strict teacher fails a blank on the scenery."""
    doc = sent.doc
    root = mention_root(doc, m)
    score = 1.0
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        score = 0.8  # a name used as a modifier; not "lasted four hours" (npadvmod), the fact itself
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SAYING and \
            any(c.dep_ == "ccomp" for c in root.head.children):
        score = 0.85  # who said it, when what was said is the story ("_____ said the Dome cost £28.7m")
    t, hops = root, 0
    if any(a.dep_ == "appos" for a in root.ancestors if a.i != root.i and not (m.i <= a.i < m.j)):
        score = min(score, 0.7)  # "Cern, the laboratory near _____": a description of something else
    while t.head.i != t.i and hops < 30:
        if t.dep_ in ("relcl", "acl") or (t.dep_ == "ccomp" and t.head.lemma_.lower() not in _SAYING) or \
                t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and (
                    any(c.dep_ == "mark" for c in t.children) or t.tag_ in ("VBG", "VBN") or
                    doc[t.left_edge.i - 1].lower_ in ("after", "before", "since", "when", "while", "as", "until")
                    if t.left_edge.i > 0 else False):
            return min(score, 0.7)
        if t.dep_ == "pobj" and t.head.head.dep_ == "ROOT":
            score = min(score, 0.9)  # "talks in _____": a phrase on the main verb
        t = t.head
        hops += 1
    return score


_SAYING = {"say", "tell", "announce", "report", "add", "confirm", "show", "reveal", "state", "claim", "warn"}


def explain(sent: Sent, note: str | None = None) -> str:
    """The explanation of a question: its evidence sentence, and a note where it helps."""
    text = f"The article says: “{sent.text}”"
    return f"{note} {text}" if note else text


def clip_sentence(text: str) -> str:
    """A sentence as a statement or stem: one space between words, no trailing space."""
    return " ".join(text.split())


def option_case(text: str) -> str:
    """An option as it reads on its own: a leading "The" of a name in lower case ("the United States")."""
    if text.startswith("The ") and len(text) > 4 and text[4].isupper():
        return "the " + text[4:]
    return text


# Names that stand for a country but are not its name ("the Kremlin", "Washington"): never an answer.
METONYMS = {"kremlin", "washington", "moscow", "pyongyang", "seoul", "beijing", "tokyo", "taipei",
            "white house", "downing street", "whitehall", "westminster", "brussels"}
# Short forms that read better written out in an option.
_WRITE_OUT = {"us", "u.s.", "usa", "uk", "u.k.", "eu", "un", "u.n.", "dprk", "uae"}


def no_also(text: str) -> str:
    """A stem or statement without "also", which points back to something the quiz does not show
    ("Iran has also agreed…": as well as what?)."""
    return re.sub(r"\s+also\b", "", text)


def blank_out(sent: Sent, i: int, j: int) -> str:
    """The sentence with tokens [i, j) replaced by a blank."""
    doc = sent.doc
    text = sent.text
    a = doc[i].idx
    b = doc[j - 1].idx + len(doc[j - 1])
    return clip_sentence(text[:a] + BLANK + text[b:])


THE_TYPES = {"country", "party", "intl-org", "gov-body", "media", "club", "university", "company", "org"}


def blank_span(sent: Sent, m) -> tuple[int, int]:
    """Tokens to blank for a mention: with its title ("Mr"), and a "the" before a name that takes one."""
    i = m.i - (1 if m.title else 0)
    doc = sent.doc
    e = m.entity
    if not m.title and e is not None and e.ftype == "person":
        k = office_start(doc, i)
        if k < i and (k == 0 or not doc[k - 1].text[:1].isupper() and doc[k - 1].text not in ("'s", "’s")):
            # "President _____ inaugurated the line" names the office and so the holder: the office
            # goes into the blank ("_____ inaugurated the line"), as the titled forms are accepted
            i = k
    if i > 0 and doc[i - 1].lower_ == "the" and doc[i - 1].dep_ == "det" and not m.title and \
            e is not None and e.ftype in THE_TYPES and takes_the(e):
        i -= 1
    return i, m.j


def takes_the(e) -> bool:
    """Whether a name is written with "the" ("the United States", "the BBC"), so that the "the" before
    it belongs in the blank; "the BP well" is "the" of the well, and stays in the stem."""
    if e is None:
        return False
    if e.name.lower().startswith("the "):
        return True
    from questions.generate.analyse import norm

    n = norm(e.name)
    return n in METONYMS or any(f.startswith("the ") for f in e.forms) or n in {
        "united states", "united kingdom", "netherlands", "philippines", "european union", "united nations",
        "kremlin", "vatican", "bbc", "fbi", "cia", "nhs", "fa", "imf", "who", "un", "eu", "uk", "us"}


def article_aliases(ana, names: list[str]) -> list[str]:
    """Other names the article itself gives a thing or a person: "Uluru, which was long known as Ayers
    Rock", "Kaing Guek Eav, better known as Duch", "Myanmar (also known as Burma)"."""
    out: list[str] = []
    text = getattr(ana, "text", "") or ""
    for n in {x for x in names if x and len(x) > 2}:
        pattern = re.escape(n) + r"(?:,| \()\s*(?:who|which|that)?\s*(?:is|was|has been|had been)?\s*" \
            r"(?:long |also |once |formerly |widely |better |commonly |popularly |still |again )?known as " \
            r"[\"“']?((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3})"
        for m in re.finditer(pattern, text):
            if m.group(1) not in out:
                out.append(m.group(1))
    return out


def typed_forms(ana, e, answer: str) -> list[str]:
    """Every typed form that names entity `e` (not a person) beyond doubt: its full name and the forms
    the article itself uses for it (an acronym it gives, "BP" for "the BP"), without a leading "the"."""
    from questions.generate.analyse import norm

    def bare(t: str) -> str:
        t = " ".join(t.replace("’", "'").split()).removesuffix("'s").removesuffix("'").strip(" ,.")
        return t[4:] if t.lower().startswith("the ") else t

    out: list[str] = []
    seen: set[str] = set()
    for f in [answer, e.name] + [m.text for m in e.mentions]:
        b = bare(f)
        if len(b) < 2 or b.lower() in seen:
            continue
        other = ana.find_form(b)
        if other is not None and other is not e:
            continue  # also another thing's name: a near miss, not the answer
        if getattr(e, "ftype", None) == "country" and norm(b) in METONYMS:
            continue  # "the Kremlin" in the article stands for Russia but is not its name
        seen.add(b.lower())
        out.append(b)
    out = out if norm(bare(answer)) in {norm(x) for x in out} else [bare(answer)] + out
    words = bare(answer).split()
    for k in range(1, len(words) - 1):
        # "World Cup" for "Cricket World Cup", when the article itself says "the World Cup"
        short = " ".join(words[k:])
        alone = r"(?<![\w-])(?<!" + re.escape(words[k - 1]) + r" )" + re.escape(short) + r"(?![\w-])"
        other = ana.find_form(short)
        if short[:1].isupper() and short.lower() not in seen and re.search(alone, ana.text) and \
                (other in (None, e) or norm(other.name).removeprefix("the ") == norm(short)):
            seen.add(short.lower())
            out.append(short)
    for a in article_aliases(ana, [answer, e.name]):
        if a.lower() not in {x.lower() for x in out}:
            out.append(a)  # "Ayers Rock" for Uluru, when the article gives it
    from questions.generate import gazetteer as gz

    for a in gz.PLACE_ALIASES.get(getattr(e, "name", "").removeprefix("the "), ()):
        if bare(a).lower() not in {x.lower() for x in out}:
            out.append(bare(a))  # "Antarctic" for Antarctica
    if getattr(e, "ftype", None) == "country":
        # Every common name of the country: "USA", "America", "Britain" are not near misses.
        for a in gz.COUNTRY_ALIASES.get(e.name, ()):
            b = bare(a)
            if norm(b) in METONYMS or norm(b) in ("kremlin", "taipei", "tokyo") or any(
                    norm(b) in (norm(c) for c in cs) for cs in gz.CITIES.values()):
                continue  # "Washington", "the Kremlin": a seat of government, not the country's name
            if b.lower() not in {x.lower() for x in out} and ana.find_form(b) in (None, e):
                out.append(b)
    for f in list(out):
        for v in spelling_variants(f):
            if v.lower() not in {x.lower() for x in out}:
                out.append(v)
    return out


_SPELLINGS = [("isation", "ization"), ("ization", "isation"), ("centre", "center"), ("center", "centre"),
              ("theatre", "theater"), ("theater", "theatre"), ("defence", "defense"), ("defense", "defence"),
              ("programme", "program"), ("labour", "labor"), ("labor", "labour"), ("honour", "honor"),
              ("colour", "color"), ("harbour", "harbor"), ("neighbour", "neighbor"), ("metre", "meter"),
              ("organise", "organize"), ("organize", "organise"), ("judgement", "judgment")]


def spelling_variants(text: str) -> list[str]:
    """The same name in the other English spelling ("World Health Organisation" for "Organization"),
    which a student may type either way."""
    out = []
    for a, b in _SPELLINGS:
        pattern = re.compile(re.escape(a), re.I)
        if pattern.search(text):
            v = pattern.sub(lambda h: b if h.group(0).islower() else b[:1].upper() + b[1:], text)
            if v != text and v not in out:
                out.append(v)
    return out


TYPED_WHAT = {"company": "the name of the company", "party": "the name of the party", "club": "the name of the club",
              "university": "the name of the university", "country": "the name of the country",
              "city": "the name of the city", "intl-org": "the name of the organisation",
              "org": "the name of the organisation", "gov-body": "the name of the organisation",
              "media": "the name of the news organisation", "nation": "the name of the country",
              "place": "the name of the place"}


TYPED_PLACES = {"country", "nation", "place"}
"""What besides a person may be asked as a typed name. In the blind judgements of sets 9 to 24, typed
names of organisations, companies, cities, ships, planes and unnamed kinds passed 5 times in 27: the
stem that describes such a thing names it to anyone ("_____ has upheld Obama's health reforms"), and
the forms a student may type are hard to foresee. Those are asked only with options, or not at all.
A nationality is not typed either: such questions passed once in six across sets 9 to 64 ("_____
electronics company Sony", "Larger _____ rival Barrick Gold": the firm's name gives it away)."""


TYPED_KINDS = {"island", "region", "province", "state"}
"""What the article may call a place that is typed: not "the ship" or "the plane" (the tagger's places
that are things), nor a city or a town (judged typed cities passed once in six)."""


def typed_place(s: Sent, e) -> bool:
    """Whether place `e` may be asked as a typed name in sentence `s`: see TYPED_PLACES and TYPED_KINDS.

    A place that is not a country is never typed: in the blind judgements of sets 9 to 56 such answers
    passed once in 10 (a region named by the stem, "Uluru" without "Ayers Rock", and the tagger's
    places that were a disease, an era or a wrestler)."""
    from questions.generate.central import names_a_country

    if e.ftype == "place" and not names_a_country(e):
        return False
    return e.ftype in TYPED_PLACES and not (e.kind and e.kind not in TYPED_KINDS) and not called_a_city(s, e)


def called_a_city(s: Sent, e) -> bool:
    """Whether the sentence calls place `e` a city or a town ("the US city of _____")."""
    return any(m.entity is e and m.i >= 2 and s.doc[m.i - 1].lower_ == "of" and
               s.doc[m.i - 2].lower_ in ("city", "town", "capital", "port") for m in s.mentions)


def typed_what(e) -> str:
    """What a typed answer asks for: what the article calls it ("the name of the ship"), else by the
    answer's fine type ("the name of the company")."""
    kind = getattr(e, "kind", "")
    if kind and getattr(e, "ftype", "") not in ("person", "partial", "country", "nation", "nationality"):
        return f"the name of the {kind}"
    return TYPED_WHAT.get(getattr(e, "ftype", ""), "the missing name")


def is_conjunct(sent: Sent, m) -> bool:
    """Whether a mention is one of a coordination ("China and South Korea", "Blackpool, Bournemouth")."""
    root = mention_root(sent.doc, m)
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return True
    nxt = sent.doc[m.j] if m.j < len(sent.doc) else None
    prev = sent.doc[m.i - 1] if m.i > 0 else None
    return (nxt is not None and nxt.lower_ in ("and", "or", "nor")) or \
        (prev is not None and prev.lower_ in ("and", "or", "nor") and m.i > 1)


def answer_text(sent: Sent, m, i: int) -> str | None:
    """How the answer reads as an option, or None when its mention is not a good answer."""
    e = m.entity
    from questions.generate.analyse import norm

    n = norm(m.text)
    if e is not None and e.ftype == "person":
        return e.name
    if n in METONYMS:
        return None
    if e is not None and (n in _WRITE_OUT or e.ftype == "intl-org"):
        return e.name
    if e is not None and len(m.text) <= 5 and m.text.isupper() and n in e.forms and norm(e.name) != n:
        return e.name  # "BA" is offered as "British Airways", like the other airlines
    text = sent.doc[i:m.j].text
    return option_case(text)


ROYAL_TITLES = ("King", "Queen", "Prince", "Princess", "Emperor", "Pope")
SURNAME_PARTICLES = {"van", "von", "de", "da", "der", "den", "du", "di", "dos", "das", "la", "le", "del"}
"""Words that open a surname of several words ("van der Graaf", "de Klerk"), unlike "bin" or "wa"."""
FAMILY_FIRST = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Kwon",
                "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon", "Roh", "Chun", "Ban", "Li", "Wang", "Zhang", "Liu",
                "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Gao", "Lin",
                "Luo", "Zheng", "Liang", "Xie", "Tang", "Deng", "Xi", "Wen", "Jiang", "Mao", "Yao", "Peng", "Ding"}
"""Common Korean and Chinese family names, which come first ("Kim Yu-na", "Li Na")."""
TITLE_OPENERS = {"prime", "vice", "deputy", "foreign", "home", "defence", "finance", "health", "interior", "chief",
                 "first", "lord", "attorney", "supreme"}
"""Words that open a longer office ("Prime Minister", "Vice President", "Chief Justice")."""


def office_start(doc, i: int) -> int:
    """Where an office written as a title right before token `i` begins ("Prime Minister", "Lt Col",
    "Treasurer"), or `i` when there is none. Never inside a hyphened office: "Chancellor" is not the
    office in "Vice-Chancellor"."""
    offices = RANKS | TITLES_X | OFFICE_TITLES
    k = i
    while k > 0 and i - k < 3 and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_.strip(".") in offices | TITLE_OPENERS:
        k -= 1
    if k == i or doc[i - 1].lower_.strip(".") not in offices or k > 1 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_:
        return i  # "Prime" alone is no office
    return k


COURTESY = {"m": ("Mr",), "f": ("Ms", "Mrs")}
"""The titles anyone may put before a surname ("Mr Hollis" for Craig Hollis), whatever the article uses."""

KIN = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f", "husband": "m", "father": "m", "son": "m",
       "brother": "m", "twin": None, "partner": None}
_KIN_NAMED = re.compile(r"\b(?:his|her)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(KIN) + r")\b(?:\s+and\s+[a-z-]+)?,?\s+[A-Z][a-z]+")


def relatives(ana, e) -> list[str | None]:
    """The sexes of relatives named by first name beside person `e` ("who started the business with
    his wife Leanne"): they share the surname, so it alone names either."""
    texts = {ana.sents[m.sent].text for m in e.mentions}
    return [KIN[k.group(1)] for t in texts for k in _KIN_NAMED.finditer(t)]


def person_answers(ana, e, speaker: bool = False) -> tuple[list[str], bool]:
    """Every typed form that names person `e` beyond doubt, and whether the surname alone is one.

    The full name always; the surname, and the titled forms the article uses ("Mr Balls"), only
    when no other person (or other name) of the article shares that surname. For a `speaker` (who
    said a quote), nor when a relative is named beside them ("his wife Leanne"): either could have
    said it, where a blank in a sentence ("_____ and his wife Elena") can only be one of them.
    """
    name = e.name
    words = name.split()
    accepted = [name]
    if "-" in name:
        accepted += [name.replace("-", ""), name.replace("-", " ")]  # "Lee Sedol", "Lee Se dol"
    surname_ok = False
    kin_sexes = relatives(ana, e) if speaker else []  # "his wife Leanne": who said it, he or she?
    family_first = len(words) >= 2 and any(  # not "Sir Mick": a knight is called by his given name
        m.bare == words[0] and m.title and m.title.lower() not in ("sir", "dame") for m in e.mentions) or \
        len(words) == 2 and words[0] in FAMILY_FIRST and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]))
    # (and "Kim Soo-jin", named once: a Korean given name is the hyphened one)
    if family_first:
        # "Mr Lee" for Lee Se-dol, "Dr Tedros" for Tedros Adhanom Ghebreyesus: the article calls the
        # person by the first part, so that part is the name to type; the last part alone is a near miss.
        first = words[0]
        clash = any(o is not e and o.ftype in ("person", "partial") and
                    first.lower() in (w.lower() for w in o.name.split()) for o in ana.entities)
        if len(first) >= 2 and not clash:
            surname_ok = True
            accepted.append(first)
            if len(words) == 2:
                accepted.append(f"{words[1]} {words[0]}")  # "Na Li" for Li Na, the order many write it in
                if "-" in words[1]:
                    accepted.append(f"{words[1].replace('-', '')} {words[0]}")  # "Yujin Kim"
            for t in sorted({m.title for m in e.mentions if m.title}):
                if first.lower() == t.lower():
                    continue
                accepted += [f"{t} {first}"] + ([] if name.lower().startswith(t.lower() + " ") else [f"{t} {name}"])
        words = []
    royal = [t for t in ROYAL_TITLES if re.search(r"\b" + t + r"\s+" + re.escape(name), getattr(ana, "text", ""))]
    if royal or any(m.title in ROYAL_TITLES for m in e.mentions):
        words = []  # "King Juan Carlos" has no surname: "Carlos" and "King Carlos" are near misses
        accepted += [f"{t} {name}" for t in royal]
    if len(name.split()) >= 2 and name.split()[0] in ROYAL_TITLES:
        accepted.append(name.split(" ", 1)[1])  # "Beatrix" for "Queen Beatrix": the title is not the name
        words = []
    if len(words) >= 3 and words[-2].lower() in ("bin", "ibn", "bint", "binti"):
        words = []  # "Amrozi bin Nurhasyim": the last name is his father's, a near miss
    double = False  # the article writes the surname as two words ("Perez Molina"): the last alone is a near miss
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        alone = r"(?<![\w-])(?<!" + re.escape(words[k - 1]) + r" )" + re.escape(tail) + r"(?![\w-])"
        used = bool(re.search(alone, getattr(ana, "text", "")))
        double = double or used
        if used or len(words) == 3 and k == 1 and words[0] not in FAMILY_FIRST \
                and len(words[1]) > 2 and words[1][0].isupper() and words[1].lower() not in NAME_PARTICLES:
            # "Garcia Marquez was born…", "Ms Johnson Sirleaf", and for any name of three, the last two
            # ("Atta Mills", "Ali Agca")
            accepted += [tail] + [f"{t} {tail}" for t in sorted({m.title for m in e.mentions if m.title})
                                  if t.lower() not in ("sir", "dame")]
            surname_ok = True
    particle = next((k for k in range(1, len(words) - 1) if words[k].lower() in SURNAME_PARTICLES), None)
    if particle is not None:
        accepted.append(" ".join(words[particle:]))  # "van der Graaf" for Volkert van der Graaf
        surname_ok = True
    if len(words) == 2 and words[0] in FAMILY_FIRST and not family_first:
        # "Yuna Kim" for Kim Yu-na, "Na Li" for Li Na: the order many English reports use
        accepted += [f"{words[1]} {words[0]}", f"{words[1].replace('-', '')} {words[0]}"]
    if len(words) == 3 and words[1].lower() not in NAME_PARTICLES and not re.fullmatch(r"[A-Z]\.?", words[1]) and \
            not double:
        accepted.append(f"{words[0]} {words[2]}")  # "Thomas Jackson" for Thomas Penfield Jackson
    if len(words) >= 2 and not double:
        last = words[-1]
        clash = any(o is not e and o.ftype in ("person", "partial") and
                    last.lower() in (w.lower() for w in o.name.split()) for o in ana.entities)
        clash = clash or any(o is not e and o.ftype not in ("person", "partial") and
                             last.lower() in (w.lower() for w in o.name.split()) for o in ana.entities)
        clash = clash or bool(kin_sexes)
        if len(words) == 2 and words[0] in FAMILY_FIRST:
            clash = True  # "Liu Fang", named once: her family name may come first, so "Fang" alone is a guess
        if len(last) >= 3 and last[0].isupper() and not clash:
            surname_ok = True
            accepted.append(last)
            titles = sorted({m.title for m in e.mentions if m.title})
            if not {t.lower() for t in titles} & {"sir", "dame", "lord", "lady"}:
                from questions.generate.gazetteer import given_name_sex

                sex = e.gender or given_name_sex(words[0])  # "Mr Rantanen" for Pekka Rantanen, "he" to the story
                accepted += [f"{t} {last}" for t in COURTESY.get(sex, ()) if t not in titles]
            for t in titles:
                if t.lower() not in ("sir", "dame"):
                    accepted.append(f"{t} {last}")  # "Sir Mackintosh" is not how a knight is named
                if f"{t} {name}" not in accepted and not name.lower().startswith(t.lower() + " "):
                    accepted.append(f"{t} {name}")
    # A one-word form the article itself uses for this person and for no one else ("Woods said" in a
    # story that also names his father Earl Woods once in full; "a dishevelled Saddam").
    for m in e.mentions:
        w = m.bare
        if " " in w and len(w.split()) < len(name.split()) and name.endswith(" " + w) and \
                w.lower() not in (a.lower() for a in accepted):
            # "Ms Johnson Sirleaf" for Ellen Johnson Sirleaf, "Garcia Marquez": a surname of two words
            accepted += [w] + [f"{t} {w}" for t in sorted({x.title for x in e.mentions if x.title})
                               if t.lower() not in ("sir", "dame")]
            surname_ok = True
            continue
        if " " in w or len(w) < 3 or not w[:1].isupper() or w.lower() in (a.lower() for a in accepted):
            continue
        others = [o for o in ana.entities if o is not e]
        if any(o.ftype in ("person", "partial") and w.lower() == o.name.lower().split()[0] for o in others):
            continue  # "Kim" in a story that also names Kim Young-sam, whose family name comes first
        if any(x.bare.lower() == w.lower() for o in others for x in o.mentions):
            # another's name too; but "Mr Baird" beside "Ms Baird" is one of them
            accepted += [f"{x.title} {w}" for x in e.mentions if x.bare == w and title_sex(x.title) and
                         not any(y.bare == w and title_sex(y.title) == title_sex(x.title) for o in others
                                 for y in o.mentions)]
            continue
        if ana.find_form(w) not in (None, e):
            continue
        titled = [f"{x.title} {w}" for x in e.mentions if x.bare == w and x.title]  # "Ms Fernández"
        kin = [o for o in ana.entities if o is not e and o.ftype in ("person", "partial") and
               w.lower() == o.name.lower().split()[-1]] if speaker else []
        sexes = [o.gender for o in kin] + (kin_sexes if w == name.split()[-1] else [])
        if sexes:
            # who said it? "Mr Baird" in a story that quotes Helen Baird too (or "his wife Leanne"):
            # the surname alone is either of them, the title only when it tells them apart
            accepted += [t for t in titled if e.gender and all(g not in (None, e.gender) for g in sexes)]
            continue
        accepted.append(w)
        accepted += titled
        surname_ok = True
    if len(words) == 1:
        accepted += [f"{t} {name}" for t in sorted({m.title for m in e.mentions if m.title})]  # "Mr Suharto"
    if e.gender == "m" and any(m.title.lower() == "sir" for m in e.mentions) or \
            re.search(r"\bknighted\b|\bknighthood\b", ana.text) and e.gender == "m":
        accepted.append(f"Sir {name}")
    if e.gender == "f" and re.search(r"\bDame\b|\bdamehood\b", ana.text):
        accepted.append(f"Dame {name}")
    accepted += _rank_forms(ana, e, accepted)
    accepted += article_aliases(ana, [name] + [m.bare for m in e.mentions])
    seen: set[str] = set()
    out = []
    for a in accepted:
        if a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return out, surname_ok


def _rank_forms(ana, e, accepted: list[str]) -> list[str]:
    """The article's own rank or office before the person's name ("Col Rabuka", "Lieutenant Colonel
    Sitiveni Rabuka", "French President Jacques Chirac"), put before each accepted form of the name
    ("President Chirac", "President Hu"): how a student who read it may type the answer."""
    sents = getattr(ana, "sents", [])
    known = {a.lower() for a in accepted}
    name = e.name
    first = name.split()[0]
    forms = [a for a in accepted if a == name or name.endswith(" " + a) or a == first and a != name]
    prefixes: list[str] = []
    for m in e.mentions:
        if m.sent >= len(sents) or m.bare.lower() not in known:
            continue
        doc = sents[m.sent].doc
        k = office_start(doc, m.i)
        if k < m.i and doc[k:m.i].text not in prefixes:
            prefixes.append(doc[k:m.i].text)  # "Prime Minister", never "Minister" alone, nor "Prime"
    if "Justice" in prefixes and "Judge" not in prefixes:
        prefixes.append("Judge")  # "Mr Justice Sweeney" is "Judge Sweeney" to most readers
    return [f"{p} {f}" for p in prefixes for f in forms]


def person_hint(e, accepted: list[str], surname_ok: bool) -> str:
    """What a typed person answer asks for: "the surname is enough", "type the full name"."""
    words = e.name.split()
    if len(words) == 1 or words[0] in ROYAL_TITLES:
        return "the name the article uses"
    if surname_ok and len(words) >= 2 and words[0] in accepted and words[-1] not in accepted:
        if words[0] in FAMILY_FIRST:
            return "the family name is enough"
        if any(m.title and m.bare == words[0] for m in e.mentions):
            return "the name the article calls them by is enough"  # "Dr Tedros"
        return "type the full name"  # "Julián" is accepted, but the story calls his father "Mr Castaño" too
    if surname_ok and len(words) >= 2 and words[0] in accepted:
        return "one of the names is enough"
    if surname_ok:
        return "the surname is enough"
    return "type the full name"


def typed_person(prompt: str, ana, e, speaker: bool = False) -> tuple[str, list[str]]:
    """A typed-answer version of a question whose answer is person `e`: its prompt and accepted forms."""
    accepted, surname_ok = person_answers(ana, e, speaker)
    hint = person_hint(e, accepted, surname_ok)
    return f"{prompt} ({hint[:1].upper()}{hint[1:]}.)", accepted


SHE = {"she", "her", "hers", "herself"}
HE = {"he", "him", "his", "himself"}


def sex_gives_away(ana, e, stem: str) -> bool:
    """Whether a "she" in the stem of a typed person question leaves one candidate: the article
    names no other woman ("Who said she believed …?" when the story's only woman is the answer).
    News names fewer women than men, so "he" seldom narrows the field that far."""
    if e is None or e.gender != "f" or not set(re.findall(r"[a-z]+", stem.lower())) & SHE:
        return False
    return not any(o is not e and o.ftype == "person" and o.gender == "f" for o in ana.entities)


VEHICLES = ("liner", "ship", "vessel", "tanker", "ferry", "yacht", "freighter", "trawler", "submarine", "frigate",
            "cruiser", "destroyer", "warship", "boat", "airliner", "jet", "plane", "aircraft", "airship", "spacecraft",
            "probe", "rover", "shuttle", "rocket", "locomotive", "train", "racehorse", "horse", "colt", "filly")
"""Things a news story names like people ("the Italian liner Andrea Doria", "the racehorse Red Rum")."""


def surely_named_person(e, ana=None, speaker: bool = False) -> bool:
    """A person beyond doubt, for a typed answer: a known first name, a title or a gender, not
    merely a speaker (a company "said" things too), and not a ship or a horse named like one."""
    if e is None or e.ftype != "person":
        return False
    text = getattr(ana, "text", "") or ""
    if text and re.search(r"\b(?:" + "|".join(VEHICLES) + r")s?,? (?:the )?" + re.escape(e.name) + r"\b", text, re.I):
        return False
    if len(e.name.split()) < 2:
        return e.gender is not None and any(m.title for m in e.mentions)  # "Mr Suharto"
    from questions.generate import gazetteer as gz

    first = e.name.split()[0].lower()
    # The world's given names are noisy ("June", "King"): only for a `speaker`, whom the slot makes a
    # person or a body, and a body's name seldom opens with a given name ("Graciela Benítez" said it,
    # "Barrios Altos Vivos" is a campaign).
    return bool(e.gender or first in gz.MALE_NAMES or first in gz.FEMALE_NAMES or any(m.title for m in e.mentions) or
                speaker and first in gz.world_first_names())


CONTEST_VERBS = {"win", "beat", "defeat", "lose", "draw", "thrash", "overcome", "edge", "reach", "retain", "regain",
                 "claim", "lift", "clinch", "score", "play", "face", "qualify", "crown", "knock", "eliminate",
                 "trail"}


def plays(s, e) -> bool:
    """Whether place `e` is a side in a contest in this sentence: the subject or object of "win",
    "beat", "lose"… ("Fiji have won the cup", "after beating Germany")."""
    for m in s.mentions:
        if m.entity is not e:
            continue
        for k in range(m.i, m.j):
            t = s.doc[k]
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and contest(s, t.head):
                return True
            if t.dep_ == "nsubj" and any(c.dep_ in ("xcomp", "advcl", "conj") and contest(s, c) for c in t.head.children):
                return True  # "Europe produced a comeback to beat the United States"
            if t.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ in ("by", "after") and
                                         any(g.dep_ == "pcomp" and contest(s, g) for g in c.children)
                                         for c in t.head.children):
                return True  # "Greece completed one of the biggest shocks by beating Portugal"
    return False


CONTEST_OBJECTS = {"match", "game", "final", "title", "cup", "championship", "race", "series", "tournament",
                   "trophy", "medal", "gold", "league", "semi-final", "tie", "shootout", "contest", "world",
                   "wicket"}


def contest(s, verb) -> bool:
    """Whether a verb is a contest: "beat" always; "win", "lose", "retain" only with a contest or a
    score ("lost the final 2-1"), not "lost its AAA credit rating"."""
    lemma = verb.lemma_.lower()
    if lemma not in CONTEST_VERBS:
        return False
    if any(t.lemma_.lower() in ("vote", "voting", "ballot", "bid") for t in verb.subtree):
        return False  # "Qatar beat the United States in the final round of voting": a bid, not a side
    if lemma in ("beat", "defeat", "thrash", "overcome", "edge", "draw", "play", "face", "knock", "eliminate",
                 "trail"):
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return any(o.lemma_.lower() in CONTEST_OBJECTS or o.ent_type_ in ("EVENT",) for o in objs) or \
        bool(re.search(r"\b\d{1,3}-\d{1,3}\b", s.text)) and not objs
