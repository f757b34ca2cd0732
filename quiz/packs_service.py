"""Provides the pack workflow as plain functions: validate, import, export and remove packs.

The command line (`quiz packs ...`) and the app's import screen both call these, so a teacher gets
the same checks and the same messages in either. Every refusal is a `PackError` naming the file (and
line where there is one); nothing is installed unless the whole file is good.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from questions.errors import PackError, Problem
from questions.formats import ImportResult, Skipped, slugify, title_from_file
from questions.model import QUESTION_TYPES, Pack
from questions.packs import MAX_PACK_BYTES, atomic_write, atomic_write_bytes, load_pack, pack_to_toml, parse_pack
from quiz.catalog import list_packs, resolve_pack
from quiz.errors import QuizError
from quiz.paths import data_dir, user_packs_dir

FORMATS = ("toml", "gift", "csv")
EXTENSIONS = {".toml": "toml", ".gift": "gift", ".txt": "gift", ".csv": "csv", ".tsv": "csv", ".xlsx": "csv"}
"""The format a file is read as, by its extension (`--format` overrides it)."""
MAX_BYTES = MAX_PACK_BYTES
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""A pack id that can name a folder: letters, digits, - and _."""


# --- reading any pack file ----------------------------------------------------------------------------


def detect_format(path: Path, given: str | None = None) -> str:
    """`given`, or the format that the file's extension says; PackError when it says none."""
    if given:
        if given not in FORMATS:
            raise PackError(f"unknown format '{given}'; use one of {', '.join(FORMATS)}", path)
        return given
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise PackError(f"cannot tell the format from the name '{path.name}': use a .toml, .gift, .txt "
                        "(GIFT), .csv or .xlsx file, or say which with --format toml|gift|csv", path)
    return fmt


def check_file(path: Path) -> None:
    """Refuse, with a message a teacher can act on, what is not a readable file of sensible size."""
    try:
        if not path.exists():
            raise PackError("no such file (check the name and the folder)", path)
        if path.is_dir():
            raise PackError("this is a folder, not a file: give the path of a pack file inside it", path)
        size = path.stat().st_size
    except OSError as e:
        raise PackError(f"cannot read the file: {e.strerror or e}", path) from None
    if size > MAX_BYTES:
        raise PackError(f"the file is {size:,} bytes; the limit is {MAX_BYTES:,} (split it into smaller packs)",
                        path)
    if size == 0:
        raise PackError("the file is empty", path)


def default_id(path: Path) -> str:
    """The pack id an imported file gets unless told: its name as an id ("imported" if nothing is left)."""
    return slugify(title_from_file(path.name)) or "imported"


def read_any(path: str | Path, fmt: str | None = None, *, pack_id: str | None = None) -> ImportResult:
    """Read a TOML pack, GIFT file or spreadsheet into a pack (nothing is installed).

    `fmt` is "toml", "gift" or "csv" (default: from the extension); `pack_id` replaces the pack's id.
    Raises PackError with every problem found.
    """
    path = Path(path).expanduser()
    check_file(path)
    fmt = detect_format(path, fmt)
    if fmt == "toml":
        pack = load_pack(path)
        if pack_id:
            pack = pack.model_copy(update={"pack": pack.pack.model_copy(update={"id": pack_id})})
        return ImportResult(pack, [])
    if fmt == "gift":
        from questions.formats.gift import import_gift
        from questions.packs import read_text_file

        text = read_text_file(path, max_bytes=MAX_BYTES, what="GIFT file")
        if not text.strip():
            raise PackError("the file is empty (only blank lines)", path)
        return import_gift(text, file=str(path), pack_id=pack_id or default_id(path))
    from questions.formats.spreadsheet import import_spreadsheet_file

    return import_spreadsheet_file(path, pack_id=pack_id or default_id(path))


def type_counts(pack: Pack) -> str:
    """The pack's questions by type, in words: "16 choice, 6 truefalse"."""
    counts = {t: 0 for t in QUESTION_TYPES}
    for q in pack.questions:
        counts[q.type] += 1
    return ", ".join(f"{n} {t}" for t, n in counts.items() if n) or "no questions"


# --- validate -----------------------------------------------------------------------------------------


@dataclass
class FileCheck:
    """What validating one file found."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    pack: Pack | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def rows(self) -> list[dict]:
        """Problems (kind "problem") and skipped questions (kind "skipped") as `--json` rows."""
        rows = [{"file": p.file, "line": p.line, "col": p.col, "message": p.message, "kind": "problem"}
                for p in self.problems]
        rows += [{"file": str(self.path), "line": s.line, "col": None, "message": f"skipped: {s.reason}",
                  "kind": "skipped"} for s in self.skipped]
        return rows


def validate(path: str | Path, fmt: str | None = None) -> FileCheck:
    """Check one pack file of any format by reading it as an import would (a dry run)."""
    path = Path(path).expanduser()
    try:
        result = read_any(path, fmt)
    except PackError as e:
        return FileCheck(path, e.problems)
    check = FileCheck(path, [], result.skipped, result.pack)
    if not result.pack.questions:
        check.problems.append(Problem(str(path), "no question can be played: every one was skipped"))
    return check


# --- import -------------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    """A pack read for importing, what was left out, and where it went (None: not installed)."""

    pack: Pack
    skipped: list[Skipped]
    source: Path
    fmt: str
    installed: Path | None = None

    def to_json_dict(self) -> dict:
        """The pack as `--json` prints it, plus `skipped` (and `installed` once installed)."""
        data = self.pack.to_json_dict()
        data["skipped"] = [{"line": s.line, "reason": s.reason} for s in self.skipped]
        if self.installed is not None:
            data["installed"] = str(self.installed)
        return data

    def lines(self) -> list[str]:
        """The report in words, for the terminal and the import screen."""
        n = len(self.pack.questions)
        out = [f"{n} question{'s' if n != 1 else ''} read from {self.source.name} ({self.fmt}) "
               f"into pack '{self.pack.id}': {self.pack.title}",
               f"Types: {type_counts(self.pack)}"]
        if self.pack.article is not None:
            out.append(f"Article: {self.pack.article.title or 'untitled'}")
        if self.skipped:
            out.append(f"Skipped {len(self.skipped)} (cannot be played):")
            out += [f"  {self.source}:{s.line}: {s.reason}" for s in self.skipped]
        if self.installed is None:
            out.append("Dry run: nothing was installed.")
        else:
            out.append(f"Installed: {self.installed}")
            out.append(f"Play it with: quiz play --pack {self.pack.id}")
        return out


def _refuse_clash(pack_id: str, source: Path) -> None:
    if not ID_PATTERN.fullmatch(pack_id):
        raise PackError(f"the pack id '{pack_id}' cannot name a folder: use letters, digits, - and _ "
                        "(choose one with --id NEW-ID)", source)
    found, _ = list_packs()
    hit = found.get(pack_id)
    if hit is not None:
        raise PackError(f"a pack with the id '{pack_id}' is already there ({hit.where}: {hit.path}); "
                        f"import it under another id with --id NEW-ID"
                        + (f", or remove the old one with `quiz packs remove {pack_id}`"
                           if hit.where == "installed" else ""), source)
    folder = user_packs_dir() / pack_id
    if folder.exists():
        raise PackError(f"the folder {folder} is already there; import under another id with --id NEW-ID",
                        source)


def import_pack(path: str | Path, *, fmt: str | None = None, pack_id: str | None = None,
                dry_run: bool = False) -> ImportReport:
    """Read, check and (unless `dry_run`) install a pack into `user_packs_dir()/<id>/`.

    The pack is written to a temporary folder beside the packs folder, loaded back from there, and
    only then renamed into place, so a pack is installed whole or not at all. A TOML pack is copied
    as written (comments kept), with its article. Raises PackError, with every problem, otherwise.
    """
    path = Path(path).expanduser()
    check_file(path)
    fmt = detect_format(path, fmt)
    if pack_id is not None and not ID_PATTERN.fullmatch(pack_id):
        raise PackError(f"--id '{pack_id}' cannot name a folder: use letters, digits, - and _", path)
    result = read_any(path, fmt, pack_id=pack_id)
    report = ImportReport(result.pack, result.skipped, path, fmt)
    if not result.pack.questions:
        raise PackError([Problem(str(path), "nothing to import: no question in the file can be played")]
                        + [Problem(str(path), f"skipped: {s.reason}", s.line) for s in result.skipped])
    _refuse_clash(result.pack.id, path)
    if dry_run:
        return report
    report.installed = _install(result.pack, path, fmt, renamed=pack_id is not None)
    return report


def _install(pack: Pack, source: Path, fmt: str, *, renamed: bool) -> Path:
    packs = user_packs_dir()
    packs.mkdir(parents=True, exist_ok=True)
    data_dir().mkdir(parents=True, exist_ok=True)
    # The temporary folder is outside the packs folder, so a half-written pack is never listed.
    tmp = Path(tempfile.mkdtemp(dir=data_dir(), prefix=".import-"))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; an installed pack is an ordinary folder
        pack_file = tmp / f"{pack.id}.toml"
        if fmt == "toml":
            _copy_toml_pack(source, pack_file, pack.id if renamed else None)
            load_pack(pack_file)  # the copy must load exactly as the original did
        else:
            pack_file.write_text(pack_to_toml(pack), encoding="utf-8")
            parse_pack(pack_file.read_text(encoding="utf-8"), pack_file)
        target = packs / pack.id
        try:
            os.rename(tmp, target)
        except OSError as e:
            raise PackError(f"cannot install into {target}: {e.strerror or e}", source) from None
        return target / f"{pack.id}.toml"
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _copy_toml_pack(source: Path, dest: Path, new_id: str | None) -> None:
    """Copy a TOML pack file (and its article, at the same relative path) into `dest`'s folder."""
    text = source.read_text(encoding="utf-8-sig")
    if new_id is not None:
        import tomlkit  # keeps the teacher's comments and layout while the id changes

        doc = tomlkit.parse(text)
        doc["pack"]["id"] = new_id
        text = tomlkit.dumps(doc)
    dest.write_text(text, encoding="utf-8")
    article = tomllib.loads(text).get("pack", {}).get("article")
    if isinstance(article, str):
        copy = dest.parent / article
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.resolve().parent / article, copy)


# --- export -------------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    """An exported pack: its text, what it had to leave out, and the files written (if any)."""

    text: str
    notes: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def article_name_for(out: Path) -> str:
    """The article's file name beside an exported pack file `out`."""
    name = f"{out.stem}.txt"
    return name if name != out.name else f"{out.stem}-article.txt"


def export_pack(ref: str, fmt: str, out: str | Path | None = None) -> ExportResult:
    """Write the pack `ref` (an id or a pack file) as TOML, GIFT or CSV: to `out`, or return the text.

    Files are written atomically. A TOML export with an article writes the article beside `out`;
    without `out` the article and the source quotes are left out (and a note says so).
    """
    if fmt not in FORMATS:
        raise PackError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}", "--format")
    if not Path(ref).expanduser().exists() and "/" not in ref and not ref.endswith(".toml"):
        found, _ = list_packs()
        if ref not in found:
            raise QuizError(f"unknown pack '{ref}' (packs: {', '.join(sorted(found)) or 'none'}); "
                            "`quiz packs list` shows them all")
    pack = resolve_pack(ref).pack
    out = Path(out).expanduser() if out is not None else None
    if out is not None and out.is_dir():
        raise PackError("this is a folder: give --out the name of the file to write", out)
    result = ExportResult("")
    if fmt == "toml":
        article_name = article_name_for(out) if out is not None and pack.article is not None else None
        if pack.article is not None and out is None:
            result.notes.append("the pack has an article: the TOML printed here leaves it and the source "
                                "quotes out; use --out FILE to write both")
        result.text = pack_to_toml(pack, article_name)
        if out is not None:
            _check_toml_export(result.text, pack, article_name, out)
            if article_name:
                atomic_write_bytes(out.parent / article_name, pack.article.text.encode("utf-8"))
                result.written.append(out.parent / article_name)
    elif fmt == "gift":
        from questions.formats.gift import why_not, cannot_export, export_gift

        result.text = export_gift(pack)
        result.notes += [f"left out '{q.id}': {why_not(q)}" for q in cannot_export(pack)]
    else:
        from questions.formats.spreadsheet import cannot_export, export_csv

        result.text = export_csv(pack)
        result.notes += [f"left out '{q.id}': the CSV layout has no {q.type} questions"
                         for q in cannot_export(pack)]
    if out is not None:
        atomic_write(out, result.text)
        result.written.insert(0, out)
    return result


def _check_toml_export(text: str, pack: Pack, article_name: str | None, out: Path) -> None:
    """Load the exported TOML back (with its article) before anything is written."""
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if article_name:
            (tmp / article_name).write_text(pack.article.text, encoding="utf-8", newline="")
        parse_pack(text, tmp / out.name)


# --- remove -------------------------------------------------------------------------------------------


def remove_pack(pack_id: str) -> Path:
    """Remove a pack the user installed; return where it was. Built-in and QUIZ_PACKS_PATH packs are refused."""
    found, _ = list_packs()
    hit = found.get(pack_id)
    if hit is None:
        known = ", ".join(sorted(r.id for r in found.values() if r.where == "installed")) or "none"
        raise QuizError(f"no pack with the id '{pack_id}' (installed packs: {known})")
    if hit.where == "built-in":
        raise QuizError(f"'{pack_id}' is a built-in pack and cannot be removed; only packs installed with "
                        "`quiz packs import` can")
    if hit.where != "installed":
        raise QuizError(f"'{pack_id}' was not installed by newsquiz: it is {hit.path}, in a folder named in "
                        "QUIZ_PACKS_PATH; delete the file yourself, or take the folder out of QUIZ_PACKS_PATH")
    packs = user_packs_dir().resolve()
    folder = hit.path.resolve().parent
    others = [p for p in folder.glob("*.toml") if p.resolve() != hit.path.resolve()]
    if folder.parent == packs and not others:
        # Renamed first, so that the pack disappears at once even if deleting its files is slow.
        doomed = data_dir() / f".removed-{pack_id}-{os.getpid()}"
        os.rename(folder, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
        return folder
    hit.path.unlink()
    return hit.path
