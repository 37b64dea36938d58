"""Scanned tables continued over pages, made joinable despite OCR noise.

`pdf_tables.join_continued` joins a table that goes on on the next page when both
have the same columns and edges, and drops the next page's first row when it repeats
the header exactly. On a scan neither holds to the letter: the repeated header may be
read "PROSJEKT" on one page and "PR0SJEKT" on the next, and each page lies a little
differently on the scanner glass, so the table edges move by a few points.

`even_out_continued` runs before `join_continued` on the blocks of a scanned
document: an OCR table that directly follows an OCR table of the page before, with
the same number of columns and edges within `EDGE_TOLERANCE`, takes over the first
table's edges, and its first row, when it reads like the first table's header row
(rapidfuzz ratio), takes over that header's text so it is recognised as the repeated
header and dropped.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from .pdf_tables import continues
from .types import Table

EDGE_TOLERANCE = 14.0  # points a rescanned page may shift the table sideways
HEADER_SIMILARITY = 80.0  # rapidfuzz ratio of the two header rows' texts, 0–100


def _row(table: Table, r: int) -> list:
    return sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)


def _key(cells) -> str:
    return " | ".join(" ".join(c.text.split()).lower() for c in cells)


def same_header(first: list, second: list) -> bool:
    """Two rows that are the same header read twice: same cell layout, similar text."""
    if not first or [(c.col, c.col_span) for c in first] != [(c.col, c.col_span) for c in second]:
        return False
    if not any(c.text.strip() for c in first):
        return False
    if any(bool(a.text.strip()) != bool(b.text.strip()) for a, b in zip(first, second)):
        return False
    return fuzz.ratio(_key(first), _key(second)) >= HEADER_SIMILARITY


def even_out_continued(blocks: list) -> list:
    """Edges and repeated header rows of continued OCR tables evened out (in place)."""
    anchor: Table | None = None  # the table a run of continued tables starts with
    prev = None
    for block in blocks:
        if not isinstance(block, Table) or block.method != "ocr":
            anchor = None
            prev = block
            continue
        if isinstance(prev, Table) and prev.method == "ocr" and continues(prev, block, EDGE_TOLERANCE):
            anchor = anchor or prev
            block.bbox = (prev.bbox[0], block.bbox[1], prev.bbox[2], block.bbox[3])
            head, repeated = _row(anchor, 0), _row(block, 0)
            if same_header(head, repeated):
                for a, b in zip(head, repeated):
                    b.text = a.text
        else:
            anchor = None
        prev = block
    return blocks
