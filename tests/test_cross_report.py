"""Auditors' questions across reports: slipped end dates, one project through time."""
from __future__ import annotations

import json

import pytest
import sqlite_utils

from models.dates import parse_period
from pipelines.ingest import ingest

from .conftest import DOCUMENTS, EXPECTED


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """The August report (as DOCX and as PDF) and the December variant."""
    db = tmp_path_factory.mktemp("cross") / "x.db"
    files = [DOCUMENTS / "askoy_statusrapport_2017.docx", DOCUMENTS / "askoy_statusrapport_2017.pdf",
             DOCUMENTS / "askoy_statusrapport_variant.docx"]
    summary = ingest(files, str(db))
    assert summary.failed == 0
    return sqlite_utils.Database(db)


def test_slipped_end_dates_match_the_variant_by_construction(two_reports):
    variant = json.loads((EXPECTED / "askoy_statusrapport_variant.json").read_text(encoding="utf-8"))
    # a slip needs an end date in both reports ("ikke fastsatt" → "ultimo 2018" is not one)
    expected = {
        (p["name"], p["previous"]["end_raw"], p["end_raw"])
        for p in variant["projects"]
        if p.get("previous") and p["previous"].get("doc") == "askoy_statusrapport_2017"
        and parse_period(p["previous"].get("end_raw")).end and parse_period(p["end_raw"]).end
        and parse_period(p["end_raw"]).end > parse_period(p["previous"]["end_raw"]).end
    }
    rows = two_reports.query("select name, earlier_end, later_end, earlier_report, later_report from slipped_projects")
    found = {(r["name"], r["earlier_end"], r["later_end"]) for r in rows}
    assert found == expected
    assert len(found) == variant["counts"]["slipped"] == 4


def test_same_project_same_key_in_every_rendering_and_phases_apart(two_reports):
    keys = {}
    for row in two_reports.query("select d.format, p.name, p.project_key from projects p join documents d using (doc_id)"):
        keys.setdefault(row["name"], set()).add(row["project_key"])
    assert all(len(k) == 1 for k in keys.values()), {n: k for n, k in keys.items() if len(k) > 1}
    fase1 = keys["Velferdsteknologi – brukerrettet teknologi (fase 1)"]
    fase2 = keys["Velferdsteknologi – brukerrettet teknologi (fase 2)"]
    assert fase1 != fase2
    per_doc = two_reports.execute(
        "select doc_id, count(*), count(distinct project_key) from projects group by doc_id"
    ).fetchall()
    assert all(n == distinct for _, n, distinct in per_doc)


def test_project_history_canned_query(two_reports):
    rows = list(two_reports.query(
        "select report_date, status, end_raw from project_timeline where name like '%' || :name || '%' "
        "order by project_key, report_date", {"name": "Helsebruksplan"},
    ))
    assert [(r["report_date"], r["end_raw"]) for r in rows] == [
        ("2017-08-22", "desember 2017"), ("2017-08-22", "desember 2017"), ("2017-12-05", "mars 2018")]
