"""Measures the question generator's speed against spaCy's own parse of the same articles.

    uv run python bench/generate_speed.py [FOLDER] [--repeat 3]

Default folder: ../shared/articles/dev when present. Prints articles per second for generating a
pack from each article (cleaning, parsing, every kind of question, filtering, ranking) and for
`nlp.pipe` over the same texts alone, and the ratio of the two (the target is at most 1.5: the
generator adds at most half again to the parse it cannot avoid). Both are measured in the same run,
after one warm-up pass, as the best of `--repeat` rounds. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from questions.errors import PackError  # noqa: E402
from questions.generate import generate_pack  # noqa: E402
from questions.generate.analyse import load_nlp  # noqa: E402
from questions.generate.clean import read_article  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "articles" / "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEV)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(p for p in args.folder.glob("*") if p.suffix in (".txt", ".md", ".html"))
    if not files:
        print(f"no articles in {args.folder}", file=sys.stderr)
        return 2
    texts = [(str(f), read_article(f)[0]) for f in files]
    nlp = load_nlp()
    raw = [t for _, t in texts]

    def parse_only() -> None:
        for _ in nlp.pipe(raw):
            pass

    def generate_all() -> int:
        n = 0
        for name, text in texts:
            try:
                n += len(generate_pack([(name, text)], count=15, seed=0).questions)
            except PackError:
                pass
        return n

    parse_only()
    generate_all()  # warm-up: the model and caches loaded for both
    best_parse = best_gen = float("inf")
    questions = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        parse_only()
        best_parse = min(best_parse, time.perf_counter() - t0)
        t0 = time.perf_counter()
        questions = generate_all()
        best_gen = min(best_gen, time.perf_counter() - t0)
    n = len(texts)
    print(f"articles: {n} ({sum(len(t.split()) for t in raw):,} words), questions: {questions}")
    print(f"nlp.pipe parse only: {n / best_parse:6.1f} articles/s ({best_parse:.2f} s)")
    print(f"generate_pack:       {n / best_gen:6.1f} articles/s ({best_gen:.2f} s)")
    print(f"ratio generate/parse: {best_gen / best_parse:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
