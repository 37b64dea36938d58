"""OCR for scanned PDF pages: render with pypdfium2, read with Tesseract (Norwegian).

Used only for pages without a text layer. Tesseract's word boxes are returned in
PDF points so the same line/table code can run on them as on a text layer.

`read_page` is what the PDF reader uses: the page is straightened and its ruling
lines found (`ocr_grid`), every table cell is read on its own, the rest of the page
as a whole, and the words are cleaned of typical OCR residue (`ocr_clean`).
`ocr_words` reads a page in one piece (no straightening, no cells).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import pypdfium2 as pdfium
import pytesseract

from . import ocr_clean, ocr_grid
from .pdf_derived_page import ObjectsPage, quarter_turned_frame

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one thread per page: faster on a busy 2-core machine

DPI = 250
LANG = "nor"
MAX_SIDE = 3000  # pixels: big pages (scanners write odd page sizes) are rendered no larger


def render(pdfium_page, dpi: int = DPI):
    """The page as a greyscale PIL image, and its pixels per PDF point."""
    scale = min(dpi / 72, MAX_SIDE / max(pdfium_page.get_size()))
    return pdfium_page.render(scale=scale, grayscale=True).to_pil(), scale


def ocr_words(pdfium_page, dpi: int = DPI, lang: str = LANG, rendered=None) -> list[dict]:
    """Words on a rendered page as pdfplumber-like dicts (x0, x1, top, bottom, text, size) in points."""
    image, scale = rendered or render(pdfium_page, dpi)
    data = pytesseract.image_to_data(image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT)
    # rule residue read as bars/brackets is stripped
    return _bullets(ocr_grid.words_from_data(data, scale, clean=lambda t: t.strip().strip("|[]").strip()))


OCR_BULLETS = {"e", "*", "«", "»", "©", "°", "+", "o", "¢", "•"}


def _bullets(words: list[dict]) -> list[dict]:
    """Tesseract reads "•" as "e", "*" or "«": a line starting with one of those is a bullet line."""
    out: list[dict] = []
    for i, w in enumerate(words):
        first = i == 0 or words[i - 1]["block"] != w["block"]
        has_more = i + 1 < len(words) and words[i + 1]["block"] == w["block"]
        if first and has_more and w["text"] in OCR_BULLETS:
            w["text"] = "•"
        elif out and out[-1]["text"] == "•" and out[-1]["block"] == w["block"] and w["text"] in {"-", "—", "–"}:
            continue
        out.append(w)
    return out


def ocr_text(words: list[dict]) -> str:
    """Page text from OCR words, one line per Tesseract line, blank line between blocks."""
    lines: list[str] = []
    current = None
    for w in words:
        key = w["block"]
        if current is not None and key[:2] != current[:2]:
            lines.append("")
        if key != current:
            lines.append(w["text"])
        else:
            lines[-1] += " " + w["text"]
        current = key
    return "\n".join(lines).strip()


def ruling_lines(rendered, min_share: float = 0.04) -> list[dict]:
    """Ruling lines of a rendered page (not straightened) as pdfplumber-style line dicts
    in PDF points; `read_page` straightens the page first (`ocr_grid.prepare`)."""
    import numpy as np

    image, scale = rendered
    grey = np.asarray(image.convert("L"))
    ink = ocr_grid.binarise(grey)
    hmask, vmask = ocr_grid.line_masks(ink, scale, min_share)
    return ocr_grid._rules(ocr_grid.Scan(grey=grey, ink=ink, hmask=hmask, vmask=vmask, scale=scale))


# --------------------------------------------------------------------------- whole scanned page

SCAN_TABLES = {  # the same explicit-lines settings as `pdf_tables.scanned_tables`
    "vertical_strategy": "explicit",
    "horizontal_strategy": "explicit",
    "snap_tolerance": 4,
    "join_tolerance": 4,
    "intersection_tolerance": 5,
}


@dataclass
class ScannedPage:
    words: list[dict]  # in PDF points of the straightened page
    rules: list[dict]  # ruling lines, pdfplumber-style line dicts in points
    text: str
    angle: float = 0.0  # degrees the page was turned to straighten it
    turn: int = 0  # degrees (90, 180, 270) the scan was turned clockwise to stand upright
    page: object | None = None  # with a turn: the page in the turned frame that words and rules are in


def scan_dpi(pdfium_page, default: int = DPI) -> int:
    """Rendering resolution: the scan's own when the page is one image of 150–300 dpi
    (resampling adds nothing a scan did not have), else `default`."""
    try:
        images = [obj for obj in pdfium_page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        if len(images) != 1:
            return default
        width_px = images[0].get_px_size()[0]
        left, _, right, _ = images[0].get_bounds()
        dpi = width_px / ((right - left) / 72)
    except Exception:
        return default
    return int(round(dpi)) if 150 <= dpi <= 300 else default


def table_cells(plumber_page, rules: list[dict]) -> list[tuple[list, tuple]]:
    """Cell rectangles of the ruled tables the lines form: [(cells, table bbox)]."""
    horizontal = [r for r in rules if r["height"] == 0]
    vertical = [r for r in rules if r["height"] > 0]
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    settings = dict(SCAN_TABLES, explicit_vertical_lines=vertical, explicit_horizontal_lines=horizontal)
    return [(found.cells, found.bbox) for found in plumber_page.find_tables(table_settings=settings) if len(found.cells) >= 2]


DOUBTFUL_CONFIDENCE = 60.0  # mean word confidence below which a page may be lying on its side (upright pages: 84–96)
MIN_ORIENTATION_CONFIDENCE = 3.0  # Tesseract's OSD: below this its answer is a guess (sideways test scan: 7.4)


def read_page(plumber_page, pdfium_page, dpi: int | None = None, lang: str = LANG) -> ScannedPage:
    """One scanned page: straightened, tables read cell by cell, the rest as a page. A page whose words
    Tesseract is unsure of is asked for its orientation; scanned on its side or upside down, it is
    turned upright and read again, and the better read is kept."""
    image, scale = render(pdfium_page, dpi or scan_dpi(pdfium_page))
    read = _read_image(plumber_page, image, scale, lang)
    if _mean_confidence(read.words) >= DOUBTFUL_CONFIDENCE:
        return read
    turn = orientation(image)
    if not turn:
        return read
    frame = plumber_page if turn == 180 else ObjectsPage(plumber_page, {"char": []}, quarter_turned_frame(plumber_page))
    turned = _read_image(frame, image.rotate(-turn, expand=True), scale, lang)
    if _mean_confidence(turned.words) <= _mean_confidence(read.words):
        return read
    turned.turn, turned.page = turn, frame
    return turned


def _read_image(plumber_page, image, scale: float, lang: str) -> ScannedPage:
    scan = ocr_grid.prepare(image, scale)
    tables = table_cells(plumber_page, scan.rules)
    cells = [c for found, _ in tables for c in found]
    words = ocr_grid.cell_words(scan, cells, lang=lang)
    words += ocr_grid.page_words(scan, [bbox for _, bbox in tables], lang=lang)
    words = ocr_clean.clean_words(words)
    return ScannedPage(words=words, rules=scan.rules, text=ocr_clean.page_text(words, cells), angle=scan.angle)


def _mean_confidence(words: list[dict]) -> float:
    confidences = [w["conf"] for w in words if "conf" in w]
    return sum(confidences) / len(confidences) if confidences else 0.0


def orientation(image) -> int:
    """Degrees to turn the page clockwise to stand upright, by Tesseract's orientation detection
    (0 when it is upright, or when Tesseract cannot tell: too little text, low confidence)."""
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0  # "Too few characters"
    turn = int(osd.get("rotate", 0)) % 360
    return turn if turn in (90, 180, 270) and float(osd.get("orientation_conf", 0)) >= MIN_ORIENTATION_CONFIDENCE else 0
