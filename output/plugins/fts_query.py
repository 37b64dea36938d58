"""Datasette plugin: `fts_query(words)`, what a person types in a search box as an FTS5 query.

FTS5 reads "Sør-Trøndelag" as a column filter and "NAV:" or "10,5" as syntax errors; the search
canned queries pass their text through `fts_query`, which quotes every word (Datasette's own
`escape_fts`, as its table search does), keeps "quoted phrases", and keeps a trailing `*` as a
prefix search ("helse*" → "helse" *)."""
from __future__ import annotations

import re

from datasette import hookimpl
from datasette.utils import escape_fts

_PREFIX = re.compile(r'"([^"]+?)\*+"')


def fts_query(words: str | None) -> str:
    """Every word quoted, so that the words are matched as written (all of them, in any order)."""
    escaped = escape_fts(words or "")
    return _PREFIX.sub(r'"\1" *', escaped) or '""'


@hookimpl
def prepare_connection(conn) -> None:
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
