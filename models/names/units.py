"""Organisations and places named by their head word: units, institutions, companies, streets.

* "Kleppe skole", "St. Petri aldershjem": capitalised words and an institution noun; the
  bare name then stands for the institution elsewhere in the text ("Vålandstunet").
* "Pårørendesenteret", "Ressurssenter": one capitalised compound ending in a unit word
  (definite forms at a sentence start only when the text also writes them capitalised
  elsewhere, or for long compounds such as "Byplankontoret").
* "Senter for rusforebygging", "Utval for plan, teknikk og næring": a unit word and its
  "for ..." part; "Samfunnsmedisinsk avdeling": an -isk adjective and a unit noun.
* "Stavanger bolig KF", "Midt-Telemark Entreprenør AS": a company form after a name.
* "innenfor Helse og omsorg": a sentence-case "X og y" after a mid-sentence capital.
* "NAV-Drammen", "Helsehuset Stavanger": an ORG joined to a place is one ORG.
* "Løkkeveien" (a street) and "Breisås syd" (a name and a compass word) are places.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from models.context import at_start, text_of
from models.gazetteers import organisations, places
from models.dictionary import common_word
from models.names.words import (
    COMPANY_FORMS, COMPASS, CONNECTORS, DEFINITE_SUFFIX, DOCUMENT_WORD, FUNCTION_WORDS, GENERIC_ACRONYMS,
    INDEFINITE_SUFFIX, INSTITUTION_HEADS, INSTITUTION_NOUNS, LOCATIVE, NAMED_THING, NAME_END, NAME_VERBS, NATURAL_PLACE,
    NOT_NAME_WORDS, PHASE_WORDS, PLACE_NOUNS, PLACE_REGION, PROGRAMME_LEADS, PROJECT_WORDS, SHORT_STREET, SQUARES, STREET,
    STREET_WORDS, STRONG_SUFFIX, UNIT_LEADS, UNIT_LEAD_ENDINGS, UNIT_NOUNS,
    capitalised, entity_end, entity_start, entity_tokens, is_first_name, lowercase_words,
)
from models.norm import normalise

MAX_OWNER_WORDS = 3
MAX_FOR_WORDS = 3
# Words after which a "for ..." name goes on ("for styrket barnehagetilbud").
MODIFIER_ENDINGS = ("et", "te", "de", "ig", "lig", "isk", "sk", "ert", "nde", "ne", "ale")


# A capitalised one of these and a capitalised qualifier name a unit: "Stab Samfunnsutvikling", "Enhet Kvalitet".
BARE_UNIT_WORDS = {"stab", "enhet", "avdeling", "seksjon", "team", "eining", "kommunalområde", "tjenesteområde",
                   "tenesteområde", "virksomhetsområde", "sektor"}


def _bare_unit(doc: Doc, i: int, blocked: list[bool]) -> list[Span]:
    """"Stab Samfunnsutvikling", "Avdeling Helse og omsorg": a unit word and its capitalised qualifier."""
    end = _qualifier_end(doc, i + 1, blocked)
    if end == i + 1 or doc[i].whitespace_ != " ":
        return []
    return [Span(doc, i, _and_word_end(doc, end, blocked), label="ORG")]


def _and_word_end(doc: Doc, end: int, blocked: list[bool]) -> int:
    """A title-case name's end, taking in an "og" word: "Helse og omsorg", "Kommunalteknikk og geodata", "Klima og
    Næring"."""
    title = end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].lower_ not in BARE_UNIT_WORDS | UNIT_LEADS \
        and not (end + 2 < len(doc) and doc[end + 2].is_title)  # not "Samfunn og Tjenesteområde Oppvekst"
    if end + 1 < len(doc) and doc[end].lower_ == "og" and (doc[end + 1].is_lower or title) \
            and doc[end + 1].is_alpha and not doc[end + 1].ent_type_ \
            and doc[end + 1].lower_ not in NAME_END | FUNCTION_WORDS and not blocked[end + 1]:
        return end + 2
    return end


# Capitalised after a place, these name the municipality's company or service: "Sandnes Eiendom", "Troms Holding",
# "Telemark Bilruter", "Bergen Brannvesen", "Rjukan Næringsutvikling", "Tromsø Idrettsråd"; local papers: "Ringsaker Blad",
# "Kvinesdal Avis", "Halden Arbeiderblad", "Vest-Telemark Tidende".
PLACE_COMPANY = re.compile(r"^\w*(eiendom|holding|kino|havn|energi|parkering|renovasjon|vekst|ruter|brannvesen|"
                           r"terminaler|sporveier|kraft|næringsutvikling|næringsforening|reiseliv|idrettsråd|"
                           r"friluftsråd|turistforening|turlag|idrettslag|skiklubb|fotballklubb|sparebank|"
                           r"utviklingsfond|scener|blad|tidende|tidend|avis|budstikke)$")
SECONDARY = {"videregående", "vidaregåande"}
# Between a place and a body's noun: "Bø kyrkjelege fellesråd", "Vestfold Interkommunale Brannvesen".
BODY_ADJECTIVES = {"kirkelige", "kyrkjelege", "kirkelig", "kyrkjeleg", "interkommunale", "interkommunal"}
SECONDARY_SHORT = {"vg", "vg."}
# A compound after a place whose last part names a body, in either case: "Finnmark idrettskrets",
# "Aust-Agder musikkråd", "Torsken vannverk", "Molde bydrift", "Oppland Bondelag", "Nore og Uvdal næringsselskap",
# "Hedmark kunnskapspark"; a local paper in lower case: "Bø blad".
PLACE_BODY = re.compile(r"^([a-zæøå]{2,}(krets|råd|lag|selskap|forening|forbund|verk|skole|skule|sykehus|sjukehus|"
                        r"senter|kontor|fond|drift|institutt|klubb|akademi|foretak)|"
                        r"(kunnskaps|forsknings|nærings|mat|viten|teknologi|kultur|natur|regional)park|eiendom|eigedom|"
                        r"(nasjonalpark|verneområde)styret?|brannvesen|brannvesenet|blad|avis|tidende|tingrett|jordskifterett|fengsel|revisjon|"
                        r"næringshage|næringshagen|museum|museums|museet|musea|museene|politidistrikt|politidistriktet)$")
# "Midtre Nordland Nasjonalparkstyre", "Troms politidistrikt", "Nord-Troms Museums"
NOT_BODIES = {"forslag", "grunnlag", "anslag", "tilslag", "påslag", "oppslag", "utslag", "innslag", "avslag",
              "regelverk", "bysenter", "grunnskole", "grunnskule"}


# A club or society, named by what precedes it: "Selbjørn fiskerisogelag", "Eikely leirsenter", "Lillerøåsen Vel"
ASSOCIATION = re.compile(r"^([a-zæøå]{3,}(lag|forening|foreining|klubb|korps)|leirsenter|vel)$")
NOT_ASSOCIATIONS = ("forslag", "anslag", "overslag", "tilslag", "påslag", "oppslag", "utslag", "innslag", "avslag",
                    "beslag", "grunnlag", "vedlag", "underlag", "samlag")


def _association(token) -> bool:
    return bool(ASSOCIATION.match(token.lower_)) and not token.lower_.endswith(NOT_ASSOCIATIONS)


def institution_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """Institution nouns with their names, unit compounds and unit words with "for ..."."""
    text, out = text_of(doc), []
    mid_sentence = {t.text for t in doc if capitalised(t) and not at_start(text, t.idx)}
    lowered = lowercase_words(doc)
    gpe = entity_tokens(doc, {"GPE"})
    for token in doc:
        if blocked[token.i]:
            continue
        home_services = token.lower_ == "tjenester" and token.i > 1 and doc[token.i - 1].lower_ == "hjemmebaserte"
        service = len(token) > 9 and token.lower_.endswith(("tjeneste", "tjenesten", "teneste", "tenesta", "stiftelse",
                                                            "stiftelsen")) \
            and token.i > 0 and gpe[token.i - 1]  # "Land barnevernstjeneste"
        place_before = token.i > 0 and gpe[token.i - 1] and doc[token.i - 1].whitespace_ == " "
        owner_before = token.i > 0 and _place_genitive(doc[token.i - 1]) and not blocked[token.i - 1]
        after_place = token.is_title and place_before
        association = _association(token) and not gpe[token.i]  # not "Trøndelag"
        part = _suspended_start(doc, token.i)
        if part is not None and part > 0 and doc[part].text.endswith("-") and gpe[part - 1] \
                and (PLACE_BODY.match(token.lower_) or PLACE_COMPANY.match(token.lower_)) \
                and not any(blocked[part:token.i + 1]):
            # "Aust-Agder utviklings- og kompetansefond", "Valdres Natur- og Kulturpark"
            out.append(Span(doc, _place_start(doc, part, gpe), token.i + 1, label="ORG"))
        elif capitalised(token) and owner_before and PLACE_BODY.match(token.lower_) and token.lower_ not in NOT_BODIES:
            out.append(Span(doc, token.i - 1, token.i + 1, label="ORG"))  # "Trondheimsfjordens Friluftsråd", "Bergens Tidende"
        elif capitalised(token) and place_before and PLACE_COMPANY.match(token.lower_):
            out.append(Span(doc, _place_start(doc, token.i, gpe), token.i + 1, label="ORG"))  # "Sandnes Eiendom"
        elif place_before and token.lower_ in BODY_ADJECTIVES and token.i + 1 < len(doc) and not blocked[token.i + 1] \
                and (PLACE_BODY.match(doc[token.i + 1].lower_) or PLACE_COMPANY.match(doc[token.i + 1].lower_)):
            # "Bodø kirkelige fellesråd", "Sunnhordland interkommunale miljøverk"
            out.append(Span(doc, _place_start(doc, token.i, gpe), token.i + 2, label="ORG"))
        elif place_before and token.lower_ in {"kommunale", "kommunal"} and token.i + 1 < len(doc) \
                and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha and len(doc[token.i + 1]) > 4 \
                and not doc[token.i + 1].lower_.endswith(("er", "ar")) and not blocked[token.i + 1]:
            # "Bærum kommunale dagtilbud": the municipality's enterprise; not "Oslo kommunale skoler"
            out.append(Span(doc, _place_start(doc, token.i, gpe), token.i + 2, label="ORG"))
        elif place_before and not gpe[token.i] and PLACE_BODY.match(token.lower_) and token.lower_ not in NOT_BODIES \
                and (token.is_lower or capitalised(token)):
            out.append(Span(doc, _place_start(doc, token.i, gpe), token.i + 1, label="ORG"))
        elif token.is_upper and token.i > 0 and doc[token.i - 1].is_upper and doc[token.i - 1].whitespace_ == " " \
                and doc[token.i - 1].text.title() in places() and PLACE_BODY.match(token.lower_) \
                and token.lower_ not in NOT_BODIES and not token.lower_.endswith("nettverk") and not blocked[token.i - 1]:
            # "FOSEN REGIONRÅD"; not "ØSTFOLD EFFEKTIVISERINGSNETTVERK", a network (test5 marks only the place)
            out.append(Span(doc, token.i - 1, token.i + 1, label="ORG"))
        elif place_before and token.is_lower and token.is_alpha and token.i + 2 < len(doc) \
                and doc[token.i + 1].lower_ == "og" and doc[token.i + 2].is_lower \
                and PLACE_BODY.match(doc[token.i + 2].lower_) and not any(blocked[token.i:token.i + 3]):
            # "Sør-Varanger jeger og fiskeforening": a hyphen dropped from "jeger- og fiskeforening"
            out.append(Span(doc, _place_start(doc, token.i, gpe), token.i + 3, label="ORG"))
        elif (token.lower_ in INSTITUTION_NOUNS or home_services or service or association) and token.i > 0 \
                and (token.text.islower() or after_place or association):  # "Fauske Familiesenter"
            noun = token.i - 1 if home_services else token.i  # "Hillevåg hjemmebaserte tjenester"
            if (suspended := _suspended_start(doc, token.i)) is not None and doc[suspended].is_lower:
                noun = suspended  # "Kragerø barne- og ungdomsskole"
            if noun > 1 and doc[noun - 1].lower_ in SECONDARY_SHORT:
                noun -= 1  # "Møglestu vg skole"
            elif noun > 2 and doc[noun - 1].text == "." and doc[noun - 2].lower_ == "v.g":
                noun -= 2  # "Finnfjordbotn v.g. skole"
            start = _owner_start(doc, noun, blocked)
            if association and not after_place:
                start = max(start, noun - 1)  # "v/ Inge Halstensen Selbjørn Fiskerisogelag": one word names it
            end = token.i + 1
            if token.lower_ in SECONDARY and doc[end:end + 1].text.lower() in {"skole", "skule", "skolen", "skulen"}:
                end += 1  # "Mosjøen videregående skole"
            if start < noun and (not at_start(text, doc[start].idx) or gpe[start] or noun - start >= 2
                                    or _proper_owner(doc[start], lowered)):
                out.append(Span(doc, start, end, label="ORG"))
        elif token.is_title and token.lower_ not in INSTITUTION_NOUNS:
            starts = at_start(text, token.idx)
            lower = token.lower_
            if lower in UNIT_LEADS or (len(lower) > 8 and lower.endswith(UNIT_LEAD_ENDINGS)
                                       and doc[token.i + 1:token.i + 2].text == "for"):
                end = _for_phrase_end(doc, token.i + 1, blocked)
                if end > token.i + 1 and not (starts and lower in {"råd", "kontor", "enhet"}):
                    out.append(Span(doc, token.i, end, label="ORG"))
                elif lower in BARE_UNIT_WORDS:
                    out += _bare_unit(doc, token.i, blocked)
            elif lower in BARE_UNIT_WORDS:
                out += _bare_unit(doc, token.i, blocked)
            elif (DEFINITE_SUFFIX.match(lower) and (not starts or token.text in mid_sentence
                                                    or STRONG_SUFFIX.match(lower))) \
                    or (INDEFINITE_SUFFIX.match(lower) and not starts):
                end = _for_phrase_end(doc, token.i + 1, blocked)
                if end == token.i + 1 and token.lower_.endswith("s") and end < len(doc) and doc[end].is_lower \
                        and UNIT_COMPOUND.match(doc[end].lower_) and not blocked[end]:
                    end += 1  # "Fellesnemndas arbeidsutvalg": the body's own unit
                if end == token.i + 1:
                    end = _qualifier_end(doc, end, blocked)
                start = _place_start(doc, token.i, gpe) if after_place and INDEFINITE_SUFFIX.match(lower) \
                    else token.i  # "Sandnes Kunstforening"; not "Bydel Alna Bydelsadministrasjonen"
                suspended = _suspended_start(doc, token.i)
                if suspended is not None and doc[suspended].text.endswith("-") and not blocked[suspended]:
                    start = suspended  # "Kommunal- og Miljødepartementet"
                out.append(Span(doc, start, end, label="ORG"))
        elif token.is_lower and (DEFINITE_SUFFIX.match(token.lower_) or INDEFINITE_SUFFIX.match(token.lower_)) \
                and (start := _suspended_start(doc, token.i)) is not None \
                and (doc[start].text[:1].isupper() or MINISTRY.match(token.lower_)) and not blocked[start]:
            out.append(Span(doc, start, token.i + 1, label="ORG"))  # "Integrerings- og fattigdomsutvalget"
    return out + _propagated(doc, out, blocked)


# Ministries and directorates are named even when the writer drops the hyphen: "Kommunal og regionaldepartementet";
# committees too, after a field in its indefinite form: "Oppvekst og kulturutvalet" (not "Rådmannen og arbeidsutvalget")
MINISTRY = re.compile(r"^\w{3,}(departementet|direktoratet)s?$")
COMMITTEE = re.compile(r"^\w{3,}(utvalget|utvalet|komiteen|komitéen)s?$")


def _suspended_start(doc: Doc, i: int) -> int | None:
    """First word of a suspended compound that ends at `i`: "Integrerings- og fattigdomsutvalget",
    "Barne-, likestillings- og familiedirektoratet", "barne- og ungdomsskole"."""
    if i < 2 or doc[i - 1].lower_ != "og":
        return None
    j = i - 2
    if not doc[j].text.endswith("-"):
        field = doc[j].is_title and doc[j].is_alpha
        if MINISTRY.match(doc[i].lower_) and field or COMMITTEE.match(doc[i].lower_) and field \
                and not doc[j].lower_.endswith(("en", "et", "a")) and not DEFINITE_SUFFIX.match(doc[j].lower_) \
                and common_word(doc[j].text):
            return j
        return None
    while j >= 2 and doc[j - 1].text == "," and doc[j - 2].text.endswith("-") and len(doc[j - 2]) > 2:
        j -= 2
    return j


def _place_start(doc: Doc, i: int, gpe: list[bool]) -> int:
    """First token of the place name that ends right before `i` ("Midtre" in "Midtre Nordland" too)."""
    start = i
    while start > 0 and gpe[start - 1]:
        start -= 1
        if doc[start].ent_iob_ == "B":
            break  # "Midt-Buskerud Buskerud idrettskrets": only the place next to the name
    if start < i and start > 0 and doc[start - 1].text in INNER_OUTER:
        start -= 1
    return start


HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?$")
STREET_PREFIXES = {"Nedre", "Øvre", "Nordre", "Søndre", "Østre", "Vestre", "Store", "Lille", "Gamle"}
# "Ansvar 1200 Helse og omsorg": a numbered budget unit, not a numbered heading
BUDGET_UNIT_WORDS = {"ansvar", "ansvarsområde", "tjenesteområde", "rammeområde", "sektor", "enhet", "virksomhet"}
SECTION_NUMBER = re.compile(r"^(\d+([.-]\d+)*\.?|\.{2,}|[-–])$")
ACTION_NOUN = re.compile(r"\w{4,}(ing|sjon|ering)$")  # "Rammejustering Madla barnebolig": the budget action
ADJECTIVE_ENDINGS = ("ig", "sk", "ske", "ende", "ede", "te", "et", "e", "tt")


def _proper_owner(token, lower: frozenset[str]) -> bool:
    """At a sentence start, is this capitalised word before an institution noun a name ("Lervig
    sykehjem") rather than an adjective or a common word ("Nytt sykehjem")?"""
    word = token.lower_
    return token.is_title and token.is_alpha and len(word) >= 4 and word not in lower \
        and word not in NOT_NAME_WORDS and (not word.endswith(ADJECTIVE_ENDINGS) or word.endswith("vig"))


# Adjectives that start the next phrase, not a qualifier: "Hardangerrådet Regional areal og transportplan"
PLAIN_ADJECTIVES = {"ny", "nye", "nytt", "regional", "regionale", "nasjonal", "nasjonale", "kommunal", "kommunale"}


def _qualifier_end(doc: Doc, i: int, blocked: list[bool]) -> int:
    """"Kompetanseteam Levekår": up to two capitalised words that qualify a unit word."""
    end = i
    while end < len(doc) and end - i < 2 and doc[end].is_title and doc[end].is_alpha and not blocked[end] \
            and not doc[end].ent_type_ and doc[end].lower_ not in NOT_NAME_WORDS | PLAIN_ADJECTIVES \
            and not is_first_name(doc[end].text) and not DOCUMENT_WORD.match(doc[end].text) \
            and not STRONG_SUFFIX.match(doc[end].lower_) and not doc[end].lower_.endswith(("ens", "ets")) \
            and not (end + 1 < len(doc) and doc[end + 1].text == ":"):
        end += 1  # not "Fylkesutvalg Rapport 2. tertial" (a document) or "Samferdselsutvalet Fylkesutvalet" (two bodies)
        # nor "Formannskapet Rådmannens tilråding" (a genitive opens what follows), "Kommunestyret Sakshandsamar:" (a label)
    return end


def _owner_start(doc: Doc, i: int, blocked: list[bool]) -> int:
    """First word of the name before an institution noun at `i`."""
    start = i
    while start > 0 and capitalised(doc[start - 1]) and not blocked[start - 1] and i - start < MAX_OWNER_WORDS \
            and (not is_first_name(doc[start - 1].text) or start == i) \
            and doc[start - 1].lower_ not in NOT_NAME_WORDS and not ACTION_NOUN.search(doc[start - 1].lower_):
        start -= 1  # a first name only right before the noun: "Johannes læringssenter"
        if is_first_name(doc[start].text):
            break
        if doc[start].text.endswith("s") and len(doc[start]) > 3:
            break  # "Simrishamns bibliotek": a genitive owner begins the name
    return start


def _propagated(doc: Doc, found: list[Span], blocked: list[bool]) -> list[Span]:
    """"Vålandstunet sykehjem" once, then "Vålandstunet" alone: the same institution; after
    "i"/"på" ("sykehjemmet i Lervig") the bare name is the place."""
    names: set[tuple[str, ...]] = set()
    for span in found:
        if len(span) >= 2 and span[-1].lower_ in INSTITUTION_NOUNS:
            words = tuple(t.text for t in span[:-1])
            if " ".join(words) not in places() and len(" ".join(words)) > 3:
                names.add(words)
    out = []
    texts = [t.text for t in doc]
    firsts: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        firsts.setdefault(t, []).append(i)
    for words in names:
        n = len(words)
        for i in firsts.get(words[0], []):
            if tuple(texts[i:i + n]) != words or any(blocked[i:i + n]):
                continue
            if i + n < len(doc) and doc[i + n].lower_ in INSTITUTION_NOUNS:
                continue
            label = "GPE" if i > 0 and doc[i - 1].lower_ in LOCATIVE and doc[i - 1].is_lower else "ORG"
            out.append(Span(doc, i, i + n, label=label))
    return out


def _lower_word(tok) -> bool:
    """A lower-case word, or the first part of a suspended compound ("helse-" in "helse- og sosialfag")."""
    return tok.is_lower and tok.text.rstrip("-").isalpha()


def _camel(tok) -> bool:
    """"eHelse", "eKommune": a lower-case prefix on a capitalised word."""
    return tok.is_alpha and len(tok) > 3 and tok.text[0].islower() and tok.text[1].isupper()


def _for_phrase_end(doc: Doc, i: int, blocked: list[bool]) -> int:
    """End of a unit name's "for ..." part: "for styrket barnehagetilbud", "for plan, teknikk og
    næring" (a list ends with its "og" word), at most MAX_FOR_WORDS words; a word follows a
    noun only in a list, or after a modifier ("styrket")."""
    if i + 1 < len(doc) and doc[i].lower_ == "for" and (doc[i + 1].is_title or _camel(doc[i + 1])) \
            and not blocked[i + 1] and doc[i + 1].lower_ not in NOT_NAME_WORDS:
        end = i + 2  # "Byrådsavdeling for Helse og Omsorg", "Senter for eHelse": a name in title case
        while end + 1 < len(doc) and doc[end].lower_ == "og" and doc[end + 1].is_title and not blocked[end + 1]:
            end += 2
        return _and_word_end(doc, end, blocked)  # "Enhet for Kommunalteknikk og geodata"
    if i + 1 >= len(doc) or doc[i].lower_ != "for" or not _lower_word(doc[i + 1]):
        return i
    end, words = i + 1, 0
    while end < len(doc) and words < MAX_FOR_WORDS and not blocked[end]:
        tok = doc[end]
        if _lower_word(tok) and tok.lower_ not in NAME_END | FUNCTION_WORDS:
            prev = doc[end - 1]
            if words and prev.is_alpha and prev.lower_ != "og" and not prev.lower_.endswith(MODIFIER_ENDINGS):
                break  # "Senter for rusforebygging deltar": after a noun, a verb may follow
            end, words = end + 1, words + 1
        elif tok.text in {",", "og"} and end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].is_lower \
                and doc[end + 1].lower_ not in NAME_END and words:
            if tok.text == "og":
                return end + 2
            end += 1
        else:
            break
    while end > i + 1 and doc[end - 1].text in {",", "og"}:
        end -= 1
    return end if end > i + 1 else i


UNIT_COMPOUND = re.compile(r"^\w{3,}(utvalg|utval|avdeling|seksjon|kontor|senter|team|administrasjon|"
                           r"sekretariat)$")  # "samarbeidsutvalg"


def adjective_units(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Samfunnsmedisinsk avdeling", "Strategisk samarbeidsutvalg", "Faglig samarbeidsutvalg": a capitalised
    -isk/-ig adjective and a unit noun or compound; in capitals too ("TEKNISK SEKTOR")."""
    out = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.is_upper and nxt.is_upper and len(t) > 5 and t.lower_.endswith(("isk", "sk")) \
                and nxt.lower_ in UNIT_NOUNS and not blocked[t.i] and not blocked[nxt.i]:
            out.append(Span(doc, t.i, t.i + 2, label="ORG"))
            continue
        if not t.is_title or len(t) <= 5 or blocked[t.i] or not nxt.is_lower or blocked[nxt.i]:
            continue
        compound = UNIT_COMPOUND.match(nxt.lower_)
        if (t.lower_.endswith(("isk", "sk", "iske", "ske")) and (nxt.lower_ in UNIT_NOUNS or compound)) \
                or (t.lower_.endswith("ig") and compound):  # not "Vanlig kontor"
            out.append(Span(doc, t.i, t.i + 2, label="ORG"))
    return out


# Capitalised after a name, these end a firm's name like a company form: "Bergeland VGS", "Lyngstad Arkitekters".
FIRM_WORDS = {"VGS", "vgs", "vgs.", "Arkitekter", "Arkitekters", "Arkitektkontor", "Arkitektkontors", "Landskapsarkitekter",
              "Advokatfirma", "Advokater"}


def company_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Stavanger bolig KF", "Midt-Telemark Entreprenør\\nAS", "Lindorff A/S": a name, then a company form
    (or "VGS", a videregående skole: "Bergeland VGS")."""
    out = []
    for token in doc:
        form_end = token.i + 1
        if token.text == "A" and doc[token.i + 1:token.i + 3].text == "/S" and not token.whitespace_:
            form_end = token.i + 3  # "A/S" is three tokens
        elif token.text not in COMPANY_FORMS and token.text not in FIRM_WORDS:  # "Bergeland VGS", "Lyngstad Arkitekter"
            continue
        if token.i == 0 or blocked[token.i]:
            continue
        j = token.i - 1
        if doc[j].text == "\n":
            j -= 1
        words = []
        upper = j >= 0 and doc[j].is_upper  # "Ellen Torgersen EL-COM SØR AS": a name in capitals is all capitals
        while j >= 0 and len(words) < 4 and not blocked[j] and _company_word(doc, j) \
                and (doc[j].is_upper or not upper):
            words.append(j)
            j -= 1
        words = _after_lower_break(doc, sorted(words))
        firsts = [k for k in words if capitalised(doc[k])]
        if firsts:
            out.append(Span(doc, firsts[0], form_end, label="ORG"))
    return out


def _after_lower_break(doc: Doc, words: list[int]) -> list[int]:
    """"Utvalget ba Revisjon Midt-Norge SA": a lower-case word that is no connector, followed by a
    capital, ends the sentence part before the name ("Stavanger bolig KF" keeps its lower-case word)."""
    for k in range(len(words) - 1, -1, -1):
        tok = doc[words[k]]
        if tok.is_lower and tok.lower_ not in CONNECTORS and any(capitalised(doc[j]) for j in words[k + 1:]):
            return words[k + 1:]
    return words


# Budget and plan words that head a line before a company's name ("ØKONOMIPLAN KONGSBERG KOMMUNALE EIENDOM KF").
PLAN_WORDS = re.compile(r"^(budsjett|handlingsprogram|økonomiplan|årsbudsjett|regnskap|årsregnskap|tertial)", re.I)


def _company_word(doc: Doc, j: int) -> bool:
    """Can this word be part of the name before a company form ("Trebruk 014 AS")?"""
    tok = doc[j]
    if tok.like_num and len(tok) <= 4:
        return j > 0 and capitalised(doc[j - 1])
    return (tok.is_alpha or "-" in tok.text and tok.text.strip("-")) and tok.lower_ not in NAME_END \
        and tok.lower_ not in NOT_NAME_WORDS \
        and not PLAN_WORDS.match(tok.text) and not DOCUMENT_WORD.match(tok.text)


SPELLED_FORMS = {"helseforetak"}  # "Helse Fonna helseforetak"


# A group company's division after its name: "Agder Energi Nett", "NTE Bredbånd", "Lyse Fiber"
DIVISION_WORDS = {"Nett", "Elnett", "Bredbånd", "Fiber", "Eiendom", "Kraft", "Vannkraft", "Fjernvarme", "Marked"}


def with_company_form(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG directly followed by a company form or a division word is one name: "Renovasjonsselskapet for
    Drammensregionen IKS", "Agder Energi Nett"."""
    out = []
    for span in spans:
        nxt = doc[span.end] if span.end < len(doc) else None
        if span.label_ == "ORG" and nxt is not None and span[-1].whitespace_ == " " \
                and (((nxt.text in COMPANY_FORMS or nxt.lower_ in SPELLED_FORMS) and span[-1].text not in COMPANY_FORMS)
                     or (nxt.text in DIVISION_WORDS and span[-1].text not in DIVISION_WORDS)):
            span = Span(doc, span.start, span.end + 1, label="ORG")
        out.append(span)
    return out


# A definite singular noun ("skolen", "huset"); "kvalitet", "sikkerhet" end the same way and are fields
DEFINITE_FORM = re.compile(r"^\w{2,}(?:en|et)$(?<!het)(?<!itet)")


def sentence_case_units(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"innenfor Helse og omsorg og Individ og levekår": a capital in mid-sentence starts a unit
    name written in sentence case, "X og y", ending at a boundary. When X is a unit by itself
    ("Trygghetsavdeling og dagsentre"), X alone."""
    out, text = [], text_of(doc)
    for tok in doc[:-2]:
        i = tok.i
        if not tok.is_title or not tok.is_alpha or len(tok) < 4 or blocked[i] or tok.ent_type_ \
                or tok.lower_ in NOT_NAME_WORDS or is_first_name(tok.text):
            continue
        og, word = doc[i + 1], doc[i + 2]
        if og.lower_ != "og" or not word.is_alpha or not word.is_lower or blocked[i + 2] or word.ent_type_:
            continue
        after = doc[i + 3] if i + 3 < len(doc) else None
        before = doc[i - 1] if i > 0 else None
        in_brackets = before is not None and before.text == "(" and after is not None and after.text == ")"
        if at_start(text, tok.idx) and not in_brackets:
            continue
        if before is not None and (capitalised(before) or NAMED_THING.match(before.lower_)):
            continue  # "Kommunedelplan Helse og livskvalitet", "modellen Sterk og stødig": titles, methods
        if STREET.match(tok.lower_) or NATURAL_PLACE.match(tok.text) or tok.lower_.endswith(("banen", "tunnelen")):
            continue  # "langs Løkkeveien og videre", "Vågsfjorden og ...", "Grenlandsbanen og ...": a place
        if DOCUMENT_WORD.match(tok.text):
            continue  # "Virksomhetsplan og årsbudsjett": a document
        if before is not None and SECTION_NUMBER.match(before.text) \
                and not (i >= 2 and doc[i - 2].lower_ in BUDGET_UNIT_WORDS):
            continue  # "3 Status og utviklingstrekk", "2-1.1 Bakgrunn og mål": a numbered heading; not "Ansvar 1200 …"
        if any(w.lower_.endswith("er") and not w.lower_.endswith(("senter", "center")) for w in (tok, word)):
            continue  # "Erfaringer og vurderinger", "Suksesskriterier og barrierer": plural nouns head a topic
        if word.lower_ == "sentrum" or DEFINITE_FORM.search(word.lower_) and not DEFINITE_SUFFIX.match(word.lower_):
            continue  # "mellom Myrene og sentrum", "Lia og skolen": a unit's second half is a field, never "the" thing
        if DEFINITE_SUFFIX.match(tok.lower_) or INDEFINITE_SUFFIX.match(tok.lower_):
            out.append(Span(doc, i, i + 1, label="ORG"))
        elif after is None or after.is_punct or after.is_space or after.lower_ in NAME_END | NAME_VERBS:
            out.append(Span(doc, i, i + 3, label="PROJECT" if PROJECT_WORDS.search(tok.text) else "ORG"))
    return out


# A municipality's sectors and services, named with a capital in running text: "fra Velferd", "Kommunalsjef Samfunn".
SECTOR_WORDS = {"oppvekst", "kultur", "velferd", "samfunn", "eiendom", "byggesak", "geodata", "helse", "omsorg",
                "teknisk", "næring", "utdanning", "barnevern", "miljø", "landbruk", "økonomi", "personal",
                "organisasjon", "samfunnsutvikling", "kommunalteknikk", "bydrift", "renovasjon", "beredskap",
                "digitalisering", "levekår", "arealplan", "byutvikling", "stedsutvikling", "utvikling"}
SECTOR_BEFORE = {"fra", "frå", "i", "til", "ved", "hos", "innen", "innenfor", "innanfor", "under", "mellom",
                 "kommunalsjef", "kommunaldirektør", "direktør", "sjef", "leder", "leiar", "enhetsleder",
                 "avdelingsleder", "virksomhetsleder", "sektorsjef", "etatsjef", "tenesteleiar", "einingsleiar"}


def sector_units(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Tone fra Velferd er prosjektleder", "enhetsleder i Velferd og i Oppvekst", "Kommunalsjef Samfunn": a
    sector's name with a capital after a preposition or a leader's title, in running text (never at a start)."""
    out, text = [], text_of(doc)
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.is_title and tok.lower_ in SECTOR_WORDS and before.lower_ in SECTOR_BEFORE and not blocked[tok.i] \
                and not tok.ent_type_ and before.whitespace_ == " " and not at_start(text, tok.idx) \
                and (before.is_lower or before.lower_ not in {"i", "til", "fra"}):
            end = _and_word_end(doc, tok.i + 1, blocked)
            after = doc[end] if end < len(doc) else None
            nxt = doc[end + 1] if end + 1 < len(doc) else None
            if after is not None and after.text in {"-", "–"} and nxt is not None and nxt.lower_ in {"og", "eller"}:
                continue  # "ved Helse - og sosialdirektør": the first half of a compound
            if after is None or after.is_punct or after.is_space or (
                    after.lower_ in NAME_END | NAME_VERBS | FUNCTION_WORDS and not (nxt is not None and nxt.is_title)):
                out.append(Span(doc, tok.i, end, label="ORG"))  # not "Oppvekst og Levekårservice", "Levekår stab"
    return out


def upper_case_names(doc: Doc) -> list[Span]:
    """"FORMANNSKAPET", "NOTODDEN" in upper-case headings: the gazetteers' "Formannskapet", "Notodden"; a
    municipality before "KOMMUNE", however short or however many words ("HOF KOMMUNE", "NORE OG UVDAL KOMMUNE")."""
    out = []
    for t in doc:
        if t.lower_ == "kommune" and t.is_upper and t.i > 0:
            start = t.i - 1
            while start > 0 and t.i - start < 4 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
                start -= 1
            for s in range(start, t.i):  # the longest run of capitals before it that names a municipality
                words = " ".join(w.text.capitalize() if w.lower_ != "og" else "og" for w in doc[s:t.i])
                if words in places():
                    span = Span(doc, s, t.i, label="GPE")
                    span._.norm = normalise("GPE", words)
                    out.append(span)
                    break
            continue
        if not (t.is_upper and t.text.replace("-", "").isalpha() and len(t) >= 5) or t.ent_type_:
            continue
        name = "-".join(part.capitalize() for part in t.text.split("-"))  # "AUST-AGDER"
        if name not in organisations() and name not in places() and name.endswith("s"):
            name = name[:-1]  # "REGJERINGENS"
        if name in organisations():
            out.append(Span(doc, t.i, t.i + 1, label="ORG"))
        elif name in places():
            span = Span(doc, t.i, t.i + 1, label="GPE")
            span._.norm = normalise("GPE", name)
            out.append(span)
    return out


CASE_NUMBER = re.compile(r"^\d{1,4}/\d{2,4}\.?$")


def place_acronym_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Notodden DPS", "Notodden/Seljord DPS": a place and the acronym of an institution there."""
    out = []
    for e in doc.ents:
        if e.label_ != "GPE" or e.end >= len(doc):
            continue
        start, end = e.start, e.end
        if start >= 2 and doc[start - 1].text == "/" and doc[start - 2].ent_type_ == "GPE":
            start -= 2
        nxt = doc[end]
        if nxt.is_upper and nxt.is_alpha and 2 <= len(nxt) <= 5 and not blocked[end] and e[-1].whitespace_ \
                and nxt.text not in COMPANY_FORMS \
                and not (end + 1 < len(doc) and doc[end + 1].is_title) and not _defined_next(doc, end) \
                and not (end + 1 < len(doc) and CASE_NUMBER.match(doc[end + 1].text)):  # "Buskerud PS 79/17"
            # not "Midt-Norge NTNU Samfunnsforskning", nor "Lunner VIS (Veiledning, Integrering og Samskaping)"
            out.append(Span(doc, start, end + 1, label="ORG"))
    return out


def _defined_next(doc: Doc, i: int) -> bool:
    """Is the acronym at `i` spelt out in the parenthesis after it ("VIS (Veiledning, Integrering og Samskaping)")?"""
    if i + 1 >= len(doc) or doc[i + 1].text != "(":
        return False
    words = []
    for tok in doc[i + 2:i + 14]:
        if tok.text == ")":
            break
        words.append(tok.text)
    return "".join(w[0] for w in words if w[:1].isupper()) == doc[i].text


# "Utviklingsprogrammet for byregioner"; a handlingsprogram is a plan.
PROGRAMME_COMPOUND = re.compile(r"^(?!handlings|plan|arbeids)\w{4,}(programmet|programmes|program)$")  # not documents


# "… i kommunene" belongs to a programme's name, "… i hele perioden", "… i tillegg" does not.
NOT_PLACE_AFTER_I = {"hele", "heile", "perioden", "løpet", "år", "fjor", "dag", "tiden", "tida", "framtiden", "fremtiden",
                     "framtida", "starten", "forbindelse", "samband", "tillegg", "henhold", "samarbeid", "praksis",
                     "stor", "stort", "store", "noen", "nokre", "alle", "flere", "fleire", "mange", "denne", "dette",
                     "disse", "planperioden", "årene", "åra"}


def programme_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Program for folkehelsearbeid i kommunene": a programme word, "for" and its object, up to
    a verb, punctuation or a line end."""
    out = []
    for t in doc[:-2]:
        lead = t.lower_ in PROGRAMME_LEADS or PROGRAMME_COMPOUND.match(t.lower_)
        if not t.is_title or not lead or doc[t.i + 1].lower_ != "for" or blocked[t.i]:
            continue
        end, words = t.i + 2, 0
        while end < len(doc) and words < 6 and not blocked[end]:
            tok = doc[end]
            if tok.is_alpha and tok.is_lower and tok.lower_ not in NAME_END | FUNCTION_WORDS | PHASE_WORDS:
                end, words = end + 1, words + 1
            elif tok.lower_ in {"i", "og", "av", ","} and words and end + 1 < len(doc) and doc[end + 1].is_lower \
                    and doc[end + 1].is_alpha and doc[end + 1].lower_ not in NAME_END | FUNCTION_WORDS \
                    and not (tok.lower_ == "i" and doc[end + 1].lower_ in NOT_PLACE_AFTER_I) \
                    and not (tok.text == "," and (end + 2 >= len(doc) or doc[end + 2].text not in {"og", ","})):
                end += 1  # "… for utvikling av lokaldemokrati", "… for felles kultur, identitet og symbol"
            else:
                break
        if words:
            out.append(Span(doc, t.i, end, label="PROJECT"))
    return out


# A body named by an acronym and what it is: "KommIT-rådet", "ETS-samarbeidet", "DFI-KF" (not "KS-konsulenter",
# where the acronym alone is the name).
ACRONYM_BODY = re.compile(r"^(rådet|utvalget|styret|samarbeidet|sekretariatet|forumet|KF|IKS)s?$")
ACRONYM = re.compile(r"^[A-ZÆØÅ][A-Za-zÆØÅæøå]*[A-ZÆØÅ][A-Za-zÆØÅæøå]*$")


def acronym_bodies(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"KommIT-rådet", "ETS-samarbeidet": an acronym (two or more capitals), a hyphen and a body word, or
    a company form ("DFI-KF"), written as one word."""
    out = []
    for tok in doc:
        left, dash, right = tok.text.partition("-")
        if dash and ACRONYM.match(left) and left not in GENERIC_ACRONYMS and ACRONYM_BODY.match(right) \
                and not blocked[tok.i]:
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        elif tok.text == "-" and 0 < tok.i < len(doc) - 1 and not tok.whitespace_ and not doc[tok.i - 1].whitespace_ \
                and ACRONYM.match(doc[tok.i - 1].text) and doc[tok.i - 1].text not in GENERIC_ACRONYMS \
                and ACRONYM_BODY.match(doc[tok.i + 1].text) \
                and not blocked[tok.i - 1] and not blocked[tok.i + 1]:
            out.append(Span(doc, tok.i - 1, tok.i + 2, label="ORG"))
    return out


def joined_spans(doc: Doc) -> list[Span]:
    """"NAV-Drammen", "ALV-Møre og Romsdal": an organisation or an acronym and a place joined by a hyphen (the
    place may go on past the token: "Møre" "og" "Romsdal")."""
    out = []
    for token in doc:
        left, dash, right = token.text.partition("-")
        if not dash or not (left in organisations() or ACRONYM.match(left) and left.isupper()
                            and left not in GENERIC_ACRONYMS):
            continue
        if right in places():
            out.append(Span(doc, token.i, token.i + 1, label="ORG"))
        elif token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "og" \
                and f"{right} og {doc[token.i + 2].text}" in places():
            out.append(Span(doc, token.i, token.i + 3, label="ORG"))
    return out


INNER_OUTER = {"Indre", "Ytre", "Midtre", "Nordre", "Søndre", "Øvre", "Nedre", "Vestre", "Østre", "Store", "Lille"}
GLUED_COMPASS = re.compile(r"^(?P<c>Vest|Aust|Øst|Nord|Sør|Midt)(?P<p>[A-ZÆØÅ][a-zæøå]{2,})$")


def joined_places(doc: Doc) -> list[Span]:
    """"Rjukan-Notodden", "Bodø-Fauske": two places joined by a hyphen are one place; "VestTelemark" is
    "Vest-Telemark" with its hyphen lost; "Midtre Nordland", "Øvre Romerike": a part of a listed county or region."""
    out = []
    for token in doc:
        if token.text in INNER_OUTER and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "B" \
                and doc[token.i + 1].ent_type_ == "GPE" and doc[token.i + 1].text in places():
            out.append(Span(doc, token.i, entity_end(doc, token.i + 1), label="GPE"))
            continue
        left, dash, right = token.text.partition("-")
        glued = GLUED_COMPASS.match(token.text)
        if dash and left in places() and right in places() \
                or glued and f"{glued['c']}-{glued['p']}" in places():
            out.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return out


def compass_parts(doc: Doc) -> list[Span]:
    """"Holmlia syd", "Oslo øst": a place and a lower-case compass word are a part of it (not "nord for …")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE" or ent.end >= len(doc) or ent[-1].whitespace_ != " ":
            continue
        if _compass_part(doc, ent.end, COMPASS):
            out.append(Span(doc, ent.start, ent.end + 1, label="GPE"))
    return out


STRETCH_WORDS = {"strekningen", "strekninga", "strekning", "parsellen", "parsell", "parsellane", "vegstrekningen",
                 "veistrekningen", "vegstrekninga"}
ROAD = re.compile(r"^(?:[EeFfRr][Vv]?\.?\d{1,4}|\d{1,4})$")  # "E39", "Rv36", "410" after "fv"


def stretch_places(doc: Doc) -> list[Span]:
    """"strekningen Vik–Julbøen", "fv 410 Grenstøl–Glastad": the two ends of a stretch of road are places."""
    out = []
    for dash in doc[2:-1]:
        if dash.text != "–":
            continue
        i = dash.i
        left, right, cue = doc[i - 1], doc[i + 1], doc[i - 2]
        if dash.whitespace_ or left.whitespace_ or not (left.is_title and right.is_title) \
                or not (cue.lower_ in STRETCH_WORDS or ROAD.match(cue.text)):
            continue
        out += [Span(doc, i - 1, i, label="GPE"), Span(doc, i + 1, i + 2, label="GPE")]
    return out


NATIONAL_WORDS = {"Norsk", "Norske", "Nasjonalt", "Nasjonal"}


def merged_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym ORG directly followed by a unit of it is one name: "NAV Hjelpemiddelsentral Rogaland"; so is a
    place or "Norsk" before a one-word institution ("Jøssingfjord Vitenmuseum", "Norsk Bergverksmuseum")."""
    by_start = {s.start: s for s in spans if s.label_ == "ORG"}
    out, used = [], set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in used:
            continue
        nxt = by_start.get(span.end)
        if span.label_ == "ORG" and nxt is not None and span.text.isupper() and len(span) == 1 \
                and span[-1].whitespace_ == " " and nxt[0].is_title:
            out.append(Span(doc, span.start, nxt.end, label="ORG"))
            used.add(nxt.start)
        elif span.label_ == "ORG" and len(span) == 1 and span.start > 0 and span[0].is_title \
                and INDEFINITE_SUFFIX.match(span[0].lower_) and doc[span.start - 1].whitespace_ == " ":
            before = doc[span.start - 1]
            if before.ent_type_ == "GPE" and doc[before.i + 1].ent_iob_ != "I":
                out.append(Span(doc, entity_start(doc, before.i), span.end, label="ORG"))
            elif not before.ent_type_ and before.is_title and NATURAL_PLACE.match(before.text):
                out.append(Span(doc, before.i, span.end, label="ORG"))  # "Jøssingfjord Vitenmuseum"
            elif before.text in NATIONAL_WORDS:
                out.append(Span(doc, before.i, span.end, label="ORG"))
            else:
                out.append(span)
        else:
            out.append(span)
    return out


LOCAL_OFFICE_AGENCIES = {"NAV", "Nav"}
# Adjective and abstract-noun endings no place name has ("NAV Personlige intervjuer").
NOT_PLACE_ENDINGS = ("ige", "lige", "iske", "ende", "ede", "else", "ing", "het", "sjon")


def local_offices(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Nav Hillevåg og Hinna", "NAV Nord-Fosen": the agency and the name of its local office,
    up to three capitalised words ("og" between two of them) that the text never writes in lower
    case and that do not end like an adjective or an abstract noun."""
    out, lowered = [], lowercase_words(doc)
    for tok in doc[:-1]:
        if tok.text not in LOCAL_OFFICE_AGENCIES or tok.whitespace_ != " " or blocked[tok.i]:
            continue
        end, words = tok.i + 1, 0
        while end < len(doc) and words < 3 and not blocked[end]:
            t = doc[end]
            if _office_word(t, lowered):
                end, words = end + 1, words + 1
            elif t.lower_ == "og" and words and end + 1 < len(doc) and capitalised(doc[end + 1]) \
                    and doc[end + 1].is_alpha and doc[end + 1].lower_ not in NOT_NAME_WORDS \
                    and not (end + 2 < len(doc) and doc[end + 2].text[:1].isupper()):  # "Nav X og Notodden DPS"
                end += 1
            else:
                break
        if words:
            out.append(Span(doc, tok.i, end, label="ORG"))
    return out


def _office_word(t, lowered: frozenset[str]) -> bool:
    """Can this word be part of a local office's (place) name?"""
    return capitalised(t) and t.text.replace("-", "").isalpha() and t.lower_ not in NOT_NAME_WORDS | NAME_END \
        and t.lower_ not in lowered and not is_first_name(t.text) and not DOCUMENT_WORD.match(t.text) \
        and not t.lower_.endswith(NOT_PLACE_ENDINGS) and t.ent_type_ not in {"ORG", "PROJECT"}


def heads_with_places(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Høgskulen Vestlandet", "Region Skåne": an institution word and a place."""
    gpe_at = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    return [Span(doc, t.i, gpe_at[t.i + 1].end, label="ORG") for t in doc
            if t.is_title and t.lower_ in INSTITUTION_HEADS and not blocked[t.i] and t.i + 1 in gpe_at]


# A capitalised point of the compass right after a body's name is its region's part of the name.
COMPASS_NAMES = {"Nord", "Sør", "Vest", "Øst", "Aust", "Midt", "Sørvest", "Nordvest", "Sørøst", "Nordøst"}


# State agencies with regional offices named by a compass word: "Husbanken sør", "Skatt øst"
REGIONAL_AGENCIES = {"Husbanken", "Bufetat", "Skatteetaten", "Skatt", "Kystverket", "Statsbygg", "Mattilsynet",
                     "Fiskeridirektoratet", "Jernbaneverket", "Arbeidstilsynet", "Statens vegvesen"}
AWAY_FROM = {"for", "av", "i", "på", "til", "mot"}  # "sør for Husbanken": a direction
REGION_COMPASS = COMPASS | {"midt"}  # an agency's regions: "Husbanken Region vest", "Husbanken midt"


def _compass_part(doc: Doc, i: int, words: set[str]) -> bool:
    """Is token `i` a compass word that names a part ("Holmlia syd", "Husbanken sør"), not a direction ("sør for")?"""
    return i < len(doc) and doc[i].text in words and (i + 1 == len(doc) or doc[i + 1].lower_ not in AWAY_FROM)


def with_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG, or a project's acronym, directly followed by a place on the same line is one name
    ("NAV Buskerud", "BTI Agder"); so is an agency and its region ("Bufetat region Midt-Norge")."""
    gpe_at = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    out = []
    for span in spans:
        nxt = gpe_at.get(span.end)
        followed_by_kommune = nxt is not None and nxt.end < len(doc) and doc[nxt.end].lower_ in PLACE_NOUNS
        # short names only: not "Byrådsavdeling for Helse og Omsorg" + "Bergen"; and in "... Omsorg Bergen
        # kommune" the place belongs to "kommune"
        acronym = span.label_ == "PROJECT" and len(span) == 1 and span.text.isupper() and len(span.text) > 1
        own_place = _starts_with_place(span[-1].text)  # "Vest-Telemarkrådet Kviteseid": two names, not one
        if (span.label_ == "ORG" or acronym) and nxt is not None and span[-1].whitespace_ == " " and len(span) <= 2 \
                and not followed_by_kommune and not own_place:
            span = Span(doc, span.start, nxt.end, label=span.label_)
        elif span.label_ == "ORG" and span.end < len(doc) and doc[span.end].text in COMPASS_NAMES \
                and span[-1].whitespace_ == " " and span[-1].text not in COMPASS_NAMES:
            span = Span(doc, span.start, span.end + 1, label="ORG")  # "Senter for Omsorgsforskning Sør"
        elif span.label_ == "ORG" and len(span) <= 2 and span.end + 1 < len(doc) \
                and doc[span.end].lower_ == "region" and span[-1].whitespace_ == " ":
            after = doc[span.end + 1]  # "Bufetat region Midt-Norge", "Husbanken Region vest"
            if after.i in gpe_at:
                span = Span(doc, span.start, gpe_at[after.i].end, label="ORG")
            elif after.lower_ in REGION_COMPASS:
                span = Span(doc, span.start, after.i + 1, label="ORG")
        elif span.text in REGIONAL_AGENCIES and span[-1].whitespace_ == " " \
                and _compass_part(doc, span.end, REGION_COMPASS):
            span = Span(doc, span.start, span.end + 1, label="ORG")  # "Husbanken sør", not "sør for"
        out.append(span)
    return out


# "Grenlandssamarbeidet", "Kongsbergsamarbeidet": the municipalities of a place working together, a body.
PLACE_COOPERATION = re.compile(r"^(?P<place>[A-ZÆØÅ][\w-]{2,}?)-?(samarbeidet|samarbeidets)$")


def place_cooperations(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A known place and "-samarbeidet" in one word is an ORG ("Grenlandssamarbeidet")."""
    out = []
    for token in doc:
        m = PLACE_COOPERATION.match(token.text)
        if m and not blocked[token.i] and (is_place_stem(m["place"])
                                           or m["place"].lower().endswith("region")):  # "Fjellregionsamarbeidet"
            out.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return out


def _place_genitive(token) -> bool:
    """"Trondheimsfjordens", "Bergens", "Osloregionens": a place's, a fjord's, valley's … or a region's genitive, before
    the body it names."""
    word = token.text
    return token.whitespace_ == " " and len(word) > 3 and word.endswith("s") and word[:1].isupper() \
        and (word[:-1] in places() or bool(NATURAL_PLACE.match(word[:-1])) or bool(PLACE_REGION.match(word)))


def is_place_stem(word: str) -> bool:
    """Is the first part of a compound a place, maybe with its linking "s" ("Grenlands-", "Drammens-") or the
    nynorsk "a" ("Vossa-", "Kvamma-" with its consonant doubled)?"""
    if word in places() or word.endswith("s") and word[:-1] in places():
        return True
    stem = word[:-1] if word.endswith("a") else ""
    return len(stem) >= 3 and (stem in places() or stem[-1] == stem[-2] and stem[:-1] in places())


def _starts_with_place(word: str) -> bool:
    """Is this one word a place's name and a noun ("Vest-Telemarkrådet", "Grenlandssamarbeidet")?"""
    return any(word[:k].rstrip("-") in places() for k in range(4, len(word) - 3))


# What a region's cooperation body has: "Trondheimsregionens organer".
REGION_BODY_PARTS = {"organer", "styre", "styret", "sekretariat", "sekretariatet", "administrasjon", "representantskap",
                     "representantskapet", "regionråd", "rådmannsutvalg", "arbeidsutvalg", "vedtak", "strategi"}


def _region_acts(doc: Doc, token) -> bool:
    """"Kongsbergregionen skal …", "samarbeid med Trondheimsregionen", "Trondheimsregionens organer": the
    region's cooperation body (an ORG), not the area ("i Trondheimsregionen")."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    prev = doc[token.i - 1] if token.i > 0 else None
    if token.text.endswith("s"):
        return nxt is not None and nxt.lower_ in REGION_BODY_PARTS
    if prev is not None and prev.lower_ in {"i", "fra", "frå", "til", "rundt", "innen", "innenfor", "utenfor", "hele"}:
        return False  # "Kommunene i Kongsbergregionen har …": the area
    return (nxt is not None and nxt.lower_ in NAME_VERBS - {"har", "hadde"}) \
        or (prev is not None and prev.lower_ in {"med", "av"})


def place_spans(doc: Doc, blocked: list[bool]) -> list[Span]:
    """Streets ("Løkkeveien") and a name with a compass word ("Breisås syd") as GPE."""
    out, lower = [], lowercase_words(doc)
    named = entity_tokens(doc)
    for token in doc:
        if blocked[token.i] or named[token.i] or not capitalised(token) or token.lower_ in NOT_NAME_WORDS:
            continue
        numbered = token.i + 1 < len(doc) and HOUSE_NUMBER.match(doc[token.i + 1].text) is not None \
            and bool(token.whitespace_)
        street_word = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in STREET_WORDS \
            and token.text.endswith("s") and not named[token.i + 1] and token.lower_ not in lower
        if street_word or token.text in SQUARES and numbered \
                or SHORT_STREET.match(token.text) and (numbered or not at_start(text_of(doc), token.idx)):
            start, end = token.i, token.i + 2 if street_word else token.i + 1  # "Kongens gate 4", "Torget 10"
            if end < len(doc) and HOUSE_NUMBER.match(doc[end].text) and doc[end - 1].whitespace_:
                end += 1
            if start > 0 and doc[start - 1].text in STREET_PREFIXES and not blocked[start - 1]:
                start -= 1  # "Nedre Elnesvågveg"
            out.append(Span(doc, start, end, label="GPE"))
        elif STREET.match(token.lower_) or NATURAL_PLACE.match(token.text):
            start, end = token.i, token.i + 1
            if start > 0 and is_first_name(doc[start - 1].text) and not blocked[start - 1]:
                if not STREET.match(token.lower_):
                    continue  # "Ola Kvernmoen": a surname
                start -= 1  # "Bjørn Farmannsgate": a street named after a person
            elif start > 0 and doc[start - 1].text in STREET_PREFIXES and not blocked[start - 1] \
                    and STREET.match(token.lower_):
                start -= 1  # "Øvre Slottsgate"
            if end < len(doc) and HOUSE_NUMBER.match(doc[end].text) and token.whitespace_ and STREET.match(token.lower_):
                end += 1  # "Rådhusvegen 13": the address (a lake or a beach has no house number)
            out.append(Span(doc, start, end, label="GPE"))
        elif token.i + 1 < len(doc) and doc[token.i + 1].lower_ in COMPASS and not named[token.i + 1] \
                and token.lower_ not in lower and token.is_title:
            body = INDEFINITE_SUFFIX.match(token.lower_) or DEFINITE_SUFFIX.match(token.lower_)
            out.append(Span(doc, token.i, token.i + 2, label="ORG" if body else "GPE"))  # "Jernbaneforum Nord"
        elif (m := PLACE_REGION.match(token.text)) and (is_place_stem(m["place"])
                                                        or (m[2] != "region" and not at_start(text_of(doc), token.idx))):
            label = "ORG" if m[2] == "regionen" and _region_acts(doc, token) else "GPE"
            out.append(Span(doc, token.i, token.i + 1, label=label))  # "Kongsvingerregionen", "Finnskogområdet"
    return out
