"""Broken and hostile files for the reader tests (see corpus/broken/README.md)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .common import seed_lines

HTML_ERROR = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>404 – Siden finnes ikke</title></head>
<body><h1>Beklager, vi finner ikke siden du leter etter</h1>
<p>Dokumentet «Statusrapport_UFL_22082017.pdf» er flyttet eller slettet.</p>
<p><a href="https://www.askoy.kommune.no/">Gå til forsiden</a></p></body></html>
"""

BOMB_SIZE = 2 * 1024 ** 3  # bytes of zeros in word/document.xml once inflated
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def empty(out: Path) -> None:
    out.write_bytes(b"")


def truncated(src_pdf: Path, out: Path) -> None:
    data = src_pdf.read_bytes()
    out.write_bytes(data[: int(len(data) * 0.4)])


def encrypted(out: Path, password: str = "hemmelig") -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    from .pdf_util import fonts

    regular, _ = fonts()
    enc = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-eier", canPrint=0, strength=128)
    c = canvas.Canvas(str(out), encrypt=enc)
    c.setFont(regular, 12)
    c.drawString(72, 760, "Unntatt offentlighet – offl. § 13")
    c.drawString(72, 740, "Statusrapport Omstilling 2020, Askøy kommune")
    c.save()


def html_as_pdf(out: Path) -> None:
    out.write_text(HTML_ERROR, encoding="utf-8")


def corrupt_docx(src_docx: Path, out: Path) -> None:
    """Overwrite part of word/document.xml's compressed bytes: the zip opens, the part does not inflate."""
    data = bytearray(src_docx.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    header = 30 + len(info.filename.encode()) + len(info.extra)
    start = info.header_offset + header + info.compress_size // 3
    for k in range(256):
        data[start + k] = (k * 37 + 11) % 256
    out.write_bytes(bytes(data))


def zip_bomb(out: Path, size: int = BOMB_SIZE) -> None:
    """A .docx whose word/document.xml inflates to `size` bytes of zeros (a few MB on disk)."""
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (1980, 1, 1, 0, 0, 0)), CONTENT_TYPES)
        z.writestr(zipfile.ZipInfo("_rels/.rels", (1980, 1, 1, 0, 0, 0)), RELS)
        info = zipfile.ZipInfo("word/document.xml", (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)


def cp1252_text(out: Path) -> None:
    lines = seed_lines("askoy_status")
    text = "\r\n".join(l for l in lines[2:13]) + "\r\n"
    out.write_bytes(text.encode("cp1252"))


def build(out_dir: Path, pdf_src: Path, docx_src: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    empty(out_dir / "empty.pdf")
    truncated(pdf_src, out_dir / "truncated.pdf")
    encrypted(out_dir / "encrypted.pdf")
    html_as_pdf(out_dir / "html_som_pdf.pdf")
    corrupt_docx(docx_src, out_dir / "korrupt.docx")
    zip_bomb(out_dir / "zipbombe.docx")
    cp1252_text(out_dir / "cp1252.txt")
