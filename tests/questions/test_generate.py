"""The question generator on short articles written for these tests: each kind, and the pitfalls.

The regression suite follows the failures strict graders found in a naive generator (see the
generator issue): captions used as evidence, answers leaking into the stem, distractors that are
also true or are the answer under another name, pronoun stems, "Mr X" speakers left unresolved,
coordinated answers split. spaCy is loaded once for the whole session.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from questions.article import parse_article
from questions.generate import generate_pack
from questions.generate.clean import prepare

DATA = Path(__file__).parent / "generate_data"


@pytest.fixture(scope="session")
def fishing_text() -> str:
    return (DATA / "fishing.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def library_text() -> str:
    return (DATA / "library.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fishing(nlp, fishing_text):
    return generate_pack([("fishing.txt", fishing_text)], count=15, seed=3)


@pytest.fixture(scope="session")
def library(nlp, library_text):
    return generate_pack([("library.txt", library_text)], count=15, seed=3)


@pytest.fixture(scope="session")
def analysis(nlp, fishing_text):
    from questions.generate.analyse import analyse

    return analyse([prepare(fishing_text, "fishing.txt")], nlp)[0]


def _norm(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("’", "'")).lower()


def _kind(q) -> str:
    return q.id.split("-")[0]


def _right(q) -> str:
    return next(o.text for o in q.options if o.credit >= 1)


def _named(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(_norm(name)) + r"(?!\w)", _norm(text)) is not None


# --- the pack as a whole -----------------------------------------------------------------------------


def test_pack_shape_sources_and_explanations(fishing, fishing_text):
    assert fishing.article.text == fishing_text
    assert fishing.article.title == "Nordic neighbours sign fishing pact"
    art = parse_article(fishing.article.text)
    # Precision before count: a sentence that leans on an earlier one ("the deal", "he") is not asked,
    # so a short article gives fewer questions than it once did; secondary details (a city named once
    # in the last line) are not asked either.
    assert len(fishing.questions) >= 4
    assert len({_kind(q) for q in fishing.questions}) >= 3
    for q in fishing.questions:
        assert q.origin == "generated"
        assert fishing.article.text[q.source.start:q.source.end] == q.source.text
        assert art.is_evidence(q.source.start, q.source.end)
        assert q.source.text in q.explanation
        if q.type == "choice":
            assert len(q.right_options) == 1 and 3 <= len(q.options) <= 4
    assert len({q.id for q in fishing.questions}) == len(fishing.questions)


def test_same_seed_same_pack_and_count_is_respected(nlp, fishing_text, fishing):
    again = generate_pack([("fishing.txt", fishing_text)], count=15, seed=3)
    assert again.to_json_dict() == fishing.to_json_dict()
    few = generate_pack([("fishing.txt", fishing_text)], count=4, seed=3)
    assert len(few.questions) == 4


def test_several_articles_make_one_pack_with_valid_offsets(nlp, fishing_text, library_text):
    pack = generate_pack([("fishing.txt", fishing_text), ("library.txt", library_text)], count=12, seed=1)
    text = pack.article.text
    assert text.startswith(fishing_text.rstrip("\n") + "\n\n" + library_text.split("\n")[0])
    assert "Nordic neighbours" in pack.article.title and "City library" in pack.article.title
    sources = [q.source for q in pack.questions]
    assert all(text[s.start:s.end] == s.text for s in sources)
    split = len(fishing_text.rstrip("\n"))
    assert any(s.start < split for s in sources) and any(s.start > split for s in sources)


def test_progress_is_reported_and_cancel_stops(nlp, fishing_text):
    from questions.generate import Cancelled

    seen = []
    generate_pack([("f", fishing_text)], count=3, progress=lambda f, msg: seen.append(f))
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        generate_pack([("f", fishing_text)], cancelled=lambda: True)


# --- the pitfalls ----------------------------------------------------------------------------------------


def test_captions_and_credits_are_never_used(fishing, library):
    for pack in (fishing, library):
        for q in pack.questions:
            assert "shake hands" not in q.source.text
            texts = [q.prompt] + [o.text or "" for o in q.options]
            assert not any("Anna Berg" in t or "Nordic Press" in t for t in texts)


def test_the_stem_never_names_the_answer(fishing, library):
    for q in fishing.questions + library.questions:
        if q.type != "choice":
            continue
        stem = q.prompt.removeprefix("Fill in the blank:")
        answer = _right(q)
        if _kind(q) != "quote":
            assert not _named(answer, stem), q.prompt
            for word in answer.split():
                if word[0].isupper() and len(word) > 3:
                    assert not _named(word, stem), (word, q.prompt)  # nor its surname
        for o in q.options:
            if o.credit < 1:
                assert not _named(o.text, stem), (o.text, q.prompt)


def test_no_stem_leans_on_a_pronoun_or_a_connective(fishing, library):
    for q in fishing.questions + library.questions:
        body = re.sub(r"^(Fill in the blank:|True or false\?|Who said:)\s*", "", q.prompt)
        first = body.split()[0].strip("“\"").lower()
        assert first not in {"he", "she", "it", "they", "this", "these", "but", "and", "however", "its"}, q.prompt
    # "He said the pact could become a model…" has no one to point to: never asked
    assert not any("model for other fishing nations" in q.source.text for q in fishing.questions)


def test_mr_and_ms_speakers_are_resolved_to_full_names(fishing, library):
    quotes = [q for q in fishing.questions + library.questions if _kind(q) == "quote"]
    assert quotes
    answers = {_right(q) for q in quotes}
    assert answers <= {"Ingrid Solberg", "Helga Dahl", "Margaret Okafor", "Gunnar Eriksson", "Daniel Reyes"}
    for q in quotes:
        assert len(_right(q).split()) >= 2
        if q.type != "choice":
            continue  # a typed answer accepts "Dr Dahl" as well as "Helga Dahl"
        for o in q.options:
            assert not o.text.startswith(("Mr ", "Ms ", "Mrs ", "Dr "))


def test_options_are_never_the_answer_under_another_name(fishing, library):
    for q in fishing.questions + library.questions:
        if q.type != "choice":
            continue
        texts = [_norm(o.text) for o in q.options]
        for a in texts:
            for b in texts:
                if a != b:
                    assert a not in b, (a, b)
                    words_a = set(a.split()) - {"the", "of", "and", "more", "than", "around"}
                    words_b = set(b.split()) - {"the", "of", "and", "more", "than", "around"}
                    if _kind(q) in ("quote", "wh", "cloze"):
                        assert not (words_a & words_b), (a, b)


def test_coordinated_names_are_never_split(fishing):
    for q in fishing.questions:
        if "China and South Korea" in q.source.text and q.type == "choice":
            texts = {o.text for o in q.options}
            assert not ({"China", "South Korea"} & texts), q


def test_no_distractor_is_also_true_by_the_article(fishing, library):
    for q in fishing.questions + library.questions:
        if _kind(q) in ("cloze", "wh") and q.type == "choice":
            for o in q.options:
                if o.credit < 1:
                    assert not _named(o.text, q.source.text), (o.text, q.source.text)


def test_false_statements_are_false_and_true_ones_faithful(fishing, library):
    tf = [q for q in fishing.questions + library.questions if q.type == "truefalse"]
    for q in tf:
        statement = q.prompt.removeprefix("True or false? ")
        truth = _right(q) == "True"
        if truth:
            # faithful: every word of the evidence is kept ("the barrier" may be written out in full)
            words = set(_norm(q.source.text).replace(" also", "").split())
            assert words <= set(_norm(statement).split()) | {"the", "a"} or \
                statement.split()[-3:] == q.source.text.split()[-3:], (statement, q.source.text)
        else:
            assert _norm(statement) != _norm(q.source.text)
            assert q.explanation.startswith("False")


# --- each kind ---------------------------------------------------------------------------------------------


def _cands(module, analysis):
    return module.candidates(analysis, random.Random(0))


def test_quote_kind_resolves_titles_and_offers_other_speakers(analysis):
    from questions.generate import quotes

    cands = _cands(quotes, analysis)
    by_answer = {c.answer: c for c in cands}
    assert "Ingrid Solberg" in by_answer  # said as "Ms Solberg"
    assert "Helga Dahl" in by_answer  # said as "Dr Dahl"
    c = by_answer["Ingrid Solberg"]
    assert c.prompt.startswith("Who said: “Our fishermen finally have certainty")
    # Two other speakers are too few rivals: the name is typed, never a made-up or silent person offered.
    assert c.qtype == "short" and not c.distractors and "Solberg" in c.accepted
    assert "“Ms Solberg” is Ingrid Solberg." in c.explanation


def test_number_kind_asks_how_long_with_look_alikes_in_the_same_unit(analysis):
    from questions.generate import numbers

    cands = _cands(numbers, analysis)
    how_long = [c for c in cands if c.prompt == "How long did the Reykjavik talks last?"]
    assert how_long, [c.prompt for c in cands]
    c = how_long[0]
    assert c.answer == "nine hours"
    assert len(c.distractors) == 3 and all(d.endswith("hours") for d in c.distractors)
    pct = [c for c in cands if c.answer == "12%"]
    assert pct and all(d.endswith("%") for d in pct[0].distractors)


def test_wh_kind_chooses_the_wh_word_by_type(analysis):
    from questions.generate import wh

    prompts = {c.prompt: c for c in _cands(wh, analysis)}
    who = next((c for p, c in prompts.items()
                if p.startswith("Who described the Reykjavik negotiations as difficult but fair?")), None)
    assert who is not None and who.answer == "Gunnar Eriksson"
    assert who.qtype == "short" and "Eriksson" in who.accepted  # two other speakers: too few to choose from
    # "reviewed in Oslo" comes once, in the last sentence: a secondary detail, not asked.
    assert not any(c.answer == "Oslo" for c in prompts.values())


def test_cloze_kind_blanks_one_name_with_options_of_its_type(analysis):
    from questions.generate import cloze

    cands = _cands(cloze, analysis)
    assert cands
    for c in cands:
        assert c.prompt.count("_____") == 1
        if c.entity is not None and c.entity.ftype == "nationality":
            assert all(d[0].isupper() and " " not in d or d.startswith(("North", "South")) for d in c.distractors)
    # the coordinated "China and South Korea" is never blanked one half at a time
    assert not any(c.answer in ("China", "South Korea") for c in cands)


def test_truefalse_kind_makes_both_versions_from_one_sentence(analysis):
    from questions.generate import truefalse

    cands = _cands(truefalse, analysis)
    by_sent: dict[int, set] = {}
    for c in cands:
        by_sent.setdefault(c.sent.index, set()).add(c.truth)
    assert any(v == {True, False} for v in by_sent.values())
    swapped = [c for c in cands if c.truth is False and "12%" in c.sent.text]
    assert swapped and "12%" not in swapped[0].prompt


def test_people_are_clustered_and_typed(analysis):
    people = {e.name: e for e in analysis.people()}
    assert people["Ingrid Solberg"].gender == "f"
    assert people["Gunnar Eriksson"].gender == "m"
    assert {m.text for m in people["Ingrid Solberg"].mentions} >= {"Ingrid Solberg", "Solberg"}
    assert analysis.describe.get("icelandic fisheries minister") is people["Gunnar Eriksson"]
    types = {e.name: e.ftype for e in analysis.entities}
    assert types["Norway"] == "country" and types["Oslo"] == "city"
    assert "Anna Berg" not in people  # the photo credit is not story


# --- typed answers, speech subjects and the newer filters (run 3) --------------------------------------


@pytest.fixture(scope="session")
def harbour(nlp):
    from questions.generate.analyse import analyse

    text = (DATA / "harbour.txt").read_text(encoding="utf-8")
    return analyse([prepare(text, "harbour.txt")], nlp)[0]


def test_a_lone_speaker_is_asked_as_a_typed_answer_with_the_surname_accepted(harbour):
    from questions.generate import quotes

    cands = _cands(quotes, harbour)
    typed = [c for c in cands if c.qtype == "short"]
    assert typed, [c.prompt for c in cands]
    c = typed[0]
    assert c.answer == "David Pritchard"
    assert c.accepted[:2] == ["David Pritchard", "Pritchard"] and "Mr Pritchard" in c.accepted
    assert c.prompt.endswith("(The surname is enough.)")
    q = generate_pack([("harbour.txt", (DATA / "harbour.txt").read_text(encoding="utf-8"))], count=15, seed=1)
    shorts = [x for x in q.questions if x.type == "short"]
    assert shorts and all(o.credit == 1.0 for x in shorts for o in x.options)


def test_quotes_about_this_plan_or_they_are_not_asked(harbour):
    from questions.generate import quotes

    prompts = " ".join(c.prompt for c in _cands(quotes, harbour))
    assert "this plan" not in prompts  # "to see this plan approved": which plan?
    assert not quotes._dangling("Every season without the pier costs our fishermen dearly.")
    assert quotes._dangling("We made sure they come back next year.")
    assert not quotes._dangling("Our fishermen finally have certainty about their catch.")


def test_who_question_from_a_speech_verb_leaves_out_the_relative_clause(harbour):
    from questions.generate import wh

    cands = [c for c in _cands(wh, harbour) if c.answer == "David Pritchard"]
    assert cands, [c.prompt for c in _cands(wh, harbour)]
    c = cands[0]
    assert c.prompt.startswith("Who warned Port Elwyn council that repairs would take at least three years")
    assert "15 years" not in c.prompt and "Pritchard" not in c.prompt


def test_a_character_or_title_is_never_a_person(harbour):
    e = harbour.find_form("Captain Marlow") or harbour.find_form("Marlow")
    assert e is None or e.ftype != "person"


def test_a_nationality_inside_a_name_is_not_blanked(harbour):
    from questions.generate import cloze

    assert not [c for c in _cands(cloze, harbour) if c.answer == "British"]


def test_a_swap_is_not_made_when_another_form_of_the_name_stays(nlp):
    from questions.generate import truefalse
    from questions.generate.analyse import analyse

    text = ("Trade talks\n\nChina is expected to face renewed pressure over its currency, which critics have "
            "blamed for a surge in cheap Chinese exports to Europe.\n\nOfficials from Japan and India met in "
            "Geneva on Monday to discuss the dispute with ministers from several countries.\n")
    ana = analyse([prepare(text, "t.txt")], nlp)[0]
    false = [c.prompt for c in _cands(truefalse, ana) if c.truth is False]
    assert not any("Chinese exports" in p and not p.startswith("True or false? China ") for p in false), false


def test_its_after_a_named_subject_stands_alone(nlp):
    from questions.generate.analyse import analyse
    from questions.generate.filters import pointers

    text = ("Currency markets\n\nThe dollar has hit its highest level against the euro in almost three months "
            "after new jobs figures.\n\nPaul Rhys was its best performer for the season, the panel said "
            "on Monday evening.\n")
    ana = analyse([prepare(text, "t.txt")], nlp)[0]
    assert pointers(ana.sents[0]) is None
    assert pointers(ana.sents[1]) is not None
