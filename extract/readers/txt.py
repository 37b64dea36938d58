"""Plain text: encoding detected (a BOM's UTF-8/16/32, else UTF-8, then cp1252, then latin-1; UTF-8 with a few
stray cp1252 bytes is read as UTF-8 with those bytes as cp1252); one paragraph per line; runs of lines with a tab
inside become tables (transcripts keep table rows that way); a form feed starts a new page.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..sniff import bom_encoding
from ..types import Cell, Paragraph, Page, ReadDocument, Table
from ._text import INVISIBLE

_UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}  # bytes cp1252 leaves undefined


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: the bytes UTF-8 cannot read, read as cp1252 (latin-1 where cp1252 has a hole)."""
    bad = error.object[error.start:error.end]
    return bad.decode("latin-1" if any(b in _CP1252_HOLES for b in bad) else "cp1252"), error.end


codecs.register_error("arkivar-cp1252", _cp1252_bytes)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with ("utf-8+cp1252": UTF-8 with some bytes that are not)."""
    if (encoding := bom_encoding(data)) is not None:
        return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_CHAR.search(data):  # UTF-8 letters are there: a byte pasted from cp1252 must not spoil them all
        return data.decode("utf-8", errors="arkivar-cp1252"), "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read(path: Path, data: bytes) -> ReadDocument:
    text, encoding = decode(data)
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    sheets = text.split("\f")
    pages = [Page(None if len(sheets) == 1 else n, sheet) for n, sheet in enumerate(sheets, start=1)]
    blocks = [b for page in pages for b in _blocks(page.text.split("\n"), page.number)]
    doc = ReadDocument(format="txt", pages=pages, blocks=blocks)
    if not encoding.startswith(("utf-8", "utf-16", "utf-32")) or "+" in encoding:
        doc.warnings.append(f"text read as {encoding}")
    doc.title_hint = next((b.text for b in blocks if isinstance(b, Paragraph)), None)
    return doc


def _tabbed(line: str) -> bool:
    """A line that starts a table: a tab inside it, not only before it (an indented paragraph)."""
    return "\t" in line.strip(" \t")


def _row(line: str) -> bool:
    """A line that continues a table: any tab, also only a leading one (an empty first cell)."""
    return "\t" in line and bool(line.strip())


def _blocks(lines: list[str], page: int | None = None):
    i = 0
    while i < len(lines):
        if _tabbed(lines[i]):
            j, rows = _table_run(lines, i)
            table = _table(rows)
            table.page = page
            yield table
            i = j
            continue
        if lines[i].strip():
            yield Paragraph(text=" ".join(lines[i].split()), page=page)
        i += 1


def _table_run(lines: list[str], start: int) -> tuple[int, list[str]]:
    """Consecutive tabbed lines; a blank line (a page break in a transcript) or a lone
    untabbed line stays inside the run when a tabbed line follows right after."""
    rows: list[str] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if _row(line) and (rows or _tabbed(line)):
            rows.append(line)
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip() and _row(nxt):
            rows.append("")  # kept as an empty row: readers of the table see the break
            i += 1
            continue
        if line.strip() and _row(nxt) and rows:
            rows.append(line)
            i += 1
            continue
        break
    return i, rows


def _table(rows: list[str]) -> Table:
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row.split("\t")):
            text = " ".join(text.split())
            if text:
                cells.append(Cell(row=r, col=c, text=text))
    return Table(cells=cells, method="txt-tabs")
