"""Tag a read document: entities with page offsets, and facts from prose.

`load_pipeline()` builds spacy.blank("nb") from models/config.cfg once per process.
`tag_document()` runs it with `nlp.pipe` over every page, adds the document's own
project names, municipal units and effect items (from its tables) as PROJECT / ORG / EFFECT, and lets the
trained classifier mark effect statements where no table says what is what.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import models.components  # noqa: F401  (registers the factories)
import models.tokenizer  # noqa: F401  (registers the tokenizer callback)
from extract.types import Entity, Fact, ReadDocument, Records
from models.crf_ner import correct as crf_correct
from models.projects import document_names, heading_spans, project_matcher, project_spans, unit_names

CONFIG = Path(__file__).parent / "config.cfg"
_SEGMENT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\d])|\s+-\s+|\s*\n\s*|\s*•\s*|\t+|<[^>]{0,200}>")
MODEL_EFFECT_MAX_WORDS = 25
MODEL_EFFECT_MIN_SCORE = 0.9
# The classifier is sure of itself on any short statement (scores near 1.0 for template lines such as
# "Bemanning av neste fase"), so its effect statements are taken only where the text has just spoken
# of effects or gains: within this many characters after "effekt"/"gevinst".
EFFECT_CONTEXT_CHARS = 600
_EFFECT_WORD = re.compile(r"effekt|gevinst", re.I)
# The name CRF (models/crf_ner.py) is on since it passed sealed blind round 41 (corpus/annotations/README.md,
# rounds 40-42); False gives the rules alone.
CORRECT_NAMES = True


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The rule pipeline from models/config.cfg on spacy.blank("nb"), loaded once."""
    return spacy.blank("nb", config=spacy.util.load_config(CONFIG))


def segments(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences and bullets in `text` (bullets split on " - ", "•", lines)."""
    out, start = [], 0
    for m in _SEGMENT_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    spans = []
    for a, b in out:
        while a < b and text[a] in " -–\"'":
            a += 1
        while b > a and text[b - 1] in " ":
            b -= 1
        if b - a >= 3:
            spans.append((a, b))
    return spans


def _effect_matcher(nlp: Language, records: Records) -> Optional[PhraseMatcher]:
    """The document's own effect/gain items, one sentence at a time, as EFFECT phrases."""
    effects = {i.text for p in records.projects for i in p.items if i.kind == "effekt"}
    effects |= {i.text for i in records.program_items if i.kind == "gevinst"}
    statements = {part.strip().rstrip(".") for t in effects for part in re.split(r"(?<=\.)\s+(?=[A-ZÆØÅ])", t)}
    statements = {t for t in statements if len(t) > 5}
    if not statements:
        return None
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("EFFECT", [nlp.make_doc(t) for t in sorted(statements)])
    return matcher


def _merge(doc: Doc, projects: list[Span], effects: list[Span]) -> list[Span]:
    """doc.ents plus the document's own PROJECT and EFFECT spans; overlaps go to the longest,
    except that a project name from the document beats a rule EFFECT starting at the same
    word ("Flere farger" is a project, not an effect statement)."""
    starts = {s.start for s in projects}
    rule = [e for e in doc.ents if not (e.label_ == "EFFECT" and e.start in starts)]
    return filter_spans(projects + effects + rule)


def _in_brackets(text: str, a: int, b: int) -> bool:
    """Is text[a:b] inside square brackets (a "[" opened before it on its line, or it ends the bracket)?"""
    line_start = text.rfind("\n", 0, a) + 1
    return text.rfind("[", line_start, a) > text.rfind("]", line_start, a) or text[a:b].rstrip().endswith("]")


def _model_effects(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments the trained classifier calls effect statements, not overlapping `taken`."""
    from models.classifier import classify_scores

    candidates = [(a, b) for a, b in segments(text)
                  if 4 <= len(text[a:b].split()) <= MODEL_EFFECT_MAX_WORDS and text[a].isupper()
                  and ":" not in text[a:b] and not text[a:b].rstrip().endswith("?")  # labels, questions
                  and not _in_brackets(text, a, b)  # a template's guidance: "[Beskriv forventede gevinster.]"
                  and _EFFECT_WORD.search(text, max(0, a - EFFECT_CONTEXT_CHARS), a)
                  and not any(a < y and x < b for x, y in taken)]
    scores = classify_scores([text[a:b] for a, b in candidates])
    return [span for span, cats in zip(candidates, scores) if cats.get("effect", 0.0) >= MODEL_EFFECT_MIN_SCORE]


def tag_text(text: str, page: Optional[int] = None, records: Optional[Records] = None,
             use_model: bool = True, correct_names: Optional[bool] = None) -> list[Entity]:
    """Entities of one page of text (see tag_document)."""
    return tag_pages([(page, text)], records or Records(), use_model=use_model, correct_names=correct_names)


def tag_pages(pages: list[tuple[Optional[int], str]], records: Records,
              use_model: bool = True, correct_names: Optional[bool] = None) -> list[Entity]:
    """Entities of each page; with `use_model`, the trained models add to the rules: the classifier
    marks effect statements, and the CRF corrects ORG/GPE/PROJECT (models/crf_ner.py) when
    `correct_names` is true (default: CORRECT_NAMES)."""
    correct_names = CORRECT_NAMES if correct_names is None else correct_names
    nlp = load_pipeline()
    names = document_names(records)
    project_matcher_ = project_matcher(nlp, names) if names else None
    effect_matcher = _effect_matcher(nlp, records)
    units = unit_names(records)
    unit_matcher = project_matcher(nlp, units) if units else None
    known_names = frozenset(names) | frozenset(units)  # never dropped by the CRF
    has_effect_table = any(i.kind == "effekt" for p in records.projects for i in p.items) or any(
        i.kind == "gevinst" for i in records.program_items)
    entities: list[Entity] = []
    for (page, text), doc in zip(pages, nlp.pipe(text for _, text in pages)):
        projects = heading_spans(doc)
        if project_matcher_ is not None:
            projects += project_spans(doc, project_matcher_(doc), names)
        if unit_matcher is not None:
            projects += project_spans(doc, unit_matcher(doc), units, label="ORG")
        effects = [Span(doc, s, e, label="EFFECT") for _, s, e in effect_matcher(doc)] if effect_matcher else []
        found = [Entity(s.label_, s.text, s.start_char, s.end_char, page, s._.norm, "rule")
                 for s in _merge(doc, projects, effects)]
        if use_model and correct_names:
            found = crf_correct(doc, found, page=page, known=known_names)
        if use_model and not has_effect_table:
            # an effect statement names no organisation, place or project (see arkivar_effects)
            taken = [(e.start, e.end) for e in found if e.label in ("EFFECT", "ORG", "GPE", "PROJECT")]
            for a, b in _model_effects(text, taken):
                found.append(Entity("EFFECT", text[a:b], a, b, page, None, "model"))
        entities += sorted(found, key=lambda e: e.start)
    return entities


def tag_document(doc: ReadDocument, records: Optional[Records] = None) -> tuple[list[Entity], list[Fact]]:
    """Entities (offsets into each page's text, source rule/model) and facts of a document.

    `records` are what the typed extractors found in it (`extract.typed.extract_records`);
    they are extracted here when not given."""
    from models.facts import find_facts

    if records is None:
        from extract.typed import extract_records

        records = extract_records(doc)
    pages = [(p.number, p.text) for p in doc.pages]
    entities = tag_pages(pages, records)
    facts = find_facts(pages, entities)
    return entities, facts
