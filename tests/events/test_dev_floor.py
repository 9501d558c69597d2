"""Pinned floors on the shared PLOVER dev gold and our wire-style dev set (story level)."""

from __future__ import annotations

import json

import pytest

from dyadwatch.config import default_config
from dyadwatch.events import code_records
from dyadwatch.events.scoring import index_records, score_plover

pytestmark = [pytest.mark.models, pytest.mark.shared]


def test_dev_gold_floors(shared_dir):
    path = shared_dir / "data" / "events" / "plover_gsr_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    gold = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    config = default_config()
    config["events"]["country_scheme"] = "cameo"  # the gold writes UN and EU bodies IGO
    pred = list(code_records(gold, config))
    scores = score_plover(index_records(gold), index_records(pred))
    assert scores["type"]["F1"] >= 0.82
    assert scores["type_macroF1"] >= 0.80
    assert scores["dyad"]["F1"] >= 0.66
    assert scores["modality_acc"] >= 0.9


def test_wire_style_dev_floors():
    """Floors on the project's own wire-style development set (it carries its texts)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "eval" / "gold" / "challenge.jsonl"
    gold = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    pred = list(code_records(gold, default_config()))
    scores = score_plover(index_records(gold), index_records(pred))
    assert scores["dyad"]["F1"] >= 0.56
    assert scores["type_macroF1"] >= 0.78
    assert scores["modality_acc"] >= 0.95
