"""Text turned 90° on a PDF page (a landscape table on a portrait page): read as its own page part,
turned upright, so the same word, line and table code reads it forwards."""
from __future__ import annotations

from statistics import median

from .pdf_derived_page import ObjectsPage, quarter_turned_frame
from .pdf_words import Box, centre_in

MIN_TURNED_CHARS = 20  # at least this many characters turned the same way: read as their own page part
TURNED_MARGIN = 2.0  # the area of a turned part reaches this many font sizes past its characters
GRAPHICS = ("rect", "line", "curve")


def split_turned(page) -> tuple[object, list]:
    """The page's upright part and its parts of text turned 90° (a landscape table on a
    portrait page), each turned upright so that its words read forwards.

    A turned part is a group of at least MIN_TURNED_CHARS characters turned the same way
    whose area holds no upright text, with the ruling lines inside that area; other
    turned characters stay with the upright part. Without turned parts: (page, [])."""
    parts, taken = [], set()
    for turn, chars in _turned_groups(page.chars).items():
        area = _area(chars)
        if len(chars) < MIN_TURNED_CHARS or any(c["upright"] and centre_in(c, area) for c in page.chars):
            continue
        graphics = [o for kind in GRAPHICS for o in page.objects.get(kind, []) if _within(o, area)]
        taken.update(id(o) for o in chars + graphics)
        parts.append(_turned_page(page, chars + graphics, turn))
    if not parts:
        return page, []
    return page.filter(lambda obj: id(obj) not in taken), parts


def _turned_groups(chars: list[dict]) -> dict[str, list[dict]]:
    """Characters turned 90° by direction of reading: "btt" (upwards), "ttb" (downwards)."""
    groups: dict[str, list[dict]] = {}
    for c in chars:
        turn = _turn(c)
        if turn:
            groups.setdefault(turn, []).append(c)
    return groups


def _turn(char: dict) -> str | None:
    """Which way a character not upright reads, from its text matrix; None for upright, mirrored or slanted ones."""
    if char["upright"]:
        return None
    b, c = char["matrix"][1], char["matrix"][2]
    if b > 0 > c:
        return "btt"  # turned anticlockwise: the text reads from the bottom of the page up
    if c > 0 > b:
        return "ttb"
    return None


def _area(chars: list[dict]) -> Box:
    """The box around turned characters, widened by TURNED_MARGIN font sizes (their width on the page)."""
    margin = TURNED_MARGIN * median(c["x1"] - c["x0"] for c in chars)
    return (
        min(c["x0"] for c in chars) - margin,
        min(c["top"] for c in chars) - margin,
        max(c["x1"] for c in chars) + margin,
        max(c["bottom"] for c in chars) + margin,
    )


def _within(obj: dict, box: Box) -> bool:
    return box[0] <= obj["x0"] and obj["x1"] <= box[2] and box[1] <= obj["top"] and obj["bottom"] <= box[3]


def _turned_page(page, objects: list[dict], turn: str):
    """A page of `objects` turned a quarter so that text reading `turn` reads left to right."""
    frame = quarter_turned_frame(page)
    kinds: dict[str, list[dict]] = {"char": []}
    for obj in objects:
        kinds.setdefault(obj["object_type"], []).append(_turned_object(obj, turn, page, frame[3]))
    return ObjectsPage(page, kinds, frame)


def _turned_object(obj: dict, turn: str, page, height: float) -> dict:
    """A copy of `obj` with its coordinates in the turned frame of `height`; characters upright."""
    x0, y0 = _turned_point(obj["x0"], obj["top"], turn, page.bbox)
    x1, y1 = _turned_point(obj["x1"], obj["bottom"], turn, page.bbox)
    box = {"x0": min(x0, x1), "x1": max(x0, x1), "top": min(y0, y1), "bottom": max(y0, y1)}
    out = dict(obj, **box, width=box["x1"] - box["x0"], height=box["bottom"] - box["top"])
    out.update(y0=height - box["bottom"], y1=height - box["top"], doctop=page.initial_doctop + box["top"])
    if "pts" in obj:
        out["pts"] = [_turned_point(x, y, turn, page.bbox) for x, y in obj["pts"]]
    if obj["object_type"] == "char":
        out.update(upright=True, size=out["height"])
    return out


def _turned_point(x: float, top: float, turn: str, bbox: Box) -> tuple[float, float]:
    """A point of the page in the frame turned so that text reading `turn` runs left to right."""
    if turn == "btt":
        return bbox[3] - top, x - bbox[0]
    return top - bbox[1], bbox[2] - x
