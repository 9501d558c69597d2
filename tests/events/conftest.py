"""Fixtures for the event tests: the real parse + actors + events pipeline, built once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.article import Article


@pytest.fixture(scope="session")
def code_text() -> Callable[..., Article]:
    """Code a text with the real pipeline (spaCy model): `code_text(text, published=...)`."""
    from dyadwatch.config import default_config
    from dyadwatch.pipeline import Pipeline

    pipeline = Pipeline.from_config(default_config(),
                                    stages=["nlp.parse", "actors.resolve", "events.code"])

    def run(text: str, *, published: str | None = "2021-02-10") -> Article:
        return pipeline(Article.from_text(text, published=published))

    return run


def dyads(article: Article) -> set[tuple[str, str, str, str]]:
    """(type, actor countries, recipient countries, modality) of each event, for asserts."""
    return {(e.type, ",".join(sorted(x.country for x in e.actor)),
             ",".join(sorted(x.country for x in e.recipient)), e.modality)
            for e in article.events}
