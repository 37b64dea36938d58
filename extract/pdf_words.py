"""Words and lines of a PDF page, and cell text assembled from them.

pdfplumber gives words with boxes; this module groups them into lines and joins
wrapped cell lines the way a person reads them: one space between wrapped lines,
but a real line break between bullet lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from pdfplumber.utils import cluster_objects

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def centre_in(obj: dict, box: Box, slack: float = 0.0) -> bool:
    """Does the centre of a word, character or shape lie in `box` (widened by `slack` points)?"""
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] - slack <= cx <= box[2] + slack and box[1] - slack <= cy <= box[3] + slack


BULLET = re.compile(r"^\s*([•◦▪▫●○■□\-–—*·]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")
# glyphs of symbol fonts that pdfplumber passes through: Wingdings/Symbol bullets and spaces
GLYPHS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf0fc": "✓", "\uf076": "•", "\uf02d": "-", "\uf020": " ", "(cid:127)": "•"}
_GLYPH = re.compile("|".join(re.escape(k) for k in GLYPHS) + r"|\(cid:\d+\)")
_UNMAPPED = re.compile(r"\(cid:\d+\)")


def fix_glyphs(text: str) -> str:
    """Symbol-font bullets as "•"; unknown glyph codes dropped."""
    return _GLYPH.sub(lambda m: GLYPHS.get(m.group(0), ""), text)


def unmapped_glyphs(chars: list[dict]) -> int:
    """How many of a page's characters are glyphs without a Unicode mapping ("(cid:12)")."""
    return sum(1 for c in chars if c["text"] not in GLYPHS and _UNMAPPED.fullmatch(c["text"]))


def dedupe_chars(page, tolerance: float = 1.0):
    """The page without overprinted duplicates: "fake bold" draws each character twice a
    fraction of a point apart, which would read "ØØkkoonnoommiippllaann".

    Like pdfplumber's `Page.dedupe_chars(tolerance=1)`, but a stack of characters within
    `tolerance` of each other is only a duplicate when all are the same character in the same
    font: where different letters crowd the same spot too, the file's character positions
    are unreliable and a real double letter ("kommune") must stay. (pdfplumber's version is
    also quadratic in the page's characters: seconds per page of a dense report.)"""
    same = itemgetter("upright", "text", "fontname", "size")
    drop: set[int] = set()
    for line in cluster_objects(page.chars, itemgetter("doctop"), tolerance):
        for stack in cluster_objects(line, itemgetter("x0"), tolerance):
            if len(stack) > 1 and len({same(c) for c in stack}) == 1:
                first = min(stack, key=itemgetter("doctop", "x0"))
                drop.update(id(c) for c in stack if c is not first)
    if not drop:
        return page
    return page.filter(lambda obj: obj["object_type"] != "char" or id(obj) not in drop)


def clean_words(words: list[dict]) -> list[dict]:
    """Words with symbol glyphs fixed; words left empty by that are dropped."""
    out = []
    for w in words:
        text = fix_glyphs(w["text"]).strip()
        if text:
            w["text"] = text
            out.append(w)
    return out


@dataclass
class Line:
    """One line of words; `words` keep pdfplumber's dicts (x0, x1, top, bottom, text)."""

    words: list[dict]

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def size(self) -> float:
        sizes = sorted(w.get("size", w["bottom"] - w["top"]) for w in self.words)
        return sizes[len(sizes) // 2]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def group_lines(words: list[dict], tolerance: float = 3.0) -> list[Line]:
    """Words grouped into lines by vertical overlap, lines top to bottom, words left to right."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            top = min(x["top"] for x in line)
            bottom = max(x["bottom"] for x in line)
            if top - tolerance / 2 <= mid <= bottom + tolerance / 2 or abs(w["top"] - line[0]["top"]) <= tolerance:
                line.append(w)
                break
        else:
            lines.append([w])
    out = [Line(sorted(line, key=lambda w: w["x0"])) for line in lines]
    out.sort(key=lambda l: l.top)
    return out


def join_cell_lines(lines: list[str]) -> str:
    """Join the wrapped lines of one cell: spaces, or "\\n" between bullet lines."""
    lines = [l.strip() for l in lines if l and l.strip()]
    if not lines:
        return ""
    bullets = [bool(BULLET.match(l)) for l in lines]
    if len(lines) > 1 and any(bullets):
        parts: list[str] = []
        for line, is_bullet in zip(lines, bullets):
            if is_bullet or not parts:
                parts.append(line)
            else:
                parts[-1] = _join_two(parts[-1], line)
        return "\n".join(parts)
    text = lines[0]
    for line in lines[1:]:
        text = _join_two(text, line)
    return text


def _join_two(a: str, b: str) -> str:
    return f"{a} {b}"


def cell_text(words: list[dict], box: Box | None = None) -> str:
    """Text of the words inside one cell, wrapped lines joined.

    With the cell's `box`, a word broken across lines because it is wider than the
    cell ("Gjennomfør" + "t") is glued back: its first part stands alone on its
    line, reaching the right padding, and the rest starts in lower case."""
    lines = group_lines(words)
    texts: list[str] = []
    for i, line in enumerate(lines):
        if i and (lines[i - 1].words[-1]["text"] == "-" or (box is not None and _broken_word(lines[i - 1], line, lines, box))):
            texts[-1] += line.text  # "-" + "Sektorledere": the line broke after a leading hyphen
        else:
            texts.append(line.text)
    return join_cell_lines(texts)


def _broken_word(prev: Line, line: Line, lines: list[Line], box: Box) -> bool:
    if len(prev.words) != 1 or not line.text[:1].islower():
        return False
    padding = min(l.x0 for l in lines) - box[0]
    return box[2] - padding - prev.x1 < 0.35 * prev.size
