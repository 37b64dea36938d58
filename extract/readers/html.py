"""HTML: headings, paragraphs, list items and tables (rowspan/colspan, <caption>).

Walks the body once in document order; inline text accumulates until a block
element starts or ends. HTML's whitespace is one space (a source line break inside
a paragraph or cell is no line break; <br> and block boundaries are, and <pre> keeps
its lines). Scripts, styles, navigation and form controls are skipped; a <form> that
wraps a whole page (ASP.NET, EPiServer) is read. A table's caption is its first line
in the page text. A web page has no pages, so `page` is None.
"""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from ..errors import ExtractionError
from ..types import Cell, Paragraph, Page, ReadDocument, Table
from ._text import clean
from .txt import decode

SKIP = {"script", "style", "noscript", "nav", "select", "textarea", "input", "template", "svg", "iframe", "head"}
BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
    "address", "hr", "body", "caption", "form", "fieldset", "legend", "details", "summary", "center",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read(path: Path, data: bytes) -> ReadDocument:
    text, encoding = decode(data)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text))  # lxml refuses a str that declares one
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not readable as HTML: {exc}") from exc
    walker = _Walker()
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    title_el = root.find(".//title")
    title = clean(title_el.text_content()) if title_el is not None and title_el.text_content().strip() else None
    if not title:
        title = next((" ".join(b.text.split()) for b in walker.blocks
                      if isinstance(b, Paragraph) and b.style in HEADINGS), None)
    page_text = "\n".join(b.text if isinstance(b, Paragraph) else _table_text(b) for b in walker.blocks)
    if not page_text.strip():
        raise ExtractionError("HTML page has no visible text")
    doc = ReadDocument(format="html", pages=[Page(None, page_text)], blocks=walker.blocks, title_hint=title)
    if "+" in encoding:
        doc.warnings.append(f"page read as {encoding}")
    return doc


def _table_text(table: Table) -> str:
    rows = ["\t".join(r) for r in table.grid()]
    return "\n".join([table.caption] + rows if table.caption else rows)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list = []
        self.buffer: list[str] = []
        self.style = ""
        self.pre = 0  # inside how many <pre>

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
        if tag == "br":  # a line break inside the block, not a new block: "<h2>Budsjett<br>2024</h2>"
            self.buffer.append("\n")
            self._tail(element)
            return
        is_block = tag in BLOCK
        if is_block:
            self.flush()
            self.style = tag
        self.pre += tag == "pre"
        self._add(element.text)
        for child in element:
            self.walk(child)
            if is_block and not self.buffer:
                self.style = tag
        self.pre -= tag == "pre"
        if is_block:
            self.flush()
        self._tail(element)

    def _add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text if self.pre else _WHITESPACE.sub(" ", text))

    def _tail(self, element) -> None:
        self._add(element.tail)


def _cell_text(cell) -> str:
    """Cell text without nested tables; blocks, list items and <br> become line breaks."""
    parts: list[str] = []

    def add(text: str | None) -> None:
        if text:
            parts.append(_WHITESPACE.sub(" ", text))

    def visit(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or tag == "table":
            parts.append("\n")
            add(el.tail)
            return
        if tag == "br" or tag in BLOCK:
            parts.append("\n")
        if tag == "li":
            parts.append("• ")
        add(el.text)
        for child in el:
            visit(child)
        if tag in BLOCK:
            parts.append("\n")
        if el is not cell:
            add(el.tail)

    visit(cell)
    return "\n".join(line for line in clean("".join(parts)).split("\n") if line)


def _tables(table) -> list[Table]:
    """The table and every table nested in it, each as its own Table."""
    caption_el = table.find("caption")
    caption = clean(caption_el.text_content()) if caption_el is not None else None
    rows = sorted((tr for tr in table.iter("tr") if _owner(tr) is table), key=_section_order)
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            while (r, col) in taken:
                col += 1
            rs = len(rows) - r if td.get("rowspan") == "0" else _span(td.get("rowspan"))  # 0: to the end
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


def _section_order(tr) -> int:
    """<thead> rows first and <tfoot> rows last, as a browser shows them, wherever the source puts them."""
    return {"thead": 0, "tfoot": 2}.get(tr.getparent().tag, 1)


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
