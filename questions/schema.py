"""Provides a JSON Schema of the TOML pack format, so that an editor can check a pack as it is typed.

Written by hand for the TOML shape (not derived from the pydantic models): there `source` is a quote
from the article and `article` a file path, `credit` may be left out, and every field has a
description an editor can show on hover. Editors that read JSON Schema for TOML (Taplo, VS Code's
"Even Better TOML") accept draft-07. `questions.packs` remains the judge: it also checks what a
schema cannot (a quote found in the article, exactly one right option...).
"""

from __future__ import annotations

from typing import Any

from questions.model import QUESTION_TYPES



def _s(description: str, **kw: Any) -> dict:
    return {"type": "string", "description": description, **kw}


def _text_list(description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "description": description}


OPTION = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "text": _s("What the player sees (choice, multi, truefalse), or an accepted typed answer (short)."),
        "credit": {"type": "number", "minimum": -1, "maximum": 1,
                   "description": "Share of the marks: 1.0 right, 0 wrong (the default), between for partly "
                                  "right, below 0 a penalty."},
        "feedback": _s("Said to the player who picks (or types) this option."),
        "value": {"type": "number", "description": "number questions: the right value."},
        "tolerance": {"type": "number", "minimum": 0,
                      "description": "number questions: how far from value an answer may be and still count."},
        "min": {"type": "number", "description": "number questions: lowest accepted value (with max)."},
        "max": {"type": "number", "description": "number questions: highest accepted value (with min)."},
    },
}

_NEEDS_TEXT = {"items": {"required": ["text"]}}
# A number option is a value (with an optional tolerance) or a range: without min it needs value.
_NUMBER_OPTION = {"items": {"allOf": [
    {"if": {"not": {"required": ["min"]}}, "then": {"required": ["value"]}},
    {"if": {"required": ["min"]}, "then": {"required": ["max"]}},
]}}


def _when(qtype: str, then: dict) -> dict:
    return {"if": {"properties": {"type": {"const": qtype}}, "required": ["type"]}, "then": then}


QUESTION = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "type", "prompt"],
    "properties": {
        "id": _s("Short name of the question, unique in the pack (letters, digits, -).", minLength=1),
        "type": {"enum": list(QUESTION_TYPES),
                 "description": "choice (one right option), multi (pick all that apply), truefalse, short "
                                "(typed answer), number, match (pairs), order (put items in order)."},
        "prompt": _s("The question as the player reads it.", minLength=1),
        "options": {"type": "array", "items": OPTION,
                    "description": "The options (choice, multi, truefalse), accepted answers (short) or "
                                   "accepted numbers (number)."},
        "pairs": {"type": "array",
                  "items": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2},
                  "description": "match questions: [left, right] pairs; an empty left side adds a wrong "
                                 "right-hand choice."},
        "items": _text_list("order questions: the items in the right order (the app shuffles them)."),
        "explanation": _s("Shown after the answer: why it is right."),
        "source": _s("A quote copied from the article that backs the answer (the app finds it there)."),
        "origin": {"enum": ["hand-written", "generated", "imported"],
                   "description": "Where the question came from (default: hand-written)."},
        "difficulty": {"type": "integer", "minimum": 1, "maximum": 5, "description": "1 (easy) to 5 (hard)."},
        "tags": _text_list("Topics, for reports of strongest and weakest topics."),
    },
    "allOf": [
        _when("choice", {"required": ["options"], "properties": {"options": {"minItems": 2, **_NEEDS_TEXT}}}),
        _when("multi", {"required": ["options"], "properties": {"options": {"minItems": 2, **_NEEDS_TEXT}}}),
        _when("truefalse", {"required": ["options"],
                            "properties": {"options": {"minItems": 2, "maxItems": 2, **_NEEDS_TEXT}}}),
        _when("short", {"required": ["options"], "properties": {"options": {"minItems": 1, **_NEEDS_TEXT}}}),
        _when("number", {"required": ["options"], "properties": {"options": {"minItems": 1, **_NUMBER_OPTION}}}),
        _when("match", {"required": ["pairs"], "properties": {"pairs": {"minItems": 2}}}),
        _when("order", {"required": ["items"], "properties": {"items": {"minItems": 2}}}),
    ],
}

PACK = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "title"],
    "properties": {
        "id": _s("Short name of the pack, unique among your packs (letters, digits, - and _).",
                 pattern="^[A-Za-z0-9][A-Za-z0-9_-]*$"),
        "title": _s("The pack's title, as players see it.", minLength=1),
        "author": _s("Who wrote the questions."),
        "description": _s("A sentence or two about the pack."),
        "article": _s("The article's text file, relative to the pack file and inside its folder."),
        "article_title": _s("The article's headline."),
        "article_source": _s("Who published the article."),
        "article_published": _s("When the article was published, as 2023-09-13 (a TOML date works too)."),
        "tags": _text_list("Topics of the whole pack."),
    },
}


def pack_schema() -> dict:
    """The JSON Schema (draft-07) of a TOML pack file."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "newsquiz question pack",
        "description": "A newsquiz pack file (TOML): a [pack] table and [[questions]] tables. "
                       "See docs/packs.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["pack"],
        "properties": {
            "pack": PACK,
            "questions": {"type": "array", "items": QUESTION, "description": "The questions, in order."},
        },
    }
