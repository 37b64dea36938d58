"""Weakly labelled statements from the structured tables of the expected records.

askoy_statusrapport_2017.json: description_items -> description, effect_items -> effect,
status_items -> status; askoy_budget_2018_programs.json: goals -> goal, gains -> effect;
asnes_milestones_2019.json: goals -> goal.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_DIRS = [ROOT / "corpus" / "expected", Path("/work/shared/expected")]
LABELS = ["description", "effect", "goal", "status"]


def expected_dir() -> Path:
    return next((d for d in EXPECTED_DIRS if (d / "askoy_statusrapport_2017.json").exists()), EXPECTED_DIRS[-1])


def _goal_text(goal) -> str:
    return goal["text"] if isinstance(goal, dict) else goal


def examples(folder: Path | None = None) -> list[tuple[str, str]]:
    """(text, label) pairs, duplicates removed, in file order."""
    folder = folder or expected_dir()
    out: list[tuple[str, str]] = []
    status = json.loads((folder / "askoy_statusrapport_2017.json").read_text(encoding="utf-8"))
    for project in status["projects"]:
        for key, label in (("description_items", "description"), ("effect_items", "effect"),
                           ("status_items", "status")):
            out += [(text, label) for text in project.get(key) or []]
    budget = json.loads((folder / "askoy_budget_2018_programs.json").read_text(encoding="utf-8"))
    for program in budget["programs"]:
        out += [(_goal_text(g), "goal") for g in program.get("goals") or []]
        out += [(_goal_text(g), "effect") for g in program.get("gains") or []]
    asnes = json.loads((folder / "asnes_milestones_2019.json").read_text(encoding="utf-8"))
    out += [(_goal_text(g), "goal") for g in asnes.get("goals") or []]
    seen, unique = set(), []
    for text, label in out:
        if text and text not in seen:
            seen.add(text)
            unique.append((text, label))
    return unique


def split(data: list[tuple[str, str]], held_out: float = 0.25, seed: int = 1824
          ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Stratified split with a fixed seed: (train, test)."""
    rng = random.Random(seed)
    train, test = [], []
    for label in LABELS:
        items = [d for d in data if d[1] == label]
        rng.shuffle(items)
        n = max(1, round(len(items) * held_out)) if len(items) > 1 else 0
        test += items[:n]
        train += items[n:]
    return train, test
