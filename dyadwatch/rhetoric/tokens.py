"""A cheap token-level BIO tagger (hashed word, context, position and shape features).

It is averaged with the network's BIO probabilities before the constrained Viterbi decoding:
an ensemble of two different views (fine-tuned MiniLM and a sparse linear model that remembers
exact words and where in a sentence spans start) finds spans better than either alone. It
trains in one to three minutes on the PTC train split (2 cores) and is stored as plain arrays
(no pickle).
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from .data import Example
from .lexical import LinearArrays

HASH_BITS = 18
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_QUOTES = frozenset("\"“”")
_POSITION_BINS = (0, 1, 2, 3, 5, 8, 13, 21, 34)


def _bin(value: int) -> int:
    return bisect_right(_POSITION_BINS, value)


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:6]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def word_features(text: str) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """Words of `text` (regex words and single punctuation marks) and their feature strings."""
    lines: list[list[tuple[int, int, str, str]]] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        lines.append([(base + m.start(), base + m.end(), m.group().lower(), _shape(m.group()))
                      for m in _WORD.finditer(line.group())])
    counts = Counter(w for line_words in lines for _, _, w, _ in line_words)
    spans: list[tuple[int, int]] = []
    feats: list[list[str]] = []
    for line_no, line_words in enumerate(lines):
        n = len(line_words)
        padded = ["<s>", "<s>", *(w for _, _, w, _ in line_words), "<s>", "<s>"]
        marks = "marks:" + "".join(sorted({c for c in "!?\"“”" if c in padded}))
        title, length = f"title:{line_no == 0}", f"len:{_bin(n)}"
        inside = False
        for k, (s, e, w, shape) in enumerate(line_words):
            if w in _QUOTES:
                inside = not inside
            before, after = padded[k + 1], padded[k + 3]
            spans.append((s, e))
            feats.append([
                "w:" + w, "p3:" + w[:3], "s3:" + w[-3:], "sh:" + shape,
                "w-1:" + before, "w+1:" + after, "w-2:" + padded[k], "w+2:" + padded[k + 4],
                "b-:" + before + "|" + w, "b+:" + w + "|" + after,
                f"pos:{_bin(k)}", f"end:{_bin(n - 1 - k)}", length, title, f"quoted:{inside}",
                marks, f"rep:{_bin(counts[w]) if len(w) > 3 else -1}",
                "sh-1:" + (line_words[k - 1][3] if k else "<s>"),
            ])
    return spans, feats


def _piece_words(example: Example, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Word index of each wordpiece (-1 before the first word) and whether it starts its word."""
    starts = np.asarray([s for s, _ in spans], dtype=np.int64)
    idx = np.searchsorted(starts, example.offsets[:, 0], side="right") - 1
    first = np.ones(len(idx), dtype=bool)
    first[1:] = idx[1:] != idx[:-1]
    return idx, first


def token_features(example: Example) -> list[list[str]]:
    """Feature strings per wordpiece of `example` (its word's features + piece position)."""
    spans, feats = word_features(example.text)
    idx, first = _piece_words(example, spans)
    return [["w:<none>"] if j < 0 else [*feats[j], "piece:first" if f else "piece:cont"]
            for j, f in zip(idx.tolist(), first.tolist(), strict=True)]


@lru_cache(maxsize=1)
def _hasher() -> FeatureHasher:
    return FeatureHasher(n_features=2 ** HASH_BITS, input_type="string", alternate_sign=False)


def _example_matrix(example: Example) -> sparse.csr_matrix:
    """Hashed `token_features` rows, hashing each word once (the same sums, faster)."""
    spans, feats = word_features(example.text)
    idx, first = _piece_words(example, spans)
    words = _hasher().transform([*feats, ["w:<none>"]]).tocsr()
    pieces = _hasher().transform([["piece:first"], ["piece:cont"], []]).tocsr()
    kind = np.where(idx < 0, 2, np.where(first, 0, 1))
    rows: sparse.csr_matrix = (words[np.where(idx < 0, len(feats), idx)] + pieces[kind]).tocsr()
    return rows


def _matrix(examples: list[Example]) -> sparse.csr_matrix:
    blocks = [_example_matrix(e) for e in examples if e.offsets.shape[0]]
    if not blocks:
        return sparse.csr_matrix((0, 2 ** HASH_BITS), dtype=np.float64)
    return sparse.vstack(blocks).tocsr()


class TokenTagger(LinearArrays):
    """Multinomial logistic regression over hashed token features: O, B, I per wordpiece."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray) -> None:
        super().__init__(coef, intercept)
        self._coef_t = np.ascontiguousarray(coef.T)

    @classmethod
    def fit(cls, examples: list[Example], *, c: float = 0.5, seed: int = 13) -> TokenTagger:
        """Fit on examples with gold `bio` tags (articles without tokens are skipped)."""
        labelled = [e for e in examples if e.bio is not None and len(e.bio)]
        x = _matrix(labelled)
        y = np.concatenate([np.zeros(0, np.int64)]
                           + [e.bio for e in labelled if e.bio is not None])
        coef = np.zeros((3, x.shape[1]), dtype=np.float32)
        intercept = np.full(3, -30.0, dtype=np.float32)
        if len(np.unique(y)) < 2:  # nothing to tell apart: always the one tag seen (or O)
            intercept[int(y[0]) if len(y) else 0] = 0.0
            return cls(coef, intercept)
        model = LogisticRegression(C=c, max_iter=200, random_state=seed)
        with warnings.catch_warnings():
            # 200 iterations are deliberate (time budget); cross-validation measured the result
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x, y)
        coef[model.classes_] = model.coef_ if len(model.classes_) > 2 else np.vstack(
            [-model.coef_[0] / 2, model.coef_[0] / 2])
        intercept[model.classes_] = model.intercept_ if len(model.classes_) > 2 else np.array(
            [-model.intercept_[0] / 2, model.intercept_[0] / 2])
        return cls(coef, intercept)

    def predict_proba(self, example: Example) -> np.ndarray:
        """(n_wordpieces, 3) probabilities of O, B, I."""
        if example.offsets.shape[0] == 0:
            return np.zeros((0, 3), dtype=np.float32)
        scores = np.asarray(_example_matrix(example) @ self._coef_t) + self.intercept
        out: np.ndarray = self.softmax(scores).astype(np.float32)
        return out


def mix(logp: np.ndarray, token_probs: np.ndarray | None, weight: float) -> np.ndarray:
    """Log of `weight` * network probabilities + (1 - `weight`) * tagger probabilities."""
    if token_probs is None or weight >= 1.0 or len(logp) == 0:
        return logp
    probs = weight * np.exp(logp) + (1.0 - weight) * token_probs
    out: np.ndarray = np.log(np.maximum(probs, 1e-12))
    return out
