"""`arkivar serve`: Datasette, read-only, with the project's metadata, canned queries,
plugins (`output/plugins`) and templates from `output/`."""
from __future__ import annotations

import json
import signal
import sys
import tempfile
from pathlib import Path

import yaml

OUTPUT = Path(__file__).resolve().parent.parent / "output"
DB_KEY = "arkivar"  # the name metadata.yml uses for the database


def load_metadata(db_path: str) -> dict:
    """metadata.yml plus every `*_queries.yml` beside it, keyed by the database's real name."""
    metadata = yaml.safe_load((OUTPUT / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.setdefault("databases", {})
    base = databases.setdefault(DB_KEY, {})
    for extra in sorted(OUTPUT.glob("*_queries.yml")):
        part = yaml.safe_load(extra.read_text(encoding="utf-8")) or {}
        part_db = (part.get("databases") or {}).get(DB_KEY, part)
        base.setdefault("queries", {}).update(part_db.get("queries", {}))
        for table, spec in (part_db.get("tables") or {}).items():
            base.setdefault("tables", {}).setdefault(table, {}).update(spec)
    name = Path(db_path).stem
    if name != DB_KEY:
        databases[name] = databases.pop(DB_KEY)
    return metadata


def datasette_command(db_path: str, port: int, host: str, metadata_file: str, open_browser: bool = False) -> list[str]:
    cmd = [
        "serve", "-i", str(db_path), "--metadata", metadata_file,
        "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "1000",
    ]
    templates = OUTPUT / "templates"
    if templates.is_dir():
        cmd += ["--template-dir", str(templates)]
    cmd += ["--plugins-dir", str(OUTPUT / "plugins")]  # fts_query() for the search queries
    if open_browser:
        cmd.append("--open")
    return cmd


def serve(db_path: str, port: int = 8001, host: str = "127.0.0.1", open_browser: bool = False) -> None:
    """Run Datasette in this process, so that stopping `arkivar serve` stops the server."""
    from datasette.cli import cli as datasette_cli

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(load_metadata(db_path), fh, ensure_ascii=False)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        datasette_cli.main(datasette_command(db_path, port, host, fh.name, open_browser), standalone_mode=False)
    except KeyboardInterrupt:
        pass
    finally:
        Path(fh.name).unlink(missing_ok=True)
