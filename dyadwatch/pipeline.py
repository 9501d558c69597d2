"""Compose named stages into a `Pipeline`, checked when it is built, and run it on articles.

`process_batch(records, config)` is the serialisable unit of work: a pure function from input
records to result dicts that runs unchanged in-process or in a worker pool. Every record ends as
one result with an outcome (ok / failed with a reason); one bad article never stops a batch.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from .article import Article, Outcome
from .config import Config, default_config
from .errors import ConfigError, DyadwatchError, InputError
from .registry import PROVIDED_BY_INGEST, STAGES, StageSpec

log = logging.getLogger(__name__)


class Stage(Protocol):
    def __call__(self, article: Article) -> Article: ...


@dataclass
class BuiltStage:
    spec: StageSpec
    run: Stage


class Pipeline:
    """An ordered list of stages built from configuration.

    >>> pipeline = Pipeline.from_config(load_config())
    >>> article = pipeline(Article.from_text("Iran condemned the verdict."))
    """

    def __init__(self, stages: list[BuiltStage], config: Config) -> None:
        self.stages = stages
        self.config = config

    @property
    def names(self) -> list[str]:
        return [s.spec.name for s in self.stages]

    @classmethod
    def from_config(cls, config: Config | None = None, *,
                    stages: list[str] | None = None) -> Pipeline:
        config = config if config is not None else default_config()
        names = stages if stages is not None else list(config["pipeline"]["stages"])
        specs = validate_stages(names)
        built = [BuiltStage(spec, _load_factory(spec)(config)) for spec in specs]
        return cls(built, config)

    def __call__(self, article: Article) -> Article:
        """Run every stage on one article; errors propagate (see `run_safely` for batches)."""
        if not article.text.strip():
            raise InputError(f"article {article.id} has no text; give it some text to analyse")
        for stage in self.stages:
            article = stage.run(article)
            article.outcome.stages.append(stage.spec.name)
        article.outcome.status = "ok"
        article.outcome.reason = ""
        return article

    def run_safely(self, article: Article) -> Article:
        """Run the pipeline, turning any failure into a failed outcome on the article."""
        try:
            return self(article)
        except DyadwatchError as e:
            article.outcome = Outcome("failed", str(e), article.outcome.stages)
        except Exception as e:  # a stage bug must cost one article, not the batch
            log.exception("stage failed on article %s", article.id)
            article.outcome = Outcome("failed", f"internal error: {type(e).__name__}: {e}",
                                      article.outcome.stages)
        return article

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        """Run the pipeline on many articles, in order, each ending ok or failed.

        Leading stages with a `pipe` method (the spaCy parse) run a whole batch at once; if a
        batch fails, its articles are run one by one so that only the bad one fails.
        """
        for batch in chunked(articles, batch_size):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        lead = 0
        while lead < len(self.stages) and hasattr(self.stages[lead].run, "pipe"):
            lead += 1
        if lead == 0 or len(batch) < 2 or any(not a.text.strip() for a in batch):
            return [self.run_safely(a) for a in batch]
        try:
            for stage in self.stages[:lead]:
                batch = list(stage.run.pipe(batch))  # type: ignore[attr-defined]
        except DyadwatchError:
            for article in batch:  # one bad article: find it by running each alone
                article.cache.clear()
                article.outcome.stages.clear()
            return [self.run_safely(a) for a in batch]
        rest = Pipeline(self.stages[lead:], self.config)
        for article in batch:
            article.outcome.stages.extend(s.spec.name for s in self.stages[:lead])
        return [rest.run_safely(a) for a in batch]


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def validate_stages(names: list[str]) -> list[StageSpec]:
    """Check that every stage exists and that what it requires is set by an earlier one."""
    if not names:
        raise ConfigError("the pipeline has no stages; set pipeline.stages to at least one")
    available = set(PROVIDED_BY_INGEST)
    specs = []
    for name in names:
        spec = STAGES.get(name)
        if spec is None:
            raise ConfigError(
                f"unknown pipeline stage {name!r}; known stages: {', '.join(STAGES)}"
            )
        missing = [r for r in spec.requires if r not in available]
        if missing:
            providers = sorted({s.name for s in STAGES.values() for m in missing if m in s.sets})
            raise ConfigError(
                f"stage {name!r} needs {', '.join(missing)}, which no earlier stage sets; "
                f"put {' or '.join(providers) or 'a stage that sets it'} before it"
            )
        available.update(spec.sets)
        specs.append(spec)
    if len(set(names)) != len(names):
        raise ConfigError(f"a stage is listed twice in pipeline.stages: {names}")
    return specs


def _load_factory(spec: StageSpec) -> Callable[[Config], Stage]:
    module_name, _, attr = spec.factory.partition(":")
    module = importlib.import_module(module_name)
    factory: Callable[[Config], Stage] = getattr(module, attr)
    return factory


_WORKER_PIPELINES: dict[str, Pipeline] = {}


def article_from_record(record: dict[str, Any]) -> Article:
    """Turn an input record `{"id", "text", "title"?, "published"|"date"?, ...}` into an Article."""
    if not isinstance(record, dict):
        raise InputError("each input line must be a JSON object with at least a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no 'text' (or it is empty); every line needs article text")
    return Article.from_text(
        text,
        id=str(record["id"]) if record.get("id") is not None else None,
        title=record.get("title"),
        published=record.get("published") or record.get("date"),
        url=record.get("url"),
        outlet=record.get("outlet") or record.get("source"),
        author=record.get("author"),
    )


def analyse_records(records: list[Any], config: Config | None = None, *,
                    stages: list[str] | None = None, first_index: int = 0) -> list[Article]:
    """Analyse a batch of input records; one Article per record, in order, ok or failed.

    A record that is not an article becomes a failed Article with id `#N` (N counted from
    `first_index`) when it has no id of its own. The pipeline is built once per process.
    """
    config = config if config is not None else default_config()
    key = repr((config, stages))
    pipeline = _WORKER_PIPELINES.get(key)
    if pipeline is None:
        pipeline = _WORKER_PIPELINES[key] = Pipeline.from_config(config, stages=stages)
    results: list[Article | None] = []
    readable: list[Article] = []
    for i, record in enumerate(records, start=first_index):
        try:
            readable.append(article_from_record(record))
            results.append(None)
        except InputError as e:
            rid = record.get("id") if isinstance(record, dict) else None
            article = Article(id=str(rid if rid is not None else f"#{i}"), text="")
            article.outcome = Outcome("failed", str(e))
            results.append(article)
    analysed = pipeline.pipe(readable, batch_size=max(1, len(readable)))
    return [r if r is not None else next(analysed) for r in results]


def process_batch(records: list[dict[str, Any]], config: Config | None = None,
                  *, stages: list[str] | None = None) -> list[dict[str, Any]]:
    """Analyse a batch of records; returns one `Article.to_dict()` per record, in order.

    Pure and picklable: the unit of work for in-process runs and worker pools.
    """
    return [a.to_dict() for a in analyse_records(records, config, stages=stages)]
