"""Milestones of the Åsnes project plan from every rendering, all fields of all nine."""
from __future__ import annotations

import json

import pytest

from extract.milestones import extract_milestones
from extract.readers import read_document
from extract.typed_score import MILESTONE_FIELDS
from tests.conftest import DOCUMENTS, EXPECTED, SEEDS

RENDERINGS = {
    "txt": SEEDS / "004_02151b00907a8e28.txt",
    "docx": DOCUMENTS / "asnes_prosjektplan_2019.docx",
    "pdf": DOCUMENTS / "asnes_prosjektplan_2019.pdf",
}


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return json.loads((EXPECTED / "asnes_milestones_2019.json").read_text(encoding="utf-8"))["milestones"]


@pytest.fixture(scope="module")
def extracted():
    """Milestones of every rendering, each file read once for the whole module."""
    return {key: extract_milestones(read_document(path)) for key, path in RENDERINGS.items()}


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_every_milestone_field(key, extracted, expected):
    got = extracted[key]
    diff = [f"{len(got)} milestones, expected {len(expected)}"] if len(got) != len(expected) else []
    for exp, m in zip(expected, got):
        diff += [f"milestone {exp['nr']} {f}: expected {exp[f]!r}, got {getattr(m, f)!r}"
                 for f in MILESTONE_FIELDS if exp[f] != getattr(m, f)]
    assert not diff, "\n".join(diff)


def test_pages_in_the_pdf_follow_the_table_across_its_page_break(extracted):
    pages = [m.page for m in extracted["pdf"]]
    assert all(isinstance(p, int) for p in pages) and pages == sorted(pages)
    assert pages[0] < pages[-1]  # the table runs over a page break
    assert all(m.page is None for m in extracted["docx"] + extracted["txt"])


def test_status_words_are_the_contract_words(extracted):
    assert [m.status for m in extracted["txt"]] == ["gjennomført"] * 2 + ["under arbeid"] * 4 + [None] * 3


def test_documents_without_a_milestone_table_give_none():
    for seed in ("000_2736e3e1983c3278.txt", "001_5b2f4e37133dd8e9.txt", "003_a976a9bffa492368.txt"):
        assert extract_milestones(read_document(SEEDS / seed)) == []
