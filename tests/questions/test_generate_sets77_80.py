"""Regression tests for what the blind judges of sets 57 to 80 failed: an office right before a
typed name ("President _____ inaugurated the line", "Deputy Prime Minister _____": typed person
questions with an office before the blank passed 19 times in 42 across sets 9 to 76), "Chancellor
Strache" accepted for a vice-chancellor, and "Molina" accepted for Otto Perez Molina, whom the
article calls "Mr Perez Molina"; and, from sets 81 to 86, "died in hospital _____" ("five days
later": later than what?), and an amount from the fourth paragraph on ("handled _____ of cargo
last year").

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate.base import person_answers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402

RAIL = """Indonesia opens high-speed railway

President Rudi Santoso inaugurated Indonesia's first high-speed railway, a 142km line between Jakarta and Bandung, on Monday.

Deputy Prime Minister Ana Suryani, who is transport minister, said the Jakarta line had cost $7bn.

French President Paul Marot said the line showed what Asian engineering could do.
"""


def test_the_office_goes_into_the_blank(nlp):
    from questions.generate.base import blank_out, blank_span

    ana = _ana(nlp, RAIL)
    stems = {}
    for s in ana.sents:
        for m in s.mentions:
            if m.entity is not None and m.entity.ftype == "person":
                stems[m.entity.name] = blank_out(s, *blank_span(s, m))
    assert stems["Rudi Santoso"].startswith("_____ inaugurated"), stems
    assert stems["Ana Suryani"].startswith("_____, who is transport minister"), stems
    assert stems["Paul Marot"].startswith("French President _____"), stems  # not "French _____"


def test_a_vice_chancellor_is_not_the_chancellor(nlp):
    ana = _ana(nlp, """Austrian minister quits over video

Vice-Chancellor Karl-Heinz Brunner has resigned as leader of the Freedom Party, a day after a secret video was published.

Mr Brunner said he had behaved stupidly.
""")
    e = next(e for e in ana.people() if e.name.endswith("Brunner"))
    accepted, _ = person_answers(ana, e)
    assert not any(a.startswith("Chancellor") for a in accepted)


def test_a_surname_of_two_words_makes_its_last_word_a_near_miss(nlp):
    ana = _ana(nlp, """President resigns

Guatemala's President Otto Herrera Lopez has resigned over a customs fraud scandal.

Mr Herrera Lopez sent his resignation letter to Congress late on Wednesday night.
""")
    e = next(e for e in ana.people() if e.name == "Otto Herrera Lopez")
    accepted, _ = person_answers(ana, e)
    assert "Herrera Lopez" in accepted
    assert "Lopez" not in accepted and "Otto Lopez" not in accepted


def test_no_amount_of_time_later_than_the_sentence_before(nlp):
    from questions.generate import numbers

    ana = _ana(nlp, """Lagos declared free of Ebola

A Liberian-American diplomat, Paul Sandor, collapsed at Lagos airport on 20 July after flying in from Monrovia.

Paul Sandor died in hospital five days later, the Nigerian health ministry said.
""")
    assert not any("later" in c.prompt or "later" in c.answer for c in numbers.candidates(ana, random.Random(0)))


def test_amounts_only_from_the_top_of_the_story(nlp):
    from questions.generate import numbers, truefalse

    ana = _ana(nlp, """Port reopens after storm

Repairs to the storm-damaged port of Valmora will cost $40m, the port authority said on Monday.

Harbour master Elsa Brandt said 12 ships had been stranded in the bay during the storm.

Ferries to the islands will resume on Friday, the Valmora port authority said.

The port of Valmora handled 2.3 million tonnes of cargo last year, most of it timber and grain.

Ms Brandt said the port of Valmora employed 640 people, about a tenth of the town's workforce.
""")
    asked = [c.prompt for c in numbers.candidates(ana, random.Random(0))]
    asked += [c.prompt for c in truefalse.candidates(ana, random.Random(0))]
    assert any("will cost _____" in p for p in asked), asked  # the lead
    assert not any("tonnes" in p or "cargo" in p or "640" in p for p in asked), asked  # the fourth and fifth
