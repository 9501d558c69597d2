"""The seed op-ed: the actors the issue names resolve as the annotation guidelines code them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.actors import resolve_actors
from dyadwatch.article import Actor, Article

pytestmark = [pytest.mark.models, pytest.mark.shared]


@pytest.fixture(scope="module")
def seed(seed_article_path: Path) -> Article:
    article = Article.from_text(seed_article_path.read_text(encoding="utf-8"))
    resolve_actors(article)
    return article


def actor_with(article: Article, mention: str) -> Actor:
    for actor in article.actors:
        if any(article.text[s:e] == mention for s, e in actor.mentions):
            return actor
    raise AssertionError(f"no actor mention {mention!r}")


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("Assadi", "IRN", "GOV"),
        ("an Iranian diplomat", "IRN", "GOV"),
        ("He", "IRN", "GOV"),
        ("the Iranian regime", "IRN", "GOV"),
        ("the regime", "IRN", "GOV"),
        ("The regime’s supreme leader", "IRN", "GOV"),
        ("Ali Khamenei", "IRN", "GOV"),
        ("NCRI", "IRN", "OPP"),
        ("PMOI / MEK Iran", "IRN", "OPP"),
        ("the Iranian Resistance", "IRN", "OPP"),
        ("the president-elect Maryam Rajavi", "IRN", "OPP"),
        ("Mrs. Rajavi", "IRN", "OPP"),
        ("A court case in Belgium", "BEL", "JUD"),
        ("the trial taking place in Belgium", "BEL", "JUD"),
        ("Western governments", "WST", "GOV"),
        ("western countries", "WST", "GOV"),
        ("numerous peaceful protesters", "IRN", "CVL"),
        ("Belgium", "BEL", ""),
        ("Iran", "IRN", ""),
    ],
)
def test_seed_actors(seed: Article, mention: str, country: str, sector: str) -> None:
    actor = actor_with(seed, mention)
    assert (actor.country, actor.sector) == (country, sector)


def test_seed_coreference_merges_mentions(seed: Article) -> None:
    assert actor_with(seed, "Assadi") is actor_with(seed, "He")
    assert actor_with(seed, "Ali Khamenei") is actor_with(seed, "The regime’s supreme leader")
    assert actor_with(seed, "Mrs. Rajavi").name == "Maryam Rajavi"
    pmoi = actor_with(seed, "PMOI / MEK Iran")
    assert len(pmoi.mentions) >= 4
    assert "USA" in actor_with(seed, "Western governments").members
