"""Placeholder until the typed extractor lands (being written now)."""
from __future__ import annotations

from .types import ReadDocument


def extract_milestones(doc: ReadDocument) -> list:
    return []
