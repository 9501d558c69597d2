"""The story-level scorer matches the definitions of the reference scorer."""

from dyadwatch.events.scoring import score_cameo, score_plover


def _story(*events):
    return {"events": list(events)}


def _ev(type_, actors, recipients, modality="asserted", mode=None):
    return {"type": type_, "mode": mode, "modality": modality,
            "actor": [{"country": a, "sector": "GOV"} for a in actors],
            "recipient": [{"country": r, "sector": ""} for r in recipients]}


def test_compound_actors_expand_pairwise_and_only_asserted_count():
    gold = {"s": _story(_ev("AGREE", ["USA", "JOR"], []), _ev("ASSAULT", ["X"], ["Y"],
                                                               "attempted"))}
    pred = {"s": _story(_ev("AGREE", ["USA"], []), _ev("ASSAULT", ["X"], ["Y"], "attempted"))}
    scores = score_plover(gold, pred)
    assert scores["dyad"] == {"P": 1.0, "R": 0.5, "F1": 0.6667}
    assert scores["type"]["F1"] == 1.0
    assert scores["modality_acc"] == 1.0


def test_modality_accuracy_counts_matched_events():
    gold = {"s": _story(_ev("SANCTION", ["USA"], ["IRN"], "hypothetical"))}
    pred = {"s": _story(_ev("SANCTION", ["USA"], ["IRN"], "asserted"))}
    scores = score_plover(gold, pred)
    assert scores["modality_acc"] == 0.0 and scores["type"]["P"] == 0.0


def test_cameo_root_triples():
    gold = {"1": {"gold": [["USAGOV", "IRN", "111"]], "petrarch2": [["USA", "IRN", "112"]]}}
    pred = {"1": {"events": [{"cameo": "1121", "modality": "asserted",
                              "actor": [{"country": "USA"}], "recipient": [{"country": "IRN"}]}]}}
    scores = score_cameo(gold, pred)
    assert scores["ours"]["F1"] == 1.0 and scores["petrarch2"]["F1"] == 1.0
