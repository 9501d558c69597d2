"""Fixtures shared by the whole suite: paths to shared data, hand-built articles, a localhost
HTTP server with canned pages (no internet), and the CLI runner."""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; tests that need it skip where it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is not present (third-party data is kept outside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def seed_article_path(shared_dir: Path) -> Path:
    path = shared_dir / "examples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared/examples/seed-article.txt is not present")
    return path


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client hung up on purpose (size-limit and timeout tests)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path.startswith("/pages/"):
            file = FIXTURES / "html" / path.removeprefix("/pages/")
            if file.is_file():
                self._send(200, file.read_bytes(), "text/html; charset=utf-8")
                return
        if path == "/plain":
            self._send(200, b"Iran condemned the verdict.\n\nThe court sentenced him.",
                       "text/plain; charset=utf-8")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, b"<html><body>late</body></html>", "text/html")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4 fake", "application/pdf")
        elif path == "/big":
            self._send(200, b"<html><body>" + b"x" * 200_000 + b"</body></html>", "text/html")
        elif path == "/loop":
            self._send(302, b"", "text/html", Location="/loop")
        elif path == "/redirect":
            self._send(301, b"", "text/html", Location="/pages/news-article.html")
        elif path == "/empty-page":
            self._send(200, b"<html><body><nav>Home</nav></body></html>", "text/html")
        else:
            self._send(404, b"<html><body>not found</body></html>", "text/html")


@pytest.fixture(scope="session")
def http_server() -> Iterator[str]:
    """Base URL of a localhost server with canned pages: /pages/<fixture>, /plain, /slow,
    /pdf, /big, /loop, /redirect, /empty-page; anything else is a 404."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
