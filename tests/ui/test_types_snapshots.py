"""Snapshots of every question type being played at 80x24: answering, then the feedback panel with
partial credit where the type has it. (choice is in test_snapshots.py.)"""

from questions.model import Option, Pack, PackInfo, Question
from questions.packs import LoadedPack
from quiz.ui.app import make_app
from tests.ui.helpers import FixedClock

SIZE = (80, 24)


def one_question_app(q: Question):
    pack = Pack(pack=PackInfo(id="types", title="Every type"), questions=[q])
    return make_app(packs=[LoadedPack(pack, None, "file")], player="Snap", seed=2, db_path=":memory:",
                    clock=FixedClock())


def position(pilot, text: str) -> str:
    """The key (1-9) of the option or right-hand side shown as `text`."""
    return str(pilot.app.screen.run.current.shown_options.index(text) + 1)


MULTI = Question(
    id="topics", type="multi", prompt="Which topics did Putin say the talks would cover?",
    options=[
        Option(text="Economic co-operation", credit=0.34),
        Option(text="Space tourism", credit=-0.5, feedback="Putin did not list space tourism."),
        Option(text="Humanitarian issues", credit=0.33),
        Option(text="The situation in the region", credit=0.33),
    ],
    explanation="Putin named economic co-operation, humanitarian issues and the situation in the region.")

NUMBER = Question(
    id="handshake", type="number", prompt="Roughly how many seconds did the handshake last?",
    options=[Option(value=40, tolerance=5, credit=1.0),
             Option(min=20, max=60, credit=0.5, feedback="Close: it lasted around 40 seconds.")],
    explanation="Putin greeted Kim with a handshake of about 40 seconds.")

MATCH = Question(
    id="officials", type="match", prompt="Match each person to their job.",
    pairs=[("Hirokazu Matsuno", "Japan's chief cabinet secretary"),
           ("Matthew Miller", "US State Department spokesperson"),
           ("Moon Seong Mook", "Analyst in Seoul"),
           ("", "South Korea's unification minister")],
    explanation="Matsuno spoke for Japan, Miller for the US government, Moon as an expert.")

ORDER = Question(
    id="day", type="order", prompt="Put these events in order, earliest first.",
    items=["Missiles fired", "Tour of the launch pad", "Talks with delegations", "One-on-one talks",
           "Official lunch"],
    explanation="The missiles came hours before the meeting; the lunch came last.")

SHORT = Question(
    id="peskov", type="short", prompt="Who is the Kremlin spokesperson? (Surname is enough.)",
    options=[Option(text="Peskov", credit=1.0), Option(text="Dmitry Peskov", credit=1.0),
             Option(text="Dmitry", credit=0.5, feedback="That is his first name; his surname is Peskov.")],
    explanation="Dmitry Peskov speaks for the Kremlin.")

TRUEFALSE = Question(
    id="designs", type="truefalse", prompt="The shells are based on Chinese designs.",
    options=[Option(text="True", feedback="Analysts say the designs are Soviet, not Chinese."),
             Option(text="False", credit=1.0)],
    explanation="The shells and rockets are based on Soviet designs.")


def test_multi_ticked_before_answering(snap_compare):
    async def tick(pilot):
        await pilot.press(position(pilot, "Economic co-operation"), position(pilot, "Space tourism"))

    assert snap_compare(one_question_app(MULTI), terminal_size=SIZE, run_before=tick)


def test_multi_partial_credit(snap_compare):
    async def answer(pilot):
        await pilot.press(position(pilot, "Economic co-operation"), position(pilot, "Humanitarian issues"),
                          position(pilot, "Space tourism"), "enter")
        await pilot.pause()

    assert snap_compare(one_question_app(MULTI), terminal_size=SIZE, run_before=answer)


def test_number_close_earns_half(snap_compare):
    async def answer(pilot):
        await pilot.press(*"55", "enter")
        await pilot.pause()

    assert snap_compare(one_question_app(NUMBER), terminal_size=SIZE, run_before=answer)


def test_match_while_pairing(snap_compare):
    async def pick(pilot):
        await pilot.press(position(pilot, "Japan's chief cabinet secretary"), "right")

    assert snap_compare(one_question_app(MATCH), terminal_size=SIZE, run_before=pick)


def test_match_two_of_three(snap_compare):
    async def answer(pilot):
        lefts = pilot.app.screen.run.current.match_lefts
        wanted = {"Hirokazu Matsuno": "Japan's chief cabinet secretary",
                  "Matthew Miller": "South Korea's unification minister",  # the wrong one
                  "Moon Seong Mook": "Analyst in Seoul"}
        await pilot.press(*[position(pilot, wanted[left]) for left in lefts], "enter")
        await pilot.pause()

    assert snap_compare(one_question_app(MATCH), terminal_size=SIZE, run_before=answer)


def test_order_partial_credit(snap_compare):
    async def answer(pilot):
        # Leave the shuffled order as it is: its longest run in the right order earns partial credit.
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(one_question_app(ORDER), terminal_size=SIZE, run_before=answer)


def test_short_first_name_earns_half(snap_compare):
    async def answer(pilot):
        await pilot.press(*"dmitry", "enter")
        await pilot.pause()

    assert snap_compare(one_question_app(SHORT), terminal_size=SIZE, run_before=answer)


def test_short_typo_is_forgiven(snap_compare):
    async def answer(pilot):
        await pilot.press(*"Peskow", "enter")
        await pilot.pause()

    assert snap_compare(one_question_app(SHORT), terminal_size=SIZE, run_before=answer)


def test_truefalse_wrong_with_feedback(snap_compare):
    async def answer(pilot):
        await pilot.press(position(pilot, "True"))
        await pilot.pause()

    assert snap_compare(one_question_app(TRUEFALSE), terminal_size=SIZE, run_before=answer)


async def test_multi_enter_with_nothing_ticked_does_not_answer():
    app = one_question_app(MULTI)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not app.screen.revealed and not app.screen.run.results
        await pilot.press(position(pilot, "Humanitarian issues"), "enter")
        await pilot.pause()
        assert app.screen.revealed and app.screen.run.results[0].credit == 0.33
