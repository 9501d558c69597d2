import pytest

from dyadwatch import pipeline as pipeline_module
from dyadwatch.article import Article
from dyadwatch.config import default_config
from dyadwatch.errors import ConfigError, InputError, ProcessingError
from dyadwatch.pipeline import BuiltStage, Pipeline, process_batch, validate_stages
from dyadwatch.registry import STAGES


def test_default_stages_validate():
    specs = validate_stages(default_config()["pipeline"]["stages"])
    assert [s.name for s in specs] == default_config()["pipeline"]["stages"]


@pytest.mark.parametrize("names, message", [
    ([], "no stages"),
    (["nlp.parse", "actors.resolv"], "unknown pipeline stage 'actors.resolv'"),
    (["actors.resolve"], "needs doc.*put nlp.parse before it"),
    (["nlp.parse", "events.code", "actors.resolve"], "needs actors"),
    (["nlp.parse", "nlp.parse"], "listed twice"),
])
def test_invalid_pipelines_fail_when_built(names, message):
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_config(default_config(), stages=names)


def _upper_stage(article: Article) -> Article:
    article.meta["upper"] = article.text.upper()
    return article


def _failing_stage(article: Article) -> Article:
    if "boom" in article.text:
        raise ProcessingError("stage exploded on purpose")
    if "bug" in article.text:
        raise ZeroDivisionError("a bug")
    return article


def _pipeline(*stages) -> Pipeline:
    spec = STAGES["rhetoric.detect"]
    return Pipeline([BuiltStage(spec, s) for s in stages], default_config())


def test_pipeline_runs_stages_and_records_outcome():
    article = _pipeline(_upper_stage)(Article.from_text("hello"))
    assert article.meta["upper"] == "HELLO"
    assert article.outcome.status == "ok"
    assert article.outcome.stages == ["rhetoric.detect"]


def test_empty_article_is_an_input_error():
    with pytest.raises(InputError, match="no text"):
        _pipeline(_upper_stage)(Article.from_text("   "))


def test_one_bad_article_costs_one_row():
    p = _pipeline(_failing_stage)
    results = list(p.pipe([Article.from_text("fine"), Article.from_text("boom"),
                           Article.from_text("bug"), Article.from_text("also fine")]))
    assert [a.outcome.status for a in results] == ["ok", "failed", "failed", "ok"]
    assert "exploded on purpose" in results[1].outcome.reason
    assert "ZeroDivisionError" in results[2].outcome.reason


def test_process_batch_keeps_order_and_reports_bad_records(monkeypatch):
    monkeypatch.setitem(pipeline_module._WORKER_PIPELINES, repr((default_config(), ["x"])),
                        _pipeline(_failing_stage))
    records = [{"id": "a", "text": "fine"}, {"id": "b", "text": ""}, {"id": "c", "text": "boom"},
               "not a dict", {"text": "no id"}]
    out = process_batch(records, default_config(), stages=["x"])
    assert [r["outcome"]["status"] for r in out] == ["ok", "failed", "failed", "failed", "ok"]
    assert [r["id"] for r in out][:3] == ["a", "b", "c"]
    assert "no 'text'" in out[1]["outcome"]["reason"]


class _BatchStage:
    """A stage with a batch `pipe`, like the spaCy parse; it refuses "boom" articles."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, article: Article) -> Article:
        if "boom" in article.text:
            raise ProcessingError("cannot batch this one")
        article.meta["batched"] = False
        return article

    def pipe(self, articles):
        articles = list(articles)
        self.batches.append(len(articles))
        for article in articles:
            if "boom" in article.text:
                raise ProcessingError("cannot batch this one")
            article.meta["batched"] = True
        return articles


def test_pipe_batches_leading_stages_and_isolates_a_bad_article():
    batch_stage = _BatchStage()
    spec = STAGES["rhetoric.detect"]
    p = Pipeline([BuiltStage(spec, batch_stage), BuiltStage(spec, _upper_stage)],
                 default_config())
    good = list(p.pipe([Article.from_text("one"), Article.from_text("two")]))
    assert batch_stage.batches == [2]
    assert [a.meta["batched"] for a in good] == [True, True]
    assert [a.meta["upper"] for a in good] == ["ONE", "TWO"]
    assert good[0].outcome.stages == ["rhetoric.detect", "rhetoric.detect"]
    mixed = list(p.pipe([Article.from_text("fine"), Article.from_text("boom")]))
    assert [a.outcome.status for a in mixed] == ["ok", "failed"]
    assert mixed[0].outcome.stages == ["rhetoric.detect", "rhetoric.detect"]
    assert "cannot batch" in mixed[1].outcome.reason
