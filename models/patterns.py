"""EntityRuler patterns: DATE, STATUS, MONEY, PERCENT, ORG, GPE, PROJECT, EFFECT.

A pattern may carry an `id` "trim:L:R": match L context tokens before and R after the
entity, then drop them (the matcher has no look-around). Label "_SKIP" marks text that
looks like an entity but is not one (an unticked "Pågår:" box); it wins the longest-match
contest and is removed afterwards.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from models.dates import ISO_DAY, MONTHS, SEASON_WORDS, WEEKDAY_NAMES
from models.gazetteers import PARTY_SHORT, read_organisations, read_places
from models.norm import NUMBER_WORDS

MONTH_FULL = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
              "oktober", "november", "desember"]
MONTH_ANY = sorted(set(MONTHS) | {m + "." for m in MONTHS})
MONTH_SHORT = sorted(set(MONTHS) - set(MONTH_FULL))  # "sept", "aug"
WEEKDAY = r"^(" + "|".join(WEEKDAY_NAMES) + r")(er|en|ene|ar)?$"
NUM_DATE = {"TEXT": {"REGEX": r"^(\d{1,2}\.\d{1,2}\.\d{4}|\d\d\.\d\d\.\d\d)$"}}
MONTH_RANGE = rf"^({'|'.join(MONTH_FULL)})[-–]({'|'.join(MONTH_FULL)})$"
DOT = {"ORTH": ".", "OP": "?"}
YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}
D = r"(0?[1-9]|[12]\d|3[01])"  # a day of the month
M = r"(0?[1-9]|1[0-2])"  # a month number
DAY = {"TEXT": {"REGEX": rf"^{D}\.?$"}}
MONTH = {"LOWER": {"IN": MONTH_ANY}}
SEASON = {"LOWER": {"IN": list(SEASON_WORDS)}}
YEAR_SPAN = {"TEXT": {"REGEX": r"^(19|20)\d\d[-–/](19|20)?\d\d$"}}  # "2009/2010", "2016–17": two years in one token
# "9,47", "1.075.799", "-1,4", "50,-"
_NUMBER = r"[-−]?(\d+([.,]\d+|,-)?|\d{1,3}(\.\d{3})+(,\d+|,-)?)$"
NUM_HEAD = {"TEXT": {"REGEX": "^" + _NUMBER}}
# "1 500", "1\u00a0000", "200 000,-": groups
NUM_GROUP = {"TEXT": {"REGEX": r"^(\d{3}([.,]\d+|,-)?|\u00a0)$"}, "OP": "*"}
# A head that groups may follow: not a year ("bevilget for 2021 200 000 kroner" is a year, then an amount)
GROUPED_HEAD = {"TEXT": {"REGEX": r"^(?!(19|20)\d\d$)" + _NUMBER}}
NUM_RANGE = {"TEXT": {"REGEX": r"^(?!(19|20)\d\d[-–])\d+([.,]\d+)?[-–]\d+([.,]\d+)?$"}}  # "10–15", not "2019-2020"
CURRENCY_BEFORE = ["kr", "kr.", "nok", "mnok", "tnok", "mill.kr", "mrd.kr"]
CURRENCY_AFTER = ["kr", "kr.", "kroner", "kronene", "nok", "mnok", "tnok"]
SCALE = ["mill.", "mill", "millioner", "million", "millionar", "mrd.", "mrd", "milliarder", "milliard", "milliardar",
         "tusen"]
EFFECT_TRIGGERS = ["Økt", "Økte", "Øke", "Færre", "Flere", "Bedre", "Bedret", "Redusert", "Redusere", "Reduksjon",
                   "Mindre", "Lavere", "Styrket", "Styrke", "Effektiv", "Effektivisering", "Raskere",
                   "Forbedret", "Tryggere", "Høyere", "Større", "Tidligere", "Minske", "Unngå"]
EFFECT_STOP = [".", "!", "?", ";", ":", "•", "-", "–", "(", ")", "<", ">", "«", "»"]
# A trigger followed by one of these is an adverb or a subject, not an effect ("Tidligere var dette ...").
EFFECT_NOT_NEXT = ["var", "er", "ble", "blir", "har", "hadde", "vil", "kan", "skal", "må", "bør", "det", "dette",
                   "de", "vi", "man", "enn", "i", "på", "som", "ved", "etter"]
# A capitalised word ending in one of these, followed by a year, names a programme ("Omstillingsprogram 2020"); not a
# plan document ("Handlingsprogram 2025", "Investeringsprogram 2020": the year is a DATE).
PROGRAMME_HEADS = r"^(?!handlings|økonomi|investerings)\w*(program|programmet|omstilling|omstillingen|satsing|satsingen|satsning|reform|reformen|" \
                  r"prosjekt|prosjektet|løft|løftet)$"
NAMING_WORDS = ["kalt", "kalles", "kaltes", "heter", "het", "navngitt", "betegnet", "døpt", "navnet", "tittelen"]
PROJECT_NOUN = r"^(for|pilot|del|hoved|under)?prosjekt(et)?$"
# Before a «quoted» name also a programme, a drive or a grant scheme, compounds too: "satsinga «ByR i Vest-Telemark»",
# "intervensjonssatsingen «Fra bekymring til handling»", "tilskuddsordningen «Grønne bygder»"
PHASE_NOUNS = ["forprosjekt", "forstudie", "hovedprosjekt", "delprosjekt", "pilotprosjekt"]
QUOTE_NOUN = r"^(\w*prosjekt(et)?|\w*program(met)?|\w*satsing(a|en)?|\w*satsning(en)?|\w*ordning(a|en)?)$"
NAME_STOP = ["som", "der", "hvor", "ble", "hadde", "skal", "skulle", "vil", "og", "i", "på", "med", "for"]
# A sentence after "Kort beskrivelse av prosjektet:" starts with one of these; a name does not.
SENTENCE_OPENERS = ["som", "det", "den", "de", "dette", "disse", "vi", "i", "på", "for", "med", "etter", "når",
                    "hvis", "dersom", "ved", "gjennom", "målet", "formålet", "hensikten", "bakgrunnen",
                    # "Status for prosjektet: Pågår": a status value, not a name
                    "pågår", "avsluttet", "gjennomført", "under", "ikke", "tentativt", "utført", "pågående", "ferdig",
                    "planlagt", "startet", "stoppet", "utsatt", "avventer"] \
    + [w.lower() for w in EFFECT_TRIGGERS]  # "Mål for prosjektet: Redusert sykefravær …": an effect, not a name


def _dates() -> list[dict]:
    pats = [
        # "10.12.2019", "29.01.18"; not "5.5.13", a section number
        [{"TEXT": {"REGEX": r"^(\d{1,2}\.\d{1,2}\.\d{4}|\d\d\.\d\d\.\d\d)$"}}],
        [NUM_DATE, {"LOWER": {"IN": ["-", "–", "til"]}}, NUM_DATE],  # "20.09.2012 – 01.11.2012": one period
        [{"TEXT": {"REGEX": rf"^{ISO_DAY}$"}}],  # "2020-03-12"
        [{"TEXT": {"REGEX": rf"^{D}/{M}/(19|20)\d\d$"}}],  # "04/01/2023", as web case lists write it
        [SEASON, YEAR_SPAN],  # "vinteren 2019/2020"
        [{"LOWER": {"REGEX": WEEKDAY}}, DAY, DOT, MONTH, DOT, YEAR],  # "fredag 11. september 2009"
        [{"LOWER": {"REGEX": WEEKDAY}}, DAY, DOT, MONTH],  # "onsdag 30. november." (not the sentence's period)
        [{"LOWER": {"REGEX": WEEKDAY}}, DAY, DOT, {"LOWER": {"IN": MONTH_SHORT}}, {"ORTH": "."}],  # "tirsdag 4. sept."
        [{"LOWER": {"REGEX": WEEKDAY}}, NUM_DATE],
        [{"LOWER": {"REGEX": WEEKDAY}}, {"TEXT": {"REGEX": rf"^{D}/{M}$"}}],  # "fredag 19/6"
        [{"LOWER": {"REGEX": WEEKDAY}}, {"TEXT": {"REGEX": r"^\d\d\.\d\d-\d\d$"}}],  # "Fredag 23.06-17"
        [{"LOWER": {"REGEX": WEEKDAY}}],
        [{"TEXT": {"REGEX": rf"^{D}\.{M}\.?$"}}, DOT, YEAR],  # "1.6. 2008", "29.09 2010"
        [{"TEXT": {"REGEX": rf"^{D}\.$"}}, {"TEXT": {"REGEX": r"^(0[1-9]|1[0-2])$"}}, YEAR],  # "05. 05 2008"
        # "19.06." without a year; both parts two digits, so "3.10." (a section) is not a date
        [{"TEXT": {"REGEX": r"^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])$"}}, {"ORTH": "."}],
        [{"TEXT": {"REGEX": rf"^{D}[-–]{D}\.?$"}}, MONTH, DOT, {**YEAR, "OP": "?"}],  # "24-25 oktober 2018"
        [{"LOWER": {"REGEX": rf"{WEEKDAY[:-1]}[-–]{WEEKDAY[1:]}"}}],  # "mandag-onsdag"
        [{"TEXT": {"REGEX": r"^((1[89]|20)\d|[1-9])0-(tallet|tallets)$"}}],  # "1940-tallet", "90-tallet"
        [{"LOWER": {"IN": ["årsskiftet", "nyttår", "nyttåret"]}}, YEAR_SPAN],  # "årsskiftet 2009/2010"
        [{"LOWER": {"IN": ["nyåret", "nyttåret"]}}],  # "byrja på nyåret": the coming new year
        [DAY, DOT, MONTH, DOT, YEAR],
        [{"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, MONTH],
        # "i Kongsberg 6 desember": the day's period left out
        [{"TEXT": {"REGEX": rf"^{D}$"}}, {"LOWER": {"IN": MONTH_FULL}}],
        # "07. april til 22. mai 2017", "5. - 25. september 2016": one period
        [{"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, {**MONTH, "OP": "?"}, {"LOWER": {"IN": ["-", "–", "til"]}},
         {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, MONTH, {**YEAR, "OP": "?"}],
        [MONTH, DOT, YEAR],
        [MONTH, DOT, YEAR, {"LOWER": {"IN": ["-", "–", "til"]}}, MONTH, DOT, YEAR],  # "oktober 2015 til januar 2016"
        [{"LOWER": {"IN": MONTH_FULL}}, {"LOWER": "måned", "OP": "?"}, {"LOWER": "i"}, YEAR],  # "mars måned i 2020"
        [{"LOWER": {"IN": MONTH_FULL}}, {"LOWER": {"IN": ["måned", "månad"]}}],  # "i løpet av juni måned"
        # "skoleåret 2008/2009"
        [{"LOWER": {"REGEX": r"^\w*året$"}}, {"TEXT": {"REGEX": r"^(19|20)\d\d([-–/]((19|20)?\d\d))?$"}}],
        # "1.1. – 31.12.2014"
        [{"TEXT": {"REGEX": rf"^{D}\.{M}$"}}, {"ORTH": "."}, {"ORTH": {"IN": ["-", "–"]}}, NUM_DATE],
        [MONTH, DOT, {"LOWER": {"IN": ["/", "-", "–", "til"]}}, MONTH, DOT, YEAR],  # "mars til juli 2010"
        [{"LOWER": {"IN": MONTH_FULL}}],
        [SEASON, YEAR],
        [SEASON, YEAR, {"ORTH": {"IN": ["/", "-", "–"]}}, SEASON, YEAR],  # "høsten 2012/våren 2013"
        [SEASON, {"LOWER": {"IN": ["og", "til", "-", "–"]}}, SEASON, YEAR],  # "sommer og høst 2018"
        [SEASON, {"LOWER": {"IN": ["og", "til", "-", "–"]}}, SEASON,
         {"TEXT": {"REGEX": r"^\d\d/\d\d$"}}],  # "høsten og våren 22/23"
        [{"TEXT": {"REGEX": r"^(1\d|2[01])\.$"}}, {"LOWER": {"IN": ["århundre", "århundret", "hundreår", "hundreåret"]}}],
        # "til høsten", "til hausten": this coming autumn
        [{"LOWER": {"IN": ["våren", "sommeren", "sommaren", "høsten", "hausten", "vinteren"]}}],
        [{"LOWER": {"IN": ["tidlig", "tidleg", "sen", "sent"]}}, SEASON,
         {**YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["primo", "medio", "ultimo"]}}, MONTH, DOT, {**YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["primo", "medio", "ultimo"]}}, YEAR],
        [{"TEXT": {"REGEX": r"^[1-4]\.$"}}, {"LOWER": {"IN": ["kvartal", "tertial", "halvår"]}}, {**YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["første", "fyrste", "andre", "tredje", "fjerde", "siste"]}},
         {"LOWER": {"IN": ["kvartal", "tertial", "halvår"]}}, {**YEAR, "OP": "?"}],  # "første halvår 2012"
        [{"LOWER": {"IN": ["første", "fyrste", "andre", "siste"]}}, {"LOWER": {"IN": ["halvdel", "halvdelen"]}},
         {"LOWER": "av"}, YEAR],  # "første halvdel av 2014"
        [{"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, {"LOWER": "og"}, {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, MONTH,
         {**YEAR, "OP": "?"}],  # "14. og 15. juni"
        [{"LOWER": {"REGEX": WEEKDAY}}, {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, {"LOWER": "og"},
         {"LOWER": {"REGEX": WEEKDAY}}, {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, MONTH,
         {**YEAR, "OP": "?"}],  # "mandag 8. og tirsdag 9. juni 2015"
        [{"LOWER": {"IN": MONTH_FULL}}, {"LOWER": {"IN": ["-", "–", "til"]}}, {"LOWER": {"IN": MONTH_FULL}},
         {**YEAR, "OP": "?"}],  # "september - november", "januar til mai"
        [YEAR, {"ORTH": {"IN": ["-", "–"]}}, {"TEXT": {"REGEX": r"^\d\d$"}}],  # "2021 – 24"
        [YEAR, {"TEXT": {"REGEX": r"^[-–]\d\d$"}}],  # "2021 -24"
        [{"TEXT": {"REGEX": r"^(19|20)\d\d[-–]$"}}, YEAR],  # "2017- 2027"
        [{"LOWER": {"IN": ["jula", "julen"]}}, {**YEAR, "OP": "?"}],  # "bruker jula til å …", "jula 2018"
        [{"LOWER": "nyttår"}],
        [{"TEXT": {"REGEX": r"^\d\d\.\d\d-\d\d$"}}],  # "27.04-17": day.month-year
        [{"LOWER": {"IN": ["uke", "veke"]}}, {"TEXT": {"REGEX": r"^([1-9]|[1-4]\d|5[0-3])$"}}, {**YEAR, "OP": "?"}],
        [{"LOWER": {"REGEX": MONTH_RANGE}}, {**YEAR, "OP": "?"}],  # "januar-august" as one token
        [YEAR],
        [{"TEXT": {"REGEX": r"^(19|20)\d\d[-–—/](19|20)?\d\d$"}}],
        [{"TEXT": {"REGEX": r"^\d{1,2}\.[-–]\d{1,2}\.$"}}, MONTH, {**YEAR, "OP": "?"}],  # "14.-15. juni 2016"
        [YEAR, {"ORTH": {"IN": ["-", "–", "/"]}}, YEAR],
        [YEAR, {"LOWER": "til"}, YEAR],
    ]
    # "før jul", "i vinter": Christmas and this winter, without the preposition (not "i vår", also "our")
    around = [[{"LOWER": {"IN": ["den", "innen", "frist", "fristen", "fra", "før", "til", "per", "pr."]}},
               {"TEXT": {"REGEX": rf"^{D}\.{M}$"}}, {"ORTH": "."}],  # "innen fristen den 26.3."
              # "Tertialrapport 2/2015", "kvartalsrapport 3/2019": a part of a year after the report's kind
              [{"LOWER": {"REGEX": r"^\w*(tertial|kvartal|tertialrapport|kvartalsrapport)$"}},
               {"TEXT": {"REGEX": r"^[1-4]/(19|20)\d\d$"}}],
              # "pr 31.12", "per 1.1": a day and a month after "per"
              [{"LOWER": {"IN": ["pr", "pr.", "per"]}}, {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])$"}}],
              [{"LOWER": {"IN": ["før", "etter", "til", "fram", "rundt", "innen"]}},
               {"LOWER": {"IN": ["jul", "julen"]}}],
              [{"LOWER": {"IN": ["i", "til"]}}, {"LOWER": {"IN": ["vinter", "sommer", "sommar", "høst", "haust"]}}]]
    return [{"label": "DATE", "pattern": p} for p in pats] + [{"label": "DATE", "pattern": p, "id": "trim:1:0"}
                                                              for p in around]


def _not_dates() -> list[dict]:
    """Document identifiers that contain a year: "NOU 2003: 14", "St.meld. nr. 12 (2010–2011)", "PS 2012/16"."""
    ids = {"LOWER": {"IN": ["nou", "meld.", "st.meld.", "prop.", "ot.prp.", "st.prp.", "innst."]}}
    # "PS 2012/16", "RS 2012/6", "sak 2016/2821": a case number in a meeting's case list
    case = {"LOWER": {"IN": ["ps", "rs", "sak", "saksnr", "saksnr.", "arkivsak", "arkivsaksnr", "arkivsaksnr.", "ds"]}}
    return [{"label": "_SKIP", "pattern": [ids, YEAR, {"ORTH": ":", "OP": "?"}, {"IS_DIGIT": True, "OP": "?"}]},
            {"label": "_SKIP", "pattern": [case, {"ORTH": ":", "OP": "?"},
                                           {"TEXT": {"REGEX": r"^(19|20)\d\d/\d{1,4}$"}}]}]


def _status() -> list[dict]:
    ws = {"IS_SPACE": True}
    not_started = {"LOWER": {"IN": ["startet", "påbegynt", "igangsatt"]}}
    out = [
        {"label": "STATUS", "pattern": [{"LOWER": "pågår"}, {"ORTH": ":"}, {"LOWER": "x"}]},
        {"label": "STATUS", "pattern": [{"LOWER": "avsluttet"}, {"ORTH": ":"}, {"LOWER": "x"}]},
        # "Pågår" as a label or cell; lower-case "pågår" mid-sentence is the verb ("Planlegging pågår.")
        {"label": "STATUS", "pattern": [{"ORTH": {"IN": ["Pågår", "PÅGÅR"]}}]},
        {"label": "STATUS", "pattern": [{"ORTH": {"IN": ["Avsluttet", "AVSLUTTET"]}}]},
        # a table cell "Utført" / "Pågående" ends there; "Utført arbeid viser ..." is a sentence
        {"label": "STATUS", "pattern": [{"ORTH": {"IN": ["Utført", "UTFØRT", "Pågående", "PÅGÅENDE"]}},
                                        {"IS_ALPHA": False}], "id": "trim:0:1"},
        {"label": "_SKIP", "pattern": [{"LOWER": "pågår"}, {"ORTH": ":"}, ws]},
        {"label": "_SKIP", "pattern": [{"LOWER": "pågår"}, {"ORTH": ":"}, {"LOWER": "avsluttet"}, {"ORTH": ":"}]},
        {"label": "_SKIP", "pattern": [{"LOWER": "avsluttet"}, {"ORTH": ":"}]},
        {"label": "STATUS", "pattern": [{"LOWER": "gjennomført"}, ws], "id": "trim:0:1"},
        {"label": "STATUS", "pattern": [ws, {"LOWER": "gjennomført"}], "id": "trim:1:0"},
        {"label": "STATUS", "pattern": [{"LOWER": "under"}, {"LOWER": {"IN": ["arbeid", "planlegging"]}}]},
        # "Ikke startet", "Status: ikke startet", a cell "\tikke startet"; not the verb phrase in running
        # text ("kvalitetsarbeidet ikke startet med ...")
        {"label": "STATUS", "pattern": [{"ORTH": {"IN": ["Ikke", "IKKE"]}}, not_started]},
        {"label": "STATUS", "pattern": [{"IS_ALPHA": False}, {"LOWER": "ikke"}, not_started], "id": "trim:1:0"},
        {"label": "STATUS", "pattern": [{"LOWER": "tentativt"}, {"LOWER": {"IN": ["planlagt", "oppstart"]}}]},
    ]
    return out


def _year_safe(patterns: list[list[dict]]) -> list[list[dict]]:
    """Each pattern twice where a head takes digit groups: the groups after a head that is not a year, and the head
    alone without groups."""
    out = []
    for pattern in patterns:
        if NUM_GROUP not in pattern:
            out.append(pattern)
            continue
        out.append([GROUPED_HEAD if t is NUM_HEAD and k + 1 < len(pattern) and pattern[k + 1] is NUM_GROUP else t
                    for k, t in enumerate(pattern)])
        out.append([t for t in pattern if t is not NUM_GROUP])
    return out


def _amounts() -> list[dict]:
    money = [
        [{"LOWER": {"IN": CURRENCY_BEFORE}}, NUM_HEAD, NUM_GROUP],
        [{"LOWER": {"IN": CURRENCY_BEFORE}}, NUM_HEAD, NUM_GROUP, {"LOWER": {"IN": SCALE}}],
        [NUM_HEAD, NUM_GROUP, {"LOWER": {"IN": CURRENCY_AFTER}}],
        [NUM_HEAD, NUM_GROUP, {"LOWER": {"IN": SCALE}}, {"LOWER": {"IN": CURRENCY_AFTER}}],
        # "ni mill. kroner", "fem millionar kronene": a number word, a scale and a currency
        [{"LOWER": {"IN": sorted(NUMBER_WORDS)}}, {"LOWER": {"IN": SCALE}}, {"LOWER": {"IN": CURRENCY_AFTER}}],
        # "23,6 mill. byutviklingskroner", "400 000 skattekroner": kroner of a purpose
        [NUM_HEAD, NUM_GROUP, {"LOWER": {"IN": SCALE}, "OP": "?"}, {"LOWER": {"REGEX": r"^[a-zæøå]{3,}kroner$"}}],
        # ",-" marks kroner without a currency word: "45 000,-", "1.500,-"
        [{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"TEXT": {"REGEX": r"^\d{3}$"}, "OP": "*"}, {"TEXT": {"REGEX": r"^\d{3},-$"}}],
        [{"TEXT": {"REGEX": r"^(\d{2,}|\d{1,3}(\.\d{3})+),-$"}}],
    ]
    dash = {"ORTH": {"IN": ["-", "–"]}}  # not "til": "frå 30 pst til 50 pst" is a change, not a range
    money += [  # ranges: "2-3 mill. kroner", "200 000 - 300 000 kr", "kr 2–3 mill."
        [NUM_RANGE, {"LOWER": {"IN": SCALE}, "OP": "?"}, {"LOWER": {"IN": CURRENCY_AFTER}}],
        [NUM_HEAD, NUM_GROUP, dash, NUM_HEAD, NUM_GROUP, {"LOWER": {"IN": SCALE}, "OP": "?"},
         {"LOWER": {"IN": CURRENCY_AFTER}}],
        [{"LOWER": {"IN": CURRENCY_BEFORE}}, NUM_RANGE, {"LOWER": {"IN": SCALE}, "OP": "?"}],
    ]
    percent_word = {"LOWER": {"IN": ["%", "prosent", "prosentpoeng", "pst", "pst."]}}
    percent = [[NUM_HEAD, percent_word],
               [NUM_RANGE, percent_word], [NUM_HEAD, dash, NUM_HEAD, percent_word],  # "10–15 %", "10 - 15 prosent"
               [NUM_HEAD, percent_word, dash, NUM_HEAD, percent_word],  # "2,07 % - 2,67 %"
               # "seks prosent"
               [{"LOWER": {"IN": sorted(NUMBER_WORDS)}}, {"LOWER": {"IN": ["prosent", "prosentpoeng"]}}]]
    return ([{"label": "MONEY", "pattern": p} for p in _year_safe(money)]
            + [{"label": "PERCENT", "pattern": p} for p in percent])


def _phrases(label: str, names: list[str], genitive: bool) -> list[dict]:
    out = []
    for name in names:
        out.append({"label": label, "pattern": name})
        if genitive and not name.endswith("s"):
            out.append({"label": label, "pattern": name + "s"})
    return out


def _projects() -> list[dict]:
    quoted = {"OP": "+", "ORTH": {"NOT_IN": ["»", "\n", "."]}}
    plain_quoted = {"OP": "*", "ORTH": {"NOT_IN": ['"', "”", "“", "\n", "."]}}
    prosjekt = {"LOWER": {"REGEX": PROJECT_NOUN}}
    title = {"IS_TITLE": True, "LOWER": {"NOT_IN": SENTENCE_OPENERS}}
    name_rest = {"LOWER": {"NOT_IN": NAME_STOP}, "IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,5}"}
    return [
        {"label": "PROJECT", "pattern": [{**title, "LOWER": {"REGEX": PROGRAMME_HEADS}}, YEAR]},
        {"label": "PROJECT", "pattern": [{"LOWER": {"IN": NAMING_WORDS}}, {"ORTH": "«"}, quoted, {"ORTH": "»"}],
         "id": "trim:2:1"},
        {"label": "PROJECT", "pattern": [prosjekt, {"ORTH": ":"}, title, name_rest], "id": "trim:2:0"},
        {"label": "PROJECT", "pattern": [{"TEXT": {"REGEX": r"^P\d{3,5}s?$"}}]},
        {"label": "PROJECT", "pattern": [{"ORTH": "P"}, {"TEXT": {"REGEX": r"^\d{3,5}s?$"}}]},
        {"label": "PROJECT", "pattern": [{"LOWER": {"REGEX": QUOTE_NOUN}}, {"IS_SPACE": True, "OP": "?"}, {"ORTH": "«"},
                                         quoted, {"ORTH": "»"}], "id": "trim:1:0"},  # the guillemets are trimmed
        {"label": "PROJECT", "pattern": [prosjekt, {"ORTH": {"IN": ['"', "“"]}}, {"TEXT": {"REGEX": r"^[A-ZÆØÅ0-9]"}},
                                         plain_quoted, {"ORTH": {"IN": ['"', "”"]}}], "id": "trim:2:1"},
        # 'Interregprosjekt: "Kortreist mat over grensen"', 'Prosjektleder for "Folkehelse i Glåmdal"'
        {"label": "PROJECT", "pattern": [{"LOWER": {"REGEX": QUOTE_NOUN}}, {"ORTH": ":"}, {"ORTH": {"IN": ['"', "“", "”"]}},
                                         {"TEXT": {"REGEX": r"^[A-ZÆØÅ0-9]"}}, plain_quoted,
                                         {"ORTH": {"IN": ['"', "”"]}}], "id": "trim:3:1"},
        {"label": "PROJECT", "pattern": [{"LOWER": {"IN": ["prosjektleder", "prosjektleiar", "prosjektansvarlig"]}},
                                         {"LOWER": "for"}, {"ORTH": {"IN": ['"', "“", "”", "«"]}},
                                         {"TEXT": {"REGEX": r"^[A-ZÆØÅ0-9]"}}, plain_quoted,
                                         {"ORTH": {"IN": ['"', "”", "»"]}}], "id": "trim:3:1"},
        {"label": "PROJECT", "pattern": [{"LOWER": {"IN": NAMING_WORDS}}, {"ORTH": {"IN": ['"', "“", "”"]}},
                                         {"TEXT": {"REGEX": r"^[A-ZÆØÅ0-9]"}}, plain_quoted, {"ORTH": {"IN": ['"', "”"]}}],
         "id": "trim:2:1"},  # fikk navnet ”Ditt valg - Bolig først”
        # prosjektet "Unge bolig og boevne"; not prosjekt “gikk alle til sitt”, irony in plain quotes
        {"label": "PROJECT", "pattern": [{"ORTH": "«"}, quoted, {"ORTH": "»"}, prosjekt], "id": "trim:1:2"},
        # «Forprosjekt stedsutvikling Bardufoss»: the phase is not in the name
        {"label": "PROJECT", "pattern": [{"ORTH": "«"}, {"LOWER": {"IN": PHASE_NOUNS}},
                                         {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["for", "om", "i", "av", "til", "med"]}},
                                         {**quoted, "OP": "*"}, {"ORTH": "»"}], "id": "trim:2:1"},
    ]


def effect_patterns() -> list[dict]:
    # A capitalised word after the trigger makes a name ("Flere Farger skal ..."), not an effect.
    first = {"ORTH": {"NOT_IN": EFFECT_STOP}, "LOWER": {"NOT_IN": EFFECT_NOT_NEXT}, "IS_SPACE": False,
             "IS_TITLE": False}
    body = {"ORTH": {"NOT_IN": EFFECT_STOP}, "IS_SPACE": False, "OP": "*"}
    return [{"label": "EFFECT", "pattern": [{"ORTH": {"IN": EFFECT_TRIGGERS}}, first, body]}]


def _county_governor_codes() -> list[dict]:
    """"FMFA", "FMOV": the county governors' own codes (Fylkesmannen i Finnmark, i Oslo og Viken)."""
    return [{"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^FM[A-ZÆØÅ]{2}$"}}]}]


def _roads() -> list[dict]:
    """Numbered roads are places: "E39", "E-39", "E 18", "E134", "Fv. 40", "fv. 460", "FV 415", "rv. 7", "Rv36"."""
    return [{"label": "GPE", "pattern": [{"TEXT": {"REGEX": r"^E-?\d{1,3}$"}}]},
            {"label": "GPE", "pattern": [{"TEXT": {"REGEX": r"^([FR]v|[FR]V)\d{1,4}$"}}]},  # "Rv36", "FV415"
            {"label": "GPE", "pattern": [{"ORTH": "E"}, {"TEXT": {"REGEX": r"^(6|1[0-8]|39|[1-9]\d\d)$"}}]},
            {"label": "GPE", "pattern": [{"LOWER": {"IN": ["fv", "fv.", "rv", "rv.", "riksvei", "riksveg", "fylkesvei",
                                                           "fylkesveg"]}}, {"TEXT": {"REGEX": r"^\d{1,4}$"}}]},
            {"label": "GPE", "pattern": [{"LOWER": {"IN": ["fv", "rv"]}}, {"ORTH": "."},
                                         {"TEXT": {"REGEX": r"^\d{1,4}$"}}]}]


def _party_after_person() -> list[dict]:
    """"Erlend Svardal Bøe (H)", "Jorunn Skogstad (SP)": a party's letters in brackets after a name."""
    return [{"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "("}, {"ORTH": {"IN": list(PARTY_SHORT)}},
                                         {"ORTH": ")"}],
             "id": "trim:2:1"}]


def _political_councils() -> list[dict]:
    """"Folloregionen interkommunalt politisk råd", "Folloregionen IPR": a region's council by its legal form
    (kommuneloven § 18)."""
    return [{"label": "ORG", "pattern": [{"IS_TITLE": True}, {"LOWER": "interkommunalt"}, {"LOWER": "politisk"},
                                         {"LOWER": {"IN": ["råd", "råds"]}}]},
            {"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "IPR"}]}]


def _destination_companies() -> list[dict]:
    """"Visit Sognefjord", "Destinasjon Femund-Engerdal": a destination company is named "Visit" or
    "Destinasjon" + its place."""
    return [{"label": "ORG", "pattern": [{"ORTH": {"IN": ["Visit", "VISIT", "Destinasjon", "DESTINASJON"]}},
                                         {"IS_TITLE": True},
                                         {"IS_TITLE": True, "OP": "?"}]}]


def build_patterns(data_dir: Path, organisations: str, places: str) -> list[dict]:
    """All rule patterns except EFFECT (`effect_patterns`, applied after the names); gazetteers are
    read from `data_dir`."""
    return (_dates() + _not_dates() + _status() + _amounts() + _projects() + _destination_companies() + _roads()
            + _party_after_person() + _county_governor_codes() + _political_councils()
            + _phrases("ORG", sorted(_case_variants(read_organisations(data_dir / organisations))), genitive=True)
            + _phrases("GPE", sorted(_place_variants(read_places(data_dir / places))), genitive=True))


SMALL_WORDS = {"og", "i", "for", "av", "på", "til", "med", "om"}


CAPS_NOT_NAMES = {"Høyre", "Rødt"}  # "HØYRE", "RØDT" in capitals are as often "right" and "red" in a heading


def _case_variants(names: Iterable[str]) -> set[str]:
    """The names and how other writers capitalise them: a short one-word name in capitals ("SIVA", "NKOM",
    "BUFDIR"); for a name of several words every word ("Statens Vegvesen") or only the first ("Kristelig
    folkeparti")."""
    out = set(names)
    out |= {n.upper() for n in out if " " not in n and 3 <= len(n) <= 6 and n.istitle() and n.isalpha()
            and n not in CAPS_NOT_NAMES}
    for name in list(out):
        words = name.split()
        if len(words) < 2 or not all(w.replace("-", "").isalpha() for w in words) or name.isupper():
            continue
        out.add(" ".join(w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in words))
        out.add(" ".join([words[0]] + [w if w.isupper() else w.lower() for w in words[1:]]))
    return out


COMPASS_PARTS = ("Nord-", "Sør-", "Øst-", "Vest-", "Aust-", "Midt-", "Indre-", "Ytre-", "Nordre-", "Søndre-", "Øvre-",
                 "Nedre-")


def _place_variants(names: Iterable[str]) -> set[str]:
    """The names and how other writers spell them: "Nore Og Uvdal" (title-casing web pages) for "Nore og
    Uvdal", "Nord Trøndelag" (no hyphen) for "Nord-Trøndelag"."""
    names = set(names)
    return names | {n.replace(" og ", " Og ") for n in names if " og " in n} \
        | {n.replace("-", " ", 1) for n in names if n.startswith(COMPASS_PARTS)} \
        | {n[:-len(last)] + last.lower() for n in names if (last := n.rsplit(" ", 1)[-1]) in WORKS_NOUNS and " " in n}


# The noun of a village named after its works or station, often written in lower case: "Eidsvoll verk", "Bærums verk"
WORKS_NOUNS = {"Verk", "Bruk", "Stasjon", "Kloster"}
