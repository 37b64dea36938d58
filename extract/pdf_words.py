"""Words and lines of a PDF page, and cell text assembled from them.

pdfplumber gives words with boxes; this module groups them into lines and joins
wrapped cell lines the way a person reads them: one space between wrapped lines,
but a real line break between bullet lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = re.compile(r"^\s*([•◦▪▫●○■□\-–—*·]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")


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
        return max(w.get("size", w["bottom"] - w["top"]) for w in self.words)

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


def cell_text(words: list[dict]) -> str:
    """Text of the words inside one cell, wrapped lines joined."""
    return join_cell_lines([l.text for l in group_lines(words)])
