"""Provides input checks and cleaning: article files to the stored text and its body sentences.

The stored text is what a pack keeps as its article and what every offset points into. For a `.txt`
file it is the file's text with line endings made `\\n` and share/byline boilerplate lines dropped;
for `.md` the same after stripping Markdown marks; for `.html` the story's paragraphs. Captions and
photo alt-text stay in the stored text (the article model sets them aside), but no question is ever
made from them: only body sentences, as `questions.article.parse_article` sees them, are evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from questions.article import Span, is_caption, parse_article
from questions.errors import PackError
from questions.packs import read_text_file

MAX_ARTICLE_BYTES = 1_000_000
MIN_ARTICLE_WORDS = 60
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text", "")

# Lines that are page furniture, not story: share buttons, bylines, "Read more", timestamps.
_JUNK_LINE = re.compile(
    r"^\s*(?:"
    r"(?:share|share this|share on \w+|copy link|email|print|tweet|follow us.*|sign up.*|subscribe.*)"
    r"|read more\b.*|related (?:topics|stories|content|articles)\b.*|more on this story\b.*"
    r"|advertisement|skip (?:to content|advert)\b.*|listen to this article.*|comments?"
    r"|(?:published|updated|posted|last updated)\b.{0,60}"
    r"|(?:image|photo|picture|video)(?: source| credit| caption)?\s*[:,].*"
    r"|\(?(?:reporting|additional reporting|editing|writing) by\b.*"
    r"|copyright\b.*|©.*|all rights reserved.*"
    r")\s*$",
    re.I,
)
# A byline: "By Jane Smith", "By Jane Smith, BBC News" (case matters: "By Monday, ..." is story).
_BYLINE = re.compile(r"^\s*By [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?:,? [A-Z][A-Za-z ]{0,40})?\s*$")
# A dateline in front of the first sentence: "LONDON (Reuters) -", "WASHINGTON, March 3 (AP) —".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,[^()\n]{0,30})?\s*(?:\([A-Za-z .]{2,20}\))?\s*[-–—]+\s+")


@dataclass(frozen=True)
class Sentence(Span):
    """A body sentence that may be evidence: offsets into the stored text, and its paragraph."""

    paragraph: int = 0
    """Index of its body paragraph in the article (0 for the first)."""


@dataclass
class Prepared:
    """One article ready for analysis: stored text, headline and evidence sentences."""

    text: str
    title: str | None
    sentences: list[Sentence]
    name: str = "<article>"


def check_text(text: str, name: str = "<article>") -> None:
    """Raise PackError when `text` is empty, not text, or far bigger than an article."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise PackError(f"the article is over {MAX_ARTICLE_BYTES:,} bytes: that is not one news "
                        f"article (split it, or pass only the story)", name)
    if not text.strip():
        raise PackError("the article is empty", name)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > 10:
        raise PackError("this is not a text article (it looks like a binary file)", name)


def read_article(path: str | Path) -> tuple[str, str | None]:
    """The stored text and title of an article file (.txt, .md or .html); PackError when unusable."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise PackError(f"unsupported article file type '{path.suffix}': use .txt, .md or .html", path)
    raw = read_text_file(path, max_bytes=MAX_ARTICLE_BYTES, what="article")
    check_text(raw, str(path))
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm") or (suffix == "" and re.match(r"\s*<(!doctype|html)", raw, re.I)):
        text, title = html_to_text(raw)
        if not text.strip():
            raise PackError("no article text found in this HTML page", path)
        return text, title
    if suffix in (".md", ".markdown"):
        raw = markdown_to_text(raw)
    return clean_text(raw), None


def clean_text(raw: str) -> str:
    """Plain text as stored: `\\n` line ends, no trailing spaces, boilerplate lines dropped."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in raw.split("\n")]
    kept = [line for line in lines if not _is_junk(line)]
    text = "\n".join(kept).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + ("\n" if text else "")


def _is_junk(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _BYLINE.match(s):
        return True
    if _JUNK_LINE.match(s):
        # A real sentence that happens to start with "By" ends with a full stop and is long.
        return not (len(s.split()) > 12 and s.endswith("."))
    return False


_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def markdown_to_text(raw: str) -> str:
    """Markdown as plain text: headings, emphasis, links and images reduced to their words."""
    out = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        if _MD_IMAGE.match(line) or re.match(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", line):
            continue
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^\s*[-*+]\s+", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", line)
        line = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", line)
        line = line.replace("`", "")
        out.append(line)
    return "\n".join(out)


class _StoryParser(HTMLParser):
    """Collects a page's headline and paragraphs, skipping navigation, figures and scripts."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "form",
            "noscript", "button", "svg", "iframe", "select", "template"}
    BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.block: str | None = None
        self.buf: list[str] = []
        self.blocks: list[tuple[str, str]] = []
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCKS and not self.skip_depth:
            self._flush()
            self.block = tag
        elif tag == "br" and self.block:
            self.buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag == self.block:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.block and not self.skip_depth:
            self.buf.append(data)

    def _flush(self) -> None:
        if self.block:
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.blocks.append((self.block, text))
        self.block, self.buf = None, []


def html_to_text(raw: str) -> tuple[str, str | None]:
    """The story of a saved web page as plain text (headline line, then paragraphs) and its title."""
    parser = _StoryParser()
    parser.feed(raw)
    parser.close()
    parser._flush()
    headline = next((t for tag, t in parser.blocks if tag == "h1"), None)
    paragraphs = [t for tag, t in parser.blocks if tag in ("p", "blockquote") and len(t.split()) >= 4]
    lines = ([headline] if headline else []) + paragraphs
    title = headline or (re.sub(r"\s+", " ", parser.title).strip() or None)
    return clean_text("\n\n".join(lines)), title


def prepare(text: str, name: str = "<article>", title: str | None = None) -> Prepared:
    """Split a stored text into its evidence sentences (body only, datelines trimmed)."""
    art = parse_article(text)
    sentences: list[Sentence] = []
    for pi, para in enumerate(art.body):
        if is_caption(para.text) or _is_junk(para.text):
            continue
        for k, s in enumerate(para.sentences):
            start, stext = s.start, s.text
            if pi <= 1 and k == 0 and (m := _DATELINE.match(stext)):
                start += m.end()
                stext = stext[m.end():]
            if stext.strip():
                sentences.append(Sentence(start, start + len(stext), stext, pi))
    return Prepared(text, title or art.headline, sentences, name)


def check_length(prepared: Prepared) -> None:
    """Raise PackError when an article has too little body text to make questions from."""
    words = sum(len(s.text.split()) for s in prepared.sentences)
    if words < MIN_ARTICLE_WORDS or len(prepared.sentences) < 3:
        raise PackError(f"the article is too short to make questions from ({words} words of story "
                        f"text; at least {MIN_ARTICLE_WORDS} are needed)", prepared.name)
