"""Normalise typed records: vague dates into periods, stable keys for projects."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from extract.types import DocumentInfo, Records


def _parse_period(raw: Optional[str], context_year: Optional[int] = None):
    from models.dates import parse_period

    try:
        return parse_period(raw, context_year=context_year)
    except TypeError:  # an older signature without context_year
        return parse_period(raw)


def normalise(records: Records, info: DocumentInfo, warnings: list[str]) -> None:
    year = int(info.doc_date[:4]) if info.doc_date else None
    for project in records.projects:
        start = _parse_period(project.start_raw, year)
        end = _parse_period(project.end_raw, year)
        project.start_from, project.start_to = start.start, start.end
        project.end_from, project.end_to = end.start, end.end
        for period in (start, end):
            if period.warning:
                warnings.append(f"{project.name}: {period.warning}")
        project.project_key = project_key(info.municipality, project.program, project.name)
    for milestone in records.milestones:
        period = _parse_period(milestone.due_raw, year)
        milestone.due_date = period.start if period.start == period.end else (milestone.due_date or period.end)
        if period.warning:
            warnings.append(f"milestone {milestone.nr}: {period.warning}")


def slug(text: Optional[str]) -> str:
    text = unicodedata.normalize("NFKC", (text or "").lower())
    text = text.replace("–", "-").replace("—", "-")
    text = re.sub(r"\((?:fase|phase)\s*(\d+)\)", r"fase \1", text)
    return re.sub(r"[^0-9a-zæøåäö]+", "-", text).strip("-")


def project_key(municipality: Optional[str], program: Optional[str], name: str) -> str:
    """The same key for the same project in every report: municipality + name.

    The program is left out on purpose (projects move between programs); the loader
    matches near-identical names across reports with rapidfuzz and reuses their key.
    """
    return f"{slug(municipality) or 'ukjent'}/{slug(name)}"
