"""Every hostile file in corpus/broken gives one clear line and a failed result."""
from __future__ import annotations

import pytest

from pipelines.process import process_file

from .conftest import BROKEN

MESSAGES = {
    "empty.pdf": "empty file (0 bytes)",
    "truncated.pdf": "damaged PDF: ",
    "encrypted.pdf": "encrypted PDF (password required)",
    "html_som_pdf.pdf": "named .pdf but is an HTML page — probably a saved error page",
    "korrupt.docx": "not a DOCX: bad zip (",
    "zipbombe.docx": "refused: word/document.xml would unpack to 2048 MiB",
}


@pytest.mark.parametrize("path", sorted(p for p in BROKEN.iterdir() if p.name != "README.md"), ids=lambda p: p.name)
def test_hostile_file(path):
    result = process_file(path)
    if path.name == "cp1252.txt":  # not broken, only old-fashioned: it must load
        assert result.status == "ok"
        assert "æ" in result.read.text or "ø" in result.read.text or "å" in result.read.text
        assert "text read as cp1252" in result.warnings
        return
    assert path.name in MESSAGES, f"new broken file {path.name}: add its expected message"
    assert result.status == "failed"
    assert result.error.startswith(MESSAGES[path.name]), result.error
    assert "\n" not in result.error and len(result.error) < 240
    assert result.read is None
