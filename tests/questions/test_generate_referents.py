"""Regression tests: who "The Scot" is, which one-word names are companies, what a typed answer
accepts and asks for, and that the story's closing lines are not quizzed."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, wh  # noqa: E402
from questions.generate.base import person_answers, spelling_variants, typed_forms  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


FINAL = """Halvorsen wins the Nordic Open for her first major title

Norwegian golfer Ingrid Halvorsen has won the Nordic Open in Bergen, her first major title, by three shots.

The Norwegian finished on 12 under par after a final round of 66 on Sunday.

Halvorsen beat the world number one, Maria Castell of Spain, who had led after the third round.

"I have dreamed of this since I was a girl," Ms Halvorsen said after her win.

Castell said the young Norwegian had played the best golf of the week.

The Nordic Open has been played at the Fjordvik club since 1998.

Halvorsen was later made a Dame for services to sport, and she won the Nordic Open again in 2031.
"""

TAKEOVER = """Ravi Menon completes takeover of Twitter

The businessman Ravi Menon has taken control of Twitter after completing his $30bn purchase of the social network.

Mr Menon first agreed to buy Twitter in April, offering $40 for each share.

Twitter's shares were taken off the New York Stock Exchange on Friday.

Mr Menon said he wanted to make the platform a place for open debate.
"""


def test_an_opening_epithet_is_the_subject_of_the_sentence_before(nlp):
    ana = _ana(nlp, FINAL)
    s = next(s for s in ana.sents if s.text.startswith("The Norwegian finished"))
    assert s.resolved is not None and s.resolved.name == "Ingrid Halvorsen"
    assert s.with_opener(s.text).startswith("Ingrid Halvorsen finished on 12 under par")


def test_an_unresolved_epithet_does_not_stand_alone(nlp):
    from questions.generate.filters import pointers

    ana = _ana(nlp, "Storm floods the valley\n\nHeavy rain fell on the valley for three days.\n\n"
                    "The Scot won the race in Perth on Monday by four seconds.\n")
    s = next(s for s in ana.sents if s.text.startswith("The Scot"))
    assert s.resolved is None
    assert pointers(s, skip=s.skip0) == "vague 'the Scot'"


def test_the_closing_lines_are_not_quizzed(nlp):
    ana = _ana(nlp, FINAL)
    last = ana.sents[-1].index
    cands = cloze.candidates(ana, random.Random(0)) + wh.candidates(ana, random.Random(0))
    assert cands, "the lead should still give questions"
    assert all(c.sent.index < last for c in cands), [c.prompt for c in cands if c.sent.index == last]


def test_a_one_word_company_tagged_as_a_person_is_a_company(nlp):
    ana = _ana(nlp, TAKEOVER)
    e = ana.find_form("Twitter")
    assert e is not None and e.ftype not in ("person", "partial"), e and e.ftype
    assert ana.find_form("Ravi Menon").ftype == "person"


def test_spelling_variants_of_a_name():
    assert spelling_variants("World Health Organization") == ["World Health Organisation"]
    assert spelling_variants("Kennedy Space Center") == ["Kennedy Space Centre"]
    assert spelling_variants("the Labour Party") == ["the Labor Party"]
    assert spelling_variants("Tesla") == []


def test_typed_forms_accept_both_spellings(nlp):
    ana = _ana(nlp, "Health body declares emergency\n\nThe World Health Organization has declared a global "
                    "health emergency over an outbreak of fever in Chad.\n\nThe World Health Organization said "
                    "it would send 40 doctors to the region.\n")
    e = ana.find_form("World Health Organization")
    assert e is not None
    forms = typed_forms(ana, e, "the World Health Organization")
    assert "World Health Organization" in forms and "World Health Organisation" in forms


def test_a_dame_is_accepted_with_her_title(nlp):
    ana = _ana(nlp, FINAL)
    e = ana.find_form("Ingrid Halvorsen")
    accepted, surname_ok = person_answers(ana, e)
    assert surname_ok
    assert {"Ingrid Halvorsen", "Halvorsen", "Ms Halvorsen", "Dame Ingrid Halvorsen"} <= set(accepted)
    assert "Castell" not in accepted


def test_a_typed_cloze_says_what_kind_of_name_to_type(nlp):
    ana = _ana(nlp, "Fiji win the Island Shield\n\nFiji have won the Island Shield for the third time, "
                    "beating the visitors 28-10 in Suva on Saturday.\n\nFiji will now play in the final of "
                    "the Ocean Cup in June.\n")
    typed = [c for c in cloze.candidates(ana, random.Random(0)) if c.qtype == "short" and c.answer == "Fiji"]
    assert typed
    assert all(c.prompt.startswith("Type the name of the team: ") for c in typed)  # a side, not a country
    ana = _ana(nlp, "Floods cut off Fiji\n\nFloods have cut off towns across Fiji after a week of heavy rain, "
                    "officials in Suva said on Monday.\n\nFiji has asked Tonga for 40 boats.\n")
    typed = [c for c in cloze.candidates(ana, random.Random(0)) if c.qtype == "short" and c.answer == "Fiji"]
    assert typed and all(c.prompt.startswith("Type the name of the country: ") for c in typed)


def test_a_city_that_holds_the_stem_s_city_is_a_giveaway():
    from questions.generate.central import country_cue

    class E:
        name = "Northern Ireland"
        ftype = "nation"
        forms = {"northern ireland"}

    assert country_cue("The talks in Belfast ended with a deal for  .", E(), "Northern Ireland")
    assert not country_cue("The talks in Dublin ended with a deal for  .", E(), "Northern Ireland")


GOLF = """Kessler wins the Lakeside Classic

Golfer Tom Kessler has won the Lakeside Classic in Ohio by two shots, his first win in four years.

Kessler finished on 14 under par after a final round of 67 on Sunday.

"This one is for my family," Kessler said after the round.

His father, Jim Kessler, who taught him the game, watched from beside the 18th green.
"""

RAID = """Rebels take the capital of Norland

Rebel forces have taken control of Vessa, the capital of Norland, after the government fled.

In little more than a week they captured the cities of Arn, Holt and Brid.

The announcement on Tuesday came as crowds gathered at the airport.
"""


def test_the_one_word_name_the_article_uses_is_accepted_despite_a_relative(nlp):
    ana = _ana(nlp, GOLF)
    e = ana.find_form("Tom Kessler")
    accepted, surname_ok = person_answers(ana, e)
    assert "Kessler" in accepted and surname_ok
    assert "Jim Kessler" not in accepted


def test_they_after_a_time_phrase_and_a_dated_announcement_do_not_stand_alone(nlp):
    from questions.generate.filters import pointers

    ana = _ana(nlp, RAID)
    they = next(s for s in ana.sents if s.text.startswith("In little more"))
    assert pointers(they, skip=they.skip0) == "pronoun 'they'"
    ann = next(s for s in ana.sents if s.text.startswith("The announcement"))
    assert pointers(ann, skip=ann.skip0) == "vague 'the announcement'"


def test_the_story_subject_is_not_blanked_outside_the_lead(nlp):
    from questions.generate.central import story_subject

    ana = _ana(nlp, GOLF)
    e = ana.find_form("Tom Kessler")
    assert story_subject(ana, e)
    cands = cloze.candidates(ana, random.Random(0)) + wh.candidates(ana, random.Random(0))
    assert all(c.sent.index < 2 for c in cands if c.entity is e), [c.prompt for c in cands]


def test_only_the_key_with_the_is_no_choice(monkeypatch):
    from questions.generate import distractors as d

    monkeypatch.setattr(d, "entity_distractors", lambda *a, **k: ["Mexico", "Brazil", "Peru"])
    slot = d.Slot("the United States", "country", None)
    assert d.choice_distractors(None, slot, random.Random(0)) == []
    slot = d.Slot("Chile", "country", None)
    assert d.choice_distractors(None, slot, random.Random(0)) == ["Mexico", "Brazil", "Peru"]
