import codecs

import pytest

from dyadwatch.errors import InputError
from dyadwatch.ingest.text import article_from_text, decode_text, guess_title


def test_utf8_and_boms():
    assert decode_text("Iran’s envoy".encode(), name="x") == "Iran’s envoy"
    assert decode_text(codecs.BOM_UTF8 + b"hello", name="x") == "hello"
    assert decode_text("caf\u00e9".encode("utf-16"), name="x") == "caf\u00e9"
    assert decode_text(b"a\r\nb\rc", name="x") == "a\nb\nc"


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"   \n\t ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
    ("Caf\u00e9 au lait".encode("latin-1"), "not valid utf-8.*iconv"),
])
def test_bad_bytes_are_input_errors(data, message):
    with pytest.raises(InputError, match=message):
        decode_text(data, name="the file")


@pytest.mark.parametrize("text, title", [
    ("Manila Summons Chinese Envoy\n\nThe Philippine foreign ministry...",
     "Manila Summons Chinese Envoy"),
    ("One long first sentence that goes on and on and reports something that happened "
     "yesterday in a distant capital city of the world.\nNext line.", None),
    ("No newline at all", None),
])
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_article_from_text_keeps_text_unchanged():
    text = "Headline Here\n\nBody text follows."
    article = article_from_text(text)
    assert article.text == text and article.title == "Headline Here"
