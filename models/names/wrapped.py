"""Gazetteer names broken over a line ("Kommunal-\\nog moderniseringsdepartementet",
"Kommunaldeparte-\\nmentet" in OCR text).

The rule matcher sees a line break as a token of its own and misses the name. Here the ORG
names are matched on the text with any run of whitespace between words, and with words
hyphenated at a line end joined again; only matches that cross a line are returned (the
rest the matcher has found).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from models.gazetteers import organisations

# A hyphen at a line end splits a word, unless a conjunction follows ("Kommunal-\nog ...").
_SOFT_HYPHEN = re.compile(r"(?<=[a-zæøå])-[ \t]*\n[ \t]*(?!(?:og|eller|samt|til|enn)\b)(?=[a-zæøå])")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted(organisations(), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in n.split(" ")) for n in names if len(n) > 3)
    return re.compile(rf"(?<!\w)(?:{body})s?(?!\w)")


def _joined(text: str) -> tuple[str, list[int]]:
    """`text` with line-end hyphenation undone, and for each of its characters the offset in `text`."""
    out, index, last = [], [], 0
    for m in _SOFT_HYPHEN.finditer(text):
        out.append(text[last:m.start()])
        index.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(out), index


def wrapped_spans(doc: Doc) -> list[Span]:
    """ORG spans for gazetteer names that cross a line break in this text."""
    if "\n" not in doc.text:
        return []
    joined, index = _joined(doc.text)
    out = []
    for m in _pattern().finditer(joined):
        start, end = index[m.start()], index[m.end() - 1] + 1
        if "\n" in doc.text[start:end]:
            span = doc.char_span(start, end, label="ORG", alignment_mode="strict")
            if span is not None:
                out.append(span)
    return out
