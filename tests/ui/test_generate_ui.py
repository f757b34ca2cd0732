"""New quiz from an article, in the app: generate in a worker, review, save; cancel."""

from pathlib import Path

from quiz.catalog import list_packs
from quiz.ui.app import make_app
from quiz.ui.screens.generate import GenerateScreen
from quiz.ui.screens.home import HomeScreen

# An article the generator makes several questions from (the generator's own test data).
ARTICLE = Path(__file__).resolve().parents[1] / "questions" / "generate_data" / "fishing.txt"


async def wait_until(pilot, condition, tries=150):
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.1)
    return False


async def test_generate_review_drop_reword_and_save(tmp_path):
    app = make_app(player="Teacher", db_path=":memory:")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GenerateScreen)
        await pilot.press(*str(ARTICLE), "enter")
        assert await wait_until(pilot, lambda: screen.pack is not None)
        total = len(screen.pack.questions)
        assert total >= 2
        assert all(q.origin == "generated" and q.source is not None for q in screen.pack.questions)
        await pilot.press("space")  # drop the first question
        await pilot.press("down")
        await pilot.pause()
        edit = screen.query_one("#gen-edit")
        edit.value = "Reworded by the teacher?"
        edit.focus()
        await pilot.press("enter")
        await pilot.pause()
        second = screen.pack.questions[1].id
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    found, _ = list_packs()
    ref = found["fishing"]
    assert ref.where == "installed"
    from questions.packs import load_pack

    saved = load_pack(ref.path)
    assert len(saved.questions) == total - 1
    assert saved.question(second).prompt == "Reworded by the teacher?"


async def test_generation_can_be_cancelled_and_bad_files_explained(tmp_path):
    app = make_app(player="Teacher", db_path=":memory:")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        screen = app.screen
        await pilot.press(*str(tmp_path / "missing.txt"), "enter")
        assert await wait_until(pilot, lambda: "no such" in str(screen.query_one("#gen-status").render()))
        screen.query_one("#gen-path").value = str(ARTICLE)
        screen.action_generate()
        await pilot.press("escape")
        assert await wait_until(pilot, lambda: "Cancelled" in str(screen.query_one("#gen-status").render()))
        assert screen.pack is None
