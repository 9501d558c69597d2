"""The seed op-ed: the plot, the arrests, the trial, the uprising and its repression, and the
Western responses the author advocates, with the right parties and modality."""

from __future__ import annotations

import pytest

from dyadwatch.article import Event

pytestmark = [pytest.mark.models, pytest.mark.shared]


@pytest.fixture(scope="module")
def events(seed_article_path, code_text) -> list[Event]:
    text = seed_article_path.read_text(encoding="utf-8")
    return code_text(text, published="2021-02-10").events


def _find(events, type_, *, modality=None, trigger=None):
    return [e for e in events if e.type == type_ and (modality is None or e.modality == modality)
            and (trigger is None or trigger in e.quote)]


def test_thwarted_bombing_is_attempted_assault_by_iran(events):
    plots = _find(events, "ASSAULT", modality="attempted")
    assert plots
    assert any(e.mode == "explosives" and e.actor and e.actor[0].country == "IRN" for e in plots)
    assert not _find(events, "ASSAULT", modality="asserted", trigger="thwarted")


def test_thwarted_attack_at_the_rally_is_aimed_at_its_organisers(events):
    [attack] = _find(events, "ASSAULT", modality="attempted", trigger="thwarted bomb attack")
    assert [(e.country, e.sector) for e in attack.actor] == [("IRN", "GOV")]
    assert ("IRN", "OPP") in [(e.country, e.sector) for e in attack.recipient]


def test_arrests_after_the_tip_off(events):
    arrests = _find(events, "COERCE", trigger="tip-off")
    assert arrests and arrests[0].mode == "arrest" and arrests[0].modality == "asserted"


def test_trial_in_belgium_accuses_assadi(events):
    [trial] = [e for e in _find(events, "ACCUSE", modality="asserted") if e.mode == "allege"]
    assert [(e.country, e.sector) for e in trial.actor] == [("BEL", "JUD")]
    assert trial.recipient and trial.recipient[0].country == "IRN"
    assert len(trial.evidence) >= 2


def test_uprising_and_crackdown(events):
    [uprising] = _find(events, "PROTEST", modality="asserted", trigger="January 2018")
    assert uprising.actor[0].country == "IRN" and uprising.actor[0].sector == "CVL"
    assert uprising.recipient[0].country == "IRN" and uprising.recipient[0].sector == "GOV"
    assert (uprising.date, uprising.date_granularity) == ("2018-01", "month")
    victims = {(e.type, e.recipient[0].sector) for e in events
               if e.type in ("COERCE", "ASSAULT") and "January 2018" in e.quote}
    assert victims == {("COERCE", "CVL"), ("ASSAULT", "CVL")}
    repressors = {(a.country, a.sector) for e in events if e.type in ("COERCE", "ASSAULT")
                  and "January 2018" in e.quote for a in e.actor}
    assert repressors == {("IRN", "GOV")}


def test_advocated_responses_are_hypothetical_never_asserted(events):
    advocated = [e for e in events if "What could happen" in e.quote]
    assert {(e.type, e.cameo) for e in advocated} >= {("SANCTION", "163"), ("SANCTION", "161"),
                                                      ("SUPPORT", "054")}
    assert all(e.modality == "hypothetical" for e in advocated)
    assert not [e for e in events if e.type in ("SANCTION", "SUPPORT")
                and e.modality == "asserted"]
