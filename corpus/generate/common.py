"""Paths, seed/expected loading and small file helpers shared by the corpus builders."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
SEEDS = CORPUS / "seeds"
EXPECTED = CORPUS / "expected"
DOCUMENTS = CORPUS / "documents"
BROKEN = CORPUS / "broken"

SEED_FILES = {
    "askoy_status": "000_2736e3e1983c3278.txt",
    "askoy_budget": "001_5b2f4e37133dd8e9.txt",
    "p1824": "002_4e0356b5234b2f73.txt",
    "stavanger": "003_a976a9bffa492368.txt",
    "asnes": "004_02151b00907a8e28.txt",
}

FIXED_TIME = dt.datetime(2017, 8, 22, 12, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def seed_lines(key: str) -> list[str]:
    """The seed transcript as a list of lines; index 0 is line 1."""
    return (SEEDS / SEED_FILES[key]).read_text(encoding="utf-8").split("\n")


def expected(name: str) -> dict:
    return json.loads((EXPECTED / name).read_text(encoding="utf-8"))


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order so reruns give equal bytes."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2017-08-22T12:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    tmp.replace(path)


def soffice_pdf(src: Path, out_pdf: Path) -> None:
    """Convert a DOCX/HTML file to PDF with LibreOffice (headless, private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("LibreOffice (soffice) is needed to make PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        produced = Path(tmp) / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"soffice made no PDF for {src.name}")
        shutil.move(str(produced), out_pdf)
