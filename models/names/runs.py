"""PROJECT (and ORG, GPE) names written in capitals: title-case runs and names after a project noun.

* "God Helse Hjemme", "Leve HELE LIVET", "Nasjonalt Program for Velferdsteknologi": three or
  more capitalised words in a row ("for/og/i/av" allowed between them), or two with a
  connector. An ORG when a word is an institution word or the run ends in a company form,
  a GPE with a compass word ("Breisås Sør"), otherwise a PROJECT. Two capitalised words
  alone ("Gunleik Smedstad", "Måloppnåelse Hovedmålet") are more often a person or a
  heading run into a sentence than a project, and are left alone.
* "kompetanseprosjektet God helse for alle": the capitalised name after a project noun
  ("Forprosjekt Lampeland sentrum": also a place and its noun).
* "PROSJEKTPLAN for Etablering av knutepunkt og pilot", "Prosjektplan. Mellom linjene.": the title
  a project document gives its project; "BOLIGSOSIALT UTVIKLINGSPROGRAM": a programme in capitals.
* "Familieprosjektet", "TAFU-prosjektet": a definite project compound.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from models.context import at_start, text_of
from models.dictionary import common_word
from models.names.words import (
    COMPANY_FORMS, COMPASS, CONNECTORS, DEFINITE_SUFFIX, DOCUMENT_WORD, FUNCTION_WORDS, GENERIC_PROJECT_PARTS,
    HEADING_WORDS, INDEFINITE_SUFFIX, INSTITUTION_HEADS, INSTITUTION_NOUNS, JOB_TITLE, NAME_END, NAME_VERBS,
    NATURAL_PLACE, NOT_NAME_WORDS, PHASE_WORDS, PLACE_REGION, PROJECT_NOUN, SHORT_STREET, STREET, UNIT_LEADS, UNIT_NOUNS, capitalised,
    entity_tokens, is_first_name,
)

MAX_RUN = 8
TRAILING_KIND = re.compile(r"-?(prosjekt|prosjektet|program|programmet)$")
MAX_NAME_AFTER_NOUN = 8
# Words that open a clause or point back, never inside a name: "Skjerstadfjorden om dette arbeidet".
CLAUSE_WORDS = {"det", "den", "dette", "denne", "disse", "de", "dei", "at", "når", "hvis", "dersom", "mens", "fordi",
                "også", "ikke", "så"}


def title_runs(doc: Doc, blocked: list[bool], found: list[Span] = ()) -> list[Span]:
    """Runs of capitalised words as names (see the module docstring). A run never takes in a
    span already found; at a sentence start the second word must be capitalised too
    ("Søknad til Bufdir" is a sentence, not a name). Spans `found` already count as taken."""
    taken = entity_tokens(doc)
    for span in found:
        for k in range(span.start, span.end):
            taken[k] = True
    stop = [b or t for b, t in zip(blocked, taken)]
    out, i, n = [], 0, len(doc)
    text = text_of(doc)
    while i < n:
        if stop[i] or not capitalised(doc[i]) or doc[i].lower_ in NOT_NAME_WORDS:
            i += 1
            continue
        end, caps = i + 1, 1
        while end < n and end - i < MAX_RUN and not stop[end]:
            tok = doc[end]
            if capitalised(tok) and tok.lower_ not in NOT_NAME_WORDS:
                if DOCUMENT_WORD.match(tok.text):
                    break  # "Fylkesutvalg Rapport 2. tertial": a document's title follows the name
                if end + 1 < n and doc[end + 1].text == ":":
                    break  # "Prosjektleder: Glenny Jelstad Programstart: November 2010": a form's next label
                end, caps = end + 1, caps + 1
            elif tok.lower_ in CONNECTORS and end + 1 < n and capitalised(doc[end + 1]) and not stop[end + 1]:
                end += 1
            else:
                break
        if end < n and stop[end] and end - 2 > i and doc[end - 2].lower_ in CONNECTORS:
            end, caps = end - 2, caps - 1  # "Magma Geopark og Norsk" + "Bergverksmuseum": the last word opens the next name
        start = i
        if doc[i].lower_ in HEADING_WORDS or DOCUMENT_WORD.match(doc[i].text) and doc[i].is_title:
            start, caps = i + 1, caps - 1  # "Prosjekt …", "Sluttrapport Forprosjekt DigiRogland": the label is no name
        i = end
        kind = end - start > 2 and TRAILING_KIND.search(doc[end - 1].lower_)
        if kind:  # "Historiske Skjelfjord Bolyst-prosjekt": a project's name, then what kind it is
            end, caps = end - 1, caps - 1
        if caps < 2 or start >= end:
            continue
        if kind and not any(is_first_name(t.text) for t in doc[start:end]) \
                and not all(t.is_upper for t in doc[start:end] if t.is_alpha) and doc[end - 1].lower_ not in CONNECTORS:
            out.append(Span(doc, start, end, label="PROJECT"))
            continue
        span = _run_span(doc, text, start, end, caps)
        if span is not None:
            out.append(_with_place_before(doc, span))
    return out


def _with_place_before(doc: Doc, span: Span) -> Span:
    """"Lister Pedagogisk Psykologiske Tjeneste": a place just before a unit's name on its line
    belongs to the name."""
    k = span.start - 1
    if span.label_ != "ORG" or k < 0 or doc[k].ent_type_ != "GPE" or doc[k].whitespace_ != " ":
        return span
    while doc[k].ent_iob_ == "I":
        k -= 1
    return Span(doc, k, span.end, label="ORG")


def _run_span(doc: Doc, text: str, start: int, end: int, caps: int) -> Span | None:
    words = doc[start:end]
    capitals = [t.lower_ for t in words if capitalised(t)]
    if all(t.is_upper for t in words if t.is_alpha) or any(is_first_name(t.text) or JOB_TITLE.match(t.text)
                                                           for t in words):
        return None  # a heading in capitals, or a person ("Glenny Jelstad Arkiv", "Lennarth Kvernmo Næringssjef")
    shapes = [t.is_upper and len(t) > 1 for t in words if t.is_alpha and t.lower_ not in CONNECTORS]
    if any(shapes) and not shapes[-1] and sum(shapes) >= 2:
        return None  # "SOSIAL OG OMSORG Møtedato": a heading in capitals run into the next line's word
    if at_start(text, words[0].idx) and not capitalised(words[1]):
        return None
    if len(set(capitals)) < caps or _title_case_line(text, words):
        return None  # "Bokslut Bokslut Budget", "Aktivitet Status": table header cells, not a name
    if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and doc[end].lower_ not in NAME_END | CONNECTORS:
        return None  # "Strategiplan Sunn mat i ...": a sentence-case name cut short; its end is unknown
    connectors = [k for k, t in enumerate(words) if t.lower_ in CONNECTORS]
    if connectors and connectors[0] < 2 and caps < 3:
        if len(words) == 3 and words[1].lower_ == "og" and not at_start(text, words[0].idx) \
                and all(t.is_title and t.is_alpha and not _plural(t) and not PROJECT_COMPOUND.match(t.text)
                        and not NATURAL_PLACE.match(t.text) and not STREET.match(t.lower_)
                        and not PLACE_REGION.match(t.text) and common_word(t.text)
                        for t in (words[0], words[2])):  # not "Familieprosjektet og Kvalitetsløftet", "Moen og Øya"
            # "Individ og Levekår", "Helse og Omsorg": a unit named by two common words (not two farms,
            # "Nordby og Kvernstad", or two partners, "Berntsen og Moen")
            return Span(doc, start, end, label="ORG")
        return None  # "Budsjettramme for Helse": one capital, then a connector
    last = capitals[-1]
    heads = INSTITUTION_HEADS | INSTITUTION_NOUNS | UNIT_LEADS
    if any(c in heads for c in capitals) or DEFINITE_SUFFIX.match(last) or INDEFINITE_SUFFIX.match(last) \
            or last in UNIT_NOUNS or words[-1].text in COMPANY_FORMS:  # "Pedagogisk Psykologiske Tjeneste"
        return Span(doc, start, end, label="ORG")
    if capitals[0] in COMPASS or capitals[-1] in COMPASS:
        return Span(doc, start, end, label="GPE")
    if STREET.match(last) or SHORT_STREET.match(words[-1].text):
        return None  # "Nedre Elnesvågveg": a street, see place_spans
    if caps < 3 and not connectors:
        return None  # "Gunleik Smedstad", "Måloppnåelse Hovedmålet": a person or a heading, not a project
    if start > 0 and doc[start - 1].like_num and doc[start - 1].whitespace_:
        return None  # "prosjektleder for Fjell 2020 Parminder Kaur Bisal": a person after a name that ends in a year
    return Span(doc, start, end, label="PROJECT")


def _plural(token) -> bool:
    """"Småbyer", "Tettsteder": a plural noun heads a topic, not a unit ("Senter" is no plural)."""
    return token.lower_.endswith("er") and not token.lower_.endswith(("senter", "center"))


def _title_case_line(text: str, words: Span) -> bool:
    """Is the run's line made of capitalised words and figures only (a header row), and not
    a "Prosjekt X" heading?"""
    start = text.rfind("\n", 0, words.start_char) + 1
    end = text.find("\n", words.end_char)
    line = text[start:end if end >= 0 else len(text)]
    tokens = [w for w in re.split(r"\s+", line) if any(ch.isalpha() for ch in w)]
    if len(tokens) < 2 or tokens[0].lower().rstrip(":") in HEADING_WORDS:
        return False
    return all(w[0].isupper() for w in tokens) and len(tokens) > len(words)


# A name may open with one of these ("prosjektet Mellom linjene", "satsingen Med hjerte for Hamar").
TITLE_OPENERS = {"mellom", "med", "over", "etter", "gjennom", "blant", "uten", "fra", "mot", "alle"}


def _title_opener(doc: Doc, i: int) -> bool:
    """"Mellom linjene": a capitalised preposition opens a name when a lower-case word follows."""
    return doc[i].lower_ in TITLE_OPENERS and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower


def named_after_project_noun(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"kompetanseprosjektet God helse for alle": the capitalised name after a project noun.

    The name runs to punctuation, a line end, a verb or relative word, or a capital that
    starts a new sentence whose period is missing; a dash joins a second part
    ("prosjektet Felles bruker – felles innsats")."""
    out = []
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        camel = capitalised(nxt) and not nxt.is_upper  # "Forprosjekt DigiRogland"
        # "prosjektet BOLIGLØFT"; after "programmet" a name in capitals is a grant scheme ("FARVE")
        shouted = nxt.is_upper and nxt.is_alpha and len(nxt) >= 4 and not token.is_upper and "prosjekt" in token.lower_
        # "prosjektet IKT Drift", "Prosjekt IKT Strategi og Utvikling": an acronym opens a title-case name
        acronym_led = nxt.is_upper and nxt.is_alpha and 2 <= len(nxt) <= 5 and nxt.i + 1 < len(doc) \
            and doc[nxt.i + 1].is_title and not doc[nxt.i + 1].ent_type_ and not token.is_upper
        shouted = shouted and not acronym_led
        if not PROJECT_NOUN.match(token.text) or not (nxt.is_title or camel or shouted or acronym_led) \
                or blocked[nxt.i] \
                or (nxt.ent_type_ and not _place_and_noun(doc, nxt.i)) \
                or (nxt.lower_ in FUNCTION_WORDS and not _title_opener(doc, nxt.i)) \
                or nxt.lower_ in NOT_NAME_WORDS - FUNCTION_WORDS \
                or is_first_name(nxt.text) or PROJECT_NOUN.match(nxt.text) \
                or nxt.lower_ in PHASE_WORDS:  # "Byregionsprogrammet Fase II": a phase, not a name
            continue
        if shouted:
            out.append(Span(doc, nxt.i, nxt.i + 1, label="PROJECT"))
            continue
        first = token.i if _named_noun(token) else nxt.i  # "Områdeprogram Saupstad-Kolstad": the noun is in the name
        if nxt.ent_type_:  # the place and its noun, nothing more
            out.append(Span(doc, first, nxt.i + 2, label="PROJECT"))
            continue
        end = nxt.i + 1
        while (nxt.is_title or acronym_led) and end < len(doc) and end - nxt.i < MAX_NAME_AFTER_NOUN \
                and not blocked[end] \
                and not doc[end].is_space:  # a camel-case name ("DigiRogland") is one word
            tok = doc[end]
            if tok.text in "–-" and end + 1 < len(doc) and doc[end + 1].is_alpha and not blocked[end + 1]:
                end += 2
                continue
            if tok.lower_ == "og" and end + 1 < len(doc) and PROJECT_NOUN.match(doc[end + 1].text):
                break  # "Forprosjekt Utdanning og Forstudie Sentrumsutvikling": two projects
            if tok.lower_ == "og" and end + 2 <= len(doc) and _last_lower_word(doc, end + 1) and not blocked[end + 1]:
                end += 2  # "prosjekt Administrasjon og ledelse.": one lower-case word after "og" ends the name
                break
            if tok.lower_ == "og" and doc[end - 1].text.endswith("-") and end + 1 < len(doc) \
                    and doc[end + 1].is_alpha and not blocked[end + 1]:
                end += 2  # "innovasjonsprosjektet Varslings- og lokaliseringsteknologi"
                continue
            if tok.is_punct or tok.lower_ in CLAUSE_WORDS or tok.lower_ in NAME_VERBS or (
                    tok.lower_ in NAME_END and not (
                        tok.lower_ in CONNECTORS and end + 1 < len(doc) and capitalised(doc[end + 1]))):
                break  # "Skjerstadfjorden om dette arbeidet": a function word ends the name
            if capitalised(tok) and not capitalised(doc[end - 1]) and doc[end - 1].lower_ not in CONNECTORS:
                break  # "delprosjektet Under 18 Funnene som ...": a new sentence without its period
            if DOCUMENT_WORD.match(tok.text):
                break  # "Prosjektet Frisklivsdosetten Statusrapport 01.07.2014": the document's title
            if tok.is_lower and tok.is_alpha and tok.lower_ not in CONNECTORS and end - nxt.i >= 2 \
                    and all(capitalised(t) for t in doc[nxt.i:end]):
                break  # "Prosjektet Likestilt Arbeidsliv utvikler …": a name in title case ends at a lower-case word
            end += 1
        while end > nxt.i + 1 and doc[end - 1].lower_ in CONNECTORS:
            end -= 1
        end = _as_phrase_end(doc, end)
        out.append(Span(doc, first, end, label="PROJECT"))
    return out


MAX_AS_WORDS = 3
VERB_ENDINGS = ("es", "er", "te", "de", "et")
NOT_AS_WORDS = FUNCTION_WORDS | NAME_VERBS | NAME_END  # a pronoun, an adverb or a verb: a clause, not a name


def _as_phrase_end(doc: Doc, end: int) -> int:
    """"prosjektet Byen som regional motor.": "som" and up to three plain words that close the sentence belong to
    the name (no verb, pronoun or adverb among them)."""
    if end >= len(doc) or doc[end].lower_ != "som":
        return end
    k = end + 1
    while k < len(doc) and k - end <= MAX_AS_WORDS and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].lower_ not in NOT_AS_WORDS and not doc[k].lower_.endswith(VERB_ENDINGS):
        k += 1
    closed = k < len(doc) and doc[k].text in {".", "!", "?", ";"} or k == len(doc)
    return k if k > end + 1 and closed else end


def _last_lower_word(doc: Doc, i: int) -> bool:
    """Is token `i` a lower-case word that a punctuation mark, a line end or the text's end follows?"""
    if i >= len(doc) or not doc[i].is_lower or not doc[i].is_alpha or doc[i].lower_ in NAME_END:
        return False
    return i + 1 == len(doc) or doc[i + 1].is_punct or doc[i + 1].is_space or "\n" in doc[i].whitespace_ \
        or doc[i + 1].lower_ in NAME_VERBS


def _named_noun(token) -> bool:
    """A capitalised project noun whose first part says which ("Områdeprogram", "Miljøoppfølgingsprogram"), not
    what kind ("Forprosjekt", "Pilotprosjektet", "Prosjektet")."""
    match = PROJECT_NOUN.match(token.text)
    prefix = token.text[:match.start(1)].lower().rstrip("s-") if match else ""
    return token.is_title and len(prefix) >= 4 and prefix not in GENERIC_PROJECT_PARTS \
        and prefix + "s" not in GENERIC_PROJECT_PARTS


# A project's own document names it in its title: "PROSJEKTPLAN for Etablering av knutepunkt og pilot",
# "Prosjektplan. Mellom linjene. Et samhandlingsprosjekt ...".
PROJECT_DOCUMENT = re.compile(r"^((del|for)?prosjekt(plan|beskrivelse|rapport|skisse|søknad)|sluttrapport)$", re.I)
TITLE_VERBS = {"er", "var", "ble", "blir", "har", "hadde", "skal", "skulle", "vil", "kan", "som", "der", "hvor"}


SEPARATORS = {"for", ".", ":", "–", "-"}


def named_in_project_document(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The title a project document gives its project: after "Prosjektplan for", "Prosjektplan.",
    "Sluttrapport:", "Sluttrapport Trygg oppvekst", up to the title's end (punctuation, a line end, a
    verb, or a capital that starts the next heading)."""
    out = []
    for tok in doc[:-2]:
        if not tok.text[:1].isupper() or not PROJECT_DOCUMENT.match(tok.text):
            continue
        sep = doc[tok.i + 1]
        # "Sluttrapport Trygg oppvekst"; not a page header in capitals ("15 SLUTTRAPPORT Topptung forankring gir")
        direct = sep.lower_ not in SEPARATORS and sep.is_title and tok.whitespace_ == " " and tok.is_title
        first = sep if direct else doc[tok.i + 2]
        if sep.lower_ not in SEPARATORS and not direct or not first.is_title or blocked[first.i] \
                or first.ent_type_ or is_first_name(first.text) or PROJECT_NOUN.match(first.text) \
                or first.lower_ in NOT_NAME_WORDS - FUNCTION_WORDS:
            continue  # "Sluttrapport. Forprosjekt DigiRogland": the name follows the project noun
        end = first.i + 1
        while end < len(doc) and end - first.i < MAX_NAME_AFTER_NOUN and not blocked[end] and not doc[end].ent_type_:
            cur, prev = doc[end], doc[end - 1]
            if cur.is_punct or cur.is_space or cur.like_num \
                    or cur.lower_ in TITLE_VERBS | NAME_VERBS | NOT_NAME_WORDS - CONNECTORS \
                    or PROJECT_DOCUMENT.match(cur.text) or DOCUMENT_WORD.match(cur.text):
                break
            if capitalised(cur) and not capitalised(prev) and prev.lower_ not in CONNECTORS:
                break  # "... og pilot Kort beskrivelse av prosjektet": the next heading
            end += 1
        while end > first.i + 1 and doc[end - 1].lower_ in CONNECTORS:
            end -= 1
        if end - first.i >= 2:
            out.append(Span(doc, first.i, end, label="PROJECT"))
    return out


# Not "HANDLINGSPROGRAM": a handlingsprogram is a plan.
UPPER_PROGRAMME = re.compile(r"^(?!HANDLINGS|ARBEIDS)[A-ZÆØÅ]{3,}(PROGRAM|PROGRAMMET|PROSJEKT|PROSJEKTET)$")


def upper_case_programmes(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"BOLIGSOSIALT UTVIKLINGSPROGRAM" in an upper-case title: a programme or project compound
    in capitals with the capitalised words before it (not "KONFERANSE OM PROSJEKTET")."""
    out = []
    for tok in doc:
        if not UPPER_PROGRAMME.match(tok.text) or blocked[tok.i] or tok.ent_type_:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 4:
            prev = doc[start - 1]
            if not (prev.is_upper and prev.is_alpha and len(prev) > 2) or blocked[start - 1] or prev.ent_type_ \
                    or prev.lower_ in NOT_NAME_WORDS or PROJECT_DOCUMENT.match(prev.text):
                break
            start -= 1
        if start < tok.i:
            out.append(Span(doc, start, tok.i + 1, label="PROJECT"))
    return out


def _place_and_noun(doc: Doc, i: int) -> bool:
    """"Forprosjekt Lampeland sentrum": a one-word place, then a common noun, names the project."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ == "B" and nxt is not None and nxt.ent_iob_ != "I" \
        and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in NAME_END | NOT_NAME_WORDS | FUNCTION_WORDS \
        and len(nxt) > 3


# "Familieprosjektet", "Trøndelagsløftet", "Tillitsreformen", "Egenberedskapskampanjen": one project, programme,
# reform or campaign.
PROJECT_COMPOUND = re.compile(r"^(?P<part>[A-ZÆØÅ][\w-]{2,}?)-?(prosjektet|prosjektets|løftet|løftets|reformen|"
                              r"reformens|kampanjen|kampanjens|satsingen|satsinga|satsningen|satsingens)$")
# "Hovedsatsingen", "Fellessatsingen": what kind of programme, not its name.
GENERIC_PROGRAMME_PARTS = {"hoved", "stor", "ny", "felles", "sær", "del", "sats", "nasjonal", "regional", "kommunal"}
# "Grønnsats-ordninga", "Grønnsats-ordningen": a named grant scheme, its name joined to "ordning" by a hyphen
# ("Tilskuddsordningen", one word, says only what kind)
NAMED_SCHEME = re.compile(r"^(?P<part>[A-ZÆØÅ][A-Za-zÆØÅæøå]{2,})-(ordninga|ordningen|ordningens|ordningane|ordning)$")
# "0–24-prosjektet", "0-24-programmet": an age range names the national 0–24 cooperation's projects.
AGE_RANGE_PROJECT = re.compile(r"^\d{1,2}[–-]\d{1,2}-(prosjektet|prosjekt|programmet|samarbeidet)s?$")


def _generic_programme(part: str) -> bool:
    part = part.lower().rstrip("-")
    return part in GENERIC_PROGRAMME_PARTS or part.endswith("s") and part[:-1] in GENERIC_PROGRAMME_PARTS


def project_compounds(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Familieprosjektet", "TAFU-prosjektet": a capitalised definite project compound names one
    project, unless its first part only says what kind ("Pilotprosjektet", "Delprosjektet"); a grant scheme's
    name joined to "ordning" by a hyphen too ("Grønnsats-ordninga")."""
    out = []
    for tok in doc:
        match = PROJECT_COMPOUND.match(tok.text)
        generic = match and (match[2].startswith("prosjekt") and match["part"].lower().rstrip("-") in GENERIC_PROJECT_PARTS
                             or match[2].startswith("sats") and _generic_programme(match["part"]))
        scheme = NAMED_SCHEME.match(tok.text)
        if scheme and common_word(scheme["part"]):
            scheme = None  # "Tilskudds-ordningen", "Støtte-ordninga": a kind of scheme
        if (match and not generic or scheme or AGE_RANGE_PROJECT.match(tok.text)) and not blocked[tok.i]:
            out.append(Span(doc, tok.i, tok.i + 1, label="PROJECT"))
        elif tok.lower_ in {"prosjektet", "prosjektets"} and tok.i >= 2 and doc[tok.i - 1].text == "-" \
                and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].is_upper \
                and len(doc[tok.i - 2]) >= 2 and not blocked[tok.i - 2] and doc[tok.i - 2].ent_type_ != "ORG":
            out.append(Span(doc, tok.i - 2, tok.i + 1, label="PROJECT"))  # split by models/compounds.py
            # "EU-prosjektet", "KS-prosjektet": a known body's project; the body is the entity
    return out
