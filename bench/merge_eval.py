"""Merges the question files of several generator versions into one file for a blind judgement.

    uv run python bench/merge_eval.py A.md B.md --out union.md --key key.json

Each article keeps one copy of every distinct question (same prompt and options), relabelled
q01, q02… in a shuffled order, so the judge cannot tell which version made it. The key (which
versions made each label) goes to a separate JSON file for scoring afterwards:

    uv run python bench/merge_eval.py --score key.json judgement.md

reads "qNN … PASS/FAIL" verdicts from the judgement and prints each version's pass rate.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path


def _blocks(path: Path) -> dict[str, list[str]]:
    """Article name -> question blocks (text from "### " up to the next heading)."""
    out: dict[str, list[str]] = {}
    art = None
    cur: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") and not line.startswith("## Summary"):
            art = line[3:].split(" (")[0].strip()
            out.setdefault(art, [])
            cur = None
        elif line.startswith("### ") and art is not None:
            cur = [line]
            out[art].append(cur)
        elif cur is not None:
            cur.append(line)
    return {a: ["\n".join(b).strip() for b in bs] for a, bs in out.items()}


def _body(block: str) -> str:
    """A block without its heading (the kind and number differ between versions)."""
    return block.split("\n", 1)[1] if "\n" in block else ""


def _same(block: str) -> str:
    """What makes two blocks the same question: the prompt and the set of options, in any order."""
    lines = _body(block).splitlines()
    prompt = next((x for x in lines if x.startswith("Q:")), "")
    options = sorted(x.strip() for x in lines if x.startswith("  "))
    return prompt + "\n" + "\n".join(options)


MATCHING = ("Typed answers (the lines marked * under a question with no - lines) are matched as the app "
            "matches them: case, accents, punctuation and a leading \"the\", \"a\" or \"an\" are ignored, and a "
            "small typing slip is forgiven. Any other form is refused.")
"""How the app compares a typed answer with the accepted forms (questions.grading), told to the judge."""


def merge(paths: list[Path], seed: int) -> tuple[str, dict]:
    rng = random.Random(seed)
    versions = [_blocks(p) for p in paths]
    articles = sorted({a for v in versions for a in v})
    lines = ["# Generated questions for judging", "", MATCHING, ""]
    key: dict[str, dict] = {}
    n = 0
    for art in articles:
        seen: dict[str, dict] = {}
        text: dict[str, str] = {}
        for vi, v in enumerate(versions):
            for b in v.get(art, []):
                same = _same(b)
                text.setdefault(same, _body(b))
                entry = seen.setdefault(same, {"kind": b.split()[1].rsplit("-", 1)[0], "versions": []})
                if paths[vi].name not in entry["versions"]:
                    entry["versions"].append(paths[vi].name)
        bodies = list(seen)
        rng.shuffle(bodies)
        lines.append(f"## {art}")
        lines.append("")
        if not bodies:
            lines += ["(no questions)", ""]
        for body in bodies:
            n += 1
            label = f"q{n:02d}"
            lines += [f"### {label}", text[body], ""]
            key[label] = {"article": art, **seen[body]}
    return "\n".join(lines), key


def score(key_path: Path, judgement: Path) -> None:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    verdict: dict[str, bool] = {}
    for line in judgement.read_text(encoding="utf-8").splitlines():
        m = re.search(r"\b(q\d{2})\b.*?\b(PASS|FAIL)\b", line, re.I)
        if m and m.group(1) not in verdict:
            verdict[m.group(1)] = m.group(2).upper() == "PASS"
    versions = sorted({v for e in key.values() for v in e["versions"]})
    for v in versions:
        labels = [k for k, e in key.items() if v in e["versions"]]
        judged = [k for k in labels if k in verdict]
        ok = sum(verdict[k] for k in judged)
        print(f"{v}: {ok}/{len(judged)} pass" + (f" ({ok / len(judged):.0%})" if judged else "") +
              (f"; {len(labels) - len(judged)} without a verdict" if len(judged) < len(labels) else ""))
    if len(versions) == 2:
        a, b = versions
        for x, y in ((a, b), (b, a)):
            only = [k for k, e in key.items() if x in e["versions"] and y not in e["versions"] and k in verdict]
            print(f"only in {x}: {sum(verdict[k] for k in only)}/{len(only)} pass")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--key", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--score", type=Path, help="a key file: score the judgement given as the file")
    args = ap.parse_args(argv)
    if args.score:
        score(args.score, args.files[0])
        return 0
    if not args.out or not args.key:
        print("--out and --key are needed to merge", file=sys.stderr)
        return 2
    text, key = merge(args.files, args.seed)
    args.out.write_text(text + "\n", encoding="utf-8")
    args.key.write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    print(f"{len(key)} questions from {len(args.files)} versions -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
