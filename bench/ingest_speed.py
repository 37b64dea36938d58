"""Ingest speed on a generated corpus: throughput, parallel speed-up, re-run cost, memory.

    python bench/ingest_speed.py [--municipalities 4] [--quarters 4] [--workers 2]

Prints ratios rather than asserting times (machines here are noisy). Uses the scaled
corpus generator (DOCX/HTML/XLSX, no OCR) so that it measures the pipeline, not Tesseract.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.ingest import ingest  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--municipalities", type=int, default=4)
    ap.add_argument("--quarters", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "scaled"
        subprocess.run([sys.executable, "-m", "corpus.generate.scaled", "--municipalities", str(args.municipalities),
                        "--quarters", str(args.quarters), "--out", str(corpus)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        docs = corpus / "documents"
        n = len(list(docs.iterdir()))
        # Untimed warm-up: the first ingest in a process loads spaCy, the rules and the classifier
        # (about a second); workers forked later inherit them, so without it "1 worker" pays it alone.
        ingest([sorted(docs.iterdir())[0]], str(Path(tmp) / "warm.db"), workers=1)
        one, t1 = timed(lambda: ingest([docs], str(Path(tmp) / "one.db"), workers=1))
        many, tn = timed(lambda: ingest([docs], str(Path(tmp) / "many.db"), workers=args.workers))
        again, tr = timed(lambda: ingest([docs], str(Path(tmp) / "many.db"), workers=args.workers))
        changed = sorted(docs.glob("*.html"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "<p>Tillegg.</p>", encoding="utf-8")
        partial, tc = timed(lambda: ingest([docs], str(Path(tmp) / "many.db"), workers=args.workers))
    peak_mb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(f"files                      {n}")
    print(f"1 worker                   {t1:6.2f} s  {n / t1:6.1f} files/s")
    print(f"{args.workers} workers                  {tn:6.2f} s  {n / tn:6.1f} files/s  speed-up ×{t1 / tn:.2f}")
    print(f"re-run, nothing changed    {tr:6.2f} s  ({again.count('skipped')} skipped)  cost ratio {tr / tn:.3f}")
    print(f"re-run, one file changed   {tc:6.2f} s  ({partial.count('loaded')} loaded)  cost ratio {tc / tn:.3f}")
    print(f"peak memory (largest process) {peak_mb:.0f} MiB")
    return 0 if one.failed == many.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
