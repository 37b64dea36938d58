"""Words Tesseract glued together, split again: "Ettilbud" → "Et tilbud", "2familieveiledere" → "2 familieveiledere".

Tesseract sometimes drops the space after a short first word of a line or cell. A glued token is
split when

* it is a capitalised short function word (Et, En, Ei, I, Og, Det, Den, Som, Vi) plus a lower-case
  rest, the whole is no Norwegian word (the bokmål and nynorsk word lists of Debian's `wnorwegian`,
  /usr/share/dict) and the rest is a word the same document writes on its own ("tilbud"); or
* it is a number of one to three digits glued to a lower-case word of four letters or more;
* a line starts with "1" glued to a year and a verb follows: "12016 ble det" is "I 2016 ble det".

Only the words starting with those function words are read from the word lists (66 000 words, about
12 MB and 0.5 s once per process, not the 140 MB of the whole lists). Without the word lists nothing
is split, because "Ifølge" and "Iblant" look just like "Isamarbeid".
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from extract.types import Paragraph, ReadDocument, Table

WORD_LISTS = [Path("/usr/share/dict/bokmaal"), Path("/usr/share/dict/nynorsk")]
FUNCTION_WORDS = ("Et", "En", "Ei", "I", "Og", "Det", "Den", "Som", "Vi")
_GLUED_WORD = re.compile(r"(?<![\w-])(" + "|".join(FUNCTION_WORDS) + r")([a-zæøå]{4,})(?![\w-])")
_GLUED_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3})([a-zæøå]{4,})(?![\w-])")
# "12016 ble det gjennomført …": a line that starts with "I 2016", its I read as 1
_ONE_FOR_I = re.compile(r"(?m)^(\W{0,2})1((?:19|20)\d\d) (?=(?:ble|var|er|har|hadde|skal|skulle|vil|kan|fikk|kom|gikk|"
                        r"startet|vedtok|vart|vert|blei|starta|fekk)\b)")
_TOKEN = re.compile(r"(?<![\w-])[a-zæøå]+(?![\w-])")


@lru_cache(maxsize=1)
def _words_with_function_word_start() -> frozenset[str]:
    prefixes = tuple(w.lower() for w in FUNCTION_WORDS)
    out: set[str] = set()
    for path in WORD_LISTS:
        if path.exists():
            with path.open(encoding="latin-1") as lines:
                out.update(w for line in lines if (w := line.strip().lower()).startswith(prefixes))
    return frozenset(out)


def word_lists_installed() -> bool:
    return any(path.exists() for path in WORD_LISTS)


def unglue(text: str, vocabulary: Counter) -> str:
    """`text` with glued words split; `vocabulary` counts the document's own lower-case words."""
    known = _words_with_function_word_start()

    def word(m: re.Match) -> str:
        whole, rest = m.group(0).lower(), m.group(2)
        if known and whole not in known and vocabulary[rest] > 0:
            return f"{m.group(1)} {rest}"
        return m.group(0)

    text = _GLUED_WORD.sub(word, text)
    text = _ONE_FOR_I.sub(lambda m: f"{m.group(1)}I {m.group(2)} ", text)
    return _GLUED_NUMBER.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def unglue_scanned(doc: ReadDocument, scanned_pages: set[int]) -> ReadDocument:
    """The document with glued words split in the text, paragraphs and table cells of its scanned pages."""
    vocabulary = Counter(_TOKEN.findall(" ".join(p.text for p in doc.pages).lower()))
    for page in doc.pages:
        if page.number in scanned_pages:
            page.text = unglue(page.text, vocabulary)
    blocks = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.method == "ocr":
            block = replace(block, cells=[replace(c, text=unglue(c.text, vocabulary)) for c in block.cells])
        elif isinstance(block, Paragraph) and block.page in scanned_pages:
            block = replace(block, text=unglue(block.text, vocabulary))
        blocks.append(block)
    doc.blocks = blocks
    return doc
