"""Regression tests for what the blind judges of sets 44 to 52 failed: "Under the deal" read as if
"PSA" said which deal, score options that each keep one side's score and so meet at the key, a
round target year set against a year two off, "all _____ artists" with "two" among the options, "Kenya's
President _____" (the holder of a country's office is general knowledge), and "responded" with
nothing to respond to; a name the article gives as well ("long known as Ayers Rock") refused; and,
from sets 49 to 52, score options with the key at their midpoint or set apart, a currency conversion
beside an amount blank, and a score asked when the stem counts the goals.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from questions.generate.scores import score_distractors  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


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


# --- sets 49 to 52 ----------------------------------------------------------------------------------


def test_the_key_score_is_not_the_midpoint_nor_the_odd_one_out():
    for a, b in ((114, 110), (125, 104), (43, 7), (24, 15)):
        wrong = [tuple(map(int, w.split("-"))) for w in score_distractors(a, b, set(), random.Random(0))]
        firsts, seconds = [x for x, _ in wrong], [y for _, y in wrong]
        assert len(wrong) == 3 and len(set(firsts)) > 1 and len(set(seconds)) > 1
        assert a > max(firsts) or a < min(firsts) or b > max(seconds) or b < min(seconds)


def test_a_conversion_beside_the_blank_is_left_out(nlp):
    from questions.generate import numbers

    text = """Brewer agrees takeover

The American brewer Hopfield has agreed to be bought by its Dutch rival Brauhaus in a deal worth about $52bn (£26bn).

Brauhaus said the combined company would be the world's biggest brewer.
"""
    asked = [c.prompt for c in numbers.candidates(_ana(nlp, text), random.Random(0)) if "52bn" in c.answer]
    assert asked and not any("£26bn" in p for p in asked)


def test_no_score_question_when_the_stem_counts_the_goals(nlp):
    from questions.generate import scores

    text = """Brazil win fifth World Cup

Two goals from Ronaldo gave Brazil a 2-0 victory over Germany in the World Cup final in Yokohama and a record fifth world title.
"""
    assert [c.prompt for c in scores.candidates(_ana(nlp, text), random.Random(0))] == []
