"""Table rows for the typed extractors: non-empty cells with their column and page,
and header rows recognised by their words (in any order)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from .typed_text import norm_key
from .types import Table


@dataclass
class Row:
    cells: list[tuple[int, str]]  # (column, text) of the non-empty cells, left to right
    page: Optional[int]
    table: int  # index of the table in the document
    index: int  # row number in its table
    spans: dict[int, int] = field(default_factory=dict)  # column -> col_span of the cell starting there

    @property
    def texts(self) -> list[str]:
        return [t for _, t in self.cells]

    def at(self, col: Optional[int]) -> Optional[str]:
        if col is None:
            return None
        return next((t for c, t in self.cells if c == col), None)


def table_rows(table: Table, table_index: int) -> Iterator[Row]:
    """Rows of a table top to bottom. A row's page is the table's first page: a table
    joined across pages knows no more (`PageFinder` places a row by its printed text)."""
    spans: dict[int, dict[int, int]] = {}
    for cell in table.cells:
        spans.setdefault(cell.row, {})[cell.col] = cell.col_span
    for r, values in enumerate(table.grid()):
        cells = [(c, v.strip()) for c, v in enumerate(values) if v and v.strip()]
        yield Row(cells=cells, page=table.page, table=table_index, index=r, spans=spans.get(r, {}))


def header_roles(row: Row, role_of: Callable[[str], Optional[str]], need: set[str], minimum: int = 2) -> Optional[dict[str, int]]:
    """Column of each role when `row` is a header row (at least `minimum` cells name a
    role, and every role in `need` is among them); None otherwise."""
    roles: dict[str, int] = {}
    for col, text in row.cells:
        role = role_of(norm_key(text))
        if role is None:
            return None  # a header row holds header words only
        roles.setdefault(role, col)
    if len(roles) >= minimum and need <= set(roles):
        return roles
    return None


def first_int(text: Optional[str]) -> Optional[int]:
    """The number of a cell that is only a number ("7", "7.")."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d{1,3})\s*\.?\s*", text)
    return int(m.group(1)) if m else None


class PageFinder:
    """Page of a row's text in a paged document, for tables joined across pages whose
    cells carry no page of their own. Searches page texts with all whitespace removed
    (wrapped lines), from a lower bound onward, so repeated names resolve in order."""

    def __init__(self, pages: list) -> None:
        self.pages = [(p.number, re.sub(r"\s+", "", p.text)) for p in pages if p.number is not None]

    def find(self, text: str, lowest: Optional[int], lead: str = "") -> Optional[int]:
        """First page from `lowest` printing `text` (or, for a wrapped cell, its longest
        printed prefix); with `lead` (a row number), "lead + text" is tried first."""
        if not self.pages or not text.strip():
            return None
        words = text.split()
        needles = []
        for prefix in ([lead] if lead else []) + [""]:
            for n in range(len(words), 0, -1):
                needle = prefix + "".join(words[:n])
                if len(needle) >= 8 or n == len(words):
                    needles.append(needle)
        for needle in needles:
            for number, squashed in self.pages:
                if (lowest is None or number >= lowest) and needle in squashed:
                    return number
        return None
