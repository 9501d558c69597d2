"""Cheap span features: length, shape, and repetition against the rest of the article.

Repetition is a tenth of all technique spans and is about the article, not the span: the same
words said again. `RepetitionIndex` answers "how often, and was it said before?" per span.
"""

from __future__ import annotations

import re

import numpy as np

_NON_WORD = re.compile(r"[^\w]+")
N_FEATURES = 12


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces, padded, for whole-word substring counts."""
    return " " + _NON_WORD.sub(" ", text.lower()).strip() + " "


class RepetitionIndex:
    """The article's normalised text, for counting repeats of a span's words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = normalise(text)

    def counts(self, start: int, end: int) -> tuple[int, int]:
        """(occurrences in the whole article, occurrences before `start`) of the span's words."""
        key = normalise(self.text[start:end])
        if key.strip() == "":
            return 0, 0
        total = self.norm.count(key)
        before = normalise(self.text[:start]).count(key) if total > 1 else 0
        return total, before


def span_features(text: str, start: int, end: int, index: RepetitionIndex) -> np.ndarray:
    """A fixed-length vector of N_FEATURES numbers describing one span."""
    span = text[start:end]
    words = span.split()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    total, before = index.counts(start, end)
    capitals = sum(1 for w in words if w[:1].isupper())
    return np.array([
        np.log1p(len(span)) / 6.0,
        np.log1p(len(words)) / 4.0,
        np.log1p(max(total - 1, 0)),
        float(total > 1),
        float(before > 0),
        min(len(span) / max(line_end - line_start, 1), 1.0),
        float("!" in span or "?" in span),
        float(any(q in span for q in "\"“”")),
        capitals / max(len(words), 1),
        float(line_start == 0),
        float(len(words) == 1),
        float(len(words) >= 10),
    ], dtype=np.float32)
