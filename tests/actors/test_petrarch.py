"""The PETRARCH / TABARI dictionary importer, on hand-written snippets and the shared files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.actors import load_kb, resolve_phrase
from dyadwatch.actors.petrarch import (
    parse_actors,
    parse_agents,
    parse_date,
    parse_restriction,
    read_dictionary,
    split_code,
)
from dyadwatch.errors import DataError

ACTORS = """\
# a comment
ABDEL_FATTAH_EL_SISI
+SISI_
+EL_SISI_
\t[EGYMIL 770101-120812]
\t[EGYGOV > 140608]
\t[EGYELI]
KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
UN_ [IGOUNO]
VALLEY_FRONT_ [KENREB] # kkl
+VALLEY_FIGHTERS_
BROKEN_DATE_
\t[KENGOV 2004017-20061201]
AMINA_WANJIRU_
\t[KENOPP 100101-150101]
\t[KENGOV >150101]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
FISHER!PERSON! [~AGR]
BUDDHIST_STUDENT [~BUDEDU]
NO_CODE_HERE
"""


def test_dates_and_restrictions() -> None:
    assert parse_date("140608") == "2014-06-08"
    assert parse_date("770101") == "1977-01-01"
    assert parse_date("20070101") == "2007-01-01"
    assert parse_date("2004017") is None
    assert parse_restriction(">140608") == ("2014-06-08", "")
    assert parse_restriction("> 140608") == ("2014-06-08", "")
    assert parse_restriction("<900823") == ("", "1990-08-23")
    assert parse_restriction("770101-120812") == ("1977-01-01", "2012-08-12")
    assert parse_restriction("") == ("", "")
    assert parse_restriction("211DEV") is None


def test_codes_map_to_country_and_plover_sector() -> None:
    assert split_code("AFGGOVMED") == ("AFG", "GOV")
    assert split_code("IGOUNOREFHCR") == ("UNO", "")
    assert split_code("IGOEEC") == ("EUR", "")
    assert split_code("IMGMUSALQ") == ("IMG", "")
    assert split_code("ELI") == ("---", "ELI")
    assert split_code("USAMED") == ("USA", "JRN")
    assert split_code("~BUDEDU") == ("---", "EDU")
    assert split_code("~BUD") == ("---", "REL")
    assert split_code("---") == ("---", "")


def test_actor_blocks_synonyms_and_date_restricted_codes() -> None:
    dictionary = parse_actors(ACTORS, "test.actors.txt")
    sisi = [e for e in dictionary.entries if e.name == "ABDEL FATTAH EL SISI"]
    assert [(e.country, e.sector, e.valid_from, e.valid_to) for e in sisi] == [
        ("EGY", "MIL", "1977-01-01", "2012-08-12"), ("EGY", "GOV", "2014-06-08", ""),
        ("EGY", "ELI", "", "")]
    assert {a.text for a in dictionary.aliases if a.entry in sisi} == {
        "ABDEL FATTAH EL SISI", "SISI", "EL SISI"}
    annan = [e for e in dictionary.entries if e.name == "KOFI ANNAN"]
    assert [(e.country, e.valid_from) for e in annan] == [("UNO", "1997-01-01"), ("---", "")]
    assert any(a.text == "VALLEY FIGHTERS" and a.entry.sector == "REB"
               for a in dictionary.aliases)
    assert len(dictionary.warnings) == 1 and "line 13" in dictionary.warnings[0]


def test_agents_with_plurals_and_macros() -> None:
    dictionary = parse_agents(AGENTS, "test.agents.txt")
    forms = {a.text: a.entry.sector for a in dictionary.aliases}
    assert forms["police"] == "COP"
    assert forms["chambers of commerce"] == "BUS"
    assert forms["fishermen"] == "CVL"
    assert forms["buddhist student"] == "EDU"
    assert any("no [~CODE]" in w for w in dictionary.warnings)


def test_files_that_are_not_dictionaries_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no actor entries"):
        parse_actors("# nothing\n", "empty.actors.txt")
    with pytest.raises(DataError, match="cannot read"):
        read_dictionary(tmp_path / "missing.actors.txt")


def test_imported_dictionary_is_used_with_dates(tmp_path: Path) -> None:
    path = tmp_path / "Mine.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    kb = load_kb(petrarch=(str(path),))
    assert resolve_phrase("Valley Front", kb=kb) == ("KEN", "REB")
    assert resolve_phrase("Amina Wanjiru", kb=kb, date="2012-01-01") == ("KEN", "OPP")
    assert resolve_phrase("Amina Wanjiru", kb=kb, date="2020-01-01") == ("KEN", "GOV")


@pytest.mark.shared
def test_shared_phoenix_dictionaries(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "petrarch2-dictionaries"
    if not folder.is_dir():
        pytest.skip("../shared/data not present")
    countries = read_dictionary(folder / "Phoenix.Countries.actors.txt")
    assert len(countries.entries) > 20_000
    sisi = [e for e in countries.entries if e.name == "ABDEL FATTAH EL SISI"]
    assert ("EGY", "GOV", "2014-06-08", "") in {
        (e.country, e.sector, e.valid_from, e.valid_to) for e in sisi}
    international = read_dictionary(folder / "Phoenix.International.actors.txt")
    assert any(e.country == "UNO" for e in international.entries)
    nonstate = read_dictionary(folder / "Phoenix.MilNonState.actors.txt")
    assert any(e.sector == "REB" for e in nonstate.entries)
    agents = read_dictionary(folder / "Phoenix.agents.txt")
    assert {a.text: a.entry.sector for a in agents.aliases}["riot police"] == "COP"
    for dictionary in (countries, international, nonstate, agents):
        assert len(dictionary.warnings) < 0.01 * len(dictionary.aliases)
    kb = load_kb(petrarch=(str(folder / "Phoenix.Countries.actors.txt"),))
    assert resolve_phrase("Mawlawi Abdul Kabir", kb=kb, date="2001-06-01") == ("AFG", "GOV")
