"""Run the network on prepared examples; decode spans; label template spans; score CV output."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from . import encoding
from .data import Example, char_span
from .model import RhetoricNet, viterbi_spans
from .scoring import si_score, tc_micro_f1
from .techniques import TECHNIQUE_NAMES
from .tokens import mix

ENSEMBLE_GRID = tuple(np.round(np.arange(0.0, 1.01, 0.1), 2))
BIAS_GRID = tuple(np.round(np.arange(-3.0, 2.01, 0.25), 2))
TAGGER_GRID = tuple(np.round(np.arange(0.3, 1.01, 0.1), 2))  # network share of the BIO mix


@dataclass
class NetOutput:
    """Per-article network output: BIO log-probabilities per wordpiece, technique
    probabilities per attached span (in `Example.spans` order); in cross-validation also the
    lexical classifier's technique probabilities and the token tagger's BIO probabilities."""

    logp: np.ndarray
    tc_probs: np.ndarray
    lex_probs: np.ndarray | None = None
    token_probs: np.ndarray | None = None


def run(net: RhetoricNet, example: Example, *, spans: bool = True) -> tuple[NetOutput, Any]:
    """Network output for one article; also returns the top-layer token states."""
    with torch.inference_mode():
        if not example.states:
            empty = np.zeros((0, 3), np.float32)
            return NetOutput(empty, np.zeros((len(example.spans), len(TECHNIQUE_NAMES)))), None
        with encoding.inference_precision():
            tokens = net.encode(example.states).float()
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


def _spans(examples: list[Example], logps: list[np.ndarray],
           bias: float) -> dict[str, list[tuple[int, int]]]:
    """Decoded character spans per article."""
    return {e.article_id: [(s, t) for s, t, _ in decode(e, logp, bias)]
            for e, logp in zip(examples, logps, strict=True)}


def si_at(examples: list[Example], outputs: list[NetOutput], *, bias: float,
          tagger_weight: float = 1.0) -> tuple[float, float, float]:
    """SI (precision, recall, F1) of the outputs decoded at fixed settings (no calibration)."""
    gold = {e.article_id: list(e.span_chars) for e in examples}
    mixed = [mix(o.logp, o.token_probs, tagger_weight) for o in outputs]
    return si_score(_spans(examples, mixed, bias), gold)


def score_cv(examples: list[Example], outputs: list[NetOutput],
             folds: list[int] | None = None) -> dict[str, Any]:
    """SI figures at the best O-bias and tagger weight (calibrated on these outputs), TC micro-F1.

    The tagger weight is the network's share of the BIO mix (`tokens.mix`); it is searched
    only when every output carries token-tagger probabilities. With `folds` (the CV fold of
    each example) it also reports `si_f1_xval`: each fold decoded with the bias and weight
    that are best on the other folds, which is free of calibration optimism.
    """
    gold_si = {e.article_id: list(e.span_chars) for e in examples}
    has_tagger = all(o.token_probs is not None for o in outputs)
    rows = []
    preds: dict[tuple[float, float], dict[str, list[tuple[int, int]]]] = {}
    for weight in TAGGER_GRID if has_tagger else (1.0,):
        mixed = [mix(o.logp, o.token_probs, float(weight)) for o in outputs]
        for bias in BIAS_GRID:
            key = (float(weight), float(bias))
            pred = preds[key] = _spans(examples, mixed, key[1])
            rows.append((*key, *si_score(pred, gold_si)))
    best = max(rows, key=lambda row: row[4])
    curve = [(b, p, r, f) for w, b, p, r, f in rows if w == best[0]]
    xval = best[4]
    net_only_si = max(row[4] for row in rows if row[0] == 1.0)
    if folds is not None and len(set(folds)) > 1:
        combined: dict[str, list[tuple[int, int]]] = {}
        for f in sorted(set(folds)):
            others = {e.article_id for e, g in zip(examples, folds, strict=True) if g != f}
            gold_o = {a: v for a, v in gold_si.items() if a in others}
            fold_key = max(preds, key=lambda k: si_score(
                {a: v for a, v in preds[k].items() if a in others}, gold_o)[2])
            combined.update({e.article_id: preds[fold_key][e.article_id]
                             for e, g in zip(examples, folds, strict=True) if g == f})
        xval = si_score(combined, gold_si)[2]
    gold_tc = [(e.article_id, s, t, TECHNIQUE_NAMES[int(k)])
               for e in examples if e.span_labels is not None
               for (s, t), k in zip(e.span_chars, e.span_labels, strict=True)]
    tc_curve = []
    has_lex = all(o.lex_probs is not None for o in outputs)
    for weight in ENSEMBLE_GRID if has_lex else (1.0,):
        pred_tc = []
        for e, o in zip(examples, outputs, strict=True):
            probs = o.tc_probs if o.lex_probs is None else (
                weight * o.tc_probs + (1 - weight) * o.lex_probs)
            for (s, t), (name, _) in zip(e.span_chars, assign_labels(e.span_chars, probs),
                                         strict=True):
                pred_tc.append((e.article_id, s, t, name))
        tc_curve.append((float(weight), tc_micro_f1(pred_tc, gold_tc)))
    best_tc = max(tc_curve, key=lambda row: row[1])
    net_only = next(f for w, f in tc_curve if w == 1.0)
    return {
        "si_bias": best[1], "tagger_weight": best[0], "si_p": round(best[2], 4),
        "si_r": round(best[3], 4), "si_f1": round(best[4], 4), "si_f1_xval": round(xval, 4),
        "si_f1_net_only": round(net_only_si, 4),
        "tc_micro_f1": round(best_tc[1], 4),
        "tc_micro_f1_net_only": round(net_only, 4), "ensemble_weight": best_tc[0],
        "si_curve": curve, "tc_curve": tc_curve,
    }
