"""Plain dataclasses handed from one stage to the next.

Readers return a `ReadDocument` (pages of text, paragraphs and tables in reading
order). Typed extractors turn it into records (`Project`, `BudgetTable`, ...). The NLP
step adds `Entity` and `Fact`. Only `pipelines/` turns these into database rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


# --------------------------------------------------------------------------- reading

@dataclass
class Cell:
    """One cell of a table; `row`/`col` are 0-based positions of its top-left corner."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1


@dataclass
class Table:
    """A table as found in a document, known kind or not."""

    cells: list[Cell]
    page: Optional[int] = None  # first page, 1-based; None where the format has no pages
    caption: Optional[str] = None  # e.g. "Tabell 5.11 Budsjettramme for ..., tall i 1 000 kr"
    bbox: Optional[tuple[float, float, float, float]] = None  # x0, top, x1, bottom in PDF points
    method: str = ""  # e.g. "pdf-lines", "pdf-text", "docx", "html", "xlsx", "ocr"
    title: Optional[str] = None  # nearest heading/line above the table, if any
    last_page: Optional[int] = None  # last page a continued table reaches

    @property
    def n_rows(self) -> int:
        return max((c.row + c.row_span for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.col_span for c in self.cells), default=0)

    def grid(self, fill_spans: bool = False) -> list[list[str]]:
        """Rows of cell texts. A merged cell stands at its top-left position; the
        positions it covers hold "" (or its text again with `fill_spans`)."""
        g = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    if (r, k) == (c.row, c.col) or fill_spans:
                        g[r][k] = c.text
        return g


@dataclass
class Paragraph:
    """A run of text outside tables: a heading, a paragraph, a list item."""

    text: str
    page: Optional[int] = None
    style: str = ""  # e.g. "Heading 1", "h2", "List Bullet", "" when unknown


Block = Union[Paragraph, Table]


@dataclass
class Page:
    number: Optional[int]  # 1-based; None for formats without pages (HTML, TXT)
    text: str


@dataclass
class ReadDocument:
    """What a reader gets out of one file."""

    format: str  # pdf, docx, html, xlsx, txt
    pages: list[Page]
    blocks: list[Block] = field(default_factory=list)  # reading order, tables included
    ocr: bool = False
    title_hint: Optional[str] = None  # document metadata title, <title>, first heading
    warnings: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # file metadata: title, author, subject …

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


# --------------------------------------------------------------------------- records

@dataclass
class DocumentInfo:
    doc_type: str = "annet"  # statusrapport, budsjett, evaluering, prosjektplan, annet
    municipality: Optional[str] = None
    title: Optional[str] = None
    doc_date: Optional[str] = None  # ISO date, or YYYY-MM / YYYY when that is all there is


@dataclass
class Period:
    """A vague date read as a period: `raw` as written, first and last day in ISO."""

    raw: Optional[str]
    start: Optional[str] = None
    end: Optional[str] = None
    warning: Optional[str] = None


@dataclass
class ProjectItem:
    kind: str  # beskrivelse, effekt, status
    ord: int
    text: str


@dataclass
class Project:
    program: Optional[str]
    section: Optional[str]  # prioritert, i_linje, avsluttet
    area: Optional[str]
    nr: Optional[int]
    name: str
    start_raw: Optional[str]
    end_raw: Optional[str]
    status: Optional[str]  # pågår, avsluttet, ... lower-case Norwegian, or None
    page: Optional[int] = None
    start_from: Optional[str] = None
    start_to: Optional[str] = None
    end_from: Optional[str] = None
    end_to: Optional[str] = None
    items: list[ProjectItem] = field(default_factory=list)
    project_key: Optional[str] = None


@dataclass
class ProgramItem:
    program: str
    kind: str  # mål, gevinst
    ord: int
    text: str
    page: Optional[int] = None


@dataclass
class BudgetLine:
    row_ord: int
    line_no: Optional[str]
    description: str
    kind: str  # opening, change, transfer, investment, total
    amounts: dict[int, int]  # year -> amount in the table's unit
    group: Optional[str] = None


@dataclass
class BudgetTable:
    caption: Optional[str]  # "Tabell 5.11"
    title: Optional[str]
    service_area: Optional[str]
    unit: Optional[str]  # "1 000 kr", "kr", "mill. kr"
    unit_factor: int  # kroner per unit
    years: list[int]
    lines: list[BudgetLine]
    balances: bool
    page: Optional[int] = None
    note: Optional[str] = None  # why it does not balance, or which reading was chosen
    source_table: Optional[int] = None  # index into ReadDocument.tables


@dataclass
class Milestone:
    nr: Optional[int]
    due_raw: Optional[str]
    status: Optional[str]
    description: Optional[str]
    responsible: Optional[str]
    page: Optional[int] = None
    due_date: Optional[str] = None


@dataclass
class Fact:
    kind: str  # goal, baseline, result
    text: str
    value: Optional[float]
    unit: Optional[str]
    page: Optional[int] = None


@dataclass
class Entity:
    label: str
    text: str
    start: int  # character offsets into the page text
    end: int
    page: Optional[int] = None
    norm: Optional[str] = None
    source: str = "rule"  # rule, model


@dataclass
class Records:
    """Everything typed that was pulled out of one document."""

    projects: list[Project] = field(default_factory=list)
    program_items: list[ProgramItem] = field(default_factory=list)
    budget_tables: list[BudgetTable] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
