"""Provides the hard filters: what makes a sentence unfit to ask about, or a stem give the answer away.

A question passes only if its stem stands alone (no "he", "it", "this", "the company" pointing back
to an earlier sentence; no opening "But" or "However"), is a whole sentence of sensible length with
balanced quotes, and never names its own answer (nor its surname, alias, capital or nationality).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from questions.generate.analyse import Entity, Sent, demonym_noun, norm
from questions.generate.base import HE, SHE, plays
from questions.generate.central import is_world_city, names_a_country

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS, MAX_WORDS = 7, 40

CONNECTIVES = {
    "but", "and", "or", "so", "yet", "however", "also", "meanwhile", "still", "instead",
    "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "likewise", "similarly",
    "then", "thus", "therefore", "otherwise", "besides", "now", "earlier", "later", "elsewhere",
    "separately", "other", "others", "another", "both", "such", "similar", "there", "here",
    "accordingly", "consequently", "hence", "anyway", "again", "too", "finally", "first",
    "second", "third", "lastly", "previously", "subsequently", "ultimately", "despite", "although",
    "though", "while", "whereas", "unlike", "it", "this", "these", "those", "that", "he", "she",
    "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "the", "some",
    "many", "most", "all", "few", "several", "one", "neither", "either", "each", "yes", "no",
}
# Openers with "the" that still stand alone: "The United States...", handled by the entity check.
CONNECTIVE_PHRASES = ("in addition", "as a result", "in turn", "in contrast", "by contrast", "even so",
                      "on the other hand", "at the same time", "in the meantime", "for example",
                      "for instance", "in fact", "of course", "after that", "as well")
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me"}
POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your", "hers", "theirs", "ours",
               "himself", "herself", "itself", "themselves"}
DEMONSTRATIVES = {"this", "these", "those", "such"}
TIME_NOUNS = {"year", "week", "month", "season", "spring", "summer", "autumn", "winter", "weekend",
              "morning", "afternoon", "evening", "time", "quarter", "decade", "century", "term",
              "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "christmas", "easter"}
# Nouns that, after a bare "the", point back to something named earlier ("the firm", "the move").
VAGUE_NOUNS = {
    "firm", "company", "group", "business", "man", "woman", "player", "star", "side", "club", "team",
    "singer", "actor", "actress", "band", "minister", "official", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chief", "boss", "country", "city", "pair", "couple", "duo", "former",
    "latter", "move", "plan", "plans", "deal", "decision", "report", "study", "case", "scheme", "idea",
    "proposal", "proposals", "measure", "measures", "bill", "change", "changes", "figures", "rise",
    "fall", "cut", "increase", "announcement", "agency", "organisation", "organization", "body",
    "event", "incident", "attack", "film", "album", "song", "show", "book", "game", "product",
    "device", "project", "programme", "program", "law", "rules", "rule", "policy", "system",
    "service", "site", "website", "operator", "giant", "maker", "winner", "victim", "victims",
    "author", "artist", "writer", "director", "festival", "award", "prize", "ceremony", "track", "series", "movie", "sculptor", "musician", "athlete", "runner", "coach", "manager",
    "striker", "captain", "champion", "veteran", "youngster", "teenager", "suspect", "accused",
    "defendant", "president", "leader", "secretary", "chancellor", "state", "region", "nation",
    "crackdown", "blaze", "technology", "issue", "problem", "one", "ones", "pitch", "stadium",
    "hosts", "visitors", "holders", "venue", "tournament", "competition", "race", "match", "trial", "inquiry", "probe", "investigation",
    "survey", "research", "researchers", "analysts", "experts", "officials", "authorities",
    "company's", "firm's", "network", "channel", "station", "paper", "newspaper", "magazine", "label",
    "retailer", "bank", "airline", "carrier", "supermarket", "chain", "store", "shop", "brand",
    "version", "model", "console", "phone", "handset", "gadget", "tree", "plant", "latest",
    "same", "new", "pay", "gallery", "museum", "school", "university", "hospital", "court", "judge",
    "jury", "force", "army", "troops", "government's", "administration", "regime",
    "concert", "celebration", "celebrations", "bicentennial", "anniversary", "tour", "meeting", "sale",
    "news", "unit", "arm", "division", "offer", "bid", "takeover", "merger", "strike", "row", "dispute",
}


def quoted_tokens(doc: "Doc") -> set[int]:
    """Indices of tokens that lie inside quotation marks (curly or straight)."""
    inside: set[int] = set()
    depth = False
    for t in doc:
        ch = t.text
        if ch in ("“", "‘") or (ch in ('"', "'") and not depth and t.whitespace_ == "" and t.i + 1 < len(doc)):
            if ch == "'" and t.i > 0 and doc[t.i - 1].whitespace_ == "":
                continue  # an apostrophe, not a quote
            depth = True
            continue
        if ch in ("”", "’") or (ch in ('"', "'") and depth):
            if ch == "’" and not depth:
                continue
            depth = False
            continue
        if depth:
            inside.add(t.i)
    return inside


def well_formed(s: Sent) -> str | None:
    """Why a sentence cannot be evidence (None when it can): length, ending, quotes, brackets."""
    text = s.text
    words = len(text.split())
    if words < MIN_WORDS:
        return "too short"
    if words > MAX_WORDS:
        return "too long"
    if not (text[0].isupper() or text[0].isdigit()):
        return "does not start like a sentence"
    if not re.search(r"[.!?][\"'”’)]*$", text):
        return "no closing full stop"
    if text.rstrip("\"'”’").endswith("?"):
        return "a question"
    flat = text.replace("“", '"').replace("”", '"')
    if flat.count('"') % 2 or text.count("(") != text.count(")"):
        return "unbalanced quotes or brackets"
    if text.count("‘") > text.count("’"):
        return "unbalanced quotes"
    if re.search(r"https?://|www\.|@\w|#\w", text):
        return "a link or handle"
    age = re.search(r"\b[Tt]he \d+-year-old\b", text)
    if age and not (s.resolved is not None and age.start() == s.doc[s.lead].idx):
        return "pointer 'the 28-year-old'"  # (an opening one the sentence before settles is written as the name)
    if re.search(r"\.\.|…|\?!|!\?", text):
        return "an ellipsis or a reader's aside"
    if not any(t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in t.children)) for t in s.doc):
        return "not a whole clause"
    roots = [t for t in s.doc if t.dep_ == "ROOT"]
    if roots and roots[0].pos_ in ("NOUN", "PROPN") and \
            not any(c.dep_ in ("aux", "auxpass", "cop") for c in roots[0].children):
        return "not a whole clause"  # "The pair contest the 60m, …": the parser found no main verb
    if elliptic(s):
        return "leaves out what it is about"  # "Britain joined in October 1990"
    return None


# Openings that place the sentence in time after something told before: "Hours later, …".
TIME_LINK = re.compile(
    r"^(?:(?:\w+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?|"
    r"(?:a|one|two|three|four|five|six|a few|several) \w+) (?:later|after|afterwards|earlier|before|on)\b|"
    r"(?:shortly|soon|not long|immediately|just|moments?) (?:after|afterwards|later|before)\b|"
    r"within (?:hours|minutes|days|weeks|months|a day|an hour|a week|a month|a year)\b|"
    r"afterwards?\b|then\b|meanwhile\b|by then\b|since then\b|until then\b|at that\b|at the time\b|"
    r"the (?:next|following|previous) (?:day|morning|evening|night|week|month|year)\b|"
    r"(?:[\w-]+ ){1,3}(?:later|afterwards|afterward)\b|"
    r"the day (?:after|before)\b|that (?:day|night|morning|evening|afternoon|week)\b|it was\b)")


def opener(s: Sent) -> str | None:
    """Why the start of the sentence depends on what came before (None when it does not)."""
    doc = s.doc
    if TIME_LINK.match(s.text.lower()) or TIME_LINK.match(s.text[doc[s.lead].idx:].lower()):
        return "opens with a time link"
    if s.lead and doc[0].lower_ in ("however", "but", "yet", "still") and s.resolved is None and not any(
            m.entity is not None and m.entity.salience >= 2 and m.entity.ftype not in ("other", "nationality")
            for m in s.mentions):
        return "opens with a contrast and names none of the story's actors"  # "However, a UN arms embargo…"
    if s.resolved is not None or any(i == s.lead for i, _, new in s.rewrites if new):
        return None  # "He", "The two men": written as the names
    first = doc[s.lead].lower_
    low = s.text[doc[s.lead].idx:].lower()
    if any(low.startswith(p + " ") or low.startswith(p + ",") for p in CONNECTIVE_PHRASES):
        return "opens with a connective"
    nxt = doc[s.lead + 1] if len(doc) > s.lead + 1 else None
    if first in ("earlier", "later") and nxt is not None and nxt.lower_ in ("this", "that", "on", "last", "today",
                                                                         "yesterday", "in"):
        return None  # "Earlier this week, Microsoft said…": a date, not a pointer
    if first == "there" and nxt is not None and nxt.lemma_ == "be":
        return None  # "There are plans to…": existential, not a pointer
    if first in ("all", "both", "the") and nxt is not None and (nxt.pos_ == "NUM" or nxt.like_num):
        return "opens with a count of something named before"  # "All 25 crew members…": of what?
    if first in ("all", "most", "some", "many", "several") and nxt is not None and nxt.lower_ != "of" and \
            nxt.pos_ in ("NOUN", "ADJ"):
        return None  # "Many analysts expect…" stands alone; "Many of them…" does not
    if first in CONNECTIVES and first != "the":
        if first in ("one", "all", "most", "some", "many", "both", "several") and nxt is not None and \
                nxt.lower_ == "of":
            obj = [x for x in nxt.subtree if x.i != nxt.i]
            if first in ("most", "all", "much") and obj and obj[0].lower_ == "the" and \
                    any(x.ent_type_ in ("GPE", "LOC", "ORG", "FAC") for x in obj):
                return None  # "Most of the US city of New Orleans is under water": of a named place
            return "opens with a quantifier"
        if first in ("this", "these", "that", "those", "it", "there"):
            return "opens with a pointer back"
        return "opens with a connective or pronoun"
    return None


def _speaks_for(name) -> bool:
    """Whether a firm's name can be what a later "the company" points back to: not when it only owns
    a thing ("Kraft's offer valued the company"), but when it acts or one of its people speaks
    ("Bayer's chief executive said the combined business…")."""
    if name.dep_ != "poss":
        return True
    return name.head.lower_ in PERSON_NOUNS or name.head.lower_ in ("executive", "head")


def _head_of_name(t):
    """The last word of the name a token is part of ("Steel" in "Tata Steel")."""
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    return t


def pointers(s: Sent, skip: set[int] = frozenset(), allow_quoted: bool = True,
             hidden: set[int] = frozenset()) -> str | None:
    """Why a stretch of text does not stand alone: a pronoun, a "this", a vague "the firm".

    Tokens in `skip` (the blank) are ignored, though what they name still counts as named; tokens in
    `hidden` (words a question leaves out) neither count nor name anything. Inside quotation marks
    pronouns are the speaker's own
    and are allowed when `allow_quoted`. A possessive ("his", "her", "its") is allowed once a
    person or thing has been named earlier in the same sentence.
    """
    doc = s.doc
    people = {k for m in s.mentions if m.entity is not None and m.entity.ftype in ("person", "partial")
              for k in range(m.i, m.j)} | s.people_at
    if s.resolved is not None and s.resolved.ftype in ("person", "partial"):
        people |= set(range(s.lead, s.lead + s.opener_len))  # "The 76-year-old leader … his decision"
    named = {k for m in s.mentions if m.entity is not None and m.entity.ftype not in ("person", "partial")
             for k in range(m.i, m.j)}
    # A firm "the company" can point back to: not one that only owns something ("Kraft's offer valued
    # the company"), nor another firm in a story about one company ("the Bank of England … the bank's
    # accounts" in a story about Northern Rock).
    companies = {k for m in s.mentions if m.entity is not None and m.entity.ftype in ("company", "org") and
                 (s.main_company is None or m.entity is s.main_company)
                 for k in range(m.i, m.j) if _speaks_for(_head_of_name(doc[k]))}
    places = {k for m in s.mentions if m.entity is not None and m.entity.ftype in ("country", "nation", "place")
              for k in range(m.i, m.j)}
    cities = {k for m in s.mentions if m.entity is not None and m.entity.ftype == "city" for k in range(m.i, m.j)}
    seen_city = False
    quoted = quoted_tokens(doc) if allow_quoted else set()
    seen_person = seen_named = seen_place = seen_company = seen_person_named = False
    seen_subject_thing = seen_subject_plural = seen_group = False
    seen_nouns: set[str] = set()
    gender_at = {k: m.entity.gender for m in s.mentions if m.entity is not None and m.entity.ftype in ("person", "partial")
                 for k in range(m.i, m.j)}
    seen_genders: set[str | None] = set()
    for t in doc:
        if t.i in hidden:
            continue
        blank = t.i in skip  # the blank (or a resolved opener): it names things, but is not read
        if t.i in quoted and not blank:
            continue
        if t.i in people or t.ent_type_ == "PERSON":
            seen_person = True
            seen_genders.add(gender_at.get(t.i))
            seen_person_named = seen_person_named or not blank
        seen_named = seen_named or t.i in named
        seen_place = seen_place or t.i in places
        seen_company = seen_company or t.i in companies
        if blank:
            continue
        low = t.lower_
        seen_city = seen_city or t.i in cities
        if low in SHE and t.pos_ == "PRON" and seen_genders == {"m"} or \
                low in HE and t.pos_ == "PRON" and seen_genders == {"f"}:
            return f"pronoun '{t.text}'"  # "Judge Michael Stegmann … gave her five years": who is she?
        if t.ent_type_ in ("ORG", "GPE", "NORP") or (t.tag_ in ("NNS", "NNPS") and t.lower_ not in TIME_NOUNS and
                                                     t.lemma_.lower() not in TIME_NOUNS):
            seen_group = True  # who "they" can be: "the rebels", "Nato"; not "a week"
        if t.ent_type_ in ("ORG", "GPE", "PRODUCT", "FAC", "WORK_OF_ART"):
            seen_named = True
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i not in people and \
                t.ent_type_ != "PERSON" and t.lower_ not in PERSON_NOUNS and t.lower_ not in ("founder", "owner") and \
                not any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.i in people) for c in t.children):
            # A thing that is the subject of a clause before the pronoun: "The dollar hit its highest…"
            if t.tag_ in ("NNS", "NNPS"):
                seen_subject_plural = True
            else:
                seen_subject_thing = True
        if low in SUBJECT_PRONOUNS and t.pos_ == "PRON":
            if low in ("it",) and t.dep_ in ("nsubj", "expl", "nsubjpass") and _dummy_it(t):
                continue
            if low == "it" and seen_named and t.i >= 2 and t.dep_ in ("nsubj", "nsubjpass"):
                continue  # "Microsoft said it would…"
            if low == "it" and seen_subject_thing and t.i >= 3:
                continue  # "The laptop was chosen because it was…"
            if low in ("they", "them") and seen_subject_plural and t.i >= 3:
                continue
            if low in ("they", "them") and seen_group and t.i > 3:
                continue
            if low in ("he", "she") and seen_person and t.i > 2:
                continue
            if low in ("him", "them") and seen_person_named and t.i > 2 and _object_referent(doc, t, people, skip):
                continue  # not the blank: "Who travelled to greet him?" (him is not the one who travelled)
            return f"pronoun '{t.text}'"
        if low in POSSESSIVES:
            if low in ("his", "her", "its", "their") and t.dep_ == "poss" and \
                    t.head.lemma_.lower() in VAGUE_NOUNS and not _says_which(t.head) and \
                    t.head.lemma_.lower() not in seen_nouns and \
                    not (seen_person and t.head.lemma_.lower() in OWN_NOUNS):
                return f"vague '{t.text} {t.head.text}'"  # "announced his decision": which decision?
            if low in ("his", "her", "himself", "herself") and seen_person:
                continue
            if low in ("his", "her") and _cataphora(s, t, people):
                continue  # "In his opening remarks, Mr Putin welcomed…": named right after
            if low in ("its", "itself") and (seen_named or seen_subject_thing):
                continue
            if low in ("their", "themselves") and (seen_named or seen_person or seen_subject_plural):
                continue
            return f"pronoun '{t.text}'"
        if low in ("similar", "same") and t.dep_ == "amod" and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") and \
                not any(x.lower_ in ("to", "as") for x in doc[t.i + 1:t.i + 4]):
            return f"pointer '{t.text}'"  # "a similar demand": similar to what?
        if low in ("previous", "preceding", "aforementioned", "said") and t.dep_ == "amod":
            return f"pointer '{t.text}'"  # "the previous championships": before which?
        if low in ("however", "therefore", "though", "nevertheless", "instead", "thus", "meanwhile",
                   "likewise", "similarly", "again", "latter", "former") and t.pos_ in ("ADV", "ADJ", "NOUN") and \
                not (low == "instead" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
            return f"pointer '{t.text}'"
        if low in ("second", "third", "fourth", "fifth") and t.dep_ == "amod" and t.i > 0 and \
                doc[t.i - 1].lower_ in ("a", "an") and (t.head.ent_type_ == "NORP" or t.head.lower_ in PERSON_NOUNS):
            return f"pointer '{t.text}'"  # "A third Russian was acquitted": after the two named before
        if low in ("other", "another") and t.dep_ in ("amod", "det", "nsubj", "dobj", "pobj") and \
                not (t.i > 0 and doc[t.i - 1].lower_ in ("each", "one")):
            return f"pointer '{t.text}'"
        if low == "the" and t.dep_ == "det" and t.i + 1 < len(doc) and \
                (re.fullmatch(r"\d+-year-old", doc[t.i + 1].text) or
                 (doc[t.i + 1].pos_ == "NUM" and doc[t.i + 1].head.i == doc[t.i + 1].i) or
                 (doc[t.i + 1].like_num and t.head.i == doc[t.i + 1].i)):
            return "pointer 'the two' or 'the 28-year-old'"
        if t.tag_ in ("JJR", "RBR") and t.dep_ in ("acomp", "attr", "advmod") and t.head.lemma_ == "be" and \
                not any(x.lower_ == "than" for x in doc):
            return f"comparison with something before: '{t.text}'"
        if low in ("more", "less") and t.dep_ == "advmod" and t.head.pos_ == "ADJ" and \
                t.head.dep_ in ("acomp", "attr") and not any(x.lower_ == "than" for x in doc):
            return f"comparison with something before: '{t.text} {t.head.text}'"
        if low == "then" and t.dep_ == "advmod" and t.i > 0:
            return "pointer 'then'"  # "was then sworn in": after what?
        if low in ("afterwards", "afterward") and t.dep_ == "advmod" or \
                low == "later" and t.i > 0 and doc[t.i - 1].lower_ in ("hours", "days", "weeks", "months", "minutes",
                                                                       "moments", "shortly", "soon"):
            return f"pointer '{doc[t.i - 1].text} {t.text}'"  # "was sworn in hours later": later than what?
        if low == "day" and t.i >= 2 and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ == "on" and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "when", "that", "after", "before", "itself")):
            return "pointer 'on the day'"  # "a public holiday is held on the day": the day of what?
        if t.lemma_.lower() == "copy" and t.pos_ == "NOUN" and not any(c.lower_ == "of" for c in t.children) and \
                not any(x.ent_type_ in ("WORK_OF_ART", "PRODUCT") for x in doc) and \
                not (t.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.head.children)):
            return f"vague '{t.text}'"  # "said 8.3 million copies had been sold": copies of what?
        if t.lemma_.lower() == "add" and t.dep_ == "ROOT" and t.pos_ == "VERB":
            return "pointer 'added'"  # "Adam Applegarth added that…": to what he said before
        if t.lemma_.lower() in ("respond", "react", "retaliate") and t.pos_ == "VERB" and \
                not any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in t.children):
            return f"pointer '{t.text}'"  # "Maduro responded by cutting ties": to what?
        if low in ("member", "members") and t.dep_ in ("attr", "dobj", "appos") and \
                not any(c.dep_ in ("prep", "compound", "poss") for c in t.children):
            return "pointer 'member'"  # "was also a leading member": of what?
        if low in ("example", "instance") and t.i > 0 and doc[t.i - 1].lower_ == "for":
            return "pointer 'for example'"
        if low in ("turn", "return", "response") and t.i > 0 and doc[t.i - 1].lower_ == "in" and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("for", "to")):
            return f"pointer 'in {low}'"  # "In return, Greece has committed…": for what?
        if low == "the" and t.dep_ == "det" and t.head.i > t.i and t.head.ent_type_ == "NORP" and \
                all(doc[k].ent_type_ == "NORP" for k in range(t.i + 1, t.head.i + 1)) and \
                t.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") and not t.head.text.endswith("s") and \
                not (t.head.i + 1 < len(doc) and doc[t.head.i + 1].pos_ in ("NOUN", "PROPN")):
            return f"vague 'the {t.head.text}'"  # "the North Korean will visit": who?
        if low == "the" and t.dep_ == "det" and t.i + 1 < len(doc) and t.head.i == t.i + 1 and \
                t.head.text not in ("King", "Queen", "Pope") and t.head.pos_ == "PROPN" and t.head.text[:1].isupper() and \
                (t.head.ent_type_ in ("", "NORP", "PERSON") or demonym_noun(t.head)) and \
                t.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") and \
                not (t.head.tag_ == "NNPS" and t.head.ent_type_ != "NORP") and \
                not (t.head.i + 1 < len(doc) and doc[t.head.i + 1].pos_ == "PROPN") and \
                not any(c.dep_ in ("compound", "amod", "prep", "appos") for c in t.head.children) and \
                (t.head.i not in named or demonym_noun(t.head)):
            return f"vague 'the {t.head.text}'"  # "The Scot won…", "the Frenchman": who?
        if low in DEMONSTRATIVES and t.dep_ != "mark":
            nxt = t.nbor(1) if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in TIME_NOUNS:
                continue
            return f"pointer '{t.text}'"
        if low == "that" and t.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass") and t.tag_ == "DT":
            return "pointer 'that'"
        if low == "that" and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i == t.i + 1:
            return f"pointer 'that {t.head.text}'"  # "ended that mandate": the one named before
        if low == "the" and t.dep_ == "det":
            head = t.head
            if head.dep_ == "appos" and head.head.i < head.i and (head.head.i in named or head.head.ent_type_) or \
                    t.i >= 2 and doc[t.i - 1].text == "," and (
                        doc[t.i - 2].ent_type_ in ("ORG", "GPE", "FAC", "PERSON") or
                        doc[t.i - 2].text == ")" and t.i >= 3 and doc[t.i - 3].ent_type_ in ("ORG", "GPE", "FAC")):
                continue  # "the International Astronomical Union (IAU), the body responsible for…"
            if head.i > t.i and (head.lower_ in VAGUE_NOUNS or _common_noun(head)) and not _anchored(head):
                if head.lower_ in ("men", "women", "boys", "girls") and head.i + 1 < len(doc) and \
                        doc[head.i + 1].text in ("'s", "’s"):
                    continue  # "the women's 1500m": an event, not some women named before
                if head.lemma_.lower() in seen_nouns:
                    continue  # "a trojan program that … the program": named just before
                if _scenery(head, s.earlier):
                    continue  # "the rubble", "the clubhouse": nothing before it spoke of one
                if head.lower_ in ORG_NOUNS and seen_company:
                    continue  # "Microsoft … the firm's software": named just before
                if head.lower_ in ("country", "nation", "state") and seen_place:
                    continue
                if head.lower_ in ("city", "capital", "town") and seen_city:
                    continue  # "In Buenos Aires, crowds gathered around the city's Obelisk"
                if head.lower_ in COMPETITION_NOUNS and names_competition(s):
                    continue
                if head.lower_ in MATCH_PARTS and seen_nouns & {"match", "game", "final", "tie"}:
                    continue  # "The match … ended 3-3, and Argentina won the shootout"  # "Messi won the World Cup … one of the greatest finals in the tournament's history"
                if head.lower_ in PERSON_NOUNS and seen_person:
                    continue
                return f"vague 'the {head.text}'"
        if t.pos_ == "NOUN":
            seen_nouns.add(t.lemma_.lower())
    return None


ELLIPTIC_VERBS = {"join", "leave", "sign", "quit", "enter", "approve", "back", "follow", "reject", "ratify"}


APPOINT_VERBS = {"appoint", "name", "nominate", "choose", "select", "pick", "promote"}


def elliptic(s: Sent) -> bool:
    """Whether the main verb leaves out what it is about ("Britain joined in October 1990": joined
    what?): the object is in the sentence before."""
    roots = [t for t in s.doc if t.dep_ == "ROOT"]
    if roots and roots[0].lemma_.lower() in APPOINT_VERBS and any(c.dep_ == "auxpass" for c in roots[0].children):
        # "Mr Singh was appointed by the prime minister …": appointed as what? said before
        return not any(c.dep_ in ("oprd", "xcomp", "attr") or c.dep_ == "prep" and c.lower_ in ("as", "to")
                       for c in roots[0].children)
    if not roots or roots[0].lemma_.lower() not in ELLIPTIC_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") or
                   c.dep_ == "prep" and c.lower_ not in ("in", "on", "at", "during", "after", "before", "since")
                   for c in roots[0].children)


# What a named person has that needs no more saying: "their countries" after two leaders are named.
OWN_NOUNS = {"country", "nation", "government", "people", "capital", "homeland", "family", "wife", "husband",
             "career", "life", "death", "birthday"}


def _cataphora(s: Sent, t, people: set[int]) -> bool:
    """Whether a "his"/"her" in an opening phrase set off by a comma points forward to the named
    person who is the subject right after it: "In his opening remarks, Mr Putin welcomed…"."""
    doc = s.doc
    comma = next((x.i for x in doc if x.text == ","), None)
    if comma is None or t.i > comma or comma > 10:
        return False
    subj = next((x for x in doc[comma + 1:comma + 5] if x.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i in people and subj.head.dep_ == "ROOT" and \
        not any(x.i in people for x in doc[:comma])


# Definite nouns that need no earlier sentence: "the world", "the end of", "the first time".
SELF_EVIDENT = {"world", "sun", "moon", "earth", "internet", "public", "past", "future", "end", "start",
                "beginning", "rest", "way", "number", "majority", "minority", "top", "bottom", "middle",
                "front", "back", "time", "day", "night", "hours", "days", "weeks", "months", "years",
                "moment", "age", "history", "globe", "planet", "universe", "sea", "sky", "wild",
                "hands", "air", "ground", "surface", "news", "media", "economy", "same", "first", "last",
                "dollar", "euro", "pound", "yen", "greenback", "sterling", "rouble", "yuan", "markets"}


EVENT_NOUNS = {"launch", "deal", "result", "contest", "experiment", "crisis", "race", "match", "fight", "game",
               "test", "trial", "raid", "attack", "strike", "war", "show", "visit", "trip", "talks", "summit",
               "meeting", "vote", "row", "dispute", "scandal", "case", "film", "thriller", "missive", "letter",
               "speech", "accord", "pact", "treaty", "plan", "bid", "offer", "loss", "win", "defeat", "sale",
               "crash", "fire", "blast", "explosion", "outbreak", "virus", "disease", "storm", "quake", "flood",
               "programme", "policy", "law", "ban", "tax", "report", "inquiry", "probe", "mission", "project"}
EVENT_SUFFIXES = ("ment", "tion", "sion", "ance", "ence", "ure", "ing", "al", "ity", "ism", "ship")


def _scenery(noun, earlier: frozenset) -> bool:
    """Whether "the <noun>" belongs to the scene rather than pointing back: a singular noun after a
    preposition ("in the rubble", "waited in the clubhouse", "through the field") that nothing before
    it in the article spoke of, and no event, deal or act, which a story's "the agreement", "the
    launch" or "the experiment" always refers back to."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    if not earlier or low in earlier or lemma in earlier or noun.dep_ != "pobj" or noun.tag_ != "NN":
        return False  # "the shares opened at $42", "The compound … stood": what the sentence is about
    if low in VAGUE_NOUNS or lemma in VAGUE_NOUNS or lemma in EVENT_NOUNS or low in EVENT_NOUNS:
        return False
    return not lemma.endswith(EVENT_SUFFIXES) and not low.endswith(EVENT_SUFFIXES)


def _common_noun(noun) -> bool:
    """A common noun after "the" that may stand for something named only earlier ("the shares",
    "the compound", "the results"): anything but a time word or a noun that is one of a kind."""
    low = noun.lower_
    return noun.pos_ == "NOUN" and low not in TIME_NOUNS and low not in SELF_EVIDENT and \
        noun.lemma_.lower() not in TIME_NOUNS and noun.lemma_.lower() not in SELF_EVIDENT


def _object_referent(doc, t, people: set[int], skip=frozenset()) -> bool:
    """Whether an object pronoun ("him", "them") has a named person before it who is not the subject
    of its own verb ("Kenyatta congratulated him": him is not Kenyatta)."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
            verb.dep_ in ("xcomp", "advcl", "conj", "acl") and verb.head.i != verb.i:
        verb = verb.head  # "X travelled to the mine to greet him": X is the one who greets
    subj = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    return any(k < t.i and k not in subj and k not in skip and (k in people or doc[k].ent_type_ == "PERSON") for k in range(t.i))


def _dummy_it(t) -> bool:
    """'It is likely that…', 'it emerged that…', 'it has been confirmed': an 'it' that refers to nothing."""
    head = t.head
    if t.dep_ == "nsubjpass" and head.lemma_ in ("confirm", "announce", "report", "say", "expect", "believe",
                                                 "think", "understand", "estimate", "claim", "suggest",
                                                 "agree", "decide", "reveal", "know", "fear", "hope",
                                                 "rumour", "predict", "forecast", "feel"):
        return True
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].lemma_ == "make" and t.i + 1 < len(doc) and re.fullmatch(
            r"\d+-\d+", "".join(x.text for x in doc[t.i + 1:t.i + 4])):
        return True  # "to make it 2-0": the score
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children) and \
        head.lemma_ in ("be", "emerge", "seem", "appear", "remain", "take", "mean", "become")


# A contest's parts and names: "the tournament", "the final", "the shootout" need no earlier sentence
# when the same sentence names the contest ("… won the World Cup … the tournament's history").
COMPETITION_NOUNS = {"tournament", "competition", "final", "finals", "match", "game", "shootout", "semi-final",
                     "race", "championship", "championships", "trophy", "event", "extra", "half", "penalty"}
_COMPETITION_NAME = re.compile(r"\b(?:Cup|Championships?|Open|Olympics?|Olympic Games|League|Grand Prix|Masters|"
                               r"Wimbledon|Euros?|Tour de France|Six Nations|Super Bowl|World Series|Games)\b")


MATCH_PARTS = {"shootout", "penalty", "half", "extra", "lead", "equaliser", "winner", "whistle"}


def names_competition(s: Sent) -> bool:
    """Whether the sentence names a contest: "the World Cup", "the US Open", "Wimbledon"."""
    return bool(_COMPETITION_NAME.search(s.text)) or any(t.ent_type_ == "EVENT" for t in s.doc)


ORG_NOUNS = {"firm", "company", "group", "giant", "business", "airline", "bank", "carrier", "retailer",
             "operator", "maker", "network", "chain", "supermarket", "publisher", "label", "agency"}
PERSON_NOUNS = {"man", "woman", "player", "star", "singer", "actor", "actress", "runner", "athlete",
                "striker", "captain", "champion", "veteran", "minister", "official", "spokesman",
                "spokeswoman", "spokesperson", "chairman", "chief", "boss", "coach", "manager", "author",
                "artist", "writer", "director", "sculptor", "musician", "president", "leader", "secretary"}
OFFICES = {"president", "leader", "chancellor", "secretary", "king", "queen", "pope", "government",
           "minister", "premier", "prime", "army", "police", "parliament", "embassy", "ambassador"}


def _only_time(prep) -> bool:
    """Whether a preposition's phrase only says when: "on Tuesday", "in 2021", "at dawn"."""
    words = [x for x in prep.subtree if x.i != prep.i and not x.is_punct]
    return bool(words) and all(x.ent_type_ in ("DATE", "TIME") or x.lower_ in TIME_NOUNS or
                               x.lemma_.lower() in TIME_NOUNS or x.like_num for x in words)


def _says_which(noun) -> bool:
    """Whether "his decision" says which: "his decision to resign", "his plan for the economy";
    not "his decision in a televised statement" (where, not which)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "against", "between", "with", "about", "on") and \
                not _only_time(c):
            return True
        if c.dep_ in ("acl", "relcl", "appos") and c.i > noun.i:
            return True
        if c.dep_ in ("compound", "amod") and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_):
            return True
    return False


ACT_NOUNS = {"decision", "announcement", "move", "plan", "statement", "speech", "remarks", "news", "step"}
"""What someone did or said: a place or a time after it says where or when, not which."""


TEAM_NOUNS = {"club", "side", "team"}
"""A city before one of these does not say which ("the Turin club": Juventus or Torino?)."""


def _anchored(noun) -> bool:
    """Whether 'the <noun>' is pinned down in place: a name, an 'of' phrase, a nationality before it."""
    person_noun = noun.lower_ not in OFFICES and noun.lower_ in VAGUE_NOUNS and \
        noun.lower_ in {"star", "player", "man", "woman", "singer", "actor", "actress", "runner", "athlete",
                        "striker", "captain", "champion", "veteran", "youngster", "teenager", "sculptor",
                        "musician", "artist", "writer", "author", "director", "boss", "coach", "manager",
                        "winner", "firm", "company", "group", "giant", "band"}
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or
                                                  c.lower_ in ("first", "last", "only") or
                                                  any(x.lower_ in ("most", "least") for x in c.children)):
            return True  # "the first player to score…", "the highest turnout since 1992"
        if person_noun and c.i < noun.i:
            continue  # "the Kansas star", "the US firm": still which one?
        if noun.lower_ in TEAM_NOUNS and c.dep_ == "compound" and c.i < noun.i and is_world_city(c.text):
            continue  # "the Turin club": which of the city's clubs?
        if c.dep_ == "appos" and c.lower_ in ("himself", "herself", "itself", "themselves"):
            continue  # "took part in the planting himself": which planting?
        if c.dep_ == "amod" and c.ent_type_ == "NORP" and noun.lower_ in ("city", "town", "village", "region", "province"):
            continue  # "the central Italian city": which one?
        if (c.dep_ == "appos" and c.left_edge.i <= noun.i + 2) or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "in", "from", "on",
                                                                        "behind", "against", "between")):
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and _only_time(c):
                continue  # "the announcement on Tuesday": when, not which
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and noun.lower_ in ACT_NOUNS:
                continue  # "the decision at the White House": where, not which
            return True
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i and \
                (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "DATE", "ORDINAL") or c.pos_ == "PROPN"):
            return True
        if c.dep_ in ("compound",) and c.i > noun.i and c.pos_ == "PROPN":
            return True
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN" and noun.doc[c.i + 1].text != "-" and \
                c.lower_ not in ("home", "away"):
            return True  # "the maternity pay plan" says which plan; "the run-off" is one word; "the home side" does not
        if c.dep_ in ("compound", "amod", "nummod") and c.i < noun.i and not person_noun and \
                any(x.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "EVENT", "ORDINAL", "DATE",
                                    "PRODUCT", "LAW", "WORK_OF_ART") for x in c.subtree):
            return True  # "the French-Swiss border", "the 23rd minute"; not a size: "the 193km canal"
        if c.dep_ in ("compound", "nummod") and c.i == noun.i - 1 and c.like_num and not person_noun and \
                noun.lower_ in ("m", "km", "metres", "meters", "miles", "mile") and c.whitespace_ == "":
            return True  # "the 200m": an event's name
        if c.dep_ in ("punct",) and c.text in ('"', "“") and c.i == noun.i + 1:
            return True  # "the word “shall”"
        if c.dep_ in ("acl", "relcl") and c.i > noun.i and noun.lower_ not in VAGUE_NOUNS and \
                noun.doc[c.left_edge.i - 1].text != "," and any(
                x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT") or
                (x.pos_ == "PROPN" and x.ent_type_ not in ("DATE", "TIME"))
                for x in c.subtree):
            return True  # "the referendum held on 23 June": says which
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and \
            doc[noun.i + 2].ent_type_ in ("GPE", "LOC", "FAC", "ORG") and doc[noun.i + 2].ent_iob_ == "B" and \
            not any(e.start == noun.i + 2 and e.root.dep_ in ("nsubj", "nsubjpass") for e in doc.ents) and \
            not (noun.head.dep_ == "prep" and noun.head.i == 0):  # "Under the deal, Credit Suisse shareholders"
        return True  # "the capital, Port-au-Prince" (parsed or not as an apposition); not "Under the deal, PSA will…"
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return True
    return False


NEGATIVES = {"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "without", "fail",
             "failed", "fails", "unable", "refused", "denied"}


def negated(doc) -> bool:
    """Whether a sentence says what did not happen: another filler of its slot is not false by it."""
    return any(t.lower_ in NEGATIVES or t.dep_ == "neg" for t in doc)


def giveaway_context(s: Sent, m) -> str | None:
    """Why the words right around a mention tell which option it is (None when they do not).

    A person's description before the name ("Kenyan athlete _____", "US President _____"), an age
    after it ("_____, 25,"), a name joined by a hyphen ("_____-Swiss border"), a place that owns a
    title ("_____'s First Minister Nicola Sturgeon"): only the key fits, or the others are absurd.
    """
    doc = s.doc
    e = m.entity
    prv = doc[m.i - 1] if m.i > 0 else None
    nxt = doc[m.j] if m.j < len(doc) else None
    text_after = s.text[m.end - s.span.start:]
    text_before = s.text[:m.start - s.span.start]
    if text_after[:1] in ("-", "–") or text_before[-1:] in ("-", "–"):
        return "joined by a hyphen"
    if e is not None and e.ftype in ("country", "nation", "city", "club") and prv is not None and \
            prv.lower_ in ("hosts", "host", "holders", "champions"):
        return "the hosts"  # "thrashed hosts _____ in Belo Horizonte": the host's city or title names it
    if e is not None and e.ftype == "person":
        if prv is not None and not m.title and (prv.pos_ in ("NOUN", "PROPN", "ADJ") or prv.ent_type_ == "NORP"):
            return "a description before the name"
        if nxt is not None and nxt.text == "," and m.j + 1 < len(doc) and doc[m.j + 1].like_num:
            return "an age after the name"
    root = doc[m.j - 1]
    if root.dep_ == "poss" or (nxt is not None and nxt.text in ("'s", "’s", "'", "’")):
        head = root.head
        if head.pos_ in ("PROPN", "NOUN") and (head.text[:1].isupper() or head.ent_type_ == "PERSON" or
                                               head.lower_ in PERSON_NOUNS or head.lower_ in OFFICES):
            return "owner of a title"
    return None


_NAMING = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")


def named_anchor(s: Sent, skip: set[int] = frozenset(), start: int = 0, days: bool = True) -> bool:
    """Whether the stem names something besides its answer (a person, a place, an organisation):
    a stem with no name at all ("Observations are expected to begin _____ after launch") leans on
    the story around it for what it is about. With `days` false a day's name does not count: "_____
    people voted online before Sunday's election" asks an amount and never says where."""
    for t in s.doc[start:]:
        if t.i in skip or t.i < s.lead:
            continue
        if not t.text[:1].isupper() or t.pos_ == "DET":
            continue  # "the national electoral committee", tagged ORG, names nothing
        if (t.pos_ == "PROPN" and (days or t.ent_type_ not in ("DATE", "TIME"))) or t.ent_type_ in _NAMING:
            return True
    if s.resolved is not None and s.lead >= start and not (set(range(s.lead, s.lead + s.opener_len)) & set(skip)):
        return True
    return any(i >= start and i not in skip for i, _, _ in s.rewrites)


def leaks(text: str, entity: Entity | None, answer: str) -> bool:
    """Whether `text` names the answer (or one of its forms: alias, surname, demonym)."""
    low = norm(text)
    forms = {norm(answer)} | (entity.forms if entity is not None else set())
    for f in forms:
        if not f or len(f) < 2:
            continue
        if re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", low):
            return True
    return False


def word_set(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def near_duplicate(a: str, b: str, threshold: float = 0.6) -> bool:
    """Whether two prompts say nearly the same thing (word-set overlap)."""
    x, y = word_set(a), word_set(b)
    if not x or not y:
        return False
    return len(x & y) / min(len(x), len(y)) >= threshold and len(x & y) / len(x | y) >= 0.45


CELESTIAL = {"sun", "moon", "earth", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"}


def final_check(c) -> bool:
    """The last word on a candidate, whatever its kind: the stem never names the right answer, no
    wrong option is named in the stem, options are distinct and none is inside another. A country is
    asked only as a side in a contest ("Fiji have won the cup"): elsewhere the rest of the story, the
    headline or general knowledge names it (judged questions with a country for answer passed 10 times
    in 33, against 132 in 255 for the others). The Sun, the Moon and the planets are never answers."""
    if c.kind in ("cloze", "wh") and c.entity is not None:
        if names_a_country(c.entity) and not plays(c.sent, c.entity):
            return False
        if norm(c.entity.name).removeprefix("the ") in CELESTIAL:
            return False  # "a burst of activity on the _____", "the rover has landed on _____": everyone knows
    if c.qtype != "choice":
        return True
    stem = c.prompt.removeprefix("Fill in the blank:")
    if c.kind != "quote" and leaks(stem, c.entity, c.answer):
        return False
    ana = c.ana
    kept = []
    for d in c.distractors:
        e = ana.find_form(d) if ana is not None else None
        if leaks(stem, e, d):
            continue
        nd = norm(d)
        if any(nd == norm(x) or nd in norm(x) or norm(x) in nd for x in [c.answer] + kept):
            continue
        kept.append(d)
    c.distractors = kept[:3]
    return len(kept) >= 2
