import io
from pathlib import Path

import pytest

from dyadwatch.config import default_config
from dyadwatch.errors import FetchError, InputError
from dyadwatch.ingest import load_source


@pytest.fixture
def config():
    c = default_config()
    c["ingest"]["timeout"] = 1.0
    c["ingest"]["max_bytes"] = 100_000
    return c


def test_text_file(tmp_path, config):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nIran condemned the verdict.", encoding="utf-8")
    article = load_source(str(path), config=config)
    assert article.title == "Headline" and "condemned" in article.text


def test_html_file(tmp_path, config):
    path = tmp_path / "a.html"
    path.write_text((Path(__file__).resolve().parents[1] / "fixtures" / "html"
                     / "news-article.html").read_text())
    article = load_source(str(path), config=config)
    assert article.title.startswith("Belgian Court Convicts")


def test_stdin(config):
    article = load_source("-", config=config, stdin=io.BytesIO(b"Iran condemned the verdict."))
    assert article.text == "Iran condemned the verdict."


def test_stdin_empty(config):
    with pytest.raises(InputError, match="standard input is empty"):
        load_source("-", config=config, stdin=io.BytesIO(b""))


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.txt", "does not exist"),
    (lambda p: p, "is a folder"),
])
def test_bad_paths(tmp_path, config, make, message):
    with pytest.raises(InputError, match=message):
        load_source(str(make(tmp_path)), config=config)


def test_too_large_file(tmp_path, config):
    path = tmp_path / "big.txt"
    path.write_text("word " * 30_000)
    with pytest.raises(InputError, match="max_bytes"):
        load_source(str(path), config=config)


def test_other_schemes_refused(config):
    with pytest.raises(InputError, match="only http"):
        load_source("ftp://example.org/a.txt", config=config)


def test_url_html_page(http_server, config):
    article = load_source(f"{http_server}/pages/news-article.html", config=config)
    assert article.title == "Belgian Court Convicts Iranian Diplomat Over Bomb Plot"
    assert "Antwerp" in article.text
    assert article.url.endswith("/pages/news-article.html")


def test_url_redirect_is_followed(http_server, config):
    article = load_source(f"{http_server}/redirect", config=config)
    assert article.url.endswith("/pages/news-article.html")


def test_url_plain_text(http_server, config):
    article = load_source(f"{http_server}/plain", config=config)
    assert article.text.startswith("Iran condemned")


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP 404"),
    ("/slow", "did not answer within 1 s"),
    ("/pdf", "application/pdf, not an HTML"),
    ("/big", "larger than ingest.max_bytes"),
    ("/loop", "redirected more than"),
])
def test_url_errors(http_server, config, path, message):
    with pytest.raises(FetchError, match=message):
        load_source(f"{http_server}{path}", config=config)


def test_url_page_without_text(http_server, config):
    with pytest.raises(InputError, match="no article text"):
        load_source(f"{http_server}/empty-page", config=config)


def test_unreachable_host(config):
    with pytest.raises(FetchError, match="could not fetch"):
        load_source("http://127.0.0.1:9/nothing", config=config)


def test_html_file_in_declared_legacy_charset(tmp_path, config):
    html = ("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 diplomacy</title></head>"
            "<body><article><p>The French foreign minister met his Iranian counterpart at a "
            "caf\u00e9 in Gen\u00e8ve on Tuesday to discuss the nuclear programme.</p>"
            "</article></body></html>")
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("windows-1252"))
    article = load_source(str(path), config=config)
    assert "caf\u00e9 in Gen\u00e8ve" in article.text
