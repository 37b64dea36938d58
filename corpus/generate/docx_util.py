"""python-docx helpers: page-number fields, bullet cells, merged rows, repeated headers."""
from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from .common import FIXED_TIME


def add_field(paragraph, instr: str) -> None:
    """Append a simple field (PAGE, NUMPAGES) to a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def a4(doc: DocxDocument, margin_cm: float = 2.0) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(margin_cm)
    section.top_margin = section.bottom_margin = Cm(2)


def page_footer(doc: DocxDocument, header_text: str) -> None:
    """Running header text and a "Side N av M" footer on every page."""
    section = doc.sections[0]
    section.header.paragraphs[0].text = header_text
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    add_field(footer, "PAGE")
    footer.add_run(" av ")
    add_field(footer, "NUMPAGES")


def fix_properties(doc: DocxDocument, title: str, author: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1


def add_rich_paragraph(container, text: str, style: str | None = None):
    """A paragraph where *x* and **x** become italic / bold runs."""
    par = container.add_paragraph(style=style)
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            par.add_run(part[1:-1]).italic = True
        else:
            par.add_run(part)
    return par


def fill_bullets(cell: _Cell, items: list[str], style: str = "List Bullet") -> None:
    """One Word paragraph per bullet in the cell."""
    first = cell.paragraphs[0]
    for i, item in enumerate(items):
        par = first if i == 0 else cell.add_paragraph()
        par.style = style
        par.text = item


def set_cell(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_widths(table: Table, widths) -> None:
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width
    for row in table.rows:
        for idx, width in enumerate(widths):
            if idx < len(row.cells):
                row.cells[idx].width = width
