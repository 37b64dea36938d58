"""The trained statement classifier (models/trained/), loaded once per process.

The model reads the statement followed by one extra token naming the keyword baseline's
label ("... kweffect"), so the rules are a feature the model can weigh against the words.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy

from models.baseline import rule_label

TRAINED = Path(__file__).parent / "trained"


def features(text: str) -> str:
    """The text the model reads: the statement and the keyword baseline's label as a token."""
    return f"{text} kw{rule_label(text)}"


@lru_cache(maxsize=1)
def load_classifier() -> spacy.language.Language:
    import models.tokenizer  # noqa: F401

    return spacy.load(TRAINED)


def classify(texts: list[str]) -> list[str]:
    """effect / status / goal / description for each statement."""
    return [max(cats, key=cats.get) for cats in classify_scores(texts)]


def classify_scores(texts: list[str]) -> list[dict[str, float]]:
    """The label scores for each statement."""
    if not texts:
        return []
    return [dict(doc.cats) for doc in load_classifier().pipe(features(t) for t in texts)]
