"""Norwegian date phrases as periods: "høst 2016" -> 2016-09-01 .. 2016-11-30.

`parse_period` finds the first date phrase in a string (the string may be a whole
sentence such as "Prosjektet ble iverksatt 1. juni 2008") and returns its first and
last day. Conventions (also in docs/sections/nlp.md):

* day ("10.12.2019", "10.12.18", "22.august 2017", "1. juni 2008") -> that day
* month ("mars 2017", "des. 2018", "Jan. 2016") -> whole month; "aug./sept. 2017" -> both
* year -> whole year; "2016–2017" -> both years
* vår 03-01..05-31, sommer 06-01..08-31, høst 09-01..11-30,
  vinter YYYY -> YYYY-12-01..(YYYY+1)-02-28/29 (the winter that starts in YYYY)
* primo YYYY -> January, medio YYYY -> June–July, ultimo YYYY -> December;
  with a month: primo 1st–10th, medio 11th–20th, ultimo 21st–last day
* "1. kvartal 2018" -> Jan–Mar, "2. tertial 2018" -> May–Aug, "1. halvår" -> Jan–Jun; also written out
  ("første halvår 2012", "siste tertial 2019")
* "1940-tallet" -> 1940–1949 ("90-tallet" the 1990s); "årsskiftet 2009/2010" -> Dec 2009–Jan 2010
* "første halvdel av 2014" -> Jan–Jun, as "første halvår"; a part without a year takes `context_year`
* "14. og 15. juni 2016" -> 14–15 June, as "14.-15. juni 2016"
* "jul" alone is Christmas (24–26 December of `context_year`), not July; "jula 2018", "julen 2018" ->
  24–26 December 2018 ("jul 2018" stays July)
* "uke 43 2023" -> the ISO week, Monday to Sunday (a week without a year takes `context_year`)
* "fom. april 2017" -> start only; "tom./innen des. 2018" -> end only
* "ikke fastsatt", "ikke avklart", "" -> no period, raw kept
* an impossible day.month such as "07.16.2016" is read with day and month swapped,
  with a `warning`; a date that is impossible either way gives no period and a warning.

A month without a year takes `context_year` (e.g. the document's year) when given; so do two months
("januar til mai", "januar-august": from the first to the last) and a day after a weekday ("fredag 19/6").
dateparser (languages=["nb"]) is the fallback for full dates the rules do not know; it
must find day, month and year itself, so it never fills a gap with today's date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Optional

from extract.types import Period

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "desember": 12, "des": 12,
}
SEASONS: dict[str, tuple[int, int]] = {"vår": (3, 5), "sommer": (6, 8), "sommar": (6, 8), "høst": (9, 11),
                                       "haust": (9, 11),
                                       # parts of a season, and the school's half-years
                                       "forsommer": (5, 6), "forsommar": (5, 6), "sensommer": (8, 9),
                                       "seinsommar": (8, 9), "ettersommer": (8, 9), "ettersommar": (8, 9),
                                       "senhøst": (10, 11), "seinhaust": (10, 11),
                                       "vårhalvår": (1, 6), "høsthalvår": (7, 12), "hausthalvår": (7, 12),
                                       "vårsemester": (1, 6), "høstsemester": (8, 12), "haustsemester": (8, 12)}


def _definite(word: str) -> str:
    return word + ("et" if word.endswith(("halvår", "semester")) else "en")  # "høsthalvåret", "forsommeren"


# Every season and its definite form, bokmål and nynorsk ("vinter" is handled apart: it crosses the year end).
SEASON_WORDS = tuple(w for base in [*SEASONS, "vinter"] for w in (base, _definite(base)))
UNDECIDED = ("ikke fastsatt", "ikke avklart", "ikke bestemt", "uavklart", "ukjent", "ikke satt")

_MONTH = r"(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![a-zæøå])"
_YEAR = r"(?P<{name}>(?:19|20)\d{{2}})(?!\d)"
_NB = r"(?<![\w.,])"


def _numeric_date(n: str = "") -> str:
    """dd.mm.yyyy (also "1.6 2008", "05. 05 2008"), its groups named date, d, m, y plus `n`."""
    return (_NB + rf"(?P<date{n}>(?P<d{n}>\d{{1,2}})(?:[/-]|\.\s?)(?P<m{n}>\d{{1,2}})(?:[./-]|\.?\s)"
            rf"(?P<y{n}>\d{{4}}|\d{{2}})(?!\d|,\d))")


_NUMERIC = re.compile(_numeric_date())
ISO_DAY = r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"  # "2020-03-12"
_ISO_DATE = re.compile(r"(?<![\d.])" + ISO_DAY + r"(?![\d.])")
# "20.09.2012 – 01.11.2012", "1.6.2008 31.12.2010" (a from–to pair whose dash was lost)
_NUMERIC_RANGE = re.compile(_numeric_date("1") + r"\s*(?:[-–—]|til)?\s*" + _numeric_date())
_OPEN_RANGE = re.compile(_NB + r"(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.?\s*(?:[-–—]|til)\s*" + _numeric_date())
# "mandag 8. og tirsdag 9. juni 2015": a weekday before the second day
WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
                 "måndag", "tysdag", "laurdag", "sundag")  # bokmål, then the nynorsk forms that differ
_WEEKDAY = r"(?:" + "|".join(WEEKDAY_NAMES) + r")\s+"
_DAY_MONTH = re.compile(
    _NB + r"(?:(?P<d0>\d{1,2})\.?\s*(?:[-–]|og)\s*(?:" + _WEEKDAY + r")?)?(?P<d>\d{1,2})\.?\s*"
    + _MONTH.format(name="m") + r"\s*" + _YEAR.format(name="y"), re.I)
# "07. april til 22. mai 2017": two days of a year, the first in the year before when its month comes later
_DAY_MONTH_RANGE = re.compile(
    _NB + r"(?P<d1>\d{1,2})\.?\s*" + _MONTH.format(name="m1") + r"\s*(?:[-–]|til)\s*(?P<d2>\d{1,2})\.?\s*"
    + _MONTH.format(name="m2") + r"\s*" + _YEAR.format(name="y"), re.I)
_PART_NUMBER = r"[1-4]\.|første|fyrste|andre|tredje|fjerde|siste"
_PART = re.compile(
    rf"(?P<n>{_PART_NUMBER})\s*(?P<kind>kvartal|tertial|halvår|halvdel(?:en)?\s+av)"
    r"\s*(?:i\s+)?(?:" + _YEAR.format(name="y") + ")?", re.I)
_PART_ONLY = re.compile(rf"(?:{_PART_NUMBER})\s*(?:kvartal|tertial|halvår)", re.I)  # the whole text, no year
ORDINALS = {"første": 1, "fyrste": 1, "andre": 2, "tredje": 3, "fjerde": 4}
_WEEK = re.compile(r"\b(?:uke|veke)\s*(?P<w>[1-9]|[1-4]\d|5[0-3])\b(?:[\s,/]+(?P<y>(?:19|20)\d\d))?", re.I)
_CHRISTMAS = re.compile(r"\s*(?:jul|julen|jula)\s*", re.I)
_CHRISTMAS_YEAR = re.compile(r"\b(?:julen|jula)\s+" + _YEAR.format(name="y"), re.I)  # "jul 2018" is July
_QUARTER = re.compile(r"\b[Qq](?P<n>[1-4])\s*[-/]?\s*" + _YEAR.format(name="y"))
_TWO_MONTHS = r"(?<![a-zæøå])" + _MONTH.format(name="m1") + r"\s*(?:/|-|–|til)\s*" + _MONTH.format(name="m2")
_MONTH_RANGE = re.compile(_TWO_MONTHS + r"\s*" + _YEAR.format(name="y"), re.I)
# "januar til mai", "september - november": months of `context_year`
_BARE_MONTH_RANGE = re.compile(_TWO_MONTHS, re.I)
# "fredag 19/6": a day and a month after a weekday (without one, "19/6" is as often a case number)
_WEEKDAY_DAY_MONTH = re.compile(r"(?<![a-zæøå])" + _WEEKDAY + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])", re.I)
# "oktober 2015 til januar 2016", "mars 2019–juni 2020"
_MONTH_YEAR_RANGE = re.compile(
    r"(?<![a-zæøå])" + _MONTH.format(name="m1") + r"\s*" + _YEAR.format(name="y1") + r"\s*(?:-|–|til)\s*"
    + _MONTH.format(name="m2") + r"\s*" + _YEAR.format(name="y2"), re.I)
# a season's word, longest first ("sommeren" before "sommer"), as a named group
_SEASON_WORD = r"(?P<{name}>" + "|".join(sorted(SEASON_WORDS, key=len, reverse=True)) + r")"
_SEASON = re.compile(
    r"(?<![a-zæøå])" + _SEASON_WORD.format(name="s") + r"\s+" + _YEAR.format(name="y")
    + r"(?:\s*[/-]\s*(?:\d{2}|\d{4}))?", re.I)
# "sommer og høst 2018", "våren og sommeren 2020": two seasons of one year; "høsten og våren 22/23": 2022 to 2023
_SEASON_PAIR = re.compile(
    r"(?<![a-zæøå])" + _SEASON_WORD.format(name="s1") + r"\s+(?:og|til|-|–)\s+" + _SEASON_WORD.format(name="s2")
    + r"\s+(?:" + _YEAR.format(name="y") + r"|(?P<ya>\d\d)/(?P<yb>\d\d)(?!\d))", re.I)
# "høsten 2012/våren 2013": from one season to another
_SEASON_YEAR_PAIR = re.compile(
    r"(?<![a-zæøå])" + _SEASON_WORD.format(name="s1") + r"\s+" + _YEAR.format(name="y1") + r"\s*(?:/|-|–|til)\s*"
    + _SEASON_WORD.format(name="s2") + r"\s+" + _YEAR.format(name="y2"), re.I)
# "det 20. århundre", "1800-talet" is a decade-like word (see _DECADE): the nth century as its hundreds ("1900-tallet")
_CENTURY = re.compile(r"(?<![\d,.])(?P<n>1\d|2[01])\.\s*(?:århundre|århundret|hundreår|hundreåret)\b", re.I)
_PMU = re.compile(
    r"(?<![a-zæøå])(?P<p>primo|medio|ultimo)\s+(?:" + _MONTH.format(name="m") + r"\s*)?"
    + r"(?P<y>(?:19|20)\d{2})?(?!\d)", re.I)
_MONTH_YEAR = re.compile(r"(?<![a-zæøå])" + _MONTH.format(name="m") + r"(?:\s+måned)?(?:\s+i)?\s*"  # "mars måned i 2020"
                         + _YEAR.format(name="y"), re.I)
# "skoleåret 2008/2009", "barnehageåret 2019/20": August to July
_SCHOOL_YEAR = re.compile(r"\b(?:skoleåret|skuleåret|barnehageåret|undervisningsåret)\s+"
                          r"(?P<y1>(?:19|20)\d{2})\s*[-–/]\s*(?P<y2>(?:19|20)?\d{2})(?![\d,])", re.I)
_YEAR_RANGE = re.compile(
    r"(?<![\d,.])(?P<y1>(?:19|20)\d{2})\s*(?:-|–|—|/|til)\s*(?P<y2>(?:19|20)?\d{2})(?![\d,])")
_DECADE = re.compile(r"(?<![\d,.])(?P<c>1[89]|20)?(?P<d>\d)0-tall(?:et|ets)\b", re.I)
_NEW_YEAR = re.compile(r"\b(?:årsskiftet|nyttår|nyttåret)\s*(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)\b",
                       re.I)
_YEAR_ONLY = re.compile(r"(?<![\d,.])" + _YEAR.format(name="y"))
_MONTH_ONLY = re.compile(r"(?<![a-zæøå])" + _MONTH.format(name="m"), re.I)
_FROM = re.compile(r"^(?:f\.?\s?o\.?\s?m\.?|fra og med|fra)\s", re.I)
_UNTIL = re.compile(r"^(?:t\.?\s?o\.?\s?m\.?|til og med|innen|senest)\s", re.I)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(year: int, month: int, day: int) -> str:
    return date(year, month, day).isoformat()


def _month_period(year: int, m1: int, m2: Optional[int] = None) -> tuple[str, str]:
    m2 = m2 or m1
    return _iso(year, m1, 1), _iso(year, m2, _last_day(year, m2))


def _full_year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 70 else 1900 + n)


def _numeric(m: re.Match, n: str = "") -> tuple[Optional[tuple[str, str]], Optional[str]]:
    """dd.mm.yyyy (the groups ending in `n`), with the day/month swap for impossible months."""
    d, mo, y = int(m[f"d{n}"]), int(m[f"m{n}"]), _full_year(m[f"y{n}"])
    raw = m[f"date{n}"].strip()
    try:
        day = _iso(y, mo, d)
        return (day, day), None
    except ValueError:
        pass
    if mo > 12 and d <= 12:
        try:
            day = _iso(y, d, mo)
        except ValueError:
            return None, f"{raw}: no such date, either way round"
        swapped = f"{mo:02d}.{d:02d}.{y}"
        return (day, day), f"{raw}: month {mo} impossible, read as {swapped} (day and month swapped)"
    return None, f"{raw}: no such date"


def _season(word: str, year: int) -> tuple[str, str]:
    word = word.lower()
    word = word.removesuffix("et") if word.endswith(("halvåret", "semesteret")) else word.removesuffix("en")
    if word == "vinter":
        return _iso(year, 12, 1), _iso(year + 1, 2, _last_day(year + 1, 2))
    m1, m2 = SEASONS[word]
    return _month_period(year, m1, m2)


def _pmu(word: str, year: int, month: Optional[int]) -> tuple[str, str]:
    word = word.lower()
    if month is None:
        return {"primo": _month_period(year, 1), "medio": _month_period(year, 6, 7),
                "ultimo": _month_period(year, 12)}[word]
    first, last = {"primo": (1, 10), "medio": (11, 20), "ultimo": (21, _last_day(year, month))}[word]
    return _iso(year, month, first), _iso(year, month, last)


def _months(m: re.Match, year: int) -> tuple[str, str]:
    """From the first of month m1 to the last of month m2; "desember til mars" runs into the next year."""
    m1, m2 = MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()]
    if m2 < m1:
        return _iso(year, m1, 1), _iso(year + 1, m2, _last_day(year + 1, m2))
    return _month_period(year, m1, m2)


def _part(kind: str, n: int, year: int) -> tuple[str, str]:
    size = {"kvartal": 3, "tertial": 4, "halvår": 6}[kind.lower()]
    return _month_period(year, (n - 1) * size + 1, n * size)


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def _with_dateparser(text: str) -> Optional[tuple[str, str]]:
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
                "DATE_ORDER": "DMY"}
    found = _dateparser().parse(text, languages=["nb"], settings=settings)
    if found is None:
        return None
    day = found.date().isoformat()
    return day, day


def find_period(text: str, context_year: Optional[int] = None
                ) -> tuple[Optional[tuple[str, str]], Optional[str], Optional[tuple[int, int]]]:
    """First date phrase in `text`: ((start, end) or None, warning, (char start, end))."""
    if (m := _CHRISTMAS.fullmatch(text)) is not None:  # "før jul": Christmas, not "jul." (July)
        if context_year is None:
            return None, f"{text.strip()}: Christmas without a year", m.span()
        return (_iso(context_year, 12, 24), _iso(context_year, 12, 26)), None, m.span()
    if (m := _ISO_DATE.search(text)) is not None:  # "2020-03-12", as digital documents write it
        try:
            day = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
            return (day, day), None, m.span()
        except ValueError:
            pass
    if (m := _NUMERIC_RANGE.search(text)) is not None:
        first, w1 = _numeric(m, "1")
        second, w2 = _numeric(m)
        if first and second and first[0] <= second[1]:
            return (first[0], second[1]), w1 or w2, m.span()
    if (m := _OPEN_RANGE.search(text)) is not None:  # "1.1. – 31.12.2014": the first date takes the second's year
        second, warning = _numeric(m)
        if second is not None:
            try:
                first = _iso(int(second[0][:4]), int(m["m1"]), int(m["d1"]))
            except ValueError:
                first = None
            if first is not None and first <= second[1]:
                return (first, second[1]), warning, m.span()
    if (m := _NUMERIC.search(text)) is not None:
        period, warning = _numeric(m)
        return period, warning, m.span()
    if (m := _DAY_MONTH_RANGE.search(text)) is not None:
        try:
            year, m1, m2 = int(m["y"]), MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()]
            first = _iso(year - 1 if m1 > m2 else year, m1, int(m["d1"]))
            return (first, _iso(year, m2, int(m["d2"]))), None, m.span()
        except ValueError:
            return None, f"{m.group(0)}: no such date", m.span()
    if (m := _DAY_MONTH.search(text)) is not None:
        try:
            month, year = MONTHS[m["m"].lower()], int(m["y"])
            day = _iso(year, month, int(m["d"]))
            first = _iso(year, month, int(m["d0"])) if m["d0"] else day  # "24-25 oktober 2018"
            return (min(first, day), day), None, m.span()
        except ValueError:
            return None, f"{m.group(0)}: no such date", m.span()
    if (m := _CHRISTMAS_YEAR.search(text)) is not None:  # "jula 2018"
        return (_iso(int(m["y"]), 12, 24), _iso(int(m["y"]), 12, 26)), None, m.span()
    if (m := _PART.search(text)) is not None and (m["y"] or context_year or _PART_ONLY.fullmatch(text.strip())):
        n, kind = m["n"].lower(), m["kind"].lower()
        kind = "halvår" if kind.startswith("halvdel") else kind  # "første halvdel av 2014"
        count = {"kvartal": 4, "tertial": 3, "halvår": 2}[kind]
        number = int(n[0]) if n[0].isdigit() else ORDINALS.get(n, count)  # "siste halvår": the last part
        if not (m["y"] or context_year):
            return None, f"{m.group(0).strip()}: {kind} without a year", m.span()
        return _part(kind, number, int(m["y"] or context_year)), None, m.span()
    if (m := _WEEK.search(text)) is not None:  # "uke 43 2023": an ISO week, Monday to Sunday
        year = int(m["y"]) if m["y"] else context_year
        if year is None:
            return None, f"{m.group(0)}: week without a year", m.span()
        try:
            return (date.fromisocalendar(year, int(m["w"]), 1).isoformat(),
                    date.fromisocalendar(year, int(m["w"]), 7).isoformat()), None, m.span()
        except ValueError:
            return None, f"{m.group(0)}: no such week", m.span()
    if (m := _QUARTER.search(text)) is not None:
        return _part("kvartal", int(m["n"]), int(m["y"])), None, m.span()
    if (m := _MONTH_YEAR_RANGE.search(text)) is not None:
        first = _month_period(int(m["y1"]), MONTHS[m["m1"].lower()])
        last = _month_period(int(m["y2"]), MONTHS[m["m2"].lower()])
        if first[0] <= last[1]:
            return (first[0], last[1]), None, m.span()
    if (m := _MONTH_RANGE.search(text)) is not None:
        return _months(m, int(m["y"])), None, m.span()
    if (m := _SEASON_YEAR_PAIR.search(text)) is not None:
        first, last = _season(m["s1"], int(m["y1"])), _season(m["s2"], int(m["y2"]))
        if first[0] <= last[1]:
            return (first[0], last[1]), None, m.span()
    if (m := _SEASON_PAIR.search(text)) is not None:
        century = 1900 if m["ya"] and int(m["ya"]) > 50 else 2000  # "våren 98/99"
        y1, y2 = (int(m["y"]), int(m["y"])) if m["y"] else (century + int(m["ya"]), century + int(m["yb"]) % 100
                                                            + (100 if int(m["yb"]) < int(m["ya"]) else 0))
        first, last = _season(m["s1"], y1), _season(m["s2"], y2)
        if first[0] <= last[1]:
            return (first[0], last[1]), None, m.span()
    if (m := _SEASON.search(text)) is not None:
        return _season(m["s"], int(m["y"])), None, m.span()
    if (m := _PMU.search(text)) is not None and (m["y"] or context_year):
        month = MONTHS[m["m"].lower()] if m["m"] else None
        return _pmu(m["p"], int(m["y"] or context_year), month), None, m.span()
    if (m := _MONTH_YEAR.search(text)) is not None:
        return _month_period(int(m["y"]), MONTHS[m["m"].lower()]), None, m.span()
    if _MONTH_ONLY.search(text) and (found := _with_dateparser(text)) is not None:
        return found, None, (0, len(text))
    if (m := _NEW_YEAR.search(text)) is not None:  # "årsskiftet 2009/2010": December to January
        y1 = int(m["y1"])
        return (_iso(y1, 12, 1), _iso(y1 + 1, 1, 31)), None, m.span()
    if (m := _DECADE.search(text)) is not None:  # "1940-tallet"; "90-tallet" is the 1990s, "10-tallet" the 2010s
        century = int(m["c"]) if m["c"] else (19 if int(m["d"]) >= 3 else 20)
        first = century * 100 + int(m["d"]) * 10
        return (_iso(first, 1, 1), _iso(first + 9, 12, 31)), None, m.span()
    if (m := _CENTURY.search(text)) is not None:  # "det 20. århundre": the 1900s, as people say it
        first = (int(m["n"]) - 1) * 100
        return (_iso(first, 1, 1), _iso(first + 99, 12, 31)), None, m.span()
    if (m := _SCHOOL_YEAR.search(text)) is not None:
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if y2 == y1 + 1:
            return (_iso(y1, 8, 1), _iso(y2, 7, 31)), None, m.span()
    if (m := _YEAR_RANGE.search(text)) is not None:
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if y1 < y2 <= y1 + 30:
            return (_iso(y1, 1, 1), _iso(y2, 12, 31)), None, m.span()
    if (m := _YEAR_ONLY.search(text)) is not None:
        y = int(m["y"])
        return (_iso(y, 1, 1), _iso(y, 12, 31)), None, m.span()
    if (m := _BARE_MONTH_RANGE.search(text)) is not None and len(m["m1"]) >= 3:
        if context_year is None:
            return None, f"{m.group(0).strip()}: months without a year", m.span()
        return _months(m, context_year), None, m.span()
    if (m := _WEEKDAY_DAY_MONTH.search(text)) is not None:
        if context_year is None:
            return None, f"{m.group(0).strip()}: day without a year", m.span()
        try:
            day = _iso(context_year, int(m["m"]), int(m["d"]))
            return (day, day), None, m.span()
        except ValueError:
            return None, f"{m.group(0)}: no such date", m.span()
    if (m := _MONTH_ONLY.search(text)) is not None and len(m["m"]) >= 3:
        if context_year is None:
            return None, f"{text.strip()}: month without a year", m.span()
        return _month_period(context_year, MONTHS[m["m"].lower()]), None, m.span()
    return None, None, None


def parse_period(raw: Optional[str], context_year: Optional[int] = None) -> Period:
    """A date phrase as a Period (first and last day, ISO); None dates when undecided."""
    if raw is None or not raw.strip():
        return Period(raw=raw)
    text = " ".join(raw.split())
    if any(word in text.lower() for word in UNDECIDED):
        return Period(raw=raw)
    period, warning, _ = find_period(text, context_year)
    if period is None:
        return Period(raw=raw, warning=warning or f"{text}: no date found")
    start, end = period
    if _FROM.match(text):
        end = None
    elif _UNTIL.match(text):
        start = None
    return Period(raw=raw, start=start, end=end, warning=warning)
