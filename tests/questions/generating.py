"""A helper for the generator tests: an article written in a test, analysed as the generator would."""

from __future__ import annotations


def analyse_text(nlp, text: str, name: str = "t.txt"):
    """The `Analysis` of one article given as text (headline, blank line, paragraphs)."""
    from questions.generate.analyse import analyse
    from questions.generate.clean import prepare

    return analyse([prepare(text, name)], nlp)[0]
