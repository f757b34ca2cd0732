from questions.article import is_caption, parse_article, split_sentences

TEXT = """Ministers meet in Oslo

The talks opened on Monday in Oslo. Mr Smith said "we will stay. There is time" to reporters.

Two ministers shake hands
Two ministers shake hands at the start (Jane Doe, Reuters Pool Photo via AP)

Dr. Jones, the U.N. envoy, arrived late. She left early!
"""


def test_headline_alt_and_caption_are_not_body():
    art = parse_article(TEXT)
    kinds = [(p.kind, p.text[:20]) for p in art.paragraphs]
    assert kinds[0] == ("headline", "Ministers meet in Os")
    assert ("alt", "Two ministers shake ") in kinds
    assert ("caption", "Two ministers shake ") in kinds
    assert all("Reuters" not in s.text for s in art.sentences)
    assert art.headline == "Ministers meet in Oslo"


def test_sentences_keep_exact_offsets():
    art = parse_article(TEXT)
    for s in art.sentences:
        assert TEXT[s.start:s.end] == s.text
    texts = [s.text for s in art.sentences]
    # A quotation with a full stop inside it is one sentence; "Dr." and "U.N." do not end one.
    assert 'Mr Smith said "we will stay. There is time" to reporters.' in texts
    assert "Dr. Jones, the U.N. envoy, arrived late." in texts
    assert "She left early!" in texts
    assert len(texts) == 4


def test_caption_credits_recognised():
    assert is_caption("Kim Jong Un last visited Russia (Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP)")
    assert is_caption("The minister at the launch (Getty Images)")
    assert is_caption("Image source: Reuters")
    assert not is_caption("The talks lasted four to five hours, the agency reported.")
    assert not is_caption("The deal (worth $5bn) was signed.")


def test_summit_article_body_has_no_caption_text(summit):
    art = parse_article(summit.article.text)
    captions = [p for p in art.paragraphs if p.kind == "caption"]
    alts = [p for p in art.paragraphs if p.kind == "alt"]
    assert len(captions) == 4 and len(alts) == 4
    body = " ".join(s.text for s in art.sentences)
    assert "via AP" not in body
    assert "Mikhail Metzel" not in body
    assert art.is_evidence(summit.article.text.index("The talks lasted"), summit.article.text.index("The talks lasted") + 10)


def test_split_sentences_offsets_shift():
    spans = split_sentences("One. Two three.", offset=10)
    assert [(s.start, s.end, s.text) for s in spans] == [(10, 14, "One."), (15, 25, "Two three.")]
