

def test_a_family_name_written_first_refers_back_to_the_full_name(resolve):
    article = resolve("China Coast Guard spokesperson Liu Dejun said the ship had intruded. Liu "
                      "demanded that Manila stop.")
    liu = [a for a in article.actors if "Liu" in a.text]
    assert len(liu) == 1 and len(liu[0].mentions) == 2 and liu[0].country == "CHN"
