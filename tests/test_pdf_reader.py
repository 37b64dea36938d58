"""The PDF reader on real files: page text, blocks, tables, OCR, and clear errors."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extract import ocr
from extract.errors import ExtractionError
from extract.readers import pdf as reader
from extract.readers import read_document
from extract.types import Paragraph, Table

from .conftest import REAL

SIMRISHAMN = REAL / "simrishamn-bokslut-2025" / "Bokslut_2025.pdf"
BO = REAL / "bo-kommune-2012" / "analyse.pdf"
SCAN = REAL / "kristiansand-scan" / "kapittel-3-skannet.pdf"


def read(path: Path):
    return reader.read(path, path.read_bytes())


@pytest.fixture(scope="module")
def simrishamn():
    return read(SIMRISHAMN)


def row_of(table: Table, first: str) -> list[str]:
    return next(row for row in table.grid() if row[0] == first)


def test_bo_saksgang_table_has_its_merged_title_and_rows():
    doc = read(BO)
    assert doc.format == "pdf" and [p.number for p in doc.pages] == [1, 2] and not doc.ocr
    (table,) = [t for t in doc.tables if t.method == "pdf-lines"]
    assert table.page == 1
    title = table.cells[0]
    assert (title.row, title.col, title.text, title.col_span) == (0, 0, "SAKSGANG", 4)
    assert table.grid()[1:] == [
        ["Styre/råd/utval", "Møtedato", "Sak nr", "Saksbeh."],
        ["Utval for plan, teknikk og næring", "23.11.2012", "139/12", "KVH"],
        ["Kommunestyret", "17.12.2012", "112/12", "KVH"],
    ]
    # text above the table stays a paragraph, before the table in reading order
    assert doc.blocks[0] == Paragraph(text="Bø kommune Møtebok", page=1, style=doc.blocks[0].style)
    # "Microsoft Word - 181201_3_P.doc" is no title; the first large line is
    assert doc.title_hint and not doc.title_hint.startswith("Microsoft Word")


def test_simrishamn_finds_every_ruled_table(simrishamn):
    tables = simrishamn.tables
    assert len(tables) == 24
    assert {t.method for t in tables} == {"pdf-lines"}
    assert simrishamn.title_hint == "2025 Årsbokslut"
    assert len(simrishamn.pages) == 37


def test_simrishamn_cells_read_as_printed(simrishamn):
    economy = next(t for t in simrishamn.tables if t.grid()[0][0] == "Ekonomi (tkr)")
    assert economy.page == 13 and economy.title == "Ekonomi"
    assert row_of(economy, "Intäkter") == ["Intäkter", "10 135", "11 251"]
    assert row_of(economy, "Kostnader") == ["Kostnader", "-69 731", "-73 300"]
    investments = next(t for t in simrishamn.tables if t.grid()[0][0] == "Investeringsredovisning (mnkr)")
    # a wrapped cell is one cell; shaded spacer rows are gone
    assert row_of(investments, "Teknik/digital utveckling, bibliotek (6015, 6119)") == [
        "Teknik/digital utveckling, bibliotek (6015, 6119)", "0,850", "0,942", "-0,092", "0,412", "0,504", "-0,092",
    ]
    assert investments.grid()[1][6] == "Budget-avvikelse"  # one word, hyphenated by the line break
    assert investments.n_rows == 18 and investments.n_cols == 7


def test_simrishamn_activity_table_continues_over_the_page(simrishamn):
    activity = next(t for t in simrishamn.tables if t.page == 27)
    assert (activity.last_page, activity.n_cols) == (28, 3)
    texts = [row[0] for row in activity.grid()]
    assert texts[0] == "Aktivitet"
    assert texts.count("Aktivitet") == 1
    assert any(t.startswith("Tillgängliggöra Österlens materiella och immateriella kulturarv") for t in texts)
    comment = next(c for c in activity.cells if c.text.startswith("Kommentar: Digitaliseringsarbetet"))
    assert comment.col_span == 3


def test_running_footer_stays_in_page_text_only(simrishamn):
    assert "SID 20 (36)" in simrishamn.pages[20].text
    paragraphs = [b.text for b in simrishamn.blocks if isinstance(b, Paragraph)]
    assert not any("SID" in t and "(36)" in t for t in paragraphs)
    assert not any("ÅRSBOKSLUT 2026-02-01" in c.text for t in simrishamn.tables for c in t.cells)


def test_ocr_reads_a_scanned_page():
    with pdfium.PdfDocument(SCAN) as doc:
        words = ocr.ocr_words(doc[0])
    text = ocr.ocr_text(words)
    assert "KAPITTEL 3" in text
    assert "plan- og bygningsloven" in text
    assert all(w["x1"] <= 2303 and w["bottom"] <= 3596 for w in words)  # boxes in PDF points


@pytest.mark.slow
def test_whole_scan_is_read_with_ocr():
    doc = read(SCAN)
    assert doc.ocr is True and len(doc.pages) == 11
    assert all(len(p.text) > 200 for p in doc.pages)


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def test_encrypted_pdf_is_refused_with_a_clear_message(tmp_path):
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
        ],
        trailer=b"/Encrypt 4 0 R /ID [<" + b"ab" * 16 + b"><" + b"ab" * 16 + b">]",
    )
    with pytest.raises(ExtractionError, match=r"^encrypted PDF \(password required\)$"):
        reader.read(tmp_path / "x.pdf", data)


def test_pdf_without_pages(tmp_path):
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    with pytest.raises(ExtractionError, match=r"^PDF has no pages$"):
        reader.read(tmp_path / "x.pdf", data)


def test_truncated_pdf_says_so(tmp_path):
    data = BO.read_bytes()
    with pytest.raises(ExtractionError, match=r"^damaged PDF: truncated file"):
        reader.read(tmp_path / "x.pdf", data[: len(data) // 2])


BROKEN = Path(__file__).resolve().parents[1] / "corpus" / "broken"


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.pdf")), ids=lambda p: p.name)
def test_broken_corpus_pdfs_fail_with_one_line(path):
    with pytest.raises(ExtractionError) as err:
        read_document(path)
    message = str(err.value)
    assert message and "\n" not in message and "Traceback" not in message
