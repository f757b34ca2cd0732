"""Generates questions for a set of articles and writes them in a readable form for judging.

    uv run python bench/generate_eval.py [ARTICLE_OR_FOLDER...] [--glob '*-00[1-4].txt'] [--count 15]
                                          [--seed 0] [--out bench/results/eval.md]

Default: the development articles in ../shared/articles/dev (when present). For every question it
prints the prompt, the options (the right one marked), the evidence sentence, and the automatic
checks that can be computed: source offsets exact, answer named in the evidence, options distinct,
no option inside another, no option named in the stem. A strict reader still has to judge each one
against the rubric; these checks only catch the mechanical failures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from questions.errors import PackError  # noqa: E402
from questions.generate import generate_from_files  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "articles" / "dev"


def _norm(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("’", "'").lower()).strip()


def checks(pack, q) -> list[str]:
    """Mechanical problems with a question (empty when none found)."""
    bad = []
    art = pack.article.text
    if q.source is None or art[q.source.start:q.source.end] != q.source.text:
        bad.append("source offsets wrong")
    texts = [o.text or "" for o in q.options]
    if q.type == "choice":
        right = [o.text for o in q.options if o.credit >= 1]
        if len(right) != 1:
            bad.append("not exactly one right option")
        if len({_norm(t) for t in texts}) != len(texts):
            bad.append("duplicate options")
        for a in texts:
            for b in texts:
                if a != b and _norm(a) in _norm(b):
                    bad.append(f"option '{a}' inside '{b}'")
        for t in texts:
            if re.search(r"(?<!\w)" + re.escape(_norm(t)) + r"(?!\w)", _norm(q.prompt)):
                bad.append(f"option '{t}' named in the prompt")
        if right and q.source and q.id.split("-")[0] in ("cloze", "wh", "number"):
            words = [w for w in _norm(right[0]).removeprefix("the ").split() if len(w) > 3] or [_norm(right[0])]
            if not any(w in _norm(q.source.text) for w in words):
                bad.append("answer not in the evidence")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--glob", default="*.txt")
    ap.add_argument("--count", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    paths = args.paths or ([DEV] if DEV.is_dir() else [])
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob(args.glob)) if p.is_dir() else [p])
    if not files:
        print("no articles: pass files or folders", file=sys.stderr)
        return 2
    lines: list[str] = []
    kinds: Counter = Counter()
    n_q = n_bad = 0
    per_article = []
    for f in files:
        words = len(f.read_text(encoding="utf-8").split())
        lines.append(f"\n## {f.name} ({words} words)\n")
        try:
            pack = generate_from_files([f], count=args.count, seed=args.seed)
        except PackError as e:
            lines.append(f"ERROR: {e}\n")
            per_article.append((f.name, words, 0))
            continue
        per_article.append((f.name, words, len(pack.questions)))
        for q in pack.questions:
            kind = q.id.split("-")[0]
            kinds[kind] += 1
            n_q += 1
            lines.append(f"### {q.id} [{q.type}]")
            lines.append(f"Q: {q.prompt}")
            for left, right in q.pairs:
                lines.append(f"  * {left} → {right}")
            for o in q.options:
                if o.text is not None:
                    lines.append(f"  {'*' if o.credit >= 1 else '-'} {o.text}")
                else:
                    lines.append(f"  * {o.describe_number()}")
            if q.type == "match":  # each pair has its own evidence, quoted in the explanation
                lines.append(f"Evidence: {q.explanation.removeprefix('The article says: ')}")
            else:
                lines.append(f"Evidence: {q.source.text if q.source else '-'}")
            if q.explanation and not q.explanation.startswith("The article says"):
                lines.append(f"Note: {q.explanation.split(' The article says')[0]}")
            bad = checks(pack, q)
            if bad:
                n_bad += 1
                lines.append("CHECKS: " + "; ".join(bad))
            lines.append("")
    total_words = sum(w for _, w, _ in per_article)
    summary = [
        "# Generated questions for judging",
        "",
        f"articles: {len(files)}; questions: {n_q}; per article: {n_q / len(files):.1f}; "
        f"per 400 words: {400 * n_q / max(1, total_words):.1f}",
        "kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        f"questions failing an automatic check: {n_bad}",
        "fewest questions: " + ", ".join(f"{n} ({c})" for n, _, c in sorted(per_article, key=lambda x: x[2])[:3]),
    ]
    text = "\n".join(summary + lines) + "\n"
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print("\n".join(summary))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
