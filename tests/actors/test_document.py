

def test_a_family_name_written_first_refers_back_to_the_full_name(resolve):
    article = resolve("China Coast Guard spokesperson Liu Dejun said the ship had intruded. Liu "
                      "demanded that Manila stop.")
    liu = [a for a in article.actors if "Liu" in a.text]
    assert len(liu) == 1 and len(liu[0].mentions) == 2 and liu[0].country == "CHN"


def test_an_ally_named_in_apposition_is_that_state(resolve):
    article = resolve("Chinese ships fired water cannon at a Philippine vessel. State Department "
                      "spokesperson Tammy Bruce said the United States \"stands with our ally "
                      "the Philippines\".")
    ally = [a for a in article.actors if a.text == "our ally"]
    assert ally and ally[0].country == "PHL"


def test_a_former_minister_titled_as_a_un_envoy_serves_the_un(resolve):
    article = resolve("UN special envoy Julie Bishop urged all parties to allow aid to reach "
                      "every affected community.", published="2025-04-02")
    assert article.actors[0].country == "UNO"


def test_brussels_speaking_in_a_story_about_the_eu_is_the_eu(resolve):
    article = resolve("The European Commission proposed new rules on migration. Brussels said it "
                      "supports member states' efforts. Belgian police in Brussels arrested two "
                      "men.")
    by_text = {(a.text, a.country) for a in article.actors}
    assert ("Brussels", "EUR") in by_text and ("Brussels", "BEL") in by_text
    alone = resolve("Brussels said it would host the summit.")
    assert alone.actors[0].country == "BEL"


def test_well_known_tech_firms_are_multinationals(resolve):
    article = resolve("Chinese customs seized 12 shipments of Nvidia chips, and Nepal lifted its "
                      "ban on Facebook and YouTube.")
    firms = {a.text: a.country for a in article.actors if a.text in ("Nvidia", "Facebook",
                                                                     "YouTube")}
    assert firms == {"Nvidia": "MNC", "Facebook": "MNC", "YouTube": "MNC"}


def test_a_sentence_opening_it_continues_the_body_that_spoke_before(resolve):
    article = resolve("The UAE foreign ministry said the exchange was its 13th mediation between "
                      "Russia and Ukraine. It thanked both governments for their cooperation. "
                      "It is unclear when talks will resume.")
    ministry = [a for a in article.actors if a.country == "ARE"]
    assert ministry and len(ministry[0].mentions) == 2


def test_he_after_an_unknown_name_described_by_office_is_that_official(resolve):
    article = resolve("Dmytro Lubinets, Ukraine's parliamentary human rights commissioner, said "
                      "he had raised the cases with his Russian counterpart, Tatyana Moskalkova. "
                      "\"We demand that Russia release all civilians,\" he said.")
    russian = [a for a in article.actors if a.country == "RUS" and a.kind == "person"]
    assert russian and not any(article.text[s:e] == "he" for s, e in russian[0].mentions)
