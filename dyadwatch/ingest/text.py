"""Plain text in: decoding with clear errors, and the title-line convention."""

from __future__ import annotations

import codecs
import re

from ..article import Article
from ..errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> str:
    """Decode bytes as text (UTF-8, or a BOM's encoding), refusing binary and undecodable input."""
    if not data.strip():
        raise InputError(f"{name} is empty; give dyadwatch an article with some text")
    chosen = encoding
    if chosen is None:
        chosen = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    if chosen.startswith("utf-8") and b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks like a binary file (it contains NUL bytes); "
            "give a plain-text, HTML file or URL instead"
        )
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as e:
        raise InputError(
            f"{name} is not valid {chosen} text ({e.__class__.__name__} at byte "
            f"{getattr(e, 'start', '?')}); convert it to UTF-8, e.g. with "
            f"`iconv -f LATIN1 -t UTF-8`"
        ) from e
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(
            f"{name} looks like a binary file (many control characters); "
            "give a plain-text or HTML article instead"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name} has no text once decoded; give dyadwatch a non-empty article")
    return text


def guess_title(text: str) -> str | None:
    """The first line is a title when it is short, not a full sentence, and set apart."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not first or len(first) > 200 or not sep:
        return None
    if first.endswith((".", "!", "?", ":", ";", ",")) and len(first.split()) > 14:
        return None
    return first if rest.startswith("\n") or len(first.split()) <= 20 else None


def article_from_text(text: str, **metadata: str | None) -> Article:
    if metadata.get("title") is None:
        metadata["title"] = guess_title(text)
    return Article.from_text(text, **{k: v for k, v in metadata.items() if v is not None})
