"""First names given in Norway, Sweden and Denmark, read from the name dictionary that the `gender-guesser`
package ships (Jörg Michael's `nam_dict.txt`, 2008, under the GNU Free Documentation License; read where it is
installed, not copied into this repository).

Each name line has one frequency column per country (a hex digit from 1, rare, to D, extremely common); the
columns are found from the file's own header, where every country's name stands above a "|" in its column.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

COUNTRIES = ("Denmark", "Norway", "Sweden")
EXPANDED_UMLAUT_COLUMN = 29  # a '+' here marks a second, differently sorted copy of the line


def _country_columns(lines: list[str]) -> dict[str, int]:
    """The column of each country, from the header: "#   Norway" over "#   |"."""
    columns = {}
    for above, line in zip(lines, lines[1:]):
        if line.startswith("#") and line.rstrip("$ \n").endswith("|"):
            columns[above.strip("#$ \n")] = line.index("|")
    return columns


def names_used_in(countries: tuple[str, ...], text: str) -> frozenset[str]:
    """The names of `text` (a `nam_dict.txt`) with a frequency in any of `countries`; single words only."""
    lines = text.splitlines()
    columns = [c for name, c in _country_columns(lines).items() if name in countries]
    if len(columns) != len(countries):
        raise ValueError(f"name dictionary: no column for one of {countries}")
    names = set()
    for line in lines:
        if line[:1] in {"#", "=", ""} or len(line) <= max(columns) or line[EXPANDED_UMLAUT_COLUMN] == "+":
            continue
        name = line[3:EXPANDED_UMLAUT_COLUMN].strip()
        if name[:1].isupper() and " " not in name and "+" not in name and any(line[c].strip() for c in columns):
            names.add(name)
    return frozenset(names)


@lru_cache(maxsize=1)
def scandinavian_first_names() -> frozenset[str]:
    """First names in use in Norway, Sweden or Denmark (1 922 of the dictionary's 45 000 names)."""
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    return names_used_in(COUNTRIES, text)
