"""Regression tests: choice options only from the story's own actors of the same part; else typed."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from questions.generate import generate_pack  # noqa: E402

COAST = """Brindle Oil well off Norfolk sealed after leak

The Brindle Oil well that leaked crude into the North Sea for six weeks has been permanently sealed, the company said on Monday.
Brindle Oil, which leased the Halvard platform from Norsk Rigg, said engineers had pumped cement into the well over three days.
The leak began on 2 March when a valve failed on the platform, about 40 miles off the coast of Norfolk.
Fishermen in Great Yarmouth said catches had fallen sharply since the spill began.
The Marine Management Organisation said it would test water samples along the coast for another year.
Brindle Oil chief executive Harriet Vance said the company would pay for the clean-up in full.
"We are deeply sorry for the harm this leak has done to the coast," Ms Vance said.
Environmental groups said the company had ignored warnings about the valve for two years.
The Norfolk coast is home to large colonies of seals and seabirds, which wildlife officers have been monitoring daily.
Officials expect the clean-up to cost more than £40m and to last until the end of the summer.
"""

MATCH = """Fiji win the Pacific Nations Cup for a fourth time

Fiji have won the Pacific Nations Cup for the fourth time, beating Tonga 31-14 in the final in Suva on Saturday.
The Fijian captain, Josua Ravai, scored two tries in the second half as the home side pulled clear.
Tonga had led 14-10 at half-time after a strong start in front of a crowd of 15,000.
Coach Peni Lato said the win showed how much the squad had grown over the past year.
"The players never stopped believing, even when we were behind," Mr Lato said.
Samoa finished third after beating Japan 22-20 in the play-off on Friday.
Fiji will now travel to Europe for a series of matches against leading sides in November.
The tournament was watched by a record television audience across the Pacific islands.
"""


def _by_source(pack, words):
    return [q for q in pack.questions if words in q.source.text]


def _texts(q):
    return [o.text for o in q.options]


def test_no_made_up_company_rivals_and_the_stays_out_of_the_blank():
    pack = generate_pack([("coast.txt", COAST)], count=15, seed=0)
    assert pack.questions
    for q in pack.questions:
        if q.type == "choice":
            # never an outside firm (the gazetteer) offered as the company of the story
            assert not {"Shell", "ExxonMobil", "Yukos", "BP", "Chevron"} & set(_texts(q)), q.prompt
        # "The _____ well": a fused "the" never makes the blank fit one option only
        assert "_____ well" not in q.prompt or "The _____ well" in q.prompt, q.prompt
        for o in q.options:
            assert not (o.text or "").lower().startswith("the brindle"), q.prompt


def test_typed_answer_when_too_few_rivals_of_the_same_part():
    pack = generate_pack([("match.txt", MATCH)], count=15, seed=0)
    assert pack.questions
    for q in pack.questions:
        if q.type == "choice":
            texts = set(_texts(q))
            # no gazetteer countries of the region as winners of a contest
            assert not texts & {"Australia", "New Zealand", "Papua New Guinea", "Indonesia", "Philippines"}, q.prompt
    lead = _by_source(pack, "have won the Pacific Nations Cup")
    for q in lead:
        if "_____ have won" in q.prompt:
            assert q.type == "short" and q.prompt.startswith("Type the name of the team:")
            assert "Fiji" in _texts(q)


def test_typed_forms_drop_the_and_keep_the_articles_own_forms():
    from questions.generate.base import typed_forms

    class E:
        name = "the Marine Management Organisation"
        mentions = []

    class Ana:
        entities: list = []
        text = ""

        def find_form(self, f):
            return None

    forms = typed_forms(Ana(), E(), "the Marine Management Organisation")
    assert forms == ["Marine Management Organisation", "Marine Management Organization"]


def test_same_role_refuses_a_leader_as_the_patient():
    text = """Former leader Tomas Brandt dies in hospital aged 90

Tomas Brandt had spent almost two months in a hospital in Arnhem before he died on Sunday at the age of 90.
Prime Minister Lieke Vos announced the death in a short statement outside parliament on Sunday evening.
President Marco Ruiz said Tomas Brandt had been a friend to his country for half a century.
Chancellor Ute Kramer said Europe had lost one of its great peacemakers.
Tomas Brandt led the country for twelve years and signed the treaty that ended the border dispute.
His funeral will be held in Arnhem next week, and flags will fly at half-mast until then.
Thousands of people queued outside the town hall on Monday to sign a book of condolence.
"""
    pack = generate_pack([("brandt.txt", text)], count=15, seed=0)
    for q in pack.questions:
        if "hospital in Arnhem" in q.prompt and "_____" in q.prompt:
            assert q.type == "short", q.prompt
            assert {"Tomas Brandt", "Brandt"} <= set(_texts(q))


def test_a_the_belongs_in_the_blank_only_for_names_written_with_it():
    from types import SimpleNamespace

    from questions.generate.base import takes_the

    def entity(name, *forms):
        return SimpleNamespace(name=name, forms=list(forms) or [name])

    assert not takes_the(entity("BP"))  # "the BP well": the "the" is the well's
    assert not takes_the(entity("Brindle Oil"))
    assert takes_the(entity("the United Nations"))
    assert takes_the(entity("BBC"))
    assert takes_the(entity("Kremlin", "the Kremlin"))
    assert not takes_the(None)
