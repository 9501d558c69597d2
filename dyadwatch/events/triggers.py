"""Find event triggers in a parsed sentence: one lexicon lookup per token, longest match wins."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import TriggerEntry

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Most tokens allowed between two words of a pattern (verb phrases have objects in between).
MAX_GAP = {"V": 8, "N": 2, "A": 2, "*": 2}
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "ccomp", "xcomp", "attr", "prep"})


@dataclass
class Trigger:
    """A matched lexicon entry: the words found and the token that heads them."""

    entry: TriggerEntry
    anchor: Token
    tokens: list[Token]

    @property
    def is_verbal(self) -> bool:
        return self.anchor.pos_ in VERB_POS

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.idx + len(t) for t in self.tokens)


def _keys(token: Token) -> tuple[str, ...]:
    lemma = token.lemma_.lower()
    lower = token.lower_
    return (lemma,) if lemma == lower else (lemma, lower)


def _word_matches(word: str, token: Token) -> bool:
    return word == token.lemma_.lower() or word == token.lower_


def _match(entry: TriggerEntry, tokens: list[Token], i: int) -> list[Token] | None:
    """The tokens of `entry` starting at position i of the sentence, or None."""
    found = [tokens[i]]
    j = i + 1
    gap = MAX_GAP[entry.pos]
    for word in entry.words[1:]:
        limit = min(len(tokens), j + gap + 1)
        while j < limit and not _word_matches(word, tokens[j]):
            j += 1
        if j >= limit:
            return None
        found.append(tokens[j])
        j += 1
    return found


def _connected(found: list[Token]) -> bool:
    """Whether the words of a multiword match hang together in the parse (within two arcs)."""
    if len(found) == 1:
        return True

    def near(a: Token, b: Token) -> bool:
        return a.head.i == b.i or a.head.head.i == b.i or b.head.i == a.i or b.head.head.i == a.i

    return all(any(near(t, u) for u in found if u.i != t.i) for t in found)


def _below(anchor: Token, found: list[Token]) -> bool:
    """Whether a verb pattern's other words depend on its verb: "meet (their) demands", not
    "the Council, meeting in Addis Ababa, demanded" (the verb that governs the first)."""
    def under(t: Token) -> bool:
        for _ in range(3):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.i == anchor.i:
                return True
        return False

    return all(t.i == anchor.i or under(t) for t in found)


def _anchor(entry: TriggerEntry, found: list[Token]) -> Token:
    if entry.pos == "V" or len(found) == 1 or found[0].pos_ in VERB_POS:
        return found[0]
    inside = {t.i for t in found}
    last = found[-1]
    if found[0].pos_ in NOUN_POS and last.head.lower_ == "of" and last.head.head.i == found[0].i:
        return found[0]  # "the transfer of arms": the act, not what it moves
    heads = [t for t in found if t.head.i not in inside or t.head.i == t.i]
    if entry.pos != "N" and heads:
        return heads[-1]  # "test-fired": the verb heads the phrase
    nouns = [t for t in heads if t.pos_ in NOUN_POS] or [t for t in found if t.pos_ in NOUN_POS]
    return (nouns or heads or found)[-1]


def _pos_ok(entry: TriggerEntry, anchor: Token) -> bool:
    if anchor.ent_type_ in ("DATE", "TIME", "PERSON", "GPE", "LOC", "ORG", "NORP"):
        return False
    if entry.pos == "V":
        return anchor.pos_ in VERB_POS
    if entry.pos == "N":
        return anchor.pos_ in NOUN_POS
    if entry.pos == "A":
        # "angry with Ankara", "concerned about Iran's production": a predicate adjective
        return anchor.dep_ == "acomp" or anchor.pos_ == "ADJ" and anchor.dep_ == "ROOT" or (
            anchor.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in anchor.children))
    return anchor.pos_ in VERB_POS or anchor.pos_ in NOUN_POS


CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "soldier",
                      "activist", "journalist", "national", "citizen", "sailor", "crew"})


# Participles that describe a thing ("restricted ballistic missile technology", "the banned
# movement") rather than report a restriction.
DESCRIBING_PARTICIPLES = frozenset({"restricted", "banned", "prohibited", "outlawed",
                                    "proscribed", "sanctioned", "controlled"})
# Verbs of recognition that, with a that-clause, say what someone knows or grants, not whom
# they back or recognise.
KNOWING_VERBS = frozenset({"recognize", "recognise", "appreciate", "acknowledge",
                           "understand", "accept"})
BARGAINS = frozenset({"deal", "agreement", "accord", "bargain", "compromise", "pact", "truce"})


def _flags_ok(entry: TriggerEntry, anchor: Token) -> bool:
    deps = {c.dep_ for c in anchor.children}
    if "pass" in entry.flags and not deps & PASSIVE_DEPS:
        return False
    if "agent" in entry.flags and deps & PASSIVE_DEPS and "agent" not in deps:
        return False  # "Malawi was hit hard" names no attacker: only "hit by drones" counts
    if "noobj" in entry.flags and deps & {"dobj", "ccomp"}:
        return False  # "demonstrated that it is impossible to ...": showed, no protest
    if "inf" in entry.flags and not any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in anchor.children):
        return False  # "ready to talk" (but "the army is ready" says nothing of an act)
    if anchor.dep_ == "amod" and anchor.lower_ in DESCRIBING_PARTICIPLES:
        return False
    if entry.words[1:] == ("importance",) and not any(
            o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            for c in anchor.children if c.lemma_.lower() == "importance"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"):
        return False  # "stressed the importance of Saudi Arabia" backs it; "of addressing" no one
    if anchor.lemma_.lower() in ("seek", "try") and "dobj" not in deps and "xcomp" in deps:
        return False  # "al-Qaeda sought to attack the US": tried, asked no one
    if anchor.lemma_.lower() == "insist" and any(
            c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN", "VBZ") and not any(
                a.tag_ == "MD" for a in c.children) for c in anchor.children):
        return False  # "insisted that Khashoggi left the consulate": a claim, not a demand
    if entry.coding.type == "SUPPORT" and anchor.lemma_.lower() in KNOWING_VERBS and \
            "ccomp" in deps:
        return False  # "recognizes that the chief impediment is Iran's regime": a view
    if entry.coding.type == "ASSAULT" and anchor.dep_ == "acl" and \
            anchor.head.lemma_.lower() in BARGAINS:
        return False  # "under a deal struck with Trump"
    # "prisoners released by Israel": the captives a reduced passive hangs on are its object
    # (but "rebels backed by Rwanda", "a video released by the group" describe, not report)
    reduced_passive = anchor.dep_ == "acl" and anchor.tag_ == "VBN" and "agent" in deps \
        and entry.coding.type == "RETREAT" and anchor.head.lemma_.lower() in CAPTIVES
    return not ("obj" in entry.flags and entry.pos != "N" and anchor.pos_ in VERB_POS
                and not deps & OBJECT_DEPS and not reduced_passive)


def _verb_and_object(trigger: Trigger) -> bool:
    anchor = trigger.anchor
    return anchor.pos_ in VERB_POS and len(trigger.tokens) > 1 and \
        trigger.tokens[-1].head.i == anchor.i and trigger.tokens[-1].dep_ == "dobj"


def find_triggers(sent: Span | Iterable[Token],
                  lexicon: dict[str, tuple[TriggerEntry, ...]]) -> list[Trigger]:
    """Every non-overlapping trigger in the sentence, longer patterns taking precedence."""
    tokens = list(sent)
    candidates: list[Trigger] = []
    for i, token in enumerate(tokens):
        if not token.is_alpha and "-" not in token.text:
            continue
        for key in _keys(token):
            for entry in lexicon.get(key, ()):
                found = _match(entry, tokens, i)
                if found is None or not _connected(found):
                    continue
                anchor = _anchor(entry, found)
                if entry.pos == "V" and not _below(anchor, found):
                    continue
                if _pos_ok(entry, anchor) and _flags_ok(entry, anchor):
                    candidates.append(Trigger(entry, anchor, found))
    # Longest first; among equals, content words beat prepositions ("fired rockets at"), and a
    # verb with its object beats a modifier with its noun ("cease military aid" is a cut).
    candidates.sort(key=lambda t: (-len(t.tokens), sum(w.pos_ == "ADP" for w in t.tokens),
                                   not _verb_and_object(t),
                                   t.tokens[-1].i - t.tokens[0].i, t.anchor.i))
    taken: set[int] = set()
    chosen: list[Trigger] = []
    for trigger in candidates:
        ids = {t.i for t in trigger.tokens}
        if ids & taken or any(c.anchor.i == trigger.anchor.i for c in chosen):
            continue
        taken |= ids
        chosen.append(trigger)
    chosen.sort(key=lambda t: t.anchor.i)
    return [t for t in chosen if not t.entry.blocks_only]
