"""Budget tables ("Budsjettramme for …"), read from any format and proven by their totals.

A budget table has a header of consecutive years, an opening frame row ("Opprinnelig
vedtatt netto budsjettramme 2016"), change rows grouped under sub-headings ("Endringer:",
"Driftskonsekvenser av investeringer:") and a corrected total ("Korrigert netto
budsjettramme 2017-2020"). It is found either as a `Table` block (HTML, XLSX, PDF, DOCX)
or as a run of glued text lines (a transcript: "Linjenr 2017201820192020"). Every row
is read every way its text allows; the reading kept is the one with which opening +
changes = total in every year, and the table is called balanced only when exactly one
combination of amounts does that.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from .budget_balance import Choice, choose, residual
from .budget_context import area_from_names, caption_of, heading_area, is_title, title_from_caption, unit_of
from .budget_rows import BodyRow, RawRow, body_rows, header_years, year_columns
from .types import BudgetLine, BudgetTable, Paragraph, ReadDocument, Table

log = logging.getLogger(__name__)

_LAST_NED = re.compile(r"^last ned\b", re.I)
_HEADER_LABEL = re.compile(r"^\s*(linje\s*nr|linjenr|nr\b|\d{4})", re.I)
MAX_PROSE = 300  # a paragraph this long ends a run of transcript table lines
LOOK_AROUND = 4  # blocks searched before/after a table for its caption and title


@dataclass
class _Candidate:
    """A table-shaped thing before it is known to be a budget table."""

    rows: list[RawRow]
    years: list[int]
    cols: Optional[list[int]] = None
    captions: list[str] = field(default_factory=list)  # caption texts, nearest first
    titles: list[str] = field(default_factory=list)
    area: Optional[str] = None
    unit_texts: list[str] = field(default_factory=list)
    page: Optional[int] = None
    source_table: Optional[int] = None


def extract_budget_tables(doc: ReadDocument) -> list[BudgetTable]:
    """Every budget table in the document, in reading order."""
    blocks = doc.blocks
    table_no = {id(t): k for k, t in enumerate(doc.tables)}
    out: list[BudgetTable] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        cand, nxt = None, i + 1
        if isinstance(block, Table):
            cand = _from_table(blocks, i, block, table_no[id(block)])
        elif isinstance(block, Paragraph) and _HEADER_LABEL.match(block.text) and header_years(block.text):
            cand, nxt = _from_lines(blocks, i)
        if cand is not None:
            table = _build(cand)
            if table is not None:
                out.append(table)
        i = nxt
    return out


# --------------------------------------------------------------------------- finding


def _from_lines(blocks: list, i: int) -> tuple[Optional[_Candidate], int]:
    """A transcript table: the header line, then row lines up to the caption."""
    years = header_years(blocks[i].text)
    rows: list[RawRow] = []
    j = i + 1
    while j < len(blocks):
        b = blocks[j]
        if not isinstance(b, Paragraph) or caption_of(b.text) or _LAST_NED.match(b.text):
            break
        if heading_area(b.text) or len(b.text) > MAX_PROSE or header_years(b.text):
            break
        rows.append(RawRow([b.text], j))
        j += 1
    cand = _Candidate(rows, years, page=blocks[i].page)
    after = [b.text for b in blocks[j:j + 2] if isinstance(b, Paragraph) and caption_of(b.text)]
    _context(cand, blocks, i, after)
    return cand, j


def _from_table(blocks: list, i: int, table: Table, number: int) -> Optional[_Candidate]:
    """A table block: the header row with the years, body rows below it."""
    grid = table.grid()
    h = next((r for r, cells in enumerate(grid) if header_years(" ".join(c for c in cells if c))), None)
    if h is None:
        prev = blocks[i - 1] if i > 0 else None
        if not (isinstance(prev, Paragraph) and header_years(prev.text)):
            return None
        years, cols, body, pre = header_years(prev.text), None, list(enumerate(grid)), []
    else:
        years = header_years(" ".join(c for c in grid[h] if c))
        cols = year_columns(grid[h], years)
        body, pre = list(enumerate(grid))[h + 1:], [" ".join(c for c in cells if c) for cells in grid[:h]]
    rows, inside = [], []
    for r, cells in body:
        text = " ".join(c for c in cells if c)
        if caption_of(text):
            inside.append(text)
        elif text and not _LAST_NED.match(text):
            rows.append(RawRow(cells, r))
    cand = _Candidate(rows, years, cols, page=table.page, source_table=number)
    own = [t for t in [table.caption, *pre, *inside, table.title] if t]
    _context(cand, blocks, i, own)
    return cand


def _context(cand: _Candidate, blocks: list, i: int, own: list[str]) -> None:
    """Caption, title, service area and unit texts from the table and the blocks around it."""
    before = _nearby(reversed(blocks[max(0, i - LOOK_AROUND):i]))
    after = _nearby(blocks[i + 1:i + 1 + LOOK_AROUND])
    cand.captions = [t for t in own if caption_of(t)] + [t for t in before if caption_of(t)]
    cand.captions += [t for t in after if caption_of(t)][:1]
    cand.titles = [t for t in own if is_title(t)] + [t for t in before if is_title(t)]
    for b in reversed(blocks[:i]):
        if isinstance(b, Paragraph) and not b.style.startswith("li") and heading_area(b.text):
            cand.area = heading_area(b.text)
            break
    if cand.area is None:
        cand.area = next((heading_area(t) for t in own if heading_area(t)), None)
    cand.unit_texts = cand.captions + own + cand.titles


def _nearby(blocks) -> list[str]:
    """Paragraph texts up to the first table, section heading or download link: what
    lies beyond belongs to another table."""
    out = []
    for b in blocks:
        if not isinstance(b, Paragraph) or heading_area(b.text) or _LAST_NED.match(b.text):
            break
        out.append(b.text)
    return out


# --------------------------------------------------------------------------- building


def _build(cand: _Candidate) -> Optional[BudgetTable]:
    """The budget table, or None when the candidate has no opening and total rows."""
    n = len(cand.years)
    rows, notes = body_rows(cand.rows, n, cand.cols)
    rows = _up_to_total(rows)
    kinds = [r.kind for r in rows]
    if not rows or kinds[0] != "opening" or kinds[-1] != "total":
        return None
    choice = _solve(rows, kinds)
    caption_text = cand.captions[0] if cand.captions else None
    unit, factor = unit_of(*cand.unit_texts)
    caption_title = next((t for t in map(title_from_caption, cand.captions) if t), None)  # not the bare "Tabell 5.12"
    title = cand.titles[0] if cand.titles else caption_title
    area = cand.area or area_from_names(title, caption_title)
    table = BudgetTable(
        caption=caption_of(caption_text), title=title, service_area=area, unit=unit, unit_factor=factor,
        years=list(cand.years), lines=_lines(rows, choice, cand.years), balances=choice.balances,
        page=cand.page, source_table=cand.source_table,
    )
    table.note = _note(table, rows, kinds, choice, notes, unit)
    if table.note:
        level = logging.INFO if table.balances else logging.WARNING
        log.log(level, "%s: %s", table.caption or table.title or "budget table", table.note)
    return table


def _up_to_total(rows: list[BodyRow]) -> list[BodyRow]:
    """Rows up to and including the first total row."""
    for k, row in enumerate(rows):
        if row.kind == "total":
            return rows[: k + 1]
    return rows


def _solve(rows: list[BodyRow], kinds: list[str]) -> Choice:
    """Cell readings first; every glued reading only when those do not balance."""
    first = choose([r.preferred for r in rows], kinds)
    if first.balances or all(r.preferred == r.readings for r in rows):
        return first
    second = choose([r.readings for r in rows], kinds)
    return second if second.n_balancing else first


def _lines(rows: list[BodyRow], choice: Choice, years: list[int]) -> list[BudgetLine]:
    return [
        BudgetLine(
            row_ord=k, line_no=pick.line_no, description=pick.description or row.text, kind=row.kind,
            amounts=dict(zip(years, pick.amounts)), group=row.group,
        )
        for k, (row, pick) in enumerate(zip(rows, choice.picks))
    ]


def _note(table: BudgetTable, rows: list[BodyRow], kinds: list[str], choice: Choice, notes: list[str],
          unit: Optional[str]) -> Optional[str]:
    """Why the table does not balance, or what was assumed to read it."""
    parts = notes[:3] + ([f"{len(notes) - 3} more rows without {len(table.years)} amounts"] if len(notes) > 3 else [])
    if choice.n_balancing == 0:
        res = residual(choice.picks, kinds)
        off = ", ".join(f"{y}: {d:+d}" for y, d in zip(table.years, res) if d)
        reason = "search gave up (too many readings)" if choice.exhausted else "no reading balances"
        parts.append(f"{reason}; opening + changes - total = {off or 'unknown'}")
    elif choice.n_balancing > 1:
        parts.append("more than one reading of the glued amounts balances; the plainest is stored")
    glued = [f"{p.line_no or row.text[:30]}: {' | '.join(str(a) for a in p.amounts)}"
             for row, p in zip(rows, choice.picks) if p.penalty > 0]
    if glued and choice.balances:
        parts.append("glued amounts split by balance: " + "; ".join(glued))
    if unit is None:
        parts.append("no unit found; amounts taken as kroner")
    return "; ".join(parts) or None
