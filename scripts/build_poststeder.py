"""Build models/data/poststeder.tsv, the towns and villages of the GPE gazetteer, from Bring's
Postnummerregister (postnummer, poststed, kommunenummer, kommunenavn, kategori; tab-separated).

    python scripts/build_poststeder.py register.tsv > models/data/poststeder.tsv

Kept: every poststed that is not a municipality's own name, written in proper case, with the
municipality it lies in. Left out: names that are also ordinary Norwegian words (Debian's
`wnorwegian` lists: "Vik", "Sand", "Moen"), first names and organisation names in models/data,
and names shorter than four letters. Those would be read as places wherever the word stands.
Kept all the same: the ordinary-word names listed in models/data/common_word_places.txt ("Kirkenes",
"Bryne"), which the tagger reads as places only away from a sentence start.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.gazetteers import DATA, read_list, read_organisations, read_places  # noqa: E402

WORD_LISTS = [Path("/usr/share/dict/bokmaal"), Path("/usr/share/dict/nynorsk")]
LOWER_PARTS = {"i", "på", "og", "ved", "under", "by"}


def proper_case(name: str) -> str:
    """"BØ I TELEMARK" -> "Bø i Telemark", "NORD-ODAL" -> "Nord-Odal"."""
    words = []
    for k, word in enumerate(name.lower().split()):
        if k and word in LOWER_PARTS - {"by"}:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def main(register: Path) -> None:
    if not all(p.exists() for p in WORD_LISTS):
        sys.exit("the word lists are missing: apt-get install wnorwegian")
    words = set()
    for path in WORD_LISTS:
        # the lists hold proper nouns too ("Raufoss"); only a lower-case entry is an ordinary word ("vik")
        words |= {w.strip() for w in path.read_text(encoding="utf-8", errors="replace").splitlines() if w.islower()}
    places = read_places(DATA / "kommuner.tsv", towns=None, countries=None)
    municipalities = {name.upper(): name for name, p in places.items() if p.kind == "kommune"}
    skip = set(places) | set(read_organisations()) | read_list(DATA / "first_names.txt")
    words -= {name.lower() for name in read_list(DATA / "common_word_places.txt")}
    rows = {}
    with register.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = proper_case(row["poststed"])
            municipality = municipalities.get(row["kommunenavn"])
            if municipality is None or row["poststed"] == row["kommunenavn"] or name in skip \
                    or name.lower() in words or sum(ch.isalpha() for ch in name) < 4:
                continue
            rows.setdefault(name, municipality)
    print("# Towns and villages (poststeder) for the GPE gazetteer: name, the municipality it lies in.")
    print("# Source: Bring's Postnummerregister with the 2024 municipality codes (a copy in the public")
    print("# repository thmmsn/propcloud-dl, postnummer.csv, commit 6808f009e61a2c5c5801c884a5236bff9e59ea25),")
    print("# built by scripts/build_poststeder.py, which leaves out names that are also ordinary words.")
    print("name\tmunicipality")
    for name in sorted(rows):
        print(f"{name}\t{rows[name]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
