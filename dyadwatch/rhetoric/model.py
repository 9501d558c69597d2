"""The trainable part of the detector: MiniLM's top layers plus a BIO tagger and a span classifier.

The lower layers (encoding.FROZEN_LAYERS) stay frozen and come from the installed MiniLM; the
top layers start as MiniLM's own and are fine-tuned, then shipped in fp16 with the heads.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
import torch
from torch import nn

from . import encoding
from .features import N_FEATURES

HIDDEN = 384
BIO = ("O", "B", "I")


class RhetoricNet(nn.Module):
    """Top transformer layers + token BIO head + span technique head."""

    def __init__(self, n_techniques: int) -> None:
        super().__init__()
        base = encoding.load_encoder()
        top = base.encoder.layer[encoding.FROZEN_LAYERS:]
        self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in top)
        self.si_head = nn.Sequential(nn.Dropout(0.1), nn.Linear(HIDDEN, len(BIO)))
        self.tc_head = nn.Sequential(
            nn.Dropout(0.1),
            nn.Linear(4 * HIDDEN + N_FEATURES, 256),
            nn.GELU(),
            nn.Dropout(0.1),
            nn.Linear(256, n_techniques),
        )

    def encode(self, windows: list[np.ndarray]) -> torch.Tensor:
        """Lower-layer states of windows ((len+2, H) each) -> top states of wordpieces (n, H)."""
        width = max(w.shape[0] for w in windows)
        hidden = torch.zeros((len(windows), width, HIDDEN), dtype=torch.float32)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for i, w in enumerate(windows):
            hidden[i, :w.shape[0]] = torch.from_numpy(np.asarray(w, dtype=np.float32))
            mask[i, :w.shape[0]] = 1
        ext = encoding.additive_mask(mask, hidden.dtype)
        for layer in self.layers:
            hidden = encoding._layer_out(layer(hidden, attention_mask=ext))
        return torch.cat([hidden[i, 1:w.shape[0] - 1] for i, w in enumerate(windows)])

    def span_logits(self, tokens: torch.Tensor, spans: np.ndarray,
                    feats: np.ndarray) -> torch.Tensor:
        """Technique logits for spans given as rows (ts, te, cs, ce) of token indices."""
        cums = torch.cat([torch.zeros((1, HIDDEN)), torch.cumsum(tokens, 0)])
        ts, te, cs, ce = (torch.from_numpy(spans[:, k].astype(np.int64)) for k in range(4))
        mean = (cums[te] - cums[ts]) / (te - ts).clamp(min=1)[:, None].float()
        ctx = (cums[ce] - cums[cs]) / (ce - cs).clamp(min=1)[:, None].float()
        rep = torch.cat([mean, tokens[ts], tokens[te - 1], ctx, torch.from_numpy(feats)], dim=1)
        out: torch.Tensor = self.tc_head(rep)
        return out


def save_weights(net: RhetoricNet, path: Any) -> None:
    """Write the trainable weights in fp16 (a few MB)."""
    state = {k: v.detach().to(torch.float16) for k, v in net.state_dict().items()}
    torch.save(state, path)


def load_weights(net: RhetoricNet, path: Any) -> None:
    state = torch.load(path, map_location="cpu", weights_only=True)
    net.load_state_dict({k: v.to(torch.float32) for k, v in state.items()})


def viterbi_spans(logp: np.ndarray, bias: float) -> list[tuple[int, int]]:
    """Constrained BIO decoding (no I after O or at the start) with `bias` added to O.

    `logp` is (n, 3) log-probabilities for O, B, I; returns token ranges [ts, te).
    Plain-float loop: three states are too few for numpy to pay off.
    """
    n = logp.shape[0]
    if n == 0:
        return []
    rows = logp.tolist()
    neg = -1e18
    o, b, i = rows[0][0] + bias, rows[0][1], neg
    back: list[tuple[int, int, int]] = [(0, 0, 0)]
    for t in range(1, n):
        lo, lb, li = rows[t]
        # to O or B: from the best of O, B, I; to I: from B or I only
        best_any, arg_any = (o, 0) if o >= b and o >= i else ((b, 1) if b >= i else (i, 2))
        best_bi, arg_bi = (b, 1) if b >= i else (i, 2)
        o, b, i = best_any + lo + bias, best_any + lb, best_bi + li
        back.append((arg_any, arg_any, arg_bi))
    state = 0 if o >= b and o >= i else (1 if b >= i else 2)
    tags = [0] * n
    for t in range(n - 1, -1, -1):
        tags[t] = state
        state = back[t][state]
    spans: list[tuple[int, int]] = []
    start = -1
    for t, tag in enumerate(tags):
        if tag != 2 and start >= 0:
            spans.append((start, t))
            start = -1
        if tag == 1:
            start = t
    if start >= 0:
        spans.append((start, n))
    return spans
