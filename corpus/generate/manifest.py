"""Write corpus/expected/manifest.json: every document and seed → its expected JSON and what to score."""
from __future__ import annotations

import json
from pathlib import Path

from .common import EXPECTED

STATUS = ("projects", "project_items", "document")
BUDGET = ("budget_tables", "budget_lines", "document")
PROGRAMS = ("program_items", "document")
MILESTONES = ("milestones", "document")
FACTS = ("facts", "document")

DOCS = {
    "askoy_statusrapport_2017.json": (STATUS, {"doc_type": "statusrapport", "municipality": "Askøy", "doc_date": "2017-08-22"},
                                      ["documents/askoy_statusrapport_2017.docx", "documents/askoy_statusrapport_2017.pdf",
                                       "documents/askoy_statusrapport_2017_skannet.pdf", "seeds/000_2736e3e1983c3278.txt"]),
    "askoy_statusrapport_variant.json": (STATUS, {"doc_type": "statusrapport", "municipality": "Askøy", "doc_date": "2017-12-05"},
                                         ["documents/askoy_statusrapport_variant.docx",
                                          "documents/askoy_statusrapport_variant.pdf"]),
    "askoy_budget_2018_programs.json": (PROGRAMS, {"doc_type": "budsjett", "municipality": "Askøy", "doc_date": None},
                                        ["documents/askoy_budsjett_2018.html", "seeds/001_5b2f4e37133dd8e9.txt"]),
    "p1824_evaluation_2010.json": (FACTS, {"doc_type": "evaluering", "municipality": "Drammen", "doc_date": "2010-12"},
                                   ["documents/p1824_evaluering_2010.pdf", "seeds/002_4e0356b5234b2f73.txt"]),
    "stavanger_budget_2017.json": (BUDGET, {"doc_type": "budsjett", "municipality": "Stavanger", "doc_date": None},
                                   ["documents/stavanger_budsjett_2017.html", "documents/stavanger_budsjett_2017.xlsx",
                                    "documents/stavanger_budsjett_2017.pdf", "seeds/003_a976a9bffa492368.txt"]),
    "asnes_milestones_2019.json": (MILESTONES, {"doc_type": "prosjektplan", "municipality": "Åsnes", "doc_date": None},
                                   ["documents/asnes_prosjektplan_2019.docx", "documents/asnes_prosjektplan_2019.pdf",
                                    "seeds/004_02151b00907a8e28.txt"]),
}
# fields a rendering cannot carry, so they are not scored for it
SKIP = {"documents/stavanger_budsjett_2017.xlsx": ["budget_tables.service_area"]}
NOTES = {
    "documents/askoy_statusrapport_2017_skannet.pdf": "image-only scan: needs OCR",
    "documents/stavanger_budsjett_2017.xlsx": "one sheet per table; no section headings, so no service_area",
    "seeds/002_4e0356b5234b2f73.txt": "transcript includes site chrome and 'Detaljer' listings after the report",
}


def manifest() -> dict:
    files = {}
    for expected_name, (score, document, paths) in DOCS.items():
        for path in paths:
            entry = {"expected": expected_name, "score": list(score), "document": document}
            if path in SKIP:
                entry["skip_fields"] = SKIP[path]
            if path in NOTES:
                entry["note"] = NOTES[path]
            files[path] = entry
    return {
        "description": "Every corpus file → its expected records (paths relative to corpus/). "
                       "`score` names the record types python -m pipelines.evaluate compares; "
                       "`document` is the expected document metadata.",
        "files": files,
    }


def write(out: Path = EXPECTED / "manifest.json") -> None:
    out.write_text(json.dumps(manifest(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
