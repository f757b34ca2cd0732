"""Regression tests: a company that bears its founder's surname, "the company" beside another firm,
a true/false swap of a place that does the action, a seat of government typed as a country, "also"
and "copies" of nothing in a stem, and the other names of a state that no longer exists.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, numbers, truefalse  # noqa: E402
from questions.generate.base import typed_forms  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402

BAKERY = """Hollins bakery agrees to takeover by Marlow Foods

Hollins has agreed to be taken over by the food group Marlow in a deal worth about £2.1bn.

Hollins's board recommended the improved offer and urged shareholders to accept it. Shares in Hollins rose by 20%.

Marlow's first offer, made in May, valued the company at about £1.7bn.

Marlow's chief executive said the deal would create a leader in baked goods.

Marlow sold its soup business earlier this year to pay for part of the deal.

Hollins was founded in 1881 by Thomas Hollins, who opened a shop in Leeds.
"""


def test_a_company_named_before_its_founder_is_the_company_not_the_founder(nlp):
    ana = _ana(nlp, BAKERY)
    named = {e.name: e for e in ana.entities}
    assert named["Hollins"].ftype == "company"
    assert named["Thomas Hollins"].ftype == "person"
    assert len(named["Thomas Hollins"].mentions) == 1  # only "founded … by Thomas Hollins" is the man
    for c in cloze.candidates(ana, random.Random(0)):
        assert "Thomas Hollins" not in [c.answer, *c.accepted], c.prompt  # the founder is a wrong answer


def test_the_company_beside_a_firm_that_only_owns_the_subject_is_vague(nlp):
    ana = _ana(nlp, BAKERY)
    s = next(s for s in ana.sents if s.text.startswith("Marlow's first offer"))
    assert pointers(s, skip=s.skip0) is not None  # which company: Marlow's offer valued Hollins
    asked = [c.sent.text for c in numbers.candidates(ana, random.Random(0))]
    assert s.text not in asked


def test_the_company_after_the_firm_that_does_the_action_stands_alone(nlp):
    text = """Talvo buys a rival

Talvo has bought Brenna for £40m, the company said on Friday.

Talvo said the company would keep the Brenna name.
"""
    ana = _ana(nlp, text)
    s = next(s for s in ana.sents if s.text.startswith("Talvo said the company"))
    assert pointers(s, skip=s.skip0) is None


HEAT = """Heat record broken in Australia

Melbourne recorded a temperature of 47.1C on Tuesday, the highest since records began in 1887.

Fire crews in Victoria fought more than 40 bushfires as the heat spread inland across the state.

The Bureau of Meteorology said the state had not seen such heat in more than a century.

Hospitals across Victoria treated dozens of people for heat stroke, officials said.
"""


def test_no_false_statement_swaps_the_place_that_does_the_action(nlp):
    # "Darwin recorded 47.1C": the article, silent on Darwin, does not make that false.
    ana = _ana(nlp, HEAT)
    for c in truefalse.candidates(ana, random.Random(0)):
        if c.answer == "False":
            assert c.prompt.split("? ", 1)[1].startswith("Melbourne"), c.prompt


def test_a_seat_of_government_in_the_article_is_not_a_typed_country(nlp):
    text = """Russia takes the Soviet seat at the UN

Russia is to take over the Soviet Union's permanent seat on the UN Security Council, diplomats said.

The Kremlin said Russia would honour every treaty the Soviet Union had signed.

Russia will also take over the Soviet Union's embassies around the world.
"""
    ana = _ana(nlp, text)
    russia = ana.find_form("Russia")
    assert russia is not None and russia.ftype == "country"
    forms = [f.lower() for f in typed_forms(ana, russia, "Russia")]
    assert "russia" in forms and "kremlin" not in forms


def test_no_stem_keeps_also(nlp):
    text = """Talvo buys Brenna's printer business

Talvo has agreed to buy the printer business of its rival Brenna for $1.2bn, the two companies said on Wednesday.

Talvo will also take on about $400m of Brenna's debts.

Brenna said the sale would let it focus on software.
"""
    ana = _ana(nlp, text)
    stems = [c.prompt for c in numbers.candidates(ana, random.Random(0))]
    assert any("take on _____ of Brenna's debts" in p for p in stems), stems
    assert not any(" also " in p for p in stems), stems  # as well as what?


def test_copies_of_nothing_do_not_stand_alone(nlp):
    text = """Novel breaks sales record

The Lantern Keeper, the last novel in Ada Morrow's series, sold 3.1 million copies in its first week.

In Canada, the publisher Halden said 400,000 copies had been sold on the first day.
"""
    ana = _ana(nlp, text)
    s = next(s for s in ana.sents if s.text.startswith("In Canada"))
    assert pointers(s, skip=s.skip0) == "vague 'copies'"  # copies of what?


def test_the_soviet_union_may_be_typed_as_the_ussr(nlp):
    text = """Soviet Union launches a new station

The Soviet Union has launched the core of a new space station from the Baikonur cosmodrome.

The Soviet Union said the station would be crewed within a year.
"""
    ana = _ana(nlp, text)
    ussr = ana.find_form("Soviet Union")
    assert ussr is not None
    forms = typed_forms(ana, ussr, "Soviet Union")
    assert "USSR" in forms and "Soviet Union" in forms


def test_the_business_after_a_firms_spokesman_stands_alone(nlp):
    text = """Talvo agrees to buy Brenna

Talvo has agreed to buy its rival Brenna for £40m, the two companies said on Friday.

Talvo's chief executive, Ana Ruiz, said the combined business would sell more seeds in Asia.
"""
    ana = _ana(nlp, text)
    s = next(s for s in ana.sents if s.text.startswith("Talvo's chief executive"))
    assert pointers(s, skip=s.skip0) is None  # the firm whose chief speaks is the one meant

