"""Resolving every actor of a parsed document: KB matches grouped into noun phrases by the parse.

One pass finds knowledge-base matches (longest first, a dict lookup per token); each match is
attached to the head of its noun phrase through the dependency tree; each phrase is coded by
`phrase.code_phrase`; phrases without a country then look at appositions, prepositional
modifiers ("rebels in Darfur"), earlier mentions ("the regime", "he") and, last, the sentence
and article context. Mentions of the same actor are merged into one `Actor`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..article import Actor
from ..codebooks import DISSOLVED_STATES
from .codebook import NONSTATE, UNKNOWN, KnowledgeBase, normalise
from .coreference import (
    GENERIC_BODIES,
    PERSON_PRONOUNS,
    STATE_SECTORS,
    Coreference,
    Found,
)
from .matching import find_matches
from .phrase import STANCE_SUFFIX, Code, Match, _identity, code_phrase, names_a_stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod", "npadvmod", "det",
                     "quantmod"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "throughout", "across", "around", "outside"})
PP_STOP = frozenset({"relcl", "ccomp", "advcl", "conj", "cc", "punct", "appos", "parataxis",
                     "xcomp", "agent", "dative"})
STATE_CUES = frozenset({"state", "adjective", "capital", "people", "region", "organisation",
                        "group", "person", "seat"})
STATELESS = frozenset({"international", "foreign", "global", "world", "multinational",
                       "unidentified", "unknown", "western", "transnational"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Plural nouns that stand for several states: no one country's context makes them its own
# ("as governments continue climate talks in Madrid").
# Last words of the names of bodies that belong to no state unless their name says so.
NGO_HEADS = frozenset({"forum", "committee", "association", "federation", "foundation",
                       "institute", "network", "coalition", "watch", "centre", "center",
                       "society", "initiative", "trust"})
OFFICIAL_WORDS = frozenset({"parliamentary", "parliament", "national", "state", "federal",
                            "government", "governmental", "senate", "congressional", "house",
                            "presidential", "ministerial", "military", "security", "central",
                            "supreme", "electoral", "election", "public", "royal", "cabinet"})
# Words tying an unnamed group to a named side: "militants linked to al Qaeda".
AFFILIATIONS = frozenset({"link", "linked", "tie", "tied", "affiliate", "affiliated", "loyal",
                          "allied", "aligned", "connected"})
GROUND_NOUNS = frozenset({"soil", "territory", "land", "side", "island", "border", "frontier"})
# Whose two sides "both sides" may mean: states, their capitals and offices, and blocs.
SIDE_KINDS = frozenset({"state", "capital", "seat", "igo", "bloc"})
SIDELESS = frozenset({"NGO", "MNC", "IMG", "ISM"})
MANY_STATES = frozenset({"governments", "countries", "nations", "states", "powers", "sides",
                         "capitals", "leaders"})
# Offices that name a group of states only as a pair: "spoke to both prime ministers".
PAIRED_OFFICES = frozenset({"ministers", "presidents", "premiers", "delegations", "chiefs"})
REFERRING_DETERMINERS = frozenset({"those", "these", "the", "both"})
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
# Sectors of non-state armed groups, which "the group" can refer back to by name.
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Roles that name others relative to someone ("urged allies to impose sanctions", "its
# treaty ally", "Ukraine's partners"), whose country the text around them does not give ...
RELATIONAL = frozenset({"ally", "allies", "partner", "partners", "neighbour", "neighbours",
                        "neighbor", "neighbors", "counterpart", "counterparts", "rival", "rivals",
                        "enemy", "enemies", "adversary", "adversaries", "foe", "foes", "donor",
                        "donors",
                        # ... and people who are not from where they are: "new immigrants"
                        "immigrant", "migrant", "foreigner", "expatriate"})
# Titles that hold no office: "the unofficial mayor of the Chinese community".
UNOFFICIAL = frozenset({"unofficial", "honorary", "self-styled", "self-proclaimed"})
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
DOMESTIC_SECTORS = frozenset({"LEG", "OPP", "CVL", "JUD", "SOC", "JRN", "LAB", "EDU", "REL",
                              "BUS", "MED", "REB"})
ENTITY_LABELS = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
SHARING_VERBS = frozenset({"share", "exchange", "provide", "gather", "collect", "pass", "give",
                           "supply", "receive", "obtain", "hand", "offer", "seek"})


class DocumentResolver(Coreference):
    """Resolve the actors of one spaCy Doc against a knowledge base."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, *, date: str | None) -> None:
        self.doc = doc
        self.kb = kb
        self.date = date
        self.words = [normalise(t.text) if "\u2019" in t.text else t.lower_ for t in doc]
        texts = [t.text for t in doc]
        # The tokenizer keeps "U.S.-led" whole: match its "U.S." and keep "led" for the stance.
        self.glued: dict[int, str] = {}
        for i, word in enumerate(self.words):
            if ".-" in word:
                self.glued[i] = word.partition(".-")[2]
                self.words[i] = word.partition(".-")[0] + "."
                texts[i] = texts[i].partition(".-")[0] + "."
        self.matches = find_matches(doc, self.words, texts, kb)
        self.owner: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.owner[i] = m
        self.found: list[Found] = []
        self.by_key: dict[tuple[str, ...], Found] = {}
        self.by_root: dict[int, Found] = {}
        self._sent_starts: list[int] | None = None
        self._cues: list[tuple[int, int, int, str]] | None = None
        self.groups: dict[int, list[Match]] = {}

    # --- structure ------------------------------------------------------------------------
    def _root(self, token: Token) -> Token:
        """Climb from a modifier to the head noun of its phrase."""
        for _ in range(8):
            head = token.head
            # Only climb into a head that names an actor: "the Russian government's refusal"
            # is the government, "Iran's foreign ministry" is Iran's.
            if head.pos_ == "VERB" and head.dep_ in ("amod", "compound") and \
                    head.i == token.i + 2 and self.words[token.i + 1] == "-":
                head = head.head  # "Vietnamese-led forces"
            if head.i == token.i or head.pos_ not in NOUNISH or (
                    head.i not in self.owner and head.ent_iob_ == "O"):
                break
            dep = token.dep_
            if head.i == token.i + 2 and self.words[token.i + 1] == "-" and \
                    token.ent_type_ == head.ent_type_ == "GPE":
                break  # "Russia-Ukraine talks": two parties, not one
            if dep in NP_DEPS or (dep == "conj" and token.head.dep_ in NP_DEPS
                                  and token.i > head.i and head.i in self.owner):
                token = head
                continue
            break
        return token

    def _anchor(self, match: Match) -> Token:
        """The token of a match whose head lies outside it (the match's own head word)."""
        span = self.doc[match.start:match.end]
        for token in reversed(span):
            if not (match.start <= token.head.i < match.end) or token.head.i == token.i:
                return token
        return span[-1]

    def _mark(self, match: Match, anchor: Token) -> None:
        """Flag stance words ("pro-Iranian") and coordinated modifiers ("and Romanian")."""
        match.blocked = names_a_stance(self.words, match.start, match.end) or \
            self.glued.get(match.end - 1, "") in STANCE_SUFFIX
        if anchor.dep_ == "conj" and anchor.head.i in self.owner and anchor.head.i < match.start:
            match.conj = True

    def resolve(self) -> list[Actor]:
        """Group matches, unknown names and pronouns into phrases and code them in text order."""
        doc = self.doc
        groups: dict[int, list[Match]] = {}
        for m in self.matches:
            anchor = self._anchor(m)
            self._mark(m, anchor)
            groups.setdefault(self._root(anchor).i, []).append(m)
        entity_roots: dict[int, str] = {}
        for ent in doc.ents:
            kind = ENTITY_LABELS.get(ent.label_)
            if kind is None or all(i in self.owner for i in range(ent.start, ent.end)):
                continue
            root = self._root(ent.root)
            if root.i in self.owner:
                continue  # "Iranian diplomat Assadi" is coded from its KB words
            if kind == "person" and root.dep_ in ("compound", "amod", "poss") and \
                    not ent.start <= root.head.i < ent.end and \
                    not any(c.dep_ == "case" for c in root.children):
                continue  # a name modifying a plain noun ("the Rajavi family"), not "Dara's
            if not ent.start <= root.i < ent.end:
                root = ent.root
            groups.setdefault(root.i, [])
            entity_roots[root.i] = kind
        for i, word in enumerate(self.words):
            if word in PERSON_PRONOUNS and doc[i].pos_ == "PRON" or _body_pronoun(doc[i]):
                groups.setdefault(i, [])
            elif i not in self.owner and i not in groups and doc[i].pos_ == "PROPN" and (
                    doc[i].dep_ not in NP_DEPS or doc[i].ent_type_ not in ENTITY_LABELS):
                groups.setdefault(i, [])
                entity_roots.setdefault(i, "name")  # a bare name: only a surname can resolve it
        self.groups = groups
        for root_i in sorted(groups):
            self._phrase(doc[root_i], groups[root_i], entity_roots.get(root_i))
        return self._actors()

    # --- one phrase -----------------------------------------------------------------------
    def _phrase(self, root: Token, matches: list[Match], entity: str | None) -> None:
        """Code the phrase headed by `root` and record the actors it names."""
        words = self.words
        if not matches and entity is None:
            if words[root.i] in PERSON_PRONOUNS:
                self._pronoun(root)
            elif _body_pronoun(root):
                self._body_pronoun(root)
            return
        head = self.owner.get(root.i)
        if head is not None and head not in matches:
            head = None
        start_tok = self._phrase_start(root, matches)
        span = (self.doc[start_tok].idx,
                max([root.idx + len(root.text), *(m.char_end for m in matches)]))
        place = root.head.dep_ if root.dep_ == "conj" else root.dep_  # "trade and military"
        if head is not None and not head.named and not any(m.named for m in matches) and (
                place == "compound" and head.aliases[0].entry.weight <= 1
                or place in ("amod", "nmod") and head.aliases[0].entry.weight <= 2):
            return  # "missile ingredient", "military assistance": a thing, not an actor
        if head is not None and words[root.i] == "intelligence" and root.dep_ == "dobj" and \
                root.head.lemma_.lower() in SHARING_VERBS:
            return  # "agreed to share intelligence on drones": information, not spies
        if head is not None and head.named and len(matches) == 1 and \
                head.start == root.i == head.end - 1:
            namesake = self._earlier_namesake(root)
            if namesake is not None:
                # "Lt. Gen. Ahmed Sharif Chaudhry ... Chaudhry said": the article's own
                # Chaudhry, not the one the knowledge base knows
                namesake.mentions.append(span)
                namesake.last_token = max(namesake.last_token, root.i)
                self.by_root[root.i] = namesake
                head.blocked = True  # nor is that other person's country a context cue
                self._cues = None
                return
        if head is None and entity is not None:
            code = self._unknown_entity(root, matches, entity)
            if code is None:
                return
            codes = [code]
        else:
            codes = code_phrase(matches, head, date=self.date)
            if head is None:
                for code, m in zip(codes, [m for m in matches if m.named and not m.blocked],
                                   strict=True):
                    self._add(code, (m.char_start, m.char_end), root, m.start)
                return
        for n, code in enumerate(codes):
            mention = span
            if n and code.cue is not None:
                mention = (code.cue.char_start, max(span[1], code.cue.char_end))
            if code.kind == "role" and head is not None:
                self._member_of(code, root, head)
            if code.kind == "role":
                code.role = root.lemma_.lower()
                code.key = ("role", code.role, code.country, code.sector)
            if head is not None and head.entry(self.date)[0].name == "Belgium" and \
                    words[root.i] == "brussels" and root.dep_ in ("nsubj", "poss") and \
                    self._eu_story():
                # "Brussels 'supports member states' efforts'": in a story about the EU, the
                # city speaking is the EU
                code.country, code.kind, code.sector, code.name = "EUR", "igo", "", \
                    "European Union"
                code.key = ("igo", "European Union", "EUR")
            if head is not None and head.entry(self.date)[0].kind == "capital" and \
                    root.dep_ == "pobj" and words[root.head.i] in LOCATIVE:
                # "a curfew in Algiers": the city's people, not its rulers (who keep their
                # own actor: "talks in Madrid" does not make a later "Madrid" its people)
                code.sector, code.key = "CVL", (*code.key, "CVL")
            if code.kind == "role" and code.sector in OFFICE_SECTORS and any(
                    words[t.i] in UNOFFICIAL for t in root.lefts):
                code.kind, code.sector = "person", ""  # "the unofficial mayor": no office
            if code.kind == "role" and code.role in RELATIONAL and code.cue is not None and any(
                    (c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ == "GPE")
                    and code.cue.start <= c.i < code.cue.end for c in root.children):
                # "Ukraine's partners", "Japan's allies", "the two U.S. allies": states other
                # than the one named
                code.country, code.has_country = UNKNOWN, False
                code.key = ("role", code.role, UNKNOWN, code.sector)
            if code.kind in ("role", "bloc") and code.has_country and \
                    self.words[root.i] in MANY_STATES:
                self._counted_group(code, root)  # "the three European countries"
            if code.kind == "people" and any(words[t.i] == "ethnic" for t in root.lefts):
                code.has_country = False  # "ethnic Albanians" live where the text says
            if code.kind == "role" and code.country == "NGO" and code.cue is None:
                self._home_state(code, root)  # "rights groups in Kenya" are Kenyan
            if (not code.has_country or code.kind == "people") and code.role not in RELATIONAL:
                self._complete(code, root, matches)  # (one's "allies" are other states)
                if code.span_end > mention[1]:
                    mention = (mention[0], code.span_end)
            elif not code.has_country and code.kind == "role":
                named = self._appos_country(root)  # "our ally the Philippines"
                if named:
                    code.country, code.has_country = named, True
                    code.key = ("role", code.role, code.country, code.sector)
            if code.kind == "role" and not code.has_country and root.pos_ == "PROPN" and \
                    root.ent_type_ == "ORG" and self.words[root.i] in NGO_HEADS and not any(
                        self.words[t.i] in OFFICIAL_WORDS for t in root.subtree):
                # "the Third World Water Forum", "the Ceasefire Violations Committee": a named
                # body the knowledge base does not know, with no state in its name
                code.kind, code.name, code.country, code.has_country = \
                    "organisation", root.text, "NGO", True
                code.sector, code.key = "", ("entity", "organisation", root.text.lower(), "NGO")
            if code.kind == "role" and not code.sector and not code.has_country:
                continue  # "the group", "social media": no one in particular
            self._add(code, mention, root, start_tok, matches)

    def _eu_story(self) -> bool:
        """Whether the article names the European Union or one of its bodies."""
        return any(m.named and not m.blocked and m.aliases[0].entry.country == "EUR"
                   for m in self.matches)

    def _is_known_name(self, token: Token) -> bool:
        """Whether the token is part of a name the knowledge base knows ("Jordan")."""
        match = self.owner.get(token.i)
        return match is not None and match.named

    def _earlier_namesake(self, root: Token) -> Found | None:
        """The latest person named earlier in the article whose surname this bare name is."""
        surname = self.words[root.i]
        for found in reversed(self.found):
            if self.doc[found.last_token].head.i == root.i:
                continue  # the name its own title stands before ("lawmaker Leyla Demir")
            if found.first_token < root.i and (surname in found.surnames or (
                    surname in found.family_names and not self._is_known_name(root))):
                return found
        return None

    def _phrase_start(self, root: Token, matches: list[Match]) -> int:
        """First token of the phrase: its matches plus the determiners and modifiers before."""
        start = min([root.i, *(m.start for m in matches)])
        lo = root.i
        while start > 0:
            prev = self.doc[start - 1]
            if prev.dep_ not in NP_DEPS or not start <= prev.head.i <= lo or prev.is_space:
                break
            start -= 1
        return start

    def _member_of(self, code: Code, root: Token, head: Match) -> None:
        """"a member of the Syrian parliament", "leaders of the opposition coalition": a
        generic role takes the sector (and a missing country) of the body it belongs to; any
        role "of", "at" or "from" an international body takes that body's code ("judges at the
        International Criminal Court" IGO, "officials from the European Union" EUR)."""
        entry = head.aliases[0].entry
        if entry.kind != "role":
            return
        specific = entry.weight > 1  # "judges", "prosecutors" keep their own sector
        for prep in root.children:
            if prep.dep_ != "prep" or self.words[prep.i] not in ("of", "for", "at", "from"):
                continue
            for pobj in prep.children:
                group = self.groups.get(pobj.i)
                if pobj.dep_ != "pobj" or not group:
                    continue
                inner = self.owner.get(pobj.i)
                sub = code_phrase(group, inner if inner in group else None, date=self.date)
                if not sub:
                    continue
                body = sub[0].kind != "state" and sub[0].country in NONSTATE
                if (self.words[prep.i] in ("at", "from") or specific) and not body:
                    continue  # "officials at the border", "diplomats from Kenya": no body
                if (sub[0].sector and not specific or body) and sub[0].kind != "state":
                    code.sector = sub[0].sector  # members of Jemaah Islamiyah: IMG, no sector
                if not code.has_country and (sub[0].has_country or body):
                    # "judges at the International Criminal Court": the court's IGO
                    code.country, code.has_country = sub[0].country, True
                return

    def _unknown_entity(self, root: Token, matches: list[Match], kind: str) -> Code | None:
        """A person or body the KB does not know: codes from its modifiers, or a surname match.

        Unknown organisations count only when an organisation or role word says they are one
        ("the Ceasefire Violations Committee"); unknown nationalities never do.
        """
        namesake = self._earlier_namesake(root)
        if namesake is not None:
            return namesake.code
        if kind in ("group", "name") or (
                kind == "organisation" and not any(not m.named for m in matches)):
            return None
        code = Code(kind=kind, name=root.text, confidence=0.6)
        role_codes = code_phrase(matches, matches[-1], date=self.date) if matches else []
        if role_codes:
            first = role_codes[0]
            code.country, code.sector, code.has_country = first.country, first.sector, \
                first.has_country
            code.role = first.role
            if first.kind == "role" and first.country == UNKNOWN:
                code.has_country = False
        code.key = ("entity", kind, root.text.lower(), code.country)
        return code

    def _complete(self, code: Code, root: Token, matches: list[Match]) -> None:
        """Fill a missing country from apposition, a PP, a possessor, coreference or context."""
        if self.words[root.i] in RELATIONAL and any(c.dep_ == "poss" for c in root.children):
            return  # "its treaty ally", "their neighbours": another state than the possessor's
        country = self._appos_country(root) or self._possessor_country(root, matches) or \
            self._affiliation_country(root)
        if not country and (code.kind != "person" or any(
                self.words[c.i] in ("from", "of") for c in root.children)):
            # A person "in Sofia" is only there; one "from Calgary" comes from there.
            cue = self._pp_cue(root)
            if cue is not None:
                country = cue.entry(self.date)[0].country
                code.span_end = cue.char_end  # "Rebels in the Ivory Coast" is the evidence
        if country:
            code.country, code.has_country = country, True
            if code.kind == "role":
                # "forces by America" ... "the army chief said his forces": a country the
                # phrase itself gives keeps the two apart
                code.key = ("role", code.role, code.country, code.sector)
            return
        if code.kind == "people":
            if not code.has_country:
                code.country = self._context_country(root, exclude=code.country) or code.country
                code.has_country = code.country != UNKNOWN
            return
        if code.sector == "" and self.words[root.i] in GROUP_WORDS and \
                root.tag_ not in PLURAL_TAGS and self.words[root.left_edge.i] == "the" and \
                self._named_group(code, root, recent=True):
            return  # "targeted a Hamas commander ... and accused the group of"
        if code.role and self.words[root.left_edge.i] in DEFINITE and \
                root.tag_ not in PLURAL_TAGS and self._named_body(code, root):
            return
        if code.role and self.words[root.left_edge.i] in DEFINITE:
            plural = root.tag_ in PLURAL_TAGS
            for found in reversed(self.found):
                if found.code.has_country and code.role in found.roles and \
                        found.plural == plural:
                    code.country, code.has_country = found.code.country, True
                    code.key = found.code.key  # "the regime" is the Iranian regime
                    return
                if found.code.has_country and code.role in found.modifier_roles:
                    code.country, code.has_country = found.code.country, True
                    return  # "the group" after "the group's leaders": same side, not them
        if code.kind == "person" and not code.role and self._named_after_role(code, root):
            return
        if code.sector in ARMED_SECTORS and root.tag_ not in PLURAL_TAGS and \
                self.words[root.left_edge.i] in DEFINITE and self._named_group(code, root):
            return
        if self.words[root.i] in MANY_STATES and code.sector not in NONSTATE_SIDES or \
                self.words[root.i] in PAIRED_OFFICES and any(
                self.words[c.i] in ("both", "two") for c in root.lefts):
            members = self._listed_before(root) if any(
                self.words[c.i] in REFERRING_DETERMINERS or c.dep_ == "nummod"
                for c in root.lefts) else ()
            if len(members) > 1:
                # "Australia, Canada and the United States offered ... those countries"
                code.members = members
                code.key = ("role", code.role, *members, code.sector)
            return
        if code.sector in ("UNK", "") or (code.kind != "role" and not code.role) or any(
                self.words[c.i] in STATELESS for c in root.lefts):
            return
        country = None
        if code.role and code.sector in STATE_SECTORS and root.tag_ not in PLURAL_TAGS \
                and self.words[root.left_edge.i] in DEFINITE:
            country = self._clause_country(root)
        country = country or self._context_country(
            root, own_clause=code.sector not in OFFICE_SECTORS)
        if country:
            code.country, code.has_country, code.confidence = country, True, 0.4

    def _named_body(self, code: Code, root: Token) -> bool:
        """"the council", "the agency", "the court": the body last named with that word
        at the end of its name ("the U.N. Security Council", "the International Atomic
        Energy Agency"), if any."""
        word = self.words[root.i].replace("organis", "organiz")
        for found in reversed(self.found):
            name = normalise(found.code.name or "").replace("organis", "organiz").split()
            if found.first_token < root.i and found.code.kind in ("igo", "organisation") \
                    and name and name[-1] == word and found.code.has_country:
                code.country, code.has_country = found.code.country, True
                code.sector, code.key = found.code.sector, found.code.key
                return True
        kinds = GENERIC_BODIES.get(word)
        if kinds is None or any(c.dep_ in ("amod", "compound") for c in root.children):
            return False  # "the rebel group" is any rebel group, "the group" the one named
        # "Hamas released three hostages. The group said ...": the body of that kind named in
        # this or the two sentences before
        body = self._body_before(kinds, root.i, sentences=2)
        if body is None:
            return False
        code.country, code.has_country = body.code.country, True
        code.sector, code.key = body.code.sector, body.code.key
        return True

    def _counted_group(self, code: Code, root: Token) -> None:
        """"Britain, France and Germany ... the three European countries": a counted group
        with a regional modifier is the list of that many states named just before."""
        count = next((COUNTS.get(self.words[c.i]) for c in root.lefts if c.dep_ == "nummod"),
                     None)
        if count is None or self.words[root.left_edge.i] not in REFERRING_DETERMINERS:
            return
        members = self._listed_before(root)
        if len(members) == count:
            code.kind, code.country, code.has_country = "role", UNKNOWN, False
            code.members = members
            code.key = ("role", code.role, *members, code.sector)

    def _listed_before(self, root: Token) -> tuple[str, ...]:
        """The states of the latest list of states ("Russia and North Korea") in this or the
        two sentences before `root`."""
        sent = self._sent(root.i)
        both = any(self.words[c.i] in ("both", "two") for c in root.lefts)
        counted = next((NUMBER_WORDS[self.words[c.i]] for c in root.lefts
                        if self.words[c.i] in NUMBER_WORDS), None)
        for i in range(root.i - 1, -1, -1):
            if sent - self._sent(i) > 2:
                break
            token = self.doc[i]
            found = self.by_root.get(i)
            if found is None or found.code.kind not in SIDE_LIST_KINDS or token.dep_ != "conj":
                continue
            first = token
            while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                first = first.head  # ("Mali, Burkina Faso and Niger" parsed with an appos)
            listed = [first, *first.conjuncts]
            listed += [t for a in first.children if a.dep_ == "appos" for t in (a, *a.conjuncts)]
            states = [self.by_root.get(t.i) for t in listed]
            # ("between Israel and Hamas": a state and an armed group are sides too)
            countries = tuple(dict.fromkeys(f.code.country for f in states if f is not None
                                            and f.code.kind in SIDE_LIST_KINDS
                                            and f.code.country not in ("", UNKNOWN)))
            if counted is not None and len(countries) != counted:
                continue  # "the three countries" are not the two named last
            if len(countries) > 1 and not (both and self._own_country(root) in countries):
                return countries  # (Spain, listed among exporters, "urged both sides")
        if both:
            return self._two_main_sides(root) or self._two_latest_states(root)
        return ()

    def _own_country(self, root: Token) -> str:
        """The country of the subject speaking of a group later in its sentence."""
        verb = _clause_head(root)
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "said Madrid was calm and urged both sides": the sayer's
            subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "which", "that") and \
                verb.dep_ == "relcl":
            subject = verb.head  # "Trump, who praised both leaders"
        found = self.by_root.get(subject.i) if subject is not None else None
        if found is None and subject is not None and subject.lower_ in ("he", "she", "they") \
                and verb.dep_ == "ccomp" and verb.head.i != verb.i:
            # "Anwar said he had spoken to both prime ministers": the sayer's
            said = next((t for t in verb.head.children if t.dep_ == "nsubj"), None)
            found = self.by_root.get(said.i) if said is not None else None
        return found.code.country if found is not None else ""

    def _two_main_sides(self, root: Token) -> tuple[str, ...]:
        """"urged both sides to find a negotiated solution", with no list just before: the two
        sides the story has named most so far (states, their bodies, blocs), other than the
        speaker's own."""
        own = self._own_country(root)
        counts: Counter[str] = Counter()
        latest: dict[str, int] = {}
        camps: dict[str, set[str]] = {}
        for found in self.found:
            code = found.code
            if code.country in ("", UNKNOWN, own) or code.country in SIDELESS:
                continue
            before = [start for start, end in found.mentions if start < root.idx
                      and not self._venue(start, end)]
            if before and code.sector in STATE_SIDE | CHALLENGER_SIDE:
                camps.setdefault(code.country, set()).add(
                    "state" if code.sector in STATE_SIDE else "challenger")
            if not (code.kind in SIDE_KINDS or code.sector in OFFICE_SECTORS):
                continue
            counts[code.country] += len(before)
            if before:
                latest[code.country] = max(latest.get(code.country, 0), *before)
        ranked = sorted((c for c in counts if counts[c]),
                        key=lambda c: (counts[c], latest[c]), reverse=True)
        if len(ranked) == 1 and {"state", "challenger"} <= camps.get(ranked[0], set()):
            # "the army and the RSF ... press both sides": the two camps of a civil war, where
            # no other state is a side
            return ranked[0], ranked[0]
        if len(ranked) < 2 or len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]:
            return ()  # no two sides stand out
        return tuple(ranked[:2])

    def _venue(self, start: int, end: int) -> bool:
        """Whether the mention at these character offsets only says where ("talks in
        Switzerland"): no side in what happens there."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and self._place_only(span.root)

    def _place_only(self, head: Token) -> bool:
        """Whether a name is the object of a preposition of place ("in Switzerland")."""
        return head.dep_ == "pobj" and self.words[head.head.i] in VENUE_PREPS

    def _two_latest_states(self, root: Token) -> tuple[str, ...]:
        """"thanked both countries", "urged both sides" with no list before: the two states
        named last in this or the two sentences before, other than the speaker's own."""
        sent = self._sent(root.i)
        own = self._own_country(root)
        latest: list[str] = []
        for start, end, cue_sent, country in reversed(self._state_cues()):
            if start < root.i and 0 <= sent - cue_sent <= 2 and country != own and \
                    country not in latest and not self._place_only(self.doc[end - 1]):
                latest.append(country)
        return tuple(latest[:2]) if len(latest) >= 2 else ()

    def _named_group(self, code: Code, root: Token, *, recent: bool = False) -> bool:
        """"the terror group", "the militia": the armed group last named before it, if any
        (news names a group, then refers back to it by kind, not by a state); with `recent`,
        only one named in this or the two sentences before ("the group")."""
        named = [m for m in self.matches if m.named and not m.blocked and m.end <= root.i
                 and m.entry(self.date)[0].kind == "group"
                 and (not recent or self._sent(root.i) - self._sent(m.start) <= 2)]
        if not named:
            return False
        entry, _ = named[-1].entry(self.date)
        if entry.country == UNKNOWN or (entry.country not in NONSTATE and
                                        entry.sector not in ARMED_SECTORS):
            return False
        code.country, code.has_country = entry.country, True
        code.sector = "" if entry.country in NONSTATE else entry.sector
        code.key = _identity(entry)  # one actor with the group it refers back to
        return True

    def _home_state(self, code: Code, root: Token) -> None:
        """An organisation noun whose state a PP or possessor names is that state's SOC."""
        country = self._possessor_country(root, []) or self._named_country_pp(root)
        if country:
            code.country, code.sector = country, "SOC"
            code.key = ("role", code.role, code.country, code.sector)

    def _named_country_pp(self, root: Token) -> str | None:
        cue = self._pp_cue(root)
        return cue.entry(self.date)[0].country if cue is not None else None

    def _appos_country(self, root: Token) -> str | None:
        for other in [*(c for c in root.children if c.dep_ == "appos"),
                      *([_described(root)] if root.dep_ == "appos" else [])]:
            found = self.by_root.get(other.i)
            if found is not None and found.code.has_country:
                return found.code.country
            for tok in (other, *(c for c in other.children if c.dep_ in ("poss", "compound"))):
                country = self._named_country(tok.i)  # "Doug Ford, Ontario's premier"
                if country:
                    return country
        return None

    def _affiliation_country(self, root: Token) -> str | None:
        """"fighters linked to al Qaeda", "gunmen loyal to Bashar al-Assad": the side named."""
        for link in root.children:
            if link.dep_ not in ("acl", "amod") or link.lemma_.lower() not in AFFILIATIONS:
                continue
            for prep in link.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    for t in prep.subtree:
                        country = self._named_country(t.i)
                        if country:
                            return country
        return None

    def _named_country(self, i: int) -> str | None:
        m = self.owner.get(i)
        if m is None or not m.named or m.blocked:
            return None
        entry, _ = m.entry(self.date)
        return entry.country if entry.country != UNKNOWN else None

    def _pp_cue(self, root: Token) -> Match | None:
        """"rebels in Darfur", "refugees fleeing the war in Liberia": a place to the right."""
        frontier = [c for c in root.children if c.i > root.i and c.dep_ not in PP_STOP]
        for _ in range(4):
            nxt = []
            for tok in frontier:
                if tok.dep_ == "prep" and self.words[tok.i] not in ("in", "of", "from", "at",
                                                                      "near", "inside", "to",
                                                                      "throughout", "across") \
                        and not (self.words[tok.i] == "on" and any(
                            c.lemma_.lower() in GROUND_NOUNS for c in tok.children)):
                    continue  # (but "militants on Afghan soil" are there)
                country = self._named_country(tok.i)
                if country and country not in NONSTATE:
                    return self.owner[tok.i]
                nxt += [c for c in tok.children if c.dep_ not in PP_STOP]
            frontier = nxt
        return None

    def _clause_country(self, root: Token) -> str | None:
        """Whose "the government" or "the president" an unqualified institution is.

        "Philippine lawmakers urged the government": a domestic actor petitioning an institution
        petitions its own; "..., but the president has not agreed": the same sentence's
        government, already resolved, is the one meant.
        """
        verb = root.head
        while verb.dep_ in ("prep", "pobj", "dobj", "dative") and verb.head is not verb:
            verb = verb.head
        if root.dep_ in ("dobj", "pobj", "dative", "nsubjpass") or verb is not root.head:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                found = self.by_root.get(subj.i)
                if found is not None and found.code.has_country and \
                        found.code.sector in DOMESTIC_SECTORS and \
                        found.code.country not in NONSTATE:
                    return found.code.country
        sent = self._sent(root.i)
        for found in reversed(self.found):
            if found.last_token >= root.i or self._sent(found.last_token) != sent:
                continue
            if found.code.kind == "role" and not found.plural and found.code.has_country and \
                    found.code.sector in STATE_SECTORS and found.code.country not in NONSTATE \
                    and not self._posted_to_state(found):
                return found.code.country  # (but "withdrew its ambassador from Niger after
                # the junta demanded": an envoy to another state is not the government meant)
        return None

    def _posted_to_state(self, found: Found) -> bool:
        """"its ambassador from Niger", "Japan's ambassador to Sierra Leone": an envoy the
        phrase places in another state (not "Israel's ambassador to the United Nations")."""
        if found.code.role in MISSION_NOUNS:
            return True  # "Japan's embassy said it had asked the junta": the host's junta
        if found.code.role not in POSTED_ABROAD:
            return False
        envoy = self.doc[found.last_token]
        return any(p.dep_ == "prep" and self.words[p.i] in ("to", "from", "in") and any(
            self._named_country(o.i) not in (None, *NONSTATE)
            for o in p.children if o.dep_ == "pobj") for p in envoy.children)

    def _state_cues(self) -> list[tuple[int, int, int, str]]:
        """(start, end, sentence, country) of every state the article names, built once; a
        state of the past ("post-Soviet") is no context for who acts today, nor is the home of
        the news agency of a dateline ("TBILISI (Reuters) -")."""
        if self._cues is None:
            self._cues = [(m.start, m.end, self._sent(m.start), m.aliases[0].entry.country)
                          for m in self.matches if m.named and not m.blocked
                          and m.aliases[0].entry.kind in STATE_CUES
                          and m.aliases[0].entry.country not in NONSTATE
                          and m.aliases[0].entry.country not in DISSOLVED_STATES
                          and not (m.aliases[0].entry.sector == "JRN"
                                   and self._bracketed(m.start, m.end))]
        return self._cues

    def _bracketed(self, start: int, end: int) -> bool:
        doc = self.doc
        return start > 0 and doc[start - 1].text == "(" and end < len(doc) and \
            doc[end].text == ")"

    def _context_country(self, root: Token, *, exclude: str = "",
                         own_clause: bool = False) -> str | None:
        """The nearest state named in the sentence, else the article's most named state."""
        sent = self._sent(root.i)
        best: tuple[int, str] | None = None
        counts: Counter[str] = Counter()
        in_sentence: set[str] = set()
        best_right = False
        for start, end, cue_sent, country in self._state_cues():
            if country == exclude:
                continue
            counts[country] += 1
            if cue_sent == sent and not start <= root.i < end and \
                    not _owns_mission(self.doc[end - 1]):
                in_sentence.add(country)
                distance = abs(start - root.i)
                if best is None or distance < best[0]:
                    best = (distance, country)
                    best_right = start > root.i
        top = counts.most_common(2)
        dominant = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
        if best is not None and (best[0] <= 2 and not best_right or best[0] <= 1):
            return best[1]  # right beside it: a modifier the parse did not attach
        if dominant in in_sentence:
            return dominant  # "the military" in a Pakistan story that mentions Washington
        if own_clause and best is not None:
            clause = _clause_head(root).i
            beside = [(abs(start - root.i), country) for start, end, cue_sent, country
                      in self._state_cues() if cue_sent == sent and country != exclude
                      and not start <= root.i < end and start < root.i
                      and _clause_head(self.doc[start]).i == clause]
            if beside and best[1] != min(beside)[1]:
                # "A Hong Kong court convicted 14 activists, and Britain's foreign secretary
                # ...": the state named in the activists' own clause, not the nearer one
                return min(beside)[1]
        if best is not None and dominant is not None and best_right:
            return dominant  # "Health Minister Demby thanked Tokyo": Tokyo is the other side
        if best is not None:
            return best[1]
        return dominant or (top[0][0] if top else None)

    # --- bookkeeping ----------------------------------------------------------------------
    def _add(self, code: Code, mention: tuple[int, int], root: Token, first_token: int,
             matches: list[Match] | None = None) -> None:
        found = self.by_key.get(code.key) if code.key else None
        appos = _described(root) if root.dep_ == "appos" and not _listed(root) else None
        if found is None and appos is not None:
            found = self.by_root.get(appos.i)
            if found is not None and found.code.has_country and code.has_country and \
                    found.code.country != code.country:
                found = None  # "Europe, the Korean Peninsula": a list, not one actor
            if found is not None:
                _merge(found.code, code)
        if found is None:
            found = Found(code, first_token=first_token, plural=root.tag_ in PLURAL_TAGS)
            self.found.append(found)
        if code.key:
            self.by_key.setdefault(code.key, found)
        found.mentions.append(mention)
        found.last_token = max(found.last_token, root.i)
        if code.role:
            found.roles.add(code.role)
        for m in matches or ():
            if not m.named and not m.start <= root.i < m.end:
                found.modifier_roles.add(self.doc[m.end - 1].lemma_.lower())
        if code.kind == "person" or root.pos_ == "PROPN" and (
                root.ent_type_ == "PERSON" or code.kind == "role" or code.role):
            # "former DP Rigathi Gachagua" is coded from its role, but is still a person
            found.surnames.add(self.words[root.i])
            if found.code.name:
                found.surnames.add(normalise(found.code.name.split()[-1]))
            given = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.ent_type_ == "PERSON" and c.i == root.i - 1]
            if given:
                # "Liu Dejun" ... "Liu": a family name written first (Chinese, Korean,
                # Vietnamese, Hungarian names) is also how the story refers back
                found.family_names.add(self.words[given[0].i])
        if root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i and \
                (code.kind == "role" or code.role):
            # "former Kurdish lawmaker Leyla Demir": the title's name, for a later "Demir"
            found.surnames.add(self.words[root.head.i])
        self.by_root[root.i] = found

    def _actors(self) -> list[Actor]:
        actors = []
        for n, found in enumerate(sorted(self.found, key=lambda f: min(f.mentions)), start=1):
            code = found.code
            mentions = sorted(set(found.mentions))
            start, end = mentions[0]
            actors.append(Actor(
                id=f"A{n}", text=self.doc.text[start:end], start=start, end=end,
                country=code.country, sector=code.sector, name=code.name or code.role,
                code=cameo_code(code.country, code.sector),
                kind="group" if code.kind == "people" else code.kind,
                members=list(code.members), mentions=[list(m) for m in mentions],
                confidence=round(code.confidence, 2)))
        return actors


# Verbs whose "it" subject is no one: "it is", "it seems", "it remains to be seen".
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "happen", "mean", "make",
                            "matter", "become", "look", "sound", "follow", "come", "go"})


POSTED_ABROAD = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "charge",
                           "emissary", "chargé d'affaires", "charge d'affaires"})
SIDE_LIST_KINDS = frozenset({"state", "group"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
GROUP_WORDS = frozenset({"group", "movement", "faction", "organization", "organisation"})
# "opposition leaders", "rebel leaders": one country's, unlike "the leaders" of states.
NONSTATE_SIDES = frozenset({"OPP", "REB", "UAF", "CVL", "SOC", "LAB", "EDU", "REL", "MED",
                            "BUS", "JRN", "CRM", "REF"})
# Where talks or a war take place names no side in them.
VENUE_PREPS = frozenset({"in", "at", "near", "inside", "throughout", "across"})
# The camps of a civil war: the state's forces and those who fight or oppose them.
STATE_SIDE = frozenset({"GOV", "MIL", "COP"})
CHALLENGER_SIDE = frozenset({"REB", "OPP", "UAF", "PRM"})
# A foreign state's mission stands in another state, and its flag is burned there: "protesters
# outside the Israeli embassy in Tehran", "burned the Israeli flag" are not Israelis.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "flag"})


def _owns_mission(token: Token) -> bool:
    if token.dep_ == "case":
        token = token.head  # "Japan's embassy": the name, not its "'s"
    return token.dep_ in ("amod", "compound", "poss") and token.head.lemma_.lower() in MISSION_NOUNS


def _body_pronoun(token: Token) -> bool:
    """"... the UAE foreign ministry said. It thanked both governments": a sentence-opening
    "It" that acts."""
    return token.lower_ == "it" and token.pos_ == "PRON" and token.dep_ == "nsubj" and \
        token.i == token.sent.start and token.head.pos_ == "VERB" and \
        token.head.lemma_.lower() not in DUMMY_IT_VERBS


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token stands in."""
    while token.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "xcomp",
                             "parataxis") or token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def _described(root: Token) -> Token:
    """What an apposition describes: its head, except that a person the parser hangs on a
    place ("the EU's envoy for talks between Belgrade and Pristina, Peter Sorensen") is the
    noun that place is a complement of."""
    head = root.head
    if root.ent_type_ != "PERSON" or head.ent_type_ not in ("GPE", "LOC"):
        return head
    owner = head
    for _ in range(6):
        if owner.dep_ not in ("pobj", "conj", "prep") or owner.head.i == owner.i:
            break
        owner = owner.head
    return owner if owner.pos_ == "NOUN" and owner.i != head.i else head


def _listed(root: Token) -> bool:
    """"Greece, Panama and South Korea": an "apposition" that starts a list is a list item."""
    return root.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN"
                                        for c in root.children)


def _merge(into: Code, other: Code) -> None:
    """Merge an apposition into the actor it describes; a named entry is the more reliable."""
    if other.kind in ("person", "organisation", "group", "igo") and into.kind == "role" \
            and other.has_country:
        into.kind, into.name, into.key = other.kind, other.name, other.key
        into.country, into.has_country = other.country, True
        into.sector = other.sector or into.sector  # "A member of parliament, Mohammed Mamoun"
        return
    if not into.has_country and other.has_country:
        into.country, into.has_country = other.country, True
    if not into.sector and other.sector and into.kind != "state":
        into.sector = other.sector


def cameo_code(country: str, sector: str) -> str:
    """The CAMEO-style code chain: country (UN and EU as IGO sub-codes) then sector."""
    prefix = {"UNO": "IGOUNO", "EUR": "IGOEEC", UNKNOWN: ""}.get(country, country)
    return prefix + sector or UNKNOWN
