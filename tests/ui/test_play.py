"""Pilot tests: whole quizzes played by key presses, then the rows read back from the database."""


from rich.text import Text
from sqlmodel import Session, select

from questions.model import Option, Pack, PackInfo, Question
from questions.packs import LoadedPack
from quiz.db import make_engine
from quiz.models import Answer, Attempt, Player
from quiz.ui.app import make_app
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.results import ResultsScreen
from tests.ui.helpers import FixedClock, keys_for_right_answer


async def play_all_right(app, pilot) -> int:
    n = 0
    while isinstance(app.screen, PlayScreen):
        item = app.screen.run.current
        await pilot.press(*keys_for_right_answer(item))
        await pilot.pause()
        assert app.screen.revealed, item.question.id
        await pilot.press("enter")
        await pilot.pause()
        n += 1
    return n


async def test_whole_summit_quiz_by_keys_all_right_and_stored(summit, tmp_path):
    db = tmp_path / "play.db"
    app = make_app(packs=[LoadedPack(summit, None, "built-in")], player="Ann", count=len(summit.questions),
                   seed=11, db_path=db, clock=FixedClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        played = await play_all_right(app, pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.run.summary().right == len(summit.questions)
    assert played == len(summit.questions)
    with Session(make_engine(db)) as s:
        answers = s.exec(select(Answer)).all()
        attempt = s.exec(select(Attempt)).one()
        assert s.exec(select(Player)).one().name == "Ann"
    assert len(answers) == len(summit.questions)
    assert all(a.correct and a.credit == 1.0 for a in answers)
    assert {a.question_id for a in answers} == {q.id for q in summit.questions}
    assert attempt.finished is not None and attempt.question_count == len(summit.questions)
    assert sorted(a.position for a in answers) == list(range(len(summit.questions)))


async def test_wrong_answer_feedback_and_passage_then_leave_keeps_answers(summit, tmp_path):
    db = tmp_path / "leave.db"
    app = make_app(packs=[LoadedPack(summit, None, "built-in")], player="Bo", count=5, seed=3,
                   db_path=db, clock=FixedClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        # Answer the first choice-like question wrongly.
        while screen.run.current.question.type not in ("choice",):
            await pilot.press(*keys_for_right_answer(screen.run.current))
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        item = screen.run.current
        wrong = next(pos for pos, i in enumerate(item.order) if item.question.options[i].credit == 0)
        await pilot.press(str(wrong + 1))
        await pilot.pause()
        panel = str(screen.query_one("#feedback").render())
        assert "✗ Not quite." in panel and item.question.right_answer_text() in panel
        assert item.question.source.text[:40] in panel.replace("\n", " ")
        answered = len(screen.run.results)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ArticleScreen"
        await pilot.press("escape")
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HomeScreen"
    with Session(make_engine(db)) as s:
        assert len(s.exec(select(Answer)).all()) == answered
        assert s.exec(select(Attempt)).one().finished is None


async def test_pack_text_is_shown_literally_never_as_markup(tmp_path):
    evil = "[bold]Bold?[/bold] [@click=app.quit]quit[/] [red]x"
    pack = Pack(pack=PackInfo(id="evil", title="[b]Evil[/b]"), questions=[
        Question(id="e", type="choice", prompt=evil, explanation="[link=x]no[/link]", options=[
            Option(text="[@click=app.quit]A[/]", credit=1), Option(text="[i]B", feedback="[blink]")])])
    app = make_app(packs=[LoadedPack(pack, None, "file")], player="Cy", seed=1, db_path=tmp_path / "e.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = app.screen.query_one("#prompt").render()
        assert evil in str(prompt)
        item = app.screen.run.current
        await pilot.click("#prompt")  # clicking the would-be [@click] text runs nothing
        assert app.is_running
        app.screen.query_one(".answer").focus()
        await pilot.press(str(item.order.index(1) + 1))
        await pilot.pause()
        panel = str(app.screen.query_one("#feedback").render())
        assert "[link=x]no[/link]" in panel and "[blink]" in panel
        assert app.is_running
    assert isinstance(Text(evil), Text)


async def test_home_screen_starts_a_mixed_quiz_and_plays_again(tmp_path):
    app = make_app(player="Dee", count=3, seed=5, db_path=tmp_path / "h.db", clock=FixedClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HomeScreen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.screen.run.total == 3
        await play_all_right(app, pilot)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)


async def test_typed_answer_with_typo_accepted_and_number_tolerance(tmp_path):
    pack = Pack(pack=PackInfo(id="t", title="T"), questions=[
        Question(id="s", type="short", prompt="Where?", options=[Option(text="Vostochny Cosmodrome", credit=1)]),
        Question(id="n", type="number", prompt="Seconds?", options=[Option(value=40, tolerance=5, credit=1)]),
    ])
    app = make_app(packs=[LoadedPack(pack, None, "file")], player="Ed", seed=2, db_path=tmp_path / "t.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(2):
            q = app.screen.run.current.question
            text = "vostochny cosmodrom" if q.type == "short" else "forty-two"
            await pilot.press(*text, "enter")
            await pilot.pause()
            assert app.screen.run.results[-1].grade.correct, q.id
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
