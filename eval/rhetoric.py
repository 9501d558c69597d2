"""Cross-validated SemEval-2020 Task 11 figures for the rhetoric model on the PTC train split.

Runs k-fold cross-validation by article (the same procedure `dyadwatch rhetoric train` uses to
calibrate), and prints SI precision/recall/F1 with the task's partial-overlap scoring (merged
spans) and TC micro-F1 over the gold spans.

    python eval/rhetoric.py                      # 5 folds, as shipped (~30 min on 2 cores)
    python eval/rhetoric.py --quick              # 3 folds of 1 epoch on 90 articles (~3 min)
    python eval/rhetoric.py --folds 5 --max-folds 2
    python eval/rhetoric.py --write-meta dyadwatch/rhetoric/model   (record figures in model.json)

Network-free parts (the token tagger) can be evaluated and fitted without retraining the network:

    python eval/rhetoric.py --rescore runs/rhetoric/fold1.pkl   (outputs saved by --save-outputs;
        fits the token tagger on each saved fold's training articles, recalibrates, rescores)
    python eval/rhetoric.py --rescore FILE --si-bias -1.5 --tagger-weight 0.6   (also at fixed
        settings, e.g. ones chosen on another fold: an honest held-out figure)
    python eval/rhetoric.py --fit-tagger dyadwatch/rhetoric/model --si-bias B --tagger-weight W
        (fit the token tagger on the whole corpus for that folder's network; set its settings)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "ptc" / "train"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-folds", type=int, default=None, help="run only the first N folds")
    parser.add_argument("--only", type=str, default=None,
                        help="run only these folds, e.g. 2,3 (1-based)")
    parser.add_argument("--save-outputs", type=Path, default=None,
                        help="pickle the out-of-fold outputs here (for post-hoc analysis)")
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--quick", action="store_true", help="90 articles, 3 folds, 1 epoch")
    parser.add_argument("--json", action="store_true", help="print one JSON line only")
    parser.add_argument("--write-meta", type=Path, default=None, metavar="MODEL_DIR",
                        help="record the figures as `cv` in MODEL_DIR/model.json")
    parser.add_argument("--rescore", type=Path, default=None, metavar="FILE",
                        help="score outputs saved by --save-outputs instead of training")
    parser.add_argument("--fit-tagger", type=Path, default=None, metavar="MODEL_DIR",
                        help="fit the token tagger on the whole corpus into MODEL_DIR")
    parser.add_argument("--si-bias", type=float, default=None,
                        help="with --rescore: also score at this O-bias; with --fit-tagger: "
                             "the O-bias to record")
    parser.add_argument("--tagger-weight", type=float, default=None,
                        help="the network's share of the BIO mix, as --si-bias")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"PTC train split not found at {args.corpus}; pass --corpus DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    sys.path.insert(0, str(ROOT))
    import torch

    from dyadwatch.rhetoric.semeval import Corpus, read_corpus
    from dyadwatch.rhetoric.train import TrainConfig, cross_validate, prepare_corpus

    torch.set_num_threads(2)
    corpus = read_corpus(args.corpus)
    config = TrainConfig(seed=args.seed)
    folds = args.folds
    if args.quick:
        keep = sorted(corpus.texts)[:90]
        corpus = Corpus({k: corpus.texts[k] for k in keep}, {k: corpus.labels[k] for k in keep})
        config.epochs, folds = 1, 3
    if args.epochs is not None:
        config.epochs = args.epochs
    started = time.time()
    if args.fit_tagger is not None:
        return fit_tagger(corpus, args.fit_tagger, config, args)
    if args.rescore is not None:
        return rescore(corpus, config, args)
    examples = prepare_corpus(corpus)
    only = [int(x) for x in args.only.split(",")] if args.only else None
    result = cross_validate(examples, config, folds=folds, max_folds=args.max_folds, only=only,
                            keep_outputs=args.save_outputs is not None)
    if args.save_outputs is not None:
        import pickle

        held, outputs, fold_ids = result.pop("held_out")
        with args.save_outputs.open("wb") as f:
            pickle.dump({"ids": [e.article_id for e in held], "outputs": outputs,
                         "folds": fold_ids}, f)
    figures = {k: v for k, v in result.items() if not k.endswith("_curve")}
    figures["seconds"] = round(time.time() - started, 1)
    figures["articles"] = len(examples)
    if args.write_meta is not None:
        meta_file = args.write_meta / "model.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        meta["cv"] = figures
        meta_file.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"PTC train, {len(examples)} articles, {figures['folds_run']} of {figures['folds']} "
          f"folds by article{' (' + args.only + ')' if args.only else ''}, "
          f"{config.epochs} epoch(s), seed {config.seed}")
    print_figures(figures)
    return 0


def print_figures(figures: dict) -> None:
    print(f"SI  P {figures['si_p']:.4f}  R {figures['si_r']:.4f}  F1 {figures['si_f1']:.4f}"
          f"  (O-bias {figures['si_bias']}, tagger weight {figures.get('tagger_weight', 1.0)}, "
          f"chosen on all folds run; with settings chosen on the other folds "
          f"{figures['si_f1_xval']:.4f}; network alone {figures['si_f1_net_only']:.4f})")
    if "si_f1_fixed" in figures:
        print(f"SI at fixed settings (O-bias {figures['fixed_si_bias']}, tagger weight "
              f"{figures['fixed_tagger_weight']}): P {figures['si_p_fixed']:.4f}  "
              f"R {figures['si_r_fixed']:.4f}  F1 {figures['si_f1_fixed']:.4f}")
    print(f"TC  micro-F1 {figures['tc_micro_f1']:.4f}  (network alone "
          f"{figures['tc_micro_f1_net_only']:.4f}, ensemble weight {figures['ensemble_weight']})")
    print(json.dumps(figures))


def rescore(corpus, config, args) -> int:
    """Score saved out-of-fold outputs, adding token-tagger probabilities fitted per fold on
    that fold's training articles (all articles not held out in it)."""
    import pickle

    from dyadwatch.rhetoric.predict import score_cv, si_at
    from dyadwatch.rhetoric.tokens import TokenTagger
    from dyadwatch.rhetoric.train import prepare_corpus

    with args.rescore.open("rb") as f:
        saved = pickle.load(f)
    examples = {e.article_id: e for e in prepare_corpus(corpus, encode=False)}
    held = [examples[a] for a in saved["ids"]]
    outputs, folds = saved["outputs"], saved["folds"]
    for fold in sorted(set(folds)):
        test = {a for a, g in zip(saved["ids"], folds, strict=True) if g == fold}
        missing = [i for i, (a, g) in enumerate(zip(saved["ids"], folds, strict=True))
                   if g == fold and outputs[i].token_probs is None]
        if not missing:
            continue
        tagger = TokenTagger.fit([e for a, e in sorted(examples.items()) if a not in test],
                                 c=config.tagger_c, seed=config.seed)
        for i in missing:
            outputs[i].token_probs = tagger.predict_proba(held[i])
    result = score_cv(held, outputs, folds)
    figures = {k: v for k, v in result.items() if not k.endswith("_curve")}
    figures.update(articles=len(held), rescored=str(args.rescore))
    if args.si_bias is not None:
        weight = 1.0 if args.tagger_weight is None else args.tagger_weight
        p, r, f1 = si_at(held, outputs, bias=args.si_bias, tagger_weight=weight)
        figures.update(fixed_si_bias=args.si_bias, fixed_tagger_weight=weight,
                       si_p_fixed=round(p, 4), si_r_fixed=round(r, 4), si_f1_fixed=round(f1, 4))
    if args.json:
        print(json.dumps(figures))
    else:
        print_figures(figures)
    return 0


def fit_tagger(corpus, model_dir: Path, config, args) -> int:
    """Fit the token tagger on every article for an existing network; record its settings."""
    from dyadwatch.rhetoric.tokens import TokenTagger
    from dyadwatch.rhetoric.train import prepare_corpus

    meta_file = model_dir / "model.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    tagger = TokenTagger.fit(prepare_corpus(corpus, encode=False), c=config.tagger_c,
                             seed=config.seed)
    tagger.save(model_dir / "tokens.npz")
    if args.si_bias is not None:
        meta["si_bias"] = args.si_bias
    if args.tagger_weight is not None:
        meta["tagger_weight"] = args.tagger_weight
    meta.setdefault("config", {})["tagger_c"] = config.tagger_c
    meta_file.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"token tagger written to {model_dir / 'tokens.npz'}; si_bias {meta['si_bias']}, "
          f"tagger_weight {meta.get('tagger_weight', 1.0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
