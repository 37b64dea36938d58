"""`arkivar serve`: Datasette, read-only, with the project's metadata, canned queries,
plugins and templates from `output/`."""
from __future__ import annotations

import json
import subprocess
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
        sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--metadata", metadata_file,
        "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "1000",
    ]
    templates = OUTPUT / "templates"
    if templates.is_dir():
        cmd += ["--template-dir", str(templates)]
    if open_browser:
        cmd.append("--open")
    return cmd


def serve(db_path: str, port: int = 8001, host: str = "127.0.0.1", open_browser: bool = False) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(load_metadata(db_path), fh, ensure_ascii=False)
    try:
        subprocess.run(datasette_command(db_path, port, host, fh.name, open_browser), check=False)
    except KeyboardInterrupt:
        pass
    finally:
        Path(fh.name).unlink(missing_ok=True)
