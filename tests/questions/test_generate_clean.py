"""Input checks and cleaning of the question generator (no spaCy needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from questions.article import parse_article
from questions.errors import PackError
from questions.generate import generate_from_files, generate_pack
from questions.generate.clean import clean_text, html_to_text, markdown_to_text, prepare, read_article
from questions.generate.numeric import format_amount, lookalikes, parse_amount

DATA = Path(__file__).parent / "generate_data"


def test_importing_the_generator_does_not_load_spacy():
    code = ("import sys, questions, questions.packs, questions.generate, questions.generate.clean, "
            "questions.generate.analyse, questions.generate.builtin, questions.generate.writer; "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"\xff\xfe\xfa not utf8", "UTF-8"),
])
def test_bad_article_files_say_what_is_wrong_and_name_the_file(tmp_path, content, message):
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(PackError) as err:
        generate_from_files([path])
    assert message in str(err.value)
    assert "story.txt" in str(err.value)


def test_missing_folder_and_huge_articles_are_refused(tmp_path):
    with pytest.raises(PackError, match="no such article"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(PackError, match="folder"):
        read_article(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("Words of a story. " * 70_000)
    with pytest.raises(PackError, match="limit|over"):
        generate_from_files([big])
    with pytest.raises(PackError, match="over 1,000,000 bytes"):
        generate_pack([("big", "Words of a story. " * 70_000)])
    odd = tmp_path / "story.pdf"
    odd.write_text("x")
    with pytest.raises(PackError, match="unsupported"):
        read_article(odd)


def test_too_short_article_says_so_before_loading_anything(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Headline here\n\nThe council met on Monday. It agreed a budget.\n")
    with pytest.raises(PackError, match="too short") as err:
        generate_from_files([path])
    assert "short.txt" in str(err.value)


def test_boilerplate_lines_are_dropped_and_story_kept():
    raw = ("Council agrees new budget\r\n\r\nBy Jane Smith, BBC News\r\n\r\nShare\r\n\r\n"
           "The council agreed its budget on Monday after a long debate.\r\n\r\n"
           "Read more: Council tax explained\r\n\r\nPublished 3 March 2024\r\n\r\n"
           "By Monday the money had been found, officials told reporters at the town hall.\r\n")
    text = clean_text(raw)
    assert "\r" not in text
    assert "Jane Smith" not in text and "Share" not in text and "Read more" not in text
    assert "Published" not in text
    assert "The council agreed its budget on Monday" in text
    assert "By Monday the money had been found" in text  # a sentence, not a byline


def test_html_page_gives_headline_and_paragraphs_only():
    page = """<html><head><title>Site | Story</title><script>var x = "no";</script></head><body>
      <nav><p>Home News Sport Weather and much more here</p></nav>
      <article><h1>Bridge to reopen in May</h1>
      <figure><img alt="The bridge"><figcaption>The old bridge in 1990 (Getty Images)</figcaption></figure>
      <p>The city's main bridge will reopen in May after two years of repairs, the council said.</p>
      <p>Engineers replaced the steel cables &amp; the deck, at a cost of £12m.</p>
      </article><footer><p>Copyright the site, all rights reserved forever</p></footer></body></html>"""
    text, title = html_to_text(page)
    assert title == "Bridge to reopen in May"
    assert text.splitlines()[0] == "Bridge to reopen in May"
    assert "Engineers replaced the steel cables & the deck" in text
    for junk in ("Home News", "Getty", "var x", "Copyright"):
        assert junk not in text


def test_markdown_marks_are_stripped():
    md = "# Big news\n\n![a photo](x.jpg)\n\nThe **mayor** said [the plan](http://x) was _ready_.\n"
    text = markdown_to_text(md)
    assert "# " not in text and "![" not in text and "**" not in text and "http" not in text
    assert "The mayor said the plan was ready." in text


def test_prepare_keeps_offsets_and_never_takes_captions_or_datelines():
    text = (DATA / "fishing.txt").read_text(encoding="utf-8")
    prep = prepare(clean_text(text))
    art = parse_article(prep.text)
    assert prep.title == "Nordic neighbours sign fishing pact"
    for s in prep.sentences:
        assert prep.text[s.start:s.end] == s.text
        assert art.is_evidence(s.start, s.end)
        assert "via AP" not in s.text and "shake hands" not in s.text
    dated = prepare("Pact signed\n\nOSLO (Reuters) - Norway signed the pact on Monday, officials said.\n")
    assert dated.sentences[0].text.startswith("Norway signed")
    assert dated.text[dated.sentences[0].start:dated.sentences[0].end] == dated.sentences[0].text


def test_amounts_are_read_and_imitated_in_the_same_style():
    a = parse_amount("four to five hours")
    assert (a.low, a.high, a.unit, a.words) == (4, 5, "hour", True)
    assert format_amount(a, 2, 3) == "two to three hours"
    money = parse_amount("$1.13bn")
    assert money.unit == "dollar" and money.value == pytest.approx(1.13e9)
    assert all(x.startswith("$") and x.endswith("bn") for x in lookalikes(money, []))
    assert parse_amount("60m") is None  # sixty metres, not sixty million
    assert parse_amount("4x100m") is None
    six_months = parse_amount("six months")
    wrong = lookalikes(six_months, [parse_amount("26 weeks"), six_months])
    assert wrong and all(w.endswith("months") for w in wrong)
    # 26 weeks is six months: a look-alike may never be the same length of time as one in the article
    assert all(parse_amount(w).low * 30.4 != pytest.approx(26 * 7, rel=0.05) for w in wrong)
    pct = lookalikes(parse_amount("around 5%"), [])
    assert all(abs(parse_amount(p).low - 5) >= 1 for p in pct)
