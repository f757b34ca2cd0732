"""Context finding: every question gets a passage really in the article, quoted or found."""

from questions.article import parse_article
from questions.context import BM25, find_passage, tokens
from questions.model import Option, Question


def test_every_summit_source_is_verbatim_body_text(summit):
    text = summit.article.text
    art = parse_article(text)
    for q in summit.questions:
        assert q.source is not None, q.id
        assert text[q.source.start:q.source.end] == q.source.text
        assert art.is_evidence(q.source.start, q.source.end), q.id


def test_ranked_passages_find_the_quoted_sentence_for_90_percent(summit):
    """With the quotes removed, the sentence found overlaps the quote for at least 90% of questions."""
    text = summit.article.text
    hits = 0
    for q in summit.questions:
        found = find_passage(text, q.model_copy(update={"source": None}))
        assert found is not None and text[found.start:found.end] == found.text
        assert parse_article(text).is_evidence(found.start, found.end)
        hits += found.start < q.source.end and q.source.start < found.end
    assert hits / len(summit.questions) >= 0.9, hits


def test_ranked_passages_without_explanations_still_90_percent(summit):
    text = summit.article.text
    hits = 0
    for q in summit.questions:
        found = find_passage(text, q.model_copy(update={"source": None, "explanation": None}))
        hits += found is not None and found.start < q.source.end and q.source.start < found.end
    assert hits / len(summit.questions) >= 0.9, hits


def test_passage_contains_the_answer_for_choice_and_short(summit):
    text = summit.article.text
    checked = contained = 0
    for q in summit.questions:
        if q.type not in ("choice", "short"):
            continue
        answer_words = set(tokens(q.right_answer_text()))
        found = find_passage(text, q.model_copy(update={"source": None}))
        para = parse_article(text).paragraph_at(found.start)
        checked += 1
        contained += answer_words <= set(tokens(para.text)) or bool(answer_words & set(tokens(found.text)))
    assert contained / checked >= 0.9


def test_no_match_gives_none():
    q = Question(id="x", type="short", prompt="Zebra quokka?", options=[Option(text="wombat", credit=1)])
    assert find_passage("The talks lasted four hours. Nobody spoke.", q) is None


def test_bm25_prefers_rare_terms():
    bm = BM25([tokens("the cat sat"), tokens("the cosmodrome"), tokens("the cat ran")])
    scores = bm.scores(tokens("cosmodrome cat"))
    assert scores.index(max(scores)) == 1
    assert tokens("Four missiles were fired") == tokens("four missile fire")
    assert tokens("the talks lasted") == tokens("talk last")
