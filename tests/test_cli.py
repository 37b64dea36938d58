"""The `arkivar` command end to end: run it, then query the SQLite it wrote."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipelines import PIPELINE_VERSION
from pipelines.cli import main

from .conftest import BROKEN


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def batch(tmp_path, seed_files) -> Path:
    """The seeds plus three broken files in one folder."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for f in seed_files:
        shutil.copy(f, folder / f.name)
    for name in ("truncated.pdf", "empty.pdf", "html_som_pdf.pdf"):
        shutil.copy(BROKEN / name, folder / name)
    return folder


def docs(db: Path) -> dict[str, dict]:
    return {Path(r["path"]).name: r for r in sqlite_utils.Database(db)["documents"].rows}


def test_version_is_the_stored_pipeline_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == PIPELINE_VERSION


def test_bad_files_fail_alone_and_the_batch_goes_on(batch, tmp_path):
    db = tmp_path / "a.db"
    result = run("ingest", str(batch), "--db", str(db))
    assert result.exit_code == 1
    rows = docs(db)
    assert len(rows) == 8
    assert rows["empty.pdf"]["status"] == "failed"
    assert rows["empty.pdf"]["error"] == "empty file (0 bytes)"
    assert rows["html_som_pdf.pdf"]["error"] == "named .pdf but is an HTML page — probably a saved error page"
    assert rows["truncated.pdf"]["status"] == "failed"
    assert rows["truncated.pdf"]["error"].startswith("damaged PDF")
    assert all("\n" not in (r["error"] or "") for r in rows.values())
    good = [r for n, r in rows.items() if n.endswith(".txt")]
    assert all(r["status"] in ("ok", "partial") for r in good)
    # failed documents leave nothing half-loaded behind
    s = sqlite_utils.Database(db)
    failed_ids = [r["doc_id"] for r in rows.values() if r["status"] == "failed"]
    for table in ("pages", "extracted_tables", "projects", "budget_lines", "entities"):
        n = s.execute(f"select count(*) from {table} where doc_id in ({','.join('?' * len(failed_ids))})", failed_ids).fetchone()[0]
        assert n == 0, table
    assert "failed: " in result.output and "empty file (0 bytes)" in result.output


def test_second_ingest_skips_everything_and_changes_no_row(batch, tmp_path):
    db = tmp_path / "b.db"
    run("ingest", str(batch), "--db", str(db))
    before = sqlite_utils.Database(db).execute("select doc_id, ingested_at, status from documents order by doc_id").fetchall()
    counts = {t: sqlite_utils.Database(db)[t].count for t in ("pages", "extracted_tables", "table_cells", "entities")}
    result = run("ingest", str(batch), "--db", str(db))
    assert result.exit_code == 0
    assert "8 skipped" in result.output
    after = sqlite_utils.Database(db).execute("select doc_id, ingested_at, status from documents order by doc_id").fetchall()
    assert before == after
    assert counts == {t: sqlite_utils.Database(db)[t].count for t in counts}


def test_changed_file_replaces_only_its_own_rows(tmp_path, seed_files):
    folder = tmp_path / "c"
    folder.mkdir()
    a, b = folder / "a.txt", folder / "b.txt"
    shutil.copy(seed_files[4], a)
    shutil.copy(seed_files[1], b)
    db = tmp_path / "c.db"
    assert run("ingest", str(folder), "--db", str(db)).exit_code == 0
    b_id = docs(db)["b.txt"]["doc_id"]
    a.write_text(a.read_text(encoding="utf-8") + "\nTillegg: ny milepæl.\n", encoding="utf-8")
    result = run("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 0 and "1 skipped" in result.output
    rows = docs(db)
    assert len(rows) == 2 and rows["b.txt"]["doc_id"] == b_id
    s = sqlite_utils.Database(db)
    assert s.execute("select count(*) from pages").fetchone()[0] == 2
    assert "Tillegg: ny milepæl." in s.execute("select text from pages where doc_id = ?", [rows["a.txt"]["doc_id"]]).fetchone()[0]


def test_force_reprocesses(tmp_path, seed_files):
    db = tmp_path / "f.db"
    run("ingest", str(seed_files[4]), "--db", str(db))
    result = run("ingest", str(seed_files[4]), "--db", str(db), "--force")
    assert "1 " in result.output and "skipped" not in result.output
    assert sqlite_utils.Database(db)["documents"].count == 1


def test_usage_errors_exit_2(tmp_path):
    assert run("ingest").exit_code == 2
    assert run("ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db")).exit_code == 2
    assert run("ingest", str(tmp_path), "--executor", "spark").exit_code == 2
    assert run("status", "--db", str(tmp_path / "none.db")).exit_code == 2


def test_status_lists_failures(batch, tmp_path):
    db = tmp_path / "s.db"
    run("ingest", str(batch), "--db", str(db))
    result = run("status", "--db", str(db))
    assert result.exit_code == 0
    assert "failed   3" in result.output
    assert "statusrapport" in result.output
    assert "empty.pdf: empty file (0 bytes)" in result.output


def test_parallel_and_dask_executors_give_the_same_rows(tmp_path, seed_files):
    results = {}
    for executor in ("local", "dask"):
        db = tmp_path / f"{executor}.db"
        r = run("ingest", *map(str, seed_files), "--db", str(db), "--workers", "2", "--executor", executor)
        assert r.exit_code == 0, r.output
        s = sqlite_utils.Database(db)
        results[executor] = [s[t].count for t in ("documents", "pages", "extracted_tables", "table_cells")]
    assert results["local"] == results["dask"]
    assert results["local"][0] == 5


def test_plain_progress_line_per_file_when_not_a_terminal(tmp_path, seed_files):
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "ingest", str(seed_files[0]), "--db", str(tmp_path / "p.db")],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "ingest: 1 files" in proc.stderr
    assert "000_2736e3e1983c3278.txt" in proc.stderr
    assert "1 files: 1 " in proc.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_documents_json(seed_db, tmp_path):
    db = tmp_path / "arkivar.db"
    shutil.copy(seed_db, db)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/arkivar/documents.json?_shape=array") as resp:
                    rows = json.load(resp)
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.5)
        assert len(rows) == 5
        assert {r["doc_type"] for r in rows} == {"statusrapport", "budsjett", "evaluering", "prosjektplan"}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json") as resp:
            meta = json.load(resp)
        assert "slipped_end_dates" in meta["databases"]["arkivar"]["queries"]
        # read-only: datasette opened the file immutable
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/databases.json") as resp:
            assert json.load(resp)[0]["is_mutable"] is False
        # the search query takes words as typed: a hyphen, a colon or a comma is no FTS syntax error
        for words, at_least in (("Askøy", 2), ("Aust-Agder", 1), ("Sør-Rogaland:", 1), ("9,47", 1), ("sosialhjelp*", 1)):
            query = urllib.parse.urlencode({"q": words, "_shape": "array"})
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/arkivar/search_pages.json?{query}") as resp:
                assert len(json.load(resp)) >= at_least, words
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_folders_readme_is_reported_not_loaded_unless_named(tmp_path, seed_files):
    folder = tmp_path / "with_readme"
    folder.mkdir()
    shutil.copy(seed_files[-1], folder / seed_files[-1].name)
    shutil.copy(Path(__file__).resolve().parents[1] / "corpus" / "seeds" / "README.md", folder / "README.md")
    db = tmp_path / "r.db"
    result = run("ingest", str(folder), "--db", str(db), "--quiet")
    assert result.exit_code == 0
    assert "1 loaded, 1 ignored" in result.output
    assert set(docs(db)) == {seed_files[-1].name}
    assert run("ingest", str(folder / "README.md"), "--db", str(db), "--quiet").exit_code == 0
    assert "README.md" in docs(db)
