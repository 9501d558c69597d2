"""Argument extraction on hand-built sentences (real parse): recipients beyond the verb's own."""

from __future__ import annotations

import pytest

from .conftest import dyads

pytestmark = pytest.mark.models


def test_recipient_inside_a_reported_complement(code_text):
    article = code_text("The United States warned on Wednesday that it will continue to exert "
                        "maximum pressure on Iran.")
    assert ("THREATEN", "USA", "IRN", "asserted") in dyads(article)


def test_by_agent_of_a_participle_on_the_object(code_text):
    article = code_text("\"We strongly reject the baseless allegations made by Pakistan,\" "
                        "Indian foreign ministry spokesperson Randhir Jaiswal told reporters.")
    assert ("REJECT", "IND", "PAK", "asserted") in dyads(article)


def test_subject_hung_on_the_auxiliary(code_text):
    article = code_text("The United States said Iran is \"flagrantly\" defying the U.N. "
                        "Security Council.")
    assert any(d[1] == "IRN" for d in dyads(article))


def test_leading_speaker_charges_the_doer_of_a_hostile_act(code_text):
    article = code_text("The United States said Iran is defying the U.N. Security Council.")
    assert ("ACCUSE", "USA", "IRN", "asserted") in dyads(article)


def test_trailing_attribution_is_a_source_not_a_charge(code_text):
    article = code_text("Iraqi troops attacked Iranian border posts on Monday, Iran's "
                        "foreign ministry said.")
    assert not any(d[0] == "ACCUSE" for d in dyads(article))


def test_speaker_of_unknown_side_does_not_make_a_promise_someone_elses(code_text):
    article = code_text("Finland will give Tanzania a grant of 580 million shillings, a "
                        "statement issued by the ministry of finance said today.")
    assert ("AGREE", "FIN", "TZA", "asserted") in dyads(article)


def test_talks_measured_in_hours_keep_their_leader(code_text):
    article = code_text("Secretary of State Marco Rubio led more than eight hours of peace talks "
                        "with Ukrainian officials in Jeddah.")
    assert ("CONSULT", "USA", "UKR", "asserted") in dyads(article)


def test_gerund_after_a_passive_is_done_by_its_subject(code_text):
    article = code_text("The Cambodian journalist was released after apologizing to Prime "
                        "Minister Hun Manet.")
    assert any(d[0] == "CONCEDE" and d[2] == "KHM" for d in dyads(article))


def test_pronoun_object_of_a_participle_is_the_governors_object(code_text):
    article = code_text("Pakistani officials blamed archrival India, accusing it of providing "
                        "support to militants.")
    assert {(d[0], d[2]) for d in dyads(article)} == {("ACCUSE", "IND")}


def test_nominal_trigger_as_object_of_a_verbal_one_is_one_act(code_text):
    article = code_text("Iran is providing support to Houthi rebels in Yemen.")
    assert len(article.events) == 1


def test_conjoined_nominal_trigger_keeps_doer_and_target(code_text):
    article = code_text("Vietnamese forces launched artillery, mortar, and rocket fire against "
                        "Cambodian guerrilla camps today.")
    assert ("ASSAULT", "VNM", "KHM", "asserted") in dyads(article)


def test_withdrawal_is_aimed_at_the_place_left(code_text):
    article = code_text("Nigeria announced that it will withdraw its peacekeeping force from "
                        "Chad.")
    assert any(d[1:3] == ("NGA", "TCD") for d in dyads(article))


def test_conjunct_with_a_guessed_country_shares_the_first_ones(code_text):
    article = code_text("Israeli helicopters and tanks shelled positions of the Palestinian "
                        "security forces near the town of Rafah.")
    assert {d[1] for d in dyads(article)} == {"ISR,ISR"}


def test_participle_clause_takes_the_other_side_of_its_main_clause(code_text):
    article = code_text("President Donald Trump ramped up his trade war with Canada on Tuesday, "
                        "doubling the 25% U.S. tariff on its northern neighbor's steel.")
    assert ("SANCTION", "USA", "CAN", "asserted") in dyads(article)


def test_fighting_in_a_relative_clause_without_a_target_describes(code_text):
    article = code_text("The pause has real consequences for Ukrainians who are fighting for "
                        "their freedom.")
    assert not any(e.type == "ASSAULT" for e in article.events)


def test_nominal_trigger_as_a_topic_is_no_event(code_text):
    article = code_text("The two leaders publicly disagreed over U.S. aid to Ukraine.")
    assert not any(e.type == "AID" for e in article.events)


def test_subject_of_the_main_clause_undergoes_a_when_participle(code_text):
    article = code_text("The Malian rebels regularly escape to villages in Niger when attacked by "
                        "government forces.")
    assert not any(d[0] == "ASSAULT" and d[2] == "NER" for d in dyads(article))


def test_criticism_explained_by_a_saying_clause_names_its_target(code_text):
    article = code_text("Iran's U.N. mission criticized it, saying that Washington openly seeks "
                        "to weaponize the council.")
    assert ("ACCUSE", "IRN", "USA", "asserted") in dyads(article)


def test_misparsed_where_clause_is_not_the_threats_target(code_text):
    article = code_text("Iran threatened to shell Iraqi towns today in retaliation for an air "
                        "raid on the city of Susangerd where, it said, 100 people were killed.")
    assert ("THREATEN", "IRN", "IRQ", "asserted") in dyads(article)


def test_coordinated_names_inside_an_object_phrase_are_all_recipients(code_text):
    article = code_text("European Community foreign ministers agreed on Saturday to provide "
                        "about 70 million dollars of aid for Romania and Poland.")
    assert ("AGREE", "EUR", "POL,ROU", "asserted") in dyads(article)


def test_a_protest_voiced_by_a_purpose_clause_happened(code_text):
    article = code_text("Palestinians of the Israeli-occupied West Bank shunned work on Monday "
                        "to protest at the settlement of immigrants on Arab land.")
    assert any(d[0] == "PROTEST" and d[3] == "asserted" for d in dyads(article))


def test_a_purpose_clause_is_still_an_intention(code_text):
    article = code_text("The Sudanese army deployed troops on Monday to attack the rebels.")
    assert not any(d[0] == "ASSAULT" and d[3] == "asserted" for d in dyads(article))


def test_acting_on_alleged_grounds_also_charges_the_target(code_text):
    article = code_text("Mogadishu announced it was cutting ties with Kenya for allegedly "
                        "meddling in its internal political affairs.")
    assert {("SANCTION", "SOM", "KEN", "asserted"), ("ACCUSE", "SOM", "KEN", "asserted")} \
        <= dyads(article)
    plain = code_text("Nigerian police arrested the opposition leader on Monday.")
    assert not any(d[0] == "ACCUSE" for d in dyads(plain))


def test_an_announced_aid_cut_is_a_sanction_and_a_warning_a_threat(code_text):
    cut = code_text("The United States announced last week that it would cease military aid "
                    "to Ukraine.")
    assert ("SANCTION", "USA", "UKR", "asserted") in dyads(cut)
    warned = code_text("The United States warned it would impose sanctions on Iran.")
    assert ("THREATEN", "USA", "IRN", "asserted") in dyads(warned)
    assert not any(d[0] == "SANCTION" for d in dyads(warned))


def test_calling_a_meeting_of_a_body_is_a_request_to_meet(code_text):
    article = code_text("The United States, Britain and France called a private meeting on "
                        "Wednesday of the U.N. Security Council.")
    assert {e.mode for e in article.events if e.type == "REQUEST"} == {"meet"}


def test_regretting_a_party_s_decision_is_disapproval(code_text):
    article = code_text("The International Court of Justice regrets the decision of Kenya not "
                        "to participate in the oral proceedings.")
    assert ("ACCUSE", "UNO", "KEN", "asserted") in dyads(article)


def test_a_reaction_to_the_call_is_aimed_at_its_callers(code_text):
    article = code_text("The United States, Britain and France called a private meeting on "
                        "Wednesday of the U.N. Security Council. Council members Greece and "
                        "South Korea also supported the call.")
    support = {d for d in dyads(article) if d[0] == "SUPPORT"}
    assert support and all(d[2] == "FRA,GBR,USA" for d in support)
    owned = code_text("Council members Greece and South Korea also supported the U.S. call.")
    assert {d[2] for d in dyads(owned) if d[0] == "SUPPORT"} <= {"USA"}


def test_states_acting_along_with_the_subject_act_too(code_text):
    article = code_text("The United States, along with Britain and France, called a private "
                        "meeting Wednesday of the U.N. Security Council to discuss Iran.")
    assert ("REQUEST", "FRA,GBR,USA", "UNO", "asserted") in dyads(article)


def test_an_activist_saying_authorities_should_act_is_a_demand(code_text):
    article = code_text("Josephine Odumakin, a Nigerian women's rights activist, said "
                        "authorities should declare a state of emergency over the abductions.")
    assert ("REQUEST", "NGA", "NGA", "asserted") in dyads(article)
    own = code_text("The Nigerian interior minister said the police should declare a curfew.")
    assert not any(d[0] == "REQUEST" for d in dyads(own))


def test_an_act_reported_as_the_object_of_praise_happened(code_text):
    article = code_text("U.S. lawmakers welcomed Tuesday's announcement that Ukraine had agreed "
                        "to a 30-day ceasefire.")
    found = dyads(article)
    assert ("SUPPORT", "USA", "UKR", "asserted") in found
    assert any(d[0] == "AGREE" and d[1] == "UKR" and d[3] == "asserted" for d in found)
    urged = code_text("U.S. lawmakers urged Ukraine to agree to a 30-day ceasefire.")
    assert not any(d[0] == "AGREE" and d[3] == "asserted" for d in dyads(urged))


def test_up_to_a_number_of_people_is_the_object(code_text):
    article = code_text("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a "
                        "town bazaar.")
    assert ("ASSAULT", "AFG", "RUS", "asserted") in dyads(article)


def test_a_topic_of_the_agreed_act_is_no_party(code_text):
    article = code_text("The Turkish and Greek sides of the divided Mediterranean island of "
                        "Cyprus have agreed to share information Friday on missing people from "
                        "both communities.")
    assert not any(d[0] == "AGREE" and d[2] == "CYP" for d in dyads(article))


def test_anger_with_a_party_is_disapproval_and_not_only_is_no_negation(code_text):
    article = code_text("Republicans and Democrats are not only angry with Ankara's perceived "
                        "shift toward Moscow.")
    assert ("ACCUSE", "USA,USA", "TUR", "asserted") in dyads(article)
    calm = code_text("The minister was angry about the weather.")
    assert not calm.events


def test_a_body_finding_a_detention_arbitrary_criticises_it(code_text):
    article = code_text("The United Nations Working Group on Arbitrary Detention has determined "
                        "that Guatemala's detention of Zamora is arbitrary.")
    assert ("ACCUSE", "UNO", "GTM", "asserted") in dyads(article)


def test_the_audience_of_a_judgement_is_not_its_target(code_text):
    article = code_text("The Chinese foreign ministry told reporters from VOA that the Japanese "
                        "decision is a dangerous provocation.")
    assert ("ACCUSE", "CHN", "JPN", "asserted") in dyads(article)
    assert not any(d[2] == "USA" for d in dyads(article))


def test_not_having_agreed_is_a_negated_agreement_and_refusing_is_a_rejection(code_text):
    article = code_text("Russia has not agreed to the ceasefire.")
    assert ("AGREE", "RUS", "", "negated") in dyads(article)
    refused = code_text("Russia said it will not agree to the ceasefire.")
    assert any(d[0] == "REJECT" and d[1] == "RUS" for d in dyads(refused))


def test_coordinated_nationalities_of_a_plain_noun_are_two_parties(code_text):
    article = code_text("The Turkish and Greek sides of the divided island of Cyprus have agreed "
                        "to share information on Friday.")
    assert any(d[0] == "AGREE" and d[1] == "GRC,TUR" for d in dyads(article))


def test_a_warning_that_only_judges_is_criticism_of_both_sides(code_text):
    article = code_text("The United States and its allies warned Friday that expanding military "
                        "cooperation between Russia and North Korea is dangerous and illegal.")
    assert ("ACCUSE", "USA", "PRK,RUS", "asserted") in dyads(article)
    threat = code_text("The United States warned that it would impose sanctions on Iran.")
    assert ("THREATEN", "USA", "IRN", "asserted") in dyads(threat)


def test_what_is_asked_for_is_not_the_one_asked(code_text):
    article = code_text("North Korea is seeking trade and military assistance from Russia.")
    assert ("REQUEST", "PRK", "RUS", "asserted") in dyads(article)
    transfer = code_text("North Korea's transfer of arms and munitions to Russia worries Seoul.")
    assert ("AID", "PRK", "RUS", "asserted") in dyads(transfer)


def test_saying_a_named_person_was_involved_in_wrongdoing_accuses_him(code_text):
    article = code_text("U.S. Secretary of State Antony Blinken said Albania's former prime "
                        "minister Sali Berisha \"was involved in corrupt acts\" while in office.")
    assert ("ACCUSE", "USA", "ALB", "asserted") in dyads(article)
    neutral = code_text("Blinken said Albania's former prime minister Sali Berisha was "
                        "involved in talks with Serbia.")
    assert not any(d[0] == "ACCUSE" for d in dyads(neutral))


def test_an_offer_someone_reacts_to_was_made_to_them(code_text):
    article = code_text("Iran welcomed Qatar's offer to host the negotiations.")
    assert {("SUPPORT", "IRN", "QAT", "asserted"), ("AGREE", "QAT", "IRN", "asserted")} \
        <= dyads(article)


def test_not_succumbing_to_pressure_is_a_refusal(code_text):
    article = code_text("President Muhammadu Buhari said his administration will not succumb to "
                        "mounting pressure from criminal groups.")
    assert any(d[0] == "REJECT" and d[1] == "NGA" for d in dyads(article))


def test_a_demonstration_of_commitment_is_no_protest_but_of_supporters_is(code_text):
    assert not code_text("This is a demonstration of our commitment to fighting graft.").events
    article = code_text("Thousands joined a demonstration of opposition supporters in Dhaka "
                        "against the government.")
    assert ("PROTEST", "BGD", "BGD", "asserted") in dyads(article)


def test_what_a_trend_requires_has_not_happened(code_text):
    article = code_text("Nigerian activists said the attacks require the government declaring "
                        "a national emergency.")
    assert not any(d[0] == "COERCE" and d[3] == "asserted" for d in dyads(article))


def test_threats_by_unnamed_people_count_but_a_commentator_s_warning_does_not(code_text):
    article = code_text("Guatemalan judge Erick Garcia said he and his staff had been "
                        "threatened by unnamed individuals.")
    assert ("THREATEN", "---", "GTM", "asserted") in dyads(article)
    pundit = code_text("Kenneth Ombongi, a historian, warned that the ruling party will "
                       "collapse.")
    assert not pundit.events


def test_him_in_a_participle_is_the_one_written_to(code_text):
    article = code_text("Eight Republican U.S. senators sent a letter to Secretary of State Marco "
                        "Rubio on Monday, urging him to stop the shipments.")
    [request] = [e for e in article.events if e.type == "REQUEST"]
    assert [e.text for e in request.recipient] == ["Secretary of State Marco Rubio"]


def test_coordinated_verbs_share_the_object_of_the_last(code_text):
    article = code_text("The Afghan army chief said on Saturday his forces had also killed and "
                        "injured 1,000 Taliban fighters.")
    assert ("ASSAULT", "AFG", "AFG", "asserted") in dyads(article)
    assert not any(e.type == "ASSAULT" and not e.recipient for e in article.events)


def test_a_verb_with_its_own_prepositional_target_keeps_it(code_text):
    article = code_text("Rebels fought in the north and killed ten Nigerian soldiers.")
    killed = [e for e in article.events if e.recipient]
    assert len(killed) == 1 and killed[0].recipient[0].country == "NGA"


def test_bare_accusations_dismissed_point_back_at_their_authors(code_text):
    article = code_text("The United States and South Korea accused Russia of buying weapons from "
                        "North Korea. Russia's envoy again dismissed accusations it is getting "
                        "weapons from North Korea at Friday's meeting.")
    assert ("REJECT", "RUS", "KOR,USA", "asserted") in dyads(article)


def test_denied_charges_are_those_made_against_the_denier(code_text):
    article = code_text("Kenya accused Uganda of arming rebels. Tanzania accused Rwanda of "
                        "smuggling gold. Uganda rejected the accusations.")
    assert ("REJECT", "UGA", "KEN", "asserted") in dyads(article)


def test_what_a_with_clause_blocks_is_not_its_doer(code_text):
    article = code_text("China already has some of the world's tightest internet controls, with "
                        "tens of thousands of websites, foreign social media sites and content "
                        "blocked.")
    assert not any(e.type == "PROTEST" for e in article.events)


def test_the_venue_of_talks_is_no_party_when_the_parties_are_named(code_text):
    article = code_text("The Doha talks between the Taliban and the United States resumed.")
    assert ("CONSULT", "AFG", "USA", "asserted") in dyads(article)


def test_a_hyphenated_pair_of_states_names_both(code_text):
    article = code_text("Russia-Ukraine talks in Istanbul ended on Monday.")
    assert ("CONSULT", "RUS", "UKR", "asserted") in dyads(article)


def test_a_private_persons_return_home_is_no_event(code_text):
    article = code_text("David Gee migrated from China in the 1920s. Gee returned to the U.S. "
                        "with his godfather.")
    assert not any(e.type == "RETREAT" for e in article.events)


def test_a_phrase_set_off_by_a_comma_is_not_the_object(code_text):
    article = code_text("French National Assembly president Laurent Fabius held talks with "
                        "leaders of Romania's new government on Tuesday, the first high level "
                        "Western delegation to visit Bucharest since the revolution.")
    assert ("CONSULT", "FRA", "ROU", "asserted") in dyads(article)


def test_where_an_agreement_is_signed_is_no_party_to_it(code_text):
    article = code_text("Armenia and Azerbaijan signed a peace agreement in Washington.")
    assert all(not e.recipient for e in article.events)
    assert any(e.type == "SUPPORT" for e in article.events)


def test_a_warrant_for_someone_and_mediation_between_sides(code_text):
    warrant = code_text("The ICC issued an arrest warrant for Putin.")
    assert ("THREATEN", "IGO", "RUS", "asserted") in dyads(warrant)
    mediation = code_text("Egypt and Qatar are mediating between Israel and Hamas.")
    assert ("CONSULT", "EGY,QAT", "ISR,PSE", "asserted") in dyads(mediation)


def test_a_call_on_nobody_in_particular_faces_the_counterpart(code_text):
    article = code_text("U.S. officials accused the Taliban of attacks. Washington sanctioned "
                        "Taliban leaders. U.S. officials called on all warring parties to "
                        "reduce hostilities.")
    calls = [e for e in article.events if e.type == "REQUEST"]
    assert calls and all(r.country == "AFG" for e in calls for r in e.recipient)


def test_a_denial_answers_the_charge_against_the_denier(code_text):
    article = code_text("Afghan officials accused the Taliban of plotting the attack on the "
                        "girls' school. The insurgent group denied involvement.")
    [denial] = [e for e in article.events if e.type == "REJECT"]
    assert [(e.country, e.sector) for e in denial.recipient] == [
        (a.country, a.sector) for e in article.events if e.type == "ACCUSE" for a in e.actor]


def test_lashing_out_at_a_state_targets_it(code_text):
    article = code_text("Erdogan lashed out at Israel over the Gaza war.")
    assert ("ACCUSE", "TUR", "ISR", "asserted") in dyads(article)


def test_an_extradition_is_cooperation_with_the_receiving_state(code_text):
    article = code_text("Mexico extradited 29 cartel figures to the United States.")
    assert ("COOPERATE", "MEX", "USA", "asserted") in dyads(article)


def test_aid_delivered_in_a_place_is_for_its_people(code_text):
    article = code_text("The UN delivered food aid in Gaza.")
    assert ("AID", "UNO", "PSE", "asserted") in dyads(article)


def test_a_participle_with_a_by_agent_names_the_doer(code_text):
    article = code_text("The attack, carried out by Russian forces, killed ten people.")
    assert any(e.type == "ASSAULT" and [a.country for a in e.actor] == ["RUS"]
               for e in article.events)


def test_a_request_by_agent_under_a_meeting_is_its_own_event(code_text):
    article = code_text("Wood spoke ahead of a meeting of the U.N. Security Council requested "
                        "by the United States, Britain and France.")
    assert {("REQUEST", c, "UNO", "asserted") for c in ("FRA", "GBR", "USA")} <= {
        (t, a, r, m) for e in article.events for t, a, r, m in
        [(e.type, x.country, y.country, e.modality) for x in e.actor for y in e.recipient]}


def test_coming_under_attack_makes_the_subject_the_target(code_text):
    article = code_text("Ukrainian forces came under attack from Russian troops.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in dyads(article)


def test_a_reiterated_call_to_someone_is_a_request(code_text):
    article = code_text("Amnesty International reiterated its call on Cambodia to release "
                        "the journalist.")
    assert ("REQUEST", "NGO", "KHM", "asserted") in dyads(article)


def test_cooperation_between_two_states_is_theirs(code_text):
    article = code_text("The United States warned Friday that expanding military cooperation "
                        "between Russia and North Korea is dangerous.")
    assert any(e.type == "COOPERATE" and {a.country for a in e.actor + e.recipient}
               == {"RUS", "PRK"} for e in article.events)


def test_two_armed_sides_of_one_state_each_attack_the_other(code_text):
    article = code_text("Sudan's army and the Rapid Support Forces clashed in Khartoum.")
    sides = {(e.actor[0].sector, e.recipient[0].sector) for e in article.events
             if e.type == "ASSAULT" and e.actor and e.recipient}
    assert sides == {("MIL", "PRM"), ("PRM", "MIL")}


def test_a_state_modifier_of_airstrikes_is_the_one_who_flies_them(code_text):
    article = code_text("Somali forces, backed by U.S. airstrikes, killed 30 al-Shabab fighters.")
    assert any(e.type == "ASSAULT" and [a.country for a in e.actor] == ["USA"]
               for e in article.events)


def test_an_attack_named_as_subject_is_no_actor(code_text):
    placed = code_text("The Kabul attack killed 12 people.")
    assert all(not e.actor for e in placed.events if e.type == "ASSAULT")
    flown = code_text("Israeli airstrikes killed 20 people in Gaza.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in dyads(flown)


def test_with_and_a_participle_is_a_clause_of_its_own(code_text):
    article = code_text("Iranian and European diplomats met in Istanbul on Friday for their first "
                        "nuclear talks since Israeli and U.S. strikes on Iran's nuclear sites in "
                        "June, with Britain, France and Germany warning that they will reimpose "
                        "United Nations sanctions on Tehran by the end of August unless it "
                        "resumes full cooperation with international inspectors.")
    found = dyads(article)
    assert ("THREATEN", "DEU,FRA,GBR", "IRN", "asserted") in found
    assert not {r for t, _, r, _ in found if t == "CONSULT"} & {"GBR", "FRA", "DEU"}


def test_the_state_that_uses_its_veto_is_the_one_vetoing(code_text):
    article = code_text("Russia then used its Security Council veto to shut down the monitoring "
                        "panel in April.")
    assert any(e.type == "REJECT" and [a.country for a in e.actor] == ["RUS"]
               for e in article.events)


def test_rejecting_its_offer_still_answers_the_offers_owner(code_text):
    article = code_text("Norway pressed for a truce this week, but Chile rejected its offer of "
                        "new talks.")
    assert not any(e.type == "AGREE" and [a.country for a in e.actor] == ["CHL"]
                   for e in article.events)


def test_a_phase_of_deportations_is_carried_out_by_the_one_who_begins_it(code_text):
    article = code_text("Pakistan said it had begun a second phase of deportations of Afghan "
                        "nationals.")
    assert ("COERCE", "PAK", "AFG", "asserted") in dyads(article)


def test_clashes_between_two_sides_are_each_sides_attack(code_text):
    article = code_text("Clashes between the army and the RSF killed 20 people in Khartoum.")
    found = {(d[0], d[1], d[2]) for d in dyads(article)}
    assert ("ASSAULT", "SDN", "SDN") in found
    assert all(e.actor for e in article.events)


def test_crowd_clashing_with_police_riots_and_police_put_it_down(code_text):
    article = code_text("Kenyan protesters clashed with police in Nairobi on Tuesday.")
    coded = {(e.type, e.mode, e.actor[0].sector, e.recipient[0].sector) for e in article.events}
    assert ("PROTEST", "riot", "CVL", "COP") in coded
    assert ("ASSAULT", "crowd-control", "COP", "CVL") in coded


def test_a_gapped_second_object_is_also_met(code_text):
    article = code_text("The EU's special representative, Peter Sorensen, arrived on Monday. "
                        "Sorensen met Vucic in Belgrade on Tuesday and acting Prime Minister "
                        "Albin Kurti in Pristina on Wednesday morning.")
    met = next(e for e in article.events if e.type == "CONSULT")
    assert sorted(r.country for r in met.recipient) == ["SRB", "XKX"]


def test_a_charge_joined_to_a_reported_clause_is_the_reporters(code_text):
    article = code_text("Moscow said Ukraine had launched 121 drones at Russian regions "
                        "overnight, and accused Kyiv of targeting civilians.")
    assert ("ACCUSE", "RUS", "UKR", "asserted") in dyads(article)


def test_the_group_may_be_an_organisation_named_before(code_text):
    article = code_text("Niger's military government threatened to expel the International "
                        "Committee of the Red Cross, accusing the group of colluding with armed "
                        "jihadists.")
    assert ("ACCUSE", "NER", "NGO", "asserted") in dyads(article)


def test_blaming_something_on_someone_accuses_them(code_text):
    article = code_text("Kyiv blamed the blast on Russian saboteurs.")
    assert ("ACCUSE", "UKR", "RUS", "asserted") in dyads(article)


def test_a_call_after_the_subjects_relative_clause_is_the_subjects(code_text):
    article = code_text("Oman, which has acted as a go-between for Washington and the Houthis, "
                        "called on all sides to exercise restraint.")
    requests = [e for e in article.events if e.type == "REQUEST"]
    assert requests and [a.country for a in requests[0].actor] == ["OMN"]


def test_a_conjoined_past_tense_with_an_object_keeps_the_subject(code_text):
    article = code_text("The United States raised its reward for information leading to "
                        "Maduro's arrest to $25 million and imposed sanctions on eight officials, "
                        "including the head of the state oil company.")
    sanctions = [e for e in article.events if e.type == "SANCTION"]
    assert sanctions and [a.country for a in sanctions[0].actor] == ["USA"]


def test_officials_a_state_sanctions_are_the_storys_other_state(code_text):
    article = code_text("Venezuela's opposition said Venezuela's election was stolen. Caracas "
                        "denied it. The United States imposed sanctions on eight officials.")
    sanctions = [e for e in article.events if e.type == "SANCTION"]
    assert sanctions and [r.country for r in sanctions[0].recipient] == ["VEN"]


def test_a_one_word_name_before_an_arrest_is_the_one_arrested(code_text):
    article = code_text("Investigators said the evidence led to Maduro's arrest.")
    arrests = [e for e in article.events if e.type == "COERCE"]
    assert arrests and not arrests[0].actor
    assert [r.country for r in arrests[0].recipient] == ["VEN"]


def test_the_weapons_fought_with_are_not_the_enemy(code_text):
    article = code_text("Thai and Cambodian troops fought with artillery and rockets along their "
                        "disputed border for a second day on Friday.")
    assert ("ASSAULT", "THA", "KHM", "asserted") in dyads(article)
    assert ("ASSAULT", "KHM", "THA", "asserted") in dyads(article)


def test_speaking_to_both_prime_ministers_is_talking_to_each_side(code_text):
    article = code_text("Thai and Cambodian troops fought along their border. Malaysian Prime "
                        "Minister Anwar Ibrahim said he had spoken to both prime ministers.")
    assert ("CONSULT", "MYS", "KHM,THA", "asserted") in dyads(article)


def test_the_advisers_of_both_countries_are_each_countrys(code_text):
    article = code_text("India and Pakistan traded fire on Tuesday. U.S. Secretary of State Marco "
                        "Rubio spoke to the national security advisers of both countries.")
    assert ("CONSULT", "USA", "IND,PAK", "asserted") in dyads(article)


def test_speaking_to_reporters_or_to_ones_own_lawmakers_is_no_meeting(code_text):
    for text in ("Blinken spoke to reporters in Cairo.",
                 "Speaking to British lawmakers last month, Starmer said a deal was vital."):
        assert not [e for e in code_text(text).events if e.type == "CONSULT"], text


def test_a_charge_the_parser_makes_the_object_of_the_denial_still_stands(code_text):
    article = code_text("Pakistani officials blame Afghan nationals for a rise in militant "
                        "attacks, a charge Kabul denies.")
    assert ("ACCUSE", "PAK", "AFG", "asserted") in dyads(article)
    assert ("REJECT", "AFG", "PAK", "asserted") in dyads(article)


def test_troubled_by_the_verdict_is_aimed_at_the_court_that_gave_it(code_text):
    article = code_text("Azerbaijan's Baku Court of Grave Crimes on Wednesday sentenced six "
                        "journalists to prison. The U.S. State Department said it was \"deeply "
                        "troubled\" by the verdict.")
    assert ("ACCUSE", "USA", "AZE", "asserted") in dyads(article)


def test_not_happy_with_someone_is_disapproval(code_text):
    article = code_text("U.S. President Donald Trump said he was \"not happy\" with Vladimir "
                        "Putin.")
    assert ("ACCUSE", "USA", "RUS", "asserted") in dyads(article)
    assert not code_text("Trump said he was happy with Putin.").events


def test_a_bounty_for_an_arrest_threatens_it_and_the_move_is_condemned(code_text):
    article = code_text("Police in Hong Kong offered bounties for the arrest of six overseas "
                        "pro-democracy activists on Thursday. Britain and Australia condemned "
                        "the move.")
    assert ("THREATEN", "HKG", "HKG", "asserted") in dyads(article)
    assert not [e for e in article.events if e.type == "COERCE"]
    assert ("ACCUSE", "AUS,GBR", "HKG", "asserted") in dyads(article)


def test_the_subject_the_parser_hangs_on_after_is_the_subject(code_text):
    article = code_text("The protest movement began in November after the collapse of a concrete "
                        "canopy at the newly renovated railway station in Novi Sad killed 16 "
                        "people.")
    assert not [e for e in article.events if e.type == "ASSAULT"]


def test_the_plotter_not_the_thwarter_does_the_plotted_act(code_text):
    article = code_text("Ukraine's SBU said it had thwarted a Russian plot to assassinate "
                        "Zelenskiy.")
    assert ("ASSAULT", "RUS", "UKR", "attempted") in dyads(article)


def test_those_arrested_accused_of_a_plot_are_accused_by_their_captors(code_text):
    article = code_text("Mali's military government said on Monday it had arrested dozens of "
                        "soldiers, including two generals, accused of plotting to overthrow the "
                        "transitional authorities.")
    assert ("ACCUSE", "MLI", "MLI", "asserted") in dyads(article)
