"""Provides wrong options of the same fine type as the answer, and the checks that keep them wrong.

The answer decides the kind: a man with men, a country with countries, a weekday with weekdays, a
year with years. Options come from the article first (they are plausible there), then from the
built-in gazetteer. None may be the answer under another name, contain or be contained in another
option, or be "also true": named by the article in the same slot (the same role of the same word),
coordinated with the answer, or named in the question's own sentence.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from questions.generate import gazetteer as gz
from questions.generate.analyse import INDEX, Analysis, Entity, Mention, Sent, norm
from questions.generate.numeric import Amount, lookalikes, parse_amount


def leaks(text: str, entity: Entity | None, answer: str) -> bool:
    from questions.generate.filters import leaks as _leaks

    return _leaks(text, entity, answer)


@dataclass
class Slot:
    """The answer of a question and where it sits."""

    answer: str
    ftype: str
    sent: Sent
    entity: Entity | None = None
    mention: Mention | None = None
    gendered: bool = False
    """The stem has "he"/"his"/"she"/"her" about the blank: only the same gender will do."""


def mention_role(s: Sent, m: Mention) -> tuple[str, str]:
    """The grammatical slot of a mention: (its relation, the word it hangs on)."""
    doc = s.doc
    root = doc[m.j - 1]
    for k in range(m.i, m.j):
        if not (m.i <= doc[k].head.i < m.j) or doc[k].head.i == k:
            root = doc[k]
            break
    head = root.head
    if root.dep_ == "pobj":
        return (f"{head.lower_}:pobj", head.head.lemma_.lower())
    if root.dep_ == "conj":
        # "China and South Korea": the slot is that of the first conjunct.
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj":
            return (f"{first.head.lower_}:pobj", first.head.head.lemma_.lower())
        return (first.dep_, first.head.lemma_.lower())
    return (root.dep_, head.lemma_.lower())


def _root(s: Sent, m: Mention):
    doc = s.doc
    for k in range(m.i, m.j):
        if not (m.i <= doc[k].head.i < m.j) or doc[k].head.i == k:
            return doc[k]
    return doc[m.j - 1]


LIST_PREPS = {"with", "including", "like", "as", "plus", "along", "besides"}


def _listed_with(x, y) -> bool:
    """Whether `y` hangs on `x` through a list: conj, apposition, "along with", "including"."""
    t = y
    for _ in range(8):
        if t.head.i == t.i:
            return False
        ok = t.dep_ in ("conj", "appos") or (t.dep_ == "pobj" and t.head.lower_ in LIST_PREPS) or \
            (t.dep_ == "prep" and t.lower_ in LIST_PREPS) or (t.dep_ == "advmod" and t.lower_ == "along")
        if not ok:
            return False
        t = t.head
        if t.i == x.i:
            return True
    return False


def coordinated(ana: Analysis, a: Entity, b: Entity) -> bool:
    """Whether the article ever lists `a` and `b` together ("China and South Korea", "X, Y and Z"):
    then both would fill the same slot."""
    for s in ana.sents:
        ra = [_root(s, m) for m in s.mentions if m.entity is a]
        rb = [_root(s, m) for m in s.mentions if m.entity is b]
        for x in ra:
            for y in rb:
                if _listed_with(x, y) or _listed_with(y, x):
                    return True
                if x.head.i == y.head.i and "conj" in (x.dep_, y.dep_):
                    return True
                lo, hi = sorted((x.i, y.i))
                between = s.doc[lo + 1:hi]
                if len(between) <= 4 and any(t.lower_ in ("and", "or", "nor", ",") for t in between) and \
                        all(t.pos_ in ("PROPN", "CCONJ", "PUNCT", "DET") for t in between):
                    return True
    return False


def also_true(ana: Analysis, slot: Slot, cand: Entity) -> bool:
    """Whether `cand` might be a right answer too, by the article."""
    if any(m.entity is cand for m in slot.sent.mentions):
        return True
    if slot.entity is not None and coordinated(ana, slot.entity, cand):
        return True
    if slot.mention is not None:
        role = mention_role(slot.sent, slot.mention)
        for m in cand.mentions:
            if mention_role(ana.sents[m.sent], m) == role:
                return True
        # Same verb in another sentence with cand anywhere in it: "Who visited…?" / "X visited…"
        verb = _main_verb(slot.sent, slot.mention)
        if verb:
            for m in cand.mentions:
                if verb in {t.lemma_.lower() for t in ana.sents[m.sent].doc if t.pos_ in ("VERB", "AUX")}:
                    return True
    return False


def _main_verb(s: Sent, m: Mention) -> str | None:
    t = s.doc[m.j - 1]
    for _ in range(6):
        if t.pos_ == "VERB":
            return None if t.lemma_ in ("be", "have", "say", "tell", "add") else t.lemma_.lower()
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _distinct(options: list[str], cand: str, answer_forms: set[str]) -> bool:
    c = norm(cand)
    if not c or c in answer_forms:
        return False
    for o in options:
        o2 = norm(o)
        if c == o2 or c in o2 or o2 in c:
            return False
        if _shares_name_word(c, o2):
            return False
    return True


def _shares_name_word(a: str, b: str) -> bool:
    """Two names sharing a word ("kim jong un", "kim myong sik"; "north korea", "south korea" excepted)."""
    generic = {"the", "of", "and", "north", "south", "east", "west", "new", "united", "republic", "st",
               "national", "royal", "city", "party", "de", "la", "van", "von"}
    wa = set(a.split()) - generic
    wb = set(b.split()) - generic
    return bool(wa & wb)


def _pick(rng: random.Random, pool: list[str], n: int, answer: str) -> list[str]:
    """Prefer options close to the answer's length (so the longest is not always right)."""
    scored = sorted(pool, key=lambda x: (abs(len(x) - len(answer)) // 6, rng.random()))
    return scored[:n]


def choice_distractors(ana: Analysis, slot: Slot, rng: random.Random, n: int = 3,
                       prefer: set[str] | None = None) -> list[str]:
    """Exactly `n` wrong options for a choice question, or none (ask for a typed answer instead).

    Only the article's own entities of the answer's fine type that play the same part in the story
    (parties to deals, competitors, patients, speakers…) will do; for countries and cities, the
    gazetteer's of the same region too, when nothing in the stem asks for a particular strength
    (a Rugby World Cup winner is not any African country). Never made-up people or organisations.
    """
    wrong = entity_distractors(ana, slot, rng, n=n, prefer=prefer, strict=True)
    if slot.answer.lower().startswith("the ") and not any(w.lower().startswith("the ") for w in wrong):
        return []  # only the key reads "the United States" beside "Mexico", "Brazil": it stands out
    return wrong if len(wrong) >= n else []


# Words that put an actor in the same part of a story, by kind of event.
ROLE_FRAMES = {
    "deal": {"deal", "agreement", "agree", "sign", "contract", "merger", "merge", "acquisition", "acquire", "buy",
             "takeover", "bid", "purchase", "partnership", "partner", "licence", "license", "offer", "sell", "sale"},
    "contest": {"win", "beat", "defeat", "lose", "final", "semi-final", "quarter-final", "match", "game", "cup",
                "champion", "championship", "title", "tournament", "medal", "gold", "silver", "bronze", "race",
                "score", "victory", "trophy", "compete", "competition", "opponent", "rival", "qualify", "draw",
                "winner", "runner-up", "knock", "eliminate"},
    "health": {"health", "hospital", "ill", "illness", "die", "death", "treat", "treatment", "admit", "infection",
               "patient", "surgery", "disease", "sick", "condition", "recover", "discharge"},
    "finance": {"rescue", "bailout", "bail-out", "loan", "lend", "lender", "debt", "crisis", "package", "aid",
                "default", "austerity", "deficit", "borrow", "borrowing", "creditor"},
    "invest": {"invest", "investment", "investor", "stake", "shareholder", "back", "backer", "fund", "funding"},
    "office": {"president", "minister", "prime", "leader", "chancellor", "secretary", "mayor", "governor",
               "senator", "king", "queen", "premier", "chief", "executive", "boss", "chairman", "director"},
    "vote": {"vote", "referendum", "election", "elect", "poll", "ballot", "independence", "voter"},
    "bank": {"bank", "analyst", "lender", "broker", "insurer"},
    "research": {"scientist", "researcher", "professor", "study", "research", "discover", "discovery", "prize",
                 "award", "laureate"},
}
_LIGHT = {"be", "have", "say", "tell", "add", "do", "make", "take", "get", "go", "come", "also", "year", "time",
          "day", "week", "month", "people", "way", "part", "number", "one", "accord", "include", "use", "give",
          "who", "which", "that", "this", "it", "new", "former", "first", "last", "other", "own", "s"}


def _frame_words(tok) -> set[str]:
    """The content words of a verb's frame: the verb, its objects and complements, its prepositions' nouns."""
    out = {tok.lemma_.lower()}
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ", "VERB"):
            out.add(c.lemma_.lower())
        if c.dep_ == "prep":
            out |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    return out


def role_words(s: Sent, m: Mention) -> set[str]:
    """What part a mention plays: the nouns that describe it, the nouns and verb it hangs on, and
    that verb's frame; widened by the kind of event those words belong to."""
    root = _root(s, m)
    words: set[str] = set()
    for c in root.children:
        if c.dep_ in ("compound", "amod", "appos", "nmod") and c.pos_ in ("NOUN", "ADJ") and not (m.i <= c.i < m.j):
            words.add(c.lemma_.lower())
    t = root
    for _ in range(5):
        if t.head.i == t.i:
            if t.pos_ in ("VERB", "AUX"):
                words |= _frame_words(t)
            break
        t = t.head
        if t.pos_ == "NOUN":
            words.add(t.lemma_.lower())
        elif t.pos_ in ("VERB", "AUX"):
            words |= _frame_words(t)
            if t.lemma_.lower() not in _LIGHT:
                break
    return _widen(words)


def _widen(words: set[str]) -> set[str]:
    words = {w for w in words if w not in _LIGHT and re.fullmatch(r"[a-z][a-z-]+", w)}
    return words | {f"<{k}>" for k, ws in ROLE_FRAMES.items() if words & ws}


def _descriptor_words(e: Entity) -> set[str]:
    return _widen({w for d in e.descriptors for w in d.lower().split()})


def same_role(ana: Analysis, slot: Slot, cand: Entity) -> bool:
    """Whether `cand` plays the same part in the story as the answer does in the question's slot."""
    if slot.mention is None or _speech_slot(slot):
        return cand.spoke  # who said it: another of the story's speakers
    want = role_words(slot.sent, slot.mention)
    if slot.entity is not None:
        want |= _descriptor_words(slot.entity)
    have = _descriptor_words(cand)
    for m in cand.mentions:
        have |= role_words(ana.sents[m.sent], m)
    return bool(want & have)


CONTEST_WORDS = ROLE_FRAMES["contest"] | {"olympic", "olympics", "games", "league", "world cup", "team", "squad",
                                          "player", "players", "rugby", "football", "cricket", "tennis", "record"}


PLACE_ROLES = {"in:pobj", "at:pobj", "near:pobj", "outside:pobj"}


def gazetteer_plausible(slot: Slot) -> bool:
    """Whether any place of the answer's region and kind could fill the slot: only where the slot
    says where something happened, and not when the stem is about a contest (a winner, a host, a record), where only the real contenders are believable."""
    if slot.ftype not in ("country", "city", "nation") or slot.mention is None:
        return False
    if mention_role(slot.sent, slot.mention)[0] not in PLACE_ROLES:
        return False  # "part of _____", "a rescue for _____": only the story's own places are believable
    words = {t.lemma_.lower() for t in slot.sent.doc} | {t.lower_ for t in slot.sent.doc}
    return not (words & CONTEST_WORDS)


def entity_distractors(ana: Analysis, slot: Slot, rng: random.Random, n: int = 3,
                       prefer: set[str] | None = None, strict: bool = False) -> list[str]:
    """Up to `n` wrong options of the answer's fine type (article first, then gazetteer).

    Entities whose key is in `prefer` (the article's speakers, say) come first. `strict` keeps
    only those of the same part in the story, and the gazetteer only as `choice_distractors` says.
    """
    answer_forms = {norm(slot.answer)} | (slot.entity.forms if slot.entity else set())
    chosen: list[str] = []
    options = [slot.answer]
    # 1. Same fine type in the article.
    article_pool = []
    second_pool = []  # people of the other (or unknown) gender, when the stem does not tell
    for e in ana.entities:
        if e is slot.entity or e.ftype != slot.ftype:
            continue
        pool = article_pool
        if slot.ftype == "person":
            if len(e.name.split()) < 2:
                continue
            g = slot.entity.gender if slot.entity is not None else None
            if slot.gendered and (g is None or e.gender != g):
                continue
            if g and e.gender != g:
                pool = second_pool
        if slot.ftype in ("party", "city") and slot.entity is not None and slot.entity.group and \
                e.group and e.group != slot.entity.group and slot.ftype == "party":
            continue
        if slot.ftype == "person" and (not e.surely_person or not acts_in_story(ana, e)):
            continue  # "Albert Einstein's theory", "born Robert Allen Zimmerman": not a rival for the slot
        if slot.ftype == "person" and slot.entity is not None and not _speech_slot(slot) and \
                holds_office(ana, e) != holds_office(ana, slot.entity):
            continue  # a president offered as the marathon runner, or a runner as the president
        if slot.ftype == "city" and not _same_container(ana, slot, e.name):
            continue  # Edinburgh against London when the article says Scotland voted the other way
        if slot.ftype == "person" and slot.entity is not None and _roles(ana, e) and _roles(ana, slot.entity) and \
                not (_roles(ana, e) & _roles(ana, slot.entity)):
            continue  # the manager offered for "who scored", a player for "who was appointed manager"
        if slot.ftype == "company" and _public_body(e.name):
            continue  # "the Federal Reserve Bank" is not a company
        if also_true(ana, slot, e) or leaks(slot.sent.text, e, e.name):
            continue
        if strict and not same_role(ana, slot, e):
            continue
        if _distinct(options, e.name, answer_forms):
            pool.append(e.name)
    preferred = [x for x in article_pool if prefer and any(
        e.name == x and e.key in prefer for e in ana.entities)]
    others = [x for x in article_pool if x not in preferred]
    ordered = _pick(rng, preferred, n, slot.answer) + _pick(rng, others, n, slot.answer)
    gazetteer_people = [x for x in _gazetteer_pool(slot, rng, ana) if ana.find_form(x) is None] \
        if slot.ftype == "person" and not strict else []
    if len(ordered) + len(gazetteer_people) < n:
        ordered += _pick(rng, second_pool, n, slot.answer)
    for name in ordered:
        if _distinct(options, name, answer_forms):
            chosen.append(name)
            options.append(name)
    if len(chosen) >= n:
        return chosen[:n]
    if slot.ftype == "intl-org":
        return chosen  # the gazetteer's bodies are of every kind: the OECD does not declare pandemics
    if strict and (not gazetteer_plausible(slot) or
                   (slot.ftype == "country" and (slot.entity is None or not slot.entity.group))):
        return chosen  # no made-up rivals: a typed answer is asked instead
    # 2. The gazetteer, nearest group first.
    for name in _gazetteer_pool(slot, rng, ana):
        if len(chosen) >= n:
            break
        if ana.find_form(name) is not None or leaks(slot.sent.text, None, name):
            continue  # named in the article: it could be true, or it was already refused
        if slot.ftype == "city" and not _same_container(ana, slot, name):
            continue
        if _distinct(options, name, answer_forms):
            chosen.append(name)
            options.append(name)
    return chosen


ROLE_CLASSES = {
    "staff": {"manager", "coach", "boss", "chairman", "owner", "trainer"},
    "player": {"striker", "defender", "midfielder", "goalkeeper", "keeper", "forward", "winger", "player",
               "captain", "scorer", "substitute", "batsman", "bowler", "runner", "sprinter", "athlete"},
}
PUBLIC_WORDS = {"reserve", "central", "treasury", "ministry", "department", "commission", "agency", "council",
                "authority", "parliament", "congress", "senate", "government", "court", "police", "office"}


def _public_body(name: str) -> bool:
    return any(w in PUBLIC_WORDS for w in re.findall(r"[a-z]+", name.lower()))


def _roles(ana: Analysis, e: Entity) -> set[str]:
    """What part a person plays (staff or player), by the words the article puts before the name."""
    words = {w for d in e.descriptors for w in d.split()}
    for m in e.mentions:
        doc = ana.sents[m.sent].doc
        k = m.i - (1 if m.title else 0)
        words |= {t.lower_ for t in doc[max(0, k - 2):k]}
        root = doc[m.j - 1]
        for c in root.children:
            if c.dep_ == "appos":
                words |= {t.lower_ for t in c.subtree}
    return {cls for cls, ws in ROLE_CLASSES.items() if words & ws}


def acts_in_story(ana: Analysis, e: Entity) -> bool:
    """Whether a person takes part in the story (the subject of a verb, or a speaker), rather than
    being only mentioned: "Einstein's theory", "born Robert Allen Zimmerman", "owned by X"."""
    if e.spoke:
        return True
    for m in e.mentions:
        s = ana.sents[m.sent]
        root = _root(s, m)
        t = root
        while t.dep_ in ("appos", "conj", "compound") and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and not _in_past(s, root):
            return True
    return False


def _in_past(s: Sent, tok) -> bool:
    """A subject in a clause about another time ("since Geoff Hurst in 1966")."""
    return any(t.ent_type_ == "DATE" and re.fullmatch(r"(?:19|20)\d\d", t.text) for t in tok.head.subtree) and \
        tok.head.dep_ in ("pobj", "advcl", "relcl")


OFFICE_WORDS = {"president", "prime", "minister", "chancellor", "mayor", "governor", "senator", "king", "queen",
                "premier", "secretary", "secretary-general", "leader", "pope", "ambassador", "mp", "first"}


def _speech_slot(slot: Slot) -> bool:
    """Whether the slot is the one who says something: anyone in the story may have said it."""
    if slot.mention is None:
        return True
    from questions.generate.quotes import SPEECH

    t = _root(slot.sent, slot.mention)
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SPEECH


def holds_office(ana: Analysis, e: Entity) -> bool:
    """Whether the article gives a person a public office ("Kenya's President Uhuru Kenyatta")."""
    if any(w in OFFICE_WORDS for d in e.descriptors for w in d.split()):
        return True
    if any(x[0] == e.name for x in gz.LEADERS):
        return True
    for m in e.mentions:
        doc = ana.sents[m.sent].doc
        before = [t.lower_ for t in doc[max(0, m.i - 3):m.i]]
        if m.title.lower() in OFFICE_WORDS or any(w in OFFICE_WORDS for w in before[-2:]):
            return True
        head = doc[m.j - 1]
        for c in head.children:
            if c.dep_ == "appos" and any(t.lower_ in OFFICE_WORDS for t in c.subtree):
                return True
    return False


def story_year(ana: Analysis) -> int | None:
    """The latest year the article names: the story's own time, for choosing leaders of then."""
    years = [int(t.text) for s in ana.sents for t in s.doc
             if t.ent_type_ == "DATE" and re.fullmatch(r"(?:19|20)\d\d", t.text)]
    return max(years) if years else None


def _container(name: str) -> str | None:
    """The nation (England, Scotland…) or country a city lies in, by the gazetteer."""
    nation = gz.CITY_NATION.get(name)
    if nation:
        return nation
    for country, cities in gz.CITIES.items():
        if name in cities:
            return country
    return None


def _same_container(ana: Analysis, slot: Slot, name: str) -> bool:
    """False when a city lies in a place the article names that does not hold the answer: the
    article may say that place did what the question asks (also true by region)."""
    box = _container(name)
    if box is None:
        return True
    if box == _container(slot.answer):
        return True
    return ana.find_form(box) is None


def _family(region: str) -> str:
    """A continent-sized family of gazetteer regions: Europe, Asia, or the region itself."""
    if region.startswith("europe"):
        return "europe"
    if region.endswith("asia") or region == "middle-east":
        return "asia"
    return region


def _gazetteer_pool(slot: Slot, rng: random.Random, ana: Analysis | None = None) -> list[str]:
    e = slot.entity
    group = e.group if e else ""
    ft = slot.ftype
    near: list[str] = []
    far: list[str] = []
    if ft == "country":
        for region, names in gz.COUNTRIES.items():
            if region == group:
                near.extend(names)
            elif _family(region) == _family(group) or not group:
                far.extend(names)
    elif ft == "city":
        country = group
        region = INDEX.get(norm(country), ("", "", ""))[2]
        for c, cities in gz.CITIES.items():
            if c == country:
                near.extend(x for x in cities if x != country)
            elif INDEX.get(norm(c), ("", "", ""))[2] == region:
                far.extend(cities[:2])
    elif ft == "nation":
        for names in gz.NATIONS.values():
            if slot.answer in names or (e and e.name in names):
                near.extend(names)
    elif ft == "party":
        near.extend(gz.PARTIES.get(group, ()))
    elif ft == "intl-org":
        near.extend(gz.INTERNATIONAL_ORGS)
    elif ft == "company":
        for sector, names in gz.COMPANIES.items():
            (near if sector == group else far).extend(names)
        if not group:
            far = []  # a company of unknown trade gets no made-up rivals
            near = []
    elif ft == "nationality":
        country = group
        region = INDEX.get(norm(country), ("", "", ""))[2]
        for dem, c in gz.DEMONYMS.items():
            r = INDEX.get(norm(c), ("", "", ""))[2]
            if r == region:
                near.append(dem)
            elif _family(r) == _family(region):
                far.append(dem)  # same continent: Finnish for Norwegian, not Saudi
    elif ft == "person" and e is not None:
        leader = next((x for x in gz.LEADERS if x[0] == e.name), None)
        year = story_year(ana) if ana is not None else None
        if leader is not None and year is not None:
            _, gender, country, y0, y1 = leader
            for name, g, c, a0, a1 in gz.LEADERS:
                # the same country's leaders in office in the story's year: Blair for Brown, not Chavez
                if name != e.name and g == gender and c == country and a0 <= year <= a1:
                    near.append(name)
    rng.shuffle(near)
    rng.shuffle(far)
    return near + far


# --- dates ------------------------------------------------------------------------------------------

_YEAR = re.compile(r"^(?:in )?((?:19|20)\d\d)$")
_DAY_MONTH = re.compile(r"^(\d{1,2}) (" + "|".join(gz.MONTHS) + r")$")
_MONTH_DAY = re.compile(r"^(" + "|".join(gz.MONTHS) + r") (\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(" + "|".join(gz.MONTHS) + r") ((?:19|20)\d\d)$")


def date_type(text: str) -> str | None:
    """The fine type of a date as written: weekday, month, year, day-month, month-year; None if other."""
    t = text.strip()
    if t in gz.WEEKDAYS:
        return "weekday"
    if t in gz.MONTHS:
        return "month"
    if _YEAR.match(t):
        return "year"
    if _DAY_MONTH.match(t) or _MONTH_DAY.match(t):
        return "day-month"
    if _MONTH_YEAR.match(t):
        return "month-year"
    return None


def date_distractors(ana: Analysis, text: str, rng: random.Random, n: int = 3) -> list[str]:
    """Wrong dates of the same form, none that the article itself names."""
    kind = date_type(text)
    named = {m.text.strip() for s in ana.sents for m in s.mentions if m.label in ("DATE", "TIME")}
    named_words = set(" ".join(named).split())
    out: list[str] = []
    if kind == "weekday":
        pool = [d for d in gz.WEEKDAYS if d != text and d not in named_words]
        rng.shuffle(pool)
        out = pool[:n]
    elif kind == "month":
        i = gz.MONTHS.index(text)
        pool = [gz.MONTHS[(i + k) % 12] for k in (-2, 2, 4, -4, 3, -3, 5, 6)]
        out = [m for m in pool if m not in named_words][:n]
    elif kind == "year":
        y = int(_YEAR.match(text).group(1))
        years = {int(w) for w in named_words if w.isdigit() and len(w) == 4}
        pool = [y + k for k in (-2, 1, -4, 3, -1, 2, -3, 4, -5, -6)]
        now = max(years | {y})
        # Never after the story's own time: "the previous championships" in 2010 for a 2009 story.
        out = [str(v) for v in pool if v not in years and v != y and v <= now][:n]
    elif kind == "day-month":
        m = _DAY_MONTH.match(text)
        day, month = (int(m.group(1)), m.group(2)) if m else (int(_MONTH_DAY.match(text).group(2)), _MONTH_DAY.match(text).group(1))
        out = _near_days(day, month, named, bool(_DAY_MONTH.match(text)), rng, n)
    elif kind == "month-year":
        m = _MONTH_YEAR.match(text)
        i, y = gz.MONTHS.index(m.group(1)), int(m.group(2))
        for k, dy in ((3, 0), (-4, 1), (6, -1), (-2, -2)):
            cand = f"{gz.MONTHS[(i + k) % 12]} {y + dy}"
            if cand not in named:
                out.append(cand)
        out = out[:n]
    return out


def _near_days(day: int, month: str, named: set[str], day_first: bool, rng: random.Random, n: int) -> list[str]:
    """Wrong days within a few weeks of the key that keep the order of events the article tells: none
    falls on the other side of another day the article names ("5 June" for an invasion on 2 April is
    ruled out by a landing on 21 May)."""
    import datetime

    def day_of_year(d: int, mo: str) -> int:
        return datetime.date(2001, gz.MONTHS.index(mo) + 1, min(d, 28 if mo == "February" else 30)).timetuple().tm_yday

    key = day_of_year(day, month)
    others = []
    for t in named:
        m = _DAY_MONTH.match(t) or _MONTH_DAY.match(t)
        if m:
            d, mo = (int(m.group(1)), m.group(2)) if _DAY_MONTH.match(t) else (int(m.group(2)), m.group(1))
            if (d, mo) != (day, month):
                others.append(day_of_year(d, mo))
    steps = [-21, -14, -9, -6, 5, 8, 13, 19]
    rng.shuffle(steps)
    out = []
    for step in steps:
        when = key + step
        if not 1 <= when <= 365 or any((o - key) * (o - when) <= 0 for o in others):
            continue
        date = datetime.date(2001, 1, 1) + datetime.timedelta(days=when - 1)
        mo = gz.MONTHS[date.month - 1]
        cand = f"{date.day} {mo}" if day_first else f"{mo} {date.day}"
        if cand not in named:
            out.append(cand)
        if len(out) == n:
            break
    return out


# --- amounts ----------------------------------------------------------------------------------------


def article_amounts(ana: Analysis) -> list[Amount]:
    """Every amount the article names, to keep look-alikes from being true."""
    out = []
    for s in ana.sents:
        for m in s.mentions:
            if m.label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME"):
                a = parse_amount(m.text)
                if a is not None:
                    out.append(a)
    return out


def amount_distractors(ana: Analysis, amount: Amount, rng: random.Random, n: int = 3,
                       majority: bool = False) -> list[str]:
    """Wrong amounts in the answer's unit and style, none equal to an amount of the article, placed
    at random around the answer (its rank among the options is random); a winner's share stays a
    majority when `majority`."""
    return lookalikes(amount, article_amounts(ana), n=n, seed=rng.randrange(1 << 30), majority=majority)
