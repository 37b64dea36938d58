"""Names that a cue gives away: a role, a legal form, a place with a year, an earlier mention.

* "prosjektleder for Campus Kristiansund", "prosjektleiar for Fjell 2020": what a project leader
  leads is a project (not a body: "prosjektleder for Bergen kommune" stays a place).
* "leiar for ALV": an acronym a leader leads is a body (ORG).
* "Stiftelsen Kirkens Sosialtjeneste", "Sandefjord Røde Kors": a legal form before a name, and a
  place before a body with local branches, are part of the body's name (ORG).
* "fylkesmannen i Østfold": the state's county office, also in lower case (ORG).
* "Nye Lindesnes", "Bodø lufthavn", "Bislett Stadion", "Drammenshall": a new municipality, an airport and a
  named venue are places (GPE).
* "Oslo sør-satsingen": a place and a hyphenated programme compound are one programme.
* "Fjell 2020", "«KONGSVINGER 2050»", "Møre og Romsdal 2025" on a line of its own: a place and a
  year named together as a title are a programme, not a place and a date; "Fjell2020" written
  as one word is one too.
* «Jeg kan», som er eit prosjekt; "System for styrka læring" er ... regionale prosjekt; prosjektet,
  som ble kalt Folkehelse i plan: a name the sentence itself calls a project.
* A project name found once in a document is the same project wherever the document repeats it
  ("Vi startet prosjektet Trygg hjemme ... Senere ble Trygg hjemme utvidet").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from models.gazetteers import PARTY_SHORT, organisations, places
from models.names.acronyms import long_form
from models.names.units import PLACE_BODY, PLACE_COMPANY, is_place_stem
from models.context import at_start, text_of
from models.names.words import (
    COMPANY_FORMS, CONNECTORS, COPULAS, DEFINITE_SUFFIX, DOCUMENT_WORD, FUNCTION_WORDS, GENERIC_ACRONYMS, HEADING_WORDS,
    INDEFINITE_SUFFIX, NAME_LABELS, NAME_VERBS, NOT_NAME_WORDS, PLACE_NOUNS, UNIT_NOUNS, capitalised, entity_end,
    is_first_name, lowercase_words,
)
from models.norm import normalise

PROJECT_ROLES = {"prosjektleder", "prosjektlederen", "prosjektleiar", "prosjektleiaren", "prosjektkoordinator",
                 "prosjektkoordinatoren", "prosjekteier", "prosjekteigar", "programleder", "programleiar",
                 "prosjektmedarbeider", "prosjektmedarbeidar"}
LEGAL_FORM_LEADS = {"Stiftelsen", "Foreningen", "Selskapet", "Samvirkelaget", "Andelslaget", "Sameiet", "Borettslaget",
                    "Advokatfirmaet", "Avisa", "Bladet", "Sparebanken"}  # "Avisa Hadeland", "Bladet Tromsø": local papers
BRANCH_BODIES = {"Røde Kors", "Norsk Folkehjelp", "Frelsesarmeen", "Blå Kors", "Kirkens Bymisjon", "Mental Helse",
                 "LHL", "Redningsselskapet", "Sanitetsforeningen", "Lions", "Rotary", "Pensjonistforbund",
                 "Frivilligsentral", "Frivilligsentralen", "Turistforening", "Turlag", "Idrettsråd", "Husflidslag",
                 "Bondelag", "Bygdekvinnelag", "Venstre", "Høyre", "Arbeiderparti", "Senterparti", "Fremskrittsparti",
                 # a place's own councils: "Telemark Fylkesting", "Os Formannskap"
                 "Fylkesting", "Fylkestinget", "Fylkesutvalg", "Fylkesutvalget", "Formannskap", "Formannskapet",
                 "Kommunestyre", "Kommunestyret", "Bystyre", "Bystyret"}
LEADER_ROLES = {"leder", "lederen", "leiar", "leiaren", "styreleder", "styreleiar", "direktør", "direktøren",
                "sjef", "sjefen", "koordinator", "koordinatoren"}
_DEFINED = re.compile(r"\b([A-ZÆØÅ]{2,6})[ \u00a0]*\(([A-ZÆØÅ][^()\n]{4,100}?)\)")  # "ALV (Arena for …)"
COUNTY_OFFICES = {"fylkesmannen", "statsforvalteren", "fylkesmannens", "statsforvalterens", "statsforvalter", "fylkesmann"}
TITLE_FORMS = {"statsforvalter", "fylkesmann"}  # in lower case the person, with a capital also the office
SUSPENDED_PARTS = {"Nord-", "Sør-", "Øst-", "Vest-", "Aust-", "Midt-", "Indre-", "Ytre-"}
SUSPENDED_STARTS = tuple(SUSPENDED_PARTS)
# Digitalisation and smart-city programmes written as one word with a second capital: "DigiSos", "SmartBy"
DIGI_SMART = re.compile(r"^(Digi|Smart)[A-ZÆØÅ][a-zæøå]+$")
PLACE_PACKAGE = re.compile(r"^(?P<place>[A-ZÆØÅ][\w-]{2,}?)-?(pakken|pakka|pakko|bypakken|bypakka|bypakke|programmet)$")
# Programme words that take the name of the place they are for: "Bypakke Nord-Jæren", "Områdeløft Furuset".
PLACE_PROGRAMME_WORDS = {"bypakke", "bymiljøpakke", "byvekstavtale", "områdeløft", "områdesatsing", "områdesatsinga",
                   "regionalpakke", "byregionprogram", "byregionprogrammet"}
# "Eidanger tunnelen"; an airport named after an unlisted place ("Haukåsen lufthamn", see named_places for listed)
VENUE_WORDS = {"Stadion", "Arena", "Idrettspark", "Fritidspark", "tunnelen", "tunnel", "lufthavn", "lufthamn",
               "Nasjonalpark", "nasjonalpark", "festning", "svømmehall", "idrettshall", "flerbrukshall", "torg"}
VENUE_COMPOUND = re.compile(r"^(?P<place>[A-ZÆØÅ][a-zæøå]{3,})"
                            r"(stadion|stadionet|hall|hallen|badet|arena|arenaen|parken|banen|tunnelen)$")  # "Vestfoldbanen"
# After a listed place these make a place of it too: "Bodø lufthavn", "Lund Torv", "Jomfruland Nasjonalpark",
# "Kongsvinger festning", "Skogn svømmehall"
FACILITY_WORDS = {"lufthavn", "flyplass", "lufthamn", "torv", "torg", "nasjonalpark", "festning", "svømmehall",
                  "idrettshall", "flerbrukshall", "arena", "stadion", "idrettspark", "fritidspark"}  # and VENUE_WORDS
YEAR = re.compile(r"^(19|20)\d\d$")
PLACE_PROGRAMME = re.compile(r"^[a-zæøå]+-(satsingen|satsinga|satsningen|løftet|programmet)$")
GLUED_YEAR = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,}(19|20)\d\d$")  # "Fjell2020"
MAX_NAME = 6
MAX_REPEATED = 4
MAX_FORM_NAME = 4
MAX_QUOTED = 8
MAX_DESCRIPTION = 10
SENTENCE_ENDS = {".", "!", "?"}
OPEN_QUOTES = {"«", '"', "“"}
CLOSE_QUOTES = {"»", '"', "”"}
PHASE_VERBS = {"gikk", "går", "gjekk", "er", "var", "startet", "starta"}
# "… fem store prosjekter:", "… to prosjekt i Vest-Telemark:" (at most six words between the noun and the colon)
# "… fem store prosjekter: …"; also a line with no colon that a list follows ("Her er prosjekta som har fått
# skjønsmidlar" and bullets), then only with the plural, so "Mål for prosjektet" and its bullets are no list of names
_ANNOUNCED = re.compile(r"\b\w*(?:(?:prosjekter|prosjekta|prosjektene|prosjekt)\b[^\n:.]{0,60}:[ \t]*|"
                        r"(?:prosjekter|prosjekta|prosjektene)\b[^\n:.]{0,60}\.?(?=\n[ \t]*\n?[ \t]*[•*–-][ \t]))")
_INLINE_ITEM = re.compile(r"(?:^|,|\bog\b)[ \t]*([A-ZÆØÅ][^,\n.]*?)(?=[ \t]*(?:,|\bog\b|\.|$))")
_BULLET = re.compile(r"[ \t]*[•*–-][ \t]+([A-ZÆØÅ][^\n]*)(?:\n|$)")
_BLANK = re.compile(r"[ \t]*\n")
# "Oppvekstsektoren": a short heading that groups the next bullets of the same list (not one that starts a list
# of something else: "Utfordringer", "Mål og resultater")
_GROUP_HEADING = re.compile(r"[ \t]*(?![^\n]*(?i:utfordring|risiko|mål|resultat|status|effekt|gevinst|erfaring|vurdering|"
                            r"konklusjon|oppsummering|merknad|kommentar|tiltak))[A-ZÆØÅ][^\n.:;,]{2,40}\n"
                            r"(?=[ \t]*\n?[ \t]*[•*–-][ \t])")
# A bullet's name ends at a bracket, a colon, a dash, or a comma before a verb or a figure:
# "Urbanisering, fortetting og grønt bumiljø i sentrum, fekk 900.000,- kr (Kviteseid)"
# a run of spaces before an amount, or a full stop ("Prosjekt Ein identitet til alt. Fjell, Sund …   600 000")
_ITEM_END = re.compile(r"\s*(?:[(:]|\s[–-]\s(?![a-zæøå])|,\s*(?:fekk|fikk|får|med|kr\b|\d))|\s{2,}\d|\.(?:\s|$)")
# A grant row, "recipient: project, amount": the project is after the colon
_GRANT_ITEM = re.compile(r"[^:\n]{3,60}:[ \t]+(?P<name>[^,\n]+?),?[ \t]+(?:[Kk]r\.?[ \t]*)?\d{1,3}(?:[ .]\d{3})*(?:,-)?[ \t]*$")
_INDENTED = re.compile(r"[ \t]{2,}[^\s•*–-][^\n]*(?:\n|$)")
_CONTINUED = re.compile(r"[ \t]{2,}([a-zæøå][^\n]*)(?:\n|$)")  # an item wrapped onto an indented line
MAX_LISTED = 16  # "Kartlegging, effektivisering og digitalisering av arkiv i Fjell, Sund og Øygarden"
# "Kunstgressprosjektet har resultert i …": an item with a verb is a clause, not a name
ITEM_VERBS = NAME_VERBS | {"er", "var", "ble", "blir"}  # NAME_VERBS has "har", "hadde"
NAMING_VERBS = {"kalt", "kalla", "kalles", "heter", "heiter", "het", "døpt"}
PROJECT_WORD = re.compile(r"^\w*(prosjekt|prosjektet|prosjekta|program|programmet|programma|satsing|satsinga|"
                          r"satsingen)$")


def _name_end(doc: Doc, start: int, blocked: list[bool]) -> int:
    """End of a capitalised name from `start`: capitals, connectors between capitals, and a
    year that closes it ("Fjell 2020 Parminder ..." ends after the year)."""
    end = start
    while end < len(doc) and end - start < MAX_NAME:
        tok = doc[end]
        if YEAR.match(tok.text) and end > start:
            return end + 1
        if blocked[end]:
            break
        if capitalised(tok) and tok.is_alpha or "-" in tok.text and tok.text[:1].isupper():
            end += 1
        elif tok.lower_ in CONNECTORS and end + 1 < len(doc) and capitalised(doc[end + 1]) and end > start:
            end += 1
        else:
            break
    while end > start and doc[end - 1].lower_ in CONNECTORS:
        end -= 1
    return end


# A body's kind in the definite, then its name: "klimanettverket Klimapartnarar", "selskapet Lofotkraft"
BODY_KIND = re.compile(r"^\w*(nettverket|nettverk|selskapet|stiftelsen|stiftinga|foreningen|foreininga|organisasjonen|"
                       r"bedriften|firmaet|konsernet|forbundet|laget)$")


def named_after_body_noun(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The capitalised name after a body's kind ("klimanettverket Klimapartnarar", "stiftelsen Signo"); not a
    place, a person or a project noun."""
    out = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if not nxt.is_title and not nxt.is_upper or not tok.is_lower or not BODY_KIND.match(tok.lower_) \
                or tok.whitespace_ != " " or not capitalised(nxt) \
                or nxt.ent_type_ or blocked[nxt.i] or nxt.lower_ in NOT_NAME_WORDS or is_first_name(nxt.text) \
                or PROJECT_WORD.match(nxt.lower_):
            continue
        end = _name_end(doc, nxt.i, blocked)
        if end > nxt.i and not any(t.ent_type_ for t in doc[nxt.i:end]):
            out.append(Span(doc, nxt.i, end, label="ORG"))
    return out


def role_projects(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The name after "prosjektleder for"; not a lone place or body ("prosjektleder for NAV")."""
    out = []
    for tok in doc[:-2]:
        if tok.lower_ not in PROJECT_ROLES or doc[tok.i + 1].lower_ not in {"for", "i"}:
            continue
        start = tok.i + 2
        end = _name_end(doc, start, blocked)
        if end == start:
            continue
        span = doc[start:end]
        if all(t.ent_type_ in {"GPE", "ORG"} for t in span):
            continue  # "prosjektleder i Bergen kommune", "prosjektleder for NAV"
        out.append(Span(doc, start, end, label="PROJECT"))
    return out


def led_bodies(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"leiar for ALV (Arena for Læring og Velferdsteknologi)": an acronym a leader leads is a body
    (ORG), with its long form and wherever else the text writes it."""
    bodies = set()
    for tok in doc[:-2]:
        name = doc[tok.i + 2]
        if tok.lower_ in LEADER_ROLES and doc[tok.i + 1].lower_ in {"for", "i"} and name.is_upper and name.is_alpha \
                and 2 <= len(name) <= 6 and not name.ent_type_ and not blocked[name.i] \
                and name.text not in GENERIC_ACRONYMS:
            bodies.add(name.text)
    if not bodies:
        return []
    out = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in bodies and not blocked[t.i]]
    for m in _DEFINED.finditer(text_of(doc)):
        if m.group(1) in bodies and long_form(m.group(1), m.group(2)) is not None:
            span = doc.char_span(m.start(2), m.end(2), label="ORG", alignment_mode="contract")
            if span is not None and not any(blocked[span.start:span.end]):
                out.append(span)
    return out


def legal_form_names(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Stiftelsen Signo", "Foreningen Norden": a capitalised legal form and the name after it."""
    out = []
    for tok in doc[:-1]:
        if tok.text in LEGAL_FORM_LEADS:
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= MAX_FORM_NAME and capitalised(doc[end]) \
                    and doc[end].text.replace("-", "").isalpha() and doc[end].text not in LEGAL_FORM_LEADS \
                    and not blocked[end]:  # "Sparebanken Nord-Norge"
                end += 1
            if end > tok.i + 1:
                out.append(Span(doc, tok.i, end, label="ORG"))
    return out


def local_branches(doc: Doc) -> list[Span]:
    """"Sandefjord Røde Kors", "Bergen Turlag": a place right before a body with local branches."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.text in BRANCH_BODIES and ent.start > 0:
            before = doc[ent.start - 1]
            if before.ent_type_ == "GPE" and before.whitespace_ == " ":
                start = before.i
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                out.append(Span(doc, start, ent.end, label="ORG"))
    return out


def place_programmes(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Oslo sør-satsingen", "Oslo indre øst-satsingen": a place, up to two lower-case words and a
    hyphenated programme compound name one programme."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        for k in range(ent.end, min(ent.end + 3, len(doc))):
            tok = doc[k]
            if blocked[k] or not tok.is_lower:
                break
            if PLACE_PROGRAMME.match(tok.text):
                out.append(Span(doc, ent.start, k + 1, label="PROJECT"))
                break
    return out


def headed_programmes(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Bypakke Grenland", "Områdeløft Saupstad-Kolstad", "Smart Gjøvik": a programme word, then the
    place it is for (any capitalised name after the strong heads; a known place after "Smart"); and a place's
    package in one word ("Kristiansandspakken", "Nord-Jæren-pakken")."""
    gpe_at = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    out = []
    for tok in doc:
        if (m := PLACE_PACKAGE.match(tok.text)) and is_place_stem(m["place"]) and not blocked[tok.i]:
            end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"1", "2", "3"} else tok.i + 1
            out.append(Span(doc, tok.i, end, label="PROJECT"))  # "Kristiansandspakken", "Buskerudbypakke 2", "Bergensprogrammet"
            continue
        if DIGI_SMART.match(tok.text) and not blocked[tok.i] and not tok.ent_type_:
            end = tok.i + 2 if tok.i + 1 < len(doc) and YEAR.match(doc[tok.i + 1].text) else tok.i + 1
            out.append(Span(doc, tok.i, end, label="PROJECT"))  # "DigiBarnevern 2020", "SmartBy"
            continue
        head = tok.lower_
        if tok.i + 1 == len(doc) or not (head in PLACE_PROGRAMME_WORDS or head == "smart") or not capitalised(tok) \
                or tok.whitespace_ != " " or blocked[tok.i]:
            continue
        if tok.i + 1 in gpe_at:
            end = gpe_at[tok.i + 1].end
        elif head == "smart" and doc[tok.i + 1].lower_ == "city" and tok.i + 2 in gpe_at:
            end = gpe_at[tok.i + 2].end  # "Smart City Bærum"
        elif head in PLACE_PROGRAMME_WORDS:
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 2 and capitalised(doc[end]) and not blocked[end] \
                    and doc[end].lower_ not in NOT_NAME_WORDS and doc[end].text.replace("-", "").isalpha():
                end += 1
        else:
            continue
        if end > tok.i + 1:
            out.append(Span(doc, tok.i, end, label="PROJECT"))
    return out


def county_offices(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"fra fylkesmannen i Østfold": the state's office in a county, written in lower case in prose."""
    out = []
    for tok in doc[:-2]:
        place = doc[tok.i + 2]
        if tok.lower_ in TITLE_FORMS and not tok.is_title:
            continue  # "ass. fylkesmann i Telemark": a person's title
        if tok.lower_ in COUNTY_OFFICES and doc[tok.i + 1].text == "i" and place.ent_type_ == "GPE" \
                and place.ent_iob_ == "B" and not blocked[tok.i]:
            end = entity_end(doc, place.i)
            span = Span(doc, tok.i, end, label="ORG")
            span._.norm = normalise("ORG", f"Fylkesmannen i {doc[place.i:end].text}") \
                or normalise("ORG", "Statsforvalteren")  # the office, whatever the county or the form
            out.append(span)
    return out


# Bodies named by where they are: "Høgskolen i Ålesund", "NTNU i Ålesund", "Regionrådet i Nord-Gudbrandsdal".
PLACED_HEADS = {"Høgskolen", "Høgskulen", "Høyskolen", "Universitetet", "NTNU", "UiT", "UiB", "UiO", "UiA", "UiS", "USN",
                "NMBU", "OsloMet", "HVL", "HiST", "Nord universitet"}
# "Regionrådet", "Rådmannsutvalget", "Tannhelseforetaket"; a county's own bodies are named apart from the county
# ("Fylkesrådet" + "i Viken", as "Kommunestyret i Hof")
PLACED_BODY = re.compile(r"^(?!Fylkes)[A-ZÆØÅ][a-zæøå]{5,}(rådet|utvalget|utvalet|foretaket)$")


def placed_bodies(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Høgskolen i Ålesund", "NTNU i Ålesund", "Rådmannsutvalget i Nordland": a college, a university or a
    council and the place it belongs to, one ORG (as "Fylkesmannen i Telemark")."""
    out = []
    for tok in doc[:-2]:
        place = doc[tok.i + 2]
        if (tok.text in PLACED_HEADS or PLACED_BODY.match(tok.text)) and doc[tok.i + 1].lower_ in {"i", "på"} \
                and place.ent_type_ == "GPE" and place.ent_iob_ == "B" and not blocked[tok.i]:
            end = entity_end(doc, place.i)
            if end < len(doc) and doc[end].lower_ in MUNICIPALITY_WORDS:
                continue  # "Kontrollutvalget i Tromsø kommune": a body of the municipality, and the place
            while end + 1 < len(doc) and doc[end].text in {",", "og"} and doc[end + 1].ent_iob_ == "B" \
                    and doc[end + 1].ent_type_ == "GPE" and not _before_municipality(doc, end + 1):
                end = entity_end(doc, end + 1)  # "Rådmannsutvalget i Akershus, Buskerud og Østfold"
            if end < len(doc) and doc[end].text in COMPANY_FORMS:
                end += 1  # "Tannhelseforetaket i Buskerud FKF"
            out.append(Span(doc, tok.i, end, label="ORG"))
    return out


MUNICIPALITY_WORDS = {"kommune", "kommunes", "kommunar", "kommuner", "fylkeskommune", "fylkeskommunes", "herad",
                      "bydel"}


def _before_municipality(doc: Doc, i: int) -> bool:
    """Does the place entity at `i` stand before "kommune" ("Høgskolen i Ålesund og Ålesund kommune") or begin a
    longer name ("… og Haugaland Vekst")?"""
    end = entity_end(doc, i)
    return end < len(doc) and (doc[end].lower_ in MUNICIPALITY_WORDS or capitalised(doc[end]) and bool(
        PLACE_COMPANY.match(doc[end].lower_) or PLACE_BODY.match(doc[end].lower_)))


# Endings of Norwegian place names: "Bjørnerud", "Rakkestad", "Skytterdalen"
PLACE_ENDING = re.compile(r"(rud|stad|vik|dal|dalen|heim|nes|set|land|berg|haug|haugen|moen|vær|fjord|øy|øya|sund|"
                          r"strand|lia|voll|åsen|torp|rød|seter|sæter|bakken|skog|tun|tunet|toppen|myra|bø|by)$")
LIST_JOINS = {",", "og", "eller"}


def listed_places(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Marker, Moss, Rakkstad, Rygge", "Holmlia syd og Bjørnerud": a one-word capitalised item of a list whose
    other items are places is a place too, if the list has two places or the word ends like a place name."""
    gpe = {e.start: e for e in doc.ents if e.label_ == "GPE"}
    gpe_end = {e.end: e for e in doc.ents if e.label_ == "GPE"}
    common, text, out = lowercase_words(doc), text_of(doc), []
    for tok in doc:
        if tok.ent_type_ or blocked[tok.i] or not tok.is_title or not tok.is_alpha or len(tok) < 3 \
                or tok.lower_ in common or tok.lower_ in NOT_NAME_WORDS or tok.text in organisations() \
                or at_start(text, tok.idx):
            continue
        if tok.i > 0 and capitalised(doc[tok.i - 1]) or tok.i + 1 < len(doc) and capitalised(doc[tok.i + 1]):
            continue  # one word alone, not part of a longer name
        places_seen, i = 0, tok.i  # walk the list both ways, counting its places
        while i - 2 >= 0 and doc[i - 1].text in LIST_JOINS and (i - 1) in gpe_end:
            i = gpe_end[i - 1].start
            places_seen += 1
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j].text in LIST_JOINS and (j + 1) in gpe:
            j = gpe[j + 1].end
            places_seen += 1
        if places_seen >= 2 or places_seen == 1 and PLACE_ENDING.search(tok.lower_):
            out.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    return out


# "Fellesnemnd – 19 medlemmar", "Partssamansett utval: 11 medlemmar": a body in an organisation chart
_MEMBER_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][\w-]*(?: [a-zæøå][\w-]*){0,2})[ \t]*(?::|[–-])[ \t]*\d{1,3}"
                          r"[ \t]+(?:medlemmer|medlemmar|representanter|representantar)\b")


def member_bodies(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A line naming a committee or a council and its number of members ("Fellesnemnd – 19 medlemmar"); only names
    whose last word is a body word (not "Administrativ styringsgruppe")."""
    out = []
    for m in _MEMBER_LINE.finditer(text_of(doc)):
        last = m["name"].split()[-1].lower()
        if not (INDEFINITE_SUFFIX.match(last) or DEFINITE_SUFFIX.match(last) or last in UNIT_NOUNS):
            continue
        span = doc.char_span(*m.span("name"), label="ORG", alignment_mode="contract")
        if span is not None and len(span) and not any(blocked[span.start:span.end]):
            out.append(span)
    return out


# A party in a contract or a building case, its name in brackets after it: "tilbod frå huseigar (Entra)"
ROLE_NOUNS = {"huseier", "huseigar", "gårdeier", "gardeigar", "utleier", "utleigar", "leverandør", "leverandøren",
              "entreprenør", "entreprenøren", "totalentreprenør", "totalentreprenøren", "konsulent", "konsulenten",
              "rådgiver", "rådgivar", "utbygger", "utbyggar", "byggherre", "byggherren", "operatør", "operatøren",
              "oppdragsgiver", "oppdragsgjevar", "tiltakshaver", "tiltakshavar", "eier", "eigar", "arkitekt"}


def bracketed_parties(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"huseigar (Entra)", "leverandør (Atea)": one to three capitalised words in brackets after a party's role."""
    out = []
    for tok in doc[:-3]:
        if tok.lower_ not in ROLE_NOUNS or doc[tok.i + 1].text != "(":
            continue
        end = _bracketed_end(doc, tok.i + 1, alpha_only=False)
        if end is not None and not any(blocked[tok.i + 2:end]) \
                and not is_first_name(doc[tok.i + 2].text):  # "eigar (Ola Nordmann)" is a person
            out.append(Span(doc, tok.i + 2, end, label="ORG"))
    return out


MAX_BRACKETED_WORDS = 3


def _bracketed_end(doc: Doc, i: int, alpha_only: bool) -> int | None:
    """The closing bracket's token when the bracket at `i` holds one to three capitalised words ("(Entra)",
    "(Atea AS)"); with `alpha_only`, words of letters only."""
    end = i + 1
    while end < len(doc) and end - i <= MAX_BRACKETED_WORDS and doc[end].text != ")" \
            and (doc[end].is_title or doc[end].is_upper) and (doc[end].is_alpha or not alpha_only):
        end += 1
    return end if end < len(doc) and doc[end].text == ")" and end > i + 1 else None


def affiliations(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Bjørn Erik Rønhaug (Futurum)": one to three capitalised words in brackets right after a person's name (a first
    name and one or more capitalised words) are where the person works; not a place ("(Narvik kommune)")."""
    out = []
    for tok in doc[:-3]:
        if tok.text != "(" or tok.i < 2:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].is_title and not is_first_name(doc[k].text) and tok.i - k <= 3:
            k -= 1
        if k == tok.i - 1 or not is_first_name(doc[k].text):
            continue  # no surname, or no first name before it
        end = _bracketed_end(doc, tok.i, alpha_only=True)
        if end is not None and not any(blocked[tok.i + 1:end]) \
                and not any(t.ent_type_ == "GPE" or t.lower_ in PLACE_NOUNS for t in doc[tok.i + 1:end]) \
                and not is_first_name(doc[tok.i + 1].text):
            out.append(Span(doc, tok.i + 1, end, label="ORG"))
    return out


MAX_PERSON_TOKENS = 6


def _after_person(doc: Doc, i: int) -> bool:
    """The party at token `i` follows a dash after a person's name ("Jan Kløvstad – V,", "Tone Strat – Krf har"),
    or stands between commas after it ("Anja B. Endresen, V, fremmet")."""
    if i < 2 or doc[i - 1].text not in {"–", "-", ","}:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if doc[i - 1].text == ",":
        if after is None or after.text != ",":
            return False
    elif after is not None and not (after.is_punct or after.is_space or "\n" in doc[i].whitespace_
                                    or (len(doc[i]) > 1 and after.is_lower)):
        return False
    return _person_before(doc, i - 2)


def _before_person(doc: Doc, i: int) -> bool:
    """"Medlemmer: AP Asgeir Almås (ordfører) AP - Ann-Elen Sæterstad Olsen", "Faste medlemmer: SV: Kari Lie":
    a party's letters before a member's name; one letter only as a label with a colon that opens a list or
    follows the last member ("Faste medlemmer: A: Jon Dal, Kari Berg H: Ola Lie")."""
    k = i + 1
    if k < len(doc) and doc[k].text in {"-", "–", ":"}:
        k += 1
    if len(doc[i]) == 1 and not (doc[k - 1].text == ":" and (i == 0 or doc[i - 1].text in {":", ","}
                                                           or _line_break(doc[i - 1]) or _person_before(doc, i - 1))):
        return False  # not "vedlegg A: Kari Berg …"
    return k + 1 < len(doc) and is_first_name(doc[k].text) and doc[k + 1].is_title


def _person_before(doc: Doc, end: int) -> bool:
    """Does a person's name (a first name, then one or more capitalised words) end at token `end`?"""
    k = end
    while k >= 0 and end - k <= MAX_PERSON_TOKENS - 2 and (doc[k].is_title or doc[k].text.endswith(".")) \
            and not is_first_name(doc[k].text):
        k -= 1
    return 0 <= k < end and is_first_name(doc[k].text)


def _listed_parties(doc: Doc) -> set[int]:
    """Party short forms listed together: "på vegne av DNA, SP og KRF", "H, V og KrF" (two or more, one of
    them longer than a letter), or a members list's party column, one per line ("H\nKRF\nH\nFRP", three or more)."""
    out: set[int] = set()
    i = 0
    while i < len(doc):
        run, column = [i], True
        while doc[run[-1]].text in PARTY_SHORT and run[-1] + 2 < len(doc) and doc[run[-1] + 2].text in PARTY_SHORT \
                and (doc[run[-1] + 1].text in {",", "og", "/"} or _line_break(doc[run[-1] + 1])):
            column = column and _line_break(doc[run[-1] + 1])
            run.append(run[-1] + 2)
        if len(run) > 1 and any(len(doc[k]) > 1 for k in run) and (not column or len(run) >= 3):
            out.update(run)
        i = run[-1] + 1
    return out


def _line_break(token) -> bool:
    return token.is_space and "\n" in token.text


# A member's role in a flattened members list, then the party: "Einar Hovden Medlem AP", "… Ordfører H".
# Meeting systems' exports abbreviate the roles: "Kari Lunde MEDL AP", "Per Dal NESTL SV".
MEMBER_ROLES = {"Medlem", "Varamedlem", "Leder", "Leiar", "Nestleder", "Nestleiar", "Ordfører", "Ordførar",
                "Varaordfører", "Varaordførar", "Representant", "Møteleder", "Møteleiar",
                "MEDL", "MEDLEM", "VARAMEDL", "NESTL", "LEDER", "LEIAR", "ORDF", "VORDF"}


def party_tags(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A party's short form after a person's name or a member's role, or in a list of parties."""
    listed = _listed_parties(doc)
    return [Span(doc, tok.i, tok.i + 1, label="ORG") for tok in doc if tok.text in PARTY_SHORT and not blocked[tok.i]
            and (tok.i in listed or _after_person(doc, tok.i) or _before_person(doc, tok.i)
                 or tok.i > 0 and doc[tok.i - 1].text in MEMBER_ROLES and doc[tok.i - 1].whitespace_ == " ")]


# Case kinds, not bodies: "PS-sak" (politisk sak), "RS" (referatsak), "DS" (delegert sak), "OS", "MS" (melding).
CASE_KINDS = {"PS", "RS", "DS", "OS", "MS", "ES", "RSAK", "Sak", "S"}
CASE_WORDS = {"sak", "referat"}


def case_bodies(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Ft-sak 84/10", "SR-sak 02/21", "KST-sak": the short name before a case word is the body that handled it
    (fylkestinget, Salten regionråd, kommunestyret); only that part is marked, as "PTN" in "PTN-sak"."""
    out = []
    for tok in doc[:-2]:
        if doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in CASE_WORDS and tok.text not in CASE_KINDS \
                and tok.text[0].isupper() and tok.is_alpha and len(tok.text) <= 5 and not blocked[tok.i] \
                and tok.idx + len(tok.text) == doc[tok.i + 1].idx:
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def named_places(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Nye Lindesnes" (a municipality being merged), "Bodø lufthavn", "Kongsvinger festning" (a facility): places too."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        part = doc[ent.start - 2] if ent.start >= 2 else None
        if part is not None and part.text in SUSPENDED_PARTS and doc[ent.start - 1].lower_ in {"og", "eller"} \
                and ent.text.startswith(SUSPENDED_STARTS) and not blocked[part.i]:
            span = Span(doc, part.i, part.i + 1, label="GPE")  # "Nord- og Sør-Trøndelag": "Nord-" is Nord-Trøndelag
            span._.norm = normalise("GPE", part.text + ent.text.split("-", 1)[1])
            out.append(span)
            continue
        if ent.start > 0 and doc[ent.start - 1].text in {"Nye", "NYE"} and not blocked[ent.start - 1]:
            span = Span(doc, ent.start - 1, ent.end, label="GPE")
        elif ent.end < len(doc) and doc[ent.end].lower_ in FACILITY_WORDS and not blocked[ent.end]:
            span = Span(doc, ent.start, ent.end + 1, label="GPE")
        else:
            continue
        span._.norm = normalise("GPE", ent.text)  # where it is: the place's own municipality
        out.append(span)
    return out


# Hotel chains, whose hotels are meeting places in minutes: "Møtested: Scandic Holmenkollen Park"
HOTEL_CHAINS = {"Scandic", "Thon", "Clarion", "Quality", "Radisson", "Rica", "Comfort", "Choice", "Smarthotel"}
MAX_HOTEL_WORDS = 3


def hotel_names(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A hotel chain and the capitalised words after it ("Scandic Holmenkollen Park", "Thon Hotel Arena")."""
    out = []
    for tok in doc[:-1]:
        if tok.text not in HOTEL_CHAINS or blocked[tok.i] or tok.whitespace_ != " ":
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_HOTEL_WORDS and doc[end].is_title and not blocked[end] \
                and doc[end - 1].whitespace_ == " " and not DOCUMENT_WORD.match(doc[end].text) \
                and not (end + 1 < len(doc) and doc[end + 1].text == ":"):  # "… Park Møtedato:": the next label
            end += 1
        if end > tok.i + 1:
            out.append(Span(doc, tok.i, end, label="ORG"))
    return out


# A zoning plan is named after the place it zones: "detaljregulering for Stokkberget B3", "reguleringsplan for Lia"
ZONING_PLAN = re.compile(r"^\w*(regulering|reguleringa|reguleringen|reguleringsplan|reguleringsplanen|detaljplan|"
                         r"detaljplanen|områdeplan|områdeplanen)$")


def zoned_places(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The capitalised word a zoning plan is "for" is a place ("områderegulering for Stokkberget i Åsen")."""
    out = []
    for tok in doc[2:]:
        if tok.is_title and doc[tok.i - 1].lower_ == "for" and ZONING_PLAN.match(doc[tok.i - 2].lower_) \
                and tok.is_alpha and not tok.ent_type_ and not blocked[tok.i] and tok.lower_ not in NOT_NAME_WORDS:
            out.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    return out


def venues(doc: Doc, blocked: list[bool]) -> list[Span]:
    """Named venues are places: "Bislett Stadion", "Oppsal Arena", "Drammenshall", "Frognerbadet"."""
    out, text = [], text_of(doc)
    for tok in doc:
        if blocked[tok.i] or tok.ent_type_ or not tok.is_title:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in VENUE_WORDS and not at_start(text, tok.idx) and not nxt.ent_type_ and tok.is_alpha \
                and tok.lower_ not in NOT_NAME_WORDS:
            out.append(Span(doc, tok.i, tok.i + 2, label="GPE"))
        elif (m := VENUE_COMPOUND.match(tok.text)) and is_place_stem(m["place"]):
            out.append(Span(doc, tok.i, tok.i + 1, label="GPE"))  # "Drammenshall" (a sentence may start with it)
    return out


def place_year_names(doc: Doc, blocked: list[bool]) -> list[Span]:
    """"Fjell2020"; a place and a year in quotes or alone on their line ("«KONGSVINGER 2050»")."""
    out, text = [], text_of(doc)
    for tok in doc:
        if tok.text[-1].isdigit() and GLUED_YEAR.match(tok.text) and not blocked[tok.i]:
            out.append(Span(doc, tok.i, tok.i + 1, label="PROJECT"))
        elif (tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" or tok.is_upper and tok.text.title() in places()) \
                and not blocked[tok.i]:
            end = tok.i + 1
            while end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].lower_ in CONNECTORS
                                      and end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE"):
                end += 1
            if end >= len(doc) or not YEAR.match(doc[end].text):
                continue
            span = doc[tok.i:end + 1]
            before = text[:span.start_char].rstrip(" \t")
            after = text[span.end_char:].lstrip(" \t")
            quoted = before[-1:] in {"«", '"', "“"} and after[:1] in {"»", '"', "”"}
            own_line = before[-1:] in {"", "\n"} and after[:1] in {"", "\n"}
            if quoted or own_line or _vision(doc, span):
                out.append(Span(doc, span.start, span.end, label="PROJECT"))
    return out


# "i Bergen 2020", "for Oslo 2025": a place and a year after a preposition are a place at a time.
_PLACE_AT_TIME = {"i", "fra", "til", "for", "med", "på", "av", "om", "mot", "ved", "under", "over", "innen", "etter",
                  "før", "mellom", "per", "pr."}


def _vision(doc: Doc, span: Span) -> bool:
    """"Drammen 2040 er kommunens visjon": a place and a round future year (2020, 2025, …) as a plan's or
    programme's name, not after a preposition and not in a row of figures."""
    year = int(doc[span.end - 1].text[:4])
    if year < 2020 or year % 5:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in _PLACE_AT_TIME or before.like_num or DOCUMENT_WORD.match(before.text)):
        return False  # "Regionplan Lister 2030": a plan document's title, the place and the year
    return after is None or not (after.like_num or after.text in {"-", "–", "/"})


def _written_lower(doc: Doc, name: Span) -> bool:
    """Does the text also write the name as ordinary words ("organisering og forankring")?"""
    phrase = name.text[0].lower() + name.text[1:]
    if phrase not in text_of(doc):
        return False
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text_of(doc)) is not None


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence around token i: from after the last ".", "!", "?" or line end."""
    start = i
    while start > 0 and doc[start - 1].text not in SENTENCE_ENDS and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) and doc[end].text not in SENTENCE_ENDS and "\n" not in doc[end].text:
        end += 1
    return start, end


ARTICLES = {"et", "eit", "ett", "en", "ein", "ei"}
SECTION = re.compile(r"^\d+(\.\d+)*\.?$")
# "Tiltaket er et prosjekt …": a common noun as the subject, not a name
GENERIC_SUBJECTS = {"tiltaket", "arbeidet", "opplegget", "samarbeidet", "tilbudet", "tilbodet", "initiativet",
                    "utviklingsarbeidet", "forsøket", "piloten", "satsingen", "satsinga"}
A_PROJECT = re.compile(r"^\w*(prosjekt|program|satsing|satsning)$")  # "eit 3-årig prosjekt", not "prosjektleder"


def _subject_called_project(doc: Doc, i: int, blocked: list[bool]) -> Span | None:
    """The whole subject of "X er eit (3-årig) prosjekt" when it is a name: a capitalised start, at most
    six words, no verb, no project word, no pronoun ("Dette er et prosjekt")."""
    after = doc[i + 1:i + 4]
    if len(after) < 2 or after[0].lower_ not in ARTICLES \
            or not any(A_PROJECT.match(t.lower_) and not t.lower_.startswith(("del", "under")) for t in after[1:]):
        return None
    start, _ = _sentence_bounds(doc, i)
    while start < i and (doc[start].is_upper and len(doc[start]) > 3 or SECTION.match(doc[start].text)):
        start += 1  # a numbered heading in capitals on the same line: "1. MÅLOPPNÅING Flytt til Hardanger er …"
    words = doc[start:i]
    if not 0 < len(words) <= MAX_NAME or not capitalised(words[0]) or any(blocked[start:i]) \
            or words[0].lower_ in FUNCTION_WORDS | NOT_NAME_WORDS \
            or any(PROJECT_WORD.match(t.lower_) or t.lower_ in NAME_VERBS or t.is_punct for t in words) \
            or any(e.label_ not in NAME_LABELS for e in words.ents) \
            or len(words) == 1 and (words[0].lower_ in GENERIC_SUBJECTS or words[0].lower_ in lowercase_words(doc)):
        return None
    return Span(doc, start, i, label="PROJECT")


def described_projects(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A quoted name followed by "(som) er/var ... prosjekt", and an unquoted name after "kalt"/"heter" in a
    sentence about a project."""
    out = []
    for tok in doc[:-2]:
        if tok.text in OPEN_QUOTES:
            close = next((k for k in range(tok.i + 2, min(len(doc), tok.i + MAX_QUOTED + 2))
                          if doc[k].text in CLOSE_QUOTES), None)
            if close is None or not capitalised(doc[tok.i + 1]) or any(blocked[tok.i + 1:close]):
                continue
            _, sentence_end = _sentence_bounds(doc, close)
            after = [t for t in doc[close + 1:sentence_end] if not t.is_punct]
            phase_before = tok.i >= 3 and doc[tok.i - 1].lower_ == "av" \
                and any(t.lower_ == "fase" for t in doc[max(0, tok.i - 4):tok.i - 1])
            if after and after[0].lower_ in COPULAS | {"som"} \
                    and any(PROJECT_WORD.match(t.lower_) for t in after[:MAX_DESCRIPTION]) \
                    or after and after[0].lower_ in PHASE_VERBS and any(t.lower_ == "fase" for t in after[:5]) \
                    or phase_before:
                # only projects have phases: «Ny by – Ny flyplass» gikk inn i fase II, "Fase 2 av «Folk i alle hus»"
                out.append(Span(doc, tok.i + 1, close, label="PROJECT"))
        elif tok.lower_ in COPULAS and (span := _subject_called_project(doc, tok.i, blocked)) is not None:
            out.append(span)  # "Flytt til Hardanger er eit 3-årig prosjekt"
        elif tok.lower_ in NAMING_VERBS and capitalised(doc[tok.i + 1]) and not blocked[tok.i + 1] \
                and not doc[tok.i + 1].ent_type_:
            sentence_start, _ = _sentence_bounds(doc, tok.i)
            if not any(PROJECT_WORD.match(t.lower_) for t in doc[sentence_start:tok.i]):
                continue
            end = tok.i + 2
            while end < len(doc) and end - tok.i <= MAX_NAME and not blocked[end] and not doc[end].is_punct \
                    and "\n" not in doc[end].text and doc[end].lower_ not in NAME_VERBS | {"som", "og"}:
                end += 1
            out.append(Span(doc, tok.i + 1, end, label="PROJECT"))
    return out


_ASSOCIATION = re.compile(r"(?i:forening|foreining|lag|laget|klubb|klubben|vel|sentral|sentralen|stiftelse|stiftinga)$")


def _recipient_and_purpose(item: str) -> bool:
    """"Eikrem velforening, benker ved …", "FAU Lia, nytt lydanlegg …": an association, a company or a body with an
    acronym, a comma and what its grant is for in lower case (not "Urbanisering, fortetting og grønt bumiljø", a
    name with a comma)."""
    first, comma, rest = item.partition(",")
    words = first.split()
    if not comma or not words:
        return False
    if words[-1] in COMPANY_FORMS:
        return True  # "Sentrumsutvikling Lia AS, Lysinstallasjon i parken"
    body = any(w.isalpha() and w.isupper() and len(w) > 1 for w in words) or bool(_ASSOCIATION.search(words[-1]))
    return body and rest.lstrip()[:1].islower()  # not "Sentrum skole, tilbygg": what is built, then the work


def listed_projects(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The items of a list a sentence announces as projects: "fem store prosjekter: Årølia skole,
    Helseplattformen, Sjøfronten 2 …" and bullets after "Det dreier seg om to prosjekt i Vest-Telemark:"."""
    text, out = text_of(doc), []
    for m in _ANNOUNCED.finditer(text):
        if _BULLET.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # "  • Kulturprosjekter i skolen" and more bullets: an item of a list, not what announces one
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if rest.strip():
            items = [(m.end() + i.start(1), m.end() + i.start(1) + len(i.group(1).split("(")[0].rstrip()))
                     for i in _INLINE_ITEM.finditer(rest)]
        else:
            items = []
            pos = line_end + 1 if line_end >= 0 else len(text)
            while (b := _BULLET.match(text, pos)) is not None or (b := _BLANK.match(text, pos)) is not None \
                    or items and (b := _INDENTED.match(text, pos)) is not None \
                    or items and (b := _GROUP_HEADING.match(text, pos)) is not None:  # "  (vidareføring)   200 000"
                pos = b.end()
                if b.re is _BULLET:
                    item = b.group(1)
                    if not _ITEM_END.search(item) and (c := _CONTINUED.match(text, pos)) is not None:
                        item = text[b.start(1):c.end(1)]  # "Etablering av … innan\n  barnevern (Sund og Fjell)"
                        pos = c.end()
                    if (g := _GRANT_ITEM.match(item)) is not None:  # "Leira næringsforening: Gjenbrukskonsept, kr 40 000,-"
                        items.append((b.start(1) + g.start("name"), b.start(1) + g.end("name")))
                        continue
                    cut = _ITEM_END.search(item)
                    name = item[:cut.start()] if cut else item.rstrip()
                    if _recipient_and_purpose(name):
                        continue  # "Eikrem velforening, benker ved badeplassen": who and what for, no name
                    items.append((b.start(1), b.start(1) + len(name)))
        for start, end in items:
            span = doc.char_span(start, end, label="PROJECT", alignment_mode="contract")
            if span is not None and 0 < len(span) <= MAX_LISTED and capitalised(span[0]) \
                    and not any(blocked[span.start:span.end]) and not any(t.lower_ in ITEM_VERBS for t in span) \
                    and not all(t.ent_type_ == "GPE" for t in span):  # "prosjekter i kommunene: Tokke, Vinje og Seljord"
                out.append(span)
    return out


# "gjennom satsingene Jobb i NT, NærUng og Ungbo.": a plural programme noun, then a list of names and the sentence end
_PLURAL_LIST = re.compile(r"\b(?:satsingene|satsingane|satsingar|prosjektene|prosjekta|programmene|programma)[ \t]+"
                          r"(?P<items>(?:[A-ZÆØÅ][^,.\n]{0,50}?,[ \t]*)*[A-ZÆØÅ][^,.\n]{0,50}?[ \t]+og[ \t]+"
                          r"[A-ZÆØÅ][^,.\n]{0,50}?)[ \t]*(?:[.;]|\n|$)")
_LIST_SPLIT = re.compile(r",[ \t]*|[ \t]+og[ \t]+")
# "Lindesneslosen: Prosjekt i Lindesnes-regionen som …": a name, a colon and what the text says it is
_NAME_COLON_PROJECT = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][^\n:.]{1,60}?):[ \t]+(?:Prosjekt|Prosjektet|Eit prosjekt|"
                                 r"Et prosjekt|Programmet|Satsinga|Satsingen|Pilot|Pilotprosjekt)\b")
# "Ungdomsblogg (2015)", "Tidlig trygg (Bydel Sagene)": a heading line with the project's years or district
_PARENTHESISED_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][^\n()]{2,60}?)[ \t]+\((?:(?:19|20)\d\d"
                                    r"(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?|[Bb]ydel [A-ZÆØÅ][\w -]{2,30})\)[ \t]*$")
MAX_ITEM_WORDS = 7


def named_project_lists(doc: Doc, blocked: list[bool]) -> list[Span]:
    """Project names that a list or a heading gives: "satsingene Jobb i NT, NærUng og Ungbo", "Lindesneslosen:
    Prosjekt i …", and headings with the years or the district in brackets when a text has two or more of them
    and speaks of projects ("Ungdomsblogg (2015)", "Kultur for samfunnsutvikling (2012-2014)")."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    for m in _PLURAL_LIST.finditer(text):
        pos = m.start("items")
        for part in _LIST_SPLIT.split(m["items"]):
            start = text.index(part, pos)
            found.append((start, start + len(part)))
            pos = start + len(part)
    found += [m.span("name") for m in _NAME_COLON_PROJECT.finditer(text)]
    headings = [m.span("name") for m in _PARENTHESISED_HEADING.finditer(text)]
    if len(headings) >= 2 and "prosjekt" in text.lower():
        found += headings
    out = []
    for start, end in found:
        span = doc.char_span(start, end, label="PROJECT", alignment_mode="contract")
        if span is None or not 0 < len(span) <= MAX_ITEM_WORDS or not capitalised(span[0]) \
                or any(blocked[span.start:span.end]) or any(t.lower_ in ITEM_VERBS for t in span) \
                or DOCUMENT_WORD.match(span[0].text) or span[0].lower_ in NOT_NAME_WORDS \
                or all(t.ent_type_ in {"GPE", "ORG"} for t in span):
            continue
        out.append(span)
    return out


# A heading the next paragraph calls a project: "Kulturbaserte arbeidsplasser …\n\nDette prosjektet satser på …",
# "Gode møteplasser …\n\nKort om prosjektet:"
_TITLE_THEN_PROJECT = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][^\n.:;!?•]{3,90}?)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
                                 r"(?:(?:Dette prosjektet|Prosjektet|Prosjektets|Målet med prosjektet|Formålet med "
                                 r"prosjektet)[ \t]+[a-zæøå]|(?:Kort om|Om) prosjektet\b)")  # a sentence, not "Prosjektet X"
MAX_TITLE_WORDS = 12


def titled_projects(doc: Doc, blocked: list[bool]) -> list[Span]:
    """A heading line whose next paragraph opens with "Dette prosjektet", "Prosjektet" or "Kort om prosjektet" is
    the project's name; not a heading word ("Bakgrunn") or a clause."""
    out = []
    for m in _TITLE_THEN_PROJECT.finditer(text_of(doc)):
        span = doc.char_span(*m.span("name"), label="PROJECT", alignment_mode="contract")
        if _heading_name(span, blocked, 2, MAX_TITLE_WORDS):
            out.append(span)
    return out


def _heading_name(span: Span | None, blocked: list[bool], least: int, most: int) -> bool:
    """Can this heading be a project's name: `least` to `most` words, none blocked, no verb, not opening with a
    function word, a document's or a heading's word, and not a place or a body only?"""
    return span is not None and least <= len(span) <= most and not any(blocked[span.start:span.end]) \
        and not any(t.lower_ in ITEM_VERBS for t in span) and span[0].lower_ not in NOT_NAME_WORDS \
        and not DOCUMENT_WORD.match(span[0].text) and span[0].lower_ not in HEADING_WORDS \
        and not all(t.ent_type_ in {"GPE", "ORG"} or t.is_punct for t in span)


# "Her er noen av de pågående prosjektene våre.", "Her finner du to prosjekter.": a line that announces the projects
# the page then presents under headings of their own
_ANNOUNCING_LINE = re.compile(r"(?m)^[^\n]*\b(?:[Hh]er (?:er|finn|finner|presenterer)|[Nn]oen av|[Nn]okre av|følgende|"
                             r"følgjande)\b[^\n]*\b\w*(?:prosjekter|prosjektene|prosjekta)(?:[ \t]+våre)?[.:]?[ \t]*$")
# a heading: a short line with no full stop, then (maybe after a blank line) a paragraph of 60 characters or more
_HEADING_THEN_TEXT = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÆØÅ][^\n.:;!?•]{2,80}?)[ \t]*\n(?:[ \t]*\n)?"
                                r"(?=[ \t]*[A-ZÆØÅ][^\n]{60,})")
MAX_HEADING_WORDS = 8
_DESCRIBED_AFTER_DASH = re.compile(r"\s[–-]\s(?:en|et|ei|eit|ein)\b")


def announced_headings(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The headings after a line announcing the page's projects, each over a paragraph about it ("Her er noen av de
    pågående prosjektene våre." … "Nye kaier for ekspressbåt" …)."""
    text = text_of(doc)
    announced = _ANNOUNCING_LINE.search(text)
    if announced is None:
        return []
    out = []
    for m in _HEADING_THEN_TEXT.finditer(text, announced.end()):
        start, end = m.span("name")
        if (described := _DESCRIBED_AFTER_DASH.search(m["name"])) is not None:
            end = start + described.start()  # "Statens hus - et nasjonalt pilotprosjekt": the name before the dash
        span = doc.char_span(start, end, label="PROJECT", alignment_mode="contract")
        if _heading_name(span, blocked, 1, MAX_HEADING_WORDS):
            out.append(span)
    return out


# "Gjennomføre pilot – ByLab i Sandvika", "pilotprosjekt - Innbyggerutvalg Skytterdalen": a pilot's name after a dash
_PILOT_DASH = re.compile(r"\b[Pp]ilot(?:prosjekt(?:et)?)?[ \t]+[–-][ \t]+(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[A-ZÆØÅ]"
                         r"[\wæøåÆØÅ-]*){0,3})")


def pilot_names(doc: Doc, blocked: list[bool]) -> list[Span]:
    """The capitalised name after "pilot –" is a project ("Gjennomføre pilot – Samskaping på Fornebu")."""
    out = []
    for m in _PILOT_DASH.finditer(text_of(doc)):
        span = doc.char_span(*m.span("name"), label="PROJECT", alignment_mode="contract")
        if span is not None and len(span) and not any(blocked[span.start:span.end]) \
                and span[0].lower_ not in NOT_NAME_WORDS:
            out.append(span)
    return out


def project_repeats(doc: Doc) -> list[Span]:
    """Every repeat of a project name already found, where no date, amount or status is tagged (a
    place inside gives way: "Campus Kristiansund"). Only short names the text never writes in lower
    case: "Organisering" found once after "prosjektet" in a table of contents is a word elsewhere."""
    common = lowercase_words(doc)
    names = {tuple(t.text for t in e) for e in doc.ents
             if e.label_ == "PROJECT" and len(e) <= MAX_REPEATED and capitalised(e[0])
             and (len(e[0]) >= 4 and e[0].lower_ not in common if len(e) == 1 else not _written_lower(doc, e))}
    if not names:
        return []
    taken = {i for e in doc.ents if e.label_ not in NAME_LABELS for i in range(e.start, e.end)}
    firsts = {words[0] for words in names}
    starts: dict[str, list[int]] = {}
    for t in doc:
        if t.text in firsts:
            starts.setdefault(t.text, []).append(t.i)
    out = []
    for words in names:
        n = len(words)
        own = n - 1 if YEAR.match(words[-1]) else n  # "Fjell 2020": its year is tagged DATE until now
        for i in starts[words[0]]:
            if i + n <= len(doc) and tuple(t.text for t in doc[i:i + n]) == words \
                    and not taken.intersection(range(i, i + own)) \
                    and not (i + n < len(doc) and capitalised(doc[i + n]) and doc[i + n].is_alpha):
                out.append(Span(doc, i, i + n, label="PROJECT"))
    return out
