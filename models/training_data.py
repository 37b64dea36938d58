"""Weakly labelled statements (effect / status / goal / description) and their held-out split.

Labels come from document structure, never from keywords:
* Askøy statusrapport (seed 000 and the variant rendering, through the typed extractors):
  "Om prosjektet" items -> description, "Forventet effekt" -> effect, "Kort status" -> status;
* Askøy budget article (seed 001, typed extractors): "Mål" -> goal, "Forventede gevinster" -> effect;
* Åsnes project plan (expected record): goals -> goal;
* P1824 evaluation (expected record): main goal, other goals, strategies and goal key facts -> goal;
  result key facts -> status;
* Stavanger budget (seed 003): the prose under each "Prioriterte oppgaver i planperioden" heading,
  one sentence at a time -> description, and the bullets after a lead line starting "Mål" -> goal.

Every statement carries a group (a project, a programme, a Stavanger section, a record list).
The held-out split is by group, so no project/section has statements on both sides, and
duplicates (normalised text) are removed before splitting.
"""
from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_DIRS = [ROOT / "corpus" / "expected"]
SEEDS = ROOT / "corpus" / "seeds"
DOCUMENTS = ROOT / "corpus" / "documents"
LABELS = ["description", "effect", "goal", "status"]
ITEM_LABELS = {"beskrivelse": "description", "effekt": "effect", "status": "status",
               "mål": "goal", "gevinst": "effect"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


class Statement(NamedTuple):
    text: str
    label: str
    group: str


def expected_dir() -> Path:
    return next((d for d in EXPECTED_DIRS if (d / "askoy_statusrapport_2017.json").exists()), EXPECTED_DIRS[-1])


def _text(goal) -> str:
    return goal["text"] if isinstance(goal, dict) else goal


def _extracted(path: Path, family: str) -> list[Statement]:
    from extract.readers import read_document
    from extract.typed import extract_records

    records = extract_records(read_document(path))
    out = [Statement(i.text, ITEM_LABELS[i.kind], f"{family}:{p.name}")
           for p in records.projects for i in p.items if i.kind in ITEM_LABELS]
    out += [Statement(i.text, ITEM_LABELS[i.kind], f"{family}:{i.program}:{i.kind}")
            for i in records.program_items if i.kind in ITEM_LABELS]
    return out


def _expected_records(folder: Path) -> list[Statement]:
    asnes = json.loads((folder / "asnes_milestones_2019.json").read_text(encoding="utf-8"))
    out = [Statement(_text(g), "goal", "asnes:goals") for g in asnes.get("goals") or []]
    p1824 = json.loads((folder / "p1824_evaluation_2010.json").read_text(encoding="utf-8"))
    for key in ("main_goals", "other_goals"):
        out += [Statement(_text(g), "goal", "p1824:goals") for g in p1824.get(key) or []]
    out += [Statement(s.get("text_clean") or s["text"], "goal", "p1824:strategies") for s in p1824.get("strategies") or []]
    for fact in p1824.get("key_facts") or []:
        if fact["kind"] in ("goal", "result"):
            out.append(Statement(fact["text"], "goal" if fact["kind"] == "goal" else "status", f"p1824:{fact['kind']}"))
    return out


def _stavanger_tasks(path: Path) -> list[Statement]:
    """Sentences under the "Prioriterte oppgaver i planperioden" headings, grouped by sub-heading."""
    out: list[Statement] = []
    inside, section, goal_list = False, "", False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip().lstrip("•").strip()
        if line.startswith("Prioriterte oppgaver"):
            inside, section = True, ""
            continue
        if not inside:
            continue
        if line.startswith(("Budsjettramme", "Tabell", "Linjenr")) or re.match(r"^\d+\.\d+(\.\d+)? ", line):
            inside = False
            continue
        if not stripped:
            continue
        if len(stripped.split()) <= 8 and not stripped.endswith("."):
            if stripped.startswith("Mål") and stripped.endswith(" er"):
                goal_list = True
            else:
                section, goal_list = stripped, False
            continue
        group = f"stavanger:{section or 'intro'}"
        if line.lstrip().startswith("•"):
            out.append(Statement(stripped.rstrip("."), "goal" if goal_list else "description", group))
            continue
        goal_list = False
        out += [Statement(s.strip(), "description", group) for s in _SENTENCE.split(stripped) if len(s.split()) >= 4]
    return out


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


@lru_cache(maxsize=1)
def statements(folder: Path | None = None) -> tuple[Statement, ...]:
    """All weakly labelled statements, duplicates (normalised text) removed, first one kept."""
    folder = folder or expected_dir()
    raw = (_extracted(SEEDS / "000_2736e3e1983c3278.txt", "askoy_status")
           + _extracted(DOCUMENTS / "askoy_statusrapport_variant.docx", "askoy_status")
           + _extracted(SEEDS / "001_5b2f4e37133dd8e9.txt", "askoy_budget")
           + _expected_records(folder)
           + _stavanger_tasks(SEEDS / "003_a976a9bffa492368.txt"))
    seen, out = set(), []
    for s in raw:
        key = _normal(s.text)
        if len(key) > 3 and key not in seen:
            seen.add(key)
            out.append(s)
    return tuple(out)


def examples(folder: Path | None = None) -> list[tuple[str, str]]:
    """(text, label) pairs."""
    return [(s.text, s.label) for s in statements(folder)]


def split(data: tuple[Statement, ...] | None = None, held_out: float = 0.25, seed: int = 1824
          ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, test) by group: the groups of each source family are shuffled with a fixed seed and
    every group goes whole to one side, the test side taking groups until it holds `held_out` of
    that family's statements."""
    data = statements() if data is None else data
    rng = random.Random(seed)
    families: dict[str, dict[str, list[Statement]]] = {}
    for s in data:
        families.setdefault(s.group.split(":")[0], {}).setdefault(s.group, []).append(s)
    train, test = [], []
    for family in sorted(families):
        groups = sorted(families[family])
        rng.shuffle(groups)
        total = sum(len(families[family][g]) for g in groups)
        taken = 0
        for g in groups:
            items = [(s.text, s.label) for s in families[family][g]]
            if taken < held_out * total and len(groups) > 1:
                test += items
                taken += len(items)
            else:
                train += items
    return train, test
