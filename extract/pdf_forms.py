"""Filled-in PDF form fields: their values written onto the page as characters at their fields, so they
read in their place ("Prosjektnavn: Nærmiljøanlegg …"); a ticked box reads "x", as in DOCX."""
from __future__ import annotations

import re
from operator import itemgetter

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from .pdf_derived_page import ObjectsPage

FIELD_PADDING = 2.0  # points between a field's border and its text
CHAR_WIDTH = 0.5  # a value's character width, as a share of its font size, at most
PUSH_BUTTON = 1 << 16  # field flags (Ff)
MULTILINE = 1 << 12
NOT_SHOWN = (1 << 1) | (1 << 5)  # annotation flags (F): hidden, no view
LABEL_OVERLAP = 1 / 3  # a label shares at least this share of its height with its field's row


def with_field_values(page):
    """The page with the values of its filled-in form fields written at the fields as characters,
    so they read in their place ("Prosjektnavn: Nærmiljøanlegg ..."); the page itself without any."""
    values = [(annot, value) for annot in _widgets(page) if (value := field_value(annot["data"]))]
    if not values:
        return page
    chars = list(page.chars)
    for annot, value in values:
        chars += _value_chars(page, annot, value)
    return ObjectsPage(page, {**page.objects, "char": chars}, page.bbox)


def _widgets(page) -> list[dict]:
    """The page's widget annotations (form fields) shown on the page; none when they cannot be read."""
    try:
        annots = page.annots
    except Exception:  # a damaged annotation array: the page is read without its fields
        return []
    return [a for a in annots if _name(a["data"].get("Subtype")) == "Widget" and _shown(a)]


def _shown(annot: dict) -> bool:
    """A widget with an area that is neither hidden nor marked not to be viewed."""
    return annot["width"] > 0 and annot["height"] > 0 and not _int(annot["data"].get("F")) & NOT_SHOWN


def field_value(widget: dict) -> str:
    """The text a form field shows: a text or choice field's value, "x" for a ticked box;
    "" for an empty field, an unticked box, a push button or a signature."""
    kind, value, flags = (_inherited(widget, key) for key in ("FT", "V", "Ff"))
    kind = _name(kind)
    if value is None:
        return ""
    if kind == "Btn":
        state = _name(widget.get("AS", value))
        return "x" if not _int(flags) & PUSH_BUTTON and state not in ("", "Off") else ""
    if kind in ("Tx", "Ch"):
        parts = value if isinstance(value, list) else [value]
        texts = (decode_pdf_string(resolve1(p)) for p in parts)
        return ", ".join(t for t in texts if t).replace("\r\n", "\n").replace("\r", "\n").strip()
    return ""


def _inherited(field: dict, key: str):
    """A field entry, looked up through the field's parents (FT, V and Ff are inheritable)."""
    for _ in range(20):  # a guard against a cycle of parents
        if not isinstance(field, dict):
            return None
        if key in field:
            return resolve1(field[key])
        field = resolve1(field.get("Parent"))
    return None


def decode_pdf_string(raw) -> str:
    """A PDF text string: UTF-16 with a byte order mark, UTF-8 with one, else PDFDocEncoding."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, bytes):
        return ""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return decode_text(raw)


def _name(value) -> str:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else ""


def _int(value) -> int:
    value = resolve1(value)
    return value if isinstance(value, int) else 0


def _value_chars(page, annot: dict, value: str) -> list[dict]:
    """Characters of a field's value inside the field's box: a one-line value on the line of the
    field's label (the text left of it on the same row), a multi-line value from the box's top down."""
    size = _field_font_size(annot)
    lines = value.split("\n")
    multiline = len(lines) > 1 or _int(_inherited(annot["data"], "Ff")) & MULTILINE
    label = None if multiline else _label(page, annot)
    if label is not None:
        top, size = label["top"], label["bottom"] - label["top"]
    elif multiline:
        top = annot["top"] + FIELD_PADDING
    else:
        top = (annot["top"] + annot["bottom"] - size) / 2
    chars = []
    for i, line in enumerate(lines):
        chars += _line_chars(page, line, annot, top + i * 1.2 * size, size)
    return chars


def _field_font_size(annot: dict) -> float:
    """The font size of a field's default appearance ("/Helv 12 Tf"), or one fitting its box when set to auto (0)."""
    da = _inherited(annot["data"], "DA")
    found = re.search(rb"([\d.]+)\s+Tf", da if isinstance(da, bytes) else b"")
    size = float(found.group(1)) if found and found.group(1).strip(b".") else 0.0
    return size or min(12.0, 0.7 * annot["height"])


def _label(page, annot: dict) -> dict | None:
    """The nearest upright character left of the field on the same row (its label), if any."""
    row = [
        c
        for c in page.chars
        if c["upright"] and c["text"].strip() and c["x1"] <= annot["x0"] + 1 and _on_row(c, annot)
    ]
    return max(row, key=itemgetter("x1"), default=None)


def _on_row(char: dict, annot: dict) -> bool:
    """The character shares at least LABEL_OVERLAP of its height with the field's box."""
    shared = min(char["bottom"], annot["bottom"]) - max(char["top"], annot["top"])
    return shared >= LABEL_OVERLAP * (char["bottom"] - char["top"])


def _line_chars(page, line: str, annot: dict, top: float, size: float) -> list[dict]:
    """One line of a value as upright characters from the field's left, squeezed to fit its width."""
    room = annot["x1"] - annot["x0"] - 2 * FIELD_PADDING
    width = min(CHAR_WIDTH * size, room / max(1, len(line))) if room > 0 else CHAR_WIDTH * size
    x, bottom, height = annot["x0"] + FIELD_PADDING, top + size, page.bbox[3]
    chars = []
    for text in line:
        chars.append({
            "object_type": "char", "page_number": page.page_number, "text": text, "fontname": "form field",
            "size": size, "adv": width, "upright": True, "matrix": (1, 0, 0, 1, x, height - bottom),
            "x0": x, "x1": x + width, "top": top, "bottom": bottom, "y0": height - bottom, "y1": height - top,
            "width": width, "height": size, "doctop": page.initial_doctop + top,
            "mcid": None, "tag": None, "ncs": None, "stroking_color": None, "non_stroking_color": None,
        })
        x += width
    return chars
