"""Every table of the contract, created up front (even while empty) with foreign keys,
indexes on `doc_id` and full-text search."""
from __future__ import annotations

import sqlite_utils

from models.norm import join_broken_words

DOC_FK = [("doc_id", "documents", "doc_id")]

TABLES: dict[str, dict] = {
    "documents": dict(
        columns={
            "doc_id": str, "path": str, "format": str, "doc_type": str, "municipality": str, "title": str,
            "doc_date": str, "pages": int, "ocr": int, "status": str, "error": str, "pipeline_version": str,
            "ingested_at": str, "size_bytes": int, "n_tables": int, "warnings": str,
        },
        pk="doc_id",
    ),
    # search_text: the page text with words hyphenated at a line end joined, only where it differs (else NULL);
    # `text` keeps the page's characters, since entity offsets point into it
    "pages": dict(columns={"doc_id": str, "page": int, "text": str, "search_text": str}, foreign_keys=DOC_FK),
    "extracted_tables": dict(
        columns={
            "table_id": int, "doc_id": str, "page": int, "last_page": int, "table_ord": int, "n_rows": int,
            "n_cols": int, "caption": str, "title": str, "bbox": str, "method": str,
        },
        pk="table_id", foreign_keys=DOC_FK,
    ),
    "table_cells": dict(
        columns={"table_id": int, "row": int, "col": int, "text": str, "row_span": int, "col_span": int},
        foreign_keys=[("table_id", "extracted_tables", "table_id")],
    ),
    "projects": dict(
        columns={
            "project_id": int, "doc_id": str, "page": int, "program": str, "section": str, "area": str, "nr": int,
            "name": str, "start_raw": str, "start_from": str, "start_to": str, "end_raw": str, "end_from": str,
            "end_to": str, "status": str, "project_key": str,
        },
        pk="project_id", foreign_keys=DOC_FK,
    ),
    "project_items": dict(
        columns={"project_id": int, "doc_id": str, "kind": str, "ord": int, "text": str},
        foreign_keys=[("project_id", "projects", "project_id"), ("doc_id", "documents", "doc_id")],
    ),
    "program_items": dict(
        columns={"doc_id": str, "page": int, "program": str, "kind": str, "ord": int, "text": str},
        foreign_keys=DOC_FK,
    ),
    "budget_tables": dict(
        columns={
            "table_id": int, "doc_id": str, "page": int, "caption": str, "title": str, "service_area": str,
            "unit": str, "unit_factor": int, "years": str, "balances": int, "note": str,
        },
        pk="table_id", foreign_keys=DOC_FK,
    ),
    "budget_lines": dict(
        columns={
            "table_id": int, "doc_id": str, "row_ord": int, "line_no": str, "description": str, "kind": str,
            "grp": str, "year": int, "amount": int, "amount_nok": int,
        },
        foreign_keys=[("table_id", "budget_tables", "table_id"), ("doc_id", "documents", "doc_id")],
    ),
    # One row per budget line of kind `transfer`, with the mirror line found for it in
    # another table of the same document (extract/budget_transfers.py).
    "budget_transfers": dict(
        columns={
            "table_id": int, "doc_id": str, "row_ord": int, "caption": str, "service_area": str, "line_no": str,
            "description": str, "direction": str, "counterpart": str, "counterpart_table_id": int,
            "amounts_nok": str, "paired": int, "partner_table_id": int, "partner_row_ord": int,
            "partner_service_area": str, "matched_by": str, "note": str,
        },
        foreign_keys=[("table_id", "budget_tables", "table_id"), ("doc_id", "documents", "doc_id"),
                      ("partner_table_id", "budget_tables", "table_id")],
    ),
    "milestones": dict(
        columns={
            "doc_id": str, "page": int, "nr": int, "due_raw": str, "due_date": str, "status": str,
            "description": str, "responsible": str,
        },
        foreign_keys=DOC_FK,
    ),
    "facts": dict(
        columns={"doc_id": str, "page": int, "kind": str, "text": str, "value": float, "unit": str},
        foreign_keys=DOC_FK,
    ),
    "entities": dict(
        columns={
            "doc_id": str, "page": int, "label": str, "text": str, "norm": str, "start": int, "end": int,
            "source": str,
        },
        foreign_keys=DOC_FK,
    ),
}

# Child tables in the order rows must be deleted when a document is replaced.
CHILD_TABLES = [
    "table_cells", "project_items", "budget_transfers", "budget_lines", "entities", "facts", "milestones", "program_items",
    "budget_tables", "projects", "extracted_tables", "pages",
]

# FTS5's unicode61 folds "å" to "a" but leaves "ø" and "æ": diacritics are kept
# (remove_diacritics 0) so that all three Norwegian letters behave alike.
FTS = {
    "pages": ["text", "search_text"],
    "project_items": ["text"],
    "projects": ["name", "program"],
    "program_items": ["text"],
    "budget_lines": ["description"],
}
FTS_TOKENIZE = "unicode61 remove_diacritics 0"

VIEWS = {
    "project_timeline": """
        select p.project_key, p.name, p.program, d.municipality, d.doc_date as report_date, p.status,
               p.start_raw, p.start_from, p.end_raw, p.end_to, p.doc_id, p.page
        from projects p join documents d using (doc_id)
        order by p.project_key, d.doc_date
    """,
    # One row per project and pair of report dates: the same report loaded as DOCX and
    # PDF counts once.
    "slipped_projects": """
        select distinct a.project_key, a.name, d1.municipality, d1.doc_date as earlier_report,
               a.end_raw as earlier_end, a.end_to as earlier_end_to, d2.doc_date as later_report,
               b.end_raw as later_end, b.end_to as later_end_to
        from projects a
        join projects b on a.project_key = b.project_key and a.doc_id != b.doc_id
        join documents d1 on d1.doc_id = a.doc_id
        join documents d2 on d2.doc_id = b.doc_id
        where d1.doc_date < d2.doc_date and a.end_to is not null and b.end_to is not null
          and b.end_to > a.end_to
    """,
    "budget_line_years": """
        select d.municipality, t.service_area, t.caption, l.line_no, l.description, l.kind, l.year, l.amount,
               l.amount_nok, t.unit, t.balances, l.doc_id, t.page
        from budget_lines l join budget_tables t using (table_id) join documents d on d.doc_id = l.doc_id
    """,
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index, full-text index and view that is not there yet."""
    db.conn.execute("PRAGMA foreign_keys = ON")
    for name, spec in TABLES.items():
        if not db[name].exists():
            db.create_table(name, spec["columns"], pk=spec.get("pk"), foreign_keys=spec.get("foreign_keys"))
        table = db[name]
        if "doc_id" in spec["columns"] and name != "documents":
            table.create_index(["doc_id"], if_not_exists=True)
    db["table_cells"].create_index(["table_id"], if_not_exists=True)
    db["project_items"].create_index(["project_id"], if_not_exists=True)
    db["budget_lines"].create_index(["table_id"], if_not_exists=True)
    db["budget_transfers"].create_index(["table_id", "row_ord"], if_not_exists=True)
    db["projects"].create_index(["project_key"], if_not_exists=True)
    db["documents"].create_index(["path"], if_not_exists=True)
    _add_search_text(db)
    for name, columns in FTS.items():
        fts = db[f"{name}_fts"]
        if not fts.exists():
            db[name].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE)
        elif fts.columns_dict.keys() != set(columns):  # a database of an earlier version: index the new columns
            db[name].disable_fts()
            db[name].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


def search_text(text: str) -> str | None:
    """`pages.search_text` for a page's text: its hyphenated words joined, or None when there are none."""
    joined = join_broken_words(text)
    return joined if joined != text else None


def _add_search_text(db: sqlite_utils.Database) -> None:
    """A database of an earlier version gets `pages.search_text`, filled for the pages already loaded."""
    if "search_text" in db["pages"].columns_dict:
        return
    db["pages"].add_column("search_text", str)
    with db.conn:
        for row in db.query("select rowid, text from pages where text like '%-' || char(10) || '%'"):
            db.execute("update pages set search_text = ? where rowid = ?", [search_text(row["text"]), row["rowid"]])
