"""The corpus evaluation: runs the real pipeline, scores records and fields, lists misses."""
from __future__ import annotations

import copy
import json
from pathlib import Path

from pipelines.evaluate import FIELDS, evaluate, expected_records, format_report, main, score_type

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ASNES = json.loads((CORPUS / "expected" / "asnes_milestones_2019.json").read_text(encoding="utf-8"))


def test_evaluation_runs_the_pipeline_and_reports_per_document_and_type():
    report = evaluate(CORPUS, only=["asnes_prosjektplan_2019.docx", "askoy_budsjett_2018.html"], tag=False)
    assert [d.path for d in report.documents] == ["documents/askoy_budsjett_2018.html",
                                                   "documents/asnes_prosjektplan_2019.docx"]
    assert list(report.documents[0].types) == ["program_items", "document"]
    assert list(report.documents[1].types) == ["milestones", "document"]
    milestones = report.documents[1].types["milestones"]
    assert milestones.records.tp + milestones.records.fn == 9
    for doc in report.documents:
        for tr in doc.types.values():
            assert 0.0 <= tr.records.f1 <= 1.0 and 0.0 <= tr.fields.f1 <= 1.0
    data = report.to_dict()
    assert set(data["totals"]) == {"program_items", "milestones", "document"}
    assert data["totals"]["program_items"]["records"]["tp"] + data["totals"]["program_items"]["records"]["fn"] == 58
    assert "TOTAL" in format_report(report)


def test_a_pipeline_that_finds_nothing_scores_zero_recall():
    report = evaluate(CORPUS, only=["asnes_prosjektplan_2019.pdf"], process=lambda path: None)
    doc = report.documents[0]
    assert doc.status == "ok" and doc.types["milestones"].records.recall == 0.0
    assert doc.types["milestones"].records.fn == 9 and doc.types["milestones"].fields.tp == 0
    assert doc.types["milestones"].misses[0] == "milestones: missing (1)"


def test_field_scores_count_wrong_missing_and_spurious_values():
    expected = expected_records(ASNES, "milestones", {})
    found = copy.deepcopy(expected)
    found[2]["status"] = "gjennomført"  # wrong value: one fp and one fn
    found[0]["responsible"] = None  # missing value: one fn
    del found[8]  # missing record: one record fn, its non-null fields fn
    found.append({"nr": 42, "due_raw": "1. mai 2030", "due_date": None, "status": None, "description": "x",
                  "responsible": None})  # spurious record
    report = score_type("milestones", expected, found)
    assert (report.records.tp, report.records.fp, report.records.fn) == (8, 1, 1)
    fields_per_record = len(FIELDS["milestones"])
    wrong_and_missing = 2
    last_non_null = sum(v is not None for v in (expected[8][k] for k in FIELDS["milestones"]))
    assert report.fields.tp == 8 * fields_per_record - wrong_and_missing
    assert report.fields.fn == wrong_and_missing + last_non_null
    assert report.fields.fp == 1 + 3  # the wrong status + nr/due_raw/description of the spurious record
    assert "milestones.status (3): expected 'under arbeid', got 'gjennomført'" in report.misses


def test_whitespace_differences_do_not_count():
    expected = expected_records(ASNES, "milestones", {})
    found = copy.deepcopy(expected)
    found[0]["description"] = "  " + found[0]["description"].replace(" ", "\n ", 3) + " "
    assert score_type("milestones", expected, found).fields.f1 == 1.0


def test_budget_lines_match_by_description_then_row_order():
    gold = json.loads((CORPUS / "expected" / "stavanger_budget_2017.json").read_text(encoding="utf-8"))
    expected = expected_records(gold, "budget_lines", {})
    assert len(expected) == 92 * 4
    found = copy.deepcopy(expected)
    for rec in found[:4]:
        rec["description"] = "Opprinnelig vedtatt netto budsjettramme"  # differs, but row_ord still matches
    report = score_type("budget_lines", expected, found)
    assert report.records.f1 == 1.0 and report.fields.fn == 4


def test_cli_prints_json(capsys):
    assert main([str(CORPUS), "--json", "--no-tag", "--only", "asnes_prosjektplan_2019.docx"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["path"] == "documents/asnes_prosjektplan_2019.docx"
    assert set(data["documents"][0]["types"]["milestones"]) == {"records", "fields", "misses"}


def test_cli_reports_a_missing_manifest(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "no manifest at" in capsys.readouterr().err
