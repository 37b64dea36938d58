"""`python -m models.train` on a tiny subset gives a model that loads and classifies."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def test_training_command_builds_a_loadable_model(tmp_path):
    out = tmp_path / "model"
    run = subprocess.run([sys.executable, "-m", "models.train", "--out", str(out), "--limit", "60",
                          "--epochs", "6"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "baseline" in run.stdout and "model" in run.stdout
    import models.tokenizer  # noqa: F401

    nlp = spacy.load(out)
    cats = nlp("Økt trygghet hos brukere og pårørende.").cats
    assert set(cats) == {"description", "effect", "goal", "status"}
    assert abs(sum(cats.values()) - 1.0) < 1e-3


def test_shipped_model_is_committed_and_small():
    trained = ROOT / "models" / "trained"
    size = sum(p.stat().st_size for p in trained.rglob("*") if p.is_file())
    assert (trained / "meta.json").exists() and size < 5_000_000


def test_heldout_split_is_by_group_and_fixed():
    from models.training_data import split, statements

    data = statements()
    train, test = split(data)
    groups = {}
    for s in data:
        groups.setdefault(s.text, s.group)
    train_groups = {groups[t] for t, _ in train}
    test_groups = {groups[t] for t, _ in test}
    assert not train_groups & test_groups
    assert {l for _, l in test} == {"description", "effect", "goal", "status"}
    assert split(data) == (train, test)
    assert len({t.lower() for t, _ in train + test}) == len(train) + len(test)


def test_shipped_model_beats_the_keyword_baseline_on_accuracy_and_macro_f1():
    from models.train import OUT, evaluate
    from models.training_data import split

    _, test = split()
    result = evaluate(OUT, test)
    model_acc, model_f1, _ = result["model"]
    base_acc, base_f1, _ = result["baseline"]
    assert model_acc > base_acc and model_f1 > base_f1
