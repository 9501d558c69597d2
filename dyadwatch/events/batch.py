"""`code_records`: the library function behind `dyadwatch events`, in-process or in a pool.

Every input record yields exactly one output `{"id", "events"}` in input order; a record that
cannot be analysed yields `{"id", "events": [], "error": reason}` and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from typing import Any

from ..pipeline import chunked, process_batch

EVENT_STAGES = ["nlp.parse", "actors.resolve", "events.code"]
CHUNK = 8


def _result(article: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": article.get("id"), "events": article.get("events") or []}
    outcome = article.get("outcome") or {}
    if outcome.get("status") == "failed":
        out["events"] = []
        out["error"] = outcome.get("reason") or "failed"
    return out


def code_chunk(records: list[dict[str, Any]], config: dict[str, Any]) -> list[dict[str, Any]]:
    """Code one chunk of records (picklable unit of work for a worker process)."""
    return [_result(a) for a in process_batch(records, config, stages=EVENT_STAGES)]


def code_records(records: Iterable[dict[str, Any]], config: dict[str, Any], *,
                 workers: int = 1) -> Iterator[dict[str, Any]]:
    """Events of each record, in order; spaCy is loaded once per worker process."""
    if workers <= 1:
        for chunk in chunked(records, CHUNK):
            yield from code_chunk(chunk, config)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunks = chunked(records, CHUNK)
        for results in pool.map(code_chunk, chunks, repeat(config)):
            yield from results
