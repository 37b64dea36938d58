"""Transfers between service areas in the Stavanger budget 2017, each paired with its
mirror line in another table; the ones whose other side lies outside chapter 5.5 are
reported as unpaired; stored in `budget_transfers` and answered by the canned queries."""
from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from extract.budget import extract_budget_tables
from extract.budget_transfers import check_transfers
from extract.readers import read_document
from extract.types import BudgetTable

from .conftest import DOCUMENTS, SEEDS

SOURCES = {
    "txt": SEEDS / "003_a976a9bffa492368.txt",
    "html": DOCUMENTS / "stavanger_budsjett_2017.html",
    "xlsx": DOCUMENTS / "stavanger_budsjett_2017.xlsx",
    "pdf": DOCUMENTS / "stavanger_budsjett_2017.pdf",
}
QUERIES = Path(__file__).resolve().parent.parent / "output" / "budget_queries.yml"
YEARS = (2017, 2018, 2019, 2020)

# (table the money leaves, table it arrives in, kroner per year), as the document has them
PAIRS = {
    ("Tabell 5.11", "Tabell 5.22", 2_278_000),  # Helse- og sosialkontor → Boligkontoret
    ("Tabell 5.14", "Tabell 5.16", 270_900_000),  # Hjemmebaserte tjenester → bofellesskap PUH
    ("Tabell 5.14", "Tabell 5.15", 114_052_000),  # Hjemmebaserte tjenester → psykisk helse/ROP
}
# Boligkontoret also receives from two areas outside chapter 5.5: no mirror in the document
UNPAIRED = {
    ("Tabell 5.22", "Tilført fra Oppvekst og Levekårservice", "Oppvekst og Levekårservice", 3_811_000),
    ("Tabell 5.22", "Tilført fra Levekår stab.", "Levekår stab", 673_000),
}


@lru_cache(maxsize=None)
def tables(fmt: str) -> tuple[BudgetTable, ...]:
    return tuple(extract_budget_tables(read_document(SOURCES[fmt])))


def _pairs(ts, check) -> set:
    return {(ts[t.table].caption, ts[t.partner[0]].caption, -t.amounts_nok[2017])
            for t in check.paired if t.direction == "out"}


def _unpaired(ts, check) -> set:
    return {(ts[t.table].caption, t.description, t.counterpart, t.amounts_nok[2017]) for t in check.unpaired}


@pytest.mark.parametrize("fmt", list(SOURCES))
def test_every_transfer_in_chapter_5_5_is_paired_or_explained(fmt):
    ts = list(tables(fmt))
    check = check_transfers(ts)
    assert (len(check.transfers), len(check.paired), len(check.unpaired)) == (8, 6, 2)
    assert _pairs(ts, check) == PAIRS
    assert all(t.matched_by == "name" for t in check.paired)
    for t in check.paired:  # the mirror is symmetric and cancels out in every year
        other = next(o for o in check.transfers if (o.table, o.row_ord) == t.partner)
        assert other.partner == (t.table, t.row_ord)
        assert all(t.amounts_nok[y] + other.amounts_nok[y] == 0 for y in YEARS)
    assert _unpaired(ts, check) == UNPAIRED
    assert all("has no budget table in this document" in t.note for t in check.unpaired)
    # the source itself does not cancel out: 3 811 + 673 thousand come in from outside 5.5
    assert check.net_nok == {y: 4_484_000 for y in YEARS} and not check.balanced


def test_counterpart_named_in_the_description_points_to_its_table():
    ts = list(tables("html"))
    check = check_transfers(ts)
    named = {(t.description, ts[t.table].caption): [ts[k].caption for k in t.counterpart_tables]
             for t in check.transfers}
    assert named[("Overført til etablering av nytt Boligkontor", "Tabell 5.11")] == ["Tabell 5.22"]
    assert named[("Tilført fra Helse- og sosialkontor", "Tabell 5.22")] == ["Tabell 5.11"]
    puh = "Intern overføring mellom rammene - fra hjemmebaserte tjenester til bofellesskap PUH"
    assert named[(puh, "Tabell 5.14")] == ["Tabell 5.16"]  # "PUH" is in the title, not the heading
    assert named[(puh, "Tabell 5.16")] == ["Tabell 5.14"]
    assert named[("Tilført fra Levekår stab.", "Tabell 5.22")] == []


def test_amounts_are_compared_in_kroner_across_units():
    ts = copy.deepcopy(list(tables("xlsx")))
    bolig = next(t for t in ts if t.caption == "Tabell 5.22")
    bolig.unit, bolig.unit_factor = "kr", 1
    for line in bolig.lines:
        line.amounts = {y: a * 1000 for y, a in line.amounts.items()}
    check = check_transfers(ts)
    assert _pairs(ts, check) == PAIRS
    ts[0].unit_factor = 1  # now 2 278 kr against 2 278 000 kr: no longer a mirror
    check = check_transfers(ts)
    [lost] = [t for t in check.unpaired if ts[t.table].caption == "Tabell 5.11"]
    assert "no line with the opposite amount" in lost.note
    assert ("Tabell 5.22", "Tilført fra Helse- og sosialkontor", "Helse- og sosialkontor", 2_278_000) in _unpaired(ts, check)


def test_a_named_counterpart_is_not_paired_with_an_equal_amount_elsewhere():
    # 5.14 → 5.15 is 114 052; write the same amount as an unnamed transfer into 5.13: the
    # named mirror is still the one taken, the stray line stays unpaired.
    ts = copy.deepcopy(list(tables("html")))
    sykehjem = next(t for t in ts if t.caption == "Tabell 5.13")
    stray = copy.deepcopy(sykehjem.lines[1])
    stray.description, stray.line_no, stray.kind = "Intern overføring mellom rammene", None, "transfer"
    stray.amounts = {y: 114_052 for y in YEARS}
    stray.row_ord = 99
    sykehjem.lines.insert(-1, stray)
    check = check_transfers(ts)
    assert _pairs(ts, check) == PAIRS
    [alone] = [t for t in check.unpaired if ts[t.table].caption == "Tabell 5.13"]
    assert alone.counterpart is None and "paired with other transfers" in alone.note


def test_unnamed_transfers_pair_by_amount_only_when_one_mirror_fits():
    ts = copy.deepcopy(list(tables("html")))
    for t in ts:
        for line in t.lines:
            if line.kind == "transfer":
                line.description = "Intern overføring mellom rammene"
    check = check_transfers(ts)
    assert _pairs(ts, check) == PAIRS  # every amount is unique here
    assert {t.matched_by for t in check.paired} == {"amount"}
    assert {t.note for t in check.unpaired} == {"no line with the opposite amount in another table of this document"}
    # a second equal receiver makes the 2 278 transfer ambiguous: nothing is guessed
    extra = next(t for t in ts if t.caption == "Tabell 5.19")
    bolig = next(t for t in ts if t.caption == "Tabell 5.22")
    dup = copy.deepcopy(next(line for line in bolig.lines if line.kind == "transfer"))
    dup.row_ord = 99
    extra.lines.insert(-1, dup)
    check = check_transfers(ts)
    assert ("Tabell 5.11", "Tabell 5.22", 2_278_000) not in _pairs(ts, check)
    [hsk] = [t for t in check.unpaired if ts[t.table].caption == "Tabell 5.11"]
    assert hsk.note == "2 lines with the opposite amount; none is named, so none is taken"


# --------------------------------------------------------------------------- database


def _run(conn, name: str, **params):
    sql = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["databases"]["arkivar"]["queries"][name]["sql"]
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(sql, params)]


def test_transfers_are_stored_and_answered_by_canned_queries(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    conn = sqlite3.connect(db)
    rows = _run(conn, "unpaired_transfers")
    assert {(r["caption"], r["description"], r["counterpart"]) for r in rows} == {
        (c, d, n) for c, d, n, _ in UNPAIRED}
    assert len(rows) == 8  # two lines, four years
    assert {(r["description"], r["year"]): r["amount_nok"] for r in rows}[("Tilført fra Levekår stab.", 2019)] == 673_000
    assert all(r["direction"] == "in" and "no budget table" in r["note"] for r in rows)
    pairs = _run(conn, "budget_transfer_pairs")
    assert {(r["from_table"], r["to_table"], r["arrives_nok"]) for r in pairs} == PAIRS
    assert len(pairs) == 12 and all(r["leaves_nok"] + r["arrives_nok"] == 0 for r in pairs)
    assert {r["to_area"] for r in pairs} == {"Boligkontoret", "Bofellesskap psykisk helse", "Bofellesskap utviklingshemmede"}
    net = _run(conn, "transfer_net_by_document")
    assert [(r["year"], r["net_nok"], r["transfer_lines"], r["unpaired_lines"]) for r in net] == [
        (y, 4_484_000, 8, 2) for y in YEARS]
    stored = conn.execute("select count(*), sum(paired) from budget_transfers").fetchone()
    assert tuple(stored) == (8, 6)
    one = json.loads(conn.execute(
        "select amounts_nok from budget_transfers where description like 'Overført til%'").fetchone()[0])
    assert one == {str(y): -2_278_000 for y in YEARS}


def test_deleting_a_document_removes_its_transfers(seed_db, tmp_path):
    from pipelines.load import delete_document, open_db

    path = tmp_path / "copy.db"
    shutil.copy(seed_db, path)
    db = open_db(str(path))
    [doc_id] = [r["doc_id"] for r in db.query("select distinct doc_id from budget_transfers")]
    with db.conn:
        delete_document(db, doc_id)
    assert db["budget_transfers"].count == 0 and db["budget_lines"].count == 0
