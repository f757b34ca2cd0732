"""Provides loading, checking, saving and finding packs (TOML pack files and their folders).

A pack file is TOML: a `[pack]` table and `[[questions]]` tables (see docs/packs.md). Loading checks
everything a teacher can get wrong and reports every problem at once, each with file, line and column.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from questions.article import parse_article
from questions.errors import PackError, Problem
from questions.model import QUESTION_TYPES, Article, Pack, PackInfo, Passage, Question

BUILTIN_DIR = Path(__file__).parent / "builtin"
MAX_PACK_BYTES = 5_000_000

PACK_FIELDS = {
    "id", "title", "author", "description", "article", "article_title", "article_source",
    "article_published", "tags",
}
QUESTION_FIELDS = {
    "id", "type", "prompt", "options", "pairs", "items", "explanation", "source", "origin",
    "difficulty", "tags",
}
OPTION_FIELDS = {"text", "credit", "feedback", "value", "tolerance", "min", "max"}


# --- where things are in the TOML text -------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"-]+)\s*\]\]?")
_KEY = re.compile(r"^(\s*)([A-Za-z0-9_\"-]+)\s*=")


class _Locator:
    """Finds the line and column of a table or key in TOML text, for error messages."""

    def __init__(self, text: str):
        self.keys: dict[tuple[str, int, str], tuple[int, int]] = {}
        self.tables: dict[tuple[str, int], int] = {}
        counts: dict[str, int] = {}
        section, index = "", 0
        for n, line in enumerate(text.splitlines(), 1):
            if m := _HEADER.match(line):
                section = m.group(1).strip('"')
                index = counts.get(section, -1) + 1 if line.lstrip().startswith("[[") else 0
                counts[section] = index
                self.tables[(section, index)] = n
            elif m := _KEY.match(line):
                self.keys.setdefault((section, index, m.group(2).strip('"')), (n, len(m.group(1)) + 1))

    def at(self, section: str, index: int, key: str | None = None) -> tuple[int | None, int | None]:
        if key is not None and (section, index, key) in self.keys:
            return self.keys[(section, index, key)]
        line = self.tables.get((section, index))
        return (line, 1) if line else (None, None)


# --- loading ------------------------------------------------------------------------------------------


@dataclass
class LoadedPack:
    """A pack and where it came from."""

    pack: Pack
    path: Path | None
    where: str = "file"
    """"built-in", "installed", a folder of QUIZ_PACKS_PATH, or "file"."""


def _did_you_mean(name: str, allowed: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(allowed), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def normalise_quotes(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, length kept, so offsets stay valid."""
    return text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "}))


def find_quote(article_text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of `quote` in the article, exact first, then ignoring quote style and spacing."""
    at = article_text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    flat_article = normalise_quotes(article_text)
    flat_quote = normalise_quotes(quote).strip()
    at = flat_article.find(flat_quote)
    if at >= 0:
        return at, at + len(flat_quote)
    # Whitespace may differ (a quote wrapped over two lines in the pack).
    words = [re.escape(w) for w in flat_quote.split()]
    if words:
        m = re.search(r"\s+".join(words), flat_article)
        if m:
            return m.start(), m.end()
    return None


def read_file_bytes(path: Path, *, max_bytes: int = MAX_PACK_BYTES, what: str = "file") -> bytes:
    """A file's bytes, or PackError saying plainly why not (a folder, too big, unreadable)."""
    try:
        if path.is_dir():
            raise PackError(f"this is a folder, not a {what}", path)
        size = path.stat().st_size
        if size > max_bytes:
            raise PackError(f"the {what} is {size:,} bytes; the limit is {max_bytes:,}", path)
        return path.read_bytes()
    except OSError as e:
        raise PackError(f"cannot read the {what}: {e.strerror or e}", path) from None


def read_text_file(path: Path, *, max_bytes: int = MAX_PACK_BYTES, what: str = "file") -> str:
    """Read a UTF-8 text file or raise PackError saying plainly what is wrong with it."""
    if not path.exists():
        raise PackError(f"no such {what}", path)
    data = read_file_bytes(path, max_bytes=max_bytes, what=what)
    if b"\x00" in data[:8192]:
        raise PackError(f"this is a binary file, not a text {what}", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise PackError(
            Problem(str(path), "the file is not UTF-8 text (save it as UTF-8 and try again)", line)
        ) from None


def load_pack(path: str | Path) -> Pack:
    """Load and check a TOML pack file; raise PackError listing every problem found."""
    path = Path(path)
    text = read_text_file(path, what="pack file")
    return parse_pack(text, path)


def parse_pack(text: str, path: Path) -> Pack:
    """Parse the TOML text of a pack that lives at `path` (its article is found beside it)."""
    fname = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e)) or "invalid TOML"
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise PackError(Problem(fname, f"TOML syntax: {msg}", line, col)) from None
    loc = _Locator(text)
    problems: list[Problem] = []

    def problem(msg: str, section: str = "", index: int = 0, key: str | None = None) -> None:
        line, col = loc.at(section, index, key)
        problems.append(Problem(fname, msg, line, col))

    for key in data:
        if key not in ("pack", "questions"):
            problem(f"unknown table '{key}'{_did_you_mean(key, {'pack', 'questions'})}", key, 0)
    head = data.get("pack")
    if not isinstance(head, dict):
        problem("missing [pack] table (with id and title)", "", 0)
        head = {}
    for key in head:
        if key not in PACK_FIELDS:
            problem(f"unknown field '{key}' in [pack]{_did_you_mean(key, PACK_FIELDS)}", "pack", 0, key)
    for key in ("id", "title"):
        if key in head and not isinstance(head[key], str):
            problem(f"[pack] {key} must be text", "pack", 0, key)
        elif not head.get(key):
            problem(f"[pack] needs '{key}'", "pack", 0)

    article = None
    art_path = head.get("article")
    if art_path is not None:
        if not isinstance(art_path, str):
            problem("article must be the path of a text file beside the pack", "pack", 0, "article")
        else:
            article = _load_article(path, art_path, head, lambda m: problem(m, "pack", 0, "article"))
    parsed_article = parse_article(article.text) if article else None

    raw_questions = data.get("questions", [])
    if not isinstance(raw_questions, list):
        problem("'questions' must be [[questions]] tables", "questions", 0)
        raw_questions = []
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_questions):
        if not isinstance(raw, dict):
            problem("a question must be a table", "questions", i)
            continue

        def qproblem(msg: str, key: str | None = None, i: int = i) -> None:
            problem(msg, "questions", i, key)

        qid = raw.get("id")
        if isinstance(qid, str) and qid in seen:
            qproblem(f"duplicate question id '{qid}' (first used by question {seen[qid] + 1})", "id")
        elif isinstance(qid, str):
            seen[qid] = i
        q = _build_question(raw, qproblem)
        if q is None:
            continue
        for msg, key in check_question(q):
            qproblem(msg, key)
        quote = raw.get("source")
        if isinstance(quote, str) and quote.strip():
            if article is None:
                qproblem("source quote given but the pack has no article", "source")
            else:
                span = find_quote(article.text, quote)
                if span is None:
                    qproblem("source quote not found in the article (copy it exactly)", "source")
                else:
                    if parsed_article and not parsed_article.is_evidence(*span):
                        qproblem("source quote is not in the article's body (a caption or title?)", "source")
                    q.source = Passage(text=article.text[span[0]:span[1]], start=span[0], end=span[1])
        elif quote is not None and not isinstance(quote, (str, dict)):
            qproblem("source must be a quote from the article", "source")
        questions.append(q)

    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.col or 0))
        raise PackError(problems)
    info = PackInfo(
        id=head["id"],
        title=head["title"],
        author=head.get("author"),
        description=head.get("description"),
        article=article,
        tags=list(head.get("tags", []) or []),
    )
    return Pack(pack=info, questions=questions)


def _load_article(pack_path: Path, rel: str, head: dict, problem) -> Article | None:
    folder = pack_path.resolve().parent
    target = (folder / rel).resolve()
    if not target.is_relative_to(folder):
        problem(f"article '{rel}' is outside the pack's folder; put it beside the pack file")
        return None
    try:
        text = read_text_file(target, max_bytes=2_000_000, what="article")
    except PackError as e:
        problem(f"article '{rel}': {e.problems[0].message}")
        return None
    return Article(
        title=head.get("article_title"),
        source=head.get("article_source"),
        published=str(head["article_published"]) if head.get("article_published") else None,
        text=text,
    )


def _build_question(raw: dict, problem) -> Question | None:
    """Turn one [[questions]] table into a Question, reporting field problems."""
    ok = True
    for key in raw:
        if key not in QUESTION_FIELDS:
            problem(f"unknown field '{key}'{_did_you_mean(key, QUESTION_FIELDS)}", key)
            ok = False
    for key in ("id", "type", "prompt"):
        if key not in raw:
            problem(f"question needs '{key}'")
            ok = False
    qtype = raw.get("type")
    if qtype is not None and qtype not in QUESTION_TYPES:
        problem(f"unknown type '{qtype}'{_did_you_mean(str(qtype), set(QUESTION_TYPES))}; "
                f"use one of {', '.join(QUESTION_TYPES)}", "type")
        ok = False
    options = raw.get("options", [])
    if isinstance(options, list):
        for j, opt in enumerate(options):
            if not isinstance(opt, dict):
                problem(f"option {j + 1} must be a table like {{ text = \"...\" }}", "options")
                ok = False
                continue
            for key in opt:
                if key not in OPTION_FIELDS:
                    problem(f"option {j + 1}: unknown field '{key}'{_did_you_mean(key, OPTION_FIELDS)}",
                            "options")
                    ok = False
    # Check the types of the remaining fields too, so that one pass reports every problem; fields
    # already reported (unknown names, an unknown type, a missing key) get neutral stand-ins.
    fields = {k: v for k, v in raw.items() if k in QUESTION_FIELDS and k != "source"}
    if "type" not in fields or fields["type"] not in QUESTION_TYPES:
        fields["type"] = "choice"
    fields.setdefault("id", "?")
    fields.setdefault("prompt", "?")
    if isinstance(fields.get("options"), list):
        fields["options"] = [
            {k: v for k, v in o.items() if k in OPTION_FIELDS} if isinstance(o, dict) else {}
            for o in fields["options"]
        ]
    try:
        q = Question(**fields)
    except ValidationError as e:
        for err in e.errors():
            loc = list(err["loc"])
            key = str(loc[0]) if loc else None
            parts = [f"option {x + 1}" if isinstance(x, int) and key == "options" else
                     f"item {x + 1}" if isinstance(x, int) else str(x) for x in loc[1:]]
            where = ": ".join([key or "question", *parts]) if parts else (key or "question")
            problem(f"{where}: {err['msg'].lower()}", key)
        return None
    return q if ok else None


def check_question(q: Question) -> list[tuple[str, str | None]]:
    """Problems with a question's content, as (message, field) pairs; empty when it is playable."""
    out: list[tuple[str, str | None]] = []
    if not q.prompt.strip():
        out.append(("the prompt is empty", "prompt"))
    texts = [o.text for o in q.options]
    if q.type in ("choice", "multi", "truefalse", "short"):
        if any(not (t or "").strip() for t in texts):
            out.append(("every option needs a text", "options"))
    if q.type == "choice":
        right = len(q.right_options)
        if len(q.options) < 2:
            out.append(("a choice question needs at least two options", "options"))
        if right != 1:
            out.append((f"a choice question needs exactly one fully right option (credit = 1.0); "
                        f"it has {right}", "options"))
    elif q.type == "multi":
        if len(q.options) < 2:
            out.append(("a multi question needs at least two options", "options"))
        total = sum(o.credit for o in q.options if o.credit > 0)
        if not q.options or abs(total - 1.0) > 0.02:
            out.append((f"the positive credits of a multi question must add up to 1.0; they add up "
                        f"to {total:g}", "options"))
    elif q.type == "truefalse":
        if sorted(t or "" for t in texts) != ["False", "True"] or len(q.right_options) != 1:
            out.append(("a truefalse question needs the options \"True\" and \"False\", one with "
                        "credit = 1.0", "options"))
    elif q.type == "short":
        if not q.right_options:
            out.append(("a short question needs at least one accepted answer with credit = 1.0",
                        "options"))
    elif q.type == "number":
        if not q.options:
            out.append(("a number question needs an option with a value (or min and max)", "options"))
        for j, o in enumerate(q.options):
            if o.value is None and (o.min is None or o.max is None):
                out.append((f"option {j + 1} needs a value, or both min and max", "options"))
            elif o.min is not None and o.max is not None and o.min > o.max:
                out.append((f"option {j + 1}: min is above max", "options"))
        if q.options and not q.right_options:
            out.append(("a number question needs one option with credit = 1.0", "options"))
    elif q.type == "match":
        if len([p for p in q.pairs if p[0]]) < 2:
            out.append(("a match question needs at least two pairs", "pairs"))
        lefts = [p[0] for p in q.pairs if p[0]]
        if len(set(lefts)) != len(lefts):
            out.append(("a match question has the same left item twice", "pairs"))
    elif q.type == "order":
        if len(q.items) < 2:
            out.append(("an order question needs at least two items", "items"))
        if len(set(q.items)) != len(q.items):
            out.append(("an order question has the same item twice", "items"))
    if q.type not in ("match", "order") and (q.pairs or q.items):
        out.append(("pairs and items are only for match and order questions", "pairs" if q.pairs else "items"))
    if q.difficulty is not None and not 1 <= q.difficulty <= 5:
        out.append(("difficulty must be between 1 and 5", "difficulty"))
    return out


def validate_file(path: str | Path) -> list[Problem]:
    """Every problem in a pack file; empty when it is good."""
    try:
        load_pack(path)
    except PackError as e:
        return e.problems
    return []


# --- saving -------------------------------------------------------------------------------------------


def pack_to_toml(pack: Pack, article_file: str | None = None) -> str:
    """The pack as readable TOML: one table per question, quotes for sources, comments for people."""
    import tomlkit  # only needed when writing, off the play path

    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"newsquiz pack '{pack.id}'. Format: see docs/packs.md in newsquiz."))
    head = tomlkit.table()
    head["id"] = pack.id
    head["title"] = pack.title
    for key in ("author", "description"):
        if getattr(pack.pack, key):
            head[key] = getattr(pack.pack, key)
    if pack.article is not None and article_file:
        head["article"] = article_file
        for key in ("title", "source", "published"):
            if getattr(pack.article, key):
                head[f"article_{key}"] = getattr(pack.article, key)
    if pack.pack.tags:
        head["tags"] = pack.pack.tags
    doc["pack"] = head
    aot = tomlkit.aot()
    for q in pack.questions:
        t = tomlkit.table()
        t["id"] = q.id
        t["type"] = q.type
        t["prompt"] = q.prompt
        if q.options:
            arr = tomlkit.array()
            arr.multiline(True)
            for o in q.options:
                it = tomlkit.inline_table()
                for key, value in o.model_dump(exclude_none=True).items():
                    if key == "credit" and value == 0:
                        continue
                    it[key] = value
                arr.append(it)
            t["options"] = arr
        if q.pairs:
            arr = tomlkit.array()
            arr.multiline(True)
            for a, b in q.pairs:
                arr.append([a, b])
            t["pairs"] = arr
        if q.items:
            arr = tomlkit.array()
            arr.multiline(True)
            arr.extend(q.items)
            t["items"] = arr
        if q.explanation:
            t["explanation"] = q.explanation
        if q.source is not None and article_file:
            t["source"] = q.source.text
        if q.origin != "hand-written":
            t["origin"] = q.origin
        if q.difficulty is not None:
            t["difficulty"] = q.difficulty
        if q.tags:
            t["tags"] = q.tags
        aot.append(t)
    doc["questions"] = aot
    return tomlkit.dumps(doc)


def atomic_write(path: Path, text: str) -> None:
    """Write a file so that it is either whole or not there: temporary file, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_pack(pack: Pack, folder: Path, *, article_file: str | None = None) -> Path:
    """Save a pack as `<folder>/<id>.toml` (and its article beside it); return the pack file's path.

    Both files are written atomically; the pack is checked by loading it back before it replaces
    anything, so a bad pack never lands.
    """
    folder.mkdir(parents=True, exist_ok=True)
    art_name = None
    if pack.article is not None:
        art_name = article_file or f"{pack.id}.txt"
    text = pack_to_toml(pack, art_name)
    with tempfile.TemporaryDirectory(dir=folder) as tmpdir:
        tmp = Path(tmpdir)
        if art_name:
            (tmp / art_name).write_text(pack.article.text, encoding="utf-8", newline="")
        (tmp / f"{pack.id}.toml").write_text(text, encoding="utf-8")
        parse_pack(text, tmp / f"{pack.id}.toml")  # raises PackError before anything is replaced
    if art_name:
        atomic_write_bytes(folder / art_name, pack.article.text.encode("utf-8"))
    target = folder / f"{pack.id}.toml"
    atomic_write(target, text)
    return target


def write_pack_file(pack: Pack, out: Path, *, render=None) -> list[Path]:
    """Write `pack` to the TOML file `out`, its article beside it as `<stem>.txt`; both atomic.

    `render(pack, article_file)` makes the TOML text (default `pack_to_toml`). Returns the paths
    written (pack file first). The TOML is checked by loading it back from a
    temporary folder first, so a pack that would not load is never written.
    """
    out = Path(out)
    art_name = f"{out.stem}.txt" if pack.article is not None else None
    text = (render or pack_to_toml)(pack, art_name)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if art_name:
            (tmp / art_name).write_text(pack.article.text, encoding="utf-8", newline="")
        (tmp / out.name).write_text(text, encoding="utf-8")
        parse_pack(text, tmp / out.name)
    written = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if art_name:
            atomic_write_bytes(out.parent / art_name, pack.article.text.encode("utf-8"))
            written.append(out.parent / art_name)
        atomic_write(out, text)
    except OSError as e:
        raise PackError(f"cannot write the pack: {e.strerror or e}", out) from None
    return [out, *written]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Like `atomic_write`, for bytes (an article's text exactly as stored)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- finding ------------------------------------------------------------------------------------------


@dataclass
class PackRef:
    """A pack file found in a folder, before it is loaded."""

    id: str
    path: Path
    where: str


def _peek_id(path: Path) -> str | None:
    """The pack id of a pack file, read cheaply (the `[pack]` table only)."""
    try:
        with path.open("rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
    except OSError:
        return None
    m = re.search(r"^\s*id\s*=\s*[\"']([^\"']+)[\"']", head.split("[[questions]]")[0], re.M)
    return m.group(1) if m else path.stem


def discover(folders: list[tuple[Path, str]]) -> tuple[dict[str, PackRef], list[str]]:
    """Every pack file in `folders` ((folder, label) pairs, first wins), and clashes as messages."""
    found: dict[str, PackRef] = {}
    clashes: list[str] = []
    for folder, label in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.toml")):
            pid = _peek_id(path)
            if pid is None:
                continue
            if pid in found:
                clashes.append(f"{path}: pack id '{pid}' is already used by {found[pid].path}; "
                               f"this one is ignored (rename its id)")
                continue
            found[pid] = PackRef(pid, path, label)
    return found, clashes


def passage_for(pack: Pack, q: Question) -> Passage | None:
    """The passage to show for a question: its source, or the best one found in the article."""
    if q.source is not None:
        return q.source
    if pack.article is None:
        return None
    from questions.context import find_passage

    return find_passage(pack.article.text, q)

