"""Regression tests for what the blind judges of sets 87 to 98 failed: a share of a vote asked as
an amount ("came second with _____", "won _____ of the vote": such questions passed once in nine
across sets 9 to 98), "the home side" (which match?) and "The Spaniard's car" (which Spaniard?)
left in a stem.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402

ELECTION = """Socialists win Portuguese election

Portugal's Socialist Party has won Sunday's general election with about 41% of the vote, official results show.

The Social Democrats came second with 29%, and the Left Bloc trailed in third place with about 10%.

Shares in Lisbon rose by 3% on Monday after the result was announced.
"""


VALDORIA = """Farmers' party wins first free election in Valdoria

Anton Brel's Farmers' Party has come first in Valdoria's first free election for almost 40 years, held two years after the fall of the military government.

With most votes counted, the Farmers' Party had about 36% of the vote. The liberal Civic Union, led by Ilse Marten, was second with about 27%.

The Workers' Party, which has grown quickly since the military left power, trailed in third place with about 14.5%. The Green Alliance took about 7%.

Turnout was more than 85%. Many voters had never taken part in a free election before.

The new assembly will write a constitution for Valdoria.
"""


def test_no_share_of_a_vote_is_asked(nlp):
    from questions.generate import numbers, truefalse

    ana = _ana(nlp, VALDORIA)
    asked = [(c.prompt, c.answer) for c in numbers.candidates(ana, random.Random(0))]
    asked += [(c.prompt, c.answer) for c in truefalse.candidates(ana, random.Random(0))]
    assert not any("%" in p + a for p, a in asked), asked
    assert any(a == "almost 40 years" for _, a in asked), asked  # other amounts are still asked


def test_vote_share_tells_a_result_from_other_percentages(nlp):
    from questions.generate.numbers import vote_share
    from questions.generate.numeric import parse_amount

    ana = _ana(nlp, ELECTION)
    by_text = {s.text.split()[0]: s.doc for s in ana.sents}
    assert vote_share(by_text["Portugal's"], parse_amount("about 41%"))
    assert vote_share(by_text["The"], parse_amount("29%"))
    assert not vote_share(by_text["Shares"], parse_amount("3%"))
    assert not vote_share(by_text["Portugal's"], parse_amount("41"))  # not a percentage


MATCH = """Australia miss out on World Cup

Iran have qualified for next year's World Cup after drawing 2-2 with Australia in Melbourne.

Harry Clarke put the home side ahead in the first half.

The Spaniard's car finished ahead of Williams driver Karl Brenner in the race at Monza.
"""


@pytest.mark.parametrize("start, pointer", [("Harry Clarke", "side"), ("The Spaniard's", "Spaniard")])
def test_a_side_or_a_nationality_named_before_is_a_pointer(nlp, start, pointer):
    from questions.generate.filters import pointers

    ana = _ana(nlp, MATCH)
    s = next(s for s in ana.sents if s.text.startswith(start))
    why = pointers(s)
    assert why is not None and pointer in why, why
