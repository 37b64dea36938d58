"""Table-structure score of the ICDAR 2013 table competition (Göbel et al.).

A table is reduced to its *adjacency relations*: each non-empty cell paired with the
nearest non-empty cell to its right (same row) and the nearest one below (same
column), compared by their text reduced to letters and digits. Precision and recall
count the relations two sets of tables share (as multisets, all tables of a document
pooled).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .types import Cell

_NOT_ALNUM = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Text reduced to lower-case letters and digits."""
    return _NOT_ALNUM.sub("", text or "").lower()


def relations(cells: list[Cell]) -> Counter:
    """Adjacency relations (text, neighbour text, "r"/"d") of one table's cells."""
    filled = [c for c in cells if norm(c.text)]
    pairs: set[tuple[int, int, str]] = set()
    for i, c in enumerate(filled):
        for row in range(c.row, c.row + c.row_span):
            right = [j for j, o in enumerate(filled) if o.col >= c.col + c.col_span and o.row <= row < o.row + o.row_span]
            if right:
                pairs.add((i, min(right, key=lambda j: filled[j].col), "r"))
        for col in range(c.col, c.col + c.col_span):
            below = [j for j, o in enumerate(filled) if o.row >= c.row + c.row_span and o.col <= col < o.col + o.col_span]
            if below:
                pairs.add((i, min(below, key=lambda j: filled[j].row), "d"))
    # a spanning neighbour reached from several rows/columns counts once
    return Counter((norm(filled[i].text), norm(filled[j].text), d) for i, j, d in pairs)


def pooled(tables: list[list[Cell]]) -> Counter:
    total: Counter = Counter()
    for cells in tables:
        total.update(relations(cells))
    return total


@dataclass
class Score:
    correct: int
    found: int
    truth: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else (1.0 if not self.truth else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.truth if self.truth else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(found: list[list[Cell]], truth: list[list[Cell]]) -> Score:
    """Score the tables found in one document against its true tables."""
    got, want = pooled(found), pooled(truth)
    return Score(correct=sum((got & want).values()), found=sum(got.values()), truth=sum(want.values()))


def cells_from_grid(rows: list[list[str | None]]) -> list[Cell]:
    """Cells of a plain grid of strings (as pdfplumber and Camelot return them)."""
    return [Cell(r, c, text or "") for r, row in enumerate(rows) for c, text in enumerate(row)]
