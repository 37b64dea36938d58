"""Every date string in the expected records gives the expected period (table-driven)."""
from __future__ import annotations

import calendar
import json
import re
from pathlib import Path

import pytest

from models.dates import parse_period

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_DIRS = [ROOT / "corpus" / "expected"]
EXPECTED = next((d for d in EXPECTED_DIRS if d.is_dir() and any(d.glob("*.json"))), EXPECTED_DIRS[0])

# (expected file, raw text, first day, last day): every date string in the expected
# records, collected by walking the JSON (see test_table_lists_every_expected_date).
GOLD = [
    ('askoy_statusrapport_2017.json', '22.august 2017', '2017-08-22', '2017-08-22'),
    ('askoy_statusrapport_2017.json', '07.16.2016', None, None),
    ('askoy_statusrapport_2017.json', 'mars 2017', '2017-03-01', '2017-03-31'),
    ('askoy_statusrapport_2017.json', 'des. 2018', '2018-12-01', '2018-12-31'),
    ('askoy_statusrapport_2017.json', 'Jan. 2016', '2016-01-01', '2016-01-31'),
    ('askoy_statusrapport_2017.json', 'okt. 2017', '2017-10-01', '2017-10-31'),
    ('askoy_statusrapport_2017.json', 'aug./sept. 2017', '2017-08-01', '2017-09-30'),
    ('askoy_statusrapport_2017.json', 'sept. 2017', '2017-09-01', '2017-09-30'),
    ('askoy_statusrapport_2017.json', 'sept. 2018', '2018-09-01', '2018-09-30'),
    ('askoy_statusrapport_2017.json', 'mai 2017', '2017-05-01', '2017-05-31'),
    ('askoy_statusrapport_2017.json', None, None, None),
    ('askoy_statusrapport_2017.json', '2021', '2021-01-01', '2021-12-31'),
    ('askoy_statusrapport_2017.json', 'Januar 2017', '2017-01-01', '2017-01-31'),
    ('askoy_statusrapport_2017.json', '2020', '2020-01-01', '2020-12-31'),
    ('askoy_statusrapport_2017.json', '2016', '2016-01-01', '2016-12-31'),
    ('askoy_statusrapport_2017.json', '2019', '2019-01-01', '2019-12-31'),
    ('askoy_statusrapport_2017.json', 'nov. 2016', '2016-11-01', '2016-11-30'),
    ('askoy_statusrapport_2017.json', 'høst 2016', '2016-09-01', '2016-11-30'),
    ('askoy_statusrapport_2017.json', 'ultimo 2019', '2019-12-01', '2019-12-31'),
    ('askoy_statusrapport_2017.json', 'vår 2017', '2017-03-01', '2017-05-31'),
    ('askoy_statusrapport_2017.json', 'ikke fastsatt', None, None),
    ('askoy_statusrapport_2017.json', 'sommer 2016', '2016-06-01', '2016-08-31'),
    ('askoy_statusrapport_2017.json', 'Ultimo 2019', '2019-12-01', '2019-12-31'),
    ('askoy_statusrapport_2017.json', 'vår 2016', '2016-03-01', '2016-05-31'),
    ('askoy_statusrapport_2017.json', 'aug. 2016', '2016-08-01', '2016-08-31'),
    ('askoy_statusrapport_2017.json', 'juni 2017', '2017-06-01', '2017-06-30'),
    ('askoy_statusrapport_2017.json', 'august 2017', '2017-08-01', '2017-08-31'),
    ('askoy_statusrapport_2017.json', 'desember 2017', '2017-12-01', '2017-12-31'),
    ('askoy_statusrapport_2017.json', 'Februar 2017', '2017-02-01', '2017-02-28'),
    ('askoy_statusrapport_2017.json', 'Desember 2017', '2017-12-01', '2017-12-31'),
    ('askoy_statusrapport_2017.json', 'April 2017', '2017-04-01', '2017-04-30'),
    ('askoy_statusrapport_2017.json', 'Ikke avklart', None, None),
    ('askoy_statusrapport_2017.json', 'Juni 2017', '2017-06-01', '2017-06-30'),
    ('askoy_statusrapport_2017.json', 'høst 2017', '2017-09-01', '2017-11-30'),
    ('asnes_milestones_2019.json', 'datert 10.12.18', '2018-12-10', '2018-12-10'),
    ('asnes_milestones_2019.json', '10.12.2019', '2019-12-10', '2019-12-10'),
    ('asnes_milestones_2019.json', 'Avslutningsrapport for prosjekt vedr. modellutvikling for identifikasjon og oppfølging av barn av psykisk syke og barn av foreldre som misbruker rusmidler, datert 08.01.18', '2018-01-08', '2018-01-08'),
    ('asnes_milestones_2019.json', 'Plan for videreføring av modellarbeidet og finansiering, datert 22.12.17, vedtatt i kommunestyret 29.01.18.', '2017-12-22', '2017-12-22'),
    ('asnes_milestones_2019.json', 'Søknad til Bufdir på tilskudd til systematisk identifikasjon og oppfølging av utsatte barn, for implementering på bakgrunn av plan for videreføring av modellarbeidet.', None, None),
    ('asnes_milestones_2019.json', 'Tilskuddsbrev fra Bufdir - Tilskudd til systematisk identifikasjon og oppfølging av utsatte barn 2018, datert 10.12.18.', '2018-12-10', '2018-12-10'),
    ('asnes_milestones_2019.json', '31. desember 2018', '2018-12-31', '2018-12-31'),
    ('asnes_milestones_2019.json', '30.april 2019', '2019-04-30', '2019-04-30'),
    ('asnes_milestones_2019.json', '30. September 2019', '2019-09-30', '2019-09-30'),
    ('asnes_milestones_2019.json', '30. september 2019', '2019-09-30', '2019-09-30'),
    ('asnes_milestones_2019.json', '15. oktober 2019', '2019-10-15', '2019-10-15'),
    ('asnes_milestones_2019.json', '10. desember 2019', '2019-12-10', '2019-12-10'),
    ('asnes_milestones_2019.json', '31. desember 2020', '2020-12-31', '2020-12-31'),
    ('p1824_evaluation_2010.json', 'Dato Desember 2010', '2010-12-01', '2010-12-31'),
    ('p1824_evaluation_2010.json', 'Prosjektet ble iverksatt 1. juni 2008', '2008-06-01', '2008-06-01'),    ('askoy_statusrapport_variant.json', '05.12.2017', '2017-12-05', '2017-12-05'),
    ('askoy_statusrapport_variant.json', 'juni 2019', '2019-06-01', '2019-06-30'),
    ('askoy_statusrapport_variant.json', 'nov. 2017', '2017-11-01', '2017-11-30'),
    ('askoy_statusrapport_variant.json', 'februar 2018', '2018-02-01', '2018-02-28'),
    ('askoy_statusrapport_variant.json', '2. kvartal 2019', '2019-04-01', '2019-06-30'),
    ('askoy_statusrapport_variant.json', 'januar 2018', '2018-01-01', '2018-01-31'),
    ('askoy_statusrapport_variant.json', 'ultimo 2018', '2018-12-01', '2018-12-31'),
    ('askoy_statusrapport_variant.json', 'mars 2018', '2018-03-01', '2018-03-31'),
]

# Where we deliberately differ from the expected record: the gold leaves the impossible
# "07.16.2016" null; the convention is to read it with day and month swapped and warn.
DEVIATIONS = {
    "07.16.2016": ("2016-07-16", "2016-07-16",
                   "07.16.2016: month 16 impossible, read as 16.07.2016 (day and month swapped)"),
}

# Conventions that the expected records do not happen to use.
MORE = [
    ("1. kvartal 2018", "2018-01-01", "2018-03-31"),
    ("2. tertial 2018", "2018-05-01", "2018-08-31"),
    ("1. halvår 2019", "2019-01-01", "2019-06-30"),
    ("2016–2017", "2016-01-01", "2017-12-31"),
    ("2019-2021", "2019-01-01", "2021-12-31"),
    ("fom. april 2017", "2017-04-01", None),
    ("t.o.m. des. 2018", None, "2018-12-31"),
    ("vinter 2019", "2019-12-01", "2020-02-29"),
    ("vinteren 2017", "2017-12-01", "2018-02-28"),
    ("primo 2018", "2018-01-01", "2018-01-31"),
    ("medio 2018", "2018-06-01", "2018-07-31"),
    ("ultimo mars 2018", "2018-03-21", "2018-03-31"),
    ("høsten 2018", "2018-09-01", "2018-11-30"),
    ("11.1.2017", "2017-01-11", "2017-01-11"),
    ("31.12 2010", "2010-12-31", "2010-12-31"),
    ("22. aug. 2017", "2017-08-22", "2017-08-22"),
    ("Q3 2018", "2018-07-01", "2018-09-30"),
    ("2020-03-12", "2020-03-12", "2020-03-12"),  # ISO, as digital documents write it
    ("2021-02-30", "2021-01-01", "2021-12-31"),  # no such day: the year is all that is sure
    ("vinteren 2019/2020", "2019-12-01", "2020-02-29"),
    ("", None, None),
    ("   ", None, None),
]


def _gold_period(value):
    if value is None:
        return (None, None)
    if isinstance(value, dict):
        return (value.get("from"), value.get("to"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return (value, value)
    year, month = map(int, value.split("-"))
    return (f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}")


def _walk(node, out: list) -> None:
    """(raw, gold period) for every `*_raw` date field and every text with a `date`."""
    if isinstance(node, dict):
        for key, raw in node.items():
            base = key.removesuffix("_raw")
            if key.endswith("_raw") and any(w in key for w in ("date", "start", "end", "due")):
                gold = node.get(base, node.get(base + "_date"))
                if base in node or base + "_date" in node:
                    out.append((raw, _gold_period(gold)))
        if "text" in node and "date" in node and "date_raw" not in node:
            out.append((node["text"], _gold_period(node["date"])))
        for value in node.values():
            _walk(value, out)
    elif isinstance(node, list):
        for value in node:
            _walk(value, out)


@pytest.mark.parametrize("source,raw,start,end", GOLD, ids=[f"{s[:5]}:{r}"[:60] for s, r, *_ in GOLD])
def test_expected_date(source, raw, start, end):
    period = parse_period(raw)
    if raw in DEVIATIONS:
        start, end, warning = DEVIATIONS[raw]
        assert period.warning == warning
    assert (period.start, period.end) == (start, end)
    assert period.raw == raw


@pytest.mark.parametrize("raw,start,end", MORE, ids=[r or "blank" for r, *_ in MORE])
def test_convention(raw, start, end):
    period = parse_period(raw)
    assert (period.start, period.end) == (start, end)
    assert period.raw == raw


def test_table_lists_every_expected_date():
    found = []
    for path in sorted(EXPECTED.glob("*.json")):
        _walk(json.loads(path.read_text(encoding="utf-8")), found)
    assert len(found) > 40
    table = {raw: (start, end) for _, raw, start, end in GOLD}
    for raw, gold in found:
        assert raw in table, f"{raw!r} is missing from GOLD"
        assert table[raw] == gold, f"{raw!r}: table says {table[raw]}, expected record {gold}"


def test_undecided_keeps_raw():
    for raw in ("ikke fastsatt", "Ikke avklart"):
        period = parse_period(raw)
        assert (period.raw, period.start, period.end, period.warning) == (raw, None, None, None)


def test_month_without_year_uses_context_year():
    assert parse_period("fom. april", context_year=2017).start == "2017-04-01"
    assert parse_period("fom. april", context_year=2017).end is None
    period = parse_period("april")
    assert period.start is None and period.warning == "april: month without a year"


def test_impossible_both_ways_is_warned_not_dropped():
    period = parse_period("31.02.2017")
    assert (period.start, period.end) == (None, None)
    assert period.warning == "31.02.2017: no such date"


def test_dateparser_fallback_needs_a_full_date():
    assert parse_period("22 August, 2017").start == "2017-08-22"
    period = parse_period("tirsdag")
    assert period.start is None and period.end is None


@pytest.mark.parametrize("text, start, end", [
    ("fredag 11. september 2009", "2009-09-11", "2009-09-11"),
    ("05. 05 2008", "2008-05-05", "2008-05-05"),
    ("1.6. 2008", "2008-06-01", "2008-06-01"),
    ("24-25 oktober 2018", "2018-10-24", "2018-10-25"),
    ("20.09.2012 – 01.11.2012", "2012-09-20", "2012-11-01"),
    ("1.6.2008 31.12.2010", "2008-06-01", "2010-12-31"),
])
def test_listing_date_forms(text, start, end):
    """Date forms of the P1824 listings (002): spaced day.month, day ranges, from–to pairs."""
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_listing_dates_are_tagged_whole():
    from models.pipeline import tag_text

    found = {e.text for e in tag_text("Partnerskapsmøte P 1824. fredag 11. september 2009 og Dato: 05. 05 2008 "
                                      "og Buskerud 24-25 oktober 2018. Frist 19.06. Punkt 3.10. gjelder")}
    assert {"fredag 11. september 2009", "05. 05 2008", "24-25 oktober 2018", "19.06."} <= found
    assert "3.10." not in found


def test_iso_weeks_with_and_without_a_year():
    from models.pipeline import tag_text

    assert (parse_period("uke 43 2023").start, parse_period("uke 43 2023").end) == ("2023-10-23", "2023-10-29")
    assert parse_period("veke 1, 2021").start == "2021-01-04"
    assert parse_period("uke 43", context_year=2022).end == "2022-10-30"
    assert parse_period("uke 43").warning == "uke 43: week without a year"
    assert parse_period("uke 53 2021").warning == "uke 53 2021: no such week"
    assert {e.text for e in tag_text("Tilsynet var i uke 43 2023, oppfølging i uke 2.")} >= {"uke 43 2023", "uke 2"}


def test_christmas_ordinal_parts_and_day_month_year_with_a_dash():
    assert parse_period("jul").warning == "jul: Christmas without a year"
    assert (parse_period("jul", context_year=2020).start, parse_period("jul", context_year=2020).end) \
        == ("2020-12-24", "2020-12-26")
    assert parse_period("jul. 2017").start == "2017-07-01"  # an abbreviated July keeps its year
    assert (parse_period("første halvår 2012").end, parse_period("siste tertial 2019").start) \
        == ("2012-06-30", "2019-09-01")
    assert parse_period("27.04-17").start == "2017-04-27"


@pytest.mark.parametrize("text, start, end", [
    ("14. og 15. juni 2016", "2016-06-14", "2016-06-15"),
    ("mandag 8. og tirsdag 9. juni 2015", "2015-06-08", "2015-06-09"),
    ("første halvdel av 2014", "2014-01-01", "2014-06-30"),
    ("andre halvdel av 2015", "2015-07-01", "2015-12-31"),
    ("jula 2018", "2018-12-24", "2018-12-26"),
    ("jul 2018", "2018-07-01", "2018-07-31"),  # "jul" with a year stays July
    ("2021 – 24", "2021-01-01", "2024-12-31"),
    ("2017- 2027", "2017-01-01", "2027-12-31"),
])
def test_day_lists_halves_christmas_with_a_year_and_spaced_year_ranges(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_parts_without_a_year_and_spaced_ranges_are_tagged_whole():
    from models.pipeline import tag_text

    assert parse_period("første tertial").warning == "første tertial: tertial without a year"
    assert parse_period("første tertial", context_year=2021).end == "2021-04-30"
    found = {e.text for e in tag_text(
        "Del 1, september - november: kartlegging. Handlingsprogrammet for 2021 – 24 og investeringer 2021 -24 "
        "vedtas. Møtet 14. og 15. juni. Merforbruk i første tertial, og alle bruker jula til å hvile. Ved nyttår "
        "startet hun. Samlinga er mandag 8. og tirsdag 9. juni 2015.") if e.label == "DATE"}
    assert {"september - november", "2021 – 24", "2021 -24", "14. og 15. juni", "første tertial", "jula",
            "nyttår", "mandag 8. og tirsdag 9. juni 2015"} <= found


@pytest.mark.parametrize("text, start, end", [
    ("november i 2014", "2014-11-01", "2014-11-30"),
    ("mars måned i 2020", "2020-03-01", "2020-03-31"),
    ("forsommeren 2015", "2015-05-01", "2015-06-30"),
    ("seinhausten 2018", "2018-10-01", "2018-11-30"),
    ("høsthalvåret 2019", "2019-07-01", "2019-12-31"),
    ("vårsemesteret 2020", "2020-01-01", "2020-06-30"),
    ("skoleåret 2008/2009", "2008-08-01", "2009-07-31"),
    ("barnehageåret 2019/20", "2019-08-01", "2020-07-31"),
    ("1.1. – 31.12.2014", "2014-01-01", "2014-12-31"),
    ("31.1. - 28.2.2015", "2015-01-31", "2015-02-28"),
])
def test_month_in_a_year_parts_of_seasons_half_years_school_years_and_open_day_ranges(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_year_words_month_in_a_year_and_open_day_ranges_are_tagged_whole_and_signed_amounts():
    from models.pipeline import tag_text

    found = {(e.label, e.text, e.norm) for e in tag_text(
        "Året 2016 og skoleåret 2008/2009 var gode. I perioden 1.1. – 31.12.2014 og i november i 2014 økte "
        "utgiftene med seks prosent. Avviket er -1,4% eller -118 mill kr.")}
    assert {("DATE", "Året 2016", "2016-01-01/2016-12-31"), ("DATE", "skoleåret 2008/2009", "2008-08-01/2009-07-31"),
            ("DATE", "1.1. – 31.12.2014", "2014-01-01/2014-12-31"), ("DATE", "november i 2014", "2014-11-01/2014-11-30"),
            ("PERCENT", "seks prosent", "6"), ("PERCENT", "-1,4%", "-1.4"),
            ("MONEY", "-118 mill kr", "-118000000")} <= found


def test_a_range_of_months_in_different_years_is_one_period():
    from models.pipeline import tag_text

    assert (parse_period("oktober 2015 til januar 2016").start, parse_period("oktober 2015 til januar 2016").end) \
        == ("2015-10-01", "2016-01-31")
    found = {(e.label, e.text, e.norm) for e in tag_text("Prosjektet varte fra oktober 2015 til januar 2016.")}
    assert ("DATE", "oktober 2015 til januar 2016", "2015-10-01/2016-01-31") in found


@pytest.mark.parametrize("text, start, end", [
    ("sommer og høst 2018", "2018-06-01", "2018-11-30"),
    ("våren til høsten 2020", "2020-03-01", "2020-11-30"),
    ("det 20. århundre", "1900-01-01", "1999-12-31"),
])
def test_two_seasons_of_one_year_and_centuries(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_weekday_with_a_short_date_a_bare_day_after_a_deadline_seasons_and_a_century_are_tagged_whole():
    from models.pipeline import tag_text

    found = {(e.label, e.text) for e in tag_text(
        "Møtet var Fredag 23.06-17 kl. 10. Svar innen fristen den 26.3. Neste sak. I løpet av sommer og høst 2018 "
        "kom det innspill. Det var tidlig i det 20. århundre.")}
    assert {("DATE", "Fredag 23.06-17"), ("DATE", "26.3."), ("DATE", "sommer og høst 2018"),
            ("DATE", "20. århundre")} <= found


@pytest.mark.parametrize("text, start, end", [
    ("høsten og våren 22/23", "2022-09-01", "2023-05-31"),
    ("høsten og våren 99/00", "1999-09-01", "2000-05-31"),
])
def test_two_seasons_of_a_school_year(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_two_seasons_of_a_school_year_at_a_sentence_end_and_a_plan_documents_year():
    from models.pipeline import tag_text

    found = {(e.label, e.text) for e in tag_text(
        "Forprosjektet gikk høsten og våren 22/23. Handlingsprogram 2025 "
        "viser mye. Omstillingsprogram 2020 er i gang.")}
    assert {("DATE", "høsten og våren 22/23"), ("DATE", "2025"),
            ("PROJECT", "Omstillingsprogram 2020")} <= found


def test_a_budget_year_pair_at_a_sentence_end_keeps_its_period_apart():
    from models.pipeline import tag_text

    assert ("DATE", "2019/20", "2019-01-01/2020-12-31") in {
        (e.label, e.text, e.norm) for e in tag_text("Vi viser til budsjett 2019/20. Neste sak.")}


@pytest.mark.parametrize("text, start, end", [
    ("07. april til 22. mai 2017", "2017-04-07", "2017-05-22"),
    ("15. november til 15. januar 2019", "2018-11-15", "2019-01-15"),
    ("høsten 2012/våren 2013", "2012-09-01", "2013-05-31"),
])
def test_ranges_of_days_and_of_seasons_in_two_years(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_day_ranges_and_season_ranges_are_one_date_in_prose():
    from models.pipeline import tag_text

    found = {(e.label, e.text, e.norm) for e in tag_text(
        "Høringen varte fra 07. april til 22. mai 2017. Rulleringen skjer høsten 2012/våren 2013.")}
    assert {("DATE", "07. april til 22. mai 2017", "2017-04-07/2017-05-22"),
            ("DATE", "høsten 2012/våren 2013", "2012-09-01/2013-05-31")} <= found
    assert parse_period("31. februar til 3. mars 2019").warning.endswith("no such date")


def test_a_day_and_month_after_per_and_kroner_of_a_purpose():
    from models.pipeline import tag_text

    found = {(e.label, e.text) for e in tag_text(
        "Tallene gjelder pr 31.12 og status per 1.1 er god; se kapittel 3.1. Fylket gir 23,6 mill. "
        "byutviklingskroner og 400 000 skattekroner.")}
    assert {("DATE", "31.12"), ("DATE", "1.1"), ("MONEY", "23,6 mill. byutviklingskroner"),
            ("MONEY", "400 000 skattekroner")} <= found
    assert not {e for e in found if e[1] == "3.1"}


def test_a_date_glued_to_the_next_word_by_a_comma_and_a_reports_part_of_a_year():
    from models.pipeline import tag_text

    found = {(e.label, e.text) for e in tag_text(
        "Det står i brev av 19.12.2017,men også i notatet. Tertialrapport 2/2015 beskriver status. Sak 3/2015 og "
        "1,5 mill. kr.")}
    assert {("DATE", "19.12.2017"), ("DATE", "2/2015"), ("MONEY", "1,5 mill. kr")} <= found
    assert ("DATE", "3/2015") not in found


def test_month_ranges_with_til_and_days_of_one_month_after_a_dash():
    from models.pipeline import tag_text

    found = {(e.label, e.text, e.norm) for e in tag_text(
        "Hun hadde permisjon fra mars til juli 2010. Høringen var i perioden 5. - 25. september 2016.")}
    assert {("DATE", "mars til juli 2010", "2010-03-01/2010-07-31"),
            ("DATE", "5. - 25. september 2016", "2016-09-05/2016-09-25")} <= found


def test_dates_of_web_case_lists_slashes_and_bare_month_ranges():
    from models.pipeline import tag_text

    found = {(e.label, e.text, e.norm) for e in tag_text(
        "Utvalg: Formannskapet\nDato:14.03.2022 kl. 10:00\nSist endret 07/02/2022 av servicetorget. "
        "Kafeen er open fredag 19/6 og torsdag 25/6, og kurset går fra januar til mai.")}
    assert {("DATE", "14.03.2022", "2022-03-14/2022-03-14"), ("DATE", "07/02/2022", "2022-02-07/2022-02-07")} <= found
    texts = {text for label, text, _ in found if label == "DATE"}
    assert {"fredag 19/6", "torsdag 25/6", "januar til mai"} <= texts
    assert "kl. 10:00" not in texts and not any("Dato" in t for t in texts)
    assert (parse_period("januar til mai", context_year=2020).start, parse_period("januar til mai", 2020).end) \
        == ("2020-01-01", "2020-05-31")
    assert (parse_period("januar-august", 2017).start, parse_period("januar-august", 2017).end) \
        == ("2017-01-01", "2017-08-31")  # was January alone
    assert parse_period("desember til mars", 2019).end == "2020-03-31"
    assert parse_period("fredag 19/6", 2020).start == "2020-06-19"
    assert parse_period("fredag 19/6").warning.endswith("day without a year")
