"""Reported speech: who speaks, whose words are sources, and demands made with "must".

"X said Y attacked Z" codes Y's attack; the speaker matters when the reported clause is a
demand ("Russia said Sudan must return the helicopter") or the speaker's own promise
("Syria says it is willing to withdraw").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..article import Entity
from . import modality as mod
from .arguments import verb_subject
from .coding import STATE_SECTORS
from .lexicon import Coding, TriggerEntry
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .linking import ActorLinker


def source_tokens(sent: Span) -> set[int]:
    """Tokens that describe who reports ("a member of the team trying to broker a pact said")."""
    out: set[int] = set()
    for token in sent:
        if token.lemma_ in mod.SPEECH_VERBS and token.pos_ == "VERB":
            for c in token.children:
                if c.dep_ == "nsubj":
                    out.update(t.i for t in c.subtree if t.i != c.i)
        elif token.lower_ == "according":
            # (not a clause inside it: "according to the air force, which said its air
            # defenses shot down 420 drones")
            out.update(t.i for t in token.subtree if not _in_clause_below(t, token))
    return out


def _in_clause_below(token: Token, top: Token) -> bool:
    """Whether a verb stands between `token` (itself included) and `top`."""
    while token.i != top.i:
        if token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


STATIVE_VERBS = frozenset({"know", "understand", "realize", "realise", "be", "have", "remember",
                           "see", "believe", "expect", "feel", "think", "learn", "recognize"})
# "X said Y must return the helicopter": a demand even when the demanded act is no trigger.
MODAL_DEMAND = TriggerEntry(("must",), "V", Coding("REQUEST", None, "100"), frozenset(), None)


def modal_demands(sent: Span, by_anchor: dict[int, Trigger], *,
                  quoted: bool = False) -> list[Trigger]:
    """Clauses with must/should under a speech verb whose verb is not itself a trigger; in a
    quote, also its main clauses ("The Thai government shouldn't give these people back")."""
    found = []
    for token in sent:
        if token.i in by_anchor or token.pos_ not in ("VERB", "AUX") or \
                token.lemma_ in STATIVE_VERBS:
            continue  # "the insurgents should know that ..." is a warning, not a demand
        if token.dep_ == "ccomp":
            if token.head.lemma_ not in mod.SPEECH_VERBS or token.head.i in by_anchor:
                continue
        elif not (quoted and token.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in token.children)):
            continue
        modal = next((c for c in token.children
                      if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
        if modal is not None:
            found.append(Trigger(MODAL_DEMAND, token, [modal]))
    return found


def speaker_of(cue: mod.ModalityCue, linker: ActorLinker) -> list[Entity]:
    if cue.speaker_verb is None:
        return []
    heads, patient = verb_subject(cue.speaker_verb)
    return [] if patient else linker.entities(heads)


def attributed_to(token: Token, linker: ActorLinker) -> list[Entity]:
    """Who an "according to" phrase of the clause credits with the report ("... killed 12
    people, according to the health ministry")."""
    clause = token
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    for t in clause.subtree:
        if t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            objects = [c for c in (to.children if to is not None else ()) if c.dep_ == "pobj"]
            if objects:
                return linker.entities(objects[:1])
    return []


def named_subject(verb: Token) -> bool:
    """Whether a speech verb's subject is a named body ("the Third World Water Forum")."""
    heads, patient = verb_subject(verb)
    return bool(heads) and not patient and (
        heads[0].pos_ == "PROPN" or heads[0].ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))


def differs(speaker: list[Entity], actor: list[Entity]) -> bool:
    if not actor:
        return False
    return not speaker or {e.country for e in speaker} != {e.country for e in actor}


def other_side(speaker: list[Entity], actor: list[Entity]) -> bool:
    """Whether the speaker is not the actor's side: another state, or citizens, activists or
    opposition speaking of their own state's bodies ("an activist said authorities should")."""
    if differs(speaker, actor):
        return True
    return bool(speaker) and all(e.sector and e.sector not in STATE_SECTORS for e in speaker) \
        and all(e.sector in STATE_SECTORS for e in actor)


def own_act(speaker: list[Entity], actor: list[Entity]) -> bool:
    """Whether an announced action is the announcer's own (or no one else announces it)."""
    known = [e for e in speaker if e.country not in ("", "---")]
    return not known or not differs(known, actor)  # a speaker of no known side says nothing


ANALYST_NOUNS = frozenset({"analyst", "expert", "observer", "commentator", "scholar",
                           "researcher", "academic", "economist", "professor", "critic",
                           "pundit", "columnist", "study", "report", "poll", "survey"})


def analyst_speaks(cue: mod.ModalityCue) -> bool:
    """Whether the reporting verb's subject is an analyst or a study, who hold no office."""
    if cue.speaker_verb is None:
        return False
    heads, patient = verb_subject(cue.speaker_verb)
    return bool(heads) and not patient and heads[0].lemma_.lower() in ANALYST_NOUNS


# Defiance and threats, reported by another side, are that side's charge against the doer;
# a reported attack or arrest is coded as the attack itself ("Israel said Hamas fired").
# Type -> the one mode that counts (None: any).
CHARGEABLE: dict[str, str | None] = {"REJECT": "yield", "THREATEN": None}
ACCUSATION = Coding("ACCUSE", "allege", "112")
# "Human Rights Watch said Malian soldiers and Russian fighters executed 12 men": a monitor's
# report of violence or repression charges those it names.
ABUSES = frozenset({"ASSAULT", "COERCE"})
MONITORS = frozenset({"NGO", "UNO"})


def reported_charge(trigger: Trigger, coding: Coding, actor: list[Entity],
                    linker: ActorLinker) -> tuple[Coding, list[Entity], list[Entity]] | None:
    """"The United States said Iran is defying the Council": the speaker accuses the doer.

    Only where the speaker leads the sentence ("X said Y ..."), names a known side other than
    the doer's, and the reported act is defiance or a threat, or violence or repression a
    monitor (a rights group, a U.N. body) reports; trailing attributions
    ("..., the agency reported") are sources, not charges.
    """
    abuse = coding.type in ABUSES
    if not abuse and (coding.type not in CHARGEABLE or
                      CHARGEABLE[coding.type] not in (None, coding.mode)) or not actor:
        return None
    verb = trigger.anchor
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        verb = verb.head
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in mod.SPEECH_VERBS or head.i > verb.i:
        return None
    heads, patient = verb_subject(head)
    if patient or not heads or heads[0].i > head.i:
        return None
    speaker = [e for e in linker.entities(heads) if e.country not in ("", "---")]
    doers = {e.country for e in actor if e.country not in ("", "---")}
    if not speaker or not doers or doers & {e.country for e in speaker}:
        return None
    if abuse and not all(e.country in MONITORS for e in speaker):
        return None  # only a monitor's report of abuses charges the abusers
    return ACCUSATION, speaker, [e for e in actor if e.country in doers]
