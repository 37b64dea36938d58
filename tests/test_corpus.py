"""The committed corpus: reproducible from the generator, consistent with its expected records."""
from __future__ import annotations

import json
import re
import subprocess
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html
from openpyxl import load_workbook

from corpus.generate import build, variant
from corpus.generate.manifest import manifest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOCUMENTS = CORPUS / "documents"
EXPECTED = CORPUS / "expected"
BROKEN = CORPUS / "broken"

# outputs that are byte-for-byte reproducible and quick (no LibreOffice, no 2 GB zip bomb)
DETERMINISTIC = ["askoy_statusrapport_2017.docx", "stavanger_budsjett_2017.html", "stavanger_budsjett_2017.xlsx",
                 "stavanger_budsjett_2017.pdf", "askoy_budsjett_2018.html", "asnes_prosjektplan_2019.docx",
                 "p1824_evaluering_2010.pdf", "askoy_statusrapport_variant.docx"]
LIBREOFFICE = ["askoy_statusrapport_2017.pdf", "asnes_prosjektplan_2019.pdf", "askoy_statusrapport_variant.pdf"]


def gold(name: str) -> dict:
    return json.loads((EXPECTED / name).read_text(encoding="utf-8"))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    build.main(["--no-install", "--out", str(out / "documents"), "--broken-out", str(out / "broken"),
                "--expected-out", str(out / "expected"), "--only", *DETERMINISTIC, "manifest.json"])
    return out


@pytest.mark.parametrize("name", DETERMINISTIC)
def test_generator_reproduces_committed_file(rebuilt, name):
    assert (rebuilt / "documents" / name).read_bytes() == (DOCUMENTS / name).read_bytes(), f"{name} differs from its rebuild"


def test_generator_reproduces_manifest_and_variant_gold(rebuilt):
    for name in ("manifest.json", "askoy_statusrapport_variant.json"):
        assert (rebuilt / "expected" / name).read_text(encoding="utf-8") == (EXPECTED / name).read_text(encoding="utf-8")


@pytest.mark.slow
def test_generator_reproduces_libreoffice_pdfs_scan_and_broken(tmp_path):
    """Full regeneration (LibreOffice, rasterising, the 2 GB zip bomb): same text, same pages."""
    build.main(["--no-install", "--out", str(tmp_path / "documents"), "--broken-out", str(tmp_path / "broken"),
                "--expected-out", str(tmp_path / "expected")])
    for name in LIBREOFFICE:
        assert pdf_text(tmp_path / "documents" / name) == pdf_text(DOCUMENTS / name), name
    scan = tmp_path / "documents" / "askoy_statusrapport_2017_skannet.pdf"
    assert scan.read_bytes() == (DOCUMENTS / scan.name).read_bytes()
    assert sorted(p.name for p in (tmp_path / "broken").iterdir()) == sorted(
        p.name for p in BROKEN.iterdir() if p.suffix != ".md")


def test_status_docx_holds_exactly_the_expected_items():
    expected = gold("askoy_statusrapport_2017.json")
    want = [item for p in expected["projects"] for key in ("description_items", "effect_items", "status_items")
            for item in p[key]]
    document = docx.Document(DOCUMENTS / "askoy_statusrapport_2017.docx")
    got = []
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                got += [p.text for p in cell.paragraphs if p.style.name == "List Bullet"]
    assert got == want
    assert len(document.tables) == 5
    xml = document.tables[0]._tbl.xml
    assert 'w:gridSpan w:val="3"' in xml and 'w:gridSpan w:val="4"' in xml
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_status_docx_keeps_the_judgement_call_rows():
    rows = []
    for table in docx.Document(DOCUMENTS / "askoy_statusrapport_2017.docx").tables:
        rows += [[c.text for c in r.cells] for r in table.rows]
    assert ["", "Hjertesvikt i primærhelsetjenesten", "Oppstart: 2016 Slutt: 2019", ""] in rows
    assert ["7", "Område: Kunnskap og forskning", "", ""] in rows
    assert ["5", "Helsebruksplan", "Oppstart mai 2017", "Slutt: desember 2017"] in rows
    assert ["", "Kort status:", "Pågår:", "Avsluttet:"] in rows
    assert ["Nr.", "PROSJEKT", "Oppstart:", "Slutt:"] in rows
    assert ["", "Forelderskap i en norsk kontekst", "Oppstart: høst 2017", "Slutt:"] in rows


def test_status_pdf_has_text_and_the_scan_has_none():
    text = pdf_text(DOCUMENTS / "askoy_statusrapport_2017.pdf")
    assert "Side 1 av" in text and "TILTAK OG PROSJEKTER I LINJE" in text
    assert pdf_text(DOCUMENTS / "askoy_statusrapport_2017_skannet.pdf").strip() == ""
    images = subprocess.run(["pdfimages", "-list", str(DOCUMENTS / "askoy_statusrapport_2017_skannet.pdf")],
                            check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert len(images) == pdf_text(DOCUMENTS / "askoy_statusrapport_2017.pdf").count("\f")
    assert all(line.split()[5] == "gray" and line.split()[12] == "200" for line in images)


def test_every_expected_budget_table_balances():
    for table in gold("stavanger_budget_2017.json")["tables"]:
        for year in map(str, table["years"]):
            opening = [r["amounts"][year] for r in table["rows"] if r["kind"] == "opening"]
            moves = [r["amounts"][year] for r in table["rows"] if r["kind"] in ("change", "transfer", "investment")]
            total = [r["amounts"][year] for r in table["rows"] if r["kind"] == "total"]
            assert len(opening) == len(total) == 1, table["caption"]
            assert opening[0] + sum(moves) == total[0], f"{table['caption']} {year}"
        assert table["balances"] is True


def test_stavanger_html_tables_carry_the_expected_amounts():
    tables = gold("stavanger_budget_2017.json")["tables"]
    page = lxml_html.parse(str(DOCUMENTS / "stavanger_budsjett_2017.html"))
    found = page.xpath("//table")
    assert len(found) == len(tables) == 15
    for table, node in zip(tables, found):
        assert node.xpath("string(caption)") == table["caption_text"]
        rows = {r.xpath("string(td[2])"): [td.text_content() for td in r.xpath("td")[2:]] for r in node.xpath(".//tbody/tr")}
        for row in table["rows"]:
            cells = rows[row["description"]]
            assert [int(c.replace("\u00a0", "")) for c in cells] == [row["amounts"][str(y)] for y in table["years"]]
    assert "1\u00a0500" in page.xpath("string(//table[1])") and "-12\u00a0500" in page.xpath("string(//table[1])")


def test_stavanger_xlsx_has_one_sheet_per_table_with_integers():
    tables = gold("stavanger_budget_2017.json")["tables"]
    wb = load_workbook(DOCUMENTS / "stavanger_budsjett_2017.xlsx")
    assert wb.sheetnames == [t["caption"] for t in tables]
    for table in tables:
        ws = wb[table["caption"]]
        assert ws["A1"].value == table["caption_text"]
        assert [c.value for c in ws[4]] == ["Linjenr", "Tekst", 2017, 2018, 2019, 2020]
        data = {r[1]: r[2:] for r in ws.iter_rows(min_row=5, values_only=True)}
        for row in table["rows"]:
            assert list(data[row["description"]]) == [row["amounts"][str(y)] for y in table["years"]]


def test_stavanger_pdf_has_no_ruling_lines():
    import pdfplumber

    with pdfplumber.open(DOCUMENTS / "stavanger_budsjett_2017.pdf", pages=[2, 3, 4]) as pdf:
        assert all(not page.lines and not page.rects for page in pdf.pages)
    text = pdf_text(DOCUMENTS / "stavanger_budsjett_2017.pdf")
    assert re.search(r"Korrigert netto budsjettramme 2017-2020 +608 819 +610 319 +610 319 +610 319", text)


def test_p1824_pdf_one_page_per_transcript_page_with_running_header():
    texts = [t.strip() for t in pdf_text(DOCUMENTS / "p1824_evaluering_2010.pdf").split("\f")[:-1]]
    assert len(texts) == 18
    assert "Beregnet til" in texts[0] and "Desember 2010" in texts[0]
    assert all(t.splitlines()[0].strip() == "SLUTTRAPPORT" for t in texts[2:])
    assert texts[4].rstrip().endswith("1") and texts[17].rstrip().endswith("14")
    assert not any("Detaljer" in t for t in texts)


def test_variant_gold_is_written_by_construction():
    data = gold("askoy_statusrapport_variant.json")
    assert data == json.loads(json.dumps(variant.records(), ensure_ascii=False))
    assert data["counts"]["projects_total"] == len(data["projects"]) == 14
    assert {p["status"] for p in data["projects"]} == {"pågår", "avsluttet", "planlagt"}
    rows = [[c.text for c in r.cells] for t in docx.Document(DOCUMENTS / "askoy_statusrapport_variant.docx").tables
            for r in t.rows]
    assert rows[0] == ["Prosjektnavn", "Start", "Ferdig", "Status"]
    assert ["Helsebruksplan", "mai 2017", "mars 2018", "Pågår"] in rows


def test_manifest_covers_every_document_and_seed():
    files = json.loads((EXPECTED / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert files == manifest()["files"]
    on_disk = {f"documents/{p.name}" for p in DOCUMENTS.iterdir()} | {f"seeds/{p.name}" for p in (CORPUS / "seeds").glob("*.txt")}
    assert set(files) == on_disk
    for entry in files.values():
        assert (EXPECTED / entry["expected"]).exists()
        assert set(entry["document"]) == {"doc_type", "municipality", "doc_date"}


def test_broken_files_are_what_the_readme_says():
    assert (BROKEN / "empty.pdf").stat().st_size == 0
    full = (DOCUMENTS / "p1824_evaluering_2010.pdf").read_bytes()
    assert (BROKEN / "truncated.pdf").read_bytes() == full[: int(len(full) * 0.4)]
    assert b"/Encrypt" in (BROKEN / "encrypted.pdf").read_bytes()
    assert (BROKEN / "html_som_pdf.pdf").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with zipfile.ZipFile(BROKEN / "korrupt.docx") as z, pytest.raises(zlib.error, match="invalid distance"):
        z.read("word/document.xml")
    assert (BROKEN / "zipbombe.docx").stat().st_size < 5 * 1024 ** 2
    with zipfile.ZipFile(BROKEN / "zipbombe.docx") as z:
        assert z.getinfo("word/document.xml").file_size == 2 * 1024 ** 3
    raw = (BROKEN / "cp1252.txt").read_bytes()
    assert "levekår".encode("cp1252") in raw and raw.decode("cp1252").startswith("Statusrapport")
    assert {p.name for p in BROKEN.iterdir()} == {"README.md", "empty.pdf", "truncated.pdf", "encrypted.pdf",
                                                  "html_som_pdf.pdf", "korrupt.docx", "zipbombe.docx", "cp1252.txt"}
