"""Cross-validated SemEval-2020 Task 11 figures for the rhetoric model on the PTC train split.

Runs k-fold cross-validation by article (the same procedure `dyadwatch rhetoric train` uses to
calibrate), and prints SI precision/recall/F1 with the task's partial-overlap scoring (merged
spans) and TC micro-F1 over the gold spans.

    python eval/rhetoric.py                      # 5 folds, as shipped (~30 min on 2 cores)
    python eval/rhetoric.py --quick              # 3 folds of 1 epoch on 90 articles (~3 min)
    python eval/rhetoric.py --folds 5 --max-folds 2
    python eval/rhetoric.py --write-meta dyadwatch/rhetoric/model   (record figures in model.json)
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
    print(f"SI  P {figures['si_p']:.4f}  R {figures['si_r']:.4f}  F1 {figures['si_f1']:.4f}"
          f"  (O-bias {figures['si_bias']}, chosen on all folds; "
          f"F1 with bias chosen on the other folds {figures['si_f1_xval']:.4f})")
    print(f"TC  micro-F1 {figures['tc_micro_f1']:.4f}  (network alone "
          f"{figures['tc_micro_f1_net_only']:.4f}, ensemble weight {figures['ensemble_weight']})")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
