from pathlib import Path

import pytest

from dyadwatch.rhetoric.techniques import TECHNIQUE_NAMES, TECHNIQUES, lookup_technique


def test_fourteen_exact_semeval_names() -> None:
    assert len(TECHNIQUE_NAMES) == 14
    assert "Exaggeration,Minimisation" in TECHNIQUE_NAMES
    assert "Bandwagon,Reductio_ad_hitlerum" in TECHNIQUE_NAMES
    assert all(t.definition and t.example and t.label for t in TECHNIQUES)


@pytest.mark.shared
def test_names_match_the_official_list(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ptc" / "propaganda-techniques-names-semeval2020task11.txt"
    official = [line.strip() for line in path.read_text().splitlines() if line.strip()]
    assert sorted(official) == sorted(TECHNIQUE_NAMES)


@pytest.mark.parametrize(("query", "name"), [
    ("Loaded_Language", "Loaded_Language"),
    ("loaded language", "Loaded_Language"),
    ("Loaded language", "Loaded_Language"),
    ("name-calling", "Name_Calling,Labeling"),
    ("Name calling or labelling", "Name_Calling,Labeling"),
    ("flag waving", "Flag-Waving"),
    ("straw man", "Whataboutism,Straw_Men,Red_Herring"),
    ("Red_Herring", "Whataboutism,Straw_Men,Red_Herring"),
    ("appeal to fear", "Appeal_to_fear-prejudice"),
    ("thought-terminating cliches", "Thought-terminating_Cliches"),
    ("minimisation", "Exaggeration,Minimisation"),
])
def test_lookup_accepts_loose_forms(query: str, name: str) -> None:
    technique = lookup_technique(query)
    assert technique is not None
    assert technique.name == name


def test_lookup_unknown_is_none() -> None:
    assert lookup_technique("ASSAULT") is None
    assert lookup_technique("") is None
