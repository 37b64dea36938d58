"""Plain text: encoding detected (UTF-8, then cp1252, then latin-1); one paragraph per
line; runs of tab-separated lines become tables (transcripts keep table rows that way).
"""
from __future__ import annotations

from pathlib import Path

from ..types import Cell, Paragraph, Page, ReadDocument, Table


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def read(path: Path, data: bytes) -> ReadDocument:
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    blocks = list(_blocks(lines))
    doc = ReadDocument(format="txt", pages=[Page(None, text)], blocks=blocks)
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.warnings.append(f"text read as {encoding}")
    doc.title_hint = next((b.text for b in blocks if isinstance(b, Paragraph)), None)
    return doc


def _blocks(lines: list[str]):
    i = 0
    while i < len(lines):
        if "\t" in lines[i] and lines[i].strip():
            j, rows = _table_run(lines, i)
            yield _table(rows)
            i = j
            continue
        if lines[i].strip():
            yield Paragraph(text=" ".join(lines[i].split()))
        i += 1


def _table_run(lines: list[str], start: int) -> tuple[int, list[str]]:
    """Consecutive tabbed lines; a blank line (a page break in a transcript) or a lone
    untabbed line stays inside the run when a tabbed line follows right after."""
    rows: list[str] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            rows.append(line)
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip() and "\t" in nxt and nxt.strip():
            rows.append("")  # kept as an empty row: readers of the table see the break
            i += 1
            continue
        if line.strip() and "\t" in nxt and nxt.strip() and rows:
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
