"""PDF: page text, paragraphs and tables in reading order; OCR for scanned pages.

pypdfium2 checks the file first (encrypted, damaged, no pages) and renders pages
for OCR; pdfplumber gives words, lines and ruling lines of text-layer pages.
Tables come from `extract.pdf_tables`; running headers/footers are kept in the page
text but left out of blocks and tables.
"""
from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from .. import ocr, ocr_tables
from ..ocr_words import unglue_scanned
from ..errors import ExtractionError
from ..pdf_layout import page_blocks, running_lines
from ..pdf_words import clean_words, fix_glyphs
from ..pdf_tables import join_continued
from ..types import Page, Paragraph, ReadDocument
from ._text import clean

MIN_TEXT_CHARS = 5  # a page with fewer text-layer characters than this ...
MIN_IMAGE_SHARE = 0.5  # ... and images covering this much of it is a scan


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            if b"/Encrypt" in data:
                raise ExtractionError("encrypted PDF (password required)") from exc
            if _page_count(data) == 0:  # PDFium reports an empty page tree as a password error
                raise ExtractionError("PDF has no pages") from exc
        found = re.search(r"PDFium: ([^)]*)", message)
        reason = (found.group(1) if found else message).strip().lower()
        if not data.rstrip().endswith(b"%%EOF"):
            reason = f"truncated file ({reason})" if reason else "truncated file"
        raise ExtractionError(f"damaged PDF: {reason}") from exc
    if len(doc) == 0:
        doc.close()
        raise ExtractionError("PDF has no pages")
    return doc


def _image_share(page) -> float:
    area = float(page.width * page.height) or 1.0
    covered = sum(max(0.0, float(i["x1"] - i["x0"])) * max(0.0, float(i["bottom"] - i["top"])) for i in page.images)
    return min(1.0, covered / area)


def _page_count(data: bytes) -> int | None:
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception:
        return None


def _metadata_title(pdf) -> str | None:
    title = (pdf.metadata or {}).get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    if not title or not str(title).strip():
        return None
    title = str(title).strip()
    lowered = title.lower()
    if lowered.startswith(("microsoft word", "microsoft powerpoint")) or lowered.endswith((".doc", ".docx", ".pdf")):
        return None
    if " " not in title and "_" in title:  # a file name, not a title
        return None
    return title


def read(path: Path, data: bytes) -> ReadDocument:
    pdfium_doc = _open_pdfium(data)
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return _read(pdf, pdfium_doc)
    finally:
        pdfium_doc.close()


def _read(pdf, pdfium_doc) -> ReadDocument:
    used_ocr = False
    page_words: list[list[dict]] = []
    texts: list[str] = []
    scanned: list[bool] = []
    rules: dict[int, list[dict]] = {}
    for number, page in enumerate(pdf.pages, start=1):
        words = clean_words(page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"]))
        text = fix_glyphs(page.extract_text() or "")
        if len(text.strip()) < MIN_TEXT_CHARS and _image_share(page) >= MIN_IMAGE_SHARE:
            scanned_page = ocr.read_page(page, pdfium_doc[number - 1])
            words, rules[number], text = scanned_page.words, scanned_page.rules, scanned_page.text
            words = [w for w in words if w["text"].strip("|_—–-[]") or w["text"] in {"-", "–", "—"}]
            used_ocr = used_ocr or bool(words)
            scanned.append(True)
        else:
            scanned.append(False)
        page_words.append(words)
        texts.append(clean(text))
    running = running_lines(pdf.pages, page_words)
    blocks = []
    for number, (page, words, is_scan) in enumerate(zip(pdf.pages, page_words, scanned), start=1):
        blocks.extend(page_blocks(page, words, number, running, scanned=is_scan, rules=rules.get(number, [])))
    if any(scanned):
        blocks = ocr_tables.even_out_continued(blocks)
    blocks = join_continued(blocks)
    pages = [Page(number=i, text=t) for i, t in enumerate(texts, start=1)]
    doc = ReadDocument(format="pdf", pages=pages, blocks=blocks, ocr=used_ocr)
    doc.title_hint = _metadata_title(pdf) or _first_large_line(blocks)
    ocr_pages = [n for n, is_scan in enumerate(scanned, start=1) if is_scan]
    if ocr_pages:
        doc.warnings.append(f"no text layer, read by OCR: page(s) {', '.join(map(str, ocr_pages))}")
        doc = unglue_scanned(doc, set(ocr_pages))
    return doc


def _first_large_line(blocks) -> str | None:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.page == 1 and b.text.strip()]
    headings = [b for b in paragraphs if b.style.startswith("heading")]
    first = (headings or paragraphs or [None])[0]
    return first.text.split("\n")[0][:200] if first else None
