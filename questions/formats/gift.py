"""Provides Moodle GIFT import and export: GIFT text to a pack of questions, and a pack to GIFT.

Reading follows Moodle's own GIFT reader (questions separated by blank lines; `//` comment lines;
`::name::`; `[html]`, `[moodle]`, `[plain]`, `[markdown]`; one `{...}` answer block; `\\` escapes).
What newsquiz does differently, on purpose:

- Text becomes plain terminal text: HTML is converted (tags dropped, `<br>` and `<p>` as line
  breaks, entities decoded), `**bold**` markdown loses its stars, line breaks in the source become
  spaces and `\\n` a line break. `\\\\` is one backslash. Nothing is read as Rich markup.
- Stray punctuation after an answer block that ends a sentence (`...places)? {#3.14}.`) is dropped
  instead of making a blank; text with words after the block makes a missing-word question.
- Essays (`{}`) and descriptions (no answer block) cannot be played: they are listed as skipped.
  So is a question the player could not answer as written (a single-answer question with two
  right answers, say), with `check_question`'s reason.
- Numerical questions' catch-all wrong feedback (`{#3:2 ~#Wrong}`) has no number to hang on and
  is dropped; the question is kept.
- Weights are read as any percentage from -100 to 100; 33.33333 is taken as 1/3.

Export writes one question per block, named by its id, with `[plain]` where the text could be
taken for HTML. The first tag becomes the question's `$CATEGORY:` (under the pack's title). GIFT has
no ordering questions (nor short answers with "->"): those are left out, each with a `//` comment
saying so (`cannot_export`).
Nor does it have difficulty, sources, or more than one category per question.
"""

from __future__ import annotations

import html
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from fractions import Fraction
from html.parser import HTMLParser

from questions.errors import PackError, Problem
from questions.formats import ImportResult, Skipped, slugify, title_from_file, unique_id
from questions.model import Option, Pack, PackInfo, Question
from questions.packs import check_question

BLANK = "_____"
"""What stands in the prompt where a missing-word question's answer block was."""

_ESCAPABLE = "~=#{}:"
_MARKER = re.compile(r"\[(html|moodle|plain|markdown)\]", re.I)
_HTMLISH = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?\s*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+\d*);")
_WEIGHT = re.compile(r"\s*%\s*(-?\d+(?:\.\d*)?|-?\.\d+)\s*%")
_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"({_NUM})\.\.({_NUM})")
_VALUE = re.compile(rf"({_NUM})(?::({_NUM}))?")
_SENTENCE_END = (".", "?", "!", ":")
_CATEGORY = "$CATEGORY:"


# --- GIFT source with its escapes resolved ------------------------------------------------------------


class _Src:
    """A stretch of GIFT source, escapes resolved: char i came from file offset `pos[i]`; `esc[i]`
    says it was escaped (so it is text, never syntax)."""

    __slots__ = ("s", "esc", "pos")

    def __init__(self, s: str, esc: list[bool], pos: list[int]):
        self.s, self.esc, self.pos = s, esc, pos

    def __getitem__(self, part: slice) -> _Src:
        return _Src(self.s[part], self.esc[part], self.pos[part])

    def at(self, i: int = 0) -> int:
        """File offset of char `i` (or of the nearest one)."""
        return self.pos[max(0, min(i, len(self.pos) - 1))] if self.pos else 0

    def find(self, token: str, start: int = 0) -> int:
        """Index of the first unescaped `token` from `start`, or -1."""
        i = self.s.find(token, start)
        while i >= 0 and any(self.esc[i:i + len(token)]):
            i = self.s.find(token, i + 1)
        return i

    def startswith(self, token: str) -> bool:
        return self.s.startswith(token) and not any(self.esc[:len(token)])

    def strip(self) -> _Src:
        a, b = 0, len(self.s)
        while a < b and self.s[a].isspace() and not self.esc[a]:
            a += 1
        while b > a and self.s[b - 1].isspace() and not self.esc[b - 1]:
            b -= 1
        return self[a:b]

    def text(self) -> str:
        """The text: a line break in the source (with the spaces around it) is one space; `\\n` stays."""
        out: list[str] = []
        i, n = 0, len(self.s)
        while i < n:
            if self.s[i].isspace() and not self.esc[i]:
                j = i
                while j < n and self.s[j].isspace() and not self.esc[j]:
                    j += 1
                run = self.s[i:j]
                out.append(" " if "\n" in run or "\r" in run else run)
                i = j
            else:
                out.append(self.s[i])
                i += 1
        return "".join(out)


def _decode(lines: list[tuple[int, str]]) -> _Src:
    """The lines (each with its file offset) as one `_Src`, joined by unescaped line breaks."""
    chars: list[str] = []
    esc: list[bool] = []
    pos: list[int] = []

    def add(char: str, escaped: bool, offset: int) -> None:
        chars.append(char)
        esc.append(escaped)
        pos.append(offset)

    for k, (offset, line) in enumerate(lines):
        if k:
            add("\n", False, offset - 1)
        i = 0
        while i < len(line):
            nxt = line[i + 1:i + 2]
            if line[i] == "\\" and nxt and (nxt in _ESCAPABLE or nxt in "\\n"):
                add("\n" if nxt == "n" else nxt, True, offset + i)
                i += 2
            else:
                add(line[i], False, offset + i)
                i += 1
    return _Src("".join(chars), esc, pos)


def _chunks(text: str) -> list[list[tuple[int, str]]]:
    """The questions of a file: runs of lines between blank lines, comment lines left out."""
    chunks: list[list[tuple[int, str]]] = [[]]
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if chunks[-1]:
                chunks.append([])
        elif not stripped.startswith("//"):
            chunks[-1].append((offset, line))
        offset += len(line) + 1
    return [c for c in chunks if c]


# --- text formats -------------------------------------------------------------------------------------


class _HTMLText(HTMLParser):
    """Collects the text of an HTML fragment, with line breaks where blocks and `<br>` were."""

    BLOCKS = {"p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "section",
              "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag == "br" or tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "img" and (alt := dict(attrs).get("alt")):
            self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, `<br>` and blocks as line breaks, entities decoded."""
    parser = _HTMLText()
    try:
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # html.parser gives up on some broken markup (AssertionError); strip it roughly
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _to_plain(text: str, fmt: str) -> str:
    if fmt == "markdown":
        text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`", lambda m: next(g for g in m.groups() if g), text)
        return re.sub(r"\[([^\]\n]+)\]\(([^)\s]+)\)", r"\1 (\2)", text)
    if fmt == "html" or (fmt == "moodle" and _HTMLISH.search(text)):
        return html_to_text(text)
    return text


def _with_marker(src: _Src, default: str) -> tuple[str, _Src]:
    """The text format named at the start of `src` (or `default`), and the rest of `src`."""
    src = src.strip()
    m = _MARKER.match(src.s)
    return (m.group(1).lower(), src[m.end():].strip()) if m else (default, src)


def _convert(src: _Src, fmt: str) -> str:
    fmt, src = _with_marker(src, fmt)
    return _to_plain(src.text(), fmt).strip()


def _join_prompt(before: str, after: str, fmt: str) -> str:
    """The prompt from the text before and after the answer block, with a blank where it was."""
    if not after.strip():
        text = before
    elif not any(c.isalnum() for c in after) and _to_plain(before, fmt).rstrip().endswith(_SENTENCE_END):
        text = before  # stray punctuation after a finished sentence: `...? {#3.14}.` or `{T}";`
    else:
        text = before + BLANK + after
    return _to_plain(text, fmt).strip()


# --- reading ------------------------------------------------------------------------------------------


class _Bad(Exception):
    """A syntax problem at a file offset (caught per question, reported with line and column)."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message, self.offset = message, offset


@dataclass
class _Draft:
    """A question as read, before it gets its id and is checked."""

    name: str | None
    type: str
    prompt: str
    options: list[Option]
    pairs: list[tuple[str, str]]
    explanation: str | None


def _snap(percent: float) -> float:
    """A weight as a share, with Moodle's rounded thirds, sixths... taken as the exact fraction."""
    share = percent / 100
    near = Fraction(share).limit_denominator(100)
    return float(near) if abs(float(near) - share) < 1e-6 else share


def _weight(piece: _Src, default: float) -> tuple[float, _Src]:
    m = _WEIGHT.match(piece.s)
    if not m:
        return default, piece
    percent = float(m.group(1))
    if not -100 <= percent <= 100:
        raise _Bad(f"the weight %{m.group(1)}% is not between %-100% and %100%", piece.at())
    return _snap(percent), piece[m.end():]


def _split_feedback(piece: _Src, fmt: str) -> tuple[str, str | None]:
    k = piece.find("#")
    if k < 0:
        return _convert(piece, fmt), None
    return _convert(piece[:k], fmt), _convert(piece[k + 1:], fmt) or None


def _answers(body: _Src, markers: str, what: str) -> list[tuple[str, _Src]]:
    """The answers of a block, each as (marker, text after it); text before the first is an error."""
    starts = [i for i, c in enumerate(body.s) if c in markers and not body.esc[i]]
    if not starts:
        raise _Bad(f"no answers in the answer block: {what}", body.at())
    lead = body[:starts[0]].strip()
    if lead.s:
        raise _Bad(f"text before the first answer: {what}", lead.at())
    return [(body.s[i], body[i + 1:j]) for i, j in zip(starts, starts[1:] + [len(body.s)])]


def _number(spec_src: _Src, credit: float, feedback: str | None) -> Option:
    spec = "".join(spec_src.text().split())
    try:
        if m := _RANGE.fullmatch(spec):
            low, high = float(m.group(1)), float(m.group(2))
            if math.isfinite(low) and math.isfinite(high):
                return Option(min=low, max=high, credit=credit, feedback=feedback)
        elif m := _VALUE.fullmatch(spec):
            value = float(m.group(1))
            tolerance = float(m.group(2)) if m.group(2) is not None else None
            if tolerance is not None and tolerance < 0:
                raise _Bad(f"the tolerance in '{spec}' is below zero", spec_src.at())
            if math.isfinite(value) and (tolerance is None or math.isfinite(tolerance)):
                return Option(value=value, tolerance=tolerance, credit=credit, feedback=feedback)
    except ValueError:
        pass
    raise _Bad(f"'{spec}' is not a number: write 1822, 3.14:0.01 (with a tolerance) or 3.1..3.2 "
               f"(a range)", spec_src.at())


def _numerical(body: _Src, fmt: str) -> list[Option]:
    body = body[1:].strip()  # the leading '#'
    tilde = body.find("~")
    if tilde >= 0:
        body = body[:tilde]  # Moodle's catch-all wrong feedback: there is no number to keep it with
    starts = [i for i, c in enumerate(body.s) if c == "=" and not body.esc[i]]
    pieces = [body[:starts[0]] if starts else body] + [body[i + 1:j] for i, j in
                                                       zip(starts, starts[1:] + [len(body.s)])]
    options = []
    for k, piece in enumerate(pieces):
        if k == 0 and not piece.strip().s:
            continue
        credit, piece = _weight(piece, 1.0)
        cut = piece.find("#")
        spec = piece[:cut] if cut >= 0 else piece
        feedback = (_convert(piece[cut + 1:], fmt) or None) if cut >= 0 else None
        if not spec.strip().s:
            raise _Bad("an answer of a numerical question has no number", piece.at())
        options.append(_number(spec, credit, feedback))
    if not options:
        raise _Bad("a numerical question ({#...}) needs a number", body.at())
    return options


def _read_block(body: _Src, fmt: str) -> tuple[str, list[Option], list[tuple[str, str]]]:
    """The type, options and pairs of a non-empty answer block (general feedback already taken off)."""
    if body.startswith("#"):
        return "number", _numerical(body, fmt), []
    if body.find("~") >= 0:
        options, has_right = [], False
        for marker, piece in _answers(body, "=~", "start each answer with = (right) or ~ (wrong)"):
            credit, piece = _weight(piece, 1.0 if marker == "=" else 0.0)
            has_right |= marker == "="
            text, feedback = _split_feedback(piece, fmt)
            options.append(Option(text=text, credit=credit, feedback=feedback))
        full = [o for o in options if o.credit >= 1.0 - 1e-9]
        single = has_right or (len(full) == 1 and all(o.credit <= 0 for o in options if o is not full[0]))
        return ("choice" if single else "multi"), options, []
    if body.find("=") >= 0 and body.find("->") >= 0:
        pairs = []
        for _, piece in _answers(body, "=", "start each pair with =, like =Canada -> Ottawa"):
            arrow = piece.find("->")
            if arrow < 0:
                raise _Bad("a matching pair needs -> between its two sides", piece.at())
            pairs.append((_convert(piece[:arrow], fmt), piece[arrow + 2:].text().strip()))
        return "match", [], pairs
    cut = body.find("#")
    word = (body[:cut] if cut >= 0 else body).text().strip().upper()
    if word in ("T", "TRUE", "F", "FALSE"):
        wrong_fb = right_fb = None
        if cut >= 0:
            rest = body[cut + 1:]
            second = rest.find("#")
            wrong_fb = _convert(rest[:second] if second >= 0 else rest, fmt) or None
            right_fb = (_convert(rest[second + 1:], fmt) or None) if second >= 0 else None
        truth = word in ("T", "TRUE")
        return "truefalse", [
            Option(text="True", credit=1.0 if truth else 0.0, feedback=right_fb if truth else wrong_fb),
            Option(text="False", credit=0.0 if truth else 1.0, feedback=wrong_fb if truth else right_fb),
        ], []
    options = []
    what = "start each answer with = (right) or ~ (wrong), or write T or F, or # and a number"
    for _, piece in _answers(body, "=", what):
        credit, piece = _weight(piece, 1.0)
        text, feedback = _split_feedback(piece, fmt)
        options.append(Option(text=text, credit=credit, feedback=feedback))
    return "short", options, []


def _read_question(src: _Src) -> _Draft | tuple[str | None, str]:
    """One question's source read as a draft, or its name and the reason it cannot be played."""
    name = None
    if src.startswith("::"):
        end = src.find("::", 2)
        if end < 0:
            raise _Bad("the question's name is not closed: write ::name:: before the question", src.at())
        name = src[2:end].text().strip() or None
        src = src[end + 2:].strip()
    fmt, src = _with_marker(src, "moodle")
    opening, closing = src.find("{"), src.find("}")
    if opening < 0 and closing < 0:
        return name, "a description (no answer block { }): there is nothing to answer"
    if opening < 0 or 0 <= closing < opening:
        raise _Bad("a } with no { before it (write \\} for a brace in the text)", src.at(closing))
    if closing < 0:
        raise _Bad("the answer block is not closed: this { has no matching }", src.at(opening))
    block, after = src[opening + 1:closing], src[closing + 1:]
    if (inner := block.find("{")) >= 0:
        raise _Bad("a { inside the answer block (write \\{ for a brace in the text)", block.at(inner))
    for brace in "{}":
        if (k := after.find(brace)) >= 0:
            raise _Bad(f"a {brace} after the answer block: a question has one block (write \\{brace} "
                       f"for a brace in the text)", after.at(k))
    explanation = None
    if (k := block.find("####")) >= 0:
        explanation = _convert(block[k + 4:], fmt) or None
        block = block[:k]
    block = block.strip()
    if not block.s:
        return name, "an essay ({}): answered in free text and marked by hand, which a quiz cannot do"
    qtype, options, pairs = _read_block(block, fmt)
    prompt = _join_prompt(src[:opening].text(), after.text(), fmt)
    return _Draft(name, qtype, prompt, options, pairs, explanation)


def _category_tag(path: str) -> str | None:
    """The tag for a `$CATEGORY:` path: its last part, unless that is Moodle's `$course$` or top."""
    parts = [p.replace("//", "/").strip() for p in re.split(r"(?<!/)/(?!/)", path)]
    last = parts[-1] if parts else ""
    if not last or last.lower() == "top" or re.fullmatch(r"\$\w+\$", last):
        return None
    return slugify(last) or None


def import_gift(text: str, *, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    """Read Moodle GIFT text into a pack (no article) of questions with origin "imported".

    `file` names the source in messages; `title` defaults to one made from the file's name. Returns
    the pack and the questions that cannot be played (essays, descriptions...) with their lines.
    Raises PackError listing every syntax problem (an unclosed brace, a bad number...) with its
    line and column; nothing is imported then.
    """
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keeps offsets, so columns on line 1 stay right
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(offset: int) -> tuple[int, int]:
        line = bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    problems: list[Problem] = []
    skipped: list[Skipped] = []
    questions: list[Question] = []
    taken: set[str] = set()
    tag: str | None = None
    for chunk in _chunks(text):
        src = _decode(chunk).strip()
        if src.startswith(_CATEGORY):
            end = src.find("\n")
            tag = _category_tag(src[len(_CATEGORY):end if end >= 0 else len(src.s)].text().strip())
            if end < 0:
                continue
            src = src[end:].strip()
        line = where(src.at())[0]
        try:
            draft = _read_question(src)
        except _Bad as bad:
            problems.append(Problem(file, bad.message, *where(bad.offset)))
            continue
        if isinstance(draft, tuple):
            name, reason = draft
            skipped.append(Skipped(line, f"'{name}': {reason}" if name else reason))
            continue
        qid = unique_id(slugify(draft.name or "") or f"q{len(questions) + 1}", taken)
        question = Question(id=qid, type=draft.type, prompt=draft.prompt, options=draft.options,
                            pairs=draft.pairs, explanation=draft.explanation, origin="imported",
                            tags=[tag] if tag else [])
        trouble = [message for message, _ in check_question(question)]
        if trouble:
            taken.discard(qid)
            named = f"'{draft.name}' " if draft.name else ""
            skipped.append(Skipped(line, f"{named}({draft.type}): {'; '.join(trouble)}"))
            continue
        questions.append(question)
    if problems:
        raise PackError(problems)
    if not questions and not skipped:
        raise PackError(Problem(file, "no questions found (GIFT questions are separated by blank lines)", 1))
    info = PackInfo(id=pack_id, title=title or title_from_file(file))
    return ImportResult(Pack(pack=info, questions=questions), skipped)


# --- writing ------------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    """Text as GIFT: control characters escaped, line breaks as \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for i, c in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c == "\\":
            # A backslash is only doubled where it would otherwise start an escape.
            # (a line break after it is written "\\n", which starts with a backslash too)
            out.append("\\\\" if not nxt or nxt in _ESCAPABLE or nxt in "\\n\n" else "\\")
        elif c in _ESCAPABLE:
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        else:
            out.append(c)
    return "".join(out)


def _needs_plain(text: str, fmt: str = "moodle") -> bool:
    return bool(_MARKER.match(text.lstrip())) or (fmt != "plain" and bool(_HTMLISH.search(text)))


def _piece(text: str, fmt: str) -> str:
    """An answer or feedback text, marked [plain] where it could be taken for HTML or a marker."""
    return ("[plain]" if _needs_plain(text, fmt) else "") + _esc(text)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def _pct(credit: float) -> str:
    text = f"{credit * 100:.5f}".rstrip("0").rstrip(".")
    return "%" + ("0" if text in ("", "-0") else text) + "%"


def _weighted(marker: str, credit: float, default: float, text: str, fmt: str) -> str:
    # A text starting with % would be read as a weight, so its weight is always written out.
    weight = "" if abs(credit - default) < 1e-9 and not text.startswith("%") else _pct(credit)
    return marker + weight + _piece(text, fmt)


def _fb(feedback: str | None, fmt: str) -> str:
    return "#" + _piece(feedback, fmt) if feedback else ""


def _block_lines(q: Question, fmt: str) -> list[str]:
    """The lines inside a question's answer block."""
    if q.type in ("choice", "multi"):
        lines = []
        for o in q.options:
            right = q.type == "choice" and o.credit >= 1.0 - 1e-9
            marker, default = ("=", 1.0) if right else ("~", 0.0)
            lines.append(_weighted(marker, o.credit, default, o.text or "", fmt) + _fb(o.feedback, fmt))
        return lines
    if q.type == "truefalse":
        right = next((o for o in q.options if o.credit >= 1.0 - 1e-9), None)
        wrong = next((o for o in q.options if o is not right), None)
        word = "TRUE" if right is not None and right.text == "True" else "FALSE"
        right_fb, wrong_fb = right.feedback if right else None, wrong.feedback if wrong else None
        if right_fb:
            return [f"{word}#{_piece(wrong_fb or '', fmt)}#{_piece(right_fb, fmt)}"]
        return [word + _fb(wrong_fb, fmt)]
    if q.type == "short":
        return [_weighted("=", o.credit, 1.0, o.text or "", fmt) + _fb(o.feedback, fmt) for o in q.options]
    if q.type == "number":
        specs = []
        for o in q.options:
            if o.min is not None and o.max is not None:
                spec = f"{_num(o.min)}..{_num(o.max)}"
            else:
                spec = _num(o.value or 0.0) + (f":{_num(o.tolerance)}" if o.tolerance is not None else "")
            specs.append((o.credit, spec + _fb(o.feedback, fmt)))
        if len(specs) == 1 and abs(specs[0][0] - 1.0) < 1e-9:
            return ["#" + specs[0][1]]
        return ["#"] + ["=" + ("" if abs(c - 1.0) < 1e-9 else _pct(c)) + s for c, s in specs]
    if q.type == "match":
        return [f"={_piece(a, fmt) if a else ''} -> {_esc(b)}" for a, b in q.pairs]
    return []


def cannot_export(pack: Pack) -> list[Question]:
    """The questions of `pack` that GIFT cannot hold; `export_gift` leaves them out: ordering
    questions, and short answers with "->" in an answer (Moodle would read them as matching)."""
    return [q for q in pack.questions if why_not(q)]


def why_not(q: Question) -> str | None:
    """Why GIFT cannot hold question `q`, or None when it can."""
    if q.type == "order":
        return "GIFT has no order questions"
    if q.type == "short" and any("->" in (o.text or "") for o in q.options):
        return "GIFT would read a short answer with '->' in it as a matching question"
    return None


def _question_gift(q: Question) -> str:
    fmt = "plain" if _needs_plain(q.prompt) else "moodle"
    lines = _block_lines(q, fmt)
    if q.explanation:
        lines.append("####" + _piece(q.explanation, fmt))
    block = "{\n" + "".join(f"\t{line}\n" for line in lines) + "}"
    prompt = q.prompt.strip()
    head = f"::{_esc(q.id)}::" + ("[plain]" if fmt == "plain" else "")
    at = prompt.find(BLANK)
    if at >= 0:
        before, after = prompt[:at], prompt[at + len(BLANK):]
        if _join_prompt(before, after, fmt) == prompt:  # it reads back as the same prompt
            return head + _esc(before) + block + _esc(after)
    return head + _esc(prompt) + block


def export_gift(pack: Pack) -> str:
    """The pack as GIFT text that Moodle imports (Question bank > Import > GIFT format).

    Questions GIFT cannot hold (`cannot_export`) are left out with a `//` comment in their place.
    """
    title = " ".join(pack.title.split())
    out = [f"// {title} (newsquiz pack '{pack.id}')", "// GIFT for Moodle: Question bank > Import > GIFT format", ""]
    tagged = any(q.tags for q in pack.questions)
    category: str | None = None
    for q in pack.questions:
        why = why_not(q)
        if why:
            out += [f"// left out: '{q.id}': {why}", ""]
            continue
        if tagged:
            path = "$course$/top/" + title.replace("/", "//")
            if q.tags:
                path += "/" + q.tags[0].replace("/", "//")
            if path != category:
                out += [f"$CATEGORY: {path}", ""]
                category = path
        out += [f"// {q.type}", _question_gift(q), ""]
    return "\n".join(out)
