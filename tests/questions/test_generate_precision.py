"""Regressions for the failure classes of the second blind judgement: trivia and secondary details,
stems that lean on the sentence before, cues next to the blank, options of the wrong role, numeric
options where the key stands apart, true/false statements that add words or swap in someone arguably
right, and typed answers that assume Western name order.

Every article here is made up for these tests, in our own words; none is a real story.
"""

from __future__ import annotations

import random


from questions.generate import cloze, numbers, truefalse, wh
from questions.generate.base import person_answers, typed_person
from questions.generate.numbers import stands_apart
from questions.generate.numeric import parse_amount
from tests.questions.generating import analyse_text as _ana  # noqa: E402


def _all(ana):
    out = []
    for mod in (cloze, wh, numbers, truefalse):
        out.extend(mod.candidates(ana, random.Random(0)))
    return out


SPRINT = """Harlow wins the mile in a championship record

Kenyan runner Daniel Mwangi Harlow won the mile at the Coastal Games in Brightwater on Saturday, setting a championship record of 3min 49sec.

Harlow beat the defending champion, Peter Lindqvist of Sweden, who finished second in 3min 51sec.

Harlow said he had trained for two years at altitude to prepare for the race.

Hours later, Harlow announced that he would also run the 1,500m at the Games on Wednesday.

Lindqvist said Harlow had been the better man on the day and deserved the title.

The Coastal Games, organised by the Coastal Athletics Union, run until 14 August.

All 40 athletes in the final were tested for banned drugs before the start, officials said.

Harlow is coached in Nairobi by Samuel Otieno, who has worked with him since 2015.
"""


def test_a_supporting_character_named_once_in_the_last_line_is_not_asked(nlp):
    ana = _ana(nlp, SPRINT)
    cands = _all(ana)
    assert not any("Otieno" in c.answer or "Otieno" in c.prompt for c in cands)
    assert not any("Nairobi" == c.answer for c in cands)


def test_a_closing_date_and_a_time_link_opening_are_not_asked(nlp):
    ana = _ana(nlp, SPRINT)
    cands = _all(ana)
    assert not any("14 August" in c.prompt or c.answer == "14 August" for c in cands)
    assert not any(c.prompt.split("? ")[-1].startswith("Hours later") or "Hours later" in c.prompt for c in cands)
    assert not any("All 40 athletes" in c.prompt for c in cands)


def test_time_link_and_vague_size_openers_do_not_stand_alone(nlp):
    from questions.generate.filters import opener, pointers

    text = """Harbour ferry runs aground in Lake Morrow

The ferry Silver Tern ran aground on Lake Morrow on Monday, stranding 300 passengers for a night.

Hours later, rescue boats from Calder Point took the passengers ashore.

All 12 crew members, who are Danish nationals, stayed on board overnight.

The 80m-long ship, built in Norway, was refloated on Wednesday.

The inquiry, led by the Morrow Lake Authority, will report in the spring.
"""
    ana = _ana(nlp, text)
    s = {k: ana.sents[k] for k in range(len(ana.sents))}
    assert opener(s[1]) is not None  # "Hours later, …"
    assert opener(s[2]) is not None  # "All 12 crew members": of what?
    assert pointers(s[3]) is not None  # "The 80m-long ship": which ship?
    assert pointers(s[4]) is not None  # "The inquiry, led by …": a comma clause does not say which inquiry


def test_a_stem_with_no_name_in_it_is_not_asked(nlp):
    text = """Space observatory begins its journey to deep space

The Aurora Deep Field observatory was launched from Kourou in French Guiana on Friday on a European rocket.

Scientific work is expected to begin about seven months after launch, engineers said.

The Aurora Deep Field observatory cost about $3bn and took 20 years to build.
"""
    ana = _ana(nlp, text)
    cands = _all(ana)
    assert not any(c.sent.index == 1 for c in cands)


def test_a_nationality_is_not_blanked_beside_a_cue_for_its_country(nlp):
    text = """Brennan breaks the world record in Madrid

American sprinter Tom Brennan broke the 200m world record in Madrid on Sunday, running 19.11 seconds.

American sprinter Tom Brennan's run was also a US record, beating the mark of 19.32 set in 1996.

Brennan, the son of a teacher from Ohio, said the record was the proudest moment of his life.

Fans in the stadium gave Brennan a standing ovation as he ran a lap of honour with the American flag.
"""
    ana = _ana(nlp, text)
    for c in cloze.candidates(ana, random.Random(0)):
        if c.answer == "American":
            assert "US" not in c.prompt and "Ohio" not in c.prompt


def test_a_nationality_on_an_abstract_noun_is_not_blanked(nlp):
    text = """Harbourside United win the league for the first time

Harbourside United have won the league title for the first time, completing one of the most surprising stories in Scottish football history.

Harbourside United manager Fiona Grant said the title was the best day of her career.

Harbourside United needed a draw at Kilbride on Sunday and won the match 2-0.

Fiona Grant was appointed Harbourside United manager in 2021 after ten years as a coach in Denmark.
"""
    ana = _ana(nlp, text)
    assert not any(c.answer == "Scottish" for c in cloze.candidates(ana, random.Random(0)))


def test_a_person_of_another_role_is_not_offered(nlp):
    from questions.generate.distractors import _roles

    text = """Rovers beat City to reach the cup final

Rovers striker Jamal Odu scored twice as Rovers beat City 3-1 to reach the cup final at Westfield Park on Saturday.

Rovers manager Helen Marsh said Jamal Odu had been the best player on the pitch.

City defender Lars Dahl scored for City in the second half, and Rovers striker Kevin Mole added a late third goal.

Jamal Odu has scored in seven matches in a row, a club record, Helen Marsh said.

Helen Marsh was appointed Rovers manager in 2022.
"""
    ana = _ana(nlp, text)
    people = {e.name: e for e in ana.people()}
    assert _roles(ana, people["Helen Marsh"]) == {"staff"}
    assert _roles(ana, people["Jamal Odu"]) == {"player"}
    for c in _all(ana):
        if c.answer in ("Jamal Odu", "Lars Dahl", "Kevin Mole"):
            assert "Helen Marsh" not in c.distractors


def test_numeric_options_where_the_key_stands_apart_are_refused():
    a = parse_amount("about 200,000 tonnes")
    assert stands_apart(a, ["about 80,000 tonnes", "about 90,000 tonnes", "about 100,000 tonnes"])
    assert not stands_apart(a, ["about 150,000 tonnes", "about 240,000 tonnes", "about 280,000 tonnes"])
    b = parse_amount("0.9 metres")
    assert stands_apart(b, ["1 metre", "0.8 metres", "1.1 metres"])  # other decimals, singular unit


def test_a_count_of_countries_never_offers_more_than_there_are(nlp):
    text = """Westmark hosts a treaty on river pollution

Delegates from 180 countries have signed a treaty in Lindau to cut pollution in the world's great rivers, Westmark's foreign minister Olga Brandt said.

Olga Brandt said the treaty would come into force in 2030.

Olga Brandt called the Lindau treaty the most important of her career.
"""
    ana = _ana(nlp, text)
    for c in numbers.candidates(ana, random.Random(0)):
        if "countries" in c.prompt:
            assert all(parse_amount(d).low <= 195 for d in c.distractors)


def test_a_year_option_never_lies_after_the_story(nlp):
    from questions.generate.distractors import date_distractors

    text = """Tide gauge record set in 2009

The gauge at Port Wenlow recorded its highest tide in 2009, beating the record set in 2007.

The harbour authority said the 2007 record had stood for two years.
"""
    ana = _ana(nlp, text)
    for k in range(5):
        assert all(int(y) <= 2009 for y in date_distractors(ana, "2007", random.Random(k)))


def test_a_true_statement_adds_nothing_to_the_article_sentence(nlp):
    text = """Storm barrier opens on the River Tamlin

The city of Fernleigh opened a storm barrier on the River Tamlin on Tuesday, after five years of work.

The barrier was paid for by the Fernleigh Harbour Trust and the national government of Westmark.

Fernleigh mayor Olga Brandt said the city of Fernleigh would hold a festival on the River Tamlin in June.
"""
    ana = _ana(nlp, text)
    for c in truefalse.candidates(ana, random.Random(0)):
        if c.truth:
            assert c.prompt.removeprefix("True or false? ").replace(" also", "") == \
                " ".join(c.sent.text.split()).replace(" also", "")


def test_a_false_statement_never_swaps_in_someone_on_the_same_ticket(nlp):
    text = """Marlow and Vance win the Westmark election

Anna Marlow has been elected president of Westmark, with her running mate Peter Vance as vice-president.

Anna Marlow won 54% of the vote, beating the sitting president, Tomas Reyes, who conceded on Sunday.

Anna Marlow and Peter Vance will be sworn in on 3 March in the capital, Lindau.

Anna Marlow, 51, was born in the port of Kessel in 1974 and trained as a lawyer in Lindau.

Tomas Reyes said he had called Anna Marlow to congratulate her on a clear victory.
"""
    ana = _ana(nlp, text)
    for c in truefalse.candidates(ana, random.Random(0)):
        if c.truth is False:
            assert "Peter Vance" not in c.prompt or "Peter Vance" in c.sent.text


def test_a_described_place_is_not_swapped(nlp):
    text = """Westmark president leaves the country after protests

President Tomas Reyes of Westmark left the country on Friday after weeks of protests, flying to Ostland.

Westmark, a country of about five million people, had long been seen as the most stable state in the region.

Tomas Reyes had ruled Westmark for 23 years before the protests began in Lindau.

Ostland said Tomas Reyes had arrived with members of his family.
"""
    ana = _ana(nlp, text)
    for c in truefalse.candidates(ana, random.Random(0)):
        if c.truth is False:
            assert not c.prompt.startswith("True or false? Ostland, a country")


def test_a_family_name_first_is_the_name_to_type(nlp):
    text = """Computer program beats Go champion Park Min-jun

A computer program built by the Westmark firm Cortex has beaten the Go champion Park Min-jun, winning a five-game match by four games to one.

Mr Park, 31, has won 15 international titles and is one of the strongest Go players of the past decade.

Mr Park said he had underestimated the program and apologised to his fans.

Cortex chief executive Laura Penn said the result was a milestone for the company.
"""
    ana = _ana(nlp, text)
    park = next(e for e in ana.people() if e.name == "Park Min-jun")
    accepted, surname_ok = person_answers(ana, park)
    low = {a.lower() for a in accepted}
    assert surname_ok and "park" in low and "mr park" in low and "park minjun" in low
    assert "min-jun" not in low and "mr min-jun" not in low
    prompt, _ = typed_person("Who apologised to his fans?", ana, park)
    assert "surname" not in prompt


def test_a_telescope_named_after_a_man_is_not_a_person(nlp):
    text = """Harold Finch Space Telescope launched

The Harold Finch Space Telescope has been launched on a mission to study the first stars, the Westmark space agency said.

The Harold Finch Space Telescope will orbit about 1.5 million km from Earth.

Agency director Rosa Lind said the Harold Finch Space Telescope was the most complex machine the agency had built.
"""
    ana = _ana(nlp, text)
    assert not any(e.name == "Harold Finch Space Telescope" for e in ana.people())
    assert not any(c.prompt.startswith("Who has been launched") for c in wh.candidates(ana, random.Random(0)))
