"""Provides spreadsheet import (CSV and .xlsx) and CSV export of packs.

The header row decides the layout, matched without regard to case or spacing:

- Kahoot's quiz template: "Question", "Answer 1".."Answer 4", "Time limit (sec)", "Correct
  answer(s)" (answer numbers, comma-separated when several are right: a multi question with equal
  credits). The template's title rows above the header are passed over, and its long headers
  ("Question - max 120 characters") are recognised. The time limit is not kept.
- A simple layout: "Question", "Answer", "Wrong 1", "Wrong 2"..., and optionally "Explanation" and
  "Type" (choice, short or truefalse). Without wrong answers a row is a typed (short) answer, or
  true/false when the answer is True or False. In a short row each line of the Answer cell is an
  accepted answer.

CSV is read with either `,`, `;` or tab between cells (whichever gives a header row), from UTF-8
with or without a byte-order mark, or UTF-16 with one. Other encodings are refused with a message
saying to save the file as "CSV UTF-8": a Latin-1 or Windows-1252 file cannot be told from other
8-bit encodings reliably, and a wrong guess would silently garble accents.

Every bad row is reported at once, with its line; nothing is imported then. Export writes the simple
layout (with a byte-order mark, so that Excel reads it as UTF-8); it holds choice, short and
truefalse questions, without per-option feedback or partial credit (`cannot_export` lists the rest).
Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are written with a
leading apostrophe, which import takes off again.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from questions.errors import PackError, Problem
from questions.formats import ImportResult, title_from_file
from questions.model import Option, Pack, PackInfo, Question
from questions.packs import check_question

MAX_BYTES = 5_000_000
MAX_ROWS = 20_000
_HEADER_SEARCH = 30
"""How many rows from the top may come before the header row (Kahoot puts a title block there)."""

_DELIMITERS = (",", ";", "\t")
_COLUMNS = [
    (r"question", "question"),
    (r"answer ?([1-9])", "answer {}"),
    (r"correct answer\(s\)|correct answers?", "correct"),
    (r"(?:right )?answer", "answer"),
    (r"wrong(?: answer)? ?(\d{1,2})", "wrong {}"),
    (r"explanation", "explanation"),
    (r"time limit(?: \(sec(?:onds)?\))?", "time"),
    (r"type", "type"),
]
_NAMES = {"question": "Question", "answer": "Answer", "correct": "Correct answer(s)",
          "explanation": "Explanation", "time": "Time limit (sec)", "type": "Type"}
_FORMULA = re.compile(r"'*[=+\-@\t\r]")

Row = tuple[int, list[str]]
"""A row: the line (CSV) or row number (.xlsx) where it starts, and its cells."""


def _column_key(cell: str) -> str | None:
    """Which column a header cell names ("answer 2", "wrong 1", "question"...), or None."""
    norm = " ".join(cell.split()).lower()
    for pattern, key in _COLUMNS:
        # A long header may explain itself after a dash, colon or bracket: "Question - max 120 characters".
        m = re.fullmatch(rf"(?:{pattern})(?:\s*[-–—:(].*)?", norm)
        if m:
            return key.format(*[g for g in m.groups() if g])
    return None


def _name(key: str) -> str:
    return _NAMES.get(key) or key.capitalize()


# --- reading cells --------------------------------------------------------------------------------------


def _decode(data: bytes, file: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PackError("the file starts like UTF-16 text but is not; save it as CSV UTF-8", file) from None
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise PackError("this is an old Excel .xls file: save it as .xlsx or as CSV UTF-8 and import that",
                        file)
    if b"\x00" in data[:8192]:
        raise PackError("this is a binary file, not a CSV or .xlsx spreadsheet", file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise PackError(Problem(file, "the file is not UTF-8 text: in your spreadsheet program save it "
                                      "as \"CSV UTF-8\" and import it again", line)) from None


def _csv_rows(text: str, delimiter: str, file: str, limit: int | None = None) -> list[Row]:
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            rows.append((start, [c.strip() for c in cells]))
            start = reader.line_num + 1
            if limit is not None and len(rows) >= limit:
                break
            if len(rows) > MAX_ROWS:
                raise PackError(Problem(file, f"more than {MAX_ROWS:,} rows; split the file", start))
    except csv.Error as e:
        raise PackError(Problem(file, f"cannot read this as CSV: {e}", reader.line_num or 1)) from None
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value).strip()


def _xlsx_rows(data: bytes, file: str) -> list[Row]:
    try:
        from openpyxl import load_workbook  # only .xlsx needs it; keep it off every other path

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = []
            for n, values in enumerate(sheet.iter_rows(values_only=True), 1):
                if n > MAX_ROWS:
                    raise PackError(Problem(file, f"more than {MAX_ROWS:,} rows; split the file", n))
                rows.append((n, [_cell(v) for v in values]))
        finally:
            book.close()
    except PackError:
        raise
    except Exception as e:  # a damaged .xlsx fails in zipfile, XML or openpyxl, each its own way
        raise PackError(f"cannot read this .xlsx file ({type(e).__name__}); open it in a spreadsheet "
                        f"program, save it again and retry", file) from None
    return rows


# --- finding the header ---------------------------------------------------------------------------------


def _header(rows: list[Row]) -> tuple[int, dict[str, int]] | None:
    """The index of the header row in `rows` and its columns (key -> cell index), or None."""
    for i, (_, cells) in enumerate(rows[:_HEADER_SEARCH]):
        keys = [_column_key(c) for c in cells]
        if "question" in keys:
            columns: dict[str, int] = {}
            for j, key in enumerate(keys):
                if key is not None:
                    columns.setdefault(key, j)
            return i, columns
    return None


def _table(data: str | bytes, file: str) -> tuple[list[Row], int, dict[str, int]]:
    """The rows of the file, the index of its header row and the header's columns."""
    if isinstance(data, bytes) and data.startswith(b"PK\x03\x04"):
        rows = _xlsx_rows(data, file)
    else:
        text = _decode(data, file) if isinstance(data, bytes) else data.removeprefix("\ufeff")
        if not text.strip():
            raise PackError(Problem(file, "the file is empty", 1))
        # The delimiter is whichever makes the best header row: most columns recognised.
        best, most = ",", 0
        for delimiter in _DELIMITERS:
            found = _header(_csv_rows(text, delimiter, file, limit=_HEADER_SEARCH))
            if found and len(found[1]) > most:
                best, most = delimiter, len(found[1])
        rows = _csv_rows(text, best, file)
    found = _header(rows)
    if found is None:
        first = next((n for n, cells in rows if any(cells)), 1)
        raise PackError(Problem(file, "missing column 'Question': the first row must name the columns, "
                                      "like Question, Answer, Wrong 1, Wrong 2, Wrong 3, Explanation "
                                      "(or use Kahoot's quiz template)", first, 1))
    return rows, found[0], found[1]


# --- building questions ---------------------------------------------------------------------------------


class _Columns:
    """The header's columns: which cell of a row holds what."""

    def __init__(self, columns: dict[str, int]):
        self.map = columns
        self.keys = set(columns)
        self.wrong_keys = sorted((k for k in columns if k.startswith("wrong ")), key=lambda k: int(k[6:]))

    def index(self, key: str) -> int | None:
        """1-based column of `key`, for messages."""
        return self.map[key] + 1 if key in self.map else None


class _RowError(Exception):
    def __init__(self, message: str, column: int | None = None):
        super().__init__(message)
        self.message, self.column = message, column


def _truth(text: str) -> str | None:
    return {"true": "True", "false": "False"}.get(text.strip().lower())


def _unprotect(cell: str) -> str:
    """A cell without the apostrophe that kept a spreadsheet from running it as a formula."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def _truefalse(answer: str) -> list[Option]:
    return [Option(text="True", credit=1.0 if answer == "True" else 0.0),
            Option(text="False", credit=1.0 if answer == "False" else 0.0)]


def _simple_row(get: Callable[[str], str], col: _Columns) -> tuple[str, list[Option]]:
    """The type and options of a row in the simple layout."""
    answer = get("answer")
    wrongs = [w for w in (get(k) for k in col.wrong_keys) if w]
    kind = get("type").lower()
    if not answer:
        raise _RowError("no answer: fill in the Answer column", col.index("answer"))
    if not kind:
        truth = _truth(answer)
        if truth and all(_truth(w) == ("False" if truth == "True" else "True") for w in wrongs):
            kind = "truefalse"
        else:
            kind = "choice" if wrongs else "short"
    if kind == "choice":
        if not wrongs:
            raise _RowError("a choice question needs wrong answers in the Wrong columns",
                            col.index(col.wrong_keys[0]) if col.wrong_keys else None)
        if answer in wrongs:
            raise _RowError(f"the answer '{answer}' is also given as a wrong answer")
        return "choice", [Option(text=answer, credit=1.0)] + [Option(text=w) for w in wrongs]
    if kind == "short":
        if wrongs:
            raise _RowError("a short (typed) answer has no wrong answers: empty the Wrong columns or "
                            "set Type to choice", col.index("type"))
        accepted = [line.strip() for line in answer.splitlines() if line.strip()]
        return "short", [Option(text=a, credit=1.0) for a in accepted]
    if kind == "truefalse":
        truth = _truth(answer)
        if truth is None:
            raise _RowError("a truefalse answer must be True or False", col.index("answer"))
        return "truefalse", _truefalse(truth)
    raise _RowError(f"unknown type '{get('type')}': use choice, short or truefalse", col.index("type"))


def _kahoot_row(get: Callable[[str], str], col: _Columns) -> tuple[str, list[Option]]:
    """The type and options of a row in Kahoot's layout."""
    answers = {n: get(f"answer {n}") for n in range(1, 10) if f"answer {n}" in col.keys}
    marked = get("correct")
    where = col.index("correct")
    if not marked:
        raise _RowError("no correct answer: write its number (1 to 4) in Correct answer(s)", where)
    numbers: list[int] = []
    for part in re.split(r"[,;\s]+", marked.strip()):
        if not part:
            continue
        if not part.isdigit() or int(part) not in answers:
            raise _RowError(f"Correct answer(s) must be answer numbers, like 2 or 1,3; not '{marked}'", where)
        if not answers[int(part)]:
            raise _RowError(f"answer {part} is marked correct but is empty", where)
        if int(part) not in numbers:
            numbers.append(int(part))
    filled = [(n, text) for n, text in answers.items() if text]
    if len(filled) < 2:
        raise _RowError("a question needs at least two answers", col.index("answer 1"))
    share = 1.0 / len(numbers)
    options = [Option(text=text, credit=share if n in numbers else 0.0) for n, text in filled]
    truths = sorted(filter(None, (_truth(t) for _, t in filled)))
    if len(numbers) == 1 and len(filled) == 2 and truths == ["False", "True"]:
        return "truefalse", _truefalse(_truth(answers[numbers[0]]) or "")
    return ("choice" if len(numbers) == 1 else "multi"), options


def import_spreadsheet(data: str | bytes, *, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    """Read a spreadsheet of questions into a pack (no article) with origin "imported".

    `data` is CSV text, or the bytes of a .csv or .xlsx file (told apart by their content); `file`
    names it in messages; `title` defaults to one made from the file's name. Questions get the ids
    q1, q2... Raises PackError, listing every problem with its line, when a column is missing or any
    row is bad; nothing is imported then.
    """
    rows, at, columns = _table(data, file)
    header_line = rows[at][0]
    col = _Columns(columns)
    problems: list[Problem] = []
    kahoot = "answer 1" in col.keys
    required = ["answer 1", "answer 2", "correct"] if kahoot else ["answer"]
    for key in required:
        if key not in col.keys:
            problems.append(Problem(file, f"missing column '{_name(key)}'", header_line, None))
    if problems:
        raise PackError(problems)

    questions: list[Question] = []
    for line, cells in rows[at + 1:]:
        def get(key: str, cells: list[str] = cells) -> str:
            j = columns.get(key)
            return _unprotect(cells[j]) if j is not None and j < len(cells) else ""

        filled = [get(k) for k in col.keys if k.startswith(("answer", "wrong"))]
        if not get("question") and not any(filled):
            continue  # an empty row (Kahoot's template numbers its rows in a column of its own)
        try:
            if not get("question"):
                raise _RowError("no question text", col.index("question"))
            kind, options = (_kahoot_row if kahoot else _simple_row)(get, col)
            question = Question(id=f"q{len(questions) + 1}", type=kind, prompt=get("question"),
                                options=options, explanation=get("explanation") or None,
                                origin="imported")
            trouble = [message for message, _ in check_question(question)]
            if trouble:
                raise _RowError("; ".join(trouble))
            questions.append(question)
        except _RowError as e:
            problems.append(Problem(file, e.message, line, e.column))
    if problems:
        raise PackError(problems)
    if not questions:
        raise PackError(Problem(file, "no questions below the header row", header_line))
    info = PackInfo(id=pack_id, title=title or title_from_file(file))
    return ImportResult(Pack(pack=info, questions=questions), [])


def import_spreadsheet_file(path: str | Path, *, pack_id: str, title: str | None = None) -> ImportResult:
    """Read a .csv or .xlsx file with `import_spreadsheet`; unreadable files raise PackError too."""
    from questions.packs import read_file_bytes

    path = Path(path)
    data = read_file_bytes(path, max_bytes=MAX_BYTES, what="spreadsheet")
    return import_spreadsheet(data, file=str(path), pack_id=pack_id, title=title)


# --- writing --------------------------------------------------------------------------------------------


CSV_TYPES = ("choice", "short", "truefalse")


def cannot_export(pack: Pack) -> list[Question]:
    """The questions of `pack` that the CSV layout cannot hold; `export_csv` leaves them out."""
    return [q for q in pack.questions if q.type not in CSV_TYPES]


def _protect(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def export_csv(pack: Pack) -> str:
    """The pack's choice, short and truefalse questions as CSV in the simple layout.

    Columns: Question, Answer, Wrong 1..3 (more when a question has more wrong options),
    Explanation, Type. Starts with a byte-order mark so that spreadsheet programs read it as UTF-8.
    """
    rows = []
    for q in pack.questions:
        if q.type not in CSV_TYPES:
            continue
        right = [o.text or "" for o in q.options if o.credit >= 1.0 - 1e-9]
        if q.type == "short":
            answer, wrongs = "\n".join(right), []
        elif q.type == "truefalse":
            answer, wrongs = (right[0] if right else ""), []
        else:
            answer = right[0] if right else ""
            wrongs = [o.text or "" for o in q.options if o.credit < 1.0 - 1e-9]
        rows.append((q.prompt, answer, wrongs, q.explanation or "", q.type))
    width = max([3] + [len(r[2]) for r in rows])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Question", "Answer"] + [f"Wrong {i}" for i in range(1, width + 1)]
                    + ["Explanation", "Type"])
    for prompt, answer, wrongs, explanation, kind in rows:
        cells = [prompt, answer] + wrongs + [""] * (width - len(wrongs)) + [explanation, kind]
        writer.writerow([_protect(c) for c in cells])
    return "\ufeff" + out.getvalue()
