"""ICDAR 2013 table competition: structure score of our PDF tables against other tools.

For each of the 67 PDFs, all tables a method finds are pooled and scored against the
hand-made cell structure (`*-str.xml`) with the competition's adjacency relations
(`extract.pdf_score`). Where the set gives an alternative truth (`*b-str.xml`), the
better-matching one counts, for every method alike. Region files are not used.

    python bench/icdar2013.py                 # all 67 files, all methods (a few minutes)
    python bench/icdar2013.py --limit 10      # quick run
    python bench/icdar2013.py --methods ours,pdfplumber
"""
from __future__ import annotations

import argparse
import contextlib
import io
import logging
import sys
import time
import warnings
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.pdf_score import Score, cells_from_grid, score  # noqa: E402
from extract.types import Cell  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "icdar2013"
METHODS = ("ours", "pdfplumber", "camelot-lattice", "camelot-stream")


def truth_tables(xml: Path) -> list[list[Cell]]:
    """One cell list per table region of a `*-str.xml` file."""
    tables = []
    for region in ElementTree.parse(xml).getroot().iter("region"):
        cells = []
        for cell in region.iter("cell"):
            r0, c0 = int(cell.get("start-row")), int(cell.get("start-col"))
            r1, c1 = int(cell.get("end-row", r0)), int(cell.get("end-col", c0))
            text = cell.findtext("content") or ""
            cells.append(Cell(r0, c0, text, r1 - r0 + 1, c1 - c0 + 1))
        tables.append(cells)
    return tables


def ours(pdf: Path) -> list[list[Cell]]:
    from extract.readers import pdf as reader

    return [t.cells for t in reader.read(pdf, pdf.read_bytes()).tables]


def plain_pdfplumber(pdf: Path) -> list[list[Cell]]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return [cells_from_grid(t) for page in doc.pages for t in page.extract_tables()]


def _camelot(flavor: str):
    def run(pdf: Path) -> list[list[Cell]]:
        import camelot

        with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            tables = camelot.read_pdf(str(pdf), pages="all", flavor=flavor, suppress_stdout=True)
        return [cells_from_grid(t.df.values.tolist()) for t in tables]

    return run


RUNNERS = {
    "ours": ours,
    "pdfplumber": plain_pdfplumber,
    "camelot-lattice": _camelot("lattice"),
    "camelot-stream": _camelot("stream"),
}


def documents(limit: int | None) -> list[tuple[Path, list[Path]]]:
    pdfs = sorted(DATA.glob("competition-dataset-*/*.pdf"))
    if limit:
        pdfs = pdfs[:limit]
    out = []
    for pdf in pdfs:
        stem = pdf.with_suffix("")
        truths = [Path(f"{stem}-str.xml")] + sorted(pdf.parent.glob(f"{stem.name[:-1]}[b-z]-str.xml") if stem.name[-1] == "a" else [])
        out.append((pdf, [t for t in truths if t.exists()]))
    return out


def best_score(found: list[list[Cell]], truths: list[list[list[Cell]]]) -> Score:
    return max((score(found, t) for t in truths), key=lambda s: (s.f1, s.correct))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="score only the first N PDFs")
    parser.add_argument("--methods", default=",".join(METHODS), help=f"comma-separated, from {', '.join(METHODS)}")
    parser.add_argument("--worst", type=int, default=8, help="how many worst files to list for our extractor")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    docs = documents(args.limit)
    truths = {pdf: [truth_tables(t) for t in ts] for pdf, ts in docs}
    results: dict[str, dict[Path, Score]] = {m: {} for m in methods}
    errors: dict[str, str] = {}
    seconds: dict[str, float] = {}
    for method in methods:
        start = time.perf_counter()
        for pdf, _ in docs:
            try:
                found = RUNNERS[method](pdf)
            except Exception as exc:  # report the method, do not stop the benchmark
                errors.setdefault(method, f"{pdf.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}")
                found = []
            results[method][pdf] = best_score(found, truths[pdf])
        seconds[method] = time.perf_counter() - start

    print(f"ICDAR 2013 table structure, {len(docs)} PDFs ({DATA})")
    print("adjacency relations, all tables of a PDF pooled; P and R averaged over documents; F1 from those")
    print(f"{'method':<17}{'precision':>10}{'recall':>9}{'F1':>7}{'micro-F1':>10}{'seconds':>9}")
    for method in methods:
        scores = list(results[method].values())
        p = sum(s.precision for s in scores) / len(scores)
        r = sum(s.recall for s in scores) / len(scores)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        micro = Score(sum(s.correct for s in scores), sum(s.found for s in scores), sum(s.truth for s in scores))
        print(f"{method:<17}{p:>10.3f}{r:>9.3f}{f1:>7.3f}{micro.f1:>10.3f}{seconds[method]:>9.1f}")
    for method, message in errors.items():
        print(f"  {method} failed on some files; first: {message}")
    focus = "ours" if "ours" in methods else methods[0]
    print(f"\nworst files for {focus}:")
    worst = sorted(results[focus].items(), key=lambda kv: kv[1].f1)[: args.worst]
    for pdf, s in worst:
        others = "  ".join(f"{m} {results[m][pdf].f1:.2f}" for m in methods if m != focus)
        print(f"  {pdf.name:<14} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}   ({others})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
