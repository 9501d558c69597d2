import pytest

from dyadwatch.article import Article
from dyadwatch.config import default_config
from dyadwatch.errors import InputError, ModelError
from dyadwatch.nlp import get_doc, load_nlp
from dyadwatch.nlp.parse import make_parse_stage

pytestmark = pytest.mark.models


def test_parse_sets_sentences_mentions_and_doc():
    stage = make_parse_stage(default_config())
    text = "Iran condemned the verdict.  A Belgian court sentenced Assadi on Thursday."
    article = stage(Article.from_text(text))
    assert [text[s.start:s.end] for s in article.sentences] == [
        "Iran condemned the verdict.", "A Belgian court sentenced Assadi on Thursday."]
    assert ("Iran", "GPE") in [(m.text, m.label) for m in article.mentions]
    for m in article.mentions:
        assert text[m.start:m.end] == m.text
    assert get_doc(article) is article.cache["doc"]


def test_pipe_matches_single_calls():
    stage = make_parse_stage(default_config())
    texts = ["Russia attacked Ukraine.", "China and Japan held talks in Tokyo."]
    piped = list(stage.pipe([Article.from_text(t) for t in texts]))
    single = [stage(Article.from_text(t)) for t in texts]
    assert [a.mentions for a in piped] == [a.mentions for a in single]


def test_get_doc_parses_on_demand():
    article = Article.from_text("NATO met in Brussels.")
    assert get_doc(article).text == article.text
    assert article.sentences


def test_too_long_article():
    config = default_config()
    config["nlp"]["max_chars"] = 10
    with pytest.raises(InputError, match="max_chars"):
        make_parse_stage(config)(Article.from_text("A sentence that is too long."))


def test_missing_model_says_how_to_install():
    with pytest.raises(ModelError, match="not installed; install it with"):
        load_nlp("en_core_web_nonexistent_model")
