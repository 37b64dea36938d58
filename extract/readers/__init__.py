"""Readers, one per format, chosen by sniffing the bytes.

Each reader module exposes `read(path, data) -> ReadDocument` and raises
`ExtractionError` with a one-line message for files it cannot use.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import ExtractionError
from ..sniff import sniff
from ..types import ReadDocument

READERS = {
    "pdf": "extract.readers.pdf",
    "docx": "extract.readers.docx",
    "html": "extract.readers.html",
    "xlsx": "extract.readers.xlsx",
    "txt": "extract.readers.txt",
}


def read_document(path: Path, data: bytes | None = None, fmt: str | None = None) -> ReadDocument:
    """Read one file of any supported format (`fmt` when the caller already sniffed it)."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ExtractionError(f"cannot open file: {exc.strerror or exc}") from exc
    fmt = fmt or sniff(path, data)
    module = importlib.import_module(READERS[fmt])
    try:
        return module.read(path, data)
    except ExtractionError:
        raise
    except Exception as exc:  # a library error on a damaged file becomes one clear line
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ExtractionError(f"damaged {fmt.upper()}: {reason[:200]}") from exc
