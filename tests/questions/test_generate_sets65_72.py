"""Regression tests for what the blind judges of sets 65 to 76 failed: "Mrs Dewani" (the wife)
accepted as a form of her husband's name, "Jagger Mick" for a knight called "Sir Mick", a blank
that leaves the first part of the name in the stem ("Jean-Sebastien _____"), odds of "100-1" asked
as a score, a count of goals beside the score that counts them, "A third Russian" (after the two
named before) and "Mr Justice Sweeney" read as a man called Justice Sweeney.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate.base import person_answers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def test_mrs_is_the_wife_not_the_husband(nlp):
    ana = _ana(nlp, """Businessman cleared of wife's murder

British businessman Ravi Kothari has been cleared of arranging the murder of his wife, Priya Kothari, in Durban.

Mr Kothari had always denied any part in the killing.

Mrs Kothari, 28, was shot during what was made to look like a robbery.

Mr Kothari said he was relieved by the verdict.
""")
    husband = next(e for e in ana.people() if e.name == "Ravi Kothari")
    wife = next(e for e in ana.people() if e.name == "Priya Kothari")
    assert {m.title for m in husband.mentions if m.title} == {"Mr"}
    assert {m.title for m in wife.mentions if m.title} == {"Mrs"}
    accepted, _ = person_answers(ana, husband)
    assert "Mrs Kothari" not in accepted


def test_a_knight_is_called_by_his_given_name(nlp):
    ana = _ana(nlp, """Rock band plays in Havana

The singer Sir Nick Harlow led the band through a two-hour set in Havana on Friday.

Speaking to the crowd in Spanish, Sir Nick said the band had waited years for the concert.
""")
    e = next(e for e in ana.people() if e.name == "Nick Harlow")
    accepted, _ = person_answers(ana, e)
    assert "Harlow" in accepted and "Harlow Nick" not in accepted


def test_no_blank_after_the_first_part_of_a_name(nlp):
    from questions.generate.cloze import _name_cut_short

    ana = _ana(nlp, """Mining chief quits

Ana-Maria Jacques will step down as chief executive of Rio Verde at the end of June.

Manager Tom Reilly resigned minutes after the final whistle.
""")
    cut = next(m for m in ana.sents[0].mentions if m.text == "Maria Jacques")  # the tagger's cut
    assert _name_cut_short(ana.sents[0], cut)
    reilly = next(m for m in ana.sents[1].mentions if "Reilly" in m.text)
    assert not _name_cut_short(ana.sents[1], reilly)


def test_odds_are_not_a_score(nlp):
    from questions.generate import scores

    ana = _ana(nlp, """Outsider wins the National

Red Lantern has won the Grand National at Aintree at odds of 100-1, one of the biggest shocks in the race's history.
""")
    assert not scores.candidates(ana, random.Random(0))


def test_no_count_of_goals_beside_the_score(nlp):
    from questions.generate import numbers

    ana = _ana(nlp, """Madrid win the European Cup

Real Valencia won the European Cup for a record fifth time after scoring three goals in extra time to beat Porto 4-1 in Lisbon.
""")
    assert not any("goals" in c.prompt for c in numbers.candidates(ana, random.Random(0)))


def test_a_third_of_a_kind_points_back(nlp):
    from questions.generate.filters import pointers

    s = _ana(nlp, """Verdict in airliner trial

A third Russian, Pavel Orlov, was acquitted by the court in The Hague.
""").sents[0]
    assert "third" in (pointers(s, skip=s.skip0) or "")


def test_mr_justice_is_a_judges_title(nlp):
    ana = _ana(nlp, """Minister jailed

Mr Justice Bramwell told the former minister that he had lied for years.
""")
    m = next(m for m in ana.sents[0].mentions if "Bramwell" in m.text)
    assert (m.bare, m.title) == ("Bramwell", "Justice")
