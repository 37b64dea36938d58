"""XLSX: one table per sheet (merged ranges become spans); a sheet counts as a page."""
from __future__ import annotations

import datetime as dt
import warnings
from io import BytesIO
from pathlib import Path

import openpyxl

from ..errors import ExtractionError
from ..types import Cell, Page, Paragraph, ReadDocument, Table


def read(path: Path, data: bytes) -> ReadDocument:
    try:
        with warnings.catch_warnings():  # openpyxl warns about every unsupported extension
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(BytesIO(data), data_only=True)
    except Exception as exc:
        raise ExtractionError(f"not an XLSX: {str(exc).splitlines()[0][:160]}") from exc
    pages, blocks = [], []
    for number, sheet in enumerate(book.worksheets, start=1):
        table = _sheet_table(sheet, number)
        grid = table.grid()
        pages.append(Page(number, "\n".join("\t".join(c for c in row if c) for row in grid if any(grid))))
        blocks.append(Paragraph(text=sheet.title, page=number, style="sheet"))
        if table.cells:
            blocks.append(table)
    title = book.properties.title or (book.worksheets[0].title if book.worksheets else None)
    props = {k: getattr(book.properties, k) for k in ("title", "subject", "creator", "description", "keywords")}
    return ReadDocument(format="xlsx", pages=pages, blocks=blocks, title_hint=title,
                        properties={k: str(v) for k, v in props.items() if v})


def _sheet_table(sheet, number: int) -> Table:
    spans = {}
    covered = set()
    for rng in sheet.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    covered.add((r, c))
    cells = []
    min_row, min_col = sheet.min_row, sheet.min_column
    for row in sheet.iter_rows():
        for cell in row:
            if (cell.row, cell.column) in covered or cell.value is None:
                continue
            text = _text(cell.value)
            if not text:
                continue
            rs, cs = spans.get((cell.row, cell.column), (1, 1))
            cells.append(Cell(row=cell.row - min_row, col=cell.column - min_col, text=text, row_span=rs, col_span=cs))
    return Table(cells=cells, page=number, caption=sheet.title, method="xlsx")


def _text(value) -> str:
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value}".replace(".", ",")
    if isinstance(value, (dt.datetime, dt.date)):
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    return " ".join(str(value).split())
