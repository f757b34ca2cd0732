"""Provides the passage that supports an answer: the quoted source, or the best body sentence.

A question without a `source` quote (most teachers' packs) gets the article sentence that ranks best
against the question, its right answer and its explanation, by BM25 over the body sentences, with a
small bonus for the sentences of the best-ranked paragraph. Captions and alt-text are never evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from questions.article import ArticleText, Span, parse_article
from questions.model import Passage, Question

_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_STOP = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being has have "
    "had do does did will would could should may might can this that these those it its it's he she "
    "they them his her their we our you your i me my not no so than then there here what which who whom "
    "whose when where why how about into over after before during up down out off again also only very "
    "said says say".split()
)
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000",
}


def _stem(word: str) -> str:
    """A very light stemmer: enough to meet "missiles" with "missile" and "fired" with "fire"."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Content words of `text`, lowercased and stemmed; number words as digits."""
    out = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        w = w.removesuffix("'s")
        if w in _STOP:
            continue
        out.append(_NUMBER_WORDS.get(w, _stem(w)))
    return out


class BM25:
    """Okapi BM25 over a list of documents (here: sentences)."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.tf = [Counter(d) for d in docs]
        self.len = [len(d) for d in docs]
        self.avg = (sum(self.len) / len(docs)) if docs else 0.0
        df = Counter(t for d in docs for t in set(d))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query: list[str]) -> list[float]:
        """The score of every document for `query`."""
        out = []
        for tf, length in zip(self.tf, self.len):
            s = 0.0
            norm = self.k1 * (1 - self.b + self.b * length / (self.avg or 1))
            for t in query:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + norm)
            out.append(s)
        return out


class ArticleIndex:
    """An article ready for passage look-ups."""

    def __init__(self, text: str):
        self.article: ArticleText = parse_article(text)
        self.sentences: list[Span] = self.article.sentences
        self.bm25 = BM25([tokens(s.text) for s in self.sentences])
        para_of = {}
        for pi, p in enumerate(self.article.body):
            for s in p.sentences:
                para_of[s.start] = pi
        self.para_of = [para_of[s.start] for s in self.sentences]
        self.para_bm25 = BM25([tokens(p.text) for p in self.article.body])

    def rank(self, query: str) -> list[tuple[float, Span]]:
        """Body sentences ranked against `query`, best first."""
        q = tokens(query)
        if not q or not self.sentences:
            return []
        sent = self.bm25.scores(q)
        para = self.para_bm25.scores(q)
        top_para = max(para) or 1.0
        scored = [
            (s + 0.3 * para[self.para_of[i]] / top_para * (max(sent) or 1.0), self.sentences[i])
            for i, s in enumerate(sent)
        ]
        scored.sort(key=lambda x: (-x[0], x[1].start))
        return scored


@lru_cache(maxsize=16)
def index_for(text: str) -> ArticleIndex:
    """The (cached) index of an article's text."""
    return ArticleIndex(text)


def question_query(q: Question) -> str:
    """What to search the article with for a question: prompt, right answer, explanation."""
    parts = [q.prompt]
    if q.type not in ("truefalse",):
        parts.append(q.right_answer_text())
    parts.extend(o.text or "" for o in q.options if o.credit > 0 and q.type in ("short", "multi"))
    if q.explanation:
        parts.append(q.explanation)
    return " ".join(parts)


def find_passage(article_text: str, q: Question) -> Passage | None:
    """The best body sentence of the article for question `q`, or None when nothing matches."""
    ranked = index_for(article_text).rank(question_query(q))
    if not ranked or ranked[0][0] <= 0:
        return None
    best = ranked[0][1]
    return Passage(text=best.text, start=best.start, end=best.end)
