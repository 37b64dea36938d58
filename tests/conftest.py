"""Shared fixtures: real corpus files and one database built from them per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Real documents written by others, copied from ../shared/real so a clone anywhere is complete.
REAL = ROOT / "corpus" / "real"
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
DOCUMENTS = CORPUS / "documents"
BROKEN = CORPUS / "broken"
EXPECTED = CORPUS / "expected"


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5, f"expected the five seed transcripts in {SEEDS}, found {len(files)}"
    return files


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, seed_files) -> Path:
    """The five seeds ingested once through the library (not the CLI)."""
    from pipelines.ingest import ingest

    folder = tmp_path_factory.mktemp("seeds")
    for f in seed_files:
        shutil.copy(f, folder / f.name)
    db = folder / "arkivar.db"
    summary = ingest([folder], str(db))
    assert summary.failed == 0, [o for o in summary.outcomes if o.action == "failed"]
    return db
