"""Program goals and expected gains of a budget article ("PROGRAM: X", "Mål",
"Forventede gevinster", then a bullet list).

Works on paragraphs in reading order, whatever the format: HTML `<li>` (style "li"),
DOCX list paragraphs (style "List …"), transcript / PDF lines opening with a bullet
glyph ("• …"). A non-list paragraph ends the list. Item text is kept verbatim; only the
bullet mark and a stray leading "- " after it are removed.
"""
from __future__ import annotations

import re
from typing import Optional

from .typed_text import GLYPH, norm_key, squash
from .types import Paragraph, ProgramItem, ReadDocument

PROGRAM = re.compile(r"^program(?:\s+\d{1,2})?\s*:\s*(.+)$", re.I)
KIND_HEADINGS = {
    "mål": "mål", "mål for programmet": "mål", "målsetting": "mål", "målsettinger": "mål", "hovedmål": "mål",
    "forventede gevinster": "gevinst", "forventet gevinst": "gevinst", "gevinster": "gevinst",
    "forventede gevinster for programmet": "gevinst",
}
STRAY_DASH = re.compile(r"^-\s+")


def _is_list(p: Paragraph) -> bool:
    style = p.style.lower()
    return style == "li" or "list" in style or bool(GLYPH.match(p.text))


def _items(p: Paragraph) -> list[str]:
    """Bullet texts of one list paragraph (a PDF paragraph may hold several bullets,
    and lines that wrap)."""
    lines = [ln for ln in p.text.split("\n") if ln.strip()]
    items: list[str] = []
    for line in lines:
        if GLYPH.match(line) or not items:
            items.append(GLYPH.sub("", line))
        else:
            items[-1] = f"{items[-1]} {line}"
    return [STRAY_DASH.sub("", squash(t)) for t in items if squash(t)]


def extract_program_items(doc: ReadDocument) -> list[ProgramItem]:
    """Goals ("mål") and expected gains ("gevinst") per program, numbered per program and kind."""
    out: list[ProgramItem] = []
    program: Optional[str] = None
    kind: Optional[str] = None
    counts: dict[tuple[str, str], int] = {}
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            kind = None
            continue
        text = squash(block.text)
        m = PROGRAM.match(text)
        if m:
            program, kind = squash(m.group(1)), None
            continue
        heading = KIND_HEADINGS.get(norm_key(text))
        if heading and not _is_list(block):
            kind = heading
            continue
        if program and kind and _is_list(block):
            for item in _items(block):
                counts[(program, kind)] = counts.get((program, kind), 0) + 1
                out.append(ProgramItem(program=program, kind=kind, ord=counts[(program, kind)], text=item, page=block.page))
        elif kind:
            kind = None
    return out
