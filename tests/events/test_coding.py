"""CAMEO refinement, Goldstein and QuadClass consistent with the packaged codebook."""

import pytest

from dyadwatch.codebooks import cameo_codes
from dyadwatch.events.coding import (
    as_intent,
    as_refusal,
    as_request,
    cameo_fields,
    refine_by_complement,
)
from dyadwatch.events.lexicon import Coding, trigger_lexicon

GDELT_QUAD = {**dict.fromkeys(["01", "02", "03", "04", "05"], 1),
              **dict.fromkeys(["06", "07", "08", "09"], 2),
              **dict.fromkeys(["10", "11", "12", "13", "14"], 3),
              **dict.fromkeys(["15", "16", "17", "18", "19", "20"], 4)}


def test_every_lexicon_code_has_codebook_goldstein_and_gdelt_quadclass():
    for group in trigger_lexicon().values():
        for entry in group:
            if entry.blocks_only:
                continue
            goldstein, quad = cameo_fields(entry.coding.cameo)
            assert quad == GDELT_QUAD[entry.coding.cameo[:2]]
            known = cameo_codes()[entry.coding.cameo].goldstein
            if known is not None:
                assert goldstein == known


def test_parent_goldstein_fills_missing_values():
    goldstein, quad = cameo_fields("1834")  # location bombing: no GDELT value of its own
    assert goldstein == cameo_codes()["183"].goldstein and quad == 4


def test_demand_for_release_is_specific():
    demand = Coding("REQUEST", None, "100")
    assert refine_by_complement(demand, Coding("RETREAT", "release", "0841")) == \
        Coding("REQUEST", "yield", "1053")
    appeal = Coding("REQUEST", None, "020")
    assert refine_by_complement(appeal, Coding("AID", None, "070")).cameo == "023"


def test_threat_of_sanctions_is_threaten_restrict():
    threat = Coding("THREATEN", None, "130")
    assert refine_by_complement(threat, Coding("SANCTION", "discontinue", "163")) == \
        Coding("THREATEN", "restrict", "1312")


@pytest.mark.parametrize(("action", "expected"), [
    (Coding("AID", None, "073"), Coding("AGREE", None, "033")),
    (Coding("RETREAT", "release", "0841"), Coding("AGREE", None, "0353")),
    (Coding("SANCTION", "discontinue", "163"), Coding("THREATEN", "restrict", "1312")),
    (Coding("ASSAULT", None, "190"), Coding("THREATEN", "violence", "138")),
    (Coding("COERCE", "arrest", "173"), Coding("THREATEN", "arrest", "132")),
])
def test_announced_own_actions(action, expected):
    assert as_intent(action) == expected


def test_consult_stays_a_future_meeting():
    assert as_intent(Coding("CONSULT", "visit", "042")) is None


def test_refused_promise_is_reject():
    assert as_refusal(Coding("AGREE", None, "030")) == Coding("REJECT", None, "120")
    assert as_refusal(Coding("ASSAULT", None, "190")) is None
    assert as_request(Coding("RETREAT", "return", "0842")).type == "REQUEST"
