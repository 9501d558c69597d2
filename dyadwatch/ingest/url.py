"""Fetch an article over http(s) with a timeout, a size limit, a redirect limit and a type check."""

from __future__ import annotations

from typing import Any

import httpx

from ..errors import FetchError

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def fetch_url(url: str, *, settings: dict[str, Any]) -> tuple[str, str, str]:
    """GET `url`; returns (final url, content type, text). Raises FetchError with the fix."""
    timeout = float(settings["timeout"])
    max_bytes = int(settings["max_bytes"])
    headers = {"User-Agent": settings["user_agent"], "Accept": "text/html,text/plain;q=0.8"}
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=int(settings["max_redirects"]),
            timeout=timeout,
            headers=headers,
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(
                    f"{url} answered HTTP {response.status_code} {response.reason_phrase}; "
                    "check the address, or save the page and pass the file"
                )
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in ACCEPTED_TYPES:
                raise FetchError(
                    f"{url} is {ctype or 'of unknown type'}, not an HTML or text page; "
                    "give the address of the article page itself"
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(url, max_bytes)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                chunks.append(chunk)
            body = b"".join(chunks)
            encoding = response.charset_encoding or "utf-8"
            final_url = str(response.url)
    except httpx.TimeoutException as e:
        raise FetchError(
            f"{url} did not answer within {timeout:g} s; try again later or raise ingest.timeout"
        ) from e
    except httpx.TooManyRedirects as e:
        raise FetchError(
            f"{url} redirected more than {settings['max_redirects']} times; "
            "give the final address of the article"
        ) from e
    except httpx.InvalidURL as e:
        raise FetchError(f"{url} is not a valid URL: {e}") from e
    except httpx.HTTPError as e:
        raise FetchError(f"could not fetch {url}: {e}; check the address and your network") from e
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = body.decode("utf-8", errors="replace")
    return final_url, ctype, text


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(
        f"{url} is larger than ingest.max_bytes={max_bytes:,} bytes; "
        "raise the limit with --set ingest.max_bytes=N if it really is one article"
    )
