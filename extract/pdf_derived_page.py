"""A pdfplumber page made of given objects: the page transforms (turned text, form values) build one."""
from __future__ import annotations

from pdfplumber.page import DerivedPage

from .pdf_words import Box


class ObjectsPage(DerivedPage):
    """A page holding the given objects (pdfplumber's dicts by kind) in the frame `bbox`."""

    def __init__(self, parent, objects: dict[str, list[dict]], bbox: Box) -> None:
        self.bbox = bbox
        super().__init__(parent)
        self._objects = objects

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects


def quarter_turned_frame(page) -> Box:
    """The frame of `page` turned a quarter: its height becomes its width (turned text, a scan on its side)."""
    x0, top, x1, bottom = page.bbox
    return (0, 0, bottom - top, x1 - x0)
