"""Provides numbers in news text: reading "£1.13bn", "four to five hours", "76%", and writing look-alikes.

An `Amount` keeps the value(s), the unit and how the number was written (digits or words, currency
symbol, scale suffix, decimals), so that a distractor can be written in the same form as the answer:
"$1.13bn" gets "$2.3bn", "four to five hours" gets "two to three hours", "12,575" gets "6,290".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12,
    "a hundred": 100, "hundred": 100,
}
_WORD_OF = {v: k for k, v in WORDS.items() if not k.startswith("a ") and k != "hundred"}
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "tn": 1e12, "trillion": 1e12}
CURRENCIES = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}
CURRENCY_WORDS = {"dollars": "dollar", "dollar": "dollar", "pounds": "pound", "euros": "euro",
                  "euro": "euro", "yen": "yen", "pence": "pence", "p": "pence", "roubles": "rouble",
                  "yuan": "yuan", "rupees": "rupee"}
# Length of time units in days, to tell when two durations are the same ("six months", "26 weeks").
TIME_UNITS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
              "month": 30.4, "year": 365.25, "decade": 3652.5}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
_VALUE = rf"(?:{_NUM}|{_WORDNUM})"
_AMOUNT = re.compile(
    rf"^(?P<approx>(?:about|around|almost|nearly|more than|over|some|up to|at least|roughly|just over|"
    rf"just under|less than|fewer than|just|only|the past|the last|the first|the next|the) )?"
    rf"(?P<cur>[$£€¥])?(?P<a>{_VALUE})(?:\s?(?:-|to|–)\s?(?P<cur2>[$£€¥])?(?P<b>{_VALUE}))?"
    rf"(?P<scale>\s?(?:k|m|mn|bn|tn|million|billion|trillion|thousand)\b)?"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?"
    rf"(?P<rest>.*)$",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    """A number as written in an article: value (or range), unit and writing style."""

    low: float
    high: float | None
    unit: str
    """'percent', 'dollar'/'pound'/…, a time unit ('month'), another noun ('subscriber'), or ''."""
    words: bool = False
    """Written in words ("four") rather than digits."""
    currency_symbol: str = ""
    scale: str = ""
    """The scale suffix exactly as written ("bn", " million"), or ''."""
    decimals: int = 0
    commas: bool = False
    pct: str = ""
    """How a percentage was written ("%", " per cent")."""
    tail: str = ""
    """The unit text after the number as written (" hours", " subscribers")."""
    approx: str = ""

    @property
    def value(self) -> float:
        return self.low * SCALES.get(self.scale.strip().lower(), 1)

    @property
    def days(self) -> float | None:
        """The length in days, for durations."""
        if self.unit in TIME_UNITS:
            return self.low * TIME_UNITS[self.unit]
        return None


def _to_float(s: str) -> tuple[float, bool, int, bool]:
    s = s.strip().lower()
    if s in WORDS:
        return float(WORDS[s]), True, 0, False
    decimals = len(s.split(".")[1]) if "." in s else 0
    return float(s.replace(",", "")), False, decimals, "," in s


def _singular(word: str) -> str:
    w = word.lower()
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and len(w) > 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
             "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
BOUNDS = {"more than", "over", "at least", "just over", "just under", "less than", "fewer than", "up to"}
"""Qualifiers that make an amount a bound: "more than 10%" is not contradicted by "more than 5%"."""


def parse_amount(text: str) -> Amount | None:
    """Read an amount ("$1.13bn", "76%", "four to five hours", "464,000 subscribers"); None if not one."""
    m = _AMOUNT.match(text.strip())
    if not m:
        return None
    low, words, decimals, commas = _to_float(m.group("a"))
    high = None
    if m.group("b"):
        high, words_b, dec_b, commas_b = _to_float(m.group("b"))
        if high <= low:
            return None
        decimals = max(decimals, dec_b)
        commas = commas or commas_b
    rest = m.group("rest") or ""
    cur = m.group("cur") or ""
    scale = m.group("scale") or ""
    if scale.strip().lower() in ("m", "k", "bn", "mn", "tn") and not cur and \
            not (rest.strip().split() and rest.strip().split()[0].lower() in CURRENCY_WORDS):
        return None  # "60m" is sixty metres, not sixty million
    pct = m.group("pct") or ""
    unit = ""
    if pct:
        unit = "percent"
        if rest.strip():
            return None
    elif cur:
        unit = CURRENCIES[cur]
        if rest.strip():
            return None
    else:
        tail_words = rest.strip().split()
        if rest and not rest[0].isspace():
            return None  # "4x100m", "60m": part of a word
        if re.search(r"\d", rest):
            return None  # "14 minutes 32.93 seconds": a compound time
        if tail_words and not re.fullmatch(r"[A-Za-z][a-z'’-]*", tail_words[0].strip(".,;:")):
            return None
        if tail_words:
            first = tail_words[0].lower().strip(".,")
            if first in CURRENCY_WORDS:
                unit = CURRENCY_WORDS[first]
            else:
                unit = _singular(first)
                if unit in ("hr", "hrs"):
                    unit = "hour"
                if unit in _CALENDAR:
                    return None  # "30 November", "2 Monday": a date, not an amount
        if words and scale and scale.strip().lower() not in ("million", "billion", "trillion"):
            return None  # "six million" is read; "six m" is not how anyone writes
    return Amount(low, high, unit, words, cur, scale, decimals, commas, pct, rest, m.group("approx") or "")


def _fmt_number(x: float, a: Amount) -> str:
    if a.words and float(x).is_integer() and int(x) in _WORD_OF:
        return _WORD_OF[int(x)]
    if a.decimals:
        s = f"{x:,.{a.decimals}f}" if a.commas or x >= 10000 else f"{x:.{a.decimals}f}"
    else:
        s = f"{round(x):,}" if (a.commas or x >= 1000) else str(round(x))
    return s


def format_amount(a: Amount, low: float, high: float | None = None) -> str:
    """`a` written again with new values, in the same style."""
    first = _fmt_number(low, a)
    text = f"{a.approx}{a.currency_symbol}{first}"
    if high is not None:
        text += f" to {a.currency_symbol}{_fmt_number(high, a)}" if a.words else \
            f"-{a.currency_symbol}{_fmt_number(high, a)}"
    text += a.scale + a.pct
    tail = a.tail
    if tail and a.unit and a.unit not in ("percent",):
        # "one hour" but "two hours": fix the plural of the unit word.
        words = tail.split(" ")
        idx = 1 if words and words[0] == "" else 0
        if idx < len(words):
            w = words[idx]
            single = (high is None and low == 1)
            if single and w.lower().endswith("s") and _singular(w) != w.lower():
                words[idx] = w[: len(_singular(w))]
            elif not single and not w.lower().endswith("s") and w.lower() in TIME_UNITS:
                words[idx] = w + "s"
        tail = " ".join(words)
    return text + tail


def _round_like(x: float, a: Amount) -> float:
    """Round `x` to a precision like the answer's (significant figures), keeping it positive."""
    if a.decimals:
        return round(x, a.decimals)
    if x < 20:
        return float(max(1, round(x)))
    digits = len(str(int(a.low)).rstrip("0")) if a.low >= 1 else 2
    digits = max(1, min(digits, len(str(int(x)))))
    mag = 10 ** (len(str(int(x))) - digits)
    return float(round(x / mag) * mag)


MEASURES = {"second", "metre", "meter", "sec", "secs", "foot", "feet", "inch", "centimetre", "cm"}
"""Units of sports results (times, heights, distances): their look-alikes stay near the answer."""


def lookalikes(a: Amount, avoid: list[Amount], n: int = 3, seed: int = 0,
               direction: int = 0, majority: bool = False) -> list[str]:
    """Up to `n` plausible wrong amounts in the answer's unit and style, none equal to one in `avoid`.

    `avoid` holds every amount of the article (and the answer): a look-alike that is the same
    quantity as one of them (also "26 weeks" against "six months") could be true, so it is left out.
    The wrong amounts are near the answer (never half or double of it as a fixed ladder), and how
    many lie below the answer is drawn at random, so the key's rank among the options tells nothing.
    `direction` +1 asks for larger amounts only, -1 for smaller only (for "more than 10%": a smaller
    figure would still be true). `majority` keeps a winner's share above 50% ("won about 61%" is
    never against "about 41%", which the win itself rules out).
    """
    import random as _random

    rng = _random.Random(seed)
    below, above = _near_values(a, rng, majority)
    if direction > 0:
        below = []
    elif direction < 0:
        above = []
    # How many of the wrong options lie below the answer: uniform over what is possible.
    k_lo = max(0, n - len(above))
    k_hi = min(n, len(below))
    if k_lo > k_hi:
        k_lo = k_hi = min(n, len(below))
    k = rng.randint(k_lo, k_hi)
    picks = below[:k] + above[:n - k]
    rest = below[k:] + above[n - k:]
    out: list[str] = []
    seen_vals: list[float] = [a.low]
    gap = 0.03 if (a.decimals and a.unit in MEASURES) else (0.0 if _small(a) else
                                                            0.04 if a.unit == "percent" else 0.08)
    for lo, hi in picks + rest:
        if len(out) == n:
            break
        if lo <= 0 or any(abs(lo - p) <= gap * max(lo, p) for p in seen_vals):
            continue
        if a.unit == "percent" and (lo >= 100 or (hi or 0) >= 100) and a.low < 100:
            continue
        if majority and lo <= 50:
            continue
        cand = replace(a, low=lo, high=hi)
        if any(_same_quantity(cand, b) for b in avoid):
            continue
        seen_vals.append(lo)
        out.append(format_amount(a, lo, hi))
    return out


def _round_step(a: Amount) -> int:
    """How far apart small wrong amounts lie: a round key gets round neighbours ("12 months" against
    6, 18 and 24 months; "about 10 minutes" against 5, 15 and 20), an "about" figure neighbours that are
    clearly different ("about 7" against 5 and 9, never 8); otherwise one apart ("four" against three)."""
    base = int(a.low)
    if a.unit == "month" and base % 6 == 0:
        return 6
    if base == 10 or (a.unit in ("hour", "year") and base == 12):
        return 5 if base == 10 else 6
    if a.unit == "hour" and base % 24 == 0:
        return 12 if base == 24 else 24  # "24 hours" against 12, 36 and 48, not 33 or 10
    if a.unit in ("decade", "century"):
        return 1  # "three decades" against two, four and five: seven or nine decades are absurd for most stories
    if a.approx.strip():
        return 2
    return 1


def _small(a: Amount) -> bool:
    """A count small or round enough for neighbours a fixed step apart (also "24 hours", "48 hours")."""
    return (a.low <= 12 or a.unit == "hour" and a.low in (24, 48, 72)) and a.high is None and float(a.low).is_integer() and not a.decimals and \
        not a.currency_symbol and not a.scale and a.unit != "percent"


def _near_values(a: Amount, rng, majority: bool = False) -> tuple[list[tuple[float, float | None]], list[tuple[float, float | None]]]:
    """Candidate wrong values below and above the answer, nearest-ish first, in random order."""
    below: list[tuple[float, float | None]] = []
    above: list[tuple[float, float | None]] = []
    if a.high is not None:
        span = a.high - a.low
        # Whole-number ranges step past each other: "four to five" never meets "five to six".
        step = span + 1.0 if not a.decimals and float(span).is_integer() else max(span, 1.0 if not a.decimals else span)
        for d in (1, 2, 3, 4):
            for sign, bucket in ((-1, below), (1, above)):
                lo = _round_like(a.low + sign * d * step * rng.uniform(0.9, 1.3), a)
                hi = _round_like(lo + span, a)
                if lo >= 1 and hi > lo:
                    bucket.append((lo, hi))
        return below, above
    if a.decimals and a.unit in MEASURES:
        fs_lo = sorted(rng.sample([0.9, 0.92, 0.94, 0.96, 0.97], 3))
        fs_hi = sorted(rng.sample([1.03, 1.04, 1.06, 1.08, 1.1], 3))
        return ([(round(a.low * f, a.decimals), None) for f in reversed(fs_lo)],
                [(round(a.low * f, a.decimals), None) for f in fs_hi])
    if _small(a):
        base = int(a.low)
        step = _round_step(a)
        below = [(float(v), None) for v in (base - step, base - 2 * step, base - 3 * step) if v >= 2]
        above = [(float(v), None) for v in (base + step, base + 2 * step, base + 3 * step)]
        if rng.random() < 0.5:
            below = below[:1] + below[2:] + below[1:2]
            above = above[:1] + above[2:] + above[1:2]
        return below, above
    if a.unit == "percent" and a.low <= 100:
        # Points, not ratios: 72% gets 64% or 79%, not 36% or 144%.
        step = max(1.0, min(a.low, 100 - a.low) * 0.3, 3.0 if a.low >= 10 else 0.5)
        step = min(step, max(1.0, a.low * 0.6)) if a.low < 10 else step
        if majority:
            step = max(2.0, min(step, (a.low - 50) / 2.2))  # 61% among 55%, 66%, 72%: all wins
        # A round key ("60%", "25%") gets round neighbours, or it stands out among 39% and 48%.
        grain = 10 if a.low % 10 == 0 and not a.decimals and a.low >= 20 else \
            5 if a.low % 5 == 0 and not a.decimals and a.low >= 10 else 0
        for d in (1, 2, 3, 4):
            for sign, bucket in ((-1, below), (1, above)):
                v = a.low + sign * step * d * rng.uniform(0.8, 1.1)
                if grain:
                    v = a.low + sign * grain * max(d, round(step * d / grain))
                if 0 < v < 100:
                    v = round(v, a.decimals) if a.decimals else float(max(1, round(v)))
                    bucket.append((v, None))
        return below, above
    for lo_f, hi_f in ((0.6, 0.85), (0.4, 0.65), (0.3, 0.45)):
        below.append((_round_like(a.low * rng.uniform(lo_f, hi_f), a), None))
    for lo_f, hi_f in ((1.15, 1.45), (1.5, 1.9), (2.0, 2.6)):
        above.append((_round_like(a.low * rng.uniform(lo_f, hi_f), a), None))
    return below, above


def _same_quantity(x: Amount, y: Amount) -> bool:
    """Whether two amounts could be the same quantity (equal value in a compatible unit)."""
    if x.days is not None and y.days is not None:
        xs = {x.low * TIME_UNITS[x.unit]} | ({x.high * TIME_UNITS[x.unit]} if x.high else set())
        ys = {y.low * TIME_UNITS[y.unit]} | ({y.high * TIME_UNITS[y.unit]} if y.high else set())
        return any(abs(p - q) <= 0.05 * max(p, q) for p in xs for q in ys)
    if x.unit != y.unit and not (x.unit in CURRENCIES.values() and y.unit in CURRENCIES.values()):
        if x.unit and y.unit:
            return False
    xv = {x.value} | ({x.high * SCALES.get(x.scale.strip().lower(), 1)} if x.high else set())
    yv = {y.value} | ({y.high * SCALES.get(y.scale.strip().lower(), 1)} if y.high else set())
    return any(abs(p - q) <= 0.01 * max(abs(p), abs(q)) for p in xv for q in yv)
