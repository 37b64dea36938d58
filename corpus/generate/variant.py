"""A variant Askøy status report by a different hand (Q3 2017, dated 05.12.2017).

Columns "Prosjektnavn | Start | Ferdig | Status" (status as a word in its own column, no
Nr), label rows merged across the table ("Beskrivelse", "Forventet gevinst",
"Status/fremdrift"), other section words. Projects are real ones from the August 2017
report with moved dates and changed statuses, so "which projects slipped" has answers.
Its expected records are written by construction, in the shape of
`expected/askoy_statusrapport_2017.json`.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from . import docx_util as du
from .common import expected, normalise_zip
from .periods import period

TITLE = "Statusrapport Omstilling 2020 – 3. kvartal 2017"
DATE_RAW = "05.12.2017"
SECTION_WORDS = {"prioritert": "PRIORITERTE PROSJEKTER", "i_linje": "TILTAK SOM DRIFTES I LINJEN",
                 "avsluttet": "FULLFØRTE PROSJEKTER"}
LABELS = (("description_items", "Beskrivelse"), ("effect_items", "Forventet gevinst"),
          ("status_items", "Status/fremdrift"))
STATUS_WORD = {"pågår": "Pågår", "avsluttet": "Avsluttet", "planlagt": "Planlagt"}

# (program, name in the August report, section now, status now, start_raw, end_raw, extra status item)
CHANGES = [
    ("Aktiv og trygg omsorg – hele livet", "Utvikling av tillitsmodellen – optimalisering av forvaltning (Fase 2)",
     "prioritert", "pågår", "mars 2017", "juni 2019", "Sluttdato flyttet fra desember 2018 til juni 2019."),
    ("Aktiv og trygg omsorg – hele livet", "Helhetlig og optimalisert pasientflyt",
     "prioritert", "pågår", "mars 2017", "des. 2018", None),
    ("Aktiv og trygg omsorg – hele livet", "Velferdsteknologi – brukerrettet teknologi (fase 1)",
     "avsluttet", "avsluttet", "Jan. 2016", "nov. 2017", "Alle trygghetsalarmer er skiftet ut."),
    ("Aktiv og trygg omsorg – hele livet", "Velferdsteknologi – brukerrettet teknologi (fase 2)",
     "prioritert", "planlagt", "februar 2018", "2. kvartal 2019", "Oppstart utsatt til februar 2018."),
    ("Aktiv og trygg omsorg – hele livet", "Rekruttere, utvikle og beholde",
     "prioritert", "pågår", "okt. 2017", "sept. 2018", None),
    ("Aktiv og trygg omsorg – hele livet", "Opprettelse av vikarpool",
     "prioritert", "planlagt", "januar 2018", "ultimo 2018", None),
    ("Aktiv og trygg omsorg – hele livet", "Hverdagsrehabilitering",
     "i_linje", "pågår", None, None, None),
    ("Barnefattigdom", "Levekårsteam", "prioritert", "pågår", "høst 2016", "ultimo 2019", None),
    ("Barnefattigdom", "Barn i levekårsutsatte familier i barnehage",
     "prioritert", "pågår", "vår 2017", "ultimo 2018", "Sluttdato fastsatt til utgangen av 2018."),
    ("Barnefattigdom", "Ung sommer", "prioritert", "pågår", "sommer 2016", "Ultimo 2019", None),
    ("Boligsosialt velferdsprogram", "Boligkontor", "avsluttet", "avsluttet", "vår 2016", "sept. 2017",
     "Prosjektet er avsluttet og boligkontoret driftes i linjen."),
    ("Boligsosialt velferdsprogram", "Boligsosial handlingsplan", "avsluttet", "avsluttet", "aug. 2016", "juni 2017",
     "Planen ble vedtatt i kommunestyret i september 2017."),
    ("Boligsosialt velferdsprogram", "Plan, utbygging og anskaffelsesstrategi",
     "prioritert", "pågår", "august 2017", "2019", None),
    ("Boligsosialt velferdsprogram", "Helsebruksplan", "prioritert", "pågår", "mai 2017", "mars 2018",
     "Ferdigstillelse utsatt til mars 2018."),
]


def _end_to(project: dict) -> str | None:
    return (project.get("end") or {}).get("to")


def records() -> dict:
    """The variant's expected records (same shape as askoy_statusrapport_2017.json)."""
    base = {(p["program"], p["name"]): p for p in expected("askoy_statusrapport_2017.json")["projects"]}
    projects = []
    for program, name, section, status, start_raw, end_raw, extra in CHANGES:
        old = base[(program, name)]
        status_items = list(old["status_items"]) + ([extra] if extra else [])
        (sf, st), (ef, et) = period(start_raw), period(end_raw)
        projects.append({
            "program": program, "section": section, "area": None, "nr": None, "name": name,
            "start_raw": start_raw, "end_raw": end_raw,
            "start": {"from": sf, "to": st}, "end": {"from": ef, "to": et},
            "status": status, "status_raw": STATUS_WORD[status],
            "description_items": list(old["description_items"]), "effect_items": list(old["effect_items"]),
            "status_items": status_items,
            "previous": {"doc": "askoy_statusrapport_2017", "section": old["section"], "status": old["status"],
                         "start_raw": old["start_raw"], "end_raw": old["end_raw"]},
            "slipped": bool(_end_to(old) and et and _end_to(old) < et),
        })
    programs = list(dict.fromkeys(p["program"] for p in projects))
    return {
        "document": {"municipality": "Askøy", "doc_type": "statusrapport", "title": TITLE,
                     "theme": "Omstillingsprogram 2020 - Kommunalavdeling levekår",
                     "recipient": "Utvalg for levekår (UFL)", "date": "2017-12-05", "date_raw": DATE_RAW,
                     "source_file": None, "note": "Variant written by construction by corpus/generate/variant.py"},
        "programs": [{"name": name, "heading_raw": f"Program {i}: {name}",
                      "projects": sum(p["program"] == name for p in projects)} for i, name in enumerate(programs, 1)],
        "projects": projects,
        "counts": {
            "programs": len(programs), "projects_total": len(projects),
            "per_section": dict(Counter(p["section"] for p in projects)),
            "per_status": dict(Counter(p["status"] for p in projects)),
            "slipped": sum(p["slipped"] for p in projects),
            "description_items": sum(len(p["description_items"]) for p in projects),
            "effect_items": sum(len(p["effect_items"]) for p in projects),
            "status_items": sum(len(p["status_items"]) for p in projects),
        },
    }


def build(out_docx: Path, out_json: Path) -> None:
    data = records()
    doc = Document()
    du.fix_properties(doc, TITLE, "Programkontoret, Kommunalavdeling levekår")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9.5)
    du.a4(doc, margin_cm=1.8)
    du.page_footer(doc, f"Askøy kommune · {TITLE}")
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(f"Til: {data['document']['recipient']}")
    doc.add_paragraph(f"Dato: {DATE_RAW}")
    doc.add_paragraph("Rapporten viser status per program i Omstilling 2020. Endringer i fremdrift siden "
                      "statusrapporten i august 2017 er markert i statusfeltet.")
    for i, prog in enumerate(data["programs"], 1):
        doc.add_heading(prog["heading_raw"], level=1)
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Prosjektnavn", "Start", "Ferdig", "Status")):
            du.set_cell(cell, text, bold=True)
            du.shade(cell, "FCE4D6")
        du.repeat_header(table.rows[0])
        mine = [p for p in data["projects"] if p["program"] == prog["name"]]
        for section in ("prioritert", "i_linje", "avsluttet"):
            rows = [p for p in mine if p["section"] == section]
            if not rows:
                continue
            cells = table.add_row().cells
            merged = cells[0].merge(cells[3])
            du.set_cell(merged, SECTION_WORDS[section], bold=True)
            du.shade(merged, "EDEDED")
            for p in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, (p["name"], p["start_raw"] or "", p["end_raw"] or "", p["status_raw"])):
                    du.set_cell(cell, text, bold=cell is cells[0])
                for key, label in LABELS:
                    if not p[key]:
                        continue
                    cells = table.add_row().cells
                    du.set_cell(cells[0].merge(cells[3]), label, bold=True)
                    cells = table.add_row().cells
                    du.fill_bullets(cells[0].merge(cells[3]), p[key])
        du.set_widths(table, (Cm(9.4), Cm(2.8), Cm(2.8), Cm(2.4)))
        doc.add_paragraph()
    doc.save(out_docx)
    normalise_zip(out_docx)
    out_json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
