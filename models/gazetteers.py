"""The ORG and GPE gazetteers in models/data, read once: names to match and canonical norms."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # kommune, fylke, tidligere_kommune, tidligere_fylke, parallelt_navn, sted, land, region, utenlandsk
    county: str  # the county; for a `sted` the municipality it lies in
    now: str = ""  # what an abolished municipality/county became part of; a parallel name's municipality


def read_organisations(path: Path = DATA / "organisations.txt") -> dict[str, str]:
    """Every name and alias -> the canonical (first) name on its line."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("|") if n.strip()]
            for n in names:
                out.setdefault(n, names[0])
                variant = nynorsk_variant(n)
                if variant != n:
                    out.setdefault(variant, names[0])
    return out


_NORGE = re.compile(r"\bNorge(s?)\b")


def nynorsk_variant(name: str) -> str:
    """"Innovasjon Norge" -> "Innovasjon Noreg", "Norges forskningsråd" -> "Noregs forskningsråd": the
    country's name as nynorsk text writes it inside a body's name."""
    return _NORGE.sub(lambda m: "Noreg" + m.group(1), name)


def _rows(path: Path) -> list[list[str]]:
    """A tab-separated data file's rows, without comments and the header."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]


def read_places(path: Path = DATA / "kommuner.tsv", towns: Optional[Path] = DATA / "poststeder.tsv",
                countries: Optional[Path] = DATA / "countries.tsv") -> dict[str, Place]:
    """Name -> Place; a name that is both a municipality and a county keeps the municipality, and
    the towns of `towns` (kind `sted`) and the countries of `countries` (kind `land`) come after
    everything in `path`."""
    out: dict[str, Place] = {}
    for row in _rows(path):
        row = row + [""] * (4 - len(row))
        out.setdefault(row[0], Place(row[0], row[1], row[2], row[3]))
    for name, place in list(out.items()):
        out.setdefault(nynorsk_variant(name), place)  # "Noreg", "Nord-Noreg"
    if towns is not None and towns.exists():
        for name, municipality in _rows(towns):
            out.setdefault(name, Place(name, "sted", municipality))
    if countries is not None and countries.exists():
        for (name,) in _rows(countries):
            out.setdefault(name, Place(name, "land", ""))
    return out


def read_list(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=1)
def organisations() -> dict[str, str]:
    return read_organisations()


@lru_cache(maxsize=1)
def programmes() -> frozenset[str]:
    """The national programmes' names and aliases (programmes.txt), lower-cased: the file is matched without case."""
    return frozenset(name.lower() for name in read_organisations(DATA / "programmes.txt"))


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    return read_places()


@lru_cache(maxsize=1)
def common_word_places() -> frozenset[str]:
    return frozenset(read_list(DATA / "common_word_places.txt"))


def _base(text: str, names: dict) -> Optional[str]:
    """`text` as a gazetteer key, the genitive -s removed when that is what makes it one."""
    if text in names:
        return text
    if text.endswith("s") and text[:-1] in names:
        return text[:-1]
    return None


# Party short forms in a møtebok, with the party they stand for: "Einar Halvorsen – H", "Line Haugland (Ap)",
# "på vegne av DNA, SP og KRF" (DNA: Det norske Arbeiderparti, the party's name until 2011)
PARTY_SHORT = {"Ap": "Arbeiderpartiet", "AP": "Arbeiderpartiet", "A": "Arbeiderpartiet", "DNA": "Arbeiderpartiet",
               "H": "Høyre", "Frp": "Fremskrittspartiet", "FrP": "Fremskrittspartiet", "FRP": "Fremskrittspartiet",
               "Sp": "Senterpartiet", "SP": "Senterpartiet", "SV": "Sosialistisk Venstreparti",
               "Sv": "Sosialistisk Venstreparti", "KrF": "Kristelig Folkeparti", "Krf": "Kristelig Folkeparti",
               "KRF": "Kristelig Folkeparti", "V": "Venstre", "MDG": "Miljøpartiet De Grønne", "R": "Rødt",
               "Rødt": "Rødt", "MdG": "Miljøpartiet De Grønne", "Mdg": "Miljøpartiet De Grønne", "Pp": "Pensjonistpartiet", "PP": "Pensjonistpartiet",
               "INP": "Industri- og Næringspartiet"}


def org_norm(text: str) -> Optional[str]:
    """"Fylkesmannen i Buskerud" -> "Statsforvalteren", "Bufdirs" -> "Bufdir", "Nav" -> "NAV"."""
    if text in PARTY_SHORT:
        return PARTY_SHORT[text]
    names = organisations()
    key = _base(text, names) or (_base(text.capitalize(), names) if text.isupper() else None)  # "REGJERINGENS"
    if key is None:  # "Statens Vegvesen", "Kristelig folkeparti": another writer's capitals
        folded = _folded_organisations()
        key = _base(text.lower(), folded)
        return folded[key] if key else None
    return names[key]


@lru_cache(maxsize=1)
def _folded_organisations() -> dict[str, str]:
    """Lower-cased names of several words -> canonical name."""
    return {n.lower(): c for n, c in organisations().items() if " " in n}


def gpe_norm(text: str) -> Optional[str]:
    """"Askøy" -> "Askøy (Vestland)", "Fjell" -> "Øygarden (Vestland)", "Hordaland" -> "Vestland",
    "Guovdageaidnu" -> "Kautokeino (Finnmark)",
    "Florvåg" -> "Florvåg (Askøy, Vestland)", "Norge" -> "Norge"."""
    table = places()
    key = _base(text, table) or _base(text.replace(" Og ", " og "), table)
    if key is None:
        return None
    place = table[key]
    if place.kind == "kommune":
        return f"{place.name} ({place.county})"
    if place.kind == "fylke" or place.kind == "land":
        return place.name
    if place.kind == "parallelt_navn":
        return gpe_norm(place.now)
    if place.kind == "tidligere_kommune":
        if place.now and place.now in table:
            return gpe_norm(place.now)
        return f"{place.name} ({place.county})"
    if place.kind == "tidligere_fylke":
        return place.now or place.name
    if place.kind == "utenlandsk":
        return f"{place.name} ({place.county})"  # "Brussel (Belgia)"
    if place.kind == "sted":
        municipality = table.get(place.county)
        county = f", {municipality.county}" if municipality and municipality.kind == "kommune" else ""
        return f"{place.name} ({place.county}{county})"
    return place.name
