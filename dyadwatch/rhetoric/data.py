"""Articles as training/inference examples: windows, frozen states, BIO tags, span rows."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import encoding
from .features import N_FEATURES, RepetitionIndex, span_features
from .semeval import LabelRow
from .techniques import TECHNIQUE_NAMES

TRIM = " \n\t.,:;"


@dataclass
class Example:
    """One article ready for the network; `states` are the frozen lower-layer outputs."""

    article_id: str
    text: str
    offsets: np.ndarray
    states: list[np.ndarray]
    bio: np.ndarray | None = None
    spans: np.ndarray = field(default_factory=lambda: np.zeros((0, 4), dtype=np.int64))
    feats: np.ndarray = field(default_factory=lambda: np.zeros((0, N_FEATURES), np.float32))
    span_chars: list[tuple[int, int]] = field(default_factory=list)
    span_labels: np.ndarray | None = None


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping (start, end) spans, as the SI scorer does."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def token_range(offsets: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """Wordpieces [ts, te) that overlap characters [start, end) (at least one)."""
    n = offsets.shape[0]
    ts = int(np.searchsorted(offsets[:, 1], start, side="right"))
    te = int(np.searchsorted(offsets[:, 0], end, side="left"))
    ts = min(ts, n - 1)
    return ts, max(te, ts + 1)


def prepare(article_id: str, text: str, *, inference: bool = False,
            encode: bool = True) -> Example:
    """Tokenise and run the frozen layers (the expensive, cacheable part).

    `inference` allows reduced precision (see encoding.inference_precision); `encode=False`
    only tokenises (enough for the network-free token tagger and lexical classifier).
    """
    windows = encoding.make_windows(text)
    if not windows.ids or not encode:
        states = []
    elif inference:
        with encoding.inference_precision():
            states = encoding.encode_lower(windows.ids)
    else:
        states = encoding.encode_lower(windows.ids)
    return Example(article_id, text, windows.offsets,
                   [s.astype(np.float16) for s in states])


def set_spans(example: Example, spans: list[tuple[int, int]]) -> None:
    """Attach the spans to classify (token ranges, sentence context, features)."""
    text, offsets = example.text, example.offsets
    index = RepetitionIndex(text)
    rows, feats = [], []
    for start, end in spans:
        if offsets.shape[0] == 0:
            rows.append((0, 1, 0, 1))
        else:
            ts, te = token_range(offsets, start, end)
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            cs, ce = token_range(offsets, line_start, len(text) if line_end < 0 else line_end)
            rows.append((ts, te, min(cs, ts), max(ce, te)))
        feats.append(span_features(text, start, end, index))
    example.spans = np.asarray(rows, dtype=np.int64).reshape(-1, 4)
    example.feats = np.asarray(feats, dtype=np.float32).reshape(-1, N_FEATURES)
    example.span_chars = list(spans)


def set_gold(example: Example, rows: list[LabelRow]) -> None:
    """Attach gold BIO tags (from merged spans) and gold technique spans."""
    n = example.offsets.shape[0]
    bio = np.zeros(n, dtype=np.int64)
    if n:
        for start, end in merge([(r.start, r.end) for r in rows]):
            ts, te = token_range(example.offsets, start, end)
            bio[ts] = 1
            bio[ts + 1:te] = 2
    example.bio = bio
    set_spans(example, [(r.start, r.end) for r in rows])
    example.span_labels = np.array([TECHNIQUE_NAMES.index(r.technique) for r in rows],
                                   dtype=np.int64)


def char_span(example: Example, ts: int, te: int) -> tuple[int, int] | None:
    """Character span of wordpieces [ts, te), trimmed like PTC v2 spans; None if empty."""
    start, end = int(example.offsets[ts, 0]), int(example.offsets[te - 1, 1])
    text = example.text
    # whole words only: a tagged "terror" of "terrorizing" becomes the word
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return (start, end) if end > start else None
