"""Provides the question generator: news articles in, a pack of checked questions out, offline.

    pack = generate_pack([("summit.txt", text)], count=15, seed=0)
    pack = generate_from_files([Path("article.html")], count=15, seed=0)

Each article is checked and cleaned (`clean`), its body sentences parsed by spaCy in one
`nlp.pipe` run and analysed (`analyse`). Each kind of question proposes candidates (`cloze`,
`quotes`, `wh`, `numbers`, `truefalse`), hard filters drop what a strict teacher would fail
(`filters`, `distractors`), and `rank` keeps the best `count`, varied, deterministic for a seed.

Several articles make one pack with one stored article: their texts joined by a blank line, in
the order given, so every offset stays valid; the pack's article title lists their headlines.
spaCy is imported only inside this package and only when generating.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from questions.errors import PackError
from questions.model import Article, Option, Pack, PackInfo, Passage, Question, n_questions

__all__ = ["generate_pack", "generate_from_files", "Cancelled", "KINDS"]

KINDS = ("cloze", "quote", "wh", "number", "truefalse", "match")
"""The kinds of generated question; a question's id starts with its kind ("quote-03")."""

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside generation when the caller's `cancelled()` says so."""


def generate_from_files(paths: Sequence[str | Path], count: int = 15, seed: int = 0, *,
                        pack_id: str | None = None, title: str | None = None,
                        progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None) -> Pack:
    """Read article files (.txt, .md, .html) and generate a pack from them.

    Raises PackError naming the file for a missing, unreadable, binary, empty, oversized or
    too-short article, and when no good question can be made.
    """
    from questions.generate.clean import read_article

    if not paths:
        raise PackError("no article given")
    sources = []
    titles = []
    for p in paths:
        text, page_title = read_article(p)
        sources.append((str(p), text))
        titles.append(page_title)
    return generate_pack(sources, count=count, seed=seed, pack_id=pack_id, title=title,
                         progress=progress, cancelled=cancelled, titles=titles)


def generate_pack(sources: Sequence[tuple[str, str]] | Sequence[Path], *, count: int = 15, seed: int = 0,
                  pack_id: str | None = None, title: str | None = None,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                  titles: Sequence[str | None] | None = None) -> Pack:
    """A pack of at most `count` generated questions about the given articles.

    `sources` are (name, stored text) pairs (text as `clean.read_article` returns it, or plain text),
    or paths to read. `progress(fraction, message)` is called along the way; `cancelled()` is polled
    and, when it returns true, generation stops by raising `Cancelled`. Raises PackError for an
    empty, non-text, oversized (> 1 MB) or too-short article, or when no good question comes out.
    """
    from questions.generate.clean import check_length, check_text, clean_text, prepare, read_article

    if count < 1:
        raise PackError("count must be at least 1")
    pairs: list[tuple[str, str]] = []
    page_titles = list(titles or [])
    for k, src in enumerate(sources):
        if isinstance(src, (str, Path)) and not isinstance(src, tuple):
            text, t = read_article(src)
            pairs.append((str(src), text))
            if len(page_titles) <= k:
                page_titles.append(t)
        else:
            name, text = src
            check_text(text, name)
            cleaned = clean_text(text)
            if cleaned.rstrip("\n") != text.rstrip("\n"):
                text = cleaned  # line ends or boilerplate changed: store the cleaned text
            pairs.append((name, text))
    if not pairs:
        raise PackError("no article given")
    page_titles += [None] * (len(pairs) - len(page_titles))

    def step(fraction: float, message: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(min(1.0, fraction), message)

    step(0.0, "Checking the article")
    # One stored text: a single article as given; several joined by a blank line, in order.
    parts = [text for _, text in pairs]
    if len(parts) > 1:
        parts = [t.rstrip("\n") for t in parts]
    stored = "\n\n".join(parts) + ("\n" if len(parts) > 1 else "")
    prepared = []
    base = 0
    for (name, _), part, page_title in zip(pairs, parts, page_titles):
        prep = prepare(part, name, page_title)
        check_length(prep)
        prepared.append(_shift(prep, base))
        base += len(part) + 2
    for p in prepared:
        p.text = stored

    step(0.05, "Loading the language model")
    from questions.generate import analyse as _an
    from questions.generate import cloze, numbers, quotes, roles, scores, truefalse, wh
    from questions.generate.rank import select

    nlp = _an.load_nlp()
    analyses = _an.analyse(prepared, nlp, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise Cancelled()
    step(0.8, "Writing questions")
    rng = random.Random(_stable_seed(seed, stored))
    from questions.generate.filters import final_check

    cands = []
    for ana in analyses:
        for module in (quotes, cloze, wh, numbers, scores, truefalse, roles):  # quotes first: it finds the speakers
            cands.extend(c for c in module.candidates(ana, random.Random(rng.random())) if final_check(c))
    step(0.9, "Choosing the best questions")
    chosen = select(cands, count, random.Random(rng.random()), n_articles=len(analyses))
    if not chosen:
        raise PackError("no question passed the generator's checks for this article: its sentences lean "
                        "on each other (\"he\", \"the deal\") or it is short; write questions by hand in a "
                        "pack (see docs/packs.md) or try another article",
                        pairs[0][0] if len(pairs) == 1 else "<articles>")
    questions = [_to_question(c, k + 1, random.Random(rng.random())) for k, c in enumerate(chosen)]
    headlines = [p.title for p in prepared if p.title]
    art_title = "; ".join(headlines) if headlines else None
    article = Article(title=art_title, source=None, text=stored)
    pack_title = title or (f"Quiz: {art_title}" if art_title else "Generated quiz")
    pid = pack_id or _slug(art_title or pairs[0][0]) or "generated"
    step(1.0, "Done")
    return Pack(pack=PackInfo(id=pid, title=pack_title, author="newsquiz generator",
                              description=f"{n_questions(len(questions))} made by the question generator "
                                          f"(seed {seed}).", article=article),
                questions=questions)


def _shift(prep, base: int):
    """The same prepared article with offsets moved by `base` (its place in the joined text)."""
    from questions.generate.clean import Prepared, Sentence

    if base == 0:
        return prep
    sents = [Sentence(s.start + base, s.end + base, s.text, s.paragraph) for s in prep.sentences]
    return Prepared(prep.text, prep.title, sents, prep.name)


def _stable_seed(seed: int, text: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}\0{text}".encode()).digest()[:8], "big")


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:6])[:48].strip("-")


def _to_question(c, index: int, rng: random.Random) -> Question:
    span = c.sent.span
    source = Passage(text=span.text, start=span.start, end=span.end)
    qid = f"{c.kind}-{index:02d}"
    if c.qtype == "truefalse":
        options = [Option(text="True", credit=1.0 if c.truth else 0.0),
                   Option(text="False", credit=0.0 if c.truth else 1.0)]
    elif c.qtype == "number":
        options = [Option(value=c.value, tolerance=0.0, credit=1.0)]
    elif c.qtype == "short":
        options = [Option(text=a, credit=1.0) for a in c.accepted]
    elif c.qtype == "match":
        return Question(id=qid, type="match", prompt=c.prompt, pairs=list(c.pairs), explanation=c.explanation,
                        source=source, origin="generated")
    else:
        texts = [c.answer] + list(c.distractors)
        rng.shuffle(texts)
        options = [Option(text=t, credit=1.0 if t == c.answer else 0.0) for t in texts]
    return Question(id=qid, type=c.qtype, prompt=c.prompt, options=options, explanation=c.explanation,
                    source=source, origin="generated")
