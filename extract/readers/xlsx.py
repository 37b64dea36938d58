"""XLSX: one table per sheet (merged ranges become spans); a sheet counts as a page.

A number is read as the sheet shows it: rounded to its format's decimals (a formula's saved 1537,4999999999998
under "# ##0" is 1537), a percentage format as "24,5 %"; a date without a day in its format as "2024-03".
A page's line keeps a row's empty cells, so a value stays under its column's heading.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from decimal import ROUND_HALF_UP, Decimal
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
        pages.append(Page(number, "\n".join("\t".join(row).rstrip("\t") for row in grid if any(row))))
        blocks.append(Paragraph(text=sheet.title, page=number, style="sheet"))
        if table.cells:
            blocks.append(table)
    title = book.properties.title or (book.worksheets[0].title if book.worksheets else None)
    props = {k: getattr(book.properties, k) for k in ("title", "subject", "creator", "description", "keywords")}
    doc = ReadDocument(format="xlsx", pages=pages, blocks=blocks, title_hint=title,
                       properties={k: str(v) for k, v in props.items() if v})
    if unsaved := _formulas_without_value(data):
        doc.warnings.append(f"formula cells without a saved value (the file was not saved by a spreadsheet "
                            f"program): {unsaved}, read as empty")
    return doc


# A formula cell that ends without a value: '<c r="B4"><f>SUM(B2:B3)</f><v></v></c>'; not a text formula whose
# saved value is the empty string ('<c r="A5" t="str"><f>IF(A1=0,"",A1)</f><v/></c>', as Excel writes it)
_UNSAVED_FORMULA = re.compile(rb'<c\b(?![^>]*\bt="str")[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)(?:\s*<v\s*/>|\s*<v></v>)?'
                              rb'\s*</c>')


def _formulas_without_value(data: bytes) -> int:
    with zipfile.ZipFile(BytesIO(data)) as book:
        return sum(len(_UNSAVED_FORMULA.findall(book.read(name))) for name in book.namelist()
                   if name.startswith("xl/worksheets/") and name.endswith(".xml"))


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
            text = _text(cell.value, cell.number_format or "General")
            if not text:
                continue
            rs, cs = spans.get((cell.row, cell.column), (1, 1))
            cells.append(Cell(row=cell.row - min_row, col=cell.column - min_col, text=text, row_span=rs, col_span=cs))
    return Table(cells=cells, page=number, caption=sheet.title, method="xlsx")


def _text(value, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it (see the module's docstring); TRUE is "x", FALSE empty."""
    if isinstance(value, bool):
        return "x" if value else ""
    shown = _FORMAT_NOISE.sub("", number_format.split(";")[0])
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, (dt.datetime, dt.date)):
        if isinstance(value, dt.datetime) and (value.hour or value.minute):
            return value.strftime("%Y-%m-%d %H:%M")
        day = value.date() if isinstance(value, dt.datetime) else value
        if "d" not in shown.lower():
            return day.strftime("%Y-%m") if "m" in shown.lower() else str(day.year)
        return day.isoformat()
    if isinstance(value, (int, float)):
        return _number(value, shown)
    return " ".join(str(value).split())


_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')  # quoted text, [colour]/[$-414], escapes, padding


def _number(value: float, shown: str) -> str:
    """"1537,5" under General, "1538" under "# ##0", "68,2 %" under "0.0 %"."""
    percent = "%" in shown
    if percent:
        value *= 100
    placeholders = re.search(r"[0#?]", shown)
    if placeholders is None:  # General (or a text format): what Excel shows, at most 15 significant digits
        text = f"{value:.15g}"
        if "e" in text:
            text = f"{value:.15f}".rstrip("0").rstrip(".")
    else:
        decimals = re.search(r"\.([0#?]+)", shown)
        places = Decimal(1).scaleb(-len(decimals.group(1))) if decimals else Decimal(1)
        text = str(Decimal(repr(value)).quantize(places, rounding=ROUND_HALF_UP))  # as Excel: 716,5 shows 717
    if text in ("-0", "-0.0") or re.fullmatch(r"-0\.0+", text):
        text = text[1:]
    return text.replace(".", ",") + (" %" if percent else "")
