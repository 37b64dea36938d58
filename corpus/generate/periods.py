"""Vague Norwegian dates → (from, to) for the records the generators write by construction.

Covers only the forms the generators print; the pipeline's own parser is models.dates.
"""
from __future__ import annotations

import calendar
import re

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mai": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "okt": 10, "nov": 11, "des": 12}
SEASONS = {"vår": (3, 5), "sommer": (6, 8), "høst": (9, 11), "ultimo": (12, 12)}


def period(raw: str | None) -> tuple[str | None, str | None]:
    if not raw:
        return None, None
    text = raw.strip().lower()
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        return f"{text}-01-01", f"{text}-12-31"
    m = re.fullmatch(r"(\d)\. kvartal (\d{4})", text)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        return _span(y, 3 * q - 2, 3 * q)
    m = re.fullmatch(r"(\w+)\.? (\d{4})", text)
    if m:
        word, y = m.group(1), int(m.group(2))
        if word in SEASONS:
            return _span(y, *SEASONS[word])
        if word[:3] in MONTHS:
            month = MONTHS[word[:3]]
            return _span(y, month, month)
    return None, None


def _span(year: int, first: int, last: int) -> tuple[str, str]:
    end = calendar.monthrange(year, last)[1]
    return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{end:02d}"
