"""Facts: figures (count, %, MNOK/kr) with the clause they come from, kind goal/baseline/result."""
from __future__ import annotations

import re
from typing import Optional

from extract.types import Entity, Fact
from models.norm import number

_COUNT = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})*)\s+(personer|brukere|deltakere|ungdommer|"
                    r"unge|mottakere|familier|barn)\b(?!\s+per\b)")  # staff counts and "N per X" rates are not facts
_PERCENT_IN_EFFECT = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d+)?)\s?(?:%|prosent\b)")
_BASE_OF_PERCENT = re.compile(r"%\s+av\s+$")  # "(50 % av 428 personer)": 428 is the base, not a fact
_COMPARISON = re.compile(r"^\s*mot\b|\b(de øvrige|de andre kommunene|andre kommuner|landsgjennomsnitt\w*|"
                         r"gjennomsnittet for|enn landet)\b", re.I)
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|\s*:\s+(?=\S)|,\s+(?=(?:mot|og det|men|av disse)\b)")
_GOAL = re.compile(r"\b(mål|målet|målsetting\w*|resultatmål\w*|hovedmål\w*|delmål\w*|skal|skulle|innen|"
                   r"redusere\b.*\bmed)\b", re.I)
_RESULT = re.compile(r"\b(reduksjon på|økning på|redusert til|hadde økning|steget|til MNOK|var andelen|"
                     r"for første gang|Ved utgangen av 2009|har hatt|resultat)\b", re.I)


_FROM = re.compile(r"\bfr[aå]\s*$", re.I)  # "har steget frå MNOK 9,47": the starting point
# "Budsjettramme for Helsehuset 2017-2020, tall i 1 000 kr": the unit a table's figures are given in
_IN_UNIT = re.compile(r"\bi\s+(?:hele\s+)?$", re.I)
_UNIT_AMOUNTS = {1_000.0, 1_000_000.0}
# A post's share of full time: "50 % fysioterapeut", "en 100% förvaltningschef", "stilling på 50 %", "10 % frikjøpt"
_POST = r"\w*(?:terapeut|trener|leder|leiar|rådgiver|rådgjevar|konsulent|koordinator|pleier|medarbeider|sekretær|" \
        r"stilling|stillinger|stillingar|årsverk|chef|tör|tjänst|frikjøp|frikjøpt|frikjøpte)"
_POST_AFTER = re.compile(rf"^\s*{_POST}\b", re.I)
_POST_BEFORE = re.compile(rf"\b{_POST}\s+(?:på|i)\s+$", re.I)


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
            if _POST_AFTER.search(text[e.end:e.end + 40]) or _POST_BEFORE.search(text[max(0, e.start - 40):e.start]):
                continue
            figs.append((e.start, e.end, float(e.norm), "%"))
        elif e.label == "MONEY":
            value = number(e.text)
            unit = "MNOK" if "mnok" in e.text.lower() else "kr"
            if value in _UNIT_AMOUNTS and _IN_UNIT.search(text[max(0, e.start - 12):e.start]):
                continue
            if value is not None:
                figs.append((e.start, e.end, value, unit))
        elif e.label == "EFFECT":  # an effect statement may carry a percentage the statement covers
            for m in _PERCENT_IN_EFFECT.finditer(e.text):
                figs.append((e.start + m.start(), e.start + m.end(), float(m.group(1).replace(",", ".")), "%"))
    for m in _COUNT.finditer(text):
        if not _BASE_OF_PERCENT.search(text[max(0, m.start() - 8):m.start()]):
            figs.append((m.start(), m.end(), float(m.group(1).replace(" ", "")), "personer"))
    return sorted(set(figs))


def _words_after(text: str, end: int, n: int = 6) -> set[str]:
    return set(re.findall(r"\w+", text[end:end + 80].lower())[:n])


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def find_facts(pages: list[tuple[Optional[int], str]], entities: list[Entity]) -> list[Fact]:
    """One Fact per figure in prose, with its clause as `text`.

    Left out: figures in questions ("Nåes prosjektets mål om 50 % ...?"), figures given for
    comparison ("mot 11 % for de øvrige"), the base of a percentage ("50 % av 428 personer"), a table's
    unit ("tall i 1 000 kr"), a post's share of full time ("50 % fysioterapeut"),
    staff counts and rates ("80 personer per konferanse"), and a goal restated (same figure, mostly the same words after it)."""
    from models.pipeline import segments

    facts: list[Fact] = []
    goals: list[tuple[float, str, set[str]]] = []
    for page, text in pages:
        figs = _figures(text, [e for e in entities if e.page == page])
        if not figs:
            continue
        for a, b in segments(text):
            if len(text[a:b].split()) < 4:
                continue
            for x, y in _clauses(text, a, b):
                for start, end, value, unit in figs:
                    if not (x <= start and end <= y):
                        continue
                    clause = text[x:y].strip()
                    if clause.endswith("?") or _COMPARISON.search(clause):
                        continue  # a question heading; a figure for others, given for comparison
                    clause = clause.rstrip(".")
                    near = text[max(x, start - 80):min(y, end + 40)]
                    kind = "baseline" if _FROM.search(text[max(x, start - 12):start]) else _kind(near)
                    if kind == "goal":
                        after = _words_after(text, end)
                        if any(v == value and u == unit and _overlap(after, w) >= 0.5 for v, u, w in goals):
                            continue  # the same goal restated later in the report
                        goals.append((value, unit, after))
                    facts.append(Fact(kind, clause, value, unit, page))
    return facts
