"""Tell what a file is from its bytes, not its name."""
from __future__ import annotations

import codecs
import zipfile
from io import BytesIO
from pathlib import Path

from .errors import ExtractionError

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")
# Byte order marks and the encodings they announce (UTF-32 before UTF-16: "\xff\xfe\0\0" starts with "\xff\xfe")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_TEXT_SUFFIXES = {".txt", ".text", ".csv", ".md"}
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<table", b"<meta", b"<div", b"<p>")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of `data` announces, or None."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def _looks_like_html(head: bytes) -> bool:
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:2048]
    return probe.startswith(b"<") and any(m in probe for m in _HTML_MARKERS)


def _zip_kind(data: bytes) -> str:
    try:
        infos = zipfile.ZipFile(BytesIO(data)).infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ExtractionError(f"not a DOCX/XLSX: bad zip ({exc})") from exc
    check_zip_size(infos, len(data))
    names = {i.filename for i in infos}
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise ExtractionError("zip archive that is neither DOCX nor XLSX (no word/ or xl/ part)")


MAX_UNPACKED = 300 * 1024 * 1024  # bytes a DOCX/XLSX may unpack to
MAX_RATIO = 200  # unpacked / packed, per member


def check_zip_size(infos: list[zipfile.ZipInfo], packed: int) -> None:
    """Refuse zip bombs before any library unpacks them."""
    total = sum(i.file_size for i in infos)
    for i in infos:
        if i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise ExtractionError(
                f"refused: {i.filename} would unpack to {i.file_size / 2**20:.0f} MiB from "
                f"{i.compress_size / 2**20:.1f} MiB (zip bomb?)"
            )
    if total > MAX_UNPACKED:
        raise ExtractionError(f"refused: archive would unpack to {total / 2**20:.0f} MiB (limit {MAX_UNPACKED // 2**20} MiB)")


def sniff(path: Path, data: bytes) -> str:
    """Return one of FORMATS or raise ExtractionError saying what the file is."""
    suffix = path.suffix.lower()
    if not data:
        raise ExtractionError("empty file (0 bytes)")
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        kind = _zip_kind(data)
        return kind
    if suffix in (".docx", ".xlsx") and data[:2] == b"PK":
        raise ExtractionError(f"not a {suffix[1:].upper()}: bad zip (damaged header)")
    wide = bom_encoding(data)
    if wide in ("utf-16", "utf-32") and suffix not in (".pdf", ".docx", ".xlsx"):
        head = data[:8192].decode(wide, errors="ignore")
        return "html" if _looks_like_html(head.encode("utf-8")) else "txt"
    if _looks_like_html(data[:4096]):
        if suffix == ".pdf":
            raise ExtractionError("named .pdf but is an HTML page — probably a saved error page")
        if suffix in (".docx", ".xlsx"):
            raise ExtractionError(f"named {suffix} but is an HTML page — probably a saved error page")
        return "html"
    if suffix == ".pdf":
        raise ExtractionError("named .pdf but has no PDF header (%PDF-) — not a PDF or badly damaged")
    if suffix in (".docx", ".xlsx"):
        raise ExtractionError(f"not a {suffix[1:].upper()}: bad zip (no zip header)")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ExtractionError("old binary Office file (.doc/.xls): save it as DOCX/XLSX first")
    if suffix in _TEXT_SUFFIXES or _is_texty(data):
        return "txt"
    raise ExtractionError(f"unsupported file type '{suffix or 'no extension'}' (binary content)")


def _is_texty(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / max(len(sample), 1) < 0.01
