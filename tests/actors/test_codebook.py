"""The knowledge base: packaged files load and validate; bad rows fail with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.actors.codebook import (
    FILES,
    KnowledgeBase,
    folder_aliases,
    load_kb,
    parse_file,
    tokenize,
)
from dyadwatch.codebooks import actor_codes
from dyadwatch.errors import DataError

GROUPS_HEADER = "# version: 1\n" + "\t".join(FILES["groups.tsv"]) + "\n"


def entries_for(kb: KnowledgeBase, text: str) -> list[tuple[str, str, str]]:
    key = tuple(t.lower() for t in tokenize(text))
    return [(a.entry.kind, a.entry.country, a.entry.sector) for a, _ in kb.index.get(key, [])]


def test_packaged_kb_covers_states_demonyms_capitals_and_seats(kb: KnowledgeBase) -> None:
    states = {e.country for e in kb.entries("state")}
    assert len(states) >= 195
    assert ("adjective", "ARE", "") in entries_for(kb, "Emirati")
    assert ("adjective", "BEL", "") in entries_for(kb, "Belgian")
    assert ("people", "IRN", "") in entries_for(kb, "Iranians")
    assert ("capital", "IRN", "GOV") in entries_for(kb, "Tehran")
    assert ("seat", "RUS", "GOV") in entries_for(kb, "the Kremlin")
    assert ("seat", "GBR", "GOV") in entries_for(kb, "Downing Street")


def test_every_state_and_territory_of_the_codebook_is_known(kb: KnowledgeBase) -> None:
    known = {e.country for e in kb.entries("state")}
    missing = [c.code for c in actor_codes().values()
               if c.category == "country" and c.code not in known]
    assert missing == []


def test_packaged_kb_has_blocs_bodies_roles_and_people(kb: KnowledgeBase) -> None:
    assert ("igo", "UNO", "") in entries_for(kb, "UN Security Council")
    assert ("igo", "EUR", "") in entries_for(kb, "the EU")
    assert ("bloc", "IGO", "") in entries_for(kb, "G7")
    assert ("igo", "IGO", "") in entries_for(kb, "ECOWAS")
    assert ("group", "IMG", "") in entries_for(kb, "Islamic State")
    assert ("role", "", "JUD") in entries_for(kb, "prosecutors")
    assert ("role", "", "COP") in entries_for(kb, "security forces")
    assert ("person", "IRN", "OPP") in entries_for(kb, "Maryam Rajavi")
    g7 = next(e for e in kb.entries("bloc") if e.name == "G7")
    assert set(g7.members) == {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}


def test_regular_plurals_are_added_for_roles(kb: KnowledgeBase) -> None:
    assert ("role", "", "GOV") in entries_for(kb, "ambassadors")
    assert ("role", "", "UAF") in entries_for(kb, "militias")
    assert ("role", "", "BUS") in entries_for(kb, "businessmen")


def test_people_rows_carry_validity_dates(kb: KnowledgeBase) -> None:
    rows = [e for e in kb.entries("person") if e.name == "Benjamin Netanyahu"]
    assert len(rows) >= 3
    assert all(r.valid_from for r in rows)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("names\tcountry\tsector\tkind\tmembers\tfrom\tto\nX\tIRN\t\tgroup\t\t\t\n",
         "missing '# version: N'"),
        ("# version: 9\n", "unsupported knowledge-base version"),
        ("# version: 1\nname\tcountry\n", "header must be"),
        (GROUPS_HEADER + "Foo\tXXX\t\tgroup\t\t\t\n", "unknown country code 'XXX'"),
        (GROUPS_HEADER + "Foo\tIRN\tBAD\tgroup\t\t\t\n", "unknown sector 'BAD'"),
        (GROUPS_HEADER + "Foo\tIRN\tOPP\tgroup\t\t2020-13\t\n", "is not YYYY-MM-DD"),
        (GROUPS_HEADER + "Foo\tIRN\tOPP\tperson\t\t\t\n", "kind 'person' must be"),
        (GROUPS_HEADER + "Foo\tIRN\tOPP\tgroup\t\t\t\textra\n", "8 columns"),
        (GROUPS_HEADER + "\tIRN\tOPP\tgroup\t\t\t\n", "no names"),
    ],
)
def test_bad_rows_raise_data_error_naming_file_and_line(text: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as error:
        parse_file(text, "my/groups.tsv", kind="groups.tsv")
    assert "my/groups.tsv" in str(error.value)


def test_error_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "roles.tsv").write_text(
        "# version: 1\nphrases\tsector\tweight\tcountry\nsheriff\tCOP\t2\t\nmarshal\tCOP\t9\t\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"roles.tsv line 4: weight '9'"):
        folder_aliases(tmp_path)


def test_unknown_file_and_missing_folder_are_data_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="unknown knowledge-base file"):
        parse_file("# version: 1\n", "notes.tsv")
    with pytest.raises(DataError, match="does not exist"):
        folder_aliases(tmp_path / "nope")


def test_extra_folder_is_merged(tmp_path: Path) -> None:
    (tmp_path / "groups.tsv").write_text(
        GROUPS_HEADER + "Free Valley Front|FVF\tKEN\tREB\tgroup\t\t\t\n", encoding="utf-8")
    kb = load_kb(extra_folder=str(tmp_path))
    assert ("group", "KEN", "REB") in entries_for(kb, "Free Valley Front")
    assert ("state", "KEN", "") in entries_for(kb, "Kenya")
