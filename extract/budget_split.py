"""Every way to read a budget row whose amounts are glued into its text.

A transcript or a PDF without ruling lines may give a row as one string:
"120Økt egenandel ressurskrevende brukere0 1 500 1 500 1 500". The rules (see
corpus/expected/README.md): an amount is an optional minus, 1–3 digits, then
space-separated 3-digit groups; zero amounts may be glued to each other or to the text
("brukere0", "20160000", "plasser00", "000"); a description may end in a year but never
in a bare number; a digit run is split only at glued zeros. Which reading is right is
decided later, by the table's own totals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .numbers import normalise

_LINE_NO = re.compile(r"^(\d{1,4})(?=[^\d\s.,:/)%-])")  # "120Økt …": a number stuck to a word
_AMOUNT_TOKEN = re.compile(r"^-?\d+$")
_YEAR_ZEROS = re.compile(r"^((?:19|20)\d\d)(0*)$")
_WORD_ZEROS = re.compile(r"^(.*\D)(0+)$")
_PARENS = re.compile(r"\((\d{1,3}(?: \d{3})*|\d+)\)")


@dataclass(frozen=True)
class Reading:
    """One reading of a row: line number, description and one amount per year."""

    line_no: Optional[str]
    description: str
    amounts: tuple[int, ...]
    penalty: int = 0  # how much gluing the reading assumes; the plainest reading is 0


def split_line_no(text: str) -> tuple[Optional[str], str]:
    """ "120Økt egenandel" → ("120", "Økt egenandel"); text without one is returned as is."""
    m = _LINE_NO.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():].lstrip()


def row_readings(text: str, n: int, line_no: Optional[str] = None, plain: bool = False) -> list[Reading]:
    """Readings of `text` as description followed by exactly `n` amounts.

    With `line_no` None the text may begin with a glued line number. With `plain`, digit
    runs of four or more digits also count as unformatted amounts ("621097", as
    spreadsheets write them). Readings are unique by amounts, plainest first.
    """
    s = _PARENS.sub(lambda m: "-" + m.group(1), normalise(text))
    if line_no is None:
        line_no, s = split_line_no(s)
    tokens = s.split()
    k = len(tokens)
    while k > 0 and (_AMOUNT_TOKEN.match(tokens[k - 1]) or tokens[k - 1] == "-"):
        k -= 1
    words, tail = tokens[:k], tokens[k:]
    found: dict[tuple[int, ...], Reading] = {}
    for desc_words, pieces, penalty in _heads(words, tail):
        for amounts, extra in _parse_amounts(pieces, n, plain):
            reading = Reading(line_no, " ".join(desc_words), amounts, penalty + extra)
            old = found.get(amounts)
            if old is None or reading.penalty < old.penalty:
                found[amounts] = reading
    return sorted(found.values(), key=lambda r: r.penalty)


def _heads(words: list[str], tail: list[str]):
    """Where the description ends: (description words, amount pieces, penalty)."""
    yield words, tail, 0
    if words:
        m = _WORD_ZEROS.match(words[-1])
        if m and not m.group(1)[-1].isdigit():
            zeros = m.group(2)
            for j in range(1, len(zeros) + 1):  # "plasser00": the last j zeros are amounts
                kept = m.group(1) + zeros[: len(zeros) - j]
                yield words[:-1] + [kept], ["0"] * j + tail, j
    if words and tail:
        m = _YEAR_ZEROS.match(tail[0])
        if m:  # "… budsjettramme 20160000": a year, then glued zeros
            yield words + [m.group(1)], ["0"] * len(m.group(2)) + tail[1:], len(m.group(2))


def _parse_amounts(pieces: list[str], n: int, plain: bool):
    """All ways to read the pieces as exactly n amounts: (amounts, penalty)."""
    results: list[tuple[tuple[int, ...], int]] = []

    def walk(i: int, acc: list[int], penalty: int) -> None:
        if len(acc) > n:
            return
        if i == len(pieces):
            if len(acc) == n:
                results.append((tuple(acc), penalty))
            return
        tok = pieces[i]
        if tok == "-":
            walk(i + 1, acc + [0], penalty + 1)
            return
        sign = -1 if tok.startswith("-") else 1
        digits = tok.lstrip("-")
        if len(digits) <= 3 and (digits == "0" or not digits.startswith("0")):
            value, j = digits, i + 1
            walk(j, acc + [sign * int(value)], penalty)
            while j < len(pieces) and re.fullmatch(r"\d{3}", pieces[j]) and digits != "0":
                value += pieces[j]
                j += 1
                walk(j, acc + [sign * int(value)], penalty)
        if sign == 1 and len(digits) > 1 and set(digits) == {"0"}:  # "000": zeros glued together
            walk(i + 1, acc + [0] * len(digits), penalty + len(digits))
        if plain and len(digits) > 3 and not digits.startswith("0"):
            walk(i + 1, acc + [sign * int(digits)], penalty)

    walk(0, [], 0)
    return results
