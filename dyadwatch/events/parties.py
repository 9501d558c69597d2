"""Parties an event's own clause does not name: found in governed acts, complements, the
sentence's authorities, or the place a trial is held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..article import Entity
from .arguments import find_arguments
from .places import find_location

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .linking import ActorLinker
    from .triggers import Trigger

# Speech acts that judge someone's act: its doer is the one judged.
JUDGING_ACTS = frozenset({"SUPPORT", "ACCUSE"})


def inner_party(type_: str, trigger: Trigger, inner: list[Trigger], linker: ActorLinker,
                 actor: list[Entity], speaker: list[Entity]) -> list[Entity]:
    """The other party named inside a governed action.

    A request is addressed to whoever is to act ("urged the EC to support"), praise or blame
    to whoever did the act ("welcomed the announcement that Ukraine had agreed"); a promise,
    threat or refusal is directed at the recipient of the action ("threatened to cut off
    electricity to Nakhichevan").
    """
    for other in inner[:1]:
        if trigger.anchor.i not in (other.anchor.head.i, other.anchor.head.head.i) and \
                other.anchor.head.i != trigger.anchor.head.i:
            continue  # only the action itself, not what it is a reaction to
        args = find_arguments(other)
        if type_ == "REQUEST":
            options = args.actor_candidates()
        elif type_ in JUDGING_ACTS:
            # "welcomed the announcement that Ukraine had agreed": praise or blame is for the
            # doer, never for those it was done to ("called the attack terror against civilians")
            options = args.actor_candidates()
        else:
            options = args.recipient_candidates()
        entities = linker.first_entities(options, pronoun_fallback=speaker,
                                         objects=type_ != "REQUEST")
        entities = [e for e in entities if not own_side(e, actor)]
        if entities:
            return entities
    return []


def own_side(entity: Entity, actor: list[Entity]) -> bool:
    """The actor's own body, or its own state named as such ("Macron promised that Paris
    would send ...": Paris is France acting, not France's counterpart)."""
    return any((entity.country, entity.sector) == (a.country, a.sector) or
               entity.country == a.country and entity.sector in ("", "GOV")
               and a.sector in ("", "GOV") for a in actor)


def complement_party(options: list[list[Token]], sent: Span, linker: ActorLinker,
                      actor: list[Entity]) -> list[Entity]:
    """A named other party in the act the trigger governs ("refused to attend a hearing by
    the court"); common nouns and the actor's own side are left out."""
    doc = sent.doc
    for heads in options:
        found = [e for e in linker.entities(heads, objects=True)
                 if not own_side(e, actor) and e.country != "---"
                 and any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")
                         for t in doc.char_span(e.start, e.end, alignment_mode="expand") or [])]
        if found:
            return found
    return []


def authority_named(sent: Span, linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """Protesters' target when the clause names none: the government the sentence names
    ("rioted ... calling for the removal of President Hosni Mubarak"), not a capital or
    country that only says where ("marched through Belgrade", "across the country")."""
    own = {(e.country, e.sector) for e in actor}
    for entity in linker.sentence_entities(sent):
        if entity.sector in ("GOV", "LEG") and (entity.country, entity.sector) not in own \
                and entity.country not in ("", "---") and not place_mention(entity, sent.doc):
            return [entity]
    return []


# Prepositions whose object says where something happens, not who it is aimed at.
LOCATIVE_PREPS = frozenset({"in", "through", "across", "throughout", "around", "near", "along",
                            "inside", "within", "into", "from"})
# Nouns whose of-phrase is a place too ("the streets of central Belgrade").
PLACE_NOUNS = frozenset({"street", "streets", "center", "centre", "square", "outskirts",
                         "suburb", "suburbs", "part", "parts", "city", "cities", "town",
                         "towns", "capital", "road", "roads", "highway", "front"})
# Words for a whole territory ("across the country").
TERRITORY_WORDS = frozenset({"country", "nation", "city", "capital", "region", "province"})


def place_mention(entity: Entity, doc: Doc) -> bool:
    """Whether a mention only says where ("in a Kampala prison", "marched through Belgrade",
    "the streets of central Belgrade", "across the country")."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.lower_ in TERRITORY_WORDS and not any(c.dep_ == "poss" for c in token.children):
        return True
    while token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.pos_ in (
            "NOUN", "PROPN"):
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in LOCATIVE_PREPS:
            return True
        return prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS
    return False


# Acts on another party's proposal or decision: "rejected its offer" is aimed at its owner.
OWNER_TARGETED = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
OWNER_PRONOUNS = frozenset({"its", "their"})
REPORTED_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def owner_party(type_: str, trigger: Trigger, options: list[list[Token]], sent: Span,
                linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """The owner of the thing acted on, named by a pronoun ("Tehran rejected its offer"):
    the nearest earlier state or body of this or the previous sentence other than the actor,
    since no one rejects, blames or praises their own offer. Only for an act reported as done:
    a bare verb ("pushing for the US (to) support its plan") is someone else's wish."""
    if type_ not in OWNER_TARGETED or not actor or not options or \
            trigger.anchor.tag_ not in REPORTED_TAGS:
        return []
    own = {e.country for e in actor}
    for head in options[0]:
        pronoun = next((c for c in head.children
                        if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        if pronoun is None:
            continue
        since = sent.start
        if since > 0:
            since = sent.doc[since - 1].sent.start
        for entity in linker.preceding(pronoun.idx, sent.doc[since].idx):
            if entity.country not in own and entity.country not in ("", "---") and \
                    entity.sector in ("", "GOV"):
                return [entity]
        return []
    return []


def court_of(trigger: Trigger, sent: Span, linker: ActorLinker) -> list[Entity]:
    """A trial's actor: the judiciary of the country it is said to take place in."""
    place = find_location(trigger.anchor, sent, linker, preps=frozenset({"in"}))
    if place is None:
        return []
    actor = linker.actor_for(place.start, place.end)
    if actor is None or actor.kind != "state" or actor.sector not in ("", "GOV"):
        return []  # a city is not a state: "outside Paris" does not say whose court it is
    return [Entity(place.text, place.start, place.end, actor.country, "JUD")]


# Gatherings that a later "the meeting" can refer back to.
GATHERINGS = frozenset({"meeting", "session", "summit", "conference", "talks"})


def meeting_host(trigger: Trigger, linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """"participated in the meeting": the body whose meeting the story introduced earlier
    ("a private meeting ... of the U.N. Security Council"), when "the meeting" points back."""
    anchor = trigger.anchor
    nouns = [t for t in anchor.subtree if t.lemma_.lower() in GATHERINGS and t.i >= anchor.i
             and (t is anchor or t.head.i in (anchor.i, *(c.i for c in anchor.children)))
             and any(c.lower_ == "the" for c in t.children)]
    if not nouns:
        return []
    noun = nouns[0]
    own = {(e.country, e.sector) for e in actor}
    for earlier in reversed(list(noun.doc[: anchor.sent.start])):
        if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
            continue
        # "a meeting Wednesday of the Council": the parser may hang the "of" on the verb
        preps = [c for c in (*earlier.children, *earlier.head.children) if c.dep_ == "prep"
                 and c.lower_ == "of" and 0 < c.i - earlier.i <= 3]
        for prep in preps:
            host = linker.entities([c for c in prep.children if c.dep_ == "pobj"])
            host = [e for e in host if (e.country, e.sector) not in own]
            if host:
                return host
        return []  # the nearest earlier mention names no host: do not look further
    return []


def condition_party(trigger: Trigger, linker: ActorLinker, actor: list[Entity], *,
                    marks: tuple[str, ...] = ("if", "unless")) -> list[Entity]:
    """The subject of an "if"/"unless" clause (or of other `marks`) on the trigger's clause,
    if it is another side."""
    clause = _condition_on(trigger, marks)
    if clause is None:
        return []
    sides = {e.country for e in actor}
    return [e for e in linker.entities(_subject(clause))
            if e.country not in sides | {"", "---"}]


def has_condition(trigger: Trigger) -> bool:
    """Whether an "if"/"unless" clause hangs on the trigger's clause."""
    return _condition_on(trigger, ("if", "unless")) is not None


def _condition_on(trigger: Trigger, marks: tuple[str, ...]) -> Token | None:
    """The first condition clause on the trigger or on one of its next three heads."""
    token = trigger.anchor
    for _ in range(4):
        for clause in token.children:
            if _condition(clause, marks):
                return clause
        if token.head.i == token.i:
            break
        token = token.head
    return None


def warned_condition(anchor: Token, linker: ActorLinker, actor: list[Entity]) -> list[Entity]:
    """"warned that it would strike if the government did not pay": the one whose act or
    failure to act the warned consequence hangs on (the union's own government included)."""
    own = {(e.country, e.sector) for e in actor}
    for clause in (c for c in anchor.children if c.dep_ == "ccomp"):
        for cond in clause.subtree:
            if _condition(cond):
                return [e for e in linker.entities(_subject(cond))
                        if (e.country, e.sector) not in own and e.country not in ("", "---")]
    return []


def _condition(clause: Token, marks: tuple[str, ...] = ("if", "unless")) -> bool:
    """An "if" or "unless" clause (or one opened by another of `marks`)."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks
                                          for c in clause.children)


def _subject(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
