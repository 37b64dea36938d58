"""One file through read → extract → tag → normalise, with no database in sight.

Runs in worker processes; returns a picklable `DocumentResult` the loader writes.
"""
from __future__ import annotations

import hashlib
import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extract.errors import ExtractionError
from extract.metadata import classify
from extract.readers import read_document
from extract.sniff import sniff
from extract.typed import extract_records
from extract.types import DocumentInfo, ReadDocument, Records

from .normalise import normalise

log = logging.getLogger(__name__)


@dataclass
class DocumentResult:
    doc_id: str
    path: str
    format: Optional[str]
    status: str  # ok, partial, failed
    error: Optional[str] = None
    info: DocumentInfo = field(default_factory=DocumentInfo)
    read: Optional[ReadDocument] = None
    records: Records = field(default_factory=Records)
    warnings: list[str] = field(default_factory=list)
    size_bytes: Optional[int] = None


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def process_file(path: Path, data: bytes | None = None, tag: bool = True) -> DocumentResult:
    """Process one file; never raises for a bad file (the result says `failed`)."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return DocumentResult(doc_id=file_hash(str(path).encode()), path=str(path), format=None,
                                  status="failed", error=f"cannot open file: {exc.strerror or exc}")
    result = DocumentResult(doc_id=file_hash(data), path=str(path), format=None, status="failed", size_bytes=len(data))
    try:
        result.format = sniff(path, data)
        doc = read_document(path, data, fmt=result.format)
    except ExtractionError as exc:
        result.error = str(exc)
        return result
    except Exception as exc:  # never let one file stop the batch
        log.debug("reader crashed on %s\n%s", path, traceback.format_exc())
        result.error = f"unexpected reader error: {type(exc).__name__}: {str(exc)[:160]}"
        return result
    result.read = doc
    result.info = classify(doc)
    result.warnings.extend(doc.warnings)
    result.status = "ok"
    try:
        result.records = extract_records(doc)
    except Exception as exc:
        log.debug("extractor crashed on %s\n%s", path, traceback.format_exc())
        result.status = "partial"
        result.error = f"typed extraction failed: {type(exc).__name__}: {str(exc)[:160]}"
    if tag:
        _tag(result)
    normalise(result.records, result.info, result.warnings)
    return result


def _tag(result: DocumentResult) -> None:
    try:
        from models.pipeline import tag_document
    except ImportError as exc:  # the NLP step is optional only while models/ is absent
        result.warnings.append(f"NLP step not available: {exc}")
        return
    try:
        entities, facts = tag_document(result.read, result.records)
    except Exception as exc:
        log.debug("tagging crashed on %s\n%s", result.path, traceback.format_exc())
        result.status = "partial"
        result.error = (result.error + "; " if result.error else "") + f"tagging failed: {type(exc).__name__}: {exc}"[:200]
        return
    result.records.entities = entities
    result.records.facts = facts
