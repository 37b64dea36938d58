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


# --------------------------------------------------------------------------- PDFs built for one defect each

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
A4 = (595.27, 841.89)
SCAN_LINES = ["Statusrapport for barnehageutbygging", "Kommunestyret vedtok økonomiplanen i 2019.",
              "Prosjektet på Søreide skole er forsinket", "fordi anbudet måtte lyses ut på nytt."]


@pytest.fixture(scope="module")
def canvas():
    """A function making a one-or-more-page PDF with reportlab: make(path, *pages, title=None),
    each page a function drawing on the canvas."""
    if not FONT.exists():
        pytest.skip("DejaVu fonts not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))

    def make(path: Path, *pages, title: str | None = None) -> Path:
        c = Canvas(str(path), pagesize=A4, pageCompression=0)
        if title is not None:
            c.setTitle(title)
        for draw in pages:
            draw(c)
            c.showPage()
        c.save()
        return path

    return make


def text_page(*lines: str, size: float = 11, heading: str | None = None):
    def draw(c):
        if heading:
            c.setFont("DejaVu", 16)
            c.drawString(72, A4[1] - 70, heading)
        c.setFont("DejaVu", size)
        for i, line in enumerate(lines):
            c.drawString(72, A4[1] - 100 - i * 1.5 * size, line)
    return draw


def scan_image(width: float = A4[0], height: float = A4[1], dpi: int = 200, lines=SCAN_LINES):
    """A white page image with printed lines, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (int(width / 72 * dpi), int(height / 72 * dpi)), 255)
    size = int(dpi * 0.22)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(str(SERIF), size)
    for i, line in enumerate(lines):
        draw.text((dpi, dpi * 1.25 + i * size * 1.6), line, font=font, fill=0)
    return image


def scan_page(x: float = 0, y: float = 0, width: float = A4[0], height: float = A4[1], stamp: str | None = None, lines=SCAN_LINES):
    from reportlab.lib.utils import ImageReader

    def draw(c):
        c.drawImage(ImageReader(scan_image(width, height, lines=lines)), x, y, width, height)
        if stamp:
            c.setFont("DejaVu", 8)
            c.drawString(A4[0] - 150, A4[1] - 20, stamp)
    return draw


def test_overprinted_fake_bold_reads_once(canvas, tmp_path):
    def fake_bold(c):
        for dx in (0, 0.4):  # the heading and the amounts drawn twice, a fraction of a point apart
            c.setFont("DejaVu", 14)
            c.drawString(72 + dx, 760, "Økonomiplan for Søreide skole")
            c.setFont("DejaVu", 11)
            c.drawString(72 + dx, 700, "Tilskudd: 1 200 kr")
        c.drawString(72, 730, "Vanlig brødtekst etter overskriften.")

    doc = read(canvas(tmp_path / "bold.pdf", fake_bold))
    assert doc.pages[0].text == "Økonomiplan for Søreide skole\nVanlig brødtekst etter overskriften.\nTilskudd: 1 200 kr"
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)][0] == "Økonomiplan for Søreide skole"


def raise_(exc: Exception):
    def read_page(*args, **kwargs):
        raise exc
    return read_page


def test_missing_tesseract_keeps_the_text_layer_pages(canvas, tmp_path, monkeypatch):
    import pytesseract

    monkeypatch.setattr(ocr, "read_page", raise_(pytesseract.TesseractNotFoundError()))
    path = canvas(tmp_path / "mixed.pdf", text_page("Side en har tekstlag om økonomi."), scan_page(),
                  text_page("Side tre har tekstlag igjen."))
    doc = read_document(path)
    assert [p.text for p in doc.pages] == ["Side en har tekstlag om økonomi.", "", "Side tre har tekstlag igjen."]
    assert doc.warnings == ["OCR unavailable (tesseract not installed): page 2 not read"]
    assert doc.ocr is False


def test_missing_language_pack_on_a_scan_only_pdf_is_no_damaged_pdf(canvas, tmp_path, monkeypatch):
    import pytesseract

    message = ("Error opening data file /usr/share/tessdata/nor.traineddata Please make sure the TESSDATA_PREFIX "
               "environment variable is set to your \"tessdata\" directory. Failed loading language 'nor' "
               "Tesseract couldn't load any languages! Could not initialize tesseract.")
    monkeypatch.setattr(ocr, "read_page", raise_(pytesseract.TesseractError(1, message)))
    path = canvas(tmp_path / "scan.pdf", scan_page(), scan_page())
    with pytest.raises(ExtractionError, match=r"^OCR unavailable: language pack 'nor' not installed$"):
        read_document(path)
    monkeypatch.setattr(ocr, "read_page", raise_(pytesseract.TesseractNotFoundError()))
    with pytest.raises(ExtractionError, match=r"^OCR unavailable: tesseract not installed$"):
        read_document(path)


def test_pdf_without_pages_after_another_pdf_was_opened(canvas, tmp_path):
    # PDFium fails on an empty page tree with whatever error code an earlier call left ("success", ...)
    pdfium.PdfDocument(canvas(tmp_path / "ok.pdf", text_page("Innhold."))).close()
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    with pytest.raises(ExtractionError, match=r"^PDF has no pages$"):
        read_document(tmp_path / "x.pdf", data)


@pytest.mark.parametrize("title", ["untitled", "Untitled", "Dokument1", "Document1", "Microsoft Word - Dokument1",
                                   "Microsoft Word - 181201_3_P.doc", "PowerPoint-presentasjon", "Presentation"])
def test_placeholder_metadata_title_is_no_title(canvas, tmp_path, title):
    doc = read(canvas(tmp_path / "t.pdf", text_page("Brødtekst om skolen.", heading="Økonomiplan for Søreide"), title=title))
    assert doc.title_hint == "Økonomiplan for Søreide"


def test_office_prefix_and_file_suffix_are_stripped_from_a_title(canvas, tmp_path):
    doc = read(canvas(tmp_path / "t.pdf", text_page("Innhold."), title="Microsoft Word - Statusrapport Søreide 2017.docx"))
    assert doc.title_hint == "Statusrapport Søreide 2017"


def _without_tounicode(path: Path) -> Path:
    path.write_bytes(path.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets stay valid
    return path


def test_page_of_glyphs_without_unicode_is_read_by_ocr(canvas, tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    coded = TTFont("DejaVuCoded", str(FONT), asciiReadable=False)  # every glyph a code from 1 up, none ASCII
    coded.face.name += b"Coded"  # reportlab would otherwise reuse the font "DejaVu" of the same face
    pdfmetrics.registerFont(coded)

    def coded(c):
        c.setFont("DejaVuCoded", 14)
        for i, line in enumerate(SCAN_LINES[:2]):
            c.drawString(72, 740 - i * 24, line)

    path = _without_tounicode(canvas(tmp_path / "cid.pdf", text_page("Side en er lesbar."), coded))
    doc = read(path)
    assert doc.pages[0].text == "Side en er lesbar."
    assert "Statusrapport for barnehageutbygging" in doc.pages[1].text
    assert "Kommunestyret vedtok økonomiplanen" in doc.pages[1].text
    assert doc.warnings == ["page 2: 72 glyphs without Unicode mapping, read by OCR"]
    assert doc.ocr is True


def test_few_glyphs_without_unicode_are_dropped_with_a_warning(canvas, tmp_path):
    # reportlab keeps ASCII codes readable; "ø", "å" get codes of their own that the text layer cannot map
    lines = ["Kommunestyret vedtok økonomiplanen for 2019 og handlingsprogrammet", "for skolene på Søreide og Nordby."]
    doc = read(_without_tounicode(canvas(tmp_path / "cid.pdf", text_page(*lines))))
    assert doc.pages[0].text == "Kommunestyret vedtok konomiplanen for 2019 og handlingsprogrammet\nfor skolene p Sreide og Nordby."
    assert doc.warnings == ["page 1: 3 glyphs without Unicode mapping dropped"]
    assert doc.ocr is False


def test_scan_with_a_stamped_text_layer_is_read_by_ocr(canvas, tmp_path):
    doc = read(canvas(tmp_path / "stamp.pdf", scan_page(stamp="Side 3 av 12")))
    text = doc.pages[0].text
    assert "Side 3 av 12" in text
    assert "Statusrapport for barnehageutbygging" in text and "Prosjektet på Søreide skole er forsinket" in text
    assert doc.ocr is True


def test_scan_covering_less_than_half_the_page_is_read_by_ocr(canvas, tmp_path):
    width, height = 0.8 * A4[0], 0.5 * A4[1]  # 40 % of the page
    doc = read(canvas(tmp_path / "small.pdf", scan_page((A4[0] - width) / 2, (A4[1] - height) / 2, width, height)))
    assert "Prosjektet på Søreide skole er forsinket" in doc.pages[0].text
    assert doc.warnings == ["no text layer, read by OCR: page(s) 1"]


def test_page_with_an_image_and_no_text_is_named(canvas, tmp_path):
    doc = read(canvas(tmp_path / "photo.pdf", text_page("Forside."), scan_page(72, 600, 100, 100, lines=[])))
    assert doc.warnings == ["page 2: no text found"]


LEFT_COLUMN = ("Barnehager. Kommunen har i 2019 åpnet to nye barnehager på Søreide og Nordby, og dekningsgraden "
               "er nå 97 prosent for barn over ett år. Ventelistene er borte, og foreldrene får plass nær hjemmet. "
               "Neste år skal uteområdene rustes opp.")
RIGHT_COLUMN = ("Eldreomsorg. Sykehjemmet i Øvre Årdal er utvidet med tjue plasser, og hjemmetjenesten har fått "
                "nye stillinger i alle soner. Brukerne får nå besøk av færre ulike ansatte i uka, og ventetiden "
                "for tildeling av plass er halvert.")


def columns_page(heading: str, columns: list[str], closing: str):
    """A page with a full-width heading, columns of 11 pt prose side by side, and a full-width closing paragraph;
    the drawn lines are kept in `draw.lines` (heading, each column's lines, closing lines)."""
    from reportlab.lib.utils import simpleSplit

    left, right, gutter = 72, A4[0] - 72, 20
    width = (right - left - gutter * (len(columns) - 1)) / len(columns)
    column_lines = [simpleSplit(text, "DejaVu", 11, width) for text in columns]
    closing_lines = simpleSplit(closing, "DejaVu", 11, right - left)

    def draw(c):
        c.setFont("DejaVu", 16)
        c.drawString(left, A4[1] - 90, heading)
        c.setFont("DejaVu", 11)
        for k, lines in enumerate(column_lines):
            for i, line in enumerate(lines):
                c.drawString(left + k * (width + gutter), A4[1] - 130 - i * 14, line)
        y = A4[1] - 130 - max(map(len, column_lines)) * 14 - 16
        for i, line in enumerate(closing_lines):
            c.drawString(left, y - i * 14, line)

    draw.lines = [heading, *[line for lines in column_lines for line in lines], *closing_lines]
    draw.column_lines = column_lines
    return draw


def test_two_column_page_reads_each_column_top_to_bottom(canvas, tmp_path):
    closing = "Samlet sett har kommunen styrket tjenestene innenfor rammen som kommunestyret vedtok i fjor høst."
    page = columns_page("Årsmelding for helse, omsorg og oppvekst i kommunen", [LEFT_COLUMN, RIGHT_COLUMN], closing)
    assert all(len(lines) >= 6 for lines in page.column_lines)
    doc = read(canvas(tmp_path / "columns.pdf", page))
    # heading, the whole left column, the whole right column, then the closing paragraph
    assert doc.pages[0].text == "\n".join(page.lines)
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert not doc.tables
    assert [p.text for p in paragraphs] == [page.lines[0], LEFT_COLUMN, RIGHT_COLUMN, closing]
    assert paragraphs[0].style == "heading"


def test_three_column_page_reads_column_after_column(canvas, tmp_path):
    middle = ("Skole. Elevtallet har økt på Søreide, og kommunen har derfor satt opp en ny paviljong "
              "med tre klasserom som ble tatt i bruk etter høstferien i år.")
    closing = ("Rådmannen takker de ansatte for innsatsen i et år med mange endringer, og ser fram til å fortsette "
               "arbeidet sammen med brukerne og de folkevalgte.")
    page = columns_page("Tjenestene i 2019", [LEFT_COLUMN, middle, RIGHT_COLUMN], closing)
    doc = read(canvas(tmp_path / "three.pdf", page))
    assert doc.pages[0].text == "\n".join(page.lines)
    assert [b.text for b in doc.blocks] == [page.lines[0], LEFT_COLUMN, middle, RIGHT_COLUMN, closing]


def test_two_column_table_of_short_cells_stays_a_table(canvas, tmp_path):
    rows = [("Prosjekt", "Status"), ("Søreide skole", "pågår"), ("Nordby barnehage", "avsluttet"),
            ("Øvre Årdal sykehjem", "pågår"), ("Hjemmetjenesten", "planlagt"), ("Nærmiljøanlegg", "avsluttet"),
            ("Ny brannstasjon", "utsatt")]

    def table(c):
        c.setFont("DejaVu", 11)
        for i, (name, status) in enumerate(rows):
            c.drawString(72, A4[1] - 100 - i * 16, name)
            c.drawString(320, A4[1] - 100 - i * 16, status)

    doc = read(canvas(tmp_path / "table.pdf", table))
    (found,) = doc.tables
    assert found.grid() == [list(row) for row in rows]
    assert doc.pages[0].text.split("\n")[1] == "Søreide skole pågår"


TURNED_ROWS = [("Tiltak", "2019", "2020", "2021"), ("Sykehjemsplasser", "1 200", "1 350", "1 400"),
               ("Hjemmetjeneste", "800", "850", "900")]


def turned_table(angle: int, x: float, y: float):
    """A page with an upright heading and a table drawn turned by `angle` degrees from (x, y)."""
    def draw(c):
        c.setFont("DejaVu", 11)
        c.drawString(72, A4[1] - 60, "Vedlegg 2 Budsjett for helse og omsorg")
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        for i, row in enumerate(TURNED_ROWS):
            for j, cell in enumerate(row):
                c.drawString(j * 110, -i * 18, cell)
        c.restoreState()
    return draw


def test_text_turned_anticlockwise_reads_forwards_as_its_own_part(canvas, tmp_path):
    doc = read(canvas(tmp_path / "turned.pdf", turned_table(90, 300, 150)))
    assert doc.pages[0].text.split("\n") == ["Vedlegg 2 Budsjett for helse og omsorg", "Tiltak 2019 2020 2021",
                                             "Sykehjemsplasser 1 200 1 350 1 400", "Hjemmetjeneste 800 850 900"]
    assert doc.warnings == ["page 1: text turned 90° read as its own part"]
    heading, table = doc.blocks
    assert heading.text == "Vedlegg 2 Budsjett for helse og omsorg"
    assert table.grid() == [list(row) for row in TURNED_ROWS]


def test_text_turned_clockwise_reads_forwards(canvas, tmp_path):
    doc = read(canvas(tmp_path / "turned.pdf", turned_table(-90, 300, 700)))
    assert doc.pages[0].text.split("\n")[1:] == [" ".join(row) for row in TURNED_ROWS]
    assert [t.grid() for t in doc.tables] == [[list(row) for row in TURNED_ROWS]]


def test_a_few_turned_characters_stay_with_the_page(canvas, tmp_path):
    def draw(c):
        c.setFont("DejaVu", 11)
        c.drawString(72, A4[1] - 100, "Brødtekst om sykehjemsplasser i kommunen.")
        c.saveState()
        c.translate(40, 300)
        c.rotate(90)
        c.drawString(0, 0, "Utkast")
        c.restoreState()

    doc = read(canvas(tmp_path / "label.pdf", draw))
    assert doc.warnings == [] and doc.pages[0].text.startswith("Brødtekst om sykehjemsplasser i kommunen.")


def form(c, field):
    """A form page: a title and the label "Prosjektnavn:" with `field(c)` drawn beside it."""
    c.setFont("DejaVu", 11)
    c.drawString(72, A4[1] - 100, "Søknadsskjema for tilskudd")
    c.drawString(72, A4[1] - 115, "Prosjektnavn:")
    field(c)


def test_filled_text_field_is_read_after_its_label(canvas, tmp_path):
    def draw(c):
        form(c, lambda c: c.acroForm.textfield(name="navn", value="Nærmiljøanlegg på Øvre Årdal", x=180,
                                               y=A4[1] - 130, width=300, height=18, fontName="Helvetica", borderWidth=0))

    doc = read(canvas(tmp_path / "form.pdf", draw))
    assert doc.pages[0].text == "Søknadsskjema for tilskudd\nProsjektnavn: Nærmiljøanlegg på Øvre Årdal"
    assert [b.text for b in doc.blocks] == ["Søknadsskjema for tilskudd Prosjektnavn: Nærmiljøanlegg på Øvre Årdal"]


def test_ticked_checkbox_reads_x_and_empty_fields_are_left_out(canvas, tmp_path):
    def draw(c):
        c.setFont("DejaVu", 11)
        c.drawString(72, A4[1] - 100, "Søknaden gjelder:")
        c.drawString(72, A4[1] - 130, "Idrettsanlegg")
        c.acroForm.checkbox(name="idrett", checked=True, x=200, y=A4[1] - 133, size=14)
        c.drawString(72, A4[1] - 160, "Kulturbygg")
        c.acroForm.checkbox(name="kultur", checked=False, x=200, y=A4[1] - 163, size=14)
        c.drawString(72, A4[1] - 190, "Merknad:")
        c.acroForm.textfield(name="merknad", value="", x=200, y=A4[1] - 195, width=200, height=18)

    doc = read(canvas(tmp_path / "boxes.pdf", draw))
    assert doc.pages[0].text.split("\n") == ["Søknaden gjelder:", "Idrettsanlegg x", "Kulturbygg", "Merknad:"]


@pytest.mark.parametrize("raw, text", [
    (b"\xfe\xff" + "Øvre Årdal".encode("utf-16-be"), "Øvre Årdal"),
    (b"\xff\xfe" + "Øvre".encode("utf-16-le"), "Øvre"),
    (b"N\xe6rmilj\xf8 \x84", "Nærmiljø —"),  # PDFDocEncoding: 0x84 is an em dash
])
def test_form_values_decode_utf16_and_pdfdocencoding(raw, text):
    from extract.pdf_forms import decode_pdf_string

    assert decode_pdf_string(raw) == text
