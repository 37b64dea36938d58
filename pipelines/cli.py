"""The `arkivar` command: a thin click wrapper around the library functions."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import PIPELINE_VERSION

DEFAULT_DB = "output/arkivar.db"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(PIPELINE_VERSION, "--version", prog_name="arkivar", message="%(version)s")
@click.option("-v", "--verbose", is_flag=True, help="Log details (warnings per document).")
def main(verbose: bool) -> None:
    """Arkivar: Norwegian municipal reports into a SQLite database you can question."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite file to write.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Parallel worker processes.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--force", is_flag=True, help="Process files again even when already loaded unchanged.")
@click.option("-q", "--quiet", is_flag=True, help="No progress output, only the summary.")
def ingest(paths: tuple[Path, ...], db_path: str, workers: int, executor: str, force: bool, quiet: bool) -> None:
    """Read, extract, tag and load every supported file under PATHS.

    Exit 0 when every file loaded, 1 when some failed (they are recorded).
    """
    from .ingest import ingest as run_ingest
    from .progress import Progress

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with Progress(quiet=quiet) as progress:
        summary = run_ingest(paths, db_path, workers=workers, executor=executor, force=force,
                             on_start=progress.start, on_file=progress.advance)
    progress.summary(summary, db_path)
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open a browser at the start page.")
def serve(db_path: str, port: int, host: str, open_browser: bool) -> None:
    """Start Datasette on the database (read-only) with Arkivar's metadata and queries."""
    from .serve import serve as run_serve

    if not Path(db_path).exists():
        raise click.UsageError(f"no database at {db_path}: run 'arkivar ingest corpus/documents' first")
    run_serve(db_path, port=port, host=host, open_browser=open_browser)


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
def status(db_path: str) -> None:
    """Counts per document status and type; failed files with their error."""
    from .status import status_report

    if not Path(db_path).exists():
        raise click.UsageError(f"no database at {db_path}")
    click.echo(status_report(db_path))


@main.command(name="eval", context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def evaluate(args: tuple[str, ...]) -> None:
    """Score extraction against corpus/expected: precision, recall, F1 and misses.

    Options are the evaluator's (`arkivar eval --help`): [CORPUS_DIR] [--json]
    [--only TEXT...] [--no-tag] [--max-misses N].
    """
    from .evaluate import main as run_eval

    sys.exit(run_eval(list(args)))


if __name__ == "__main__":
    main()
