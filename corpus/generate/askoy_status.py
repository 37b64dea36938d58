"""Askøy statusrapport 2017 as a municipal Word report (DOCX), rebuilt from seed 000.

Layout (headings, table rows, label cells, dates) follows the transcript line by line;
the bullet texts come from the hand-checked expected records, so a perfect extraction
of the DOCX returns exactly `expected/askoy_statusrapport_2017.json`.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import docx_util as du
from .common import expected, seed_lines

LABEL = re.compile(r"^(Om prosjektet|Om tiltaket|Forventet effekt|Kort status|Hva er gjennomført)")
SECTION = re.compile(r"^(TILTAK OG PROSJEKTER I LINJE|AVSLUTTEDE PROSJEKTER OG TILTAK|Område:)")
KIND = {"Om": "description_items", "Forventet": "effect_items", "Kort": "status_items", "Hva": "status_items"}
WIDTHS = (Cm(1.3), Cm(9.2), Cm(3.4), Cm(3.4))


def row_cells(line: str) -> list[str]:
    """The transcript row as four cells (left-padded where the leading tab was lost)."""
    cells = [c.strip() for c in line.split("\t")]
    if cells and cells[0] and not re.fullmatch(r"\d+|Nr\.", cells[0]):
        cells.insert(0, "")
    while len(cells) > 4 and cells[-1] == "":
        cells.pop()
    if len(cells) > 4:
        raise ValueError(f"row has {len(cells)} cells, expected 4: {line!r}")
    return cells + [""] * (4 - len(cells))


def _merged_row(table, text: str, bold: bool = True, fill: str | None = "D9E2F3") -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[3])
    du.set_cell(merged, text, bold=bold)
    if fill:
        du.shade(merged, fill)


def _content_row(table, items: list[str]) -> None:
    cells = table.add_row().cells
    merged = cells[1].merge(cells[3])
    du.fill_bullets(merged, items)


def _project_table(doc, lines: list[str], start: int, end: int, projects_by_line: dict) -> None:
    """Rows of one program table from transcript lines [start, end) (0-based)."""
    header = row_cells(lines[start])
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        du.set_cell(cell, text, bold=True)
        du.shade(cell, "B4C6E7")
    du.repeat_header(table.rows[0])
    project = None
    for idx in range(start + 1, end):
        line = lines[idx]
        if not line.strip():
            continue
        cells = row_cells(line)
        first = next((c for c in cells if c), "")
        if idx + 1 in projects_by_line:
            project = projects_by_line[idx + 1]
            row = table.add_row().cells
            for cell, text in zip(row, cells):
                du.set_cell(cell, text, bold=(cell is row[1]))
        elif LABEL.match(first):
            row = table.add_row().cells
            for cell, text in zip(row, cells):
                du.set_cell(cell, text, bold=(text == first))
            items = project[KIND[first.split()[0]]]
            if items:
                _content_row(table, items)
        elif SECTION.match(first):
            _merged_row(table, first)
        # anything else is bullet text or a page-break continuation: already in the items
    du.set_widths(table, WIDTHS)


def build(out: Path) -> None:
    lines = seed_lines("askoy_status")
    gold = expected("askoy_statusrapport_2017.json")
    projects_by_line = {p["source_line"]: p for p in gold["projects"]}
    program_lines = [p["source_line"] for p in gold["programs"]]

    doc = Document()
    du.fix_properties(doc, "Statusrapport", "Kommunalavdeling levekår")
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    du.a4(doc)
    du.page_footer(doc, "Statusrapport – Omstillingsprogram 2020")

    # front matter: everything before the first program heading
    for line in lines[: program_lines[0] - 1]:
        text = line.strip()
        if not text:
            continue
        if text == "Statusrapport":
            doc.add_heading(text, level=0)
        elif "\t" in line:
            du.add_rich_paragraph(doc, text)
        elif len(text) < 40 and not text[0].isdigit() and not text.endswith("."):
            doc.add_heading(text, level=2)
        else:
            du.add_rich_paragraph(doc, text)

    bounds = program_lines + [len(lines) + 1]
    for p_start, p_end in zip(bounds, bounds[1:]):
        doc.add_heading(lines[p_start - 1].strip(), level=1)
        table_start = next(i for i in range(p_start, p_end - 1) if lines[i].startswith("Nr."))
        for line in lines[p_start: table_start]:
            text = line.strip()
            if not text:
                continue
            if re.search(r"prosjekter og tiltak$", text):
                doc.add_heading(text, level=2)
            else:
                du.add_rich_paragraph(doc, text)
        _project_table(doc, lines, table_start, p_end - 1, projects_by_line)
        doc.add_paragraph()
    doc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(out)
    du_normalise(out)


def du_normalise(out: Path) -> None:
    from .common import normalise_zip
    normalise_zip(out)
