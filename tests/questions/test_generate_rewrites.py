"""Regression tests: descriptions written out as names ("the talks" between whom, "the two men"),
who "He" can and cannot be, the story's own country, background facts, and typed country names.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.generate import cloze, numbers, truefalse, wh  # noqa: E402
from questions.generate.base import typed_forms, typed_place  # noqa: E402
from questions.generate.filters import pointers  # noqa: E402
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def _sent(ana, start: str):
    return next(s for s in ana.sents if s.text.startswith(start))


TALKS = """Lake summit ends with river pact

President Amara Okafor of Lindoria has agreed a pact on shared rivers during a summit with Prime Minister Tomas Berg of Vesland.

The talks lasted six hours, officials said.

The two leaders also discussed a new railway across the border, which both governments want built by 2030.
"""


def test_the_talks_are_written_as_the_talks_between_the_two_leaders(nlp):
    ana = _ana(nlp, TALKS)
    s = _sent(ana, "The talks lasted")
    assert pointers(s, skip=s.skip0) is None
    assert s.with_opener(s.text).startswith("The talks between Amara Okafor and Tomas Berg lasted six hours")
    how = [c for c in numbers.candidates(ana, random.Random(0)) if c.answer == "six hours"]
    assert how and how[0].prompt == "How long did the talks between Amara Okafor and Tomas Berg last?"


def test_the_two_leaders_are_named_when_the_sentence_before_names_two_people(nlp):
    text = TALKS.replace("The talks lasted six hours, officials said.\n\n", "")
    ana = _ana(nlp, text)
    s = _sent(ana, "The two leaders")
    assert s.with_opener(s.text).startswith("Amara Okafor and Tomas Berg also discussed a new railway")
    # with three people named before, "the two leaders" could be any two: left alone, and vague
    crowded = _ana(nlp, text.replace("of Vesland.", "of Vesland and his deputy Lena Holm."))
    s = _sent(crowded, "The two leaders")
    assert not s.rewrites and pointers(s, skip=s.skip0)


RAID = """Rebel leader Dario Vensk killed in raid

Dario Vensk, the rebel commander behind years of attacks on the coast, has been killed by special forces in the hills of Morland, President Karl Hoffman has announced.

He died in a raid on a farmhouse near the town of Ostrava, Mr Hoffman said in an address on Sunday evening.

Vensk's fighters had controlled the hills since 2015.
"""


def test_he_is_never_a_person_the_same_sentence_names(nlp):
    ana = _ana(nlp, RAID)
    s = _sent(ana, "He died in a raid")
    assert s.resolved is not None and s.resolved.name == "Dario Vensk"
    for c in truefalse.candidates(ana, random.Random(0)):
        assert "Karl Hoffman died" not in c.prompt


def test_a_shorter_form_of_a_full_name_is_the_same_person(nlp):
    ana = _ana(nlp, RAID.replace("President Karl Hoffman", "President Karl Otto Hoffman").replace(
        "Mr Hoffman said", "Otto Hoffman said"))
    people = [e.name for e in ana.people()]
    assert "Karl Otto Hoffman" in people and "Otto Hoffman" not in people


ELECTION = """Portuguese voters hand Unity Party a landslide

The Unity Party has won a landslide in the Portuguese election, taking 172 of the 230 seats in parliament.

The Farmers' League, which has governed Portugal for most of the time since 1976, won just 31 seats.

Results published on Friday put turnout at 71%, the highest in Portugal for 20 years.

Unity Party leader Rui Matos said Portugal had voted for change.
"""


def test_the_storys_own_country_is_not_blanked_as_a_setting(nlp):
    ana = _ana(nlp, ELECTION)
    asked = [c.prompt for c in cloze.candidates(ana, random.Random(0)) if c.answer == "Portugal"]
    # "which has governed _____ since 1976", "the highest in _____": where it happened, not what
    assert not any("has governed _____" in p or "highest in _____" in p for p in asked), asked


BIO = """Portuguese engineer wins global bridge prize

Structural engineer Nadia Ferreira has won the Harbour Medal for her design of the Tejo footbridge in Lisbon.

The judges said the bridge had changed how cities think about walking routes.

Dr Ferreira has lived in Porto for more than 30 years.

She said the prize belonged to the 400 workers who built the bridge.
"""


def test_a_life_story_detail_is_not_asked(nlp):
    ana = _ana(nlp, BIO)
    prompts = [c.prompt for mod in (cloze, wh) for c in mod.candidates(ana, random.Random(0))]
    assert not any("lived in" in p for p in prompts)


def test_a_typed_country_accepts_its_common_names_but_not_its_capital(nlp):
    ana = _ana(nlp, RAID.replace("Morland", "the United States"))
    us = next(e for e in ana.entities if e.name == "the United States")
    forms = typed_forms(ana, us, "the United States")
    assert {"United States", "US", "USA", "America"} <= set(forms)
    assert "Washington" not in forms


RATES = """Norway raises interest rates

Norway's central bank has raised interest rates for the first time since the krone was floated in 1992.

The bank last raised rates in 2008, Governor Sofia Lind told reporters in Oslo.
"""


def test_a_false_statement_does_not_turn_on_a_background_year(nlp):
    from questions.generate.truefalse import _background

    ana = _ana(nlp, RATES)
    first, second = ana.sents[0], ana.sents[1]
    since = next(m for m in first.mentions if m.text == "1992")
    own = next(m for m in second.mentions if m.text == "2008")
    assert _background(first.doc, since)  # "…since the krone was floated in 1992": background
    assert not _background(second.doc, own)  # "The bank last raised rates in 2008": the fact itself


def test_in_turn_is_left_out_of_the_stem(nlp):
    ana = _ana(nlp, TALKS.replace("The talks lasted six hours, officials said.",
                                  "Mr Berg, in turn, promised to open the border crossing at Grenby by May."))
    s = _sent(ana, "Mr Berg, in turn")
    assert pointers(s, skip=s.skip0) is None
    assert s.with_opener(s.text).startswith("Tomas Berg promised to open the border crossing")


MATCH = """Harbour City win the Northern Cup

Harbour City have won the Northern Cup for the first time after beating Riverside 3-1 in the final at Kelton Park on Saturday.

Riverside had led through an early goal from Tom Ashby before Lena Ortiz made it 1-1 just before half-time.

Ortiz scored twice more in the second half to complete a hat-trick for Harbour City, who had lost 2-0 to Riverside in the league in March.

Harbour City manager Jo Park said the win was the best moment of her career.
"""


def test_a_final_result_is_asked_with_results_of_the_same_shape(nlp):
    from questions.generate import scores
    from questions.generate.scores import score_distractors

    ana = _ana(nlp, MATCH)
    cands = scores.candidates(ana, random.Random(0))
    assert [c.answer for c in cands] == ["3-1"]  # "made it 1-1" is a moment of the match, not its result
    c = cands[0]
    assert c.prompt.startswith("Fill in the blank: Harbour City have won the Northern Cup for the first time after "
                               "beating Riverside _____ in the final")
    for d in c.distractors:
        x, y = map(int, d.split("-"))
        assert x > y and d not in ("3-1", "1-1", "2-0")  # still a win; never a result the article gives
    assert all(d.split("-")[0] == d.split("-")[1] for d in score_distractors(2, 2, set(), random.Random(1)))


VOTE = """Portugal votes Yes in landmark referendum on four-day week

Portugal has become the first country to adopt a four-day working week by popular vote, after a referendum on Sunday.

The official result, announced in Lisbon on Monday, showed that 58% of voters backed the change.

Prime Minister Rui Matos said the vote showed that Portugal was ready for new ideas.

The result means employers will have two years to introduce the shorter week.

Opposition leader Ana Costa said Portugal had made a costly mistake, and the government would have to pay for it.
"""


def test_the_storys_vote_is_written_with_its_place(nlp):
    ana = _ana(nlp, VOTE)
    s = _sent(ana, "The result means")
    assert pointers(s, skip=s.skip0) is None
    assert s.with_opener(s.text).startswith("The result of the referendum in Portugal means employers")
    official = _sent(ana, "The official result")
    assert official.with_opener(official.text).startswith("The official result of the referendum in Portugal, "
                                                          "announced in Lisbon")
    # a sentence that names the country already stands alone as it is
    named = _sent(ana, "Opposition leader")
    assert pointers(named, skip=named.skip0) is None and named.with_opener(named.text) == named.text


def test_pronouns_and_pointers_that_are_not(nlp):
    ana = _ana(nlp, """Ireland backs same-sex marriage

Ireland has become the first country to approve same-sex marriage by popular vote, leaving only a few other states in Europe without it.

Members of the International Astronomical Union (IAU), the body responsible for naming stars, met in Prague instead of Paris.
""")
    same, body = ana.sents[0], ana.sents[1]
    assert "same" not in (pointers(same, skip=same.skip0) or "")  # "same-sex" points back to nothing
    assert pointers(body, skip=body.skip0) is None  # the body = the IAU; "instead of Paris" is no pointer


def test_a_place_that_is_not_a_country_is_never_typed(nlp):
    ana = _ana(nlp, """Zorvath probe lands on Titan

The European Zorvath probe has landed on Titan after a seven-month journey, the European Space Agency said.

Scientists said Titan was the best place to look for ancient dust.
""")
    assert not [c for c in cloze.candidates(ana, random.Random(0)) if c.answer == "Titan" and c.qtype == "short"]
    bhutan = _ana(nlp, """Bhutan holds first election

Voters in Bhutan have chosen a parliament for the first time, ending a century of absolute monarchy.
""")
    assert any(e.name == "Bhutan" and typed_place(s, e) for s in bhutan.sents for e in bhutan.entities)


def test_a_person_called_he_in_the_next_sentence_counts_as_named_twice(nlp):
    from questions.generate.central import central_entity

    ana = _ana(nlp, """Bridge opens after ten years

A new bridge across the River Tamar has opened after ten years of work.

The bridge is 640m long and carries four lanes of traffic.

Transport minister Owen Hale cut the ribbon on Friday morning.

He said the bridge would cut journeys to Plymouth by twenty minutes.

The bridge cost £120m, about a third more than planned.

Drivers will pay a toll of £2 each way until 2030.
""")
    hale = next(e for e in ana.people() if e.name == "Owen Hale")
    assert _sent(ana, "He said the bridge").resolved is hale
    assert central_entity(ana, hale)


SIDE = """Ferrovia wins Andes tunnel contract

The Chilean firm Ferrovia has won a $4bn contract to build a railway tunnel under the Andes between Chile and Argentina, Argentine President Alberto Fernandez announced on Monday.

Ferrovia will hire 8,000 workers in Chile and Argentina by 2025.

Mr Fernandez welcomed Ferrovia's victory in a speech in Buenos Aires on Tuesday.

Chile closed its mountain passes for the winter.

Work on the tunnel will start in March.
"""


def test_a_reaction_to_the_news_is_not_asked_but_the_news_is(nlp):
    ana = _ana(nlp, SIDE)
    prompts = [c.prompt for mod in (cloze, wh, numbers, truefalse) for c in mod.candidates(ana, random.Random(0))]
    assert not any("welcomed Ferrovia's victory" in p for p in prompts)  # "Who welcomed …?": a reaction
    assert "Fill in the blank: Ferrovia will hire _____ workers in Chile and Argentina by 2025." in prompts


def test_a_statement_needs_a_number_or_two_names_to_be_worth_judging(nlp):
    from questions.generate.truefalse import _rich

    ana = _ana(nlp, SIDE)
    assert not _rich(_sent(ana, "Chile closed"))  # one name, no number: guessed from the headline
    assert _rich(_sent(ana, "Ferrovia will hire"))


def test_a_role_makes_a_person_and_a_passing_name_is_not_a_side_character(nlp):
    from questions.generate.central import names_minor_person

    ana = _ana(nlp, """Valdora win the Coastal Cup

Valdora have won the Coastal Cup after beating Marisco 3-2 in the final in Porto.

Valdora striker Teo Barranca scored twice, becoming the first player since Anders Holm in 1988 to score in three finals.

Barranca was named player of the tournament.
""")
    teo = next(e for e in ana.people() if e.name == "Teo Barranca")
    assert teo.surely_person  # no title, no known first name: "striker" says he is a person
    s = _sent(ana, "Valdora striker")
    assert not names_minor_person(ana, s, teo)  # Anders Holm is a passing reference, not an actor


def test_a_world_leader_is_typed_after_an_adjective_but_not_after_the_office(nlp):
    ana = _ana(nlp, """Macron wins second term

The centrist Emmanuel Macron has been elected president of France, defeating the far-right candidate Marine Le Pen in a run-off vote on Sunday.

French President Emmanuel Macron told supporters in Paris that he would govern for everyone.
""")
    asked = [c for c in cloze.candidates(ana, random.Random(0)) if c.answer == "Emmanuel Macron"]
    assert any(c.prompt.endswith("The centrist _____ has been elected president of France, defeating the "
                                 "far-right candidate Marine Le Pen in a run-off vote on Sunday.") and c.qtype == "short"
               for c in asked)
    assert not any("French President _____" in c.prompt for c in asked)  # the office names him


def test_a_side_that_wins_is_typed_as_a_team(nlp):
    ana = _ana(nlp, """Europe retain the Harbour Cup

Europe produced a remarkable comeback to beat the United States 15-13 and retain the Harbour Cup in Boston.

The Europeans had trailed 10-6 before the final day.
""")
    europe = [c for c in cloze.candidates(ana, random.Random(0)) if c.answer == "Europe"]
    assert europe and all(c.prompt.startswith("Type the name of the team:") for c in europe)


def test_clues_that_name_a_country_and_scene_setting_descriptions_are_not_asked(nlp):
    from questions.generate.central import country_cue

    ana = _ana(nlp, """Britain leaves the currency pact

Britain has left the Nordic Currency Pact after a day of failed efforts to defend the value of the pound.

Physicists at Kelvar, the research laboratory near Geneva, said the fall in the pound was the largest in a decade.

Britain joined in October 1990.
""")
    uk = next(e for e in ana.entities if e.name == "the United Kingdom")
    assert country_cue("_____ has left the pact after failed efforts to defend the value of the pound.", uk, "Britain")
    prompts = [c.prompt for mod in (cloze, wh) for c in mod.candidates(ana, random.Random(0))]
    assert not any("near _____" in p for p in prompts)  # a description of the laboratory, not the news
    assert not any("joined in October 1990" in p for p in prompts)  # joined what?


def test_a_statement_does_not_swap_what_the_headline_names(nlp):
    ana = _ana(nlp, """Lumora shares soar on stock market debut

Shares in Lumora rose by 18% on their first day of trading, after the search company completed its flotation on Thursday.

Lumora was founded in 1998 by two students at Stanford University, Ana Reyes and Tom Wu.

The shares were sold to investors at $85 each, above the expected range.

Its rival Kestrel, which floated in 1996, saw its shares fall by 3%.
""")
    for c in truefalse.candidates(ana, random.Random(0)):
        assert "Kestrel was founded" not in c.prompt  # the story's own company swapped: false on its face
    s = _sent(ana, "The shares were sold")
    assert s.with_opener(s.text).startswith("The shares in Lumora were sold")  # not "The Shares in Lumora"


def test_the_hosts_are_not_blanked(nlp):
    ana = _ana(nlp, """Germany thrash Brazil

Germany have thrashed hosts Brazil 7-1 in the World Cup semi-final in Belo Horizonte.

Germany will play Argentina in the final in Rio de Janeiro on Sunday.
""")
    assert not any("hosts _____" in c.prompt for c in cloze.candidates(ana, random.Random(0)))


def test_an_age_epithet_is_the_person_before_and_his_decision_stays_vague(nlp):
    ana = _ana(nlp, """Suharto resigns

Indonesia's President Suharto has resigned after weeks of mass protests in the capital Jakarta.

The 76-year-old leader announced his decision in a brief televised statement on Thursday.

The 76-year-old leader said he had asked Indonesia's armed forces to keep order.

Most of the Indonesian city of Medan was quiet on Friday, one of the calmest days in the country this month.

Mr Suharto had ruled Indonesia since 1967.
""")
    first = _sent(ana, "The 76-year-old leader announced")
    assert first.resolved is not None and first.resolved.name == "Suharto"
    assert pointers(first, skip=first.skip0) == "vague 'his decision'"  # which decision? not said
    said = _sent(ana, "The 76-year-old leader said")
    assert said.with_opener(said.text).startswith("Suharto said he had asked Indonesia's armed forces")
    assert pointers(said, skip=said.skip0) is None
    most = _sent(ana, "Most of the Indonesian city")
    from questions.generate.filters import opener
    assert opener(most) is None  # "Most of" a named place points back to nothing


def test_a_description_that_names_the_blank_and_an_added_remark_are_not_asked(nlp):
    ana = _ana(nlp, """Pop star Danny Vale dies

Danny Vale, the singer known around the world as the Prince of Soul, has died in Chicago at the age of 61.

China has joined the Global Trade Club, binding the world's most populous country into its rules.

Vale's manager Ruth Kemp said the singer had been ill for a year.

Ruth Kemp added that the family had asked for privacy in Chicago.
""")
    prompts = [c.prompt for c in cloze.candidates(ana, random.Random(0))]
    assert not any(p.endswith("_____, the singer known around the world as the Prince of Soul, has died in Chicago "
                              "at the age of 61.") for p in prompts)
    assert not any("_____ has joined the Global Trade Club" in p for p in prompts)
    added = _sent(ana, "Ruth Kemp added")
    assert pointers(added, skip=added.skip0) == "pointer 'added'"


def test_a_capitalised_word_before_a_blank_is_part_of_another_name(nlp):
    from questions.generate.cloze import _inside_a_name

    ana = _ana(nlp, """Laptop for every child

Professor Ana Ruiz told the radio programme Go Digital that the laptop would cost $100.

The team, under Professor Ana Ruiz, built the first model in Boston.
""")
    first, second = ana.sents[0], ana.sents[1]
    digital = next(m for m in first.mentions if m.text == "Digital")  # the parser takes it for a name
    assert _inside_a_name(first, digital)
    ruiz = next(m for m in second.mentions if m.text.endswith("Ruiz"))
    assert not _inside_a_name(second, ruiz)  # "Professor" is a title, not another name
