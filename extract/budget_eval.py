"""Compare extracted budget tables with hand-checked expected ones.

    python -m extract.budget_eval corpus/seeds/003_a976a9bffa492368.txt \
        corpus/documents/stavanger_budsjett_2017.* --expected corpus/expected/stavanger_budget_2017.json

Prints, per file: tables found, tables balanced, amounts equal to the expected value
(out of all expected amounts), rows and service areas equal to the expected ones, transfer
lines paired with their mirror line, and every difference.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from .types import BudgetTable


@dataclass
class Score:
    tables: int = 0
    expected_tables: int = 0
    balanced: int = 0
    amounts_ok: int = 0
    amounts: int = 0
    rows_ok: int = 0  # rows whose line_no, description and kind match too
    rows: int = 0
    areas_ok: int = 0  # tables whose service area equals the expected one
    transfers: int = 0  # transfer lines, and those with a mirror line in another table
    transfers_paired: int = 0
    diffs: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"tables {self.tables}/{self.expected_tables}, balanced {self.balanced}/{self.tables}, "
                f"amounts {self.amounts_ok}/{self.amounts}, rows exact {self.rows_ok}/{self.rows}, "
                f"service areas {self.areas_ok}/{self.expected_tables}, "
                f"transfers paired {self.transfers_paired}/{self.transfers}")


def score(tables: list[BudgetTable], expected: dict) -> Score:
    """Match tables by caption, rows by position; count equal amounts and service areas;
    pair the transfers (not in the expected file: counted, not scored)."""
    from .budget_transfers import check_transfers

    s = Score(tables=len(tables), expected_tables=len(expected["tables"]))
    check = check_transfers(tables)
    s.transfers, s.transfers_paired = len(check.transfers), len(check.paired)
    s.balanced = sum(t.balances for t in tables)
    by_caption = {t.caption: t for t in tables}
    for exp in expected["tables"]:
        got = by_caption.get(exp["caption"])
        n_amounts = sum(len(r["amounts"]) for r in exp["rows"])
        s.amounts += n_amounts
        s.rows += len(exp["rows"])
        if got is None:
            s.diffs.append(f"{exp['caption']}: not found")
            continue
        if got.service_area == exp["service_area"]:
            s.areas_ok += 1
        else:
            s.diffs.append(f"{exp['caption']} service area: {got.service_area!r}, expected {exp['service_area']!r}")
        if len(got.lines) != len(exp["rows"]):
            s.diffs.append(f"{exp['caption']}: {len(got.lines)} rows, expected {len(exp['rows'])}")
        for k, row in enumerate(exp["rows"]):
            line = got.lines[k] if k < len(got.lines) else None
            for year, amount in row["amounts"].items():
                value = line.amounts.get(int(year)) if line else None
                if value == amount:
                    s.amounts_ok += 1
                else:
                    s.diffs.append(f"{exp['caption']} row {k} {year}: {value}, expected {amount}")
            if line and (line.line_no, line.description, line.kind) == (row["line_no"], row["description"], row["kind"]):
                s.rows_ok += 1
            elif line:
                s.diffs.append(f"{exp['caption']} row {k}: {(line.line_no, line.description, line.kind)}, "
                               f"expected {(row['line_no'], row['description'], row['kind'])}")
    return s


def main(argv: list[str] | None = None) -> int:
    from .budget import extract_budget_tables
    from .readers import read_document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--expected", type=Path, required=True)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = ap.parse_args(argv)
    expected = json.loads(args.expected.read_text(encoding="utf-8"))
    perfect = True
    for path in args.files:
        s = score(extract_budget_tables(read_document(path)), expected)
        print(f"{path}: {s.line()}")
        for d in s.diffs if args.verbose else s.diffs[:5]:
            print(f"    {d}")
        perfect &= s.balanced == s.tables == s.expected_tables and s.amounts_ok == s.amounts
    return 0 if perfect else 1


if __name__ == "__main__":
    raise SystemExit(main())
