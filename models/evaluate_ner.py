"""Precision / recall / F1 per label against the hand-annotated sample.

    python -m models.evaluate_ner [--errors]

The sample (corpus/annotations/) marks every entity inside a few passages of the five
seed transcripts. The pipeline runs on the whole seed text as one page; predictions are
compared inside those passages by exact (label, start, end). The document's own project
names and effect items come from the expected records, as the table extractors give them.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from extract.types import Project, ProjectItem, ProgramItem, Records
from models.pipeline import tag_text
from models.training_data import expected_dir

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "corpus" / "annotations"
SEED_DIRS = [ROOT / "corpus" / "seeds", Path("/work/shared/seeds")]
LABELS = ["DATE", "STATUS", "MONEY", "PERCENT", "ORG", "GPE", "PROJECT", "EFFECT"]


def seed_text(name: str, report_only: bool = False) -> str:
    folder = next(d for d in SEED_DIRS if (d / name).exists())
    text = (folder / name).read_text(encoding="utf-8")
    if report_only:  # P1824: transcript lines 10-44 are the report (expected/README.md)
        text = "\n".join(text.split("\n")[9:44])
    return text


def records_for(name: str) -> Records:
    """Project names and effect items the structured tables of this document give."""
    folder = expected_dir()
    records = Records()
    if name.startswith("000"):
        data = json.loads((folder / "askoy_statusrapport_2017.json").read_text(encoding="utf-8"))
        for p in data["projects"]:
            items = [ProjectItem("effekt", i, t) for i, t in enumerate(p.get("effect_items") or [])]
            records.projects.append(Project(p["program"], p["section"], p.get("area"), p.get("nr"), p["name"],
                                            p.get("start_raw"), p.get("end_raw"), p.get("status"), items=items))
    if name.startswith("001"):
        data = json.loads((folder / "askoy_budget_2018_programs.json").read_text(encoding="utf-8"))
        for p in data["programs"]:
            records.program_items += [ProgramItem(p["name"], "gevinst", i, g if isinstance(g, str) else g["text"])
                                      for i, g in enumerate(p.get("gains") or [])]
    return records


def load_sample() -> tuple[list[dict], list[dict]]:
    passages = json.loads((ANNOTATIONS / "passages.json").read_text(encoding="utf-8"))
    lines = (ANNOTATIONS / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    return passages, [json.loads(line) for line in lines if line.strip()]


def predictions(passages: list[dict]) -> set[tuple]:
    out = set()
    for name in sorted({p["doc"] for p in passages}):
        text = seed_text(name)
        windows = [(p["start"], p["end"]) for p in passages if p["doc"] == name]
        for e in tag_text(text, records=records_for(name)):
            if any(a <= e.start and e.end <= b for a, b in windows):
                out.add((name, e.label, e.start, e.end, e.text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="NER scores on the annotated sample")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    passages, gold_rows = load_sample()
    gold = {(g["doc"], g["label"], g["start"], g["end"], g["text"]) for g in gold_rows}
    pred = predictions(passages)
    tp, fp, fn = Counter(), Counter(), Counter()
    for item in pred:
        (tp if item in gold else fp)[item[1]] += 1
    for item in gold - pred:
        fn[item[1]] += 1
    print(f"{'label':8s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for label in LABELS + ["ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_ = t + (sum(fp.values()) if label == "ALL" else fp[label])
        g_ = t + (sum(fn.values()) if label == "ALL" else fn[label])
        p = t / p_ if p_ else 0.0
        r = t / g_ if g_ else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:8s} {g_:5d} {p_:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    if args.errors:
        for item in sorted(pred - gold):
            print("FP", item)
        for item in sorted(gold - pred):
            print("FN", item)


if __name__ == "__main__":
    main()
