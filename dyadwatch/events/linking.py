"""Map argument phrases to resolved actors (the actors stage's API) and on to `Entity` lists.

`actor_for_span` from `dyadwatch.actors.resolve` decides the actor of a phrase; when it has no
answer the linker looks for the nearest actor mention inside the phrase ("a camp for Congolese
refugees"), and for a plain person or body falls back to `resolve_phrase` or country "---".
"""

from __future__ import annotations

import bisect
import functools
import importlib
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..article import UNKNOWN_COUNTRY, Actor, Article, Entity
from .arguments import ATTACK_NOUNS, lemma_in, pobj_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Confidence the actors stage gives a country guessed from the article's context.
GUESSED = 0.4
# Dependencies that leave the phrase of an argument when searching it for an actor mention.
OUTSIDE_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct",
                            "parataxis", "appos", "mark", "dep"})
# Pronouns that, unresolved, stand for the one who is speaking ("Syria says it will ...").
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
PHRASE_PREPS = frozenset({"of", "for", "from", "by", "in"})
# Acts and documents whose "in" phrase is where they happen, not who takes part.
VENUE_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "talk", "talks",
                         "meeting", "summit", "conference", "negotiation", "ceremony",
                         "decision", "resolution", "declaration", "plan", "proposal",
                         "ceasefire", "cease-fire", "truce", "calm", "peace", "restraint",
                         "election", "vote", "referendum"})
# A recipient may also be named by what the object is aimed at ("a planned visit to Haiti").
OBJECT_PREPS = PHRASE_PREPS | {"to", "with", "against", "on", "between"}
PERSONISH_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "him", "her", "them", "i", "you",
                      "us", "who", "which", "that"})
# Generic words for people the knowledge base need not know ("the perpetrators were arrested").
PERSON_NOUNS = frozenset({
    "perpetrator", "suspect", "attacker", "assailant", "gunman", "gunmen", "culprit", "plotter",
    "bomber", "hijacker", "kidnapper", "captor", "abductor", "hacker", "individual", "man",
    "woman", "person",
    "detainee", "prisoner", "captive", "hostage", "defendant", "accused", "convict", "mob",
    "crowd", "group", "member", "supporter", "follower", "youth", "student", "teenager"})
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"})
# Gatherings that stand for the people who hold them ("the bomb attack at the rally").
GATHERINGS = frozenset({"rally", "demonstration", "march", "gathering", "convention",
                        "congress", "festival", "vigil", "sit-in"})
ORGANIZE_VERBS = frozenset({"organize", "organise", "host", "stage", "hold", "sponsor",
                            "convene", "call"})


@functools.lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Lower-cased names of capital cities in the actor knowledge base ("doha", "madrid")."""
    try:
        codebook = importlib.import_module("dyadwatch.actors.codebook")
    except ImportError:
        return frozenset()
    return frozenset(alias.text.lower() for alias in codebook.load_kb().aliases
                     if alias.entry.kind == "capital")


def _load_api() -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
    try:
        module = importlib.import_module("dyadwatch.actors.resolve")
    except ImportError:
        return None, None
    return getattr(module, "actor_for_span", None), getattr(module, "resolve_phrase", None)


class ActorLinker:
    """Per-article argument resolution, memoised by character range."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._actor_for_span, self._resolve_phrase = _load_api()
        spans = []
        for actor in article.actors:
            for start, end in actor.mentions or [[actor.start, actor.end]]:
                spans.append((start, end, actor))
        spans.sort(key=lambda s: (s[0], -s[1]))
        self._starts = [s[0] for s in spans]
        self._spans = spans
        self._memo: dict[tuple[int, int], Actor | None] = {}
        self._by_id = {actor.id: actor for actor in article.actors}

    def kind_of(self, actor_id: str | None) -> str | None:
        """The kind of a resolved actor ("state", "person", "role", ...), None if unknown."""
        actor = self._by_id.get(actor_id) if actor_id else None
        return actor.kind if actor is not None else None

    def is_guessed(self, entity: Entity) -> bool:
        """Whether an entity's country was only guessed from the article's context."""
        actor = self._by_id.get(entity.actor_id) if entity.actor_id else None
        return actor is not None and actor.confidence <= GUESSED

    def leading_state(self, exclude: str) -> str | None:
        """The state the article names most often, other than `exclude`, when one leads."""
        counts: dict[str, int] = {}
        for actor in self.article.actors:
            if actor.kind == "state" and actor.country != exclude:
                counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions or [1])
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def _mention_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping [start, end), longest mention first."""
        i = bisect.bisect_right(self._starts, end - 1)
        best: tuple[int, Actor] | None = None
        for s, e, actor in self._spans[max(0, i - 8):i]:
            if s < end and e > start and (best is None or e - s > best[0]):
                best = (e - s, actor)
        return best[1] if best else None

    def sentence_entities(self, sent: Span) -> list[Entity]:
        """Entities of the actor mentions inside a sentence, in text order, pronouns left out."""
        lo = bisect.bisect_left(self._starts, sent.start_char)
        hi = bisect.bisect_left(self._starts, sent.end_char)
        out = []
        for s, e, actor in self._spans[lo:hi]:
            if self.article.text[s:e].lower() not in PRONOUNS:
                out.extend(_from_actor(actor, self.article.text, s, e))
        return out

    def preceding(self, start: int, since: int) -> list[Entity]:
        """Entities of the named (non-pronoun) mentions in [since, start), nearest first."""
        lo = bisect.bisect_left(self._starts, since)
        hi = bisect.bisect_left(self._starts, start)
        out = []
        for s, e, actor in reversed(self._spans[lo:hi]):
            if e <= start and self.article.text[s:e].lower() not in PRONOUNS:
                out.extend(_from_actor(actor, self.article.text, s, e))
        return out

    def _coordinated(self, actor: Actor, start: int, end: int) -> list[Actor]:
        """Actors of coordinated modifiers sharing the head ("Chinese and Russian troops")."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [a for s, e, a in self._spans[lo:hi] if e == end and s > start and a is not actor
                and a.country != actor.country]

    def actor_for(self, start: int, end: int) -> Actor | None:
        key = (start, end)
        if key not in self._memo:
            actor = None
            if self._actor_for_span is not None:
                actor = self._actor_for_span(self.article, start, end)
            if actor is None and self._actor_for_span is None:
                actor = self._mention_at(start, end)
            self._memo[key] = actor
        return self._memo[key]

    def phrase_code(self, text: str) -> tuple[str, str] | None:
        if self._resolve_phrase is None:
            return None
        result = self._resolve_phrase(text, date=self.article.published)
        if not result:
            return None
        country, sector = result
        return str(country or ""), str(sector or "")

    def first_entities(self, options: list[list[Token]], *,
                       pronoun_fallback: list[Entity] | None = None,
                       objects: bool = False,
                       first_person: list[Entity] | None = None) -> list[Entity]:
        """Entities of the first candidate phrase that names an actor."""
        for heads in options:
            found = self.entities(heads, pronoun_fallback=pronoun_fallback, objects=objects,
                                  first_person=first_person)
            if found:
                return found
        return []

    def entities(self, heads: list[Token], *, pronoun_fallback: list[Entity] | None = None,
                 objects: bool = False,
                 first_person: list[Entity] | None = None) -> list[Entity]:
        """Entities for argument heads, each conjunct separately, in text order, no repeats."""
        out: list[Entity] = []
        seen: set[tuple[str, str, str]] = set()
        for head in heads:
            first: list[Entity] = []
            members = _member_states(head)
            conjuncts = [c for c in head.conjuncts if c.pos_ not in ("VERB", "AUX")]
            for token in (head, *conjuncts, *_listed_states(head), *_stranded_last(head),
                          *_companions(head),
                          *_hyphen_partners(head), *members):
                found = self._entities_for(token, OBJECT_PREPS if objects else PHRASE_PREPS)
                if not found and token.lower_ in SPEAKER_PRONOUNS and pronoun_fallback:
                    found = pronoun_fallback
                elif not found and token.lower_ in ("i", "we", "me", "us") and first_person:
                    found = first_person  # "I" and "we" inside a quote are its speaker
                elif not found and token.lower_ == "them" and objects:
                    found = self._recent_pair(token.idx)  # "both countries ... urged them"
                elif not found and token.lower_ == "both" and token.pos_ in ("PRON", "DET") \
                        and objects:
                    # "spoke by phone with Vucic and Kurti ..., urging both to show restraint"
                    found = self._named_pair_before(token) or self._recent_pair(token.idx)
                if token is head and len(found) == 1:
                    found = self._of_each(head, found[0]) or found
                if token is head:
                    first = found
                elif len(first) == 1 and token in members:
                    # "foreign ministers of Azerbaijan and Armenia": Armenia's minister too
                    found = [replace(e, text=first[0].text, start=first[0].start,
                                     end=first[0].end, sector=first[0].sector) for e in found
                             if e.country != first[0].country
                             and self.kind_of(e.actor_id) == "state"]
                elif len(first) == 1 and self._guessed(token):
                    # "Israeli helicopters and tanks": the tanks share the helicopters' side
                    found = [replace(e, country=first[0].country) for e in found]
                for entity in found:
                    key = (entity.country, entity.sector, entity.actor_id or entity.text)
                    if key not in seen:
                        seen.add(key)
                        out.append(entity)
        return out

    def _of_each(self, head: Token, entity: Entity) -> list[Entity]:
        """"the national security advisers of both countries": the holders of the role in
        each state of the group after "of"."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                group = self.actor_for(*_core_span(obj)) if obj.dep_ == "pobj" else None
                if group is not None and len(group.members) > 1 and \
                        group.country in ("", UNKNOWN_COUNTRY):
                    return [replace(entity, country=code) for code in group.members]
        return []

    def _named_pair_before(self, token: Token) -> list[Entity]:
        """The last two or more parties named together before `token` in its sentence
        ("with Vucic and Kurti"), when they are of different states."""
        for t in reversed(list(token.sent[:token.i - token.sent.start])):
            if not t.conjuncts or t.dep_ == "conj" or t.pos_ not in ("NOUN", "PROPN"):
                continue
            found: list[Entity] = []
            for part in (t, *t.conjuncts):
                found.extend(self._entities_for(part, PHRASE_PREPS))
            if len({e.country for e in found} - {"", UNKNOWN_COUNTRY}) > 1:
                return found
        return []

    def _recent_pair(self, start: int) -> list[Entity]:
        """The group of states named just before ("the two countries", "both sides"), which
        a following "them" refers to."""
        hi = bisect.bisect_left(self._starts, start)
        for s, e, actor in reversed(self._spans[max(0, hi - 6):hi]):
            if e <= start and start - e < 200 and len(actor.members) > 1:
                return _from_actor(actor, self.article.text, s, e)
        return []

    def _guessed(self, token: Token) -> bool:
        """Whether the token's actor has a country only guessed from the article's context."""
        actor = self.actor_for(*_core_span(token))
        return actor is not None and actor.confidence <= GUESSED

    def _entities_for(self, token: Token, preps: frozenset[str]) -> list[Entity]:
        start, end = _core_span(token)
        actor = self.actor_for(start, end)
        span = (start, end)
        partners: tuple[Token, ...] = ()
        if actor is None:
            found = self._search_phrase(token, preps)
            if found is not None:
                actor, span, partners = found
        if actor is not None:
            out = _from_actor(actor, self.article.text, *span)
            for other in self._coordinated(actor, *span):
                out.extend(_from_actor(other, self.article.text, *span))
            out.extend(self._coordinated_nationalities(token, out))
            for partner in partners:
                # "aid for Romania and Poland": the found name's conjuncts share its role
                other_actor = self.actor_for(*_core_span(partner))
                if other_actor is not None:
                    out.extend(_from_actor(other_actor, self.article.text,
                                           *_core_span(partner)))
            return out
        if token.lower_ in PRONOUNS or token.pos_ not in ("NOUN", "PROPN"):
            return []
        if preps is OBJECT_PREPS:
            held = self._organizers(token)
            if held:
                return held
        text = self.article.text[start:end]
        code = self.phrase_code(text)
        if code is not None:
            return [Entity(text, start, end, code[0] or UNKNOWN_COUNTRY, code[1] or "")]
        if token.ent_type_ in ("PERSON", "ORG") or token.lemma_.lower() in PERSON_NOUNS:
            return [Entity(text, start, end, UNKNOWN_COUNTRY, "")]
        return []

    def _coordinated_nationalities(self, token: Token, found: list[Entity]) -> list[Entity]:
        """"The Turkish and Greek sides": each coordinated nationality is a party of its own."""
        have = {e.country for e in found}
        out: list[Entity] = []
        for mod in token.children:
            if mod.dep_ != "amod" or mod.ent_type_ != "NORP" or not mod.conjuncts:
                continue
            for other in (mod, *mod.conjuncts):
                code = self.phrase_code(other.text)
                if code is not None and code[0] not in ("", UNKNOWN_COUNTRY) and \
                        code[0] not in have:
                    have.add(code[0])
                    out.append(Entity(other.text, other.idx, other.idx + len(other), code[0],
                                      found[0].sector if found else ""))
        return out

    def _organizers(self, token: Token) -> list[Entity]:
        """Who holds a gathering the story named earlier with its organisers: "the Free Iran
        Rally ... organized by the PMOI" makes "an attack at the rally" aimed at the PMOI."""
        words = {w.lemma_.lower() for w in (token, *token.lefts)
                 if w.dep_ in ("amod", "compound") or w is token} & GATHERINGS
        if not words:
            return []
        for other in token.doc[: token.i]:
            if other.lemma_.lower() not in words:
                continue
            for verb in other.sent:
                if verb.i <= other.i or verb.tag_ != "VBN" or \
                        verb.lemma_.lower() not in ORGANIZE_VERBS:
                    continue
                up, steps = verb, 0
                while up.i != other.i and up.head.i != up.i and steps < 4:
                    up, steps = up.head, steps + 1
                if up.i != other.i:
                    continue
                agents = [pobj_of(a) for a in verb.children if a.dep_ == "agent"]
                found = self.entities([a for a in agents if a is not None])
                if found:
                    return found
        return []

    def _search_phrase(self, token: Token,
                       preps: frozenset[str]
                       ) -> tuple[Actor, tuple[int, int], tuple[Token, ...]] | None:
        """Nearest actor mention inside the argument's own phrase, breadth first.

        Only modifiers and of/for/from phrases are searched: "a camp for Congolese refugees",
        "a Senegalese peace plan", but not "a bombing near the town of Samarra".
        """
        if token.lemma_.lower() in VENUE_NOUNS:
            preps = preps - {"in"}  # "a peace agreement in Washington": where, not who
        queue = _phrase_children(token, preps)
        seen = 0
        while queue and seen < 40:
            t = queue.pop(0)
            seen += 1
            s, e = _core_span(t)
            actor = self._mention_at(t.idx, t.idx + len(t))
            if actor is None and t.pos_ in ("PROPN", "ADJ", "NOUN") and (
                    t.ent_type_ in PERSONISH_ENTS or t.pos_ == "PROPN"):
                actor = self.actor_for(s, e)
            if actor is not None:
                return actor, (s, e), t.conjuncts
            if t.ent_type_ in ("NORP", "GPE") and t.dep_ in ("amod", "compound", "poss"):
                # "Iraqi towns": a nationality word the actors stage did not make an actor of
                code = self.phrase_code(t.text)
                if code is not None and code[0] not in ("", UNKNOWN_COUNTRY):
                    return Actor(id="", text=t.text, start=t.idx, end=t.idx + len(t),
                                 country=code[0], sector=""), (s, e), ()
            queue.extend(_phrase_children(t, preps))
        return None


def _listed_states(head: Token) -> list[Token]:
    """"Greece, Panama and South Korea" parsed as an apposition: the other listed states."""
    if head.ent_type_ != "GPE" and not (head.pos_ == "PROPN" and any(
            a.dep_ == "appos" and a.conjuncts for a in head.children)):
        return []  # (a list the tagger did not see as places still has its "and")
    return [t for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"
            for t in (a, *a.conjuncts) if t.pos_ == "PROPN"]


def _stranded_last(head: Token) -> list[Token]:
    """"to Guatemala, Honduras, and El Salvador" with the last state misparsed as a conjunct
    of the verb: the state that ends the list."""
    if head.ent_type_ != "GPE":
        return []
    doc = head.doc
    j = max((head, *head.conjuncts), key=lambda t: t.i).i + 1
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("and", "or"):
        return []
    k = j + 1
    while k < len(doc) and doc[k].ent_type_ == "GPE":
        k += 1
    span = doc[j + 1:k]
    root = span.root if len(span) else None
    if root is None or root.dep_ != "conj" or root.head.pos_ not in ("VERB", "AUX"):
        return []
    return [root]


def _member_states(head: Token) -> list[Token]:
    """"Foreign ministers of Azerbaijan and Armenia": the states after the first, whose own
    holders of the role the plural noun also names."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    return [c for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"
            for c in o.conjuncts if c.pos_ == "PROPN"]


def _hyphen_partners(head: Token) -> list[Token]:
    """"Russia-Ukraine talks": the state before the hyphen is a party too."""
    doc = head.doc
    return [c for c in head.children if c.dep_ in ("compound", "amod") and c.i + 2 == head.i
            and doc[c.i + 1].text == "-" and c.ent_type_ == head.ent_type_ == "GPE"]


BACKING = frozenset({"back", "support", "assist", "aid", "accompany", "join"})


BACKING_FORCES = frozenset({"force", "troop", "soldier", "army", "militia", "fighter", "aircraft",
                            "warplane", "jet", "helicopter", "drone", "navy", "unit",
                            "peacekeeper", "contingent", "coalition"})


def _companions(head: Token) -> list[Token]:
    """"The United States, along with Britain and France, called ...": all three act."""
    out: list[Token] = []
    near = list(head.children)
    if head.dep_ == "nsubj":  # the parser may hang "along with" on the verb
        near += [c for c in head.head.children if head.i < c.i < head.head.i]
    for c in near:
        if head.dep_ == "nsubj" and c.dep_ == "acl" and c.lemma_.lower() in BACKING:
            # "Somali troops backed by African Union forces recaptured the town": the backing
            # forces act too (a subject only: "militias backed by Iran" as a target are not;
            # nor is the state in "rebels backed by Rwanda took Goma", unless set off by
            # commas as a party to the act)
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = pobj_of(agent) if agent is not None else None
            if obj is not None and not lemma_in(obj, ATTACK_NOUNS) and (  # "by airstrikes"
                    lemma_in(obj, BACKING_FORCES) or c.i > 0 and c.doc[c.i - 1].text == ","):
                out.extend((obj, *obj.conjuncts))
            continue
        if c.dep_ not in ("prep", "advmod"):
            continue
        if c.lower_ == "alongside":
            preps = [c]
        elif c.lower_ in ("along", "together"):
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]
        else:
            continue
        for prep in preps:
            obj = pobj_of(prep)
            if obj is not None:
                out.extend((obj, *obj.conjuncts))
    return out


def _phrase_children(token: Token, preps: frozenset[str]) -> list[Token]:
    """Children that stay inside a noun phrase; for objects also the by-agent of a participle.

    "rejected the allegations made by Pakistan" is aimed at their maker; "a statement issued
    by the ministry" as a subject is the statement's, and the reporting verb handles it.
    """
    out = [c for c in token.children if _inside_phrase(c, preps)]
    if preps is not OBJECT_PREPS:
        return out
    out.extend(a for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent")
    return out


def _inside_phrase(token: Token, preps: frozenset[str]) -> bool:
    if token.dep_ in OUTSIDE_PHRASE:
        return False
    return token.dep_ != "prep" or token.lower_ in preps


def _core_span(token: Token) -> tuple[int, int]:
    """Character range of a noun phrase up to its head: determiners, modifiers, compounds."""
    left = token
    for c in token.lefts:
        if c.dep_ not in ("punct", "cc", "preconj") and c.left_edge.i < left.i:
            left = c.left_edge
    end_token = token
    for c in token.rights:
        if c.dep_ in ("case", "compound") and c.i == end_token.i + 1:
            end_token = c
    return left.idx, end_token.idx + len(end_token)


def _from_actor(actor: Actor, text: str, start: int, end: int) -> list[Entity]:
    words = text[start:end]
    if actor.members and actor.country in ("", UNKNOWN_COUNTRY):
        return [Entity(words, start, end, code, actor.sector, actor.id)
                for code in actor.members]
    sector = "" if actor.country in NONSTATE_CODES and not actor.sector else actor.sector
    return [Entity(words, start, end, actor.country or UNKNOWN_COUNTRY, sector,
                   actor.id or None)]
