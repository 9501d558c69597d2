"""HTML in: trafilatura extracts the main text, title, date, author and site name."""

from __future__ import annotations

from ..article import Article
from ..errors import InputError

_MIN_TEXT = 20


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def article_from_html(html: str, *, url: str | None = None, name: str = "the page") -> Article:
    """Extract an article from an HTML page; InputError when it has no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.strip()) < _MIN_TEXT:
        raise InputError(
            f"{name} has no article text that could be extracted; "
            "check that it is an article page (not a login wall or an index page)"
        )
    title = getattr(doc, "title", None)
    body = text.strip()
    # Keep the title as the first line so the headline is analysed like the body.
    full = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Article.from_text(
        full,
        url=url or getattr(doc, "url", None),
        title=title,
        author=getattr(doc, "author", None),
        published=getattr(doc, "date", None),
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        language=getattr(doc, "language", None),
        meta={"extractor": "trafilatura"},
    )
