"""Direct quotes: their speakers, "I"/"we" inside them, and the blame they put into words."""

from __future__ import annotations

import pytest

from dyadwatch.events.quotes import quote_spans

from .conftest import dyads


def test_quote_spans_pair_curly_and_mixed_marks_and_skip_scare_quotes():
    text = ('He called it “arbitrary.” “We will not back down,” she said. '
            '"Putin is the aggressor. He started it,” Crow said.')
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["We will not back down,", "Putin is the aggressor. He started it,"]


def test_a_quote_does_not_run_past_its_paragraph():
    text = "“An opening mark left open\n\nA new paragraph with a closing mark”"
    assert quote_spans(text) == []


@pytest.mark.models
def test_blame_in_a_quote_attributed_after_it_is_the_speakers_accusation(code_text):
    article = code_text("Democratic Representative Jason Crow spoke to VOA. \"We have to "
                        "understand that Vladimir Putin is the aggressor. He's the one who "
                        "started this war,” Crow told VOA.", published="2025-03-12")
    assert ("ACCUSE", "USA", "RUS", "asserted") in dyads(article)


@pytest.mark.models
def test_blame_in_a_quote_attributed_before_it(code_text):
    article = code_text("Canadian Foreign Minister Melanie Joly said, “Peace and stability is on "
                        "the top of our agenda, and we will continue to support Ukraine in the "
                        "face of Russia's illegal aggression.”", published="2025-03-12")
    found = dyads(article)
    assert ("ACCUSE", "CAN", "RUS", "asserted") in found
    # "we will continue to support Ukraine": the speaker's promise of support
    assert any(d[0] in ("SUPPORT", "AGREE") and d[1] == "CAN" and d[2] == "UKR" for d in found)


@pytest.mark.models
def test_denied_blame_is_no_accusation(code_text):
    article = code_text("Russian Foreign Minister Sergei Lavrov said: “Russia is not the "
                        "aggressor in this conflict, whatever the West claims.”",
                        published="2025-03-12")
    assert not any(d[0] == "ACCUSE" and d[2] == "RUS" for d in dyads(article))


@pytest.mark.models
def test_must_and_should_not_in_a_quote_are_the_speaker_s_demands(code_text):
    article = code_text("Germany's foreign minister Annalena Baerbock spoke on Monday. “The Thai "
                        "government shouldn’t send these people back to China. Washington must "
                        "act now,” Baerbock said.", published="2025-03-12")
    found = dyads(article)
    assert ("REQUEST", "DEU", "THA", "asserted") in found
    assert ("REQUEST", "DEU", "USA", "asserted") in found


def test_they_inside_a_quote_is_not_its_speaker(code_text):
    article = code_text("\"Tomorrow they will arrest our teachers,\" said Tamar Beridze, a "
                        "Georgian university student.")
    assert not any(a.text == "Tamar Beridze" for e in article.events for a in e.actor)
