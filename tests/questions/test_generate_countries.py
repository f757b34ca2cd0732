"""Regression tests: a country is asked only as a side in a contest, and a false statement never
moves a thing to another place or hands it to another firm.

Blind judges passed questions whose answer was a country 10 times in 33: the headline, a famous
place or person in the stem, or general knowledge named it. Place swaps in true/false passed 2 times
in 11 ("a short domestic flight to Paris"). Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, truefalse, wh  # noqa: E402
from questions.generate.base import plays  # noqa: E402
from questions.generate.filters import final_check  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402

PLASTIC = """Plastic bags banned in shops

Chile has become the first country in South America to ban plastic bags in shops, after a law passed by Congress came into force on Friday.

Large supermarkets have six months to stop handing out the bags, while small shops have two years, the environment minister, Marcela Cubillos, said.

Ms Cubillos said Chileans used about 3.4 billion plastic bags a year.

Neighbouring Argentina said it would study the law closely.
"""

FINAL = """Fiji win the Pacific Cup

Fiji have beaten Samoa 24-10 to win the Pacific Cup for the first time, in front of a crowd of 30,000 in Suva.

Samoa had led 10-3 at half-time, but Fiji scored three tries after the break.

The Fiji captain, Josefa Tuilagi, said the win was for the whole country.

Samoa's coach, Peter Fale, said his side had run out of energy in the last twenty minutes.
"""


def _cands(nlp, text: str) -> list:
    ana = _ana(nlp, text)
    return [c for mod in (cloze, wh) for c in mod.candidates(ana, random.Random(0))]


def _kept(nlp, text: str) -> list:
    return [c for c in _cands(nlp, text) if final_check(c)]


def test_a_country_that_is_not_a_side_in_a_contest_is_not_asked(nlp):
    # "_____ has become the first country in South America to ban plastic bags": the headline
    # story, but the country is what every reader of it already knows
    assert any(c.answer == "Chile" for c in _cands(nlp, PLASTIC))
    kept = _kept(nlp, PLASTIC)
    assert [c.prompt for c in kept if c.answer == "Chile"] == []
    assert any(c.answer == "Marcela Cubillos" for c in kept)  # the minister is still asked


def test_a_country_that_plays_is_still_asked_as_a_team(nlp):
    answers = {c.answer for c in _kept(nlp, FINAL)}
    assert answers & {"Fiji", "Samoa"}


def test_trailing_is_playing(nlp):
    ana = _ana(nlp, """Brazil reach the final

In the semi-final, Brazil trailed Germany 2-0 before fighting back to win 3-2 in Rio de Janeiro.
""")
    s = ana.sents[0]
    germany = next(m.entity for m in s.mentions if m.text == "Germany")
    assert plays(s, germany)


def test_no_false_statement_moves_the_story_to_another_place(nlp):
    # The old swap made "at a ceremony in Glasgow": false, but as a guess about where awards are held
    text = """Musical wins nine awards

The musical Blue River has won nine Olivier Awards, including best new musical, at a ceremony in London on Sunday night.

Its writer, Sarah Pike, thanked the cast and said the show had nearly closed after its first week.

The musical opened at the Apollo Theatre last year and has sold more than 400,000 tickets, its producers said.

Ms Pike said she would take the show to Canada next spring.
"""
    ana = _ana(nlp, text)
    statements = [c for c in truefalse.candidates(ana, random.Random(0))]
    assert all("London" in c.prompt for c in statements if "ceremony" in c.prompt)


def test_a_planet_is_not_asked(nlp):
    text = """Rover lands on Mars

Nasa's newest rover has landed safely on Mars, where it will search for signs that tiny life once existed on the planet.

Mission manager Lisa Grant said the landing had gone perfectly.
"""
    assert not any(c.answer == "Mars" for c in _kept(nlp, text))


def test_a_place_the_sentence_calls_a_city_is_not_typed(nlp):
    from questions.generate.base import called_a_city

    ana = _ana(nlp, """City flooded after storm

Most of the US city of Galveston is under water after flood defences gave way in the wake of Hurricane Ike.
""")
    s = ana.sents[0]
    galveston = next(m.entity for m in s.mentions if m.text == "Galveston")
    assert called_a_city(s, galveston)
    hurricane = next((m.entity for m in s.mentions if "Ike" in m.text and m.entity is not None), None)
    assert hurricane is None or not called_a_city(s, hurricane)
