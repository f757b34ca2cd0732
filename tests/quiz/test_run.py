"""The quiz run as plain logic: seeded order, option mapping, scoring, timing, mistakes."""

import pytest

from questions.model import Option, Pack, PackInfo, Question
from quiz.run import QuizRun, fmt_score


def make_pack() -> Pack:
    qs = [
        Question(id=f"c{i}", type="choice", prompt=f"Choice {i}?", options=[
            Option(text="right", credit=1), Option(text="wrong a", feedback="nope"),
            Option(text="wrong b")]) for i in range(5)
    ]
    qs.append(Question(id="tf", type="truefalse", prompt="Sky blue?", options=[
        Option(text="False"), Option(text="True", credit=1)]))
    qs.append(Question(id="s", type="short", prompt="Name?", options=[Option(text="Kim Jong Un", credit=1)]))
    qs.append(Question(id="o", type="order", prompt="Order?", items=["a", "b", "c", "d"]))
    return Pack(pack=PackInfo(id="p", title="P"), questions=qs)


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_same_seed_same_order_different_seed_different_order():
    pack = make_pack()
    a = QuizRun.from_packs([pack], seed=7)
    b = QuizRun.from_packs([pack], seed=7)
    c = QuizRun.from_packs([pack], seed=8)
    assert [i.question.id for i in a.items] == [i.question.id for i in b.items]
    assert [i.order for i in a.items] == [i.order for i in b.items]
    assert [i.question.id for i in a.items] != [i.question.id for i in c.items]


def test_count_cuts_and_truefalse_keeps_true_first():
    run = QuizRun.from_packs([make_pack()], seed=1, count=3)
    assert run.total == 3
    run = QuizRun.from_packs([make_pack()], seed=1)
    tf = next(i for i in run.items if i.question.id == "tf")
    assert tf.shown_options == ["True", "False"]
    order = next(i for i in run.items if i.question.id == "o")
    assert order.shown_options != ["a", "b", "c", "d"]  # never handed over already solved


def test_display_position_maps_to_the_right_option_and_scores():
    clock = Clock()
    run = QuizRun.from_packs([make_pack()], seed=3, shuffle=True, clock=clock)
    while not run.finished:
        item = run.current
        run.begin_question()
        clock.t += 2.5
        q = item.question
        if q.type in ("choice", "truefalse"):
            shown = item.shown_options
            result = run.submit(shown.index("right" if q.type == "choice" else "True"))
        elif q.type == "short":
            result = run.submit("kim jong-un")
        else:
            result = run.submit(["a", "b", "d", "c"])
        assert result.seconds == pytest.approx(2.5)
        run.advance()
    s = run.summary()
    assert s.answered == 8 and s.max_score == 8
    assert s.right == 7
    assert 7 < s.score < 8  # the order question earns part of its mark
    assert s.seconds == pytest.approx(20.0)
    assert [q.id for _, q in run.missed()] == ["o"]


def test_wrong_choice_gives_its_feedback_and_cannot_be_answered_twice():
    run = QuizRun.from_packs([make_pack()], seed=5, shuffle=False)
    item = run.current
    result = run.submit(item.shown_options.index("wrong a"))
    assert result.credit == 0 and not result.grade.correct
    assert "nope" in result.grade.feedback
    with pytest.raises(RuntimeError):
        run.submit(0)
    run.advance()
    with pytest.raises(RuntimeError):
        run.advance()


def test_empty_quiz_refused_and_scores_formatted():
    with pytest.raises(ValueError):
        QuizRun([], seed=1)
    assert fmt_score(7.0) == "7" and fmt_score(7.5) == "7.5" and fmt_score(8.256666) == "8.26"
