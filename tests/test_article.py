import json

import pytest

from dyadwatch.article import (
    SCHEMA,
    Actor,
    Article,
    Entity,
    Event,
    Location,
    Mention,
    Outcome,
    Sentence,
    TechniqueSpan,
)
from dyadwatch.errors import SchemaError


def full_article() -> Article:
    text = "A Belgian court convicted Assadi. Iran condemned the verdict."
    court = Entity("A Belgian court", 0, 15, "BEL", "JUD", "A1")
    assadi = Entity("Assadi", 26, 32, "IRN", "GOV", "A2")
    return Article(
        id="t1", text=text, url="https://example.org/a", outlet="Example", title="T",
        author="Jane", published="2021-02-04", language="en",
        sentences=[Sentence(0, 33, 0.25), Sentence(34, 61)],
        mentions=[Mention("Belgian", 2, 9, "NORP")],
        actors=[Actor("A1", "A Belgian court", 0, 15, "BEL", "JUD", name="court of Belgium",
                      code="BELJUD", kind="organisation", mentions=[[0, 15]])],
        events=[Event("SANCTION", "convict", [court], [assadi], "asserted",
                      text[0:33], 0, 33, cameo="1721", goldstein=-5.0, quad_class=4,
                      date="2021-02-04", date_granularity="day",
                      location=Location("Belgium", 2, 9, "BEL"), confidence=0.9,
                      trigger=[16, 25], evidence=[[0, 33]])],
        techniques=[TechniqueSpan("Loaded_Language", 39, 48, 0.7)],
        technique_summary={"spans": 1, "by_technique": {"Loaded_Language": {"count": 1,
                                                                           "share": 1.0}}},
        outcome=Outcome("ok", "", ["nlp.parse"]),
        meta={"extractor": "test"},
    )


def test_round_trip_is_exact():
    article = full_article()
    data = article.to_dict()
    assert data["schema"] == SCHEMA
    again = Article.from_dict(json.loads(json.dumps(data)))
    assert again == article
    assert again.to_dict() == data
    assert Article.from_json(article.to_json()).to_json() == article.to_json()


def test_cache_is_not_serialised():
    article = full_article()
    article.cache["doc"] = object()
    assert "cache" not in article.to_dict()
    assert Article.from_dict(article.to_dict()) == article


def test_from_text_hashes_id():
    a = Article.from_text("Some text.")
    b = Article.from_text("Some text.")
    assert a.id == b.id and len(a.id) == 16
    assert Article.from_text("x", id="given").id == "given"


@pytest.mark.parametrize("data, message", [
    ({"schema": "dyadwatch.article/0", "id": "x", "text": "y"}, "unsupported article schema"),
    ({"id": "x", "text": "y"}, "unsupported article schema"),
    ({"schema": SCHEMA, "id": "x", "text": "y", "colour": 1}, "unknown field"),
    ({"schema": SCHEMA, "id": "x"}, "does not match"),
    ({"schema": SCHEMA, "id": "x", "text": "y", "events": [{"type": "AID"}]}, "does not match"),
    ([1, 2], "must be a JSON object"),
])
def test_bad_json_is_a_schema_error(data, message):
    with pytest.raises(SchemaError, match=message):
        Article.from_dict(data)


def test_from_json_rejects_invalid_json():
    with pytest.raises(SchemaError, match="not valid JSON"):
        Article.from_json("{nope")


def test_trim_span():
    from dyadwatch.article import trim_span

    assert trim_span("  Iran said.\n", 0, 13) == (2, 12)
    assert trim_span("   ", 0, 3) == (3, 3)
