"""`dyadwatch actors` and `dyadwatch events` on JSONL, as the evaluation harness calls them."""

import io
import json
import sys

import pytest

from dyadwatch.cli import main

pytestmark = pytest.mark.models

RECORDS = [
    {"id": "s1", "text": "A Belgian court sentenced an Iranian diplomat to 20 years in prison.",
     "published": "2021-02-04"},
    {"id": "s2", "text": ""},
    {"id": "s3", "text": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.",
     "date": "2022-03-01"},
]


def write_input(tmp_path, lines):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_output(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_actors_command(tmp_path, capsys):
    src = write_input(tmp_path, [json.dumps(r) for r in RECORDS] + ["{not json"])
    out = tmp_path / "out.jsonl"
    assert main(["actors", str(src), "-o", str(out)]) == 0
    rows = read_output(out)
    assert [r["id"] for r in rows] == ["s1", "s2", "s3", "line 4"]
    assert rows[1]["actors"] == [] and rows[1]["error"]
    assert rows[3]["actors"] == [] and "not valid JSON" in rows[3]["error"]
    codes = {(a["text"], a["country"], a["sector"]) for a in rows[0]["actors"]}
    assert any(c[1] == "BEL" and c[2] == "JUD" for c in codes), codes
    assert any(c[1] == "IRN" and c[2] == "GOV" for c in codes), codes
    for a in rows[0]["actors"]:
        assert RECORDS[0]["text"][a["start"]:a["end"]] == a["text"]
    assert "2 ok, 2 failed" in capsys.readouterr().err


def test_events_command_stdin_stdout(monkeypatch, capsys):
    data = "\n".join(json.dumps(r) for r in RECORDS) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    assert main(["events", "-", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["s1", "s2", "s3"]
    assert rows[1]["events"] == [] and rows[1]["error"]
    types = {e["type"] for e in rows[0]["events"]}
    assert "SANCTION" in types
    assault = [e for e in rows[2]["events"] if e["type"] == "ASSAULT"]
    assert assault and assault[0]["actor"][0]["country"] == "RUS"
    for e in rows[0]["events"] + rows[2]["events"]:
        assert e["quad_class"] in (1, 2, 3, 4) and e["cameo"]
    assert "2 ok, 1 failed" in err


def test_events_workers_give_same_result(tmp_path):
    src = write_input(tmp_path, [json.dumps(r) for r in RECORDS])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["events", str(src), "-o", str(one)]) == 0
    assert main(["events", str(src), "-o", str(two), "--workers", "2"]) == 0
    assert read_output(one) == read_output(two)


def _actors_in_both_schemes(tmp_path, record):
    """(country, sector, text) of every event actor, coded with the default PLOVER scheme and
    with `--country-scheme cameo`."""
    src = write_input(tmp_path, [json.dumps(record)])
    plover, cameo = tmp_path / "plover.jsonl", tmp_path / "cameo.jsonl"
    assert main(["events", str(src), "-o", str(plover)]) == 0
    assert main(["events", str(src), "-o", str(cameo), "--country-scheme", "cameo"]) == 0

    def actors(path):
        return [(a["country"], a["sector"], a["text"]) for e in read_output(path)[0]["events"]
                for a in e["actor"]]

    return actors(plover), actors(cameo)


def test_events_country_scheme_writes_un_bodies_as_igo(tmp_path):
    """The PLOVER guidelines write the UN system UNO; CAMEO-coded data writes it IGO."""
    plover, cameo = _actors_in_both_schemes(tmp_path, {
        "id": "u1", "text": "The United Nations condemned Russia's attack on Ukraine.",
        "published": "2022-03-02"})
    assert "UNO" in {c for c, _, _ in plover}
    assert "IGO" in {c for c, _, _ in cameo} and "UNO" not in {c for c, _, _ in cameo}


def test_events_country_scheme_decides_a_named_states_sector(tmp_path):
    """The PLOVER guidelines write "Iran" as IRN GOV; CAMEO writes it IRN with no sector."""
    plover, cameo = _actors_in_both_schemes(tmp_path, {
        "id": "s1", "text": "Iran condemned the Israeli strike on Syria.",
        "published": "2024-04-02"})
    iran_plover = [(c, s) for c, s, text in plover if text == "Iran"]
    iran_cameo = [(c, s) for c, s, text in cameo if text == "Iran"]
    assert iran_plover and set(iran_plover) == {("IRN", "GOV")}
    assert iran_cameo and set(iran_cameo) == {("IRN", "")}


def test_unknown_country_scheme_is_a_config_error(tmp_path, capsys):
    src = write_input(tmp_path, [json.dumps(RECORDS[0])])
    code = main(["--set", "events.country_scheme=iso", "events", str(src), "-o",
                 str(tmp_path / "out.jsonl")])
    assert code != 0
    assert "country_scheme" in capsys.readouterr().err
