"""Provides grading: is this answer right, and how right (a `Grade` for any question type).

Answer shapes, by question type (indices are into `question.options` in the pack's own order):

- `choice`, `truefalse`: an `int` index (a `bool` is also taken for `truefalse`);
- `multi`: an iterable of indices;
- `short`, `number`: the typed text (`number` also takes an `int` or `float`);
- `match`: a mapping of left side to the chosen right side;
- `order`: the items in the player's order.

`None` means unanswered and earns nothing. Typed answers are compared after `normalise_answer`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal


from questions.model import Question


@dataclass(frozen=True)
class Grade:
    """How right one answer is."""

    credit: float
    """Share of the marks earned, -1 to 1; below 0 is a penalty (a caller may clamp totals at 0)."""
    correct: bool
    """Whether the answer earns (all but) full marks: `credit >= 0.999`."""
    feedback: list[str] = field(default_factory=list)
    """Feedback for what the player chose: `Option.feedback` texts, and notes like a forgiven typo."""
    given: str = ""
    """What was given, as a line of text for storage and reports."""


def _grade(credit: float, feedback: Iterable[str | None] = (), given: str = "") -> Grade:
    credit = max(-1.0, min(1.0, float(credit)))
    for snap in (-1.0, 0.0, 1.0):  # keep float noise (0.1 + 0.2 + ...) out of stored credits
        if abs(credit - snap) < 1e-9:
            credit = snap
    return Grade(credit, credit >= 0.999, [f for f in feedback if f], given)


# --- normalising typed text -------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {"ı": "i", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "−": "-", "&": " and ", "%": " percent "}
)
_NUMERIC_DATE = re.compile(r"(?<![\w.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\w.]|-\d)")
_ISO_DATE = re.compile(r"(?<![\w.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.]|-\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_ACRONYM = re.compile(r"(?<![^\W_])[^\W\d_](?:\.[^\W\d_](?![^\W_]))+\.?")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s(?![^\W_])")
_TOKEN = re.compile(r"(?:(?<![^\W_])-(?=\d))?(?:[^\W_]|(?<=\d)\.(?=\d))+")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_INTEGER = re.compile(r"-?\d+")
_DIGIT_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)")
_LETTERS_OR_DIGITS = re.compile(r"-?\d+(?:\.\d+)*|[^\W\d_]+")

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_NAMES = {m: m for m in _MONTHS} | {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_ARTICLES = {"the", "a", "an"}


def _fold(text: str) -> str:
    """Lower case without accents, with plain quotes and ASCII digits."""
    s = text
    for _ in range(2):  # casefold first ("ᾳ" -> "αι"), again after NFKD ("㎒" -> "MHz")
        s = unicodedata.normalize("NFKD", s.casefold())
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_QUOTES)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)


def _numeric_date(day: str, month: str, year: str) -> str:
    d, m = int(day), int(month)
    if m > 12 and d <= 12:  # 09/13/2023 can only be month first
        d, m = m, d
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return f"{day} {month} {year}"
    return f" {d} {_MONTHS[m - 1]} {year} "


def _tokens(text: str) -> list[str]:
    """The words of `text`, folded, with punctuation dropped but numbers (`-3`, `4.5`, `1,000`) kept."""
    s = _fold(text)
    s = _NUMERIC_DATE.sub(lambda m: _numeric_date(m[1], m[2], m[3]), s)
    s = _ISO_DATE.sub(lambda m: _numeric_date(m[3], m[2], m[1]), s)
    s = _THOUSANDS.sub("", s)
    s = _ACRONYM.sub(lambda m: m[0].replace(".", ""), s)  # U.S.A. -> usa
    s = _POSSESSIVE.sub("", s).replace("'", "")  # Putin's -> putin; O'Brien -> obrien
    tokens = []
    for tok in _TOKEN.findall(s):  # G20 -> g 20, Apollo11 -> apollo 11; 21st stays
        tokens += [tok] if _DIGIT_ORDINAL.fullmatch(tok) else _LETTERS_OR_DIGITS.findall(tok)
    out: list[str] = []
    for tok in tokens:
        if _DECIMAL.fullmatch(tok):
            tok = _fmt(Decimal(tok))
        elif m := _DIGIT_ORDINAL.fullmatch(tok):
            tok = _ordinal(int(m[1]))
        if tok == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
            continue
        out.append(tok)
    return out


def normalise_answer(text: str) -> str:
    """`text` as typed answers are compared: folded, number words as digits, one form for dates.

    Lower case, accents and punctuation dropped (hyphens and curly quotes too), possessive 's dropped,
    whitespace collapsed; number words become digits ("forty-two" -> "42", "fourth" -> "4th");
    "13 September 2023", "September 13, 2023" and "13/09/2023" all become "13 september 2023";
    leading articles (the, a, an) go. The result is stable: normalising it again changes nothing.
    """
    tokens = _tokens(text)
    for _ in range(len(tokens) + 1):  # until settled: moving a date's day can put it after "minus"
        new = _dates(_numbers(tokens))
        if new == tokens:
            break
        tokens = new
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    return " ".join(tokens)


# --- number words ----------------------------------------------------------------------------------

_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORD_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_SCALE_VALUES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# word -> (kind, value, is ordinal)
_NUMBER_WORDS: dict[str, tuple[str, int, bool]] = {
    "zero": ("zero", 0, False),
    "hundred": ("hundred", 100, False),
    "hundredth": ("hundred", 100, True),
}
for _i, _w in enumerate(_UNIT_WORDS):
    _NUMBER_WORDS[_w] = ("unit", _i + 1, False)
    _NUMBER_WORDS[_ORD_UNITS[_i]] = ("unit", _i + 1, True)
for _i, _w in enumerate(_TEEN_WORDS):
    _NUMBER_WORDS[_w] = ("teen", _i + 10, False)
    _NUMBER_WORDS[_ORD_TEENS[_i]] = ("teen", _i + 10, True)
for _i, _w in enumerate(_TENS_WORDS):
    _NUMBER_WORDS[_w] = ("tens", 10 * (_i + 2), False)
    _NUMBER_WORDS[_ORD_TENS[_i]] = ("tens", 10 * (_i + 2), True)
for _w, _v in _SCALE_VALUES.items():
    _NUMBER_WORDS[_w] = ("scale", _v, False)
    _NUMBER_WORDS[_w + "th"] = ("scale", _v, True)

# which kind of word may follow which (None: the start of the phrase)
_MAY_FOLLOW = {
    "unit": {None, "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "hundred": {None, "unit", "teen", "tens", "digits", "a"},
    "scale": {None, "unit", "teen", "tens", "hundred", "digits", "a", "scale"},
}


@dataclass
class _Phrase:
    value: Decimal
    end: int
    ordinal: bool


def _kind(tokens: Sequence[str], i: int) -> str | None:
    return _NUMBER_WORDS[tokens[i]][0] if i < len(tokens) and tokens[i] in _NUMBER_WORDS else None


def _is_number(token: str) -> bool:
    return bool(_INTEGER.fullmatch(token) or _DECIMAL.fullmatch(token))


def _phrase(tokens: Sequence[str], i: int, *, bare_digits: bool = False) -> _Phrase | None:
    """The number spelled out by `tokens` from `i` ("two hundred and five", "1.5 million"), if any.

    A lone digit token counts only with `bare_digits` (or after "minus"); otherwise at least one
    number word must be read.
    """
    n = len(tokens)
    negative = tokens[i] in ("minus", "negative") and i + 1 < n
    j = i + 1 if negative else i
    bare_digits = bare_digits or negative
    total, current = Decimal(0), Decimal(0)
    last: str | None = None
    last_scale = 0
    best: _Phrase | None = None
    if _is_number(tokens[j]):
        current, last, j = Decimal(tokens[j]), "digits", j + 1
        if bare_digits:
            best = _Phrase(current, j, False)
    elif tokens[j] in ("a", "an") and _kind(tokens, j + 1) in ("hundred", "scale"):
        current, last, j = Decimal(1), "a", j + 1  # "a hundred"
    while j < n:
        tok = tokens[j]
        if tok == "and" and last in ("hundred", "scale") and _kind(tokens, j + 1) in ("unit", "teen", "tens"):
            last, j = "and", j + 1
            continue
        if tok not in _NUMBER_WORDS:
            break
        kind, value, ordinal = _NUMBER_WORDS[tok]
        if kind == "zero":
            if last is None:
                best = _Phrase(Decimal(0), j + 1, False)
            break
        if last not in _MAY_FOLLOW[kind]:
            break
        if kind == "hundred":
            if current >= 100:
                break
            current = (current or 1) * 100
        elif kind == "scale":
            if last == "scale" and value <= last_scale:
                break
            if last_scale and value > last_scale:  # "five hundred thousand million"
                total, current = (total + current) * value, Decimal(0)
            else:
                total, current = total + (current or 1) * value, Decimal(0)
            last_scale = value
        else:
            current += value
        last, j = kind, j + 1
        best = _Phrase(total + current, j, ordinal)
        if ordinal:
            break
    if best is None:
        return None
    if negative:
        best.value = -best.value
    return best


def _fmt(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _numbers(tokens: list[str]) -> list[str]:
    """`tokens` with every spelled-out number replaced by its digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        p = _phrase(tokens, i)
        if p is None:
            out.append(tokens[i])
            i += 1
            continue
        if p.ordinal and p.value == p.value.to_integral_value() and p.value > 0:
            out.append(_ordinal(int(p.value)))
        else:
            out.append(_fmt(p.value))
        i = p.end
    return out


# --- dates -----------------------------------------------------------------------------------------


def _day(token: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", token)
    return int(m[1]) if m and 1 <= int(m[1]) <= 31 else None


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{3}", token))


def _dates_once(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        day = _day(tokens[i])
        k = i + 1
        if day is not None and k + 1 < n and tokens[k] == "of" and tokens[k + 1] in _MONTH_NAMES:
            k += 1  # "the 13th of September"
        if day is not None and k < n and tokens[k] in _MONTH_NAMES:
            out += [str(day), _MONTH_NAMES[tokens[k]]]
            i = k + 1
        elif tokens[i] in _MONTH_NAMES and k < n and (day := _day(tokens[k])) is not None:
            out += [str(day), _MONTH_NAMES[tokens[i]]]  # "September 13"
            i = k + 1
        elif tokens[i] in _MONTH_NAMES and k < n and _is_year(tokens[k]):
            out.append(_MONTH_NAMES[tokens[i]])  # "Sept 2023"
            i = k
            continue
        else:
            out.append(tokens[i])
            i += 1
            continue
        if i < n and _is_year(tokens[i]):
            out.append(tokens[i])
            i += 1
    return out


def _dates(tokens: list[str]) -> list[str]:
    """`tokens` with dates as "13 september 2023" (day, month, optional year)."""
    for _ in range(len(tokens)):  # repeated because "April 5 March" needs two passes to settle
        new = _dates_once(tokens)
        if new == tokens:
            break
        tokens = new
    return tokens


# --- numbers ---------------------------------------------------------------------------------------

_LITERAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?")
_FRACTION = re.compile(r"(\d+)/(\d+)")
_HEDGES = {"about", "around", "approximately", "approx", "roughly", "circa", "ca", "c", "some", "nearly"}
_SCALE_ABBREVIATIONS = {"k": "thousand", "mn": "million", "bn": "billion", "tn": "trillion"}
_MAX_UNIT_WORDS = 3


def parse_number(text: str) -> float | None:
    """The number written in `text`, or None when it holds no number (or more than one).

    Takes "40", "-3", "40.5", "1,000", "4.5e3", "2,5", "3/4", "40%", "$5", "forty", "ninety-nine",
    "two hundred and five", "1.5 million", "fourth", "4th", "minus three", "about 40", and a few unit
    words after the number ("40 km", "4 hours").
    """
    if not isinstance(text, str):
        return None
    s = _fold(text).strip()
    s = re.sub(r"^([+-])\s+", r"\1", s.lstrip("$£€¥₹").strip()).removeprefix("+")
    s = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))", "", s)  # 1 000 000
    s = _THOUSANDS.sub("", s)
    s = re.sub(r"^(-?\d+),(\d{1,2})(?![\d,])", r"\1.\2", s)  # a decimal comma: 2,5
    if _LITERAL.fullmatch(s):
        return _finite(float(s))
    if m := _FRACTION.fullmatch(s):
        return _finite(int(m[1]) / int(m[2])) if int(m[2]) else None
    s = re.sub(r"(?<=\d)(?=[a-z])(?!(?:st|nd|rd|th)\b)", " ", s)  # 330m -> 330 m, 5bn -> 5 bn
    tokens = [_SCALE_ABBREVIATIONS.get(t, t) for t in _tokens(s)]
    while tokens and tokens[0] in _HEDGES:
        tokens = tokens[1:]
    if not tokens:
        return None
    if (m := _DIGIT_ORDINAL.fullmatch(tokens[0])) and len(tokens) == 1:
        return float(m[1])
    p = _phrase(tokens, 0, bare_digits=True)
    if p is None:
        return None
    rest = tokens[p.end:]
    if len(rest) > _MAX_UNIT_WORDS or any(not t.isalpha() or t in _NUMBER_WORDS or t == "and" for t in rest):
        return None  # "4 or 5", "five and a half"
    return _finite(float(p.value))


def _finite(x: float) -> float | None:
    return x if x == x and abs(x) != float("inf") else None


# --- typed answers: how far from an accepted one ---------------------------------------------------

_MAX_GROUP = 3
_STEPS = [(1, 1)] + [(1, k) for k in range(2, _MAX_GROUP + 1)] + [(k, 1) for k in range(2, _MAX_GROUP + 1)]
"""How many accepted words may line up with how many typed ones."""


def _budget(letters: int) -> int:
    """Typos forgiven in an answer of this many letters: none up to 4, 1 up to 9, then 2."""
    return 0 if letters <= 4 else 1 if letters <= 9 else 2


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _cost(accepted: list[str], typed: list[str]) -> int | None:
    """Letters changed to turn the accepted words into the typed ones, or None if not forgivable.

    Words are matched one to one, or one to several when only a space was added or dropped
    ("New York" / "Newyork"), which leaves one typo fewer for that word. A word with a digit must be
    typed exactly; a typo never falls on the first letter; every accepted word must be there.
    """
    if not accepted or not typed:
        return None
    inf = 10**6
    n, m = len(accepted), len(typed)
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for da, dt in _STEPS:
                if i + da > n or j + dt > m:
                    continue
                c = _group_cost(accepted[i:i + da], typed[j:j + dt])
                if c is not None and best[i][j] + c < best[i + da][j + dt]:
                    best[i + da][j + dt] = best[i][j] + c
    total = best[n][m]
    letters = sum(c.isalpha() for w in accepted for c in w)
    return total if total <= _budget(letters) else None


def _group_cost(accepted: list[str], typed: list[str]) -> int | None:
    a, t = "".join(accepted), "".join(typed)
    merged = len(accepted) + len(typed) > 2
    if any(_has_digit(w) for w in accepted + typed):
        return 0 if a == t and not merged else None  # no typos in numbers, dates, years: "4 5" is not "45"
    if a == t:
        return 0
    if a[0] != t[0]:
        return None
    allowed = _budget(len(a)) - merged
    if allowed <= 0:
        return None
    from rapidfuzz.distance import DamerauLevenshtein  # only typed answers need it: keep start-up fast

    d = DamerauLevenshtein.distance(a, t, score_cutoff=allowed)
    return d if d <= allowed else None


# --- one function per question type ----------------------------------------------------------------


def _option_index(question: Question, answer: object) -> int | None:
    if answer is None:
        return None
    if not isinstance(answer, int):
        raise TypeError(f"question {question.id!r}: an option index is an int, not {type(answer).__name__}")
    if not 0 <= answer < len(question.options):
        raise ValueError(f"question {question.id!r} has no option {answer}")
    return answer


def grade_choice(question: Question, answer: int | None) -> Grade:
    """Grade a `choice` question: `answer` is the index of the chosen option (None: unanswered)."""
    index = _option_index(question, answer)
    if index is None:
        return _grade(0.0)
    option = question.options[index]
    return _grade(option.credit, [option.feedback], option.text or "")


def grade_truefalse(question: Question, answer: int | bool | None) -> Grade:
    """Grade a `truefalse` question: `answer` is the option index, or True / False."""
    if isinstance(answer, bool):
        wanted = "true" if answer else "false"
        texts = [normalise_answer(o.text or "") for o in question.options]
        answer = texts.index(wanted) if wanted in texts else (0 if answer else 1)
    return grade_choice(question, answer)


def grade_multi(question: Question, answer: Iterable[int] | None) -> Grade:
    """Grade a `multi` question: `answer` holds the chosen indices.

    Credit is the sum of the chosen options' credits, kept between 0 and 1, so wrong picks with a
    negative credit take marks away (as in Moodle).
    """
    chosen = sorted({i for i in (_option_index(question, a) for a in (answer or ())) if i is not None})
    options = [question.options[i] for i in chosen]
    credit = max(0.0, min(1.0, sum(o.credit for o in options)))
    return _grade(credit, [o.feedback for o in options], "; ".join(o.text or "" for o in options))


def grade_short(question: Question, answer: str | None) -> Grade:
    """Grade a `short` question: `answer` is the typed text.

    The typed text is compared with every option after `normalise_answer`. An exact match takes that
    option's credit (so a wrong answer a teacher listed, with its feedback, is recognised). Otherwise
    the nearest option with credit above 0 is accepted if the typed text differs only by a small
    typo: none up to 4 letters, 1 up to 9 letters, 2 from 10 letters, never in a word with a digit
    and never in the first letter; no accepted word may be left out or added. Nothing else is
    guessed: a surname alone is right only if the pack lists it.
    """
    typed = (answer or "").strip()
    norm = normalise_answer(typed)
    if not norm:
        return _grade(0.0, given=typed)
    options = [(o, normalise_answer(o.text or "")) for o in question.options]
    exact = [o for o, text in options if text and text == norm]
    if exact:
        option = max(exact, key=lambda o: o.credit)
        return _grade(option.credit, [option.feedback], typed)
    near = []
    for index, (option, text) in enumerate(options):
        if option.credit > 0 and text:
            cost = _cost(text.split(), norm.split())
            if cost is not None:
                near.append((-option.credit, cost, index))
    if not near:
        return _grade(0.0, given=typed)
    option = question.options[min(near)[2]]
    return _grade(option.credit, [f"Accepted (spelling: {option.text})", option.feedback], typed)


def grade_number(question: Question, answer: str | float | None) -> Grade:
    """Grade a `number` question: `answer` is the typed text (or a number).

    Credit is the best credit among the options whose value and tolerance (or range) take the
    number; text that holds no number earns 0 with the feedback "not a number".
    """
    if answer is None:
        return _grade(0.0)
    if isinstance(answer, (int, float)) and not isinstance(answer, bool):
        x = _finite(float(answer))
        given = str(int(answer)) if x is not None and x.is_integer() else str(answer)
    else:
        given = str(answer).strip()
        x = parse_number(given)
    if x is None:
        return _grade(0.0, ["not a number"], given)
    taking = [o for o in question.options if o.accepts_number(x)]
    if not taking:
        return _grade(0.0, given=given)
    option = max(taking, key=lambda o: o.credit)
    return _grade(option.credit, [option.feedback], given)


def grade_match(question: Question, answer: Mapping[str, str] | None) -> Grade:
    """Grade a `match` question: `answer` maps each left side to the right side chosen for it.

    Credit is the share of the real pairs (those with a left side) matched correctly.
    """
    answer = answer or {}
    pairs = [(left, right) for left, right in question.pairs if left]
    if not pairs:
        return _grade(0.0)
    right = sum(_same(answer.get(left), want) for left, want in pairs)
    given = "; ".join(f"{left} → {answer.get(left) or '?'}" for left, _ in pairs)
    return _grade(right / len(pairs), given=given)


def _same(chosen: str | None, wanted: str) -> bool:
    if chosen is None:
        return False
    return chosen == wanted or chosen.strip() == wanted.strip()


def grade_order(question: Question, answer: Sequence[str] | None) -> Grade:
    """Grade an `order` question: `answer` is the items in the player's order.

    Partial credit is (L - 1) / (n - 1), where n is the number of items and L the longest run of the
    player's items that keeps the right relative order (not necessarily next to each other): the
    most items that can stay put while the others are moved. All right is 1; the exact reverse, or
    any order no better than that, is 0; one item in the wrong place costs 1 / (n - 1). Unlike
    counting items in the right position, one item moved from the end to the start does not make
    everything else wrong; unlike counting pairs, a random guess earns little.
    """
    given_items = list(answer or [])
    items = list(question.items)
    given = " → ".join(given_items)
    if given_items == items:
        return _grade(1.0, given=given)
    if len(items) < 2:
        return _grade(0.0, given=given)
    # each given item -> its place in the right order (each place used once; unknown items dropped)
    free: dict[str, list[int]] = {}
    for place, item in enumerate(items):
        free.setdefault(item.strip(), []).append(place)
    places = [free[g.strip()].pop(0) for g in given_items if free.get(g.strip())]
    run = _longest_increasing(places)
    return _grade(max(0, run - 1) / (len(items) - 1), given=given)


def _longest_increasing(xs: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in xs:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


_GRADERS = {
    "choice": grade_choice,
    "truefalse": grade_truefalse,
    "multi": grade_multi,
    "short": grade_short,
    "number": grade_number,
    "match": grade_match,
    "order": grade_order,
}


def grade(question: Question, answer: object) -> Grade:
    """Grade `answer` to `question`, of any type (see the module docstring for the answer shapes)."""
    try:
        grader = _GRADERS[question.type]
    except KeyError:
        raise ValueError(f"question {question.id!r}: no grading for type {question.type!r}") from None
    return grader(question, answer)  # type: ignore[operator]
