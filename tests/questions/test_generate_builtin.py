"""The shipped generated pack, `summit-generated`, is what the generator makes today."""

from __future__ import annotations

import os
import subprocess
import sys

from questions.generate.builtin import PACK_FILE, PACK_ID, SUMMIT_DIR, summit_generated_toml
from questions.packs import load_pack


def test_committed_pack_is_what_the_generator_makes():
    committed = (SUMMIT_DIR / PACK_FILE).read_text(encoding="utf-8")
    fresh = summit_generated_toml()
    assert fresh == committed, (
        "summit-generated.toml is stale: run `uv run python -m questions.generate.builtin` and commit it"
    )


def test_committed_pack_loads_cleanly_and_is_varied():
    pack = load_pack(SUMMIT_DIR / PACK_FILE)
    assert pack.id == PACK_ID
    # Precision before count: the summit article is long-sentenced and leans on "the talks", "the two
    # men" and on its two main names, so the strict generator keeps only a few of its questions (and
    # no two that answer each other: the lead names "the US", Kim and Putin).
    assert len(pack.questions) >= 2
    text = pack.article.text
    for q in pack.questions:
        assert q.origin == "generated"
        assert text[q.source.start:q.source.end] == q.source.text


def test_generation_does_not_depend_on_hash_order():
    code = ("from questions.generate.builtin import summit_generated_toml; import sys; "
            "sys.stdout.write(summit_generated_toml())")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout == (SUMMIT_DIR / PACK_FILE).read_text(encoding="utf-8")
