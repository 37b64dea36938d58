"""Blocks of one PDF page in reading order: paragraphs outside tables, and the tables.

Running headers and footers (lines in the top or bottom margin that recur on
several pages, or bare page numbers such as "Side 3 av 12") are left out of the
blocks. Captions ("Tabell 5.11 ...") directly above or below a table are attached.

A page set in columns is cut into regions (`column_regions`): full-width parts and
the columns between them, read column by column. A column gutter is a band free of
words through a run of lines with several lines of prose on either side; a gutter
crossed or ruled down by a ruling line (a ruled table) or with short cells on either
side (a text table) is no gutter.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from math import inf
from statistics import median

from .pdf_tables import ruled_tables, scanned_tables
from .pdf_text_tables import text_tables
from .pdf_words import BULLET, Box, Line, centre_in, group_lines
from .types import Paragraph, Table

MARGIN = 0.09  # share of the page height counted as header/footer zone
PAGE_NUMBER = re.compile(r"^[-–(\s]*((side|sida|page|s\.)\s*)?\d{1,4}(\s*(av|of|/|\|)\s*\d{1,4})?[-–)\s]*$", re.I)
CAPTION = re.compile(r"^(tabell|tab\.|figur|fig\.|table|figure|tabel)\s*\d", re.I)
MIN_COLUMN_LINES = 4  # a column of prose holds at least this many lines
GUTTER = 1.0  # a gutter between columns is at least this many times the font size wide

WHOLE_PAGE: Box = (-inf, -inf, inf, inf)


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


def page_blocks(
    page, words: list[dict], number: int, running: set[str], scanned: bool = False, rules: list[dict] = (), regions: list[Box] = ()
) -> list:
    """Paragraphs and tables of one page in reading order; `rules` are ruling lines found in a scan,
    `regions` the page's columns and full-width parts (`column_regions`), none for one column."""
    if scanned:
        tables: list[Table] = scanned_tables(page, words, number, list(rules))
    else:
        tables = ruled_tables(page, words, number)  # a header row repeated on every page is no page header
    free = [w for w in words if not any(centre_in(w, t.bbox, 1) for t in tables)]
    running_ids = {id(w) for l in _margin_lines(page, free) if _is_running(l, page, running) for w in l.words}
    body_words = [w for w in free if id(w) not in running_ids]
    groups = words_by_region(body_words, regions)  # a page set in columns: column by column
    graphics = [] if scanned else list(page.curves) + list(page.rects) + list(page.lines)
    for group in groups:
        if scanned:
            tables += text_tables(group, number, method="ocr")
        else:
            tables += text_tables(group, number, method="pdf-text", graphics=graphics)
    region_lines = [group_lines([w for w in group if not any(centre_in(w, t.bbox, 1) for t in tables)]) for group in groups]
    body = median(l.size for lines in region_lines for l in lines) if any(region_lines) else 0.0
    paragraphs = [p for lines in region_lines for p in _paragraphs(lines, number, body)]
    _attach_captions(tables, paragraphs)
    items = [((_region_of(p[2].words[0], regions), p[0]), p[1]) for p in paragraphs]
    items += [((_region_of(_box_word(t.bbox), regions), t.bbox[1]), t) for t in tables]
    items.sort(key=lambda item: item[0])  # reading order: region by region, top to bottom in each
    return [b for _, b in items]


def _box_word(bbox: Box) -> dict:
    return {"x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3]}


def _paragraphs(lines: list[Line], number: int, body: float) -> list[tuple[float, Paragraph, Line, Line]]:
    """Lines grouped into paragraphs: (top, Paragraph, first line, last line); `body` is the page's
    body text size: larger lines are headings."""
    if not lines:
        return []
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


def column_regions(page, words: list[dict]) -> list[Box]:
    """The page cut into regions in reading order when it has columns of prose: full-width
    parts and, between them, each column top to bottom; [] for a page read as one column.

    The regions tile the page (the outer ones reach to infinity), so every word is in one."""
    lines = group_lines([w for w in words if w.get("upright", True)])
    if not lines:
        return []
    height = float(page.height)
    body = (height * MARGIN, height * (1 - MARGIN))
    rules = list(page.edges)
    regions = _cut(lines, WHOLE_PAGE, _Layout(body, rules, GUTTER * median(l.size for l in lines)))
    return regions if len(regions) > 1 else []


def words_by_region(words: list[dict], regions: list[Box]) -> list[list[dict]]:
    """The words of each region, in reading order; all words together when there are no regions."""
    if not regions:
        return [words]
    groups: list[list[dict]] = [[] for _ in regions]
    for w in words:
        groups[_region_of(w, regions)].append(w)
    return groups


def _region_of(word: dict, regions: list[Box]) -> int:
    """Index of the region holding the word's centre (0 without regions)."""
    return next((i for i, box in enumerate(regions) if centre_in(word, box)), 0)


@dataclass
class _Layout:
    """What the column search needs of a page: its body zone (top and bottom, outside header
    and footer), its ruling lines (edges), and the least width of a gutter."""

    body: tuple[float, float]
    rules: list[dict]
    gutter: float


def _cut(lines: list[Line], box: Box, layout: _Layout) -> list[Box]:
    """`box` (holding `lines`) cut into regions in reading order: the part above the longest run
    of lines with a gutter, the columns of that run (each cut again: three columns), the part below."""
    found = _best_gutter(lines, layout)
    if found is None:
        return [box]
    first, last, x = found
    x0, top, x1, bottom = box
    upper = (lines[first - 1].bottom + lines[first].top) / 2 if first else top
    lower = (lines[last - 1].bottom + lines[last].top) / 2 if last < len(lines) else bottom
    run = [w for line in lines[first:last] for w in line.words]
    left = group_lines([w for w in run if w["x1"] <= x])
    right = group_lines([w for w in run if w["x0"] >= x])
    regions = _cut(lines[:first], (x0, top, x1, upper), layout) if first else []
    regions += _cut(left, (x0, upper, x, lower), layout) + _cut(right, (x, upper, x1, lower), layout)
    if last < len(lines):
        regions += _cut(lines[last:], (x0, lower, x1, bottom), layout)
    return regions


def _best_gutter(lines: list[Line], layout: _Layout) -> tuple[int, int, float] | None:
    """The longest run of lines `lines[first:last]` with columns of prose either side of
    a gutter, and the gutter's middle: (first, last, x); None when there is none."""
    best = None
    for x in _gutter_candidates(lines, layout.gutter):
        for first, last in _open_runs(lines, x, layout):
            if best is not None and last - first <= best[1] - best[0]:
                continue
            run, band = lines[first:last], _band(lines[first:last], x)
            if band[1] - band[0] >= layout.gutter and _columns_of_prose(run, x) and not _ruled_gutter(run, band, layout.rules):
                best = (first, last, (band[0] + band[1]) / 2)
    return best


def _gutter_candidates(lines: list[Line], gutter: float) -> list[float]:
    """Middles of the gaps at least `gutter` wide between two words of a line."""
    pairs = [(a, b) for line in lines for a, b in zip(line.words, line.words[1:])]
    return sorted({round((a["x1"] + b["x0"]) / 2) for a, b in pairs if b["x0"] - a["x1"] >= gutter})


def _gap_at(line: Line, x: float) -> tuple[float, float] | None:
    """The free stretch of `line` around `x` (reaching to infinity past its ends), None when a word covers `x`."""
    if any(w["x0"] <= x <= w["x1"] for w in line.words):
        return None
    left = max((w["x1"] for w in line.words if w["x1"] < x), default=-inf)
    right = min((w["x0"] for w in line.words if w["x0"] > x), default=inf)
    return left, right


def _open_runs(lines: list[Line], x: float, layout: _Layout) -> list[tuple[int, int]]:
    """Maximal runs `lines[first:last]` of body lines free of words for a gutter's width around `x`."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate(lines + [None]):
        gap = _gap_at(line, x) if line is not None and _in_body(line, layout) else None
        if gap is not None and gap[1] - gap[0] >= layout.gutter:
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _in_body(line: Line, layout: _Layout) -> bool:
    return line.bottom >= layout.body[0] and line.top <= layout.body[1]


def _band(lines: list[Line], x: float) -> tuple[float, float]:
    """The band around `x` free of words in all `lines`."""
    gaps = [_gap_at(line, x) for line in lines]
    return max(g[0] for g in gaps), min(g[1] for g in gaps)


def _columns_of_prose(lines: list[Line], x: float) -> bool:
    """Both sides of `x` hold several lines of running text."""
    left = [Line(ws) for l in lines if (ws := [w for w in l.words if w["x1"] <= x])]
    right = [Line(ws) for l in lines if (ws := [w for w in l.words if w["x0"] >= x])]
    return _prose(left) and _prose(right)


def _prose(lines: list[Line]) -> bool:
    """Running text: several lines, most of several words, and many continuing a sentence
    (starting in lower case), unlike the short cells of a table."""
    if len(lines) < MIN_COLUMN_LINES:
        return False
    wordy = sum(len(l.words) >= 3 for l in lines)
    continued = sum(l.text[:1].islower() for l in lines[1:])
    return wordy >= 0.7 * len(lines) and continued >= 0.3 * (len(lines) - 1)


def _ruled_gutter(lines: list[Line], band: tuple[float, float], rules: list[dict]) -> bool:
    """A ruling line crosses the gutter among the lines, or runs down it: the rows or
    the column border of a table."""
    top, bottom = lines[0].top, lines[-1].bottom
    horizontal = [r for r in rules if r["orientation"] == "h"]
    vertical = [r for r in rules if r["orientation"] == "v"]
    across = any(r["x0"] < band[0] and r["x1"] > band[1] and top <= r["top"] <= bottom for r in horizontal)
    down = any(band[0] <= r["x0"] <= band[1] and r["top"] < bottom and r["bottom"] > top for r in vertical)
    return across or down
