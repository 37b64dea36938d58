"""Orchestration, loading and the command line: the only code that touches the database."""

PIPELINE_VERSION = "0.3.0"
