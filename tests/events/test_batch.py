"""`code_records`: one result per record, in order; bad records fail alone; worker pool."""

from __future__ import annotations

import pytest

from dyadwatch.config import default_config
from dyadwatch.events import code_records

pytestmark = pytest.mark.models

RECORDS = [
    {"id": "a", "text": "Iran condemned the verdict of the Belgian court.",
     "published": "2021-02-04"},
    {"id": "b", "text": ""},
    {"id": "c", "text": "Russian troops shelled Ukrainian positions near Kharkiv on Monday.",
     "date": "2022-05-11"},
    {"text": "No id here, and no events either."},
]


def test_one_result_per_record_in_order_and_errors_kept():
    results = list(code_records(RECORDS, default_config()))
    assert [r["id"] for r in results][:3] == ["a", "b", "c"]
    assert len(results) == 4
    assert results[0]["events"][0]["type"] == "ACCUSE"
    assert results[1]["events"] == [] and "text" in results[1]["error"]
    assault = results[2]["events"][0]
    assert (assault["type"], assault["date"]) == ("ASSAULT", "2022-05-09")
    assert set(assault) >= {"type", "mode", "actor", "recipient", "modality", "quote", "start",
                            "end", "cameo", "goldstein", "quad_class", "date",
                            "date_granularity", "location", "confidence", "trigger",
                            "evidence"}


def test_worker_pool_gives_the_same_results():
    config = default_config()
    assert list(code_records(RECORDS, config, workers=2)) == \
        list(code_records(RECORDS, config))
