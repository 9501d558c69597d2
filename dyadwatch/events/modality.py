"""Did it happen? Modality of a trigger from auxiliaries, negation, conditionals and attempt cues.

Walks from the trigger up its clause chain (xcomp, conj, advcl, acl, prepositions) to the first
speech verb or the root, collecting cues; reported speech ("X said Y attacked Z") stays asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .arguments import lemma_in
from .triggers import VERB_POS, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, ATTEMPTED = (
    "asserted", "negated", "future", "hypothetical", "attempted")

SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "add", "claim", "declare", "confirm",
    "insist", "note", "write", "told", "quote", "indicate", "reveal", "explain", "argue",
    "acknowledge", "admit", "conclude", "stress", "emphasize", "believe", "think", "suggest",
    "predict", "expect", "hope", "fear", "assert", "maintain", "tweet", "post", "disclose",
})
HYPOTHETICAL_MODALS = frozenset({"should", "could", "may", "might", "must", "can", "ought",
                                 "shall"})
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
FUTURE_GOVERNORS = frozenset({"plan", "intend", "schedule", "set", "expect", "prepare", "aim",
                              "scheduled", "due", "go", "poise", "mean", "look", "willing",
                              "ready", "prepared"})
HYPOTHETICAL_GOVERNORS = frozenset({"consider", "want", "wish", "propose", "suggest", "mull",
                                    "weigh", "contemplate", "seek", "hope", "need", "ought",
                                    "overdue", "necessary", "important", "time", "possible",
                                    "likely", "unlikely", "able", "urge", "recommend",
                                    "advocate", "should", "require", "demand", "doubt",
                                    "prefer", "choice", "option", "alternative"})
GOAL_NOUNS = frozenset({"objective", "goal", "aim", "purpose", "intention", "intent", "mission",
                        "ambition", "dream", "wish", "hope", "desire"})
# What one is reluctant to do is not done: "the administration's reluctance to condemn".
RELUCTANCE = frozenset({"reluctance", "reluctant", "unwilling", "unwillingness", "hesitant",
                        "loath"})
# What is prevented or deterred has not happened: "designed to prevent a US attack".
PREVENTING = frozenset({"prevent", "deter", "forestall", "preclude", "avoid"})
# "find it hard to believe that Kim will give up his weapons": no one's announcement
DISBELIEF = frozenset({"hard", "difficult", "impossible", "unlikely"})
ATTEMPT_CUES = frozenset({"thwart", "foil", "avert", "disrupt", "abort",
                          "plot", "attempt", "bid", "failed", "fail", "unsuccessful", "botch",
                          "attempted", "thwarted", "foiled", "intercept"})
# "suspected of blowing up a plane", "alleged atrocities": reported as unproven.
ALLEGATION_CUES = frozenset({"suspect", "suspected", "allege", "alleged", "allegedly",
                             "purported", "purportedly", "rumour", "rumor"})
FUTURE_NOUN_CUES = frozenset({"planned", "upcoming", "scheduled", "forthcoming", "future",
                              "expected", "impending", "coming", "next"})
HYPOTHETICAL_NOUN_CUES = frozenset({"possible", "potential", "proposed", "hypothetical",
                                    "prospective"})
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep",
                        "dobj", "attr", "compound", "amod", "appos", "acomp"})
# A nominal subject shares its verb's modality only when the verb just says it happens
# ("talks will take place"), not when it predicates something of it ("the trial will change").
HAPPEN_VERBS = frozenset({"take", "be", "hold", "continue", "begin", "start", "happen",
                          "occur", "resume", "go", "get", "proceed", "end", "break", "expect",
                          "schedule", "set", "plan", "slate", "due", "snap", "return",
                          "apply", "remain", "stay", "follow"})


# Governors that look ahead only with what they govern: "is set to visit", "set for
# Tuesday", "going to strike"; but "an attack set fuel depots ablaze" happened.
LOOK_AHEAD_WITH_COMPLEMENT = frozenset({"set", "go", "look", "mean"})


def _looks_ahead(token: Token) -> bool:
    if token.lemma_.lower() not in LOOK_AHEAD_WITH_COMPLEMENT:
        return True
    return any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for"
               or c.lower_ == "forward" for c in token.children)  # "look forward to"


# Purpose clauses that the main act itself performs ("marched to demand his release").
VOICED_PURPOSES = frozenset({"protest", "demand", "denounce", "condemn", "decry", "oppose",
                             "press", "urge", "push", "call"})


@dataclass
class ModalityCue:
    """The modality of a trigger, the word that decided it, and any governing speech verb."""

    modality: str
    cue: Token | None = None
    speaker_verb: Token | None = None
    would: bool = False
    refusal: bool = False  # negated intent ("will not accept"): a refusal, not a non-event


def _yet_to(adverb: Token, head: Token) -> bool:
    """"Egypt has yet to deploy them", "is yet to respond": not done so far."""
    return adverb.lower_ == "yet" and adverb.dep_ == "advmod" and \
        head.lemma_ in ("have", "be") and adverb.i + 1 < len(adverb.doc) and \
        adverb.doc[adverb.i + 1].lower_ == "to"


def _clause_cues(token: Token) -> tuple[str | None, Token | None, bool]:
    """Cue found among one token's own dependents: (modality, cue token, saw 'would')."""
    would = False
    negated: Token | None = None
    found: tuple[str | None, Token | None] = (None, None)
    for c in token.children:
        lower = c.lower_
        if c.dep_ == "neg" or (lower in NEGATIONS and c.dep_ in ("det", "advmod", "neg")) or \
                _yet_to(c, token):
            following = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if following is None or following.lower_ not in ("only", "just", "merely"):
                negated = c  # "are not only angry with Ankara" is no negation
        elif c.dep_ == "aux" or c.tag_ == "MD":
            if lower == "would" or lower == "'d":
                would = True
            elif lower in HYPOTHETICAL_MODALS and lower != "shall":
                found = (HYPOTHETICAL, c)
            elif lower in FUTURE_MODALS and found[0] is None:
                found = (FUTURE, c)
        elif c.dep_ == "mark" and lower in CONDITIONAL_MARKS:
            found = (HYPOTHETICAL, c)
        elif c.lemma_.lower() in ATTEMPT_CUES and c.dep_ in ("amod", "compound", "acl"):
            return ATTEMPTED, c, would
        elif c.lower_ in ALLEGATION_CUES and c.dep_ in ("amod", "advmod"):
            found = (HYPOTHETICAL, c)
        elif token.pos_ not in VERB_POS and c.dep_ in ("amod", "compound"):
            if lower in FUTURE_NOUN_CUES and found[0] is None:
                found = (FUTURE, c)
            elif lower in HYPOTHETICAL_NOUN_CUES:
                found = (HYPOTHETICAL, c)
    if negated is not None:
        # "will not accept", "would not meet": a refusal, flagged through `would`
        return NEGATED, negated, would or found[0] == FUTURE
    return found[0], found[1], would


def find_modality(trigger: Trigger) -> ModalityCue:
    """Modality of one trigger (priority: attempted > hypothetical > negated > future)."""
    token = trigger.anchor
    for word in trigger.tokens[1:]:  # "terror plot", "bombing attempt"
        if word.lemma_.lower() in ATTEMPT_CUES:
            return ModalityCue(ATTEMPTED, word)
    result: ModalityCue | None = None
    if token.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in token.children) and not (
            trigger.entry.coding.type == "PROTEST" or lemma_in(token, VOICED_PURPOSES)):
        # a purpose clause states an intention: "opened fire to disperse the crowd"; but
        # "shunned work to protest", "gathered to demand" voice the protest by doing so
        result = ModalityCue(HYPOTHETICAL, token)
    saw_would = False
    steps = 0
    via_conj = False
    refusal = False
    own_tense = False  # a finite conjunct ("said it would appeal and accused the court")
    last_dep = last_tag = ""
    while steps < 8:
        steps += 1
        modality, cue, would = _clause_cues(token)
        if own_tense and modality in (FUTURE, HYPOTHETICAL):
            modality, cue, would = None, None, False  # the other conjunct's modal, not its
        elif own_tense:
            would = False
        if modality == NEGATED and result is None:
            refusal = refusal or would
        if modality == NEGATED and via_conj:
            # "were not successful but led to ...": a conjunct's negation stays its own
            modality, cue = None, None
        saw_would = saw_would or would
        if modality == ATTEMPTED:
            return ModalityCue(ATTEMPTED, cue)
        if modality is not None and (result is None or
                                     (result.modality == FUTURE and modality != FUTURE)):
            result = ModalityCue(modality, cue)
        if token.i != trigger.anchor.i:
            lemma = token.lemma_.lower()
            if lemma in ATTEMPT_CUES and token.pos_ in VERB_POS | {"NOUN"} and not (
                    last_dep == "conj" and last_tag in ("VBD", "VBZ", "VBP", "VBN")):
                # (but "foiled a plot and arrested a Libyan national": the arrest happened)
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                       for c in token.children):
                    return ModalityCue(HYPOTHETICAL, token)  # "if they failed to block"
                return ModalityCue(ATTEMPTED, token)
            if last_dep == "conj" and last_tag in ("VBD", "VBZ", "VBP"):
                pass  # "demanded that Manila stop ... and warned that": a finite verb of its
                # own, not the content of the demand (but "expects Pristina to reopen ...
                # and Belgrade to pull back" is)
            elif lemma in FUTURE_GOVERNORS and result is None and \
                    token.pos_ in VERB_POS | {"ADJ"} and _looks_ahead(token):
                result = ModalityCue(FUTURE, token)
            elif lemma in HYPOTHETICAL_GOVERNORS and (result is None or
                                                      result.modality == FUTURE):
                result = ModalityCue(HYPOTHETICAL, token)
            elif lemma in RELUCTANCE and result is None:
                result = ModalityCue(NEGATED, token)  # "the reluctance to condemn Riyadh"
            elif lemma in PREVENTING and last_dep == "dobj" and token.pos_ in VERB_POS and \
                    not trigger.is_verbal and result is None:
                result = ModalityCue(HYPOTHETICAL, token)  # "to prevent a US attack"
            if lemma in ALLEGATION_CUES or token.lower_ in ALLEGATION_CUES:
                return ModalityCue(HYPOTHETICAL, token)
            if lemma in SPEECH_VERBS and token.pos_ in VERB_POS and \
                    token.head.lemma_.lower() in DISBELIEF:
                return ModalityCue(HYPOTHETICAL, token)  # "find it hard to believe Kim will"
            if lemma in SPEECH_VERBS and token.pos_ in VERB_POS:
                return _finish(result, saw_would, speaker=token, refusal=refusal)
        dep = token.dep_
        if token.lemma_ == "be" and token.i != trigger.anchor.i and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS for c in token.children):
            # "Trump's objectives were to crush North Korea": an aim, not a deed
            return ModalityCue(HYPOTHETICAL, token)
        if dep == "ROOT" or token.head.i == token.i:
            # "What could happen is expanding sanctions": modals in a clausal subject
            for c in token.children:
                if c.dep_ == "csubj" and any(t.lower_ in HYPOTHETICAL_MODALS
                                             for t in c.subtree):
                    return ModalityCue(HYPOTHETICAL, c)
            break
        if dep == "ccomp" and token.head.lemma_.lower() not in SPEECH_VERBS:
            token = token.head
            continue
        if dep not in CLIMB_DEPS and not (dep in ("nsubj", "nsubjpass")
                                          and token.head.lemma_.lower() in HAPPEN_VERBS
                                          and _looks_ahead(token.head)):
            break
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until"
                                  for c in token.children) and any(
                c.dep_ == "neg" or c.lower_ in ("would", "will") for c in token.head.children):
            # "would not ease sanctions until all political prisoners were freed": a condition
            return ModalityCue(HYPOTHETICAL, token)
        if dep == "advcl" and token.tag_ in ("VBP", "VBZ", "VB") and any(
                c.dep_ == "mark" and c.lower_ == "until" for c in token.children):
            # "have sworn to fight until they gain control of villages": not yet gained
            return ModalityCue(HYPOTHETICAL, token)
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ not in CONDITIONAL_MARKS
                                  for c in token.children):
            break  # "as the perpetrators were apprehended": a clause of its own
        via_conj = via_conj or dep == "conj"
        own_tense = own_tense or dep == "conj" and token.tag_ in ("VBD", "VBZ", "VBP")
        last_dep, last_tag = dep, token.tag_
        token = token.head
    return _finish(result, saw_would, speaker=None, refusal=refusal)


def _finish(result: ModalityCue | None, would: bool, *, speaker: Token | None,
            refusal: bool = False) -> ModalityCue:
    if result is not None and result.modality == NEGATED:
        result.refusal = refusal
    if result is None:
        if would:
            # "said it would send aid" is a statement of intent; bare "would" is conditional
            return ModalityCue(FUTURE if speaker is not None else HYPOTHETICAL,
                               speaker_verb=speaker, would=True)
        return ModalityCue(ASSERTED, speaker_verb=speaker)
    result.speaker_verb = speaker
    result.would = would
    return result
