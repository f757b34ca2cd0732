"""Regression tests for what the blind judges of the quotation sets 131 and 132 failed: the surname
of a player coached by her mother, whom the story calls "Ms Ferrante", accepted alone; "the name the article calls
them by" when the story calls him by a surname his father shares; "Supporter Memory Dube" as a
name; a housing campaign asked as the one who said a quote. And a speaker whose given name the
small name lists do not know ("Graciela Benítez") is still a person. From sets 133 and 134: a quote
that leans on the one before ("… cannot.", "We will review it again"), and "Fang" accepted for
Liu Fang. From set 137: no "Mr Rantanen" for a man the story gives no title.

The articles are written for these tests (the people, the club and the campaign are made up)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402
from tests.questions.generating import person as _person  # noqa: E402

TENNIS = """Teenager wins first title in front of home crowd

Tennis player Giulia Ferrante has won her first professional title, beating the top seed in the final of a tournament in Palermo.

Ferrante, 19, is coached by her mother, Lucia Ferrante, a former national champion who runs a tennis school in the city. Ms Ferrante said her daughter had practised every morning before school.

The club's president, Graciela Benítez, said ticket sales had doubled since the quarter-finals. "We are a small club, and today we felt like the centre of the tennis world," she said.

Supporter Memory Dube, who travelled from Rome for the final, said the crowd had never been louder.

Calles Altas Vivas, a local housing campaign, said in a statement: "The tournament is a fine thing, but families nearby still live in buildings that could fall down."

The winner receives a cheque for 25,000 euros and enough ranking points to enter the qualifying rounds of the French Open.
"""


@pytest.fixture(scope="module")
def tennis(nlp):
    return _ana(nlp, TENNIS)


def test_a_surname_the_story_gives_to_two_people_is_not_enough_even_in_a_blank(tennis):
    from questions.generate.base import person_answers

    ms = [m for s in tennis.sents for m in s.mentions if m.title == "Ms" and m.bare == "Ferrante"]
    assert [m.entity.name for m in ms] == ["Lucia Ferrante"]  # the mother, just named in full
    accepted, surname_ok = person_answers(tennis, _person(tennis, "Giulia Ferrante"))
    assert "Ferrante" not in accepted and not surname_ok


def test_the_hint_says_the_full_name_when_the_story_calls_them_by_a_shared_surname():
    from questions.generate.analyse import Entity, Mention
    from questions.generate.base import person_hint

    rider = Entity("person:Julián Castaño", "Julián Castaño", "person")
    assert person_hint(rider, ["Julián Castaño", "Julián"], True) == "type the full name"
    tedros = Entity("person:Tedros Adhanom", "Tedros Adhanom", "person")
    tedros.mentions.append(Mention(0, 0, 1, 0, 6, "Tedros", "PERSON", title="Dr"))
    assert person_hint(tedros, ["Tedros Adhanom", "Tedros"], True) == "the name the article calls them by is enough"


def test_a_word_for_who_they_are_is_not_part_of_the_name(tennis):
    names = {e.name for e in tennis.entities if e.ftype == "person"}
    assert "Memory Dube" in names and "Supporter Memory Dube" not in names


def test_who_said_it_is_a_person_and_may_have_any_given_name(tennis):
    import random

    from questions.generate import quotes

    answers = {c.answer for c in quotes.candidates(tennis, random.Random(0))}
    assert "Graciela Benítez" in answers
    assert "Calles Altas Vivas" not in answers


HOTELS = """Island raises tourist tax on hotel rooms

The island council has raised the tax on hotel rooms to five dollars a night, the first rise in a decade.

Guesthouse owner Halima Juma said small businesses would pay the price. "A big resort can hide five dollars in the price of a cocktail," she said. "A small guesthouse charging thirty dollars a night cannot."

The council's finance officer, Alison Crerar, said the money would pay for beach clean-ups. "We will review it again in the new year," Ms Crerar said.

Student Liu Fang, who works at a resort in the summer, said: "Tourists come for the beaches, so the beaches should be paid for by tourists."
"""


def test_a_quote_that_leans_on_the_one_before_is_not_asked(nlp):
    # the judges of set 134 failed "… cannot." and "We will review it again …" (review what?)
    import random

    from questions.generate import quotes

    ana = _ana(nlp, HOTELS)
    prompts = [c.prompt for c in quotes.candidates(ana, random.Random(0))]
    assert any("hide five dollars" in p for p in prompts), prompts
    assert not any("a night cannot" in p or "review it again" in p for p in prompts), prompts


def test_a_name_whose_family_name_may_come_first_is_typed_in_full(nlp):
    # "Liu Fang", named once: "Fang" alone is a guess at which name is the family's
    from questions.generate.base import person_answers

    ana = _ana(nlp, HOTELS)
    accepted, surname_ok = person_answers(ana, next(e for e in ana.entities if e.name == "Liu Fang"))
    assert "Fang" not in accepted and not surname_ok
    assert {"Liu Fang", "Fang Liu"} <= set(accepted)


def test_a_courtesy_title_follows_the_given_name_when_the_story_uses_none(nlp):
    # the judges of set 137 wanted "Mr Rantanen" for a man the story calls only by his full name
    from questions.generate.base import person_answers

    ana = _ana(nlp, """Sawmill to close after 80 years

A sawmill in northern Finland is to close after 80 years, with the loss of 140 jobs.

Pekka Lahtinen, who has worked at the mill since he was 17, said the town would not be the same. Siobhan Quirke, an economist, said timber prices had fallen by a third.
""")
    pekka, _ = person_answers(ana, next(e for e in ana.entities if e.name == "Pekka Lahtinen"))
    siobhan, _ = person_answers(ana, next(e for e in ana.entities if e.name == "Siobhan Quirke"))
    assert "Mr Lahtinen" in pekka and "Ms Quirke" in siobhan and "Mr Quirke" not in siobhan
