import json
from pathlib import Path

import pytest

from dyadwatch.article import Article, Sentence, TechniqueSpan
from dyadwatch.errors import ModelError
from dyadwatch.rhetoric.detector import (
    TechniqueDetector,
    make_rhetoric_stage,
    split_sentences,
    summarise,
)
from dyadwatch.rhetoric.techniques import TECHNIQUE_NAMES

SEED_MUST_FLAG = ("Loaded_Language", "Name_Calling,Labeling", "Repetition",
                  "Appeal_to_fear-prejudice")


def test_missing_weights_say_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="dyadwatch rhetoric train"):
        TechniqueDetector.load(tmp_path)


@pytest.mark.models
def test_corrupt_weights_are_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "model.json").write_text(json.dumps({"techniques": list(TECHNIQUE_NAMES)}))
    (tmp_path / "weights.pt").write_bytes(b"not a torch file")
    with pytest.raises(ModelError, match="cannot be loaded"):
        TechniqueDetector.load(tmp_path)


def test_split_sentences_without_a_parse() -> None:
    text = "Title here\n\nThe regime lies. It always has! Does it?\nLast line"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Title here", "The regime lies.", "It always has!", "Does it?", "Last line"]


def test_summary_counts_shares_and_passages() -> None:
    text = "The evil regime lies.\nA calm sentence.\nThe evil regime again."
    spans = [TechniqueSpan("Loaded_Language", 4, 8, 0.8),
             TechniqueSpan("Name_Calling,Labeling", 4, 15, 0.6),
             TechniqueSpan("Repetition", 43, 58, 0.5)]
    sentences = split_sentences(text)
    summary = summarise(text, spans, sentences, [0.9, 0.1, 0.7], "test")
    assert summary["spans"] == 3
    assert summary["by_technique"]["Loaded_Language"] == {"count": 1, "share": 0.3333}
    assert summary["sentences"] == 3
    assert summary["sentences_flagged"] == 2
    assert summary["share_sentences_flagged"] == 0.6667
    assert [p["text"] for p in summary["top_passages"]] == [
        "The evil regime lies.", "The evil regime again."]
    assert summary["top_passages"][0]["techniques"] == ["Loaded_Language",
                                                        "Name_Calling,Labeling"]


@pytest.fixture(scope="module")
def detector() -> TechniqueDetector:
    return TechniqueDetector.load()


@pytest.mark.models
def test_seed_article_summary_flags_its_techniques(seed_article_path: Path) -> None:
    stage = make_rhetoric_stage({"rhetoric": {"model": "", "threshold": 0.5}})
    article = stage(Article.from_text(seed_article_path.read_text(encoding="utf-8")))
    summary = article.technique_summary
    for name in SEED_MUST_FLAG:
        assert name in summary["by_technique"], (name, summary["by_technique"])
    assert article.sentences == []  # the stage never creates sentences
    assert 0 < summary["sentences_flagged"] <= summary["sentences"]
    assert summary["top_passages"] and len(summary["top_passages"]) <= 5
    assert [s.start for s in article.techniques] == sorted(s.start for s in article.techniques)
    text = article.text
    repeated = [text[s.start:s.end] for s in article.techniques if s.technique == "Repetition"]
    assert any("MEK" in r or "PMOI" in r or "regime" in r for r in repeated), repeated


@pytest.mark.models
def test_stage_scores_existing_sentences(detector: TechniqueDetector) -> None:
    text = ("The bloodthirsty mullahs' regime terrorizes its own people.\n"
            "The meeting was held on Tuesday in Brussels.")
    article = Article.from_text(text, sentences=[Sentence(0, 59), Sentence(60, len(text))])
    article = make_rhetoric_stage({"rhetoric": {"model": "", "threshold": 0.5}})(article)
    first, second = (s.propaganda_score for s in article.sentences)
    assert first is not None and second is not None
    assert first > second
    assert all(s.technique in TECHNIQUE_NAMES for s in article.techniques)
    assert all(0.0 <= s.confidence <= 1.0 for s in article.techniques)


@pytest.mark.models
def test_classify_labels_every_span(detector: TechniqueDetector) -> None:
    text = "They are traitors and terrorists, and they will destroy our great nation."
    labels = detector.classify(text, [(10, 18), (10, 18), (59, 72)])
    assert len(labels) == 3
    assert labels[0][0] != labels[1][0]  # a repeated span gets its next-best technique
    assert all(name in TECHNIQUE_NAMES and 0 < p <= 1 for name, p in labels)


@pytest.mark.models
def test_packaged_model_mixes_in_the_token_tagger(detector: TechniqueDetector,
                                                   tmp_path: Path) -> None:
    import shutil

    import numpy as np

    from dyadwatch.rhetoric.detector import packaged_model_dir
    from dyadwatch.rhetoric.predict import run
    from dyadwatch.rhetoric.tokens import mix

    assert detector.tagger is not None and 0.0 < detector.tagger_weight < 1.0
    text = ("The bloodthirsty mullahs' regime terrorizes its own people.\n"
            "The meeting was held on Tuesday in Brussels.")
    _, example, output = detector.analyse(text)
    assert output.token_probs is not None
    network, _ = run(detector.net, example, spans=False)
    assert np.allclose(output.logp, mix(network.logp, output.token_probs,
                                         detector.tagger_weight), atol=1e-5)
    # a model folder without the tagger decodes the network alone
    for name in ("model.json", "weights.pt", "lexical.npz"):
        shutil.copy(packaged_model_dir() / name, tmp_path / name)
    alone = TechniqueDetector.load(tmp_path)
    assert alone.tagger is None and alone.tagger_weight == 1.0
    _, _, plain = alone.analyse(text)
    assert plain.token_probs is None
    assert np.allclose(plain.logp, network.logp, atol=1e-5)
