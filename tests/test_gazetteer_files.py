"""The hand-made gazetteer files in models/data: they parse, and they do not contradict each other."""
from __future__ import annotations

from collections import defaultdict

import pytest

from models.gazetteers import DATA, read_list, read_organisations, read_places

ORGS = DATA / "organisations.txt"
FIRST_NAMES = DATA / "first_names.txt"


def _org_lines() -> list[list[str]]:
    return [[n.strip() for n in line.split("|") if n.strip()]
            for line in ORGS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _municipalities() -> set[str]:
    return {name for name, place in read_places().items() if place.kind in ("kommune", "tidligere_kommune")}


def test_organisations_parse_and_are_many():
    orgs = read_organisations()
    canonical = set(orgs.values())
    assert len(canonical) >= 200
    assert len(canonical) == len(_org_lines())
    # "iTromsø" is a name (a newspaper's own spelling); a plain lowercase word is not
    assert all(name and not name[:2].islower() for name in orgs), "a plain lowercase word is not a name"


@pytest.mark.parametrize("alias, canonical", [
    ("Fylkesmannen", "Statsforvalteren"),
    ("Fylkesmannen i Buskerud", "Statsforvalteren"),
    ("Statsforvalteren i Rogaland", "Statsforvalteren"),
    ("Udir", "Utdanningsdirektoratet"),
    ("Integrerings- og mangfoldsdirektoratet", "IMDi"),
    ("Kommunal- og moderniseringsdepartementet", "Kommunal- og distriktsdepartementet"),
    ("KMD", "Kommunal- og distriktsdepartementet"),
    ("Difi", "Digitaliseringsdirektoratet"),
    ("Kompetanse Norge", "Direktoratet for høyere utdanning og kompetanse"),
    ("Diku", "Direktoratet for høyere utdanning og kompetanse"),
    ("Helsetilsynet", "Statens helsetilsyn"),
    ("FHI", "Folkehelseinstituttet"),
    ("E-helsedirektoratet", "Direktoratet for e-helse"),
    ("Haukeland universitetssjukehus", "Helse Bergen"),
    ("SUS", "Helse Stavanger"),
    ("OUS", "Oslo universitetssykehus"),
    ("Ahus", "Akershus universitetssykehus"),
    ("UNN", "Universitetssykehuset Nord-Norge"),
    ("Høgskolen i Oslo og Akershus", "OsloMet"),
    ("USN", "Universitetet i Sørøst-Norge"),
    ("Kommunesektorens organisasjon", "KS"),
    ("NSF", "Norsk Sykepleierforbund"),
    ("Legeforeningen", "Den norske legeforening"),
    ("Kommunal Landspensjonskasse", "KLP"),
    ("Sivilombudsmannen", "Sivilombudet"),
    ("Barne-, ungdoms- og familieetaten", "Bufetat"),
    ("Arbeids- og velferdsetaten", "NAV"),
    ("RVTS Nord", "RVTS"),
    ("NAV Buskerud", "NAV"),
])
def test_alias_maps_to_the_first_name_on_its_line(alias, canonical):
    assert read_organisations()[alias] == canonical


def test_every_name_maps_to_its_own_line_and_no_name_is_on_two_lines():
    orgs = read_organisations()
    lines_of = defaultdict(set)
    for i, names in enumerate(_org_lines()):
        assert len(names) == len(set(names)), names
        for name in names:
            lines_of[name].add(i)
            assert orgs[name] == names[0], (name, names[0])
    assert not {n: ls for n, ls in lines_of.items() if len(ls) > 1}
    lowered = defaultdict(set)
    for name, canonical in orgs.items():
        lowered[name.lower()].add(canonical)
    assert not {n: c for n, c in lowered.items() if len(c) > 1}, "same name, different case, different ORG"


def test_no_municipality_is_an_organisation():
    municipalities = _municipalities()
    clashes = {name for name in read_organisations()
               if name in municipalities or (name.endswith("s") and name[:-1] in municipalities)}
    assert not clashes


def test_no_place_at_all_is_an_organisation():
    assert not set(read_organisations()) & set(read_places())


def test_programmes_software_and_ambiguous_short_forms_are_not_organisations():
    orgs = read_organisations()
    for name in ["KOSTRA", "Gerica", "Profil", "Visma Flyt", "Leve hele livet", "ICDP",
                 "IT", "NOK", "BTI", "MVA", "KPI", "BI", "ISF", "Rådmannen", "Kommunedirektøren",
                 "Barnevernet", "NAV-kontoret"]:
        assert name not in orgs, name


def test_first_names():
    names = read_list(FIRST_NAMES)
    raw = [line.strip() for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    assert len(raw) == len(names), "a name listed twice"
    assert len(names) >= 250
    assert all(n.istitle() and " " not in n for n in names), [n for n in names if not n.istitle() or " " in n]
    assert {"Kari", "Ola", "Anne", "Per", "Mohammed", "Fatima"} <= names


def test_no_first_name_is_a_place_or_an_organisation():
    assert not read_list(FIRST_NAMES) & _municipalities()
    assert not read_list(FIRST_NAMES) & set(read_places())
    assert not read_list(FIRST_NAMES) & set(read_organisations())


def test_common_words_left_out_of_first_names():
    assert not read_list(FIRST_NAMES) & {"Sol", "Liv", "Dag", "Vår", "Mai", "Bo", "Stein", "Finn", "Frøya"}


def test_municipality_list_is_the_2024_division_with_parallel_names():
    rows = [line.split("\t") for line in (DATA / "kommuner.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    kinds = [row[1] for row in rows]
    assert kinds.count("kommune") == 357 and kinds.count("fylke") == 15  # Herøy and Våler twice, in two counties
    places = read_places()
    by_kind = defaultdict(set)
    for name, place in places.items():
        by_kind[place.kind].add(name)
    assert all(places[name].now in by_kind["kommune"] for name in by_kind["parallelt_navn"])
    assert places["Guovdageaidnu"].now == "Kautokeino" and places["Porsáŋgu"].now == "Porsanger"


def test_towns_lie_in_municipalities_and_are_not_ordinary_words():
    towns = [line.split("\t") for line in (DATA / "poststeder.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")][1:]
    assert len(towns) > 1000
    places = read_places()
    assert all(places[municipality].kind == "kommune" for _, municipality in towns)
    assert dict(towns)["Skudeneshavn"] == "Karmøy" and dict(towns)["Mo i Rana"] == "Rana"
    assert not {"Vik", "Moen", "Sand", "Dal"} & {name for name, _ in towns}
    from models.gazetteers import gpe_norm
    assert gpe_norm("Skudeneshavn") == "Skudeneshavn (Karmøy, Rogaland)"
