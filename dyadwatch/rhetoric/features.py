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


_WORD = re.compile(r"\w+(?:['’]\w+)*")
_STOP = frozenset("""a an the of to in on at for by with from and or but is are was were be been
it its this that these those as has have had not no he she they we you i his her their our
who which what will would can could should may might do does did than then so if about into
over after before up out more most also just very s""".split())


def repeated_phrases(text: str, *, min_words: int = 2, max_words: int = 6,
                     min_count: int = 3) -> list[tuple[int, int]]:
    """Later occurrences of phrases the article says at least `min_count` times.

    Phrases are 2-6 words within one line with at least one content word; longer repeats
    win over the shorter ones inside them. Returns (start, end) character spans.
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    line_of = [text.count("\n", 0, s) for s, _, _ in words] if words else []
    taken = np.zeros(len(words), dtype=bool)
    out: list[tuple[int, int]] = []
    for n in range(max_words, min_words - 1, -1):
        positions: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(words) - n + 1):
            if line_of[i] != line_of[i + n - 1]:
                continue
            key = tuple(w for _, _, w in words[i:i + n])
            if all(w in _STOP for w in key) or key[0] in _STOP or key[-1] in _STOP:
                continue
            positions.setdefault(key, []).append(i)
        for starts in positions.values():
            kept = [i for i in starts if not taken[i:i + n].any()]
            if len(kept) < min_count:
                continue
            last = -n
            for i in kept:
                if i < last + n:
                    continue
                taken[i:i + n] = True
                last = i
                if i != kept[0]:
                    out.append((words[i][0], words[i + n - 1][1]))
    return sorted(out)
