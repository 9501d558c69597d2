"""`dyadwatch rhetoric`: label persuasion techniques in a folder of articles, or train the model.

    dyadwatch rhetoric DIR -o OUT.tsv --format semeval        (spans + techniques, SemEval TSV)
    dyadwatch rhetoric DIR --spans TEMPLATE -o OUT.tsv       (label exactly the template spans)
    dyadwatch rhetoric train --corpus PTC_TRAIN_DIR --out DIR

`DIR` without a subcommand means `detect`.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from ..errors import InputError

DEFAULT_COMMAND = "detect"


class DefaultGroup(click.Group):
    """A group that runs `detect` when the first argument is not a subcommand name."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context,
                        args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            args = [DEFAULT_COMMAND, *args]
        return super().resolve_command(ctx, args)


def default_model_dir() -> Path:
    """Where `train` writes when no --out is given (never over the packaged model)."""
    home = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return home / "dyadwatch" / "rhetoric-model"


@contextmanager
def _open_output(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            yield f
    except OSError as e:
        raise InputError(f"cannot write {path}: {e}") from e


@contextmanager
def _progress() -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        tasks: dict[str, Any] = {}

        def update(what: str, share: float) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=1.0)
            bar.update(tasks[what], completed=share)

        yield update


@click.group("rhetoric", cls=DefaultGroup, invoke_without_command=False)
def rhetoric() -> None:
    """Persuasion techniques (SemEval-2020 Task 11): detect spans and techniques, or train.

    `dyadwatch rhetoric DIR ...` is short for `dyadwatch rhetoric detect DIR ...`.
    """


@rhetoric.command("detect")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", show_default=True, help="Output file (- = stdout).")
@click.option("--format", "fmt", type=click.Choice(["semeval", "jsonl"]), default="semeval",
              show_default=True, help="SemEval TSV rows or one JSON object per article.")
@click.option("--spans", "template", type=click.Path(path_type=Path), default=None,
              help="Template of spans to label (ID<TAB>?<TAB>start<TAB>end rows).")
@click.option("--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: the packaged model).")
@click.option("--threshold", type=float, default=0.5, show_default=True,
              help="Span threshold; 0.5 = the cross-validated operating point.")
def detect(directory: Path, output: str, fmt: str, template: Path | None,
           model_path: Path | None, threshold: float) -> None:
    """Find techniques in every article<ID>.txt in DIRECTORY."""
    from ..rhetoric.detector import TechniqueDetector, split_sentences, summarise
    from ..rhetoric.semeval import LabelRow, read_articles, read_template, write_rows

    texts = read_articles(directory)
    rows = read_template(template) if template else None
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows or []):
        if row.article_id not in texts:
            raise InputError(f"template row {i + 1} names article {row.article_id}, "
                             f"which has no article{row.article_id}.txt in {directory}")
        by_article[row.article_id].append(i)
    detector = TechniqueDetector.load(model_path, threshold=threshold)
    with _open_output(output) as out:
        if rows is not None:
            labels: list[tuple[str, float]] = [("", 0.0)] * len(rows)
            for article_id, idx in by_article.items():
                found = detector.classify(texts[article_id], [(rows[i].start, rows[i].end)
                                                               for i in idx])
                for i, label in zip(idx, found, strict=True):
                    labels[i] = label
            if fmt == "semeval":
                write_rows((LabelRow(r.article_id, name, r.start, r.end)
                            for r, (name, _) in zip(rows, labels, strict=True)), out)
            else:
                for r, (name, conf) in zip(rows, labels, strict=True):
                    out.write(json.dumps({"id": r.article_id, "technique": name, "start": r.start,
                                          "end": r.end, "confidence": round(conf, 4)}) + "\n")
            return
        for article_id, text in texts.items():
            # SemEval rows come from the trained span tagger only (see TechniqueDetector.analyse)
            spans, example, net_output = detector.analyse(text, repetitions=fmt != "semeval")
            if fmt == "semeval":
                write_rows((LabelRow(article_id, s.technique, s.start, s.end) for s in spans), out)
            else:
                bounds = split_sentences(text)
                scores = detector.sentence_scores(example, net_output, bounds)
                out.write(json.dumps({
                    "id": article_id,
                    "techniques": [{"technique": s.technique, "start": s.start, "end": s.end,
                                    "confidence": s.confidence, "text": text[s.start:s.end]}
                                   for s in spans],
                    "summary": summarise(text, spans, bounds, scores, detector.name),
                }, ensure_ascii=False) + "\n")


@rhetoric.command("train")
@click.option("--corpus", type=click.Path(path_type=Path), required=True,
              help="PTC train folder (articles/ and labels/task-flc-tc/).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help=f"Model folder to write (default: {default_model_dir()}).")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--epochs", type=int, default=None, help="Training epochs (default: as shipped).")
@click.option("--folds", type=int, default=None,
              help="Recalibrate the thresholds on held-out folds first (default 0: use the "
                   "cross-validated values built in).")
@click.option("--folds-run", type=int, default=None,
              help="How many of the folds to hold out in turn (default 1: one 20% split).")
@click.option("--max-articles", type=int, default=None, hidden=True,
              help="Use only the first N articles (smoke tests).")
def train(corpus: Path, out: Path | None, seed: int, epochs: int | None, folds: int | None,
          folds_run: int | None, max_articles: int | None) -> None:
    """Train the rhetoric model from a PTC-style corpus (fixed seed; ~30 min on 2 cores)."""
    import torch

    from ..rhetoric.semeval import Corpus, read_corpus
    from ..rhetoric.train import TrainConfig, train_model

    torch.set_num_threads(min(2, os.cpu_count() or 1))
    data = read_corpus(corpus)
    if max_articles:
        keep = sorted(data.texts)[:max_articles]
        data = Corpus({k: data.texts[k] for k in keep}, {k: data.labels[k] for k in keep})
    config = TrainConfig(seed=seed)
    if epochs is not None:
        config.epochs = epochs
    if folds is not None:
        config.folds = folds
    if folds_run is not None:
        config.folds_run = folds_run
    target = out or default_model_dir()
    with _progress() as update:
        meta = train_model(data, target, config, progress=update)
    cv = meta.get("cv") or {}
    click.echo(f"model written to {target} in {meta['train_seconds']:.0f} s", err=True)
    if cv:
        click.echo(f"cross-validation ({cv['folds_run']}/{cv['folds']} folds): "
                   f"SI P {cv['si_p']:.3f} R {cv['si_r']:.3f} F1 {cv['si_f1']:.3f}; "
                   f"TC micro-F1 {cv['tc_micro_f1']:.3f}", err=True)
