"""Find persuasion techniques in text: spans, techniques, sentence scores, article summary.

`TechniqueDetector` works on plain text (the CLI uses it); `make_rhetoric_stage` wraps it as
the pipeline stage "rhetoric.detect". Everything runs locally from the installed MiniLM and the
packaged weights in dyadwatch/rhetoric/model/ (or a folder written by `dyadwatch rhetoric train`).
"""

from __future__ import annotations

import json
import pickle
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..article import Article, TechniqueSpan
from ..errors import ModelError
from .data import Example, prepare, set_spans
from .features import repeated_phrases
from .predict import NetOutput, assign_labels, decode, run
from .techniques import TECHNIQUE_NAMES
from .tokens import mix

REPETITION_MIN = 0.6  # a repeated phrase is reported when P(Repetition) reaches this
SECOND_LABEL_MIN = 0.3  # a detected span also carries its runner-up technique above this
THRESHOLD_SCALE = 4.0  # config threshold 0.5 +/- 0.1 moves the O-bias by -/+ 0.4 nats
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Jr|Sr|U\.S|U\.N|No|vs)\.$")
FIX = ("retrain it with `dyadwatch rhetoric train --corpus PTC_TRAIN_DIR --out DIR` and pass "
       "that folder as rhetoric.model, or reinstall dyadwatch to restore the packaged model")


def packaged_model_dir() -> Path:
    return Path(str(resources.files("dyadwatch.rhetoric").joinpath("model")))


class TechniqueDetector:
    """The trained network + lexical classifier + token tagger, with the calibrated decoding
    bias and mixing weights (a model folder without tokens.npz decodes the network alone)."""

    def __init__(self, net: Any, lexical: Any, meta: dict[str, Any], *, threshold: float = 0.5,
                 ensemble_weight: float | None = None, tagger: Any = None) -> None:
        self.net = net
        self.lexical = lexical
        self.tagger = tagger
        self.tagger_weight = float(meta.get("tagger_weight", 1.0)) if tagger is not None else 1.0
        self.meta = meta
        self.name = str(meta.get("model", "rhetoric"))
        self.bias = float(meta.get("si_bias", 0.0)) - THRESHOLD_SCALE * (threshold - 0.5)
        weight = meta.get("ensemble_weight", 1.0) if ensemble_weight is None else ensemble_weight
        self.ensemble_weight = float(weight) if lexical is not None else 1.0

    @classmethod
    def load(cls, path: str | Path | None = None, *, threshold: float = 0.5) -> TechniqueDetector:
        """Load a model folder (default: the packaged one); ModelError says how to fix problems."""
        import torch

        from .lexical import LexicalClassifier
        from .model import RhetoricNet, load_weights
        from .tokens import TokenTagger

        folder = Path(path) if path else packaged_model_dir()
        meta_file, weights = folder / "model.json", folder / "weights.pt"
        if not meta_file.is_file() or not weights.is_file():
            raise ModelError(f"no rhetoric model in {folder} (model.json and weights.pt needed); "
                             + FIX)
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            if list(meta["techniques"]) != list(TECHNIQUE_NAMES):
                raise ModelError(f"the rhetoric model in {folder} uses another technique list; "
                                 + FIX)
            torch.set_num_threads(min(torch.get_num_threads(), 2) or 1)
            net = RhetoricNet(len(TECHNIQUE_NAMES))
            load_weights(net, weights)
            net.eval()
            lexical_file = folder / "lexical.npz"
            lexical = LexicalClassifier.load(lexical_file) if lexical_file.is_file() else None
            tagger_file = folder / "tokens.npz"
            tagger = TokenTagger.load(tagger_file) if tagger_file.is_file() else None
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, RuntimeError, EOFError,
                pickle.UnpicklingError) as e:
            raise ModelError(f"the rhetoric model in {folder} cannot be loaded ({e}); "
                             + FIX) from e
        return cls(net, lexical, meta, threshold=threshold, tagger=tagger)

    # -- plain text ---------------------------------------------------------------------
    def _technique_probs(self, example: Example, output: NetOutput) -> np.ndarray:
        probs = output.tc_probs
        if self.lexical is not None and len(example.span_chars) and self.ensemble_weight < 1.0:
            w = self.ensemble_weight
            probs = w * probs + (1 - w) * self.lexical.predict_proba([example])
        return probs

    def analyse(self, text: str, *, repetitions: bool = True,
                ) -> tuple[list[TechniqueSpan], Example, NetOutput]:
        """Spans with techniques, plus the prepared example and raw output (for scores).

        `repetitions` adds the explicit repetition detector's spans (phrases said 3+ times
        that the classifiers call Repetition). It serves readers, not the SemEval metric:
        PTC annotators mark few such repeats, so SemEval output leaves it off.
        """
        example = prepare("", text, inference=True)
        output, tokens = run(self.net, example, spans=False)
        if self.tagger is not None and self.tagger_weight < 1.0:
            output.token_probs = self.tagger.predict_proba(example)
            output.logp = mix(output.logp, output.token_probs, self.tagger_weight)
        found = decode(example, output.logp, self.bias)
        # explicit repetition: phrases said 3+ times, kept where the classifiers agree
        repeats = [(s, e) for s, e in (repeated_phrases(text) if repetitions else [])
                   if not any(s < fe and e > fs for fs, fe, _ in found)]
        spans: list[TechniqueSpan] = []
        if (found or repeats) and tokens is not None:
            set_spans(example, [(s, e) for s, e, _ in found] + repeats)
            import torch

            with torch.inference_mode():
                logits = self.net.span_logits(tokens, example.spans, example.feats)
                output.tc_probs = torch.softmax(logits, -1).numpy()
            probs = self._technique_probs(example, output)
            repetition = TECHNIQUE_NAMES.index("Repetition")
            for (start, end), p in zip(repeats, probs[len(found):], strict=True):
                if p[repetition] >= REPETITION_MIN:
                    spans.append(TechniqueSpan("Repetition", start, end,
                                               round(float(p[repetition]), 4)))
            for (start, end, conf), p in zip(found, probs[:len(found)], strict=True):
                order = np.argsort(-p)
                for rank, k in enumerate(order[:2]):
                    if rank == 0 or p[k] >= SECOND_LABEL_MIN:
                        spans.append(TechniqueSpan(TECHNIQUE_NAMES[int(k)], start, end,
                                                   round(conf * float(p[k]), 4)))
        spans.sort(key=lambda s: (s.start, s.end, -s.confidence))
        return spans, example, output

    def detect(self, text: str, *, repetitions: bool = True) -> list[TechniqueSpan]:
        """Technique spans in `text`, sorted by start (see `analyse` for `repetitions`)."""
        return self.analyse(text, repetitions=repetitions)[0]

    def classify(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float]]:
        """A technique and its probability for each given (start, end) span, in order.

        Identical spans listed more than once get the best, then second-best... technique,
        as SemEval templates list a span once per gold technique.
        """
        if not spans:
            return []
        example = prepare("", text, inference=True)
        set_spans(example, list(spans))
        output, _ = run(self.net, example)
        return assign_labels(list(spans), self._technique_probs(example, output))

    def sentence_scores(self, example: Example, output: NetOutput,
                        sentences: list[tuple[int, int]]) -> list[float]:
        """0-1 propaganda score per sentence: the highest in-span probability of its words."""
        if not len(output.logp):
            return [0.0] * len(sentences)
        inside = 1.0 - np.exp(output.logp[:, 0])
        starts = example.offsets[:, 0]
        scores = []
        for start, end in sentences:
            lo, hi = np.searchsorted(starts, start), np.searchsorted(starts, end)
            scores.append(round(float(inside[lo:hi].max()), 4) if hi > lo else 0.0)
        return scores


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Light sentence split (lines, then sentence-final punctuation) when no parse exists."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        base, start = line.start(), 0
        body = line.group()
        for match in _SENTENCE_END.finditer(body):
            if _ABBREVIATION.search(body, 0, match.start()):
                continue
            out.append((base + start, base + match.start()))
            start = match.end()
        out.append((base + start, base + len(body.rstrip())))
    return [(s, e) for s, e in out if e > s and text[s:e].strip()]


def summarise(text: str, spans: list[TechniqueSpan], sentences: list[tuple[int, int]],
              scores: list[float], model: str) -> dict[str, Any]:
    """Counts and shares per technique, flagged sentences and the most loaded passages."""
    counts = Counter(s.technique for s in spans)
    total = sum(counts.values())
    flagged: list[dict[str, Any]] = []
    for (start, end), score in zip(sentences, scores, strict=True):
        names = sorted({s.technique for s in spans if s.start < end and s.end > start})
        if names:
            flagged.append({"start": start, "end": end, "text": text[start:end],
                            "score": score, "techniques": names})
    top = sorted(flagged, key=lambda p: (-p["score"], -len(p["techniques"]), p["start"]))[:5]
    return {
        "model": model,
        "spans": total,
        "by_technique": {name: {"count": n, "share": round(n / total, 4)}
                         for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))},
        "sentences": len(sentences),
        "sentences_flagged": len(flagged),
        "share_sentences_flagged": round(len(flagged) / len(sentences), 4) if sentences else 0.0,
        "top_passages": top,
    }


@lru_cache(maxsize=4)
def _cached_detector(path: str, threshold: float) -> TechniqueDetector:
    return TechniqueDetector.load(path or None, threshold=threshold)


def make_rhetoric_stage(config: dict[str, Any]) -> Callable[[Article], Article]:
    """Pipeline stage "rhetoric.detect".

    config["rhetoric"]: `model` ("" = packaged model) and `threshold` (0.5 = the operating point
    calibrated by cross-validation; higher gives fewer, surer spans, lower gives more).
    """
    section = config.get("rhetoric", {})
    detector = _cached_detector(str(section.get("model", "") or ""),
                                float(section.get("threshold", 0.5)))

    def detect_rhetoric(article: Article) -> Article:
        spans, example, output = detector.analyse(article.text)
        article.techniques = spans
        if article.sentences:
            bounds = [(s.start, s.end) for s in article.sentences]
        else:
            bounds = split_sentences(article.text)
        scores = detector.sentence_scores(example, output, bounds)
        for sentence, score in zip(article.sentences, scores, strict=False):
            sentence.propaganda_score = score
        article.technique_summary = summarise(article.text, spans, bounds, scores, detector.name)
        return article

    return detect_rhetoric
