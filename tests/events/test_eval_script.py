"""eval/events.py as a user runs it: gold with ids only, texts from a JSONL or a PTC folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "eval" / "events.py"), *args],
                          capture_output=True, text=True, cwd=REPO, timeout=600)


@pytest.mark.models
@pytest.mark.shared
def test_real_news_gold_scores_with_texts_from_the_ptc_articles_folder(shared_dir):
    articles = shared_dir / "data" / "ptc" / "train" / "articles"
    if not articles.is_dir():
        pytest.skip(f"{articles} is not present")
    done = _run("eval/gold/ptc_dev.jsonl", "--texts", str(articles))
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout.splitlines()[0])
    assert scores["stories"] == scores["stories_predicted"] == 12
    assert scores["type"]["F1"] > 0.3


def test_a_texts_folder_without_articles_says_what_to_pass(tmp_path):
    done = _run("eval/gold/ptc_dev.jsonl", "--texts", str(tmp_path))
    assert done.returncode != 0
    assert "article<ID>.txt" in done.stderr
