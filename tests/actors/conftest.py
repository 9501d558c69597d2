"""Fixtures for the actor tests: the packaged knowledge base and a parse-and-resolve helper."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.actors import load_kb, resolve_actors
from dyadwatch.actors.codebook import KnowledgeBase
from dyadwatch.article import Article


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture()
def resolve() -> Callable[..., Article]:
    """Parse a hand-written text with the real model and resolve its actors."""

    def run(text: str, *, published: str | None = None) -> Article:
        article = Article.from_text(text, published=published)
        resolve_actors(article)
        return article

    return run


@pytest.fixture()
def codes_of() -> Callable[[Article, str], tuple[str, str]]:
    """(country, sector) of the actor with a mention whose text is exactly `text`."""

    def find(article: Article, text: str) -> tuple[str, str]:
        for actor in article.actors:
            for start, end in actor.mentions:
                if article.text[start:end] == text:
                    return actor.country, actor.sector
        mentions = [article.text[s:e] for a in article.actors for s, e in a.mentions]
        raise AssertionError(f"no actor mention {text!r}; mentions: {mentions}")

    return find
