"""Milestones of a project plan ("milepælsplan") from its generic tables.

A milestone table is found by its header words, in any order: a due date ("Planlagt
ferdig dato", "Frist", "Dato"), "Status", the number ("Milepæl(er)", "Nr"), the
description ("Milepælsbeskrivelse …", "Beskrivelse") and "Ansvar(lig)". Cells are kept
verbatim (whitespace joined); status is the contract's lower-case word.

PDF renderings break such tables across pages: the header is repeated (sometimes only
in part), a row's text continues on the next page, and a column left empty on a page
can vanish from that page's table. So: a row of header fragments is skipped (and maps
the columns of a continued table), a row without number and date continues the
previous milestone, and a table without header right after a milestone table
continues it.
"""
from __future__ import annotations

import re
from typing import Optional

from .typed_rows import PageFinder, Row, first_int, header_roles, table_rows
from .typed_text import squash, status_word
from .types import Milestone, ReadDocument, Table

ORDER = ("due", "status", "nr", "description", "responsible")


def role_of(key: str) -> Optional[str]:
    """The milestone column a header word names (spaces ignored: PDF cells break words)."""
    key = key.replace(" ", "")
    if key.startswith(("milepælsbeskrivelse", "beskrivelse", "aktivitet")):
        return "description"
    if key in ("milepæl", "milepæler", "nr", "nr.", "milepælnr", "nummer", "#"):
        return "nr"
    if key.startswith("ansvar"):
        return "responsible"
    if key == "status":
        return "status"
    if "dato" in key or key.startswith(("frist", "ferdig", "planlagt")) or key == "når":
        return "due"
    return None


class _Header:
    """The roles of a milestone table's columns and the header texts they came from."""

    def __init__(self, row: Row, roles: dict[str, int]) -> None:
        self.roles = roles
        self.texts = {role: _bare(row.at(col) or "") for role, col in roles.items()}

    def fragment_roles(self, row: Row) -> Optional[dict[str, int]]:
        """Roles of a row made only of pieces of the header texts (a repeated header
        cut by the page margin); None when it is not such a row."""
        if not row.cells:
            return None
        found: dict[str, int] = {}
        for col, text in row.cells:
            piece = _bare(text)
            role = next((r for r, full in self.texts.items() if piece and piece in full), None)
            if role is None:
                return None
            found[role] = col
        return found

    def continued(self, found: dict[str, int], n_cols: int) -> dict[str, int]:
        """Roles for a continued table: the fragment's columns, and the columns left over
        given the header's roles in their order (a vanished empty column drops out)."""
        roles = dict(found)
        order = [r for r in sorted(self.roles, key=self.roles.get)]
        free = [c for c in range(n_cols) if c not in roles.values()]
        for col in free:
            left = max((order.index(r) for r, c in roles.items() if c < col), default=-1)
            right = min((order.index(r) for r, c in roles.items() if c > col), default=len(order))
            candidates = [r for r in order[left + 1:right] if r not in roles]
            if len(candidates) == 1 or (candidates and right == len(order) and col == n_cols - 1):
                roles[candidates[-1] if right == len(order) else candidates[0]] = col
        return roles


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def extract_milestones(doc: ReadDocument) -> list[Milestone]:
    """Every milestone row of every milestone table in `doc`, in document order."""
    rows_out: list[tuple[dict[str, str], Optional[int]]] = []  # raw cells per milestone, page
    header: Optional[_Header] = None
    roles: dict[str, int] = {}
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, Table):
            header = None  # text between tables: the next table is not a continuation
            continue
        rows = list(table_rows(block, index))
        own = next(((row, r) for row in rows if (r := header_roles(row, role_of, need={"description"}, minimum=3))), None)
        if own:
            header = _Header(*own)
            roles = dict(header.roles)
        elif header is None:
            continue
        elif block.n_cols != max(header.roles.values()) + 1:
            roles = {}
        for row in rows:
            if not row.cells or header_roles(row, role_of, need={"description"}, minimum=3):
                continue
            found = header.fragment_roles(row)
            if found is not None:
                roles = header.continued(found, block.n_cols) if block.n_cols != max(header.roles.values()) + 1 else roles
                continue
            if roles:
                _row(row, roles, rows_out)
    return _with_pages([_milestone(raw, page) for raw, page in rows_out], PageFinder(doc.pages))


def _row(row: Row, roles: dict[str, int], out: list[tuple[dict[str, str], Optional[int]]]) -> None:
    """A new milestone when the row has its number (or, without a number column, a date);
    otherwise the row continues the previous milestone, cell by cell (a wrapped row
    split into lines, or a row broken across a page)."""
    raw = {role: squash(row.at(col) or "") for role, col in roles.items()}
    raw = {role: text for role, text in raw.items() if text}
    starts = first_int(raw.get("nr")) is not None if "nr" in roles else bool(re.search(r"\d", raw.get("due", "")))
    if not starts and out:
        last = out[-1][0]
        for role, text in raw.items():
            last[role] = _join(last.get(role), text) or ""
        return
    out.append((raw, row.page))


def _milestone(raw: dict[str, str], page: Optional[int]) -> Milestone:
    return Milestone(
        nr=first_int(raw.get("nr")),
        due_raw=raw.get("due") or None,
        status=status_word(raw.get("status")),
        description=raw.get("description") or None,
        responsible=raw.get("responsible") or None,
        page=page,
    )


def _with_pages(milestones: list[Milestone], pages: PageFinder) -> list[Milestone]:
    """Each milestone's page is where its row is printed (a PDF table joined across pages
    carries only its first page): its number and description looked up in order."""
    last: Optional[int] = None
    for m in milestones:
        if m.page is None:
            continue
        lowest = max(m.page, last or m.page)
        lead = str(m.nr) if m.nr is not None else ""
        m.page = pages.find(m.description or m.due_raw or "", lowest, lead=lead) or lowest
        last = m.page
    return milestones


def _join(a: Optional[str], b: Optional[str]) -> Optional[str]:
    return " ".join(x for x in (a, b) if x) or None
