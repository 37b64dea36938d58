"""Train a statistical NER (ORG, PROJECT, GPE) on the hand-annotated passages and compare it
with the rules on a sample it has not seen.

    python -m models.train_ner --train dev heldout test test2 test3 test4 train_a train_b \\
        --eval test5 --out /tmp/arkivar-ner

The annotated passages (corpus/annotations/) are cut into chunks of about 400 characters at
line breaks (never inside an entity); the model is spaCy's transition-based `ner` on
`spacy.blank("nb")` with Arkivar's tokenizer fixes and hash embeddings of NORM, PREFIX,
SUFFIX and SHAPE (no pretrained vectors: none can be downloaded here). `--eval` prints, per
label, the rules alone, the model alone, and the rules plus the model's spans that overlap no
rule entity and look like a name (a capital first letter; one word at a sentence start only
when it is an acronym of three or more capitals).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import filter_spans

from models.context import at_start
from models.evaluate_ner import counts, load_sample, prf, records_for, seed_text
from models.train import build, fit

LABELS = ["ORG", "PROJECT", "GPE"]
CHUNK = 400
TOK2VEC = {"@architectures": "spacy.Tok2Vec.v2",
           "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96, "rows": [5000, 2000, 2000, 2000],
                     "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
           "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "window_size": 1,
                      "maxout_pieces": 3, "depth": 4}}
NER = {"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
                 "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None, "tok2vec": TOK2VEC}}


def _cut(text: str, ents: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[str, list]]:
    """text[start:end] in pieces of about CHUNK characters, cut at line breaks and never inside an entity."""
    out = []
    a = start
    while a < end:
        b = min(end, a + CHUNK)
        if b < end:
            nl = text.rfind("\n", a + CHUNK // 4, b)
            b = nl if nl > a else b
        for s, e, _ in ents:
            if s < b < e:
                b = e
        out.append((text[a:b], [(s - a, e - a, lab) for s, e, lab in ents if a <= s and e <= b]))
        a = b
    return out


def chunks(sample: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, entities) pieces of a sample's passages, entities as offsets into the piece."""
    passages, gold = load_sample(sample)
    out = []
    for p in passages:
        ents = [(g["start"], g["end"], g["label"]) for g in gold
                if g["doc"] == p["doc"] and p["start"] <= g["start"] and g["end"] <= p["end"] and g["label"] in LABELS]
        out += _cut(seed_text(p["doc"]), ents, p["start"], p["end"])
    return out


def round_chunks(folder: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The same pieces from a blind round's folder (models/blind_round.py), each text annotated whole."""
    from models.blind_round import read_round

    texts, gold = read_round(folder)
    out = []
    for name, text in texts.items():
        ents = [(g[2], g[3], g[1]) for g in gold if g[0].endswith("/" + name) and g[1] in LABELS]
        out += _cut(text, ents, 0, len(text))
    return out


def train(samples: list[str], out: Path, epochs: int = 25, seed: int = 1, rounds: tuple[Path, ...] = ()) -> Path:
    spacy.util.fix_random_seed(seed)
    nlp = build("ner", NER, LABELS)
    examples = []
    pieces = [c for s in samples for c in chunks(s)] + [c for folder in rounds for c in round_chunks(folder)]
    for text, ents in pieces:
        doc = nlp.make_doc(text)
        spans = filter_spans([s for s in (doc.char_span(a, b, label=lab, alignment_mode="expand")
                                          for a, b, lab in ents) if s is not None])
        examples.append(Example.from_dict(doc, {"entities": [(s.start_char, s.end_char, s.label_) for s in spans]}))
    return fit(nlp, examples, out, epochs, seed, drop=0.3)


def looks_like_a_name(text: str, start: int, span_text: str, n_tokens: int) -> bool:
    """The gate for model spans added to the rules' entities."""
    if not span_text[:1].isupper():
        return False
    if span_text.isupper():
        return len(span_text) >= 3
    return not at_start(text, start) or n_tokens > 1


def compare(model_dir: Path, *samples: str) -> dict[str, dict[str, tuple[float, float, float]]]:
    """label -> (P, R, F1) for the rules, the model and the rules plus gated model spans; several
    samples are pooled."""
    from models.pipeline import tag_text

    nlp = spacy.load(model_dir)
    passages, gold_rows = load_sample(*samples)
    gold = {(g["doc"], g["label"], g["start"], g["end"]) for g in gold_rows if g["label"] in LABELS}
    pred: dict[str, set] = {"rules": set(), "model": set(), "rules+model": set()}
    for name in sorted({p["doc"] for p in passages}):
        text = seed_text(name)
        windows = [(p["start"], p["end"]) for p in passages if p["doc"] == name]
        rules = tag_text(text, records=records_for(name))
        taken = [(e.start, e.end) for e in rules]
        for e in rules:
            if e.label in LABELS and any(a <= e.start and e.end <= b for a, b in windows):
                pred["rules"].add((name, e.label, e.start, e.end))
                pred["rules+model"].add((name, e.label, e.start, e.end))
        for a, b in windows:
            for e in nlp(text[a:b]).ents:
                s, t = a + e.start_char, a + e.end_char
                pred["model"].add((name, e.label_, s, t))
                if not any(x < t and s < y for x, y in taken) and looks_like_a_name(text, s, e.text, len(e)):
                    pred["rules+model"].add((name, e.label_, s, t))
    return _scores(pred, gold)


def _scores(pred: dict[str, set], gold: set) -> dict[str, dict[str, tuple[float, float, float]]]:
    """variant -> label (and "ALL") -> (P, R, F1) of spans (doc, label, start, end)."""
    out = {}
    for variant, found in pred.items():
        c = counts(found, gold)
        out[variant] = {label: prf(*c[label]) for label in LABELS + ["ALL"]}
    return out


def compare_rounds(model_dir: Path, folders: list[Path]) -> dict[str, dict[str, tuple[float, float, float]]]:
    """As compare, on blind-round folders: each text tagged whole, with no records."""
    from models.blind_round import read_round
    from models.pipeline import tag_text

    nlp = spacy.load(model_dir)
    gold, pred = set(), {"rules": set(), "model": set(), "rules+model": set()}
    for folder in folders:
        texts, spans = read_round(folder)
        gold |= {g[:4] for g in spans if g[1] in LABELS}
        for name, text in texts.items():
            key = f"{folder.name}/{name}"
            rules = tag_text(text)
            taken = [(e.start, e.end) for e in rules]
            for e in rules:
                if e.label in LABELS:
                    pred["rules"].add((key, e.label, e.start, e.end))
                    pred["rules+model"].add((key, e.label, e.start, e.end))
            for piece_start, piece in _pieces(text):
                for e in nlp(piece).ents:
                    s, t = piece_start + e.start_char, piece_start + e.end_char
                    pred["model"].add((key, e.label_, s, t))
                    if not any(x < t and s < y for x, y in taken) and looks_like_a_name(text, s, e.text, len(e)):
                        pred["rules+model"].add((key, e.label_, s, t))
    return _scores(pred, gold)


def _pieces(text: str) -> list[tuple[int, str]]:
    """The text in the pieces the model was trained on (offset, piece)."""
    out, a = [], 0
    for piece, _ in _cut(text, [], 0, len(text)):
        out.append((a, piece))
        a += len(piece)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", default=["dev", "heldout", "test", "test2", "test3", "test4"])
    parser.add_argument("--eval", nargs="+", default=[], help="samples not in --train (pooled)")
    parser.add_argument("--model", type=Path, default=None, help="compare this trained model, do not train")
    parser.add_argument("--out", type=Path, default=Path("/tmp/arkivar-ner"))
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", nargs="*", type=Path, default=[], help="blind-round folders to train on too")
    parser.add_argument("--eval-rounds", nargs="*", type=Path, default=[], help="blind-round folders to score on")
    args = parser.parse_args(argv)
    if set(args.eval) & set(args.train) and args.model is None:
        parser.error("an evaluation sample must not be a training sample")
    model = args.model
    if model is None:
        t0 = time.perf_counter()
        model = train(args.train, args.out, epochs=args.epochs, seed=args.seed, rounds=tuple(args.rounds))
        n = sum(len(e) for s in args.train for _, e in chunks(s)) + sum(len(e) for f in args.rounds
                                                                         for _, e in round_chunks(f))
        print(f"trained on {n} entities ({', '.join(args.train + [f.name for f in args.rounds])}) in "
              f"{time.perf_counter() - t0:.0f} s -> {model}")
    if args.eval_rounds:
        name = "+".join(f.name for f in args.eval_rounds)
        for variant, rows in compare_rounds(model, args.eval_rounds).items():
            cells = "  ".join(f"{label} {f:.3f}" for label, (_, _, f) in rows.items())
            print(f"{name:11s} {variant:12s} {cells}")
    if args.eval:
        name = "+".join(args.eval)
        for variant, rows in compare(model, *args.eval).items():
            cells = "  ".join(f"{label} {f:.3f}" for label, (_, _, f) in rows.items())
            print(f"{name:11s} {variant:12s} {cells}")


if __name__ == "__main__":
    main()
