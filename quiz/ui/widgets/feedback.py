"""Provides the feedback panel: right or wrong, why, and the article passage that settles it."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import Static

from questions.context import index_for, tokens
from questions.model import Passage, Question

ORIGIN_LABEL = {
    "hand-written": "hand-written question",
    "generated": "generated from the article",
    "imported": "imported question",
}


def key_words(q: Question) -> set[str]:
    """Stems of the words to highlight in the passage: the right answer's (or the prompt's)."""
    basis = q.right_answer_text() if q.type not in ("truefalse",) else q.prompt
    words = set(tokens(basis))
    return words or set(tokens(q.prompt))


def passage_text(article_text: str, passage: Passage, words: set[str]) -> Text:
    """The paragraph around `passage`, the evidence in bold and its key words highlighted."""
    art = index_for(article_text).article  # parsed once per article, shared with passage finding
    para = art.paragraph_at(passage.start)
    start, end = (para.start, para.end) if para is not None else (passage.start, passage.end)
    end = max(end, passage.end)
    text = Text(article_text[start:end])
    a, b = passage.start - start, passage.end - start
    text.stylize("bold", a, b)
    for m in re.finditer(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", text.plain[a:b]):
        if set(tokens(m.group())) & words:
            text.stylize("bold underline reverse", a + m.start(), a + m.end())
    return text


class FeedbackPanel(Static):
    """Shown after an answer: verdict in words and colour, explanation, evidence."""

    def show(self, *, q: Question, credit: float, correct: bool, feedback: list[str],
             passage: Passage | None, article_text: str | None, pack_title: str,
             given: str = "") -> None:
        """Fill the panel for a graded answer."""
        out = Text()
        if correct:
            out.append("✓ Right!", style="bold green")
        elif credit > 0:
            out.append(f"◐ Partly right ({credit:.0%} of the mark)", style="bold yellow")
        else:
            out.append("✗ Not quite.", style="bold red")
        if not correct:
            out.append("  The answer: ", style="bold")
            out.append(q.right_answer_text())
            if q.type in ("short", "number") and given:
                out.append("  You wrote: ", style="bold")
                out.append(given)
        out.append("\n")
        for line in feedback:
            out.append("• ", style="bold")
            out.append(line)
            out.append("\n")
        if q.explanation:
            out.append("Why: ", style="bold")
            out.append(q.explanation)
            out.append("\n")
        if passage is not None and article_text is not None:
            how = "From the article" if q.source is not None else "From the article (best match)"
            out.append(f"\n{how}:\n", style="bold")
            out.append(passage_text(article_text, passage, key_words(q)))
            out.append("\n")
        out.append("\n")
        out.append(Text(f"{ORIGIN_LABEL.get(q.origin, q.origin)} · {pack_title}", style="dim italic"))
        out.append(Text("\nEnter/Space next · a article · q leave", style="dim"))
        self.update(out)
