"""Filling parties the clause leaves unsaid from the sentence and the story around it.

Kept narrow on purpose: protesters named in the same sentence act in its protest ("the uprising
... murders of peaceful protesters"); arrests and crackdowns listed with a killing share its
victims; a trial mentioned without its court takes the court the story names elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..article import Entity, Event
from .appraisal import NAMING_VERBS
from .arguments import DRAWING_VERBS, misread_reference
from .lexicon import Coding
from .triggers import Trigger

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from .linking import ActorLinker

CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "SOC", "REL", "REF", "JRN", "MED", "BUS"})
JUDICIAL = frozenset({("ACCUSE", "allege"), ("SANCTION", "convict")})
REPRESSION = frozenset({"COERCE", "ASSAULT"})
DETENTION = frozenset({("COERCE", "arrest"), ("SANCTION", "convict")})
RELEASE_WORDS = ("release", "freedom", "freeing")


@dataclass
class Draft:
    """A coded trigger before the decision to keep it."""

    trigger: Trigger
    coding: Coding
    actor: list[Entity]
    recipient: list[Entity]
    modality: str
    has_subject: bool
    thing_subject: bool = False  # the clause has a subject, and it names no one
    inner: list[Trigger] = field(default_factory=list)  # governed complements
    own_state_named: bool = False  # a party was named, but it is the actor's own state
    source: list[Entity] = field(default_factory=list)  # who the story says reports it


def complete_sentence(drafts: list[Draft], sent: Span, linker: ActorLinker) -> None:
    """Give actorless protests the protesters and partyless repression the victims in view."""
    for draft in drafts:
        if draft.coding.type == "PROTEST" and not draft.actor \
                and not {"light", "weak"} & draft.trigger.entry.flags:
            taken = {(e.start, e.end) for e in draft.recipient}
            draft.actor = [e for e in linker.sentence_entities(sent)
                           if e.sector in CIVIL_SECTORS and (e.start, e.end) not in taken][:1]
        elif draft.coding.type in REPRESSION and not draft.actor and not draft.recipient \
                and not draft.trigger.is_verbal:
            victims = next((d.recipient for d in drafts if d is not draft
                            and d.coding.type in REPRESSION and d.recipient), [])
            draft.recipient = list(victims)


# "supported the call", "rejected the accusations": a definite noun for an act the story has
# just reported points back at its author. Noun -> the event types it can refer to.
REFERRING_NOUNS: dict[str, frozenset[str]] = {
    "call": frozenset({"REQUEST"}), "appeal": frozenset({"REQUEST"}),
    "demand": frozenset({"REQUEST"}), "request": frozenset({"REQUEST"}),
    "proposal": frozenset({"AGREE", "REQUEST"}), "offer": frozenset({"AGREE"}),
    "plan": frozenset({"AGREE", "REQUEST"}),
    "initiative": frozenset({"AGREE", "REQUEST"}),
    "accusation": frozenset({"ACCUSE"}), "allegation": frozenset({"ACCUSE"}),
    "charge": frozenset({"ACCUSE"}), "claim": frozenset({"ACCUSE"}),
    "criticism": frozenset({"ACCUSE"}), "report": frozenset({"ACCUSE"}),
    "finding": frozenset({"ACCUSE"}), "threat": frozenset({"THREATEN"}),
    "ultimatum": frozenset({"THREATEN", "REQUEST"}), "warning": frozenset({"THREATEN"}),
    "decision": frozenset({"SANCTION", "COERCE", "AGREE", "REJECT", "RETREAT", "CONCEDE",
                           "SUPPORT", "THREATEN"}),
    "move": frozenset({"SANCTION", "COERCE", "AGREE", "REJECT", "RETREAT", "CONCEDE",
                       "SUPPORT", "MOBILIZE", "THREATEN"}),
    "recognition": frozenset({"SUPPORT"}), "announcement": frozenset({"SUPPORT", "SANCTION"}),
    "sanction": frozenset({"SANCTION"}), "measure": frozenset({"SANCTION", "COERCE"}),
    # acts condemned or welcomed by name: "Seoul condemned the launch", "welcomed the verdict"
    "launch": frozenset({"MOBILIZE", "ASSAULT"}), "test": frozenset({"MOBILIZE"}),
    "attack": frozenset({"ASSAULT"}), "strike": frozenset({"ASSAULT"}),
    "bombing": frozenset({"ASSAULT"}), "killing": frozenset({"ASSAULT"}),
    "arrest": frozenset({"COERCE"}), "detention": frozenset({"COERCE"}),
    "crackdown": frozenset({"COERCE", "ASSAULT"}), "ban": frozenset({"COERCE"}),
    "verdict": frozenset({"SANCTION", "RETREAT"}), "sentence": frozenset({"SANCTION"}),
    "ruling": frozenset({"SANCTION", "REJECT", "RETREAT"}), "conviction": frozenset({"SANCTION"}),
    "acquittal": frozenset({"RETREAT"}),
    "expulsion": frozenset({"SANCTION"}), "deployment": frozenset({"MOBILIZE"}),
    "drill": frozenset({"MOBILIZE"}), "exercise": frozenset({"MOBILIZE"}),
    "withdrawal": frozenset({"RETREAT"}), "release": frozenset({"RETREAT"}),
    "step": frozenset({"SANCTION", "COERCE", "AGREE", "REJECT", "RETREAT", "CONCEDE"}),
    "action": frozenset({"SANCTION", "COERCE", "ASSAULT"}),
    "abduction": frozenset({"ASSAULT"}), "kidnapping": frozenset({"ASSAULT"}),
    "shelling": frozenset({"ASSAULT"}), "airstrike": frozenset({"ASSAULT"}),
    "raid": frozenset({"COERCE", "ASSAULT"}), "invasion": frozenset({"ASSAULT"}),
    "incursion": frozenset({"ASSAULT"}), "offensive": frozenset({"ASSAULT"}),
    "execution": frozenset({"ASSAULT"}), "assault": frozenset({"ASSAULT"}),
    "deportation": frozenset({"COERCE"}), "seizure": frozenset({"COERCE"}),
    "tariff": frozenset({"SANCTION"}), "blockade": frozenset({"COERCE"}),
    "account": frozenset({"ACCUSE"}), "version": frozenset({"ACCUSE"}),
    "case": frozenset({"ACCUSE", "SANCTION"}), "trial": frozenset({"ACCUSE", "SANCTION"}),
    "proceeding": frozenset({"ACCUSE", "SANCTION"}),
    "suspension": frozenset({"SANCTION"}), "closure": frozenset({"SANCTION", "COERCE"}),
    "embargo": frozenset({"SANCTION"}), "restriction": frozenset({"COERCE", "SANCTION"}),
    "truce": frozenset({"CONCEDE", "RETREAT"}), "ceasefire": frozenset({"CONCEDE", "RETREAT"}),
    "cease-fire": frozenset({"CONCEDE", "RETREAT"}), "appointment": frozenset({"SUPPORT"}),
    "pardon": frozenset({"CONCEDE"}), "visit": frozenset({"CONSULT"}),
    "designation": frozenset({"COERCE"}), "probe": frozenset({"ACCUSE"}),
    "investigation": frozenset({"ACCUSE"}), "indictment": frozenset({"ACCUSE"}),
}
WEAPON_ACTS = frozenset({"launch", "test"})
# Nouns for someone's telling of events: "rejected that account", "disputed the version".
REPORT_NOUNS = frozenset({"account", "version", "report", "claim", "statement", "narrative",
                          "description"})
# Reactions whose object may be such a reference, or another party's offer or proposal.
REACTIONS = frozenset({"SUPPORT", "REJECT", "ACCUSE", "AGREE"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "all"})


def earlier_author(trigger: Trigger, type_: str, story: list[Event],
                   actor: list[Entity]) -> list[Entity]:
    """The author of the act a reaction's definite object refers back to, if the story has
    just reported one ("Greece, Panama and South Korea also supported the call")."""
    if type_ not in REACTIONS:
        return []
    anchor = trigger.anchor
    if type_ == "REJECT" and anchor.lemma_.lower() == "deny":
        # "The insurgent group denied involvement": a denial answers a charge against it
        return accuser(story, actor, anchor.sent.start_char)
    noun = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if trigger.entry.pos == "A":
        # "said it was 'deeply troubled' by the verdict": what the feeling is about
        noun = next((o for p in anchor.children if p.dep_ in ("prep", "agent")
                     and p.lower_ in ("by", "about", "over", "at", "with")
                     for o in p.children if o.dep_ == "pobj"), None)
    relative = noun is None and anchor.dep_ == "relcl"
    if relative:
        noun = anchor.head  # "..., a charge the spokesperson rejected Thursday"
    misread = misread_reference(anchor) if noun is None else None
    if misread is not None:
        noun, relative = misread[1], True  # ", a charge Afghan spokesperson Balkhi rejected"
    if noun is None or noun.i in {t.i for t in trigger.tokens}:
        return []
    kinds = REFERRING_NOUNS.get(noun.lemma_.lower())
    if kinds is None or not relative and not _referring(noun, kinds) \
            or any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl")
                   and c.i != anchor.i and _says_whose(c) for c in noun.children):
        return []  # "Kenya's request", "the U.S. proposal", "the call by Iran" say whose
    own = _state_side(actor)
    earlier = _earlier_acts(story, anchor.sent.start_char, kinds, own)
    if noun.lemma_.lower() in WEAPON_ACTS:
        # "condemned the launch": a missile fired, not troops put on alert
        earlier = [e for e in earlier if e.mode in ("weapons", "heavy-weapons", "drone")]
    if type_ in ("REJECT", "ACCUSE"):
        # "Russia's envoy dismissed accusations ...": the accusations made against Russia;
        # "Pakistan called the strikes an act of war": the strikes on Pakistan
        earlier = _aimed_at(earlier, own) or earlier
    # "Israel struck Iran's enrichment site ... Iran launched drones ... Saudi Arabia condemned
    # the strikes": the act told with the same word comes first
    earlier = sorted(earlier, key=lambda e: not _same_word(noun, e))
    if not earlier and noun.lemma_.lower() in REPORT_NOUNS:
        # "Mali rejected that account": the one whose account of the act the story gave
        return _reporter(story, anchor.sent.start_char, lambda e: True, own)
    return list(earlier[0].actor) if earlier else []


IRREGULAR_STEMS = {"strike": ("strik", "struck"), "seize": ("seiz",), "seizure": ("seiz",)}


def _same_word(noun: Token, event: Event) -> bool:
    """Whether the event's trigger is the referring noun's word ("the strikes" and "struck")."""
    word = _trigger_word(event)
    lemma = noun.lemma_.lower()
    stems = IRREGULAR_STEMS.get(lemma, (lemma[:5],))
    return bool(word) and any(word.startswith(stem) for stem in stems)


def drawn_by(trigger: Trigger, type_: str, story: list[Event],
             actor: list[Entity]) -> list[Entity]:
    """The author of the act that drew a reaction: "The verdict drew swift criticism from
    Western governments" is aimed at whoever gave the verdict."""
    anchor = trigger.anchor
    head = anchor.head
    if type_ not in REACTIONS or trigger.is_verbal or anchor.dep_ != "dobj" or \
            head.lemma_.lower() not in DRAWING_VERBS:
        return []
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    kinds = REFERRING_NOUNS.get(subject.lemma_.lower()) if subject is not None else None
    if not kinds:
        return []
    earlier = _earlier_acts(story, anchor.sent.start_char, kinds, _state_side(actor))
    return list(earlier[0].actor) if earlier else []



def _referred_noun(anchor: Token) -> Token | None:
    """The noun a reaction is about: its object, the head of its relative clause ("a charge
    that Ukraine denied"), or a referring subject the parser gave it ("a charge Ukraine
    denied" read as "a charge denied")."""
    if anchor.dep_ == "relcl" and anchor.lemma_.lower() in NAMING_VERBS:
        return anchor.head  # "a move Georgetown called a provocation": the object is the name
    noun = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if (noun is None or noun.lower_ in ("that", "which")) and anchor.dep_ == "relcl":
        noun = anchor.head
    if noun is None:
        noun = next((fronted_reference(c) for c in anchor.children if c.dep_ == "nsubj"), None)
    misread = misread_reference(anchor) if noun is None else None
    if misread is not None:
        noun = misread[1]  # ", a charge Afghan spokesperson Balkhi rejected"
    return noun


def fronted_reference(subject: Token) -> Token | None:
    """The referring noun a subject phrase opens with, as in the misparsed "..., a charge
    Ukraine denied" or "..., a charge Afghan spokesperson Balkhi rejected"."""
    words = [t for t in subject.subtree][:2]
    if subject.lemma_.lower() in REFERRING_NOUNS:
        return subject
    if len(words) == 2 and words[0].lower_ in ("a", "an", "the") and \
            words[1].lemma_.lower() in REFERRING_NOUNS and words[1].pos_ == "NOUN":
        return words[1]
    return None


def answer_in_sentence(drafts: list[Draft]) -> None:
    """"Moscow accused Kyiv of shelling the plant, a charge Ukraine denied": a reaction to a
    charge or call made earlier in the same sentence by another side answers its author."""
    for draft in drafts:
        if draft.coding.type == "REJECT" and draft.actor and \
                draft.trigger.anchor.lemma_.lower() == "deny":
            # "Iran denied supplying the group with weapons after Washington accused Tehran
            # of enabling the attacks": the denial answers the accuser, not the group
            own = _sides(draft.actor)
            charges = [d for d in drafts if d.coding.type == "ACCUSE" and d.actor
                       and not own & _sides(d.actor) and own & _sides(d.recipient)]
            if charges:
                draft.recipient = list(charges[0].actor)
                continue
        if draft.recipient or draft.coding.type not in REACTIONS or not draft.actor:
            continue
        if _share_conjunct_recipient(draft, drafts):
            continue
        if draft.coding.type == "REJECT":
            counter = [d for d in drafts if d.coding.type == "ACCUSE" and d.recipient
                       and d.trigger.anchor in draft.trigger.anchor.conjuncts
                       and _sides(d.actor) == _sides(draft.actor)]
            if counter:
                # "The Kremlin denied involvement and accused Warsaw of Russophobia"
                draft.recipient = list(counter[0].recipient)
                continue
        noun = _referred_noun(draft.trigger.anchor)
        kinds = REFERRING_NOUNS.get(noun.lemma_.lower()) if noun is not None else None
        if not kinds or noun is None or any(_says_whose(c) for c in noun.children
                                            if c.i != draft.trigger.anchor.i):
            continue  # "its plan", "Iran's proposal" say whose
        own = _sides(draft.actor)
        made = [d for d in drafts if d is not draft and d.coding.type in kinds and d.actor
                and d.trigger.anchor.i < draft.trigger.anchor.i
                and not own & _sides(d.actor)]
        if made:
            draft.recipient = list(made[-1].actor)


# Acts whose addressee a coordinated clause may leave out: "Britain announced $158 million in
# aid for Sudan, and the European Union pledged $590 million". Type -> types it may borrow from.
# A meeting lends its counterpart to what is promised there ("met Deby and pledged aid").
GAPPED: dict[str, frozenset[str]] = {
    "AID": frozenset({"AID", "AGREE", "CONSULT"}), "AGREE": frozenset({"AID", "AGREE", "CONSULT"}),
    "SANCTION": frozenset({"SANCTION"}), "SUPPORT": frozenset({"SUPPORT", "CONSULT"}),
    "ACCUSE": frozenset({"ACCUSE"})}


def _share_conjunct_recipient(draft: Draft, drafts: list[Draft]) -> bool:
    """Give a clause with no addressee the addressee of the clause it is coordinated with."""
    kinds = GAPPED.get(draft.coding.type)
    if not kinds:
        return False
    own = {e.country for e in draft.actor}
    for other in drafts:
        if other is not draft and other.recipient and other.coding.type in kinds and \
                other.trigger.anchor in draft.trigger.anchor.conjuncts and \
                not own & {e.country for e in other.recipient}:
            draft.recipient = list(other.recipient)
            return True
    return False


def accuser(story: list[Event], actor: list[Entity], start: int) -> list[Entity]:
    """The latest author of a charge against `actor` reported before `start`."""
    own = _sides(actor)
    charges = _aimed_at(_earlier_acts(story, start, frozenset({"ACCUSE"}), own), own)
    if charges:
        return list(charges[0].actor)
    # "Israel said Hezbollah fired the rockets ... Hezbollah denied any role": whoever the
    # story says reported the act denied
    mine = {c for c, _ in own}
    return _reporter(story, start, lambda e: bool(mine & {x.country for x in e.actor}), own)


def _reporter(story: list[Event], start: int, about: Callable[[Event], bool],
              own: set[tuple[str, str]]) -> list[Entity]:
    """The source of the latest event reported before `start` that `about` picks, when that
    source is another side than `own`."""
    for event in reversed(story[-LOOKBACK_EVENTS:]):
        # (a government's opponents at home are another side: "her party said she had been
        # detained ... The government denied that she had been held")
        if event.start < start and start - event.end <= LOOKBACK_CHARS and event.source and \
                about(event) and all(_other_side(x, own) for x in event.source):
            return list(event.source)
    return []


# Sectors of a state's own people that stand apart from its government: a side of their own
# when they report an act, or a party a state leaving talks at home still faces.
DOMESTIC_SIDES = frozenset({"OPP", "REB", "INS", "SEP", "PTY", "SOC", "JRN", "NGO", "REF",
                            "CVL"})


def _other_side(entity: Entity, own: set[tuple[str, str]]) -> bool:
    """Whether `entity` speaks for another side than `own`: another state, or the opposition,
    rebels or civil society of the same one."""
    if entity.country not in {c for c, _ in own}:
        return True
    return entity.sector in DOMESTIC_SIDES and \
        all(s not in DOMESTIC_SIDES for c, s in own if c == entity.country)


def _sides(entities: list[Entity]) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities if e.country not in ("", "---")}


def _state_side(entities: list[Entity]) -> set[tuple[str, str]]:
    """The bodies' sides, where an executive body stands for all its state's executive bodies
    (a president does not condemn his own air defenses' act; courts and parliaments do judge
    their government's)."""
    own = _sides(entities)
    return own | {(c, s) for c, sector in own if sector in EXECUTIVE for s in EXECUTIVE}


EXECUTIVE = frozenset({"GOV", "MIL", "COP", "SPY", ""})


# How far back a reference ("the demand", "denied the charge") may point: a news story's
# reactions often come many paragraphs after the act (measured on the long dev stories).
LOOKBACK_EVENTS, LOOKBACK_CHARS = 60, 4000


def _earlier_acts(story: list[Event], start: int, kinds: frozenset[str],
                  own: set[tuple[str, str]]) -> list[Event]:
    """Acts of `kinds` by another side reported before `start`, latest first."""
    return [e for e in reversed(story[-LOOKBACK_EVENTS:]) if e.start < start
            and start - e.end <= LOOKBACK_CHARS
            and e.type in kinds and e.actor
            and not own & {(x.country, x.sector) for x in e.actor}]


def _aimed_at(events: list[Event], own: set[tuple[str, str]]) -> list[Event]:
    """Those of `events` aimed at `own`: the same body first, else the same country."""
    mine = {c for c, _ in own}
    return [e for e in events if own & {(x.country, x.sector) for x in e.recipient}] or \
        [e for e in events if mine & {x.country for x in e.recipient}]


# Charges and claims are often referred back to without a determiner ("denied accusations").
BARE_REFERENCES = frozenset({"ACCUSE"})


def _referring(noun: Token, kinds: frozenset[str]) -> bool:
    """"the call", "these charges", or a bare plural charge ("dismissed accusations")."""
    return any(c.lower_ in DEFINITE for c in noun.children) or (
        noun.tag_ == "NNS" and bool(kinds & BARE_REFERENCES)
        and not any(c.dep_ == "det" for c in noun.children))


def _says_whose(child: Token) -> bool:
    """Whether a modifier of the referring noun names its author: "Kenya's request", "the U.S.
    proposal", "claims by Iran"; not "espionage charges" or "accusations it is arming Russia"."""
    if child.dep_ == "poss":
        return True
    if child.dep_ in ("compound", "amod"):
        return bool(child.ent_type_)
    if child.dep_ == "prep":
        return child.lower_ in ("by", "from")
    return any(c.dep_ == "agent" for c in child.children)


def _home_state(events: list[Event], actor: list[Entity]) -> list[Entity]:
    """The actor's own state as the story names it (its government or the state itself)."""
    countries = {e.country for e in actor} - {"", "---"}
    for event in events:
        for e in event.actor + event.recipient:
            if e.country in countries and e.sector in ("GOV", "") and e not in actor:
                return [e]
    return []


STEPPING_BACK = frozenset({("RETREAT", "withdraw"), ("RETREAT", "resign"),
                           ("SANCTION", "withdraw")})


STATE_BODIES = frozenset({"GOV", "MIL", "COP", ""})


def complete_story(events: list[Event]) -> None:
    """Fill a party the story names only once for the same kind of act.

    A court act without a court takes the one court the story names for that act; a protest
    without a target takes the one target the story's other protests have.
    """
    _claimed_attacks(events)
    for event in events:
        if event.type == "REJECT" and event.recipient and all(
                e.sector in STATE_BODIES and e.country in {a.country for a in event.actor}
                for e in event.recipient) and all(a.sector in STATE_BODIES for a in event.actor):
            # a state refuses others, not its own government or army ("Thailand would not
            # accept any outside mediation", answered to a charge against its own troops)
            event.recipient = []
        if (event.type, event.mode) in STEPPING_BACK and event.recipient and \
                {e.country for e in event.recipient} <= {e.country for e in event.actor} and \
                not (event.type == "SANCTION" and
                     any(e.sector in DOMESTIC_SIDES for e in event.recipient)):
            # "withdrew from the city", "resigned": stepping back from one's own ground or
            # office is aimed at no one
            event.recipient = []
        if not event.actor and (event.type, event.mode) in JUDICIAL:
            event.actor = _only_court(events, frozenset({(event.type, event.mode)}))
        elif not event.actor and (event.type, event.mode) == ("RETREAT", "release") and \
                _trigger_word(event).startswith("acquit"):
            # "Five defendants were acquitted": by the one court the story's trial has
            event.actor = _only_court(events, JUDICIAL, judges_only=True)
        elif not event.recipient and (event.type, event.mode) == ("REQUEST", "yield") \
                and _demands_release(event):
            event.recipient = _detainer(events, event)
        elif not event.recipient and (event.type, event.mode) == ("SANCTION", "withdraw"):
            # "Mnuchin is pulling out of a Saudi investment conference ... ministers from
            # Britain and France had already withdrawn": from the same thing
            left = [e for e in events if e.start < event.start and e.recipient
                    and (e.type, e.mode) == ("SANCTION", "withdraw")]
            event.recipient = list(left[-1].recipient) if left else []
        elif not event.recipient and event.type == "PROTEST":
            # (a riot's building is where it broke out, not whom the protests are against)
            targets = {_key(e.recipient): e.recipient for e in events
                       if e.recipient and e.type == "PROTEST" and e.mode != "riot"}
            if len(targets) == 1:
                event.recipient = list(next(iter(targets.values())))
        elif not event.actor and event.type in REPRESSION and event.recipient:
            event.actor = _repressor(events, event)
        elif not event.recipient and event.actor and event.type == "REJECT" and \
                not _trigger_word(event).startswith("den"):
            # "Dbeibah said he would not step down": a refusal answers the latest demand,
            # charge or threat made of its actor (a denial has already looked for its accuser)
            own = _sides(event.actor)
            asks = _aimed_at(_earlier_acts(events, event.start, ASKING, own), own)
            event.recipient = list(asks[0].actor) if asks else []
            if not event.recipient and event.cameo == "1243":
                # "Dbeibah said he would not step down": refusing to resign faces those at
                # home who want him gone, the own state when no one is named
                event.recipient = _home_state(events, event.actor)
        elif not event.recipient and event.actor and _responds(event):
            # "Germany expelled two Russian diplomats ... Moscow vowed to respond"
            own = _sides(event.actor)
            acts = _aimed_at(_earlier_acts(events, event.start, HOSTILE, own), own)
            event.recipient = list(acts[0].actor) if acts else []
        elif event.mode == "third-party" and event.actor and (
                not event.recipient or _sides(event.recipient) <= _sides(event.actor)):
            # "agreed to a ceasefire after talks mediated by Qatar": the mediator's
            # counterparts are the sides of the act it brokered
            event.recipient = _brokered_sides(events, event) or event.recipient
            if not event.recipient and event.cameo == "043":
                _host_as_side(events, event)
        elif not event.recipient and event.type in MUTUAL_ACTS and \
                not _trigger_word(event).startswith("joint") and event.cameo != "062":
            # ("India and Japan held joint naval exercises", "Philippine and U.S. troops
            # staged drills": all of them hold them together)
            _face_each_other(event)
    _counterparts(events)


# Words by which a story refers back to an attack it has told ("claimed the bombing"), and
# the words before them that make the reference ("the attack", "Tuesday's bombing").
ATTACK_REFERENCES = frozenset({"attack", "bombing", "assault", "ambush", "strike", "raid",
                               "killing", "blast", "explosion", "shooting", "massacre"})
ATTACK_DETERMINERS = frozenset({"the", "this", "that", "monday's", "tuesday's", "wednesday's",
                                "thursday's", "friday's", "saturday's", "sunday's"})


def _claimed_attacks(events: list[Event]) -> None:
    """"Gunmen killed 17 soldiers ... Al-Shabaab claimed responsibility for the attack": a
    later mention of an attack by a named side, with no target, is the earlier attack whose
    doer went unnamed; each lends the other what it lacks, so they merge."""
    for later in events:
        word = (_trigger_word(later).split() or [""])[-1]
        if later.type != "ASSAULT" or later.recipient or not known_side(later.actor) or \
                later.modality != "asserted" or not later.trigger or \
                word not in ATTACK_REFERENCES and word[:-1] not in ATTACK_REFERENCES:
            continue
        before = (later.quote[:later.trigger[0] - later.start].lower().split() or [""])[-1]
        if before not in ATTACK_DETERMINERS:
            continue  # only "the attack", "Tuesday's bombing" point back at one told before
        earlier = [e for e in events if e.type == "ASSAULT" and e.start < later.start
                   and e.recipient and not known_side(e.actor) and e.modality == "asserted"
                   and later.start - e.end <= LOOKBACK_CHARS]
        if earlier:
            latest = earlier[-1]
            latest.actor = list(later.actor)
            later.recipient = list(latest.recipient)


def known_side(entities: list[Entity]) -> bool:
    """Whether some of the parties belong to a state or a known body."""
    return any(e.country not in ("", "---") for e in entities)


BROKERED = frozenset({"CONSULT", "AGREE", "RETREAT", "COOPERATE", "CONCEDE"})
# What a refusal with no object named may answer.
ASKING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def _host_as_side(events: list[Event], hosting: Event) -> None:
    """"Colombia and Venezuela agreed ... after talks hosted by Venezuela": a host that is one
    of the two sides was visited by the other; sides of one state met at the host's."""
    own = {e.country for e in hosting.actor}
    for event in events:
        if event is hosting or event.type not in BROKERED or event.start != hosting.start:
            continue
        parties = {e.country: e for e in event.actor + event.recipient
                   if e.country not in ("", "---")}
        others = [e for c, e in parties.items() if c not in own]
        if len(others) == 1 and len(parties) <= 2:
            # (or both sides of one state, "Colombia's government and a dissident faction
            # agreed ... after talks hosted by Venezuela": they met at the host's)
            hosting.actor, hosting.recipient = others, list(hosting.actor)
            if own & set(parties):
                hosting.mode = "visit"
            return


def _brokered_sides(events: list[Event], mediation: Event) -> list[Entity]:
    """The parties, other than the mediator, of the nearest act a mediation may have brought
    about: in the same sentence first, else the latest one reported shortly before."""
    own = {e.country for e in mediation.actor}
    near = sorted((e for e in events if e is not mediation and e.type in BROKERED
                   and e.mode != "third-party" and e.start <= mediation.start
                   and mediation.start - e.end <= 600),
                  key=lambda e: (e.start != mediation.start, -e.start))
    for event in near:
        parties: dict[str, Entity] = {}
        for entity in event.actor + event.recipient:
            if entity.country not in own and entity.country not in ("", "---"):
                parties.setdefault(entity.country, entity)
        if len(parties) >= 2:
            return list(parties.values())
    return []


# Acts two sides do together: "Cameroon and C.A.R. officials met" is a meeting of the first
# named side with the other, as a visit is the visitor's with the host.
MUTUAL_ACTS = frozenset({"CONSULT", "COOPERATE"})
# ... and acts whose parties may all be named as doers ("agreements between Damascus and the
# SDF"): such an act needs no addressee from elsewhere.
JOINT_ACTS = MUTUAL_ACTS | {"AGREE"}


def _face_each_other(event: Event) -> None:
    """Split a joint actor of two or more states into the first named and the rest."""
    states = {e.country for e in event.actor} - {"", "---"}
    if len(states) < 2 or len(states) != len({e.country for e in event.actor}):
        return
    first = min(event.actor, key=lambda e: e.start).country
    event.recipient = [e for e in event.actor if e.country != first]
    event.actor = [e for e in event.actor if e.country == first]


# Acts aimed at someone whose target a story often leaves implicit ("Trump threatened to
# raise tariffs", "the Taliban denounced the delay").
AIMED_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "CONCEDE",
                        "SUPPORT", "SANCTION", "CONSULT"})
# A counterpart: the state the actor deals with in this share of its coded interactions (one
# interaction is enough when it is the only one).
COUNTERPART_MIN, COUNTERPART_SHARE = 1, 0.6


def _counterparts(events: list[Event]) -> None:
    """An aimed act with no target faces its actor's counterpart in the story: the one state
    the actor deals with in most of the story's coded interactions (three in
    five). "Trump ignited the economic war with Canada ... Trump responded that he will
    increase tariffs": the response is aimed at Canada."""
    seen: dict[str, dict[str, Entity]] = {}
    counts: dict[str, dict[str, int]] = {}
    for event in events:
        if event.modality != "asserted":
            continue
        for a in event.actor:
            for r in event.recipient:
                if a.country in ("", "---") or r.country in ("", "---") or a.country == r.country:
                    continue
                for one, other in ((a, r), (r, a)):
                    counts.setdefault(one.country, {}).setdefault(other.country, 0)
                    counts[one.country][other.country] += 1
                    seen.setdefault(one.country, {})[other.country] = other
    for event in events:
        if event.recipient or event.type not in AIMED_ACTS or not event.actor or \
                event.type in JOINT_ACTS and len(event.actor) > 1 or \
                event.mode in ("multilateral", "investigate"):
            continue  # (a gathering faces no one counterpart; an inquiry looks into what
            # happened, not at a side)
        countries = {e.country for e in event.actor}
        if len(countries) != 1:
            continue
        country = countries.pop()
        partners = counts.get(country)
        if not partners:
            continue
        top = max(partners, key=lambda c: partners[c])
        if partners[top] >= COUNTERPART_MIN and \
                partners[top] >= COUNTERPART_SHARE * sum(partners.values()):
            event.recipient = [seen[country][top]]


RESPONSE_WORDS = ("respond", "retaliat", "response", "reciprocat", "countermeasure")
HOSTILE = frozenset({"SANCTION", "ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT"})


def _responds(event: Event) -> bool:
    """A threat or act announced as a response, with no target named."""
    if event.type not in ("THREATEN", "SANCTION", "ASSAULT") or not event.trigger:
        return False
    words = event.quote[event.trigger[0] - event.start:].lower().split()[:4]
    return any(w.startswith(RESPONSE_WORDS) for w in words)


def _repressor(events: list[Event], event: Event) -> list[Entity]:
    """"mass arrests ... the murders of numerous peaceful protesters": arrests and killings of
    the story's protesters, by no one named, are by the one government they protest against."""
    victims = {(e.country, e.sector) for e in event.recipient}
    if not victims or any(sector not in CIVIL_SECTORS for _, sector in victims):
        return []
    targets = {_key(e.recipient): e.recipient for e in events
               if e.type == "PROTEST" and e.recipient and e.modality == "asserted"
               and victims & {(a.country, a.sector) for a in e.actor}}
    if len(targets) != 1:
        return []
    target = next(iter(targets.values()))
    if not all(e.sector in ("GOV", "COP", "MIL") and (e.country, "") not in victims
               and e.country in {c for c, _ in victims} for e in target):
        return []
    return list(target)


def _demands_release(event: Event) -> bool:
    """"called for Zamora's immediate release": the demand names what is wanted, not of whom."""
    if not event.trigger:
        return False
    after = event.quote[max(0, event.trigger[0] - event.start):].lower()
    return any(word in after.split(".")[0] for word in RELEASE_WORDS)


def _detainer(events: list[Event], request: Event) -> list[Entity]:
    """Who holds the detainee: the one state whose courts or police the story says arrested or
    sentenced someone before the demand (a call for a release is addressed to them)."""
    holders = [e for e in events if e.start < request.start and e.actor and e.recipient
               and (e.type, e.mode) in DETENTION]
    states = {a.country for e in holders for a in e.actor}
    if len(states) != 1 or states & {"", "---"}:
        return []
    return list(holders[-1].actor)


def _only_court(events: list[Event], acts: frozenset[tuple[str, str | None]], *,
                judges_only: bool = False) -> list[Entity]:
    """The actor of the story's `acts` (type, mode) when they all have the same one."""
    courts = {_key(e.actor): e.actor for e in events if e.actor and (e.type, e.mode) in acts
              and (not judges_only or all(x.sector == "JUD" for x in e.actor))}
    return list(next(iter(courts.values()))) if len(courts) == 1 else []


def _trigger_word(event: Event) -> str:
    if not event.trigger:
        return ""
    return event.quote[event.trigger[0] - event.start:event.trigger[1] - event.start].lower()


def _key(entities: list[Entity]) -> frozenset[tuple[str, str]]:
    return frozenset((e.country, e.sector) for e in entities)


YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# "by 2019", "until 2030", "the 2020 election": years a story may look ahead to
YEAR_AHEAD_BEFORE = frozenset({"by", "until", "till", "through", "to", "before", "beyond"})
YEAR_AHEAD_AFTER = frozenset({"election", "elections", "vote", "race", "campaign", "budget",
                              "deadline", "target", "goal", "olympics", "games", "cup"})


def latest_reported(events: list[Event], text: str) -> dt.date | None:
    """For a story without a publication date, the earliest day its news can be from: the
    start of the latest year or day it reports or names ("in 2018" -> 2018-01-01), leaving
    out years it looks ahead to ("would overthrow Iran by 2019")."""
    dates = [e.date for e in events if e.modality == "asserted" and e.date]
    for match in YEAR.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].split()
        after = text[match.end():match.end() + 16].split()
        if before and before[-1].lower() in YEAR_AHEAD_BEFORE or \
                after and after[0].lower().strip(".,;:") in YEAR_AHEAD_AFTER:
            continue
        dates.append(match.group())
    if not dates:
        return None
    latest = max(dates)
    return dt.date(int(latest[:4]), int(latest[5:7]) if len(latest) >= 7 else 1,
                   int(latest[8:10]) if len(latest) >= 10 else 1)


def is_background(event: Event, published: dt.date | None, text: str) -> bool:
    """Past context from over a year before the news, unless the story keeps returning to it.

    "Idi Amin expelled them 18 years ago" is background; the seed op-ed's "January 2018
    uprising" is its subject (2018 recurs, three times or more), so it stays.
    """
    if published is None or not event.date or event.date == published.isoformat():
        return False
    year = int(event.date[:4])
    month = int(event.date[5:7]) if len(event.date) >= 7 else 12
    months_before = (published.year - year) * 12 + published.month - month
    if months_before <= 12:
        return False
    return text.count(event.date[:4]) < 3  # (a year named twice may be two asides)
