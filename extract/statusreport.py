"""Projects of a status report ("statusrapport") from its generic tables and headings.

Nothing here depends on one layout or file name. The document's blocks are read in
order; headings set the program ("Program: X", or a bare heading that repeats an entry
of the report's own list of programs) and the section (prioritised / "i linje" /
finished). Every table row is classified by what it holds:

* header row — header words only (Nr / Prosjekt(navn) / Navn / Tiltak, Oppstart /
  Start / Fra, Slutt / Ferdig / Til, Status), in any order: sets the column roles;
* section row ("TILTAK OG PROSJEKTER I LINJE", "AVSLUTTEDE PROSJEKTER OG TILTAK");
* area row ("Område: …"; with a number in front it is a project of that name);
* label row ("Om prosjektet", "Forventet effekt", "Kort status", "Hva er gjennomført",
  with or without colon), possibly with checkbox cells ("Pågår: x  Avsluttet:");
* project row — a number and a name, a date cell ("Oppstart: …"), or cells in the
  date/status columns of the header;
* anything else is content of the current label: bullets, or the continuation of the
  last bullet when a cell was broken across a page.

Tables without a header that follow a project table (a table continued on the next
PDF page) continue the same project.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .typed_rows import PageFinder, Row, first_int, header_roles, table_rows
from .typed_text import GLYPH, cell_segments, merge_segments, norm_key, squash, status_word, strip_tags
from .types import Paragraph, Project, ProjectItem, ReadDocument, Table

HEADER_WORDS = {
    "nr": "nr", "nr.": "nr", "nummer": "nr", "#": "nr", "løpenr": "nr",
    "prosjekt": "name", "prosjekter": "name", "prosjektnavn": "name", "navn": "name", "tiltak": "name",
    "prosjekt og tiltak": "name", "prosjekt/tiltak": "name", "tiltak og prosjekt": "name", "prosjekt / tiltak": "name",
    "oppstart": "start", "start": "start", "fra": "start", "startdato": "start", "oppstartsdato": "start",
    "slutt": "end", "ferdig": "end", "til": "end", "sluttdato": "end", "ferdigdato": "end", "avslutning": "end",
    "status": "status",
}
LABELS = {
    "om prosjektet": "beskrivelse", "om tiltaket": "beskrivelse", "beskrivelse": "beskrivelse",
    "prosjektbeskrivelse": "beskrivelse", "om prosjektet/tiltaket": "beskrivelse",
    "forventet effekt": "effekt", "forventede effekter": "effekt", "forventa effekt": "effekt", "effekt": "effekt",
    "forventet gevinst": "effekt", "forventede gevinster": "effekt", "gevinst": "effekt", "gevinster": "effekt",
    "kort status": "status", "status": "status", "hva er gjennomført": "status", "gjennomført": "status",
    "status/fremdrift": "status", "status og fremdrift": "status", "fremdrift": "status", "status / fremdrift": "status",
}
KINDS = ("beskrivelse", "effekt", "status")
START = re.compile(r"^(?:oppstart(?:sdato)?\b|startdato\b|start\s*:|fra\s*:)\s*:?\s*(.*)$", re.I)
END = re.compile(r"^(?:slutt(?:dato)?\b|ferdig(?:dato)?\s*:|til\s*:)\s*:?\s*(.*)$", re.I)
START_END = re.compile(r"^(?:oppstart|start)\s*:?\s*(.*?)\s+slutt\s*:?\s*(.*)$", re.I)
AREA = re.compile(r"^område\s*:\s*(.+)$", re.I)
CHECKBOX = re.compile(r"(pågår|avsluttet|planlagt|gjennomført|under arbeid)\s*:\s*(?:([xX☒☑✓✔✗■\uf0fd\uf0fe])|[☐□\uf0a8\uf06f])?(?=\s|$)", re.I)
PROGRAM = re.compile(r"^program(?:\s+\d{1,2})?\s*:\s*(.+)$", re.I)
NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(.+)$")
# a label glued to the end of the paragraph before it (multi-word labels only: safe to spot)
LABEL_AT_END = re.compile(
    r"(?<=[.!?)])\s+((?:" + "|".join(sorted((re.escape(k) for k in LABELS if " " in k or "/" in k), key=len, reverse=True))
    + r")\s*:?(?:\s*(?:pågår|avsluttet)\s*:\s*[xX☒☐]?)*\s*)$",
    re.I,
)
BULLET_START = re.compile(r"^\s*(?:<|[-•▪◦●]\s)")


def section_of(text: str) -> Optional[str]:
    """The section a heading or a section row opens, None if it is not one."""
    key = norm_key(text)
    if len(key.split()) > 8:
        return None
    if re.match(r"^(avsluttede?|fullførte|ferdigstilte|gjennomførte|ferdige)\s+(prosjekt|tiltak)", key):
        return "avsluttet"
    if re.search(r"\bi linje(n)?$", key) and re.search(r"prosjekt|tiltak", key):
        return "i_linje"
    if re.match(r"^pr\w*ioriterte\s+(prosjekt|tiltak)", key):
        return "prioritert"
    return None


def label_of(text: str) -> Optional[tuple[str, str]]:
    """(kind, rest of the cell) when a cell opens with a label ("Kort status:")."""
    first, _, rest = text.partition("\n")
    m = re.match(r"^\s*([^:]+?)\s*(:|$)\s*(.*)$", first)
    if not m:
        return None
    kind = LABELS.get(norm_key(m.group(1)))
    if kind is None or (not m.group(2) and m.group(3)):
        return None
    return kind, "\n".join(p for p in (m.group(3), rest) if p.strip())


def checkboxes(text: str) -> Optional[str]:
    """The status word of the ticked checkbox in a checkbox cell, None when none is ticked."""
    found = CHECKBOX.findall(text)
    ticked = [word for word, mark in found if mark]
    return status_word(ticked[0]) if ticked else None


def is_checkbox_cell(text: str) -> bool:
    """A cell holding only checkboxes ("Pågår: x  Avsluttet:")."""
    return bool(CHECKBOX.search(text)) and not squash(CHECKBOX.sub("", text))


def _header_role(key: str) -> Optional[str]:
    """Role of a header cell; bullet columns ("Forventet effekt") are "items:<kind>"."""
    if key in HEADER_WORDS:
        return HEADER_WORDS[key]
    return f"items:{LABELS[key]}" if key in LABELS else None


@dataclass
class _Open:
    project: Project
    items: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    kind: Optional[str] = None
    status_column: Optional[str] = None
    checkbox: Optional[str] = None


class _Reader:
    def __init__(self, doc: ReadDocument) -> None:
        self.doc = doc
        self.program_names = _program_list(doc)
        self.program: Optional[str] = None
        self.section: Optional[str] = None
        self.area: Optional[str] = None
        self.columns: dict[str, int] = {}
        self.in_table_run = False
        self.open: Optional[_Open] = None
        self.projects: list[Project] = []
        self.pages = PageFinder(doc.pages)
        self.spanning_content = False  # content cells span the table: a lone narrow cell is a name
        self.last_page: Optional[int] = None

    # -- blocks
    def read(self) -> list[Project]:
        for index, block in enumerate(self.doc.blocks):
            if isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block, index)
        self.close()
        return self.projects

    def paragraph(self, p: Paragraph) -> None:
        text = squash(p.text)
        program = _program_heading(text, p.style, self.program_names)
        if program:
            self.close()
            self.program, self.section, self.area, self.columns = program, None, None, {}
            self.in_table_run = False
            return
        section = section_of(text)
        if section:
            self.close()
            self.section, self.area = section, None
            self.in_table_run = False
            return
        if self.in_table_run and self.open is not None:
            self.loose_paragraph(p.text)

    def loose_paragraph(self, text: str) -> None:
        """Bullets and labels printed as paragraphs right after a project table (a PDF
        reader can miss the part of a table that continues on the next page). A label
        glued to the end of a bullet ("… kommune. Forventet effekt:") is split off; any
        other paragraph ends the table run."""
        pieces = [t for t in LABEL_AT_END.split(text) if t and t.strip()]
        if not (label_of(pieces[0]) or GLYPH.match(pieces[0])):
            self.in_table_run = False
            return
        for piece in pieces:
            label = label_of(piece)
            if label:
                self.open.kind = label[0]
                if label[1] and is_checkbox_cell(label[1]):
                    self.open.checkbox = self.open.checkbox or checkboxes(label[1])
                elif label[1]:
                    self.content([label[1]])
            else:
                self.content([piece])

    def table(self, table: Table, index: int) -> None:
        rows = list(table_rows(table, index))
        if not (self.in_table_run or _is_project_table(rows)):
            self.in_table_run = False
            return
        self.in_table_run = True
        spanning = _content_spans(rows)
        if spanning is not None:
            self.spanning_content = spanning
        for row in rows:
            self.row(row)

    # -- rows
    def row(self, row: Row) -> None:
        if not row.cells:
            return
        roles = header_roles(row, _header_role, need={"name"})
        if roles:
            self.columns = roles
            return
        if len(row.cells) == 1:
            if self.heading_row(row.texts[0]):
                return
        label = label_of(row.texts[0])
        if label:
            self.label_row(row, *label)
            return
        nr = self.row_number(row)
        area = AREA.match(row.texts[1 if nr is not None and len(row.cells) > 1 else 0])
        if area and nr is None:
            self.close()
            self.area = squash(area.group(1))
            return
        if self.is_project_row(row, nr):
            self.project_row(row, nr)
            return
        if self.open is not None and self.open.kind is None and self.is_name_cell(row):
            self.open.project.name = f"{self.open.project.name} {squash(row.texts[0])}"  # a wrapped name split off
            return
        self.content(row.texts)

    def heading_row(self, text: str) -> bool:
        """A section row, or headings a PDF table finder took into the table."""
        section = section_of(text)
        program = None if section else _program_in_row(text, self.program_names)
        if program:
            self.close()
            self.program, self.area, self.columns = program, None, {}
            section = "prioritert" if re.search(r"pr\w*ioriterte\s+(prosjekt|tiltak)", text, re.I) else None
            self.section = section
            return True
        if section:
            self.close()
            self.section, self.area = section, None
            return True
        return False

    def row_number(self, row: Row) -> Optional[int]:
        col, text = row.cells[0]
        nr_col = self.columns.get("nr")
        if nr_col is not None and col != nr_col:
            return None
        nr = first_int(text)
        return nr if nr is not None and len(row.cells) > 1 else None

    def is_project_row(self, row: Row, nr: Optional[int]) -> bool:
        if nr is not None:
            return True
        if any(START.match(t) or END.match(t) for t in row.texts[1:]):
            return True
        mapped = [c for role, c in self.columns.items() if role in ("start", "end", "status") or role.startswith("items:")]
        in_mapped = [t for c, t in row.cells if c in mapped and not is_checkbox_cell(t)]
        name_col = self.columns.get("name")
        name = row.at(name_col) if name_col is not None else row.texts[0]
        if in_mapped and name and not BULLET_START.match(name) and label_of(name) is None:
            return True
        # a project without dates or status: only its name, where content cells span the table
        return self.spanning_content and (self.open is None or self.open.kind is not None) and self.is_name_cell(row)

    def is_name_cell(self, row: Row) -> bool:
        """A lone, non-spanning cell in the name column that is no bullet or label."""
        if len(row.cells) != 1:
            return False
        col, text = row.cells[0]
        name_col = self.columns.get("name", 0)
        return (
            col == name_col
            and row.spans.get(col, 1) == 1
            and not BULLET_START.match(text)
            and label_of(text) is None
            and not is_checkbox_cell(text)
        )

    def project_row(self, row: Row, nr: Optional[int]) -> None:
        self.close()
        start = end = status = name = None
        used: set[int] = set()
        item_columns = {c: role.split(":")[1] for role, c in self.columns.items() if role.startswith("items:")}
        in_columns: list[tuple[str, str]] = []
        for col, text in row.cells:
            if col in item_columns:
                in_columns.append((item_columns[col], text))
                used.add(col)
                continue
            both = START_END.match(text)
            if both:
                start, end = both.group(1), both.group(2)
            elif START.match(text):
                start = START.match(text).group(1)
            elif END.match(text):
                end = END.match(text).group(1)
            elif col == self.columns.get("start"):
                start = text
            elif col == self.columns.get("end"):
                end = text
            elif col == self.columns.get("status"):
                status = status_word(text)
            else:
                continue
            used.add(col)
        if nr is not None:
            used.add(row.cells[0][0])
        rest = [(c, t) for c, t in row.cells if c not in used]
        name_col = self.columns.get("name")
        name = next((t for c, t in rest if c == name_col), None) or (rest[0][1] if rest else "")
        area = AREA.match(name)
        if area:
            name = squash(area.group(1))
            self.area = name
        project = Project(
            program=self.program,
            section=self.section or "prioritert",
            area=self.area,
            nr=nr,
            name=squash(strip_tags(name)),
            start_raw=_raw(start),
            end_raw=_raw(end),
            status=None,
            page=self.page_of(row, name, nr),
        )
        self.open = _Open(project=project, status_column=status)
        for kind, text in in_columns:
            merge_segments(self.open.items[kind], cell_segments(text))

    def page_of(self, row: Row, name: str, nr: Optional[int]) -> Optional[int]:
        """The page printed with the row: from the table's first page on, where its number + name are."""
        if row.page is None:
            return None
        lowest = max(row.page, self.last_page or row.page)
        page = self.pages.find(name, lowest, lead=str(nr) if nr is not None else "") or lowest
        self.last_page = page
        return page

    def label_row(self, row: Row, kind: str, rest: str) -> None:
        if self.open is None:
            return
        self.open.kind = kind
        contents = [rest] if rest else []
        for _, text in row.cells[1:]:
            if is_checkbox_cell(text):
                self.open.checkbox = self.open.checkbox or checkboxes(text)
            elif label_of(text) is None:
                contents.append(text)
        self.content(contents)

    def content(self, texts: list[str]) -> None:
        if self.open is None or self.open.kind is None:
            return
        items = self.open.items[self.open.kind]
        for text in texts:
            merge_segments(items, cell_segments(text))

    def close(self) -> None:
        if self.open is None:
            return
        o, self.open = self.open, None
        p = o.project
        p.status = o.status_column or o.checkbox or ("avsluttet" if p.section == "avsluttet" else None)
        p.items = [ProjectItem(kind=k, ord=i, text=t) for k in KINDS for i, t in enumerate(o.items[k], start=1)]
        self.projects.append(p)


def _raw(text: Optional[str]) -> Optional[str]:
    text = squash(text or "")
    return text or None


def _content_spans(rows: list[Row]) -> Optional[bool]:
    """Whether the content rows under labels are cells spanning several columns (None: no
    label row in this table to tell)."""
    for row, nxt in zip(rows, rows[1:]):
        if row.cells and nxt.cells and label_of(row.texts[0]) and len(nxt.cells) == 1:
            return nxt.spans.get(nxt.cells[0][0], 1) > 1
    return None


def _is_project_table(rows: list[Row]) -> bool:
    """A table with a project header row, or with at least one label row."""
    for row in rows:
        if not row.cells:
            continue
        if header_roles(row, _header_role, need={"name"}):
            return True
        if label_of(row.texts[0]):
            return True
    return False


def _program_list(doc: ReadDocument) -> dict[str, str]:
    """The report's own list of programs (numbered or list paragraphs before the first
    project table), key -> name as written; used to recognise bare program headings."""
    names: dict[str, str] = {}
    for block in doc.blocks:
        if isinstance(block, Table):
            if _is_project_table(list(table_rows(block, 0))):
                break
            continue
        text = squash(block.text)
        m = NUMBERED.match(text)
        if m:
            names[norm_key(m.group(1))] = m.group(1).strip()
        elif "list" in block.style.lower() or block.style == "li":
            names[norm_key(text)] = text
    return names


def _program_heading(text: str, style: str, known: dict[str, str]) -> Optional[str]:
    m = PROGRAM.match(text)
    if m:
        return squash(m.group(1))
    if NUMBERED.match(text) or "list" in style.lower() or style == "li":
        return None
    return known.get(norm_key(text))


def _program_in_row(text: str, known: dict[str, str]) -> Optional[str]:
    """A program heading swallowed into a table row (a PDF table finder can take the
    text between two tables on one page for a row): "Program: X <intro…>". Without the
    "Program:" prefix only a known name alone, or followed by the section heading, counts
    (a bullet that merely starts with a program's name must stay a bullet)."""
    text = squash(text)
    m = PROGRAM.match(text)
    rest = m.group(1) if m else text
    lowered = rest.casefold()
    for key, name in sorted(known.items(), key=lambda kv: -len(kv[0])):
        if not lowered.startswith(key.casefold()):
            continue
        if m or lowered == key.casefold() or re.search(r"pr\w*ioriterte\s+(prosjekt|tiltak)", lowered):
            return name
    if m and len(rest.split()) <= 8:
        return squash(rest)
    return None


def extract_projects(doc: ReadDocument) -> list[Project]:
    """Every project in the status-report tables of `doc`, in document order."""
    return _Reader(doc).read()
