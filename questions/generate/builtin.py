"""Provides the shipped generated pack: `summit-generated`, made from the summit article.

    uv run python -m questions.generate.builtin      # rewrites questions/builtin/summit/summit-generated.toml

A test regenerates the pack text and compares it with the committed file, so the file never goes
stale: change the generator, run this, and commit the new file with the change.
"""

from __future__ import annotations

from pathlib import Path

from questions.packs import BUILTIN_DIR, atomic_write

SUMMIT_DIR = BUILTIN_DIR / "summit"
ARTICLE_FILE = "summit.txt"
PACK_FILE = "summit-generated.toml"
PACK_ID = "summit-generated"
TITLE = "The Putin–Kim summit: generated questions"
COUNT = 15
SEED = 0


def summit_generated_toml() -> str:
    """The text the committed `summit-generated.toml` must have."""
    from questions.generate import generate_pack
    from questions.generate.writer import generated_pack_toml

    text = (SUMMIT_DIR / ARTICLE_FILE).read_text(encoding="utf-8")
    pack = generate_pack([(ARTICLE_FILE, text)], count=COUNT, seed=SEED, pack_id=PACK_ID, title=TITLE)
    return generated_pack_toml(pack, ARTICLE_FILE,
                               command="uv run python -m questions.generate.builtin")


def write_summit_generated(folder: Path = SUMMIT_DIR) -> Path:
    """Regenerate the shipped pack file; return its path."""
    path = folder / PACK_FILE
    atomic_write(path, summit_generated_toml())
    return path


if __name__ == "__main__":
    print(write_summit_generated())
