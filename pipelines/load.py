"""Write one processed document into SQLite, in one transaction."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Optional

import sqlite_utils
from rapidfuzz import fuzz, process

from extract.budget_transfers import check_transfers

from . import PIPELINE_VERSION
from .process import DocumentResult
from .schema import CHILD_TABLES, create_schema, search_text

SAME_PROJECT_SCORE = 92  # rapidfuzz ratio above which two names are the same project


def open_db(path: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    create_schema(db)
    return db


def known(db: sqlite_utils.Database, doc_id: str) -> Optional[dict]:
    rows = list(db.query("select doc_id, path, status, pipeline_version from documents where doc_id = ?", [doc_id]))
    return rows[0] if rows else None


def delete_document(db: sqlite_utils.Database, doc_id: str) -> None:
    """Remove a document and every row that came from it."""
    conn = db.conn
    conn.execute("delete from table_cells where table_id in (select table_id from extracted_tables where doc_id = ?)", [doc_id])
    conn.execute("delete from project_items where project_id in (select project_id from projects where doc_id = ?)", [doc_id])
    conn.execute("delete from budget_transfers where table_id in (select table_id from budget_tables where doc_id = ?)", [doc_id])
    conn.execute("delete from budget_lines where table_id in (select table_id from budget_tables where doc_id = ?)", [doc_id])
    for table in CHILD_TABLES:
        if table != "table_cells":  # the only child without its own doc_id
            conn.execute(f"delete from [{table}] where doc_id = ?", [doc_id])
    conn.execute("delete from documents where doc_id = ?", [doc_id])


def mark_started(db: sqlite_utils.Database, doc_id: str, path: str, fmt: Optional[str]) -> None:
    """Record the document as failed before work starts; loading replaces the row."""
    with db.conn:
        delete_document(db, doc_id)
        db["documents"].insert(
            dict(doc_id=doc_id, path=path, format=fmt, doc_type="annet", status="failed",
                 error="processing did not finish (interrupted or crashed)", pipeline_version=PIPELINE_VERSION,
                 ingested_at=_now()),
        )


def load_result(db: sqlite_utils.Database, result: DocumentResult) -> None:
    """Replace everything from this document (and older versions of the same path)."""
    with db.conn:  # one transaction: all of the document or nothing
        delete_document(db, result.doc_id)
        for old in db.query("select doc_id from documents where path = ? and doc_id != ?", [result.path, result.doc_id]):
            delete_document(db, old["doc_id"])
        _insert(db, result)


def _insert(db: sqlite_utils.Database, r: DocumentResult) -> None:
    doc = r.read
    info = r.info
    db["documents"].insert(dict(
        doc_id=r.doc_id, path=r.path, format=r.format, doc_type=info.doc_type if doc else "annet",
        municipality=info.municipality, title=info.title, doc_date=info.doc_date,
        pages=len(doc.pages) if doc else None, ocr=int(bool(doc and doc.ocr)), status=r.status, error=r.error,
        pipeline_version=PIPELINE_VERSION, ingested_at=_now(), size_bytes=r.size_bytes, n_tables=len(doc.tables) if doc else 0,
        warnings="\n".join(r.warnings) or None,
    ))
    if doc is None:
        return
    db["pages"].insert_all(
        (dict(doc_id=r.doc_id, page=p.number, text=p.text, search_text=search_text(p.text)) for p in doc.pages),
        batch_size=200,
    )
    table_ids: dict[int, int] = {}
    for ord_, table in enumerate(doc.tables):
        cur = db["extracted_tables"].insert(dict(
            doc_id=r.doc_id, page=table.page, last_page=table.last_page, table_ord=ord_, n_rows=table.n_rows,
            n_cols=table.n_cols, caption=table.caption, title=table.title,
            bbox=json.dumps([round(x, 1) for x in table.bbox]) if table.bbox else None, method=table.method,
        ))
        table_ids[ord_] = cur.last_pk
        db["table_cells"].insert_all(
            (dict(table_id=cur.last_pk, row=c.row, col=c.col, text=c.text, row_span=c.row_span, col_span=c.col_span)
             for c in table.cells), batch_size=500,
        )
    rec = r.records
    taken: set[str] = set()
    for p in rec.projects:
        key = _match_project_key(db, p.project_key, p.name, r.doc_id, taken)
        taken.add(key)
        cur = db["projects"].insert(dict(
            doc_id=r.doc_id, page=p.page, program=p.program, section=p.section, area=p.area, nr=p.nr, name=p.name,
            start_raw=p.start_raw, start_from=p.start_from, start_to=p.start_to, end_raw=p.end_raw,
            end_from=p.end_from, end_to=p.end_to, status=p.status, project_key=key,
        ))
        db["project_items"].insert_all(
            dict(project_id=cur.last_pk, doc_id=r.doc_id, kind=i.kind, ord=i.ord, text=i.text) for i in p.items
        )
    db["program_items"].insert_all(
        dict(doc_id=r.doc_id, page=i.page, program=i.program, kind=i.kind, ord=i.ord, text=i.text)
        for i in rec.program_items
    )
    budget_ids: list[int] = []
    for b in rec.budget_tables:
        cur = db["budget_tables"].insert(dict(
            doc_id=r.doc_id, page=b.page, caption=b.caption, title=b.title, service_area=b.service_area, unit=b.unit,
            unit_factor=b.unit_factor, years=json.dumps(b.years), balances=int(bool(b.balances)), note=b.note,
        ))
        db["budget_lines"].insert_all(
            dict(table_id=cur.last_pk, doc_id=r.doc_id, row_ord=line.row_ord, line_no=line.line_no,
                 description=line.description, kind=line.kind, grp=line.group, year=year, amount=amount,
                 amount_nok=None if amount is None else amount * b.unit_factor)
            for line in b.lines for year, amount in sorted(line.amounts.items())
        )
        budget_ids.append(cur.last_pk)
    _insert_transfers(db, r.doc_id, rec.budget_tables, budget_ids)
    db["milestones"].insert_all(
        dict(doc_id=r.doc_id, page=m.page, nr=m.nr, due_raw=m.due_raw, due_date=m.due_date, status=m.status,
             description=m.description, responsible=m.responsible)
        for m in rec.milestones
    )
    db["facts"].insert_all(
        dict(doc_id=r.doc_id, page=f.page, kind=f.kind, text=f.text, value=f.value, unit=f.unit) for f in rec.facts
    )
    db["entities"].insert_all(
        (dict(doc_id=r.doc_id, page=e.page, label=e.label, text=e.text, norm=e.norm, start=e.start, end=e.end,
              source=e.source) for e in rec.entities), batch_size=1000,
    )


def _insert_transfers(db: sqlite_utils.Database, doc_id: str, tables: list, ids: list[int]) -> None:
    """Every transfer line with its mirror line (or why it has none), within this document."""
    if not tables:
        return
    check = check_transfers(tables)
    db["budget_transfers"].insert_all(
        dict(table_id=ids[t.table], doc_id=doc_id, row_ord=t.row_ord, caption=t.caption, service_area=t.service_area,
             line_no=t.line_no, description=t.description, direction=t.direction, counterpart=t.counterpart,
             counterpart_table_id=ids[t.counterpart_tables[0]] if len(t.counterpart_tables) == 1 else None,
             amounts_nok=json.dumps({str(y): a for y, a in t.amounts_nok.items()}), paired=int(t.paired),
             partner_table_id=ids[t.partner[0]] if t.partner else None,
             partner_row_ord=t.partner[1] if t.partner else None,
             partner_service_area=tables[t.partner[0]].service_area if t.partner else None,
             matched_by=t.matched_by, note=t.note)
        for t in check.transfers
    )


def _match_project_key(db: sqlite_utils.Database, key: Optional[str], name: str, doc_id: str,
                       taken: set[str]) -> Optional[str]:
    """Reuse the key of a project with (nearly) the same name in the same municipality.

    Never across different numbers ("fase 1" vs "fase 2") and never onto a key another
    project of the same document already has.
    """
    if key is None:
        return None
    prefix = key.split("/", 1)[0] + "/"
    rows = list(db.query(
        "select distinct project_key, name from projects where project_key like ? and doc_id != ?", [prefix + "%", doc_id]
    ))
    if not rows or any(row["project_key"] == key for row in rows):
        return key
    digits = re.findall(r"\d+", name)
    candidates = {
        row["project_key"]: row["name"] for row in rows
        if row["project_key"] not in taken and re.findall(r"\d+", row["name"]) == digits
    }
    best = process.extractOne(name, candidates, scorer=fuzz.token_sort_ratio) if candidates else None
    if best and best[1] >= SAME_PROJECT_SCORE:
        return best[2]
    return key


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
