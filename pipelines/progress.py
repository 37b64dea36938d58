"""Progress: a rich bar with counts and the current file on a terminal, one plain
line per file otherwise, and a summary at the end."""
from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from .ingest import Outcome, Summary

MARK = {"loaded": "ok", "skipped": "skip", "failed": "FAILED", "partial": "partial", "duplicate": "dup", "ignored": "ignored"}


class Progress:
    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty() and not quiet
        self.bar: RichProgress | None = None
        self.task = None

    def __enter__(self) -> "Progress":
        if self.tty:
            self.bar = RichProgress(
                TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("{task.fields[current]}"), console=Console(stderr=True), transient=True,
            )
            self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.__exit__(*exc)

    def start(self, total: int) -> None:
        if self.bar:
            self.task = self.bar.add_task("ingest", total=total, current="")
        elif not self.quiet:
            click.echo(f"ingest: {total} files", err=True)

    def advance(self, outcome: Outcome) -> None:
        line = f"{MARK.get(outcome.action, outcome.action):>7}  {outcome.path}" + (f"  — {outcome.detail}" if outcome.detail else "")
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, current=outcome.path[-60:])
            if outcome.action in ("failed", "partial"):
                self.bar.console.print(line)
        elif not self.quiet:
            click.echo(line, err=True)

    def summary(self, summary: Summary, db_path: str) -> None:
        counts = ", ".join(f"{summary.count(a)} {a}" for a in MARK if summary.count(a))
        click.echo(f"{len(summary.outcomes)} files: {counts or 'nothing to do'} → {db_path}")
        for o in summary.outcomes:
            if o.action == "failed":
                click.echo(f"  failed: {o.path}: {o.detail}")
