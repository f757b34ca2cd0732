"""Provides the packs the app can see: built-in, installed by the user, and in QUIZ_PACKS_PATH."""

from __future__ import annotations

from pathlib import Path

from questions.errors import PackError
from questions.packs import BUILTIN_DIR, LoadedPack, PackRef, discover, load_pack
from quiz.paths import extra_pack_dirs, user_packs_dir


def pack_folders() -> list[tuple[Path, str]]:
    """Folders searched for packs, in order of precedence, each with a label for people."""
    folders = [(BUILTIN_DIR, "built-in"), (user_packs_dir(), "installed")]
    folders += [(d, str(d)) for d in extra_pack_dirs()]
    return folders


def list_packs() -> tuple[dict[str, PackRef], list[str]]:
    """Every pack file found, by id, and the id clashes found on the way (as messages)."""
    return discover(pack_folders())


def resolve_pack(ref: str) -> LoadedPack:
    """Load a pack by id, or from a pack file's path; raise PackError saying what went wrong."""
    path = Path(ref).expanduser()
    # A pack file by its path; a bare word is an id even when a folder of that name is at hand.
    if path.suffix.lower() == ".toml" or path.is_file() or "/" in ref or "\\" in ref:
        if not path.exists():
            raise PackError("no such pack file", path)
        return LoadedPack(load_pack(path), path, "file")
    found, _ = list_packs()
    if ref not in found:
        known = ", ".join(sorted(found)) or "none"
        raise PackError(f"unknown pack '{ref}' (packs: {known}); `quiz packs list` shows them all",
                        "--pack")
    hit = found[ref]
    return LoadedPack(load_pack(hit.path), hit.path, hit.where)
