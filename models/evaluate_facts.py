"""Facts from the P1824 evaluation seed against its 19 expected key facts.

    python -m models.evaluate_facts

A predicted fact matches an expected one when value and unit agree and one text contains
the other; kind agreement is counted separately.
"""
from __future__ import annotations

import json

from models.pipeline import tag_text
from models.facts import find_facts
from models.training_data import expected_dir
from models.evaluate_ner import seed_text


def score() -> tuple[int, int, int, int]:
    """(predicted, expected, matched, kind right among matched)."""
    text = seed_text("002_4e0356b5234b2f73.txt", report_only=True)
    facts = find_facts([(None, text)], tag_text(text, use_model=False))
    gold = json.loads((expected_dir() / "p1824_evaluation_2010.json").read_text(encoding="utf-8"))["key_facts"]
    used, kind_ok, matched = set(), 0, 0
    for g in gold:
        for i, f in enumerate(facts):
            if i in used or f.value is None or abs(f.value - g["value"]) > 1e-6 or f.unit != g["unit"]:
                continue
            if g["text"] in f.text or f.text in g["text"]:
                used.add(i)
                matched += 1
                kind_ok += f.kind == g["kind"]
                break
    return len(facts), len(gold), matched, kind_ok


def main() -> None:
    n_pred, n_gold, matched, kind_ok = score()
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold
    print(f"facts predicted {n_pred}, expected {n_gold}, matched {matched}")
    print(f"precision {p:.3f}  recall {r:.3f}  kind agreement on matched {kind_ok}/{matched}")


if __name__ == "__main__":
    main()
