"""The rule pipeline on real seed text: labels, norms and page offsets."""
from __future__ import annotations

import json

from extract.types import Page, ReadDocument, Records
from models.evaluate_ner import ANNOTATIONS, seed_text
from models.pipeline import load_pipeline, tag_document, tag_text


def _find(entities, label, text):
    return [e for e in entities if e.label == label and e.text == text]


def test_pipeline_is_loaded_once():
    assert load_pipeline() is load_pipeline()
    assert load_pipeline().pipe_names == ["arkivar_rules", "arkivar_norm"]


def test_asnes_grant_org_money_and_dates():
    ents = tag_text(seed_text("004_02151b00907a8e28.txt"), page=1, use_model=False)
    assert _find(ents, "ORG", "Bufdir")
    money = _find(ents, "MONEY", "kr. 350000")
    assert money and money[0].norm == "350000"
    assert _find(ents, "GPE", "Åsnes")
    assert _find(ents, "DATE", "30.april 2019")[0].norm == "2019-04-30/2019-04-30"
    assert _find(ents, "DATE", "10.12.2019")[0].norm == "2019-12-10/2019-12-10"
    assert {e.norm for e in ents if e.label == "STATUS"} == {"gjennomført", "under arbeid"}


def test_statusrapport_status_dates_and_place():
    ents = tag_text(seed_text("000_2736e3e1983c3278.txt"), use_model=False)
    assert _find(ents, "DATE", "høst 2016")[0].norm == "2016-09-01/2016-11-30"
    assert _find(ents, "DATE", "ultimo 2019")[0].norm == "2019-12-01/2019-12-31"
    assert _find(ents, "DATE", "22.august 2017")[0].norm == "2017-08-22/2017-08-22"
    ticked = _find(ents, "STATUS", "Pågår: x")
    assert len(ticked) == 24 and {e.norm for e in ticked} == {"pågår"}
    assert _find(ents, "GPE", "Askøy")
    assert not any(e.label == "STATUS" and e.text.startswith("Avsluttet") for e in ents)


def test_evaluation_percent_money_project():
    ents = tag_text(seed_text("002_4e0356b5234b2f73.txt", report_only=True), use_model=False)
    assert _find(ents, "PERCENT", "49,5 %")[0].norm == "49.5"
    assert _find(ents, "MONEY", "MNOK 9,47")[0].norm == "9470000"
    assert _find(ents, "PROJECT", "P1824")
    assert _find(ents, "ORG", "Rambøll") and _find(ents, "GPE", "Drammen")


def test_rule_effects_in_budget_prose():
    ents = tag_text(seed_text("001_5b2f4e37133dd8e9.txt"), use_model=False)
    texts = {e.text for e in ents if e.label == "EFFECT"}
    assert "Økt egenmestring og selvstendighet" in texts
    assert "Færre brukere høyt oppe i omsorgstrappen" in texts


def test_offsets_index_into_page_text():
    pages = [Page(1, "Tilskudd fra Bufdir på kr. 350000."), Page(2, "Oppstart høst 2016 på Askøy. Pågår: x")]
    entities, _ = tag_document(ReadDocument("txt", pages), Records())
    assert {(e.page, e.label, e.text) for e in entities} >= {
        (1, "ORG", "Bufdir"), (1, "MONEY", "kr. 350000"), (2, "DATE", "høst 2016"),
        (2, "GPE", "Askøy"), (2, "STATUS", "Pågår: x")}
    for e in entities:
        assert pages[e.page - 1].text[e.start:e.end] == e.text
        assert e.source in ("rule", "model")


def test_facts_from_the_evaluation_report():
    text = seed_text("002_4e0356b5234b2f73.txt", report_only=True)
    _, facts = tag_document(ReadDocument("txt", [Page(1, text)]), Records())
    by_text = {(f.value, f.unit): f for f in facts}
    assert by_text[(9.47, "MNOK")].kind == "baseline"
    assert by_text[(214.0, "personer")].kind == "goal"
    assert by_text[(20.0, "%")].kind == "result"


def test_annotated_spans_match_the_seed_text():
    lines = (ANNOTATIONS / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) >= 150 and len({r["doc"] for r in rows}) == 5
    for r in rows:
        assert seed_text(r["doc"])[r["start"]:r["end"]] == r["text"], r
