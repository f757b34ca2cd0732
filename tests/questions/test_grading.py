"""Tests for questions.grading: every question type, partial credit, typed-answer traps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questions.grading import (
    Grade,
    grade,
    grade_choice,
    grade_match,
    grade_multi,
    grade_number,
    grade_order,
    grade_short,
    grade_truefalse,
    normalise_answer,
    parse_number,
)
from questions.model import Option, Question


def question(type_: str, *options: Option, **fields) -> Question:
    return Question(id="q", type=type_, prompt="?", options=list(options), **fields)


def short(*answers: str | tuple[str, float, str | None]) -> Question:
    options = []
    for a in answers:
        text, credit, feedback = a if isinstance(a, tuple) else (a, 1.0, None)
        options.append(Option(text=text, credit=credit, feedback=feedback))
    return Question(id="q", type="short", prompt="?", options=options)


def right(question: Question, typed: str) -> bool:
    return grade_short(question, typed).correct


# --- Grade and the dispatcher ---------------------------------------------------------------------


def test_grade_is_frozen():
    g = Grade(credit=1.0, correct=True, feedback=[], given="x")
    with pytest.raises(AttributeError):
        g.credit = 0.0  # type: ignore[misc]


def test_dispatcher_picks_the_grader_for_each_type():
    choice = question("choice", Option(text="A"), Option(text="B", credit=1))
    assert grade(choice, 1) == grade_choice(choice, 1)
    assert grade(short("Kremlin"), "the kremlin").correct
    number = question("number", Option(value=40, credit=1))
    assert grade(number, "forty").credit == 1.0
    order = question("order", items=["a", "b"])
    assert grade(order, ["a", "b"]).correct


def test_unanswered_earns_nothing_for_every_type():
    questions = [
        question("choice", Option(text="A", credit=1)),
        question("truefalse", Option(text="True", credit=1), Option(text="False")),
        question("multi", Option(text="A", credit=1)),
        short("Kremlin"),
        question("number", Option(value=0, tolerance=5, credit=1)),
        question("match", pairs=[("a", "1")]),
        question("order", items=["a", "b"]),
    ]
    for q in questions:
        g = grade(q, None)
        assert (g.credit, g.correct) == (0.0, False), q.type


def test_grading_does_not_import_the_app_layers():
    code = (
        "import sys, questions.grading;"
        "print(sorted(m for m in ('textual', 'sqlmodel', 'quiz') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"


# --- choice, truefalse, multi ----------------------------------------------------------------------

VENUE = Question(
    id="venue",
    type="choice",
    prompt="Where did the two leaders meet?",
    options=[
        Option(text="Vostochny Cosmodrome", credit=1.0),
        Option(text="Baikonur Cosmodrome", feedback="Baikonur is in Kazakhstan."),
        Option(text="Vladivostok", credit=0.5, feedback="Close: the city is nearby."),
        Option(text="Moscow", credit=-0.5),
    ],
)


def test_choice_right_wrong_partial_and_penalty():
    assert grade_choice(VENUE, 0) == Grade(1.0, True, [], "Vostochny Cosmodrome")
    assert grade_choice(VENUE, 1) == Grade(0.0, False, ["Baikonur is in Kazakhstan."], "Baikonur Cosmodrome")
    assert grade_choice(VENUE, 2).credit == 0.5
    assert not grade_choice(VENUE, 2).correct
    assert grade_choice(VENUE, 3).credit == -0.5


def test_choice_rejects_a_bad_index():
    with pytest.raises(ValueError):
        grade_choice(VENUE, 7)
    with pytest.raises(TypeError):
        grade_choice(VENUE, "0")  # type: ignore[arg-type]


def test_credit_is_clamped_to_minus_one_and_one():
    q = question("choice", Option(text="x", credit=-3), Option(text="y", credit=2))
    assert grade_choice(q, 0).credit == -1.0
    assert grade_choice(q, 1).credit == 1.0


TRUEFALSE = Question(
    id="tf",
    type="truefalse",
    prompt="Kim travelled by armoured train.",
    options=[Option(text="True", credit=1.0), Option(text="False", feedback="He did.")],
)


def test_truefalse_by_index_and_by_bool():
    assert grade_truefalse(TRUEFALSE, 0).correct
    assert grade_truefalse(TRUEFALSE, 1) == Grade(0.0, False, ["He did."], "False")
    assert grade_truefalse(TRUEFALSE, True).correct
    assert grade_truefalse(TRUEFALSE, False).given == "False"
    flipped = question("truefalse", Option(text="False"), Option(text="True", credit=1))
    assert grade_truefalse(flipped, True).correct  # True means the "True" option, not index 1 by accident


MULTI = Question(
    id="m",
    type="multi",
    prompt="Which did the article mention?",
    options=[
        Option(text="A", credit=0.5),
        Option(text="B", credit=-0.5, feedback="B was not mentioned."),
        Option(text="C", credit=0.5),
        Option(text="D", credit=-1.0),
    ],
)


def test_multi_all_right_partial_and_penalties():
    assert grade_multi(MULTI, {0, 2}) == Grade(1.0, True, [], "A; C")
    assert grade_multi(MULTI, [2]).credit == 0.5
    half_off = grade_multi(MULTI, {0, 1, 2})
    assert (half_off.credit, half_off.feedback, half_off.given) == (0.5, ["B was not mentioned."], "A; B; C")
    assert grade_multi(MULTI, {0, 3}).credit == 0.0  # never below 0
    assert grade_multi(MULTI, set()).credit == 0.0


def test_multi_given_keeps_the_option_order():
    assert grade_multi(MULTI, [2, 0, 2]).given == "A; C"


def test_multi_thirds_add_up_to_right():
    q = question("multi", *(Option(text=t, credit=1 / 3) for t in "XYZ"))
    g = grade_multi(q, {0, 1, 2})
    assert g.correct and g.credit == 1.0


# --- short answers ---------------------------------------------------------------------------------


def test_short_exact_and_aliases():
    q = short("Dmitry Peskov", "Peskov")
    assert grade_short(q, "Dmitry Peskov") == Grade(1.0, True, [], "Dmitry Peskov")
    assert right(q, "peskov")
    assert not right(q, "Dmitry")


def test_short_surname_only_if_the_pack_lists_it():
    assert not right(short("Vladimir Putin"), "Putin")
    assert right(short("Vladimir Putin", "Putin"), "Putin")


def test_short_case_accents_punctuation_articles_possessive():
    assert right(short("Kósovo"), "Kosovo")
    assert right(short("Kosovo"), "KÓSOVO")
    assert right(short("Kremlin"), "the Kremlin")
    assert right(short("The Kremlin"), "kremlin")
    assert right(short("Kim Jong Un"), "Kim Jong-un")
    assert right(short("Putin"), "Putin's")
    assert right(short("Democratic People's Republic of Korea"), "democratic peoples republic of korea")
    assert right(short("O’Brien"), "O'Brien")
    assert right(short("U.S."), "US")
    assert right(short("Bosnia and Herzegovina"), "Bosnia & Herzegovina")


def test_short_forgiven_typo_is_noted():
    g = grade_short(short("Vostochny"), "Vostochy")
    assert g.correct
    assert g.feedback == ["Accepted (spelling: Vostochny)"]
    assert g.given == "Vostochy"


def test_short_typo_thresholds_scale_with_length():
    assert not right(short("Kim"), "Kin")  # 3 letters: no typo
    assert not right(short("Iran"), "Iraq")  # 4 letters: no typo
    assert right(short("Putin"), "Puttin")  # 5 letters: one
    assert not right(short("Putin"), "Puttinn")
    assert right(short("Peskov"), "Pekov")
    assert right(short("Pyongyang"), "Pyonyang")  # 9 letters: one
    assert not right(short("Pyongyang"), "Pyonyng")
    assert right(short("Vladivostok"), "Vladivastok")  # 11 letters: two
    assert right(short("Vladivostok"), "Vladivastock")
    assert not right(short("Vladivostok"), "Vladavastock")
    assert right(short("Putin"), "Ptuin")  # a swap is one typo


def test_short_traps():
    assert not right(short("Australia"), "Austria")
    assert not right(short("Austria"), "Australia")
    assert not right(short("New York"), "York")
    assert not right(short("1993"), "1991")
    assert not right(short("Gambia"), "Zambia")  # a typo never changes the first letter
    assert not right(short("Kim Jong Un"), "Kim Jong")  # no word may be left out
    assert not right(short("Putin"), "President Putin")  # nor added


def test_short_spacing_is_forgiven_but_not_on_top_of_a_typo():
    assert right(short("New York"), "Newyork")
    assert right(short("Kim Jong Un"), "Kim Jongun")
    assert not right(short("New York"), "Newyrk")


def test_short_typos_per_word_in_a_longer_answer():
    assert right(short("Vladimir Putin"), "Vladimr Putn")
    assert not right(short("Vladimir Putin"), "Vladmr Putin")  # two typos in an 8-letter word
    assert not right(short("Sergei Shoigu"), "Sergei Shoig Sergey")


def test_short_no_typos_in_numbers_dates_or_years():
    assert not right(short("G20"), "G2")
    assert not right(short("13 September 2023"), "13 September 2024")
    assert not right(short("4 to 5 hours"), "4 to 6 hours")
    assert not right(short("4 5"), "45")
    assert right(short("Apollo 11"), "Apollo11")  # letters and digits are separate words
    assert right(short("G20"), "G-20")
    assert right(short("13 September 2023"), "13 Septmber 2023")  # the word may have a typo, the numbers not


def test_short_number_words_equal_digits():
    assert right(short("4"), "four")
    assert right(short("four to five hours"), "4 to 5 hours")
    assert right(short("1,000 troops"), "one thousand troops")
    assert right(short("forty-two"), "42")
    assert right(short("twenty-first century"), "21st century")
    assert not right(short("4"), "five")


def test_short_dates_in_different_forms():
    forms = ("September 13, 2023", "13 September 2023", "13/09/2023", "2023-09-13", "the 13th of Sept. 2023")
    for typed in forms:
        assert right(short("13 September 2023"), typed), typed
    assert not right(short("13 September 2023"), "13 October 2023")


def test_short_listed_wrong_answer_gives_its_feedback():
    q = short("Vostochny", ("Baikonur", 0.0, "Baikonur is in Kazakhstan."))
    g = grade_short(q, "baikonur")
    assert (g.credit, g.feedback) == (0.0, ["Baikonur is in Kazakhstan."])


def test_short_listed_wrong_answer_wins_over_a_typo_match():
    q = short("Australia", ("Austral", 0.0, "That is not a country."))
    assert grade_short(q, "Austral").feedback == ["That is not a country."]
    assert not right(q, "Austral")


def test_short_partial_credit_alias():
    q = short("Vostochny Cosmodrome", ("Amur Oblast", 0.5, "Right region; which site?"))
    g = grade_short(q, "amur oblast")
    assert (g.credit, g.correct, g.feedback) == (0.5, False, ["Right region; which site?"])


def test_short_prefers_the_best_option_among_near_ones():
    q = short(("Vladivostock", 0.5, None), ("Vladivostok", 1.0, None))
    assert grade_short(q, "Vladivostoc").credit == 1.0


def test_short_empty_or_punctuation_only_is_wrong():
    assert grade_short(short("Kremlin"), "") == Grade(0.0, False, [], "")
    assert grade_short(short("Kremlin"), "  ?! ").credit == 0.0


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=30).filter(str.strip))
@settings(max_examples=300)
def test_short_exact_answer_always_right(text):
    q = short(text)
    assert grade_short(q, text).credit == 1.0
    assert grade_short(q, f"  {text.upper()}  ").credit == 1.0


# --- normalise_answer -------------------------------------------------------------------------------


def test_normalise_answer_examples():
    assert normalise_answer("  The  Kremlin's  “Walls”! ") == "kremlin walls"
    assert normalise_answer("Kósovo") == "kosovo"
    assert normalise_answer("one hundred and five") == "105"
    assert normalise_answer("a million") == "1000000"
    assert normalise_answer("September 13, 2023") == "13 september 2023"
    assert normalise_answer("13 September 2023") == "13 september 2023"
    assert normalise_answer("40 per cent") == normalise_answer("40%") == "40 percent"
    assert normalise_answer("4.50") == "4.5"
    assert normalise_answer("minus three") == normalise_answer("−3") == "-3"
    assert normalise_answer("the") == "the"  # an answer is never emptied by dropping articles


_VOCAB = [
    "the", "a", "an", "and", "of", "per", "cent", "minus", "one", "two", "twenty", "nineteen", "hundred",
    "thousand", "million", "first", "twentieth", "zero", "april", "march", "may", "sept", "13", "2023",
    "5th", "1,000", "4.50", "-3", "13/09/2023", "putin's", "U.S.", "Kósovo", "%", "&", "’s", "—", "-",
]


@given(
    st.one_of(
        st.text(max_size=40),
        st.lists(st.sampled_from(_VOCAB), max_size=10).map(" ".join),
        st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(max_size=3)), max_size=8).map("".join),
    )
)
@settings(max_examples=500)
def test_normalise_answer_is_idempotent(text):
    once = normalise_answer(text)
    assert normalise_answer(once) == once


# --- number questions and parse_number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40", 40), ("40.5", 40.5), ("-3", -3), ("−3", -3), ("- 3", -3), ("+7", 7), ("1,000", 1000),
        ("1,000,000", 1e6), ("1 000 000", 1e6), ("4.5e3", 4500), (".5", 0.5), ("2,5", 2.5), ("3/4", 0.75),
        ("40%", 40),
        ("$5", 5), ("four", 4), ("forty", 40), ("ninety-nine", 99), ("Ninety Nine", 99), ("hundred", 100),
        ("a hundred", 100), ("thousand", 1000), ("million", 1e6), ("two hundred and five", 205),
        ("twelve hundred", 1200), ("one thousand two hundred and thirty-four", 1234),
        ("nine hundred ninety-nine thousand nine hundred ninety-nine", 999_999), ("1.5 million", 1.5e6),
        ("5bn", 5e9), ("zero", 0), ("minus three", -3), ("fourth", 4), ("4th", 4), ("about 40", 40),
        ("40 km", 40), ("4 hours", 4), ("  12  ", 12),
    ],
)
def test_parse_number_reads(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "banana", "4 or 5", "five six", "four four", "nan", "inf", "1e999", "13/09/2023", "3/0"],
)
def test_parse_number_refuses(text):
    assert parse_number(text) is None


_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_SMALL[hundreds]} hundred"] if hundreds else []
    if rest or not parts:
        if rest < 20:
            parts.append(_SMALL[rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(_TENS[tens - 2] + (f"-{_SMALL[unit]}" if unit else ""))
    return " and ".join(parts) if len(parts) == 2 else parts[0]


def _words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _words_below_1000(rest)
    return f"{_words_below_1000(thousands)} thousand" + (f" {_words_below_1000(rest)}" if rest else "")


@given(st.integers(min_value=0, max_value=999_999))
def test_parse_number_reads_any_spelled_number(n):
    assert parse_number(_words(n)) == n
    assert normalise_answer(_words(n)) == str(n)
    assert parse_number(f"{n:,}") == n


POPULATION = Question(
    id="n",
    type="number",
    prompt="How many?",
    options=[
        Option(value=40, tolerance=2, credit=1.0),
        Option(min=30, max=50, credit=0.5, feedback="Close."),
        Option(value=400, credit=0.0, feedback="Ten times too many."),
    ],
)


def test_number_credit_is_the_best_range_taking_it():
    assert grade_number(POPULATION, "41") == Grade(1.0, True, [], "41")
    assert grade_number(POPULATION, "forty").correct
    assert grade_number(POPULATION, "forty-two").correct  # within tolerance
    g = grade_number(POPULATION, "45")
    assert (g.credit, g.feedback) == (0.5, ["Close."])
    assert grade_number(POPULATION, "four hundred").feedback == ["Ten times too many."]
    assert grade_number(POPULATION, "60").credit == 0.0
    assert grade_number(POPULATION, 40.0) == Grade(1.0, True, [], "40")


def test_number_not_a_number():
    assert grade_number(POPULATION, "lots") == Grade(0.0, False, ["not a number"], "lots")


# --- match ------------------------------------------------------------------------------------------

MATCH = Question(
    id="pairs",
    type="match",
    prompt="Match each person to their role.",
    pairs=[
        ("Putin", "President"),
        ("Peskov", "Spokesman"),
        ("Shoigu", "Defence minister"),
        ("", "Foreign minister"),
    ],
)


def test_match_full_and_partial_credit():
    full = grade_match(MATCH, {"Putin": "President", "Peskov": "Spokesman", "Shoigu": "Defence minister"})
    assert full.correct and full.credit == 1.0
    partial = grade_match(MATCH, {"Putin": "President", "Peskov": "Foreign minister", "Shoigu": "Spokesman"})
    assert partial.credit == pytest.approx(1 / 3)
    assert partial.given == "Putin → President; Peskov → Foreign minister; Shoigu → Spokesman"
    unfinished = grade_match(MATCH, {"Putin": "President"})
    assert unfinished.given == "Putin → President; Peskov → ?; Shoigu → ?"
    assert grade_match(MATCH, {}).credit == 0.0


def test_match_extra_wrong_answer_is_not_a_pair_to_find():
    chosen = {"Putin": "President", "Peskov": "Spokesman", "Shoigu": "Defence minister"}
    g = grade_match(MATCH, chosen | {"": "Foreign minister"})
    assert g.credit == 1.0


# --- order ------------------------------------------------------------------------------------------

ORDER = Question(id="o", type="order", prompt="Put in order.", items=["a", "b", "c", "d", "e"])


def test_order_full_reverse_and_partial():
    assert grade_order(ORDER, ["a", "b", "c", "d", "e"]) == Grade(1.0, True, [], "a → b → c → d → e")
    assert grade_order(ORDER, ["e", "d", "c", "b", "a"]).credit == 0.0
    assert grade_order(ORDER, ["e", "a", "b", "c", "d"]).credit == pytest.approx(3 / 4)  # one item moved
    assert grade_order(ORDER, ["a", "c", "b", "d", "e"]).credit == pytest.approx(3 / 4)  # one swap
    assert grade_order(ORDER, ["b", "a", "d", "c", "e"]).credit == pytest.approx(2 / 4)


def test_order_two_items_reversed_is_wrong():
    q = question("order", items=["first", "second"])
    assert grade_order(q, ["second", "first"]).credit == 0.0


def test_order_missing_unknown_and_repeated_items():
    assert grade_order(ORDER, ["a", "b", "c"]).credit == pytest.approx(2 / 4)
    assert grade_order(ORDER, ["a", "x", "b", "c", "d", "e"]).credit == 1.0  # an unknown item is ignored
    assert grade_order(ORDER, ["a", "a", "a", "a", "a"]).credit == 0.0


@given(st.permutations(list("abcdefg")))
def test_order_credit_is_between_0_and_1_and_1_only_when_right(perm):
    g = grade_order(question("order", items=list("abcdefg")), perm)
    assert 0.0 <= g.credit <= 1.0
    assert g.correct == (perm == list("abcdefg"))
