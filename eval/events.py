"""Evaluate the event coder at story level on gold JSONL (PLOVER, or PETRARCH-2 CAMEO gold).

usage: python eval/events.py [GOLD.jsonl] [--texts STORIES.jsonl] [-o PRED.jsonl] [--cameo]
                             [--workers N]

GOLD defaults to ../shared/data/events/plover_gsr_dev.jsonl beside the repository. Gold that
stores only ids and events (our own story annotations, eval/gold/voa_dev.jsonl) takes the story
texts from --texts, e.g.
  python eval/events.py eval/gold/voa_dev.jsonl --texts ../shared/data/voa/voa_unlabelled.jsonl
--texts may also be a folder of article<ID>.txt files (the PTC corpus layout: the title on the
first line), e.g.
  python eval/events.py eval/gold/ptc_dev.jsonl --texts ../shared/data/ptc/train/articles

Predictions use the country scheme of the gold (`--country-scheme auto`): gold that writes every
intergovernmental body IGO, with no UNO or EUR anywhere (the PLOVER gold-standard records, which
follow CAMEO's root codes), is compared with predictions coded `events.country_scheme = "cameo"`;
other gold (the PLOVER annotation guidelines, our own sets) with the default "plover" scheme.

Prints the figures of ../shared/tools/score_events.py (type P/R/F1 and macro F1, dyad F1, full F1,
modality accuracy; or CAMEO root/source/target F1) as one JSON line, then a short table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dyadwatch.config import default_config
from dyadwatch.events import code_records
from dyadwatch.events.coder import COUNTRY_SCHEMES
from dyadwatch.events.scoring import index_records, score_cameo, score_plover

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / ".." / "shared" / "data" / "events" / "plover_gsr_dev.jsonl"


def read_gold(path: Path) -> list[dict]:
    """Gold records; exits with a message saying what is missing when the file is absent."""
    if not path.is_file():
        raise SystemExit(f"gold file {path} not found: pass a gold JSONL path, or put the shared "
                         "data at ../shared/data beside the repository")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def gold_scheme(records: list[dict]) -> str:
    """"cameo" when the gold writes intergovernmental bodies IGO and never UNO or EUR."""
    countries = {(entity.get("country") or "").upper()
                 for r in records for e in r.get("events") or []
                 for entity in (e.get("actor") or []) + (e.get("recipient") or [])}
    return "cameo" if "IGO" in countries and not countries & {"UNO", "EUR"} else "plover"


def read_stories(path: Path) -> list[dict]:
    """Stories {id, text} from a JSONL file, or from a folder of article<ID>.txt files."""
    if not path.is_dir():
        return read_gold(path)
    files = sorted(path.glob("article*.txt"))
    if not files:
        raise SystemExit(f"{path} holds no article<ID>.txt files: pass the PTC articles folder "
                         "or a JSONL of stories")
    return [{"id": f.stem.removeprefix("article"), "text": f.read_text(encoding="utf-8")}
            for f in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="gold JSONL")
    parser.add_argument("-o", "--output", help="write predictions JSONL here")
    parser.add_argument("--cameo", action="store_true",
                        help="gold carries PETRARCH-2 'gold'/'petrarch2' CAMEO triples")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--country-scheme", choices=("auto", *COUNTRY_SCHEMES), default="auto",
                        help="how predicted parties write intergovernmental bodies; auto = as "
                             "the gold does")
    parser.add_argument("--texts", help="JSONL of stories {id, text, published, title} for gold "
                                        "records that carry no text")
    args = parser.parse_args(argv)

    gold_records = read_gold(Path(args.gold))
    if args.texts:
        stories = {str(r["id"]): r for r in read_stories(Path(args.texts))}
        missing = [r["id"] for r in gold_records if str(r["id"]) not in stories]
        if missing:
            raise SystemExit(f"{args.texts} lacks the stories {missing[:5]}...; wrong --texts?")
        gold_records = [{**stories[str(r["id"])], **r} for r in gold_records]
    inputs = [{"id": str(r.get("id", r.get("story_id"))), "text": r["text"],
               "title": r.get("title"), "published": r.get("published") or r.get("date")}
              for r in gold_records]
    config = default_config()
    scheme = args.country_scheme
    if scheme == "auto":
        scheme = gold_scheme(gold_records)
    config["events"]["country_scheme"] = scheme
    print(f"# country scheme {scheme}", file=sys.stderr)
    started = time.perf_counter()
    predictions = list(code_records(inputs, config, workers=args.workers))
    elapsed = time.perf_counter() - started
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            for p in predictions:
                out.write(json.dumps(p, ensure_ascii=False) + "\n")
    gold, pred = index_records(gold_records), index_records(predictions)
    scores = score_cameo(gold, pred) if args.cameo else score_plover(gold, pred)
    print(json.dumps(scores))
    errors = sum(1 for p in predictions if p.get("error"))
    print(f"# {len(gold_records)} records in {elapsed:.1f}s, {errors} failed", file=sys.stderr)
    if not args.cameo:
        for level in ("type", "dyad", "full"):
            s = scores[level]
            print(f"# {level:5} P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}", file=sys.stderr)
        print(f"# type macro F1={scores['type_macroF1']:.3f} "
              f"modality accuracy={scores['modality_acc']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
