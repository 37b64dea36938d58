"""Goals and expected gains per program of the Askøy budget article, all 58 items."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from extract.program_items import extract_program_items
from extract.readers import read_document
from tests.conftest import DOCUMENTS, EXPECTED, SEEDS

RENDERINGS = {
    "txt": SEEDS / "001_5b2f4e37133dd8e9.txt",
    "html": DOCUMENTS / "askoy_budsjett_2018.html",
}


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads((EXPECTED / "askoy_budget_2018_programs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extracted():
    """Program items of every rendering, each file read once for the whole module."""
    return {key: extract_program_items(read_document(path)) for key, path in RENDERINGS.items()}


def _expected_items(data: dict) -> list[tuple[str, str, int, str]]:
    out = []
    for p in data["programs"]:
        for kind, field in (("mål", "goals"), ("gevinst", "gains")):
            out += [(p["name"], kind, i, text) for i, text in enumerate(p[field], start=1)]
    return out


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_every_goal_and_gain(key, extracted, expected):
    got = [(x.program, x.kind, x.ord, x.text) for x in extracted[key]]
    want = _expected_items(expected)
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert not missing and not extra, f"missing {missing}\nextra {extra}"
    assert len(got) == 58


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_counts_per_program(key, extracted, expected):
    counts = Counter((x.program, x.kind) for x in extracted[key])
    for program, c in expected["counts"]["per_program"].items():
        assert (counts[(program, "mål")], counts[(program, "gevinst")]) == (c["goals"], c["gains"]), program


def test_stray_dash_and_oddities_are_kept_as_the_readme_says(extracted):
    texts = [x.text for x in extracted["txt"]]
    assert "Kompetanse og systemer som sikrer god og helhetlig oppfølging i arbeidet med flyktninger." in texts
    assert texts.count("Flere brukere bo lengre i egen bolig ved at tidlig innsats og forebygging vektlegges.") == 1
    assert any(t.startswith("Fag- og tiltaksutvikling") and not t.endswith(".") for t in texts)


def test_documents_without_program_lists_give_none():
    for seed in ("000_2736e3e1983c3278.txt", "003_a976a9bffa492368.txt", "004_02151b00907a8e28.txt"):
        assert extract_program_items(read_document(SEEDS / seed)) == []
