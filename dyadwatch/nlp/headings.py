"""Inline section headings: news pages flattened to text keep their subheadings with no stop
after them ("... is yet to be finalized. Trump approval During a visit by Starmer ..."). A
capitalised function word after an ordinary word, mid-sentence, starts a new sentence, so the
heading does not become the subject of the sentence it precedes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

NAME = "dyadwatch_headings"
# Words that open a sentence after a heading; capitalised mid-sentence they rarely belong
# to a name ("The Guardian", "Doctors Without Borders": a capitalised word follows them).
OPENERS = frozenset({
    "The", "A", "An", "During", "Despite", "In", "On", "At", "After", "Before", "Since", "As",
    "When", "While", "Although", "Though", "But", "And", "However", "For", "With", "Without",
    "Under", "Over", "Amid", "Following", "Meanwhile", "It", "He", "She", "They", "We",
    "This", "That", "These", "Those", "Many", "Some", "Most"})
NAMING_WORDS = frozenset({"called", "named", "titled", "entitled", "dubbed", "headlined",
                          "nicknamed", "known", "as"})
FUNCTION_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "POS", "MD"})


SENTENCE_ENDS = frozenset('.!?"\')”’:')
PLATFORM_PREPS = frozenset({"on", "via", "to", "from"})
DASHES = frozenset({"—", "–", "--", "-"})


def mark_dateline(doc: Doc) -> None:
    """"DHAKA, BANGLADESH — Bangladesh's interim government has banned ...", "DUBAI (Reuters) -
    Yemen's Houthi movement said ...": the dateline, with any agency in brackets, is a
    sentence of its own, so the place or agency is not read as the subject of the lead."""
    depth = 0
    for token in doc[1:12]:
        if token.text in DASHES and token.i + 1 < len(doc):
            words = [t for t in doc[:token.i] if t.is_alpha and not _bracketed(t)]
            if words and all(t.is_upper and len(t) > 1 or t.text in ("(", ")") for t in words
                             if not t.is_punct):
                doc[token.i + 1].is_sent_start = True
                for after in doc[token.i + 2: token.i + 6]:
                    # "KYIV, UKRAINE — Ukraine and Russia exchanged": one sentence
                    after.is_sent_start = False
            return
        depth += token.text == "("
        if not (token.is_upper or token.is_punct or token.is_space or depth and
                token.is_alpha):
            return
        depth -= token.text == ")"


def _bracketed(token: Token) -> bool:
    """Whether a dateline word stands in brackets ("(Reuters)")."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "(" and token.i + 1 < len(doc) and \
        doc[token.i + 1].text == ")"


def _line_per_sentence(doc: Doc) -> bool:
    """Whether the text puts each sentence or paragraph on a line of its own (most lines end
    a sentence), rather than wrapping lines at a fixed width (most end mid-sentence)."""
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    ended = sum(1 for line in lines if line[-1] in SENTENCE_ENDS)
    return len(lines) >= 3 and ended >= 0.6 * len(lines)


def mark_headings(doc: Doc) -> Doc:
    """Set a sentence start after a blank line, after every line break in a text that puts
    each sentence on a line of its own, and on an opener that follows a heading word (runs
    before the parser, which keeps boundaries already set); also ends a leading dateline."""
    mark_dateline(doc)
    by_line = "\n" in doc.text and _line_per_sentence(doc)
    for token in doc[:-1]:
        if token.is_space and (token.text.count("\n") >= 2 or by_line and "\n" in token.text):
            # a blank line ends a heading or paragraph; so does any line break of a text laid
            # out a sentence a line ("... October 18, 2018\nTrump also threatened")
            doc[token.i + 1].is_sent_start = True
        elif token.text == "X." and token.i > 0 and doc[token.i - 1].lower_ in PLATFORM_PREPS \
                and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = True  # "wrote on X. He said": no initial
    for token in doc[1:-1]:
        prev, nxt = doc[token.i - 1], doc[token.i + 1]
        if token.text not in OPENERS or not prev.is_alpha or prev.tag_ in FUNCTION_TAGS:
            continue
        if prev.lower_ in NAMING_WORDS:
            continue  # "titled The Art of War", "called The Hague"
        if nxt.is_title:
            continue  # "the newspaper The Guardian", "Reporters Without Borders"
        if nxt.is_alpha or nxt.tag_ in ("DT", "CD", "PRP$"):
            token.is_sent_start = True
    return doc


def add_heading_splitter(nlp: Language) -> None:
    """Insert the splitter between the tagger and the parser of a spaCy pipeline."""
    from spacy.language import Language

    if NAME not in Language.factories:
        Language.component(NAME, func=mark_headings)
    if NAME not in nlp.pipe_names and "tagger" in nlp.pipe_names and \
            "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, after="tagger")
