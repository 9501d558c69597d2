"""A cheap lexical span classifier (hashed word and character n-grams + span features).

It complements the network in an ensemble: it remembers the exact words of slogans, clichés
and labels that the fine-tuned layers blur. Stored as plain arrays (no pickle).
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from .data import Example

WORD_BITS = 16
CHAR_BITS = 16


def _vectorizers() -> tuple[HashingVectorizer, HashingVectorizer]:
    words = HashingVectorizer(ngram_range=(1, 2), n_features=2 ** WORD_BITS,
                              alternate_sign=False, norm="l2", lowercase=True)
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2 ** CHAR_BITS,
                              alternate_sign=False, norm="l2", lowercase=True)
    return words, chars


def span_matrix(examples: list[Example]) -> sparse.csr_matrix:
    """Rows for every attached span of every example, in order."""
    words, chars = _vectorizers()
    texts = [e.text[s:t] for e in examples for s, t in e.span_chars]
    feats = np.concatenate([e.feats for e in examples]) if examples else np.zeros((0, 0))
    if not texts:
        return sparse.csr_matrix((0, 2 ** WORD_BITS + 2 ** CHAR_BITS + feats.shape[1]))
    return sparse.hstack([words.transform(texts), chars.transform(texts),
                          sparse.csr_matrix(feats)]).tocsr()


class LinearArrays:
    """A fitted linear model kept as plain arrays: saved as float16 weights, loaded without
    pickle. Shared by the lexical classifier and the token tagger."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray) -> None:
        self.coef = coef
        self.intercept = intercept

    def save(self, path: Path) -> None:
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept)

    @classmethod
    def load(cls, path: Path) -> Self:
        with np.load(path) as data:
            return cls(data["coef"].astype(np.float32), data["intercept"].astype(np.float32))

    @staticmethod
    def softmax(scores: np.ndarray) -> np.ndarray:
        """Row-wise softmax of class scores (shifted by the row maximum first)."""
        scores = scores - scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        out: np.ndarray = probs / probs.sum(axis=1, keepdims=True)
        return out


class LexicalClassifier(LinearArrays):
    """Multinomial logistic regression over `span_matrix` rows."""

    @classmethod
    def fit(cls, examples: list[Example], n_classes: int, *, c: float = 4.0,
            seed: int = 13) -> LexicalClassifier:
        x = span_matrix(examples)
        y = np.concatenate([e.span_labels for e in examples if e.span_labels is not None])
        model = LogisticRegression(C=c, max_iter=300, random_state=seed)
        model.fit(x, y)
        coef = np.zeros((n_classes, x.shape[1]), dtype=np.float32)
        intercept = np.full(n_classes, -30.0, dtype=np.float32)
        coef[model.classes_] = model.coef_
        intercept[model.classes_] = model.intercept_
        return cls(coef, intercept)

    def predict_proba(self, examples: list[Example]) -> np.ndarray:
        x = span_matrix(examples)
        return self.softmax(np.asarray(x @ self.coef.T) + self.intercept)
