"""Typed extraction: every extractor looks at every document and returns what it finds.

None is keyed to file names or to the document type: a status-report table inside a
budget document is still read as one.
"""
from __future__ import annotations

from .types import ReadDocument, Records


def extract_records(doc: ReadDocument) -> Records:
    from . import budget, milestones, program_items, statusreport

    return Records(
        projects=statusreport.extract_projects(doc),
        milestones=milestones.extract_milestones(doc),
        program_items=program_items.extract_program_items(doc),
        budget_tables=budget.extract_budget_tables(doc),
    )
