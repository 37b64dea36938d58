"""Text helpers for the typed extractors: cell cleaning, bullet splitting, status words.

Cells arrive in three shapes: transcripts with HTML residue and " - " separators
(`<ul style=…> - a - b`), DOCX/HTML cells with one "• " line per bullet, and PDF cells
whose lines are visual lines (bullet glyphs kept, lost, or turned into "-").
`cell_segments` turns any of them into bullet texts, each marked as a new bullet or as
the continuation of the previous one (a cell broken across a page).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

TAG = re.compile(r"</?(?:ul|ol|li|i|b|u|em|strong|p|span|div|br|font)\b[^>]*>", re.I)
SPACES = re.compile(r"\s+")
# a bullet glyph at line start (PDF private-use glyphs included); "-" only with a space after
GLYPHS = "•▪◦●∙·‣■\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e"
GLYPH = re.compile(rf"^\s*[{GLYPHS}]\s*")
GLYPH_ANYWHERE = re.compile(rf"\s*[{GLYPHS}]\s*")
DASH = re.compile(r"^\s*-\s+")
SEPARATOR = " - "  # the transcripts' ASCII bullet separator; an en dash never is one
END_PUNCT = (".", "!", "?", ")", ":", ";")

STATUS_WORDS = {
    "pågår": "pågår",
    "pågående": "pågår",
    "igangsatt": "pågår",
    "i gang": "pågår",
    "avsluttet": "avsluttet",
    "avslutta": "avsluttet",
    "ferdig": "avsluttet",
    "gjennomført": "gjennomført",
    "fullført": "gjennomført",
    "ferdigstilt": "gjennomført",
    "under arbeid": "under arbeid",
    "planlagt": "planlagt",
    "ikke startet": "planlagt",
    "ikke påbegynt": "planlagt",
}


class Segment(NamedTuple):
    text: str
    new: bool  # False: continues the previous bullet (a cell broken across a page)


def squash(text: str) -> str:
    """Whitespace runs as one space, ends stripped."""
    return SPACES.sub(" ", text).strip()


def strip_tags(text: str) -> str:
    """HTML list/format residue removed (tags vanish without leaving a space)."""
    return TAG.sub("", text)


def norm_key(text: str) -> str:
    """Lower-case, without surrounding punctuation and inner whitespace runs: for matching words."""
    return squash(text).lower().strip(" :.;,*")


def status_word(text: Optional[str]) -> Optional[str]:
    """A status cell or word as the contract's lower-case Norwegian word, None when empty/unknown."""
    if not text:
        return None
    key = norm_key(strip_tags(text).replace("•", "")).replace(" ", "")  # "Gjennomf ørt": a PDF wrap
    words = {w.replace(" ", ""): norm for w, norm in STATUS_WORDS.items()}
    if key in words:
        return words[key]
    for word, norm in words.items():
        if key.startswith(word):
            return norm
    return None


def _is_glyph_line(line: str) -> bool:
    return bool(GLYPH.match(line))


def cell_segments(text: str) -> list[Segment]:
    """Bullet texts of a content cell, in order.

    With glyph bullets ("•") each glyph line starts a bullet and other lines continue
    it. Otherwise the lines are joined and split on the " - " separator; a text that
    does not open with a bullet mark (or a list tag) continues the previous bullet.
    """
    raw = GLYPH_ANYWHERE.sub("\n• ", text.replace("\r", ""))  # PDF cells may join bullets on one line
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    if not lines:
        return []
    if any(_is_glyph_line(ln) for ln in lines):
        return _glyph_segments(lines)
    opens_list = bool(re.match(r"^\s*<(?:ul|ol|li)\b", raw, re.I))
    joined = squash(strip_tags(" ".join(lines)))
    if not joined:
        return []
    new = opens_list or bool(DASH.match(joined))
    joined = DASH.sub("", joined).strip()
    parts = [p.strip() for p in _split_separators(joined)]
    out = [Segment(parts[0], new)] if parts[0] else []
    out.extend(Segment(p, True) for p in parts[1:] if p)
    return out


def _glyph_segments(lines: list[str]) -> list[Segment]:
    out: list[Segment] = []
    for line in lines:
        if _is_glyph_line(line):
            body = squash(strip_tags(GLYPH.sub("", line)))
            body = DASH.sub("", body)
            if body:
                out.append(Segment(body, True))
        else:
            body = squash(strip_tags(line))
            if not body:
                continue
            if out:
                out[-1] = Segment(f"{out[-1].text} {body}", out[-1].new)
            else:  # text before the first glyph continues the bullet of the page before
                out.append(Segment(DASH.sub("", body), bool(DASH.match(body))))
    return out


def _split_separators(text: str) -> list[str]:
    """Split on " - ", except where the piece after it cannot stand as a bullet: a
    short name without final punctuation ("Definere tillitsmodellen - Askøy kommune")."""
    pieces = text.split(SEPARATOR)
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _is_tail_name(out[-1], piece):
            out[-1] = f"{out[-1]}{SEPARATOR}{piece}"
        else:
            out.append(piece)
    return out


def _is_tail_name(before: str, piece: str) -> bool:
    words = piece.strip().split()
    return (
        0 < len(words) <= 2
        and not piece.strip().endswith(END_PUNCT)
        and not before.strip().endswith(END_PUNCT)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words[:1])
    )


def merge_segments(items: list[str], segments: list[Segment]) -> None:
    """Append segments to a list of bullet texts: continuations join the last bullet."""
    for seg in segments:
        if not seg.new and items:
            items[-1] = f"{items[-1]} {seg.text}"
        else:
            items.append(seg.text)
