"""Regression tests for what the blind judges of sets 99 to 114 failed: the city of a news
conference asked as a blank ("told a news conference in _____"), a "He" rewritten as the wrong Kim
in a story about two Kims named at the top, "on the day" and "hours later" (of what, than what?),
"The Frenchman" and "the Turin club" (which one?), and a match role that names another person of
the question ("Mr Bankman-Fried's lawyer").

Every article here is written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.questions.generating import analyse_text as _ana  # noqa: E402


AIRLINE = """Skyline grounds its jumbo jets after engine failure

Australian airline Skyline has grounded its entire fleet of jumbo jets after one of the planes suffered an engine failure shortly after taking off from Singapore.

Flight SK12, bound for Perth with 410 passengers and crew on board, turned back to Singapore, where it landed safely on Thursday morning. No-one was hurt.

Skyline chief executive Alan Brody told a news conference in Perth that the airline's jumbo jets would stay on the ground until it was satisfied they were safe.

Engineers from the engine maker, Rolls-Royce, have flown to Singapore to examine the damaged engine.

Mr Brody said the airline would not take any risks with safety.
"""


def test_the_city_of_a_news_conference_is_only_where_it_was_said(nlp):
    from questions.generate.central import speech_setting

    ana = _ana(nlp, AIRLINE)
    found = {}
    for s in ana.sents:
        for m in s.mentions:
            if m.text in ("Perth", "Singapore"):
                found[(m.text, s.index)] = speech_setting(s, m)
    assert [v for (name, _), v in found.items() if name == "Perth"] == [False, True], found
    assert not any(v for (name, _), v in found.items() if name == "Singapore"), found


def test_mr_kim_beside_two_kims_named_at_the_top_is_nobody(nlp):
    ana = _ana(nlp, """Leaders of two Koreas meet

North Korean leader Kim Jong-il has greeted South Korean President Kim Dae-jung at Pyongyang airport, at the start of the first summit between the two Koreas.

The two men shook hands on the tarmac on Tuesday morning, in scenes shown live on television in the South.

Before leaving Seoul, Mr Kim said he was travelling to Pyongyang in the hope of easing tension.

He has made engagement with the North the centrepiece of his presidency since taking office in 1998.
""")
    mr_kim = next(m for s in ana.sents for m in s.mentions if m.text == "Kim" and m.title)
    assert mr_kim.entity is None or mr_kim.entity.name not in ("Kim Jong-il", "Kim Dae-jung")
    last = ana.sents[-1]
    assert last.resolved is None or last.resolved.name not in ("Kim Jong-il", "Kim Dae-jung"), last.resolved


def test_mr_kim_goes_to_the_kim_named_at_the_top_when_another_comes_far_later(nlp):
    ana = _ana(nlp, """Leader visits space base

North Korean leader Kim Jong-il has visited a space base in Russia, where he was welcomed by the Russian president.

Mr Kim toured the launch pads for three hours and asked about rocket engines.

Officials said the talks would cover trade and farming.

Mr Kim was accompanied by navy admiral Kim Myong Sik and several ministers.
""")
    first = next(m for s in ana.sents for m in s.mentions if m.text == "Kim" and m.title)
    assert first.entity is not None and first.entity.name == "Kim Jong-il"


def test_a_role_that_names_another_person_of_the_question():
    from types import SimpleNamespace

    from questions.generate.roles import _names

    brandt = (SimpleNamespace(name="Sam Bankman-Fried"),)
    assert _names("Mr Bankman-Fried's lawyer", brandt)  # the possessive still names him
    assert not _names("Founder of the exchange FTX", brandt)


def test_a_month_alone_is_never_the_answer():
    # A month without a day or a year ("granted the licence in February") is a step in the
    # background: judged month answers passed twice in seven across sets 9 to 106.
    from questions.generate import wh
    from questions.generate.distractors import date_type

    assert date_type("February") == "month"
    assert "month" not in wh.WHEN and "year" in wh.WHEN


def test_on_the_day_points_back(nlp):
    from questions.generate.filters import pointers

    ana = _ana(nlp, """Derby win for Mistral

Mistral has won the Kessel Derby by two lengths, the first horse trained in Valdoria to win the race.

The city of Kessel holds a public holiday on the day, and a crowd of 90,000 watched the race.

Crowds gather on the day of the race from early morning.
""")
    on_the_day, of_the_race = ana.sents[1], ana.sents[2]
    assert pointers(on_the_day) == "pointer 'on the day'"
    assert pointers(of_the_race) is None


@pytest.mark.parametrize("ending, pointer", [("was sworn in hours later.", "hours later"),
                                             ("was sworn in shortly afterwards.", "afterwards")])
def test_later_than_what(nlp, ending, pointer):
    from questions.generate.filters import pointers

    ana = _ana(nlp, f"""Valdoria's president removed

Valdoria's parliament has voted to remove President Anton Brel from office over corruption charges.

Vice-President Lena Brock {ending}

Mr Brel said he would appeal to the supreme court.
""")
    why = pointers(ana.sents[1])
    assert why is not None and pointer in why, why


@pytest.mark.parametrize("sentence, pointer", [
    ("The Frenchman, driving a Toyota Yaris, finished 21 seconds ahead of his team-mate.", "Frenchman"),
    ("A tribunal ordered the Turin club to start next season in Serie B.", "club"),
])
def test_a_demonym_or_a_city_club_points_back(nlp, sentence, pointer):
    from questions.generate.filters import pointers

    ana = _ana(nlp, f"""Rally and football news

Sebastien Lavaud has won the Rally of Valdoria for Toyota, his third win of the season.

{sentence}

Juventus and Torino both play in Turin.
""")
    why = pointers(ana.sents[1])
    assert why is not None and pointer in why, why
