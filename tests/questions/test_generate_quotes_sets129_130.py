"""Regression tests for what the blind judges of the quotation sets 129 and 130 failed: a firm the
tagger took for a person ("The battery manufacturer Voltwerk Energie", asked with "the surname is
enough"), a Korean name cut at its hyphen ("Dr Kim Soo-jin" as "Kim Soo"), the first half of a
quote the attribution cuts in two ("What convinced us."), and "the chain" written out as "Pakistan's
largest private school chains" (it was one of them).

The article is written for these tests (the firm, the people and the schools are made up)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402

BATTERIES = """Battery maker to cut 800 jobs as orders fall

The battery manufacturer Feldstrom Energie is to cut 800 jobs in Germany after a sharp fall in orders from carmakers.

The firm, which employs 2,600 people, said the cuts would fall mostly at its plant in Kassel.

Union official Petra Lindqvist said workers had been told on Monday morning. "What worried us most," she said, "was the silence from management over the summer."

Feldstrom Energie's chief executive, Jonas Albrecht, said demand for electric cars had grown more slowly than forecast. "Every month of waiting costs us more," Mr Albrecht said, "because the plant was built for twice the orders we have."

Dr Kim Soo-jin, an analyst at the Hanbit Institute in Seoul, said Asian suppliers were cutting prices. "European makers cannot win a price war with the big Korean and Chinese groups," she said.

Lakeside Academies, one of Bavaria's largest private school chains, said it would offer places to the children of workers who move. The chain runs 41 schools in southern Germany.
"""


@pytest.fixture(scope="module")
def batteries(nlp):
    return _ana(nlp, BATTERIES)


def test_a_name_after_a_noun_for_a_firm_is_the_firm(batteries):
    firm = next(e for e in batteries.entities if e.name == "Feldstrom Energie")
    assert firm.ftype == "company"
    assert not any(e.ftype == "person" and "Feldstrom" in e.name for e in batteries.entities)


def test_a_korean_name_named_once_is_whole_and_its_family_name_comes_first(batteries):
    from questions.generate.base import person_answers, person_hint

    kim = next(e for e in batteries.entities if e.ftype == "person" and e.name.startswith("Kim"))
    assert kim.name == "Kim Soo-jin"
    accepted, surname_ok = person_answers(batteries, kim, speaker=True)
    assert {"Kim", "Dr Kim"} <= set(accepted) and "Soo-jin" not in accepted
    assert person_hint(kim, accepted, surname_ok) == "the family name is enough"


def test_the_first_half_of_a_cut_quote_is_asked_only_when_it_is_a_whole_thought():
    from questions.generate.quotes import _cut_short

    assert _cut_short("What worried us most,", "was the silence from management over the summer.")
    assert not _cut_short("Every month of waiting costs us more,", "because the plant was built for twice the orders.")
    assert not _cut_short("We are a club for the neighbourhood,", "and we will stay one.")


def test_one_of_several_things_is_not_written_out_as_all_of_them(batteries):
    last = batteries.sents[-1]
    assert last.text.startswith("The chain runs")
    assert not any("chains" in text for _, _, text in last.rewrites), last.rewrites
