"""`arkivar status`: what is in the database and what failed."""
from __future__ import annotations

import sqlite_utils


def status_report(db_path: str) -> str:
    db = sqlite_utils.Database(db_path)
    lines = ["documents by status:"]
    for row in db.query("select status, count(*) n from documents group by status order by status"):
        lines.append(f"  {row['status']:<8} {row['n']}")
    lines.append("documents by type:")
    for row in db.query("select doc_type, format, count(*) n from documents group by doc_type, format order by doc_type, format"):
        lines.append(f"  {row['doc_type'] or '-':<14} {row['format'] or '-':<5} {row['n']}")
    counts = {t: db[t].count for t in ("pages", "extracted_tables", "projects", "budget_lines", "milestones", "entities")}
    lines.append("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    failed = list(db.query("select path, error from documents where status != 'ok' order by path"))
    if failed:
        lines.append("not ok:")
        lines.extend(f"  {row['path']}: {row['error']}" for row in failed)
    return "\n".join(lines)
