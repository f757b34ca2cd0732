"""Fixtures for the generator tests: the spaCy pipeline, loaded once for the whole run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    pytest.importorskip("spacy")
    from questions.generate.analyse import load_nlp

    return load_nlp()
