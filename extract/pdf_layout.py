"""Blocks of one PDF page in reading order: paragraphs outside tables, and the tables.

Running headers and footers (lines in the top or bottom margin that recur on
several pages, or bare page numbers such as "Side 3 av 12") are left out of the
blocks. Captions ("Tabell 5.11 ...") directly above or below a table are attached.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import median

from .pdf_tables import ruled_tables, scanned_tables
from .pdf_text_tables import text_tables
from .pdf_words import BULLET, Line, group_lines
from .types import Paragraph, Table

MARGIN = 0.09  # share of the page height counted as header/footer zone
PAGE_NUMBER = re.compile(r"^[-–(\s]*((side|sida|page|s\.)\s*)?\d{1,4}(\s*(av|of|/|\|)\s*\d{1,4})?[-–)\s]*$", re.I)
CAPTION = re.compile(r"^(tabell|tab\.|figur|fig\.|table|figure|tabel)\s*\d", re.I)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "", text.lower())).strip()


def _margin_lines(page, words: list[dict]) -> list[Line]:
    height = float(page.height)
    return [l for l in group_lines(words) if l.bottom < height * MARGIN or l.top > height * (1 - MARGIN)]


def running_lines(pages, page_words: list[list[dict]]) -> set[str]:
    """Keys of header/footer lines that recur on several pages."""
    counts: Counter[str] = Counter()
    for page, words in zip(pages, page_words):
        counts.update({_key(l.text) for l in _margin_lines(page, words)})
    need = max(2, round(0.3 * len(page_words)))
    return {k for k, n in counts.items() if n >= need}


def _is_running(line: Line, page, running: set[str]) -> bool:
    height = float(page.height)
    in_margin = line.bottom < height * MARGIN or line.top > height * (1 - MARGIN)
    return in_margin and (_key(line.text) in running or bool(PAGE_NUMBER.match(line.text)))


def _inside(word: dict, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def page_blocks(page, words: list[dict], number: int, running: set[str], scanned: bool = False, rules: list[dict] = ()) -> list:
    """Paragraphs and tables of one page, top to bottom; `rules` are ruling lines found in a scan."""
    if scanned:
        tables: list[Table] = scanned_tables(page, words, number, list(rules))
    else:
        tables = ruled_tables(page, words, number)  # a header row repeated on every page is no page header
    free = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    running_ids = {id(w) for l in _margin_lines(page, free) if _is_running(l, page, running) for w in l.words}
    body_words = [w for w in free if id(w) not in running_ids]
    if scanned:
        tables += text_tables(body_words, number, method="ocr")
    else:
        graphics = list(page.curves) + list(page.rects) + list(page.lines)
        tables += text_tables(body_words, number, method="pdf-text", graphics=graphics)
    outside = [w for w in body_words if not any(_inside(w, t.bbox) for t in tables)]
    lines = group_lines(outside)
    paragraphs = _paragraphs(lines, number)
    _attach_captions(tables, paragraphs)
    items: list[tuple[float, object]] = [(p[0], p[1]) for p in paragraphs] + [(t.bbox[1], t) for t in tables]
    items.sort(key=lambda item: item[0])
    return [b for _, b in items]


def _paragraphs(lines: list[Line], number: int) -> list[tuple[float, Paragraph, Line, Line]]:
    """Lines grouped into paragraphs: (top, Paragraph, first line, last line)."""
    if not lines:
        return []
    body = median(l.size for l in lines)
    groups: list[list[Line]] = []
    for line in lines:
        if groups:
            prev = groups[-1][-1]
            gap = line.top - prev.bottom
            same_size = abs(line.size - prev.size) < 1.0
            if gap < 0.8 * prev.size and same_size and not BULLET.match(line.text) and not CAPTION.match(line.text):
                groups[-1].append(line)
                continue
        groups.append([line])
    out = []
    for g in groups:
        text = " ".join(l.text for l in g)
        style = "heading" if g[0].size >= body + 1.5 and len(text) < 200 else ""
        out.append((g[0].top, Paragraph(text=text, page=number, style=style), g[0], g[-1]))
    return out


def _attach_captions(tables: list[Table], paragraphs: list) -> None:
    for table in tables:
        x0, top, x1, bottom = table.bbox
        above = [p for p in paragraphs if p[3].bottom <= top + 1]
        below = [p for p in paragraphs if p[2].top >= bottom - 1]
        near_above = max(above, key=lambda p: p[3].bottom, default=None)
        near_below = min(below, key=lambda p: p[2].top, default=None)
        for p in (near_above, near_below):
            if p is None:
                continue
            gap = top - p[3].bottom if p is near_above else p[2].top - bottom
            if gap < 3 * p[2].size and CAPTION.match(p[1].text):
                table.caption = p[1].text
                break
        if near_above is not None and top - near_above[3].bottom < 6 * near_above[2].size:
            title = near_above[1].text
            if CAPTION.match(title) and len(above) > 1:
                title = None
            table.title = title
