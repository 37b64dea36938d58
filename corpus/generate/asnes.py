"""Åsnes prosjektplan med milepælsplan (2018–2019) as a Word document, from seed 004."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from . import docx_util as du
from .common import normalise_zip, seed_lines

WIDTHS = (Cm(2.5), Cm(2.3), Cm(1.9), Cm(5.2), Cm(5.1))


def build(out: Path) -> None:
    lines = seed_lines("asnes")
    doc = Document()
    du.fix_properties(doc, "Prosjektplan med milepælsplan", "Reidun Reikerås")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    du.a4(doc, margin_cm=2.0)
    du.page_footer(doc, "Åsnes kommune – Prosjektplan med milepælsplan")
    table = None
    for line in lines:
        text = line.strip()
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if table is None:
                table = doc.add_table(rows=0, cols=5)
                table.style = "Table Grid"
                row = table.add_row()
                du.repeat_header(row)
                for cell, value in zip(row.cells, cells):
                    du.set_cell(cell, value, bold=True, size=9)
                    du.shade(cell, "D9D9D9")
            else:
                row = table.add_row()
                for cell, value in zip(row.cells, cells):
                    du.set_cell(cell, value, size=9)
            continue
        if table is not None and text:
            du.set_widths(table, WIDTHS)
            table = None
        if not text:
            continue
        if text == "Prosjektplan med milepælsplan":
            doc.add_heading(text, level=0)
        elif text.endswith(":") and len(text) < 60:
            doc.add_heading(text, level=2)
        elif text.startswith("- "):
            du.add_rich_paragraph(doc, text[2:], style="List Bullet")
        else:
            du.add_rich_paragraph(doc, text)
    doc.save(out)
    normalise_zip(out)
