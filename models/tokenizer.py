"""Tokenizer fixes for Norwegian report prose, registered for the pipeline config.

* "2019." / "400 000." / "10.12.2019." / "29.01.18." / "1.148.600." / "UiA." / "E39." / "2021-06-30." at a sentence end:
  the final period is split off
* "22.august" -> "22." "august" (a day glued to its month); "mill.kroner" -> "mill." "kroner"; "5mill" -> "5" "mill"
* "aug./sept." and "august/september" -> month, "/", month
* "KS-konsulenter", "LIVET-satsingen" -> "KS" "-" "konsulenter" (capitals before a hyphen)
* "2008-loven" -> "2008" "-" "loven" (a year before a hyphen; "1940-tallet" stays one token)
* "-Prosjektleder" (a bullet dash glued to the word) -> "-" "Prosjektleder"
* HTML residue glued to a word ("Velferdsteknologi</i>") is split off
* "Ap." is not kept as an abbreviation: in these texts it is the party ("Gjermund Bjørndal – Ap.")
Amounts written with a space ("1 500") stay two tokens; the MONEY/PERCENT patterns
take a run of digit groups as one number (see patterns.py).
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

SUFFIXES = [r"(?<=\d{3})\.", r"(?<=\.\d{3})\.", r"(?<=\.\d\d)\.", r"(?<=\.\d)\.", r"(?<=[a-zæøå][A-ZÆØÅ])\.",
            r"(?<=^E\d)\.", r"(?<=^E\d\d)\.", r"(?<=^E\d\d\d)\.",  # "E39." (a road)
            r"(?<=\d\d\.\d\d-\d\d)\.",  # "27.04-17."
            r"(?<=\d{4}-\d\d-\d\d)\.",  # "2021-06-30." (an ISO date)
            r"(?<=^\d\d/\d\d)\.", r"(?<=^\d{4}/\d\d)\."]  # "våren 22/23.", "2019/20." (school or budget years)
INFIXES = [
    r"(?<=\d\.)(?=[A-Za-zÆØÅæøå])",  # zero-width: "22.august" -> "22." "august"
    r"(?<=mill\.)(?=[a-zæøå])|(?<=mrd\.)(?=[a-zæøå])",  # zero-width: "8,3 mill.kroner" -> "mill." "kroner"
    r"(?<=[^\s<])(?=</?[a-zA-Z])",  # zero-width: HTML residue "Velferdsteknologi</i>" -> "Velferdsteknologi" "</i" ">"
    r"(?<=[a-zæøå.])/(?=[a-zæøåA-ZÆØÅ])",
    r"(?<=(?:19|20)\d\d)/(?=[a-zæøå])",  # "høsten 2012/våren 2013"
    r"(?<=\d),(?=[a-zæøå]{2})",  # a comma without its space: "av 19.12.2017,men også"
    r"(?<=[A-Za-zÆØÅæøå]):(?=\d)",  # a label glued to its date: "Dato:01.12.2021" -> "Dato" ":" "01.12.2021"
    r"(?<=[A-ZÆØÅ]{2})-(?=[a-zæøå])",
    r"(?<=[a-zæøå]{2})–(?=[A-ZÆØÅ][a-zæøå])",  # an en dash between two names: "Vik–Julbøen" (a stretch of road)
    r"(?<=[12]\d{3})-(?!tallet)(?=[a-zæøå])",  # "2008-loven" -> "2008" "-" "loven"; "1940-tallet" stays
    r"(?<=\d)(?=[A-ZÆØÅ][a-zæøå]{2,})",  # zero-width: budget line numbers "158Helseavdelingen" -> "158" "Helse…"
    r"(?<=\d)(?=(?:mill|mrd|mnok|MNOK|NOK|kr)$)",  # zero-width: "5mill", "12MNOK" -> "5" "mill"
]
# "22.august" and "mill.kroner" look like host names
_NOT_URL_PREFIX = r"(?!\d{1,2}\.[A-Za-zÆØÅæøå])(?!(?:mill|mrd)\.[a-zæøå])"
PREFIXES = [r"-(?=[A-ZÆØÅa-zæøå])", r"•"]
NOT_ABBREVIATIONS = ["Ap."]


@spacy.registry.callbacks("arkivar.tokenizer_fixes.v1")
def create_tokenizer_fixes():
    def fix(nlp: Language) -> Language:
        tokenizer = nlp.tokenizer
        tokenizer.suffix_search = compile_suffix_regex(SUFFIXES + list(nlp.Defaults.suffixes)).search
        tokenizer.infix_finditer = compile_infix_regex(INFIXES + list(nlp.Defaults.infixes)).finditer
        tokenizer.prefix_search = compile_prefix_regex(PREFIXES + list(nlp.Defaults.prefixes)).search
        rules = dict(tokenizer.rules)
        for abbreviation in NOT_ABBREVIATIONS:
            rules.pop(abbreviation, None)
        tokenizer.rules = rules
        url_match = tokenizer.url_match
        if url_match is not None:
            pattern = url_match.__self__  # a compiled regex's .match; keep it serialisable
            body = pattern.pattern
            flags = re.match(r"^\(\?[a-zA-Z]+\)", body)
            head = flags.group(0) if flags else ""
            tokenizer.url_match = re.compile(head + _NOT_URL_PREFIX + body[len(head):], pattern.flags).match
        return nlp

    return fix
