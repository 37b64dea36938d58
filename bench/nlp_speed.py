"""Words per second of the tagging step alone (rules + document phrases + classifier), one core.

    python bench/nlp_speed.py [--words 200000] [--correct-names]

The five seed transcripts are repeated until about --words words, cut into ~2 000-word
pages, and tagged with models.pipeline.tag_pages. Reading and extraction are not timed.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract.types import Records  # noqa: E402
from models.evaluate_ner import seed_text  # noqa: E402
from models.pipeline import load_pipeline, tag_pages  # noqa: E402

SEEDS = ["000_2736e3e1983c3278.txt", "001_5b2f4e37133dd8e9.txt", "002_4e0356b5234b2f73.txt",
         "003_a976a9bffa492368.txt", "004_02151b00907a8e28.txt"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--correct-names", action="store_true", help="with the name CRF (models/crf_ner.py)")
    args = parser.parse_args()
    words = " ".join(seed_text(s) for s in SEEDS).split(" ")
    pages, total = [], 0
    while total < args.words:
        for i in range(0, len(words), 2000):
            chunk = words[i:i + 2000]
            pages.append((len(pages) + 1, " ".join(chunk)))
            total += len(chunk)
    load_pipeline()
    tag_pages(pages[:2], Records(), correct_names=args.correct_names)  # warm up: pipeline, classifier, CRF
    t0 = time.perf_counter()
    entities = tag_pages(pages, Records(), correct_names=args.correct_names)
    elapsed = time.perf_counter() - t0
    print(f"{total} words, {len(pages)} pages, {len(entities)} entities in {elapsed:.1f} s: "
          f"{total / elapsed:,.0f} words/s")


if __name__ == "__main__":
    main()
