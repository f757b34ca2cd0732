"""Provides cloze questions: a central sentence with a name or date blanked, options of its type.

Every mention of the answer in the sentence would have to be blanked, so a sentence that names the
answer twice (or names it once and gives its surname, alias or nationality elsewhere) is not used.
A name used as a modifier ("US media giant") is not blanked: only its own form would fit there.
"""

from __future__ import annotations

import random
import re

from questions.generate import gazetteer as gz
from questions.generate.analyse import NAME_PARTICLES, RANKS, ROLE_WORDS, TITLES, TITLES_X, Analysis
from questions.generate.base import (
    ANSWER_TYPES_CLOZE, BLANK, focus, GENDERED, Candidate, answer_text, blank_out, blank_span, explain, is_conjunct, mention_root, person_answers,
    surely_named_person, plays, sex_gives_away, typed_forms, typed_place, typed_what, person_hint, no_also,
)
from questions.generate.distractors import Slot, choice_distractors, date_distractors, date_type
from questions.generate.quotes import MIN_QUOTE_WORDS, SPEECH, quote_segments
from questions.generate.central import LEAD, city_for_government, ends_a_name, known_by_its_works, landmark_cue, locates_a_place, speech_setting, world_leader, background_fact, setting_blank, central_entity, epilogue, story_subject, central_sentence, country_cue, names_minor_person
from questions.generate.filters import (
    ORG_NOUNS, PERSON_NOUNS, giveaway_context, leaks, named_anchor, negated, opener, pointers, quoted_tokens,
    well_formed,
)

# What a nationality may describe in a question worth asking: a person or an organisation, not an
# abstract noun ("English football history") where it is a throwaway adjective.
NATIONALITY_HEADS = PERSON_NOUNS | ORG_NOUNS | {
    "carmaker", "manufacturer", "brand", "driver", "player", "team", "side", "squad", "national", "nationals",
    "citizen", "citizens", "sprinter", "swimmer", "cyclist", "boxer", "golfer", "tennis", "footballer",
    "rapper", "band", "duo", "novelist", "poet", "singer-songwriter", "scientist", "scientists", "astronaut",
    "billionaire", "businessman", "businesswoman", "tycoon", "entrepreneur", "investor", "owner", "designer",
    "architect", "director", "producer", "film-maker", "filmmaker", "journalist", "photographer", "chef",
    "climber", "explorer", "activist", "campaigner", "lawyer", "doctor", "surgeon", "officer", "soldier",
}



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
        has_quote = any(MIN_QUOTE_WORDS <= len(q.split()) and q[:1].isupper() for q in quote_segments(s.text))
        for m in s.mentions:
            e = m.entity
            dtype = date_type(m.text) if m.label == "DATE" else None
            if e is None and dtype in (None, "weekday", "month"):
                continue  # not a name or a date; a weekday or a month alone is a detail, not the news (see wh.WHEN)
            headline_name = e is not None and e.ftype not in ANSWER_TYPES_CLOZE and _headline_name(ana, s, m)
            if e is not None and e.ftype not in ANSWER_TYPES_CLOZE and not headline_name:
                continue
            if any(k in quoted for k in range(m.i, m.j)):
                continue
            root = s.doc[m.j - 1]
            if root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and \
                    (e is None or e.ftype != "nationality"):
                continue
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH and has_quote:
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
            # Worth asking: the story leans on the answer (headline, lead, named again and again).
            if e is not None and (not central_entity(ana, e) or epilogue(ana, s)):
                continue
            if e is not None and (background_fact(ana, s) or setting_blank(ana, s, m)):
                continue  # "has lived in _____ for 60 years"; "which has governed _____ since 1947"
            if s.index >= LEAD and story_subject(ana, e):
                continue  # the story's own subject in a side sentence: the fact stays in the stem
            if e is None and not central_sentence(ana, s):
                continue
            if names_minor_person(ana, s, e):
                continue  # a fact about a supporting character
            if e is not None and e.ftype == "nationality" and not _describes_actor(s, m):
                continue  # "stories in English football history": a throwaway adjective
            if e is not None and e.ftype == "nationality" and _known_leader_of(s, m, e):
                continue  # "_____ leader Kim Jong Un": every reader knows whose leader he is
            if e is not None and e.ftype in ("city", "country") and landmark_cue(ana, s, m):
                continue  # "Canary Wharf in _____": the landmark tells the city
            if e is not None and _superlative_appositive(s, m):
                continue  # "The world's largest passenger aircraft, the Airbus _____": a record names it
            if e is not None and e.ftype in ("city", "place", "country") and ends_a_name(s, m):
                continue  # "the International Criminal Tribunal for _____": part of a name
            if m.i > 0 and s.doc[m.i - 1].lower_ in NAME_PARTICLES:
                continue  # "President Bingu wa _____": the end of a longer name, maybe another person's
            if e is not None and e.ftype in ("person", "partial") and _name_cut_short(s, m):
                continue  # "Jean-Sebastien _____": the tagger's name is only the end of the person's
            if e is not None and e.ftype in ("city", "place", "country", "nation") and m.i > 0 and \
                    s.doc[m.i - 1].lower_ in PERSON_NOUNS | ROLE_WORDS:
                continue  # "the Hawaiian-born wrestler _____": a person the tagger took for a place
            if e is not None and e.ftype in ("city", "place", "country") and _in_the_speaker(s, m):
                continue  # "…, park officials in _____ have said": who says it, not the news
            if e is not None and e.ftype == "city" and city_for_government(s, m):
                continue  # "_____ has accused Kuwait of stealing oil": Baghdad for Iraq, not a city's act
            if e is not None and e.ftype in ("city", "place", "country") and locates_a_place(s, m):
                continue  # "the port of Civitavecchia, near _____": a map reference, not the news
            if e is not None and e.ftype in ("city", "place", "country") and speech_setting(s, m):
                continue  # "told a news conference in _____": where it was said, not the news
            why = giveaway_context(s, m)
            described = why == "a description before the name"
            if why and not described or described and (world_leader(e) or _place_before(s, m)) and _office_before(s, m):
                continue  # "North Korean leader _____", "Kenya's President _____": general knowledge names them
            if described and _inside_a_name(s, m):
                continue  # "the programme Go _____": part of a title, not a person's name
            if focus(s, m) < 0.75:
                continue  # a name in a clause that sets the scene ("walking out to the anthem of _____")
            i, j = blank_span(s, m)
            if i > 0 and s.doc[i - 1].lower_ in ("a", "an"):
                continue
            if s.resolved is e:
                continue
            if pointers(s, skip=set(range(i, j)) | s.skip0):
                continue
            if not named_anchor(s, skip=set(range(i, j))):
                continue  # nothing in the stem says what it is about
            answer = answer_text(s, m, i) if e is not None else m.text
            if not answer:
                continue
            stem = no_also(s.with_opener(blank_out(s, i, j)))
            if stem.count(BLANK) != 1 or leaks(stem.replace(BLANK, " "), e, answer):
                continue
            if country_cue(stem.replace(BLANK, " "), e, answer):
                continue  # "_____ Tyson Gay … a US record": only "American" fits
            if e is not None and _named_again(s, m, stem):
                continue  # "_____, the singer known as the King of Pop": the description names the answer
            if dtype is not None:
                wrong = date_distractors(ana, m.text, rng)
                if len(wrong) < 2:
                    continue
            else:
                words = {t.lower_ for k, t in enumerate(s.doc) if k not in range(i, j) and k not in quoted}
                slot = Slot(answer, e.ftype, s, e, m, gendered=bool(words & GENDERED) and e.ftype == "person")
                wrong = choice_distractors(ana, slot, rng)
                if i > 0 and s.doc[i - 1].lower_ == "the":
                    # "the _____ well": the stem keeps the "the", so no option may bring its own
                    wrong = [w[4:] if w.lower().startswith("the ") else w for w in wrong]
            if e is not None and e.kind and e.kind not in PLACE_KINDS and e.ftype in ("place", "city", "org", "other"):
                wrong = []  # "the Costa Concordia", tagged as a place, is a ship: no places as options
            if headline_name or described:
                # of no type the gazetteer knows, or "the far-right candidate _____" (a description
                # only the key fits): typed, never offered against other names
                wrong = []
            if e is not None and not wrong:
                factor = focus(s, m) * (0.85 if headline_name else 1.0)
                out.extend(_typed(ana, s, e, answer, stem, factor))
                continue
            quality = 0.75 + (0.1 if len(wrong) >= 3 else 0) + (0.05 if e is not None and e.salience > 1 else 0)
            quality *= focus(s, m)
            out.append(Candidate(
                kind="cloze", qtype="choice", prompt=f"Fill in the blank: {stem}", answer=answer,
                distractors=wrong, sent=s, key=e.key if e is not None else f"date:{m.text}",
                quality=quality, explanation=explain(s), ana=ana, entity=e,
            ))
    return out


def _typed(ana, s, e, answer: str, stem: str, factor: float = 1.0) -> list[Candidate]:
    """The cloze as a typed answer, when the article has too few rivals of the same part to offer."""
    if e.ftype == "person":
        if not surely_named_person(e, ana) or sex_gives_away(ana, e, stem):
            return []
        accepted, surname_ok = person_answers(ana, e)
        hint = person_hint(e, accepted, surname_ok)
        what = "Type the name" if len(e.name.split()) == 1 else \
            "Type the full name" if not surname_ok or hint == "type the full name" else f"Type the name ({hint})"
    elif e.ftype in ("city", "country", "nation", "place") and plays(s, e):
        # "Liverpool win the Champions League": a team named after its place
        accepted = typed_forms(ana, e, answer)
        if e.ftype == "city" and re.search(r"\bfootball\b|\bFC\b|\bPremier League\b|\bChampions League\b", ana.text):
            # "Liverpool FC"; a national side is never called "Greece FC"
            accepted += [f"{a} FC" for a in accepted if not a.endswith(" FC")]
        what = "Type the name of the team"
    elif not typed_place(s, e):
        return []  # an organisation, a thing ("the ship") or a city: see TYPED_PLACES
    else:
        accepted = typed_forms(ana, e, answer)
        what = f"Type {typed_what(e)}"
    if not accepted:
        return []
    answer = accepted[0]
    return [Candidate(
        kind="cloze", qtype="short", prompt=f"{what}: {stem}", answer=answer, distractors=[], sent=s,
        key=e.key, quality=(0.8 + (0.05 if e.salience > 1 else 0)) * factor, explanation=explain(s), ana=ana, entity=e,
        accepted=accepted,
    )]


PLACE_KINDS = {"island", "city", "town", "region", "province", "state"}

def _headline_name(ana, s, m) -> bool:
    """Whether a name of no known type ("Pluto", "Perseverance", "Tass") is worth typing: the
    headline names it and this is the lead, where the story says what happened to it."""
    from questions.generate.central import in_headline

    e = m.entity
    words = m.text.split()
    return s.index < LEAD and m.label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and \
        e.ftype in ("other", "place", "org", "work") and in_headline(ana, e) and 1 <= len(words) <= 4 and \
        all(w[:1].isupper() or w.lower() in ("of", "the", "and", "de") for w in words)


def _named_again(s, m, stem: str) -> bool:
    """Whether the stem describes the blank so that general knowledge names it: an apposition right
    after it ("_____, the singer known as the King of Pop,"), "the capital, _____" or "the world's
    most populous country"."""
    doc = s.doc
    last = doc[m.j - 1]
    if any(c.dep_ == "appos" and c.i >= m.j for c in last.children):
        return True
    if m.entity is not None and m.entity.ftype in ("person", "partial") and \
            re.search(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:novel|book|film|album|song|play|painting|opera|poem)\s+"
                      r"(?:The\s+|A\s+)?[A-Z]", stem):
        return True  # "the British author _____ over his novel The Satanic Verses": the work names its author
    if known_by_its_works(stem, m.entity, s.text):
        return True
    if re.search(re.escape(BLANK) + r",? (?:\w+ )?(?:known|nicknamed|dubbed|called) as\b", stem):
        return True  # "_____, widely known as Jokowi,": the nickname names the answer
    if re.search(r"\b(?:second|third|fourth|fifth|sixth)\b[^.]*\bafter\b[^.]*\band\b", stem.split(BLANK, 1)[1]):
        return True  # "_____ … the third country to send a person into space, after the Soviet Union and the US"
    if re.search(r"\bcapital(?: city)?,? " + re.escape(BLANK), stem):
        return True  # "the Afghan capital, _____": general knowledge names it
    if m.entity is not None and m.entity.ftype in ("company", "org", "media") and \
            re.search(r"\b(?:" + "|".join(map(re.escape, gz.DEMONYMS)) + r")\s+(?:[a-z-]+\s+)?(?:company|firm|group|maker|"
                      r"giant|carrier|airline|bank|retailer|manufacturer|business)\b", stem):
        return True  # "the mobile phone business of the Finnish company _____": Nokia, to anyone
    return bool(re.search(r"\bthe world's (?:most|largest|biggest|richest|oldest|tallest|longest|\w+est)\b", stem))


def _name_cut_short(s, m) -> bool:
    """Whether the word before a person's mention is the first part of the same name, which the tagger
    left out ("Jean-Sebastien Jacques" tagged as "Jacques", "Ana-Maria" as "Maria"). A capital at the
    start of the sentence is a role ("Manager _____ resigned"), and an office or a title is not a name."""
    doc = s.doc
    if m.i < 1:
        return False
    prev = doc[m.i - 1]
    if prev.text == "-" and m.i > 1 and not doc[m.i - 2].whitespace_ and doc[m.i - 2].text[:1].isupper():
        return True
    return m.i > 1 and prev.pos_ == "PROPN" and prev.text[:1].isupper() and \
        prev.ent_type_ not in ("NORP", "GPE", "LOC") and \
        prev.lower_.strip(".") not in TITLES | TITLES_X | RANKS | {"mp", "mep", "msp", "ceo"}


def _inside_a_name(s, m) -> bool:
    """Whether the word before a person's blank is a capitalised word that is not an office, a title
    or a nationality ("Go Digital"): the blank is then the end of some other name."""
    from questions.generate.filters import OFFICES

    prev = s.doc[m.i - 1] if m.i > 0 else None
    return prev is not None and prev.i > 0 and prev.text[:1].isupper() and prev.lower_ not in OFFICES and \
        prev.lower_ not in TITLES | TITLES_X and prev.ent_type_ not in ("NORP", "GPE", "ORG") and \
        prev.lower_ not in ("prime", "minister", "chancellor", "secretary", "governor", "general")


def _office_before(s, m) -> bool:
    """Whether the words before a name give an office ("US President _____", "North Korean leader _____")."""
    from questions.generate.filters import OFFICES

    prev = s.doc[m.i - 1] if m.i > 0 else None
    return prev is not None and (prev.lower_ in OFFICES or prev.lower_ in ("leader", "president", "premier"))


def _place_before(s, m) -> bool:
    """Whether a place or a nationality comes just before the office before a name ("Kenya's
    President _____", "New York Governor _____", "Soviet leader _____"). Judges failed 10 of 17
    typed questions of that shape: the holder of a country's or a state's office is general knowledge."""
    for k in range(m.i - 2, max(-1, m.i - 5), -1):
        t = s.doc[k]
        if t.is_punct and t.text not in ("'s", "’s"):
            return False
        if t.ent_type_ in ("GPE", "NORP"):
            return True
    return False


def _known_leader_of(s, m, e) -> bool:
    """Whether the nationality describes a world leader of that very country ("North Korean leader
    Kim Jong Un"): general knowledge, not the article's."""
    from questions.generate import gazetteer as gz
    from questions.generate.central import answer_country

    country = answer_country(e)
    after = {x.entity.name for x in s.mentions if x.i >= m.j and x.i <= m.j + 4 and x.entity is not None}
    return any(name in after and home == country for name, _g, home, *_ in gz.LEADERS)


def _describes_actor(s, m) -> bool:
    """Whether a nationality describes a person or an organisation ("_____ sprinter Tyson Gay",
    "the _____ carmaker"), the only places where it is a fact worth asking."""
    root = s.doc[m.j - 1]
    head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
    chain = []
    while head is not None and head.i > root.i and len(chain) < 5:
        chain.append(head)  # "_____ fisheries minister Ingrid Solberg": fisheries, minister, Solberg
        head = head.head if head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i else None
    for h in chain:
        if h.ent_type_ == "PERSON" or any(x.entity is not None and x.entity.ftype == "person" and x.i <= h.i < x.j
                                          for x in s.mentions):
            return True
        if h.lower_ in NATIONALITY_HEADS or h.lemma_.lower() in NATIONALITY_HEADS:
            return True
    return False


def _superlative_appositive(s, m) -> bool:
    """Whether the blank stands beside a record that names it ("the world's largest passenger
    aircraft, the Airbus _____"; "the world's tallest building, _____")."""
    root = s.doc[m.j - 1]
    described = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    if described is None:
        return False
    words = [t for t in described.subtree if not m.i <= t.i < m.j]
    return any(t.lower_ == "world" for t in words) and any(t.tag_ in ("JJS", "RBS") for t in words)


def _in_the_speaker(s, m) -> bool:
    """Whether a mention is part of the phrase naming who said the sentence ("park officials in
    Ecuador have said", "a spokesman for the government of Peru told reporters")."""
    t = mention_root(s.doc, m)
    if t.dep_ in ("nsubj", "nsubjpass"):
        return False  # "_____ has admitted that …": the speaker is the news
    for _ in range(8):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SPEECH:
            return True
        if t.head.i == t.i or t.dep_ in ("ccomp", "relcl", "advcl", "conj", "ROOT"):
            return False
        t = t.head
    return False
