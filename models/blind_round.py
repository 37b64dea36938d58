"""Score a blind round kept outside the repository, and check it shares no text with the repository.

    python -m models.blind_round score DIR [DIR ...] [--labels DATE MONEY ...] [--errors]
    python -m models.blind_round overlap DIR [DIR ...]

A round folder holds `texts/NAME.txt` (excerpts, each annotated exhaustively) and one or more
`ann*/NAME.jsonl` files whose lines are {"doc": "NAME.txt", "text", "label", "start", "end"}
(character offsets into the text). Each text is tagged whole, as one page, with no records,
and predictions are compared by exact (label, start, end), pooled over the folders. To score
an older commit, run this file from a `git worktree` of it (PYTHONPATH=that worktree).

`overlap` prints, for each text, the share of its six-word shingles found anywhere in the
repository's own text (tests, docs, data, annotated samples) and nothing of the text itself,
so a sealed round can be checked against what earlier, opened rounds left in the code.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from models.evaluate_ner import LABELS, ROOT, counts, prf

SHINGLE = 6
REPO_TEXT = ("tests/*.py", "models/**/*.py", "models/data/*", "*.md", "corpus/**/*.md",
             "corpus/annotations/*.json*", "corpus/annotations/texts/*.txt", "corpus/seeds/*.txt")


def read_round(folder: Path) -> tuple[dict[str, str], set[tuple]]:
    """(texts by name, gold spans as (folder/name, label, start, end, text)); checks every offset."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "texts").glob("*.txt"))}
    if not texts:
        raise SystemExit(f"{folder}: no texts/*.txt")
    gold = set()
    for path in sorted(folder.glob("ann*/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = texts.get(row["doc"])
            if text is None or text[row["start"]:row["end"]] != row["text"]:
                raise SystemExit(f"{path}:{n}: span {row['text']!r} is not at {row['start']}-{row['end']} "
                                 f"of {row['doc']}")
            gold.add((f"{folder.name}/{row['doc']}", row["label"], row["start"], row["end"], row["text"]))
    return texts, gold


def predicted(folder: Path, texts: dict[str, str], labels: set[str]) -> set[tuple]:
    from models.pipeline import tag_text

    return {(f"{folder.name}/{name}", e.label, e.start, e.end, e.text)
            for name, text in texts.items() for e in tag_text(text) if e.label in labels}


def score(folders: list[Path], labels: list[str]) -> tuple[set[tuple], set[tuple]]:
    """(predicted, gold) spans of the folders pooled, both limited to `labels`."""
    pred, gold = set(), set()
    for folder in folders:
        texts, spans = read_round(folder)
        gold |= {g for g in spans if g[1] in labels}
        pred |= predicted(folder, texts, set(labels))
    return pred, gold


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def repository_shingles(root: Path = ROOT) -> set[tuple[str, ...]]:
    seen: set[tuple[str, ...]] = set()
    for pattern in REPO_TEXT:
        for path in root.glob(pattern):
            if path.is_file():
                seen |= shingles(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def overlap(folders: list[Path]) -> list[tuple[str, float]]:
    """(folder/name, share of the text's shingles that occur in the repository) per text."""
    known = repository_shingles()
    out = []
    for folder in folders:
        for name, text in read_round(folder)[0].items():
            own = shingles(text)
            out.append((f"{folder.name}/{name}", len(own & known) / len(own) if own else 0.0))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="score a blind round, or check its overlap with the repository")
    parser.add_argument("command", choices=["score", "overlap"])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--labels", nargs="+", default=["DATE", "MONEY", "PERCENT", "ORG", "GPE", "PROJECT"],
                        choices=LABELS)
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives (opens the round)")
    args = parser.parse_args(argv)
    if args.command == "overlap":
        for name, share in overlap(args.folders):
            print(f"{share:5.2f}  {name}")
        return
    pred, gold = score(args.folders, args.labels)
    # printed here as evaluate_ner.main prints, not through it: this file is copied into worktrees of old commits to
    # score them, so it uses only what evaluate_ner has long had (LABELS, ROOT, counts, prf)
    print(f"{'label':8s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for label, (tp, n_pred, n_gold) in counts(pred, gold).items():
        if label in args.labels or label == "ALL":
            p, r, f = prf(tp, n_pred, n_gold)
            print(f"{label:8s} {n_gold:5d} {n_pred:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    if args.errors:
        for item in sorted(pred - gold):
            print("FP", item)
        for item in sorted(gold - pred):
            print("FN", item)


if __name__ == "__main__":
    main()
