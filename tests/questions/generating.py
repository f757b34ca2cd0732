"""A helper for the generator tests: an article written in a test, analysed as the generator would."""

from __future__ import annotations


def analyse_text(nlp, text: str, name: str = "t.txt"):
    """The `Analysis` of one article given as text (headline, blank line, paragraphs)."""
    from questions.generate.analyse import analyse
    from questions.generate.clean import prepare

    return analyse([prepare(text, name)], nlp)[0]


def blanked(nlp, text: str, word: str, sent: int = 0):
    """(sentence, mention, stem) for the mention `word` of sentence `sent`, blanked as a cloze would."""
    from questions.generate.base import blank_out

    s = analyse_text(nlp, text).sents[sent]
    m = next(m for m in s.mentions if m.text == word)
    return s, m, blank_out(s, m.i, m.j)


def person(ana, name: str):
    """The entity of an analysed article named `name` in full."""
    return next(e for e in ana.entities if e.name == name)
