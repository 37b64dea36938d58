"""The blind-round scorer: a round kept outside the repository scores like a committed sample."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import blind_round
from models.evaluate_ner import compared, load_sample, seed_text

DOC = "bo_planbeskrivelse_2012_p2.txt"  # annotated whole in test6


def _round(tmp_path: Path, rows: list[dict]) -> Path:
    folder = tmp_path / "r1"
    (folder / "texts").mkdir(parents=True)
    (folder / "ann1").mkdir()
    (folder / "texts" / DOC).write_text(seed_text(DOC), encoding="utf-8")
    (folder / "ann1" / "bo.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
    return folder


def test_a_round_folder_scores_like_the_committed_sample(tmp_path):
    rows = [g for g in load_sample("test6")[1] if g["doc"] == DOC]
    assert len(rows) == 11 and {"text": "Bø blad", "label": "ORG", "start": 1110, "end": 1117, "doc": DOC} in rows
    labels = ["DATE", "MONEY", "PERCENT", "ORG", "GPE", "PROJECT"]
    pred, gold = blind_round.score([_round(tmp_path, rows)], labels)
    sample_pred, sample_gold = compared("test6")
    strip = lambda spans: {s[1:] for s in spans if s[0].endswith(DOC) and s[1] in labels}  # noqa: E731
    assert strip(gold) == strip(sample_gold) and len(gold) == 11
    assert strip(pred) == strip(sample_pred)
    assert ("r1/" + DOC, "ORG", 1445, 1468, "Fylkesmannen i Telemark") in pred & gold


def test_a_span_not_at_its_offsets_stops_the_score_with_its_line(tmp_path):
    folder = _round(tmp_path, [{"doc": DOC, "text": "Telemark", "label": "GPE", "start": 1204, "end": 1212}])
    with pytest.raises(SystemExit, match=r"bo.jsonl:1: span 'Telemark' is not at 1204-1212"):
        blind_round.score([folder], ["GPE"])


def test_overlap_finds_a_text_the_repository_holds_and_not_a_new_one(tmp_path):
    folder = _round(tmp_path, [])
    words = "høst i kommunestyret for sak ny en fram legge vil rådmannen og sine bygdene i alene bor som eldre"
    # written backwards here, so that this file (part of the repository's text) does not hold the sentence
    (folder / "texts" / "new.txt").write_text(" ".join(reversed(words.split())), encoding="utf-8")
    shares = dict(blind_round.overlap([folder]))
    assert shares["r1/" + DOC] == 1.0 and shares["r1/new.txt"] < 0.2
