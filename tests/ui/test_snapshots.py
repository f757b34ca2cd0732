"""Snapshots of the key screens at 80x24: question, feedback panel, results, article."""

from questions.model import Pack, PackInfo, Question
from questions.packs import BUILTIN_DIR, LoadedPack, load_pack
from quiz.ui.app import make_app
from tests.ui.helpers import FixedClock

SIZE = (80, 24)


def summit_app(count=3, ids=("venue", "talks-hours", "dprk")):
    pack = load_pack(BUILTIN_DIR / "summit" / "summit.toml")
    pack = pack.model_copy(update={"questions": [q for q in pack.questions if q.id in ids]})
    return make_app(packs=[LoadedPack(pack, None, "built-in")], player="Snap", count=count, seed=4,
                    db_path=":memory:", clock=FixedClock())


def test_question_screen(snap_compare):
    assert snap_compare(summit_app(), terminal_size=SIZE)


def test_feedback_panel_after_a_wrong_answer(snap_compare):
    async def answer_wrong(pilot):
        item = pilot.app.screen.run.current
        wrong = next(p for p, i in enumerate(item.order) if item.question.options[i].credit <= 0)
        await pilot.press(str(wrong + 1))
        await pilot.pause()

    assert snap_compare(summit_app(ids=("venue",)), terminal_size=SIZE, run_before=answer_wrong)


def test_results_screen(snap_compare):
    async def play(pilot):
        from tests.ui.helpers import keys_for_right_answer

        for n in range(3):
            item = pilot.app.screen.run.current
            keys = keys_for_right_answer(item) if n != 1 else ["1"] if item.question.type in (
                "choice", "truefalse") else keys_for_right_answer(item)
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()

    assert snap_compare(summit_app(), terminal_size=SIZE, run_before=play)


def test_order_question(snap_compare):
    pack = Pack(pack=PackInfo(id="o", title="Order"), questions=[
        Question(id="o", type="order", prompt="Put these in order.", items=["first", "second", "third"])])
    app = make_app(packs=[LoadedPack(pack, None, "file")], player="Snap", seed=1, db_path=":memory:",
                   clock=FixedClock())
    assert snap_compare(app, terminal_size=SIZE, press=["space", "down"])
