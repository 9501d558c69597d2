"""Parties found outside the trigger's own clause (real parse): governed acts, complements,
the authorities a sentence names."""

from __future__ import annotations

import pytest

from .conftest import dyads

pytestmark = pytest.mark.models


def test_recipient_inside_the_governed_act(code_text):
    article = code_text("Kenya has refused to attend a hearing by the United Nations' highest "
                        "court.")
    assert ("REJECT", "KEN", "UNO", "asserted") in dyads(article)


def test_complement_party_is_not_a_common_noun_or_own_side(code_text):
    article = code_text("British Defence Secretary Tom King has promised to continue military "
                        "aid to war-torn Mozambique.")
    assert {(d[0], d[2]) for d in dyads(article)} == {("AGREE", "MOZ")}


def test_praise_is_for_the_doer_of_the_praised_act(code_text):
    article = code_text("U.S. lawmakers welcomed Tuesday's announcement that Ukraine had agreed "
                        "to a 30-day ceasefire.")
    assert ("SUPPORT", "USA", "UKR", "asserted") in dyads(article)


def test_refusal_despite_pressure_is_aimed_at_who_presses(code_text):
    article = code_text("The Kenyan minister has declined to resign despite growing pressure by "
                        "the Kenyan parliament.")
    assert any(d[0] == "REJECT" and d[2] == "KEN" for d in dyads(article))


def test_protest_target_is_the_government_the_sentence_names(code_text):
    article = code_text("Egyptian demonstrators rioted following a peaceful demonstration "
                        "calling for the immediate removal of the Egyptian president.")
    assert ("PROTEST", "EGY", "EGY", "asserted") in dyads(article)


def test_protest_naming_no_authority_has_no_target(code_text):
    article = code_text("Thousands of Egyptian workers went on strike on Monday.")
    assert all(d[2] == "" for d in dyads(article) if d[0] == "PROTEST")


def test_place_of_a_nominal_triggers_clause_is_the_target(code_text):
    article = code_text("Israeli troops remained on alert in the occupied West Bank today.")
    assert ("MOBILIZE", "ISR", "PSE", "asserted") in dyads(article)


def test_union_calling_off_a_strike_concedes_to_the_government_named(code_text):
    article = code_text("The Nigerian Union of Teachers announced that it has called off a "
                        "four-day strike after deliberations with the Nigerian government.")
    assert ("CONCEDE", "NGA", "NGA", "asserted") in dyads(article)


def test_state_easing_measures_does_not_concede_to_another_government(code_text):
    article = code_text("Serbia eased emergency measures on Wednesday in Montenegro province, as "
                        "authorities in Croatia cracked down on Serbian nationalists.")
    assert not any(d[0] == "CONCEDE" and d[2] == "HRV" for d in dyads(article))


def test_rejecting_its_offer_is_aimed_at_the_offers_owner(code_text):
    article = code_text("Norway pressed for a truce this week, but Chile rejected its offer of "
                        "new talks.")
    assert ("REJECT", "CHL", "NOR", "asserted") in dyads(article)


def test_its_in_a_wished_for_act_names_no_owner(code_text):
    article = code_text("Norway is pushing hard for Chile support its peace plan.")
    assert not any(d[0] == "SUPPORT" and d[2] == "NOR" for d in dyads(article))


def test_the_meeting_refers_back_to_the_body_whose_meeting_it_is(code_text):
    article = code_text("The United States called a private meeting Wednesday of the U.N. "
                        "Security Council to discuss Iran. Iran's U.N. ambassador participated "
                        "in the meeting.")
    assert ("CONSULT", "IRN", "UNO", "asserted") in dyads(article)


def test_a_meeting_with_no_earlier_host_keeps_no_recipient(code_text):
    article = code_text("Iran's U.N. ambassador participated in the meeting on Wednesday.")
    assert ("CONSULT", "IRN", "", "asserted") in dyads(article)


def test_welcoming_an_act_whose_doer_is_unnamed_is_still_praise(code_text):
    article = code_text("Media watchdog Reporters Without Borders welcomed the release.")
    assert ("SUPPORT", "NGO", "", "asserted") in dyads(article)


def test_rights_groups_calling_for_a_release_address_the_jailer(code_text):
    article = code_text("A Guatemalan court sentenced the journalist to six years in prison. "
                        "Nine press freedom and rights groups called for his immediate release.")
    assert ("REQUEST", "NGO", "GTM", "asserted") in dyads(article)


def test_a_city_protesters_march_through_is_no_target(code_text):
    article = code_text("Tens of thousands of students and citizens marched through Belgrade on "
                        "Saturday in one of the largest protests in Serbia's history.")
    assert ("PROTEST", "SRB,SRB", "", "asserted") in dyads(article)


def test_a_strike_across_the_country_has_no_target(code_text):
    article = code_text("Sierra Leone's hospitals are stretched. In March, thousands of nurses "
                        "and midwives across the country staged a three-day strike over unpaid "
                        "salaries.")
    assert not any(d[0] == "PROTEST" and d[2] for d in dyads(article))


def test_protesters_outside_the_court_target_it(code_text):
    article = code_text("A court in Tunis jailed the opposition leader. Supporters of the "
                        "defendants protested outside the court on Saturday.")
    assert ("PROTEST", "TUN", "TUN", "asserted") in dyads(article)


def test_riot_police_are_no_riot(code_text):
    article = code_text("Serbian riot police fired tear gas to disperse the crowd on Sunday.")
    assert not any(d[0] == "PROTEST" for d in dyads(article))


def test_a_promise_made_at_a_meeting_is_to_the_one_met(code_text):
    article = code_text("Chinese Foreign Minister Wang Yi met President Mahamat Idriss Deby of "
                        "Chad in the capital and pledged more development aid.")
    assert ("AGREE", "CHN", "TCD", "asserted") in dyads(article)


def test_condemning_an_attack_on_a_town_blames_the_attacker(code_text):
    article = code_text("Sudan's Rapid Support Forces attacked El Obeid on Saturday, killing 23 "
                        "people. The U.S. State Department condemned the attack on El Obeid.")
    assert ("ACCUSE", "USA", "SDN", "asserted") in dyads(article)


def test_a_denial_about_ones_own_troops_answers_the_accuser(code_text):
    article = code_text("Armenia accused Azerbaijan of firing on its positions near Sotk. "
                        "Azerbaijan's Defense Ministry denied that its troops had fired.")
    assert ("REJECT", "AZE", "ARM", "asserted") in dyads(article)
    assert ("REJECT", "AZE", "AZE", "asserted") not in dyads(article)


def test_a_states_partners_are_other_unnamed_states(code_text):
    article = code_text("Zelenskyy urged Ukraine's partners to speed up deliveries of air "
                        "defense systems.")
    assert ("REQUEST", "UKR", "---", "asserted") in dyads(article)


def test_an_appeal_to_all_sides_addresses_no_one(code_text):
    article = code_text("The United Nations urged all sides to show restraint.")
    assert ("REQUEST", "UNO", "", "asserted") in dyads(article)


def test_a_refusal_answers_the_demand_made_of_its_actor(code_text):
    article = code_text("Protesters demanded the resignation of Libyan Prime Minister Abdul Hamid "
                        "Dbeibah. Dbeibah said he would not step down.")
    assert ("REJECT", "LBY", "LBY", "asserted") in dyads(article)


def test_the_one_a_purpose_clause_helps_is_the_beneficiary(code_text):
    article = code_text("Chile's President Gabriel Boric offered on Monday to send firefighters "
                        "and aircraft to help Argentina battle wildfires in Patagonia.")
    assert ("AGREE", "CHL", "ARG", "asserted") in dyads(article)


def test_a_reported_event_keeps_who_reports_it(code_text):
    article = code_text("Algeria's Defense Ministry said its air defense units shot down a "
                        "drone near the border. At least 12 people were killed in a separate "
                        "strike, according to Mali's health ministry.")
    assert {("DZA", "MIL")} == {(s.country, s.sector) for e in article.events
                                if "shot" in e.quote for s in e.source}
    assert {("MLI", "GOV")} == {(s.country, s.sector) for e in article.events
                                if "according" in e.quote for s in e.source}


def test_rejecting_that_account_answers_whoever_gave_it(code_text):
    article = code_text("Algeria's Defense Ministry said its air defense units shot down a "
                        "drone near the border. Mali's transitional government rejected that "
                        "account.")
    assert ("REJECT", "MLI", "DZA", "asserted") in dyads(article)


def test_denying_a_role_answers_whoever_reported_the_act(code_text):
    article = code_text("The Israeli military said Hezbollah fighters fired three rockets at the "
                        "Galilee. Hezbollah denied any role.")
    assert ("REJECT", "LBN", "ISR", "asserted") in dyads(article)


def test_a_weapon_launched_at_a_state_is_aimed_at_it(code_text):
    article = code_text("Russia launched 470 drones and 40 missiles at Ukraine overnight.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in dyads(article)


def test_shooting_down_a_sides_drone_is_aimed_at_that_side(code_text):
    article = code_text("Algeria's Defense Ministry said its air defense units shot down a "
                        "Malian drone near the border.")
    assert ("ASSAULT", "DZA", "MLI", "asserted") in dyads(article)


def test_intercepting_launched_weapons_is_aimed_at_their_launcher(code_text):
    article = code_text("Russia launched 470 drones and 40 missiles at Ukraine overnight. "
                        "Ukraine's air force said its air defenses shot down 420 drones.")
    assert ("ASSAULT", "UKR", "RUS", "asserted") in dyads(article)


def test_a_clause_inside_according_to_is_still_reported(code_text):
    article = code_text("At least 40 people were arrested in Lome, according to Amnesty "
                        "International, which called for their release.")
    assert any(d[0] == "REQUEST" and d[1] == "NGO" for d in dyads(article))


def test_a_leader_does_not_blame_his_own_forces_act(code_text):
    article = code_text("Russia launched 470 drones at Ukraine overnight. Ukraine's air force "
                        "said its air defenses shot down 420 drones. Zelenskyy called the attack "
                        "\"pure terror.\"")
    assert ("ACCUSE", "UKR", "RUS", "asserted") in dyads(article)
    assert ("ACCUSE", "UKR", "UKR", "asserted") not in dyads(article)


def test_a_shop_owner_sentenced_is_a_party(code_text):
    article = code_text("In March, a court in Turkmenistan sentenced a 27-year-old repair shop "
                        "owner to 18 months in prison.")
    assert ("SANCTION", "TKM", "TKM", "asserted") in dyads(article)


def test_a_shopkeepers_talk_of_a_ceasefire_is_no_concession(code_text):
    article = code_text("\"We have a ceasefire, and still the drones never leave the sky,\" said "
                        "Ali Hamdan, a Lebanese shopkeeper.")
    assert not any(d[0] == "CONCEDE" for d in dyads(article))


def test_the_three_european_countries_are_the_three_named_before(code_text):
    article = code_text("Britain, France and Germany met Iranian officials in Geneva. The three "
                        "European countries later accused Tehran of violating the nuclear deal.")
    assert ("ACCUSE", "DEU,FRA,GBR", "IRN", "asserted") in dyads(article)


def test_forces_backing_the_subject_act_with_it(code_text):
    article = code_text("Somali troops backed by African Union forces recaptured the town of "
                        "Moqokori from al-Shabab.")
    assert any(d[0] == "ASSAULT" and "IGO" in d[1] for d in dyads(article))


def test_a_counteroffensive_is_an_attack(code_text):
    article = code_text("Somali government troops launched a counteroffensive on Monday "
                        "against al-Shabab.")
    assert ("ASSAULT", "SOM", "SOM", "asserted") in dyads(article)


def test_the_city_talks_are_named_after_is_no_party(code_text):
    article = code_text("Russia attended the Istanbul talks on Friday. The Doha talks ended "
                        "without a deal.")
    assert not any("TUR" in d[1] + d[2] or "QAT" in d[1] + d[2] for d in dyads(article))


def test_talks_named_by_two_abbreviated_states_are_between_them(code_text):
    article = code_text("U.S.-Iran talks resumed in Oman on Saturday.")
    assert ("CONSULT", "USA", "IRN", "asserted") in dyads(article)


def test_condemnation_an_act_draws_is_aimed_at_its_doer(code_text):
    article = code_text("North Korea fired a new intercontinental ballistic missile into the sea "
                        "early Friday, drawing condemnation from South Korea and Japan.")
    assert ("ACCUSE", "JPN,KOR", "PRK", "asserted") in dyads(article)


def test_criticism_a_verdict_draws_is_aimed_at_the_court(code_text):
    article = code_text("A court in Bishkek sentenced two camera operators to five years in "
                        "prison. The verdict drew swift criticism from the United States.")
    assert ("ACCUSE", "USA", "KGZ", "asserted") in dyads(article)


def test_the_dead_of_two_armed_sides_are_each_the_others_doing(code_text):
    article = code_text("Three Pakistani soldiers and six Afghan fighters were killed in the "
                        "clashes, officials said.")
    assert {("ASSAULT", "AFG", "PAK", "asserted"), ("ASSAULT", "PAK", "AFG", "asserted")} <= \
        dyads(article)


def test_civilians_of_two_states_killed_are_not_each_others_doing(code_text):
    article = code_text("Two Americans and a Briton were killed in the bombing.")
    assert not any(d[0] == "ASSAULT" and d[1] in ("USA", "GBR") for d in dyads(article))


def test_them_dispersed_are_the_protesters_just_named(code_text):
    article = code_text("Hundreds of Togolese protesters gathered in Lome on Sunday. Security "
                        "forces fired tear gas to disperse them, witnesses said.")
    targets = [r.text for e in article.events if e.type == "ASSAULT" for r in e.recipient]
    assert targets == ["Togolese protesters"]


def test_solidarity_with_a_state_supports_it(code_text):
    article = code_text("NATO Secretary General Mark Rutte expressed full solidarity with Poland.",
                        published="2025-09-10")
    assert ("SUPPORT", "IGO", "POL", "asserted") in dyads(article)


def test_a_commitment_to_anothers_defense_is_support(code_text):
    article = code_text("Washington remained committed to the defense of South Korea and Japan, "
                        "a State Department spokesperson said.")
    assert ("SUPPORT", "USA", "JPN,KOR", "asserted") in dyads(article)
