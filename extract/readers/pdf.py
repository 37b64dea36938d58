"""PDF: page text, paragraphs and tables in reading order; OCR for scanned pages.

pypdfium2 checks the file first (encrypted, damaged, no pages) and renders pages
for OCR; pdfplumber gives words, lines and ruling lines of text-layer pages.
Tables come from `extract.pdf_tables`; running headers/footers are kept in the page
text but left out of blocks and tables.

A page is read by OCR when it is a scan (images cover much of it, the text layer holds
at most a stamp like "Side 3 av 12") or when its glyphs have no Unicode mapping. When
Tesseract cannot run, the text-layer pages are kept and a warning names the pages lost.

On a text-layer page, the values of filled-in form fields are read in their place, and text
turned 90° (a landscape table on a portrait page) is read as its own part, turned upright,
after the rest of the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytesseract

from .. import ocr, ocr_tables
from ..ocr_words import unglue_scanned
from ..errors import ExtractionError
from ..pdf_layout import column_regions, page_blocks, running_lines
from ..pdf_forms import with_field_values
from ..pdf_turned import split_turned
from ..pdf_words import Box, centre_in, clean_words, dedupe_chars, fix_glyphs, unmapped_glyphs
from ..pdf_tables import join_continued
from ..types import Page, Paragraph, ReadDocument
from ._text import clean

SCAN_IMAGE_SHARE = 0.3  # images covering this much of a page ...
SCAN_MAX_CHARS = 50  # ... under fewer non-space text-layer characters than this: a scan, read by OCR
MAX_UNMAPPED_SHARE = 0.05  # more glyphs without Unicode mapping than this: the page is read by OCR


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower() and b"/Encrypt" in data:
            raise ExtractionError("encrypted PDF (password required)") from exc
        # PDFium fails on an empty page tree with a stale error code ("success", "password")
        if _page_count(data) == 0:
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


def _visible_chars(page) -> int:
    return sum(1 for c in page.chars if c["text"].strip())


def _page_count(data: bytes) -> int | None:
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception:
        return None


_OFFICE_PREFIX = re.compile(r"^microsoft (word|powerpoint|excel)\s*-\s*", re.I)
_FILE_SUFFIX = re.compile(r"\.(docx?|pptx?|xlsx?|odt|rtf|pdf)$", re.I)
_PLACEHOLDER = re.compile(
    r"^(untitled|uten (navn|tittel)|unbenannt|dokument|document|presentation|presentasjon|lysbilde|slide|title|tittel"
    r"|powerpoint[- ]presenta(tion|sjon)|microsoft (word|powerpoint)( document| presentation)?)[\s_-]*\d*$",
    re.I,
)


def _metadata_title(pdf) -> str | None:
    """The document's metadata title, unless it is an office program's placeholder or a file name."""
    title = (pdf.metadata or {}).get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    title = _OFFICE_PREFIX.sub("", str(title or "").strip())
    file_name = bool(_FILE_SUFFIX.search(title))
    title = _FILE_SUFFIX.sub("", title).strip()
    if not title or _PLACEHOLDER.match(title):
        return None
    if "_" in title and (" " not in title or file_name):
        return None
    return title


@dataclass
class _TurnedPart:
    """Text turned 90° on a page, read as a page of its own turned upright (`split_turned`)."""

    page: object
    words: list[dict]
    text: str


@dataclass
class _PageRead:
    """One page as read; `kind` is "text", "scan" (no text layer), "stamped scan" or "unmapped" (glyphs read by OCR)."""

    text: str
    words: list[dict]
    kind: str = "text"
    rules: list[dict] = field(default_factory=list)
    regions: list[Box] = field(default_factory=list)  # columns and full-width parts, when set in columns
    page: object = None  # the page as read, when not the page itself: with form values, without turned text
    turned: list[_TurnedPart] = field(default_factory=list)

    @property
    def ocr(self) -> bool:
        return self.kind != "text"


class _Tesseract:
    """OCR for the pages that need it; the pages it could not read are kept by reason."""

    def __init__(self) -> None:
        self.missing: str | None = None  # why Tesseract cannot run at all; not tried again
        self.not_read: dict[tuple[str, str], list[int]] = {}  # ("OCR unavailable", reason) -> pages

    def read(self, page, pdfium_page, number: int) -> ocr.ScannedPage | None:
        """The page by OCR, or None (and the page noted) when Tesseract fails."""
        failure = None
        if self.missing is None:
            try:
                return ocr.read_page(page, pdfium_page)
            except pytesseract.TesseractNotFoundError:
                self.missing = "tesseract not installed"
            except pytesseract.TesseractError as exc:
                failure = self._failure(exc)
        self.not_read.setdefault(failure or ("OCR unavailable", self.missing), []).append(number)
        return None

    def _failure(self, exc: pytesseract.TesseractError) -> tuple[str, str] | None:
        """None when Tesseract lacks a language pack (then `missing` says so), else why this page failed."""
        message = " ".join(str(exc.message or exc).split())
        language = re.search(r"Failed loading language '([^']+)'", message)
        if language:
            self.missing = f"language pack '{language.group(1)}' not installed"
            return None
        return "OCR failed", message[:200]

    def warnings(self) -> list[str]:
        return [f"{label} ({reason}): {_pages(pages)} not read" for (label, reason), pages in self.not_read.items()]


def _pages(numbers: list[int]) -> str:
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {', '.join(map(str, numbers))}"


def read(path: Path, data: bytes) -> ReadDocument:
    pdfium_doc = _open_pdfium(data)
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return _read(pdf, pdfium_doc)
    finally:
        pdfium_doc.close()


def _read(pdf, pdfium_doc) -> ReadDocument:
    pages = [dedupe_chars(page) for page in pdf.pages]
    tesseract = _Tesseract()
    warnings: list[str] = []
    reads = [_read_page(page, pdfium_doc[n - 1], n, tesseract, warnings) for n, page in enumerate(pages, start=1)]
    if tesseract.not_read and not any(r.text.strip() for r in reads):
        (label, reason), _ = next(iter(tesseract.not_read.items()))
        raise ExtractionError(f"{label}: {reason}")
    running = running_lines(pages, [r.words for r in reads])
    blocks = []
    for number, (page, page_read) in enumerate(zip(pages, reads), start=1):
        page = page_read.page or page
        blocks.extend(page_blocks(page, page_read.words, number, running, page_read.ocr, page_read.rules, page_read.regions))
        for part in page_read.turned:
            blocks.extend(page_blocks(part.page, part.words, number, running))
    if any(r.ocr for r in reads):
        blocks = ocr_tables.even_out_continued(blocks)
    blocks = join_continued(blocks)
    texts = [Page(number=n, text=clean(r.text)) for n, r in enumerate(reads, start=1)]
    doc = ReadDocument(format="pdf", pages=texts, blocks=blocks, ocr=any(r.ocr and r.words for r in reads))
    doc.title_hint = _metadata_title(pdf) or _first_large_line(blocks)
    doc.warnings = warnings + _read_warnings(reads) + tesseract.warnings()
    doc.warnings += _empty_page_warnings(pages, texts, tesseract)
    ocr_pages = {n for n, r in enumerate(reads, start=1) if r.ocr}
    return unglue_scanned(doc, ocr_pages) if ocr_pages else doc


def _read_page(page, pdfium_page, number: int, tesseract: _Tesseract, warnings: list[str]) -> _PageRead:
    """One page: its text layer, or OCR when it is a scan or its glyphs cannot be read."""
    words, text = _words_and_text(page)
    visible = _visible_chars(page)
    unmapped = unmapped_glyphs(page.chars)
    if visible < SCAN_MAX_CHARS and _image_share(page) >= SCAN_IMAGE_SHARE:
        scan = tesseract.read(page, pdfium_page, number)
        if scan is not None:
            if scan.turn:
                warnings.append(f"page {number}: scanned on its side or upside down, read turned {scan.turn}° clockwise")
            return _scanned(scan, words, text)
    elif unmapped > MAX_UNMAPPED_SHARE * visible:
        scan = tesseract.read(page, pdfium_page, number)
        if scan is not None:
            warnings.append(f"page {number}: {unmapped} glyphs without Unicode mapping, read by OCR")
            return _PageRead(scan.text, _ocr_words(scan.words), "unmapped", scan.rules)
    if unmapped:
        warnings.append(f"page {number}: {unmapped} glyphs without Unicode mapping dropped")
    return _text_layer(page, words, text, number, warnings)


def _words_and_text(page) -> tuple[list[dict], str]:
    words = clean_words(page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"]))
    return words, fix_glyphs(page.extract_text() or "")


def _text_layer(page, words: list[dict], text: str, number: int, warnings: list[str]) -> _PageRead:
    """A page read from its text layer (`words` and `text` as read of the page itself), with its
    form values in place, its columns column by column and its turned text as parts of their own."""
    upright, turned = split_turned(with_field_values(page))
    if upright is not page:
        words, text = _words_and_text(upright)
    regions = column_regions(upright, words)
    if regions:
        text = fix_glyphs(_text_by_region(upright, regions))
    parts = [_TurnedPart(part, *_words_and_text(part)) for part in turned]
    if parts:
        warnings.append(f"page {number}: text turned 90° read as its own part")
        text = "\n".join(t for t in [text] + [part.text for part in parts] if t.strip())
    return _PageRead(text, words, regions=regions, page=upright if upright is not page else None, turned=parts)


def _text_by_region(page, regions: list[Box]) -> str:
    """The page text read region by region: a page set in columns, column after column."""
    parts = [_chars_in(page, box).extract_text() or "" for box in regions]
    return "\n".join(part for part in parts if part.strip())


def _chars_in(page, box: Box):
    """The page with only the characters whose centre lies in `box`: unlike `page.crop`, no
    character on a border is clipped into two regions."""
    return page.filter(lambda obj: obj["object_type"] != "char" or centre_in(obj, box))


def _scanned(scan: ocr.ScannedPage, layer_words: list[dict], layer_text: str) -> _PageRead:
    """A scanned page by OCR, with the words of its text layer (a stamp "Side 3 av 12")
    unless OCR read them too: pdfium renders the text layer with the image. A scan turned
    upright is read in its turned frame, where a stamp's words have no place."""
    words = _ocr_words(scan.words)
    if _squashed(layer_text) in _squashed(scan.text):
        kind = "scan" if not layer_text.strip() else "stamped scan"
        return _PageRead(scan.text, words, kind, scan.rules, page=scan.page)
    if not scan.turn:
        words = layer_words + [w for w in words if not any(_overlap(w, stamp) for stamp in layer_words)]
    return _PageRead(f"{layer_text.strip()}\n\n{scan.text}", words, "stamped scan", scan.rules, page=scan.page)


def _ocr_words(words: list[dict]) -> list[dict]:
    """OCR words without ruling-line residue ("|", "_", "[]"); a lone dash is kept."""
    return [w for w in words if w["text"].strip("|_—–-[]") or w["text"] in {"-", "–", "—"}]


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _read_warnings(reads: list[_PageRead]) -> list[str]:
    scans = [n for n, r in enumerate(reads, start=1) if r.kind == "scan"]
    stamped = [n for n, r in enumerate(reads, start=1) if r.kind == "stamped scan"]
    out = []
    if scans:
        out.append(f"no text layer, read by OCR: page(s) {', '.join(map(str, scans))}")
    if stamped:
        out.append(f"scanned, with little text layer, read by OCR: page(s) {', '.join(map(str, stamped))}")
    return out


def _empty_page_warnings(pages, texts: list[Page], tesseract: _Tesseract) -> list[str]:
    """Pages with images that gave no text, unless already named as not read by OCR."""
    not_read = {n for numbers in tesseract.not_read.values() for n in numbers}
    return [
        f"page {t.number}: no text found"
        for page, t in zip(pages, texts)
        if not t.text.strip() and page.images and t.number not in not_read
    ]


def _first_large_line(blocks) -> str | None:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.page == 1 and b.text.strip()]
    headings = [b for b in paragraphs if b.style.startswith("heading")]
    first = (headings or paragraphs or [None])[0]
    return first.text.split("\n")[0][:200] if first else None
