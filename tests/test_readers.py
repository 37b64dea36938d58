"""Readers on real files: spans, sheets, encodings, sniffing by bytes."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn

from extract.errors import ExtractionError
from extract.readers import read_document
from extract.sniff import sniff
from extract.types import Paragraph

from .conftest import CORPUS, REAL, SEEDS

TEMPLATES = REAL / "prosjektveiviseren-maler"


def test_docx_merged_cells_keep_their_spans():
    doc = read_document(TEMPLATES / "Styringsdokument.docx")
    assert doc.format == "docx" and doc.title_hint == "Styringsdokument"
    table = doc.tables[1]
    spans = {(c.row, c.col): (c.row_span, c.col_span, c.text) for c in table.cells}
    assert spans[(4, 0)] == (1, 4, "Beslutning:")
    assert spans[(2, 2)] == (1, 2, "Utarbeidet av:")
    assert table.grid()[0][:2] == ["Prosjektnummer:", "Saksnummer:"]
    history = doc.tables[2]
    assert (history.n_rows, history.n_cols) == (5, 5)
    assert history.grid()[0] == ["Versjon", "Dato", "Endring", "Produsent", "Godkjent"]


def test_docx_blocks_keep_body_order():
    doc = read_document(TEMPLATES / "Sluttrapport.docx")
    kinds = ["table" if not isinstance(b, Paragraph) else "p" for b in doc.blocks]
    assert kinds.count("table") == len(doc.tables) == 6
    assert doc.text.count("\n") > 40


def test_docx_text_boxes_read_once_each_on_its_line():
    """The benefit map is drawn with text boxes; Word stores each twice (DrawingML and a VML fallback)."""
    text = read_document(TEMPLATES / "Gevinstrealiseringsplan.docx").text
    lines = text.splitlines()
    assert text.count("Bedre kunde-tilfredshet") == 1
    assert "Bedre effektivitet hos kunde" in lines and "Ny kundestøtte-prosess" in lines
    assert "Prosess-endringer Kundestøtte\tGenerere rapporter og nøkkeltall" in lines
    plan = read_document(TEMPLATES / "Styringsdokument.docx").text.splitlines()
    assert plan[plan.index("Prosjektprodukt") + 1:][:5] == [
        "Hovedprodukt 2", "Hovedprodukt 3", "Hovedprodukt 1", "Produkt 2A", "Produkt 2B"]


def _wrap_in_content_control(element, gallery: str | None = None) -> None:
    """Put `element` inside a new `w:sdt` at its place, as Word does for a content control."""
    from docx.oxml import OxmlElement

    sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    if gallery:
        part, kind = OxmlElement("w:docPartObj"), OxmlElement("w:docPartGallery")
        kind.set(qn("w:val"), gallery)
        part.append(kind)
        pr.append(part)
    sdt.extend([pr, content])
    element.addprevious(sdt)
    content.append(element)


def test_docx_content_controls_are_read_through_and_a_table_of_contents_left_out(tmp_path):
    """Forms made from templates wrap text in content controls (w:sdt): in the body, around table rows and
    inside cells. Word saves a table of contents as one too."""
    import docx

    document = docx.Document()
    contents = document.add_paragraph("Innhold 1. Bakgrunn 3")
    document.add_paragraph("Prosjektet Trygg heime starter høsten 2024.")
    wrapped = document.add_paragraph("Prosjekteier er kommunedirektøren.")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Tiltak", "Status"), ("Kartlegging", "Pågår"), ("Opplæring", "Ikke startet")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    _wrap_in_content_control(contents._p, gallery="Table of Contents")
    _wrap_in_content_control(wrapped._p)
    _wrap_in_content_control(table.rows[2]._tr)
    _wrap_in_content_control(table.cell(1, 1).paragraphs[0]._p)
    path = tmp_path / "skjema.docx"
    document.save(path)

    doc = read_document(path)
    assert "Prosjekteier er kommunedirektøren." in doc.text.splitlines()
    assert "Innhold" not in doc.text
    assert doc.tables[0].grid() == [["Tiltak", "Status"], ["Kartlegging", "Pågår"], ["Opplæring", "Ikke startet"]]


def _add_footnote(path: Path, text: str) -> None:
    """Give a python-docx file a footnotes part with one separator and one note, as Word writes them."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
             f'</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')
    with zipfile.ZipFile(path) as old:
        files = {name: old.read(name) for name in old.namelist()}
    files["word/footnotes.xml"] = notes.encode()
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.footnotes+xml"/></Types>'))
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'footnotes" Target="footnotes.xml"/></Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in files.items():
            new.writestr(name, data)


def test_docx_footnotes_follow_the_body(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Andelen økte til 24,6 prosent.")
    path = tmp_path / "rapport.docx"
    document.save(path)
    _add_footnote(path, "Kilde: SSB, KOSTRA 2019.")
    doc = read_document(path)
    assert doc.text.splitlines() == ["Andelen økte til 24,6 prosent.", "Kilde: SSB, KOSTRA 2019."]
    assert doc.blocks[-1].style == "Footnote"


def test_xlsx_gives_one_table_per_sheet_with_sheet_as_page():
    doc = read_document(TEMPLATES / "Gevinstverktøy.xlsx")
    captions = [t.caption for t in doc.tables]
    assert len(doc.pages) == 14 and len(captions) == 14
    status = doc.tables[captions.index("GJENNOMFØRE - Statusrapport")]
    assert (status.n_rows, status.n_cols) == (51, 8)
    assert status.page == captions.index("GJENNOMFØRE - Statusrapport") + 1


def test_txt_tab_runs_become_tables_and_page_breaks_stay_inside():
    doc = read_document(SEEDS / "004_02151b00907a8e28.txt")
    [milestones] = doc.tables
    grid = milestones.grid()
    assert grid[0][:3] == ["Planlagt ferdig dato", "Status", "Milepæler"]
    assert grid[1][:3] == ["31. desember 2018", "Gjennomført", "1"]
    assert [row[2] for row in grid if row[2].isdigit()] == [str(n) for n in range(1, 10)]
    assert any(not any(row) for row in grid)  # the transcript's page break is an empty row


def test_txt_cp1252_is_detected(tmp_path):
    f = tmp_path / "notat.txt"
    f.write_bytes("Prosjektet på Askøy er gjennomført; budsjettet økte med 5 %.".encode("cp1252"))
    doc = read_document(f)
    assert "på Askøy er gjennomført" in doc.text
    assert doc.warnings == ["text read as cp1252"]


@pytest.mark.parametrize("name,data,message", [
    ("tom.pdf", b"", "empty file (0 bytes)"),
    ("side.pdf", b"<!DOCTYPE html><html><body>404</body></html>", "named .pdf but is an HTML page — probably a saved error page"),
    ("rapport.docx", b"PK\x03\x04garbage", "not a DOCX/XLSX: bad zip"),
    ("gammel.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old binary Office file (.doc/.xls): save it as DOCX/XLSX first"),
    ("bilde.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "unsupported file type '.png' (binary content)"),
])
def test_sniffing_refuses_with_one_clear_line(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ExtractionError) as err:
        read_document(path)
    assert str(err.value).startswith(message)


def test_sniffing_uses_bytes_not_names(tmp_path):
    html = tmp_path / "tabell.txt"
    html.write_bytes(b"<html><body><table><tr><td>1</td></tr></table></body></html>")
    assert sniff(html, html.read_bytes()) == "html"
    seed = (SEEDS / "000_2736e3e1983c3278.txt").read_bytes()
    assert sniff(tmp_path / "x.dat", seed) == "txt"


def test_html_tables_with_spans_and_caption(tmp_path):
    page = tmp_path / "side.html"
    page.write_text(
        "<html><head><title>Budsjett</title></head><body><h2>5.5.1 Helse</h2>"
        "<table><caption>Tabell 5.11 Budsjettramme, tall i 1 000 kr</caption>"
        "<tr><th rowspan=2>Linjenr</th><th colspan=2>År</th></tr><tr><th>2017</th><th>2018</th></tr>"
        "<tr><td>120</td><td>1&nbsp;500</td><td>-12&nbsp;500</td></tr></table><p>Etter</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    [table] = doc.tables
    assert table.caption == "Tabell 5.11 Budsjettramme, tall i 1 000 kr"
    assert table.grid() == [["Linjenr", "År", ""], ["", "2017", "2018"], ["120", "1 500", "-12 500"]]
    assert [c for c in table.cells if c.text == "Linjenr"][0].row_span == 2
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["5.5.1 Helse", "Etter"]
    assert doc.title_hint == "Budsjett"


def test_html_caption_is_the_tables_first_line_in_the_page_text():
    """The Stavanger budget page gives each budget table a <caption> with its unit; text steps (facts, entities)
    see it where the reader sees it."""
    doc = read_document(CORPUS / "documents" / "stavanger_budsjett_2017.html")
    lines = doc.text.splitlines()
    caption = "Tabell 5.11 Budsjettramme for Helse og sosialkontor 2017-2020, tall i 1 000 kr"
    assert caption in lines and lines[lines.index(caption) + 1].startswith("Linjenr")


def _html_page(tmp_path, body: str, head: bytes = b"", encoding: str = "utf-8") -> Path:
    path = tmp_path / "side.html"
    path.write_bytes(head + f"<html><head><title>Side</title></head><body>{body}</body></html>".encode(encoding))
    return path


def _paragraphs(doc) -> list[tuple[str, str]]:
    return [(b.style, b.text) for b in doc.blocks if isinstance(b, Paragraph)]


def test_html_a_page_in_a_form_buttons_in_headings_and_blocks_that_are_not_paragraphs(tmp_path):
    """An ASP.NET/EPiServer page wraps its whole body in <form>; an accordion puts its heading in a <button>."""
    doc = read_document(_html_page(tmp_path, (
        '<form id="aspnetForm"><input type="hidden" value="x"><h1>Økonomiplan 2024</h1>'
        '<h3><button aria-expanded="false">Ny barneskole i Kirkenær</button></h3><p>Status: pågår.</p>'
        "<details><summary>Status</summary>Prosjektet er i rute.</details>"
        "<center>Første linje</center><center>Andre linje</center></form>")))
    paragraphs = _paragraphs(doc)
    assert paragraphs == [("h1", "Økonomiplan 2024"), ("h3", "Ny barneskole i Kirkenær"), ("p", "Status: pågår."),
                          ("summary", "Status"), ("", "Prosjektet er i rute."), ("center", "Første linje"),
                          ("center", "Andre linje")]


def test_html_whitespace_line_breaks_and_invisible_characters(tmp_path):
    doc = read_document(_html_page(tmp_path, (
        "<h2>Budsjett<br>2024</h2><p>Forsinket med tre måneder, tall i 1 000\n   kr. Kommune&shy;planens "
        "samfunns&#8203;del.</p><pre>Post  2024\nSkole 1 200</pre><table><tfoot><tr><td>Sum</td><td>300</td></tr>"
        "</tfoot><tbody><tr><td>Drift og\n        vedlikehold</td><td>100</td></tr><tr><td><h4>Merknad</h4>Vedtatt"
        "</td><td>200</td></tr></tbody></table>")))
    paragraphs = _paragraphs(doc)
    assert paragraphs[:2] == [("h2", "Budsjett\n2024"),
                              ("p", "Forsinket med tre måneder, tall i 1 000 kr. Kommuneplanens samfunnsdel.")]
    assert paragraphs[2] == ("pre", "Post 2024\nSkole 1 200")
    assert doc.tables[0].grid() == [["Drift og vedlikehold", "100"], ["Merknad\nVedtatt", "200"], ["Sum", "300"]]


def test_html_an_xml_declaration_and_utf8_with_a_stray_cp1252_byte(tmp_path):
    doc = read_document(_html_page(tmp_path, "<p>Statusrapport Åsnes</p>", head=b'<?xml version="1.0" encoding="utf-8"?>'))
    assert doc.text == "Statusrapport Åsnes"
    mixed = _html_page(tmp_path, "<p>Økonomiplan for Sør-Odal \x96 2024</p>", encoding="utf-8")
    mixed.write_bytes(mixed.read_bytes().replace("\x96".encode("utf-8"), b"\x96"))  # an en dash pasted as cp1252
    doc = read_document(mixed)
    assert doc.text == "Økonomiplan for Sør-Odal – 2024"
    assert doc.warnings == ["page read as utf-8+cp1252"]


def test_txt_utf16_mixed_bytes_indented_paragraphs_form_feeds_and_nul(tmp_path):
    text = "Statusrapport for Øvre Årdal\n\tDette avsnittet er rykket inn.\nPost\t2024\n\t2025\fSide to\x00."
    utf16 = tmp_path / "notat"  # no extension: sniffed from the bytes
    utf16.write_bytes(text.encode("utf-16"))
    doc = read_document(utf16)
    assert doc.warnings == [] and [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[1].text == "Side to."
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Statusrapport for Øvre Årdal", "Dette avsnittet er rykket inn.", "Side to."]
    assert doc.tables[0].grid() == [["Post", "2024"], ["", "2025"]]
    mixed = tmp_path / "blandet.txt"
    mixed.write_bytes("Første linje: økonomi, Årdal.\n".encode("utf-8") + "Andre linje: Søreide.".encode("cp1252"))
    doc = read_document(mixed)
    assert doc.text == "Første linje: økonomi, Årdal.\nAndre linje: Søreide."
    assert doc.warnings == ["text read as utf-8+cp1252"]
    for codec in ("utf-32-be", "utf-32-le", "utf-16-be"):  # big-endian UTF-32 starts "\0\0\xfe\xff": read by its BOM too
        wide = tmp_path / f"notat-{codec}"
        wide.write_bytes(("\ufeff" + "Statusrapport for Øvre Årdal").encode(codec))
        assert read_document(wide).text == "Statusrapport for Øvre Årdal", codec


def test_xlsx_numbers_and_dates_read_as_the_sheet_shows_them(tmp_path):
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    rows = [("Tjeneste", "2024", "2025", "Andel", "Måned", "Ferdig"),
            ("Skole", 716.5, None, 0.6818181818181818, dt.datetime(2024, 3, 1), dt.datetime(2024, 9, 1, 14, 30)),
            ("Vei", None, 0.00001, 1, None, None)]
    for row in rows:
        sheet.append(row)
    sheet["B2"].number_format = "# ##0"
    sheet["D2"].number_format = sheet["D3"].number_format = "0.0 %"
    sheet["E2"].number_format = "mmmm yyyy"
    sheet["F2"].number_format = "dd.mm.yyyy hh:mm"
    sheet["B4"] = "=SUM(B2:B3)"  # openpyxl saves no value for a formula
    path = tmp_path / "budsjett.xlsx"
    book.save(path)
    doc = read_document(path)
    assert doc.tables[0].grid()[1:3] == [["Skole", "717", "", "68,2 %", "2024-03", "2024-09-01 14:30"],
                                         ["Vei", "", "0,00001", "100,0 %", "", ""]]
    assert doc.pages[0].text.splitlines()[2] == "Vei\t\t0,00001\t100,0 %"  # 0,00001 stays under 2025
    assert doc.warnings == ["formula cells without a saved value (the file was not saved by a spreadsheet program): "
                            "1, read as empty"]
