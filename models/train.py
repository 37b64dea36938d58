"""Train the statement classifier (effect / status / goal / description) and evaluate it.

    python -m models.train                # train on the fixed-seed training split -> models/trained/
    python -m models.train --eval         # held-out accuracy / macro-F1, model and keyword baseline
    python -m models.train --out DIR --limit 40 --epochs 5   # a quick run (used by the tests)
    python -m models.train --eval --seeds 5   # and the spread of the scores over five other seeds

Weak supervision: the labels come from document structure (training_data.py: the typed
extractors' table items, record lists, Stavanger's "Prioriterte oppgaver" prose); the held-out
split is by group (project / programme / section), fixed seed 1824.
The model is a spaCy TextCategorizer, TextCatEnsemble.v2 (a bag-of-words model over uni- and
bigrams plus a small CNN over NORM/PREFIX/SUFFIX/SHAPE embeddings, exclusive classes) on
spacy.blank("nb") with Arkivar's tokenizer fixes. It reads each statement with the keyword
baseline's label appended as a token (models.classifier.features); smaller labels are
oversampled to the size of the largest.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

import models.tokenizer
from models.baseline import rule_label
from models.classifier import features
from models.training_data import LABELS, split

OUT = Path(__file__).parent / "trained"
BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
       "no_output_layer": False, "length": 65536}
TOK2VEC = {"@architectures": "spacy.Tok2Vec.v2",
           "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64, "rows": [2000, 1000, 1000, 1000],
                     "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
           "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1,
                      "maxout_pieces": 3, "depth": 2}}
TEXTCAT = {"model": {"@architectures": "spacy.TextCatEnsemble.v2", "nO": None, "linear_model": BOW,
                     "tok2vec": TOK2VEC}}


def build(component: str = "textcat", config: dict | None = None,
          labels: list[str] = LABELS) -> spacy.language.Language:
    """spacy.blank("nb") with Arkivar's tokenizer fixes and one trainable component with its labels."""
    nlp = models.tokenizer.create_tokenizer_fixes()(spacy.blank("nb"))
    pipe = nlp.add_pipe(component, config=TEXTCAT if config is None else config)
    for label in labels:
        pipe.add_label(label)
    return nlp


def _example(nlp, text: str, label: str) -> Example:
    return Example.from_dict(nlp.make_doc(features(text)), {"cats": {l: float(l == label) for l in LABELS}})


def balance(data: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Repeat the statements of the smaller labels until every label has as many as the largest."""
    top = max(sum(l == label for _, l in data) for label in LABELS)
    out = []
    for label in LABELS:
        items = [d for d in data if d[1] == label]
        if items:
            out += (items * (top // len(items) + 1))[:top]
    return out


def fit(nlp: spacy.language.Language, examples: list[Example], out: Path, epochs: int, seed: int,
        drop: float) -> Path:
    """Initialise `nlp` on `examples`, train it for `epochs` shuffled passes (batches of 8) and
    save it to `out`. The caller fixes spaCy's random seed before building `nlp`."""
    nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=8):
            nlp.update(batch, drop=drop, losses=losses)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


def train(data: list[tuple[str, str]], out: Path, epochs: int = 15, seed: int = 1824) -> Path:
    spacy.util.fix_random_seed(seed)
    nlp = build()
    return fit(nlp, [_example(nlp, t, l) for t, l in balance(data)], out, epochs, seed, drop=0.2)


def per_label_f1(gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {}
    for label in sorted(set(gold) | set(pred)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        out[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def scores(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """(accuracy, macro-F1 over the labels present in gold or pred)."""
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1s = per_label_f1(gold, pred)
    return acc, sum(f1s.values()) / len(f1s)


def predict(nlp, texts: list[str]) -> list[str]:
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(features(t) for t in texts)]


def evaluate(model_dir: Path, test: list[tuple[str, str]]) -> dict[str, tuple[float, float, dict]]:
    nlp = spacy.load(model_dir)
    texts, gold = [t for t, _ in test], [l for _, l in test]
    model, baseline = predict(nlp, texts), [rule_label(t) for t in texts]
    return {"model": (*scores(gold, model), per_label_f1(gold, model)),
            "baseline": (*scores(gold, baseline), per_label_f1(gold, baseline))}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", action="store_true", help="evaluate the trained model, do not train")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N training examples")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--seeds", type=int, default=0,
                        help="also retrain with N other seeds (into a temp dir) and print the spread of the scores")
    args = parser.parse_args(argv)
    train_set, test_set = split()
    if args.limit:
        train_set = train_set[: args.limit] if args.limit < len(train_set) else train_set
        train_set = sorted(train_set, key=lambda x: LABELS.index(x[1]))
    if not args.eval:
        t0 = time.perf_counter()
        train(train_set, args.out, epochs=args.epochs)
        print(f"trained on {len(train_set)} statements in {time.perf_counter() - t0:.1f} s -> {args.out}")
    result = evaluate(args.out, test_set)
    counts = {label: sum(l == label for _, l in test_set) for label in LABELS}
    print(f"held-out statements: {len(test_set)} {counts} (split by group, seed 1824); "
          f"training statements: {len(train_set)}")
    for name, (acc, f1, per_label) in result.items():
        detail = "  ".join(f"{label} {value:.2f}" for label, value in per_label.items())
        print(f"{name:9s} accuracy {acc:.3f}  macro-F1 {f1:.3f}   F1 per label: {detail}")
    if args.seeds:
        seed_spread(train_set, test_set, args.seeds, args.epochs, baseline=result["baseline"][:2])


def seed_spread(train_set: list[tuple[str, str]], test_set: list[tuple[str, str]], n: int, epochs: int,
                baseline: tuple[float, float]) -> None:
    """Held-out scores of the same training run with seeds 1..n: how much of a score is the seed."""
    import statistics
    import tempfile

    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, n + 1):
            out = train(train_set, Path(tmp) / str(seed), epochs=epochs, seed=seed)
            acc, f1, _ = evaluate(out, test_set)["model"]
            runs.append((acc, f1))
            print(f"seed {seed:<4d} accuracy {acc:.3f}  macro-F1 {f1:.3f}")
    for k, name in enumerate(("accuracy", "macro-F1")):
        values = [r[k] for r in runs]
        above = sum(v > baseline[k] for v in values)
        print(f"{name}: mean {statistics.mean(values):.3f}, min {min(values):.3f}, max {max(values):.3f} "
              f"over {n} seeds; above the baseline's {baseline[k]:.3f} in {above} of {n}")


if __name__ == "__main__":
    main()
