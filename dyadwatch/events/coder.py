"""The `events.code` stage: PLOVER/CAMEO events with actors, modality, date, place and evidence.

One pass over each sentence of the parse: lexicon triggers, the triggers that another one
governs ("called on Y to stop attacks" is one REQUEST), arguments from the dependency tree,
modality, the guideline conversions (promises -> AGREE, announced coercion -> THREATEN), then
story-level merging of repeated mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..article import UNKNOWN_COUNTRY, Article, Entity, Event, Location, trim_span
from ..codebooks import region_codes
from ..errors import ConfigError
from ..nlp import get_doc
from . import modality as mod
from .appraisal import DENIAL, PARTY_ENTS, find_appraisals, judged_subject
from .arguments import (
    UNDERGOER_VERBS,
    denies_claim,
    dependents,
    find_arguments,
    hosts_gathering,
    hyphen_host,
    lemma_in,
    nominal_agent,
    nominal_slot,
    pobj_of,
    prep_objects,
    verb_subject,
)
from .coding import (
    ASSAULT_MODIFIERS,
    STATE_SECTORS,
    as_intent,
    as_refusal,
    as_request,
    cameo_fields,
    refine_by_complement,
)
from .context import (
    JOINT_ACTS,
    JUDICIAL,
    REACTIONS,
    REFERRING_NOUNS,
    Draft,
    accuser,
    answer_in_sentence,
    complete_sentence,
    complete_story,
    drawn_by,
    earlier_author,
    fronted_reference,
    is_background,
    known_side,
    latest_reported,
)
from .dates import date_of, parse_published
from .lexicon import Coding, TriggerEntry, trigger_lexicon
from .linking import NONSTATE_CODES, PERSON_NOUNS, ActorLinker, capital_names
from .parties import (
    JUDGING_ACTS,
    authority_named,
    complement_party,
    condition_party,
    court_of,
    has_condition,
    inner_party,
    meeting_host,
    own_side,
    owner_party,
    place_mention,
    warned_condition,
)
from .places import find_location
from .quotes import QUOTED_CRITICISM, Quotes, quoted_blame
from .speech import (
    MODAL_DEMAND,
    analyst_speaks,
    attributed_to,
    modal_demands,
    named_subject,
    other_side,
    own_act,
    reported_charge,
    source_tokens,
    speaker_of,
)
from .story import merge_events
from .triggers import Trigger, find_triggers

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span, Token

# Paths along which a trigger is part of what another trigger is about.
ABSORB_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "compound", "amod",
                         "attr", "pcomp", "nmod", "dative", "oprd", "nsubjpass", "poss",
                         "advcl", "conj"})
WEAPONS_SHOW = Coding("MOBILIZE", "weapons", "150")
DEPLOYMENT = Coding("MOBILIZE", "troops", "154")
# What a private person can do that still counts: attack, abduct, protest.
PRIVATE_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "CONSULT",
                         "SUPPORT", "CONCEDE", "PROTEST"})
# Prepositions whose nominal object is what people talk or disagree about.
TOPIC_ONLY_PREPS = frozenset({"over", "about", "regarding", "concerning"})
# Prepositions that place an act in time relative to another one ("since the strikes").
TIME_PREPS = frozenset({"since", "after", "before", "following", "amid"})
REASON_PREPS = frozenset({"for", "over"})
# What a statement, talk or demand is about: "negotiations on a troop pullback".
TOPIC_PREPS = frozenset({"on", "about", "over", "of", "for", "regarding", "concerning", "into",
                         "to", "against", "with"})
# Types whose target, when unnamed, is the state where the action takes place.
PLACE_TARGETS = frozenset({"COERCE", "SANCTION", "AID", "CONCEDE", "RETREAT", "MOBILIZE",
                           "THREATEN", "ASSAULT"})
# Of those, the ones a state does to its own territory (curfews, emergency rule, easing).
DOMESTIC_TARGETS = frozenset({"COERCE", "CONCEDE", "THREATEN", "ASSAULT"})
# Types that say nothing without the one who acts.
NEEDS_ACTOR = frozenset({"REQUEST", "SUPPORT", "AGREE", "REJECT", "THREATEN", "CONSULT",
                         "CONCEDE"})
NONSTATE_BODIES = frozenset({"IGO", "UNO", "EUR", "NGO"})
# The "country" an event party is written with. "plover" follows the PLOVER annotation
# guidelines (UN system UNO, European Union EUR); "cameo" writes every intergovernmental body
# with its CAMEO root code IGO (CAMEO's IGOUNO, IGOEEC), as the PLOVER gold-standard records do.
COUNTRY_SCHEMES: dict[str, dict[str, str]] = {"plover": {}, "cameo": {"UNO": "IGO", "EUR": "IGO"}}
PRIVATE_SECTORS = frozenset({"", "CVL", "REF", "BUS", "JRN", "EDU", "CRM", "UNK", "MED", "REL"})
# Court acts whose court is the judiciary of the state they take place in.
COURT_WORDS = frozenset({"trial", "try", "put", "stand", "convict", "conviction", "sentence",
                         "verdict", "find", "prosecute", "prosecution", "indict", "indictment"})
NATURAL_FORCES = frozenset({"cyclone", "storm", "hurricane", "typhoon", "earthquake", "quake",
                            "flood", "flooding", "tsunami", "landslide", "drought", "wildfire",
                            "virus", "disease", "pandemic", "epidemic", "famine", "tornado",
                            "heatwave", "avalanche", "mudslide", "outbreak", "accident",
                            "crash", "elephant", "animal", "lion", "wildlife", "collapse",
                            "blaze", "stampede", "shipwreck"})
# Announcing one's own sanction is taking it; saying or warning one will is a threat.
DECISION_VERBS = frozenset({"announce", "decide", "confirm", "order"})
REQUEST_MODALS = frozenset({"must", "should", "need", "ought", "have"})
SCHEDULING = frozenset({"schedule", "set", "due", "slate"})
# Violence by a crowd of civilians is a riot (PROTEST riot), not an armed attack.
RIOT = Coding("PROTEST", "riot", "145")
RIOT_ACTS = frozenset({"storm", "set", "torch", "burn", "vandalize", "ransack", "loot", "attack",
                       "destroy", "raze", "smash", "overrun"})
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "crowd", "mob", "rioter",
                         "student", "youth", "marcher", "demonstration", "protest"})


ALLEGATION = Coding("ACCUSE", "allege", "112")
CRITICISM = Coding("ACCUSE", "disapprove", "111")
GROUNDS_NOUNS = frozenset({"charge", "allegation", "accusation", "suspicion"})
# Acts against a person whose "for ...ing" names what the person is held to have done.
PUNITIVE = frozenset({("COERCE", "arrest"), ("SANCTION", "convict"), ("COERCE", "ban")})


def _on_alleged_grounds(trigger: Trigger, coding: Coding) -> bool:
    """Whether a coercive act is done on stated grounds of wrongdoing by its target."""
    if coding.type not in ("COERCE", "SANCTION") or not trigger.is_verbal:
        return False
    for prep in trigger.anchor.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "over", "amid"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG" and prep.lower_ == "for" and (
                    any(c.lower_ == "allegedly" for c in obj.children)
                    or (coding.type, coding.mode) in PUNITIVE):
                return True  # "for allegedly meddling", "arrested for collaborating"
            if obj.dep_ == "pobj" and (obj.lemma_.lower() in GROUNDS_NOUNS
                                       or any(c.lower_ == "alleged" for c in obj.children)):
                return True  # "on charges of treason", "for his alleged role"
    return False


def _demanding(modality: str, cue: mod.ModalityCue) -> bool:
    """"Y must/should act", and "Y should not act": what someone else is asked to do."""
    if cue.cue is None:
        return False
    if modality == mod.HYPOTHETICAL:
        return cue.cue.lower_ in REQUEST_MODALS
    return modality == mod.NEGATED and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in cue.cue.head.children)


def _owned_proposal(trigger: Trigger) -> bool:
    """"its offer", "Iran's proposal": a nominal offer or proposal with its maker named."""
    return not trigger.is_verbal and trigger.entry.coding.type in ("AGREE", "REQUEST") and \
        any(c.dep_ == "poss" for c in trigger.anchor.children)


def _judged_as_answered(draft: Draft, by_trigger: dict[int, Draft]) -> None:
    """"Iran rejected it, calling the move 'a recipe for wider war'": a judgement of the thing
    just rejected or condemned is aimed where that reaction was."""
    verb = draft.trigger.anchor
    if draft.coding.type != "ACCUSE" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return
    reaction = by_trigger.get(verb.head.i)
    if reaction is None or reaction.coding.type not in ("REJECT", "ACCUSE") or \
            not reaction.recipient:
        return
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in REFERRING_NOUNS or c.lower_ == "it")
           for c in verb.children):
        draft.recipient = list(reaction.recipient)


def _protest_faces_its_demand(draft: Draft, by_trigger: dict[int, Draft]) -> None:
    """"went on strike to demand higher pay from the federal government": a protest with no
    target of its own faces whom its purpose-clause demand is made of."""
    if draft.coding.type != "PROTEST" or draft.recipient:
        return
    demands = [by_trigger[t.anchor.i] for t in draft.inner
               if t.anchor.i in by_trigger and t.anchor.dep_ == "advcl"
               and by_trigger[t.anchor.i].coding.type == "REQUEST"]
    if demands:
        draft.recipient = list(demands[0].recipient)


ANSWERING_VERBS = frozenset({"accept", "reject", "refuse", "welcome", "ignore", "endorse",
                             "oppose", "dismiss", "decline"})


def _answered_by(verb: Token, linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """The other party whose answer to the proposal a relative clause on it reports."""
    for obj in dependents(verb, {"dobj"}):
        for clause in [t for t in obj.subtree if t.dep_ == "relcl"]:
            if not lemma_in(clause, ANSWERING_VERBS):
                continue
            heads, patient = verb_subject(clause)
            answerer = [] if patient else linker.entities(
                [h for h in heads if h.lower_ not in ("which", "that", "who")])
            if answerer and {e.country for e in answerer} - {e.country for e in actor}:
                return answerer
    return []


def _owned_charge(trigger: Trigger) -> bool:
    """"accusations by Congo's government", "Poland's allegations", "Pakistani accusations":
    a nominal charge with its maker named."""
    return not trigger.is_verbal and trigger.entry.coding.type == "ACCUSE" and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" or
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
        for c in trigger.anchor.children)


def _named_first(entities: list[Entity]) -> list[Entity]:
    known = [e for e in entities if e.country not in ("", "---")]
    return known if known else entities


def _nobody_left_out(entities: list[Entity]) -> list[Entity]:
    """A party addressed with no side and no sector ("called on all warring parties", "the two
    countries' cooperation") names no one: leave the recipient empty for the story to fill.
    (The unnamed patient of an arrest or attack stays: "the perpetrators were apprehended".)"""
    return [e for e in entities if e.country not in ("", "---") or e.sector
            and _last_word(e) not in GENERIC_ADDRESSEES]


def _last_word(entity: Entity) -> str:
    """The head word of an entity's text, lower case ("all sides" -> "sides")."""
    words = entity.text.lower().split()
    return words[-1] if words else ""


# "urged all sides to show restraint", "called on the parties": addressees who are no one in
# particular (as the words of a list; a name never ends with them). Donors, allies and
# partners are unnamed states (`---`), as the annotators code them.
GENERIC_ADDRESSEES = frozenset({"side", "sides", "party", "parties", "leader", "leaders",
                                "everyone"})


def _reported_fact(trigger: Trigger) -> bool:
    """A clause with its own subject stating what was done, as the object of praise or blame
    ("welcomed the announcement that Ukraine had agreed to a ceasefire")."""
    anchor = trigger.anchor
    if not trigger.is_verbal and (any(c.dep_ == "prep" and c.lower_ == "by"
                                      for c in anchor.children) or nominal_agent(anchor)):
        return True  # "welcomed the release of three hostages by Hamas"
    return trigger.is_verbal and anchor.dep_ in ("ccomp", "acl") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children) and not any(
        c.dep_ in ("aux", "mark") and c.lower_ in mod.HYPOTHETICAL_MODALS | mod.FUTURE_MODALS
        | mod.CONDITIONAL_MARKS | {"would", "to"} for c in anchor.children)


def _infinitival(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _same_attack(token: Token, by_anchor: dict[int, Trigger]) -> bool:
    """"was attacked by militiamen, killing 156 people", "rioted, setting fire to mattresses":
    the toll or manner of the attack or riot, not another event."""
    other = by_anchor.get(token.head.i)
    mine = by_anchor.get(token.i)
    return token.tag_ == "VBG" and other is not None and mine is not None and \
        mine.entry.coding.type == "ASSAULT" and other.entry.coding.type in ("ASSAULT", "PROTEST")


HOSTING_VERBS = frozenset({"host", "convene", "organize", "organise", "arrange"})
HOSTED_TALKS = Coding("CONSULT", "third-party", "044")
HOSTING = Coding("CONSULT", "third-party", "043")


def _hosted_talks(trigger: Trigger) -> bool:
    """Talks between two sides that a third hosts: the sides meet, at a third party's."""
    anchor = trigger.anchor
    return trigger.entry.coding.type == "CONSULT" and not trigger.is_verbal and \
        anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in HOSTING_VERBS and \
        any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in anchor.children)


def _voiced_demand(trigger: Trigger, gov: Trigger) -> bool:
    """"Thousands marched to demand the government's resignation", "met Houthi officials to
    press for the release of U.N. staff": the march or the meeting makes the demand."""
    return trigger.entry.coding.type == "REQUEST" and trigger.anchor.dep_ == "advcl" and \
        gov.entry.coding.type in ("PROTEST", "CONSULT") and _infinitival(trigger.anchor) and \
        lemma_in(trigger.anchor, mod.VOICED_PURPOSES)


def _governor(trigger: Trigger, by_anchor: dict[int, Trigger]) -> Trigger | None:
    """The trigger this one is the content of, if any ("demand the release" -> demand)."""
    token = trigger.anchor
    if trigger.entry.coding.type == "CONSULT" and token.dep_ == "pobj" and \
            token.head.lower_ in ("at", "during") and token.head.head.pos_ == "VERB":
        return None  # "approved the measures at a meeting": where, not what, was approved
    if not trigger.is_verbal and token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS \
            and trigger.entry.coding.type != "CONSULT":
        # "the first talks since Israeli strikes on Iran": an act of its own (but "agreed
        # after talks" reached the agreement in those talks)
        return None
    if _hosted_talks(trigger):
        return None  # "Saudi Arabia hosted talks between U.S. and Russian delegations"
    path: list[str] = []
    for _ in range(6):
        dep = token.dep_
        if token.head.i == token.i or dep not in ABSORB_DEPS:
            return None
        if dep == "advcl" and not _infinitival(token) and not _same_attack(token, by_anchor):
            return None
        if dep == "ccomp" and not path and token.i < token.head.i and any(
                (c.dep_ == "nsubj" or c.dep_ == "dobj" and c.i > token.i) and
                fronted_reference(c) is not None for c in token.head.children):
            # "accused Kyiv of ..., a charge Ukraine denied": no content of it (the parser
            # may also make "a charge" the object of "denies")
            return None
        if dep == "acl" and not path and any(c.dep_ == "agent" for c in token.children):
            return None  # "a meeting requested by the United States": the request is theirs
        if dep == "conj" and not path and token.tag_ == "VBD" and token.head.tag_ == "VBG":
            return None  # "denied targeting civilians and accused the army": a finite verb the
            # parser joins to the gerund acts on its own
        if dep == "conj" and trigger.entry.pos == "N" and token.pos_ in ("NOUN", "PROPN") \
                and token.head.pos_ in ("NOUN", "PROPN"):
            dep = "nconj"  # "in loans and grants": one thing given, not a second clause
        path.append(dep if dep != "prep" else token.lower_)
        token = token.head
        other = by_anchor.get(token.i)
        if other is None:
            if token.lemma_ in mod.SPEECH_VERBS:
                return None
            # "reiterated its demand that Israel ease": the support verb's object governs
            other = next((by_anchor[c.i] for c in token.children
                          if c.dep_ == "dobj" and c.i in by_anchor), None)
            if other is None or other is trigger or not (
                    other.entry.coding.type in SPEECH_ACTS
                    and path[-1] in TOPIC_PREPS | {"ccomp", "xcomp"}
                    or path[-1] in REASON_PREPS or path == ["advcl"]):
                continue
        if other is trigger:
            continue
        if path[-1] == "conj" or "conj" in path and not set(path) & {"ccomp", "xcomp"}:
            # a verb coordinated with this one acts on its own; but what a demand, call or
            # charge goes on to list is still its content ("demanded that Iran give up its
            # missiles ... and pull out of Syria"), and so is the next act a charge lists
            # ("accused China of boarding its vessels and seizing weapons")
            charge = _governor(other, by_anchor) if path == ["conj"] and \
                other.anchor.i < trigger.anchor.i else None
            return charge if charge is not None and charge.entry.coding.type == "ACCUSE" \
                else None
        if other.entry.coding.type in SPEECH_ACTS:
            return other
        if other.entry.coding.type == trigger.entry.coding.type:
            return other
        if any(p in REASON_PREPS for p in path) or path[0] == "advcl":
            return other
        if path == ["dobj"] and not trigger.is_verbal and other.is_verbal:
            return other  # "providing support to militants" is one act: the verb's
        if path in (["pobj", "on"], ["pobj", "against"]) and not trigger.is_verbal and \
                trigger.entry.coding.type == "PROTEST" and \
                other.entry.coding.type in ("COERCE", "ASSAULT"):
            return other  # "a deadly crackdown on protests": whom it hit, not another event
        if path == ["pobj", "in"] and _in_protest(trigger.anchor) and other.is_verbal:
            return other  # "had withdrawn in protest": the manner of the withdrawal
        if path in (["pobj", "in"], ["pobj", "during"]) and not trigger.is_verbal and \
                other.entry.coding.type == "ASSAULT" and \
                trigger.entry.coding.type in ("COERCE", "ASSAULT"):
            return other  # "killed 12 militants in a raid": the raid is the killing
        return None
    return None


def _in_protest(token: Token) -> bool:
    """The idiom "in protest" (no article), which says why, not that a protest was held."""
    return token.lower_ == "protest" and token.head.lower_ == "in" and \
        not any(c.dep_ in ("det", "amod", "compound", "poss") for c in token.children)


# Wrongdoers a story need not name: an act by or against them stays without a state
# ("the perpetrators were apprehended following a tip-off").
UNNAMED_DOERS = frozenset({"perpetrator", "suspect", "attacker", "assailant", "gunman", "gunmen",
                           "culprit", "plotter", "bomber", "hijacker", "kidnapper", "captor",
                           "abductor", "militant"})


def _placed(event: Event) -> bool:
    """Whether some party of the event belongs to a state or a known body, or is a wrongdoer
    the story does not name."""
    parties = [*event.actor, *event.recipient]
    return known_side(parties) or any(
        e.text.lower().split()[-1].rstrip("s") in UNNAMED_DOERS for e in parties if e.text)


class EventCoder:
    """Codes the events of an article; the lexicon is looked up once per token."""

    def __init__(self, *, min_confidence: float = 0.0, country_scheme: str = "plover",
                 lexicon: dict[str, tuple[TriggerEntry, ...]] | None = None) -> None:
        if country_scheme not in COUNTRY_SCHEMES:
            raise ConfigError(f"events.country_scheme is {country_scheme!r}; use one of "
                              f"{', '.join(COUNTRY_SCHEMES)}")
        self.min_confidence = min_confidence
        self.country_scheme = country_scheme
        self.lexicon = lexicon if lexicon is not None else trigger_lexicon()

    def __call__(self, article: Article) -> Article:
        doc = get_doc(article)
        linker = ActorLinker(article)
        quotes = Quotes(doc, linker)
        published = parse_published(article.published)
        events: list[Event] = []
        for sent in doc.sents:
            events.extend(self.code_sentence(sent, article, linker, published, story=events,
                                             quotes=quotes))
        news_date = published or latest_reported(events, article.text)
        events = [e for e in events if e.modality != mod.ASSERTED
                  or not is_background(e, news_date, article.text)]
        complete_story(events)
        # an actorless protest may lend its target to the story's others, then goes
        events = [e for e in merge_events(events) if e.confidence >= self.min_confidence
                  and (e.actor or e.type != "PROTEST" or e.modality != mod.ASSERTED)]
        # in a story that places its parties, a reported act with no party placed in any state
        # is evidence about no dyad, and most such readings are slips ("the leaders met", "its
        # aircraft" left unresolved); a text that names no state keeps them
        placed = [_placed(e) for e in events]
        if any(placed):
            events = [e for e, p in zip(events, placed, strict=True)
                      if p or e.modality != mod.ASSERTED]
        article.events = events
        states = {a.id for a in article.actors if a.kind == "state"}
        for event in article.events:
            event.actor = _event_countries(event.actor, self.country_scheme, states)
            event.recipient = _event_countries(event.recipient, self.country_scheme, states)
            event.source = _event_countries(event.source, self.country_scheme, states)
        return article

    def code_sentence(self, sent: Span, article: Article, linker: ActorLinker,
                      published: dt.date | None, *,
                      story: list[Event] | None = None,
                      quotes: Quotes | None = None) -> list[Event]:
        source = source_tokens(sent)
        triggers = [] if _heading(sent) else \
            [t for t in find_triggers(sent, self.lexicon) if t.anchor.i not in source]
        by_anchor = {t.anchor.i: t for t in triggers}
        governed: dict[int, list[Trigger]] = {}
        # an owned proposal -> the reaction to it; a demand -> the meeting it is pressed at
        answered: dict[int, Trigger] = {}
        free = []
        for trigger in triggers:
            gov = _governor(trigger, by_anchor)
            if gov is None:
                free.append(trigger)
            else:
                governed.setdefault(gov.anchor.i, []).append(trigger)
                if gov.entry.coding.type in ("SUPPORT", "ACCUSE") and \
                        not (gov.entry.coding.mode == "allege" and not gov.is_verbal) and \
                        _reported_fact(trigger):
                    # "welcomed the news that Ukraine had agreed" (but what "accusations that
                    # the UAE was arming the RSF" allege is theirs to prove)
                    free.append(trigger)
                elif _voiced_demand(trigger, gov):
                    free.append(trigger)  # "marched to demand his release": a demand too
                    answered[trigger.anchor.i] = gov
                elif gov.entry.coding.type in REACTIONS and _owned_proposal(trigger) or \
                        gov.entry.coding.type == "REJECT" and _owned_charge(trigger):
                    # "Tehran rejected its offer": the offer was made; "Rwanda denied
                    # accusations by Congo's government": the accusations were made
                    free.append(trigger)
                    answered[trigger.anchor.i] = gov
        free.sort(key=lambda t: t.anchor.i)
        drafts = [self._draft(trigger, governed.get(trigger.anchor.i, []), sent, linker,
                              story or [], quotes)
                  for trigger in free]
        for quote in quotes.overlapping(sent.start_char, sent.end_char) if quotes else []:
            for token, parties in quoted_blame(sent, quote, linker):
                drafts.append(Draft(Trigger(QUOTED_CRITICISM, token, [token]),
                                    QUOTED_CRITICISM.coding, list(quote.speaker), parties,
                                    mod.ASSERTED, True))
        in_quote = bool(quotes and quotes.speaker_at(sent.root.idx))
        drafts += [self._draft(trigger, [], sent, linker, story or [], quotes)
                   for trigger in modal_demands(sent, by_anchor, quoted=in_quote)]
        drafts += [self._draft(trigger, [], sent, linker, story or [], quotes)
                   for trigger in find_appraisals(sent, set(by_anchor) | source)]
        drafts += _done_jointly(sent, linker)
        if sent.text.rstrip().endswith("?"):
            for asked in drafts:  # "Wouldn't he have eased sanctions?": asked, not told
                if asked.modality in (mod.ASSERTED, mod.NEGATED):
                    asked.modality = mod.HYPOTHETICAL
        by_trigger = {d.trigger.anchor.i: d for d in drafts}
        for anchor_i, gov in answered.items():
            draft, reaction = by_trigger.get(anchor_i), by_trigger.get(gov.anchor.i)
            if draft is not None and reaction is not None and not draft.recipient and \
                    reaction.coding.type == "CONSULT":
                draft.recipient = list(reaction.recipient)  # pressed those it met
            elif draft is not None and reaction is not None and (
                    not draft.recipient or draft.coding.type == "ACCUSE") and \
                    {e.country for e in reaction.actor} - {e.country for e in draft.actor}:
                # the offer was made to the rejecter; the charges denied were aimed at the
                # denier ("Rwanda denied accusations by Congo that its troops ...")
                draft.recipient = list(reaction.actor)
        for draft in drafts:
            _judged_as_answered(draft, by_trigger)
            _protest_faces_its_demand(draft, by_trigger)
        complete_sentence(drafts, sent, linker)
        answer_in_sentence(drafts)
        events = []
        for draft in drafts:
            if _worth_keeping(draft) and not _private_say(draft, linker) and \
                    not _private_goodwill(draft, linker):
                events.extend(self._events(draft, sent, article, linker, published))
                charge = None if draft.modality != mod.ASSERTED else \
                    reported_charge(draft.trigger, draft.coding, draft.actor, linker)
                if charge is not None:
                    accusation = Draft(draft.trigger, charge[0], charge[1], charge[2],
                                       mod.ASSERTED, True)
                    events.extend(self._events(accusation, sent, article, linker, published))
                elif draft.modality == mod.ASSERTED and draft.recipient and \
                        _on_alleged_grounds(draft.trigger, draft.coding):
                    # "cut ties with Kenya for allegedly meddling", "jailed on charges of
                    # treason": the act also charges its target with something
                    accusation = Draft(draft.trigger, ALLEGATION, draft.actor, draft.recipient,
                                       mod.ASSERTED, True)
                    events.extend(self._events(accusation, sent, article, linker, published))
        return events

    def _draft(self, trigger: Trigger, inner: list[Trigger], sent: Span,
               linker: ActorLinker, story: list[Event] | None = None,
               quotes: Quotes | None = None) -> Draft:
        entry = trigger.entry
        cue = mod.find_modality(trigger)
        modality = cue.modality
        speaker = speaker_of(cue, linker)
        quoted = quotes.speaker_at(trigger.anchor.idx) if quotes else []
        args = find_arguments(trigger)
        # (inside a quote, "he", "they" and "it" are never its speaker: only "I" and "we" are)
        actor = linker.first_entities(args.actor_candidates(),
                                      pronoun_fallback=None if quoted else speaker,
                                      first_person=quoted)
        if entry.coding.type == "THREATEN" and entry.words[0] in RETRIBUTIONS and \
                (quoted or speaker):
            # "'Anyone who attacks our infrastructure will pay a price,' Tsahkna said", "said
            # the strikes 'will not go unanswered'": the one saying it threatens the payer
            actor, args.recipient, args.recipient_options = list(quoted or speaker), \
                args.actor, []
        if not trigger.is_verbal and actor:
            # "the Doha talks", "the Madrid talks": the city says where, not who
            actor = [e for e in actor if not _venue(e, trigger)]
        if not actor and entry.coding.type == "ACCUSE":
            holder = _holder_of_accused(trigger.anchor)
            if holder is not None:
                # "arrested dozens of soldiers ... accused of plotting": the ones holding them
                actor = linker.entities(verb_subject(holder)[0], pronoun_fallback=speaker)
        if not actor and args.actor and args.actor[0].lower_ == "it":
            # "Sudan has taken the case to the court, where it accused the UAE": the subject
            # of the clause this one hangs from
            actor = linker.entities(_governing_subject(trigger.anchor))
        if modality == mod.ASSERTED and any(c.dep_ == "det" and c.lower_ == "no"
                                            for h in args.actor for c in h.children):
            modality = mod.NEGATED  # "no other country had offered to take them in"
        recipient = linker.first_entities(args.recipient_candidates(), objects=True)
        own_state_named = entry.coding.type in ("AGREE", "THREATEN") and bool(recipient) and \
            all(own_side(e, actor) or e.sector in ("", "GOV") and
                e.country in {a.country for a in actor} for e in recipient)
        if own_state_named:
            recipient = []  # "Kim warned that Pyongyang would use ...": its own state acting
        coding = entry.coding
        if entry.state is not None and actor and all(_official(e, linker) for e in actor) \
                and not (not trigger.is_verbal and args.actor and all(
                    h.dep_ == "amod" and h.ent_type_ == "NORP" for h in args.actor)):
            # (but "the recent widespread Iranian protests" are Iranians' protests)
            coding = entry.state
        elif entry.coding.type in ("ASSAULT", "COERCE") and entry.words[0] in RIOT_ACTS and \
                args.actor and all(lemma_in(h, CROWD_NOUNS) for h in args.actor):
            coding = RIOT  # "protesters stormed parliament and set it ablaze": a riot
        # "denied that Iran had supplied the missiles": a charge denied, not aid refused; what
        # the clause names is the charge's content, not its accuser
        denied_claim = denies_claim(trigger.anchor)
        coding = _refine(coding, trigger, [] if denied_claim else inner)
        if entry.words == ("retaliate",) and coding.type == "ASSAULT" and story:
            # "When the Russians retaliated, ..." after expulsions: in kind, as the story's
            # last punitive act was
            last = next((e for e in reversed(story) if e.type in RETALIATED_TYPES), None)
            if last is not None and last.type != "ASSAULT":
                coding = RETALIATION_IN_KIND
        if coding is MILITARY_STRIKE and not recipient:
            # "Israeli strikes on Iran's nuclear sites": read as an attack, aimed "on" them
            recipient = linker.entities(prep_objects(trigger.anchor, ("on", "against")),
                                        objects=True)
        if coding.type == "CONSULT" and not trigger.is_verbal and coding.mode != "phone" and \
                trigger.anchor.dep_ == "pobj" and trigger.anchor.head.lower_ in ("at", "during"):
            coding = GATHERING  # "EU foreign ministers approved the measures at a meeting"
        coding, recipient = _by_parties(coding, trigger, actor, recipient, linker)
        if coding.type in ("AGREE", "REQUEST") and trigger.is_verbal:
            # "proposed an exchange of prisoners, which Moscow has not accepted": made to the
            # one whose answer the relative clause gives
            recipient = _answered_by(trigger.anchor, linker, actor) or recipient
        if coding.type == "MOBILIZE" and len({e.country for e in actor} - {"", "---"}) > 1 and \
                any(lemma_in(t, DRILL_WORDS) for t in trigger.tokens):
            coding = JOINT_DRILLS  # "Philippine and U.S. troops staged live-fire drills"
        reporter = {e.country for e in speaker if e.sector in STATE_SECTORS | {""}} - \
            NONSTATE_CODES - {"", "---"} if speaker else set()
        if coding.type == "ASSAULT" and len(reporter) == 1 and recipient and actor and \
                not reporter & {e.country for e in actor} and all(
                e.country in {a.country for a in actor} and linker.is_guessed(e)
                for e in recipient):
            # "Ukraine said Russian strikes killed 20 civilians": the victims the reporting
            # state counts are its own, not the attacker's
            recipient = [replace(e, country=next(iter(reporter))) for e in recipient]
        if (coding.type == "SANCTION" or coding.type == "ASSAULT" and actor and all(
                e.sector in ("MIL", "GOV") for e in actor)) and recipient and all(
                own_side(e, actor) and linker.is_guessed(e) for e in recipient):
            # "The United States imposed sanctions on eight officials" in a Venezuela story:
            # unnamed officials a state sanctions are not its own but the story's other state;
            # so is a guessed body of their own state that a state's forces strike
            other = linker.leading_state(exclude=recipient[0].country)
            recipient = [replace(e, country=other) for e in recipient] if other else []
        if coding is CENSORSHIP and not any(_official(e, linker) for e in actor):
            # "with tens of thousands of websites blocked": the state the clause is about
            actor = linker.entities(_governing_subject(trigger.anchor))
        judged = judged_subject(trigger.anchor) if coding.type == "THREATEN" and \
            trigger.is_verbal else None
        if judged is not None:
            # a warning that only calls something dangerous or illegal is criticism of it
            coding = CRITICISM
            sides = [o for p in judged.children if p.dep_ == "prep"
                     and p.lower_ in ("between", "among", "of", "by")
                     for o in p.children if o.dep_ == "pobj"]
            recipient = linker.entities(sides or [judged], objects=True) or recipient
        if entry is DENIAL and trigger.anchor.lemma_.lower() in mod.SPEECH_VERBS:
            # "told reporters that Ukrainian claims ... were 'propaganda'": the denial answers
            # the claim's owner (or the story's accuser), not those told
            claim = judged_subject(trigger.anchor)
            owners = [c for c in claim.children if c.dep_ in ("poss", "amod", "compound")] \
                if claim is not None else []
            recipient = linker.entities(owners) or accuser(story or [], actor, sent.start_char)
        if coding.type == "REQUEST" and _sends_to_detention(trigger.anchor):
            coding = Coding("COERCE", "arrest", "173")  # "ordered Zamora back to prison"
        # "agreements between Damascus and the SDF": the parties are all named as its doers
        joint = coding.type in JOINT_ACTS and len({(e.start, e.end) for e in actor}) > 1
        if coding.type in SPEECH_ACTS:
            # "condemned the attack on El Obeid": a place that names no one leaves the
            # target to be found
            recipient = _nobody_left_out(recipient)
        if coding.type in JUDGING_ACTS and recipient and \
                _inside_judged_act(trigger.anchor, recipient):
            # "called the attack 'pure terror against civilians'": blame is for the attacker;
            # "welcomed the release of three hostages by Hamas": praise is for Hamas
            doer = inner_party(coding.type, trigger, inner, linker, actor, speaker) \
                if inner else []
            recipient = doer or (earlier_author(trigger, coding.type, story, actor)
                                 if story else []) or recipient
        if coding.type == "REJECT" and recipient and story and \
                trigger.anchor.lemma_.lower() == "deny" and \
                {e.country for e in recipient} <= {e.country for e in actor}:
            # "the ministry denied that its troops had fired": the denial answers the
            # accuser (or the story's counterpart), not the own side it speaks of
            recipient = earlier_author(trigger, coding.type, story, actor)
        if not joint:
            if inner and not recipient and _denial(trigger) and story:
                # "Rwanda denies backing the M23": the denial answers Rwanda's accuser
                recipient = earlier_author(trigger, coding.type, story, actor)
            if inner and not recipient and not denied_claim:
                recipient = inner_party(coding.type, trigger, inner, linker, actor, speaker)
                if coding.type in SPEECH_ACTS:
                    recipient = _nobody_left_out(recipient)  # the attack "on El Obeid"
            if not recipient and coding.type == "PROTEST":
                # "began a hunger strike to protest against Sweden's decision": the target the
                # purpose clause names
                recipient = [e for o in inner if o.entry.coding.type == "PROTEST"
                             and o.is_verbal and o.anchor.dep_ == "advcl"
                             for e in linker.first_entities(
                                 find_arguments(o).recipient_candidates(), objects=True)][:1]
            if not recipient:
                recipient = complement_party(args.complement_options, sent, linker, actor)
            if not recipient and coding.type == "ACCUSE" and not trigger.is_verbal:
                recipient = _charged_in_clause(trigger.anchor, linker, actor)
            if not recipient and not denied_claim:
                recipient = owner_party(coding.type, trigger, args.recipient_candidates(), sent,
                                        linker, actor)
            if not recipient and story:
                recipient = earlier_author(trigger, coding.type, story, actor) or \
                    drawn_by(trigger, coding.type, story, actor)
        if recipient and coding.type == "THREATEN" and trigger.anchor.lemma_.lower() == "warn":
            # "Spokesman Chen Binhua warned that Beijing would take resolute measures if
            # Taiwan's government continued ...": the state that would act threatens the one
            # whose act would set it off, whoever voices it
            doer = _warned_doer(trigger.anchor, linker)
            if doer and {e.country for e in doer} == {e.country for e in recipient}:
                provoker = warned_condition(trigger.anchor, linker, doer)
                if provoker and not {e.country for e in provoker} & {e.country for e in doer}:
                    actor, recipient = doer, provoker
        if not recipient and actor and coding.type == "THREATEN" and \
                trigger.anchor.lemma_.lower() == "warn":
            recipient = warned_condition(trigger.anchor, linker, actor)
        if not recipient and actor and coding.type == "CONSULT":
            recipient = meeting_host(trigger, linker, actor)  # "took part in the meeting"
        if not recipient and actor and (coding.type == "PROTEST" or coding.type == "CONCEDE"
                                        and all(e.sector not in STATE_SECTORS | {""}
                                                for e in actor)):
            # protesters, and unions or rebels giving in, face the government
            recipient = authority_named(sent, linker, actor)
        if cue.speaker_verb is None and quoted and not speaker:
            speaker = quoted  # inside a quote, its speaker is the one who says it
        passive = trigger.is_verbal and any(c.dep_ == "auxpass" for c in trigger.anchor.children)
        if not actor and speaker and (passive or args.swapped) and (
                modality == mod.FUTURE and coding.type in PUNITIVE_TYPES
                or modality == mod.ASSERTED and coding.type == "AID") and \
                all(e.sector in ("GOV", "COP", "JUD", "MIL") for e in speaker):
            # ("the military spokesman said that all hostages were rescued": by the military)
            actor = speaker  # "the ministry said those who failed to comply would be arrested"
        if _demanding(modality, cue) and (cue.speaker_verb is not None or quoted) \
                and other_side(speaker, actor) and (speaker or cue.speaker_verb is not None
                                                    and named_subject(cue.speaker_verb)):
            coding, modality = as_request(coding), mod.ASSERTED
            actor, recipient = speaker, actor
        elif (modality == mod.FUTURE or entry.coding.type in ANALYST_READINGS) and \
                analyst_speaks(cue):
            # an analyst's prediction is no one's announcement, and "analysts say neither side
            # appears ready to back down" is a reading of stances, not one taken
            modality = mod.HYPOTHETICAL
        elif modality == mod.FUTURE and own_act(speaker, actor) and \
                (coding.type, coding.mode) == ("SANCTION", "discontinue") \
                and cue.speaker_verb is not None \
                and cue.speaker_verb.lemma_.lower() in DECISION_VERBS and not any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll")
                    for c in cue.speaker_verb.children):
            # "announced it would cease military aid": a decision (but "said it would
            # announce sanctions" is one still to come)
            modality = mod.ASSERTED
        elif modality == mod.FUTURE and own_act(speaker, actor) and not (
                cue.cue is not None and cue.cue.lemma_.lower() in SCHEDULING):
            # (but "are scheduled to hold joint drills" is a date on the calendar, no pledge)
            converted = PROMISED_EASING if _eases_penalties(trigger, coding) else \
                as_intent(coding)
            if converted is not None:
                coding, modality = converted, mod.ASSERTED
                if coding.type == "THREATEN" and not recipient:
                    # "would take countermeasures if the United States continued ...": the
                    # threat is aimed at the one whose act would set it off
                    recipient = condition_party(trigger, linker, actor)
        elif modality == mod.HYPOTHETICAL and cue.cue is not None and \
                cue.cue.lower_ in ("could", "might", "may") and cue.speaker_verb is not None \
                and own_act(speaker, actor) and has_condition(trigger) and \
                coding.type != "PROTEST" and not analyst_speaks(cue):
            # "Tusk said Poland could close its last crossing with Belarus if the pressure
            # continued": a conditional threat, made (but "could ... if" is no pledge of help,
            # and "said they could boycott the parliament if" only weighs a protest)
            converted = as_intent(coding)
            if converted is not None and converted.type == "THREATEN":
                coding, modality = converted, mod.ASSERTED
                if not recipient:
                    recipient = condition_party(trigger, linker, actor)
        elif modality == mod.NEGATED and "neg" in entry.flags:
            modality = mod.ASSERTED  # "such meetings will not be tolerated": the warning is made
            if coding.type == "THREATEN" and not recipient:
                # "if this aggression continues, the resistance will not stand idle"
                recipient = condition_party(trigger, linker, actor)
        elif modality == mod.NEGATED and cue.refusal:
            refusal = as_refusal(coding)
            if refusal is not None:
                coding, modality = refusal, mod.ASSERTED
                if not recipient:
                    # "would not lift sanctions before Iran halts all enrichment": refused
                    # to the one whose act it waits for
                    recipient = condition_party(trigger, linker, actor,
                                                marks=("if", "unless", "until", "before"))
        if coding.mode == "visit" and actor and all(e.sector == "MIL" for e in actor):
            # "troops arrived in Bosnia" is a deployment; peacekeepers arriving are aid
            peacekeepers = "peacekeep" in sent.text.lower()
            coding = Coding("AID", None, "074") if peacekeepers else DEPLOYMENT
        elif coding.mode == "visit" and actor and any(
                t.lower_ in RESCUERS for h in args.actor for t in h.lefts):
            coding = Coding("AID", None, "073")  # "rescue teams from China arrived in Mandalay"
        if not recipient and coding.mode == "crowd-control" and trigger.is_verbal:
            # "used water cannon and pepper spray to disperse thousands of protesters"
            recipient = linker.entities([o for c in dependents(trigger.anchor, {"advcl", "xcomp"})
                                         if _infinitival(c)
                                         for o in dependents(c, {"dobj"})][:1], objects=True)
        if not recipient and coding.type in PUNITIVE_TYPES and any(
                t.lower_ == "them" and t.dep_ == "dobj" for t in trigger.anchor.subtree):
            # "Protesters gathered ... Security forces fired tear gas to disperse them"
            recipient = _crowd_before(trigger, linker)
        if coding.type == "ASSAULT" and _interception(trigger):
            # "shot down a Malian drone": the weapon's side is the target; "air defenses shot
            # down 420 drones": the side the story says launched them
            own = {e.country for e in actor}
            recipient = [e for e in recipient if e.country not in ("", "---") and
                         e.country not in own] or _launcher(story or [], trigger, actor)
        elif coding.type == "ASSAULT":
            # "fired a barrage of ballistic missiles": the weapons are not the target
            recipient = [e for e in recipient if _last_word(e) not in WEAPON_WORDS]
        elif coding.type in ("AGREE", "AID"):
            # "pledged more air defense systems": one's own arms promised or given are no party
            own = {a.country for a in actor}
            recipient = [e for e in recipient if e.country not in own
                         or _last_word(e) not in WEAPON_WORDS | ARMS_GOODS]
        if coding.type == "ASSAULT" and not recipient and _fired_into_the_sea(trigger):
            coding = WEAPONS_SHOW  # "fired a ballistic missile into the sea": a show of arms
        if args.swapped and "trial" in entry.words:
            # "is on trial before Brazil's Supreme Federal Court": the court tries
            actor = [e for e in actor if _last_word(e) != "trial"] or \
                _court_before(trigger, linker)
        if not actor and (coding.type, coding.mode) in JUDICIAL \
                and (entry.words[0] in COURT_WORDS or "trial" in entry.words):
            actor = court_of(trigger, sent, linker)
        if not actor and coding.type == "PROTEST" and trigger.is_verbal and args.actor:
            # "Thousands marched in Caracas", "Truck drivers protested by blocking a road":
            # an unnamed crowd, of the state where it marches (or the story's own)
            actor = _unnamed_crowd(trigger, args.actor[0], linker)
        if not actor and coding.type == "REJECT" and story and _pleads(trigger.anchor):
            # "Prosecutors charged the three ... All three pleaded not guilty": the accused
            charge = next((e for e in reversed(story) if (e.type, e.mode) == ("ACCUSE", "allege")
                           and e.recipient and e.modality == mod.ASSERTED), None)
            if charge is not None:
                actor = list(charge.recipient)
                recipient = recipient or list(charge.actor)
        if not actor and coding.type == "ACCUSE" and speaker and trigger.is_verbal and any(
                c.dep_ in ("auxpass", "nsubjpass") for c in trigger.anchor.children) and all(
                e.sector in ("JUD", "COP", "GOV", "SPY") for e in speaker):
            actor = speaker  # "the prosecutor's office said Imamoglu was suspected of .."
        thing = bool(args.actor) and not actor and not args.swapped and \
            not any(_personish(t) for t in args.actor)
        # "the United States and its allies": an unnamed partner of a named party is left out
        if coding.type == "PROTEST":
            # "marched through Belgrade", "blocked the highway": a place is no one's target
            recipient = [e for e in recipient if not place_mention(e, sent.doc)
                         and (e.country, e.sector) != ("---", "")]
        actor, recipient = _named_first(actor), _named_first(recipient)
        if coding.type in SPEECH_ACTS:
            recipient = _nobody_left_out(recipient)
        source = speaker if cue.speaker_verb is not None or quoted else \
            attributed_to(trigger.anchor, linker)
        return Draft(trigger, coding, actor, recipient, modality, args.has_subject, thing, inner,
                     own_state_named, source)

    def _events(self, draft: Draft, sent: Span, article: Article, linker: ActorLinker,
                published: dt.date | None) -> list[Event]:
        trigger, coding, actor, recipient = draft.trigger, draft.coding, draft.actor, \
            draft.recipient
        modality = draft.modality
        place = find_location(trigger.anchor, sent, linker)
        for other in draft.inner[:1]:
            # "threatened to institute a curfew in Algiers": where the threatened act would be
            place = place or find_location(other.anchor, sent, linker)
        near = find_location(_clause_head(trigger), sent, linker, max_rank=1)
        for other in draft.inner[:1]:
            near = near or find_location(other.anchor, sent, linker, max_rank=1)
        if "sym" in trigger.entry.flags and len(actor) == 2 and recipient and \
                {e.country for e in recipient} <= {e.country for e in actor}:
            recipient = []  # "the two leaders, who have been trading insults": with each other
        two_sided = "sym" in trigger.entry.flags and len(actor) == 2 and \
            (actor[0].country, actor[0].sector) != (actor[1].country, actor[1].sector)
        if not recipient and near is not None and coding.type in PLACE_TARGETS \
                and not two_sided \
                and near.country not in ("", "---") and (
                    coding.type in DOMESTIC_TARGETS and (coding.type != "CONCEDE" or all(
                        e.sector in STATE_SECTORS | {""} for e in actor))
                    or near.country not in {e.country for e in actor}):
            # (a state eases its own rules in a province; a militia's truce there is no act
            # towards the place)
            # "imposed a curfew in Algiers": the state where it happens is on the receiving end
            recipient = [Entity(near.text, near.start, near.end, near.country, "")]
        if coding.type == "CONSULT" and coding.mode is None and trigger.is_verbal:
            coding, actor, recipient = _met_at_home(coding, actor, recipient, near)
        entry = trigger.entry
        start, end = _quote_span(article.text, sent.start_char, sent.end_char, trigger.start)
        goldstein, quad = cameo_fields(coding.cameo)
        when = date_of(trigger.anchor, sent, published, future=modality == mod.FUTURE)
        event = Event(
            type=coding.type, mode=coding.mode, actor=actor, recipient=recipient,
            modality=modality, quote=article.text[start:end], start=start, end=end,
            cameo=coding.cameo, goldstein=goldstein, quad_class=quad,
            date=when[0] if when else None, date_granularity=when[1] if when else None,
            location=place,
            confidence=_confidence(entry, actor, recipient, modality),
            trigger=[trigger.start, trigger.end], evidence=[[start, end]],
            source=draft.source)
        events = [event]
        if two_sided and not recipient:
            # "Russia and Ukraine exchanged prisoners", "Sudan's army and the RSF clashed":
            # each side acts towards the other
            event.actor, event.recipient = [actor[0]], [actor[1]]
            actor, recipient = event.actor, event.recipient
        passive = any(c.dep_ == "auxpass" for c in trigger.anchor.children)
        sides = _armed_sides(recipient) if coding.type == "ASSAULT" and not actor and \
            passive else None
        if sides is not None:
            # "Three Pakistani soldiers and six Afghan fighters were killed": the two armed
            # sides' dead are each the other side's doing
            event.actor, event.recipient = sides[1], sides[0]
            actor, recipient = event.actor, event.recipient
            entry = replace(entry, flags=entry.flags | {"sym"})
        if "sym" in entry.flags and actor and recipient:
            events.append(Event(**{**event.__dict__, "actor": recipient, "recipient": actor,
                                   "evidence": [[start, end]]}))
        if coding.type == "ASSAULT" and "sym" in entry.flags and len(events) == 2:
            for one in events:
                _street_clash(one)
        return events


# Where people are driven, not what they are given: "sent residents into shelters".
DRIVEN_INTO = frozenset({"shelter", "hiding", "exile", "panic", "chaos", "turmoil", "disarray",
                         "flight", "bunker", "basement", "retreat", "spiral", "tailspin"})
CROWD_CONTROL = Coding("ASSAULT", "crowd-control", "175")
RETALIATED_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE"})
RESCUERS = frozenset({"rescue", "search-and-rescue", "relief", "aid", "medical", "humanitarian"})
RETALIATION_IN_KIND = Coding("SANCTION", None, "160")
VISIT = Coding("CONSULT", "visit", "042")


def _met_at_home(coding: Coding, actor: list[Entity], recipient: list[Entity],
                 place: Location | None) -> tuple[Coding, list[Entity], list[Entity]]:
    """"Pompeo met with Chinese foreign minister Wang Yi in Washington": a meeting in one
    side's country is the other side's visit to it (the visitor acts)."""
    sides = {e.country for e in actor}, {e.country for e in recipient}
    if place is None or len(sides[0]) != 1 or len(sides[1]) != 1 or sides[0] == sides[1] or \
            UNKNOWN_COUNTRY in sides[0] | sides[1]:
        return coding, actor, recipient
    if {place.country} == sides[1]:
        return VISIT, actor, recipient
    if {place.country} == sides[0]:
        return VISIT, recipient, actor
    return coding, actor, recipient


JOINTLY = TriggerEntry(("jointly",), "V", Coding("COOPERATE", None, "060"), frozenset(), None)


def _done_jointly(sent: Span, linker: ActorLinker) -> list[Draft]:
    """"Armenian and Azerbaijani border commissions jointly installed the first markers":
    the bodies of two or more states doing a thing together cooperate in it."""
    drafts = []
    for word in sent:
        if word.lower_ != "jointly" or word.dep_ != "advmod" or word.head.pos_ != "VERB" or \
                _infinitival(word.head):
            continue  # ("agreed ... to jointly manage the reservoir": a promise, coded so)
        subject, patient = verb_subject(word.head)
        actor = [] if patient else linker.entities(subject)
        if len({e.country for e in actor} - {"", UNKNOWN_COUNTRY}) < 2:
            continue
        modality = mod.find_modality(Trigger(JOINTLY, word.head, [word.head])).modality
        drafts.append(Draft(Trigger(JOINTLY, word, [word]), JOINTLY.coding, actor, [],
                            modality, True))
    return drafts


def _crowd(entity: Entity) -> bool:
    """Civilians named as a crowd: "student protesters", "demonstrators"."""
    return entity.sector in ("CVL", "OPP") and any(
        word.rstrip("s") in CROWD_NOUNS for word in entity.text.lower().split())


def _street_clash(event: Event) -> None:
    """"Protesters clashed with police": the crowd riots; the police put the riot down."""
    if not (event.actor and event.recipient):
        return
    if all(_crowd(e) for e in event.actor) and all(
            e.sector in ("COP", "MIL") for e in event.recipient):
        coding = RIOT
    elif all(e.sector in ("COP", "MIL") for e in event.actor) and all(
            _crowd(e) for e in event.recipient):
        coding = CROWD_CONTROL
    else:
        return
    event.type, event.mode, event.cameo = coding.type, coding.mode, coding.cameo
    event.goldstein, event.quad_class = cameo_fields(coding.cameo)


# Threats worded as what the other side will suffer: "will pay a price", "will not go
# unanswered".
RETRIBUTIONS = frozenset({"pay", "go"})
WANTED = frozenset({"want", "wanted", "accuse", "suspect", "suspected", "convict", "charge",
                    "fugitive", "criminal", "cartel", "gang", "smuggler", "trafficker"})
DEPORTATION = Coding("COERCE", "deport", "174")
# Nouns that frame an act as a kind or topic, not report one: "areas of cooperation".
FRAME_NOUNS = frozenset({"area", "symbol", "kind", "type", "history", "level", "field",
                         "sphere", "example", "sign", "prospect", "possibility", "question",
                         "issue", "subject", "topic", "model", "record", "culture", "tradition",
                         "framework", "avenue", "scope", "mechanism", "importance", "value"})
ARMS_GOODS = frozenset({"system", "systems", "launcher", "launchers", "tank", "tanks",
                        "jet", "jets", "aircraft", "ammunition", "equipment", "vehicles"})
WEAPON_WORDS = frozenset({"missile", "missiles", "rocket", "rockets", "shell", "shells",
                          "drone", "drones", "bomb", "bombs", "weapon", "weapons", "artillery",
                          "mortar", "mortars", "gun", "guns", "rifle", "rifles", "bullet",
                          "bullets", "grenade", "grenades", "cannon", "cannons", "gas",
                          "knife", "knives", "machete", "machetes", "explosives", "munitions",
                          "ammunition"})
ONLINE_THINGS = frozenset({"website", "site", "platform", "app", "account", "content",
                           "internet", "facebook", "youtube", "telegram", "whatsapp", "tiktok",
                           "instagram", "vpn", "webpage"})
CENSORSHIP = Coding("COERCE", "censor", "1721")
# Verbs whose object is a standing rule or measure, not an act of the story.
BREACHING_VERBS = frozenset({"violate", "breach", "evade", "circumvent", "flout", "defy",
                             "bypass", "skirt", "dodge"})
GATHERING = Coding("CONSULT", "multilateral", "040")
# Goodwill that residents, firms, schools or hospitals show is no political act.
PRIVATE_GOODWILL = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE", "CONCEDE"})
GOODS = frozenset({"ambulance", "equipment", "supply", "vehicle", "vaccine", "medicine",
                   "food", "aid", "donation", "kit", "generator", "tent", "truck", "drug",
                   "dose", "grain", "fuel"})
CAPTIVES = frozenset({"soldier", "prisoner", "pow", "hostage", "captive", "serviceman",
                      "servicemen", "detainee", "body", "remains", "fighter"})
PRISONERS_RELEASED = Coding("RETREAT", "release", "0841")
# Documents that "allow" things: "the law, which allows the government to suspend ...".
DOCUMENT_NOUNS = frozenset({"law", "act", "agreement", "treaty", "deal", "rule", "bill",
                            "decree", "legislation", "resolution", "accord", "constitution",
                            "pact", "order", "regulation", "measure", "mechanism"})
BLOCKED_PLANS = DOCUMENT_NOUNS | {"effort", "attempt", "proposal", "plan", "package",
                                  "nomination", "appointment", "motion", "draft", "vote"}


def _by_parties(coding: Coding, trigger: Trigger, actor: list[Entity],
                recipient: list[Entity], linker: ActorLinker) -> tuple[Coding, list[Entity]]:
    """The code and recipient once the parties are known: who is handed over or returned, who
    blocks or halts what, what a mobilisation or a withdrawal is aimed at."""
    first = trigger.entry.words[0]
    handed = dependents(trigger.anchor, {"dobj"})
    if (coding.type, coding.mode) == ("RETREAT", "return") and any(
            e.sector in ("CVL", "REF") for e in linker.entities(handed)):
        coding = DEPORTATION  # "returned 1,200 Afghan nationals"
    if first == "block" and any(t.lemma_.lower() in ONLINE_THINGS for h in dependents(
            trigger.anchor, {"dobj", "nsubjpass", "nsubj"}) for t in (h, *h.subtree)):
        return CENSORSHIP, []  # "blocked websites and social media": censorship
    if first == "block" and any(t.lemma_.lower() in BLOCKED_PLANS for t in
                                dependents(trigger.anchor, {"dobj", "nsubjpass"})):
        coding = Coding("REJECT", None, "120")  # "efforts to tighten sanctions were blocked"
    if coding.type == "COOPERATE" and first in ("hand", "turn") and any(
            e.sector in ("CVL", "REF", "OPP", "JRN", "SOC") for e in linker.entities(handed)) \
            and not any(t.lemma_.lower() in WANTED for h in handed for t in h.subtree) \
            and not any(e.sector in ("JUD", "COP") for e in recipient):
        # civilians handed over are deported (but "a French citizen wanted for murder ... to
        # French authorities" is judicial cooperation)
        coding = DEPORTATION
    if coding.type == "COOPERATE" and first == "hand" and any(
            t.lemma_.lower() in GOODS for h in handed for t in (h, *h.conjuncts)):
        coding = Coding("AID", None, "070")  # "handed over 20 ambulances to the ministry"
    if coding.type == "COOPERATE" and first in ("hand", "turn") and any(
            t.lemma_.lower() in CAPTIVES for h in handed for t in h.subtree):
        coding = PRISONERS_RELEASED  # "Russia handed over 84 Ukrainian soldiers"
    if trigger.entry.words == ("suspend",) and recipient and \
            all(e.sector == "JRN" for e in recipient):
        return CENSORSHIP, recipient  # "suspended the BBC and Voice of America"
    if coding.type == "MOBILIZE" and all(e.country in {a.country for a in actor}
                                         for e in recipient):
        recipient = []  # "ordered troops to the area": its own forces are no target
    if (coding.type, coding.mode) == ("PROTEST", "obstruct") and actor and \
            all(e.sector == "CRM" for e in actor):
        coding = Coding("COERCE", "restrict", "191")  # "gangs blocked the main roads"
    if coding.type == "RETREAT" and coding.mode in ("withdraw", "resign") and (
            recipient and all(e.country in ("IGO", "UNO", "EUR") for e in recipient)
            or any(lemma_in(o, BODIES_AND_PACTS)
                   for head in (trigger.anchor, *dependents(trigger.anchor, {"prt", "prep"}))
                   for o in prep_objects(head, ("from", "of")))
            or any(_in_protest(o) for o in prep_objects(trigger.anchor, ("in",)))):
        # "voted to withdraw from the International Criminal Court", "withdrawing from the
        # Joint Operational Staff Committee", "pulled out of the nuclear deal", "had withdrawn
        # in protest"
        coding = LEFT_BODY
    if (coding.type, coding.cameo) == ("SANCTION", "163") and first == "bar" and recipient and \
            all(e.sector in PRIVATE_SECTORS for e in recipient):
        # "barred two Lithuanian journalists from entering the country": keeping people out,
        # not a sanction on a state's officials
        coding = RESTRICTION
    if coding.type == "COERCE" and first in HALTING and actor and \
            all(e.sector == "JUD" for e in actor):
        coding = STRUCK_DOWN  # "the High Court blocked the government's plan"
    return coding, recipient


def _official(entity: Entity, linker: ActorLinker) -> bool:
    """A state body: an institution of a state, a state named by itself ("China protested",
    "Hungary blocked the package") or an intergovernmental body."""
    return entity.sector in STATE_SECTORS or not entity.sector and (
        entity.country in ("IGO", "UNO", "EUR") or linker.kind_of(entity.actor_id) == "state")


def _fired_into_the_sea(trigger: Trigger) -> bool:
    """A missile or rocket launched into the sea or off a coast, at no one."""
    anchor = trigger.anchor
    near = {anchor.i} | {c.i for c in anchor.children if c.dep_ == "dobj"}
    return trigger.entry.words[0] in ("fire", "launch") and any(
        t.lower_ in ("sea", "waters", "coast", "ocean") for t in anchor.subtree) and not any(
        t.dep_ == "prep" and t.head.i in near
        and t.lower_ in ("at", "on", "against", "toward", "towards")
        and not any(o.ent_type_ in ("DATE", "TIME") for o in t.children)
        for t in anchor.subtree)  # ("on Wednesday" aims at no one; nor does a clause after)


def _heading(sent: Span) -> bool:
    """A subheading ("Chinese demand", "Trump approval"): short, no closing stop, no clause
    with a subject. It names a topic; a heading that reports an event ("Iran executes
    protester") has a subject and is coded."""
    return len(sent) <= 6 and not sent[-1].is_punct and not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent)


def _clause_head(trigger: Trigger) -> Token:
    """The verb whose clause a nominal trigger fills ("remained on alert in the West Bank",
    "imposed a curfew in Algiers"); the trigger itself when verbal or free-standing."""
    token = trigger.anchor
    if trigger.is_verbal:
        return token
    for _ in range(2):
        if token.dep_ not in ("pobj", "prep", "dobj") or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return trigger.anchor


DETENTION_NOUNS = frozenset({"prison", "jail", "custody", "detention", "gaol"})


def _sends_to_detention(verb: Token) -> bool:
    """An order that sends someone "(back) to prison" or "into custody" is the detention."""
    if verb.lemma_ not in ("order", "send", "return"):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in verb.children if c.dep_ == "advmod" for g in c.children
              if g.dep_ == "prep"]  # "back to prison"
    return any(p.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in DETENTION_NOUNS for o in p.children)
        for p in preps)


def _unnamed_crowd(trigger: Trigger, subject: Token, linker: ActorLinker) -> list[Entity]:
    """A crowd the parser leaves unresolved, placed in the state where it acts."""
    if subject.pos_ not in ("NOUN", "NUM", "PROPN") or subject.ent_type_ in PARTY_ENTS:
        return []
    places = [o for p in trigger.anchor.children if p.dep_ == "prep"
              and p.lower_ in ("in", "through", "across", "outside", "on", "at", "into")
              for o in p.children if o.dep_ == "pobj"]
    countries = [e.country for e in linker.entities(places, objects=True)
                 if e.country not in ("", "---")]
    country = countries[0] if countries else linker.leading_state(exclude="")
    if not country:
        return []
    span = subject.doc[subject.left_edge.i:subject.i + 1]
    return [Entity(span.text, span.start_char, span.end_char, country, "CVL")]


def _pleads(verb: Token) -> bool:
    """"pleaded not guilty", "denied the charges", "denied wrongdoing": a plea by the one
    charged."""
    lemma = verb.lemma_.lower()
    if lemma == "plead":
        return True
    return lemma == "deny" and any(c.dep_ == "dobj" and c.lemma_.lower() in PLEADED
                                   for c in verb.children)


PLEADED = frozenset({"charge", "wrongdoing", "accusation", "allegation", "guilt"})


def _court_before(trigger: Trigger, linker: ActorLinker) -> list[Entity]:
    """The court a trial is "before": "stood trial before a military tribunal"."""
    objects = [o for t in trigger.anchor.subtree if t.dep_ == "prep" and t.lower_ == "before"
               for o in t.children if o.dep_ == "pobj"]
    return [e for e in linker.entities(objects, objects=True) if e.sector == "JUD"]


def _governing_subject(token: Token) -> list[Token]:
    """The first named subject of the clauses above `token` in its sentence."""
    head = token.head
    while head.i != token.i:
        named = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ == "PROPN" and c.i < token.i]
        if named:
            return named[:1]
        token, head = head, head.head
    return []


# Acts whose victims or beneficiaries are named inside the noun that refers back to them ("the
# attack on civilians", "the release of three hostages"), which a judgement is not aimed at.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})


def _inside_judged_act(verb: Token, recipient: list[Entity]) -> bool:
    """Whether the recipients are only named inside the hostile act a judgement refers to
    ("condemned the strikes on Gaza's hospitals", "called the attack terror against
    civilians"), so that the act's doer is the one judged."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or not HOSTILE_ACTS & REFERRING_NOUNS.get(noun.lemma_.lower(), frozenset()):
        return False
    named = [t for c in verb.children if c.dep_ == "oprd" for t in c.subtree]
    if named:
        # (the parser may hang the naming phrase's "against civilians" on the verb)
        named += [t for c in verb.children if c.dep_ == "prep" and c.i > named[0].i
                  for t in c.subtree]
    inside = [(t.idx, t.idx + len(t)) for t in [*noun.subtree, *named] if t.i != noun.i
              and t.dep_ not in ("poss", "compound", "amod", "det")]
    return all(any(s <= e.start < end for s, end in inside) for e in recipient)


def _venue(entity: Entity, trigger: Trigger) -> bool:
    """Whether an entity is a capital city naming where a nominal event is held ("the Doha
    talks")."""
    span = trigger.anchor.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound" and \
        span.root.head.i == trigger.anchor.i and span.text.lower() in capital_names()


ARMED = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY"})


def _armed_sides(victims: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
    """The victims split by country when they are the armed men of exactly two states."""
    countries = list(dict.fromkeys(e.country for e in victims))
    if len(countries) != 2 or "---" in countries or "" in countries or \
            not all(e.sector in ARMED for e in victims):
        return None
    return ([e for e in victims if e.country == countries[0]],
            [e for e in victims if e.country == countries[1]])


CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "JRN", "SOC", "REF"})


def _crowd_before(trigger: Trigger, linker: ActorLinker) -> list[Entity]:
    """The nearest group of civilians, opposition, students or workers named in this or the
    previous sentence before a "them"."""
    sent = trigger.anchor.sent
    since = sent.start_char - 400
    for entity in linker.preceding(trigger.anchor.idx, since):
        if entity.sector in CROWD_SECTORS and entity.country not in ("", "---") and \
                not place_mention(entity, sent.doc):
            return [entity]
    return []


def _interception(trigger: Trigger) -> bool:
    """"shot down", "intercepted a missile": an act against the weapons of another side."""
    anchor = trigger.anchor
    return anchor.lemma_.lower() == "intercept" or anchor.lemma_.lower() == "shoot" and any(
        t.lower_ == "down" for t in trigger.tokens)


def _launcher(story: list[Event], trigger: Trigger, actor: list[Entity]) -> list[Entity]:
    """The side that last launched missiles, rockets or drones in the story, not the actor."""
    own = {e.country for e in actor}
    for event in reversed(story):
        if event.type == "ASSAULT" and event.mode in ("drone", "heavy-weapons", "aerial") \
                and event.start < trigger.anchor.idx and event.actor \
                and not own & {e.country for e in event.actor}:
            return list(event.actor)
    return []


def _denial(trigger: Trigger) -> bool:
    """"denied backing the M23", not "denied entry to" or "denied them visas"."""
    anchor = trigger.anchor
    return anchor.lemma_.lower() == "deny" and not any(
        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in anchor.children)


def _charged_in_clause(noun: Token, linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """"Ottawa's allegation that Indian agents were linked to the killing": the subject of the
    charge's that-clause is the one charged."""
    subjects = [s for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return [e for e in linker.entities(subjects, objects=True) if not own_side(e, actor)]


def _event_countries(entities: list[Entity], scheme: str,
                     states: set[str] | None = None) -> list[Entity]:
    """An event party's country in the scheme asked for (see COUNTRY_SCHEMES).

    PLOVER codes a party of no single state "---": a CAMEO region ("Western partners" WST,
    "Southeast Asian leaders" SEA) stays on the resolved actor, which `actor_id` points to.
    The PLOVER guidelines write a state named as such ("Iran", "the United States") with
    sector GOV; CAMEO leaves its sector blank. `states` are the ids of such actors.
    """
    regions = region_codes()
    folded = COUNTRY_SCHEMES[scheme]
    out = []
    for e in entities:
        if e.country in regions:
            e = replace(e, country=UNKNOWN_COUNTRY)
        elif e.country in folded:
            e = replace(e, country=folded[e.country])
        if scheme == "plover" and not e.sector and e.actor_id in (states or ()):
            e = replace(e, sector="GOV")
        out.append(e)
    return out


# What is executed when an execution is no killing: "the execution of its ambitions".
CARRIED_OUT = frozenset({"ambition", "plan", "policy", "strategy", "agenda", "program",
                         "programme", "project", "order", "mandate", "duty", "task", "vision",
                         "reform", "deal", "contract", "budget", "mission", "operation",
                         "design", "scheme", "warrant", "decision", "ruling", "judgment"})


def _personish(token: Token) -> bool:
    """Whether an unresolved argument could still be a person or body acting."""
    return token.lower_ in ("he", "she", "they", "we", "i", "you", "who") or \
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN" or \
        token.lemma_.lower() in PERSON_NOUNS  # "freed by their captors"


def _worth_keeping(draft: Draft) -> bool:
    """Drop mentions that name no party: generic nouns, subjectless gerunds, disasters.

    Advocated or conditional acts are kept even without named parties: they are what an
    opinion piece argues about, and they never count as events that happened.
    """
    trigger = draft.trigger
    if not trigger.is_verbal and trigger.anchor.dep_ == "poss":
        return False  # "the rally's keynote speaker" is about the speaker
    if "fut" in trigger.entry.flags and mod.find_modality(trigger).modality != mod.FUTURE:
        return False  # "responded to questions" is no threat; "would respond" is
    if "neg" in trigger.entry.flags and mod.find_modality(trigger).modality != mod.NEGATED:
        return False  # "Iran tolerated the protests" is no threat; "will not tolerate" is
    if trigger.entry is MODAL_DEMAND and draft.modality != mod.ASSERTED:
        return False  # "a study says Africans should ...": no one with standing demands it
    if _natural_force(trigger):
        return False
    if not trigger.is_verbal and draft.modality == mod.ASSERTED and any(
            c.dep_ == "amod" and c.lower_ in ("past", "previous", "prior")
            for c in trigger.anchor.children):
        return False  # "Past attacks were claimed by Islamic State": history, no one event
    if not trigger.is_verbal and trigger.anchor.dep_ in ("dobj", "pobj") and \
            trigger.anchor.head.lemma_.lower() in BREACHING_VERBS:
        return False  # "such transfers would violate a U.N. arms embargo": a standing rule
    anchor = trigger.anchor
    if not trigger.is_verbal and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
            anchor.head.head.lemma_.lower() in FRAME_NOUNS:
        return False  # "one of the few areas of cooperation", "a symbol of ... cooperation"
    if draft.modality == mod.HYPOTHETICAL:
        return True
    if not draft.actor and not draft.recipient:
        return False
    if trigger.entry.words[:2] == ("fail", "to") and draft.coding.type == "REJECT" and \
            not draft.recipient and len({e.country for e in draft.actor}) < 2:
        return False  # "EU ambassadors failed to agree on new sanctions": no side rejects
        # another (but "the two sides failed to agree" do)
    if trigger.is_verbal and anchor.dep_ == "relcl" and anchor.tag_ in ("VBZ", "VBP") and \
            draft.coding.mode == "third-party":
        return False  # "Egypt and Qatar, which mediate between Israel and Hamas": a standing
        # role, no one mediation
    flags = trigger.entry.flags
    if "light" in flags and not draft.actor or "rcpt" in flags and not draft.recipient \
            and not draft.own_state_named and not _punitive_warning(draft) \
            and draft.coding.type != "MOBILIZE":  # ("sent two battalions to the region")
        return False
    if draft.thing_subject and not draft.actor:
        return False  # "this effectively denies recognition": no one acts
    if trigger.entry.words[0] in ("ready", "prepared") and \
            trigger.anchor.head.lemma_.lower() == "get":
        return False  # "the Air Force was getting ready to fly bombers": preparing, no pledge
    if trigger.entry.words == ("send",) and draft.coding.type == "AID" and not draft.actor:
        return False  # "samples sent to the institute", "the employee was sent home": no
        # giver, no aid
    if trigger.entry.words == ("send",) and draft.coding.type == "AID" and any(
            lemma_in(o, DRIVEN_INTO) for o in prep_objects(trigger.anchor, ("into",))):
        return False  # "sending millions of Israelis into bomb shelters": driven, not given
    if draft.coding.mode == "execute" and not trigger.is_verbal and any(
            lemma_in(o, CARRIED_OUT) for o in prep_objects(trigger.anchor, ("of",))):
        return False  # "Iran's execution of its regional ambitions": carrying out a plan
    if draft.coding.type == "SUPPORT" and trigger.entry.words == ("say",) and draft.actor and \
            draft.recipient and all(own_side(e, draft.actor) for e in draft.recipient):
        return False  # "'China is playing a constructive role,' the spokesperson said": no
        # praise of anyone else
    if draft.coding.type == "CONSULT" and draft.recipient and \
            all(e.sector == "JRN" for e in draft.recipient):
        return False  # "spoke to reporters": a statement to the press, not a meeting
    if tuple(trigger.entry.words) == ("speak", "to") and draft.actor and \
            {e.country for e in draft.recipient} <= {e.country for e in draft.actor}:
        return False  # "Speaking to British lawmakers, Starmer said": a speech at home
    if draft.coding.type in SPEECH_ACTS and draft.actor and all(
            e.country == "---" and e.sector in ("", "EDU", "UNK") and not _unnamed_doer(e)
            for e in draft.actor):
        return False  # analysts and commentators hold no office: not actors
    if not draft.actor and (draft.coding.type in NEEDS_ACTOR or trigger.entry.pos == "A"):
        return False  # "the bloggers were asked": a request by no one named
    if draft.coding.mode == "visit" and not any(
            e.sector not in PRIVATE_SECTORS or e.country in NONSTATE_BODIES for e in draft.actor):
        return False  # "immigrants arrived in Houston" is travel, not a visit
    if not trigger.is_verbal and trigger.anchor.dep_ == "pobj" and \
            trigger.anchor.head.lower_ in TOPIC_ONLY_PREPS:
        return False  # "disagreed over U.S. aid to Ukraine": the topic, not an event
    if trigger.anchor.lemma_.lower() == "allow" and (
            trigger.anchor.dep_ in ("relcl", "acl") and
            trigger.anchor.head.lemma_.lower() in DOCUMENT_NOUNS or trigger.anchor.tag_ == "VBG"
            and not any(c.dep_ == "nsubj" for c in trigger.anchor.children)):
        return False  # a law or deal that allows something, or "accused him of allowing graft"
    if draft.coding.type == "COOPERATE" and trigger.entry.words[0] in ("hand", "turn") and \
            draft.recipient and all(e.sector in ("JUD", "COP") and (
                not draft.actor or e.country in {a.country for a in draft.actor})
                for e in draft.recipient):
        return False  # "handed over to prosecutors": a step inside one state's justice
    if draft.coding.mode == "visit" and draft.actor and draft.recipient and all(
            e.country == a.country for e in draft.recipient for a in draft.actor) and \
            trigger.entry.words[0] in ("travel", "arrive", "fly", "go", "head"):
        return False  # "the prime minister traveled to the island with ministers": at home
    if (draft.coding.type, draft.coding.mode) == ("RETREAT", "withdraw") and draft.actor and \
            all(e.sector in ("CVL", "EDU", "BUS", "MED") for e in draft.actor):
        return False  # "families are pulling children out of school": no side withdraws
    if draft.coding.type == "ASSAULT" and trigger.anchor.dep_ == "relcl" and \
            not draft.recipient:
        return False  # "Ukrainians who are fighting for their freedom" describes them
    return not (trigger.is_verbal and not draft.has_subject and not draft.actor)


PUNITIVE_WORDS = frozenset({"punish", "punishment", "arrest", "prosecute", "justice",
                            "consequence", "price", "measure", "respond", "retaliate",
                            "countermeasure", "revenge"})


def _warned_doer(verb: Token, linker: ActorLinker) -> list[Entity]:
    """The state a warning says would act ("warned that Beijing would take measures"), not
    one that would undergo something ("warned that Iran would face consequences")."""
    for clause in dependents(verb, {"ccomp"}):
        if lemma_in(clause, UNDERGOER_VERBS | {"pay"}) or not any(
                c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "'ll")
                for c in clause.children):
            continue  # ("residents of Tehran would pay the price"; "hours after an Iranian
            # missile hit" is no warned act)
        found = [e for e in linker.entities(dependents(clause, {"nsubj"}))
                 if e.country not in ("", "---") and e.sector in ("GOV", "MIL", "")]
        if found:
            return found
    return []


def _punitive_warning(draft: Draft) -> bool:
    """"warned that anyone cooperating would face the harshest punishment", "warned it would
    take all necessary measures": a warning of what will be done is a threat, named target or
    not."""
    anchor = draft.trigger.anchor
    clauses = [c for c in anchor.children if c.dep_ == "ccomp"
               and any(a.lower_ in ("would", "will") for a in c.children)]
    return draft.coding.type == "THREATEN" and anchor.lemma_.lower() == "warn" and any(
        t.lemma_.lower() in PUNITIVE_WORDS or t.dep_ == "mark" and t.lower_ in ("if", "unless")
        for c in clauses for t in c.subtree)  # ("would strike if the government did not pay")


def _private_goodwill(draft: Draft, linker: ActorLinker) -> bool:
    """"The whole town accepts the windmills", "the company phased out coal": goodwill from
    residents, firms, schools or hospitals (not states) is no political act, nor is a
    shopkeeper's truce (a teachers' union calling off a strike does concede)."""
    private = ("CVL", "BUS") if draft.coding.type == "CONCEDE" else ("CVL", "BUS", "EDU", "MED")
    return draft.coding.type in PRIVATE_GOODWILL and bool(draft.actor) and all(
        e.sector in private and linker.kind_of(e.actor_id) != "state"
        and _last_word(e) not in ("member", "members")  # "Council members Greece"
        for e in draft.actor)


def _private_say(draft: Draft, linker: ActorLinker) -> bool:
    """A private person's say or help is no political act: "Matthaes, a Vietnam dweller of 25
    years, warned against hospital care", "Gee returned to the U.S." (a person with no office,
    body or side in the text); attacks and protests by private people still count."""
    return draft.coding.type not in PRIVATE_ACTS and draft.modality == mod.ASSERTED and \
        bool(draft.actor) and all(
            linker.kind_of(e.actor_id) == "person" and not e.sector
            and e.country not in NONSTATE_BODIES for e in draft.actor)


def _unnamed_doer(entity: Entity) -> bool:
    """"threatened by unnamed individuals", "gunmen": an unnamed party, not a commentator."""
    words = entity.text.lower().split()
    return bool(words) and (words[-1] in PERSON_NOUNS or words[-1].rstrip("s") in PERSON_NOUNS
                            or words[0] in ("unnamed", "unidentified", "unknown"))


def _natural_force(trigger: Trigger) -> bool:
    """A storm or an epidemic "strikes" or "kills": a disaster, not an event."""
    subjects = [c for c in trigger.anchor.children if c.dep_ in ("nsubj", "agent")]
    subjects += [g for c in subjects if c.dep_ == "agent" for g in c.children]
    subjects += [c for c in trigger.anchor.children if c.dep_ in ("compound", "amod")]
    if trigger.anchor.dep_ in ("acl", "relcl"):
        subjects.append(trigger.anchor.head)  # "the third cyclone to hit Mozambique"
    elif trigger.anchor.dep_ == "xcomp":  # "Jude is the third cyclone to hit Mozambique"
        subjects += [c for c in trigger.anchor.head.children if c.dep_ == "attr"]
    return any(t.lemma_.lower() in NATURAL_FORCES or t.lower_ in NATURAL_FORCES or
               any(w.lower_ in NATURAL_FORCES for w in t.lefts) or _named_storm(t)
               for t in subjects)


def _named_storm(token: Token) -> bool:
    """"was struck by Chido": a name the story gives a cyclone, storm or other force."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    return any(t.text == token.text and t.i > 0 and (
        _force_word(doc[t.i - 1]) or _force_word(t.head) and t.dep_ in ("compound", "appos"))
        for t in doc if t.i != token.i)


def _force_word(token: Token) -> bool:
    word = token.lower_
    return word in NATURAL_FORCES or word.endswith("s") and word[:-1] in NATURAL_FORCES


def _refine(coding: Coding, trigger: Trigger, inner: list[Trigger]) -> Coding:
    """Most specific code: from governed complements and weapon words."""
    for other in inner:
        if other.entry.coding.type == coding.type and coding.type != "ASSAULT":
            continue
        if other.is_verbal and (other.anchor.dep_ == "acl" and other.anchor.tag_ == "VBN" or
                                any(c.dep_ == "neg" for c in other.anchor.children)):
            continue  # "agreed to resume flights, suspended since 2020": a modifier; "pledged
            # not to use force": what is promised not to happen codes nothing
        if not other.is_verbal and trigger.anchor.lemma_.lower() in ACCEPTING:
            continue  # "will never accept the annexation of Crimea": another's act, accepted
        if coding.type == "ASSAULT" and other.entry.coding.type == "ASSAULT":
            if other.anchor.dep_ != "pobj":
                continue  # "killed suicide bombers": a target, not the means
            if len(other.entry.coding.cameo) >= len(coding.cameo) and \
                    other.entry.coding.cameo != "190":
                coding = Coding("ASSAULT", other.entry.coding.mode or coding.mode,
                                other.entry.coding.cameo)
            continue
        coding = refine_by_complement(coding, other.entry.coding)
        break
    if _hosted_talks(trigger) or not trigger.is_verbal and hyphen_host(trigger.anchor):
        return HOSTED_TALKS
    if tuple(trigger.entry.words) == ("send",) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORCES | {"police", "officer"}
            for c in trigger.anchor.children):
        return DEPLOYMENT  # "troops were sent to surround"
    if trigger.is_verbal and hosts_gathering(trigger.anchor):
        return HOSTING  # "the UAE hosted the meeting": the host and the sides it brought
    if (coding.type, coding.mode) == ("COERCE", "arrest") and _for_a_term(trigger.anchor):
        return SENTENCE  # "jailed a French researcher for three years": a sentence
    if coding.type == "CONCEDE" and coding.cameo == "0871" and not trigger.is_verbal and \
            trigger.anchor.dep_ in ("nsubj", "nsubjpass") and \
            trigger.anchor.head.lemma_.lower() in TAKING_EFFECT:
        return CEASEFIRE_HELD  # "a ceasefire between Israel and Hezbollah took effect"
    if (coding.type, coding.mode) == ("SANCTION", "expel") and _expels_private(trigger.anchor):
        return DEPORTATION  # "expelled a Reuters correspondent": deporting a person
    if coding.type == "ASSAULT" and trigger.anchor.lemma_.lower() == "retaliate" and any(
            t.lemma_.lower() in ECONOMIC_WEAPONS for t in trigger.anchor.subtree):
        return Coding("SANCTION", "discontinue", "163")  # "retaliated ... with levies"
    if coding.type == "REQUEST" and _ordered_out(trigger.anchor):
        return Coding("SANCTION", "expel", "166")  # "ordered 12 French diplomats to leave"
    if coding.type == "SUPPORT" and trigger.anchor.lemma_.lower() in APPROVING:
        done = next((o for o in inner if not o.is_verbal
                     and nominal_slot(o.anchor).dep_ == "dobj"
                     and nominal_slot(o.anchor).head.i == trigger.anchor.i
                     and o.entry.coding.type in APPROVED
                     and not any(c.dep_ == "poss" for c in o.anchor.children)), None)
        if done is not None:
            # "approved a $1.1 billion disbursement to Pakistan", "approved a new package of
            # sanctions against Russia"
            return done.entry.coding
    if coding.type == "SUPPORT" and trigger.anchor.lemma_.lower() in APPROVING | {"sign"}:
        decreed = next((o for o in inner if o.is_verbal and o.anchor.dep_ == "acl"
                        and o.anchor.head.dep_ == "dobj"
                        and o.anchor.head.head.i == trigger.anchor.i
                        and o.anchor.head.lemma_.lower() in DECREES
                        and o.entry.coding.type in APPROVED), None)
        if decreed is not None:
            return decreed.entry.coding  # "signed a decree calling up 160,000 men"
    if coding.type == "REQUEST" and trigger.anchor.lemma_.lower() == "order":
        shut = _ordered_shut(trigger.anchor)
        if shut is not None:
            return shut  # "ordered it closed for 45 days", "ordered the suspension of X"
        done = next((o for o in inner if not o.is_verbal and o.anchor.dep_ == "dobj"
                     and o.anchor.head.i == trigger.anchor.i and (
            o.entry.coding.type in ORDERED and o.entry.coding.mode != "arrest"
            or (o.entry.coding.type, o.entry.coding.mode) == ("ACCUSE", "investigate"))), None)
        if done is not None:
            return done.entry.coding  # "ordered the expulsion of the ICRC" expels it
        acted = {o.anchor.i for o in inner}
        if not any(c.dep_ in ("xcomp", "ccomp") and c.i in acted
                   for c in trigger.anchor.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in FORCES for c in trigger.anchor.children):
            # "ordered troops to the area", "ordering the army to patrol the streets" (but
            # "ordered troops to attack" is the attack ordered)
            return DEPLOYMENT
    if coding.type == "ASSAULT" and trigger.is_verbal and _attacked_in_words(trigger.anchor):
        return CRITICISM  # "attacking President Trump about his performance at the summit"
    if coding.type == "ASSAULT" and trigger.anchor.lemma_.lower() in ("fire", "launch") and \
            trigger.anchor.i > 0 and trigger.anchor.nbor(-1).lower_ == "test":
        return WEAPONS_TEST  # "North Korea test fired a new missile" (parsed as a noun "test")
    if (coding.type, coding.mode) == ("MOBILIZE", "troops") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                o.ent_type_ in ("GPE", "NORP", "ORG") for o in c.children)
            for c in trigger.anchor.children):
        return JOINT_DRILLS  # "military exercises with Belarus"
    if (coding.type, coding.mode) == ("PROTEST", "strike") and not trigger.is_verbal and \
            _armed_strike(trigger.anchor):
        return MILITARY_STRIKE  # "the Ukrainian strikes", "strikes on Gaza"
    if coding.type == "ASSAULT" and coding.cameo in ("190", "180", "1823"):
        anchor = trigger.anchor
        words = [c for c in anchor.children if c.dep_ in ("compound", "amod", "nmod")]
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "by", "in", "using"):
                words.extend(c for c in prep.children if c.dep_ == "pobj")
        for word in words:
            found = ASSAULT_MODIFIERS.get(word.lemma_.lower())
            if found is not None:
                return Coding("ASSAULT", found[1] or coding.mode, found[0])
    return coding


WEAPONS_TEST = Coding("MOBILIZE", "weapons", "150")
# What one attacks in words: "attacked the president's policy", "attacked his remarks".
SAID_OR_DONE = frozenset({"policy", "policies", "remark", "comment", "statement", "decision",
                          "record", "performance", "plan", "proposal", "stance", "position",
                          "handling", "response", "speech", "rhetoric", "approach", "view"})


def _attacked_in_words(verb: Token) -> bool:
    """"attacking President Trump about his performance", "attacked the government's policy":
    criticism, not violence."""
    if verb.lemma_.lower() != "attack":
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in SAID_OR_DONE:
            return True
        if c.dep_ == "prep" and c.lower_ in ("about", "over", "for"):
            obj = pobj_of(c)
            if obj is not None and obj.lemma_.lower() in SAID_OR_DONE | {"failure"}:
                return True
    return False


SHUT_WORDS = frozenset({"close", "closed", "shut", "shutter", "shuttered"})
SHUTDOWN_NOUNS = frozenset({"suspension", "closure", "shutdown", "closing", "blocking"})
MEDIA_NOUNS = frozenset({"bureau", "station", "newspaper", "channel", "outlet", "broadcaster",
                         "network", "radio", "television", "tv", "paper", "magazine", "agency",
                         "x", "twitter", "facebook", "youtube", "telegram", "tiktok", "website"})
RESTRICTION = Coding("COERCE", "restrict", "172")


def _ordered_shut(order: Token) -> Coding | None:
    """"ordered it closed", "ordered the crossing shut", "ordered the suspension of X": the
    closure carried out by order (censorship when what is shut is a news outlet or platform)."""
    shut_thing: Token | None = None
    for c in order.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in SHUT_WORDS:
            shut_thing = next((d for d in order.children if d.dep_ == "dobj"), None) or \
                next((d for d in c.children if d.dep_ in ("nsubj", "nsubjpass")), None)
            break
        if c.dep_ == "dobj" and c.lemma_.lower() in SHUTDOWN_NOUNS:
            shut_thing = next((o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"), c)
            break
    else:
        return None
    if shut_thing is not None and (shut_thing.lower_ in MEDIA_NOUNS | ONLINE_THINGS or
                                   shut_thing.lower_ == "it" and any(
            t.lower_ in MEDIA_NOUNS for t in order.sent if t.i < order.i)):
        return CENSORSHIP
    return RESTRICTION


HOLDING_VERBS = frozenset({"arrest", "detain", "hold", "jail", "sentence", "convict", "charge",
                           "extradite", "deport", "capture", "imprison", "execute"})


def _holder_of_accused(anchor: Token) -> Token | None:
    """The arresting verb of "arrested dozens of soldiers, including two generals, accused of
    plotting": the accusation is the arresters'."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBN" or \
            any(c.dep_ == "agent" for c in anchor.children):
        return None
    noun = anchor.head
    for _ in range(4):
        if noun.dep_ in ("dobj", "nsubjpass"):
            verb = noun.head
            return verb if lemma_in(verb, HOLDING_VERBS) and verb.pos_ == "VERB" else None
        if noun.dep_ not in ("appos", "conj", "pobj", "prep") or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


SENTENCE = Coding("SANCTION", "convict", "116")
JOINT_DRILLS = Coding("COOPERATE", None, "062")
DRILL_WORDS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "patrol"})
PUNITIVE_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})
LEFT_BODY = Coding("SANCTION", "withdraw", "160")
BODIES_AND_PACTS = frozenset({
    "committee", "council", "commission", "court", "tribunal", "organization", "organisation",
    "union", "bloc", "alliance", "community", "treaty", "deal", "agreement", "accord", "pact",
    "convention", "protocol", "framework", "initiative", "mechanism", "body", "forum",
    "partnership", "coalition", "talks", "negotiations", "process", "conference", "summit",
    "meeting", "games", "olympics", "tournament", "festival"})
ECONOMIC_WEAPONS = frozenset({"tariff", "levy", "duty", "sanction", "embargo"})
DIPLOMAT_WORDS = frozenset({"diplomat", "ambassador", "envoy", "staff", "attache", "consul",
                            "official", "officer", "chargé", "charge"})


def _ordered_out(verb: Token) -> bool:
    """"ordered 12 French embassy staff to leave the country": diplomats told to go; so are
    foreign forces ("ordered French troops to leave", "told UN peacekeepers to leave")."""
    if verb.lemma_.lower() not in ("order", "tell", "give", "ask"):
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in verb.children) and \
        any(t.lemma_.lower() in DIPLOMAT_WORDS or t.lower_ in ("embassy", "consular")
            or t.lemma_.lower() in PEACEKEEPERS or t.lower_ in FORCES and any(
                c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.lower_ in (
                    "foreign", "peacekeeping")) for c in t.children)
            for o in told for t in o.subtree)


PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers", "monitor", "inspector"})
# A court that halts a government act rejects it (the guidelines' REJECT, court the actor).
STRUCK_DOWN = Coding("REJECT", None, "120")
HALTING = frozenset({"block", "suspend", "halt", "freeze", "stop"})
FORCES = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army",
                    "military", "battalion", "battalions", "brigade", "brigades", "carrier",
                    "destroyer", "destroyers", "frigate", "frigates",
                    "reinforcement", "reinforcements", "unit", "units", "warship", "warships"})
# Acts an authority carries out by ordering them ("ordered the expulsion of").
ORDERED = frozenset({"SANCTION", "MOBILIZE", "RETREAT", "COERCE"})
# "Said it would ease sanctions", "would scrap its digital services tax": the guidelines'
# "promised easing" (CONCEDE), where other promised acts are AGREE.
PROMISED_EASING = Coding("CONCEDE", None, "081")
PENALTIES = frozenset({"sanction", "tariff", "tax", "restriction", "control", "curb", "duty",
                       "levy", "embargo"})


def _eases_penalties(trigger: Trigger, coding: Coding) -> bool:
    if coding.cameo not in ("081", "085"):
        return False
    words = [*trigger.tokens, *(c for c in trigger.anchor.children if c.dep_ == "dobj")]
    return any(lemma_in(t, PENALTIES) for t in words)


# A truce that takes effect or holds is a ceasefire observed (RETREAT), not one announced.
CEASEFIRE_HELD = Coding("RETREAT", "ceasefire", "0871")
TAKING_EFFECT = frozenset({"take", "come", "hold", "begin", "go", "start", "enter"})
# The guidelines: "expelling diplomats = SANCTION expel; deporting individuals = COERCE deport".
DEPORTATION = Coding("COERCE", "deport", "174")
PRIVATE_PERSONS = frozenset({"journalist", "correspondent", "reporter", "activist", "migrant",
                             "refugee", "national", "citizen", "worker", "missionary", "priest",
                             "student", "tourist", "researcher", "academic", "blogger",
                             "businessman", "dissident", "photographer", "crew"})


def _expels_private(anchor: Token) -> bool:
    """Whether an expulsion's object is a private person, not a diplomat or a body."""
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and anchor.pos_ in ("NOUN", "PROPN"):
        objects = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(lemma_in(o, PRIVATE_PERSONS) for o in objects)


# Stances an analyst may read into a side's conduct without anyone taking them.
ANALYST_READINGS = frozenset({"AGREE", "REJECT", "CONCEDE", "SUPPORT", "THREATEN"})
# Approving one's own loan, deployment or sanctions is doing it ("the IMF approved a $1.1
# billion disbursement to Pakistan"); approving another's act is support ("Ukraine's bid");
# signing a decree that calls up men or imposes sanctions is calling them up or imposing them.
APPROVING = frozenset({"approve", "authorize", "authorise"})
DECREES = frozenset({"decree", "order", "directive"})
APPROVED = frozenset({"AID", "MOBILIZE", "SANCTION", "COERCE", "COOPERATE"})
MILITARY_STRIKE = Coding("ASSAULT", None, "190")
# Who goes on strike: workers do, states and armies strike at something.
WORKERS = frozenset({"worker", "union", "teacher", "doctor", "nurse", "miner", "employee",
                     "staff", "driver", "labor", "labour", "general", "national", "hunger",
                     "student", "trucker", "farmer", "pilot", "port", "rail", "transport",
                     "nationwide", "day", "week"})


def _armed_strike(noun: Token) -> bool:
    """A "strike" that is an attack: aimed on or against something, or by a state or an
    armed force ("Ukrainian strikes", "Russia's strikes"), and not by workers."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.lemma_.lower() in WORKERS for c in mods) or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in ("carry", "conduct") or
                                noun.head.lemma_.lower() == "launch" and noun.tag_ == "NNS"):
        return True  # "carried out strikes in Yemen", "launched strikes" (not "a strike")
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in noun.children) or any(c.ent_type_ in ("NORP", "GPE") for c in mods)
# Verbs whose nominal object is someone else's act, accepted or not, not the actor's own.
ACCEPTING = frozenset({"accept", "recognize", "recognise", "tolerate", "acknowledge"})
TERM_UNITS = frozenset({"year", "month", "week", "day"})


def _for_a_term(verb: Token) -> bool:
    """"jailed ... for three years", "imprisoned for life": a prison term, not an arrest."""
    if not verb.pos_ == "VERB" or verb.lemma_.lower() not in ("jail", "imprison"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in TERM_UNITS or o.lower_ == "life")
        for o in p.children) for p in verb.children)


# Share of events right at the (type, actor country, recipient country) level on the PLOVER
# dev gold, by which parties have a known country (measured with eval/events.py).
CONFIDENCE_BY_PARTIES = {(True, True): 0.62, (True, False): 0.3, (False, True): 0.2,
                         (False, False): 0.1}


def _confidence(entry: TriggerEntry, actor: list[Entity], recipient: list[Entity],
                modality: str) -> float:
    """Probability-like score that the event is right, from parties and trigger reliability."""
    known = (any(e.country not in ("", "---") for e in actor),
             any(e.country not in ("", "---") for e in recipient))
    score = CONFIDENCE_BY_PARTIES[known]
    if entry.multiword:
        score *= 1.15  # "put on trial", "open fire": unambiguous phrases
    if "weak" in entry.flags or "light" in entry.flags:
        score *= 0.8
    if modality != mod.ASSERTED:
        score *= 0.9
    return round(max(0.05, min(0.95, score)), 3)


def _quote_span(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence around `at`, cut at blank lines the parser ran over (headings)."""
    before = text.rfind("\n\n", start, at)
    if before != -1:
        start = before + 2
    after = text.find("\n\n", at, end)
    if after != -1:
        end = after
    return trim_span(text, start, end)


def make_event_stage(config: dict[str, Any]) -> Callable[[Article], Article]:
    """Factory for the `events.code` stage (runs after nlp.parse and actors.resolve)."""
    section = config.get("events", {}) if isinstance(config, dict) else {}
    return EventCoder(min_confidence=float(section.get("min_confidence", 0.0)),
                      country_scheme=str(section.get("country_scheme", "plover")))
