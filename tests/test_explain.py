import pytest

from dyadwatch.errors import UnknownCodeError
from dyadwatch.explain import explain


def kinds(query):
    return {(e.kind, e.code) for e in explain(query)}


def test_plover_type_and_modes():
    found = explain("assault")
    assert found[0].kind == "PLOVER event type" and found[0].code == "ASSAULT"
    assert "explosives" in dict(found[0].details)["modes"]
    assert ("PLOVER mode", "ASSAULT.explosives") in kinds("ASSAULT.explosives")
    arrest = kinds("arrest")
    assert ("PLOVER mode", "COERCE.arrest") in arrest
    assert ("PLOVER mode", "THREATEN.arrest") in arrest


def test_cameo_code_with_goldstein_and_quad():
    (e,) = explain("190")
    assert e.kind == "CAMEO event code"
    details = dict(e.details)
    assert details["Goldstein"] == "-10" and details["QuadClass"].startswith("4")
    assert "ASSAULT" in details["PLOVER"]
    (inferred,) = explain("1834")
    assert "parent's value" in dict(inferred.details)["Goldstein"]


def test_actor_and_sector_codes():
    assert ("actor code (country)", "IRN") in kinds("IRN")
    assert ("actor code (role primary)", "JUD") in kinds("jud")
    chain = explain("IRNGOV")[0]
    assert chain.kind == "CAMEO actor code chain" and "Iran" in chain.title
    meanings = {e.title for e in explain("MED")}
    assert {"Media", "Health"} <= meanings


def test_technique():
    found = explain("loaded language")
    assert found[0].kind == "persuasion technique" and found[0].code == "Loaded_Language"


@pytest.mark.parametrize("query", ["", "XYZZY", "99999"])
def test_unknown(query):
    with pytest.raises(UnknownCodeError):
        explain(query)
