"""Helpers for driving the app by keys as a player would."""

from __future__ import annotations

from quiz.run import Item


class FixedClock:
    """A clock that moves only when told: answer times become repeatable."""

    def __init__(self, step: float = 3.0):
        self.t = 0.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step / 2
        return self.t


def keys_for_right_answer(item: Item) -> list[str]:
    """The keys that answer `item` fully right on the question screen."""
    q = item.question
    if q.type in ("choice", "truefalse"):
        best = max(range(len(q.options)), key=lambda i: q.options[i].credit)
        return [str(item.order.index(best) + 1)]
    if q.type == "multi":
        return [str(pos + 1) for pos, i in enumerate(item.order) if q.options[i].credit > 0] + ["enter"]
    if q.type == "short":
        return [*right_text(q), "enter"]
    if q.type == "number":
        o = q.right_options[0]
        value = o.value if o.value is not None else (o.min + o.max) / 2
        return [*f"{value:g}", "enter"]
    if q.type == "match":
        shown = item.shown_options
        truth = dict(p for p in q.pairs if p[0])
        return [str(shown.index(truth[left]) + 1) for left in item.match_lefts] + ["enter"]
    # order: move each right item into place with space (pick up), up, space (drop).
    keys: list[str] = []
    current = list(item.shown_options)
    cursor = 0
    for target, wanted in enumerate(q.items):
        at = current.index(wanted)
        keys += ["down"] * (at - cursor) if at >= cursor else ["up"] * (cursor - at)
        keys.append("space")
        keys += ["up"] * (at - target)
        keys.append("space")
        current.insert(target, current.pop(at))
        cursor = target
    return keys + ["enter"]


def right_text(q) -> str:
    return q.right_options[0].text
