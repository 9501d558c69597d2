"""Run the network on prepared examples; decode spans; label template spans; score CV output."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from .data import Example, char_span
from .model import RhetoricNet, viterbi_spans
from .scoring import si_score, tc_micro_f1
from .techniques import TECHNIQUE_NAMES

BIAS_GRID = tuple(np.round(np.arange(-1.5, 3.01, 0.25), 2))


@dataclass
class NetOutput:
    """Per-article network output: BIO log-probabilities per wordpiece, technique
    probabilities per attached span (in `Example.spans` order)."""

    logp: np.ndarray
    tc_probs: np.ndarray


def run(net: RhetoricNet, example: Example, *, spans: bool = True) -> tuple[NetOutput, Any]:
    """Network output for one article; also returns the top-layer token states."""
    with torch.inference_mode():
        if not example.states:
            empty = np.zeros((0, 3), np.float32)
            return NetOutput(empty, np.zeros((len(example.spans), len(TECHNIQUE_NAMES)))), None
        tokens = net.encode(example.states)
        logp = torch.log_softmax(net.si_head(tokens), -1).numpy()
        probs = np.zeros((0, len(TECHNIQUE_NAMES)), np.float32)
        if spans and len(example.spans):
            probs = torch.softmax(net.span_logits(tokens, example.spans, example.feats), -1).numpy()
    return NetOutput(logp, probs), tokens


def oof_predictions(net: RhetoricNet, examples: list[Example]) -> list[NetOutput]:
    return [run(net, e)[0] for e in examples]


def decode(example: Example, logp: np.ndarray, bias: float) -> list[tuple[int, int, float]]:
    """Character spans with a confidence (mean in-span probability of their wordpieces)."""
    out = []
    inside = 1.0 - np.exp(logp[:, 0]) if len(logp) else np.zeros(0)
    for ts, te in viterbi_spans(logp, bias):
        span = char_span(example, ts, te)
        if span is not None:
            out.append((span[0], span[1], float(inside[ts:te].mean())))
    return out


def assign_labels(keys: list[tuple[int, int]], probs: np.ndarray) -> list[tuple[str, float]]:
    """One technique per template row; repeated identical spans get the 2nd, 3rd... best."""
    seen: dict[tuple[int, int], int] = defaultdict(int)
    labels = []
    for key, p in zip(keys, probs, strict=True):
        rank = seen[key]
        seen[key] += 1
        order = np.argsort(-p)
        k = int(order[min(rank, len(order) - 1)])
        labels.append((TECHNIQUE_NAMES[k], float(p[k])))
    return labels


def score_cv(examples: list[Example], outputs: list[NetOutput]) -> dict[str, Any]:
    """SI figures at the best O-bias (calibrated on these outputs) and TC micro-F1."""
    gold_si = {e.article_id: list(e.span_chars) for e in examples}
    curve = []
    for bias in BIAS_GRID:
        pred = {e.article_id: [(s, t) for s, t, _ in decode(e, o.logp, float(bias))]
                for e, o in zip(examples, outputs, strict=True)}
        curve.append((float(bias), *si_score(pred, gold_si)))
    best = max(curve, key=lambda row: row[3])
    gold_tc, pred_tc = [], []
    for e, o in zip(examples, outputs, strict=True):
        labels = assign_labels(e.span_chars, o.tc_probs)
        for (s, t), k, (name, _) in zip(e.span_chars, e.span_labels if e.span_labels is not None
                                         else [], labels, strict=True):
            gold_tc.append((e.article_id, s, t, TECHNIQUE_NAMES[int(k)]))
            pred_tc.append((e.article_id, s, t, name))
    return {
        "si_bias": best[0], "si_p": round(best[1], 4), "si_r": round(best[2], 4),
        "si_f1": round(best[3], 4), "tc_micro_f1": round(tc_micro_f1(pred_tc, gold_tc), 4),
        "si_curve": curve,
    }
