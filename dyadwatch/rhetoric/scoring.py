"""SemEval-2020 Task 11 metrics: SI span F1 with partial-overlap credit, TC micro-F1.

Same semantics as the organisers' scorers (and shared/tools/score_rhetoric.py): overlapping
spans are merged on both sides before SI scoring; TC aligns labels on identical spans.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .data import merge

Spans = dict[str, list[tuple[int, int]]]


def si_score(pred: Spans, gold: Spans) -> tuple[float, float, float]:
    """(precision, recall, F1) of predicted spans against gold spans, by article."""
    merged_gold = {a: merge(v) for a, v in gold.items()}
    merged_pred = {a: merge(v) for a, v in pred.items()}
    n_pred = sum(len(v) for v in merged_pred.values())
    n_gold = sum(len(v) for v in merged_gold.values())
    ps = rs = 0.0
    for a, spans in merged_pred.items():
        for s0, e0 in spans:
            for s1, e1 in merged_gold.get(a, []):
                inter = max(0, min(e0, e1) - max(s0, s1))
                if inter:
                    ps += inter / (e0 - s0)
                    rs += inter / (e1 - s1)
    p = ps / n_pred if n_pred else 0.0
    r = rs / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0
    return p, r, f


def tc_micro_f1(pred: Iterable[tuple[str, int, int, str]],
                gold: Iterable[tuple[str, int, int, str]]) -> float:
    """Micro-F1 over gold (id, start, end, technique) rows; equals accuracy for a full template."""
    g: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    p: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for a, s, e, t in gold:
        g[(a, s, e)].append(t)
    for a, s, e, t in pred:
        p[(a, s, e)].append(t)
    correct = sum(sum((Counter(g[k]) & Counter(p.get(k, []))).values()) for k in g)
    n = sum(len(v) for v in g.values())
    return correct / n if n else 0.0
