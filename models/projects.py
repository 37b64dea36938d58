"""PROJECT names from the document itself: its tables' names and short forms, and headings.

* Names of projects and programmes the typed extractors found (`Records`), plus the short
  forms writers use in prose: the part before " – " ("Velferdsteknologi" for
  "Velferdsteknologi – brukerrettet teknologi (fase 1)") and the name without a trailing
  parenthesis ("... optimalisering av forvaltning" for "... (Fase 2)").
* A match followed by "(Fase 1)", "(del 2)" takes the parenthesis in.
* Matching ignores case after the first letter ("Flere Farger" for "Flere farger"), and
  takes the inflected forms prose uses ("Levekårsteamet" for "Levekårsteam"); a lower-case
  match right after a capitalised "Program"/"Prosjekt" takes the word in ("Program inkludering").
* A one-word project name at the start of a sentence ("Inkludering er ...") is the common
  noun, unless it stands alone on its line ("5. Inkludering", "Program: Inkludering", a table
  cell); a unit's name ("Flyktningseksjonens tjeneste ...") is a name wherever it stands.
* "Program: X" / "PROGRAM: X" / "Prosjekt: X" heading lines name X (corpus/annotations/README.md).
* The same matching finds the document's municipal units (the service areas its budget
  tables belong to) as ORG.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extract.types import Records
from models.context import alone_on_line, at_start, text_of
from models.gazetteers import organisations

_DASH = re.compile(r"\s+[–-]\s+")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_PHASE_PAREN = re.compile(r"\(((?:[Ff]ase|[Dd]el|[Tt]rinn|FASE)\s*\d+)\)\s*$")
_PHASE_AFTER = re.compile(r"^\s*\((?:[Ff]ase|[Dd]el|[Tt]rinn|FASE)\s*\d+\)")
# "Prosjekt: X", "Delprosjekt 2: Digital innbyggerdialog" alone on a line
_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]?[ \t]+)?(?:Program|PROGRAM|Prosjekt|PROSJEKT|Delprosjekt|"
                      r"Programnavn|Prosjektnavn)(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*[«\"]?"
                      r"([A-ZÆØÅ0-9][^\n\t«»\"]{1,79}?)[»\"]?[ \t]*$")
# A form's name field in running text: "2. Navn på prosjektet: Blikk for muligheter! Innovasjonsstrategi …",
# "Dato: PROSJEKTNAMN: INTERKOMMUNALT SKREDSAMARBEID (I HORDALAND) Prosjektansvarleg: …" (up to a bracket)
_NAME_FIELD = re.compile(r"(?:Navn på prosjektet|Prosjektets navn|Navn på tiltaket|Namn på prosjektet|"
                         r"(?<![\w-])(?:Prosjektnavn|Prosjektnamn|PROSJEKTNAVN|PROSJEKTNAMN))[ \t]*:[ \t]*"
                         r"([A-ZÆØÅ][^\n\t.:;?!«»\"()]{1,60}!?)")
MIN_SHORT_FORM = 4
INFLECTIONS = ("s", "et", "en", "ets", "ens")  # "Levekårsteamet", "P1824s" in prose
LABEL_WORDS = {"program", "programmet", "prosjekt", "prosjektet"}


def name_variants(name: str) -> set[str]:
    """The name and the short forms prose uses for it."""
    name = " ".join(name.split())
    out = {name}
    bare = _TRAILING_PAREN.sub("", name)
    out.add(bare)
    head = _DASH.split(bare, maxsplit=1)[0]
    out.add(head)
    phase = _PHASE_PAREN.search(name)
    if phase:  # "Velferdsteknologi fase 2" for "Velferdsteknologi – brukerrettet teknologi (fase 2)"
        out |= {f"{bare} {phase.group(1)}", f"{head} {phase.group(1)}"}
    return {v for v in out if len(v) >= MIN_SHORT_FORM and v[0].isupper()}


def document_names(records: Records) -> dict[str, Optional[str]]:
    """Phrase -> the full name it stands for (None where two names share the short form)."""
    full = {p.name for p in records.projects if p.name and len(p.name) > 3}
    full |= {p.program for p in records.projects if p.program}
    full |= {i.program for i in records.program_items if i.program}
    out: dict[str, Optional[str]] = {}
    for name in sorted(full):
        for v in name_variants(name):
            if v in full and v != name:
                continue  # a short form that is another project's full name belongs to that one
            out[v] = name if out.get(v, name) == name else None
    for v, name in list(out.items()):
        if name is not None and v[-1].isalpha():
            for suffix in INFLECTIONS:
                out.setdefault(v + suffix, name)
    return out


def project_matcher(nlp: Language, names: Iterable[str]) -> PhraseMatcher:
    """Case-insensitive ("Flere Farger" for "Flere farger"); project_spans wants a capital first letter."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PROJECT", [nlp.make_doc(t) for t in sorted(names)])
    return matcher


def unit_names(records: Records) -> dict[str, Optional[str]]:
    """The municipal units the document's budget tables belong to ("Dagsenter og avlastning",
    "Helsehuset"): named units, ORG in its prose."""
    areas = {" ".join(b.service_area.split()) for b in records.budget_tables if b.service_area}
    out: dict[str, Optional[str]] = {}
    for area in sorted(areas):
        if len(area) < MIN_SHORT_FORM or not area[0].isupper() or area.split("-")[0] in organisations():
            continue  # "NAV-kontorene": the organisation inside is the name
        out[area] = area
        if area[-1].isalpha():
            out.setdefault(area + "s", area)  # "Flyktningseksjonens"
    return out


def project_spans(doc: Doc, matches: list[tuple[int, int, int]], names: dict[str, Optional[str]],
                  label: str = "PROJECT") -> list[Span]:
    """Spans for document-name matches: common-noun readings dropped, "(Fase N)" taken in."""
    out = []
    text = text_of(doc)
    by_lower = {k.lower(): v for k, v in names.items()}
    for _, start, end in matches:
        span = doc[start:end]
        if not span.text[0].isupper():
            if start == 0 or doc[start - 1].lower_ not in LABEL_WORDS or not doc[start - 1].is_title:
                continue
            span = doc[start - 1:end]  # "Program inkludering": the label word makes it a name
        elif end - start == 1 and label == "PROJECT" and at_start(text, span.start_char) \
                and not alone_on_line(text, span.end_char):
            continue
        phase = _PHASE_AFTER.match(text[span.end_char:span.end_char + 20])
        if phase:
            longer = doc.char_span(span.start_char, span.end_char + phase.end(), label=label,
                                   alignment_mode="expand")
            if longer is not None:
                span = longer
        span = Span(doc, span.start, span.end, label=label)
        span._.norm = by_lower.get(doc[start:end].text.lower()) or doc[start:end].text
        out.append(span)
    return out


def heading_spans(doc: Doc) -> list[Span]:
    """PROJECT spans for the names on "Program: X" / "Prosjekt: X" heading lines and in a form's
    "Navn på prosjektet: X" field."""
    out = []
    for m in [*_HEADING.finditer(text_of(doc)), *_NAME_FIELD.finditer(text_of(doc))]:
        end = m.start(1) + len(m.group(1).rstrip())
        span = doc.char_span(m.start(1), end, label="PROJECT", alignment_mode="contract")
        if span is not None and len(span) <= 12:
            span._.norm = span.text
            out.append(span)
    return out
