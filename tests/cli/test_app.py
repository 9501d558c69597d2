"""The dyadwatch command as a user runs it: arguments in, output and exit code out."""

import json
import subprocess
import sys

import pytest

from dyadwatch import __version__
from dyadwatch.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_console_script_runs():
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "explain", "ACCUSE"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "ACCUSE" in done.stdout


@pytest.mark.parametrize("args, code, message", [
    (["analyze", "/nonexistent/file.txt"], 3, "does not exist"),
    (["analyze", "ftp://x/y"], 3, "only http"),
    (["explain", "NOPE"], 9, "is not a PLOVER type"),
    (["--set", "ingest.nope=1", "analyze", "x"], 5, "unknown key ingest.nope"),
    (["analyze", "--stages", "actors.resolve", "sample"], 5, "needs doc"),
    (["analyze"], 2, "Missing argument"),
    (["events", "/nonexistent.jsonl"], 3, "does not exist"),
])
def test_errors_are_one_line_with_exit_code(capsys, args, code, message):
    rc, out, err = run(capsys, *args)
    assert rc == code
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 4


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
    ("Caf\u00e9 and cr\u00e8me".encode("latin-1"), "not valid utf-8"),
])
def test_bad_files(capsys, tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    rc, _, err = run(capsys, "analyze", str(path))
    assert rc == 3 and message in err and "Traceback" not in err


@pytest.mark.parametrize("path, code, message", [
    ("/missing", 4, "HTTP 404"),
    ("/slow", 4, "did not answer within 1 s"),
    ("/pdf", 4, "not an HTML or text page"),
])
def test_url_errors(capsys, http_server, path, code, message):
    rc, _, err = run(capsys, "--set", "ingest.timeout=1", "analyze", f"{http_server}{path}")
    assert rc == code and message in err


def test_explain_prints_codes(capsys):
    code, out, _ = run(capsys, "explain", "1831")
    assert code == 0 and "1831" in out and "Goldstein" in out


def test_stages_lists_registry(capsys):
    code, out, _ = run(capsys, "stages")
    assert code == 0 and "nlp.parse" in out and "events.code" in out


@pytest.mark.models
def test_analyze_html_from_localhost_json(capsys, http_server):
    code, out, _ = run(capsys, "analyze", f"{http_server}/pages/news-article.html",
                       "--format", "json", "--stages", "nlp.parse")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "dyadwatch.article/1"
    assert data["title"] == "Belgian Court Convicts Iranian Diplomat Over Bomb Plot"
    assert "Antwerp" in data["text"]
    assert any(m["text"] == "Antwerp" for m in data["mentions"])
    assert data["outcome"] == {"status": "ok", "reason": "", "stages": ["nlp.parse"]}


@pytest.mark.models
def test_analyze_stdin_text_report(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"Iran condemned the verdict of the Belgian court on Thursday.")))
    code, out, _ = run(capsys, "analyze", "-", "--stages", "nlp.parse")
    assert code == 0 and "Entity mentions" in out and "Belgian" in out
