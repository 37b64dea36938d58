"""Scanned pages as images: deskew, binarise, ruling lines, and OCR of table cells.

A scanned ruled table is read in three steps:

1. The page is binarised (adaptive threshold) and straightened: the skew angle comes
   from the long horizontal ruling lines (a straight line fitted to each), or, on a
   page without rules, from the projection profile of the text lines.
2. Ruling lines are found in the straightened image by morphological opening with
   long thin kernels (OpenCV). They give the cell grid (pdfplumber's explicit-lines
   table finder, in PDF points), and they are erased from the image before OCR so
   they cannot be read as "|", "'" or "_".
3. Every cell that holds ink is cropped (a margin trimmed at the ruling lines, specks
   of dust ignored) and the crops are stacked into one mosaic image that Tesseract
   reads in a single call with `--psm 6` (a uniform block of text): every cell is read
   on its own, so words of neighbouring cells are never merged into one line, yet
   the page costs one Tesseract start, not one per cell.

Text outside the tables is read from the same straightened image with the tables
blanked out (`--psm 3`). Word boxes are returned in PDF points of the straightened
page, so the table and line code for text-layer pages runs on them unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
import pytesseract

LANG = "nor"
CELL_CONFIG = "--psm 6 -c preserve_interword_spaces=0"
PAGE_CONFIG = "--psm 3"
MAX_SKEW = 3.0  # degrees: scanners rarely do worse; a larger estimate is a misreading
MIN_SKEW = 0.03  # degrees: below this the page is left as it is
MOSAIC_GAP = 0.35  # white space between stacked cells: this share of the median crop height, at least MIN_GAP_PX
MIN_GAP_PX = 24
UPSCALE = 1.0  # the cell mosaic is enlarged by this before OCR


@dataclass
class Scan:
    """One straightened page: grey image, ink mask, line masks, pixels per point."""

    grey: np.ndarray
    ink: np.ndarray
    hmask: np.ndarray
    vmask: np.ndarray
    scale: float
    angle: float = 0.0
    rules: list[dict] = field(default_factory=list)

    @property
    def clean(self) -> np.ndarray:
        """The grey image with ruling lines painted white."""
        lines = cv2.dilate(self.hmask | self.vmask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        out = self.grey.copy()
        out[lines > 0] = 255
        return out


# --------------------------------------------------------------------------- image


def binarise(grey: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0: adaptive mean threshold, robust to uneven scan background."""
    return cv2.adaptiveThreshold(~grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)


def line_masks(ink: np.ndarray, scale: float, min_share: float = 0.04) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical stroke masks: ink opened with long thin kernels.

    Horizontal strokes must be longer than `min_share` of the page width; vertical ones
    taller than ~12 pt (a table row; letters are shorter)."""
    length = max(10, int(ink.shape[1] * min_share))
    short = max(10, int(12 * scale))
    h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, short)))
    return _drop_edges(h), _joined_verticals(v, _drop_edges(h))


def _drop_edges(mask: np.ndarray, share: float = 0.012) -> np.ndarray:
    """Strokes hugging the image border are scanner edges and shadows, not rules."""
    out = mask.copy()
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    my, mx = int(mask.shape[0] * share), int(mask.shape[1] * share)
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if y + h <= my or y >= mask.shape[0] - my or x + w <= mx or x >= mask.shape[1] - mx:
            out[labels == i] = 0
    return out


def _joined_verticals(vmask: np.ndarray, hmask: np.ndarray) -> np.ndarray:
    """Vertical strokes that meet a horizontal rule at one of their ends.

    Table rules cross; the stems of large letters, a scan's edge or a "|" in the text
    stand free, so they are neither grid lines nor erased before OCR."""
    reach = 4
    near = cv2.dilate(hmask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * reach + 1, 2 * reach + 1)))
    out = np.zeros_like(vmask)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(vmask)
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        ends = (near[y : y + reach, x : x + w], near[y + h - reach : y + h, x : x + w])
        if any(e.any() for e in ends):
            out[y : y + h, x : x + w][labels[y : y + h, x : x + w] == i] = 255
    return out


def skew_angle(ink: np.ndarray, hmask: np.ndarray) -> float:
    """Skew of the page in degrees (positive: text runs downhill to the right)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(hmask)
    width = ink.shape[1]
    angles, weights = [], []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if w < 0.2 * width:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == i)
        if len(xs) < 20:
            continue
        slope = np.polyfit(xs.astype(float), ys.astype(float), 1)[0]
        angles.append(np.degrees(np.arctan(slope)))
        weights.append(w)
    if angles and sum(weights) >= 0.5 * width:
        order = np.argsort(angles)
        cum = np.cumsum(np.asarray(weights, float)[order])
        return float(np.asarray(angles)[order][np.searchsorted(cum, cum[-1] / 2)])  # weighted median
    return _profile_angle(ink)


def _profile_angle(ink: np.ndarray) -> float:
    """Skew from text lines: the angle whose row projection is sharpest."""
    small = cv2.resize(ink, (ink.shape[1] // 3, ink.shape[0] // 3), interpolation=cv2.INTER_AREA)
    if small.sum() == 0:
        return 0.0
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(small, m, (small.shape[1], small.shape[0]), flags=cv2.INTER_NEAREST)
        rows = rotated.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(rows) ** 2))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    fine = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), key=sharpness)
    return float(fine)


def rotate(grey: np.ndarray, angle: float) -> np.ndarray:
    """`grey` turned by `angle` degrees about its centre, new corners white."""
    centre = (grey.shape[1] / 2, grey.shape[0] / 2)
    m = cv2.getRotationMatrix2D(centre, angle, 1.0)
    return cv2.warpAffine(grey, m, (grey.shape[1], grey.shape[0]), flags=cv2.INTER_LINEAR, borderValue=255)


def prepare(image, scale: float) -> Scan:
    """A rendered page (PIL image) binarised, straightened, with its ruling lines."""
    grey = np.asarray(image.convert("L"))
    ink = binarise(grey)
    hmask, vmask = line_masks(ink, scale)
    angle = skew_angle(ink, hmask)
    if abs(angle) > MAX_SKEW:
        angle = 0.0
    if abs(angle) >= MIN_SKEW:
        grey = rotate(grey, angle)
        ink = binarise(grey)
        hmask, vmask = line_masks(ink, scale)
    scan = Scan(grey=grey, ink=ink, hmask=hmask, vmask=vmask, scale=scale, angle=angle)
    scan.rules = _rules(scan)
    return scan


def _rules(scan: Scan) -> list[dict]:
    """Ruling lines as pdfplumber-style line dicts in PDF points."""
    lines = []
    grow = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    for orientation, mask in (("h", scan.hmask), ("v", scan.vmask)):
        count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(mask, grow))
        for x, y, w, h, _ in stats[1:count]:
            s = scan.scale
            x0, top, x1, bottom = x / s, y / s, (x + w) / s, (y + h) / s
            if orientation == "h":
                mid = (top + bottom) / 2
                lines.append({"object_type": "line", "x0": x0, "x1": x1, "top": mid, "bottom": mid, "width": x1 - x0, "height": 0})
            else:
                mid = (x0 + x1) / 2
                lines.append({"object_type": "line", "x0": mid, "x1": mid, "top": top, "bottom": bottom, "width": 0, "height": bottom - top})
    return lines


# --------------------------------------------------------------------------- cells


def cell_ink(crop: np.ndarray, min_area: int) -> np.ndarray | None:
    """The ink of one cell crop (grey) as a 0/255 mask, or None when it holds only dust.

    The threshold is Otsu's, but at least 40 grey levels darker than the cell's
    background, so a shaded header cell keeps its letters and loses its shading;
    components smaller than `min_area` pixels (specks of dust) are dropped."""
    if crop.size == 0:
        return None
    otsu, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    limit = min(otsu, float(np.median(crop)) - 40)
    if limit <= 0:
        return None
    mask = np.where(crop < limit, 255, 0).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(count, bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    if not keep.any():
        return None
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def cell_crop(scan: Scan, cell: tuple[float, float, float, float], clean: np.ndarray | None = None):
    """The ink of one cell (x0, top, x1, bottom in points): (px, py, image, mask) with
    the crop's top-left corner in page pixels, the letters in their own grey on white
    (shading, dust and ruling lines gone) and their 0/255 mask; None for an empty cell.

    The crop starts a point inside the cell's ruling lines and is then cut to its ink."""
    s = scan.scale
    clean = scan.clean if clean is None else clean
    x0, top, x1, bottom = cell
    inset = max(2, int(round(1.0 * s)))  # a point inside the ruling line's centre
    min_area = max(5, int(round((0.75 * s) ** 2)))  # dust: smaller than a 0.75 pt square
    px0, py0 = int(round(x0 * s)) + inset, int(round(top * s)) + inset
    px1, py1 = int(round(x1 * s)) - inset, int(round(bottom * s)) - inset
    if px1 - px0 < 4 or py1 - py0 < 4:
        return None
    crop = clean[py0:py1, px0:px1]
    mask = cell_ink(crop, min_area)
    if mask is None:
        return None
    ys, xs = np.nonzero(mask)
    bx0, by0, bx1, by1 = xs.min(), ys.min(), xs.max() + 1, ys.max() + 1
    if (bx1 - bx0) * (by1 - by0) < 4 * min_area:
        return None
    near = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))[by0:by1, bx0:bx1]
    piece = np.where(near > 0, crop[by0:by1, bx0:bx1], 255).astype(np.uint8)
    return int(px0 + bx0), int(py0 + by0), piece, mask[by0:by1, bx0:bx1]


def cell_words(scan: Scan, cells: list[tuple[float, float, float, float]], lang: str = LANG) -> list[dict]:
    """OCR of every cell (x0, top, x1, bottom in points) that holds ink, in one Tesseract call.

    Returns word dicts in points; words of one cell line share top/bottom, and `block`
    is (cell index, 0, line) so bullets and text lines are told apart per cell."""
    s = scan.scale
    clean = scan.clean
    pad = max(6, int(round(3 * s)))
    crops = []
    for index, cell in enumerate(cells):
        found = cell_crop(scan, cell, clean)
        if found is not None:
            crops.append((index, *found))
    if not crops:
        return []
    heights = sorted(c[3].shape[0] for c in crops)
    gap = max(MIN_GAP_PX, int(MOSAIC_GAP * heights[len(heights) // 2]), pad * 2)
    width = max(c[3].shape[1] for c in crops) + 2 * pad
    height = sum(c[3].shape[0] for c in crops) + gap * (len(crops) + 1)
    mosaic = np.full((height, width), 255, np.uint8)
    placed = []  # (mosaic y0, y1, cell index, page px x0, page px y0)
    y = gap
    for index, px, py, crop, _ in crops:
        h, w = crop.shape
        mosaic[y : y + h, pad : pad + w] = crop
        placed.append((y, y + h, index, px, py))
        y += h + gap
    zoom = UPSCALE
    if zoom != 1:
        mosaic = cv2.resize(mosaic, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    data = pytesseract.image_to_data(mosaic, lang=lang, config=CELL_CONFIG, output_type=pytesseract.Output.DICT)
    if zoom != 1:
        for key in ("left", "top", "width", "height"):
            data[key] = [v / zoom for v in data[key]]
    words = []
    starts = [p[0] for p in placed]
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        left, wtop, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        cy = wtop + h / 2
        k = int(np.searchsorted(starts, cy, side="right")) - 1
        if k < 0:
            continue
        y0, y1, index, px, py = placed[k]
        if cy > y1 + gap / 2:
            continue
        gx, gy = px + (left - pad), py + (wtop - y0)
        words.append(
            {
                "text": text,
                "x0": gx / s,
                "x1": (gx + w) / s,
                "top": gy / s,
                "bottom": (gy + h) / s,
                "size": h / s,
                "block": (10_000 + index, data["par_num"][i], (data["block_num"][i], data["line_num"][i])),
                "conf": float(data["conf"][i]),
                "cell": index,
            }
        )
    for k, (_, _, index, px, py) in enumerate(placed):
        words += unread_ticks([w for w in words if w["cell"] == index], crops[k][4], px, py, s)
    _even_lines(words)
    return words


def unread_ticks(words: list[dict], mask: np.ndarray, px: int, py: int, s: float) -> list[dict]:
    """Marks after a label ("Pågår:") that Tesseract read as nothing: a tick, a cross
    or a filled box becomes a word "x"; an empty box (a hollow square) stays unticked."""
    labels = [w for w in words if w["text"].endswith(":")]
    if not labels:
        return []
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = [((w["x0"] * s - px), (w["top"] * s - py), (w["x1"] * s - px), (w["bottom"] * s - py)) for w in words]
    out = []
    for label in labels:
        lx1 = label["x1"] * s - px
        ltop, lbottom = label["top"] * s - py, label["bottom"] * s - py
        height = lbottom - ltop
        following = [w for w in words if w["block"] == label["block"] and w["x0"] > label["x0"] and w is not label]
        limit = min((w["x0"] * s - px for w in following), default=mask.shape[1])
        for x, y, w, h, area in stats[1:count]:
            if not (lx1 - 1 <= x and x + w <= limit + 1) or y > lbottom or y + h < ltop:
                continue
            if h < 0.3 * height or w > 2.5 * height:
                continue
            if any(b[0] - 1 <= x + w / 2 <= b[2] + 1 and b[1] - 1 <= y + h / 2 <= b[3] + 1 for b in boxes):
                continue
            if _hollow_box(mask[y : y + h, x : x + w]):
                continue
            out.append(dict(label, text="x", x0=(px + x) / s, x1=(px + x + w) / s, conf=0.0))
            break
    return out


def _hollow_box(piece: np.ndarray) -> bool:
    """An empty checkbox: a squarish outline with (almost) nothing inside."""
    h, w = piece.shape
    if h < 6 or w < 6 or not 0.6 <= w / h <= 1.6:
        return False
    edge = max(2, min(h, w) // 4)
    ink = piece > 0
    sides = (ink[:edge].any(axis=0), ink[-edge:].any(axis=0), ink[:, :edge].any(axis=1), ink[:, -edge:].any(axis=1))
    closed = all(side.mean() >= 0.8 for side in sides)  # all four sides drawn
    return closed and ink[edge:-edge, edge:-edge].mean() < 0.05


def _even_lines(words: list[dict]) -> None:
    """Words of one Tesseract line get the line's (median) top and bottom, so the line
    code downstream groups them the same way Tesseract did."""
    by_line: dict = {}
    for w in words:
        by_line.setdefault(w["block"], []).append(w)
    for group in by_line.values():
        mid = len(group) // 2  # medians: one tall box (a bracket, a speck) must not stretch the line
        top = sorted(w["top"] for w in group)[mid]
        bottom = sorted(w["bottom"] for w in group)[mid]
        size = bottom - top
        for w in group:
            w["top"], w["bottom"], w["size"] = top, bottom, size


def page_words(scan: Scan, blank: list[tuple[float, float, float, float]] = (), lang: str = LANG) -> list[dict]:
    """OCR of the straightened page outside the regions `blank` (table boxes in points)."""
    image = scan.clean
    s = scan.scale
    if blank:
        image = image.copy()
        for x0, top, x1, bottom in blank:
            image[max(0, int(top * s) - 2) : int(bottom * s) + 3, max(0, int(x0 * s) - 2) : int(x1 * s) + 3] = 255
    if not (binarise(image) > 0).any():
        return []
    data = pytesseract.image_to_data(image, lang=lang, config=PAGE_CONFIG, output_type=pytesseract.Output.DICT)
    return words_from_data(data, s)


def words_from_data(data: dict, scale: float, clean=str.strip) -> list[dict]:
    """Tesseract's `image_to_data` as pdfplumber-like word dicts in points (x0, x1, top, bottom,
    size, text, block = (block, paragraph, line), conf); words Tesseract gave up on are left out."""
    words = []
    for i, raw in enumerate(data["text"]):
        text = clean(raw or "")
        if not text or float(data["conf"][i]) < 0:
            continue
        x0, top = data["left"][i] / scale, data["top"][i] / scale
        x1, bottom = x0 + data["width"][i] / scale, top + data["height"][i] / scale
        words.append({"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": bottom - top,
                      "block": (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                      "conf": float(data["conf"][i])})
    return words
