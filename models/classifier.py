"""The trained statement classifier (models/trained/), loaded once per process."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy

TRAINED = Path(__file__).parent / "trained"


@lru_cache(maxsize=1)
def load_classifier() -> spacy.language.Language:
    import models.tokenizer  # noqa: F401

    return spacy.load(TRAINED)


def classify(texts: list[str]) -> list[str]:
    """effect / status / goal / description for each statement."""
    if not texts:
        return []
    nlp = load_classifier()
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(texts)]


def classify_scores(texts: list[str]) -> list[dict[str, float]]:
    """The label scores for each statement."""
    if not texts:
        return []
    return [dict(doc.cats) for doc in load_classifier().pipe(texts)]
