"""Regression tests for what the blind judges of sets 39 to 45 failed: an amount asked with only a
weekday to say where ("before Sunday's election"), "a leading member" of nothing, "the company"
read as the buyer when the sentence before named the firm it buys, "she" when the story names one
woman, a continent for an answer, "Prince William Sound" typed as a man called William Sound, and
"Anders _____" for a name the tagger cut in two, and "the planting himself" and "the central
Italian city" as if they said which. (A false amount beside a comparison, "a heavier penalty than
the four years asked for", is refused too; no short article made the old code swap one, so only
the bench checks it.) One more keeps a lead whole: "the women's 1500m" is an
event, not some women named earlier, so the clause that says which Games stays in the stem.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, numbers, wh  # noqa: E402
from questions.generate.filters import final_check, pointers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def _kept(nlp, text: str, mods=(cloze, wh)) -> list:
    ana = _ana(nlp, text)
    return [c for mod in mods for c in mod.candidates(ana, random.Random(0)) if final_check(c)]


def test_an_amount_needs_more_than_a_weekday_to_say_where(nlp):
    text = """Online voting tried for the first time

About 30,000 people cast their ballots online during a three-day trial before Sunday's election, according to the national electoral committee.

Estonia's prime minister, Juhan Tamm, said the trial had gone smoothly and that online voting would be offered to everyone at the next election.

Mr Tamm said about 600,000 people were expected to vote in Estonia this year.
"""
    asked = [c.prompt for c in _kept(nlp, text, (numbers,))]
    assert not any("30,000" in c.answer for c in _kept(nlp, text, (numbers,))), asked


def test_a_member_of_nothing_points_back(nlp):
    ana = _ana(nlp, """Engineers save leaning bell tower

The committee saving the tower was led by the Dutch engineer Prof Anneke Visser. British expert Prof Tom Hale, of the University of Leeds, was also a leading member.
""")
    assert pointers(ana.sents[1]) is not None
    assert pointers(_ana(nlp, """Engineers save leaning bell tower

Prof Tom Hale was a leading member of the committee that saved the bell tower in Delft.
""").sents[0]) is None


def test_the_company_after_another_firm_is_not_the_main_one(nlp):
    text = """Carmaker buys battery start-up

Nordwagen has agreed to buy a 60% stake in Voltaic, a battery start-up based in Lyon, for €2bn.

Nordwagen said the deal would let it build electric cars more cheaply, and Nordwagen shares rose 3% in Frankfurt.

Nordwagen already makes cars in Germany, Spain and Mexico.

Voltaic was founded in 2015 by two engineers from Grenoble. The company started by making batteries for electric bicycles in a small workshop in Lyon.

Nordwagen said Voltaic's staff would keep their jobs.
"""
    ana = _ana(nlp, text)
    s = next(s for s in ana.sents if s.text.startswith("The company started"))
    assert s.resolved is None or s.resolved.name != "Nordwagen"
    assert not any("Nordwagen started" in c.prompt for c in _kept(nlp, text, (cloze, wh, numbers)))


def test_she_does_not_name_the_only_woman(nlp):
    text = """Chancellor sets out energy plan

Germany's Chancellor Angela Merkel has set out a plan to close all the country's nuclear power stations by 2022.

Ms Merkel said she believed Germany could show how an industrial country could switch to renewable energy.

The economy minister, Rainer Brandt, said the plan would cost about €40bn.

Mr Brandt said energy companies would be consulted on the timetable.
"""
    she = [c.prompt for c in _kept(nlp, text) if c.answer == "Angela Merkel" and " she " in c.prompt]
    assert she == []


def test_a_continent_or_a_country_the_tagger_calls_a_place_is_a_country(nlp):
    from questions.generate.central import names_a_country

    ana = _ana(nlp, """Rocket explodes on first flight

Europe's new Ariane 5 rocket has exploded over French Guiana, and the Himalayan kingdom of Bhutan has begun its first television broadcasts from Thimphu, while Athens hosted the Games.
""")
    found = {m.text: names_a_country(m.entity) for s in ana.sents for m in s.mentions if m.entity is not None}
    assert found.get("Europe") is True and found.get("Bhutan") is True
    assert found.get("Athens") is False and found.get("Thimphu") is not True


def test_the_womens_event_keeps_the_clause_that_says_which_games(nlp):
    text = """Runner completes Olympic double

Kelly Holmes has completed a remarkable Olympic double, winning the women's 1500m in Athens five days after taking gold in the 800m.

The 31-year-old Briton produced a strong finish on the final bend.
"""
    stems = [c.prompt for c in _kept(nlp, text) if c.answer == "Kelly Holmes"]
    assert stems and all("Athens" in p for p in stems)


def test_a_title_that_starts_a_place_name_is_not_a_person(nlp):
    ana = _ana(nlp, """Oil spill in Alaska

A huge oil slick is spreading across Prince William Sound in Alaska after the tanker Exxon Valdez ran aground on a reef.
""")
    people = [m.text for s in ana.sents for m in s.mentions if m.label == "PERSON"]
    assert "William Sound" not in people


def test_a_first_name_the_tagger_left_out_is_part_of_the_name(nlp):
    ana = _ana(nlp, """Gunman sentenced

Anders Behring Breivik, who killed 77 people in a bomb and gun attack in Norway last year, has been sentenced to at least 21 years in prison.
""")
    names = [m.text for m in ana.sents[0].mentions if m.label == "PERSON"]
    assert names == ["Anders Behring Breivik"]


def test_a_reflexive_or_a_nationality_does_not_say_which(nlp):
    ana = _ana(nlp, """Ethiopia plants millions of trees

Mr Abiy took part in the planting himself, and had urged Ethiopians to join in.

A court in the central Italian city sentenced all seven men to six years in prison.
""")
    assert "planting" in (pointers(ana.sents[0], skip=ana.sents[0].skip0) or "")
    assert "city" in (pointers(ana.sents[1], skip=ana.sents[1].skip0) or "")

