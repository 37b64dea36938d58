"""What surrounds a budget table: caption, title, service area and unit."""
from __future__ import annotations

import re
from typing import Optional

from .numbers import normalise

CAPTION = re.compile(r"^\s*Tabell\s+(\d+(?:\.\d+)*)\b", re.I)
_NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)+)\.?\s+(\S.{0,90})$")
_TITLE = re.compile(r"^(budsjettramme|driftsramme|netto\s+(?:budsjett|drifts)?ramme|rammeoversikt)\b", re.I)
_CAPTION_TAIL = re.compile(r",?\s*\(?\s*(?:tall|beløp)\s+i\b.*$", re.I)

# (pattern, unit as stored, kroner per unit); the first match in the searched text wins
UNITS: list[tuple[re.Pattern, str, int]] = [
    (re.compile(r"\bhele\s+kroner\b", re.I), "kr", 1),
    (re.compile(r"\bmill(?:ioner|\.)?\s*(?:kr|kroner)\b|\bMNOK\b|\bmill\.?\s*kr", re.I), "mill. kr", 1_000_000),
    (re.compile(r"\b1\s?000\s*(?:kr|kroner|NOK)\b|\btusen\s+kroner\b|\btkr\b|\bTNOK\b|\bi\s+1\s?000\b", re.I), "1 000 kr", 1000),
    (re.compile(r"\b(?:tall|beløp)\s+i\s+(?:kr|kroner|NOK)\b", re.I), "kr", 1),
]


def caption_of(text: Optional[str]) -> Optional[str]:
    """ "Tabell 5.11 Budsjettramme …" → "Tabell 5.11"."""
    m = CAPTION.match(normalise(text or ""))
    return f"Tabell {m.group(1)}" if m else None


def title_from_caption(text: str) -> Optional[str]:
    """ "Tabell 5.22 Budsjettramme for Boligkontoret 2017-2020, tall i 1 000 kr" →
    "Budsjettramme for Boligkontoret 2017-2020"."""
    s = CAPTION.sub("", normalise(text)).strip(" :.-")
    s = _CAPTION_TAIL.sub("", s).strip(" ,")
    return s or None


def is_title(text: str) -> bool:
    return bool(_TITLE.match(normalise(text)))


def heading_area(text: str) -> Optional[str]:
    """ "5.5.3 Alders- og sykehjem" → "Alders- og sykehjem"; None for other text."""
    m = _NUMBERED_HEADING.match(normalise(text))
    if not m or m.group(2).endswith(".") or CAPTION.match(text):
        return None
    return m.group(2).strip()


def area_from_title(title: Optional[str]) -> Optional[str]:
    """ "Budsjettramme for Helsehuset i Stavanger 2017-2020" → "Helsehuset i Stavanger"."""
    m = re.match(r"(?i)^.*?ramme\s+for\s+(.+?)(?:\s+\d{4}\s*[-–]\s*\d{4})?$", normalise(title or ""))
    if not m:
        return None
    area = m.group(1).strip(" ,")
    return area[:1].upper() + area[1:] if area else None


def area_from_names(*titles: Optional[str]) -> Optional[str]:
    """The service area named by a table's own title and its caption, where there is no
    section heading (the XLSX export has one sheet per table: a caption row and a title row).

    Each text gives a name (`area_from_title`). When one name's words are a proper, in-order
    part of another's, the longer one carries a qualifier the section name lacks and the
    shorter is taken: "Helsehuset" / "Helsehuset i Stavanger", "Hjemmebaserte tjenester" /
    "Hjemmebaserte tjenester, inkl Stavanger hjemmehjelp", "Bofellesskap utviklingshemmede"
    / "bofellesskap for psykisk utviklingshemmede (PUH)". Otherwise the first (the table's
    own title, more carefully spelled than the retyped caption: "NAV-kontorene" / "NAV",
    "Fysio- og ergoterapitjenesten" / "… ergoterapitejenesten")."""
    names = [n for n in (area_from_title(t) for t in titles) if n]
    if not names:
        return None
    best = names[0]
    for other in names[1:]:
        if _proper_part(_words(other), _words(best)):
            best = other
    return best


def _words(name: str) -> list[str]:
    return [w.strip(",.;:()").casefold() for w in name.split() if w.strip(",.;:()")]


def _proper_part(short: list[str], long: list[str]) -> bool:
    """`short` is `long` with at least one word left out (order kept)."""
    if not short or len(short) >= len(long):
        return False
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def unit_of(*texts: Optional[str]) -> tuple[Optional[str], int]:
    """The unit named in the first text that names one; (None, 1) when none does."""
    for text in texts:
        if not text:
            continue
        s = normalise(text)
        for pattern, unit, factor in UNITS:
            if pattern.search(s):
                return unit, factor
    return None, 1
