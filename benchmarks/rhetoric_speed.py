"""Rhetoric inference speed and peak memory: articles per second on 2 CPU threads.

    python benchmarks/rhetoric_speed.py [--articles 60] [--corpus DIR] [--model DIR]

Reads PTC train articles (default ../shared/data/ptc/train/articles) and runs the full
detector (spans, techniques, sentence scores, summary) one article at a time, as the pipeline
does. Prints the machine, articles/s, characters/s and peak RSS of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = ROOT.parent / "shared" / "data" / "ptc" / "train" / "articles"
FLOOR_ARTICLES_PER_SECOND = 3.0
CEILING_PEAK_RSS_MB = 1536


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no articles at {args.corpus}; pass --corpus DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    sys.path.insert(0, str(ROOT))
    import torch

    torch.set_num_threads(args.threads)
    from dyadwatch.article import Article
    from dyadwatch.rhetoric.detector import make_rhetoric_stage

    files = sorted(args.corpus.glob("article*.txt"))[:args.articles]
    texts = [f.read_text(encoding="utf-8") for f in files]
    t0 = time.perf_counter()
    stage = make_rhetoric_stage({"rhetoric": {"model": str(args.model or ""), "threshold": 0.5}})
    stage(Article.from_text("Warm-up: the regime's brutal lies must end."))
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    spans = 0
    for text in texts:
        spans += len(stage(Article.from_text(text)).techniques)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
                   f"torch threads {torch.get_num_threads()}",
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "spans": spans,
        "load_seconds": round(load_s, 2),
        "articles_per_second": round(len(texts) / seconds, 2),
        "chars_per_second": round(sum(map(len, texts)) / seconds),
        # CPU seconds per article: on a shared machine wall time overstates the cost
        "cpu_seconds_per_article": round(cpu / len(texts), 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(peak_mb),
    }
    print(json.dumps(result))
    ok = (result["articles_per_second"] >= FLOOR_ARTICLES_PER_SECOND
          and result["peak_rss_mb"] <= CEILING_PEAK_RSS_MB)
    print(f"{'PASS' if ok else 'FAIL'}: floor {FLOOR_ARTICLES_PER_SECOND} articles/s, "
          f"ceiling {CEILING_PEAK_RSS_MB} MB peak RSS")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
