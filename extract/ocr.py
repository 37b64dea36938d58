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


def ocr_words(pdfium_page, dpi: int = DPI, lang: str = LANG) -> list[dict]:
    """Words on a rendered page as pdfplumber-like dicts (x0, x1, top, bottom, text, size) in points."""
    scale = min(dpi / 72, MAX_SIDE / max(pdfium_page.get_size()))
    image = pdfium_page.render(scale=scale, grayscale=True).to_pil()
    data = pytesseract.image_to_data(image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT)
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
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
    return words


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
