"""Build models/data/countries.tsv, the countries of the GPE gazetteer, from the ISO 3166-1 list and its
Norwegian Bokmål names as the `pycountry` package ships them (Debian's iso-codes translations).

    pip install pycountry==24.6.1 && python scripts/build_countries.py > models/data/countries.tsv

"Iran, Den islamske republikk" gives "Iran"; "Kongo, Den demokratiske republikk" gives both "Kongo" and
"Den demokratiske republikk Kongo". Left out, as in build_poststeder.py: names that are also ordinary
Norwegian words (Debian's `wnorwegian`), first names and organisation names in models/data, names shorter
than four letters ("Man") and names already in kommuner.tsv.
"""
from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.gazetteers import DATA, read_list, read_organisations, read_places  # noqa: E402

WORD_LISTS = [Path("/usr/share/dict/bokmaal"), Path("/usr/share/dict/nynorsk")]


def norwegian_names() -> list[str]:
    base = Path(pycountry.__file__).parent
    with (base / "locales" / "nb_NO" / "LC_MESSAGES" / "iso3166-1.mo").open("rb") as f:
        nb = gettext.GNUTranslations(f)
    out = []
    for country in json.loads((base / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]:
        name = nb.gettext(country["name"])
        head, _, rest = name.partition(", ")
        out.append(head)
        if rest.startswith(("Den ", "Det ", "De ")):
            out.append(f"{rest} {head}")  # "Den demokratiske republikk Kongo"
    return out


def main() -> None:
    if not all(p.exists() for p in WORD_LISTS):
        sys.exit("the word lists are missing: apt-get install wnorwegian")
    words = set()
    for path in WORD_LISTS:
        words |= {w.strip() for w in path.read_text(encoding="utf-8", errors="replace").splitlines() if w.islower()}
    skip = set(read_places(DATA / "kommuner.tsv", towns=None, countries=None)) | set(read_organisations()) \
        | read_list(DATA / "first_names.txt")
    names = sorted({n for n in norwegian_names() if n not in skip and n.lower() not in words
                    and sum(ch.isalpha() for ch in n) >= 4 and "(" not in n})
    print("# Countries for the GPE gazetteer (kind `land`), besides those in kommuner.tsv.")
    print("# Source: ISO 3166-1 with its Norwegian Bokmål names (Debian iso-codes), as pycountry 24.6.1 ships them;")
    print("# built by scripts/build_countries.py, which leaves out names that are also ordinary words.")
    print("name")
    for name in names:
        print(name)


if __name__ == "__main__":
    main()
