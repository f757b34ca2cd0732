"""Provides the article model: paragraphs and sentences with character offsets, captions set aside.

News text copied from a web page mixes the story with photo alt-text ("Kim Jong Un") and caption or
credit lines ("… (Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP)"). Only body text is evidence;
everything else is kept, with its kind, so that offsets still point into the stored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Kind = Literal["headline", "body", "caption", "alt"]

# A credit at the end of a caption: "(Name, Agency via AP)", "(Getty Images)", "Photo: Reuters".
_CREDIT_WORDS = (
    r"via AP|AP Photo|Pool Photo|Getty Images|Getty|Reuters|AFP|EPA|Shutterstock|Alamy|PA Media|"
    r"PA Wire|Bloomberg|Photograph|Photo|Image|Sputnik|Xinhua|Kyodo|Yonhap|ANSA|dpa"
)
_CREDIT_TAIL = re.compile(r"\((?:[^()]*?\b(?:" + _CREDIT_WORDS + r")\b[^()]*)\)\s*$", re.I)
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?:image|photo|picture)\s*(?:source|credit)?\s*[:,]|(?:getty images|reuters|afp|"
    r"ap photo|epa)\s*$)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…]['’\"”)\]]*$")

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "rev",
    "gov", "sen", "rep", "co", "corp", "inc", "ltd", "no", "vs", "etc", "e.g", "i.e", "u.s",
    "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "approx", "fig", "mt", "ft", "vol",
}
_BOUNDARY = re.compile(r"[.!?…]+['’\"”)\]]*(?=\s+)")


@dataclass(frozen=True)
class Span:
    """A stretch of the article's text: `text == article[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph with its kind and its sentences (body paragraphs only have sentences)."""

    kind: Kind = "body"
    sentences: tuple[Span, ...] = field(default=())


@dataclass
class ArticleText:
    """An article's text split into paragraphs and sentences."""

    text: str
    paragraphs: list[Paragraph]

    @cached_property
    def body(self) -> list[Paragraph]:
        """Paragraphs of the story itself: the only evidence."""
        return [p for p in self.paragraphs if p.kind == "body"]

    @cached_property
    def sentences(self) -> list[Span]:
        """Every sentence of the body, in order."""
        return [s for p in self.body for s in p.sentences]

    @cached_property
    def headline(self) -> str | None:
        for p in self.paragraphs:
            if p.kind == "headline":
                return p.text
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that contains the character at `offset`."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None

    def is_evidence(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` lies within one body paragraph."""
        p = self.paragraph_at(start)
        return p is not None and p.kind == "body" and end <= p.end

    def sentences_overlapping(self, start: int, end: int) -> list[Span]:
        """Body sentences that share at least one character with `[start, end)`."""
        return [s for s in self.sentences if s.start < end and start < s.end]


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption or credit rather than story text."""
    return bool(_CREDIT_TAIL.search(line) or _CREDIT_LINE.match(line))


def _looks_like_label(line: str) -> bool:
    """A short line without closing punctuation: a headline, alt-text or a subheading."""
    words = line.split()
    return 0 < len(words) <= 14 and not _SENTENCE_END.search(line.strip())


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Split `text` into sentences; offsets are shifted by `offset`.

    A sentence ends at `.`, `!` or `?` (with any closing quotes) followed by space and a capital, a
    digit or an opening quote, unless the word before the full stop is a known abbreviation or a
    single initial.
    """
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        nxt = text[end:].lstrip()
        if not nxt:
            continue
        if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“‘'(["):
            continue
        if _inside_quote(text[start:m.start()], text[end:]):
            continue
        before = text[start:m.start() + 1].rstrip(".")
        word = re.split(r"[\s(\"“‘]", before)[-1].lower() if before else ""
        if m.group().startswith(".") and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            spans.append(Span(offset + start + lead, offset + end, chunk.strip()))
        start = end
    chunk = text[start:]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        stripped = chunk.strip()
        spans.append(Span(offset + start + lead, offset + start + lead + len(stripped), stripped))
    return spans


def _inside_quote(before: str, after: str) -> bool:
    """Whether a full stop falls inside a quotation that closes later in the paragraph."""
    opened = before.count("“") - before.count("”")
    if opened > 0 and "”" in after:
        return True
    if "“" not in before and before.count('"') % 2 == 1 and '"' in after:
        return True
    return False


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, end excluding the newline and trailing space."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    return out


def parse_article(text: str) -> ArticleText:
    """Split an article into paragraphs (one a line) and sentences, telling body from captions.

    The first line is a headline when it reads like one (short, no closing full stop). A caption line
    ends in a photo credit; the short label lines just before it are its alt-text.
    """
    lines = _lines(text)
    kinds: list[Kind] = ["body"] * len(lines)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if is_caption(line):
            kinds[i] = "caption"
            j = i - 1
            while j >= 0 and kinds[j] == "body" and _looks_like_label(text[lines[j][0]:lines[j][1]]):
                # Alt-text sits directly above its caption, with no blank line in between.
                if "\n\n" in text[lines[j][1]:lines[j + 1][0]].replace("\r", ""):
                    break
                kinds[j] = "alt"
                j -= 1
    if lines and kinds[0] == "body" and _looks_like_label(text[lines[0][0]:lines[0][1]]):
        kinds[0] = "headline"
    paragraphs = []
    for (s, e), kind in zip(lines, kinds):
        if kind == "body" and _looks_like_label(text[s:e]) and len(text[s:e].split()) <= 6:
            kind = "alt"  # a stray label (subheading, image name) is not evidence either
        sentences = tuple(split_sentences(text[s:e], s)) if kind == "body" else ()
        paragraphs.append(Paragraph(s, e, text[s:e], kind, sentences))
    return ArticleText(text, paragraphs)
