"""Gazetteer names broken over a line ("Kommunal-\\nog moderniseringsdepartementet").

The rule matcher sees the line break as a token of its own and misses the name; here the
multi-word ORG names are matched on the text with any run of whitespace between words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from models.gazetteers import organisations


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted((n for n in organisations() if " " in n), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in n.split(" ")) for n in names)
    return re.compile(rf"(?<!\w)(?:{body})s?(?!\w)")


def wrapped_spans(doc: Doc) -> list[Span]:
    """ORG spans for gazetteer names that contain a line break in this text."""
    out = []
    for m in _pattern().finditer(doc.text):
        if "\n" in m.group(0):
            span = doc.char_span(m.start(), m.end(), label="ORG", alignment_mode="strict")
            if span is not None:
                out.append(span)
    return out
