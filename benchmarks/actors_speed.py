"""Time actor resolution against the spaCy parse it runs on.

    nice -n 10 python benchmarks/actors_speed.py [--repeat 3]

Parses the 50 VOA stories of ../shared/data/voa/voa_unlabelled.jsonl plus the seed article once
per round with the configured spaCy model (one process, one core), then resolves their actors,
and reports the best round of each: resolution time as a share of parse time (the issue asks
for under 20%) and articles per second per core. The knowledge base is loaded before timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dyadwatch.actors.codebook import load_kb  # noqa: E402
from dyadwatch.actors.document import DocumentResolver  # noqa: E402
from dyadwatch.nlp import load_nlp  # noqa: E402

SHARED = ROOT.parent / "shared"


def load_texts() -> list[str]:
    voa = SHARED / "data" / "voa" / "voa_unlabelled.jsonl"
    seed = SHARED / "examples" / "seed-article.txt"
    if not voa.exists() or not seed.exists():
        raise SystemExit(f"benchmark data not found under {SHARED}; it ships in ../shared")
    with voa.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return [*texts, seed.read_text(encoding="utf-8")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best one is reported")
    args = parser.parse_args(argv)
    texts = load_texts()
    nlp = load_nlp()
    kb = load_kb()
    words = sum(len(t.split()) for t in texts)
    parse_best = resolve_best = float("inf")
    actors = 0
    for _ in range(args.repeat):
        # The batched parse (nlp.pipe) is the faster one, so the ratio against it is the
        # conservative figure.
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_best = min(parse_best, time.perf_counter() - started)
        started = time.perf_counter()
        actors = sum(len(DocumentResolver(doc, kb, date=None).resolve()) for doc in docs)
        resolve_best = min(resolve_best, time.perf_counter() - started)
    print(f"machine: {platform.machine()} {platform.processor() or ''} "
          f"{os.cpu_count()} logical CPUs, Python {platform.python_version()}, one process")
    print(f"{len(texts)} articles, {words:,} words, {actors} actors")
    print(f"spaCy parse      {parse_best:7.2f}s  ({len(texts) / parse_best:5.1f} articles/s, "
          "nlp.pipe)")
    print(f"actor resolution {resolve_best:7.2f}s  ({len(texts) / resolve_best:5.1f} articles/s)")
    print(f"overhead ratio   {resolve_best / parse_best:7.1%} of the parse (target < 20%)")
    print(f"parse + actors   {len(texts) / (parse_best + resolve_best):5.1f} articles/s per core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
