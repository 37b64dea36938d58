"""Docs that cannot drift: every command, option and table is in the README and the
Datasette metadata."""
from __future__ import annotations

import re

import yaml
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.schema import TABLES

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme():
    for name, command in main.commands.items():
        assert f"arkivar {name}" in README, name
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"arkivar {name} {opt} is not documented"
    assert "arkivar --version" in README


def test_every_table_is_in_the_readme_and_every_column_described_in_metadata():
    meta = yaml.safe_load((ROOT / "output" / "metadata.yml").read_text(encoding="utf-8"))
    tables = meta["databases"]["arkivar"]["tables"]
    for table, spec in TABLES.items():
        assert f"`{table}`" in README or re.search(rf"`{table}`", README), table
        described = tables[table]["columns"]
        missing = set(spec["columns"]) - set(described)
        assert not missing, f"{table}: columns without a description {sorted(missing)}"
        assert " / " in tables[table]["description"]  # Norwegian / English


def test_readme_set_up_commands_are_the_ones_ci_runs():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_help_works_for_every_command():
    for name in main.commands:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "usage" in result.output.lower()
