"""How much event coding adds to the spaCy parse: parse vs actors vs events time, one core.

usage: python benchmarks/events_speed.py [STORIES.jsonl] [--repeat N]

Defaults to ../shared/data/voa/voa_unlabelled.jsonl (50 VOA stories). The issue's budget is
events time <= 30% of parse time; the script prints the ratios and sentences per second.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dyadwatch.config import default_config
from dyadwatch.pipeline import Pipeline, article_from_record

REPO = Path(__file__).resolve().parents[1]
DEFAULT_STORIES = REPO / ".." / "shared" / "data" / "voa" / "voa_unlabelled.jsonl"
BUDGET = 0.30


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="?", default=str(DEFAULT_STORIES))
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest counts")
    args = parser.parse_args(argv)
    path = Path(args.stories)
    if not path.is_file():
        raise SystemExit(f"{path} not found: pass a JSONL file of stories ({{'id', 'text'}})")
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    pipeline = Pipeline.from_config(default_config(),
                                    stages=["nlp.parse", "actors.resolve", "events.code"])
    parse, actors, events = (s.run for s in pipeline.stages)
    best: dict[str, float] = {}
    sentences = n_events = 0
    for _ in range(max(1, args.repeat)):
        totals = {"parse": 0.0, "actors": 0.0, "events": 0.0}
        sentences = n_events = 0
        for record in records:
            article = article_from_record(record)
            for name, stage in (("parse", parse), ("actors", actors), ("events", events)):
                started = time.perf_counter()
                article = stage(article)
                totals[name] += time.perf_counter() - started
            sentences += len(article.sentences)
            n_events += len(article.events)
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}
    ratio = best["events"] / best["parse"]
    print(json.dumps({
        "stories": len(records), "sentences": sentences, "events": n_events,
        "seconds": {k: round(v, 3) for k, v in best.items()},
        "events_over_parse": round(ratio, 3),
        "actors_over_parse": round(best["actors"] / best["parse"], 3),
        "sentences_per_s_parse": round(sentences / best["parse"], 1),
        "sentences_per_s_events": round(sentences / best["events"], 1),
        "sentences_per_s_all": round(sentences / sum(best.values()), 1),
        "within_budget": ratio <= BUDGET,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
