"""Projects and their bullets from every rendering of the Askøy status report, compared
field by field with the hand-checked expected records."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from extract.readers import read_document
from extract.statusreport import extract_projects
from extract.types import Table
from extract.typed_score import ITEM_KEYS, PROJECT_FIELDS
from tests.conftest import DOCUMENTS, EXPECTED, SEEDS

REPORT = "askoy_statusrapport_2017.json"
RENDERINGS = {
    "txt": (SEEDS / "000_2736e3e1983c3278.txt", REPORT),
    "docx": (DOCUMENTS / "askoy_statusrapport_2017.docx", REPORT),
    "pdf": (DOCUMENTS / "askoy_statusrapport_2017.pdf", REPORT),
    "variant-docx": (DOCUMENTS / "askoy_statusrapport_variant.docx", "askoy_statusrapport_variant.json"),
    "variant-pdf": (DOCUMENTS / "askoy_statusrapport_variant.pdf", "askoy_statusrapport_variant.json"),
}


def load_expected(name: str) -> dict:
    return json.loads((EXPECTED / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def documents():
    """Every rendering read once for the whole module."""
    return {key: read_document(path) for key, (path, _) in RENDERINGS.items()}


@pytest.fixture(scope="module")
def extracted(documents):
    return {key: extract_projects(doc) for key, doc in documents.items()}


def _diff(key: str, expected: dict, projects) -> list[str]:
    lines = []
    if len(projects) != len(expected["projects"]):
        lines.append(f"{len(projects)} projects, expected {len(expected['projects'])}")
    by_key = {(p.program, p.name): p for p in projects}
    for i, exp in enumerate(expected["projects"]):
        got = by_key.get((exp["program"], exp["name"]))
        if got is None:
            lines.append(f"#{i} {exp['program']!r} / {exp['name']!r} not found")
            continue
        for f in PROJECT_FIELDS:
            if exp[f] != getattr(got, f):
                lines.append(f"#{i} {exp['name']!r} {f}: expected {exp[f]!r}, got {getattr(got, f)!r}")
        for kind, field in ITEM_KEYS.items():
            texts = [it.text for it in got.items if it.kind == kind]
            if texts != exp[field]:
                lines.append(f"#{i} {exp['name']!r} {kind} items:\n  expected {exp[field]!r}\n  got      {texts!r}")
    return lines


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_every_project_field_and_item(key, extracted):
    diff = _diff(key, load_expected(RENDERINGS[key][1]), extracted[key])
    assert not diff, "\n".join(diff)


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_counts_per_program_section_and_status(key, extracted):
    counts = load_expected(RENDERINGS[key][1])["counts"]
    projects = extracted[key]
    per_program = counts.get("per_program") or {p["name"]: p["projects"] for p in load_expected(RENDERINGS[key][1])["programs"]}
    assert dict(Counter(p.program for p in projects)) == per_program
    assert dict(Counter(p.section for p in projects)) == counts["per_section"]
    assert dict(Counter(p.status or "null" for p in projects)) == counts["per_status"]
    if "without_nr" in counts:
        assert sum(p.nr is None for p in projects) == counts["without_nr"]
    kinds = Counter(it.kind for p in projects for it in p.items)
    assert (kinds["beskrivelse"], kinds["effekt"], kinds["status"]) == (
        counts["description_items"], counts["effect_items"], counts["status_items"])


@pytest.mark.parametrize("key", list(RENDERINGS))
def test_items_are_numbered_per_kind_and_clean(key, extracted):
    for p in extracted[key]:
        for kind in ITEM_KEYS:
            assert [it.ord for it in p.items if it.kind == kind] == list(range(1, 1 + sum(it.kind == kind for it in p.items)))
        for it in p.items:
            assert "<" not in it.text and not it.text.startswith(("- ", "•", "\uf0b7")), it.text
            assert it.text == it.text.strip() and "  " not in it.text


def test_pages_are_provenance_in_the_pdf_and_none_without_pages(extracted, documents):
    pdf_pages = [p.page for p in extracted["pdf"]]
    assert all(isinstance(n, int) and n >= 1 for n in pdf_pages)
    assert pdf_pages == sorted(pdf_pages) and pdf_pages[-1] > pdf_pages[0]
    doc = documents["pdf"]
    for project in extracted["pdf"]:  # the page printed with the project's row holds its name
        words = project.name.split()[:2]
        assert "".join(words) in "".join(doc.pages[project.page - 1].text.split()), (project.name, project.page)
    assert all(p.page is None for p in extracted["txt"] + extracted["docx"])


def test_page_break_continuations_are_merged(extracted):
    by_name = {p.name: p for p in extracted["txt"]}
    rehab = [it.text for it in by_name["Rehabilitering kreftpasienter"].items if it.kind == "beskrivelse"]
    assert rehab == ["3 årig prosjekt med fokus på helhetlig kreftomsorg der en prøver ut et systematisk kommunalt "
                     "rehabiliterings tilbud for kreftoverlevende."]
    assert len([it for it in by_name["Helhetlig og optimalisert pasientflyt"].items if it.kind == "effekt"]) == 8


def test_judgement_calls_of_the_expected_readme(extracted):
    by_name = {p.name: p for p in extracted["txt"]}
    heart = by_name["Hjertesvikt i primærhelsetjenesten"]
    assert (heart.nr, heart.start_raw, heart.end_raw, heart.section) == (None, "2016", "2019", "i_linje")
    area = by_name["Kunnskap og forskning"]
    assert (area.nr, area.area, area.start_raw, area.status) == (7, "Kunnskap og forskning", None, None)
    first = by_name["Utvikling av tillitsmodellen – optimalisering av forvaltning (Fase 2)"]
    assert [it.text for it in first.items if it.kind == "status"][-1] == "Pågår: Definere tillitsmodellen - Askøy kommune"
    assert by_name["Helsebruksplan"].start_raw == "mai 2017"
    assert by_name["Reorganisering forvaltning"].status == "avsluttet"
    assert by_name["Boligkontor"].program == "Boligsosialt velferdsprogram"  # bare heading, no "Program:"


def test_a_document_without_project_tables_gives_none():
    for seed in ("001_5b2f4e37133dd8e9.txt", "003_a976a9bffa492368.txt", "004_02151b00907a8e28.txt"):
        assert extract_projects(read_document(SEEDS / seed)) == []


def test_table_rows_read_as_paragraphs_after_a_table_still_count(documents):
    """A PDF reader that misses the part of a table continued on the next page hands its
    rows over as paragraphs (labels glued to the bullet before them): they still belong to
    the open project. Built from the real PDF by flattening its second table's page-7 part."""
    import copy

    from extract.types import Paragraph

    doc = copy.deepcopy(documents["pdf"])
    index = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Table) and any(
        "Område: Kunnskap og forskning" in c.text for c in b.cells))
    table = doc.blocks[index]
    grid = table.grid()
    cut = next(r for r, row in enumerate(grid) if "Område: Kunnskap og forskning" in row) + 1
    rows = ["\n".join(t for t in row if t) for row in grid[cut:]]
    table.cells = [c for c in table.cells if c.row < cut]
    glued: list[str] = []
    for text in rows:  # a label line joins the paragraph before it, as a reader's paragraph grouping does
        if glued and not text.startswith("•"):
            glued[-1] = f"{glued[-1]} {text}"
        else:
            glued.append(text)
    doc.blocks[index + 1:index + 1] = [Paragraph(text=t, page=7) for t in ["Om prosjektet:"] + glued[1:]]
    expected = next(p for p in load_expected(REPORT)["projects"] if p["name"] == "Kunnskap og forskning")
    got = next(p for p in extract_projects(doc) if p.name == "Kunnskap og forskning")
    for kind, field in ITEM_KEYS.items():
        assert [it.text for it in got.items if it.kind == kind] == expected[field], kind


@pytest.mark.slow
def test_scanned_report_through_ocr_finds_every_project():
    """The scan is read through OCR (extract/ocr_grid.py: deskew, ruling lines, one read per
    cell): every one of the 33 projects is found with program and name right and every
    project field as in the born-digital PDF; items keep a few OCR spacing slips."""
    from extract.typed_score import score_projects

    projects = extract_projects(read_document(DOCUMENTS / "askoy_statusrapport_2017_skannet.pdf"))
    scores = score_projects(load_expected(REPORT), projects)
    expected = {(p["program"], p["name"]) for p in load_expected(REPORT)["projects"]}
    found = expected & {(p.program, p.name) for p in projects}
    assert len(found) == len(expected) == 33, (expected - found, [s.line() for s in scores])
    by_what = {s.what: s for s in scores}
    assert by_what["projects"].f1 == 1.0, by_what["projects"].misses
    assert by_what["project_items"].f1 >= 0.95, by_what["project_items"].misses  # measured 0.961: OCR spacing
