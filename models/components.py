"""Pipeline components registered for models/config.cfg."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import models.compounds  # noqa: F401  (registers arkivar_compounds)
import models.names  # noqa: F401  (registers arkivar_names)
from models.context import at_start, text_of
from models.gazetteers import common_word_places, places, read_organisations
from models.norm import normalise
from models.names.words import COPULAS, NAME_LABELS, PLACE_NOUNS
from models.patterns import build_patterns, effect_patterns

DATA = Path(__file__).parent / "data"

if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)


@Language.factory("arkivar_rules", default_config={"organisations": "organisations.txt",
                                                   "places": "kommuner.tsv", "programmes": "programmes.txt"})
def create_rules(nlp: Language, name: str, organisations: str, places: str, programmes: str) -> EntityRuler:
    """An EntityRuler with the rule patterns and the ORG/GPE/PROJECT gazetteers from models/data."""
    ruler = EntityRuler(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=True)
    ruler.add_patterns(build_patterns(DATA, organisations, places))
    ruler.add_patterns(programme_patterns(nlp, read_organisations(DATA / programmes)))
    return ruler


def programme_patterns(nlp: Language, names: dict[str, str]) -> list[dict]:
    """Token patterns for the programme gazetteer: any case, but not a lower-case first word
    ("0-24-samarbeidet", which starts with a figure, in any case)."""
    split = nlp.get_pipe("arkivar_compounds") if "arkivar_compounds" in nlp.pipe_names else (lambda doc: doc)
    out = []
    for name in names:
        words = [t.text.lower() for t in split(nlp.make_doc(name))]
        first = {"LOWER": words[0], "IS_LOWER": False} if words[0][0].isalpha() else {"LOWER": words[0]}
        pattern = [first] + [{"LOWER": w} for w in words[1:]]
        out.append({"label": "PROJECT", "pattern": pattern})
    return out


def _trimmed(doc: Doc, ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    if ent.ent_id_.startswith("trim:"):
        _, left, right = ent.ent_id_.split(":")
        start, end = start + int(left), end - int(right)
    while start < end and (doc[start].is_space or doc[start].text in "«("):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in "»),"):
        end -= 1
    return Span(doc, start, end, label=ent.label_) if end > start else None


STATUS_COPULAS = COPULAS | {"nå", "fortsatt", "framleis", "fremdeles"}


def _status_in_prose(ent: Span) -> bool:
    """"En strategi er under planlegging": a sentence says how far something has come; a status
    value is a table cell, a ticked box or a "Status:" label."""
    return ent.label_ == "STATUS" and ent.start > 0 and ent.doc[ent.start - 1].lower_ in STATUS_COPULAS


def is_common_word(ent: Span) -> bool:
    """A GPE that is also an ordinary word ("Fjell", "Time"), at a sentence or line start without
    "kommune"/"fylke" after it, or as a form's field label ("Stad: Quality Straand Hotel"): the word,
    not the place; a dateline ("Kirkenes, 05.06.2019") names the place."""
    if ent.label_ != "GPE":
        return False
    name = ent.text[:-1] if ent.text not in common_word_places() and ent.text.endswith("s") else ent.text
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if name not in common_word_places():
        return False
    doc = ent.doc
    if following in {",", "og"} and ent.end + 1 < len(doc) and doc[ent.end + 1].text in places():
        return False  # "Lund, Sokndal og Eigersund": a list of places
    if following == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isdigit() \
            and at_start(text_of(doc), ent.start_char):
        return False  # "Kirkenes, 05.06.2019": a letter's or minutes' dateline
    return following == ":" or (at_start(text_of(doc), ent.start_char) and following not in PLACE_NOUNS)


@Language.component("arkivar_norm")
def norm_component(doc: Doc) -> Doc:
    """Drop _SKIP spans and common words read as places, trim context tokens, set `span._.norm`."""
    kept = [s for ent in doc.ents if ent.label_ != "_SKIP" and (s := _trimmed(doc, ent)) is not None
            and not is_common_word(s) and not _status_in_prose(s)]
    doc.ents = filter_spans(kept)
    for ent in doc.ents:
        ent._.norm = normalise(ent.label_, ent.text)
    return doc


# Finite verbs that make a phrase a clause about something, not an expected effect.
CLAUSE_VERBS = {"bidrar", "bidro", "bidratt", "skyldes", "skyldtes", "innebærer", "medfører", "medførte", "betyr",
                "førte", "viser", "viste", "trekker", "ga", "har", "hadde"}


@Language.factory("arkivar_effects")
def create_effects(nlp: Language, name: str):
    """EFFECT phrases ("Økt egenmestring", "Færre brukere …"), after the names: a phrase that holds
    an organisation, place or project ("Økt kompetanse i NAV" as a listing's title) is a title,
    not an effect statement, and the name stays. Dates, amounts and percentages inside an
    effect statement belong to it."""
    matcher = Matcher(nlp.vocab)
    matcher.add("EFFECT", [p["pattern"] for p in effect_patterns()])

    def effects(doc: Doc) -> Doc:
        ents = list(doc.ents)
        added = []
        for span in filter_spans([Span(doc, s, e, label="EFFECT") for _, s, e in matcher(doc)]):
            before = doc[span.start - 1] if span.start else None
            if before is not None and before.is_digit and not before.whitespace_:
                continue  # "120Økt egenandel …": a numbered budget line, not an effect statement
            if before is not None and before.text == "«":
                continue  # «Bedre bo- og levekår for …»: a quoted name or goal, not an effect statement
            if any(e.label_ == "MONEY" and span.start <= e.start < span.end for e in ents):
                continue  # "Reduksjon omstillingsmidler kr 2,0 mill": a budget line, not an effect statement
            if any(t.lower_ in CLAUSE_VERBS for t in span[1:]):
                continue  # "Lavere kostnadsvekst bidrar isolert sett til …": a statement of cause, not an effect
            clashes = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(e.label_ in NAME_LABELS or e.label_ == "STATUS" for e in clashes):
                continue
            ents = [e for e in ents if e not in clashes]
            span._.norm = normalise("EFFECT", span.text)
            added.append(span)
        doc.ents = sorted(ents + added, key=lambda e: e.start)
        return doc

    return effects
