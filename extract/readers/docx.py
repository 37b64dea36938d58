"""DOCX: paragraphs and tables in body order, with real cell spans from the XML.

python-docx gives the document; cell structure is read from `w:tc` elements
(`w:gridSpan` for column spans, `w:vMerge` for row spans) so that a merged cell is
one `Cell` with its span, not a repeated text. Nested tables become tables of their
own. Word checkboxes (`w14:checkbox`, ☒/☐ symbols) read as "x" / "". Content controls (`w:sdt`) are read
through, in the body, in tables and in cells; a table of contents is left out (it repeats the headings).
Footnotes and endnotes follow the body as paragraphs of style "Footnote"/"Endnote".
DOCX has no fixed pages, so `page` is None throughout.
"""
from __future__ import annotations

import zipfile
import zlib
from io import BytesIO
from pathlib import Path
from typing import Iterator

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ..errors import ExtractionError
from ..types import Cell, Paragraph, Page, ReadDocument, Table
from ._text import clean

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CHECKED = {"☒", "☑", "\u2612", "\u2611"}
UNCHECKED = {"☐", "\u2610"}
BULLET = "• "


def read(path: Path, data: bytes) -> ReadDocument:
    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ExtractionError(f"not a DOCX: bad zip ({str(exc).splitlines()[0][:120]})") from exc
    except Exception as exc:
        raise ExtractionError(f"not a DOCX: {str(exc).splitlines()[0][:160]}") from exc
    blocks: list = []
    styles = _style_names(document)
    for element in _children(document.element.body, qn("w:p"), qn("w:tbl")):
        if element.tag == qn("w:p"):
            text = _paragraph_text(element)
            if text:
                blocks.append(Paragraph(text=text, style=_style_name(styles, element)))
        elif element.tag == qn("w:tbl"):
            blocks.extend(_tables(element))
    blocks.extend(_notes(document))
    text = "\n".join(_block_text(b) for b in blocks)
    title = document.core_properties.title or next(
        (b.text for b in blocks if isinstance(b, Paragraph) and b.text.strip()), None
    )
    core = document.core_properties
    props = {k: getattr(core, k) for k in ("title", "subject", "author", "keywords", "comments")}
    return ReadDocument(format="docx", pages=[Page(number=None, text=text)], blocks=blocks, title_hint=title,
                        properties={k: str(v) for k, v in props.items() if v})


NOTE_PARTS = {"/word/footnotes.xml": ("w:footnote", "Footnote"), "/word/endnotes.xml": ("w:endnote", "Endnote")}


def _notes(document) -> list[Paragraph]:
    """Footnotes, then endnotes, one paragraph each, after the body (Word's separator notes left out)."""
    parts = {str(part.partname): part for part in document.part.package.iter_parts()}
    notes = []
    for name, (tag, style) in NOTE_PARTS.items():
        if name not in parts:
            continue
        for note in parse_xml(parts[name].blob).iterchildren(qn(tag)):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = "\n".join(t for t in (_paragraph_text(p) for p in _children(note, qn("w:p"))) if t)
            if text:
                notes.append(Paragraph(text=text, style=style))
    return notes


def _children(element, *tags: str) -> Iterator:
    """Children with one of `tags`, also those inside content controls (`w:sdt`) and custom XML; a table of
    contents (a content control of the "Table of Contents" gallery) is left out: it repeats the headings."""
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag == qn("w:sdt") and not _is_contents(child):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == qn("w:customXml"):
            yield from _children(child, *tags)


def _is_contents(sdt) -> bool:
    gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and (gallery.get(qn("w:val")) or "").startswith("Table of Contents")


def _block_text(block) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join("\t".join(row) for row in block.grid())


def _style_names(document) -> dict[str, str]:
    return {style.style_id: style.name for style in document.styles}


def _style_name(styles: dict[str, str], p_element) -> str:
    """The paragraph's style name; a numbered paragraph that is not a heading reads as "List"."""
    style = p_element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    name = ""
    if style is not None:
        sid = style.get(qn("w:val")) or ""
        name = styles.get(sid, sid)
    numbered = p_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    if numbered and not name.lower().startswith(("heading", "overskrift", "title", "tittel")):
        return "List" if not name or "list" in name.lower() else f"List ({name})"
    return name


def _is_list_item(p_element) -> bool:
    ppr = p_element.find(qn("w:pPr"))
    if ppr is None:
        return False
    if ppr.find(qn("w:numPr")) is not None:
        return True
    style = ppr.find(qn("w:pStyle"))
    return style is not None and "list" in (style.get(qn("w:val")) or "").lower()


def _paragraph_text(p_element) -> str:
    """Text of a paragraph with tabs, breaks and checkboxes, excluding deleted runs.

    A text box's paragraphs each get a line of their own; a drawing's `mc:Fallback`
    (the VML copy Word writes beside the DrawingML one) is skipped, so its text is read once.
    """
    parts: list[str] = []
    for node in _text_nodes(p_element):
        tag = node.tag
        if tag == qn("w:p"):
            parts.append("\n")
        elif tag == qn("w:t"):
            parts.append(node.text or "")
        elif tag == qn("w:tab"):
            parts.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif tag == qn("w:sym"):
            char = chr(int(node.get(qn("w:char"), "0"), 16)) if node.get(qn("w:char")) else ""
            parts.append("x" if char in CHECKED or node.get(qn("w:char"), "").upper() in ("F0FE", "F078") else "")
        elif tag == f"{{{W14}}}checked":
            parts.append("x" if node.get(f"{{{W14}}}val") in ("1", "true") else "")
    text = "".join(parts)
    for mark in CHECKED:
        text = text.replace(mark, "x")
    for mark in UNCHECKED:
        text = text.replace(mark, "")
    return clean(text)


def _text_nodes(element) -> Iterator:
    """Descendants in document order, without `mc:Fallback` subtrees."""
    for child in element.iterchildren():
        if child.tag == MC_FALLBACK:
            continue
        yield child
        yield from _text_nodes(child)


def _cell_text(tc) -> str:
    """Cell paragraphs joined by line breaks; list paragraphs marked with a bullet."""
    lines = []
    for p in _children(tc, qn("w:p")):
        text = _paragraph_text(p)
        if text:
            lines.append(BULLET + text if _is_list_item(p) else text)
    return "\n".join(lines)


def _tables(tbl) -> Iterator[Table]:
    """The table itself, then every table nested in its cells."""
    cells, nested = _table_cells(tbl)
    yield Table(cells=cells, method="docx")
    for inner in nested:
        yield from _tables(inner)


def _table_cells(tbl) -> tuple[list[Cell], list]:
    cells: list[Cell] = []
    nested: list = []
    open_merges: dict[int, Cell] = {}  # grid column -> cell a vMerge continues
    for r, tr in enumerate(_children(tbl, qn("w:tr"))):
        col = 0
        trpr = tr.find(qn("w:trPr"))
        if trpr is not None:
            before = trpr.find(qn("w:gridBefore"))
            if before is not None:
                col += int(before.get(qn("w:val"), "0"))
        for tc in _children(tr, qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span, vmerge = 1, None
            if tcpr is not None:
                gs = tcpr.find(qn("w:gridSpan"))
                if gs is not None:
                    span = int(gs.get(qn("w:val"), "1"))
                vm = tcpr.find(qn("w:vMerge"))
                if vm is not None:
                    vmerge = vm.get(qn("w:val"), "continue")
            nested.extend(_children(tc, qn("w:tbl")))
            if vmerge == "continue" and col in open_merges:
                open_merges[col].row_span = r - open_merges[col].row + 1
            else:
                cell = Cell(row=r, col=col, text=_cell_text(tc), col_span=span)
                cells.append(cell)
                if vmerge == "restart":
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
    return cells, nested
