"""Regression tests for what the blind judges of sets 44 to 48 failed: the nationality hint whose
example was the answer ("for example, French" for French), "Under the deal" read as if "PSA" said
which deal, score options that each keep one side's score and so meet at the key, a round target
year set against a year two off, "all _____ artists" with "two" among the options, "Kenya's
President _____" (the holder of a country's office is general knowledge), and "responded" with
nothing to respond to; and a name the article gives as well ("long known as Ayers Rock") refused.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from questions.generate.scores import score_distractors  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def test_the_nationality_hint_never_gives_the_answer(nlp):
    from questions.generate.base import typed_what

    ana = _ana(nlp, """Carmaker buys rival's European arm

French carmaker Renova has agreed to buy the European business of the American firm Dalton Motors for €2bn.
""")
    french = next(m.entity for s in ana.sents for m in s.mentions if m.text == "French")
    assert "French" not in typed_what(french)
    british = next(m.entity for m in _ana(nlp, "Runner wins\n\nBritish runner Tom Hale has won the race.\n")
                   .sents[0].mentions if m.text == "British")
    assert "French" in typed_what(british)


def test_a_name_after_a_fronted_phrase_does_not_say_which(nlp):
    ana = _ana(nlp, """Carmaker buys rival

Under the deal, Renova will pay €1.3bn for the Dalton car business.
""")
    assert "deal" in (pointers(ana.sents[0], skip=ana.sents[0].skip0) or "")
    ana = _ana(nlp, """Quake hits Haiti

Buildings collapsed across the capital, Port-au-Prince, on Tuesday.
""")
    assert pointers(ana.sents[0], skip=ana.sents[0].skip0) is None


def test_score_options_do_not_meet_at_the_key():
    wrong = score_distractors(24, 15, set(), random.Random(0))
    assert len(wrong) == 3
    for w in wrong:
        x, y = map(int, w.split("-"))
        assert x != 24 and y != 15 and x > y


def test_a_round_year_is_set_against_another_round_year(nlp):
    from questions.generate.truefalse import _swaps

    ana = _ana(nlp, """Norway to end oil production by 2050

Norway is to stop searching for new oil and gas in the North Sea and will end all production there by 2050, the government said on Friday.
""")
    years = [new for _, _, old, new, _ in _swaps(ana, ana.sents[0], random.Random(0)) if old == "2050"]
    assert years and all(int(y) % 10 == 0 for y in years)


def test_no_count_after_all_when_two_would_not_read(nlp):
    from questions.generate import numbers

    text = """Art prize shared

The Turner Prize has been awarded to all four artists on this year's shortlist, after they asked the judges to share it.

The Tate gallery said the four artists would split the £40,000 prize.
"""
    asked = [c.prompt for c in numbers.candidates(_ana(nlp, text), random.Random(0))]
    assert not any("all _____" in p for p in asked)


def test_a_countrys_office_before_the_blank_names_the_holder(nlp):
    text = """Kenya opens Africa's largest wind farm

Kenya's President Daniel Mureithi has officially opened the largest wind farm in Africa, a sprawling project in the remote north of the country.

Mr Mureithi said the 365 turbines would supply about 15% of Kenya's electricity.
"""
    asked = [c.prompt for c in cloze.candidates(_ana(nlp, text), random.Random(0)) if c.answer == "Daniel Mureithi"]
    assert not any("President _____" in p for p in asked)


def test_responding_to_nothing_points_back(nlp):
    ana = _ana(nlp, """Venezuela cuts ties

Nicolás Maduro responded by announcing that he was cutting diplomatic ties with the United States.

Nicolás Maduro responded to new US sanctions by cutting diplomatic ties with the United States.
""")
    assert "responded" in (pointers(ana.sents[0], skip=ana.sents[0].skip0) or "")
    assert pointers(ana.sents[1], skip=ana.sents[1].skip0) is None


def test_a_name_the_article_gives_as_well_is_accepted(nlp):
    from questions.generate.base import person_answers, typed_forms

    ana = _ana(nlp, """Climb closed for good

Visitors have climbed Uluru for the last time, after the park's board voted to close the climb.

Uluru, which was long known as Ayers Rock, is sacred to the Anangu people.

Kaing Guek Eav, better known as Duch, ran the prison where thousands of people died, the court said.
""")
    uluru = next(e for e in ana.entities if e.name == "Uluru")
    assert "Ayers Rock" in typed_forms(ana, uluru, "Uluru")
    kaing = next(e for e in ana.entities if e.name == "Kaing Guek Eav")
    assert "Duch" in person_answers(ana, kaing)[0]
