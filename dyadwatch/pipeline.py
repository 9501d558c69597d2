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

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self.run_safely(article)


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


def process_batch(records: list[dict[str, Any]], config: Config | None = None,
                  *, stages: list[str] | None = None) -> list[dict[str, Any]]:
    """Analyse a batch of records; returns one `Article.to_dict()` per record, in order.

    Pure and picklable: the pipeline is built once per process and reused.
    """
    config = config if config is not None else default_config()
    key = repr((config, stages))
    pipeline = _WORKER_PIPELINES.get(key)
    if pipeline is None:
        pipeline = _WORKER_PIPELINES[key] = Pipeline.from_config(config, stages=stages)
    results = []
    for i, record in enumerate(records):
        try:
            article = article_from_record(record)
        except InputError as e:
            rid = record.get("id") if isinstance(record, dict) else None
            article = Article(id=str(rid if rid is not None else f"#{i}"), text="")
            article.outcome = Outcome("failed", str(e))
        else:
            article = pipeline.run_safely(article)
        results.append(article.to_dict())
    return results
