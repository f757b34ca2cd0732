"""Regression tests for the typed name forms the blind judges of sets 9 to 56 refused as near misses
that were right ("Garcia Marquez", "Van der Graaf", "President Chirac", "Yuna Kim", "Beatrix",
"Greece FC" as a national side), and a guard: a true statement is made only beside its false twin.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, truefalse  # noqa: E402
from questions.generate.base import person_answers, person_hint  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def _accepted(nlp, text: str, name: str) -> tuple[list[str], bool]:
    ana = _ana(nlp, text)
    e = next(e for e in ana.people() if e.name == name)
    return person_answers(ana, e)


def test_a_surname_of_two_words_the_article_uses_without_a_title(nlp):
    accepted, surname_ok = _accepted(nlp, """Novelist dies in Lima

Rafael Torres Velarde, the Peruvian author of a celebrated trilogy of river novels, has died at his home in Lima.

Torres Velarde was born in 1931 in a small town in the Andes.

His publisher said the books had sold more than ten million copies.
""", "Rafael Torres Velarde")
    assert surname_ok
    assert {"Rafael Torres Velarde", "Torres Velarde", "Velarde"} <= set(accepted)


def test_a_surname_that_opens_with_a_particle(nlp):
    accepted, surname_ok = _accepted(nlp, """Activist jailed for murder

A Dutch court has sentenced Pieter van der Molen to 15 years in prison for the murder of a local councillor.

Van der Molen admitted the killing during the trial in Utrecht.
""", "Pieter van der Molen")
    assert surname_ok
    assert "van der Molen" in accepted


def test_the_office_the_article_gives_goes_before_every_form_of_the_name(nlp):
    accepted, _ = _accepted(nlp, """Bridge opens in France

French President Jacques Moreau has opened the longest road bridge in Europe, across the Loire valley.

Speaking at the ceremony, Mr Moreau praised the engineers who built it.
""", "Jacques Moreau")
    assert {"President Jacques Moreau", "President Moreau", "Mr Moreau"} <= set(accepted)
    assert not any(a.startswith("French ") for a in accepted)


def test_a_korean_name_in_the_order_english_reports_use(nlp):
    accepted, _ = _accepted(nlp, """Skater wins gold

South Korea's Kim Yu-jin has won the Olympic women's figure skating title in Turin.

Kim scored a record total in the free skate on Thursday.
""", "Kim Yu-jin")
    assert {"Kim Yu-jin", "Yu-jin Kim", "Yujin Kim"} <= set(accepted)


def test_a_queen_is_named_without_her_title(nlp):
    ana = _ana(nlp, """Queen abdicates in Amsterdam

Queen Mathilde, 74, signed the act of abdication on Tuesday morning at the royal palace in Amsterdam.

Queen Mathilde had announced her decision to step down in a televised address in January.
""")
    queen = next(e for e in ana.people() if e.name.endswith("Mathilde"))
    accepted, surname_ok = person_answers(ana, queen)
    assert "Mathilde" in accepted and "Queen Mathilde" in accepted
    assert person_hint(queen, accepted, surname_ok) == "the name the article uses"


def test_a_national_side_is_not_called_a_football_club(nlp):
    ana = _ana(nlp, """Greece win the European Championship

Greece have won the European Championship for the first time, beating hosts Portugal 1-0 in the final in Lisbon.

The Greek football association said the win was the greatest day in the country's sporting history.
""")
    teams = [c for c in cloze.candidates(ana, random.Random(0)) if c.answer == "Greece"]
    assert teams, "the winning side is asked"
    assert not any(a.endswith(" FC") for c in teams for a in c.accepted)


def test_a_fronted_deal_with_a_firm_after_the_comma_does_not_say_which(nlp):
    ana = _ana(nlp, """Bank rescued

Under the deal, Harbour Bank shareholders will receive one Crown Bank share for every 20 of theirs.
""")
    assert "deal" in (pointers(ana.sents[0], skip=ana.sents[0].skip0) or "")


def test_an_office_at_the_start_of_a_sentence_is_not_part_of_the_name(nlp):
    accepted, _ = _accepted(nlp, """Social network lifts news ban

Pagebook has agreed to restore news pages for Australian users after the government amended a planned law.

Treasurer Owen Pryce said he understood that news would begin to return from Friday.

But Mr Pryce said the law had already succeeded.
""", "Owen Pryce")
    assert {"Owen Pryce", "Pryce", "Treasurer Pryce", "Treasurer Owen Pryce"} <= set(accepted)


def test_the_last_two_of_three_names(nlp):
    accepted, _ = _accepted(nlp, """Oil flows in Ghana

President John Kofi Mensah marked the start of oil production at a ceremony on Wednesday.
""", "John Kofi Mensah")
    assert {"Kofi Mensah", "President Kofi Mensah", "Mensah"} <= set(accepted)


MINE = """Miners freed after two weeks

Rescuers in Chile have freed all 12 miners trapped underground at a copper mine near Copiapo.

The Santa Rosa mine, owned by the firm Minera Andes, collapsed on 3 March after a week of heavy rain.

President Elena Vargas greeted the 12 men as they came to the surface in a steel capsule.

The miners were taken to a hospital in Copiapo, where doctors said most were in good health.
"""


def test_every_true_statement_has_a_false_twin(nlp):
    # Blind judges failed true statements with no false twin 18 times in 31 (sets 57 to 76): a
    # sentence copied word for word tests recognition, and a long, exact statement reads as "True".
    cands = truefalse.candidates(_ana(nlp, MINE), random.Random(0))
    for c in cands:
        if c.truth:
            assert any(o.sent is c.sent and not o.truth for o in cands), c.prompt
