"""A tiny end-to-end run of `dyadwatch rhetoric train` on synthetic articles (~30 s)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli.rhetoric import rhetoric
from dyadwatch.rhetoric.detector import TechniqueDetector
from dyadwatch.rhetoric.techniques import TECHNIQUE_NAMES

SENTENCES = [
    ("The corrupt regime lies to its people.", [("Loaded_Language", 4, 11)]),
    ("These thugs in Tehran are criminals.", [("Name_Calling,Labeling", 6, 11)]),
    ("If nothing is done, terror will reach our streets.", [("Appeal_to_fear-prejudice", 20, 50)]),
    ("The ministers met on Tuesday.", []),
]


def _write_corpus(root: Path, n: int = 4) -> None:
    (root / "articles").mkdir(parents=True)
    (root / "labels" / "task-flc-tc").mkdir(parents=True)
    for k in range(n):
        text, rows = f"Headline number {k}\n\n", []
        for j in range(6):
            sentence, spans = SENTENCES[(k + j) % len(SENTENCES)]
            for technique, s, e in spans:
                rows.append(f"{k}\t{technique}\t{len(text) + s}\t{len(text) + e}\n")
            text += sentence + "\n"
        (root / "articles" / f"article{k}.txt").write_text(text, encoding="utf-8")
        (root / "labels" / "task-flc-tc" / f"article{k}.task-flc-tc.labels").write_text(
            "".join(rows), encoding="utf-8")


@pytest.mark.models
def test_train_command_writes_a_loadable_model(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "model"
    _write_corpus(corpus)
    result = CliRunner().invoke(rhetoric, ["train", "--corpus", str(corpus), "--out", str(out),
                                           "--epochs", "1", "--folds", "2"])
    assert result.exit_code == 0, (result.output, result.exception)
    meta = json.loads((out / "model.json").read_text())
    assert meta["techniques"] == list(TECHNIQUE_NAMES)
    assert meta["cv"]["folds"] == 2 and 0.0 <= meta["cv"]["si_f1"] <= 1.0
    size = sum(f.stat().st_size for f in out.iterdir())
    assert size < 25 * 1024 * 1024
    assert meta["tagger_weight"] == meta["cv"]["tagger_weight"]
    assert 0.0 < meta["tagger_weight"] <= 1.0
    detector = TechniqueDetector.load(out)
    assert detector.tagger is not None  # tokens.npz
    labels = detector.classify("The corrupt regime lies.", [(4, 11)])
    assert labels[0][0] in TECHNIQUE_NAMES


def test_train_needs_a_labelled_corpus(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text("Some text", encoding="utf-8")
    result = CliRunner().invoke(rhetoric, ["train", "--corpus", str(tmp_path), "--out",
                                           str(tmp_path / "m")])
    assert result.exception is not None
    assert "task-flc-tc" in str(result.exception)
