"""Project names in grant tables that lost their grid: a header row with a "Prosjekt" column and an
amount column, then one row per grant, either one cell per line ("Kongsberg", "Hjartdal, Notodden …",
"Tiltaksplan digitalisering Kongsbergregionen 2020", "900 000") or one row per line with the amount after
a run of spaces ("Halden Indre Østfold, Sarpsborg og Halden Velferdspilot          200 000")."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span

from models.context import text_of
from models.names.words import COMPANY_FORMS

PROJECT_HEADERS = {"prosjekt", "prosjektnavn", "prosjektnamn", "prosjekttittel", "prosjektets navn", "tiltak",
                   "prosjekt/tiltak", "navn på prosjekt", "namn på prosjekt", "navn på prosjektet", "prosjekter"}
HEADER_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, PROJECT_HEADERS), key=len, reverse=True)) + r")\b",
                         re.I)
AMOUNT_HEADER = re.compile(r"beløp|tilskot|tilskudd|tildelt|tildelning|sum\b|kroner|\bkr\b|midler", re.I)
AMOUNT = re.compile(r"^(kr\.?\s*)?\d{1,3}([  .]\d{3})*(,-|,\d+)?(\s*kr\.?)?$", re.I)
ROW_AMOUNT = re.compile(r"^(?P<body>\S.*?)[ \t]{3,}(?P<amount>\d{1,3}(?:[  .]\d{3})+(?:,-)?)[ \t]*$")
# "Strand kommune Aktivitetspark Jørpeland 300 000 kroner": one space is enough when the currency follows the amount
ROW_AMOUNT_CURRENCY = re.compile(r"^(?P<body>\S.*?)[ \t]+(?P<amount>\d{1,3}(?:[  .]\d{3})+(?:,-)?)[ \t]+"
                                 r"(?:kroner|kr\.?|NOK)[ \t]*$")
PARTNER_WORDS = {",", "og", ".", ":", "kommune", "Kommune", "fylkeskommune", "Fylkeskommune", "IKS"}
MAX_HEADER_WORDS = 4
MAX_HEADER_LINE_WORDS = 8
MAX_NAME_WORDS = 20


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of the text with the offset it starts at."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cells(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of the text, as (start, end) without their outer spaces."""
    out = []
    for pos, line in _lines(text):
        if stripped := line.strip():
            start = pos + line.index(stripped)
            out.append((start, start + len(stripped)))
    return out


def _is_header(cell: str) -> bool:
    return len(cell.split()) <= MAX_HEADER_WORDS and not any(c.isdigit() for c in cell) and not cell.endswith(".")


def _cell_rows(text: str) -> Iterator[tuple[int, int]]:
    """Project cells of a table written one cell per line: the header's cells, then rows of as many
    cells, as long as each row's amount cell holds an amount."""
    cells = _cells(text)
    words = [text[a:b] for a, b in cells]
    for h, word in enumerate(words):
        if word.lower() not in PROJECT_HEADERS:
            continue
        first = h
        while first > 0 and first > h - 5 and _is_header(words[first - 1]):
            first -= 1
        last = h
        while last + 1 < len(words) and last < h + 5 and _is_header(words[last + 1]) \
                and not AMOUNT_HEADER.search(words[last]):
            last += 1
        header = words[first:last + 1]
        amount = next((k for k, c in enumerate(header) if AMOUNT_HEADER.search(c)), None)
        if len(header) < 2 or amount is None:
            continue
        width, column = len(header), h - first
        row = last + 1
        while row + width <= len(words) and AMOUNT.match(words[row + amount]):
            name = words[row + column]
            if name[:1].isupper() and len(name.split()) <= MAX_NAME_WORDS and not AMOUNT.match(name):
                yield cells[row + column]
            row += width


def _header_line(line: str) -> bool:
    """"Kommune Samarbeidspartnere Prosjekt Tildelt beløp": a table's header row on one line."""
    return len(line.split()) <= MAX_HEADER_LINE_WORDS and bool(HEADER_WORD.search(line)) \
        and bool(AMOUNT_HEADER.search(line)) and not ROW_AMOUNT.match(line)


def _row_lines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Project names of a table written one row per line, the amount last after a run of spaces (or after one,
    with its currency): what follows the row's leading municipality and its partners (places, bodies, commas)."""
    header_seen = False
    for pos, line in _lines(text_of(doc)):
        if not header_seen:
            header_seen = _header_line(line)
        elif (m := ROW_AMOUNT.match(line) or ROW_AMOUNT_CURRENCY.match(line)) is not None:
            span = doc.char_span(pos + m.start("body"), pos + m.end("body"), alignment_mode="contract")
            if span is not None and (found := _after_partners(span)) is not None:
                yield found


def _after_partners(row: Span) -> tuple[int, int] | None:
    """The text after the row's leading run of places, bodies and connectors, if it looks like a name."""
    if not row or not row[0].ent_type_ or row[0].ent_type_ not in {"GPE", "ORG"}:
        return None
    i = row.start
    while i < row.end and (row.doc[i].ent_type_ in {"GPE", "ORG"} or row.doc[i].text in PARTNER_WORDS):
        i += 1
    name = row.doc[i:row.end]
    if not name or not name[0].text[:1].isupper() or name[0].ent_type_ in {"GPE", "ORG"} \
            or any(t.ent_type_ == "ORG" or t.text == "," or t.text.upper() in COMPANY_FORMS for t in name) \
            or len(name) > MAX_NAME_WORDS:  # "… Brann Og Redning Iks Helhetlig …": a partner the row still names
        return None
    return name.start_char, name.end_char


# " • Gründerbyen - Slemmestad Brygge AS kr. 560.000,-", " 4. Planlegging av ny RV35 Modum kommune 250 000": a bulleted
# or numbered grant, the amount last
LISTED_ROW = re.compile(r"^[ \t]*(?:[•*–-]|\d{1,2}\.)[ \t]+(?P<body>\S.*?),?[ \t]+(?P<amount>(?:[Kk]r\.?[ \t]*)?"
                        r"\d{1,3}(?:[  .]\d{3})+(?:,-)?)[ \t]*$")
PART_SEPARATOR = re.compile(r"[ \t]+[-–][ \t]+|,[ \t]+")
QUOTED = re.compile(r"[\"“”«](?P<name>[^\"“”«»\n]{2,80})[\"“”»]")
MIN_LISTED_ROWS = 3
NAME_CUT = re.compile(r"\s*\(|\.\s")
RECIPIENT_COLON = re.compile(r"^[^:]{3,60}:[ \t]+(?=\S)")  # "Recipient: project, kr …"
PARTY_WORDS = PARTNER_WORDS | {"/", "i", "på", "for"}  # "Landbrukskontoret i Lier", "Modum/Krødsherad"
PARTY_ENDS = {"kommune", "kommunes", "fylkeskommune", "idrettskrets", "kommunar", "kommuner"}
RECIPIENT_WORDS = {"stiftelsen", "stiftinga", "foreningen", "foreininga", "selskapet", "laget"}  # "… Stiftelsen X i Sigdal"


def _listed_rows(text: str) -> list[tuple[int, re.Match]]:
    """The rows of every run of at least three bulleted or numbered grant lines (blank lines and one short heading
    between them allowed)."""
    runs, current, gap = [], [], 0
    for pos, line in _lines(text):
        if (m := LISTED_ROW.match(line)) is not None:
            current.append((pos, m))
            gap = 0
        elif line.strip() and (gap or len(line.split()) > 5):
            runs.append(current)
            current, gap = [], 0
        elif line.strip():
            gap = 1  # "Kongsbergregionen:": a group heading inside the list
    runs.append(current)
    return [row for run in runs if len(run) >= MIN_LISTED_ROWS for row in run]


def _is_party(part: Span) -> bool:
    """A part of a grant row that names who gets the grant: places and bodies only, or a name ending in a body's
    form ("Slemmestad Brygge AS", "Modum kommune")."""
    if not part:
        return True
    if part[-1].text in COMPANY_FORMS or part[-1].lower_ in PARTY_ENDS:
        return True
    return all(t.ent_type_ in {"GPE", "ORG"} or t.text in PARTY_WORDS for t in part)


def _listed_grant_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The project's name in a grant row's text (without its amount): a quoted title, else the first part that is
    not the recipient, else the words before the recipient ("Ungdomsløftet i Midt-Buskerud Buskerud idrettskrets")."""
    text = doc.text[start:end]
    if (q := QUOTED.search(text)) is not None:
        return start + q.start("name"), start + q.end("name")
    if (colon := RECIPIENT_COLON.search(text)) is not None:  # "Leira næringsforening: Gjenbrukskonsept forstudie"
        return start + colon.end(), end
    bounds, pos = [], 0
    for sep in PART_SEPARATOR.finditer(text):
        bounds.append((pos, sep.start()))
        pos = sep.end()
    bounds.append((pos, len(text)))
    if len(bounds) > 1:
        parts = [s for a, b in bounds if (s := doc.char_span(start + a, start + b, alignment_mode="contract"))]
        named = [s for s in parts if not _is_party(s)] or [  # "Gründerbyen - Slemmestad Brygge AS": not the company
            s for s in parts if s[-1].text not in COMPANY_FORMS and s[-1].lower_ not in PARTY_ENDS]
        return (named[0].start_char, named[0].end_char) if named and len(named) < len(parts) else None
    row = doc.char_span(start, end, alignment_mode="contract")
    if row is None or not row:
        return None
    cut = row.end
    for k in range(row.start + 1, row.end):  # the recipient: a body, a municipality, or places to the row's end
        tok, rest = row.doc[k], row.doc[k:row.end]
        if tok.ent_iob_ == "B" and tok.ent_type_ == "ORG" or tok.lower_ in RECIPIENT_WORDS and tok.is_title \
                or tok.ent_iob_ == "B" and tok.ent_type_ == "GPE" and (
                    k + 1 < row.end and row.doc[k + 1].lower_ in PARTY_ENDS
                    or all(t.ent_type_ == "GPE" or t.text in PARTNER_WORDS or t.text == "/" for t in rest)):
            cut = k
            break
    name = row.doc[row.start:cut]
    return (name.start_char, name.end_char) if name else None


def _listed_grants(doc: Doc) -> Iterator[tuple[int, int]]:
    """Project names of bulleted or numbered grant lists ("Gründerbyen - Slemmestad Brygge AS kr. 560.000,-")."""
    for pos, m in _listed_rows(text_of(doc)):
        found = _listed_grant_name(doc, pos + m.start("body"), pos + m.end("body"))
        if found is not None:
            name = doc.text[found[0]:found[1]]
            if (cut := NAME_CUT.search(name)) is not None:  # "… gjennom arbeid (Fjell)", "… til alt. Fjell"
                name = name[:cut.start()]
                found = (found[0], found[0] + len(name))
            if name[:1].isupper() and len(name.split()) <= MAX_NAME_WORDS:
                yield found


def header_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Where a grant table's one-line header stands: its words are column names, not project names."""
    return [(pos, pos + len(line)) for pos, line in _lines(text_of(doc)) if _header_line(line)]


def grant_table_projects(doc: Doc) -> list[Span]:
    """PROJECT spans for the names in a grant table's project column (see the module's docstring)."""
    out = []
    for start, end in list(_cell_rows(text_of(doc))) + list(_row_lines(doc)) + list(_listed_grants(doc)):
        span = doc.char_span(start, end, label="PROJECT", alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out
