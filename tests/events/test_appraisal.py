"""Appraisals (real parse): naming with a judging word is criticism or praise."""

from __future__ import annotations

import pytest

from .conftest import dyads

pytestmark = pytest.mark.models


def test_judging_name_is_criticism(code_text):
    article = code_text("Iran's foreign minister called the U.S. sanctions \"illegal and "
                        "inhumane.\"")
    assert ("ACCUSE", "IRN", "USA", "asserted") in dyads(article)


def test_praising_name_is_support(code_text):
    article = code_text("The Iranian government called the Chinese proposal a positive step.")
    assert ("SUPPORT", "IRN", "CHN", "asserted") in dyads(article)


def test_neutral_naming_is_no_event(code_text):
    article = code_text("Iran's foreign minister called the Chinese proposal a plan.")
    assert not article.events


def test_reported_judgement_of_a_named_party(code_text):
    article = code_text("Russia said the U.S. sanctions were illegal.")
    assert ("ACCUSE", "RUS", "USA", "asserted") in dyads(article)


def test_reported_judgement_of_an_agreement_is_for_its_parties(code_text):
    article = code_text("Germany said on Friday that the recent agreement between Syria and "
                        "Turkey is a positive step.")
    assert any(d[:2] == ("SUPPORT", "DEU") and "SYR" in d[2] for d in dyads(article))


def test_reported_judgement_of_no_one_is_no_event(code_text):
    article = code_text("Officials said the situation was dangerous.")
    assert not article.events


def test_naming_the_one_responsible_is_an_accusation(code_text):
    said = code_text("Ukraine said Russia was responsible for the attack on the power plant.")
    assert ("ACCUSE", "UKR", "RUS", "asserted") in dyads(said)
    held = code_text("Pakistan held India responsible for the bombing.")
    assert ("ACCUSE", "PAK", "IND", "asserted") in dyads(held)


def test_calling_someone_a_name_is_criticism_of_them(code_text):
    article = code_text("Venezuela's Maduro called Trump a liar.")
    assert ("ACCUSE", "VEN", "USA", "asserted") in dyads(article)


def test_naming_an_attack_is_not_carrying_it_out(code_text):
    article = code_text("Iran called the attack a cowardly act of terrorism.")
    assert [e.type for e in article.events] == ["ACCUSE"]


def test_calling_a_sanction_unjustified_is_criticism_of_its_author(code_text):
    article = code_text("The United States sanctioned two Rwandan officials. Rwanda's foreign "
                        "ministry called the move \"unjustified and unfounded.\"")
    assert ("ACCUSE", "RWA", "USA") in {(e.type, e.actor[0].country, e.recipient[0].country)
                                        for e in article.events if e.actor and e.recipient}


def test_calling_a_court_politicised_is_criticism_of_it(code_text):
    article = code_text("Hungarian Prime Minister Viktor Orban has called the court "
                        "\"politicised.\"")
    assert ("ACCUSE", "HUN", "HUN", "asserted") in dyads(article)


def test_calling_an_attack_terror_against_civilians_blames_the_attacker(code_text):
    article = code_text("Russia launched 470 drones at Ukraine overnight. Zelenskyy called the "
                        "attack \"pure terror against civilians.\"")
    assert ("ACCUSE", "UKR", "RUS", "asserted") in dyads(article)
    assert ("ACCUSE", "UKR", "UKR", "asserted") not in dyads(article)


def test_a_reported_wrongdoing_is_the_speakers_allegation(code_text):
    article = code_text("China Coast Guard spokesperson Liu Dejun said the Philippine ship had "
                        "illegally intruded into the waters of Huangyan Dao.")
    assert ("ACCUSE", "CHN", "PHL", "asserted") in dyads(article)


def test_a_reported_wrong_done_by_no_named_side_is_no_allegation(code_text):
    article = code_text("Kyrgyz lawmakers called on the government to press Moscow for a grace "
                        "period, arguing that the rules violate the spirit of the Eurasian "
                        "union's free labor market.")
    assert not any(d[0] == "ACCUSE" for d in dyads(article))


def test_being_concerned_about_a_named_sides_act_is_criticism(code_text):
    article = code_text("Russian President Vladimir Putin said Moscow was concerned about NATO "
                        "activity in the Arctic.")
    assert ("ACCUSE", "RUS", "IGO", "asserted") in dyads(article)


def test_welcoming_a_release_by_a_group_praises_the_group(code_text):
    article = code_text("Britain's Foreign Secretary David Lammy welcomed the release of three "
                        "Israeli hostages by Hamas on Saturday.")
    assert ("SUPPORT", "GBR", "PSE", "asserted") in dyads(article)
    assert ("SUPPORT", "GBR", "ISR", "asserted") not in dyads(article)


def test_naming_in_a_relative_clause_judges_the_act_it_hangs_on(code_text):
    article = code_text("Israeli forces raided the Jenin camp, a move that the Palestinian "
                        "Authority called collective punishment.")
    assert ("ACCUSE", "PSE", "ISR", "asserted") in dyads(article)


def test_politically_motivated_is_criticism(code_text):
    article = code_text("A Hong Kong court convicted 14 pro-democracy activists of subversion, "
                        "and Britain's foreign secretary called the verdict politically "
                        "motivated.")
    assert ("ACCUSE", "GBR", "HKG", "asserted") in dyads(article)
