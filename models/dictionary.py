"""The Norwegian dictionary (Debian's wnorwegian word lists) as a lookup: is a word, as written, in it?

Common words are listed in lower case, proper names capitalised. The lists are ISO-8859-1. They are
optional (scripts/setup.sh installs them): without them no word is in the dictionary.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from extract.ocr_words import WORD_LISTS


def _word_hash(word: str) -> int:
    """Python's own string hash (SipHash, 64 bits): the table is built and asked in the same process."""
    return hash(word) & 0xFFFF_FFFF_FFFF_FFFF


@lru_cache(maxsize=1)
def _dictionary() -> np.ndarray:
    """Sorted 64-bit hashes of the Norwegian words as the dictionary writes them (Debian's wnorwegian
    lists: common words in lower case, proper names capitalised); empty when they are not installed.
    1.3 million words take 11 MB so, and some 240 MB as a set of strings in every worker."""
    def words():
        for path in WORD_LISTS:
            if path.exists():
                with path.open(encoding="latin-1") as lines:  # the lists are ISO-8859-1
                    yield from (_word_hash(w) for line in lines if (w := line.strip()))
    table = np.fromiter(words(), dtype=np.uint64)
    table.sort()  # in place: np.unique would hold several copies at once
    return table[np.concatenate(([True], table[1:] != table[:-1]))] if len(table) else table


@lru_cache(maxsize=1 << 16)
def in_dictionary(word: str) -> bool:
    """Is `word`, exactly as written, in the dictionary?"""
    table = _dictionary()
    h = np.uint64(_word_hash(word))
    i = int(np.searchsorted(table, h))
    return i < len(table) and table[i] == h


def available() -> bool:
    """Are the word lists installed?"""
    return len(_dictionary()) > 0


def common_word(word: str) -> bool:
    """Is `word` in lower case a common word of the dictionary (True for every word without the lists)?"""
    return in_dictionary(word.lower()) or not available()
