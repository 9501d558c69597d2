"""`resolve_phrase` and the phrase coder: country and sector from a phrase's own words."""

from __future__ import annotations

import pytest

from dyadwatch.actors import resolve_phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Iranian diplomat", ("IRN", "GOV")),
        ("the Belgian court", ("BEL", "JUD")),
        ("a Belgian court", ("BEL", "JUD")),
        ("Tehran", ("IRN", "GOV")),
        ("the Kremlin", ("RUS", "GOV")),
        ("Downing Street", ("GBR", "GOV")),
        ("Iran", ("IRN", "")),
        ("Emirati officials", ("ARE", "GOV")),
        ("Western governments", ("WST", "GOV")),
        ("the UN Security Council", ("UNO", "")),
        ("the EU", ("EUR", "")),
        ("Amnesty International", ("NGO", "")),
        ("Islamic State militants", ("IMG", "REB")),
        ("NATO peacekeeping troops", ("IGO", "MIL")),
        ("the People's Mojahedin Organization of Iran (PMOI / MEK)", ("IRN", "OPP")),
        ("Maryam Rajavi", ("IRN", "OPP")),
        ("Iran's foreign ministry", ("IRN", "GOV")),
        ("Israeli intelligence officials", ("ISR", "SPY")),
        ("Kenyan opposition lawmakers", ("KEN", "OPP")),
        ("Ugandan riot police", ("UGA", "COP")),
        ("Hamas officials", ("PSE", "REB")),
        ("a Senegalese peace plan", ("SEN", "")),
        ("protesters", ("---", "CVL")),
        ("UN peacekeepers", ("UNO", "MIL")),
        ("peacekeepers", ("IGO", "MIL")),
        ("former president Carlos Menem", ("ARG", "ELI")),
        ("Syrian refugees", ("SYR", "REF")),
        ("pro-Iranian militia", ("---", "UAF")),
    ],
)
def test_phrases(phrase: str, expected: tuple[str, str]) -> None:
    assert resolve_phrase(phrase) == expected


def test_nothing_known_is_none() -> None:
    assert resolve_phrase("the weather on Tuesday") is None


def test_case_matters_for_names_not_roles() -> None:
    assert resolve_phrase("turkey") is None
    assert resolve_phrase("us") is None
    assert resolve_phrase("US officials") == ("USA", "GOV")


def test_date_aware_lookups() -> None:
    assert resolve_phrase("Taliban", date="2010-05-01") == ("AFG", "REB")
    assert resolve_phrase("Taliban", date="2023-05-01") == ("AFG", "GOV")
    assert resolve_phrase("Ahmed al-Sharaa", date="2023-01-01") == ("SYR", "REB")
    assert resolve_phrase("Ahmed al-Sharaa", date="2025-01-01") == ("SYR", "GOV")
    # After the last dated role a person is a former office holder.
    assert resolve_phrase("Hosni Mubarak", date="2015-01-01") == ("EGY", "ELI")
    assert resolve_phrase("Hosni Mubarak", date="2005-01-01") == ("EGY", "GOV")
    # A movement that became a state's government changes country and sector.
    assert resolve_phrase("SPLM", date="2005-01-01") == ("SDN", "REB")
    assert resolve_phrase("SPLM", date="2015-01-01") == ("SSD", "GOV")


def test_title_in_text_picks_the_matching_role() -> None:
    assert resolve_phrase("President Laurent Gbagbo") == ("CIV", "GOV")
    assert resolve_phrase("Laurent Gbagbo") == ("CIV", "OPP")


def test_coordinated_modifiers_name_the_first_actor() -> None:
    assert resolve_phrase("Hungarian and Romanian officials") == ("HUN", "GOV")
