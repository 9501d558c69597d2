"""Evaluate actor resolution on gold event records: the share of gold actor and recipient entities
whose text the system resolves to the right country, and to the right sector.

    python eval/actors.py [--gold ../shared/data/events/plover_gsr_dev.jsonl] [--verbose]

Each gold entity's text is looked up in its sentence (first occurrence, whitespace-tolerant;
"A ... B" texts use their first part); the system actor whose mention best overlaps it
(`actor_for_span`) is compared, and `resolve_phrase` on the gold text is the fallback when no
actor overlaps or the text is not in the sentence. Comparison rules (printed with the figures):
- country: exact, except that gold IGO also accepts UNO and EUR: the PLOVER gold-standard
  records put every intergovernmental body in the IGO slot, where CAMEO writes IGOUNO / IGOEEC
  and the project's guidelines write UNO / EUR. `--strict` turns this off.
- sector: the first three letters (gold "REFKUR" is REF with an ethnic tag); gold "***" marks an
  unknown sector and is left out of the sector denominator.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dyadwatch.actors import actor_for_span, resolve_actors, resolve_phrase  # noqa: E402
from dyadwatch.article import Article  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "events" / "plover_gsr_dev.jsonl"
IGO_FAMILY = {"IGO", "UNO", "EUR"}


def find_text(sentence: str, text: str) -> tuple[int, int] | None:
    """First occurrence of `text` in `sentence`, tolerant of whitespace and case."""
    part = text.split("...")[0].strip()
    if not part:
        return None
    pattern = r"\s+".join(re.escape(w) for w in part.split())
    m = re.search(pattern, sentence) or re.search(pattern, sentence, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def country_ok(gold: str, system: str, *, strict: bool) -> bool:
    if gold == system:
        return True
    return not strict and gold == "IGO" and system in IGO_FAMILY


def sector_ok(gold: str, system: str) -> bool:
    return gold[:3].upper() == system[:3].upper()


def evaluate(path: Path, *, strict: bool, verbose: bool, use_dates: bool) -> dict[str, float]:
    n = n_sector = right_country = right_sector = fallback = 0
    started = time.perf_counter()
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for record in records:
        article = Article.from_text(record["text"], id=record["id"],
                                    published=record.get("date") if use_dates else None)
        resolve_actors(article)
        for event in record["events"]:
            for role in ("actor", "recipient"):
                for gold in event[role]:
                    where = find_text(record["text"], gold["text"])
                    actor = actor_for_span(article, *where) if where else None
                    if actor is not None:
                        got = (actor.country, actor.sector, article.text[actor.start:actor.end])
                    else:
                        fallback += 1
                        phrase = resolve_phrase(gold["text"])
                        got = (*(phrase or ("---", "")), "(phrase)")
                    n += 1
                    c_ok = country_ok(gold["country"], got[0], strict=strict)
                    right_country += c_ok
                    s_ok = True
                    if gold["sector"] != "***":
                        n_sector += 1
                        s_ok = sector_ok(gold["sector"], got[1])
                        right_sector += s_ok
                    if verbose and not (c_ok and s_ok):
                        print(f"{'C' if not c_ok else ' '}{'S' if not s_ok else ' '} "
                              f"gold {gold['text']!r} {gold['country']} {gold['sector']!r} | "
                              f"system {got[2]!r} {got[0]} {got[1]!r} | {record['id']}")
    elapsed = time.perf_counter() - started
    return {"entities": n, "country": right_country / max(n, 1),
            "sector": right_sector / max(n_sector, 1), "sector_entities": n_sector,
            "fallbacks": fallback, "records": len(records), "seconds": elapsed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="gold JSONL (default: ../shared/data/events/plover_gsr_dev.jsonl)")
    parser.add_argument("--strict", action="store_true",
                        help="exact country codes (gold IGO does not accept UNO/EUR)")
    parser.add_argument("--use-dates", action="store_true",
                        help="pass each record's date as the publication date (the dev "
                             "records carry a placeholder 2000-01-01)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"gold file {args.gold} not found; pass --gold PATH (it ships in ../shared/data)",
              file=sys.stderr)
        return 2
    result = evaluate(args.gold, strict=args.strict, verbose=args.verbose,
                      use_dates=args.use_dates)
    print(f"records {result['records']}, gold entities {result['entities']} "
          f"({result['fallbacks']} resolved by phrase fallback), {result['seconds']:.1f}s")
    print(f"country accuracy {result['country']:.1%}"
          f"{' (strict codes)' if args.strict else ' (gold IGO accepts UNO/EUR)'}")
    print(f"sector accuracy  {result['sector']:.1%} "
          f"(first three letters; {result['sector_entities']} entities with a known gold sector)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
