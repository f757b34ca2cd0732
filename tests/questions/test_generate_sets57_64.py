"""Regression tests for what the blind judges of sets 57 to 64 failed: "Mr Van der Bellen" cut to
"Mr Van" (and a stem that read "Van der Bellen der Bellen"), "the run-off" read as a run that says
which one, a liner named like a person ("the Italian liner Andrea Doria", typed as a surname), "her"
when the only person named is a man, a wh-question cut inside a misparsed clause ("…when Bre-X's
partner?"), "Six" left capitalised inside a question, and a typed nationality.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, quotes, wh  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402

VIENNA = """Austria must rerun presidential vote

Austria's constitutional court has ordered a rerun of the presidential election won by Anton Van der Berg.

Mr Van der Berg won the run-off on 22 May by 30,863 votes, a margin of less than one percentage point.
"""


def test_a_titled_name_keeps_its_particles(nlp):
    ana = _ana(nlp, VIENNA)
    e = next(e for e in ana.people() if e.name == "Anton Van der Berg")
    assert {m.bare for m in e.mentions} == {"Anton Van der Berg", "Van der Berg"}
    for c in wh.candidates(ana, random.Random(0)) + cloze.candidates(ana, random.Random(0)):
        assert "der Berg der Berg" not in c.prompt


def test_the_run_off_does_not_say_which(nlp):
    s = _ana(nlp, VIENNA).sents[1]
    assert "off" in (pointers(s, skip=s.skip0) or "")


def test_a_liner_named_like_a_person_is_not_a_person(nlp):
    ana = _ana(nlp, """Liner sinks off Massachusetts

The Italian liner Andrea Doria has sunk in the Atlantic Ocean off the coast of Massachusetts, hours after colliding with the Swedish ship Stockholm.

More than 1,600 passengers and crew were rescued by ships that answered its distress calls.
""")
    for mod in (cloze, wh, quotes):
        assert not any(c.answer == "Andrea Doria" and c.qtype == "short" for c in mod.candidates(ana, random.Random(0)))


def test_her_needs_a_woman_named_before_it(nlp):
    ana = _ana(nlp, """Court jails activist

Judge Michael Strand, sitting in the High Court in Pretoria, gave her five years for kidnapping.
""")
    s = ana.sents[0]
    m = next(m for m in s.mentions if "Strand" in m.text)
    assert "her" in (pointers(s, skip=set(range(m.i, m.j)) | s.skip0) or "")
    ana = _ana(nlp, """Court jails activist

Judge Mary Strand, sitting in the High Court in Pretoria, said her ruling was final.
""")
    s = ana.sents[0]
    m = next(m for m in s.mentions if "Strand" in m.text)
    assert pointers(s, skip=set(range(m.i, m.j)) | s.skip0) is None


def test_no_question_cut_inside_a_misparsed_clause(nlp):
    ana = _ana(nlp, """Gold find was a fraud

Doubts first surfaced in March, when Ore-Z's partner, the US mining group Freeport Metals, said its own drilling had found almost no gold.
""")
    assert not any(c.prompt.startswith("In which month") for c in wh.candidates(ana, random.Random(0)))


def test_a_number_that_opens_the_subject_is_lower_case_in_a_question(nlp):
    ana = _ana(nlp, """Common market founded

Six western European countries have signed treaties in Rome setting up a common market that will remove trade barriers between them.
""")
    asked = [c.prompt for c in wh.candidates(ana, random.Random(0)) if c.prompt.startswith("In which city")]
    assert asked and all(" have six western" in p for p in asked)


def test_a_nationality_is_not_typed(nlp):
    ana = _ana(nlp, """Electronics firm sells first compact disc player

Japanese electronics company Tokiwa has begun selling the world's first compact disc player, in what it called a new era for music.
""")
    assert not any(c.answer == "Japanese" and c.qtype == "short" for c in cloze.candidates(ana, random.Random(0)))


def test_a_country_that_wins_a_vote_is_not_a_team(nlp):
    from questions.generate.base import plays

    ana = _ana(nlp, """Qatar to host the 2022 World Cup

Qatar beat the United States in the fourth and final round of voting by Fifa's executive committee.
""")
    s = ana.sents[0]
    us = next(m.entity for m in s.mentions if "United States" in m.text)
    assert not plays(s, us)
