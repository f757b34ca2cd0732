"""Regression tests: giveaways, answer forms and options named by the blind judges of sets 21 to 36.

A well-known city names its country; a capital that "accused" someone is its government; a place
that ends an institution's name is not a fact; a record beside the blank names it; "that mandate"
points back; the article's own rank is an accepted form; "three decades" is not set against nine; a
goal told in the stem rules out 0-0; wrong days keep the order of events.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, wh  # noqa: E402
from questions.generate.base import person_answers  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from questions.generate.numeric import lookalikes, parse_amount  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def _answers(nlp, text: str) -> list[tuple[str, str]]:
    ana = _ana(nlp, text)
    return [(c.prompt, c.answer) for mod in (cloze, wh) for c in mod.candidates(ana, random.Random(0))]


def test_a_well_known_city_in_the_stem_names_the_country():
    # Osaka is in the hand-kept gazetteer; Kobe only in the world city list.
    from questions.generate.central import _names_world_city

    stem = "A new bridge has opened in  , linking the city of Kobe with a nearby island."

    assert _names_world_city(stem, "Japan")
    assert not _names_world_city(stem, "China")
    assert not _names_world_city("Paris Hilton opened a hotel in  .", "France")  # part of a longer name


def test_no_country_question_when_a_city_in_the_stem_gives_it(nlp):
    text = """Longest bridge of its kind opens

A new suspension bridge has opened in Japan, linking the city of Kobe with a nearby island across a busy shipping lane.

Engineers said the bridge had been built to survive strong earthquakes and typhoons.

Japan spent more than ten years on the project, the transport ministry said.
"""
    asked = [p for p, a in _answers(nlp, text) if a == "Japan" and "Kobe" in p]
    assert asked == []


def test_a_capital_that_accuses_is_its_government_not_a_city(nlp):
    text = """Iraq accuses Kuwait over oil field

Iraq and Kuwait are in a dispute over the Rumaila oil field.

Baghdad has accused Kuwait of pumping oil from the Rumaila field, which lies across their border.

Kuwait denies the charge, and diplomats from both countries will meet in Jeddah next week.
"""
    answers = _answers(nlp, text)
    assert any(a == "Kuwait" for _, a in answers)  # the country accused is a fair question
    assert not any(a == "Baghdad" for _, a in answers)  # Baghdad here is Iraq's government, not a city


def test_a_place_that_ends_an_institutions_name_is_not_blanked(nlp):
    text = """Former mayor convicted of genocide

Jean-Paul Akayesu was convicted of genocide on Wednesday by the International Criminal Tribunal for Rwanda, sitting in Arusha, Tanzania.

It was the first conviction for genocide by an international court, lawyers said.

Akayesu had been mayor of a town in Rwanda in 1994.
"""
    answers = _answers(nlp, text)
    assert any(a == "Rwanda" for _, a in answers)  # where he was mayor: a fact
    assert not any("Tribunal for _____" in p for p, _ in answers)  # the court's name: not one


def test_a_record_beside_the_blank_names_the_answer(nlp):
    from questions.generate.cloze import _superlative_appositive

    text = """Giant airliner makes first flight

The world's largest passenger aircraft, the Skyfarer S900, has made its first flight from Seville.

Its maker said the Skyfarer S900 had flown for four hours.
"""
    s = _ana(nlp, text).sents[0]
    m = next(m for m in s.mentions if "S900" in m.text)
    assert _superlative_appositive(s, m)
    other = next(m for m in s.mentions if m.text == "Seville")
    assert not _superlative_appositive(s, other)


def test_that_with_a_noun_points_back(nlp):
    text = """Territory gains independence

The territory was placed under a mandate by the League of Nations after the war.

The United Nations ended that mandate in 1966, and the court later declared the occupation illegal.
"""
    s = next(s for s in _ana(nlp, text).sents if s.text.startswith("The United Nations ended"))
    assert pointers(s, skip=s.skip0) == "pointer 'that mandate'"


def test_the_rank_the_article_uses_is_an_accepted_form(nlp):
    text = """Army officer seizes power

Lieutenant Colonel Tomasi Ravuna led armed soldiers into the parliament building in Suva on Thursday.

Col Ravuna later said he had taken control of the government.
"""
    ana = _ana(nlp, text)
    e = next(e for e in ana.entities if e.name == "Tomasi Ravuna")
    forms, surname_ok = person_answers(ana, e)
    assert surname_ok
    assert {"Tomasi Ravuna", "Ravuna", "Col Ravuna", "Lieutenant Colonel Tomasi Ravuna",
            "Lieutenant Colonel Ravuna"} <= set(forms)  # the rank before the surname alone too


def test_decades_are_set_against_near_decades():
    a = parse_amount("the last three decades")
    wrong = lookalikes(a, [a], n=3, seed=1)
    assert len(wrong) == 3
    assert all(parse_amount(w).low <= 6 for w in wrong), wrong


def test_no_goalless_option_when_the_sentence_tells_of_a_goal():
    from questions.generate.scores import score_distractors

    wrong = score_distractors(1, 1, set(), random.Random(0), scored=True)
    assert len(wrong) == 3 and "0-0" not in wrong, wrong
    assert all(w.split("-")[0] == w.split("-")[1] for w in wrong)  # a draw stays a draw


def test_wrong_days_keep_the_order_of_events_the_article_tells(nlp):
    from questions.generate.distractors import date_distractors

    text = """Island invaded

Forces from the mainland invaded the island on 2 April, officials said.

A relief fleet set sail on 5 April and landed troops on 21 May.

The fighting ended on 14 June with the surrender of the invaders.
"""
    ana = _ana(nlp, text)
    import datetime

    def when(d: str) -> datetime.date:
        return datetime.datetime.strptime(d + " 2001", "%d %B %Y").date()

    for seed in range(5):
        wrong = date_distractors(ana, "2 April", random.Random(seed))
        assert len(wrong) == 3
        # The invasion came before the fleet sailed: no wrong day on or after 5 April.
        assert all(when(w) < when("5 April") for w in wrong), wrong


def test_a_when_question_leaves_no_double_comma(nlp):
    from questions.generate.syntax import pp_span, to_question

    doc = nlp("Arnaldo was discovered on Marra, one of the smallest islands in the group, in 1968, "
              "long after scientists had given up the species.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    prep = next(t for t in root.children if t.dep_ == "prep" and t.lower_ == "in")
    subj = next(t for t in root.children if t.dep_ in ("nsubj", "nsubjpass"))
    q = to_question(doc, root, "In which year", pp_span(prep), (subj.left_edge.i, subj.right_edge.i + 1))
    assert q == ("In which year was Arnaldo discovered on Marra, one of the smallest islands in the group, "
                 "long after scientists had given up the species?")


TORTOISE = """Rare tortoise dies

Old Harald, a giant tortoise believed to be the last of his kind, has died on the island of Marra, park officials in Peru have said.

Old Harald was thought to be about 90 years old, the officials said.

Keepers at the park had tried for decades to find him a mate.
"""


def test_the_place_of_whoever_reports_it_is_not_blanked(nlp):
    ana = _ana(nlp, TORTOISE)
    prompts = [c.prompt for c in cloze.candidates(ana, random.Random(0))]
    assert not any("park officials in _____" in p for p in prompts), prompts


def test_appointed_without_saying_to_what_is_elliptic(nlp):
    from questions.generate.filters import elliptic

    text = """New finance minister

Ravi Menon, an economist, was appointed by the prime minister after the party won the election last month.

Ravi Menon was appointed finance minister in June.
"""
    ana = _ana(nlp, text)
    assert elliptic(ana.sents[0])  # appointed as what? the sentence before said
    assert not elliptic(ana.sents[1])


def test_a_day_is_set_against_round_spans_of_hours():
    a = parse_amount("24 hours")
    wrong = lookalikes(a, [a], n=3, seed=3)
    assert len(wrong) == 3 and all(parse_amount(w).low % 12 == 0 for w in wrong), wrong


OPERA = """Opera house joins heritage list

Unesco has listed the Sydney Opera House as a World Heritage site, placing Jorn Utzon's building on the harbour among the most celebrated monuments.

Mr Utzon, who is now 89, said he was delighted by the decision.

Mr Utzon left the project in 1966 after a dispute with the state government.
"""

JAKARTA = """Jakarta governor wins presidency

Joko Widodo, the governor of Jakarta, has been declared the winner of Indonesia's presidential election.

The election commission said on Tuesday that Mr Widodo, widely known as Jokowi, had won 53% of the vote.

Mr Widodo is the first president who does not come from the army or the political elite.
"""


@pytest.mark.parametrize("text, full", [(OPERA, "Jorn Utzon"), (JAKARTA, "Joko Widodo")])
def test_a_full_name_the_tagger_mistook_is_the_titled_person(nlp, text, full):
    ana = _ana(nlp, text)
    people = [e for e in ana.entities if e.ftype == "person"]
    assert [e.name for e in people] == [full]  # not a place or firm "Jorn Utzon" beside a person "Utzon"
    forms, surname_ok = person_answers(ana, people[0])
    assert surname_ok and {full, full.split()[-1], "Mr " + full.split()[-1]} <= set(forms)


def test_a_nickname_beside_the_blank_names_the_answer(nlp):
    from questions.generate.cloze import _named_again
    from tests.questions.generating import blanked

    s, m, stem = blanked(nlp, JAKARTA, "Widodo", sent=1)
    assert "_____, widely known as Jokowi" in stem
    assert _named_again(s, m, stem)


def test_a_patronymic_alone_is_a_near_miss(nlp):
    text = """Bomber sentenced to death

A court has sentenced Hamid bin Yusof to death for his part in the bombing of a hotel last year.

Hamid smiled as the sentence was read out, reporters in the court said.
"""
    ana = _ana(nlp, text)
    e = next(e for e in ana.entities if e.name == "Hamid bin Yusof")
    forms, _ = person_answers(ana, e)
    assert "Hamid bin Yusof" in forms and "Yusof" not in forms  # his father's name


def test_a_work_named_after_a_place_is_not_blanked(nlp):
    from questions.generate.central import ends_a_name

    text = """Giant sculpture unveiled

A steel sculpture by the artist Antony Gormley has been put up on a hill in Gateshead.

The Angel of the North stands 20 metres tall and has wings 54 metres wide.
"""
    s = _ana(nlp, text).sents[1]
    north = next(m for m in s.mentions if m.text == "North")
    assert ends_a_name(s, north)  # "the Angel of the _____": a name, not a place to ask


def test_a_middle_name_may_be_left_out_and_accents_do_not_stop_a_name(nlp):
    text = """Judge orders break-up of software firm

Judge Thomas Penfield Jackson has ordered the software firm Vantix to be split into two companies.

Judge Jackson said Vantix had used its dominance to crush rivals.

Vantix's lawyer, Nicolás Guzmán, said the firm would appeal. Mr Guzmán said the ruling was wrong.
"""
    ana = _ana(nlp, text)
    judge = next(e for e in ana.entities if e.name == "Thomas Penfield Jackson")
    forms, _ = person_answers(ana, judge)
    assert {"Thomas Penfield Jackson", "Thomas Jackson", "Jackson"} <= set(forms)
    lawyer = next(e for e in ana.entities if "Guzmán" in e.name and e.ftype == "person")
    assert lawyer.name == "Nicolás Guzmán"  # "Mr Guzmán" is the man named in full, accents and all


def test_a_round_share_is_set_against_round_shares():
    for text in ("60%", "25%"):
        a = parse_amount(text)
        wrong = lookalikes(a, [a], n=3, seed=3)
        assert len(wrong) == 3 and all(parse_amount(w).low % 5 == 0 for w in wrong), wrong


def test_a_titled_name_inside_a_longer_name_is_that_person(nlp):
    text = """President plans to seize oil firm

Argentina's President Cristina Fernández de Kirchner has announced plans to take control of the oil company Petrosur.

Ms Fernández said the country had to recover control of its energy.
"""
    ana = _ana(nlp, text)
    e = next(e for e in ana.entities if e.name == "Cristina Fernández de Kirchner")
    forms, _ = person_answers(ana, e)
    assert {"Fernández", "Ms Fernández"} <= set(forms)  # how the article itself calls her


def test_a_name_cut_before_its_noun_is_not_used_to_rename(nlp):
    from questions.generate.analyse import _naming_phrase

    doc = nlp("Police arrested the sect's leader over the gas attack on the Tokyo underground in March.")
    attack = next(t for t in doc if t.text == "attack")
    assert _naming_phrase(attack) != "gas attack on the Tokyo"



def test_the_end_of_a_longer_name_is_not_blanked(nlp):
    text = """New president sworn in

Joyce Banda has been sworn in as president of Malawi, two days after the sudden death of President Bingu wa Mutharika.

The late president's brother, Peter Mutharika, had been expected to succeed him.

Mrs Banda, the vice-president, said the country would mourn for ten days.
"""
    ana = _ana(nlp, text)
    prompts = [c.prompt for c in cloze.candidates(ana, random.Random(0))]
    assert not any("Bingu wa _____" in p for p in prompts), prompts  # would ask for his brother's name


def test_a_country_that_wins_by_beating_another_is_a_team(nlp):
    text = """Greece win European title

Greece completed one of the biggest shocks in football by beating hosts Portugal 1-0 in the final in Lisbon.

Angelos Charisteas scored the only goal with a header in the second half.
"""
    typed = [p for p, a in _answers(nlp, text) if a == "Greece" and p.startswith("Type ")]
    assert typed and all(p.startswith("Type the name of the team: ") for p in typed), typed
