"""Measures context finding: how often the passage found without a quote is the quoted one.

For every question of the packs named (default: the built-in summit pack and the generated one), the
`source` quote is removed and `questions.context.find_passage` ranks the article's body sentences.
A hit is a found sentence that overlaps the quote. Prints the hit rate with and without the
explanation in the query, against a baseline measured in the same run (plain word overlap, no
weighting), and the time per look-up. Run by hand; not a test.

    uv run python bench/context_eval.py [PACK.toml ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questions.context import find_passage, index_for, question_query, tokens  # noqa: E402
from questions.model import Passage  # noqa: E402
from questions.packs import BUILTIN_DIR, load_pack  # noqa: E402


def overlap_baseline(text: str, q) -> Passage | None:
    """The sentence sharing the most words with the question: what BM25 is measured against."""
    words = set(tokens(question_query(q)))
    best = max(index_for(text).sentences, key=lambda s: len(words & set(tokens(s.text))), default=None)
    return None if best is None else Passage(text=best.text, start=best.start, end=best.end)


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [BUILTIN_DIR / "summit" / "summit.toml",
                                                 BUILTIN_DIR / "summit" / "summit-generated.toml"]
    for path in paths:
        pack = load_pack(path)
        text = pack.article.text
        for label, drop in (("with explanations", {}), ("without explanations", {"explanation": None})):
            for name, finder in (("bm25", find_passage), ("word overlap", overlap_baseline)):
                hits = 0
                t = time.perf_counter()
                for q in pack.questions:
                    found = finder(text, q.model_copy(update={"source": None, **drop}))
                    hits += found is not None and found.start < q.source.end and q.source.start < found.end
                ms = (time.perf_counter() - t) * 1000 / len(pack.questions)
                print(f"{pack.id:18} {label:21} {name:13} {hits:3}/{len(pack.questions)} "
                      f"= {hits / len(pack.questions):6.1%}   {ms:5.2f} ms per look-up")


if __name__ == "__main__":
    main()
