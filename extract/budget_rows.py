"""Budget table rows: years from the header, rows joined across wrapped lines, kinds.

Works on plain row texts (a transcript's lines) and on table grids (HTML, XLSX, PDF)
alike: a grid row whose cells fit the year columns gives a direct reading; every row
also gets the readings of its joined text, for when the cells were split or glued.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .budget_split import Reading, row_readings, split_line_no
from .numbers import normalise, parse_int

_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARS_TEXT = re.compile(r"^(?:(?:19|20)\d\d[\s]*){2,}$")
_HEADING = re.compile(r"^[^\d].{1,80}:$")
_OPENING = re.compile(r"\bopprinnelig\b|\bvedtatt\b.*\bramme\b", re.I)
_TOTAL = re.compile(r"\bkorrigert\b|^sum\b|\bny\s+(?:netto\s+)?ramme\b|^total", re.I)
_TRANSFER = re.compile(r"overf[øo]r|\btilf[øo]rt\b|\bflyttet (?:fra|til) (?:ramme|annen ramme)", re.I)
_INVEST = re.compile(r"investering", re.I)


@dataclass
class RawRow:
    """One source row: its cells (a transcript line is one cell) and its position."""

    cells: list[str]
    index: int = 0  # grid row or line number, for messages

    @property
    def text(self) -> str:
        return " ".join(" ".join(c.split()) for c in self.cells if c and c.strip())


@dataclass
class BodyRow:
    """A data row, wrapped lines joined, with every reading that yields the year count."""

    text: str
    direct: Optional[Reading]  # from the cells, when they fit the year columns
    glued: list[Reading]  # from the joined text, plainest first
    group: Optional[str]
    kind: str = "change"
    sources: list[int] = field(default_factory=list)

    @property
    def readings(self) -> list[Reading]:
        """Direct reading first, then the glued ones with other amounts."""
        if self.direct is None:
            return self.glued
        return [self.direct] + [r for r in self.glued if r.amounts != self.direct.amounts]

    @property
    def preferred(self) -> list[Reading]:
        """The direct reading alone when there is one, else every glued reading."""
        return [self.direct] if self.direct is not None else self.glued


def header_years(text: str) -> list[int]:
    """Years of a header such as "Linjenr 2017201820192020" or "Linjenr | 2017 | 2018"."""
    s = re.sub(r"(?i)^(?:\s*(?:linje\s*nr\.?|linjenr\.?|nr\.?|tekst|beskrivelse|tiltak|(?:tall i )?1 000 kr)\b)+", "",
               normalise(text)).strip()
    s = re.sub(r"(?i)\b(budsjett|økonomiplan|regnskap|tall i.*)$", "", s).strip()
    if not _YEARS_TEXT.match(s):
        return []
    years = [int(y) for y in _YEAR.findall(s.replace(" ", ""))]
    if len(years) >= 2 and all(b - a == 1 for a, b in zip(years, years[1:])):
        return years
    return []


def year_columns(cells: list[str], years: list[int]) -> Optional[list[int]]:
    """Column of each year when the header has one year per cell."""
    cols = {}
    for c, text in enumerate(cells):
        t = normalise(text or "")
        if re.fullmatch(r"(?:19|20)\d\d", t):
            cols[int(t)] = c
    if all(y in cols for y in years):
        return [cols[y] for y in years]
    return None


def direct_reading(cells: list[str], cols: list[int]) -> Optional[Reading]:
    """A reading straight from the cells when the amounts sit in the year columns."""
    amounts = []
    for c in cols:
        text = cells[c] if c < len(cells) else ""
        try:
            value = parse_int(text)
        except ValueError:
            return None
        if value is None:
            return None
        amounts.append(value)
    label = [" ".join(cells[c].split()) for c in range(min(cols)) if c < len(cells) and cells[c].strip()]
    extra = [cells[c] for c in range(min(cols), len(cells)) if c not in cols and cells[c].strip()]
    if extra:
        return None
    line_no = None
    if label and re.fullmatch(r"\d{1,4}", label[0]):
        line_no, label = label[0], label[1:]
    elif label:
        line_no, first = split_line_no(label[0])
        label = [first] + label[1:] if first else label[1:]
    return Reading(line_no, " ".join(label), tuple(amounts), 0)


def readings_for(row: RawRow, n: int, cols: Optional[list[int]], carried: str = "") -> tuple[Optional[Reading], list[Reading]]:
    """The direct reading (or None) and the glued readings of a row, with text carried
    over from wrapped lines above."""
    direct = direct_reading(row.cells, cols) if cols is not None else None
    if direct is not None and carried:
        line_no, head = split_line_no(carried)
        desc = " ".join(p for p in (head if line_no else carried, direct.description) if p)
        direct = Reading(direct.line_no or line_no, desc, direct.amounts, 0)
    text = f"{carried} {_cells_text(row.cells)}".strip()
    glued = row_readings(text, n) or row_readings(text, n, plain=True)
    return direct, glued


def _cells_text(cells: list[str]) -> str:
    """Cells joined; a line number cell is glued to the text after it, as transcripts do."""
    parts = [" ".join(c.split()) for c in cells if c and c.strip()]
    if len(parts) > 1 and re.fullmatch(r"\d{1,4}", parts[0]) and not re.match(r"[\d-]", parts[1]):
        return parts[0] + parts[1] + (" " + " ".join(parts[2:]) if parts[2:] else "")
    return " ".join(parts)


def body_rows(rows: list[RawRow], n: int, cols: Optional[list[int]] = None) -> tuple[list[BodyRow], list[str]]:
    """Join wrapped lines into rows, note group headings, and classify each row.

    Returns the rows and notes about lines that could not be read.
    """
    out: list[BodyRow] = []
    notes: list[str] = []
    group: Optional[str] = None
    carried, sources = "", []
    for row in rows:
        text = row.text
        if not text:
            continue
        if not carried and _HEADING.match(text) and not re.search(r"\d\s*$", text):
            group = text.rstrip(":").strip()
            continue
        direct, glued = readings_for(row, n, cols, carried) if _ends_in_amount(row) else (None, [])
        if direct or glued:
            desc = f"{carried} {text}".strip()
            out.append(BodyRow(desc, direct, glued, group, sources=sources + [row.index]))
            carried, sources = "", []
            continue
        if carried and split_line_no(_cells_text(row.cells))[0]:  # a new numbered row begins
            notes.append(f"row {sources[0]}: no {n} amounts in {carried!r}")
            carried, sources = "", []
        carried = f"{carried} {_cells_text(row.cells)}".strip()
        sources.append(row.index)
    if carried:
        notes.append(f"row {sources[0]}: no {n} amounts in {carried!r}")
    _classify(out)
    return out, notes


def _ends_in_amount(row: RawRow) -> bool:
    last = normalise(row.text)
    return bool(re.search(r"(\d|\(\d[\d ]*\)|\s-)$", last))


def _classify(rows: list[BodyRow]) -> None:
    for i, row in enumerate(rows):
        r0 = row.readings[0]
        desc = r0.description or row.text
        if _TOTAL.search(desc) and i > 0:
            row.kind, row.group = "total", None
        elif i == 0 and (_OPENING.search(desc) or "ramme" in desc.lower()):
            row.kind, row.group = "opening", None
        elif row.group and _INVEST.search(row.group):
            row.kind = "investment"
        elif r0.line_no is None and _TRANSFER.search(desc):
            row.kind = "transfer"
        else:
            row.kind = "change"
