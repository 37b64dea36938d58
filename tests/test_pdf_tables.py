"""PDF tables on the corpus renderings, checked against what a reader sees (and the DOCX)."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extract import ocr
from extract.pdf_score import norm, relations, score
from extract.pdf_words import join_cell_lines
from extract.readers import read_document
from extract.types import Cell, Paragraph

DOCS = Path(__file__).resolve().parents[1] / "corpus" / "documents"


@pytest.fixture(scope="module")
def budget():
    return read_document(DOCS / "stavanger_budsjett_2017.pdf")


@pytest.fixture(scope="module")
def status():
    return read_document(DOCS / "askoy_statusrapport_2017.pdf")


def test_unruled_budget_table_keeps_numbers_whole(budget):
    first = budget.tables[0]
    assert first.method == "pdf-text" and first.page == 3
    assert first.caption == "Tabell 5.11 Budsjettramme for Helse og sosialkontor 2017-2020, tall i 1 000 kr"
    assert first.title == "Budsjettramme for Helse- og sosialkontor 2017-2020"
    grid = first.grid()
    assert grid[0] == ["Linjenr", "", "2017", "2018", "2019", "2020"]
    assert ["121", "Gebyr utskrivingsklare pasienter fra sykehuset", "2 700", "2 700", "2 700", "2 700"] in grid
    assert ["122", "Brukere flytter fra annet botilbud og inn på Austbø", "-12 500", "-12 500", "-12 500", "-12 500"] in grid
    assert grid[-1] == ["", "Korrigert netto budsjettramme 2017-2020", "608 819", "610 319", "610 319", "610 319"]


def test_every_budget_table_is_found_with_its_caption(budget):
    captions = [t.caption for t in budget.tables]
    assert all(c and c.startswith("Tabell 5.") for c in captions)
    assert captions[:3] == [
        "Tabell 5.11 Budsjettramme for Helse og sosialkontor 2017-2020, tall i 1 000 kr",
        "Tabell 5.12 Budsjettramme for Helsehuset 2017-2020, tall i 1 000 kr",
        "Tabell 5.13 Budsjettramme for Alders- og sykehjem 2017-2020, tall i 1 000 kr",
    ]
    assert all(t.n_cols == 6 for t in budget.tables)


def test_budget_running_header_and_page_numbers_stay_out_of_blocks(budget):
    assert "Stavanger kommune – Budsjett 2017 og økonomiplan 2017-2020 – 5.5 Levekår" in budget.pages[2].text
    texts = [b.text for b in budget.blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith("Stavanger kommune – Budsjett 2017 og økonomiplan") for t in texts)
    assert "3" not in texts


def test_status_report_rows_keep_start_and_end_with_the_project(status):
    table = next(t for t in status.tables if any(r[1] == "Levekårsteam" for r in t.grid()))
    row = next(r for r in table.grid() if r[1] == "Levekårsteam")
    assert row == ["1", "Levekårsteam", "Oppstart: høst 2016", "Slutt: ultimo 2019"]
    assert table.method == "pdf-lines" and (table.page, table.last_page) == (5, 7)


def test_status_report_tables_equal_the_docx_tables(status):
    """The LibreOffice PDF of the DOCX reads back as the DOCX's own tables: merged
    cells, bullet lines, and rows broken by page breaks joined again."""
    docx = read_document(DOCS / "askoy_statusrapport_2017.docx")
    assert [t.grid() for t in status.tables] == [t.grid() for t in docx.tables]
    assert [(t.page, t.last_page) for t in status.tables] == [(2, 5), (5, 7), (7, 9), (9, 10), (10, 11)]


@pytest.mark.parametrize("name", ["askoy_statusrapport_variant", "asnes_prosjektplan_2019"])
def test_other_renderings_equal_their_docx(name):
    pdf = read_document(DOCS / f"{name}.pdf")
    docx = read_document(DOCS / f"{name}.docx")
    assert pdf.tables and [t.grid() for t in pdf.tables] == [t.grid() for t in docx.tables]
    assert {t.method for t in pdf.tables} == {"pdf-lines"}


def test_split_row_is_joined_across_the_page_break(status):
    table = status.tables[1]
    cell = next(c for c in table.cells if c.text.startswith("• Det er etablert samarbeid mellom helsestasjonstjenesten"))
    assert "barnehageavdelingen som skal finne frem til gode rutiner" in cell.text
    assert cell.text.count("\n") == 1  # two bullets, wrapped lines joined with spaces
    assert cell.col_span == 3


def test_milestone_plan_matches_its_docx():
    pdf = read_document(DOCS / "asnes_prosjektplan_2019.pdf")
    docx = read_document(DOCS / "asnes_prosjektplan_2019.docx")
    (table,) = pdf.tables
    assert (table.page, table.last_page) == (1, 2)
    assert table.grid() == docx.tables[0].grid()
    assert table.grid()[1][:3] == ["31. desember 2018", "Gjennomført", "1"]  # "Gjennomfør"+"t" glued


def test_prose_report_has_no_false_tables():
    doc = read_document(DOCS / "p1824_evaluering_2010.pdf")
    assert doc.tables == []
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith("RAMBØLL") for t in texts[2:])
    assert "SLUTTRAPPORT" in doc.pages[8].text


def test_scanned_status_report_page_is_read_by_ocr():
    with pdfium.PdfDocument(DOCS / "askoy_statusrapport_2017_skannet.pdf") as doc:
        text = ocr.ocr_text(ocr.ocr_words(doc[0]))
    assert "Statusrapport" in text
    assert "Omstillingsprogram 2020" in text


@pytest.mark.slow
def test_scanned_status_report_whole():
    doc = read_document(DOCS / "askoy_statusrapport_2017_skannet.pdf")
    assert doc.ocr and len(doc.pages) == 11
    assert "Pågår" in doc.text and "Statusrapport" in doc.text
    assert doc.tables and {t.method for t in doc.tables} == {"ocr"}
    # ruling lines found in the image give real cells, as in the born-digital PDF
    rows = [row for t in doc.tables for row in t.grid()]
    assert ["1", "Levekårsteam", "Oppstart: høst 2016", "Slutt: ultimo 2019"] in rows


# ----------------------------------------------------------------- pieces by hand


def test_wrapped_cell_lines_join_with_spaces_but_bullets_stay_lines():
    assert join_cell_lines(["Brukere flytter fra annet", "botilbud"]) == "Brukere flytter fra annet botilbud"
    assert join_cell_lines(["• Første punkt som", "går over to linjer", "• Andre punkt"]) == (
        "• Første punkt som går over to linjer\n• Andre punkt"
    )


def test_adjacency_score_on_a_small_table():
    truth = [
        Cell(0, 0, "Land"), Cell(0, 1, "2016"), Cell(0, 2, "2017"),
        Cell(1, 0, "Norge"), Cell(1, 1, "1 500"), Cell(1, 2, ""),
        Cell(2, 0, "Sverige"), Cell(2, 1, "7"), Cell(2, 2, "8"),
    ]
    # relations: right: Land-2016, 2016-2017, Norge-1500, Sverige-7, 7-8;
    # down: Land-Norge, Norge-Sverige, 2016-1500, 1500-7, 2017-8 (skips the empty cell)
    assert sum(relations(truth).values()) == 10
    assert ("2017", "8", "d") in relations(truth)
    # a reading that splits "1 500" into two columns loses Norge-1500, 2016-1500 and 1500-7
    # and adds four wrong ones (Norge-1, 1-500, 2016-1, 1-7)
    found = [
        Cell(0, 0, "Land"), Cell(0, 1, "2016"), Cell(0, 3, "2017"),
        Cell(1, 0, "Norge"), Cell(1, 1, "1"), Cell(1, 2, "500"),
        Cell(2, 0, "Sverige"), Cell(2, 1, "7"), Cell(2, 3, "8"),
    ]
    s = score([found], [truth])
    assert (s.truth, s.found, s.correct) == (10, 11, 7)
    assert s.recall == 0.7 and round(s.precision, 3) == 0.636
    assert score([truth], [truth]).f1 == 1.0
    assert norm("Total (n)") == "totaln"
