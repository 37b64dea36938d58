"""Tables on one PDF page: ruled tables from their lines, merged cells from the geometry.

pdfplumber finds the ruling lines and the cell rectangles (lines strategy). The cell
grid is rebuilt from the distinct cell edges, so a rectangle spanning several grid
columns becomes one `Cell` with `col_span` (and likewise rows). Cell text comes from
the page's words (by their centre), wrapped lines joined (`pdf_words.cell_text`).
Rows and columns that hold no text (artefacts of stray line segments) are dropped.
"""
from __future__ import annotations

from typing import Iterable

from .pdf_text_tables import NUMBER, segments
from .pdf_words import BULLET, cell_text, centre_in, group_lines
from .types import Cell, Table

LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3, "intersection_tolerance": 3}
SNAP = 2.0  # points: cell edges closer than this are the same grid line
MIN_COLUMN = 15.0  # points: an empty grid column narrower than this is an artefact of the rules


def ruled_tables(page, words: list[dict], page_number: int) -> list[Table]:
    """Tables drawn with ruling lines on `page` (a pdfplumber Page)."""
    tables = []
    marks = list(page.images) + list(page.curves)
    noise = _shading_noise(page.rects)
    if noise:
        page = page.filter(lambda obj: id(obj) not in noise)
    settings = dict(LINES)
    closing = _closing_edges(page)
    if closing:
        settings["explicit_vertical_lines"] = closing
    for found in page.find_tables(table_settings=settings):
        table = table_from_rectangles(found.cells, words, page_number, method="pdf-lines", marks=marks)
        if table is not None:
            tables.append(table)
    return tables


def scanned_tables(page, words: list[dict], page_number: int, rules: list[dict]) -> list[Table]:
    """Ruled tables of a scanned page, from ruling lines found in its image (`ocr.ruling_lines`)."""
    horizontal = [r for r in rules if r["height"] == 0]
    vertical = [r for r in rules if r["height"] > 0]
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical,
        "explicit_horizontal_lines": horizontal,
        "snap_tolerance": 4,
        "join_tolerance": 4,
        "intersection_tolerance": 5,
    }
    tables = []
    for found in page.find_tables(table_settings=settings):
        table = table_from_rectangles(found.cells, words, page_number, method="ocr", snap=9.0)
        if table is not None:
            tables.append(table)
    return tables


def _closing_edges(page) -> list[dict]:
    """Left and right borders for tables ruled only horizontally plus inner column lines.

    Many reports draw row rules and column separators but no outer frame; pdfplumber
    needs the frame to close the cells."""
    h_edges: list[dict] = []
    for e in sorted(page.horizontal_edges, key=lambda e: (round(e["top"]), e["x0"])):
        last = h_edges[-1] if h_edges else None
        if last and abs(last["top"] - e["top"]) <= 1 and e["x0"] <= last["x1"] + 2:
            last["x1"] = max(last["x1"], e["x1"])
        else:
            h_edges.append({"x0": e["x0"], "x1": e["x1"], "top": e["top"], "bottom": e["bottom"]})
    h_edges = [e for e in h_edges if e["x1"] - e["x0"] > 30]
    v_edges = [e for e in page.vertical_edges if e["bottom"] - e["top"] > 3]
    groups: list[list[dict]] = []
    for e in sorted(h_edges, key=lambda e: (round(e["x0"]), round(e["x1"]))):
        for g in groups:
            if abs(g[0]["x0"] - e["x0"]) <= 3 and abs(g[0]["x1"] - e["x1"]) <= 3:
                g.append(e)
                break
        else:
            groups.append([e])
    out = []
    for g in groups:
        if len(g) < 2:
            continue
        x0, x1 = min(e["x0"] for e in g), max(e["x1"] for e in g)
        top, bottom = min(e["top"] for e in g), max(e["bottom"] for e in g)
        inner = [v for v in v_edges if x0 + 3 < v["x0"] < x1 - 3 and v["top"] < bottom and v["bottom"] > top]
        has_frame = any(abs(v["x0"] - x) <= 3 for v in v_edges for x in (x0, x1) if v["top"] < bottom and v["bottom"] > top)
        if inner and not has_frame:
            for x in (x0, x1):
                out.append({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top})
    return out


def _shading_noise(rects: list[dict]) -> set[int]:
    """Ids of filled, unstroked rectangles lying inside a larger one of the same colour.

    Word shades a cell with one rectangle per cell plus one per text line and padding
    strip; only the cell's own rectangle marks a boundary a reader sees."""
    filled = [r for r in rects if r.get("fill") and not r.get("stroke")]
    if len(filled) < 2:
        return set()
    noise = set()
    by_colour: dict = {}
    for r in filled:
        by_colour.setdefault(str(r.get("non_stroking_color")), []).append(r)
    for group in by_colour.values():
        group.sort(key=lambda r: -(r["x1"] - r["x0"]) * (r["bottom"] - r["top"]))
        for i, inner in enumerate(group):
            for outer in group[:i]:
                if (
                    outer["x0"] - 0.5 <= inner["x0"]
                    and inner["x1"] <= outer["x1"] + 0.5
                    and outer["top"] - 0.5 <= inner["top"]
                    and inner["bottom"] <= outer["bottom"] + 0.5
                    and id(outer) not in noise
                ):
                    noise.add(id(inner))
                    break
    return noise


def _snap(values: Iterable[float], tolerance: float = SNAP) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def table_from_rectangles(
    rects: list[tuple[float, float, float, float]],
    words: list[dict],
    page_number: int,
    method: str,
    marks: list[dict] = (),
    snap: float = SNAP,
) -> Table | None:
    """A `Table` from cell rectangles (x0, top, x1, bottom); None when it is not a real grid.

    `marks` are images/curves (status icons, checkboxes): a cell holding one counts as
    filled even without text, so its column survives."""
    if not rects:
        return None
    xs = _snap((v for r in rects for v in (r[0], r[2])), snap)
    ys = _snap((v for r in rects for v in (r[1], r[3])), snap)
    placed: dict[tuple[int, int], list] = {}
    for x0, top, x1, bottom in rects:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        placed[(r0, c0)] = [r0, c0, r1 - r0, c1 - c0, (x0, top, x1, bottom), []]

    def home(obj: dict) -> list | None:
        return next((entry for entry in placed.values() if centre_in(obj, entry[4])), None)

    for w in words:
        entry = home(w)
        if entry is not None:
            entry[5].append(w)
    marked = {id(e) for e in map(home, marks) if e is not None}
    if _unruled_inside(placed.values()):
        return None
    split = _line_rows(placed.values(), len(ys) - 1)
    base = [0]
    for r in range(len(ys) - 1):
        base.append(base[-1] + len(split.get(r, [0])))
    cells, boxes, filled = [], {}, set()
    for entry in placed.values():
        r, c, rs, cs, box, ws = entry
        if r in split and rs == 1:
            parts = _split_lines(ws, split[r])
        else:
            parts = [(0, base[r + rs] - base[r], ws)]
        for sub, span, part in parts:
            for col, col_span, piece in _split_columns(part, c, cs, xs):
                text = cell_text(piece, box if col_span == cs else None)
                cell = Cell(row=base[r] + sub, col=col, text=text, row_span=span, col_span=col_span)
                cells.append(cell)
                boxes[id(cell)] = box
                if cell.text or id(entry) in marked:
                    filled.add(id(cell))
    real_cols = {c.col for c in cells if c.col_span == 1 and xs[c.col + 1] - xs[c.col] >= MIN_COLUMN}
    cells = compact(cells, filled, real_cols)
    if not cells:
        return None
    kept = [boxes[id(c)] for c in cells]
    bbox = (min(b[0] for b in kept), min(b[1] for b in kept), max(b[2] for b in kept), max(b[3] for b in kept))
    table = Table(cells=cells, page=page_number, bbox=bbox, method=method, last_page=page_number)
    if table.n_rows < 2 or table.n_cols < 2:
        return None
    return table


def _split_columns(words: list[dict], col: int, span: int, xs: list[float]) -> list[tuple[int, int, list[dict]]]:
    """A merged cell whose words stand apart in the grid's columns is several cells.

    Zebra-striped tables shade each row with one full-width rectangle; the columns
    are only drawn in the header. Split when every gap-separated segment of every
    line lies inside one column and at least two columns get text."""
    if span == 1 or not words:
        return [(col, span, words)]
    bounds = xs[col : col + span + 1]
    pieces: dict[int, list[dict]] = {}
    for line in group_lines(words):
        for seg in segments(line):
            inside = [k for k in range(span) if bounds[k] - 1 <= seg.x0 and seg.x1 <= bounds[k + 1] + 1]
            if not inside:
                return [(col, span, words)]
            pieces.setdefault(inside[0], []).extend(seg.words)
    if len(pieces) < 2:
        return [(col, span, words)]
    out = []
    starts = sorted(pieces)
    for i, k in enumerate(starts):
        out.append((col + k, 1, pieces[k]))
    return out


def _unruled_inside(entries) -> bool:
    """True when many cells hold several whitespace-separated columns of their own:
    the rules frame the table but do not separate its columns, so the text
    alignment reads it better."""
    with_text = [e for e in entries if e[5] and e[3] == 1]  # merged cells are split by `_split_columns`
    if len(with_text) < 2:
        return False
    split = 0
    for entry in with_text:
        lines = group_lines(entry[5])
        multi = sum(1 for line in lines if len(segments(line)) >= 2)
        if multi * 2 >= len(lines) and multi:
            split += 1
    return split >= 2 and split > 0.3 * len(with_text)


def _line_rows(entries, n_rows: int) -> dict[int, list[float]]:
    """Baselines of grid rows that really hold several table rows.

    A ruled table may draw no rules between its body rows: one grid row then holds
    several text lines per cell. When a cell holds a number on each of its lines, the
    lines are rows (baselines shared across the row's cells); wrapped text is not."""
    by_row: dict[int, list] = {}
    for entry in entries:
        if entry[2] == 1:
            by_row.setdefault(entry[0], []).append(entry)
    out: dict[int, list[float]] = {}
    for r, row in by_row.items():
        numeric_stack = False
        tops: list[float] = []
        for entry in row:
            lines = group_lines(entry[5])
            if len(lines) >= 2 and all(NUMBER.match(l.text.replace(" ", "")) for l in lines):
                numeric_stack = True
            tops.extend(l.top for l in lines)
        if numeric_stack:
            out[r] = _snap(tops)
    return out


def _split_lines(words: list[dict], baselines: list[float]) -> list[tuple[int, int, list[dict]]]:
    """Words of one cell dealt to the sub-rows whose baseline is nearest."""
    parts: dict[int, list[dict]] = {}
    for line in group_lines(words):
        k = min(range(len(baselines)), key=lambda i: abs(baselines[i] - line.top))
        parts.setdefault(k, []).extend(line.words)
    if not parts:
        return [(0, 1, [])]
    return [(k, 1, ws) for k, ws in sorted(parts.items())]


def compact(cells: list[Cell], filled: set[int] | None = None, keep_cols: set[int] = frozenset()) -> list[Cell]:
    """Drop grid rows/columns in which no filled cell starts; shrink spans across them.

    Cells are changed in place; `filled` holds ids of cells that count as content
    (default: cells with text); `keep_cols` are columns kept even when empty."""
    filled = filled if filled is not None else {id(c) for c in cells if c.text}
    for axis in ("col", "row"):
        span = f"{axis}_span"
        keep = sorted({getattr(c, axis) for c in cells if id(c) in filled} | (set(keep_cols) if axis == "col" else set()))
        if not keep:
            return []
        out = []
        for c in cells:
            start = getattr(c, axis)
            end = start + getattr(c, span)
            kept = [k for k in keep if start <= k < end]
            if not kept:
                continue
            setattr(c, axis, keep.index(kept[0]))
            setattr(c, span, len(kept))
            out.append(c)
        cells = out
    # a position can end up doubly occupied when an empty cell shrank onto a filled one
    seen: dict[tuple[int, int], Cell] = {}
    for c in sorted(cells, key=lambda c: (id(c) not in filled, c.row, c.col)):
        seen.setdefault((c.row, c.col), c)
    return sorted(seen.values(), key=lambda c: (c.row, c.col))


def join_continued(blocks: list) -> list:
    """Join a table continued on the next page into the table it continues.

    A table that ends its page and a table that opens the next one, with the same
    number of columns and the same left and right edges, are one table; a header row
    repeated on the new page is dropped."""
    out: list = []
    for block in blocks:
        prev = out[-1] if out else None
        if isinstance(block, Table) and isinstance(prev, Table) and continues(prev, block):
            _append_rows(prev, block)
            continue
        out.append(block)
    return out


CONTINUATION_TOLERANCE = 4.0  # points the left/right edges of a continued table may differ


def continues(first: Table, second: Table, tolerance: float = CONTINUATION_TOLERANCE) -> bool:
    """Is `second` the same table as `first`, continued on the next page (same number of
    columns, left and right edges within `tolerance` points)?"""
    if first.page is None or second.page != (first.last_page or first.page) + 1:
        return False
    if first.n_cols != second.n_cols or first.bbox is None or second.bbox is None:
        return False
    return abs(first.bbox[0] - second.bbox[0]) <= tolerance and abs(first.bbox[2] - second.bbox[2]) <= tolerance


def _carry_split_row(first: Table, second: Table, skip: int) -> set[int]:
    """Ids of cells of `second`'s first body row that continue `first`'s last row.

    A row broken by the page break goes on in the same cells: same columns and
    spans, text starting in lower case, or a bullet list going on."""
    last = max(c.row for c in first.cells)
    tail = {(c.col, c.col_span): c for c in first.cells if c.row == last}
    head = [c for c in second.cells if c.row == skip]
    if not head or any(c.row_span != 1 for c in head):
        return set()
    filled = [c for c in head if c.text]
    if not filled or any((c.col, c.col_span) not in tail for c in head):
        return set()
    if any(not tail[(c.col, c.col_span)].text for c in filled):
        return set()
    tail_filled = [c for c in tail.values() if c.text]
    head_text = {(c.col, c.col_span): c.text for c in head}
    missing = sum(1 for key, c in tail.items() if c.text and not head_text.get(key))
    low = [c.text[:1].islower() for c in filled]
    listing = [bool(BULLET.match(c.text) and BULLET.match(tail[(c.col, c.col_span)].text.split("\n")[-1])) for c in filled]
    fragment = len(filled) * 2 <= len(tail_filled) and not any(c.text[:1].isupper() for c in filled)
    if not (all(a or b for a, b in zip(low, listing)) or (missing and (any(low) or fragment))):
        return set()
    for c in filled:
        before = tail[(c.col, c.col_span)]
        before.text = f"{before.text}\n{c.text}" if BULLET.match(c.text) else f"{before.text} {c.text}"
    return {id(c) for c in head}


def _norm_row(row: list[str]) -> list[str]:
    return [" ".join(t.split()).lower() for t in row]


def _append_rows(first: Table, second: Table) -> None:
    head = first.grid()
    tail = second.grid()
    skip = 0
    for k in range(1, min(3, len(head), len(tail)) + 1):
        if any(any(r) for r in tail[:k]) and _norm_row(sum(head[:k], [])) == _norm_row(sum(tail[:k], [])):
            skip = k
    carried = _carry_split_row(first, second, skip)
    offset = first.n_rows - (1 if carried else 0)  # the carried row's place is taken by the next
    for c in second.cells:
        if c.row < skip or id(c) in carried:
            continue
        first.cells.append(Cell(row=c.row - skip + offset, col=c.col, text=c.text, row_span=c.row_span, col_span=c.col_span))
    first.last_page = second.last_page or second.page
    first.caption = first.caption or second.caption
