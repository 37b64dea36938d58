"""Budget tables from the Stavanger 2017 budget, in every format, against the expected
amounts; glued amounts split by balance; units; tables that do not add up."""
from __future__ import annotations

import copy
import json
import logging
from functools import lru_cache
from pathlib import Path

import pytest

from extract.budget import extract_budget_tables
from extract.budget_eval import score
from extract.readers import read_document
from extract.types import Cell, Paragraph, ReadDocument, Table

from .conftest import DOCUMENTS, EXPECTED, SEEDS

GOLD = json.loads((EXPECTED / "stavanger_budget_2017.json").read_text(encoding="utf-8"))
SOURCES = {
    "txt": SEEDS / "003_a976a9bffa492368.txt",
    "html": DOCUMENTS / "stavanger_budsjett_2017.html",
    "xlsx": DOCUMENTS / "stavanger_budsjett_2017.xlsx",
    "pdf": DOCUMENTS / "stavanger_budsjett_2017.pdf",
}


@lru_cache(maxsize=None)
def read(fmt: str) -> ReadDocument:
    return read_document(SOURCES[fmt])


@pytest.mark.parametrize("fmt", list(SOURCES))
def test_every_amount_equals_the_expected_value(fmt):
    tables = extract_budget_tables(read(fmt))
    s = score(tables, GOLD)
    assert [d for d in s.diffs if "service area" not in d] == []  # service areas: the tests below
    assert (s.tables, s.balanced, s.amounts_ok, s.amounts, s.rows_ok) == (15, 15, 368, 368, 92)
    for got, exp in zip(tables, GOLD["tables"]):
        assert got.caption == exp["caption"]
        assert got.title == exp["title"]
        assert (got.unit, got.unit_factor, got.years) == ("1 000 kr", 1000, exp["years"])
        assert [line.group for line in got.lines] == [r["group"] for r in exp["rows"]]
        assert [line.row_ord for line in got.lines] == list(range(len(exp["rows"])))


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_service_area_is_the_section_heading(fmt):
    areas = [t.service_area for t in extract_budget_tables(read(fmt))]
    assert areas == [t["service_area"] for t in GOLD["tables"]]


def test_xlsx_without_headings_takes_the_service_area_the_caption_and_title_agree_on():
    # One sheet per table: a caption row ("Tabell 5.12 Budsjettramme for Helsehuset 2017-2020,
    # tall i 1 000 kr") and a title row ("Budsjettramme for Helsehuset i Stavanger 2017-2020").
    tables = extract_budget_tables(read("xlsx"))
    assert [t.page for t in tables] == list(range(1, 16))  # one sheet per table
    areas = {t.caption: t.service_area for t in tables}
    gold = {t["caption"]: t["service_area"] for t in GOLD["tables"]}
    assert areas["Tabell 5.12"] == "Helsehuset"  # the title adds "i Stavanger"
    assert areas["Tabell 5.14"] == "Hjemmebaserte tjenester"  # ", inkl Stavanger hjemmehjelp"
    assert areas["Tabell 5.16"] == "Bofellesskap utviklingshemmede"  # "for psykisk … (PUH)"
    assert areas["Tabell 5.25"] == "Krisesenteret"
    assert areas["Tabell 5.21"] == "NAV-kontorene"  # the caption says only "NAV"
    assert areas["Tabell 5.11"] == "Helse- og sosialkontor"  # the caption: "Helse og sosialkontor"
    assert areas["Tabell 5.17"] == "Fysio- og ergoterapitjenesten"  # the caption: "…tejenesten"
    # Not in the workbook at all: the heading's typo "hjemmetjenster", and the heading
    # without the "/ROP" that both the caption and the title carry.
    differ = {c: (areas[c], gold[c]) for c in gold if areas[c] != gold[c]}
    assert differ == {
        "Tabell 5.15": ("Bofellesskap psykisk helse/ROP", "Bofellesskap psykisk helse"),
        "Tabell 5.18": ("Tekniske hjemmetjenester", "Tekniske hjemmetjenster"),
    }


@pytest.mark.parametrize("fmt, agree", [("txt", 15), ("html", 15), ("xlsx", 13), ("pdf", 15)])
def test_budget_eval_counts_service_areas(fmt, agree):
    assert score(extract_budget_tables(read(fmt)), GOLD).areas_ok == agree


@pytest.mark.parametrize("names, area", [
    (("Budsjettramme for Helsehuset i Stavanger 2017-2020", "Budsjettramme for Helsehuset 2017-2020"), "Helsehuset"),
    (("Budsjettramme for NAV-kontorene 2017-2020", "Budsjettramme for NAV 2017-2020"), "NAV-kontorene"),
    (("Budsjettramme for bofellesskap psykisk helse/ROP", "Budsjettramme for Bofellesskap psykisk helse/ROP 2017-2020"),
     "Bofellesskap psykisk helse/ROP"),
    ((None, "Budsjettramme for Boligkontoret 2017-2020"), "Boligkontoret"),
    ((None, None), None),
])
def test_area_from_title_and_caption(names, area):
    from extract.budget_context import area_from_names

    assert area_from_names(*names) == area


def test_pdf_tables_keep_their_pages():
    pages = [t.page for t in extract_budget_tables(read("pdf"))]
    assert all(isinstance(p, int) and p >= 1 for p in pages) and pages == sorted(pages)


def test_transcript_glued_amounts_are_split_by_balance_and_noted():
    t513 = {t.caption: t for t in extract_budget_tables(read("txt"))}["Tabell 5.13"]
    rows = {line.line_no: line for line in t513.lines}
    assert rows["145"].amounts == {2017: 1000, 2018: 0, 2019: 0, 2020: 0}
    assert rows["146"].amounts == {2017: 1500, 2018: 0, 2019: 0, 2020: 0}
    assert rows["151"].description == "Omstilling 2018"
    assert rows["151"].amounts == {2017: 0, 2018: -17500, 2019: -17500, 2020: -17500}
    assert "145: 1000 | 0 | 0 | 0" in t513.note and t513.balances


def test_same_figures_from_every_format():
    def figures(fmt):
        return [[(line.line_no, line.kind, tuple(line.amounts.items())) for line in t.lines]
                for t in extract_budget_tables(read(fmt))]
    txt = figures("txt")
    assert figures("html") == txt and figures("xlsx") == txt and figures("pdf") == txt


# --------------------------------------------------------------------------- damaged cells


def _degrade(doc: ReadDocument, how) -> ReadDocument:
    """The same document with every table's rows rewritten by `how(cells) -> cells`."""
    doc = copy.deepcopy(doc)
    for table in doc.tables:
        grid = table.grid()
        table.cells = [Cell(r, c, text) for r, row in enumerate(grid) for c, text in enumerate(how(row)) if text]
    return doc


def _glue_everything(row: list[str]) -> list[str]:
    """One cell per row: line number stuck to the text, amounts after it (as a transcript)."""
    if row and row[0] == "Linjenr":
        return ["Linjenr " + "".join(row[2:])]
    first = row[0] + row[1] if row[0].isdigit() else " ".join(c for c in row[:2] if c)
    return [" ".join([first, *[c for c in row[2:] if c]])]


def _glue_zero_amounts(row: list[str]) -> list[str]:
    """Amount cells glued where a PDF text strategy would: "1 000" + "0" + "0" → "1 000 0 0 0" """
    if row and row[2:] and any(c == "0" for c in row[2:]):
        return row[:2] + [" ".join(row[2:])] + [""] * (len(row) - 3)
    return row


def _split_thousands(row: list[str]) -> list[str]:
    """Every "12 500" cell split into "12" | "500", shifting the cells after it."""
    out = []
    for c in row:
        out.extend(c.replace("\u00a0", " ").split(" ", 1) if c and c[-1].isdigit() and " " in c else [c])
    return out


@pytest.mark.parametrize("how", [_glue_everything, _glue_zero_amounts, _split_thousands])
@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_damaged_cells_are_re_split_by_balance(fmt, how):
    s = score(extract_budget_tables(_degrade(read(fmt), how)), GOLD)
    assert (s.tables, s.balanced, s.amounts_ok, s.amounts) == (15, 15, 368, 368), s.diffs[:5]


def test_wrapped_description_on_its_own_grid_row_is_joined():
    doc = _table_doc([
        ["Linjenr", "Tekst", "2017", "2018"],
        ["", "Opprinnelig vedtatt netto budsjettramme 2016", "100", "100"],
        ["", "Endringer:", "", ""],
        ["143", "Dagsenteret på Vålandstunet sykehjem,", "", ""],
        ["", "helårseffekt av vedtatt avvikling", "-1 600", "-1 600"],
        ["", "Korrigert netto budsjettramme 2017-2018", "-1 500", "-1 500"],
    ], caption="Tabell 9.1 Budsjettramme for Test 2017-2018, tall i 1 000 kr")
    [t] = extract_budget_tables(doc)
    line = t.lines[1]
    assert (line.line_no, line.description, line.group) == (
        "143", "Dagsenteret på Vålandstunet sykehjem, helårseffekt av vedtatt avvikling", "Endringer")
    assert line.amounts == {2017: -1600, 2018: -1600} and t.balances


# --------------------------------------------------------------------------- self-made tables


def _lines_doc(lines: list[str]) -> ReadDocument:
    return ReadDocument(format="txt", pages=[], blocks=[Paragraph(text=t) for t in lines])


def _table_doc(rows: list[list[str]], caption: str) -> ReadDocument:
    cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row) if text]
    return ReadDocument(format="html", pages=[], blocks=[
        Paragraph(text="9.9.1 Testenheten", style="h3"), Table(cells=cells, caption=caption, method="html")])


def test_one_million_splits_as_one_thousand_and_three_zeros_by_balance():
    doc = _lines_doc([
        "7.1 Omsorg",
        "Budsjettramme for Omsorg 2017-2020",
        "Linjenr 2017201820192020",
        "Opprinnelig vedtatt netto budsjettramme 2016 10 000 10 000 10 000 10 000",
        "Endringer:",
        "145Vålandstunet trygghetsavdeling, opprettholde fire senger 1 000 000",
        "Korrigert netto budsjettramme 2017-2020 11 000 10 000 10 000 10 000",
        "Tabell 7.1 Budsjettramme for Omsorg 2017-2020, tall i 1 000 kr",
    ])
    [t] = extract_budget_tables(doc)
    assert t.balances and (t.caption, t.service_area, t.unit_factor) == ("Tabell 7.1", "Omsorg", 1000)
    assert t.lines[1].amounts == {2017: 1000, 2018: 0, 2019: 0, 2020: 0}
    assert [line.kind for line in t.lines] == ["opening", "change", "total"]


def test_two_balancing_readings_are_stored_as_not_balanced_with_a_note(caplog):
    # "1 500 500" is 1 500 | 500 or 1 | 500 500; with these totals either row may take
    # either reading, so two combinations balance and neither can be trusted.
    doc = _lines_doc([
        "Linjenr 20172018",
        "Opprinnelig vedtatt netto budsjettramme 2016 0 0",
        "101Tiltak A 1 500 500",
        "102Tiltak B 1 500 500",
        "Korrigert netto budsjettramme 2017-2018 1 501 501 000",
        "Tabell 1.1 Budsjettramme for X, tall i 1 000 kr",
    ])
    with caplog.at_level(logging.WARNING, logger="extract.budget"):
        [t] = extract_budget_tables(doc)
    assert not t.balances
    assert "more than one reading" in t.note
    assert "more than one reading" in caplog.text


def test_a_table_that_does_not_add_up_says_by_how_much(caplog):
    doc = _table_doc([
        ["Linjenr", "Tekst", "2017", "2018"],
        ["", "Opprinnelig vedtatt netto budsjettramme 2016", "1 000", "1 000"],
        ["", "Endringer:", "", ""],
        ["201", "Nytt tiltak", "50", "60"],
        ["", "Korrigert netto budsjettramme 2017-2018", "1 050", "1 070"],
    ], caption="Tabell 2.1 Budsjettramme for Y 2017-2018, tall i hele kroner")
    with caplog.at_level(logging.WARNING, logger="extract.budget"):
        [t] = extract_budget_tables(doc)
    assert not t.balances and (t.unit, t.unit_factor) == ("kr", 1)
    assert "no reading balances; opening + changes - total = 2018: -10" in t.note
    assert "Tabell 2.1" in caplog.text
    assert t.lines[1].amounts == {2017: 50, 2018: 60}  # the plain cell reading is kept


@pytest.mark.parametrize("caption, unit, factor", [
    ("Tabell 3.1 Driftsramme, tall i hele kroner", "kr", 1),
    ("Tabell 3.1 Driftsramme (mill. kr)", "mill. kr", 1_000_000),
    ("Tabell 3.1 Driftsramme, MNOK", "mill. kr", 1_000_000),
    ("Tabell 3.1 Driftsramme, tall i 1000 kroner", "1 000 kr", 1000),
    ("Tabell 3.1 Driftsramme", None, 1),
])
def test_units(caption, unit, factor):
    doc = _table_doc([
        ["Linjenr", "Tekst", "2017", "2018"],
        ["", "Opprinnelig vedtatt netto budsjettramme 2016", "2,0", "2"],
        ["", "Korrigert netto budsjettramme 2017-2018", "2", "2"],
    ], caption=caption)
    [t] = extract_budget_tables(doc)
    assert (t.unit, t.unit_factor, t.balances) == (unit, factor, True)
    assert (unit is None) == ("no unit found" in (t.note or ""))


def test_documents_without_budget_tables_give_none():
    assert extract_budget_tables(read_document(SEEDS / "000_2736e3e1983c3278.txt")) == []
    assert extract_budget_tables(read_document(DOCUMENTS / "askoy_statusrapport_2017.docx")) == []


# --------------------------------------------------------------------------- Datasette


QUERIES = Path(__file__).resolve().parent.parent / "output" / "budget_queries.yml"


def _run(conn, name: str, **params):
    import yaml

    sql = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["databases"]["arkivar"]["queries"][name]["sql"]
    conn.row_factory = __import__("sqlite3").Row
    return [dict(r) for r in conn.execute(sql, params)]


def test_canned_queries_answer_auditors_questions(seed_db, tmp_path):
    import shutil
    import sqlite3

    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    conn = sqlite3.connect(db)
    moves = _run(conn, "budget_line_history", description="Omstilling 2018")
    assert {r["line_no"] for r in moves} == {"151", "136"}  # "Omstilling 2018, bofellesskap …" too
    moves = [r for r in moves if r["line_no"] == "151"]
    assert [(r["line_no"], r["year"], r["amount"], r["change_from_previous_year"]) for r in moves] == [
        ("151", 2017, 0, None), ("151", 2018, -17500, -17500), ("151", 2019, -17500, 0), ("151", 2020, -17500, 0)]
    assert moves[1]["amount_nok"] == -17_500_000
    assert _run(conn, "unbalanced_budget_tables") == []
    lines = _run(conn, "budget_lines_by_service_area", service_area="Helsehuset", year="2017")
    assert [(r["line_no"], r["kind"], r["amount"]) for r in lines] == [
        (None, "opening", 11006), ("174", "change", 600), (None, "total", 11606)]
    totals = _run(conn, "budget_totals_by_service_area")
    assert {(r["service_area"], r["year"]): r["total_nok"] for r in totals}[("Alders- og sykehjem", 2017)] == 824_869_000
    # a wrong digit makes the table show up, with its difference per year
    conn.execute("update budget_lines set amount = 610 where line_no = '174' and year = 2019")
    conn.execute("update budget_tables set balances = 0 where caption = 'Tabell 5.12'")
    bad = _run(conn, "unbalanced_budget_tables")
    assert {r["year"]: r["difference"] for r in bad} == {2017: 0, 2018: 0, 2019: 10, 2020: 0}


def test_many_ambiguous_glued_rows_still_resolve_to_the_one_balancing_reading():
    # "1 500 500 1 500 500" has six readings per row; 30 such rows, one combination balances
    k = 30
    rows = [f"{100 + i}Tiltak nr{i}x 1 500 500 1 500 500" for i in range(k)]
    total = f"{822969 + 1500 * k:,}".replace(",", " "), f"{822969 + 500 * k:,}".replace(",", " ")
    doc = _lines_doc(["Linjenr 2017201820192020",
                      "Opprinnelig vedtatt netto budsjettramme 2016 822 969 822 969 822 969 822 969",
                      "Endringer:", *rows,
                      f"Korrigert netto budsjettramme 2017-2020 {total[0]} {total[1]} {total[0]} {total[1]}"])
    [t] = extract_budget_tables(doc)
    assert t.balances and len(t.lines) == k + 2
    assert all(line.amounts == {2017: 1500, 2018: 500, 2019: 1500, 2020: 500} for line in t.lines[1:-1])
