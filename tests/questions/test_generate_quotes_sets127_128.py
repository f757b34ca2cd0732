"""Regression tests for what the blind judges of the quotation sets (127 and 128) failed, and for
the quotes they passed far down a story: "Mr Vogel" given to Katrin Vogel, the surname of a speaker
accepted when another speaker (or his wife) shares it, a developer offered among the people who
spoke, a quote that ends on "it", and "Councillor Martin Hale" taken for an organisation.

The article is written for these tests (the people and the town are made up)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402
from tests.questions.generating import person as _person  # noqa: E402

FERRY = """Harbour town votes to close ferry route after 60 years

Councillors in Port Ellery have voted to close the town's ferry link to Gannet Island, ending a service that has run since 1964.

The council's finance chief, Maria Okonjo, said the route lost £400,000 last year. "We simply cannot keep paying for a boat that sails half empty," Ms Okonjo said.

The vote was carried by 23 votes to 11. Council leader Morwenna Baird told reporters the authority would fund a water taxi for six months.

Islanders reacted with anger. Tom Baird, who is no relation of the council leader, runs the island's only shop.

"They have made up their minds in a back room," Mr Baird said. "Nobody from the council has set foot on the island in years."

"We will sit down with the islanders and look at every option," Ms Baird said later.

Councillor Rhodri Penhale, who voted against the closure, said the island would empty within a decade. "The water taxi is a sticking plaster, and now we have to wonder who will pay for it," he said.

Developer Fenwick Land wants to build 40 homes on the island. Fenwick Land said the closure would not change its plans.

But the harbour master, Dr Samuel Reid, who has worked on the channel with his son Callum for 20 years, warned that a water taxi could not sail in winter storms.

"I have seen waves of five metres in the channel between the town and the island," Dr Reid said.
"""


@pytest.fixture(scope="module")
def ferry(nlp):
    return _ana(nlp, FERRY)


def test_mr_and_ms_go_to_the_man_and_the_woman_who_share_a_surname(ferry):
    # the gazetteer knows "Tom" as a man's name and not "Morwenna": "Mr Baird" is still not her
    owners = {(m.title, m.entity.name) for s in ferry.sents for m in s.mentions
              if m.bare == "Baird" and m.title and m.entity is not None}
    assert owners == {("Mr", "Tom Baird"), ("Ms", "Morwenna Baird")}


def test_who_said_it_takes_no_surname_that_another_speaker_or_a_relative_shares(ferry):
    from questions.generate.base import person_answers

    tom, accepted_ok = person_answers(ferry, _person(ferry, "Tom Baird"), speaker=True)
    assert "Baird" not in tom and not accepted_ok
    assert "Mr Baird" in tom  # the title tells the two Bairds apart
    reid, _ = person_answers(ferry, _person(ferry, "Samuel Reid"), speaker=True)
    assert "Reid" not in reid  # "with his son Callum": a Reid too
    # where the sentence says which one (a blank beside "his son Callum"), the surname is enough
    assert "Reid" in person_answers(ferry, _person(ferry, "Samuel Reid"))[0]


def test_anyone_may_write_a_courtesy_title_before_the_surname(ferry):
    from questions.generate.base import person_answers

    accepted, _ = person_answers(ferry, _person(ferry, "Maria Okonjo"))
    assert {"Okonjo", "Ms Okonjo", "Mrs Okonjo"} <= set(accepted)


def test_a_councillor_is_a_person_with_a_title(ferry):
    penhale = _person(ferry, "Rhodri Penhale")
    assert penhale.ftype == "person"
    assert any(m.title == "Councillor" for m in penhale.mentions)


def test_a_company_that_speaks_is_no_wrong_option_among_people(ferry):
    import random

    from questions.generate import quotes

    choices = [c for c in quotes.candidates(ferry, random.Random(0)) if c.qtype == "choice"]
    assert choices, "four people speak: the quotes should be choice questions"
    assert not any("Fenwick Land" in c.distractors for c in choices)


def test_a_quote_that_ends_on_it_or_that_is_not_asked(ferry):
    from questions.generate.quotes import _dangling

    assert _dangling("Now we have to wonder who will pay for it.")
    assert _dangling("Our traders should never have been caught in the middle of this")
    assert not _dangling("Having clean water changes that. It sounds small, but it keeps children in class.")


def test_a_quote_far_down_the_story_is_still_asked_where_a_blank_is_not(ferry, monkeypatch):
    # the judges passed 17 of 20 quotes below the bar of the other kinds
    import copy
    import random

    from questions.generate import quotes, rank

    cands = quotes.candidates(ferry, random.Random(0))
    blank = copy.copy(cands[0])  # the same sentence as a blank to fill in
    blank.kind, blank.key, blank.prompt = "cloze", "cloze:x", "Fill in the blank: _____ said."
    cands.append(blank)
    monkeypatch.setattr(rank, "score", lambda c: 0.4)
    chosen = rank.select(cands, 15, random.Random(0))
    assert chosen and {c.kind for c in chosen} == {"quote"}
