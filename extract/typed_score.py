"""Field-level scores of typed extraction against the hand-checked expected JSON.

Records are matched by key (projects by program + name, items by project + kind + ord,
milestones by nr, program items by program + kind + ord); every contract field of a
matched record counts once. precision = right fields / fields extracted, recall =
right fields / fields expected. Used by the tests (for their diffs) and from the
command line:

    python -m extract.typed_score corpus/documents/askoy_statusrapport_2017.pdf ...

(each file is scored against the expected file its content matches, never its name).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .types import Milestone, ProgramItem, Project

PROJECT_FIELDS = ("program", "section", "area", "nr", "name", "start_raw", "end_raw", "status")
MILESTONE_FIELDS = ("nr", "due_raw", "status", "description", "responsible")
ITEM_KEYS = {"beskrivelse": "description_items", "effekt": "effect_items", "status": "status_items"}


@dataclass
class Score:
    what: str
    right: int = 0
    extracted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"{self.what:<14} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"  ({self.right}/{self.expected} expected, {self.extracted} extracted)")


def score(what: str, expected: dict[Any, dict], got: dict[Any, dict]) -> Score:
    """Compare records keyed alike; each value of a record dict is one field."""
    s = Score(what)
    for rec in got.values():
        s.extracted += len(rec)
    for key, exp in expected.items():
        s.expected += len(exp)
        have = got.get(key)
        if have is None:
            s.misses.append(f"missing {key}")
            continue
        for name, value in exp.items():
            if have.get(name) == value:
                s.right += 1
            else:
                s.misses.append(f"{key} {name}: expected {value!r}, got {have.get(name)!r}")
    s.misses.extend(f"extra {key}" for key in got.keys() - expected.keys())
    return s


# -- projects and their items

def expected_projects(data: dict) -> tuple[dict, dict]:
    projects, items = {}, {}
    for p in data["projects"]:
        key = (p["program"], p["name"])
        projects[key] = {f: p.get(f) for f in PROJECT_FIELDS}
        for kind, name in ITEM_KEYS.items():
            for i, text in enumerate(p.get(name) or [], start=1):
                items[(p["name"], kind, i)] = {"text": text}
    return projects, items


def got_projects(found: Iterable[Project]) -> tuple[dict, dict]:
    projects, items = {}, {}
    for p in found:
        projects[(p.program, p.name)] = {f: getattr(p, f) for f in PROJECT_FIELDS}
        for it in p.items:
            items[(p.name, it.kind, it.ord)] = {"text": it.text}
    return projects, items


def score_projects(data: dict, found: list[Project]) -> list[Score]:
    (ep, ei), (gp, gi) = expected_projects(data), got_projects(found)
    return [score("projects", ep, gp), score("project_items", ei, gi)]


# -- milestones and program items

def score_milestones(data: dict, found: list[Milestone]) -> list[Score]:
    exp = {m["nr"]: {f: m.get(f) for f in MILESTONE_FIELDS} for m in data["milestones"]}
    got = {m.nr: {f: getattr(m, f) for f in MILESTONE_FIELDS} for m in found}
    return [score("milestones", exp, got)]


def expected_program_items(data: dict) -> dict:
    out = {}
    for p in data["programs"]:
        for kind, name in (("mål", "goals"), ("gevinst", "gains")):
            for i, text in enumerate(p.get(name) or [], start=1):
                out[(p["name"], kind, i)] = {"text": text}
    return out


def score_program_items(data: dict, found: list[ProgramItem]) -> list[Score]:
    got = {(x.program, x.kind, x.ord): {"text": x.text} for x in found}
    return [score("program_items", expected_program_items(data), got)]


# -- command line

def _expected_files(folder: Path) -> list[tuple[Path, dict]]:
    return [(f, json.loads(f.read_text(encoding="utf-8"))) for f in sorted(folder.glob("*.json"))]


def score_file(path: Path, expected: list[tuple[Path, dict]]) -> list[Score]:
    """Scores of one document against the expected file whose records it best matches."""
    from .milestones import extract_milestones
    from .program_items import extract_program_items
    from .readers import read_document
    from .statusreport import extract_projects

    doc = read_document(path)
    found = (extract_projects(doc), extract_milestones(doc), extract_program_items(doc))
    best: list[Score] = []
    for _, data in expected:
        scores: list[Score] = []
        if "projects" in data:
            scores += score_projects(data, found[0])
        if "milestones" in data:
            scores += score_milestones(data, found[1])
        if "programs" in data and data["programs"] and "goals" in data["programs"][0]:
            scores += score_program_items(data, found[2])
        if scores and sum(s.right for s in scores) > sum(s.right for s in best):
            best = scores
    return best


def main(argv: list[str]) -> int:
    folder = Path("corpus/expected")
    if argv[:1] == ["--expected"]:
        folder, argv = Path(argv[1]), argv[2:]
    expected = _expected_files(folder)
    worst = 1.0
    for name in argv:
        print(name)
        scores = score_file(Path(name), expected)
        if not scores:
            print("  no expected records match")
        for s in scores:
            print("  " + s.line())
            for miss in s.misses[:8]:
                print("      " + miss)
            worst = min(worst, s.f1)
    return 0 if worst >= 0.99 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
