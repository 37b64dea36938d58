"""Small text helpers shared by the readers."""
from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# Soft hyphen, zero-width space and joiners, word joiner, BOM, NUL: invisible, and they split words for search
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00]")


def clean(text: str) -> str:
    """Drop invisible characters, collapse runs of spaces inside lines and strip each line; keep line breaks."""
    text = INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def page_text(parts: list[str]) -> str:
    return "\n".join(p for p in parts if p)
