"""The five source documents load with the right type, municipality and date."""
from __future__ import annotations

import sqlite_utils

EXPECTED = {
    "000_2736e3e1983c3278.txt": ("statusrapport", "Askøy", "2017-08-22", "Statusrapport"),
    "001_5b2f4e37133dd8e9.txt": ("budsjett", "Askøy", None,
                                 "Rådmannens forslag til budsjett 2018, handlingsprogram og økonomiplan 2019 til 2021"),
    "002_4e0356b5234b2f73.txt": ("evaluering", "Drammen", "2010-12", "EVALUERING AV P1824 SLUTTRAPPORT"),
    "003_a976a9bffa492368.txt": ("budsjett", "Stavanger", None, None),
    "004_02151b00907a8e28.txt": ("prosjektplan", "Åsnes", None, "Prosjektplan med milepælsplan"),
}


def test_seeds_are_classified_from_their_own_text(seed_db):
    db = sqlite_utils.Database(seed_db)
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in db["documents"].rows}
    assert set(rows) == set(EXPECTED)
    for name, (doc_type, municipality, doc_date, title) in EXPECTED.items():
        row = rows[name]
        assert (row["doc_type"], row["municipality"], row["doc_date"]) == (doc_type, municipality, doc_date), name
        if title:
            assert row["title"] == title
        assert row["status"] in ("ok", "partial") and row["format"] == "txt"
        assert len(row["doc_id"]) == 64


def test_classification_ignores_the_file_name(tmp_path, seed_files):
    from pipelines.process import process_file

    renamed = tmp_path / "budsjett_stavanger.txt"
    renamed.write_bytes(seed_files[0].read_bytes())  # the status report under a misleading name
    result = process_file(renamed)
    assert result.info.doc_type == "statusrapport"
    assert result.info.municipality == "Askøy"


def test_every_page_row_has_provenance(seed_db):
    db = sqlite_utils.Database(seed_db)
    assert db["pages"].count == 5
    assert all(r["doc_id"] for r in db["pages"].rows)
    assert db.execute("select count(*) from extracted_tables where doc_id is null").fetchone()[0] == 0
    # the status report's and the project plan's tab tables are found
    assert db.execute("select count(*) from extracted_tables").fetchone()[0] >= 7
