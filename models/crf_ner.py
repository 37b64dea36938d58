"""A linear-chain CRF that corrects the rules' ORG, GPE and PROJECT spans.

The rules (models/config.cfg) find names from gazetteers and cues; where they are wrong is
learnt here. Each token's features are the rules' own tag for it and its neighbours (every
label, so a date is known as a date), the word's shape, affixes and capitals, whether it
starts a line or sentence, and whether it is a known place, first name or dictionary word.
The CRF corrects the rules in two ways: it drops a rules' ORG/GPE/PROJECT span whose own tags
it finds unlikely, and it adds a span of its own where the rules found nothing and it is sure of
every token; a third, off by default (REPLACE_MIN), lets a PROJECT or ORG span of its own that
holds rules' entities whole ("Aktiv i Tromsø" over the place) replace them. The other labels are
otherwise the rules' alone. Trained and scored by
models/train_crf.py (python-crfsuite, L-BFGS) on the committed samples and the texts written for
training (corpus/annotations/synthetic/); models.pipeline.tag_pages calls it after the rules.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc

from extract.types import Entity
from models.context import text_of
from models.dictionary import in_dictionary
from models.gazetteers import organisations, places, programmes
from models.names.words import first_names

LABELS = ("ORG", "GPE", "PROJECT")
MODEL = Path(__file__).parent / "trained" / "crf_ner.crfsuite"
_SHAPE_RUNS = re.compile(r"(.)\1+")
# Marginal probabilities (the lowest over a span's tokens) for the two corrections; chosen on
# rounds 36-39 left out one at a time (corpus/annotations/README.md, "Round 40 once more").
KEEP_MIN = 0.2
ADD_MIN = 0.7
# A CRF span that holds rules' entities whole ("Ny Sande barnehage" over GPE "Sande") replaces them at this
# marginal, for these labels; None: never. Off: at 0.9 it gained 0.001 on rounds 36-42 and changed nothing on
# sealed round 43 (corpus/annotations/README.md, "Blind round 43").
REPLACE_MIN: Optional[float] = None
REPLACE_LABELS = ("PROJECT", "ORG")


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Every word of the organisation gazetteer's names."""
    return frozenset(w for name in organisations() for w in name.split())


def shape(word: str) -> str:
    """"Bodø" -> "Xx", "NAV" -> "X", "2019" -> "d", "Nav-kontoret" -> "Xx-x"."""
    s = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1", s)


def _bio(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags per token of `doc` for (start_char, end_char, label) spans."""
    tags = ["O"] * len(doc)
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            tags[i] = ("B-" if i == span.start else "I-") + label
    return tags


def rule_tags(doc: Doc, entities: Iterable[Entity]) -> list[str]:
    """BIO tags of the rules' entities (all labels) per token of `doc`."""
    return _bio(doc, ((e.start, e.end, e.label) for e in entities))


def _word_features(doc: Doc, i: int) -> dict[str, str | float]:
    token = doc[i]
    word = token.text
    lower = word.lower()
    f: dict[str, str | float] = {"lower": lower, "shape": shape(word), "suf3": lower[-3:], "suf4": lower[-4:],
                                 "pre3": lower[:3]}
    if word[:1].isupper():
        f["cap"] = 1.0
    if in_dictionary(lower):
        f["dict"] = 1.0
    elif word[:1].isupper() and (in_dictionary(word) or in_dictionary(word.title())):
        f["dict_name"] = 1.0
    if word.isupper() and len(word) > 1:
        f["caps"] = 1.0
    if word in places():
        f["place"] = 1.0
    if word in first_names():
        f["first_name"] = 1.0
    if word in organisation_words():
        f["org_word"] = 1.0
    return f


def _starts_line(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.text or "\n" in before.whitespace_ or before.text in {".", ":", "•", "-", "–", "!", "?"}


def features(doc: Doc, tags: list[str]) -> list[dict[str, str | float]]:
    """Per token: its own features, the rules' tags of a five-token window and its neighbours' words."""
    words = [_word_features(doc, i) for i in range(len(doc))]
    out = []
    quoted = False
    for i in range(len(doc)):
        f = dict(words[i])
        f["rule"] = tags[i]
        if _starts_line(doc, i):
            f["start"] = 1.0
        if doc[i].text in "«»\"":
            quoted = doc[i].text == "«" or (doc[i].text == '"' and not quoted)
        elif quoted:
            f["quoted"] = 1.0
        if any(doc[j].lower_.startswith(("prosjekt", "program", "ordning")) for j in range(max(0, i - 3), i)):
            f["after_project_word"] = 1.0
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(doc):
                f[f"{d}:rule"] = tags[j]
                f[f"{d}:lower"] = words[j]["lower"]
                if abs(d) == 1:
                    for key in ("shape", "suf3", "cap", "place", "dict", "dict_name"):
                        if key in words[j]:
                            f[f"{d}:{key}"] = words[j][key]
            else:
                f[f"{d}:edge"] = 1.0
        f["rule|shape"] = f"{tags[i]}|{words[i]['shape']}"
        out.append(f)
    return out


def target_tags(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of gold (start, end, label) spans of the three labels, per token."""
    return _bio(doc, (s for s in spans if s[2] in LABELS))


def bio_spans(doc: Doc, tags: list[str]) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of the B/I runs in `tags` (an I without a B starts a span)."""
    out, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            out.append((doc[start].idx, doc[i - 1].idx + len(doc[i - 1].text), label))
            start = None
        if tag != "O" and start is None:
            start, label = i, tag[2:]
    return out


def listed(text: str, extra: frozenset[str] = frozenset()) -> bool:
    """A name the gazetteers (or the document's own tables, `extra`) hold, a genitive -s too."""
    for name in (text, text[:-1] if text.endswith("s") else text):
        if name in extra or name in organisations() or name in places() or name.lower() in programmes():
            return True
    return False


def open_tagger(path: Path):
    """A trained CRF (models/train_crf.py writes one), or None when the file is not there."""
    import pycrfsuite

    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def shipped_tagger():
    """models/trained/crf_ner.crfsuite, opened once per process (None without it)."""
    return open_tagger(MODEL)


def correct(doc: Doc, entities: list[Entity], tagger=None, page: Optional[int] = None,
            known: frozenset[str] = frozenset()) -> list[Entity]:
    """The rules' entities, less the ORG/GPE/PROJECT spans whose tags the CRF gives a marginal
    below KEEP_MIN, plus the CRF's own spans that begin with a capital and either cross no rule
    entity with every tag's marginal at least ADD_MIN, or hold rules' entities (none of its own
    label) whole at REPLACE_MIN (when set), in place of them (source "model"). A listed name (the
    gazetteers, or `known`: the document's own project and unit names) is never dropped, only replaced."""
    tagger = tagger or shipped_tagger()
    if tagger is None or not len(doc):
        return entities
    from models.norm import normalise

    tags = tagger.tag(features(doc, rule_tags(doc, entities)))

    def confidence(start: int, end: int, label: str) -> float:
        span = doc.char_span(start, end, alignment_mode="expand")
        return min(tagger.marginal(("B-" if i == span.start else "I-") + label, i) for i in range(span.start, span.end))

    out = [e for e in entities if e.label not in LABELS or listed(e.text, known)
           or confidence(e.start, e.end, e.label) >= KEEP_MIN]
    text = text_of(doc)
    for start, end, label in bio_spans(doc, tags):
        if not text[start].isupper():
            continue
        inside = [e for e in entities if e.start < end and start < e.end]
        if inside:
            if REPLACE_MIN is None or label not in REPLACE_LABELS \
                    or not all(start <= e.start and e.end <= end and (e.start, e.end) != (start, end) for e in inside) \
                    or any(e.label == label for e in inside) or confidence(start, end, label) < REPLACE_MIN:
                continue
            out = [e for e in out if e not in inside]
        elif confidence(start, end, label) < ADD_MIN:
            continue
        out.append(Entity(label, text[start:end], start, end, page, normalise(label, text[start:end]), "model"))
    return sorted(out, key=lambda e: e.start)
