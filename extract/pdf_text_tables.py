"""Tables without ruling lines, found from how words line up (budget prints, forms).

1. Words are grouped into lines; a line is cut into *segments* where the gap between
   two words is wider than a word space. Digit groups ("1 500", "-12 500") are
   separated by a plain space, so they stay in one segment.
2. A run of lines with two or more segments, close together, is a table candidate.
3. Column x-ranges come from the segments of the fullest lines first; a segment
   that covers several established columns becomes a spanning cell instead of
   merging them. Segments that still cover two number columns are cut between the
   numbers by those columns' right edges.
4. A line that only continues text columns of the row above (a wrapped cell, tighter
   line spacing than between rows) is joined into that row; stacked header lines
   above the first data row are joined the same way.
"""
from __future__ import annotations

import re
from statistics import median

from .pdf_words import Line, centre_in, group_lines, join_cell_lines
from .types import Cell, Table

NUMBER = re.compile(r"^[-–−+]?\(?[-–−+]?\d[\d.,]*\)?%?$|^[-–−]$")
BULLETS = re.compile(r"^([•◦▪▫●○■□\-–—*·o\uf000-\uf0ff]+|\d{1,2}[.)]|[a-zA-Z][.)]|\(?[ivx]{1,4}\))$")
GAP = 0.75  # times font size: a wider gap between words starts a new segment
MAX_LINE_GAP = 2.2  # times font size: a wider vertical gap ends a table


class Segment:
    """Consecutive words of one line that belong to one cell."""

    def __init__(self, words: list[dict]):
        self.words = words
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        self.text = " ".join(w["text"] for w in words)

    @property
    def numeric(self) -> bool:
        return all(NUMBER.match(w["text"]) for w in self.words)


def _size(line: Line) -> float:
    return median(w.get("size", w["bottom"] - w["top"]) for w in line.words)


def segments(line: Line) -> list[Segment]:
    """The line cut where words are further apart than a word space."""
    size = _size(line)
    if _justified(line.words):
        return [Segment(line.words)]
    out: list[list[dict]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:]):
        gap = word["x0"] - prev["x1"]
        limit = GAP * size
        if NUMBER.match(prev["text"]) and NUMBER.match(word["text"]) and _thousands(prev["text"], word["text"]):
            limit = 0.5 * size  # a digit group: only a clearly wider gap separates
        if gap > limit:
            out.append([word])
        else:
            out[-1].append(word)
    merged: list[list[dict]] = []
    for ws in out:
        if merged and len(merged[-1]) == 1 and BULLETS.match(merged[-1][0]["text"]):
            merged[-1].extend(ws)  # a bullet and its hanging-indented text are one segment
        else:
            merged.append(ws)
    return [Segment(ws) for ws in merged]


def _justified(words: list[dict]) -> bool:
    """A line of running text stretched to the margins: many words, all gaps alike."""
    if len(words) < 6 or sum(1 for w in words if NUMBER.match(w["text"])) * 2 >= len(words):
        return False
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(words, words[1:]))
    return gaps[-1] <= 1.6 * max(gaps[len(gaps) // 2], 0.5)


def _thousands(a: str, b: str) -> bool:
    return bool(re.fullmatch(r"[-–−]?\(?\d{1,3}", a) and re.fullmatch(r"\d{3}(,\d+)?\)?", b))


def text_tables(words: list[dict], page_number: int, method: str = "pdf-text", graphics: list[dict] = ()) -> list[Table]:
    """Tables found from word alignment among `words` (words of ruled tables removed).

    `graphics` are the page's curves, rectangles and lines: a candidate lying on a
    chart (many small shapes) is the chart's labels, not a table."""
    lines = group_lines([w for w in words if w.get("upright", True)])
    rows = [(line, segments(line)) for line in lines]
    tables = []
    for run in _runs(rows):
        table = _table(run, page_number, method)
        if table is not None and _plausible(table) and not _on_chart(table.bbox, graphics):
            tables.append(table)
    return tables


def _plausible(table: Table) -> bool:
    """Not a bullet list and not the scattered labels of a figure."""
    grid = table.grid()
    first = [row[0] for row in grid if row[0]]
    if first and all(BULLETS.match(t) for t in first):
        return False
    filled = sum(1 for c in table.cells if c.text)
    return not (table.n_rows >= 4 and filled < 0.4 * table.n_rows * table.n_cols)


def _on_chart(bbox, graphics: list[dict]) -> bool:
    x0, top, x1, bottom = bbox
    width = x1 - x0
    shapes = 0
    for g in graphics:
        if not centre_in(g, bbox, 2):
            continue
        w, h = g["x1"] - g["x0"], g["bottom"] - g["top"]
        bar = g.get("object_type") == "rect" and g.get("fill") and not g.get("stroke")
        if g.get("object_type") == "curve" or (bar and min(w, h) >= 3 and w < 0.5 * width):
            shapes += 1
    return shapes >= 5


def _runs(rows: list[tuple[Line, list[Segment]]]) -> list[list[tuple[Line, list[Segment]]]]:
    """Stretches of lines that may be a table: multi-segment lines and what lies between them."""
    runs: list[list] = []
    current: list = []
    singles = 0
    for line, segs in rows:
        if current:
            prev = current[-1][0]
            if line.top - prev.bottom > MAX_LINE_GAP * _size(prev):
                runs.append(current)
                current, singles = [], 0
        if len(segs) >= 2:
            current.append((line, segs))
            singles = 0
        elif current:
            singles += 1
            if singles > 3:
                runs.append(current[: len(current) - 3])
                current, singles = [], 0
            else:
                current.append((line, segs))
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and len(run[-1][1]) < 2:
            run = run[:-1]
        if sum(1 for _, segs in run if len(segs) >= 2) >= 2:
            out.append(run)
    return out


def _columns(run) -> list[list[float]]:
    """Column x-ranges [x0, x1] from the fullest lines first."""
    columns: list[list[float]] = []
    for _, segs in sorted(run, key=lambda r: -len(r[1])):
        if len(segs) < 2:
            continue
        for seg in segs:
            hits = [c for c in columns if seg.x0 <= c[1] and c[0] <= seg.x1]
            if len(hits) == 1:
                hits[0][0] = min(hits[0][0], seg.x0)
                hits[0][1] = max(hits[0][1], seg.x1)
            elif not hits:
                columns.append([seg.x0, seg.x1])
        columns.sort()
        merged: list[list[float]] = []
        for c in columns:
            if merged and c[0] <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], c[1])
            else:
                merged.append(c)
        columns = merged
    return columns


def _place(seg: Segment, columns: list[list[float]]) -> tuple[int, int]:
    hits = [i for i, c in enumerate(columns) if seg.x0 <= c[1] + 1 and c[0] - 1 <= seg.x1]
    if not hits:
        centre = (seg.x0 + seg.x1) / 2
        i = min(range(len(columns)), key=lambda k: min(abs(columns[k][0] - centre), abs(columns[k][1] - centre)))
        return i, 1
    return hits[0], hits[-1] - hits[0] + 1


def _split_numbers(seg: Segment, first: int, span: int, columns: list[list[float]]) -> list[tuple[int, int, Segment]]:
    """A run of numbers covering several columns, cut at the columns' right edges."""
    if span == 1 or not seg.numeric:
        return [(first, span, seg)]
    out: list[tuple[int, int, Segment]] = []
    groups: dict[int, list[dict]] = {}
    for w in seg.words:
        k = min(range(first, first + span), key=lambda i: abs(columns[i][1] - w["x1"]) if w["x1"] <= columns[i][1] + 2 else 1e9)
        groups.setdefault(k, []).append(w)
    for k in sorted(groups):
        out.append((k, 1, Segment(groups[k])))
    return out


def _table(run, page_number: int, method: str) -> Table | None:
    columns = _columns(run)
    if len(columns) < 2:
        return None
    placed: list[tuple[Line, list[tuple[int, int, Segment]]]] = []
    for line, segs in run:
        cells = []
        for seg in segs:
            first, span = _place(seg, columns)
            cells.extend(_split_numbers(seg, first, span, columns))
        placed.append((line, cells))
    support = [0] * len(columns)
    for _, cells in placed:
        for k, span, _ in cells:
            if span == 1:
                support[k] += 1
    if sum(1 for s in support if s >= 2) < 2:
        return None
    if _looks_like_prose(placed, len(columns)):
        return None
    rows = _join_wrapped(placed, columns)
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        for k, (span, texts) in sorted(row.items()):
            cells.append(Cell(row=r, col=k, text=join_cell_lines(texts), col_span=span))
    x0 = min(columns[0][0], min(l.x0 for l, _ in run))
    x1 = max(columns[-1][1], max(l.x1 for l, _ in run))
    bbox = (x0, min(l.top for l, _ in run), x1, max(l.bottom for l, _ in run))
    table = Table(cells=cells, page=page_number, bbox=bbox, method=method, last_page=page_number)
    if table.n_rows < 2 or table.n_cols < 2:
        return None
    return table


def _looks_like_prose(placed, n_cols: int) -> bool:
    """Two columns of running text (a two-column page) are not a table."""
    per_col: dict[int, list[int]] = {}
    for _, cells in placed:
        for k, _, seg in cells:
            per_col.setdefault(k, []).append(len(seg.words))
    medians = [median(counts) for counts in per_col.values()]
    long_cols = sum(1 for m in medians if m >= 5)
    if long_cols == len(per_col) and len(placed) >= 3:
        return True
    return n_cols == 2 and max(medians) >= 8  # a label with a paragraph beside it


def _join_wrapped(placed, columns) -> list[dict[int, tuple[int, list[str]]]]:
    """Rows of {column: (span, [lines])}; wrapped continuation lines joined to their row."""
    numeric_cols = _numeric_columns(placed, len(columns))
    gaps = [b[0].top - a[0].bottom for a, b in zip(placed, placed[1:])]
    row_gap = median(gaps) if gaps else 0.0
    rows: list[dict[int, tuple[int, list[str]]]] = []
    prev_line = None
    first_data = next((i for i, (_, cells) in enumerate(placed) if any(k in numeric_cols and seg.numeric for k, _, seg in cells)), None)
    for i, (line, cells) in enumerate(placed):
        if rows and prev_line is not None:
            gap = line.top - prev_line.bottom
            filled = {k for k, _, _ in cells}
            text_only = not any(seg.numeric for _, _, seg in cells)
            tight = gap < row_gap - 0.5 or gap < 0.15 * _size(line)
            fits = all(k in rows[-1] and rows[-1][k][0] == span for k, span, _ in cells)
            header_zone = first_data is not None and i < first_data
            if text_only and fits and (tight or (header_zone and gap < 0.5 * _size(line))) and not filled & numeric_cols - set(rows[-1]):
                for k, _, seg in cells:
                    rows[-1][k][1].append(seg.text)
                prev_line = line
                continue
        rows.append({k: (span, [seg.text]) for k, span, seg in cells})
        prev_line = line
    return rows


def _numeric_columns(placed, n_cols: int) -> set[int]:
    counts = [[0, 0] for _ in range(n_cols)]
    for _, cells in placed:
        for k, _, seg in cells:
            counts[k][0 if seg.numeric else 1] += 1
    return {k for k, (num, text) in enumerate(counts) if num > text}
