"""Ingest: turn a file, a URL or standard input into an `Article`.

`load_source(source, config)` is the one entry point: "-" reads stdin, http(s) URLs are
fetched, anything else is a path. HTML goes through trafilatura to main text and metadata.
"""

from .html import article_from_html
from .source import load_source
from .text import article_from_text, decode_text

__all__ = ["article_from_html", "article_from_text", "decode_text", "load_source"]
