"""Inline subheadings of flattened news pages start sentences of their own (real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def nlp():
    from dyadwatch.nlp import load_nlp

    return load_nlp()


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_a_heading_before_a_sentence_is_split_off(nlp):
    text = ("The deal is yet to be finalized. Trump approval During a visit by Starmer to the "
            "White House, Trump said he was inclined to approve it.")
    assert sentences(nlp, text)[1] == "Trump approval"
    assert sentences(nlp, text)[2].startswith("During a visit")


def test_names_and_titles_with_capitalised_function_words_stay_whole(nlp):
    for text in ("The court in The Hague ruled that the newspaper The Guardian was right.",
                 "Media watchdog Reporters Without Borders welcomed the release.",
                 "He wrote a book titled The Art of War in 2010."):
        assert len(sentences(nlp, text)) == 1, text



def test_a_blank_line_ends_a_heading_with_no_stop(nlp):
    text = "The envoy arrived.\n\nShuttle diplomacy\n\nSorensen met Vucic in Belgrade on Tuesday."
    assert [s.strip() for s in sentences(nlp, text)] == [
        "The envoy arrived.", "Shuttle diplomacy", "Sorensen met Vucic in Belgrade on Tuesday."]


def test_a_dateline_does_not_split_the_lead_after_its_first_word(nlp):
    text = ("KYIV, UKRAINE — Ukraine and Russia exchanged 146 prisoners of war each on "
            "Wednesday in a swap mediated by the United Arab Emirates.")
    assert sentences(nlp, text)[1].startswith("Ukraine and Russia exchanged")


def test_the_platform_x_ends_a_sentence(nlp):
    text = "Zelenskyy thanked the UAE in a post on X. He called on partners to send more."
    assert sentences(nlp, text)[1] == "He called on partners to send more."


def test_a_text_laid_out_a_sentence_a_line_breaks_at_every_line(nlp):
    text = ("Trump on Twitter:\nWe will stop it. — Donald J. Trump (@realDonaldTrump) October 18, "
            "2018\nTrump also threatened to stop all aid to Honduras.\nHe said so twice.\n")
    assert any(s.strip().startswith("Trump also threatened") for s in sentences(nlp, text))


def test_hard_wrapped_lines_stay_one_sentence(nlp):
    text = ("The foreign ministers of the two countries met in\nGeneva on Tuesday and agreed to "
            "resume\ntalks on the border dispute next month.\n")
    assert len([s for s in sentences(nlp, text) if s.strip()]) == 1
