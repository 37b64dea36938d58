"""HTML: headings, paragraphs, list items and tables (rowspan/colspan, <caption>).

Walks the body once in document order; inline text accumulates until a block
element starts or ends. Scripts, styles, navigation and forms are skipped. A web
page has no pages, so `page` is None.
"""
from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from ..errors import ExtractionError
from ..types import Cell, Paragraph, Page, ReadDocument, Table
from ._text import clean
from .txt import decode

SKIP = {"script", "style", "noscript", "nav", "form", "button", "select", "template", "svg", "iframe", "head"}
BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
    "address", "hr", "br", "body", "caption",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def read(path: Path, data: bytes) -> ReadDocument:
    text, _ = decode(data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not readable as HTML: {exc}") from exc
    walker = _Walker()
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    title_el = root.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None and title_el.text_content().strip() else None
    if not title:
        title = next((b.text for b in walker.blocks if isinstance(b, Paragraph) and b.style in HEADINGS), None)
    page_text = "\n".join(
        b.text if isinstance(b, Paragraph) else "\n".join("\t".join(r) for r in b.grid()) for b in walker.blocks
    )
    if not page_text.strip():
        raise ExtractionError("HTML page has no visible text")
    return ReadDocument(format="html", pages=[Page(None, page_text)], blocks=walker.blocks, title_hint=title)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list = []
        self.buffer: list[str] = []
        self.style = ""

    def flush(self) -> None:
        text = clean("".join(self.buffer))
        if text:
            self.blocks.append(Paragraph(text=text, style=self.style))
        self.buffer = []
        self.style = ""

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIP or not tag:
            self._tail(element)
            return
        if tag == "table":
            self.flush()
            self.blocks.extend(_tables(element))
            self._tail(element)
            return
        is_block = tag in BLOCK
        if is_block:
            self.flush()
            self.style = tag
        if tag == "br":
            self.buffer.append("\n")
        if element.text:
            self.buffer.append(element.text)
        for child in element:
            self.walk(child)
            if is_block and not self.buffer:
                self.style = tag
        if is_block:
            self.flush()
        self._tail(element)

    def _tail(self, element) -> None:
        if element.tail:
            self.buffer.append(element.tail)


def _cell_text(cell) -> str:
    """Cell text without nested tables; list items and <br> become line breaks."""
    parts: list[str] = []

    def visit(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or tag == "table":
            if el.tail:
                parts.append(el.tail)
            return
        if tag in ("br", "p", "li", "div") and parts:
            parts.append("\n")
        if tag == "li":
            parts.append("• ")
        if el.text:
            parts.append(el.text)
        for child in el:
            visit(child)
        if el.tail and el is not cell:
            parts.append(el.tail)

    visit(cell)
    return clean("".join(parts))


def _tables(table) -> list[Table]:
    """The table and every table nested in it, each as its own Table."""
    caption_el = table.find("caption")
    caption = clean(caption_el.text_content()) if caption_el is not None else None
    rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            while (r, col) in taken:
                col += 1
            rs = _span(td.get("rowspan"))
            cs = _span(td.get("colspan"))
            cells.append(Cell(row=r, col=col, text=_cell_text(td), row_span=rs, col_span=cs))
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, col + dc))
            col += cs
    out = [Table(cells=cells, caption=caption or None, method="html")]
    for inner in table.iter("table"):
        if inner is not table and _owner(inner) is table:
            out.extend(_tables(inner))
    return out


def _owner(element):
    """The nearest enclosing <table> of an element."""
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
