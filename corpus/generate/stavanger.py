"""Stavanger budsjett 2017, kap. 5.5: the web page (HTML), its 'tabelldata' (XLSX) and a print (PDF).

Prose and headings come from seed 003 line by line; every budget table is rebuilt from
`expected/stavanger_budget_2017.json`, so each table carries its true, separate amounts.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .common import FIXED_TIME, expected, normalise_zip, seed_lines

GROUP_HEADING = {"Endringer": "Endringer:",
                 "Driftskonsekvenser av investeringer": "Driftskonsekvenser av investeringer:"}
XLSX_NAME = "stavanger_budsjett_2017.xlsx"
BULLET = re.compile(r"^\s*•\s*")


def amount(n: int) -> str:
    """1500 → '1 500' (no-break space), -12500 → '-12 500'."""
    return ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", "\u00a0")


def table_rows(table: dict) -> list[tuple[str, str, list[str]]]:
    """(line_no, text, amounts) per displayed row, heading rows and 5.25's empty row included."""
    rows: list[tuple[str, str, list[str]]] = []
    group = None
    for row in table["rows"]:
        if row["group"] and row["group"] != group:
            rows.append(("", GROUP_HEADING[row["group"]], ["", "", "", ""]))
        if row["kind"] == "total" and table["caption"] == "Tabell 5.25":
            rows.append(("", "", ["", "", "", ""]))  # the source's empty row
        group = row["group"]
        rows.append((row["line_no"] or "", row["description"], [amount(row["amounts"][str(y)]) for y in table["years"]]))
    return rows


def blocks() -> list[tuple[str, object]]:
    """The page as ('h2'|'h3'|'h4'|'p'|'ul'|'title'|'table'|'link', content) in reading order."""
    lines = seed_lines("stavanger")
    gold = expected("stavanger_budget_2017.json")
    starts = {t["source_lines"][0]: t for t in gold["tables"]}
    captions = {t["caption_text"] for t in gold["tables"]}
    out: list[tuple[str, object]] = []
    i = next(n for n, l in enumerate(lines) if l.startswith("5.5.1 "))
    while i < len(lines):
        line = lines[i].rstrip()
        text = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip() if i else ""
        if i + 1 in starts:
            table = starts[i + 1]
            out.append(("table", table))
            i = table["source_lines"][1]
            continue
        i += 1
        if not text or text in captions or text == "Back to top":
            continue
        if re.match(r"^5\.5\.\d+ ", text):
            out.append(("h2", text))
        elif text.startswith("Budsjettramme for ") and len(text) < 100:
            out.append(("title", text))
        elif text == "Last ned tabelldata (Excel)":
            out.append(("link", text))
        elif BULLET.match(line):
            item = BULLET.sub("", line).strip()
            if out and out[-1][0] == "ul":
                out[-1][1].append(item)
            else:
                out.append(("ul", [item]))
        elif not prev and not nxt and len(text) < 60 and not text.endswith((".", ":")):
            out.append(("h3", text))
        elif not prev and nxt and len(text) < 70 and not text.endswith((".", ":")):
            out.append(("h4", text))
        else:
            out.append(("p", text))
    return out


def _html_table(table: dict) -> str:
    esc = html.escape
    head = "".join(f'<th scope="col" class="num">{y}</th>' for y in table["years"])
    parts = [f'<table class="budsjett" id="{table["caption"].split()[1]}">',
             f"<caption>{esc(table['caption_text'])}</caption>",
             f'<thead><tr><th scope="col">Linjenr</th><th scope="col"></th>{head}</tr></thead>', "<tbody>"]
    for line_no, text, amounts in table_rows(table):
        cls = ' class="sum"' if text.startswith(("Korrigert", "Opprinnelig")) else ""
        nums = "".join(f'<td class="num">{a}</td>' for a in amounts)
        parts.append(f"<tr{cls}><td>{esc(line_no)}</td><td>{esc(text)}</td>{nums}</tr>")
    parts += ["</tbody>", "</table>"]
    return "\n".join(parts)


CSS = """body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:1em auto;line-height:1.4}
table.budsjett{border-collapse:collapse;margin:.5em 0 1em}
table.budsjett caption{caption-side:bottom;text-align:left;font-size:.85em;padding-top:.3em}
table.budsjett th,table.budsjett td{border-bottom:1px solid #ccc;padding:.2em .6em;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
tr.sum td{font-weight:bold}"""


def build_html(out: Path) -> None:
    esc = html.escape
    body: list[str] = []
    for kind, content in blocks():
        if kind == "table":
            body.append(_html_table(content))
        elif kind == "ul":
            body.append("<ul>\n" + "\n".join(f"<li>{esc(t)}</li>" for t in content) + "\n</ul>")
        elif kind == "title":
            body.append(f'<h4 class="tabelltittel">{esc(content)}</h4>')
        elif kind == "link":
            body.append(f'<p class="nedlasting"><a href="{XLSX_NAME}">{esc(content)}</a></p>')
        elif kind in ("h2", "h3", "h4"):
            body.append(f"<{kind}>{esc(content)}</{kind}>")
        else:
            body.append(f"<p>{esc(content)}</p>")
    page = ("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>5.5 Levekår – Budsjett 2017 og økonomiplan 2017-2020</title>\n"
            f"<style>\n{CSS}\n</style>\n</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
    out.write_text(page, encoding="utf-8")


def build_xlsx(out: Path) -> None:
    gold = expected("stavanger_budget_2017.json")
    wb = Workbook()
    wb.remove(wb.active)
    for table in gold["tables"]:
        ws = wb.create_sheet(table["caption"])
        ws.append([table["caption_text"]])
        ws.append([table["title"]])
        ws.append([])
        ws.append(["Linjenr", "Tekst", *table["years"]])
        ws["A1"].font = Font(bold=True)
        for cell in ws[4]:
            cell.font = Font(bold=True)
        for line_no, text, amounts in table_rows(table):
            nums = [int(a.replace("\u00a0", "")) if a else None for a in amounts]
            ws.append([int(line_no) if line_no else None, text or None, *nums])
        for row in ws.iter_rows(min_row=5, min_col=3, max_col=6):
            for cell in row:
                cell.number_format = "#,##0"
                cell.alignment = Alignment(horizontal="right")
        ws.column_dimensions["A"].width = 9
        ws.column_dimensions["B"].width = 60
        for col in "CDEF":
            ws.column_dimensions[col].width = 11
    wb.properties.creator = "Stavanger kommune"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(out)
    normalise_zip(out)


def build_pdf(out: Path) -> None:
    """A print of the page: tables drawn without any ruling lines, amounts right-aligned."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from .pdf_util import fonts, styles, text

    st = styles()
    regular, bold = fonts()
    story = []
    for kind, content in blocks():
        if kind == "table":
            data = [["Linjenr", "", *[str(y) for y in content["years"]]]]
            for line_no, desc, amounts in table_rows(content):
                data.append([line_no, Paragraph(text(desc), st["cell"]), *amounts])
            tbl = Table(data, colWidths=[1.5 * cm, 8.3 * cm] + [1.8 * cm] * 4, repeatRows=1)
            tbl.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), regular, 8.5),
                ("FONT", (0, 0), (-1, 0), bold, 8.5),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]))
            story.append(KeepTogether([tbl, Paragraph(text(content["caption_text"]), st["caption"])]))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(text(t), st["body"])) for t in content],
                                      bulletType="bullet", start="•", leftIndent=14))
        elif kind == "title":
            story.append(Paragraph(text(content), st["h3"]))
        elif kind == "link":
            story.append(Paragraph(text(content), st["caption"]))
        elif kind in ("h2", "h3", "h4"):
            story.append(Paragraph(text(content), st["h1" if kind == "h2" else "h2" if kind == "h3" else "h3"]))
        else:
            story.append(Paragraph(text(content), st["body"]))
        story.append(Spacer(1, 2))

    def chrome(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(1.8 * cm, A4[1] - 1.1 * cm, "Stavanger kommune – Budsjett 2017 og økonomiplan 2017-2020 – 5.5 Levekår")
        canvas.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="5.5 Levekår", author="Stavanger kommune")
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
