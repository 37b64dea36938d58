"""A large synthetic corpus for benchmarks (not committed), with expected records by construction.

    python -m corpus.generate.scaled --municipalities N --quarters Q --out DIR [--seed S]

Writes DIR/documents/ (per municipality: Q quarterly status reports, alternating between
the Askøy layout as DOCX, the "Prosjektnavn | Start | Ferdig | Status" layout as DOCX and
an HTML table; one budget per year as HTML + XLSX), DIR/expected/ (one JSON per document,
same shapes as corpus/expected) and DIR/expected/manifest.json, so
`python -m pipelines.evaluate DIR` scores the pipeline on it. Project content is real
(seed 000's projects and bullets); statuses, dates and wording change between quarters.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook

from . import docx_util as du
from .common import expected, normalise_zip
from .periods import period

MUNICIPALITIES = ["Askøy", "Åsnes", "Stavanger", "Drammen", "Bodø", "Molde", "Hamar", "Gjøvik", "Harstad", "Alta",
                  "Førde", "Levanger", "Kongsberg", "Lillehammer", "Sandnes", "Tromsø", "Ålesund", "Larvik", "Halden",
                  "Steinkjer"]
MONTHS = ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sept.", "okt.", "nov.", "des."]
SERVICE_AREAS = ["Helse- og sosialkontor", "Hjemmebaserte tjenester", "Barnevern", "NAV-kontoret", "Boligkontoret",
                 "Dagsenter og avlastning", "Flyktningtjenesten", "Alders- og sykehjem"]
CHANGES = ["Effektiviseringskrav", "Prisjustering driftsavtale", "Økt egenandel ressurskrevende brukere",
           "Nye plasser i bofellesskap", "Helårseffekt av vedtatt avvikling", "Omstilling", "Lønnsjustering"]
LAYOUTS = ("askoy_docx", "kolonne_docx", "html")
STATUS_WORD = {"pågår": "Pågår", "avsluttet": "Avsluttet", "planlagt": "Planlagt"}


def nb_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def month_raw(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def project_pool(rng: random.Random, n: int) -> list[dict]:
    """n projects with real names/bullets from seed 000 and a start/end plan."""
    source = [p for p in expected("askoy_statusrapport_2017.json")["projects"] if p["description_items"]]
    chosen = rng.sample(source, min(n, len(source)))
    out = []
    for p in chosen:
        start_month = rng.randint(1, 12)
        length = rng.randint(6, 30)
        end_index = (start_month - 1) + length
        out.append({"program": p["program"], "name": p["name"], "description_items": p["description_items"],
                    "effect_items": p["effect_items"], "base_status": p["status_items"][:1],
                    "start": (2017, start_month), "end": (2017 + end_index // 12, end_index % 12 + 1)})
    return out


def quarter_state(rng: random.Random, project: dict, quarter: int) -> dict:
    """The project as reported in quarter q (0-based, from Q1 2017): status, dates and bullets."""
    report_month = 3 * quarter + 3
    sy, sm = project["start"]
    if rng.random() < 0.3:  # the end date slips by 1-6 months in this report
        ey, em = project["end"]
        idx = ey * 12 + em - 1 + rng.randint(1, 6)
        project["end"] = (idx // 12, idx % 12 + 1)
    ey, em = project["end"]
    now = 2017 * 12 + report_month
    if now < sy * 12 + sm:
        status = "planlagt"
    elif now >= ey * 12 + em:
        status = "avsluttet"
    else:
        status = "pågår"
    status_items = list(project["base_status"]) + [f"Status per {quarter % 4 + 1}. kvartal {2017 + quarter // 4}: "
                                                    f"{'arbeidet går etter planen' if status == 'pågår' else 'se tabell'}."]
    start_raw, end_raw = month_raw(sy, sm), month_raw(ey, em)
    (s_from, s_to), (e_from, e_to) = period(start_raw), period(end_raw)
    section = "avsluttet" if status == "avsluttet" else "prioritert"
    return {"program": project["program"], "section": section, "area": None, "nr": None, "name": project["name"],
            "start_raw": start_raw, "end_raw": end_raw, "start": {"from": s_from, "to": s_to},
            "end": {"from": e_from, "to": e_to}, "status": status,
            "description_items": project["description_items"], "effect_items": project["effect_items"],
            "status_items": status_items}


def status_docx(path: Path, title: str, date: str, projects: list[dict], layout: str) -> None:
    doc = Document()
    du.fix_properties(doc, title, "Generated")
    doc.styles["Normal"].font.size = Pt(10)
    du.a4(doc)
    du.page_footer(doc, title)
    doc.add_heading(title, level=0)
    doc.add_paragraph(f"Dato: {nb_date(date)}")
    for program in dict.fromkeys(p["program"] for p in projects):
        doc.add_heading(f"Program: {program}", level=1)
        header = ("Nr.", "PROSJEKT", "Oppstart:", "Slutt:") if layout == "askoy_docx" else ("Prosjektnavn", "Start", "Ferdig", "Status")
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            du.set_cell(cell, text, bold=True)
        for section, heading in (("prioritert", "PRIORITERTE PROSJEKTER"), ("avsluttet", "AVSLUTTEDE PROSJEKTER OG TILTAK")):
            rows = [p for p in projects if p["program"] == program and p["section"] == section]
            if not rows:
                continue
            if section != "prioritert" or layout != "askoy_docx":
                cells = table.add_row().cells
                du.set_cell(cells[0].merge(cells[3]), heading, bold=True)
            for p in rows:
                cells = table.add_row().cells
                values = (("", p["name"], p["start_raw"], p["end_raw"]) if layout == "askoy_docx"
                          else (p["name"], p["start_raw"], p["end_raw"], STATUS_WORD[p["status"]]))
                for cell, text in zip(cells, values):
                    du.set_cell(cell, text)
                for key, label in (("description_items", "Om prosjektet:"), ("effect_items", "Forventet effekt:"),
                                   ("status_items", "Kort status:")):
                    cells = table.add_row().cells
                    if layout == "askoy_docx":
                        du.set_cell(cells[1], label, bold=True)
                        if key == "status_items":
                            du.set_cell(cells[2], "Pågår: x" if p["status"] == "pågår" else "Pågår:")
                            du.set_cell(cells[3], "Avsluttet: x" if p["status"] == "avsluttet" else "Avsluttet:")
                        cells = table.add_row().cells
                        du.fill_bullets(cells[1].merge(cells[3]), p[key])
                    else:
                        du.set_cell(cells[0].merge(cells[3]), label.rstrip(":"), bold=True)
                        cells = table.add_row().cells
                        du.fill_bullets(cells[0].merge(cells[3]), p[key])
    doc.save(path)
    normalise_zip(path)


def status_html(path: Path, title: str, date: str, projects: list[dict]) -> None:
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title></head><body>",
             f"<h1>{esc(title)}</h1>", f"<p>Dato: {nb_date(date)}</p>"]
    for program in dict.fromkeys(p["program"] for p in projects):
        parts.append(f"<h2>Program: {esc(program)}</h2><table><thead><tr><th>Prosjektnavn</th><th>Start</th>"
                     "<th>Ferdig</th><th>Status</th></tr></thead><tbody>")
        for p in (p for p in projects if p["program"] == program):
            parts.append(f"<tr><td>{esc(p['name'])}</td><td>{esc(p['start_raw'])}</td><td>{esc(p['end_raw'])}</td>"
                         f"<td>{STATUS_WORD[p['status']]}</td></tr>")
            for key, label in (("description_items", "Beskrivelse"), ("effect_items", "Forventet effekt"),
                               ("status_items", "Status")):
                items = "".join(f"<li>{esc(t)}</li>" for t in p[key])
                parts.append(f"<tr><td colspan=\"4\"><strong>{label}</strong><ul>{items}</ul></td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def budget_tables(rng: random.Random, year: int, chapter: int) -> list[dict]:
    tables = []
    for k, area in enumerate(rng.sample(SERVICE_AREAS, rng.randint(3, 5)), 1):
        opening = rng.randint(5, 900) * 1000 + rng.randint(0, 999)
        rows = [{"line_no": None, "description": f"Opprinnelig vedtatt netto budsjettramme {year - 1}", "kind": "opening",
                 "group": None, "amounts": {str(y): opening for y in range(year, year + 4)}}]
        for n, change in enumerate(rng.sample(CHANGES, rng.randint(1, 5)), 100 + 10 * k):
            base = rng.choice([-1, 1]) * rng.randint(1, 200) * 100
            amounts = {str(y): (0 if i == 0 and rng.random() < 0.2 else base) for i, y in enumerate(range(year, year + 4))}
            rows.append({"line_no": str(n), "description": f"{change} {area}", "kind": "change", "group": "Endringer",
                         "amounts": amounts})
        total = {str(y): sum(r["amounts"][str(y)] for r in rows) for y in range(year, year + 4)}
        rows.append({"line_no": None, "description": f"Korrigert netto budsjettramme {year}-{year + 3}", "kind": "total",
                     "group": None, "amounts": total})
        caption = f"Tabell {chapter}.{k}"
        tables.append({"caption": caption, "caption_text": f"{caption} Budsjettramme for {area} {year}-{year + 3}, tall i 1 000 kr",
                       "service_area": area, "title": f"Budsjettramme for {area} {year}-{year + 3}", "unit": "1 000 kr",
                       "years": list(range(year, year + 4)), "balances": True, "rows": rows})
    return tables


def fmt(n: int) -> str:
    return ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", "\u00a0")


def budget_html(path: Path, municipality: str, year: int, tables: list[dict]) -> None:
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Budsjett {year} – {esc(municipality)} kommune</title></head><body>",
             f"<h1>{esc(municipality)} kommune – budsjett {year} og økonomiplan {year}-{year + 3}</h1>"]
    for t in tables:
        parts.append(f"<h2>{esc(t['service_area'])}</h2><h4>{esc(t['title'])}</h4><table><caption>{esc(t['caption_text'])}</caption>")
        parts.append("<thead><tr><th>Linjenr</th><th></th>" + "".join(f"<th>{y}</th>" for y in t["years"]) + "</tr></thead><tbody>")
        for r in t["rows"]:
            if r["kind"] == "change" and r is next(x for x in t["rows"] if x["kind"] == "change"):
                parts.append("<tr><td></td><td>Endringer:</td><td></td><td></td><td></td><td></td></tr>")
            parts.append(f"<tr><td>{r['line_no'] or ''}</td><td>{esc(r['description'])}</td>"
                         + "".join(f"<td>{fmt(r['amounts'][str(y)])}</td>" for y in t["years"]) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def budget_xlsx(path: Path, tables: list[dict]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t["caption"])
        ws.append([t["caption_text"]])
        ws.append([t["title"]])
        ws.append([])
        ws.append(["Linjenr", "Tekst", *t["years"]])
        for r in t["rows"]:
            ws.append([int(r["line_no"]) if r["line_no"] else None, r["description"], *[r["amounts"][str(y)] for y in t["years"]]])
    wb.save(path)


def generate(municipalities: int, quarters: int, out: Path, seed: int = 1) -> dict:
    """Write the corpus; return its manifest."""
    rng = random.Random(seed)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "expected").mkdir(parents=True, exist_ok=True)
    files: dict[str, dict] = {}
    for m in range(municipalities):
        name = MUNICIPALITIES[m % len(MUNICIPALITIES)] + ("" if m < len(MUNICIPALITIES) else f" {m // len(MUNICIPALITIES) + 1}")
        slug = name.lower().replace(" ", "_").replace("ø", "o").replace("å", "a").replace("æ", "ae")
        pool = project_pool(rng, rng.randint(6, 12))
        for q in range(quarters):
            year, month = 2017 + q // 4, 3 * (q % 4) + 3
            doc_date = f"{year}-{month:02d}-{rng.randint(10, 28):02d}"
            projects = [quarter_state(rng, p, q) for p in pool]
            title = f"Statusrapport {q % 4 + 1}. kvartal {year} – {name} kommune"
            layout = LAYOUTS[(m + q) % len(LAYOUTS)]
            stem = f"{slug}_statusrapport_{year}_k{q % 4 + 1}"
            suffix = ".html" if layout == "html" else ".docx"
            if layout == "html":
                status_html(out / "documents" / (stem + suffix), title, doc_date, projects)
            else:
                status_docx(out / "documents" / (stem + suffix), title, doc_date, projects, layout)
            if layout == "askoy_docx":  # checkboxes cannot say "planlagt": both boxes empty reads as NULL
                projects = [dict(p, status=None) if p["status"] == "planlagt" else p for p in projects]
            gold = {"document": {"municipality": name, "doc_type": "statusrapport", "title": title, "date": doc_date,
                                 "layout": layout}, "projects": projects}
            (out / "expected" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")
            files[f"documents/{stem}{suffix}"] = {"expected": f"{stem}.json", "score": ["projects", "project_items", "document"],
                                                  "document": {"doc_type": "statusrapport", "municipality": name, "doc_date": doc_date}}
        for year in sorted({2017 + q // 4 for q in range(quarters)}):
            tables = budget_tables(rng, year, 5)
            stem = f"{slug}_budsjett_{year}"
            budget_html(out / "documents" / f"{stem}.html", name, year, tables)
            budget_xlsx(out / "documents" / f"{stem}.xlsx", tables)
            (out / "expected" / f"{stem}.json").write_text(json.dumps({"document": {"municipality": name, "doc_type": "budsjett"},
                                                                       "tables": tables}, ensure_ascii=False, indent=2), encoding="utf-8")
            for suffix, skip in ((".html", []), (".xlsx", ["budget_tables.service_area"])):
                files[f"documents/{stem}{suffix}"] = {"expected": f"{stem}.json", "score": ["budget_tables", "budget_lines", "document"],
                                                      "document": {"doc_type": "budsjett", "municipality": name, "doc_date": None},
                                                      "skip_fields": skip}
    manifest = {"description": f"Scaled corpus: {municipalities} municipalities x {quarters} quarters, seed {seed}", "files": files}
    (out / "expected" / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a scaled benchmark corpus with expected records.")
    parser.add_argument("--municipalities", type=int, default=10)
    parser.add_argument("--quarters", type=int, default=4)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    manifest = generate(args.municipalities, args.quarters, args.out, args.seed)
    print(f"wrote {len(manifest['files'])} documents to {args.out / 'documents'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
