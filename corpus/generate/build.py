"""Rebuild corpus/documents and corpus/broken from the seed transcripts and expected records.

    python -m corpus.generate.build [--out DIR] [--broken-out DIR] [--only NAME ...]

Installs what it needs when missing (python-docx, openpyxl, reportlab, numpy, Pillow via
pip; LibreOffice and poppler-utils via apt-get). DOCX, XLSX, HTML and the reportlab PDFs
are byte-for-byte reproducible; LibreOffice PDFs differ only in their embedded dates.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

PIP = {"docx": "python-docx", "openpyxl": "openpyxl", "reportlab": "reportlab", "numpy": "numpy", "PIL": "Pillow"}
APT = {"soffice": "libreoffice-writer-nogui", "pdftoppm": "poppler-utils"}


def ensure_dependencies() -> None:
    missing = [pkg for mod, pkg in PIP.items() if importlib.util.find_spec(mod) is None]
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", *missing], check=True)
    debs = [deb for tool, deb in APT.items() if shutil.which(tool) is None]
    if debs:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *debs], check=True)


def targets(docs: Path, broken_dir: Path, expected_dir: Path) -> dict:
    """Name → callable, in dependency order (a PDF after its DOCX, the scan after the PDF)."""
    from . import askoy_budget, askoy_status, asnes, broken, manifest, p1824, stavanger, variant
    from .common import soffice_pdf
    from .scan import rasterise

    return {
        "askoy_statusrapport_2017.docx": lambda: askoy_status.build(docs / "askoy_statusrapport_2017.docx"),
        "askoy_statusrapport_2017.pdf": lambda: soffice_pdf(docs / "askoy_statusrapport_2017.docx",
                                                            docs / "askoy_statusrapport_2017.pdf"),
        "askoy_statusrapport_2017_skannet.pdf": lambda: rasterise(docs / "askoy_statusrapport_2017.pdf",
                                                                  docs / "askoy_statusrapport_2017_skannet.pdf"),
        "stavanger_budsjett_2017.html": lambda: stavanger.build_html(docs / "stavanger_budsjett_2017.html"),
        "stavanger_budsjett_2017.xlsx": lambda: stavanger.build_xlsx(docs / "stavanger_budsjett_2017.xlsx"),
        "stavanger_budsjett_2017.pdf": lambda: stavanger.build_pdf(docs / "stavanger_budsjett_2017.pdf"),
        "askoy_budsjett_2018.html": lambda: askoy_budget.build_html(docs / "askoy_budsjett_2018.html"),
        "asnes_prosjektplan_2019.docx": lambda: asnes.build(docs / "asnes_prosjektplan_2019.docx"),
        "asnes_prosjektplan_2019.pdf": lambda: soffice_pdf(docs / "asnes_prosjektplan_2019.docx",
                                                           docs / "asnes_prosjektplan_2019.pdf"),
        "p1824_evaluering_2010.pdf": lambda: p1824.build_pdf(docs / "p1824_evaluering_2010.pdf"),
        "askoy_statusrapport_variant.docx": lambda: variant.build(docs / "askoy_statusrapport_variant.docx",
                                                                  expected_dir / "askoy_statusrapport_variant.json"),
        "askoy_statusrapport_variant.pdf": lambda: soffice_pdf(docs / "askoy_statusrapport_variant.docx",
                                                               docs / "askoy_statusrapport_variant.pdf"),
        "manifest.json": lambda: manifest.write(expected_dir / "manifest.json"),
        "broken": lambda: broken.build(broken_dir, docs / "p1824_evaluering_2010.pdf",
                                       docs / "asnes_prosjektplan_2019.docx"),
    }


def main(argv: list[str] | None = None) -> int:
    from .common import BROKEN, DOCUMENTS, EXPECTED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCUMENTS, help="folder for the documents")
    parser.add_argument("--broken-out", type=Path, default=BROKEN, help="folder for the broken files")
    parser.add_argument("--expected-out", type=Path, default=EXPECTED, help="folder for expected JSON written by construction")
    parser.add_argument("--only", nargs="*", help="build only these outputs (names as in corpus/documents, or 'broken')")
    parser.add_argument("--no-install", action="store_true", help="do not install missing dependencies")
    args = parser.parse_args(argv)
    if not args.no_install:
        ensure_dependencies()
    for folder in (args.out, args.broken_out, args.expected_out):
        folder.mkdir(parents=True, exist_ok=True)
    todo = targets(args.out, args.broken_out, args.expected_out)
    unknown = set(args.only or []) - set(todo)
    if unknown:
        parser.error(f"unknown output(s): {', '.join(sorted(unknown))}; known: {', '.join(todo)}")
    for name, make in todo.items():
        if args.only and name not in args.only:
            continue
        make()
        print(f"built {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
