"""What the name finders know about words: capitals, unit and institution words, first names."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from models.gazetteers import read_list
from models.patterns import MONTH_FULL

DATA = Path(__file__).resolve().parents[1] / "data"
NAME_LABELS = {"ORG", "GPE", "PROJECT"}

INSTITUTION_NOUNS = {
    "skole", "skule", "ungdomsskole", "ungdomsskule", "barneskole", "barneskule", "barnehage", "sykehjem",
    "sjukeheim", "aldershjem", "hjemmehjelp", "bydelssenter", "dagsenter", "barnebolig", "avlastningsbolig",
    "bofellesskap", "omsorgssenter", "helsestasjon", "legevakt", "sykehus", "sjukehus", "bibliotek",
    "museum", "kulturhus", "idrettslag", "frivilligsentral", "helsesenter", "aktivitetssenter", "menighet",
    "videregående", "vidaregåande", "universitet", "høgskole", "høyskole", "høgskule", "læringssenter",
    "kultursenter", "kompetansesenter", "ressurssenter", "aktivitetshus", "ungdomshus", "bo- og behandlingssenter", "regionråd",
    "familiesenter", "næringsforum", "asylmottak", "politidistrikt", "hotell", "hotel",
    "gjestgiveri", "barnevern", "barneverntjeneste", "barnevernstjeneste", "barnevernvakt", "krisesenter",
    "kommunerevisjon", "kommunerevisjonen",
    # local associations in grant lists: "Øynaheia løypelag", "Hove velforening"
    "løypelag", "velforening", "historielag", "skytterlag", "grendelag", "ungdomslag", "bygdelag", "sanitetsforening",
    "musikkorps", "skolekorps", "skiklubb", "turlag", "pensjonistforening", "båtforening", "sogelag", "mållag",
}
# Definite forms name one unit ("Helsehuset", "Boligkontoret"; not the buildings "Rådhuset", "Fylkeshuset") even at a sentence start, if
# the text also writes them capitalised elsewhere; indefinite forms ("Ressurssenter") only
# away from a sentence start, where a capital can mean nothing else.
DEFINITE_SUFFIX = re.compile(
    r"^[\w-]{3,}((?<![Rr]åd)(?<![Ff]ylkes)(?<![Kk]ommune)huset|senteret|sentret|sentralen|kontoret|etaten|direktoratet|tilsynet|departementet|nemnda|"
    r"utvalget|utvalet|styret|(?<!regn)(?<!land)(?<!felles)(?<!venn)(?<!eier)(?<!borger)skapet|(?<!om)rådet|forbundet|administrasjonen|foreningen|stiftelsen|universitetet|"
    r"sykehuset|sjukehuset|instituttet|byrået|skolen|skulen|barnehagen|tjenesten|tenesta|seksjonen|avdelingen|avdelinga|teamet|komiteen|"
    r"komitéen|enheten|eininga|klinikken|alliansen|sentralene|kontorene|forumet|tinget|museet|"
    r"stasjonen|vakten|vakta|biblioteket|opplæringen|opplæringa|klubben|(?<!natur)vernet|sekretariatet)s?$")
INDEFINITE_SUFFIX = re.compile(
    r"^[\w-]{3,}(senter|sentral|kontor|etat|direktorat|departement|tilsyn|forbund|forening|institutt|byrå|tjeneste|"
    r"seksjon|avdeling|team|utvalg|utval|nemnd|komite|komité|enhet|eining|forum|museum)$")
# A long compound with one of these endings is a unit even at a sentence start ("Byplankontoret").
STRONG_SUFFIX = re.compile(r"^[\w-]{6,}(kontoret|utvalget|utvalet|direktoratet|departementet|tilsynet|etaten|nemnda|"
                           r"(?<!om)rådet|styret|komiteen|komitéen|tinget)$")  # "Saltentinget"
# A capitalised one of these, then "for ...", is a unit's name ("Senter for rusforebygging",
# "Utval for plan, teknikk og næring").
UNIT_LEADS = {"byrådsavdeling", "byrådsavdelingen", "senter", "senteret", "utvalg", "utvalget", "utval", "utvalet",
              "hovedutvalg", "hovudutval", "råd", "rådet", "forum", "enhet", "enheten", "kontor", "kontoret",
              "avdeling", "avdelinga", "avdelingen",
              "seksjon", "seksjonen", "komité", "komite", "nemnd", "nemnda", "etat", "etaten", "team", "teamet",
              "kompetansesenter", "ressurssenter", "kunnskapssenter", "kommunalavdeling"}
# Words that make a run of capitalised words an institution wherever they stand in it.
INSTITUTION_HEADS = {"region", "helsefellesskap", "helsefellesskapet", "bofellesskap", "bofellesskapet", "botilbud",
                     "botilbudet", "omsorgsbolig", "omsorgsboliger", "dagsenter", "dagsenteret", "sykehjemmet",
                     "skolen", "barnehagen", "høgskulen", "høgskolen", "høyskolen", "universitetet"}
ORG_WORDS = re.compile(r"(senter|sentret|senteret|center|institutt|direktorat|tilsyn|forbund|forening|råd$|rådet|"
                       r"administrasjon|sekretariat|"
                       r"etat|kontor|avdeling|seksjon|akademi|universitet|høgskole|høyskole|høgskule|sykehus|sjukehus|foretak|byrå|"
                       r"selskap|organisasjon|departement|stiftelse|nettverk|forum|ombud|utvalg|utval|kommune|team|"
                       r"idrettslag|klubb|bank\b|lag$|slutning)",  # "Landssamanslutninga av nynorskkommunar"
                       re.I)
# A capitalised one of these, then "for ...", names a programme ("Program for folkehelsearbeid i kommunene").
PROGRAMME_LEADS = {"program", "programmet", "prosjekt", "prosjektet", "satsing", "satsingen"}
PROJECT_WORDS = re.compile(r"(prosjekt|program|satsing|satsning|reform|tiltak|pilot)", re.I)
STREET = re.compile(r"^(?!(by|gå)gat[ae]$|(ny|om|ut|av|år)vegen$)"  # "bygata", "omvegen": common nouns
                    r"[\w-]{2,}(veien|vegen|gata|gaten|gate|plassen|torget|allé|stien|bakken|brygga|kaien)$")
# Also streets, but the same endings make common nouns ("Fylkesveg", "Gangvei"), so only away from a
# sentence start or with a house number: "Nedre Elnesvågveg", "Kirkevei 4".
SHORT_STREET = re.compile(r"^[A-ZÆØÅ][\w-]{3,}(veg|vei)$")
# Street words that stand as their own word after a name in the genitive: "Kongens gate 4", "Olav Kyrres plass".
STREET_WORDS = {"gate", "gt.", "vei", "veg", "plass", "allé"}
# A square alone names one place only with its number: "Torget 10".
SQUARES = {"Torget", "Torvet"}
# Fjords, valleys, lakes, tunnels, islands, heaths, mountains, headlands: "Skjerstadfjorden", "Groruddalen",
# "Oslofjordtunnelen", "Jordøya", "Setermoen", "Kirkeneset", "Tjuvholmen", beaches and heaths: "Vigdelstranden", "Hamrabø-heia".
NATURAL_PLACE = re.compile(r"^[A-ZÆØÅ][\w-]{2,}(fjorden|fjord|dalen|sundet|vatnet|vannet|elva|tunnelen|halvøya|øya|"
                           r"moen|fjell|fjellet|vidda|neset|holmen|åna|øyna|stranden|stranda|heia)$")  # "Sandvassåna": a river; "Bildøyna"
# "... for byregioner fase 2", "Byregionsprogrammet Fase II": a phase is not part of a name.
PHASE_WORDS = {"fase", "trinn", "byggetrinn", "del"}
PLACE_REGION = re.compile(r"^(?P<place>[A-ZÆØÅ][\w-]{2,}?)-?(regionen|region|området|byen)s?$")  # "Kongsvingerregionen", "Buskerudbyen"
# Nouns that make the word before them a municipality's or county's name: "Fjell kommune", "Bergen kommunestyre".
PLACE_NOUNS = {"kommune", "kommunes", "kommuner", "fylke", "fylkes", "fylkeskommune", "fylkeskommunes", "bydel",
               "kommunestyre", "kommunestyret", "formannskap", "formannskapet", "bystyre", "bystyret", "fylkesting",
               "fylkestinget"}
# AL: andelslag ("Flesberg Samfunnshus AL"); SF: statsforetak ("Enova SF"); sports clubs: IL, IF, BK, SK, TIF
# ("Moelven IL", "Reinsvoll IF", "Bodø/Glimt FK" is "FK Bodø/Glimt" and not here)
COMPANY_FORMS = {"AS", "ASA", "SA", "BA", "KF", "FKF", "HF", "IKS", "ANS", "DA", "NUF", "AB", "AL", "SF",
                 "IL", "IF", "BK", "SK", "TIF"}
COMPASS = {"nord", "sør", "syd", "øst", "vest", "nordre", "søndre", "østre", "vestre", "indre", "ytre"}
# Acronyms of fields and things, not bodies: "IKT-samarbeidet", "leder for IKT".
GENERIC_ACRONYMS = {"IKT", "IT", "HR", "PC", "EU", "EØS", "FoU", "ROS", "HMS", "PR", "BPA", "TV", "GIS", "VA"}
CONNECTORS = {"for", "og", "i", "av", "til", "på", "med", "om", "fra", "&", "and", "of"}
PROJECT_NOUN = re.compile(r"^\w*(prosjekt|prosjektet|program|programmet|satsingen|satsinga|satsningen|tiltaket|"
                          r"piloten|pilotprosjektet|strategien|reformen|forstudie|forstudien)$", re.I)
# Lower-case unit words after a capitalised adjective: "Samfunnsmedisinsk avdeling".
UNIT_NOUNS = {"avdeling", "avdelinga", "seksjon", "enhet", "eining", "tjeneste", "teneste", "kontor", "etat", "senter",
              "stab", "tjenester", "tenester", "hjemmetjenester", "heimetenester", "hjemmetjeneste", "institutt",
              "sektor", "utvalg", "utval", "nemnd"}  # "Ungdomspolitisk utval"
# A compound ending in one of these, capitalised and followed by "for ...", is a body's name
# ("Bystyrekomite for helse og omsorg", "Arbeidsutvalg for …").
UNIT_LEAD_ENDINGS = ("komite", "komité", "komiteen", "utvalg", "utvalget", "utval", "utvalet", "avdeling",
                     "avdelingen", "senter", "senteret")
# "Familieprosjektet", "TAFU-prosjektet" name one project; these first parts only say what kind.
GENERIC_PROJECT_PARTS = {"hoved", "del", "for", "pilot", "samarbeids", "omstillings", "utviklings", "forsknings",
                         "forskings", "fou", "forsøks", "prøve", "kompetanse", "innovasjons", "evaluerings",
                         "under", "nytt", "dette", "vårt", "forbedrings", "kartleggings", "investerings",
                         "bygge", "byggs", "it", "ikt", "digitaliserings", "plan", "skole", "kommune", "handlings",
                         "arbeids", "aksjons"}
LOCATIVE = {"i"}  # "sykehjemmet i Lervig" is a place; "på St. Petri" is the institution
NAME_END = {"er", "var", "ble", "blir", "har", "hadde", "skal", "skulle", "vil", "kan", "som", "der", "hvor", "frå",
            "vert", "vart", "blei",
            "ved", "i", "med", "og", "til", "på", "fra", "gjennom", "under", "etter", "innen", "mellom"}
# "er", "ble", nynorsk "vert", "blei": a predicate follows ("«Jeg kan», som er eit prosjekt", "er under planlegging").
COPULAS = {"er", "var", "blir", "ble", "vert", "vart", "blei"}
# Finite verbs that follow a project's name in report prose ("prosjektet Mellom linjene startet i 2018").
NAME_VERBS = {"startet", "starta", "starter", "begynte", "deltar", "deltok", "deltek", "gikk", "går", "fikk", "får",
              "gir", "ga", "gav", "mottok", "mottar", "omfatter", "inneholder", "handler", "består", "bidrar", "bidro",
              "viser", "viste", "tilbyr", "ledes", "ledet", "finansieres", "finansierer", "videreføres", "avsluttes",
              "gjennomføres", "jobber", "arbeider", "samarbeider", "fortsetter", "fortsatte", "varer", "varte",
              "retter", "rettes", "skulle", "må", "bør", "kunne", "ville", "ønsker", "skal", "skjer", "foregår",
              "heldt", "held", "fekk", "gjekk", "byrja", "kom", "kjem", "vil", "hadde", "har"}
NAMED_THING = re.compile(r"^\w*(modellen|metoden|verktøyet|planen|strategien|rapporten|boka|boken|filmen|kurset)$")
# Words that name a document, not an organisation or a project ("Statusrapport", "Langtidsplan").
DOCUMENT_WORD = re.compile(r"^\w*(rapport|plan|planen|notat|beskrivelse|skjema|fortegnelse|referat|protokoll|"
                           r"søknad|vedlegg|innstilling)$", re.I)
HEADING_WORDS = {"prosjekt", "program", "prosjektet", "programmet", "delprosjekt", "tiltak"}
WEEKDAYS = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"}
# Pronouns, determiners, conjunctions and adverbs that start sentences, never names.
FUNCTION_WORDS = {"vi", "det", "den", "de", "dette", "disse", "denne", "han", "hun", "jeg", "du", "man", "som",
                  "her", "der", "når", "nå", "så", "men", "og", "eller", "i", "på", "av", "til", "for", "med", "om",
                  "fra", "etter", "over", "ved", "mot", "da", "hvis", "at", "alle", "noen", "ingen", "også",
                  "ikke", "hvor", "hva", "hvem", "hvordan", "hvorfor", "dersom", "mens", "siden", "før", "uten",
                  "blant", "gjennom", "mellom", "dei", "eg", "me", "ein", "eit", "kva", "korleis", "både", "enten",
                  "verken", "samt", "en", "et", "ei", "flere", "fleire", "mange", "ulike"}
# The field labels of a saksframlegg or møtebok header ("Utvalg Møtedato Utvalgssak") are never names.
FORM_LABELS = {"møtedato", "utvalgssak", "saksgang", "saksbehandler", "arkivkode", "arkivsaksnr", "dato", "sted",
               "møteinnkalling", "saksframlegg", "saksnr", "journalpost", "vedlegg", "møtested", "møtetid",
               "innholdsfortegnelse", "innhold", "søknadsnr", "søknadsår", "arkivsak", "støtteordning", "søker",
               "saken", "prosjekteier", "referatsak", "møte", "saknr", "saksh", "arkivsaknr",  # "Fylkesrådet Møte Saknr."
               # a report's section headings: "3 Innledning Forumet i Vilt og trafikk …"
               "innledning", "bakgrunn", "sammendrag", "oppsummering", "konklusjon", "konklusjonar", "forord",
               "versjon",  # "IKT-programmet Versjon 1.1": a document's version
               # a status table's column labels: "Nr. PROSJEKT Oppstart: Slutt:"
               "oppstart", "slutt", "oppstartsdato", "sluttdato", "frist"}
# A person's job title ends a list entry, never a name: "Lennarth Kvernmo Næringssjef".
JOB_TITLE = re.compile(r"^\w*(sjef|leder|leiar|rådgiver|rådgjevar|koordinator|direktør|ordfører|varaordfører|"
                       r"rådmann|kommunedirektør|konsulent|sekretær|saksbehandler)$", re.I)
NOT_NAME_WORDS = set(MONTH_FULL) | WEEKDAYS | FUNCTION_WORDS | FORM_LABELS | {"kommune", "kommunes", "fylkeskommune",
                                                                             "fylke"}
NAME_ABBREVIATIONS = {"St.", "Sta.", "Dr.", "Nye", "Sankt"}

_WORD = re.compile(r"^[A-ZÆØÅ]([A-Za-zÆØÅæøåéü0-9]+(-[A-Za-zÆØÅæøåéü0-9]+)*"
                   r"|(-[A-ZÆØÅ][A-Za-zÆØÅæøåéü0-9]*)+)$")  # "P-Hus Vest AS"; not "E-post"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    path = DATA / "first_names.txt"
    return frozenset(read_list(path)) if path.exists() else frozenset()


def is_first_name(word: str) -> bool:
    """A person's first name, double names too: "Kari", "Ann-Elen", "Anne-Karin"."""
    names = first_names()
    return word in names or ("-" in word and all(part in names for part in word.split("-")))


def capitalised(token: Token) -> bool:
    """A word of two or more letters with a capital first ("Helse", "HELE", "E-Helse", "St."),
    not "A" or "Enhet/"."""
    if token.text in NAME_ABBREVIATIONS:
        return True
    return bool(_WORD.match(token.text)) and any(ch.isalpha() for ch in token.text[1:])


def entity_tokens(doc: Doc, labels: set[str] | None = None) -> list[bool]:
    """Per token: inside a span of `doc.ents` (of the given labels, or any)?"""
    out = [False] * len(doc)
    for ent in doc.ents:
        if labels is None or ent.label_ in labels:
            for i in range(ent.start, ent.end):
                out[i] = True
    return out


def blocked_tokens(doc: Doc) -> list[bool]:
    """Tokens inside a DATE/MONEY/PERCENT/STATUS/EFFECT span: names never take them."""
    return entity_tokens(doc, {e.label_ for e in doc.ents} - NAME_LABELS)


def entity_end(doc: Doc, i: int) -> int:
    """The token after the entity that starts at token `i`."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def entity_start(doc: Doc, i: int) -> int:
    """The first token of the entity that token `i` is in."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Words the text also writes in lower case: common words, whatever their capitals elsewhere.
    Computed once per doc (the name finders ask several times; the tokens no longer change)."""
    if "lowercase_words" not in doc.user_data:
        doc.user_data["lowercase_words"] = frozenset(t.text for t in doc if t.is_alpha and t.is_lower)
    return doc.user_data["lowercase_words"]
