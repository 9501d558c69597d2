from pathlib import Path

import pytest

from dyadwatch.errors import InputError
from dyadwatch.ingest.html import article_from_html, looks_like_html

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "news-article.html"


def test_extracts_main_text_and_metadata():
    article = article_from_html(FIXTURE.read_text(), url="https://example.org/a")
    assert article.title == "Belgian Court Convicts Iranian Diplomat Over Bomb Plot"
    assert "sentenced an Iranian diplomat to 20 years" in article.text
    assert article.text.startswith(article.title)
    assert "Football results" not in article.text and "Cookie policy" not in article.text
    assert article.published == "2021-02-04"
    assert article.outlet == "Example Daily"
    assert article.author == "Jane Doe"
    assert article.url == "https://example.org/a"


def test_page_without_article_text():
    with pytest.raises(InputError, match="no article text"):
        article_from_html("<html><body><nav>Home</nav></body></html>")


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html>", True), ("  <html lang='en'>", True),
    ("<div><body>x</body></div>", True), ("Plain <b>text</b> article", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected
