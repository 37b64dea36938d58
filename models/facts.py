"""Facts: figures (count, %, MNOK/kr) with the clause they come from, kind goal/baseline/result."""
from __future__ import annotations

import re
from typing import Optional

from extract.types import Entity, Fact
from models.norm import number

_COUNT = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})*)\s+(personer|brukere|deltakere|ungdommer|ansatte|"
                    r"unge|mottakere|familier|barn)\b")
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|\s*:\s+(?=\S)|,\s+(?=(?:mot|og det|men|av disse)\b)")
_GOAL = re.compile(r"\b(mål|målet|målsetting\w*|resultatmål\w*|hovedmål\w*|delmål\w*|skal|skulle|innen|"
                   r"redusere\b.*\bmed)\b", re.I)
_RESULT = re.compile(r"\b(reduksjon på|økning på|redusert til|hadde økning|steget|til MNOK|var andelen|"
                     r"for første gang|Ved utgangen av 2009|har hatt|resultat)\b", re.I)


_FROM = re.compile(r"\bfr[aå]\s*$", re.I)  # "har steget frå MNOK 9,47": the starting point


def _kind(clause: str) -> str:
    if _GOAL.search(clause):
        return "goal"
    if _RESULT.search(clause):
        return "result"
    return "baseline"


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    for m in _CLAUSE_BREAK.finditer(text, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    return [(x, y) for x, y in out if y > x]


def _figures(text: str, entities: list[Entity]) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of every figure on the page."""
    figs = []
    for e in entities:
        if e.label == "PERCENT" and e.norm is not None:
            figs.append((e.start, e.end, float(e.norm), "%"))
        elif e.label == "MONEY":
            value = number(e.text)
            unit = "MNOK" if "mnok" in e.text.lower() else "kr"
            if value is not None:
                figs.append((e.start, e.end, value, unit))
    for m in _COUNT.finditer(text):
        figs.append((m.start(), m.end(), float(m.group(1).replace(" ", "")), "personer"))
    return sorted(figs)


def find_facts(pages: list[tuple[Optional[int], str]], entities: list[Entity]) -> list[Fact]:
    """One Fact per figure in prose, with its clause as `text`."""
    from models.pipeline import segments

    facts: list[Fact] = []
    for page, text in pages:
        figs = _figures(text, [e for e in entities if e.page == page])
        if not figs:
            continue
        for a, b in segments(text):
            if len(text[a:b].split()) < 4:
                continue
            for x, y in _clauses(text, a, b):
                for start, end, value, unit in figs:
                    if x <= start and end <= y:
                        clause = text[x:y].strip().rstrip(".")
                        near = text[max(x, start - 80):min(y, end + 40)]
                        kind = "baseline" if _FROM.search(text[max(x, start - 12):start]) else _kind(near)
                        facts.append(Fact(kind, clause, value, unit, page))
    return facts
