"""OCR for scanned PDF pages: render with pypdfium2, read with Tesseract (Norwegian).

Used only for pages without a text layer. Tesseract's word boxes are returned in
PDF points so the same line/table code can run on them as on a text layer.
"""
from __future__ import annotations

import os

import pytesseract

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
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip().strip("|[]").strip()  # rule residue read as bars/brackets
        if not text or float(data["conf"][i]) < 0:
            continue
        x0, top = data["left"][i] / scale, data["top"][i] / scale
        x1, bottom = x0 + data["width"][i] / scale, top + data["height"][i] / scale
        words.append(
            {
                "text": text,
                "x0": x0,
                "x1": x1,
                "top": top,
                "bottom": bottom,
                "size": bottom - top,
                "block": (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            }
        )
    return _bullets(words)


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
    """Ruling lines of a scanned table as pdfplumber-style line dicts in PDF points.

    Dark pixels are opened with long thin kernels (OpenCV), so only straight
    horizontal/vertical strokes longer than `min_share` of the page width stay."""
    import cv2
    import numpy as np

    image, scale = rendered
    grey = np.asarray(image.convert("L"))
    ink = cv2.adaptiveThreshold(~grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    length = max(10, int(grey.shape[1] * min_share))
    short = max(10, int(12 * scale))  # table rows are at least ~12 pt high; letters are shorter
    lines = []
    for orientation, kernel in (("h", (length, 1)), ("v", (1, short))):
        mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
        for x, y, w, h, _ in stats[1:count]:
            x0, top, x1, bottom = x / scale, y / scale, (x + w) / scale, (y + h) / scale
            if orientation == "h":
                mid = (top + bottom) / 2
                lines.append({"object_type": "line", "x0": x0, "x1": x1, "top": mid, "bottom": mid, "width": x1 - x0, "height": 0})
            else:
                mid = (x0 + x1) / 2
                lines.append({"object_type": "line", "x0": mid, "x1": mid, "top": top, "bottom": bottom, "width": 0, "height": bottom - top})
    return lines
