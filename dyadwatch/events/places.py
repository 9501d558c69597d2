"""Where an event happened: the place phrase attached to the trigger's clause, with its country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..article import UNKNOWN_COUNTRY, Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .linking import ActorLinker

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "along", "inside", "into",
                         "from", "around", "throughout", "on"})


def find_location(anchor: Token, sent: Span, linker: ActorLinker, *,
                  preps: frozenset[str] = PLACE_PREPS, max_rank: int = 4) -> Location | None:
    """The nearest place introduced by a locative preposition on the trigger's path to the root.

    `max_rank` bounds how far up the path the place may hang (0: on the trigger itself).
    """
    ancestors = {anchor.i: 0}
    for c in anchor.children:
        if c.dep_ in ("acl", "relcl", "dobj"):  # "the trial taking place in Belgium"
            ancestors[c.i] = 1
    token, depth = anchor, 0
    while token.head.i != token.i and depth < 4:
        token, depth = token.head, depth + 1
        ancestors[token.i] = depth
    best: tuple[int, Location] | None = None
    for ent in sent.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        root = ent.root.head if ent.root.dep_ == "appos" else ent.root  # "the capital Kabul"
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in preps:
            continue
        rank = ancestors.get(prep.head.i)
        if rank is None or rank > max_rank:
            continue
        if best is None or rank < best[0]:
            best = (rank, Location(ent.text, ent.start_char, ent.end_char,
                                   _country(ent.text, ent.start_char, ent.end_char, linker)))
    return best[1] if best else None


def _country(text: str, start: int, end: int, linker: ActorLinker) -> str:
    actor = linker.actor_for(start, end)
    if actor is not None and actor.country:
        return actor.country
    code = linker.phrase_code(text)
    if code and code[0]:
        return code[0]
    return UNKNOWN_COUNTRY
