"""Story-level scores for coded events against gold, with the definitions event-data users share.

PLOVER (asserted events only, micro over stories): set of event types (+ macro F1 over types);
dyads (type, actor country, recipient country) with compound actors expanded pairwise; full
(type, mode, actor country+sector, recipient country+sector); modality accuracy over gold
events of any modality whose (type, countries) a predicted event matches. CAMEO: (root code,
source country, target country) per sentence, beside PETRARCH-2's own output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]
IGO_CODES = {"IGOUNO": "UNO", "UNO": "UNO", "IGOEEC": "EUR", "IGOEU": "EUR", "EUR": "EUR"}


def index_records(records: Iterable[Record]) -> dict[str, Record]:
    """Records by id ("id" or "story_id")."""
    return {str(r.get("id", r.get("story_id"))): r for r in records}


def _country(entity: dict[str, Any]) -> str:
    return (entity.get("country") or "---").upper() or "---"


def _pairs(event: dict[str, Any], *, with_sector: bool = False) -> list[tuple[Any, Any]]:
    def key(entity: dict[str, Any]) -> Any:
        if with_sector:
            return _country(entity), (entity.get("sector") or "").upper()
        return _country(entity)

    actors = [key(e) for e in event.get("actor") or []] or [key({})]
    empty: Any = ("", "") if with_sector else ""
    recipients = [key(e) for e in event.get("recipient") or []] or [empty]
    return [(a, r) for a in actors for r in recipients]


def story_sets(events: list[dict[str, Any]] | None) -> tuple[set[Any], ...]:
    """(types, dyads, full tuples) of asserted events, and (type, a, r, modality) of all."""
    types: set[Any] = set()
    dyads: set[Any] = set()
    full: set[Any] = set()
    any_modality: set[Any] = set()
    for event in events or []:
        type_ = (event.get("type") or "").upper()
        modality = (event.get("modality") or "asserted").lower()
        for a, r in _pairs(event):
            any_modality.add((type_, a, r, modality))
        if modality != "asserted":
            continue
        types.add(type_)
        for a, r in _pairs(event):
            dyads.add((type_, a, r))
        for a, r in _pairs(event, with_sector=True):
            full.add((type_, (event.get("mode") or "").lower(), a, r))
    return types, dyads, full, any_modality


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score_plover(gold: dict[str, Record], pred: dict[str, Record]) -> dict[str, Any]:
    """Story-level PLOVER scores of predictions against gold, both indexed by id."""
    counts = {k: [0, 0, 0] for k in ("type", "dyad", "full")}
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    modality_ok = modality_n = 0
    for story_id, g in gold.items():
        gs = story_sets(g.get("events"))
        ps = story_sets(pred.get(story_id, {}).get("events"))
        for i, level in enumerate(("type", "dyad", "full")):
            counts[level][0] += len(gs[i] & ps[i])
            counts[level][1] += len(ps[i] - gs[i])
            counts[level][2] += len(gs[i] - ps[i])
        for type_ in gs[0] | ps[0]:
            per_type[type_][0] += type_ in gs[0] and type_ in ps[0]
            per_type[type_][1] += type_ in ps[0] and type_ not in gs[0]
            per_type[type_][2] += type_ in gs[0] and type_ not in ps[0]
        predicted: dict[tuple[Any, ...], set[str]] = defaultdict(set)
        for type_, a, r, m in ps[3]:
            predicted[(type_, a, r)].add(m)
        for type_, a, r, m in gs[3]:
            if (type_, a, r) in predicted:
                modality_n += 1
                modality_ok += m in predicted[(type_, a, r)]
    out: dict[str, Any] = {k: dict(zip(("P", "R", "F1"), prf(*v), strict=True))
                           for k, v in counts.items()}
    macro = [prf(*v)[2] for v in per_type.values() if v[0] + v[2] > 0]
    out["type_macroF1"] = round(sum(macro) / len(macro), 4) if macro else 0.0
    out["per_type_F1"] = {t: prf(*v)[2] for t, v in sorted(per_type.items())}
    out["modality_acc"] = round(modality_ok / modality_n, 4) if modality_n else None
    out["stories"] = len(gold)
    out["stories_predicted"] = sum(1 for s in gold if s in pred)
    return out


def _norm_code(code: str | None) -> str:
    code = (code or "").upper()
    if code in IGO_CODES:
        return IGO_CODES[code]
    for prefix, value in IGO_CODES.items():
        if code.startswith(prefix):
            return value
    return code[:3] if code else "---"


def _cameo_set(triples: Iterable[Any]) -> set[tuple[str, str, str]]:
    return {(_norm_code(s), _norm_code(t), str(c)[:2]) for s, t, c in triples}


def predicted_cameo(events: list[dict[str, Any]] | None) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the asserted events of one sentence."""
    out = set()
    for event in events or []:
        if (event.get("modality") or "asserted") != "asserted" or not event.get("cameo"):
            continue
        for a, r in _pairs(event):
            out.add((a, r or "---", str(event["cameo"])[:2]))
    return out


def score_cameo(gold: dict[str, Record], pred: dict[str, Record]) -> dict[str, Any]:
    """(root code, source, target) P/R/F1 per sentence, ours beside PETRARCH-2's."""
    ours = [0, 0, 0]
    peer = [0, 0, 0]
    for story_id, g in gold.items():
        gs = _cameo_set(g["gold"])
        for acc, ps in ((ours, predicted_cameo(pred.get(story_id, {}).get("events"))),
                        (peer, _cameo_set(g["petrarch2"]))):
            acc[0] += len(gs & ps)
            acc[1] += len(ps - gs)
            acc[2] += len(gs - ps)
    return {"sentences": len(gold), "ours": dict(zip(("P", "R", "F1"), prf(*ours), strict=True)),
            "petrarch2": dict(zip(("P", "R", "F1"), prf(*peer), strict=True))}
