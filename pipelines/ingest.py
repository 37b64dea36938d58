"""Batch ingest: find files, skip what is loaded, process in workers, load one by one."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from . import PIPELINE_VERSION
from .load import known, load_result, mark_started, open_db
from .process import DocumentResult, file_hash, process_file

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".xlsx", ".txt"}
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
DOCUMENTATION_SUFFIXES = {".md", ".markdown", ".rst"}


@dataclass
class Outcome:
    path: str
    action: str  # loaded, skipped, failed, partial, duplicate, ignored
    detail: str = ""


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def failed(self) -> int:
        return self.count("failed")


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to read, documentation files passed over), each in a stable order.

    Folders are searched for every file, not only known suffixes: an unsupported or
    misnamed file must still get its `failed` row rather than vanish silently. Only a
    folder's own documentation (README files, Markdown) is passed over, and reported;
    a file named on the command line is always read.
    """
    found: list[Path] = []
    passed_over: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if not p.is_file() or p.name in IGNORED_NAMES or any(
                        part.startswith(".") for part in p.relative_to(path).parts):
                    continue
                (passed_over if is_documentation(p) else found).append(p)
        else:
            found.append(path)
    return list(dict.fromkeys(found)), list(dict.fromkeys(passed_over))


def is_documentation(path: Path) -> bool:
    """A folder's README or Markdown notes, not a report."""
    return path.suffix.lower() in DOCUMENTATION_SUFFIXES or path.stem.upper() in {"README", "LICENSE", "LICENCE"}


def _work(path: str) -> DocumentResult:
    return process_file(Path(path))


def ingest(
    paths: Iterable[Path],
    db_path: str,
    workers: int = 1,
    executor: str = "local",
    force: bool = False,
    on_start: Optional[Callable[[int], None]] = None,
    on_file: Optional[Callable[[Outcome], None]] = None,
) -> Summary:
    """Load every file; return what happened to each. Never raises for a bad file."""
    db = open_db(db_path)
    own = Path(db_path).resolve()
    own_files = {own, *(own.with_name(own.name + s) for s in ("-journal", "-wal", "-shm"))}
    files, passed_over = discover(paths)
    files = [f for f in files if f.resolve() not in own_files]
    summary = Summary()
    todo: dict[str, str] = {}  # path → doc_id
    seen: dict[str, str] = {}

    def report(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    if on_start:
        on_start(len(files) + len(passed_over))
    for path in passed_over:
        report(Outcome(str(path), "ignored", "documentation file, not a report (name it to load it)"))
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            doc_id = file_hash(str(path).encode())
            result = DocumentResult(doc_id=doc_id, path=str(path), format=None, status="failed",
                                    error=f"cannot open file: {exc.strerror or exc}")
            load_result(db, result)
            report(Outcome(str(path), "failed", result.error))
            continue
        doc_id = file_hash(data)
        if doc_id in seen:
            report(Outcome(str(path), "duplicate", f"same content as {seen[doc_id]}"))
            continue
        seen[doc_id] = str(path)
        row = known(db, doc_id)
        if row and not force and row["pipeline_version"] == PIPELINE_VERSION:
            if row["path"] != str(path):
                with db.conn:
                    db["documents"].update(doc_id, {"path": str(path)})
            report(Outcome(str(path), "skipped", "unchanged"))
            continue
        mark_started(db, doc_id, str(path), None)
        todo[str(path)] = doc_id

    for result in _run(todo, workers, executor):
        load_result(db, result)
        action = {"ok": "loaded"}.get(result.status, result.status)
        report(Outcome(result.path, action, result.error or _describe(result)))
    return summary


def _describe(result: DocumentResult) -> str:
    r = result.records
    parts = [result.info.doc_type]
    if result.read is not None:
        parts.append(f"{len(result.read.pages)} pages, {len(result.read.tables)} tables")
    for name, items in (("projects", r.projects), ("budget tables", r.budget_tables), ("milestones", r.milestones),
                        ("program items", r.program_items), ("entities", r.entities)):
        if items:
            parts.append(f"{len(items)} {name}")
    return ", ".join(parts)


def _run(todo: dict[str, str], workers: int, executor: str) -> Iterator[DocumentResult]:
    """Process each path (path → doc_id, hashed already) and yield its result."""
    paths = list(todo)
    if not paths:
        return
    if executor == "dask":
        yield from _run_dask(paths, workers)
    elif workers <= 1 or len(paths) == 1:
        for path in paths:
            yield _work(path)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_work, p): p for p in paths}
            for future in as_completed(futures):
                try:
                    yield future.result()
                except Exception as exc:  # a worker died (e.g. out of memory)
                    path = futures[future]
                    yield DocumentResult(doc_id=todo[path], path=path, format=None,
                                         status="failed", error=f"worker crashed: {type(exc).__name__}: {exc}"[:200])


def _run_dask(paths: list[str], workers: int) -> Iterator[DocumentResult]:
    import dask
    import dask.bag as db

    bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), workers * 2)))
    scheduler = "processes" if workers > 1 else "synchronous"
    with dask.config.set(scheduler=scheduler, num_workers=max(1, workers)):
        yield from bag.map(_work).compute()


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))
