"""ORG and PROJECT names no list can hold, found by how Norwegian writes names.

Norwegian capitalises names but not common nouns, so a capital away from the start of a
sentence marks a name, and the name's head word says what kind it is. The component
`arkivar_names` (after the rule ruler and `arkivar_norm`) adds:

* acronym definitions, both ways round: "RVTS (Regionalt ressurscenter om vold, ...)" and
  "Regionalt kunnskapssenter for barn og unge (RKBU)". The long form is found with the
  Schwartz & Hearst (2003) algorithm; it is an ORG when its words name an institution
  (or the acronym is a known ORG), a PROJECT when they name a project or programme.
  The acronym then gets the same label everywhere in the text.
* institutions: "Kleppe skole", "Kleppstø ungdomsskole" (a capitalised word and an
  institution noun), "Pårørendesenteret", "Helsehuset" (one capitalised compound ending in
  an institution word; at a sentence start only when the text also writes it capitalised
  elsewhere), and an ORG directly followed by a place is one name ("Helsehuset Stavanger").
* title-case runs: "God Helse Hjemme", "Leve HELE LIVET", "Nasjonalt Program for
  Velferdsteknologi" (two or more capitalised words, "for/og/i/av" allowed between them):
  an ORG when the last word is an institution word or a company form ("... AS", "... HF"),
  a GPE with a compass word ("Breisås Sør"), otherwise a PROJECT; runs that begin with a
  person's first name (models/data/first_names.txt) are left alone.
* the name after a project noun: "kompetanseprosjektet God helse for alle".
* unit names in sentence case after a mid-sentence capital: "innenfor Helse og omsorg".

Nothing here overrides DATE, MONEY, PERCENT, STATUS or EFFECT spans; a longer name beats a
GPE or ORG inside it ("Kleppe skole" over the place "Kleppe").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from models.context import at_start
from models.gazetteers import organisations, read_list
from models.norm import normalise
from models.patterns import MONTH_FULL

DATA = Path(__file__).parent / "data"
NAME_LABELS = {"ORG", "GPE", "PROJECT"}
INSTITUTION_NOUNS = {
    "skole", "skule", "ungdomsskole", "ungdomsskule", "barneskole", "barneskule", "barnehage", "sykehjem",
    "sjukeheim", "omsorgssenter", "helsestasjon", "legevakt", "sykehus", "sjukehus", "bibliotek", "museum",
    "kulturhus", "idrettslag", "frivilligsentral", "helsesenter", "aktivitetssenter", "menighet",
    "videregående", "universitet", "høgskole", "høyskole", "høgskule",
}
# Definite forms name one unit ("Helsehuset", "Boligkontoret") even at a sentence start, if
# the text also writes them capitalised elsewhere; indefinite forms ("Ressurssenter") only
# away from a sentence start, where a capital can mean nothing else.
DEFINITE_SUFFIX = re.compile(
    r"^[\w-]{3,}(huset|senteret|sentret|sentralen|kontoret|etaten|direktoratet|tilsynet|departementet|nemnda|"
    r"utvalget|styret|skapet|rådet|forbundet|foreningen|stiftelsen|universitetet|sykehuset|sjukehuset|"
    r"instituttet|byrået|skolen|skulen|barnehagen|tjenesten|tenesta|seksjonen|avdelingen)$")
INDEFINITE_SUFFIX = re.compile(
    r"^[\w-]{3,}(senter|sentral|kontor|etat|direktorat|tilsyn|forbund|forening|institutt|byrå|tjeneste|"
    r"seksjon|avdeling)$")
# Words that make a run of capitalised words an institution wherever they stand in it.
INSTITUTION_HEADS = {"region", "bofellesskap", "bofellesskapet", "botilbud", "botilbudet", "omsorgsbolig", "omsorgsboliger",
                     "dagsenter", "dagsenteret", "sykehjemmet", "skolen", "barnehagen"}
ORG_WORDS = re.compile(r"(senter|sentret|senteret|center|institutt|direktorat|tilsyn|forbund|forening|råd$|rådet|"
                       r"etat|kontor|akademi|universitet|høgskole|høyskole|høgskule|sykehus|sjukehus|foretak|byrå|"
                       r"selskap|organisasjon|departement|stiftelse|nettverk|forum|ombud|utvalg|kommune)", re.I)
PROJECT_WORDS = re.compile(r"(prosjekt|program|satsing|satsning|reform|tiltak|pilot)", re.I)
CONNECTORS = {"for", "og", "i", "av", "til", "på", "med", "om", "fra", "&"}
PROJECT_NOUN = re.compile(r"^\w*(prosjekt|prosjektet|programmet|satsingen|satsinga|satsningen|tiltaket|"
                          r"piloten|pilotprosjektet)$", re.I)
NAME_END = {"er", "var", "ble", "blir", "har", "hadde", "skal", "skulle", "vil", "kan", "som", "der", "hvor",
            "ved", "i", "med", "og", "til", "på", "fra", "gjennom", "under", "etter", "innen", "mellom"}
NAMED_THING = re.compile(r"^\w*(modellen|metoden|verktøyet|planen|strategien|rapporten|boka|boken|filmen|kurset)$")
COMPANY_FORMS = {"AS", "ASA", "SA", "BA", "KF", "HF", "IKS", "ANS", "DA", "NUF", "AB"}
COMPASS = {"nord", "sør", "øst", "vest", "nordre", "søndre", "østre", "vestre", "indre", "ytre"}
HEADING_WORDS = {"prosjekt", "program", "prosjektet", "programmet", "delprosjekt", "tiltak"}
WEEKDAYS = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"}
NOT_NAME_WORDS = set(MONTH_FULL) | WEEKDAYS | {"kommune", "kommunes", "fylkeskommune", "fylke"}
MAX_RUN = 8
ABBR = r"[A-ZÆØÅ][A-ZÆØÅ0-9]{1,7}"
_ABBR_THEN_LONG = re.compile(rf"\b({ABBR})[ \u00a0]*\(([A-ZÆØÅ][^()\n]{{4,150}}?)\)")
_LONG_THEN_ABBR = re.compile(rf"\(({ABBR})\)")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    path = DATA / "first_names.txt"
    return frozenset(read_list(path)) if path.exists() else frozenset()


def long_form(short: str, text: str) -> Optional[int]:
    """Where in `text` the long form of `short` starts (Schwartz & Hearst 2003), or None.

    Every letter of the acronym is matched right to left to a character of `text`; the
    first letter must begin a word."""
    s, i = len(short) - 1, len(text) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return max(text.rfind(ws, 0, i + 1) for ws in " \t\u00a0") + 1


def _label_of_long_form(words: str, short: str) -> Optional[str]:
    if PROJECT_WORDS.search(words):
        return "PROJECT"
    if ORG_WORDS.search(words) or short in organisations():
        return "ORG"
    return None


_WORD = re.compile(r"^[A-ZÆØÅ][A-Za-zÆØÅæøåéü0-9]+(-[A-Za-zÆØÅæøåéü0-9]+)*$")


def _capitalised(token: Token) -> bool:
    """A word of two or more letters with a capital first ("Helse", "HELE", "E-Helse"), not "A" or "Enhet/"."""
    return bool(_WORD.match(token.text)) and any(ch.isalpha() for ch in token.text[1:])


def _blocked(doc: Doc) -> list[bool]:
    """Tokens inside a DATE/MONEY/PERCENT/STATUS/EFFECT span: names never take them."""
    out = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            for i in range(ent.start, ent.end):
                out[i] = True
    return out


def acronym_spans(doc: Doc) -> list[Span]:
    """Long forms defined next to an acronym, and every occurrence of those acronyms."""
    text, out, defined = doc.text, [], {}
    for m in _ABBR_THEN_LONG.finditer(text):
        short, words = m.group(1), m.group(2)
        start = long_form(short, words)
        label = _label_of_long_form(words, short)
        if start is None or label is None:
            continue
        span = doc.char_span(m.start(2), m.end(2), label=label, alignment_mode="contract")
        if span is not None:
            out.append(span)
            defined[short] = label
    for m in _LONG_THEN_ABBR.finditer(text):
        short = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 150):m.start()].rstrip()
        start = long_form(short, before)
        if start is None:
            continue
        words = before[start:]
        label = _label_of_long_form(words, short)
        n_words = len(words.split())
        if label is None or n_words < 2 or n_words > len(short) + 5 or not words[:1].isupper():
            continue
        offset = m.start() - len(text[max(line_start, m.start() - 150):m.start()]) + start
        span = doc.char_span(offset, offset + len(words), label=label, alignment_mode="contract")
        if span is not None:
            out.append(span)
            defined[short] = label
    for token in doc:
        if token.text in defined or (token.text.endswith("s") and token.text[:-1] in defined):
            out.append(Span(doc, token.i, token.i + 1, label=defined.get(token.text) or defined[token.text[:-1]]))
    return out


def institution_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Kleppe skole", "Pårørendesenteret", "Helsehuset" (see the module docstring)."""
    text, out = doc.text, []
    mid_sentence = {t.text for t in doc if _capitalised(t) and not at_start(text, t.idx)}
    gpe_tokens = {i for e in doc.ents if e.label_ == "GPE" for i in range(e.start, e.end)}
    for token in doc:
        if blocked[token.i]:
            continue
        if token.lower_ in INSTITUTION_NOUNS and token.i > 0 and token.text.islower():
            start = token.i
            while start > 0 and _capitalised(doc[start - 1]) and not blocked[start - 1] and token.i - start < 3 \
                    and doc[start - 1].text not in first_names():
                start -= 1
                if doc[start].text.endswith("s") and len(doc[start]) > 3:
                    break  # "Simrishamns bibliotek": a genitive owner begins the name
            while start < token.i and doc[start].text in first_names():
                start += 1
            if start < token.i:
                first = doc[start]
                if (not at_start(text, first.idx) or start in gpe_tokens or token.i - start >= 2) \
                        and first.text not in first_names():
                    out.append(Span(doc, start, token.i + 1, label="ORG"))
        elif token.is_title and token.lower_ not in INSTITUTION_NOUNS:
            starts = at_start(text, token.idx)
            if (DEFINITE_SUFFIX.match(token.lower_) and (not starts or token.text in mid_sentence)) \
                    or (INDEFINITE_SUFFIX.match(token.lower_) and not starts):
                out.append(Span(doc, token.i, _for_phrase_end(doc, token.i + 1, blocked), label="ORG"))
    return out


def _for_phrase_end(doc: Doc, i: int, blocked: list[bool]) -> int:
    """End of a unit name's "for ..." part: "Ressurssenter for styrket barnehagetilbud"."""
    if i + 1 >= len(doc) or doc[i].lower_ != "for" or not doc[i + 1].is_lower:
        return i
    end = i + 1
    while end < len(doc) and end - i <= 4 and doc[end].is_alpha and doc[end].is_lower \
            and not blocked[end] and doc[end].lower_ not in NAME_END:
        end += 1
    return end if end > i + 1 else i


def with_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG directly followed by a place on the same line is one name ("NAV Buskerud")."""
    gpe_at = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    out = []
    for span in spans:
        nxt = gpe_at.get(span.end)
        if span.label_ == "ORG" and nxt is not None and doc.text[span.end_char:nxt.start_char] == " ":
            span = Span(doc, span.start, nxt.end, label="ORG")
        out.append(span)
    return out


def title_runs(doc: Doc, blocked: list[bool]) -> list[Span]:
    """Two or more capitalised words in a row ("God Helse Hjemme") as PROJECT or ORG.

    A run never takes in a span already found; at a sentence start the second word must be
    capitalised too ("Søknad til Bufdir" is a sentence, not a name)."""
    blocked = list(blocked)
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            blocked[k] = True
    out, i, n = [], 0, len(doc)
    while i < n:
        if blocked[i] or not _capitalised(doc[i]) or doc[i].lower_ in NOT_NAME_WORDS:
            i += 1
            continue
        end, caps = i + 1, 1
        while end < n and end - i < MAX_RUN and not blocked[end]:
            tok = doc[end]
            if _capitalised(tok) and tok.lower_ not in NOT_NAME_WORDS:
                end, caps = end + 1, caps + 1
            elif tok.lower_ in CONNECTORS and end + 1 < n and _capitalised(doc[end + 1]) and not blocked[end + 1]:
                end += 1
            else:
                break
        run = doc[i:end]
        start = i
        if run[0].lower_ in HEADING_WORDS:
            start, caps = i + 1, caps - 1
        i = end
        if caps < 2 or start >= end:
            continue
        words = doc[start:end]
        if all(t.is_upper for t in words if t.is_alpha) or words[0].text in first_names():
            continue
        if at_start(doc.text, words[0].idx) and not _capitalised(words[1]):
            continue
        if len({t.lower_ for t in words if _capitalised(t)}) < caps or _title_case_line(doc, words):
            continue  # "Bokslut Bokslut Budget", "Aktivitet Status": table header cells, not a name
        if end < n and doc[end].is_alpha and doc[end].is_lower and doc[end].lower_ not in NAME_END | CONNECTORS:
            continue  # "Strategiplan Sunn mat i ...": a sentence-case name cut short; its end is unknown
        head = next((k for k, t in enumerate(words) if t.lower_ in CONNECTORS), len(words))
        if head < 2 and caps < 3:  # "Budsjettramme for Helse": one capital, then a connector
            continue
        capitals = [t.lower_ for t in words if _capitalised(t)]
        last = capitals[-1]
        institution = (last in INSTITUTION_NOUNS or DEFINITE_SUFFIX.match(last) or INDEFINITE_SUFFIX.match(last)
                       or capitals[0] in INSTITUTION_HEADS)
        label = "ORG" if institution or words[-1].text in COMPANY_FORMS else "PROJECT"
        if capitals[0] in COMPASS or capitals[-1] in COMPASS:
            label = "GPE"  # "Breisås Sør": a place
        out.append(Span(doc, start, end, label=label))
    return out


def _title_case_line(doc: Doc, words: Span) -> bool:
    """Is the run's line made of capitalised words and figures only (a header row), and not
    a "Prosjekt X" heading?"""
    text = doc.text
    start = text.rfind("\n", 0, words.start_char) + 1
    end = text.find("\n", words.end_char)
    line = text[start:end if end >= 0 else len(text)]
    tokens = [w for w in re.split(r"\s+", line) if any(ch.isalpha() for ch in w)]
    if len(tokens) < 2 or tokens[0].lower().rstrip(":") in HEADING_WORDS:
        return False
    return all(w[0].isupper() for w in tokens) and len(tokens) > len(words)


def named_after_project_noun(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"kompetanseprosjektet God helse for alle": the capitalised name after a project noun.

    The name runs to punctuation, a line end, a verb or relative word, or a capital that
    starts a new sentence whose period is missing; a dash joins a second part
    ("prosjektet Felles bruker – felles innsats")."""
    out = []
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if not PROJECT_NOUN.match(token.text) or not nxt.is_title or blocked[nxt.i] or nxt.ent_type_ \
                or nxt.lower_ in NOT_NAME_WORDS or nxt.text in first_names():
            continue
        end = nxt.i + 1
        while end < len(doc) and end - nxt.i < 8 and not blocked[end] and not doc[end].is_space:
            tok = doc[end]
            if tok.text in "–-" and end + 1 < len(doc) and doc[end + 1].is_alpha and not blocked[end + 1]:
                end += 2
                continue
            if tok.is_punct or (tok.lower_ in NAME_END and not (
                    tok.lower_ in CONNECTORS and end + 1 < len(doc) and _capitalised(doc[end + 1]))):
                break
            if _capitalised(tok) and not _capitalised(doc[end - 1]) and doc[end - 1].lower_ not in CONNECTORS:
                break  # "delprosjektet Under 18 Funnene som ...": a new sentence without its period
            end += 1
        while end > nxt.i + 1 and doc[end - 1].lower_ in CONNECTORS:
            end -= 1
        out.append(Span(doc, nxt.i, end, label="PROJECT"))
    return out


def sentence_case_units(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"innenfor Helse og omsorg og Individ og levekår": a capital in mid-sentence starts a
    unit name written in sentence case, "X og y", ending at a boundary."""
    out, text = [], doc.text
    for tok in doc[:-2]:
        i = tok.i
        if not tok.is_title or not tok.is_alpha or len(tok) < 4 or blocked[i] or tok.ent_type_ \
                or tok.lower_ in NOT_NAME_WORDS or tok.text in first_names():
            continue
        og, word = doc[i + 1], doc[i + 2]
        if og.lower_ != "og" or not word.is_alpha or not word.is_lower or blocked[i + 2] or word.ent_type_:
            continue
        after = doc[i + 3] if i + 3 < len(doc) else None
        before = doc[i - 1] if i > 0 else None
        in_brackets = before is not None and before.text == "(" and after is not None and after.text == ")"
        if at_start(text, tok.idx) and not in_brackets:
            continue
        if before is not None and (_capitalised(before) or NAMED_THING.match(before.lower_)):
            continue  # "Kommunedelplan Helse og livskvalitet", "modellen Sterk og stødig": titles, methods
        if after is None or after.is_punct or after.is_space or after.lower_ in NAME_END:
            out.append(Span(doc, i, i + 3, label="PROJECT" if PROJECT_WORDS.search(tok.text) else "ORG"))
    return out


def _keep(candidates: Iterable[Span], ents: Iterable[Span]) -> list[Span]:
    """Candidates that replace only name spans, and only ones they contain or outgrow."""
    ents = list(ents)
    kept = []
    for cand in candidates:
        clashes = [e for e in ents if e.start < cand.end and cand.start < e.end]
        if all(e.label_ in NAME_LABELS and len(e) <= len(cand) and cand.start <= e.start and e.end <= cand.end
               for e in clashes):
            kept.append(cand)
    return kept


@Language.component("arkivar_names")
def names_component(doc: Doc) -> Doc:
    blocked = _blocked(doc)
    found = acronym_spans(doc) + institution_spans(doc, blocked)
    found = with_places(doc, filter_spans(found + [e for e in doc.ents if e.label_ == "ORG"]))
    found += title_runs(doc, blocked) + named_after_project_noun(doc, blocked) + sentence_case_units(doc, blocked)
    kept = _keep(filter_spans(found), doc.ents)
    taken = {i for s in kept for i in range(s.start, s.end)}
    doc.ents = filter_spans(kept + [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))])
    for ent in doc.ents:
        if ent._.norm is None:
            ent._.norm = normalise(ent.label_, ent.text)
    return doc
