"""Where a span stands in its text: at a sentence or line start, alone on its line.

Norwegian capitalises names but not common nouns, except at the start of a sentence,
a line, a bullet or a table cell. These tests tell the two apart for gazetteer and
document-phrase matches ("Fjell kommune" vs "Fjell og hav", "5. Inkludering" vs
"Inkludering er viktig").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_START_BEFORE = re.compile(r"(^|[\n\t.!?:;•>«\"(]|\s[-–]|(^|\n)\s*\d{1,2}[.)]?)$")
_LINE_END_AFTER = re.compile(r"^[ \u00a0]*([\n\t]|$)")
LOOKBEHIND = 16


def at_start(text: str, start: int) -> bool:
    """Is the character offset `start` the first word of a sentence, line, bullet or cell?"""
    before = text[max(0, start - LOOKBEHIND):start].rstrip(" \u00a0")
    if not before and start > LOOKBEHIND:
        before = text[:start].rstrip(" \u00a0")[-LOOKBEHIND:]
    return bool(_START_BEFORE.search(before))


def alone_on_line(text: str, end: int) -> bool:
    """Does nothing but spaces follow the offset `end` on its line (or in its table cell)?"""
    return bool(_LINE_END_AFTER.match(text[end:end + 40]))


def text_of(doc: Doc) -> str:
    """The doc's text, joined once per doc (spaCy joins every token's text again on each `doc.text`; the text
    itself never changes, whatever the retokenizer does)."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def span_at_start(span: Span) -> bool:
    return at_start(text_of(span.doc), span.start_char)
