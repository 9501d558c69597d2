"""Coreference for actor resolution: pronouns, possessors and names that refer back to an
actor already found in the document ("he", "its troops", "the ambassador ... Fu Cong")."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .codebook import UNKNOWN
from .phrase import Code, Match

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# Generic words for a body ("the group", "the bloc") and the kinds of actor they refer back to.
GENERIC_BODIES = {"group": ("group", "organisation"), "movement": ("group",),
                  "militia": ("group",), "bloc": ("igo", "bloc"), "alliance": ("igo", "bloc"),
                  "union": ("igo",), "organisation": ("organisation", "igo"),
                  "organization": ("organisation", "igo")}
GROUP_PRONOUNS = frozenset({"its", "their"})
# Role nouns that name one person, so "he" or "she" can refer back to them.
PERSON_ROLES = frozenset(
    "president minister diplomat envoy ambassador king queen emir sultan prince judge prosecutor "
    "leader chief official spokesman spokeswoman spokesperson commander general officer soldier "
    "negotiator mediator candidate journalist reporter activist cleric imam priest businessman "
    "lawyer mayor governor chancellor premier secretary senator lawmaker legislator dictator "
    "ruler adviser advisor agent doctor student teacher attacker gunman bomber man woman refugee "
    "migrant resident civilian protester dissident missionary counterpart president-elect "
    "monarch ayatollah pope bishop rabbi politician commissioner ombudsman ombudsperson "
    "chairman chairwoman chairperson director coordinator representative rapporteur "
    "administrator deputy".split())
# Institutions of a state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass
class Found:
    """An actor being built: its code and every mention as a (start, end) character pair."""

    code: Code
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    family_names: set[str] = field(default_factory=set)  # "Liu" of "Liu Dejun"
    first_token: int = 0
    last_token: int = -1  # root token of the latest mention
    modifier_roles: set[str] = field(default_factory=set)
    plural: bool = False


class Coreference:
    """Mixin of `DocumentResolver`: links later mentions to actors found earlier."""

    doc: Doc
    words: list[str]
    owner: dict[int, Match]
    found: list[Found]
    by_root: dict[int, Found]
    _sent_starts: list[int] | None

    def _pronoun(self, token: Token) -> None:
        """He/she/him/her: the latest person of this or the previous two sentences, named or
        described by a singular person noun ("an Iranian diplomat ... found him guilty")."""
        sent = self._sent(token.i)
        own_subject = _own_subject(token)
        topic = self._previous_subject(token) or self._reported_subject(token)
        if topic is not None:
            topic.mentions.append((token.idx, token.idx + len(token.text)))
            return
        for found in sorted(self.found, key=lambda f: f.last_token, reverse=True):
            if found.last_token >= token.i or sent - self._sent(found.last_token) > 2:
                continue
            if found.last_token == own_subject:
                continue  # "Vucic hailed him": "him" is never the one who hails
            if found.code.kind == "person" or (
                    found.code.kind == "role" and not found.plural and found.roles & PERSON_ROLES):
                found.mentions.append((token.idx, token.idx + len(token.text)))
                return

    def _body_pronoun(self, token: Token) -> None:
        """"The UAE foreign ministry said ... It thanked both governments": a sentence-opening
        "It" continues the state, body or office that was the subject of the sentence
        before."""
        subject = self._subject_before(token)
        found = self.by_root.get(subject.i) if subject is not None else None
        if found is not None and not found.plural and found.code.has_country and (
                found.code.kind in ("state", "igo", "organisation", "group")
                or found.code.kind == "role" and found.code.sector in STATE_SECTORS):
            found.mentions.append((token.idx, token.idx + len(token.text)))

    def _previous_subject(self, pronoun: Token) -> Found | None:
        """"Sorensen met Vucic ... and Kurti ... In a statement afterward, he called on both
        sides": a subject pronoun that opens its clause, with no person named before it in its
        sentence, continues the person who was the subject of the sentence before."""
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she"):
            return None
        start = pronoun.sent.start
        if start == 0 or any(_personish(f) and start <= f.last_token < pronoun.i
                             for f in self.found):
            return None
        subject = self._subject_before(pronoun)
        found = self.by_root.get(subject.i) if subject is not None else None
        if found is None and subject is not None:
            # "Dmytro Lubinets, Ukraine's human rights commissioner, said": a name the
            # knowledge base does not know, described by its apposition
            found = next((self.by_root[c.i] for c in subject.children
                          if c.dep_ == "appos" and c.i in self.by_root), None)
        return found if found is not None and _personish(found) else None

    def _reported_subject(self, pronoun: Token) -> Found | None:
        """"Rutte spoke by phone with Vucic and Kurti, his spokesperson said": the possessor
        of the one who reports a clause is that clause's subject."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her") or \
                noun.dep_ != "nsubj":
            return None
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i < noun.i),
                      None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
            if clause is not None else None
        found = self.by_root.get(subject.i) if subject is not None else None
        return found if found is not None and _personish(found) else None

    def _subject_before(self, token: Token) -> Token | None:
        """The subject of the main verb of the sentence before the one `token` is in."""
        if token.sent.start == 0:
            return None
        main = self.doc[token.sent.start - 1].sent.root
        return next((c for c in main.children if c.dep_ == "nsubj"), None)

    def _body_before(self, kinds: tuple[str, ...], before: int, *,
                     sentences: int | None = None) -> Found | None:
        """The latest actor of one of `kinds` with a country named before token `before`
        (within `sentences` sentences back, when given): what "the group" refers to."""
        sent = self._sent(before)
        return max((f for f in self.found if f.code.kind in kinds and f.code.has_country
                    and f.last_token < before
                    and (sentences is None or sent - self._sent(f.last_token) <= sentences)),
                   key=lambda f: f.last_token, default=None)

    def _named_after_role(self, code: Code, root: Token) -> bool:
        """A new name right after a nameless official is that official: news introduces a
        person by office, then by name ("China's U.N. ambassador told reporters ... Fu Cong
        blamed ..."). Only when no other person comes between them."""
        sent = self._sent(root.i)
        for found in sorted(self.found, key=lambda f: f.last_token, reverse=True):
            if found.last_token >= root.i or found.code.kind not in ("person", "role"):
                continue
            if sent - self._sent(found.last_token) > 1 or found.code.kind == "person":
                return False
            if found.plural or not found.roles & PERSON_ROLES:
                continue
            other = found.code
            if not other.has_country or other.country == UNKNOWN or \
                    other.sector not in STATE_SECTORS:
                return False
            code.country, code.sector, code.has_country = other.country, other.sector, True
            code.confidence = 0.5
            return True
        return False

    def _possessor_country(self, root: Token, matches: list[Match]) -> str | None:
        """"the regime's leader", "its troops": the country of what the possessor refers to."""
        for child in root.children:
            if child.dep_ != "poss":
                continue
            word = self.words[child.i]
            if word in GROUP_PRONOUNS or word in PERSON_PRONOUNS:
                want_person = word in PERSON_PRONOUNS
                bound = self._clause_subject(root) or self._reported_subject(child)
                if bound is not None and bound.code.has_country and \
                        _personish(bound) == want_person:
                    # "Pakistan ... has refused to deploy peacekeepers in Iraq and has urged
                    # its citizens": the subject of the clause, not the nearest name
                    return bound.code.country
                # The nearest earlier actor of the right kind: "Washington urged Moscow to
                # withdraw its troops" (Moscow), "Iran said its forces..." (Iran).
                candidates = [f for f in self.found if f.code.has_country
                              and _personish(f) == want_person
                              and f.last_token < child.i]
                pick = max(candidates, key=lambda f: f.last_token, default=None)
                return pick.code.country if pick else None
            kinds = GENERIC_BODIES.get(word)
            if kinds is not None and any(c.lower_ == "the" for c in child.children):
                # "the bloc's chief", "the group's leader": the body of that kind named last
                body = self._body_before(kinds, child.i)
                if body is not None:
                    return body.code.country
            m = self.owner.get(child.i)
            if m is not None and not m.named:
                role = child.lemma_.lower()
                for found in reversed(self.found):
                    if role in found.roles and found.code.has_country:
                        return found.code.country
        return None

    def _clause_subject(self, noun: Token) -> Found | None:
        """The actor that is the subject of the clause whose object `noun` is, or of the
        reporting verb whose reported clause `noun` is the subject of ("the army chief said
        his forces had killed ...")."""
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ccomp":
            subjects = [c for c in noun.head.head.children if c.dep_ == "nsubj"]
            return self.by_root.get(subjects[0].i) if subjects else None
        verb = noun
        for _ in range(3):
            if verb.dep_ not in ("dobj", "pobj", "prep", "dative"):
                return None
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects:
                return self.by_root.get(subjects[0].i)
            if verb.dep_ == "xcomp":
                objects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objects:  # "urged Moscow to withdraw its troops"
                    return self.by_root.get(objects[0].i)
            if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _sent(self, i: int) -> int:
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        return bisect.bisect_right(self._sent_starts, i) - 1


def _personish(found: Found) -> bool:
    """A named person, or one person described by a role noun ("the army chief")."""
    return found.code.kind == "person" or (
        found.code.kind == "role" and not found.plural and bool(found.roles & PERSON_ROLES))


def _own_subject(pronoun: Token) -> int:
    """The subject token of the verb whose object an object pronoun ("him", "her") is, which
    the pronoun cannot refer to; -1 for other pronouns."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative"):
        return -1
    return next((c.i for c in pronoun.head.children if c.dep_ == "nsubj"), -1)
