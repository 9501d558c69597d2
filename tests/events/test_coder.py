"""The event coder on hand-built sentences (real parse): voice, arguments, modality, codes."""

from __future__ import annotations

import pytest

from dyadwatch.article import Article
from dyadwatch.codebooks import cameo_codes

from .conftest import dyads

pytestmark = pytest.mark.models


def test_active_voice(code_text):
    article = code_text("Israel and Russia condemned the Iranian missile strikes on Syria.")
    assert ("ACCUSE", "ISR,RUS", "IRN", "asserted") in dyads(article)
    assert len(article.events) == 1  # the strikes are what is condemned, not a second event


def test_passive_with_by_agent(code_text):
    article = code_text("The opposition leader was arrested by Iranian police on Tuesday.")
    [event] = article.events
    assert (event.type, event.mode, event.cameo) == ("COERCE", "arrest", "173")
    assert [e.country for e in event.actor] == ["IRN"]
    assert event.recipient[0].text == "The opposition leader"
    assert (event.date, event.date_granularity) == ("2021-02-09", "day")


def test_prepositional_recipient_and_nominal_trigger(code_text):
    article = code_text("The European Union imposed sanctions on Russia last month.")
    [event] = article.events
    assert (event.type, event.mode, event.cameo) == ("SANCTION", "discontinue", "163")
    assert event.actor[0].country == "EUR" and event.recipient[0].country == "RUS"
    assert (event.date, event.date_granularity) == ("2021-01", "month")


def test_coordinated_actors(code_text):
    article = code_text("Chinese and Russian troops held joint exercises with Iran.")
    [event] = article.events
    assert event.type == "COOPERATE"
    assert {e.country for e in event.actor} == {"CHN", "RUS"}


def test_negated(code_text):
    article = code_text("The Iranian foreign minister did not meet his Saudi counterpart.")
    assert dyads(article) == {("CONSULT", "IRN", "SAU", "negated")}


def test_future_visit(code_text):
    article = code_text("The French president will visit China next week.")
    [event] = article.events
    assert (event.type, event.mode, event.modality) == ("CONSULT", "visit", "future")
    assert event.recipient[0].country == "CHN"


def test_advocated_and_possible_actions_are_hypothetical(code_text):
    article = code_text("Western governments should close their embassies in Tehran.")
    assert [(e.type, e.modality) for e in article.events] == [("SANCTION", "hypothetical")]
    article = code_text("The United States may expand sanctions on Iran.")
    assert dyads(article) == {("SANCTION", "USA", "IRN", "hypothetical")}


def test_thwarted_attack_is_attempted(code_text):
    article = code_text("Belgian police thwarted a bomb attack by an Iranian diplomat.")
    [event] = article.events
    assert (event.type, event.mode, event.modality) == ("ASSAULT", "explosives", "attempted")
    assert event.actor[0].country == "IRN"


def test_call_to_stop_attacks_is_one_request(code_text):
    article = code_text("Germany called on Iran to stop attacks on protesters.")
    [event] = article.events
    assert (event.type, event.actor[0].country, event.recipient[0].country) == \
        ("REQUEST", "DEU", "IRN")


def test_reported_speech_codes_the_reported_attack(code_text):
    article = code_text("Israel said Hamas fired rockets at Tel Aviv.")
    [event] = article.events
    assert (event.type, event.modality, event.cameo) == ("ASSAULT", "asserted", "194")
    assert event.actor[0].text == "Hamas"


def test_promise_is_agree_and_must_is_request(code_text):
    article = code_text("Finland said it will give Tanzania a grant of 5 million dollars.")
    assert ("AGREE", "FIN", "TZA", "asserted") in dyads(article)
    article = code_text("Russia said on Tuesday that Sudan must return the helicopter.")
    assert ("REQUEST", "RUS", "SDN", "asserted") in dyads(article)


def test_relative_clause_and_apposition(code_text):
    article = code_text("Assadi, an Iranian diplomat, was sentenced by a Belgian court.")
    [event] = article.events
    assert (event.type, event.mode) == ("SANCTION", "convict")
    assert event.actor[0].country == "BEL" and event.recipient[0].country == "IRN"


def test_event_fields_are_consistent(code_text):
    text = "Iran on Tuesday threatened to shell Iraqi towns. Iran threatened Iraqi towns again."
    article = code_text(text)
    for event in article.events:
        assert article.text[event.start:event.end] == event.quote
        assert event.trigger is not None and event.start <= event.trigger[0] < event.end
        code = cameo_codes()[event.cameo]
        assert event.quad_class == code.quad_class
        assert 0 < event.confidence <= 1
        assert all(article.text[s:e] for s, e in event.evidence)
    threats = [e for e in article.events if e.type == "THREATEN"]
    assert len(threats) == 1 and len(threats[0].evidence) == 2
    assert threats[0].mode == "violence"


def test_round_trips_through_json(code_text):
    article = code_text("Police arrested the opposition leader in Tehran on Tuesday.")
    again = Article.from_json(article.to_json())
    assert again.events == article.events


def test_opinions_analysts_and_disasters_are_not_events(code_text):
    assert code_text("A student said she agreed with the officials' concerns.").events == []
    assert code_text("Cyclone Jude struck Malawi on Monday.").events == []
    assert code_text("Dozens of immigrants arrived in Houston in the 1940s.").events == []


def test_refusal_versus_non_event(code_text):
    refusal = code_text("Syria says it will not accept any more refugees.")
    assert [(e.type, e.modality) for e in refusal.events] == [("REJECT", "asserted")]
    not_done = code_text("Iran has not released the detained French citizens.")
    assert [(e.type, e.modality) for e in not_done.events] == [("RETREAT", "negated")]


def test_scheduled_talks_are_future_and_conditional_strikes_hypothetical(code_text):
    talks = code_text("Talks between Iran and the United States are expected to resume.")
    assert [(e.type, e.modality, len(e.actor), len(e.recipient)) for e in talks.events] == \
        [("CONSULT", "future", 1, 1)]
    strike = code_text("If Iran enriches uranium further, Israel may strike its nuclear sites.")
    assert [(e.type, e.modality) for e in strike.events] == [("ASSAULT", "hypothetical")]


def test_two_sided_fighting_is_one_event_per_side(code_text):
    article = code_text("Israeli troops and Hezbollah fighters clashed near the border.")
    assert {(e.actor[0].country, e.recipient[0].country) for e in article.events} == \
        {("ISR", "LBN"), ("LBN", "ISR")}


def test_location_and_place_recipient(code_text):
    article = code_text("The government imposed a curfew in Algiers on Sunday.")
    [event] = article.events
    assert (event.type, event.mode) == ("COERCE", "curfew")
    assert event.location is not None and event.location.text == "Algiers"
    assert event.location.country == "DZA" and event.recipient[0].country == "DZA"


def test_order_sending_someone_to_prison_is_the_detention(code_text):
    article = code_text("A Guatemalan judge ordered the Guatemalan journalist back to prison "
                        "this week.")
    assert ("COERCE", "GTM", "GTM", "asserted") in dyads(article)
    assert not any(e.type == "REQUEST" for e in article.events)


def test_toll_of_an_attack_is_the_same_attack(code_text):
    article = code_text("A camp for Congolese refugees was attacked by Burundian militiamen, "
                        "killing at least 156 people.")
    assert [e.type for e in article.events] == ["ASSAULT"]


def test_manner_of_a_riot_is_the_riot(code_text):
    article = code_text("Palestinian prisoners rioted on Monday at a jail in northern Israel, "
                        "setting fire to their mattresses.")
    assert [e.type for e in article.events] == ["PROTEST"]


def test_release_by_unnamed_captors_is_kept(code_text):
    article = code_text("More than 270 Nigerian schoolgirls were freed by their captors Tuesday.")
    assert ("RETREAT", "---", "NGA", "asserted") in dyads(article)


def test_house_arrest_granted_by_a_court_is_a_release(code_text):
    article = code_text("A Guatemalan court in October granted Zamora house arrest while he "
                        "awaited his new trial.")
    types = {e.type for e in article.events}
    assert "RETREAT" in types and "COERCE" not in types


def test_court_cases_filed_are_allegations(code_text):
    article = code_text("The Kenyan opposition filed a complaint against the electoral "
                        "commission.")
    assert ("ACCUSE", "KEN", "KEN", "asserted") in dyads(article)


def test_a_declining_population_rejects_nothing(code_text):
    article = code_text("As Japan's population continues to decline, Tokyo admits more migrants. "
                        "Iran declined to comment.")
    assert [e.type for e in article.events if e.type == "REJECT"] == ["REJECT"]
    assert all(e.actor[0].country == "IRN" for e in article.events if e.type == "REJECT")


def test_a_private_persons_warning_is_no_event(code_text):
    article = code_text("Matthaes, a Vietnam dweller of 25 years, warned against hospital care "
                        "in Vietnam. Vietnamese Health Minister Dao Hong Lan warned hospitals "
                        "against overcharging foreigners.")
    threats = [e for e in article.events if e.type in ("THREATEN", "ACCUSE", "REQUEST")]
    assert threats and all("Matthaes" not in e.actor[0].text for e in threats)


def test_eliminating_a_leader_is_an_attack_and_eliminating_poverty_is_not(code_text):
    killed = code_text("Iraqi forces eliminated the deputy leader of Islamic State.")
    assert ("ASSAULT", "IRQ", "IMG", "asserted") in dyads(killed)
    assert not code_text("The plan aims to eliminate poverty in Kenya.").events


def test_sanctions_hit_on_a_state(code_text):
    article = code_text("The United States hit Iran with new sanctions on Monday.")
    assert ("SANCTION", "USA", "IRN", "asserted") in dyads(article)


def test_an_inline_heading_is_no_actor(code_text):
    article = code_text("Japan changed its immigration rules. Chinese demand The changes in "
                        "Japanese immigration policy have come with consequences.")
    assert not any(e.type == "REQUEST" for e in article.events)


def test_a_missile_fired_into_the_sea_is_a_show_of_arms(code_text):
    test = code_text("North Korea fired a ballistic missile into the sea off its east coast, "
                     "South Korea's military said.")
    assert ("MOBILIZE", "PRK", "", "asserted") in dyads(test)
    attack = code_text("Houthi rebels launched missiles at ships off the coast of Yemen.")
    assert any(e.type == "ASSAULT" for e in attack.events)


def test_suspending_political_parties_is_a_ban(code_text):
    article = code_text("Mali's junta suspended the activities of political parties.")
    assert [(e.type, e.mode) for e in article.events] == [("COERCE", "ban")]


def test_sanctions_that_can_snap_back_are_not_yet_imposed(code_text):
    article = code_text("Under the terms of the deal, previous U.N. sanctions can snap back if "
                        "Tehran does not live up to its commitments.")
    assert [e.modality for e in article.events if e.type == "SANCTION"] == ["hypothetical"]


def test_a_state_named_by_itself_protests_diplomatically(code_text):
    article = code_text("China protested to Japan over the visit.")
    assert ("ACCUSE", "CHN", "JPN", "asserted") in dyads(article)
    crowd = code_text("Thousands of Georgians protested in Tbilisi.")
    assert any(e.type == "PROTEST" for e in crowd.events)


def test_a_conditional_own_countermeasure_is_a_threat_at_the_condition(code_text):
    article = code_text("China said it would take resolute countermeasures if the United States "
                        "continued arms sales to Taiwan.")
    assert ("THREATEN", "CHN", "USA", "asserted") in dyads(article)


def test_retaliation_is_coded_by_its_means(code_text):
    vow = code_text("North Korea vowed to retaliate against South Korea.")
    assert ("THREATEN", "PRK", "KOR", "asserted") in dyads(vow)
    tariffs = code_text("Canada retaliated with tariffs on U.S. goods.")
    assert [e.type for e in tariffs.events] == ["SANCTION"]


def test_joint_drills_are_cooperation_and_aid_received_is_given(code_text):
    drills = code_text("Japan and the Philippines held joint naval drills in the South China Sea.")
    assert [e.type for e in drills.events] == ["COOPERATE"]
    aid = code_text("Gaza received aid from Egypt.")
    assert ("AID", "EGY", "PSE", "asserted") in dyads(aid)


def test_a_planned_deployment_is_a_future_mobilisation_not_a_threat(code_text):
    article = code_text("Kenya will deploy 1,000 police officers to Haiti.")
    assert ("MOBILIZE", "KEN", "HTI", "future") in dyads(article)


def test_internet_shutdowns_and_trade_bans(code_text):
    shutdown = code_text("Authorities in Bangladesh shut down mobile internet nationwide.")
    assert [(e.type, e.mode) for e in shutdown.events] == [("COERCE", "censor")]
    embargo = code_text("China suspended imports of Japanese seafood.")
    assert ("SANCTION", "CHN", "JPN", "asserted") in dyads(embargo)


def test_approval_is_endorsement_and_asking_for_is_a_request(code_text):
    approved = code_text("The nomination of Kindiki was approved by Kenyan lawmakers.")
    assert [e.type for e in approved.events] == ["SUPPORT"]
    asked = code_text("China had asked for the return of 45 Chinese nationals.")
    assert [e.type for e in asked.events] == ["REQUEST"]
    assert not code_text("VOA asked the embassy for comment but received no reply.").events


def test_jailing_for_a_term_is_a_sentence_and_overnight_an_arrest(code_text):
    term = code_text("Russia jailed a French researcher for three years.")
    assert [(e.type, e.mode) for e in term.events] == [("SANCTION", "convict")]
    night = code_text("Police jailed 30 protesters overnight.")
    assert [(e.type, e.mode) for e in night.events] == [("COERCE", "arrest")]


def test_standing_with_a_state_is_support_and_never_accepting_is_refusal(code_text):
    stand = code_text("\"The United States stands with Israel,\" Biden said.")
    assert ("SUPPORT", "USA", "ISR", "asserted") in dyads(stand)
    assert not code_text("Soldiers stand with their rifles.").events
    never = code_text("Ukraine will never accept the annexation of Crimea.")
    assert [(e.type, e.modality) for e in never.events] == [("REJECT", "asserted")]


def test_restoring_diplomatic_relations_is_support(code_text):
    article = code_text("Saudi Arabia restored diplomatic relations with Iran.")
    assert ("SUPPORT", "SAU", "IRN", "asserted") in dyads(article)


def test_a_charge_denied_in_the_same_sentence_answers_its_author(code_text):
    for text in ("Moscow accused Kyiv of attacking the Zaporizhzhia nuclear plant, a charge "
                 "Ukraine denied.",
                 "Moscow accused Kyiv of attacking the plant, a charge that Ukraine denied."):
        article = code_text(text)
        assert {("ACCUSE", "RUS", "UKR", "asserted"), ("REJECT", "UKR", "RUS", "asserted")} \
            <= dyads(article)


def test_calling_a_charge_groundless_is_a_denial(code_text):
    article = code_text("Pakistan accused India of sponsoring the attack. India's foreign "
                        "ministry described the allegations as groundless.")
    assert ("REJECT", "IND", "PAK", "asserted") in dyads(article)


def test_a_states_strikes_are_attacks_and_workers_strikes_protests(code_text):
    armed = code_text("Lavrov told reporters the city was calm, referring to the Ukrainian "
                      "strikes.")
    assert any(e.type == "ASSAULT" and [a.country for a in e.actor] == ["UKR"]
               for e in armed.events)
    labour = code_text("French rail workers began a strike on Monday.")
    assert [e.type for e in labour.events] == ["PROTEST"]


@pytest.mark.parametrize("text, expected", [
    ("Niger's military government ordered the expulsion of the International Committee of "
     "the Red Cross on Wednesday.", ("SANCTION", "NER", "NGO", "asserted")),
    ("Mali's junta has ordered a general mobilisation of reservists.",
     ("MOBILIZE", "MLI", "", "asserted")),
    ("Russia began large-scale military exercises with Belarus on Friday.",
     ("COOPERATE", "RUS", "BLR", "asserted")),
    ("Georgian riot police used water cannon and pepper spray to disperse thousands of "
     "protesters outside parliament.", ("ASSAULT", "GEO", "GEO", "asserted")),
    ("Britain's foreign secretary welcomed the release of three Israeli hostages by Hamas.",
     ("RETREAT", "PSE", "ISR", "asserted")),
    ("The United States announced $400 million in new military aid for Taiwan on Wednesday.",
     ("AID", "USA", "TWN", "asserted")),
    ("Taliban authorities have barred women from studying at medical institutes.",
     ("COERCE", "AFG", "AFG", "asserted")),
    ("The United States has barred three top Albanian officials from entering the country.",
     ("SANCTION", "USA", "ALB", "asserted")),
    ("Tens of thousands of workers walked off the job across France in a nationwide strike "
     "against the government's pension reform.", ("PROTEST", "FRA", "FRA", "asserted")),
])
def test_wire_copy_acts(code_text, text, expected):
    assert expected in dyads(code_text(text))


@pytest.mark.parametrize("text, expected", [
    ("South Korea's military said North Korea fired two short-range ballistic missiles into "
     "the sea off its east coast on Wednesday. Seoul condemned the launch as a clear "
     "provocation.", {("MOBILIZE", "PRK", "", "asserted"), ("ACCUSE", "KOR", "PRK", "asserted")}),
    ("Germany on Wednesday expelled two Russian diplomats. Moscow denied any involvement and "
     "vowed to respond.", {("THREATEN", "RUS", "DEU", "asserted")}),
    ("The European Union on Tuesday extended the sanctions imposed on Russia for another six "
     "months.", {("SANCTION", "EUR", "RUS", "asserted")}),
    ("The U.S. State Department designated Mexico's Sinaloa cartel and five other criminal "
     "groups as foreign terrorist organisations on Wednesday.",
     {("COERCE", "USA", "MEX", "asserted")}),
    ("A court in Dhaka on Sunday acquitted opposition leader Tarique Rahman of all charges, and "
     "his party welcomed the verdict.", {("SUPPORT", "BGD", "BGD", "asserted")}),
])
def test_reactions_and_references_in_wire_copy(code_text, text, expected):
    found = {(t, a.split(",")[0], r.split(",")[0], m) for t, a, r, m in dyads(code_text(text))}
    assert expected <= found


@pytest.mark.parametrize("text, expected", [
    ("A court in Istanbul on Thursday sentenced former Kurdish lawmaker Leyla Demir to six "
     "years in prison. Demir has denied the charges.", ("REJECT", "TUR", "", "asserted")),
    ("Kenya's High Court on Friday blocked the government's plan to deploy police officers to "
     "Haiti.", ("REJECT", "KEN", "KEN", "asserted")),
    ("The African Union suspended Guinea-Bissau from all its activities on Friday.",
     ("SANCTION", "IGO", "GNB", "asserted")),
])
def test_courts_titles_and_suspensions(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_the_city_of_a_rally_is_not_its_target(code_text):
    article = code_text("Thousands of Israelis rallied in Tel Aviv on Saturday night.")
    assert [(e.type, e.recipient) for e in article.events] == [("PROTEST", [])]


@pytest.mark.parametrize("text, expected", [
    ("North Korean leader Kim Jong Un warned that Pyongyang would use nuclear weapons "
     "\"without hesitation\" if attacked.", ("THREATEN", "PRK", "", "asserted")),
    ("Houthi rebels claimed responsibility on Tuesday for a missile attack on a Greek-owned "
     "cargo ship in the Red Sea.", ("ASSAULT", "YEM", "GRC", "asserted")),
    ("The Kremlin said Russian forces had captured the village of Dachne from Ukrainian troops.",
     ("ASSAULT", "RUS", "UKR", "asserted")),
])
def test_own_state_claims_and_captures(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_a_promise_about_the_actors_own_state_has_no_recipient(code_text):
    article = code_text("Macron promised that Paris would send additional air defence systems.")
    assert [(e.type, e.recipient) for e in article.events] == [("AGREE", [])]


@pytest.mark.parametrize("text, expected", [
    ("Drones launched by Sudan's paramilitary Rapid Support Forces struck the main fuel depot "
     "in Port Sudan on Tuesday.", ("ASSAULT", "SDN", "SDN", "asserted")),
    ("The United Nations said it had temporarily suspended humanitarian flights into the "
     "airport.", ("SANCTION", "UNO", "", "asserted")),
    ("President Donald Trump on Wednesday raised tariffs on Chinese imports to 125 percent.",
     ("SANCTION", "USA", "CHN", "asserted")),
    ("Beijing retaliated against an earlier round of U.S. duties with levies of 84 percent on "
     "American goods.", ("SANCTION", "CHN", "USA", "asserted")),
    ("Trump ramped up his trade war with Canada on Tuesday, doubling the 25% U.S. tariff on "
     "its northern neighbor's steel.", ("SANCTION", "USA", "CAN", "asserted")),
    ("Pakistani Prime Minister Shehbaz Sharif called the Indian strikes \"an act of war\".",
     ("ACCUSE", "PAK", "IND", "asserted")),
    ("Iran launched more than 100 drones toward Israel.", ("ASSAULT", "IRN", "ISR", "asserted")),
    ("Lithuania, Latvia and Estonia imposed entry bans on Georgian officials.",
     ("SANCTION", "EST", "GEO", "asserted")),
    ("The United States suspended its strategic partnership with Georgia.",
     ("SANCTION", "USA", "GEO", "asserted")),
    ("Algeria ordered 12 French embassy staff to leave the country within 48 hours.",
     ("SANCTION", "DZA", "FRA", "asserted")),
    ("Britain summoned the Chinese ambassador.", ("ACCUSE", "GBR", "CHN", "asserted")),
    ("Bangladesh summoned India's acting high commissioner.", ("ACCUSE", "BGD", "IND", "asserted")),
])
def test_sanctions_expulsions_and_protests_in_wire_copy(code_text, text, expected):
    found = {(t, a, r, m) for t, aa, rr, m in dyads(code_text(text))
             for a in aa.split(",") for r in rr.split(",")}
    assert expected in found


def test_a_price_charge_is_no_accusation(code_text):
    article = code_text("\"I will not hesitate to increase this charge,\" Ford said.")
    assert not [e for e in article.events if e.type == "ACCUSE"]


def test_both_countries_are_the_two_states_named_last_other_than_the_speakers(code_text):
    article = code_text("China sent a rescue team and emergency aid to Myanmar on Monday. India "
                        "dispatched two navy ships carrying relief supplies to Yangon. The "
                        "junta's leader, Senior General Min Aung Hlaing, thanked both "
                        "countries.")
    thanks = [e for e in article.events if e.type == "SUPPORT"]
    assert thanks and {r.country for r in thanks[0].recipient} == {"CHN", "IND"}


@pytest.mark.parametrize("text, expected", [
    ("Uganda has deployed special forces to Juba at Kiir's request.",
     ("REQUEST", "SSD", "UGA", "asserted")),
    ("Spain's prime minister ordered an investigation by the national security department.",
     ("ACCUSE", "ESP", "", "asserted")),
    ("Petro ordered troops to the area.", ("MOBILIZE", "COL", "", "asserted")),
    ("Houthi leader Abdul Malik al-Houthi vowed revenge, saying Israel would \"pay a heavy "
     "price.\"", ("THREATEN", "YEM", "ISR", "asserted")),
    ("Hungary's parliament voted on Tuesday to withdraw from the International Criminal Court.",
     ("SANCTION", "HUN", "IGO", "asserted")),
    ("Ethiopia moved troops toward the border in recent weeks.",
     ("MOBILIZE", "ETH", "", "asserted")),
])
def test_orders_requests_and_withdrawals(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_an_order_to_appear_in_an_investigation_stays_a_request(code_text):
    article = code_text("An Argentine judge has ordered former president Carlos Menem to appear "
                        "for questioning in an investigation of illegal arms sales.")
    assert "REQUEST" in {e.type for e in article.events}


def test_a_suspicion_reported_by_prosecutors_is_their_allegation(code_text):
    article = code_text("The Istanbul chief prosecutor's office said Imamoglu was suspected of "
                        "leading a criminal organisation.")
    assert ("ACCUSE", "TUR", "TUR", "asserted") in dyads(article)
    rebuke = code_text("Following the rebukes over last month's deportations, the Thai "
                       "government said Beijing had assured it that the Uyghurs would be "
                       "treated well.")
    assert not [e for e in rebuke.events if e.type == "ACCUSE" and e.actor]


@pytest.mark.parametrize("text, expected", [
    ("The government had lifted the ban on Facebook, YouTube and other platforms late on "
     "Monday.", "RETREAT"),
    ("Sudan's government on Sunday lifted a state of emergency in West Darfur State.",
     "CONCEDE"),
    ("Hospitals were running out of fuel after gangs blocked the main roads into Haiti's "
     "capital.", "COERCE"),
    ("Fighters of the Kurdistan Workers' Party burned their weapons at a ceremony in northern "
     "Iraq.", "RETREAT"),
])
def test_lifted_bans_gang_blockades_and_burned_weapons(code_text, text, expected):
    assert [e.type for e in code_text(text).events] == [expected]


def test_protests_a_crackdown_hit_and_deaths_in_a_collapse_are_no_events(code_text):
    crackdown = code_text("A tribunal sentenced Sheikh Hasina to death over a deadly crackdown "
                          "on protests last year.")
    assert "PROTEST" not in {e.type for e in crackdown.events}
    collapse = code_text("Students marched through Belgrade demanding accountability for the "
                         "collapse of a canopy that killed 15 people.")
    assert "ASSAULT" not in {e.type for e in collapse.events}


def test_a_finite_conjunct_keeps_its_own_tense(code_text):
    article = code_text("China's commerce ministry said it would \"fight to the end\" and "
                        "accused Washington of \"economic bullying.\"")
    assert ("ACCUSE", "CHN", "USA", "asserted") in dyads(article)


def test_a_warning_of_punishment_is_a_threat_without_a_named_target(code_text):
    punishment = code_text("Iran's intelligence minister warned that anyone cooperating with "
                           "the enemy would face the harshest punishment.")
    assert [(e.type, e.modality) for e in punishment.events] == [("THREATEN", "asserted")]
    forecast = code_text("The agency warned that funding cuts could force it to halt "
                         "distributions.")
    assert not forecast.events


def test_co_mediators_are_not_each_others_counterparts(code_text):
    article = code_text("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha "
                        "mediated by Qatar and Turkey.")
    talks = [e for e in article.events if e.type == "CONSULT"]
    assert talks and {a.country for a in talks[0].actor} == {"QAT", "TUR"}


@pytest.mark.parametrize("text, expected", [
    ("Thailand abruptly turned 40 Uyghur migrants over to China on Feb. 27.",
     ("COERCE", "THA", "CHN", "asserted")),
    ("Morocco handed over a French citizen wanted for murder to French authorities.",
     ("COOPERATE", "MAR", "FRA", "asserted")),
    ("The United States condemned Thailand for sending Uyghurs back to China.",
     ("ACCUSE", "USA", "THA", "asserted")),
])
def test_handovers_and_deportations(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_an_act_by_no_one_did_not_happen(code_text):
    article = code_text("Thai officials claimed that no other country had offered to take in "
                        "the Uyghurs.")
    assert [(e.type, e.modality) for e in article.events] == [("AGREE", "negated")]


def test_them_after_both_countries_is_the_two_states(code_text):
    article = code_text("India and Pakistan traded fire. The U.S. secretary of state spoke to "
                        "the national security advisers of both countries and urged them to "
                        "keep lines of communication open.")
    calls = [e for e in article.events if e.type == "REQUEST"]
    assert calls and {r.country for r in calls[0].recipient} == {"IND", "PAK"}


@pytest.mark.parametrize("text, expected", [
    ("The European Union said it would not ease sanctions until all political prisoners were "
     "freed.", ("RETREAT", "hypothetical")),
    ("Fighting continued until the army withdrew.", ("RETREAT", "asserted")),
    ("Pakistan said on Sunday it had returned 1,200 Afghan nationals to Afghanistan.",
     ("COERCE", "asserted")),
])
def test_conditions_and_returns(code_text, text, expected):
    assert expected in {(e.type, e.modality) for e in code_text(text).events}


def test_allegiance_and_bounties_are_no_agreements(code_text):
    article = code_text("The suspect had pledged allegiance to Islamic State, and the U.S. had "
                        "offered a $10 million bounty for his capture.")
    assert "AGREE" not in {e.type for e in article.events}


@pytest.mark.parametrize("text", [
    "The interior ministry said those who failed to comply would be arrested and deported.",
    "Serbia's president said those responsible would be punished.",
])
def test_an_official_announcing_arrests_or_punishment_threatens(code_text, text):
    assert [(e.type, e.modality) for e in code_text(text).events] == [("THREATEN", "asserted")]


def test_an_analysts_forecast_of_arrests_is_no_threat(code_text):
    article = code_text("Analysts said more people would be arrested.")
    assert "THREATEN" not in {e.type for e in article.events}


def test_a_rescue_an_official_reports_is_by_the_officials_side(code_text):
    article = code_text("Pakistan's army said on Wednesday that all hostages were rescued.")
    assert ("AID", "PAK", "", "asserted") in {(t, a, "", m) for t, a, _, m in dyads(article)}


@pytest.mark.parametrize("text, expected", [
    ("EU foreign ministers said they were preparing new sanctions on Russia.",
     ("THREATEN", "EUR", "RUS", "asserted")),
    ("Trump said he was considering new tariffs on Canada.",
     ("THREATEN", "USA", "CAN", "asserted")),
    ("Russian drones and missiles hit Kyiv overnight.", ("ASSAULT", "RUS", "UKR", "asserted")),
])
def test_sanctions_in_preparation_are_threats_and_missiles_hitting_a_city_attacks(
        code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_a_vow_to_hold_people_accountable_is_a_threat(code_text):
    article = code_text("Syria's President Ahmed al-Sharaa vowed to hold accountable anyone "
                        "involved in the bloodshed.")
    assert ("THREATEN", "asserted") in {(e.type, e.modality) for e in article.events}


def test_an_economic_blow_is_no_attack(code_text):
    assert not code_text("The economic crisis hit Egypt hard.").events


def test_a_place_struck_by_a_named_cyclone_is_no_attack(code_text):
    article = code_text("Jude is the third cyclone to hit Mozambique in three months, following "
                        "Cyclones Chido in December and Dikeledi in January. Malawi avoided a "
                        "hit from Dikeledi but was struck by Chido in December.")
    assert not [e for e in article.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("Polish prosecutors charged both men and obtained arrest warrants for them.",
     ("THREATEN", "POL", "", "asserted")),
    ("Pakistan's defence minister said any attack from Afghan soil would be met with force.",
     ("THREATEN", "PAK", "AFG", "asserted")),
    ("Cameroon's interior minister said the opposition leader would face justice.",
     ("THREATEN", "CMR", "CMR", "asserted")),
])
def test_warrants_obtained_and_announced_force_or_justice_are_threats(code_text, text, expected):
    assert expected in {(t, a, r[:3], m) for t, a, r, m in dyads(code_text(text))}


def test_suspending_tariffs_is_a_concession_and_lifting_them_eases_sanctions(code_text):
    article = code_text("Trump suspended the tariffs on Vietnam for 90 days.")
    assert ("CONCEDE", "USA", "VNM", "asserted") in dyads(article)
    article = code_text("Trump lifted the tariffs on Vietnam.")
    assert ("RETREAT", "USA", "VNM", "asserted") in dyads(article)
    assert all(e.cameo == "085" for e in article.events if e.type == "RETREAT")


def test_a_mediator_faces_the_sides_of_the_act_it_brokered(code_text):
    article = code_text("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in "
                        "Doha mediated by Qatar and Turkey.")
    mediation = {(a, r) for t, a, r, m in dyads(article) if t == "CONSULT"}
    assert mediation == {("QAT,TUR", "AFG,PAK")}


def test_ministers_of_two_states_are_each_states_minister(code_text):
    article = code_text("Foreign ministers of Azerbaijan and Armenia met in Abu Dhabi on Monday.")
    assert ("CONSULT", "AZE", "ARM", "asserted") in dyads(article)


def test_rejecting_or_welcoming_a_move_answers_those_who_made_it(code_text):
    article = code_text("Britain, Canada and Australia formally recognised the State of Palestine "
                        "on Sunday. Israeli Prime Minister Benjamin Netanyahu rejected the move "
                        "and said Israel would respond after he returns from Washington. "
                        "Palestinian President Mahmoud Abbas welcomed the recognitions.")
    found = dyads(article)
    assert ("REJECT", "ISR", "AUS,CAN,GBR", "asserted") in found
    assert ("SUPPORT", "PSE", "AUS,CAN,GBR", "asserted") in found
    assert "RETREAT" not in {t for t, _, _, _ in found}  # returning from a trip is travel


def test_an_allegation_names_the_charged_in_its_clause_and_a_denial_answers_it(code_text):
    article = code_text("India and Canada agreed on Monday to restore high commissioners, ending a "
                        "diplomatic freeze triggered by Ottawa's allegation that Indian agents "
                        "were linked to the killing of a Sikh separatist leader. India has always "
                        "denied any involvement.")
    found = dyads(article)
    assert ("ACCUSE", "CAN", "IND", "asserted") in found
    assert ("REJECT", "IND", "CAN", "asserted") in found


def test_a_denial_joined_to_a_counter_accusation_answers_its_target(code_text):
    article = code_text("The Kremlin denied involvement and accused Warsaw of Russophobia.")
    assert ("REJECT", "RUS", "POL", "asserted") in dyads(article)


def test_condemning_the_abductions_points_at_the_abductors(code_text):
    article = code_text("Boko Haram fighters abducted 30 pupils from a school in Borno state on "
                        "Monday. UNICEF condemned the abductions.")
    condemned = [e for e in article.events if e.type == "ACCUSE"]
    assert condemned and all(r.text.startswith("Boko Haram") for e in condemned
                             for r in e.recipient)
    assert any(e.recipient for e in condemned)


@pytest.mark.parametrize("text, expected", [
    ("President Gustavo Petro said his government would guarantee Zamora's safety.",
     ("AGREE", "COL", "", "asserted")),
    ("The EU said it remained ready to negotiate with Washington.",
     ("AGREE", "EUR", "USA", "asserted")),
    ("The United States approved the sale of 60 Patriot missiles to Saudi Arabia.",
     ("AGREE", "USA", "SAU", "asserted")),
    ("Washington announced it would resume weapons deliveries to Kyiv.",
     ("AGREE", "USA", "UKR", "asserted")),
    ("Britain announced an extra 5 million pounds for Bangladesh.",
     ("AID", "GBR", "BGD", "asserted")),
])
def test_promises_readiness_to_talk_arms_sales_and_funding(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_a_law_guaranteeing_rights_is_no_promise(code_text):
    assert not code_text("The constitution guarantees freedom of speech.").events


@pytest.mark.parametrize("text", [
    "Former president Jair Bolsonaro is on trial before Brazil's Supreme Federal Court on "
    "charges of plotting a coup.",
    "Jair Bolsonaro stood trial before Brazil's Supreme Federal Court on charges of plotting "
    "a coup.",
])
def test_the_court_a_trial_is_before_tries_the_accused(code_text, text):
    events = [e for e in code_text(text).events if e.type == "ACCUSE"]
    assert [(e.actor[0].sector, e.recipient[0].text.split()[-1]) for e in events] == \
        [("JUD", "Bolsonaro")]


def test_places_hit_hard_are_no_attack_but_a_hospital_hit_by_drones_is(code_text):
    assert not code_text("Neighboring Malawi and Zimbabwe have also been hit hard.").events
    article = code_text("A hospital in Kharkiv was hit by Russian drones.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in dyads(article)


def test_a_coordinated_pledge_shares_the_first_clauses_recipient(code_text):
    article = code_text("British Foreign Secretary David Lammy announced $158 million in new "
                        "humanitarian aid for Sudan, and the European Union pledged $590 million.")
    found = dyads(article)
    assert ("AID", "GBR", "SDN", "asserted") in found
    assert ("AGREE", "EUR", "SDN", "asserted") in found


def test_an_acquittal_is_by_the_storys_court(code_text):
    article = code_text("A Tunis court sentenced 37 opposition figures to prison terms. Five "
                        "defendants were acquitted.")
    acquittal = [e for e in article.events if e.type == "RETREAT"]
    assert [a.sector for e in acquittal for a in e.actor] == ["JUD"]


@pytest.mark.parametrize("text", [
    "The U.N. estimates that more than 20 million people need food assistance.",
    "Families are already skipping meals and pulling children out of school, a WFP official "
    "said.",
])
def test_needing_aid_or_taking_children_out_of_school_is_no_event(code_text, text):
    assert not code_text(text).events


def test_a_withdrawal_from_a_country_is_by_the_troops_not_the_country(code_text):
    article = code_text("France completed the withdrawal of its last troops from Chad.")
    assert ("RETREAT", "FRA", "TCD", "asserted") in dyads(article)


def test_a_region_is_no_state_in_an_event_but_stays_on_the_actor(code_text):
    article = code_text("Zelenskyy urged Western partners to speed up deliveries of Patriot air "
                        "defense systems.")
    request = next(e for e in article.events if e.type == "REQUEST")
    assert [r.country for r in request.recipient] == ["---"]
    actor = next(a for a in article.actors if a.id == request.recipient[0].actor_id)
    assert actor.country == "WST"


def test_denying_backing_a_group_answers_the_accuser_not_the_group(code_text):
    article = code_text("Congo's foreign minister accused Rwanda of commanding the rebels. "
                        "Rwanda denies backing the M23.")
    assert ("REJECT", "RWA", "COD", "asserted") in dyads(article)
    denial = next(e for e in article.events if e.type == "REJECT")
    assert "M23" not in denial.recipient[0].text


@pytest.mark.parametrize("text", [
    "Turkey urged all sides to avoid a return to war.",
    "The U.N. mission urged leaders to show restraint.",
])
def test_an_appeal_to_all_sides_has_no_recipient(code_text, text):
    assert [(e.type, e.recipient) for e in code_text(text).events] == [("REQUEST", [])]


def test_a_rejected_demand_points_back_many_paragraphs(code_text):
    filler = " ".join(f"Paragraph {n} describes the square, the crowd and the weather in "
                      "detail, with no one doing anything political." for n in range(12))
    article = code_text("Serbian students demanded that President Aleksandar Vucic call snap "
                        "elections. " + filler + " Vucic rejected the demand on Sunday.")
    assert ("REJECT", "SRB", "SRB", "asserted") in dyads(article)


@pytest.mark.parametrize("text, expected", [
    ("Slovakia dropped its objections late Monday.", ("CONCEDE", "SVK", "", "asserted")),
    ("The United Kingdom took measures against Russian banks.",
     ("SANCTION", "GBR", "RUS", "asserted")),
])
def test_dropped_objections_concede_and_measures_against_sanction(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_it_in_a_where_clause_is_the_main_clauses_named_subject(code_text):
    article = code_text("Sudan has taken the accusation to the International Court of Justice, "
                        "where it accused the UAE last month of complicity in genocide.")
    assert ("ACCUSE", "SDN", "ARE", "asserted") in dyads(article)


def test_soldiers_handed_over_are_released(code_text):
    article = code_text("On Saturday, Russia handed over a group of 84 Ukrainian soldiers.")
    assert ("RETREAT", "RUS", "UKR", "asserted") in dyads(article)


@pytest.mark.parametrize("text", [
    "He said tariffs would be answered under Brazil's new Economic Reciprocity Law, which "
    "allows the government to suspend trade concessions.",
    "The national police chief said an officer had been identified as the suspected shooter "
    "and handed over to prosecutors.",
])
def test_a_law_that_allows_and_a_suspect_handed_to_prosecutors_are_no_events(code_text, text):
    assert not [e for e in code_text(text).events if e.type in ("CONCEDE", "COOPERATE")]


def test_an_announced_response_is_a_threat_but_answering_questions_is_not(code_text):
    article = code_text("South Korea's ambassador added that Seoul would resolutely respond to "
                        "any threats to its security.")
    assert ("THREATEN", "asserted") in {(e.type, e.modality) for e in article.events}
    assert not code_text("The minister responded to questions from lawmakers.").events


def test_a_barrage_into_the_sea_is_a_show_of_arms_not_an_attack_on_the_missiles(code_text):
    article = code_text("North Korea fired a barrage of short-range ballistic missiles and "
                        "multiple rocket launcher shells into the sea off its east coast on "
                        "Thursday, South Korea's military said, in what Pyongyang later "
                        "described as a drill simulating a \"nuclear counterattack\" against its "
                        "enemies.")
    assert [(e.type, e.mode, e.recipient) for e in article.events] == \
        [("MOBILIZE", "weapons", [])]


def test_raising_military_readiness_mobilizes(code_text):
    article = code_text("Taiwan heightened its military readiness on Friday.")
    assert ("MOBILIZE", "TWN", "", "asserted") in dyads(article)


def test_condemning_the_launch_points_at_the_missiles_not_the_alert(code_text):
    article = code_text("North Korea fired two ballistic missiles into the sea on Thursday. The "
                        "South Korean military raised its surveillance posture. The United "
                        "States condemned the launch.")
    assert ("ACCUSE", "USA", "PRK", "asserted") in dyads(article)


def test_blocking_a_sanctions_package_rejects_it(code_text):
    article = code_text("Hungary blocked the EU's sanctions package.")
    assert [(e.type, e.actor[0].country) for e in article.events] == [("REJECT", "HUN")]


def test_concern_voiced_about_a_states_act_criticises_that_state(code_text):
    article = code_text("The United States expressed concern about China's military drills near "
                        "Taiwan.")
    assert ("ACCUSE", "USA", "CHN", "asserted") in dyads(article)
    assert not code_text("Officials expressed concern on Tuesday.").events  # no one named


@pytest.mark.parametrize("text", [
    "\"Today, the whole town perfectly accepts the windmills,\" the mayor's aide added.",
    "Rice University collaborated with the archive to create a comic.",
])
def test_residents_or_firms_goodwill_is_no_political_event(code_text, text):
    assert not [e for e in code_text(text).events if e.type in ("AGREE", "COOPERATE")]


@pytest.mark.parametrize("text, actor", [
    ("China already has some of the world's tightest internet controls, with tens of thousands "
     "of websites, foreign social media sites and content blocked.", "CHN"),
    ("Nepal's government blocked Facebook, YouTube and other platforms last week.", "NPL"),
])
def test_blocked_websites_are_censorship_by_the_state(code_text, text, actor):
    article = code_text(text)
    assert [(e.type, e.mode, e.actor[0].country) for e in article.events] == \
        [("COERCE", "censor", actor)]


@pytest.mark.parametrize("text", [
    "Colombia's Foreign Minister Rosa Villavicencio struck a softer tone.",
    "Peruvian Prime Minister Eduardo Arana traveled to the island of Santa Rosa on Sunday with "
    "several cabinet ministers.",
])
def test_a_softer_tone_and_a_trip_at_home_are_no_events(code_text, text):
    assert not code_text(text).events


def test_a_trip_abroad_is_still_a_visit(code_text):
    article = code_text("Peruvian Prime Minister Eduardo Arana traveled to Colombia on Sunday.")
    assert ("CONSULT", "PER", "COL", "asserted") in dyads(article)


def test_ambulances_handed_over_are_aid_and_criticism_brushed_aside_is_rejected(code_text):
    article = code_text("Japan's ambassador to Sierra Leone handed over 20 ambulances and "
                        "laboratory equipment to Sierra Leone's Ministry of Health.")
    assert ("AID", "JPN", "SLE", "asserted") in dyads(article)
    article = code_text("Kyrgyz President Sadyr Japarov brushed aside the criticism.")
    assert ("REJECT", "asserted") in {(e.type, e.modality) for e in article.events}


def test_calling_the_case_a_travesty_criticises_the_court(code_text):
    article = code_text("A court in Bishkek sentenced two former Kloop camera operators to five "
                        "years in prison. The Committee to Protect Journalists called the case "
                        "\"a travesty of justice.\"")
    assert ("ACCUSE", "NGO", "KGZ", "asserted") in dyads(article)


@pytest.mark.parametrize("text", [
    "Such transfers would violate a U.N. arms embargo on North Korea.",
    "Russia has evaded Western sanctions on its oil exports.",
])
def test_a_rule_violated_or_evaded_is_no_new_sanction(code_text, text):
    assert not [e for e in code_text(text).events if e.type == "SANCTION"]


def test_a_body_meeting_somewhere_still_demands(code_text):
    article = code_text("The African Union's Peace and Security Council, meeting in Addis Ababa, "
                        "demanded an immediate ceasefire.")
    assert [(e.type, e.actor[0].country) for e in article.events
            if e.modality == "asserted"] == [("REQUEST", "IGO")]
    article = code_text("The government met the protesters' demands.")
    assert [e.type for e in article.events] == ["CONCEDE"]


def test_acting_at_a_meeting_is_taking_part_in_it(code_text):
    article = code_text("EU foreign ministers approved the measures at a meeting in Brussels.")
    meeting = [e for e in article.events if e.type == "CONSULT"]
    assert [(e.mode, e.actor[0].country, e.recipient) for e in meeting] == \
        [("multilateral", "EUR", [])]
    assert not [e for e in code_text("Putin said at a meeting with officials that the war "
                                     "would go on.").events if e.type == "CONSULT"]


def test_a_dateline_is_not_the_leads_subject(code_text):
    article = code_text("DHAKA, BANGLADESH — Bangladesh's interim government has banned all "
                        "activities of the Awami League party of former Prime Minister Sheikh "
                        "Hasina.")
    ban = [e for e in article.events if e.type == "COERCE"]
    assert [a.text for e in ban for a in e.actor] == ["Bangladesh's interim government"]


def test_a_list_of_states_after_a_dateline_acts_together(code_text):
    article = code_text("DAKAR, SENEGAL — Mali, Burkina Faso and Niger recalled their "
                        "ambassadors from Algeria on Sunday, escalating a diplomatic crisis.")
    assert ("SANCTION", "BFA,MLI,NER", "DZA", "asserted") in dyads(article)


def test_a_warning_of_what_follows_unless_someone_acts_threatens_them(code_text):
    article = code_text("Iran's foreign minister warned that the agreement would be void if "
                        "Britain, France and Germany restored U.N. sanctions.")
    assert ("THREATEN", "IRN", "DEU,FRA,GBR", "asserted") in dyads(article)
    article = code_text("Serbian students gave Vucic until Monday to call elections, warning "
                        "that they would begin \"civil disobedience\" if he did not.")
    assert ("THREATEN", "SRB", "SRB", "asserted") in dyads(article)


def test_not_tolerating_is_a_threat_but_tolerating_is_no_event(code_text):
    article = code_text("China said it would not tolerate foreign interference.")
    assert [(e.type, e.modality) for e in article.events] == [("THREATEN", "asserted")]
    assert not code_text("The government tolerated the protests for weeks.").events


def test_strikes_on_a_states_sites_are_aimed_at_that_state(code_text):
    article = code_text("Israeli strikes on Iran's nuclear sites began in June.")
    assert ("ASSAULT", "ISR", "IRN", "asserted") in dyads(article)


def test_an_act_the_story_dates_another_by_is_an_act_of_its_own(code_text):
    article = code_text("Iranian and European diplomats met in Istanbul on Friday for their first "
                        "nuclear talks since Israeli strikes on Iran's nuclear sites in June.",
                        published="2025-07-25")
    assert ("ASSAULT", "ISR", "IRN", "asserted") in dyads(article)
    article = code_text("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha "
                        "mediated by Qatar and Turkey.")
    assert ("CONSULT", "QAT", "TUR", "asserted") not in dyads(article)


def test_sanctions_a_state_says_it_would_announce_are_still_to_come(code_text):
    article = code_text("Seoul's Foreign Ministry said it would announce additional unilateral "
                        "sanctions on North Korean individuals.")
    assert ("SANCTION", "KOR", "PRK", "asserted") not in dyads(article)
    assert ("THREATEN", "KOR", "PRK", "asserted") in dyads(article)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan lawmakers lambasted the Chinese ambassador.", ("ACCUSE", "KEN", "CHN")),
    ("Trump berated China over its trade surplus.", ("ACCUSE", "USA", "CHN")),
    ("The Trump administration has levied sanctions on Russia.", ("SANCTION", "USA", "RUS")),
    ("Chinese coast guard ships rammed a Philippine vessel near the shoal.",
     ("ASSAULT", "CHN", "PHL")),
    ("Russian artillery pounded Kharkiv overnight.", ("ASSAULT", "RUS", "UKR")),
    ("Ukrainian forces repelled a Russian assault near Pokrovsk.", ("ASSAULT", "UKR", "RUS")),
    ("Germany contacted Russia about the incident.", ("CONSULT", "DEU", "RUS")),
    ("The African Union salutes Togo's decision to free the prisoners.", ("SUPPORT", "IGO", "TGO")),
    ("Trump said he is pressuring Canada to curb the flow of migrants.", ("REQUEST", "USA", "CAN")),
    ("Israeli officials had lobbied Washington to keep the sanctions.", ("REQUEST", "ISR", "USA")),
    ("Syria's interim President Ahmed al-Sharaa received a delegation of European Union envoys "
     "in Damascus.", ("CONSULT", "SYR", "EUR")),
    ("Indian and Pakistani troops exchanged artillery fire along the Line of Control.",
     ("ASSAULT", "PAK", "IND")),
    ("EU trade chief Maros Sefcovic said he had held a video call with Chinese Commerce Minister "
     "Wang Wentao.", ("CONSULT", "EUR", "CHN")),
    ("Japanese Prime Minister Shigeru Ishiba expressed deep remorse for the suffering of Koreans.",
     ("CONCEDE", "JPN", "KOR")),
    ("RSF fighters halted the U.N. convoy on its way from El Obeid.", ("COERCE", "SDN", "UNO")),
    ("The Estonian coast guard boarded a Cameroon-flagged cargo ship.", ("COERCE", "EST", "")),
    ("Beijing told London to stop interfering in China's internal affairs.",
     ("REQUEST", "CHN", "GBR")),
    ("The Israeli prime minister vowed that Tehran would pay for it.", ("THREATEN", "ISR", "IRN")),
    ("The African Union suspended Niger's membership after the coup.", ("SANCTION", "IGO", "NER")),
    ("The Trump administration closed the Russian consulate in Seattle.",
     ("SANCTION", "USA", "RUS")),
    ("Hezbollah fired rockets at Israel, and the Israeli military responded with air strikes on "
     "the group's positions in southern Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ("Chinese President Xi Jinping arrived in Belgrade for a state visit, and Serbian President "
     "Aleksandar Vucic hailed him as a friend of Serbia.", ("SUPPORT", "SRB", "CHN")),
    ("Turkish consumers boycotted Israeli products, and Ankara halted all trade with Israel.",
     ("SANCTION", "TUR", "ISR")),
    ("Turkish consumers boycotted Israeli products, and Ankara halted all trade with Israel.",
     ("PROTEST", "TUR", "ISR")),
    ("Ukraine and Britain agreed to share intelligence on Russian drone production.",
     ("AGREE", "GBR,UKR", "")),
    ("The International Monetary Fund approved a $1.1 billion disbursement to Pakistan.",
     ("AID", "IGO", "PAK")),
    ("Poland scrambled fighter jets early on Friday.", ("MOBILIZE", "POL", "")),
    ("Chad had taken in more than 20,000 Sudanese refugees in the past week.",
     ("AID", "TCD", "SDN")),
    ("The EU approved Ukraine's membership bid.", ("SUPPORT", "EUR", "UKR")),
    ("Russia vetoed a U.S.-drafted U.N. Security Council resolution.", ("REJECT", "RUS", "USA")),
    ("India withdrew its high commissioner from Ottawa.", ("SANCTION", "IND", "CAN")),
    ("Burkina Faso's junta declared the United Nations resident coordinator persona non grata.",
     ("SANCTION", "BFA", "UNO")),
    ("Estonia's Foreign Ministry declared him persona non grata and summoned Russia's charge "
     "d'affaires.", ("ACCUSE", "EST", "RUS")),
    ("The evacuation of foreign nationals from Sudan by France began on Sunday.",
     ("AID", "FRA", "SDN")),
    ("Russia's military intervention in Syria began last month.", ("ASSAULT", "RUS", "SYR")),
    ("Egypt's mediation between Israel and Hamas failed.", ("CONSULT", "EGY", "ISR,PSE")),
    ("The Taliban rejected the allegations made by Pakistan.", ("REJECT", "AFG", "PAK")),
    ("China dismissed charges filed by U.S. prosecutors against two Chinese nationals.",
     ("REJECT", "CHN", "USA")),
])
def test_news_verbs_of_criticism_force_and_contact(code_text, text, expected):
    found = {(t, a, r) for t, a, r, m in dyads(code_text(text)) if m == "asserted"}
    assert expected in found, found


def test_being_armed_with_knives_is_no_aid(code_text):
    article = code_text("Attackers armed with knives killed six people.")
    assert "AID" not in {e.type for e in article.events}


def test_two_named_leaders_misparsed_as_two_subjects_both_act(code_text):
    article = code_text("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru "
                        "Ishiba agreed Tuesday to deepen cooperation on semiconductors.")
    agree = [e for e in article.events if e.type == "AGREE"]
    assert agree and {a.country for a in agree[0].actor} == {"KOR", "JPN"}


def test_a_resolution_or_statement_speaks_for_whoever_issued_it(code_text):
    article = code_text("The U.N. Security Council adopted a resolution condemning Russia.")
    assert ("ACCUSE", "UNO", "RUS", "asserted") in dyads(article)
    article = code_text("The Chinese embassy issued a statement that accused Japan of provocation.")
    assert ("ACCUSE", "CHN", "JPN", "asserted") in dyads(article)
    article = code_text("The EU's report criticized Hungary.")
    assert ("ACCUSE", "EUR", "HUN", "asserted") in dyads(article)


def test_endorsing_or_rejecting_the_suspension_answers_whoever_suspended(code_text):
    article = code_text("The African Union on Saturday suspended Guinea-Bissau from all of its "
                        "activities. South Africa's President Cyril Ramaphosa endorsed the "
                        "suspension. A spokesman for the military authorities in Guinea-Bissau "
                        "rejected the suspension as hasty.", published="2025-08-23")
    found = dyads(article)
    assert ("SUPPORT", "ZAF", "IGO", "asserted") in found
    assert ("REJECT", "GNB", "IGO", "asserted") in found


def test_a_tariffs_owner_imposes_it_and_telling_reporters_is_no_request(code_text):
    article = code_text("Trump doubled the U.S. tariffs on Chinese steel.")
    assert ("SANCTION", "USA", "USA", "asserted") not in dyads(article)
    assert not code_text("He told reporters that talks would resume.").events


def test_a_crowd_storming_or_torching_a_building_riots(code_text):
    article = code_text("Protesters stormed Kenya's parliament and set part of it ablaze.")
    assert {(e.type, e.mode) for e in article.events} == {("PROTEST", "riot")}
    article = code_text("Militants stormed a base near the town, killing 17 soldiers.")
    assert "ASSAULT" in {e.type for e in article.events}


def test_a_riot_and_the_marches_around_it_stay_two_records(code_text):
    article = code_text("Thousands of Tanzanians protested in Dar es Salaam on Thursday. Witnesses "
                        "said police fired tear gas at crowds who had torched a police station.",
                        published="2025-10-31")
    protests = {(e.mode, bool(e.recipient)) for e in article.events if e.type == "PROTEST"}
    assert ("riot", True) in protests and any(not has for _, has in protests), protests


def test_the_people_counted_are_the_target_not_the_number(code_text):
    article = code_text("Indonesian police fired tear gas at thousands of students in Jakarta.")
    assault = [e for e in article.events if e.type == "ASSAULT"]
    assert assault and [e.sector for e in assault[0].recipient] == ["EDU"]


def test_strikes_a_state_carries_out_are_attacks(code_text):
    article = code_text("The United States carried out strikes in Yemen.")
    assert ("ASSAULT", "USA", "YEM", "asserted") in dyads(article)
    article = code_text("Workers launched a strike on Monday.")
    assert [e.type for e in article.events] == ["PROTEST"]


def test_an_attack_that_set_depots_ablaze_happened(code_text):
    article = code_text("A drone attack by the Rapid Support Forces on Port Sudan set fuel depots "
                        "near the airport ablaze on Sunday.")
    assert [(e.type, e.modality) for e in article.events] == [("ASSAULT", "asserted")]


def test_set_to_visit_is_a_planned_visit_and_scheduled_drills_no_pledge(code_text):
    article = code_text("Putin is set to visit North Korea next week.")
    assert ("CONSULT", "RUS", "PRK", "future") in dyads(article)
    article = code_text("Japan's navy and the Philippine Navy are scheduled to hold joint drills "
                        "off Palawan next week.")
    assert "AGREE" not in {e.type for e in article.events}


def test_talks_in_a_time_phrase_are_held_by_the_clause_subject(code_text):
    article = code_text("Chinese Foreign Minister Wang Yi said Beijing was ready to work with "
                        "Canberra, after talks with his Australian counterpart Penny Wong.")
    assert ("CONSULT", "CHN", "AUS", "asserted") in dyads(article)
    article = code_text("The Taliban freed an American citizen on Thursday following a visit to "
                        "Kabul by U.S. envoy Adam Boehler.")
    assert ("CONSULT", "AFG", "AFG", "asserted") not in dyads(article)


def test_the_place_of_a_ceasefire_demanded_is_not_who_is_asked(code_text):
    article = code_text("The U.N. Security Council demanded an immediate ceasefire in Gaza.")
    assert dyads(article) == {("REQUEST", "UNO", "", "asserted")}


def test_captives_released_by_a_side_are_its_release(code_text):
    article = code_text("Hamas freed three Israeli hostages in exchange for 183 Palestinian "
                        "prisoners released by Israel.")
    assert ("RETREAT", "ISR", "PSE", "asserted") in dyads(article)
    article = code_text("Rebels backed by Rwanda seized Goma.")
    assert "SUPPORT" not in {e.type for e in article.events}


def test_a_target_the_object_names_no_side_of_belongs_where_it_is(code_text):
    article = code_text("Ukraine said it had struck an oil refinery in Russia's Ryazan region with "
                        "long-range drones.")
    assert ("ASSAULT", "UKR", "RUS", "asserted") in dyads(article)


def test_a_year_naming_an_old_agreement_does_not_date_todays_criticism(code_text):
    article = code_text("Israeli forces seized a buffer zone in southern Syria, and Damascus "
                        "called the move a violation of the 1974 disengagement agreement.",
                        published="2024-12-10")
    assert ("ACCUSE", "SYR", "ISR", "asserted") in dyads(article)


def test_expelling_a_journalist_deports_expelling_a_diplomat_sanctions(code_text):
    article = code_text("Russia expelled a Reuters correspondent from Moscow on Monday.")
    assert [(e.type, e.mode) for e in article.events] == [("COERCE", "deport")]
    article = code_text("Canada expelled six Indian diplomats.")
    assert [(e.type, e.mode) for e in article.events] == [("SANCTION", "expel")]


def test_joint_exercises_are_held_together_cooperation_between_faces_each_other(code_text):
    article = code_text("India and Japan held joint naval exercises in the Bay of Bengal.")
    assert ("COOPERATE", "IND,JPN", "", "asserted") in dyads(article)
    article = code_text("Russia and North Korea expanded their military cooperation.")
    assert ("COOPERATE", "RUS", "PRK", "asserted") in dyads(article)


def test_a_ceasefire_that_takes_effect_is_observed_by_both_sides(code_text):
    article = code_text("A ceasefire between Israel and Hezbollah took effect on Wednesday.")
    assert ("RETREAT", "ISR,LBN", "", "asserted") in dyads(article)


def test_a_promise_to_ease_sanctions_is_a_concession_other_promises_agree(code_text):
    article = code_text("The EU said it would ease some sanctions on Syrian banks.")
    assert [e.type for e in article.events] == ["CONCEDE"]
    article = code_text("Algeria said it would lift the ban on imports.")
    assert [e.type for e in article.events] == ["AGREE"]


def test_a_promise_to_give_names_the_receiver_and_its_grants_are_not_given_yet(code_text):
    article = code_text("Australia agreed to give Papua New Guinea A$600 million to fund a team.")
    assert ("AGREE", "AUS", "PNG", "asserted") in dyads(article)
    article = code_text("The European Union agreed to give Egypt 7.4 billion euros in loans and "
                        "grants.")
    assert [e.type for e in article.events] == ["AGREE"]


def test_a_charge_a_named_official_rejected_read_through_its_misparse(code_text):
    article = code_text("Pakistani officials accused Afghanistan of harbouring the militants. "
                        "Bugti reiterated the claim that the attack was orchestrated by militants "
                        "with bases in Afghanistan, a charge Afghan foreign ministry spokesperson "
                        "Abdul Qahar Balkhi rejected Thursday.", published="2025-03-14")
    assert ("REJECT", "AFG", "PAK", "asserted") in dyads(article)


def test_a_quote_that_goes_on_after_its_attribution_keeps_its_speaker(code_text):
    article = code_text('"Our people are home," Ukrainian President Volodymyr Zelenskyy wrote on '
                        'Telegram. "We will bring back every single one. I thank the United Arab '
                        'Emirates for their mediation."', published="2025-09-25")
    assert ("SUPPORT", "UKR", "ARE", "asserted") in dyads(article)


def test_a_claim_for_the_attack_names_the_doer_of_the_attack_told_before(code_text):
    article = code_text("A suicide bomber killed 12 people at a market in Mogadishu. Al-Shabaab "
                        "claimed responsibility for the attack.", published="2025-05-12")
    assert ("ASSAULT", "SOM", "SOM", "asserted") in dyads(article)
    article = code_text("Gunmen killed 17 soldiers near Diapaga in Burkina Faso. The army "
                        "responded with air strikes on militant camps.", published="2025-05-12")
    assert ("ASSAULT", "---", "BFA", "asserted") in dyads(article)  # no "the attack" here


def test_pulling_people_from_rubble_is_aid(code_text):
    article = code_text("Rescuers from Turkey pulled a construction worker from the rubble of "
                        "a collapsed tower in Bangkok.")
    assert any(e.type == "AID" and e.actor and e.actor[0].country == "TUR"
               for e in article.events)


def test_a_march_to_demand_something_is_also_a_demand(code_text):
    article = code_text("Thousands of people marched through Belgrade on Saturday to demand the "
                        "resignation of the government.")
    found = dyads(article)
    assert ("PROTEST", "SRB", "SRB", "asserted") in found
    assert ("REQUEST", "SRB", "SRB", "asserted") in found


def test_pressing_for_something_at_a_meeting_presses_those_met(code_text):
    article = code_text("The U.N. envoy for Yemen met Houthi officials in Muscat on Sunday to "
                        "press for the release of U.N. staff.")
    assert ("REQUEST", "UNO", "YEM", "asserted") in dyads(article)


def test_duties_imposed_are_a_trade_sanction(code_text):
    article = code_text("China imposed anti-dumping duties on European brandy, and the European "
                        "Union imposed duties on Chinese electric cars.")
    found = dyads(article)
    assert ("SANCTION", "CHN", "EUR", "asserted") in found
    assert ("SANCTION", "EUR", "CHN", "asserted") in found


def test_yet_to_do_something_is_not_done(code_text):
    article = code_text("Egypt has yet to deploy troops to Somalia.")
    assert ("MOBILIZE", "EGY", "SOM", "negated") in dyads(article)


def test_a_deal_struck_is_no_strike(code_text):
    article = code_text("Mexico sent troops to its border under a deal struck with U.S. "
                        "President Donald Trump.")
    assert not any(e.type == "ASSAULT" for e in article.events)


def test_being_sworn_in_or_walking_out_of_prison_is_no_event(code_text):
    article = code_text("Dick Schoof was sworn in as prime minister on Tuesday, and Sonko "
                        "walked out of prison to cheering crowds.")
    assert not article.events


def test_an_act_with_no_party_placed_is_dropped_from_a_story_that_places_its_parties(code_text):
    story = code_text("North Korea fired two ballistic missiles into the sea on Tuesday. Hours "
                      "before the leaders met in the port city, markets fell.")
    assert [e.type for e in story.events] == ["MOBILIZE"]
    alone = code_text("Hours before the leaders met in the port city, markets fell.")
    assert [e.type for e in alone.events] == ["CONSULT"]


def test_approving_a_plan_or_being_barred_with_no_one_barring_is_no_event(code_text):
    article = code_text("Venezuela's National Assembly approved a law creating a new state, and "
                        "Morales himself is barred from running.")
    assert not article.events
    named = code_text("Women were barred by the Taliban from universities.")
    assert [e.type for e in named.events] == ["COERCE"]


def test_ordering_the_army_onto_the_streets_mobilizes_it(code_text):
    article = code_text("Bangladesh's government imposed a curfew, ordering the army to patrol "
                        "the streets.")
    assert ("MOBILIZE", "BGD", "", "asserted") in dyads(article)
    assert not any(e.type == "REQUEST" for e in article.events)


def test_sealing_a_border_restricts(code_text):
    article = code_text("Pakistani authorities sealed the capital's entry points with shipping "
                        "containers.")
    assert any(e.type == "COERCE" and e.mode == "restrict" for e in article.events)


def test_warning_of_sanctions_or_retaliation_threatens_without_a_named_target(code_text):
    article = code_text("ECOWAS warned of economic sanctions if Embalo was not freed within a "
                        "week, and Pakistan warned of retaliation.")
    coded = {(e.type, e.mode) for e in article.events}
    assert ("THREATEN", "restrict") in coded and ("THREATEN", "violence") in coded
    assert not code_text("The WHO warned of a humanitarian catastrophe in Gaza.").events


def test_saying_the_other_side_will_pay_threatens_it(code_text):
    article = code_text("The Houthis' political bureau said the U.S. strikes \"will not go "
                        "unanswered.\" Iran vowed that Israel would pay a heavy price.")
    found = dyads(article)
    assert ("THREATEN", "YEM", "USA", "asserted") in found
    assert ("THREATEN", "IRN", "ISR", "asserted") in found


def test_talks_a_third_party_hosts_are_the_sides_meeting(code_text):
    article = code_text("Saudi Arabia hosted talks between U.S. and Russian delegations in "
                        "Riyadh on Tuesday.")
    [talks] = article.events
    assert (talks.type, talks.mode) == ("CONSULT", "third-party")
    assert sorted(e.country for e in talks.actor) == ["RUS", "USA"]


def test_an_act_named_only_as_a_kind_or_topic_is_no_event(code_text):
    for text in ("Prisoner exchanges have been one of the few areas of cooperation between "
                 "Moscow and Kyiv.",
                 "Ankara may be wary of losing a symbol of Turkish-American cooperation."):
        assert not [e for e in code_text(text).events if e.type == "COOPERATE"], text


def test_taking_a_town_by_force_is_an_assault_and_a_vow_to_take_it_a_threat(code_text):
    article = code_text("M23 rebels took control of Goma on Monday.")
    assert [(e.type, e.cameo) for e in article.events] == [("ASSAULT", "192")]
    article = code_text("Venezuela's Nicolas Maduro vowed to take control of the oil-rich "
                        "Essequibo region administered by Guyana.")
    assert [(e.type, e.mode) for e in article.events] == [("THREATEN", "territory")]


def test_a_vow_to_press_ahead_with_an_offensive_is_a_threat(code_text):
    article = code_text("Somalia's president vowed to press ahead with an offensive against "
                        "the group in central regions.")
    assert "THREATEN" in {e.type for e in article.events}
    assert "AGREE" not in {e.type for e in article.events}


def test_what_fighters_swear_to_fight_until_has_not_happened(code_text):
    article = code_text("Ethnic Albanians have sworn to fight until they gain control of "
                        "villages near Macedonia's border with Bulgaria.")
    assert all(e.modality != "asserted" for e in article.events if e.type == "ASSAULT")


def test_ordering_something_closed_is_the_closure_not_a_request(code_text):
    article = code_text("Israeli troops raided the Al Jazeera bureau in Ramallah and ordered it "
                        "closed for 45 days.")
    assert {(e.type, e.mode) for e in article.events} == {("COERCE", "censor")}
    article = code_text("Kosovo's interior minister ordered the crossing closed to all traffic.")
    assert [(e.type, e.mode) for e in article.events] == [("COERCE", "restrict")]


@pytest.mark.parametrize("text, expected", [
    ("Armenian and Azerbaijani leaders met in Abu Dhabi on Monday. The United Arab Emirates "
     "hosted the meeting.", ("CONSULT", "ARE", "ARM,AZE", "asserted")),
    ("Iran and the IAEA agreed on a framework after talks hosted by Egyptian Foreign Minister "
     "Badr Abdelatty.", ("CONSULT", "EGY", "IRN,UNO", "asserted")),
    ("Colombia and Venezuela agreed to reopen the border after talks hosted by Venezuela in "
     "Caracas.", ("CONSULT", "COL", "VEN", "asserted")),
])
def test_a_host_meets_the_sides_it_brings_together(code_text, text, expected):
    assert expected in dyads(code_text(text))


@pytest.mark.parametrize("text, expected", [
    ("Chinese Foreign Minister Wang Yi said Beijing was ready to work with Canberra to stabilise "
     "relations.", ("AGREE", "CHN", "AUS", "asserted")),
    ("The Kremlin said it was ready to hold talks with Kyiv.", ("AGREE", "RUS", "UKR", "asserted")),
    ("Prime Minister Nawaf Salam said the government remained committed to placing all weapons "
     "under state control.", ("AGREE", "LBN", "", "asserted")),
])
def test_declared_readiness_or_commitment_is_a_promise(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_readiness_without_an_act_is_no_event(code_text):
    assert not code_text("The Iranian army is ready, its commander said.").events


@pytest.mark.parametrize("text, expected", [
    ("Scholz said Berlin would send two additional IRIS-T air defense systems to Ukraine before "
     "the end of the year.", ("AGREE", "DEU", "UKR", "asserted")),
    ("North Korea sent artillery shells and missiles to Russia last year.",
     ("AID", "PRK", "RUS", "asserted")),
])
def test_sending_weapons_or_goods_aids_the_receiver(code_text, text, expected):
    assert expected in dyads(code_text(text))


def test_sending_a_letter_is_no_aid_and_a_request_is_a_request(code_text):
    assert not code_text("Putin sent a letter to Trump.").events
    assert ("REQUEST", "UKR", "USA", "asserted") in dyads(code_text(
        "Kyiv sent a formal request to Washington for ten more Patriot batteries."))


def test_an_invitation_asks_the_invited_to_come(code_text):
    article = code_text("Canada said it had invited Indian Prime Minister Narendra Modi to attend "
                        "the summit.")
    assert [(e.type, e.mode, e.cameo) for e in article.events] == [("REQUEST", "meet", "026")]
    assert ("REQUEST", "CAN", "IND", "asserted") in dyads(article)


def test_drills_by_two_states_forces_are_a_joint_exercise(code_text):
    article = code_text("Philippine and U.S. troops staged live-fire drills in northern Luzon.")
    assert dyads(article) == {("COOPERATE", "PHL,USA", "", "asserted")}
    article = code_text("Russian bombers flew a joint patrol with Chinese aircraft near Alaska.")
    assert ("COOPERATE", "RUS", "CHN", "asserted") in dyads(article)


def test_a_warning_joined_to_a_demand_is_made_not_demanded(code_text):
    article = code_text("China Coast Guard spokesperson Liu Dejun said the ship had intruded. Liu "
                        "demanded that Manila stop its provocations and warned that China would "
                        "respond resolutely to any further intrusions.")
    assert ("REQUEST", "CHN", "PHL", "asserted") in dyads(article)
    assert ("THREATEN", "CHN", "PHL", "asserted") in dyads(article)


def test_a_gapped_second_complement_of_an_expectation_is_still_expected(code_text):
    article = code_text("\"The EU expects Pristina to reopen Jarinje, and Belgrade to pull its "
                        "units back from the line,\" Sorensen said.")
    assert all(e.modality != "asserted" for e in article.events if e.type == "RETREAT")


def test_what_a_speaker_called_something_is_what_is_judged(code_text):
    article = code_text("The United States condemned what it called China's dangerous actions.")
    assert ("ACCUSE", "USA", "CHN", "asserted") in dyads(article)
    article = code_text("Finland's President Alexander Stubb praised what he called the swift and "
                        "professional work of Estonian investigators.")
    assert ("SUPPORT", "FIN", "EST", "asserted") in dyads(article)


def test_appreciating_efforts_is_praise(code_text):
    article = code_text("Pakistan's foreign minister said Islamabad appreciated Qatar's sincere "
                        "efforts.")
    assert ("SUPPORT", "PAK", "QAT", "asserted") in dyads(article)


def test_schoolgirls_freed_by_their_captors_are_released(code_text):
    article = code_text("More than 270 schoolgirls kidnapped in northwestern Zamfara state were "
                        "freed by their captors Tuesday, Nigerian officials said.")
    released = [e for e in article.events if e.type == "RETREAT"]
    assert released and [(r.country, r.sector) for r in released[0].recipient] == [("NGA", "EDU")]


def test_sending_units_to_an_area_mobilises_them(code_text):
    article = code_text("The Lebanese army said it had sent additional units to the area around "
                        "Kfar Kela.")
    assert dyads(article) == {("MOBILIZE", "LBN", "", "asserted")}


def test_a_verdict_with_a_long_name_between_find_and_guilty_is_a_conviction(code_text):
    article = code_text("A Hong Kong court on Monday found pro-democracy media tycoon Jimmy Lai "
                        "guilty of colluding with foreign forces.")
    assert ("SANCTION", "convict") in {(e.type, e.mode) for e in article.events}


def test_ending_a_cooperation_agreement_cuts_relations(code_text):
    article = code_text("The government in N'Djamena ended a defense cooperation agreement with "
                        "Paris.")
    assert ("SANCTION", "TCD", "FRA", "asserted") in dyads(article)
    assert "AGREE" not in {e.type for e in article.events}


def test_a_hunger_strike_to_protest_against_a_decision_targets_its_maker(code_text):
    article = code_text("Up to 1,000 ethnic Turks began a hunger strike on Monday to protest "
                        "against Sweden's decision to send them back to Bulgaria.")
    protests = [e for e in article.events if e.type == "PROTEST"]
    assert protests and [r.country for r in protests[0].recipient] == ["SWE"]


def test_an_arrest_joined_to_a_foiled_plot_happened(code_text):
    article = code_text("German police said they had foiled an Islamic State-inspired plot to "
                        "attack the Israeli embassy in Berlin and arrested a Libyan national.")
    arrests = [e for e in article.events if e.type == "COERCE"]
    assert arrests and arrests[0].modality == "asserted"
    assert [a.country for a in arrests[0].actor] == ["DEU"]
    assert [e.modality for e in article.events if e.type == "ASSAULT"] == ["attempted"]


def test_condemned_strikes_are_the_ones_told_as_strikes(code_text):
    article = code_text("Israel struck Iran's main uranium enrichment site at Natanz on Friday. "
                        "Hours later Iran launched more than 100 drones toward Israel. Saudi "
                        "Arabia condemned the strikes.")
    assert ("ACCUSE", "SAU", "ISR", "asserted") in dyads(article)


def test_states_acting_together_cooperate(code_text):
    operation = code_text("French and Belgian police, working in a joint operation, dismantled "
                          "a migrant-smuggling network.")
    assert ("COOPERATE", "BEL,FRA", "", "asserted") in dyads(operation)
    jointly = code_text("Armenian and Azerbaijani border commissions jointly installed the first "
                        "markers along their disputed frontier.")
    assert ("COOPERATE", "ARM,AZE", "", "asserted") in dyads(jointly)
    promised = code_text("Kazakhstan and Kyrgyzstan signed an agreement to share water and to "
                         "jointly manage the Toktogul reservoir.")
    assert "COOPERATE" not in {e.type for e in promised.events}


def test_failing_to_act_in_a_condition_is_hypothetical_not_attempted(code_text):
    article = code_text("Trump threatened to stop all aid payments to Honduras if the government "
                        "failed to block the flow of migrants.")
    assert "attempted" not in {e.modality for e in article.events}


def test_every_act_a_demand_lists_is_its_content(code_text):
    article = code_text("Washington demanded that Iran give up its missiles and pull out of Syria.")
    assert [(e.type, e.modality) for e in article.events] == [("REQUEST", "asserted")]


def test_a_meeting_in_one_sides_country_is_the_other_sides_visit(code_text):
    article = code_text("Secretary of State Mike Pompeo met with Chinese foreign minister Wang Yi "
                        "in Washington on Wednesday.")
    assert [(e.type, e.mode) for e in article.events] == [("CONSULT", "visit")]
    assert dyads(article) == {("CONSULT", "CHN", "USA", "asserted")}


def test_insults_and_trade_wars(code_text):
    insulted = code_text("Erdogan insulted the Dutch government.")
    assert ("ACCUSE", "TUR", "NLD", "asserted") in dyads(insulted)
    traded = code_text("Kim Jong Un met Donald Trump on Tuesday. The two leaders, who had been "
                       "trading insults for months, shook hands.")
    assert {("ACCUSE", "PRK", "USA", "asserted"), ("ACCUSE", "USA", "PRK", "asserted")} <= \
        dyads(traded)
    war = code_text("China launched a trade war against the United States.")
    assert ("SANCTION", "CHN", "USA", "asserted") in dyads(war)


def test_retaliation_is_in_kind_with_the_storys_last_punitive_act(code_text):
    expulsions = code_text("The United States expelled 60 Russian intelligence officers in March. "
                           "When the Russians retaliated, Washington closed the Russian consulate "
                           "in Seattle.")
    assert ("SANCTION", "RUS", "USA", "asserted") in dyads(expulsions)
    assert "ASSAULT" not in {e.type for e in expulsions.events}
    strikes = code_text("Israel struck Iranian nuclear sites. Iran retaliated hours later.")
    assert ("ASSAULT", "IRN", "ISR", "asserted") in dyads(strikes)


def test_arming_a_side_is_military_aid_and_what_an_accusation_alleges_is_not_told_as_done(
        code_text):
    armed = code_text("Iran has funded and armed its proxy Hezbollah.")
    assert ("AID", "IRN", "LBN", "asserted") in dyads(armed)
    assert "AID" not in {e.type for e in code_text(
        "A camp was attacked by Burundian militiamen armed with machetes.").events}
    alleged = code_text("Foreign Minister Ali Youssef of Sudan said the council had ignored the "
                        "war and renewed accusations that the UAE was arming the RSF.")
    assert ("AID", "asserted") not in {(e.type, e.modality) for e in alleged.events}


def test_a_denunciation_is_criticism(code_text):
    article = code_text("President Trump's sharp denunciation of the Iranian regime drew "
                        "applause.")
    assert ("ACCUSE", "USA", "IRN", "asserted") in dyads(article)


def test_denied_accusations_with_a_named_maker_were_made_against_the_denier(code_text):
    article = code_text("Rwanda denied accusations by Congo's government that its troops were "
                        "fighting alongside the rebels.")
    assert {("REJECT", "RWA", "COD", "asserted"), ("ACCUSE", "COD", "RWA", "asserted")} <= \
        dyads(article)
    adjective = code_text("Kabul dismissed Pakistani accusations that Afghan territory was being "
                          "used to plan attacks.")
    assert ("ACCUSE", "PAK", "AFG", "asserted") in dyads(adjective)
    unowned = code_text("Beijing denies the allegations.")
    assert "ACCUSE" not in {e.type for e in unowned.events}


def test_judging_what_was_just_rejected_is_aimed_at_its_maker(code_text):
    article = code_text("Saudi Arabia and Jordan welcomed Washington's decision to send "
                        "additional forces to the Middle East, but Iran's foreign ministry "
                        "rejected it, calling the move \"a recipe for wider war.\"")
    assert ("ACCUSE", "IRN", "USA", "asserted") in dyads(article)
    assert ("ACCUSE", "IRN", "SAU", "asserted") not in dyads(article)
    tactic = code_text("The United States offered Iran new talks, with Foreign Minister Abbas "
                       "Araghchi calling the offer a pressure tactic.")
    assert ("ACCUSE", "IRN", "USA", "asserted") in dyads(tactic)


def test_an_angry_response_drawn_from_a_state_is_its_criticism(code_text):
    article = code_text("Spain, Ireland and Norway recognised a Palestinian state, drawing an "
                        "angry response from Israel.")
    assert ("ACCUSE", "ISR", "ESP,IRL,NOR", "asserted") in dyads(article)


def test_speaking_well_of_ones_own_side_is_no_praise(code_text):
    article = code_text("\"China is willing to continue playing a constructive role in "
                        "easing tensions between "
                        "Pakistan and Afghanistan,\" Chinese Foreign Ministry spokesperson Mao "
                        "Ning said.")
    assert ("SUPPORT", "CHN", "CHN", "asserted") not in dyads(article)


def test_leaving_a_body_or_pact_cuts_relations_and_pulling_troops_back_is_a_retreat(code_text):
    committee = code_text("Mali said it was withdrawing from the Joint Operational Staff "
                          "Committee, a regional security body.")
    assert [(e.type, e.mode) for e in committee.events] == [("SANCTION", "withdraw")]
    deal = code_text("The first Trump administration pulled out of the nuclear deal.")
    assert [(e.type, e.mode) for e in deal.events] == [("SANCTION", "withdraw")]
    troops = code_text("Russia withdrew its troops from Kherson.")
    assert [(e.type, e.mode) for e in troops.events] == [("RETREAT", "withdraw")]


def test_carrying_out_a_plan_is_no_execution(code_text):
    plan = code_text("Syria has become ground zero for Iran's execution of its regional "
                     "ambitions.")
    assert not plan.events
    killing = code_text("Iran's execution of three protesters drew condemnation.")
    assert ("ASSAULT", "execute") in {(e.type, e.mode) for e in killing.events}


def test_things_sent_by_no_one_named_are_no_aid(code_text):
    samples = code_text("Congo's Health Ministry said that of five samples sent to the National "
                        "Institute of Biological Research in Kinshasa, two were positive.")
    assert "AID" not in {e.type for e in samples.events}
    employee = code_text("The U.S. employee in Guangzhou was sent to the United States for "
                         "further evaluation.")
    assert "AID" not in {e.type for e in employee.events}
    sent = code_text("India sent 1,000 family tents to Afghanistan.")
    assert ("AID", "IND", "AFG", "asserted") in dyads(sent)


def test_ending_or_scrapping_a_deal_cuts_relations_and_being_willing_to_threatens(code_text):
    willing = code_text("Trump appeared willing to end his new trade deal with Mexico if the "
                        "caravan was not stopped.")
    assert ("THREATEN", "USA", "MEX", "asserted") in dyads(willing)
    assert "AGREE" not in {e.type for e in willing.events}
    scrapped = code_text("Mali's junta scrapped a defense agreement with France.")
    assert ("SANCTION", "MLI", "FRA", "asserted") in dyads(scrapped)


def test_a_headline_verb_read_as_a_noun_keeps_its_doer_before_it(code_text):
    article = code_text("Hungary's Orban calls for global anti-migrant alliance")
    assert dyads(article) == {("REQUEST", "HUN", "", "asserted")}


def test_giving_up_weapons_is_disarming_and_doubting_it_is_no_promise(code_text):
    doubted = code_text("Veteran Korea observers find it hard to believe Kim Jong-un will give up "
                        "his nuclear weapons.")
    assert [(e.type, e.modality) for e in doubted.events] == [("RETREAT", "hypothetical")]
    pledged = code_text("The PKK said it would give up its weapons.")
    assert ("AGREE", "asserted") in {(e.type, e.modality) for e in pledged.events}


def test_a_protest_faces_whom_its_demand_is_made_of(code_text):
    article = code_text("Thousands of doctors went on strike across Nigeria on Monday to demand "
                        "higher pay from the federal government.")
    assert ("PROTEST", "NGA", "NGA", "asserted") in dyads(article)


def test_water_cannon_used_on_a_crowd_is_crowd_control_against_it(code_text):
    against = code_text("Georgian police used water cannon against thousands of demonstrators "
                        "outside parliament in Tbilisi.")
    assert ("ASSAULT", "GEO", "GEO", "asserted") in dyads(against)
    disperse = code_text("Georgian riot police used water cannon and pepper spray to disperse "
                         "thousands of protesters outside parliament in Tbilisi overnight.")
    assert ("ASSAULT", "GEO", "GEO", "asserted") in dyads(disperse)


def test_barring_journalists_is_coercion_and_barring_officials_a_sanction(code_text):
    journalists = code_text("Georgia's interior ministry barred two Lithuanian journalists from "
                            "entering the country.")
    assert [(e.type, e.mode) for e in journalists.events] == [("COERCE", "restrict")]
    officials = code_text("The United States barred more than 40 Venezuelan officials from "
                          "entering the country.")
    assert [e.type for e in officials.events] == ["SANCTION"]


def test_suspending_the_internet_is_censorship(code_text):
    article = code_text("Pakistani authorities suspended mobile internet in Islamabad.")
    assert [(e.type, e.mode) for e in article.events] == [("COERCE", "censor")]


def test_rescue_teams_arriving_bring_aid(code_text):
    article = code_text("Rescue teams from China and Russia arrived in Mandalay on Monday to help "
                        "Myanmar's military government search for survivors of the earthquake.")
    assert {("AID", "CHN,RUS", "MMR", "asserted")} <= dyads(article)


def test_forces_a_state_strikes_are_not_its_own_when_only_guessed(code_text):
    article = code_text("Syria sent troops into the Druze city of Sweida, and Damascus said the "
                        "operation would end soon. Israeli Defence Minister Israel Katz said the "
                        "army would keep hitting government forces until they withdrew.")
    assert ("THREATEN", "ISR", "SYR", "asserted") in dyads(article)
    assert ("THREATEN", "ISR", "ISR", "asserted") not in dyads(article)


def test_getting_ready_is_preparing_not_promising(code_text):
    preparing = code_text("The US Air Force was getting ready to fly B-52 heavy bombers around "
                          "North Korea's borders.")
    assert "AGREE" not in {e.type for e in preparing.events}
    pledged = code_text("Beijing was ready to work with Canberra.")
    assert ("AGREE", "CHN", "AUS", "asserted") in dyads(pledged)


def test_a_proposal_is_made_to_the_one_whose_answer_is_reported(code_text):
    article = code_text("Ukraine has proposed an \"all for all\" exchange of prisoners, which "
                        "Moscow has not accepted.")
    assert ("AGREE", "UKR", "RUS", "asserted") in dyads(article)


def test_pulling_out_of_a_conference_is_a_withdrawal_from_it(code_text):
    article = code_text("Treasury Secretary Steven Mnuchin said Thursday he was pulling out of a "
                        "major Saudi investment conference. Trade ministers from Britain and "
                        "France had already withdrawn in protest.")
    coded = {(e.type, e.mode, tuple(a.country for a in e.actor)) for e in article.events}
    assert ("SANCTION", "withdraw", ("USA",)) in coded
    assert ("SANCTION", "withdraw", ("GBR", "FRA")) in coded
    assert all([r.country for r in e.recipient] == ["SAU"] for e in article.events
               if e.type == "SANCTION")  # the ministers left the same conference
    assert "RETREAT" not in {e.type for e in article.events}
    assert "PROTEST" not in {e.type for e in article.events}  # why they left, not a march


def test_a_missile_test_is_no_attack(code_text):
    article = code_text("Last week North Korea test fired a new, longer-ranged strategic missile.")
    assert [(e.type, e.mode) for e in article.events] == [("MOBILIZE", "weapons")]


def test_travelling_to_talks_and_back_from_meetings_is_consulting(code_text):
    article = code_text("Iran's military chief of staff landed in Damascus for talks with "
                        "Syrian President Bashar Assad. Secretary of State Mike Pompeo returned "
                        "Wednesday night from meetings with Turkish leaders in Ankara.")
    assert {("CONSULT", "IRN", "SYR", "asserted"),
            ("CONSULT", "USA", "TUR", "asserted")} <= dyads(article)


def test_undated_story_leaves_out_history_older_than_the_years_it_names(code_text):
    text = ("In 2009, millions of Iranians were peacefully protesting the rigged election in "
            "Tehran. In June 2018, Iranian troops attacked Syrian rebels. The regime may fall "
            "by 2030.")
    article = code_text(text, published=None)
    assert ("ASSAULT", "IRN", "SYR", "asserted") in dyads(article)
    assert "PROTEST" not in {e.type for e in article.events}
    recent = code_text(text.replace("June 2018", "June 2010"), published=None)
    assert "PROTEST" in {e.type for e in recent.events}  # "by 2030" is no news date


def test_attacking_a_person_over_what_he_did_is_criticism(code_text):
    article = code_text("Democratic senators attacked President Trump about his performance at "
                        "the Helsinki summit.")
    assert [(e.type, e.mode) for e in article.events] == [("ACCUSE", "disapprove")]


def test_committing_crimes_and_offering_advice_promise_nothing(code_text):
    article = code_text("The MEK committed multiple acts of terrorism. The Senate report offers "
                        "recommendations on relations with Iran.")
    assert "AGREE" not in {e.type for e in article.events}


def test_the_subject_of_was_promised_is_the_one_promised(code_text):
    article = code_text("Ukraine was offered air defence systems by Germany. Under the nuclear "
                        "deal, Iran was promised access to its frozen funds.")
    assert ("AGREE", "DEU", "UKR", "asserted") in dyads(article)
    assert not any(e.type == "AGREE" and e.actor[0].country in ("UKR", "IRN")
                   for e in article.events)


def test_an_attack_to_be_prevented_has_not_happened(code_text):
    article = code_text("North Korea's missiles are designed to prevent a US attack on the "
                        "country.")
    assert [(e.type, e.modality) for e in article.events] == [("ASSAULT", "hypothetical")]
    assert [a.country for a in article.events[0].actor] == ["USA"]


def test_what_a_question_asks_has_not_been_told(code_text):
    article = code_text("If Trump were Putin's man, wouldn't he have eased sanctions on Russia?")
    assert article.events and all(e.modality == "hypothetical" for e in article.events)


def test_recognising_that_something_is_so_backs_no_one(code_text):
    article = code_text("The Trump administration recognizes that the chief impediment to the "
                        "region is Iran's regime. Bhutan recognized Kosovo on Tuesday.")
    assert dyads(article) == {("SUPPORT", "BTN", "XKX", "asserted")}


def test_an_inquiry_faces_no_counterpart_the_sentence_does_not_name(code_text):
    article = code_text("Turkey demanded answers from Saudi Arabia about the journalist. Turkey "
                        "expelled two Saudi diplomats on Monday. Turkey is conducting its own "
                        "investigation.")
    [probe] = [e for e in article.events if e.mode == "investigate"]
    assert [a.country for a in probe.actor] == ["TUR"] and probe.recipient == []


def test_an_inquiry_is_not_folded_into_a_charge_by_the_same_side(code_text):
    article = code_text("Turkey accused Saudi Arabia of killing the journalist. Turkey is "
                        "conducting its own investigation.")
    assert {(e.mode, tuple(r.country for r in e.recipient)) for e in article.events
            if e.type == "ACCUSE"} == {("allege", ("SAU",)), ("investigate", ())}


def test_fined_is_a_penalty_and_sanctioning_a_murder_is_no_sanction(code_text):
    article = code_text("The US fined the Islamic Republic billions as a result.")
    assert ("SANCTION", "USA", "IRN", "asserted") in dyads(article)
    article = code_text("Investigators asked whether Saudi rulers sanctioned the murder.")
    assert "SANCTION" not in {e.type for e in article.events}


def test_a_denial_made_to_someone_is_aimed_at_them(code_text):
    article = code_text("Saudi leaders have denied to both Trump and Pompeo any knowledge of the "
                        "alleged murder.")
    assert ("REJECT", "SAU", "USA,USA", "asserted") in dyads(article)


def test_urging_both_asks_the_two_just_named(code_text):
    article = code_text("NATO Secretary-General Mark Rutte spoke by phone with Serbian President "
                        "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti on Tuesday, his "
                        "spokesperson said, urging both to show restraint.",
                        published="2025-06-03")
    assert ("REQUEST", "IGO", "SRB,XKX", "asserted") in dyads(article)


def test_denying_that_something_was_done_answers_the_charge_not_the_things_named(code_text):
    article = code_text("U.S. officials accused Iran of arming the Houthis. In Tehran, Foreign "
                        "Ministry spokesman Esmaeil Baghaei denied that Iran had supplied the "
                        "missiles or intelligence used in Wednesday's attack.")
    [denial] = [e for e in article.events if e.type == "REJECT"]
    assert (denial.cameo, [r.country for r in denial.recipient]) == ("120", ["USA"])


def test_a_year_named_only_twice_is_still_background(code_text):
    article = code_text("Serbian police detained a Kosovo police officer on Sunday. The area has "
                        "been tense since September 2023, when an armed Serb group clashed with "
                        "Kosovo police. KFOR strengthened its presence in the north in 2023.",
                        published="2025-10-22")
    assert "ASSAULT" not in {e.type for e in article.events}
    assert "COERCE" in {e.type for e in article.events}


def test_claims_shows_and_descriptions_are_no_demands_protests_or_bans(code_text):
    article = code_text("Saudi officials insisted that the journalist left the consulate. Trump "
                        "demonstrated that it is impossible to limit the discussion. Iran tried "
                        "to buy restricted missile technology from Germany.")
    assert not {"REQUEST", "PROTEST", "COERCE"} & {e.type for e in article.events}
    demand = code_text("Iran insisted that the United States must lift all sanctions.")
    assert ("REQUEST", "IRN", "USA", "asserted") in dyads(demand)


def test_what_one_is_reluctant_to_do_is_not_done(code_text):
    article = code_text("The Trump administration's reluctance to condemn the Saudi government "
                        "surprised its allies.")
    assert [(e.type, e.modality) for e in article.events] == [("ACCUSE", "negated")]


def test_seeking_to_act_is_trying_not_asking(code_text):
    article = code_text("Al-Qaeda sought to attack the United States.")
    assert [(e.type, e.modality) for e in article.events] == [("ASSAULT", "hypothetical")]
    asked = code_text("Ukraine sought more weapons from Germany.")
    assert ("REQUEST", "UKR", "DEU", "asserted") in dyads(asked)


def test_a_plea_with_no_named_subject_is_the_accused_answering_the_charge(code_text):
    article = code_text("Kyrgyz prosecutors charged three journalists with calling for mass "
                        "riots. All three pleaded not guilty.")
    assert ("REJECT", "KGZ", "KGZ", "asserted") in dyads(article)


def test_a_city_the_tagger_reads_as_a_time_is_still_the_target(code_text):
    article = code_text("Russia launched missiles at Kyiv overnight.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in dyads(article)


def test_calling_a_claim_fabricated_or_strikes_a_new_low(code_text):
    article = code_text("India accused Pakistan of sheltering militants. The Pakistani military "
                        "called that claim \"fabricated.\"")
    assert ("REJECT", "PAK", "IND", "asserted") in dyads(article)
    article = code_text("Russia launched missiles at Kyiv overnight. European Commission "
                        "President Ursula von der Leyen called the strikes \"a new low.\"",
                        published="2025-06-03")
    assert ("ACCUSE", "EUR", "RUS", "asserted") in dyads(article)


def test_an_unnamed_crowd_marches_for_the_state_it_marches_in(code_text):
    article = code_text("Thousands marched in Caracas on Sunday against the election result.")
    assert [(e.type, [a.country for a in e.actor]) for e in article.events] == \
        [("PROTEST", ["VEN"])]


def test_not_standing_idle_is_a_threat_at_the_one_the_condition_names(code_text):
    article = code_text("\"If Israel continues its strikes, the resistance will not stand idle,\" "
                        "Hezbollah leader Naim Qassem said.")
    assert ("THREATEN", "LBN", "ISR", "asserted") in dyads(article)


def test_saying_a_claim_is_propaganda_denies_it_to_its_owner(code_text):
    article = code_text("Kremlin spokesman Dmitry Peskov told reporters that Ukrainian claims of "
                        "civilian deaths were \"propaganda aimed at Western audiences.\"")
    assert dyads(article) == {("REJECT", "RUS", "UKR", "asserted")}


def test_the_victims_a_state_reports_are_its_own(code_text):
    article = code_text("Ukraine said Russian strikes killed 20 civilians.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in dyads(article)


def test_signing_a_decree_that_calls_up_men_mobilises_them(code_text):
    article = code_text("Russia's President Vladimir Putin signed a decree calling up 160,000 men "
                        "for compulsory military service this spring.", published="2025-04-01")
    assert [(e.type, e.mode) for e in article.events] == [("MOBILIZE", "troops")]


def test_a_stance_analysts_read_into_a_side_is_not_taken(code_text):
    article = code_text("Analysts said Serbia was ready to back down.")
    assert [e.modality for e in article.events] == ["hypothetical"]


def test_past_attacks_are_history_not_an_event(code_text):
    article = code_text("Past attacks were claimed by Islamic State.")
    assert article.events == []
    recent = code_text("The attack was claimed by Islamic State.")
    assert [e.type for e in recent.events] == ["ASSAULT"]


def test_the_last_state_of_a_list_the_parser_strands_is_still_listed(code_text):
    article = code_text("Trump also threatened to stop all federal foreign aid payments to "
                        "Guatemala, Honduras, and El Salvador if the countries failed to block "
                        "the flow of illegal immigrants.")
    [threat] = [e for e in article.events if e.type == "THREATEN"]
    assert [r.country for r in threat.recipient] == ["GTM", "HND", "SLV"]


def test_crushing_protests_is_violent_repression_and_an_aim_is_not_a_deed(code_text):
    article = code_text("Trump referenced the recent widespread Iranian protests, crushed with "
                        "extreme ruthlessness by the Iranian Revolutionary Guard Corps.")
    assert ("ASSAULT", "IRN", "IRN", "asserted") in dyads(article)
    assert "ACCUSE" not in {e.type for e in article.events}  # Iranians' protests, no note
    aim = code_text("Trump's objectives were to crush North Korea.")
    assert [e.modality for e in aim.events] == ["hypothetical"]


def test_what_one_hopes_to_do_is_not_done(code_text):
    # the small model lemmatises "hopes" as "hop"; dyadwatch repairs it after the lemmatizer
    article = code_text("Trump also said he hopes to eventually withdraw US forces from South "
                        "Korea.")
    assert [(e.type, e.modality) for e in article.events] == [("RETREAT", "hypothetical")]


def test_releasing_a_video_or_recordings_frees_no_one(code_text):
    article = code_text("American diplomats in Havana heard strange sounds. Some of the sounds "
                        "have now been recorded and released to the public.")
    assert "RETREAT" not in {e.type for e in article.events}
    freed = code_text("Hamas released three hostages on Saturday.")
    assert [e.type for e in freed.events] == ["RETREAT"]


def test_a_preference_or_a_choice_between_acts_is_neither_act(code_text):
    article = code_text("The US military has preferred to attack small countries like Panama "
                        "and Grenada. America will face a choice between accepting a "
                        "nuclear-armed Iran or acting to destroy its capability.")
    assert article.events and all(e.modality == "hypothetical" for e in article.events)


def test_stressing_the_importance_of_a_state_backs_it(code_text):
    article = code_text("Pompeo again stressed the importance of Saudi Arabia as a strategic "
                        "ally.")
    assert dyads(article) == {("SUPPORT", "USA", "SAU", "asserted")}
    act = code_text("Joly emphasized the importance of addressing maritime security challenges "
                    "posed by Russia's shadow fleet.")
    assert "SUPPORT" not in {e.type for e in act.events}


def test_a_list_after_including_keeps_the_partner_of_talks(code_text):
    # ", including the defense minister" is a preposition, not a participle whose subject
    # the object of "with" would be
    article = code_text("Iran's army chief held talks with Syrian President Bashar Assad, "
                        "including the defense minister.")
    assert dyads(article) == {("CONSULT", "IRN", "SYR", "asserted")}


def test_pleading_with_a_state_asks_it(code_text):
    article = code_text("France pleaded with Iran to release the hostages.")
    assert dyads(article) == {("REQUEST", "FRA", "IRN", "asserted")}


def test_reimposed_sanctions_are_imposed_by_the_subject(code_text):
    article = code_text("Washington reimposed sanctions on Iran in November. Britain's "
                        "reimposition of sanctions on Syria followed.")
    assert dyads(article) == {("SANCTION", "USA", "IRN", "asserted"),
                              ("SANCTION", "GBR", "SYR", "asserted")}


def test_approving_a_package_of_sanctions_imposes_them(code_text):
    article = code_text("The European Union on Monday approved a new package of sanctions "
                        "against Russia over its war in Ukraine. Britain unveiled a fresh set "
                        "of sanctions on Moscow.")
    assert dyads(article) == {("SANCTION", "EUR", "RUS", "asserted"),
                              ("SANCTION", "GBR", "RUS", "asserted")}


def test_ordering_foreign_troops_out_expels_them(code_text):
    article = code_text("Mali's junta ordered French troops to leave the country.")
    assert dyads(article) == {("SANCTION", "MLI", "FRA", "asserted")}
    own = code_text("The Malian government ordered troops to leave the capital.")
    assert "SANCTION" not in {e.type for e in own.events}


def test_a_participle_with_an_object_in_a_verbless_sentence_is_its_verb(code_text):
    # the parser reads "coalition bombed Sanaa" as a noun with a reduced relative clause
    article = code_text("The Saudi-led coalition bombed Sanaa.")
    assert dyads(article) == {("ASSAULT", "SAU", "YEM", "asserted")}


def test_a_backing_state_is_no_party_to_the_act_of_those_it_backs(code_text):
    article = code_text("M23 rebels backed by Rwanda seized the city of Goma in eastern "
                        "Congo.")
    assert all("RWA" not in {e.country for e in event.actor} for event in article.events)
    forces = code_text("Somali troops backed by African Union forces recaptured the town "
                       "from al-Shabaab militants.")
    assert any("IGO" in {e.country for e in event.actor} for event in forces.events)


def test_suspending_a_state_sanctions_it_and_suspending_a_broadcaster_censors(code_text):
    article = code_text("The African Union suspended Niger after the military coup.")
    assert dyads(article) == {("SANCTION", "IGO", "NER", "asserted")}
    media = code_text("Burkina Faso's junta suspended the BBC and Voice of America for two "
                      "weeks.")
    assert {(e.type, e.mode) for e in media.events} == {("COERCE", "censor")}


def test_the_next_act_a_charge_lists_is_its_content(code_text):
    article = code_text("The Philippines accused Chinese coast guard personnel of boarding its "
                        "vessels and seizing weapons.")
    assert dyads(article) == {("ACCUSE", "PHL", "CHN", "asserted")}


def test_burning_a_flag_or_a_quran_is_a_protest_by_those_in_the_place(code_text):
    article = code_text("Protesters burned the Israeli flag in Tehran. Protesters rallied "
                        "outside the Israeli embassy in Tehran.")
    assert dyads(article) == {("PROTEST", "IRN", "ISR", "asserted")}
    quran = code_text("A man burned a Quran outside a mosque in Stockholm.")
    assert [e.type for e in quran.events] == ["PROTEST"]


def test_a_case_against_a_state_at_a_court_accuses_the_state(code_text):
    article = code_text("South Africa filed a genocide case against Israel at the "
                        "International Court of Justice.")
    assert dyads(article) == {("ACCUSE", "ZAF", "ISR", "asserted")}


def test_trading_accusations_accuses_both_ways(code_text):
    article = code_text("Cambodia and Thailand traded accusations over the border clash.")
    assert dyads(article) == {("ACCUSE", "KHM", "THA", "asserted"),
                              ("ACCUSE", "THA", "KHM", "asserted")}


def test_a_vow_the_parser_joins_to_a_reported_clause_is_the_speakers(code_text):
    article = code_text("Israel's Prime Minister Benjamin Netanyahu said the war would resume "
                        "after the truce ended and vowed to destroy Hamas.")
    assert ("THREATEN", "ISR", "PSE", "asserted") in dyads(article)


def test_aid_delivered_by_the_truckload_is_aid(code_text):
    article = code_text("The Palestinian Red Crescent said it had delivered 200 trucks of aid "
                        "to northern Gaza.")
    assert [e.type for e in article.events] == ["AID"]


def test_a_truce_brokered_by_mediators_is_not_theirs(code_text):
    article = code_text("A four-day truce brokered by Qatar and Egypt held for a third day.")
    assert {e.type for e in article.events} == {"CONSULT"}


def test_both_sides_of_a_civil_war_are_one_states_camps_not_the_venue(code_text):
    article = code_text("Sudan's army and the paramilitary Rapid Support Forces have been "
                        "fighting since April 2023. Talks opened in Switzerland on Wednesday. "
                        "The U.S. envoy urged both sides to agree to a nationwide ceasefire.")
    requests = {d for d in dyads(article) if d[0] == "REQUEST"}
    assert requests == {("REQUEST", "USA", "SDN", "asserted")}


def test_talks_led_or_mediated_by_a_state_are_its_meeting_with_the_sides(code_text):
    article = code_text("Qatari-mediated talks between Israel and Hamas resumed on Sunday.")
    assert dyads(article) == {("CONSULT", "QAT", "ISR,PSE", "asserted")}


def test_people_sent_into_shelters_are_given_nothing(code_text):
    article = code_text("Iran fired about 180 missiles at Israel, sending millions of Israelis "
                        "into bomb shelters.")
    assert {e.type for e in article.events} == {"ASSAULT"}


def test_saying_a_state_will_pay_for_it_threatens_it(code_text):
    article = code_text("Netanyahu said Iran had made a big mistake and would pay for it.")
    assert ("THREATEN", "ISR", "IRN", "asserted") in dyads(article)


def test_pressing_an_offensive_is_fighting(code_text):
    article = code_text("Moscow pressed its offensive in the northeastern Kharkiv region.")
    assert [e.type for e in article.events] == ["ASSAULT"]


def test_opposition_leaders_belong_to_the_state_where_they_are_arrested(code_text):
    article = code_text("Police in Dhaka arrested opposition leaders ahead of a planned rally.")
    assert dyads(article) == {("COERCE", "BGD", "BGD", "asserted")}


def test_visa_restrictions_on_officials_are_sanctions(code_text):
    article = code_text("Washington imposed visa restrictions on Georgian officials involved in "
                        "the crackdown on protesters.")
    assert ("SANCTION", "USA", "GEO", "asserted") in dyads(article)
    assert "COERCE" not in {e.type for e in article.events if e.actor}


def test_an_envoy_posted_abroad_does_not_make_the_host_government_his(code_text):
    article = code_text("France withdrew its ambassador from Niger after the junta demanded "
                        "his expulsion.")
    assert ("SANCTION", "FRA", "NER", "asserted") in dyads(article)
    assert {d[1] for d in dyads(article) if d[0] == "REQUEST"} == {"NER"}
    un = code_text("Israel's ambassador to the United Nations denounced the vote, and the "
                   "prime minister cancelled a delegation's trip to Washington.")
    assert {d[1] for d in dyads(un)} == {"ISR"}


def test_releasing_water_frees_no_one(code_text):
    article = code_text("Japan released treated radioactive water from the Fukushima plant into "
                        "the Pacific.")
    assert "RETREAT" not in {e.type for e in article.events}


def test_saying_ones_state_could_act_if_provoked_threatens(code_text):
    article = code_text("Prime Minister Donald Tusk said Poland could close its last open road "
                        "crossing with Belarus if the pressure continued.")
    assert dyads(article) == {("THREATEN", "POL", "BLR", "asserted")}
    weighed = code_text("Opposition parties in Georgia said they could boycott the new "
                        "parliament if no fresh election was called.")
    assert all(e.modality != "asserted" for e in weighed.events)


def test_a_charge_called_baseless_in_a_relative_clause_is_rejected(code_text):
    article = code_text("The Azerbaijani army accused Armenian forces of firing on its "
                        "positions in Nakhchivan, a charge Yerevan called baseless.")
    assert ("REJECT", "ARM", "AZE", "asserted") in dyads(article)


def test_an_embassy_asking_the_junta_asks_the_host_states_junta(code_text):
    article = code_text("A court in Myanmar sentenced a Japanese filmmaker to ten years in "
                        "prison. Myanmar's military has ruled the country since a 2021 coup. "
                        "Japan's embassy said it had repeatedly asked the junta to release him.")
    assert ("REQUEST", "JPN", "MMR", "asserted") in dyads(article)


def test_working_with_a_named_partner_is_cooperation(code_text):
    article = code_text("The World Health Organization said it is working closely with "
                        "Congo's government to scale up its operations.")
    assert dyads(article) == {("COOPERATE", "UNO", "COD", "asserted")}
    pledge = code_text("Japan's prime minister said Tokyo would work with Washington and "
                       "Seoul to tighten enforcement of U.N. sanctions.")
    assert ("AGREE", "JPN", "KOR,USA", "asserted") in dyads(pledge)


def test_trucks_allowed_into_a_territory_are_access_granted(code_text):
    article = code_text("Israeli authorities allowed 40 trucks of food and medicine into "
                        "northern Gaza.")
    assert {(e.type, e.mode) for e in article.events} == {("RETREAT", "access")}


def test_a_threat_to_use_force_and_a_charge_after_a_denied_gerund(code_text):
    article = code_text("ECOWAS said it would use force if the junta in Niger did not free "
                        "President Mohamed Bazoum.")
    assert ("THREATEN", "IGO", "NER", "asserted") in dyads(article)
    denial = code_text("Sudan's paramilitary Rapid Support Forces denied targeting civilians "
                       "and accused the army of using residents as human shields.")
    assert "ACCUSE" in {e.type for e in denial.events}


def test_a_minister_on_a_visit_is_visiting(code_text):
    article = code_text("German Defense Minister Boris Pistorius, on an unannounced visit to "
                        "Kyiv, announced a new military aid package.")
    assert ("CONSULT", "DEU", "UKR", "asserted") in dyads(article)


def test_a_wire_dateline_with_an_agency_is_no_party(code_text):
    article = code_text("DUBAI (Reuters) - Yemen's Houthi movement said on Tuesday it had fired "
                        "two anti-ship missiles at a Greek-owned bulk carrier in the Gulf of "
                        "Aden.")
    assert {d[1] for d in dyads(article)} == {"YEM"}
    crowd = code_text("TBILISI (Reuters) - Thousands of protesters rallied outside parliament "
                      "against the government's decision to suspend talks on joining the "
                      "European Union.")
    assert {d[1] for d in dyads(crowd) if d[0] == "PROTEST"} == {"GEO"}


def test_a_denial_answers_the_accuser_in_its_sentence(code_text):
    article = code_text("Iran's foreign ministry denied supplying the group with weapons after "
                        "Washington accused Tehran of enabling the attacks.")
    assert ("REJECT", "IRN", "USA", "asserted") in dyads(article)


def test_the_group_refers_back_to_the_armed_group_just_named(code_text):
    article = code_text("JERUSALEM (AP) - The Israeli military said it had targeted a Hamas "
                        "commander involved in rocket fire and accused the group of operating "
                        "from civilian buildings.")
    assert ("ACCUSE", "ISR", "PSE", "asserted") in dyads(article)


def test_a_standing_mediator_role_is_no_mediation_and_both_sides_are_those_it_names(code_text):
    article = code_text("Egypt and Qatar, which mediate between Israel and Hamas, urged both "
                        "sides to return to negotiations.")
    assert ("CONSULT", "asserted") not in {(d[0], d[3]) for d in dyads(article)}
    assert ("REQUEST", "EGY,QAT", "ISR,PSE", "asserted") in dyads(article)


def test_one_side_failing_to_agree_on_its_own_measures_rejects_no_one(code_text):
    article = code_text("European Union ambassadors failed to agree on a new round of "
                        "sanctions against Russia.")
    assert "REJECT" not in {e.type for e in article.events}
    sides = code_text("Russia and Ukraine failed to agree on a ceasefire.")
    assert "REJECT" in {e.type for e in sides.events}


def test_a_charge_parsed_as_a_second_subject_is_rejected_by_the_other(code_text):
    article = code_text("Moscow accused the agency of bias, a charge the IAEA has rejected.")
    assert ("REJECT", "UNO", "RUS", "asserted") in dyads(article)


def test_rockets_fired_into_villages_hit_their_state(code_text):
    article = code_text("Cambodian forces fired rockets into Thai villages.")
    assert dyads(article) == {("ASSAULT", "KHM", "THA", "asserted")}


def test_a_refusal_until_another_acts_is_aimed_at_it_and_no_state_refuses_itself(code_text):
    article = code_text("The State Department said Washington would not lift sanctions "
                        "before Iran halts all enrichment.")
    assert dyads(article) == {("REJECT", "USA", "IRN", "asserted")}
    own = code_text("The Thai army accused Cambodian troops of laying new mines. Acting Thai "
                    "Prime Minister Phumtham Wechayachai said Thailand would not accept any "
                    "outside mediation on demarcating the frontier.")
    assert ("REJECT", "THA", "THA", "asserted") not in dyads(own)


def test_a_monitors_report_of_abuses_accuses_the_abusers(code_text):
    article = code_text("Human Rights Watch said in a report last month that Malian soldiers "
                        "and Russian fighters executed at least 12 men.")
    assert ("ACCUSE", "NGO", "MLI,RUS", "asserted") in dyads(article)
    source = code_text("The Pentagon said Russian forces shelled the town.")
    assert "ACCUSE" not in {e.type for e in source.events}


def test_readiness_for_talks_and_coordination_pledges_are_agreements(code_text):
    article = code_text("The U.S. State Department said Washington was ready for direct talks "
                        "with Tehran. Japan said Tokyo would coordinate closely with Washington "
                        "and Seoul on further steps.")
    assert {("AGREE", "USA", "IRN", "asserted"), ("AGREE", "JPN", "KOR,USA", "asserted")} <= \
        dyads(article)


def test_blacklisting_and_leaving_a_bloc_and_the_three_countries_named(code_text):
    article = code_text("The U.S. Commerce Department on Tuesday added 87 Chinese companies to "
                        "its export blacklist.")
    assert ("SANCTION", "USA", "CHN", "asserted") in dyads(article)
    bloc = code_text("Mali, Burkina Faso and Niger have accused Ukraine and France of backing "
                     "armed groups. In January, the three countries formally left the West "
                     "African regional bloc ECOWAS.")
    assert ("SANCTION", "BFA,MLI,NER", "IGO", "asserted") in dyads(bloc)


def test_a_pledge_not_to_use_force_and_an_agreement_past_a_modifier_are_no_threats(code_text):
    article = code_text("In January, India and China agreed to resume direct flights, suspended "
                        "since 2020. The leaders of Guyana and Venezuela met in St. Vincent and "
                        "pledged not to use force.")
    assert "THREATEN" not in {e.type for e in article.events}
    assert ("AGREE", "GUY,VEN", "", "asserted") in dyads(article)


def test_the_state_a_warning_says_would_act_threatens_the_one_that_would_provoke_it(code_text):
    article = code_text("A Taiwan Affairs Office spokesman warned that Beijing would not "
                        "hesitate to take resolute measures if Taiwan's government continued to "
                        "seek independence.")
    assert ("THREATEN", "CHN", "TWN", "asserted") in dyads(article)
    undergoer = code_text("The White House warned that Iran would face serious consequences if "
                          "it attacked U.S. forces.")
    assert ("THREATEN", "USA", "IRN", "asserted") in dyads(undergoer)


def test_an_explosion_is_no_attacker_and_war_drums_beat_no_one(code_text):
    article = code_text("Two Thai soldiers were wounded by an explosion near the temple.")
    assert all(not e.actor for e in article.events if e.type == "ASSAULT")
    drums = code_text("Eritrea's minister said Ethiopia was beating the drums of war.")
    assert "ASSAULT" not in {e.type for e in drums.events}


def test_ones_own_arms_pledged_are_no_recipient(code_text):
    article = code_text("German Defense Minister Boris Pistorius, visiting Kyiv on Wednesday, "
                        "pledged more air defense systems.")
    assert ("AGREE", "DEU", "UKR", "asserted") in dyads(article)
    assert not any(d[1] == d[2] for d in dyads(article))
