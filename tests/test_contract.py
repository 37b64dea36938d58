"""The database outside users and checks rely on: every contract table and column."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from pipelines.load import open_db

CONTRACT = {
    "documents": "doc_id path format doc_type municipality title doc_date pages ocr status error pipeline_version ingested_at",
    "pages": "doc_id page text",
    "extracted_tables": "table_id doc_id page n_rows n_cols caption bbox method",
    "table_cells": "table_id row col text row_span col_span",
    "projects": "project_id doc_id page program section area nr name start_raw start_from start_to end_raw end_from end_to status project_key",
    "project_items": "project_id kind ord text",
    "program_items": "doc_id page program kind ord text",
    "budget_tables": "table_id doc_id page caption title service_area unit balances",
    "budget_lines": "table_id doc_id row_ord line_no description kind year amount amount_nok",
    "milestones": "doc_id page nr due_raw due_date status description responsible",
    "facts": "doc_id page kind text value unit",
    "entities": "doc_id page label text norm start end source",
}


def test_every_contract_table_and_column_exists_in_an_empty_database(tmp_path):
    db = open_db(str(tmp_path / "empty.db"))
    for table, columns in CONTRACT.items():
        assert db[table].exists(), table
        missing = set(columns.split()) - set(db[table].columns_dict)
        assert not missing, f"{table} lacks {sorted(missing)}"
        assert db[table].count == 0


def test_primary_keys_foreign_keys_and_indexes(tmp_path):
    db = open_db(str(tmp_path / "empty.db"))
    assert db["documents"].pks == ["doc_id"]
    assert db["projects"].pks == ["project_id"]
    assert db["extracted_tables"].pks == ["table_id"]
    assert db["budget_tables"].pks == ["table_id"]
    for table in CONTRACT:
        if table != "documents" and "doc_id" in db[table].columns_dict:
            assert any(fk.other_table == "documents" for fk in db[table].foreign_keys), table
            assert any(ix.columns == ["doc_id"] for ix in db[table].indexes), table
    assert db["pages_fts"].exists()


def test_full_text_search_keeps_norwegian_letters_apart(seed_db):
    db = sqlite_utils.Database(seed_db)
    hits = {r["doc_id"] for r in db.query("select doc_id from pages where rowid in (select rowid from pages_fts where pages_fts match 'Askøy')")}
    assert len(hits) == 2  # the status report and the budget article
    folded = list(db.query("select rowid from pages_fts where pages_fts match 'Askoy'"))
    assert folded == []


def test_schema_creation_is_idempotent(tmp_path):
    path = str(tmp_path / "twice.db")
    open_db(path)
    db = open_db(path)
    assert db["documents"].count == 0


OCR_PAGE = Path(__file__).resolve().parents[1] / "corpus" / "annotations" / "texts" / "kristiansand_kapittel3_p3.txt"
HITS = "select p.page from pages_fts join pages p on p.rowid = pages_fts.rowid where pages_fts match ?"


def test_full_text_search_finds_a_word_hyphenated_at_a_line_end(tmp_path):
    """The OCR'd book page writes "desen-\\ntralisert" and "generalplanleg-\\nging"; `pages.text` keeps them (entity
    offsets point into it), `search_text` joins them, and the search finds both the joined and the split forms."""
    from pipelines.ingest import ingest

    summary = ingest([OCR_PAGE], str(tmp_path / "ocr.db"), workers=1)
    assert summary.failed == 0
    db = sqlite_utils.Database(tmp_path / "ocr.db")
    [page] = db.query("select text, search_text from pages")
    assert "desen-\ntralisert" in page["text"] and "desentralisert" in page["search_text"]
    assert "generalplanlegging" in page["search_text"]
    assert len(page["search_text"]) < len(page["text"])
    for word in ("desentralisert", "generalplanlegging", "desen", "velferdspolitiske"):
        assert list(db.query(HITS, [word])), word


def test_an_earlier_database_gets_the_search_column_and_its_index(tmp_path):
    """A database written before `search_text` existed (FTS on `text` only) is brought up to date when opened for
    ingest: the column is added and filled for the pages already there, and the index rebuilt over both columns."""
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    old["pages"].insert({"doc_id": "x", "page": 3, "text": OCR_PAGE.read_text(encoding="utf-8")})
    old["pages"].enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 0")
    assert not list(old.query(HITS, ["desentralisert"]))
    db = open_db(str(path))
    assert set(db["pages_fts"].columns_dict) == {"text", "search_text"}
    assert [r["page"] for r in db.query(HITS, ["desentralisert"])] == [3]
    assert [r["page"] for r in db.query(HITS, ["velferdspolitiske"])] == [3]
    db["pages"].insert({"doc_id": "y", "page": 1, "text": "ny side", "search_text": None})
    assert [r["page"] for r in db.query(HITS, ["side"])] == [1]  # the triggers cover the new column
