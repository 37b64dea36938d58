"""Score the pipeline against the corpus's expected records.

    python -m pipelines.evaluate [CORPUS_DIR] [--json] [--only SUBSTRING ...] [--no-tag]

Runs `pipelines.process.process_file` on every file in `CORPUS_DIR/expected/manifest.json`
and prints, per document and record type, precision / recall / F1 over records (a record
counts when its key matches) and over fields (every compared field of every expected
record, after whitespace normalisation), plus the misses.

Keys: project (program, name); project item (program, name, kind, text); program item
(program, kind, text); milestone nr; budget table caption; budget line (caption,
description, year), falling back to (caption, row_ord, year); fact (kind, value).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ITEM_KINDS = {"description_items": "beskrivelse", "effect_items": "effekt", "status_items": "status"}
RECORD_TYPES = ("projects", "project_items", "program_items", "milestones", "budget_tables", "budget_lines",
                "facts", "document")
FIELDS = {
    "projects": ("program", "section", "area", "nr", "name", "start_raw", "end_raw", "start_from", "start_to",
                 "end_from", "end_to", "status"),
    "project_items": ("kind", "ord", "text"),
    "program_items": ("program", "kind", "ord", "text"),
    "milestones": ("nr", "due_raw", "due_date", "status", "description", "responsible"),
    "budget_tables": ("caption", "title", "service_area", "unit", "balances"),
    "budget_lines": ("caption", "year", "amount", "line_no", "description", "kind"),
    "facts": ("kind", "value", "unit", "text"),
    "document": ("doc_type", "municipality", "doc_date"),
}
MAX_MISSES = 40


# --------------------------------------------------------------------------- scores

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class TypeReport:
    record_type: str
    records: Score = field(default_factory=Score)
    fields: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)


@dataclass
class DocReport:
    path: str
    expected: str
    status: str
    error: Optional[str]
    types: dict[str, TypeReport] = field(default_factory=dict)


@dataclass
class Report:
    corpus_dir: str
    documents: list[DocReport] = field(default_factory=list)

    def totals(self) -> dict[str, TypeReport]:
        """Micro-averaged scores per record type over all documents."""
        out: dict[str, TypeReport] = {}
        for doc in self.documents:
            for name, tr in doc.types.items():
                total = out.setdefault(name, TypeReport(name))
                total.records.add(tr.records)
                total.fields.add(tr.fields)
        return out

    def to_dict(self) -> dict:
        def type_dict(tr: TypeReport) -> dict:
            return {"records": tr.records.to_dict(), "fields": tr.fields.to_dict(), "misses": tr.misses}

        return {
            "corpus_dir": self.corpus_dir,
            "documents": [{"path": d.path, "expected": d.expected, "status": d.status, "error": d.error,
                           "types": {k: type_dict(v) for k, v in d.types.items()}} for d in self.documents],
            "totals": {k: {"records": v.records.to_dict(), "fields": v.fields.to_dict()}
                       for k, v in self.totals().items()},
        }


# --------------------------------------------------------------------------- normalising

def norm(value: Any) -> Any:
    """Compare-ready value: NFC text with collapsed whitespace, '' → None, floats that are ints → int."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value).replace("\u00ad", "")).strip()
        return text or None
    return value


def key_text(value: Any) -> Any:
    value = norm(value)
    return value.casefold() if isinstance(value, str) else value


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


# --------------------------------------------------------------------------- expected records

def expected_records(gold: dict, record_type: str, document: dict) -> list[dict]:
    """Flat dicts (fields of FIELDS[record_type]) from one expected JSON file."""
    if record_type == "document":
        return [dict(document)]
    if record_type in ("projects", "project_items"):
        out = []
        for p in gold.get("projects", []):
            if record_type == "projects":
                out.append({"program": p["program"], "section": p["section"], "area": p["area"], "nr": p["nr"],
                            "name": p["name"], "start_raw": p["start_raw"], "end_raw": p["end_raw"],
                            "start_from": (p.get("start") or {}).get("from"), "start_to": (p.get("start") or {}).get("to"),
                            "end_from": (p.get("end") or {}).get("from"), "end_to": (p.get("end") or {}).get("to"),
                            "status": p["status"]})
                continue
            for key, kind in ITEM_KINDS.items():
                for ord_, text in enumerate(p.get(key) or [], 1):
                    out.append({"program": p["program"], "name": p["name"], "kind": kind, "ord": ord_, "text": text})
        return out
    if record_type == "program_items":
        return [{"program": prog["name"], "kind": kind, "ord": ord_, "text": text}
                for prog in gold.get("programs", [])
                for key, kind in (("goals", "mål"), ("gains", "gevinst"))
                for ord_, text in enumerate(prog.get(key) or [], 1)]
    if record_type == "milestones":
        return [{k: m.get(k) for k in FIELDS["milestones"]} for m in gold.get("milestones", [])]
    if record_type == "budget_tables":
        return [{"caption": t["caption"], "title": t["title"], "service_area": t["service_area"], "unit": t["unit"],
                 "balances": t["balances"]} for t in gold.get("tables", [])]
    if record_type == "budget_lines":
        return [{"caption": t["caption"], "row_ord": ord_, "year": int(year), "amount": amount,
                 "line_no": r["line_no"], "description": r["description"], "kind": r["kind"]}
                for t in gold.get("tables", []) for ord_, r in enumerate(t["rows"], 1)
                for year, amount in r["amounts"].items()]
    if record_type == "facts":
        return [{"kind": f["kind"], "value": f["value"], "unit": f["unit"], "text": f["text"]}
                for f in gold.get("key_facts", [])]
    raise ValueError(f"unknown record type {record_type!r}; known: {', '.join(RECORD_TYPES)}")


# --------------------------------------------------------------------------- extracted records

def extracted_records(result: Any, record_type: str) -> list[dict]:
    """The same flat dicts from a `DocumentResult` (or anything shaped like one)."""
    records = _get(result, "records")
    if record_type == "document":
        info = _get(result, "info")
        return [{k: _get(info, k) for k in FIELDS["document"]}] if info is not None else []
    if records is None:
        return []
    if record_type == "projects":
        return [{k: _get(p, k) for k in FIELDS["projects"]} for p in _get(records, "projects", [])]
    if record_type == "project_items":
        return [{"program": _get(p, "program"), "name": _get(p, "name"), "kind": _get(i, "kind"),
                 "ord": _get(i, "ord"), "text": _get(i, "text")}
                for p in _get(records, "projects", []) for i in _get(p, "items", [])]
    if record_type == "program_items":
        return [{k: _get(i, k) for k in FIELDS["program_items"]} for i in _get(records, "program_items", [])]
    if record_type == "milestones":
        return [{k: _get(m, k) for k in FIELDS["milestones"]} for m in _get(records, "milestones", [])]
    if record_type == "budget_tables":
        return [{"caption": _get(t, "caption"), "title": _get(t, "title"), "service_area": _get(t, "service_area"),
                 "unit": _get(t, "unit"), "balances": _get(t, "balances")} for t in _get(records, "budget_tables", [])]
    if record_type == "budget_lines":
        return [{"caption": _get(t, "caption"), "row_ord": _get(line, "row_ord"), "year": int(year), "amount": amount,
                 "line_no": _get(line, "line_no"), "description": _get(line, "description"), "kind": _get(line, "kind")}
                for t in _get(records, "budget_tables", []) for line in _get(t, "lines", [])
                for year, amount in (_get(line, "amounts") or {}).items()]
    if record_type == "facts":
        return [{k: _get(f, k) for k in FIELDS["facts"]} for f in _get(records, "facts", [])]
    raise ValueError(f"unknown record type {record_type!r}; known: {', '.join(RECORD_TYPES)}")


# --------------------------------------------------------------------------- matching

KEYS: dict[str, list[Callable[[dict], tuple]]] = {
    "projects": [lambda r: (key_text(r["program"]), key_text(r["name"]))],
    "project_items": [lambda r: (key_text(r["program"]), key_text(r["name"]), r["kind"], key_text(r["text"]))],
    "program_items": [lambda r: (key_text(r["program"]), r["kind"], key_text(r["text"]))],
    "milestones": [lambda r: (norm(r["nr"]),)],
    "budget_tables": [lambda r: (key_text(r["caption"]),)],
    "budget_lines": [lambda r: (key_text(r["caption"]), key_text(r["description"]), r["year"]),
                     lambda r: (key_text(r["caption"]), r["row_ord"], r["year"])],
    "facts": [lambda r: (r["kind"], norm(r["value"]))],
    "document": [lambda r: ()],
}


def match(expected: list[dict], found: list[dict], keys: list[Callable[[dict], tuple]]) -> list[tuple[dict, Optional[dict]]]:
    """Pair every expected record with at most one found record, trying each key function in turn."""
    pairs: dict[int, dict] = {}
    free = list(range(len(found)))
    for key in keys:
        index: dict[tuple, list[int]] = defaultdict(list)
        for j in free:
            index[key(found[j])].append(j)
        for i, rec in enumerate(expected):
            if i in pairs:
                continue
            hits = index.get(key(rec))
            if hits:
                j = hits.pop(0)
                pairs[i] = found[j]
                free.remove(j)
    return [(rec, pairs.get(i)) for i, rec in enumerate(expected)] + [({}, found[j]) for j in free]


def label(record_type: str, rec: dict) -> str:
    parts = {
        "projects": ("program", "name"), "project_items": ("name", "kind", "text"),
        "program_items": ("program", "kind", "text"), "milestones": ("nr",), "budget_tables": ("caption",),
        "budget_lines": ("caption", "description", "year"), "facts": ("kind", "value", "text"), "document": (),
    }[record_type]
    text = " | ".join(str(rec.get(p)) for p in parts)
    return f"({text[:110]}{'…' if len(text) > 110 else ''})"


def score_type(record_type: str, expected: list[dict], found: list[dict], skip: Iterable[str] = ()) -> TypeReport:
    report = TypeReport(record_type)
    fields = [f for f in FIELDS[record_type] if f"{record_type}.{f}" not in set(skip)]
    for exp, got in match(expected, found, KEYS[record_type]):
        if exp and got is not None:
            report.records.tp += 1
        elif exp:
            report.records.fn += 1
            report.misses.append(f"{record_type}: missing {label(record_type, exp)}")
        else:
            report.records.fp += 1
            report.misses.append(f"{record_type}: spurious {label(record_type, got)}")
        for name in fields:
            e = norm(exp.get(name)) if exp else None
            x = norm(got.get(name)) if got is not None else None
            if exp and got is not None and e == x:
                report.fields.tp += 1
                continue
            if e is not None:
                report.fields.fn += 1
            if x is not None and x != e:
                report.fields.fp += 1
            if exp and got is not None:
                report.misses.append(f"{record_type}.{name} {label(record_type, exp)}: expected {e!r}, got {x!r}")
    return report


# --------------------------------------------------------------------------- running

def load_manifest(corpus_dir: Path) -> dict:
    path = corpus_dir / "expected" / "manifest.json"
    if not path.exists():
        raise FileNotFoundError(f"no manifest at {path}: run `make corpus` or `python -m corpus.generate.manifest`")
    return json.loads(path.read_text(encoding="utf-8"))["files"]


def evaluate(corpus_dir: Path = DEFAULT_CORPUS, only: Optional[list[str]] = None, tag: bool = True,
             process: Optional[Callable[[Path], Any]] = None) -> Report:
    """Process every manifest file (or those whose path contains one of `only`) and score it."""
    if process is None:
        from pipelines.process import process_file

        def process(path: Path) -> Any:
            return process_file(path, tag=tag)

    corpus_dir = Path(corpus_dir)
    report = Report(str(corpus_dir))
    golds: dict[str, dict] = {}
    for rel, entry in load_manifest(corpus_dir).items():
        if only and not any(o in rel for o in only):
            continue
        gold = golds.setdefault(entry["expected"], json.loads(
            (corpus_dir / "expected" / entry["expected"]).read_text(encoding="utf-8")))
        try:
            result = process(corpus_dir / rel)
            status, error = _get(result, "status", "ok"), _get(result, "error")
        except Exception as exc:  # the evaluation must survive a crashing pipeline
            result, status, error = None, "failed", f"{type(exc).__name__}: {exc}"[:200]
        doc = DocReport(rel, entry["expected"], status, error)
        for record_type in entry["score"]:
            exp = expected_records(gold, record_type, entry.get("document", {}))
            found = extracted_records(result, record_type) if result is not None else []
            doc.types[record_type] = score_type(record_type, exp, found, entry.get("skip_fields", ()))
        report.documents.append(doc)
    return report


def format_report(report: Report, max_misses: int = MAX_MISSES) -> str:
    lines = []
    head = f"{'record type':<15} {'rec P':>6} {'rec R':>6} {'rec F1':>6}   {'fld P':>6} {'fld R':>6} {'fld F1':>6}   {'exp':>5} {'got':>5}"

    def row(name: str, tr: TypeReport) -> str:
        r, f = tr.records, tr.fields
        return (f"{name:<15} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}   "
                f"{f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f}   {r.tp + r.fn:5d} {r.tp + r.fp:5d}")

    for doc in report.documents:
        lines.append(f"\n== {doc.path}  [{doc.status}{': ' + doc.error if doc.error else ''}]")
        lines.append(head)
        for name, tr in doc.types.items():
            lines.append(row(name, tr))
        misses = [m for tr in doc.types.values() for m in tr.misses]
        for miss in misses[:max_misses]:
            lines.append(f"  - {miss}")
        if len(misses) > max_misses:
            lines.append(f"  … {len(misses) - max_misses} more misses (use --json for all)")
    lines.append("\n== TOTAL (micro-average over documents)")
    lines.append(head)
    for name, tr in report.totals().items():
        lines.append(row(name, tr))
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Score the pipeline against corpus/expected.")
    parser.add_argument("corpus_dir", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--only", nargs="*", help="only files whose path contains one of these strings")
    parser.add_argument("--no-tag", action="store_true", help="skip the NLP step (facts will score 0)")
    parser.add_argument("--max-misses", type=int, default=MAX_MISSES)
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.corpus_dir, only=args.only, tag=not args.no_tag)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.max_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
