"""Direct quotes: who is speaking inside them, and the blame they put into words.

A quote of several sentences is attributed once (“... . ...,” Crow told VOA; Joly said, “...”);
inside it "I" and "we" are the speaker, and naming a party with a word of blame ("Vladimir Putin
is the aggressor", "Russia's illegal aggression") is the speaker's accusation (ACCUSE
disapprove), as the guidelines code spoken criticism.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Entity
from . import modality as mod
from .appraisal import NEGATIVE_WORDS, copular_predicate
from .lexicon import Coding, TriggerEntry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .linking import ActorLinker

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
# Verbs that attribute a quote, beyond the reporting verbs of modality.SPEECH_VERBS.
QUOTING_VERBS = mod.SPEECH_VERBS | {"tell", "add", "continue", "ask", "write", "warn",
                                    "urge"}
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# Nouns of blame that accuse whoever they are attributed to ("Russia's aggression").
BLAME_NOUNS = frozenset({"aggression", "aggressor", "atrocity", "genocide", "terrorism",
                         "provocation", "violation", "lie", "crime", "abuse", "hypocrisy",
                         "occupation", "invasion", "interference", "meddling", "propaganda",
                         "blackmail", "bullying", "brutality", "sabotage"})
QUOTED_CRITICISM = TriggerEntry(("quote",), "N", Coding("ACCUSE", "disapprove", "111"),
                                frozenset(), None)
MIN_QUOTE = 12  # characters: shorter quotes are scare quotes ("inhumane"), not speech


# How far apart two quotes of one speaker may be: the attribution between them ('," X wrote on
# Telegram, posting photos. "').
CONTINUATION_GAP = 80


@dataclass
class Quote:
    start: int
    end: int
    speaker: list[Entity]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs, or alternating straight ones)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if open_at is not None and (ch in CLOSING or ch == STRAIGHT):
            spans.append((open_at, i))  # news copy mixes straight and curly marks
            open_at = None
        elif ch in OPENING or ch == STRAIGHT:
            open_at = i + 1
        elif ch == "\n" and text[i + 1:i + 2] == "\n":
            open_at = None  # a quote does not run past its paragraph
    return [(s, e) for s, e in sorted(spans) if e - s >= MIN_QUOTE]


class Quotes:
    """The quotes of one article with their speakers, looked up by character offset."""

    def __init__(self, doc: Doc, linker: ActorLinker) -> None:
        self.quotes: list[Quote] = []
        for start, end in quote_spans(doc.text):
            speaker = _attribution(doc, start, end, linker)
            last = self.quotes[-1] if self.quotes else None
            between = doc.text[last.end:start] if last is not None else ""
            if not speaker and last is not None and "\n\n" not in between and \
                    len(between) <= CONTINUATION_GAP:
                # '"Our people are home," Zelenskyy wrote. "We will bring back every single
                # one."': a quote that goes on in the same paragraph keeps its speaker
                speaker = last.speaker
            if speaker:
                self.quotes.append(Quote(start, end, speaker))
        self._starts = [q.start for q in self.quotes]

    def speaker_at(self, offset: int) -> list[Entity]:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i].speaker
        return []

    def overlapping(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if q.start < end and start < q.end]


def _attribution(doc: Doc, start: int, end: int, linker: ActorLinker) -> list[Entity]:
    """The subject of the reporting verb right after the quote (“...,” X said) or right before
    it (X said, “...”), in the sentences that hold the closing and opening marks."""
    close = doc.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
    if close is not None and len(close):
        sent = close[0].sent
        after = [t for t in sent if t.idx > end]
        found = _speaker_of(after[:8], linker, start, end)
        if found:
            return found
    opening = doc.char_span(max(start - 1, 0), start, alignment_mode="expand")
    if opening is not None and len(opening):
        sent = opening[0].sent
        before = [t for t in sent if t.idx + len(t) < start]
        return _speaker_of(before[-8:], linker, start, end)
    return []


def _speaker_of(tokens: list[Token], linker: ActorLinker, start: int,
                end: int) -> list[Entity]:
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in QUOTING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"
                    and not start <= c.idx < end]
        if subjects:
            return [e for e in linker.entities(subjects[:1])
                    if e.country not in ("", "---") or e.sector]
    return []


def quoted_blame(sent: Span, quote: Quote, linker: ActorLinker) -> list[tuple[Token, list[Entity]]]:
    """Parties a quoted sentence blames: "X is the aggressor", "X's illegal aggression"."""
    found: list[tuple[Token, list[Entity]]] = []
    own = {(e.country, e.sector) for e in quote.speaker}
    for token in sent:
        if not quote.start <= token.idx < quote.end:
            continue
        targets: list[Token] = []
        word = token.lemma_.lower()
        predicate = copular_predicate(token) if token.pos_ in ("AUX", "VERB") else None
        if predicate is not None:
            if _blames(predicate):
                targets = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.pos_ == "NOUN" and (word in BLAME_NOUNS or any(
                c.dep_ == "amod" and c.lemma_.lower() in NEGATIVE_WORDS
                for c in token.children) and word in ("war", "action", "attack", "policy")):
            targets = [c for c in token.children if c.dep_ == "poss"]
        targets = [t for t in targets if t.lower_ not in FIRST_PERSON and t.pos_ != "PRON"]
        if not targets:
            continue
        parties = [e for e in linker.entities(targets) if e.country not in ("", "---")
                   and (e.country, e.sector) not in own
                   and not (e.sector == "" and e.country in {c for c, _ in own})]
        if parties:
            found.append((token, parties))
    return found


def _blames(predicate: Token) -> bool:
    words = {t.lemma_.lower() for t in predicate.subtree} | {t.lower_ for t in predicate.subtree}
    return bool(words & (NEGATIVE_WORDS | BLAME_NOUNS))
