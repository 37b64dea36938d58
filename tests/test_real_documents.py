"""Documents written by others (corpus/real, copied from ../shared/real): each ingests, gets a sensible type and
yields its tables. The scanned chapter is OCR's, tested in test_pdf_reader."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from pipelines.ingest import ingest

from .conftest import REAL


EXPECTED = {  # file: (doc_type, municipality, at least this many tables)
    "simrishamn-bokslut-2025/Bokslut_2025.pdf": ("budsjett", "Simrishamn", 20),
    "bo-kommune-2012/analyse.pdf": ("annet", "Bø", 1),
    "bo-kommune-2012/planbestemmelser.pdf": ("annet", None, 1),
    "bo-kommune-2012/Breisås Sør_Planbeskrivelse.pdf": ("annet", None, 0),
    "prosjektveiviseren-maler/Sluttrapport.docx": ("evaluering", None, 6),
    "prosjektveiviseren-maler/Styringsdokument.docx": ("prosjektplan", None, 17),
    "prosjektveiviseren-maler/Prosjektforslag.docx": ("prosjektplan", None, 9),
    "prosjektveiviseren-maler/Gevinstrealiseringsplan.docx": ("prosjektplan", None, 13),
    "prosjektveiviseren-maler/Gevinstverktøy.xlsx": ("prosjektplan", None, 14),
}


@pytest.fixture(scope="module")
def real_db(tmp_path_factory) -> sqlite_utils.Database:
    db = tmp_path_factory.mktemp("real") / "real.db"
    summary = ingest([REAL / name for name in EXPECTED], str(db), workers=2)
    assert summary.failed == 0, [o for o in summary.outcomes if o.action == "failed"]
    return sqlite_utils.Database(db)


def test_every_real_file_loads_with_its_tables(real_db):
    rows = {str(Path(r["path"]).relative_to(REAL)): r for r in real_db["documents"].rows}
    assert set(rows) == set(EXPECTED)
    for name, (doc_type, municipality, min_tables) in EXPECTED.items():
        row = rows[name]
        assert row["status"] == "ok", (name, row["error"])
        assert row["doc_type"] == doc_type, name
        if municipality:
            assert row["municipality"] == municipality, name
        n = real_db.execute("select count(*) from extracted_tables where doc_id = ?", [row["doc_id"]]).fetchone()[0]
        assert n >= min_tables, (name, n)
        assert n == row["n_tables"]


def test_bo_saksgang_table_cells(real_db):
    [doc] = real_db.query("select doc_id from documents where path like '%analyse.pdf'")
    cells = {(r["row"], r["col"]): r["text"] for r in real_db.query(
        "select row, col, text from table_cells where table_id = "
        "(select table_id from extracted_tables where doc_id = ? order by table_ord limit 1)", [doc["doc_id"]])}
    assert cells[(0, 0)] == "SAKSGANG"
    assert [cells[(1, c)] for c in range(4)] == ["Styre/råd/utval", "Møtedato", "Sak nr", "Saksbeh."]
    assert [cells[(3, c)] for c in range(4)] == ["Kommunestyret", "17.12.2012", "112/12", "KVH"]


def test_moetebok_date_is_its_first_meeting(real_db):
    [doc] = real_db.query("select doc_date from documents where path like '%analyse.pdf'")
    assert doc["doc_date"] == "2012-11-23"  # SAKSGANG: Utval for plan, teknikk og næring, 23.11.2012


def test_real_tables_have_page_provenance(real_db):
    missing = real_db.execute(
        "select count(*) from extracted_tables t join documents d using (doc_id) where d.format = 'pdf' and t.page is null"
    ).fetchone()[0]
    assert missing == 0


def test_a_chapter_that_mentions_budgets_is_no_budget():
    """The scanned book chapter on planning law (its OCR text, frozen as annotation snapshots) says
    "økonomiplan" six times and "budsjett" once, none of it in its head: not a budget."""
    from extract.metadata import doc_type

    texts = Path(__file__).resolve().parents[1] / "corpus" / "annotations" / "texts"
    pages = [texts / f"kristiansand_kapittel3_p{i}.txt" for i in range(1, 12)]
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert text.lower().count("økonomiplan") >= 5
    assert doc_type(text) == "annet"
    assert doc_type("Budsjett 2018 og økonomiplan 2018–2021\n" + text) == "budsjett"
