"""The token BIO tagger and its mix with the network (hand-built examples, no encoder)."""

import re
from pathlib import Path

import numpy as np

from dyadwatch.rhetoric.data import Example, set_gold
from dyadwatch.rhetoric.predict import NetOutput, score_cv
from dyadwatch.rhetoric.semeval import LabelRow
from dyadwatch.rhetoric.tokens import TokenTagger, mix, token_features

LOADED = ("corrupt", "brutal", "evil")


def _example(article_id: str, text: str) -> Example:
    """Words as wordpieces (the real tokenizer is not needed for these tests)."""
    offsets = np.array([(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)],
                       dtype=np.int64).reshape(-1, 2)
    example = Example(article_id, text, offsets, [])
    rows = [LabelRow(article_id, "Loaded_Language", m.start(), m.end())
            for m in re.finditer("|".join(LOADED), text)]
    set_gold(example, rows)
    return example


def _corpus(n: int, seed: int) -> list[Example]:
    rng = np.random.default_rng(seed)
    fillers = ["the", "minister", "said", "on", "tuesday", "that", "talks", "went", "well"]
    out = []
    for k in range(n):
        lines = [f"Headline {k}", ""]
        for _ in range(6):
            words = list(rng.choice(fillers, size=8))
            if rng.random() < 0.6:
                words[int(rng.integers(1, 7))] = str(rng.choice(LOADED))
            lines.append(" ".join(words).capitalize() + ".")
        out.append(_example(str(k), "\n".join(lines) + "\n"))
    return out


def test_token_features_follow_the_wordpieces() -> None:
    example = _example("1", "The corrupt regime lies.\n\n“Lock them up!” he said.\n")
    feats = token_features(example)
    assert len(feats) == example.offsets.shape[0]
    assert "w:corrupt" in feats[1] and "w-1:the" in feats[1] and "w+1:regime" in feats[1]
    assert "title:True" in feats[0] and "title:False" in feats[5]
    quoted = feats[[i for i, f in enumerate(feats) if "w:lock" in f][0]]
    assert "quoted:True" in quoted and "quoted:False" in feats[-1]
    # a word split into two pieces: the second piece is marked as a continuation
    example.offsets = np.array([(0, 3), (4, 8), (8, 11)], dtype=np.int64)
    pieces = token_features(example)
    assert "piece:first" in pieces[1] and "piece:cont" in pieces[2]
    assert pieces[1][:-1] == pieces[2][:-1]


def test_tagger_learns_loaded_words_and_round_trips(tmp_path: Path) -> None:
    train, test = _corpus(30, 1), _corpus(5, 2)
    tagger = TokenTagger.fit(train, c=1.0)
    for example in test:
        probs = tagger.predict_proba(example)
        assert probs.shape == (example.offsets.shape[0], 3)
        assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
        assert example.bio is not None
        begins = example.bio == 1
        if begins.any():
            assert probs[begins, 1].min() > 0.5 > probs[~begins, 1].max()
    tagger.save(tmp_path / "tokens.npz")
    again = TokenTagger.load(tmp_path / "tokens.npz")
    assert np.allclose(again.predict_proba(test[0]), tagger.predict_proba(test[0]), atol=1e-3)
    assert TokenTagger.load(tmp_path / "tokens.npz").coef.shape == tagger.coef.shape


def test_mix_averages_probabilities() -> None:
    logp = np.log(np.array([[0.8, 0.1, 0.1], [0.2, 0.2, 0.6]]))
    tagger = np.array([[0.2, 0.7, 0.1], [0.6, 0.2, 0.2]])
    assert mix(logp, tagger, 1.0) is logp
    assert mix(logp, None, 0.5) is logp
    assert np.allclose(np.exp(mix(logp, tagger, 0.0)), tagger)
    assert np.allclose(np.exp(mix(logp, tagger, 0.5)), [[0.5, 0.4, 0.1], [0.4, 0.2, 0.4]])


def test_score_cv_uses_a_better_tagger() -> None:
    examples = _corpus(12, 3)
    rng = np.random.default_rng(0)
    outputs = []
    for e in examples:
        assert e.bio is not None
        noise = rng.dirichlet(np.ones(3), size=len(e.bio))  # a network that knows nothing
        perfect = np.eye(3)[e.bio] * 0.9 + 0.1 / 3
        outputs.append(NetOutput(np.log(noise), np.zeros((len(e.span_chars), 14)),
                                 token_probs=perfect))
    result = score_cv(examples, outputs, [i % 2 for i in range(len(examples))])
    assert result["tagger_weight"] < 1.0
    assert result["si_f1"] > result["si_f1_net_only"] + 0.2
    assert result["si_f1_xval"] > 0.9
    without = score_cv(examples, [NetOutput(o.logp, o.tc_probs) for o in outputs])
    assert without["tagger_weight"] == 1.0 and without["si_f1"] == result["si_f1_net_only"]


def test_tagger_without_spans_says_outside() -> None:
    examples = [_example("1", "The minister met the press.\n")]
    tagger = TokenTagger.fit(examples)
    probs = tagger.predict_proba(examples[0])
    assert np.allclose(probs[:, 0], 1.0)
    empty = Example("2", "", np.zeros((0, 2), np.int64), [])
    assert tagger.predict_proba(empty).shape == (0, 3)
    assert np.allclose(TokenTagger.fit([empty]).predict_proba(examples[0])[:, 0], 1.0)
