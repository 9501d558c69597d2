"""Appraisals: "X called Y's comments 'egregious'", "said the deal is a positive step".

Naming something with a judging word is criticism (ACCUSE disapprove) or praise (SUPPORT);
neutral naming ("called it a meeting") is no event. The judged party is the object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import dependents, named_as
from .lexicon import Coding, TriggerEntry
from .modality import SPEECH_VERBS
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Bodies that judge: "the Working Group determined that his detention is arbitrary".
FINDING_VERBS = frozenset({"determine", "find", "rule", "deem", "judge", "consider"})
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "denounce"})
NEGATIVE_WORDS = frozenset({
    "arbitrary", "egregious", "insulting", "unfair", "inhumane", "illegal", "unlawful",
    "baseless", "groundless", "unacceptable", "outrageous", "provocation", "provocative",
    "irresponsible", "dangerous", "reckless", "shameful", "disgraceful", "absurd", "ridiculous",
    "blatant", "criminal", "terrorist", "terrorism", "aggression", "aggressor", "violation",
    "lie", "false", "fake", "hypocritical", "hypocrisy", "barbaric", "brutal", "atrocity",
    "genocide", "weaponization", "travesty", "unjust", "illegitimate", "threat", "destabilizing",
    "hostile", "unprovoked", "cruel", "corrupt", "shame", "disaster", "farce", "sham",
    "appalling", "deplorable", "despicable", "heinous", "unconstitutional", "abuse",
    "responsible", "culpable", "liar", "dictator", "tyrant", "murderer", "thief", "thug",
    "puppet", "traitor", "fascist", "nazi", "butcher", "warmonger", "gangster", "bully",
    "racist", "extremist", "aggressive", "lawless", "rogue", "bullying", "coercion",
    "intimidation", "blackmail", "interference", "meddling", "piracy", "invasion", "setback",
    "crime", "crimes", "massacre", "unilateral", "unjustified", "unfounded", "unwarranted",
    "distraction", "biased", "witch", "regrettable", "counterproductive", "destructive",
    "irrational", "ultimatum", "coercive", "hostage", "rehearsal", "politicised", "politicized",
    "disproportionate", "excessive", "repressive", "authoritarian", "undemocratic",
    "anti-democratic", "persecution", "harassment", "retaliation", "revenge", "rigged",
    "fraudulent", "fraud", "escalation", "escalatory", "inflammatory", "cynical", "senseless",
    "cowardly", "terror", "outrage", "insult", "disgrace", "betrayal", "mockery", "troubling",
    "alarming", "vindictive", "oppressive", "draconian", "discriminatory", "abhorrent",
    "monstrous", "savage", "vile", "treacherous", "war-mongering", "occupier",
    "occupation", "annexation", "plunder", "looting", "lawfare", "sabotage", "espionage",
    "subversion", "destabilization", "destabilisation", "coup", "politically"})
NEGATIVE_PHRASES = ("act of war", "collective punishment", "war crime", "state terrorism",
                    "pressure tactic", "recipe for", "crossed a line", "crosses a line",
                    "step backward", "step backwards", "new low")
POSITIVE_WORDS = frozenset({
    "positive", "good", "welcome", "historic", "constructive", "productive", "encouraging",
    "breakthrough", "success", "successful", "hero", "friend", "ally", "partner", "milestone",
    "victory", "fair", "courageous", "brave", "visionary", "excellent", "important"})
CRITICISM = TriggerEntry(("call",), "V", Coding("ACCUSE", "disapprove", "111"), frozenset(),
                         None)
# "described the allegations as groundless": calling a charge false is a denial of it.
CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "report", "assertion"})
DENIAL_WORDS = frozenset({"baseless", "groundless", "false", "fake", "lie", "unfounded",
                          "fabricated", "fabrication", "absurd", "ridiculous", "nonsense",
                          "untrue", "slander", "slanderous", "smear", "disinformation",
                          "propaganda", "fiction"})
DENIAL = TriggerEntry(("call",), "V", Coding("REJECT", None, "120"), frozenset(), None)
PRAISE = TriggerEntry(("call",), "V", Coding("SUPPORT", None, "051"), frozenset(), None)
# "X said the agreements are a positive reminder": only with a named party judged.
# ("clause": the party judged is in the reported clause; "told VOA" names the audience.)
SAID_CRITICISM = TriggerEntry(("say",), "V", Coding("ACCUSE", "disapprove", "111"),
                              frozenset({"rcpt", "clause"}), None)
SAID_PRAISE = TriggerEntry(("say",), "V", Coding("SUPPORT", None, "051"),
                           frozenset({"rcpt", "clause"}), None)


# "The judiciary said the men had smuggled equipment", "said the ship had illegally
# intruded": a reported wrongdoing that is no event of its own is the speaker's allegation.
WRONGDOING_VERBS = frozenset({
    "violate", "breach", "intrude", "smuggle", "manipulate", "rig", "interfere", "meddle",
    "orchestrate", "mastermind", "spy", "incite", "fabricate", "lie", "harbor", "harbour",
    "sponsor", "finance", "bribe", "steal", "loot", "embezzle", "launder", "traffic",
    "collude", "conspire", "sabotage", "mistreat", "cover", "obstruct", "undermine",
    "destabilize", "destabilise", "provoke", "mislead", "deceive", "plunder", "falsify",
    "infiltrate", "trespass", "encroach", "exploit", "extort", "defraud", "persecute",
    "discriminate", "massacre", "cheat"})
SAID_WRONGDOING = TriggerEntry(("say",), "V", Coding("ACCUSE", "allege", "112"),
                               frozenset({"rcpt", "clause"}), None)


def _said_wrongdoing(verb: Token, taken: set[int]) -> bool:
    """Whether a speech verb reports, in an affirmative clause of its own with a subject, a
    wrongdoing that no trigger codes ("said the Philippine ship had illegally intruded")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i in taken or \
                any(c.dep_ == "neg" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.lemma_.lower() in WRONGDOING_VERBS and subject is not None and any(
                t.ent_type_ in PARTY_ENTS for t in subject.subtree):
            return True  # (a named side: not "said the rules violate the union's spirit")
    return False


def _complement(verb: Token) -> Token | None:
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if predicates:
        return predicates[-1]  # "called Trump a liar" may parse both as predicates
    objects = dependents(verb, {"dobj"})
    for c in [*verb.children, *(g for o in objects for g in o.children)]:
        if c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_ != "call":
            # "described the allegations as groundless" may hang "as" on the object
            return next((g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    if verb.lemma_ == "call" and len(objects) == 1 and verb.dep_ == "relcl":
        return objects[0]  # "a move Georgetown called a provocation": the move is named
    if verb.lemma_ == "call" and objects:
        trailing = next((c for c in objects[0].children if c.dep_ in ("acl", "amod")
                         and c.i > objects[0].i
                         and c.lower_ in DENIAL_WORDS | NEGATIVE_WORDS), None)
        return named_as(objects[0]) or trailing  # 'called that claim "fabricated"'

    if verb.lemma_ == "call":
        # "called Israel's move a violation", parsed as a clause headed by the noun "move"
        for c in verb.children:
            if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN"):
                return next(iter(dependents(c, {"dobj", "attr"})), None)
            if c.dep_ == "ccomp" and c.lower_ in DENIAL_WORDS | NEGATIVE_WORDS and \
                    dependents(c, {"nsubj"}):
                return c  # "called that claim fabricated", parsed as "the claim fabricated"
    return None


def _judged(complement: Token) -> int:
    """-1 for a judging word of blame in the phrase, 1 for praise, 0 for none."""
    words = {t.lemma_.lower() for t in complement.subtree} | \
        {t.lower_ for t in complement.subtree}
    text = " ".join(t.lower_ for t in complement.subtree)
    if words & (NEGATIVE_WORDS | DENIAL_WORDS) or \
            any(phrase in text for phrase in NEGATIVE_PHRASES):
        return -1
    return 1 if words & POSITIVE_WORDS else 0


def copular_predicate(clause: Token) -> Token | None:
    """The predicate of an affirmative "X is <phrase>" clause; None for "is not the aggressor"
    or for any other verb."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)


def _said_judgement(verb: Token) -> Token | None:
    """The predicate of "X said Y is <judging phrase>", if the verb reports one."""
    if verb.lemma_.lower() not in SPEECH_VERBS | FINDING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            continue  # "is not the aggressor"
        if clause.lemma_ == "be":
            return copular_predicate(clause)
        if clause.lemma_ in ("involve", "implicate", "engage") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in PARTY_ENTS
                for c in clause.children):
            # "Berisha was involved in corrupt acts": the clause, without its subject
            return next((c for c in clause.children if c.dep_ == "prep"), None)
    return None


def judged_subject(verb: Token) -> Token | None:
    """"warned that cooperation between Russia and North Korea is dangerous, illegal": the
    subject of a reported clause that only judges (no consequence is threatened)."""
    for clause in verb.children:
        predicate = copular_predicate(clause) if clause.dep_ == "ccomp" else None
        if predicate is not None and _judged(predicate) < 0:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
            if subject is not None and subject.dep_ == "csubj":
                # "that expanding military cooperation between ... is dangerous"
                subject = next((c for c in subject.children if c.dep_ == "dobj"), None)
            return subject
    return None


def _said_false(verb: Token) -> bool:
    """"told reporters that Ukrainian claims of civilian deaths were 'propaganda'": a
    charge said to be false is denied."""
    subject = judged_subject(verb)
    predicate = next((copular_predicate(c) for c in verb.children if c.dep_ == "ccomp"
                      and copular_predicate(c) is not None), None)
    if subject is None or predicate is None or subject.lemma_.lower() not in CHARGE_NOUNS:
        return False
    words = {t.lemma_.lower() for t in predicate.subtree} | {t.lower_ for t in predicate.subtree}
    return bool(words & DENIAL_WORDS)


def _denies(verb: Token, complement: Token) -> bool:
    """Whether naming a charge with a word of falsehood denies it."""
    named = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
        next((c for c in complement.children if c.dep_ == "nsubj"
              and complement.dep_ == "ccomp"), None) or \
        (verb.head if verb.dep_ in ("relcl", "acl") else None)  # "a charge Yerevan called
    # baseless"
    words = {t.lemma_.lower() for t in complement.subtree} | \
        {t.lower_ for t in complement.subtree}
    return named is not None and named.lemma_.lower() in CHARGE_NOUNS and \
        bool(words & DENIAL_WORDS)


def find_appraisals(sent: Span, taken: set[int]) -> list[Trigger]:
    """Naming verbs and reports with a judging complement, except where a trigger sits."""
    found = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken:
            continue
        said = False
        complement = _complement(token) if token.lemma_.lower() in NAMING_VERBS else None
        if complement is None:
            complement, said = _said_judgement(token), True
        if complement is None:
            if _said_wrongdoing(token, taken):
                found.append(Trigger(SAID_WRONGDOING, token, [token]))
            continue
        judged = _judged(complement)
        if judged < 0 and not said and _denies(token, complement) or \
                judged < 0 and said and _said_false(token):
            found.append(Trigger(DENIAL, token, [token]))
        elif judged < 0:
            found.append(Trigger(SAID_CRITICISM if said else CRITICISM, token, [token]))
        elif judged > 0:
            found.append(Trigger(SAID_PRAISE if said else PRAISE, token, [token]))
    return found
