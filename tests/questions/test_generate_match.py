"""Match questions on the people of a story: each person named in full with a role the article
writes beside the name, matched to that role.

Every article here is written for these tests."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402

DROUGHT = """Farm water rules agreed after drought

Agriculture Minister Lena Brock announced new rules for water use on farms on Tuesday, after the worst drought in Ruritania for 40 years.

The rules were drawn up with Health Minister Tomas Varga, who said hospitals had treated hundreds of people for heat stroke.

Prime Minister Ivo Stan said the rules would cut the water used on farms by a fifth.

The French President, Paul Marot, offered to send water tankers from France.

Mrs Brock said farmers would be paid to leave some fields unplanted, and Mr Varga said the heat would last another week.

Mr Stan will meet farmers next week, and Mrs Brock will travel with him.
"""


def test_people_are_matched_to_the_roles_the_article_gives_them(nlp):
    from questions.generate import roles

    ana = _ana(nlp, DROUGHT)
    (c,) = roles.candidates(ana, random.Random(0))
    # One top office at most: Ivo Stan (Prime Minister, named three times) and not Paul Marot too.
    assert dict(c.pairs) == {"Lena Brock": "Agriculture Minister", "Tomas Varga": "Health Minister",
                             "Ivo Stan": "Prime Minister"}
    assert c.qtype == "match" and c.kind == "match"
    # The explanation quotes the article word for word, a quote for each pair.
    for quote in ("Agriculture Minister Lena Brock", "Health Minister Tomas Varga", "Prime Minister Ivo Stan"):
        assert f"“{quote}”" in c.explanation and quote in DROUGHT


def test_a_nationality_is_left_out_of_a_role(nlp):
    from questions.generate import roles

    ana = _ana(nlp, DROUGHT.replace("Prime Minister Ivo Stan said", "Ivo Stan said"))
    (c,) = roles.candidates(ana, random.Random(0))
    # "The French President" beside a French name would match itself.
    assert dict(c.pairs)["Paul Marot"] == "President"


def test_a_role_that_fits_two_people_or_leans_on_the_story_is_left_out(nlp):
    from questions.generate import roles

    ana = _ana(nlp, """Mine inquiry opens

Prime Minister Ivo Stan opened an inquiry on Monday into the Kessel mine explosion, which killed 12 miners.

Former Prime Minister Rada Holm, who approved the mine in 2010, said she would give evidence.

The mine's chief executive, Otto Krall, said the company would help the inquiry.

Judge Mara Lind will lead the inquiry, and Energy Minister Pavel Dorn will give evidence first.

Mr Stan said families deserved answers, and Ms Holm said the mine had passed every check.

Mr Krall, Judge Lind and Mr Dorn will meet families on Friday.
""")
    found = roles.candidates(ana, random.Random(0))
    pairs = dict(found[0].pairs) if found else {}
    # Two Prime Ministers (the present and a former one): neither role says which is which.
    assert "Ivo Stan" not in pairs and "Rada Holm" not in pairs
    # "The mine's chief executive": which mine, read alone? "Judge": a form of address.
    assert "Otto Krall" not in pairs and "Mara Lind" not in pairs


def test_overlapping_roles_and_top_offices():
    from questions.generate.roles import overlaps, top_office

    assert overlaps("President", "Fifa's president")
    assert overlaps("Former Chancellor", "Chancellor")
    assert overlaps("Coach", "Manager")  # of two teams: each fits both men
    assert not overlaps("Prime Minister", "Deputy Prime Minister")
    assert not overlaps("Health Minister", "Agriculture Minister")
    assert top_office("West German Chancellor") and top_office("Tory leader") and top_office("Former President")
    assert not top_office("Deputy Prime Minister") and not top_office("Nissan's president")
    assert not top_office("Health Minister")


def test_world_leaders_and_roles_that_need_a_time_are_left_out(nlp):
    from questions.generate import roles

    ana = _ana(nlp, """Summit on river pollution

Health Minister Tomas Varga met Energy Minister Pavel Dorn on Monday to agree a plan to clean the Kessel river.

Water Board chairman Ivo Stan said the plan would be paid for by a new charge on factories.

Mr Varga said the river had never been so dirty, and Mr Dorn said factories would be fined.

Mr Stan said the plan would cost £2bn over ten years.

Tony Blair, the UK's former Prime Minister, praised the plan, as did Otto Krall, then transport minister.
""")
    (c,) = roles.candidates(ana, random.Random(0))
    people = dict(c.pairs)
    assert set(people) == {"Tomas Varga", "Pavel Dorn", "Ivo Stan"}, people


def test_the_pack_carries_the_match_question_and_validates(nlp):
    from questions.generate import generate_pack
    from questions.packs import check_question

    # The lead names no one with a role, so no other question shows a pair the match asks for.
    text = DROUGHT.replace("Agriculture Minister Lena Brock announced new rules", "New rules were announced")
    text = text.replace("The rules were drawn up with Health Minister Tomas Varga",
                        "Agriculture Minister Lena Brock drew up the rules with Health Minister Tomas Varga")
    pack = generate_pack([("drought.txt", text)], count=15, seed=0)
    match = [q for q in pack.questions if q.type == "match"]
    assert len(match) == 1 and len(match[0].pairs) == 3, [q.prompt for q in pack.questions]
    assert check_question(match[0]) == []
    assert match[0].source is not None and match[0].source.text in pack.pack.article.text


def test_a_question_that_shows_a_pair_never_joins_the_match(nlp):
    from questions.generate import cloze, roles
    from questions.generate.rank import select

    ana = _ana(nlp, DROUGHT)
    (match,) = roles.candidates(ana, random.Random(0))
    shows = [c for c in cloze.candidates(ana, random.Random(0)) if "Agriculture Minister _____" in c.prompt]
    assert shows  # "Agriculture Minister _____ announced…" asks what the match shows
    chosen = select([match] + shows, 15, random.Random(0))
    assert len(chosen) == 1
