"""The generator on ragged text: any words, quotes, scores and pronouns in any order give a pack or
a clear PackError, never another exception (a teacher's article is not always tidy)."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("spacy")

from questions.errors import PackError  # noqa: E402
from questions.generate import generate_pack  # noqa: E402
from questions.model import Pack  # noqa: E402

WORDS = ("the a of and in to said Mr Ms Dr President Putin Kim Russia London 2023 12% £5m $3bn 3-1 2-2 he she it "
         "they this that But However “ ” \" ' ( ) , . ; : — - … ? ! company deal talks leaders Monday 13 September "
         "four to five hours won beat England Germany Ukraine North Korea Korean Apple shares rose fell 1,000 one "
         "first last world Cup final The Scot in turn its their his who which since 1947 Sir Dame BBC UN").split()


def _ragged(rng: random.Random) -> str:
    paras = []
    for _ in range(rng.randint(1, 10)):
        sents = []
        for _ in range(rng.randint(1, 3)):
            s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))
            sents.append(s[:1].upper() + s[1:] + rng.choice([".", ".", "?", "", "”", '."']))
        paras.append(" ".join(sents))
    return rng.choice(["Headline\n\n", ""]) + "\n\n".join(paras)


@pytest.mark.parametrize("seed", range(25))
def test_ragged_text_gives_a_pack_or_a_pack_error(seed):
    text = _ragged(random.Random(seed))
    try:
        pack = generate_pack([("ragged.txt", text)], count=15, seed=seed)
    except PackError as err:
        assert str(err)  # a message a teacher can read
        return
    assert isinstance(pack, Pack) and pack.questions
    for q in pack.questions:
        assert pack.pack.article.text[q.source.start:q.source.end] == q.source.text
