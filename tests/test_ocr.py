"""The OCR path on real scans: the scanned Askøy status report (corpus) and the scanned
Kristiansand book chapter (corpus/real). Page tests OCR one page (a few seconds);
whole-document tests are marked slow."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest

from extract import ocr, ocr_clean, ocr_grid
from extract.pdf_layout import page_blocks
from extract.readers import read_document
from extract.statusreport import extract_projects
from extract.types import Table

from .conftest import DOCUMENTS, REAL

SCAN = DOCUMENTS / "askoy_statusrapport_2017_skannet.pdf"
KRISTIANSAND = REAL / "kristiansand-scan" / "kapittel-3-skannet.pdf"
RESIDUE = set("|'‘’_[]{}")


def _scanned_page(path: Path, number: int):
    with pdfplumber.open(path) as pdf, pdfium.PdfDocument(path) as doc:
        page = pdf.pages[number - 1]
        scanned = ocr.read_page(page, doc[number - 1])
        blocks = page_blocks(page, scanned.words, number, set(), scanned=True, rules=scanned.rules)
    return scanned, [b for b in blocks if isinstance(b, Table)]


@pytest.fixture(scope="module")
def page2():
    return _scanned_page(SCAN, 2)


def test_scanned_page_is_straightened_and_its_table_read_cell_by_cell(page2):
    scanned, tables = page2
    assert 0.4 < abs(scanned.angle) <= 1.0  # the corpus scan is skewed by up to 1°
    (table,) = tables
    assert table.method == "ocr" and table.n_cols == 4
    rows = table.grid()
    assert rows[0] == ["Nr.", "PROSJEKT", "Oppstart:", "Slutt:"]  # shaded header row, no speck read as a letter
    assert rows[1] == ["1", "Utvikling av tillitsmodellen – optimalisering av forvaltning (Fase 2)", "mars 2017", "des. 2018"]
    assert ["2", "Helhetlig og optimalisert pasientflyt", "mars 2017", "des. 2018"] in rows
    assert ["3", "Velferdsteknologi – brukerrettet teknologi (fase 1)", "Oppstart: Jan. 2016", "Slutt: okt. 2017"] in rows


def test_ticked_checkbox_and_bullets_are_read(page2):
    _, (table,) = page2
    rows = table.grid()
    status_rows = [r for r in rows if r[1] == "Kort status:"]
    assert status_rows and all(r[2:] == ["Pågår: x", "Avsluttet:"] for r in status_rows)
    bullets = next(r[1] for r in rows if r[1].startswith("• Gjennomført 2 fagdager"))
    assert bullets.split("\n") == [
        "• Gjennomført 2 fagdager med besøk fra Stovner bydel (Oslo) og KS-konsulenter. Målgruppe: ledere, "
        "fagansvarlige, saksbehandlere, tillitsvalgte, vernetjeneste innenfor Helse og omsorg og Individ og "
        "levekår. Tema: Tillitsmodellen. Erfaringer og metodikk.",
        "• Prosjektgruppe etablert. Brukerrepresentanter skal blant annet inn i referansegruppen, men også inn "
        "utviklingen av tjenestene.",
        "• Pågår: Definere tillitsmodellen - Askøy kommune",  # a spaced hyphen stays a hyphen
    ]


def test_no_ruling_residue_in_cell_texts(page2):
    _, (table,) = page2
    for cell in table.cells:
        for line in cell.text.split("\n"):
            assert not (set(line) & {"|", "_", "¦"}), line
            if line:
                assert line[0] not in RESIDUE and line[-1] not in RESIDUE, line


def test_a_missed_tick_is_found_in_the_cell_image(page2):
    """A mark after "Pågår:" that Tesseract leaves unread is still seen in the pixels."""
    with pdfium.PdfDocument(SCAN) as doc, pdfplumber.open(SCAN) as pdf:
        image, scale = ocr.render(doc[1], ocr.scan_dpi(doc[1]))
        scan = ocr_grid.prepare(image, scale)
        cells = [c for found, _ in ocr.table_cells(pdf.pages[1], scan.rules) for c in found]
    words = ocr_grid.cell_words(scan, cells)
    ticked = next(i for i in range(len(cells)) if [w["text"] for w in words if w["cell"] == i] == ["Pågår:", "x"])
    label = [w for w in words if w["cell"] == ticked and w["text"] == "Pågår:"]
    px, py, _, mask = ocr_grid.cell_crop(scan, cells[ticked])
    (found,) = ocr_grid.unread_ticks(label, mask, px, py, scan.scale)
    assert found["text"] == "x" and found["x0"] > label[0]["x1"]


def test_an_empty_box_is_not_a_tick():
    box = np.zeros((20, 20), np.uint8)
    box[:2, :] = box[-2:, :] = box[:, :2] = box[:, -2:] = 255
    cross = np.zeros((20, 20), np.uint8)
    for i in range(20):
        cross[i, max(0, i - 1) : i + 2] = cross[i, max(0, 18 - i) : 21 - i] = 255
    assert ocr_grid._hollow_box(box) and not ocr_grid._hollow_box(cross)


def test_ocr_residue_and_dashes_are_cleaned():
    def line(*tokens):  # (text, x0, x1) on one line of 10 pt letters
        return [dict(text=t, x0=a, x1=b, top=0.0, bottom=10.0, block=(1, 1, 1)) for t, a, b in tokens]

    words = ocr_clean.clean_words(line(("Barnehage", 0, 50), ("og", 53, 63), ("skole", 66, 94), ("'", 97, 98)))
    assert [w["text"] for w in words] == ["Barnehage", "og", "skole"]
    words = ocr_clean.clean_words(line(("omsorg", 0, 33), ("-", 36, 40.5), ("hele", 43, 64), ("livet", 67, 92)))
    assert words[1]["text"] == "–"  # as long as a letter: an en dash
    words = ocr_clean.clean_words(line(("modellen", 0, 44), ("-", 47, 49.5), ("Askøy", 52, 80)))
    assert words[1]["text"] == "-"
    words = ocr_clean.clean_words(line(("*e", 0, 3), ("Færre", 8, 36), ("brukere", 39, 78)))
    assert words[0]["text"] == "•"
    words = ocr_clean.clean_words(line(("Pågår:x", 0, 40), ("Avsluttet:", 50, 100)))
    assert [w["text"] for w in words] == ["Pågår: x", "Avsluttet:"]


def test_prose_scan_without_tables_still_reads():
    scanned, tables = _scanned_page(KRISTIANSAND, 1)
    assert "KAPITTEL 3" in scanned.text and "plan- og bygningsloven" in scanned.text
    assert "Nils Aarsæther" in scanned.text
    assert tables == []


# ----------------------------------------------------------------- whole document


@pytest.fixture(scope="module")
def scanned_report():
    return read_document(SCAN)


@pytest.mark.slow
def test_repeated_header_rows_are_recognised_and_tables_joined(scanned_report):
    tables = scanned_report.tables
    assert [(t.page, t.last_page) for t in tables] == [(2, 5), (5, 7), (7, 9), (9, 10), (10, 11)]  # as the text layer
    for t in tables:
        firsts = [row[0] for row in t.grid()]
        assert firsts[0] == "Nr." and "Nr." not in firsts[1:]  # each page's header row dropped
    rows = [r for t in tables for r in t.grid()]
    # a row broken by a page break (and a repeated header) is glued back into one cell
    assert any(r[1].startswith("• Det er etablert samarbeid mellom helsestasjonstjenesten og barnehageavdelingen som skal")
               for r in rows)


@pytest.mark.slow
def test_scanned_report_projects(scanned_report):
    projects = {p.name: p for p in extract_projects(scanned_report)}
    assert len(projects) == 33 and "Nr." not in projects
    fritid = projects["Deltakelse i organisert aktivitet"]
    assert (fritid.program, fritid.area, fritid.nr, fritid.status) == ("Barnefattigdom", "Fritid", 3, "pågår")
    gratis = projects["Holdningsarbeid og forvaltning av gratisprinsippet"]
    assert (gratis.area, gratis.end_raw, gratis.status) == ("Barnehage og skole", "2019", "pågår")
    assert projects["Boligkontor"].start_raw == "vår 2016"
    assert projects["Helhetlig og optimalisert pasientflyt"].program == "Aktiv og trygg omsorg – hele livet"


@pytest.mark.slow
def test_words_tesseract_glued_together_are_split(scanned_report):
    """"Ettilbud", "Isamarbeid", "2familieveiledere" in the scan; the born-digital report has the spaces."""
    items = {i.text for p in extract_projects(scanned_report) for i in p.items}
    assert any(t.startswith("Et tilbud til personer i aldersgruppen") for t in items)
    assert any(t.startswith("I samarbeid med RVTS") for t in items)
    assert "2 familieveiledere ansatt, starter i oktober 2017." in items
    assert not any(t.startswith(("Ettilbud", "Isamarbeid", "2familieveiledere")) for t in items)


def test_glued_words_need_the_word_lists_and_the_documents_own_words():
    from collections import Counter

    from extract.ocr_words import unglue, word_lists_installed

    assert word_lists_installed()  # scripts/setup.sh installs Debian's wnorwegian
    seen = Counter(["tilbud", "samarbeid", "følge", "blant", "bygging"])
    assert unglue("Ettilbud til personer. Isamarbeid med RVTS", seen) == "Et tilbud til personer. I samarbeid med RVTS"
    assert unglue("Ifølge planen, Iblant, Ombygging, Internveiledning", seen) == \
        "Ifølge planen, Iblant, Ombygging, Internveiledning"  # words, or a rest the document never writes alone
    assert unglue("2familieveiledere ansatt, 12016, versjon 2b", seen) == "2 familieveiledere ansatt, 12016, versjon 2b"
    assert unglue("12016 ble det gjennomført\n12016 kroner", seen) == "I 2016 ble det gjennomført\n12016 kroner"


def _stored_turned(tmp_path: Path, turn: int) -> Path:
    """The Askøy scan's page 2 as a scanner stores a page fed the wrong way: the image turned
    `turn` degrees anticlockwise, on a page of the turned image's shape, no /Rotate to fix it."""
    from reportlab.pdfgen import canvas

    with pdfium.PdfDocument(SCAN) as doc:
        image, _ = ocr.render(doc[1], ocr.scan_dpi(doc[1]))
        width, height = doc[1].get_size()
    turned = image.rotate(turn, expand=True)
    png, pdf = tmp_path / f"turned{turn}.png", tmp_path / f"turned{turn}.pdf"
    turned.save(png)
    size = (height, width) if turn in (90, 270) else (width, height)
    sheet = canvas.Canvas(str(pdf), pagesize=size)
    sheet.drawImage(str(png), 0, 0, *size)
    sheet.showPage()
    sheet.save()
    return pdf


@pytest.mark.parametrize("turn", [90, 180])
def test_a_scan_stored_on_its_side_or_upside_down_is_turned_upright(tmp_path, turn):
    """Read as it lies, the page gives garbage ("katliT"); Tesseract's orientation detection turns it
    upright and the table is read as on the page scanned the right way."""
    document = read_document(_stored_turned(tmp_path, turn))
    assert f"page 1: scanned on its side or upside down, read turned {turn}° clockwise" in document.warnings
    assert "Helhetlig og optimalisert pasientflyt" in document.pages[0].text
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert table.grid()[0] == ["Nr.", "PROSJEKT", "Oppstart:", "Slutt:"]
    assert ["2", "Helhetlig og optimalisert pasientflyt", "mars 2017", "des. 2018"] in table.grid()
