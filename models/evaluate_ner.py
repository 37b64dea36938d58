"""Precision / recall / F1 per label against the hand-annotated samples.

    python -m models.evaluate_ner [--sample dev|heldout|test|test2|test3|test4|test5] [--errors]

Six samples in corpus/annotations/ mark every entity inside some passages: `dev`
(passages.json / entities.jsonl, used while writing the rules), `heldout`
(heldout_passages.json / heldout_entities.jsonl, annotated before the system was run on
those passages, later used for development too) and `test` (test_passages.json /
test_entities.jsonl, annotated blind by someone who never saw the rules or the system's
output; seed passages plus snapshots of real documents in corpus/annotations/texts/; scored
once blind, then used for development too), `test2`, `test3` and `test4` (annotated
blind the same way, one after the other; each scored once blind before it was used for
development). The pipeline runs on the whole seed text as one page, with the
records the typed extractors really give for that seed
(`extract.typed.extract_records(read_document(path))`); predictions are compared inside
the passages by exact (label, start, end).
"""
from __future__ import annotations

import argparse
import json
from functools import lru_cache
from pathlib import Path

from extract.types import Records
from models.pipeline import tag_text

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "corpus" / "annotations"
SEED_DIRS = [ROOT / "corpus" / "seeds", ANNOTATIONS / "texts"]
LABELS = ["DATE", "STATUS", "MONEY", "PERCENT", "ORG", "GPE", "PROJECT", "EFFECT"]
SAMPLES = {"dev": ("passages.json", "entities.jsonl"),
           "heldout": ("heldout_passages.json", "heldout_entities.jsonl"),
           "test": ("test_passages.json", "test_entities.jsonl"),
           "test2": ("test2_passages.json", "test2_entities.jsonl"),
           "test3": ("test3_passages.json", "test3_entities.jsonl"),
           "test4": ("test4_passages.json", "test4_entities.jsonl"),
           "test5": ("test5_passages.json", "test5_entities.jsonl"),
           "test6": ("test6_passages.json", "test6_entities.jsonl"),
           "test7": ("test7_passages.json", "test7_entities.jsonl"),
           # annotated for training the statistical NER (models/train_ner.py), not for scoring
           "train_a": ("train_a_passages.json", "train_a_entities.jsonl"),
           "train_b": ("train_b_passages.json", "train_b_entities.jsonl"),
           "train_c": ("train_c_passages.json", "train_c_entities.jsonl"),
           "train_d": ("train_d_passages.json", "train_d_entities.jsonl")}


def seed_path(name: str) -> Path:
    return next(d / name for d in SEED_DIRS if (d / name).exists())


def seed_text(name: str, report_only: bool = False) -> str:
    text = seed_path(name).read_text(encoding="utf-8")
    if report_only:  # P1824: transcript lines 10-44 are the report (expected/README.md)
        text = "\n".join(text.split("\n")[9:44])
    return text


@lru_cache(maxsize=None)
def records_for(name: str) -> Records:
    """What the typed extractors give for this seed (project names, effect/gain items)."""
    from extract.readers import read_document
    from extract.typed import extract_records

    return extract_records(read_document(seed_path(name)))


def load_sample(*samples: str) -> tuple[list[dict], list[dict]]:
    """Passages and gold entities of one sample, or of several pooled (their passages never overlap)."""
    passages, gold = [], []
    for sample in samples or ("dev",):
        passages_file, entities_file = SAMPLES[sample]
        passages += json.loads((ANNOTATIONS / passages_file).read_text(encoding="utf-8"))
        lines = (ANNOTATIONS / entities_file).read_text(encoding="utf-8").splitlines()
        gold += [json.loads(line) for line in lines if line.strip()]
    return passages, gold


def predictions(passages: list[dict], correct_names: bool | None = None) -> set[tuple]:
    out = set()
    for name in sorted({p["doc"] for p in passages}):
        text = seed_text(name)
        windows = [(p["start"], p["end"]) for p in passages if p["doc"] == name]
        for e in tag_text(text, records=records_for(name), correct_names=correct_names):
            if any(a <= e.start and e.end <= b for a, b in windows):
                out.add((name, e.label, e.start, e.end, e.text))
    return out


def compared(*samples: str, correct_names: bool | None = None) -> tuple[set[tuple], set[tuple]]:
    """(predicted, gold) spans of one sample or several pooled, as (doc, label, start, end, text)."""
    passages, gold_rows = load_sample(*samples)
    gold = {(g["doc"], g["label"], g["start"], g["end"], g["text"]) for g in gold_rows}
    return predictions(passages, correct_names), gold


def counts(pred: set[tuple], gold: set[tuple]) -> dict[str, tuple[int, int, int]]:
    """label -> (true positives, predicted, gold), plus "ALL"."""
    out = {}
    for label in LABELS:
        out[label] = (sum(1 for x in pred & gold if x[1] == label), sum(1 for x in pred if x[1] == label),
                      sum(1 for x in gold if x[1] == label))
    out["ALL"] = (len(pred & gold), len(pred), len(gold))
    return out


def score(*samples: str) -> dict[str, tuple[int, int, int]]:
    """label -> (true positives, predicted, gold), plus "ALL"; several samples are pooled."""
    return counts(*compared(*samples))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="NER scores on the annotated sample")
    parser.add_argument("--sample", choices=sorted(SAMPLES), default=["dev"], nargs="+",
                        help="one sample, or several scored pooled")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    parser.add_argument("--rules-only", action="store_true",
                        help="without the name CRF, which is trained on these samples (models/train_crf.py "
                             "--cross-samples scores it on each sample with a CRF trained on the others)")
    args = parser.parse_args(argv)
    print(f"sample: {' + '.join(args.sample)}" + (" (rules only)" if args.rules_only else ""))
    print(f"{'label':8s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    pred, gold = compared(*args.sample, correct_names=False if args.rules_only else None)
    for label, (tp, n_pred, n_gold) in counts(pred, gold).items():
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"{label:8s} {n_gold:5d} {n_pred:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    if args.errors:
        for item in sorted(pred - gold):
            print("FP", item)
        for item in sorted(gold - pred):
            print("FN", item)


if __name__ == "__main__":
    main()
