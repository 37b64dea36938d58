"""Normal forms of entity texts: DATE "start/end", MONEY kroner, PERCENT number, STATUS word,
ORG the canonical gazetteer name, GPE "municipality (county)"."""
from __future__ import annotations

import re
from typing import Optional

from models.dates import parse_period
from models.gazetteers import gpe_norm, org_norm

STATUS_WORDS = {
    "pågår": "pågår", "pågående": "pågår", "avsluttet": "avsluttet", "gjennomført": "gjennomført",
    "utført": "gjennomført",
    "under arbeid": "under arbeid", "under planlegging": "planlagt", "tentativt": "planlagt",
    "ikke startet": "ikke startet", "ikke påbegynt": "ikke startet", "ikke igangsatt": "ikke startet",
}
SCALES = {"mnok": 1_000_000, "mill": 1_000_000, "millioner": 1_000_000, "million": 1_000_000, "millionar": 1_000_000,
          "mrd": 1_000_000_000, "milliarder": 1_000_000_000, "milliard": 1_000_000_000, "milliardar": 1_000_000_000,
          "tusen": 1_000, "tnok": 1_000}
NUMBER_WORDS = {w: n for n, words in enumerate([
    [], ["en", "én", "ett", "ein", "éin", "eitt", "ei"], ["to"], ["tre"], ["fire"], ["fem"], ["seks"], ["sju", "syv"],
    ["åtte"],
    ["ni"], ["ti"], ["elleve"], ["tolv"], ["tretten"], ["fjorten"], ["femten"], ["seksten"], ["sytten"], ["atten"],
    ["nitten"], ["tjue", "tyve"]]) for w in words} | {"tretti": 30, "førti": 40, "femti": 50, "seksti": 60,
                                                       "sytti": 70, "åtti": 80, "nitti": 90, "hundre": 100}
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?")  # "1.075.799", "1 500"


def number(text: str) -> Optional[float]:
    """First number in `text`: "1 500" -> 1500, "9,47" -> 9.47, "350.000" -> 350000, "1.075.799" -> 1075799."""
    m = _NUMBER.search(text)
    if m is None:
        return None
    raw = re.sub(r"[ \u00a0]", "", m.group(0))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def money(text: str) -> Optional[int]:
    """Kroner: "MNOK 9,47" -> 9470000, "ni mill. kroner" -> 9000000."""
    words = re.findall(r"[^\W\d_]+", text.lower())  # letters, "é" too ("én milliard")
    value = number(text)
    if value is None and words and words[0] in NUMBER_WORDS:
        value = NUMBER_WORDS[words[0]]
    if value is None:
        return None
    factor = next((SCALES[w] for w in words if w in SCALES), 1)
    return round(value * factor)


def status(text: str) -> Optional[str]:
    low = " ".join(text.lower().replace(":", " ").split())
    for key in sorted(STATUS_WORDS, key=len, reverse=True):
        if low.startswith(key):
            return STATUS_WORDS[key]
    return None


def date(text: str) -> Optional[str]:
    period = parse_period(text)
    if period.start is None and period.end is None:
        return None
    return f"{period.start or ''}/{period.end or ''}"


_RANGE = re.compile(r"^(?P<before>\D*?)(?P<a>\d[\d \u00a0.,]*?)\s*(?P<unit>%|prosent)?\s*[-–]\s*"
                    r"(?P<b>\d[\d \u00a0.,]*)(?P<after>\D.*)?$")


def _range(text: str) -> Optional[tuple[str, str]]:
    """"2-3 mill. kroner" -> ("2 mill. kroner", "3 mill. kroner"); "2,07 % - 2,67 %"; None for one amount."""
    m = _RANGE.match(text.strip())
    if m is None or not m["b"].strip():
        return None
    before, after = m["before"], (m["after"] or "")
    return f"{before}{m['a']}{after}".strip(), f"{before}{m['b']}{after}".strip()


_BROKEN_WORD = re.compile(r"(?<=[a-zæøå])-[ \t]*\n\s*(?=[a-zæøå])(?!(?:og|eller)\b)")


def join_broken_words(text: str) -> str:
    """Words hyphenated at a line end joined ("helsestasjonstje-\nnesten" → "helsestasjonstjenesten");
    a hyphen before a capital or "og"/"eller" stays ("Sør-\nTrøndelag", "Plan-\nog")."""
    return _BROKEN_WORD.sub("", text)


def one_line(text: str) -> str:
    """An entity's text as one line: a word hyphenated at a line end joined ("Kommunaldeparte-\\nmentet"),
    a hyphen before a capital or "og" kept ("Sør-\\nTrøndelag", "Plan-\\nog bygningsetaten"), other line
    breaks made one space ("Fylkesmannen i\\nBuskerud")."""
    if "\n" not in text:
        return text
    text = join_broken_words(text)
    text = re.sub(r"-[ \t]*\n\s*(?=(?:og|eller)\b)", "- ", text)
    return re.sub(r"\s*\n\s*", " ", re.sub(r"-[ \t]*\n\s*", "-", text))


def normalise(label: str, text: str) -> Optional[str]:
    """The `norm` column for an entity, read from its text as one line."""
    text = one_line(text)
    if label == "DATE":
        return date(text)
    sign = -1 if text.lstrip()[:1] in {"-", "−"} else 1  # "-1,4%", "-118 mill kr": a deficit, a fall
    if label in {"MONEY", "PERCENT"} and (parts := _range(text)) is not None:
        low, high = (normalise(label, part) for part in parts)  # "2-3 mill. kroner": "2000000/3000000"
        return None if low is None or high is None else f"{low}/{high}"
    if label == "MONEY":
        value = money(text)
        return None if value is None else str(sign * value)
    if label == "PERCENT":
        value = number(text)
        if value is None and (first := text.split()[0].lower()) in NUMBER_WORDS:
            value = NUMBER_WORDS[first]  # "seks prosent"
        return None if value is None else f"{sign * value:g}"
    if label == "STATUS":
        return status(text)
    if label == "ORG":
        return org_norm(text)
    if label == "GPE":
        return gpe_norm(text)
    if label == "PROJECT":
        return re.sub(r"^P\s+(\d)", r"P\1", text).removesuffix("s") if text.startswith("P") else text
    return None
