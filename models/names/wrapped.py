"""Gazetteer names broken over a line ("Kommunal-\\nog moderniseringsdepartementet",
"Kommunaldeparte-\\nmentet" in OCR text), and places whose hyphen a line break or a flattened
line left with a space after it ("Sør- Varanger", "Kristian-\\nsand").

The rule matcher sees a line break as a token of its own and misses the name. Here, around
every line break, the few words before and after it are joined again (any whitespace as one
space, a word hyphenated at the line end as one word) and looked up among the ORG names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from models.context import text_of
from models.gazetteers import organisations, places
from models.norm import normalise

# A hyphen at a line end splits a word, unless a conjunction follows ("Kommunal-\nog ...").
_SOFT_HYPHEN = re.compile(r"(?<=[a-zæøå])-[ \t]*\n[ \t]*(?!(?:og|eller|samt|til|enn)\b)(?=[a-zæøå])")
MAX_WORDS = 8


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(n for n in organisations() if len(n) > 3)


def _normal(text: str) -> str:
    return " ".join(_SOFT_HYPHEN.sub("", text).split())


def wrapped_spans(doc: Doc) -> list[Span]:
    """ORG spans for gazetteer names that cross a line break in this text."""
    names, out, text = _names(), [], text_of(doc)
    for k in (t.i for t in doc if "\n" in t.text):
        best = None
        for start in range(max(0, k - MAX_WORDS), k):
            if not doc[start].text[:1].isupper():
                continue  # every name starts with a capital
            for end in range(min(len(doc), k + MAX_WORDS), k + 1, -1):
                if doc[end - 1].is_space:
                    continue
                key = _normal(text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])])
                if key in names or (key.endswith("s") and key[:-1] in names):
                    if best is None or end - start > best[1] - best[0]:
                        best = (start, end)
                    break
        if best is not None:
            out.append(Span(doc, best[0], best[1], label="ORG"))
    return out


def broken_places(doc: Doc) -> list[Span]:
    """GPE spans for a place written as a hyphenated word part, whitespace, and the rest: "Sør- Varanger"
    ("Sør-Varanger"), "Midt-\\nNorge", "Kristian- sand" ("Kristiansand")."""
    out, known = [], places()
    for tok in doc[:-1]:
        if len(tok) < 3 or not tok.text.endswith("-") or not tok.text[:1].isupper() \
                or not (tok.whitespace_ or doc[tok.i + 1].is_space):
            continue
        k = tok.i + 1
        while k < len(doc) - 1 and doc[k].is_space:
            k += 1
        rest = doc[k].text
        if not rest[:1].isalpha():
            continue
        name = tok.text + rest if tok.text + rest in known else tok.text[:-1] + rest
        if name in known and (name == tok.text + rest or rest[:1].islower()):
            span = Span(doc, tok.i, k + 1, label="GPE")
            span._.norm = normalise("GPE", name)
            out.append(span)
    return out
