"""Split a known name off a hyphenated compound: "Nav-kontorene" -> "Nav" "-" "kontorene",
"NAV-Veileder" -> "NAV" "-" "Veileder".

Writers glue organisation and place names to common nouns ("Nav-kontorene",
"Stavanger-modellen"); the name inside is still the entity (corpus/annotations/README.md:
"KS-konsulenter" -> KS). The tokenizer already splits all-capital acronyms this way; this
component, first in the pipeline, does it for the title-case names the gazetteers know.
It also splits the sentence's period off a week number ("i uke 43." -> "43" ".") and off a
house number that ends a sentence ("i Rådhusvegen 13." -> "13" "."), which the tokenizer keeps
as an ordinal ("1. juni"), and off "kr." after an amount when a new sentence follows.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from models.gazetteers import organisations, places
from models.names.words import NATURAL_PLACE, SHORT_STREET, SQUARES, STREET, STREET_WORDS
from models.patterns import SCALE

_COMPOUND = re.compile(r"^([A-ZÆØÅ][a-zæøå]+)-([a-zæøå]{2,}\w*)$")
# "NAV-Veileder": the tokenizer splits an acronym only off a lower-case part ("NAV-veileder")
_ACRONYM_TITLE = re.compile(r"^([A-ZÆØÅ]{2,})-([A-ZÆØÅ][a-zæøå]{2,})$")
# "Ft-sak", "Fråd-sak", "SR-SAK": a body's short name before a case word (see names.cues.case_bodies)
_CASE_PREFIX = re.compile(r"^([A-ZÆØÅ][A-Za-zæøå]{0,4})-(sak|SAK|Sak|referat|REFERAT)$")
_ORG_COMPOUND = re.compile(r"^([A-ZÆØÅ][A-Za-zÆØÅæøå]*[A-ZÆØÅ][A-Za-zÆØÅæøå]*)-([a-zæøå]{2,}\w*)$")  # "PwC-rapport"
_WEEK_END = re.compile(r"^\d{1,2}\.$")
_HOUSE_NUMBER_END = re.compile(r"^\d{1,4}[A-Za-z]?\.$")
WEEK_WORDS = {"uke", "veke"}
REGION_WORDS = {"regionen", "region", "området", "regionens", "områdets"}  # "Tromsø-regionen" is one place (models/names/units.py)


@Language.component("arkivar_compounds")
def split_compounds(doc: Doc) -> Doc:
    targets = []
    for token in doc:
        m = _COMPOUND.match(token.text)
        if m and (m.group(1) in organisations() or m.group(1) in places() or NATURAL_PLACE.match(m.group(1))) \
                and m.group(2) not in REGION_WORDS:  # "NAV-kontoret", "Esefjord-bru"
            targets.append((token, [m.group(1), "-", m.group(2)]))
        elif (m := _ORG_COMPOUND.match(token.text)) and m.group(1) in organisations():
            targets.append((token, [m.group(1), "-", m.group(2)]))  # "PwC-rapport"
        elif (m := _ACRONYM_TITLE.match(token.text)) and m.group(1) in organisations() \
                and m.group(2) not in places() and m.group(2) not in organisations():
            targets.append((token, [m.group(1), "-", m.group(2)]))  # "NAV-Veileder"; not "NAV-Drammen"
        elif m := _CASE_PREFIX.match(token.text):
            targets.append((token, [m.group(1), "-", m.group(2)]))
        elif _WEEK_END.match(token.text) and token.i > 0 and doc[token.i - 1].lower_ in WEEK_WORDS:
            targets.append((token, [token.text[:-1], "."]))
        elif _HOUSE_NUMBER_END.match(token.text) and token.i > 0 and _is_street(doc[token.i - 1].text) \
                and (token.i + 1 == len(doc) or not doc[token.i + 1].is_lower):
            targets.append((token, [token.text[:-1], "."]))  # "Torget 10.", not "Storgata 1. etasje"
        elif token.lower_ == "kr." and token.i > 0 and (doc[token.i - 1].like_num or doc[token.i - 1].lower_ in SCALE) \
                and (token.i + 1 == len(doc) or doc[token.i + 1].text[:1].isupper() or doc[token.i + 1].is_space):
            targets.append((token, [token.text[:-1], "."]))  # "… 500 kr. Neste": the period ends the sentence
    if targets:
        with doc.retokenize() as retokenizer:
            for token, parts in targets:
                retokenizer.split(token, parts, heads=[(token, k) for k in range(len(parts))])
    return doc


def _is_street(word: str) -> bool:
    return bool(STREET.match(word.lower()) or SHORT_STREET.match(word)) or word in SQUARES or word.lower() in STREET_WORDS
