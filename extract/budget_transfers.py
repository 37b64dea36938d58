"""Transfers between service areas, each checked against its mirror line.

A budget line of kind `transfer` moves money from one frame to another: "Overført til
etablering av nytt Boligkontor" −2 278 in the Helse- og sosialkontor table is
"Tilført fra Helse- og sosialkontor" +2 278 in the Boligkontoret table. Within one
document every transfer should have such a mirror: a transfer line in another table with,
in every year both tables have, the opposite amount in kroner (each table's unit applied).

The counterpart a description names ("fra hjemmebaserte tjenester til bofellesskap PUH",
"Tilført fra Levekår stab.") is matched against the service area and title of every
table. Where a side names a table, only lines in that table can be its mirror; a mirror
found by amount alone is accepted only when it is the one candidate on both sides. What
is left is reported as unpaired, with the reason: no mirror line in the document, the
named area has no table in the document (the money comes from or goes to a part of the
budget the document does not hold), or several equal mirrors.

Pure: takes the `BudgetTable` records of one document, returns dataclasses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .budget_context import area_from_title
from .numbers import normalise
from .types import BudgetTable

_FROM = re.compile(r"\bfra\s+(.+?)(?=\s+til\s|$)", re.I)
_TO = re.compile(r"\btil\s+(.+?)(?=\s+fra\s|$)", re.I)
_STOP = {"og", "i", "for", "av", "til", "fra", "ny", "nytt", "nye", "etablering", "med", "på", "kommune"}
_SUFFIXES = {"e", "a", "en", "et", "er", "ne", "ene"}  # Norwegian endings: boligkontor / boligkontoret


@dataclass
class Transfer:
    """One transfer line and what the check found for it."""

    table: int  # index into the list of tables checked
    row_ord: int
    caption: Optional[str]
    service_area: Optional[str]
    line_no: Optional[str]
    description: str
    direction: str  # "out" (money leaves this frame, amounts < 0), "in" (> 0), "zero"
    amounts_nok: dict[int, int]  # year -> kroner
    counterpart: Optional[str] = None  # the other area as the description names it
    counterpart_tables: list[int] = field(default_factory=list)  # tables that name points to
    partner: Optional[tuple[int, int]] = None  # (table, row_ord) of the mirror line
    matched_by: Optional[str] = None  # "name" (a description names the other table) or "amount"
    note: Optional[str] = None  # why it is unpaired

    @property
    def paired(self) -> bool:
        return self.partner is not None


@dataclass
class TransferCheck:
    transfers: list[Transfer]
    net_nok: dict[int, int]  # sum of every transfer per year: 0 when the document's transfers cancel out

    @property
    def paired(self) -> list[Transfer]:
        return [t for t in self.transfers if t.paired]

    @property
    def unpaired(self) -> list[Transfer]:
        return [t for t in self.transfers if not t.paired]

    @property
    def balanced(self) -> bool:
        return not any(self.net_nok.values())


def check_transfers(tables: list[BudgetTable]) -> TransferCheck:
    """Pair every transfer line of one document's budget tables with its mirror line."""
    transfers = [_transfer(k, t, line) for k, t in enumerate(tables) for line in t.lines if line.kind == "transfer"]
    names = [_table_names(t) for t in tables]
    for tr in transfers:
        if tr.counterpart:
            tr.counterpart_tables = _resolve(tr.counterpart, names, exclude=tr.table)
    _pair(transfers)
    for tr in transfers:
        if not tr.paired:
            tr.note = _why_unpaired(tr, transfers)
    net: dict[int, int] = {}
    for tr in transfers:
        for year, nok in tr.amounts_nok.items():
            net[year] = net.get(year, 0) + nok
    return TransferCheck(transfers, dict(sorted(net.items())))


# --------------------------------------------------------------------------- lines


def _transfer(k: int, table: BudgetTable, line) -> Transfer:
    nok = {y: a * table.unit_factor for y, a in sorted(line.amounts.items()) if a is not None}
    total = sum(nok.values())
    direction = "out" if total < 0 else "in" if total > 0 else "zero"
    desc = normalise(line.description).strip()
    m_from, m_to = _FROM.search(desc), _TO.search(desc)
    named = m_to if direction == "out" else m_from if direction == "in" else None
    counterpart = named.group(1).strip(" .,;:-") if named else None
    return Transfer(k, line.row_ord, table.caption, table.service_area, line.line_no, line.description,
                    direction, nok, counterpart or None)


def _mirrors(a: Transfer, b: Transfer) -> bool:
    """Opposite amounts in every year both lines have, and not all zero."""
    years = set(a.amounts_nok) & set(b.amounts_nok)
    return (a.table != b.table and bool(years) and any(a.amounts_nok[y] for y in years)
            and all(a.amounts_nok[y] + b.amounts_nok[y] == 0 for y in years))


# --------------------------------------------------------------------------- names


def _words(text: Optional[str]) -> list[str]:
    return [w for w in re.findall(r"\w+", normalise(text or "").casefold()) if w not in _STOP]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and long[len(short):] in _SUFFIXES


def _within(part: list[str], whole: list[str]) -> bool:
    return bool(part) and all(any(_same_word(p, w) for w in whole) for p in part)


def _table_names(table: BudgetTable) -> list[list[str]]:
    """The names a description may use for a table: its service area and the one in its title."""
    out = [_words(n) for n in (table.service_area, area_from_title(table.title)) if n]
    return [n for n in out if n]


def _resolve(counterpart: str, names: list[list[list[str]]], exclude: int) -> list[int]:
    """Tables whose name is contained in the counterpart text, or the other way round;
    the closest ones when several are."""
    said = _words(counterpart)
    scores: dict[int, float] = {}
    for k, table_names in enumerate(names):
        if k == exclude:
            continue
        for n in table_names:
            if _within(n, said) or _within(said, n):
                overlap = sum(any(_same_word(p, w) for w in n) for p in said) / max(len(said), len(n))
                scores[k] = max(scores.get(k, 0.0), overlap)
    if not scores:
        return []
    best = max(scores.values())
    return [k for k, s in scores.items() if s == best]


# --------------------------------------------------------------------------- pairing


def _allowed(a: Transfer, b: Transfer) -> bool:
    """A side that names a table in the document accepts mirrors from that table only; a
    side whose named area has no table accepts only a mirror that names its own table."""
    if a.counterpart_tables:
        return b.table in a.counterpart_tables
    if a.counterpart:
        return a.table in b.counterpart_tables
    return True


def _score(a: Transfer, b: Transfer) -> int:
    """How many of the two sides name the other's table."""
    return int(b.table in a.counterpart_tables) + int(a.table in b.counterpart_tables)


def _pair(transfers: list[Transfer]) -> None:
    """Mutual unique best candidates are paired, repeatedly, until nothing changes; a
    pair by amount alone needs a single candidate on both sides."""
    cands = {
        id(a): [b for b in transfers if b is not a and _mirrors(a, b) and _allowed(a, b) and _allowed(b, a)]
        for a in transfers
    }

    def best(a: Transfer) -> Optional[Transfer]:
        free = [b for b in cands[id(a)] if not b.paired]
        if not free:
            return None
        top = max(_score(a, b) for b in free)
        tops = [b for b in free if _score(a, b) == top]
        return tops[0] if len(tops) == 1 else None

    changed = True
    while changed:
        changed = False
        for a in transfers:
            if a.paired:
                continue
            b = best(a)
            if b is not None and best(b) is a:
                by = "name" if _score(a, b) else "amount"
                a.partner, a.matched_by = (b.table, b.row_ord), by
                b.partner, b.matched_by = (a.table, a.row_ord), by
                changed = True


def _why_unpaired(tr: Transfer, transfers: list[Transfer]) -> str:
    if tr.direction == "zero":
        return "zero in every year: nothing to mirror"
    mirrors = [b for b in transfers if b is not tr and _mirrors(tr, b)]
    free = [b for b in mirrors if not b.paired]
    if tr.counterpart and not tr.counterpart_tables:
        side = "to" if tr.direction == "out" else "from"
        reason = f"names {tr.counterpart!r} ({side}), which has no budget table in this document"
        return reason + ("" if not free else f"; {len(free)} mirror line(s) by amount in other tables not taken")
    if not mirrors:
        return "no line with the opposite amount in another table of this document"
    if len(free) > 1:
        return f"{len(free)} lines with the opposite amount; none is named, so none is taken"
    if not free:
        return "the lines with the opposite amount are paired with other transfers"
    return "the line with the opposite amount names another table"
