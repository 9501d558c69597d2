import numpy as np
import pytest

from dyadwatch.rhetoric.model import viterbi_spans
from dyadwatch.rhetoric.predict import assign_labels
from dyadwatch.rhetoric.scoring import si_score, tc_micro_f1


def test_si_partial_overlap_credit() -> None:
    gold = {"1": [(0, 10), (5, 20)]}  # merged to (0, 20)
    pred = {"1": [(10, 20)]}
    p, r, f = si_score(pred, gold)
    assert p == pytest.approx(1.0)
    assert r == pytest.approx(0.5)
    assert f == pytest.approx(2 / 3)
    assert si_score({}, gold) == (0.0, 0.0, 0.0)


def test_tc_aligns_duplicate_spans() -> None:
    gold = [("1", 0, 5, "Doubt"), ("1", 0, 5, "Slogans"), ("1", 9, 12, "Repetition")]
    pred = [("1", 0, 5, "Slogans"), ("1", 0, 5, "Doubt"), ("1", 9, 12, "Doubt")]
    assert tc_micro_f1(pred, gold) == pytest.approx(2 / 3)


def test_repeated_template_spans_get_distinct_labels() -> None:
    probs = np.zeros((3, 14))
    probs[:, 8] = 0.6
    probs[:, 9] = 0.3
    labels = assign_labels([(0, 5), (0, 5), (7, 9)], probs)
    assert [name for name, _ in labels] == ["Loaded_Language", "Name_Calling,Labeling",
                                            "Loaded_Language"]


def test_viterbi_never_starts_inside_and_respects_bias() -> None:
    # O, B, I log-probabilities; token 0 looks like I, which must not open a span
    logp = np.log(np.array([[0.1, 0.2, 0.7], [0.1, 0.8, 0.1], [0.2, 0.1, 0.7], [0.9, 0.05, 0.05]]))
    spans = viterbi_spans(logp, 0.0)
    assert spans[-1] == (1, 3)
    assert all(start < end for start, end in spans)
    assert viterbi_spans(logp, 10.0) == []
