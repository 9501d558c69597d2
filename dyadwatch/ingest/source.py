"""Dispatch a SOURCE argument (path, URL or "-") to the right reader."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO

from ..article import Article
from ..errors import InputError
from .html import article_from_html, looks_like_html
from .text import article_from_text, decode_text
from .url import fetch_url

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if any (e.g. windows-1252)."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def load_source(source: str, *, config: dict[str, Any], stdin: BinaryIO | None = None) -> Article:
    """Read one article from a path, an http(s) URL, or "-" (standard input)."""
    settings = config["ingest"]
    if source.startswith(("http://", "https://")):
        final_url, ctype, text = fetch_url(source, settings=settings)
        if ctype == "text/plain" and not looks_like_html(text):
            return article_from_text(text, url=final_url)
        return article_from_html(text, url=final_url, name=source)
    if "://" in source:
        raise InputError(f"{source}: only http:// and https:// URLs can be fetched")
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _from_bytes(stream.read(), name="standard input", settings=settings)
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source} does not exist; give a file path, an http(s) URL or -")
    if path.is_dir():
        raise InputError(f"{source} is a folder; give one article file (or use a batch command)")
    size = path.stat().st_size
    if size > int(settings["max_bytes"]):
        raise InputError(
            f"{source} is {size:,} bytes, more than ingest.max_bytes={settings['max_bytes']:,}; "
            "raise the limit with --set ingest.max_bytes=N if it really is one article"
        )
    return _from_bytes(path.read_bytes(), name=source, settings=settings,
                       html=path.suffix.lower() in HTML_SUFFIXES)


def _from_bytes(data: bytes, *, name: str, settings: dict[str, Any], html: bool = False) -> Article:
    text = decode_text(data, name=name, encoding=declared_charset(data))
    if html or looks_like_html(text):
        return article_from_html(text, name=name)
    return article_from_text(text)
