"""OCR words cleaned of what Tesseract typically makes of a scanned table.

* bullets: "•" read as "e", "*", "«", "*e" … at the start of a line become "•";
* residue: bits of ruling lines or dust read as "|", "'", "_", ":" standing alone at
  the start or end of a line, or stuck to the first/last word, are dropped;
* dashes: a spaced dash is a hyphen or an en dash ("omsorg – hele livet") by how
  long it is next to the letters of its line (Tesseract reads both as "-");
* page text: cells of a table row on one line, table rows and text blocks in
  reading order.

Words are the dicts of `ocr_grid` (x0, x1, top, bottom in points, text, block key).
"""
from __future__ import annotations

import re

BULLET_LOOKALIKES = set("e*«»©°+o¢•·®@")
BULLET_TOKENS = {"e", "*", "«", "»", "©", "°", "+", "o", "¢", "•", "®", "@", "*e", "«e", "e.", "ee", "°e", "+e"}
RESIDUE = set("|'‘’\"_[]{}`¦")
LINE_END_RESIDUE = RESIDUE | set(":;.,")
DASHES = {"-", "–", "—", "−", "--"}
TICKS = {"x", "X", "×", "✓", "✔", "☒", "☑", "✗", "⊠", "⌧"}
EMPTY_BOXES = {"☐", "□", "[]", "[ ]", "▢"}
GLUED_TICK = re.compile(r"^(\w[\w/ -]*):([xX×✓✔☒☑✗])$")
EN_DASH_RATIO = 0.64  # dash length / mean letter width of its line: hyphens 0.45–0.6, en dashes 0.7–0.85
SPECK_RATIO = 0.3  # a "dash" shorter than this is a speck of dust


def _lines(words: list[dict]) -> list[list[dict]]:
    lines: dict = {}
    for w in words:
        lines.setdefault(w["block"], []).append(w)
    return [sorted(line, key=lambda w: w["x0"]) for line in lines.values()]


def clean_words(words: list[dict]) -> list[dict]:
    """The words, line by line, with bullets, residue and dashes fixed (order kept)."""
    drop: set[int] = set()
    for line in _lines(words):
        _residue(line, drop)
        line = [w for w in line if id(w) not in drop]
        if not line:
            continue
        _bullet(line, drop)
        _dashes([w for w in line if id(w) not in drop], drop)
        _checkboxes([w for w in line if id(w) not in drop], drop)
    return [w for w in words if id(w) not in drop and w["text"]]


def _residue(line: list[dict], drop: set[int]) -> None:
    # whole tokens of residue at either end of the line
    while line and _is_residue(line[-1]["text"], LINE_END_RESIDUE if len(line) > 1 else RESIDUE):
        drop.add(id(line.pop()))
    while line and _is_residue(line[0]["text"], RESIDUE):
        drop.add(id(line.pop(0)))
    if not line:
        return
    # residue stuck to the outer words: "|Nr." "Avsluttet:|" "skole'"
    first, last = line[0], line[-1]
    first["text"] = first["text"].lstrip("".join(RESIDUE - {"'", "\""}))
    stripped = last["text"].rstrip("".join(RESIDUE))
    if stripped != last["text"] and not _quoted(stripped):
        last["text"] = stripped
    for w in (first, last):
        if not w["text"]:
            drop.add(id(w))


def _quoted(text: str) -> bool:
    """A word that opens a quotation keeps its closing quote."""
    return text.count('"') % 2 == 1 or text.count("'") % 2 == 1 or "‘" in text


def _is_residue(text: str, chars: set[str]) -> bool:
    return bool(text) and all(ch in chars for ch in text)


def _bullet(line: list[dict], drop: set[int]) -> None:
    first = line[0]
    if len(line) < 2:
        return
    text = first["text"]
    height = max(first["bottom"] - first["top"], 1e-6)
    width = first["x1"] - first["x0"]
    lookalike = text in BULLET_TOKENS or (len(text) <= 2 and all(ch in BULLET_LOOKALIKES for ch in text) and width <= 0.6 * height)
    if lookalike:
        first["text"] = "•"
    if first["text"] == "•":
        second = line[1]
        if second["text"] in DASHES:  # "e —": the bullet read as two marks
            drop.add(id(second))
        elif second["text"][:1] in DASHES and second["text"][1:2].isupper():  # "•" "—Forbedre"
            second["text"] = second["text"][1:]


def _dashes(line: list[dict], drop: set[int]) -> None:
    letters = [w for w in line if w["text"] not in DASHES and w["text"] != "•"]
    chars = sum(len(w["text"]) for w in letters)
    if chars < 4:
        return
    mean = sum(w["x1"] - w["x0"] for w in letters) / chars
    for i, w in enumerate(line):
        if w["text"] not in DASHES or i == 0 and len(line) == 1:
            continue
        ratio = (w["x1"] - w["x0"]) / mean
        if ratio < SPECK_RATIO:
            drop.add(id(w))
            continue
        w["text"] = "—" if ratio > 1.6 else "–" if ratio >= EN_DASH_RATIO else "-"
        w["dash_ratio"] = ratio


def _checkboxes(line: list[dict], drop: set[int]) -> None:
    """A label's checkbox: "Pågår:x" split, a tick read as "✓"/"☒"/"X" written "x", an
    empty box ("☐", "[]") dropped, so a ticked box reads "Pågår: x" as in a text layer."""
    for i, w in enumerate(line):
        glued = GLUED_TICK.match(w["text"])
        if glued:
            w["text"] = f"{glued.group(1)}: x"
            continue
        if i == 0 or not line[i - 1]["text"].endswith(":"):
            continue
        if w["text"] in TICKS and (i + 1 == len(line) or line[i + 1]["text"].endswith(":")):
            w["text"] = "x"
        elif w["text"] in EMPTY_BOXES:
            drop.add(id(w))


def page_text(words: list[dict], cells: list[tuple[float, float, float, float]]) -> str:
    """The page's text in reading order: text blocks as lines, table rows with their
    cells side by side on one line when each cell holds one line."""
    units: dict = {}
    for w in words:
        key = ("cell", w["cell"]) if "cell" in w else ("block", w["block"][0])
        units.setdefault(key, []).append(w)
    placed = []
    for key, ws in units.items():
        lines = [" ".join(x["text"] for x in line) for line in sorted(_lines(ws), key=lambda l: l[0]["top"])]
        if key[0] == "cell":
            x0, top, _, _ = cells[key[1]]
        else:
            x0, top = min(x["x0"] for x in ws), min(x["top"] for x in ws)
        placed.append((round(top), x0, key[0], lines))
    placed.sort(key=lambda p: (p[0], p[1]))
    out: list[str] = []
    row_top, row_cells = None, []

    def flush() -> None:
        if not row_cells:
            return
        if all(len(c) == 1 for c in row_cells):
            out.append(" ".join(c[0] for c in row_cells))
        else:
            out.extend(line for c in row_cells for line in c)

    for top, _, kind, lines in placed:
        if kind == "cell" and row_top is not None and abs(top - row_top) <= 1:
            row_cells.append(lines)
            continue
        flush()
        row_top, row_cells = (top, [lines]) if kind == "cell" else (None, [])
        if kind == "block":
            if out and out[-1] != "":
                out.append("")
            out.extend(lines)
            out.append("")
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
