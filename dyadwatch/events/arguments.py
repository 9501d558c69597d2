"""Who did it and to whom: actor and recipient heads of a trigger from the dependency parse.

Handles active and passive voice, by-agents, prepositional and dative recipients, conjuncts,
subjects inherited through xcomp/conj/advcl chains, relative clauses, participles, and the
possessors, modifiers and support verbs of nominal triggers ("Iran's attack on", "staged a
hunger strike", "U.S. sanctions on Iran").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dates import MONTHS, WEEKDAYS
from .triggers import NOUN_POS, VERB_POS, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Nouns for acts a clause may refer back to ("a charge Ukraine denied").
REFERRED_ACTS = frozenset({"charge", "accusation", "allegation", "claim", "call", "demand",
                           "request", "proposal", "offer", "appeal"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Prepositions that introduce the recipient of a verbal trigger, best first.
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "into", "upon", "toward", "towards",
                   "for", "from", "in")
PREPS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "to", "between"),
    "AID": ("to", "for", "into", "in"),
    "COOPERATE": ("with", "to"),
    "REQUEST": ("on", "upon", "to", "from", "of", "with"),
    "REJECT": ("from", "by", "of", "to"),
    "SUPPORT": ("to", "for", "of"),
    "AGREE": ("with", "to", "for"),
    "ACCUSE": ("against", "into", "of", "on", "at"),
    "THREATEN": ("against", "to", "with", "on", "for"),
    "SANCTION": ("on", "against", "from", "to", "with"),
    "COERCE": ("on", "against", "from"),
    "ASSAULT": ("on", "against", "at", "with", "toward", "towards", "into"),
    "PROTEST": ("against", "outside", "at", "to"),
    "MOBILIZE": ("to", "in", "into", "against", "near", "along", "with"),
    "RETREAT": ("from", "to", "on"),
    "CONCEDE": ("to", "on", "for"),
}
# What an adjective of feeling is about ("angry with Ankara", "concerned about Iran's").
ADJECTIVE_PREPS = ("with", "at", "about", "over", "by", "toward", "towards")
# Nouns of feeling in a verb+noun pattern, which take what the feeling is about
# ("expressed concern about China's drills").
FEELING_NOUNS = frozenset({"concern", "alarm", "outrage", "dismay", "regret"})
# Prepositions on the noun of a verb+noun pattern ("tighten the blockade of Serbia").
INSIDE_PREPS = ("of", "on", "against", "at", "to", "with", "for", "into", "toward", "towards")
# On a second verb of the pattern, "on"/"of"/"for" give a topic ("agreed to share information
# on missing people"), not a party.
VERB_INSIDE_PREPS = ("against", "at", "to", "with", "into")
# Nouns of a pattern whose "on"/"of" phrase is what they are about ("share intelligence on
# Russian drone production"), never a party.
INFORMATION_NOUNS = frozenset({"intelligence", "information", "data", "evidence", "expertise",
                               "detail", "experience", "knowledge"})
# For nominal triggers "the X of Y": is Y the doer (withdrawal of troops) or the target?
OF_IS_ACTOR = frozenset({"RETREAT", "MOBILIZE", "CONSULT", "AGREE", "REQUEST", "THREATEN",
                         "COOPERATE", "PROTEST"})
# Modes of attack named by the weapon, whose state modifier is the one who fires it.
ARMED_MODES = frozenset({"aerial", "drone", "heavy-weapons"})
# Verbs whose object is the weapon used, not the target ("detonated a car bomb").
MEANS_VERBS = frozenset({"detonate", "explode", "fire", "launch", "drop", "plant", "use"})
# Verbs whose object is what leaves: the party is the place it leaves ("from Chad").
WITHDRAW_VERBS = frozenset({"withdraw", "pull", "evacuate", "recall", "remove"})
# Verbs whose object is a topic, not a party ("discussed China's role").
TOPIC_VERBS = frozenset({"discuss", "negotiate", "debate", "consider", "review", "examine",
                         "study", "address"})
# Nouns of acts done to a person: "Navalny's arrest", "his killing" name the target.
PATIENT_NOUNS = frozenset({"killing", "murder", "arrest", "detention", "assassination",
                           "execution", "abduction", "kidnapping", "release", "conviction",
                           "death", "deportation", "extradition", "trial", "indictment",
                           "imprisonment", "torture", "expulsion", "acquittal", "capture"})
# Verbs whose subject undergoes the nominal event ("survived an attack", "faces trial").
# Verbs by which an act draws a reaction ("drew criticism from Beijing").
DRAWING_VERBS = frozenset({"draw", "attract", "earn", "elicit", "provoke", "prompt"})
UNDERGOER_VERBS = frozenset({"survive", "suffer", "face", "receive", "endure", "escape", "come",
                             "undergo", "sustain", "witness", "get", "win", "welcome",
                             "accept", "need"}) | DRAWING_VERBS
# Who hosts or brokers talks takes part in them as a third party ("talks hosted by Qatar").
CONVENING_VERBS = frozenset({"host", "mediate", "broker", "chair", "convene", "organize",
                             "organise", "sponsor", "facilitate"})
# Verbs whose subject takes part in a nominal event named by their prepositional object.
SUPPORT_VERBS = frozenset({"take", "join", "participate", "engage", "lead", "involve", "be",
                           "remain", "stay", "keep", "go", "put", "place", "continue", "play"})
# Verbs whose subject carries out the nominal event that is their object ("staged a protest").
# Promises made to someone, whose passive subject is the one promised ("was offered").
GIVING_PROMISES = frozenset({"promise", "offer", "guarantee", "assure"})
# Verbs of coming and going: "landed in Damascus for talks with Assad" held those talks.
TRAVEL_VERBS = frozenset({"arrive", "land", "travel", "fly", "come", "go", "head", "return",
                          "visit", "meet", "gather", "convene"})
LIGHT_VERBS = frozenset({
    "stage", "hold", "launch", "carry", "conduct", "fly", "impose", "begin", "start", "continue",
    "announce", "open", "make", "issue", "lodge", "file", "level", "mount", "wage", "order",
    "declare", "take", "give", "provide", "offer", "sign", "reach", "resume", "renew", "extend",
    "express", "voice", "deliver", "send", "grant", "join", "lead", "organize", "organise",
    "call", "unleash", "intensify", "step", "escalate", "expand", "tighten", "slap", "approve",
    "pass", "adopt", "introduce", "perform", "commit", "execute", "pursue", "press", "bring",
    "reiterate", "repeat", "restate", "maintain", "keep", "complete", "finish", "end",
    "host", "convene", "attend", "have", "set", "institute", "enforce", "lift", "orchestrate",
    "plan", "plot", "claim", "undertake", "mediate", "broker", "obtain", "secure", "wrap",
    "conclude", "reimpose", "toughen", "unveil"})
# ... or wields it ("used its veto").
USING_VERBS = frozenset({"use", "exercise", "cast", "wield", "invoke"})
AUTHORING = frozenset({"draft", "sponsor", "propose", "author", "table", "write"})
# Passives whose subject does what follows: "is set to visit", "is believed to have attacked".
RAISING_PASSIVES = frozenset({"set", "schedule", "due", "believe", "say",
                              "report", "slate", "poise", "think", "understand", "know",
                              "plan", "see", "tip", "bind"})
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
# Penalties whose modifier names who imposes them ("the U.S. tariffs"), not who bears them.
IMPOSED_NOUNS = frozenset({"tariff", "sanction", "levy", "embargo", "duty", "ban", "fine"})
# Texts that speak for their authors: "adopted a resolution that criticized Caracas",
# "issued a statement condemning the strikes" are the adopter's and the issuer's acts.
ISSUED_TEXTS = frozenset({"resolution", "statement", "declaration", "communique", "communiqué",
                            "letter", "note", "motion", "decree", "report"})
ISSUING_VERBS = frozenset({"adopt", "issue", "release", "publish", "pass", "approve", "send",
                           "deliver", "circulate", "draft", "sign", "post", "put"})
# ... and verbs whose subject carries out a sanction they raise ("raised tariffs on").
RAISING_VERBS = frozenset({"raise", "increase", "hike", "double", "triple"})


@dataclass
class ArgumentHeads:
    """Head tokens of the actor and recipient phrases (conjuncts expanded by the linker).

    `actor` / `recipient` are the preferred heads; `recipient_options` lists further candidate
    heads, best first, for when the preferred one names no actor ("confiscated weapons from
    armed groups": the object is a thing, the from-phrase the party).
    """

    actor: list[Token] = field(default_factory=list)
    recipient: list[Token] = field(default_factory=list)
    recipient_options: list[list[Token]] = field(default_factory=list)
    actor_options: list[list[Token]] = field(default_factory=list)
    complement_options: list[list[Token]] = field(default_factory=list)
    swapped: bool = False
    has_subject: bool = True

    def actor_candidates(self) -> list[list[Token]]:
        return [o for o in [self.actor, *self.actor_options] if o]

    def recipient_candidates(self) -> list[list[Token]]:
        return [o for o in [self.recipient, *self.recipient_options] if o]


def named_as(obj: Token) -> Token | None:
    """What an object is called when the parser hangs the name on it: 'called the strikes
    "an act of war"' (an apposition), 'called the expulsions "unilateral"' (a trailing
    adjective)."""
    return next((c for c in obj.children if c.i > obj.i and (
        c.dep_ == "appos" or c.dep_ == "amod" and c.pos_ == "ADJ")), None)


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    """Lemma lookup that survives lemmatiser slips ("staged" -> "stag")."""
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    lower = token.lower_
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                         ("s", "")):
        if lower.endswith(suffix) and lower[: -len(suffix)] + repl in words:
            return True
    return False


def dependents(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobj_of(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def misread_reference(verb: Token) -> tuple[Token, Token] | None:
    """(name, referring noun) of ", a charge Afghan foreign ministry spokesperson Abdul Qahar
    Balkhi rejected Thursday", which the parser reads as an apposition ending in the name and a
    past-tense verb hung on an earlier noun; None for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    while prev.dep_ == "advmod" and prev.i > 0:
        prev = verb.doc[prev.i - 1]  # "a charge New Delhi quickly rejected"
    name = prev
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.i != prev.i or name.pos_ not in ("PROPN", "NOUN") or name.i == verb.head.i:
        return None
    words = list(name.subtree)
    if len(words) < 3 or words[0].lower_ not in ("a", "an", "the") or \
            words[1].lemma_.lower() not in REFERRED_ACTS:
        return None
    return name, words[1]


# Schemes whose infinitive names the act schemed ("a plot to assassinate").
PLOT_NOUNS = frozenset({"plot", "scheme", "conspiracy", "attempt", "bid", "plan"})


def _relative_clause_host(verb: Token) -> Token | None:
    """The noun of "Oman, which has acted as a go-between for Washington and the Houthis,
    called on all sides to ...": the parser makes the noun the sentence's root and hangs the
    past-tense verb after the clause's closing comma on a word inside the clause; None for any
    other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0 or \
            verb.doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.pos_ not in ("PROPN", "NOUN") or root.i > verb.i:
        return None
    for clause in dependents(root, {"relcl"}):
        if clause.i < verb.i and (verb.head.i == clause.i or
                                  any(a.i == clause.i for a in verb.head.ancestors)):
            return root
    return None


def verb_subject(verb: Token, *, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject of a verb, inherited from governing verbs; returns (heads, is_patient)."""
    subj = dependents(verb, SUBJECT_DEPS)
    if len(subj) > 1 and lemma_in(subj[0], REFERRED_ACTS):
        subj = subj[1:]  # ", a charge the IAEA has rejected", parsed with two subjects
    absolute = _absolute_subject(verb) if not subj else None
    if absolute is not None:
        return [absolute], False  # "..., with Britain, France and Germany warning that"
    if subj:
        head = subj[0]
        named = dependents(head, {"appos"})
        if named and head.lemma_.lower() in REFERRED_ACTS and named[0].ent_type_:
            return named[:1], False  # "a charge Ukraine denied", read as an apposition
        if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head], False
        if verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "mark" and c.lower_ == "with"
                                               for c in verb.children):
            return [head], True  # "with thousands of websites blocked": what is blocked
        if len(subj) > 1 and subj[1].i < verb.i and any(
                c.dep_ == "cc" and c.lower_ == "and" and c.i + 1 == subj[1].left_edge.i
                for c in head.children):
            # a misparse of "President Lee Jae-myung and Prime Minister Shigeru Ishiba
            # agreed": two subjects, the second not a conjunct of the first
            return subj[:2], False
        return [head], False
    passive = dependents(verb, PASSIVE_SUBJECT_DEPS)
    if passive:
        head = passive[0]
        if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head], True
        return [head], True
    for aux in dependents(verb, {"aux"}):
        # a misparse hangs the subject on the auxiliary: "Iran is defying" -> nsubj(is)
        subj = dependents(aux, SUBJECT_DEPS)
        if subj:
            return subj[:1], False
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        plot = next((o for o in dependents(verb.head, {"dobj"})
                     if o.i < verb.i and o.lemma_.lower() in PLOT_NOUNS), None)
        if plot is not None:
            return [plot], False  # "thwarted a Russian plot to assassinate Zelenskiy"
    for mark in dependents(verb, {"mark"}):
        fronted = pobj_of(mark)
        if fronted is not None and fronted.i < verb.i:
            # "after the collapse of a canopy killed 16 people": the parser makes the
            # subject the object of the subordinator
            return [fronted], False
    if depth > 4:
        return [], False
    dep = verb.dep_
    if dep == "acomp" and verb.head.pos_ in VERB_POS | {"AUX"}:
        # "Republicans are angry with Ankara": the subject of the copula
        return verb_subject(verb.head, depth=depth + 1)
    if dep == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in VERB_POS:
        # "is willing to withdraw", "is prepared to lift"
        return verb_subject(verb.head.head, depth=depth + 1)
    if dep == "relcl":
        return [verb.head], False
    misread = misread_reference(verb)
    if misread is not None:
        return [misread[0]], False  # ", a charge Afghan spokesperson Balkhi rejected"
    host = _relative_clause_host(verb)
    if host is not None:
        return [host], False  # "Oman, which has acted as a go-between for ..., called on"
    if dep == "acl":
        # "rebels backed by Iran": the head noun is the patient of a past participle; but a
        # participle with an object of its own hung on a verbless sentence's noun is the
        # sentence's past-tense verb ("The Saudi-led coalition bombed Sanaa")
        return [verb.head], verb.tag_ == "VBN" and not (
            verb.head.dep_ == "ROOT" and dependents(verb, {"dobj"}))
    if dep == "conj" and verb.head.lower_ == "persona" and verb.head.head.pos_ in VERB_POS:
        # "declared him persona non grata and summoned ...", where the parser makes
        # "persona" a verb with "him" as its subject: the declaring verb's subject
        return verb_subject(verb.head.head, depth=depth + 1)
    if dep == "conj" and lemma_in(verb, SPEAKER_CONJUNCTS):
        reported = verb.head
        while reported.dep_ == "advcl" and reported.head.i != reported.i:
            reported = reported.head  # "said the war would resume after the truce ended and
            # vowed"
        if reported.dep_ == "ccomp" and lemma_in(reported.head, SPEECH_LEMMAS):
            # "Moscow said Ukraine had launched 121 drones, and accused Kyiv of ...": the
            # parser joins the charge to the reported clause; the one who said it makes it
            return verb_subject(reported.head, depth=depth + 1)
    if dep in ("xcomp", "conj", "advcl", "pcomp") and verb.head.pos_ in VERB_POS:
        heads, patient = verb_subject(verb.head, depth=depth + 1)
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj")
                                          for c in verb.children):
            # (one with a direct object is a past tense misread: "raised its reward and
            # imposed sanctions on eight officials")
            # a bare past participle is passive: "the leader is dead, killed in a strike";
            # after "when"/"if"/"after" its patient is the main subject ("escape when attacked")
            if patient or dep == "advcl" and any(
                    c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in ("when", "once")
                    for c in verb.children):
                return heads, True
            return [], True
        if dep == "conj":
            # "has been indicted and will resign": the conjunct's own voice decides
            own_passive = any(c.dep_ == "auxpass" for c in verb.children) or (
                verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
            return heads, patient and own_passive
        if patient and dep == "xcomp" and lemma_in(verb.head, RAISING_PASSIVES):
            return heads, False  # "Putin is set to visit", "is believed to have attacked"
        if patient and dep in ("advcl", "xcomp"):
            # "was attacked by militiamen, killing 156": the participle's doer is the agent
            return _agent(verb.head), False
        if dep == "xcomp":
            # "urged Iran to stop": the object of the governor does the xcomp action
            obj = dependents(verb.head, {"dobj"})
            if obj and verb.head.lemma_ not in ("promise", "vow", "threaten", "agree",
                                                "pledge", "offer", "refuse", "use"):
                return obj, False
        return heads, False
    if dep == "pcomp" and verb.head.dep_ == "prep":
        # "are guilty of violating", "accused of attacking": the nearest governing verb
        up = verb.head.head
        for _ in range(3):
            if up.pos_ in VERB_POS:
                # "was released after apologizing": the one released is the one who apologized
                return verb_subject(up, depth=depth + 1)[0], False
            if up.head.i == up.i:
                break
            up = up.head
    return [], False


def _antecedent(obj: Token, verb: Token) -> Token:
    """"blamed India, accusing it of ...": a pronoun object of a participle is its governor's."""
    if obj.lower_ in ("it", "them", "him", "her") and verb.dep_ in ("advcl", "conj") and \
            verb.head.pos_ in VERB_POS:
        # "sent a letter to Rubio, urging him": the one written to, else the object
        to = [pobj_of(c) for c in verb.head.children if c.dep_ == "dative" and c.lower_ == "to"]
        found = [t for t in to if t is not None] + dependents(verb.head, {"dobj", "dative"})
        found = [t for t in found if t.pos_ != "PRON" and t.lower_ != "to" and
                 (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))] \
            or [t for t in dependents(verb.head, {"dobj"}) if t.pos_ != "PRON"]
        if found:
            return found[0]
    return obj


# Attacks and weapons that a story makes the subject of a killing ("the strike killed").
ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "missile", "rocket", "drone", "shell",
                          "shelling", "bomb", "bombing", "bombardment", "raid", "explosion",
                          "blast", "barrage", "offensive", "assault", "operation", "fire",
                          "gunfire", "ambush", "incursion"})
# Of those, the ones a city modifier places rather than fires ("the Kabul attack").
PLACED_ATTACKS = frozenset({"attack", "bombing", "explosion", "blast", "assault", "ambush"})


def _attackers(noun: Token) -> list[Token]:
    """Who is behind an attack named as the subject: its possessor, its nationality or
    group modifier, its by-agent; never the attack itself."""
    placed = lemma_in(noun, PLACED_ATTACKS)
    doers = [c for c in noun.children if c.dep_ == "poss" or c.dep_ in ("amod", "compound",
                                                                          "nmod")
             and (c.ent_type_ in ("NORP", "ORG") or c.ent_type_ == "GPE" and not placed)]
    return doers[:1] or prep_objects(noun, ("by", "from")) or \
        [a for c in dependents(noun, {"acl"}) for a in _agent(c)][:1]  # "drones launched by"


MEDIATING_VERBS = frozenset({"broker", "mediate", "facilitate", "guarantee", "sponsor", "host",
                             "oversee", "monitor", "back"})


def _agent(verb: Token) -> list[Token]:
    for c in verb.children:
        if c.dep_ == "agent":
            obj = pobj_of(c)
            if obj is not None:
                return [obj]
    return []


NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


CALENDAR_WORDS = frozenset({*WEEKDAYS, *MONTHS, "christmas", "easter", "ramadan", "eid",
                            "today", "tonight"})


def _misread_time(obj: Token) -> bool:
    """A proper name the tagger read as part of a date or time ("Kyiv overnight")."""
    return obj.ent_type_ in ("DATE", "TIME") and obj.pos_ == "PROPN" and \
        obj.lower_ not in CALENDAR_WORDS and obj.is_title


def _absolute_verb(obj: Token) -> Token | None:
    """"..., with Britain, France and Germany warning that ...": the participle the object of
    "with" is the subject of (the parser may hang the participle elsewhere)."""
    end = max(t.i for t in obj.subtree)
    doc = obj.doc
    if end + 1 >= len(doc):
        return None
    verb = doc[end + 1]
    if verb.tag_ != "VBG" or verb.head.i == obj.i or dependents(verb, SUBJECT_DEPS) or \
            verb.dep_ == "prep":
        return None  # (", including the defense minister": a preposition, not a participle)
    return verb


def _absolute_subject(verb: Token) -> Token | None:
    """The "with" object a participle right after it has as its subject."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    token = verb.doc[verb.i - 1]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    while token.head.i != token.i and token.head.i < verb.i \
            and token.dep_ in ("compound", "amod", "poss", "case", "det"):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        found = _absolute_verb(token)
        if found is not None and found.i == verb.i:
            return token
    return None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The object of the first preposition in `preps` that the token has ("on Iran")."""
    found: dict[str, Token] = {}
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = pobj_of(c)
            if obj is not None and _misread_time(obj):
                pass  # "at Kyiv overnight", tagged a time: the city
            elif obj is not None and obj.ent_type_ in NOT_PARTIES:
                # "at thousands of students": the counted people, not the number
                obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj"), None)
            if obj is not None and c.lower_ not in found and \
                    (obj.ent_type_ not in NOT_PARTIES or _misread_time(obj)) \
                    and not (c.lower_ == "with" and _absolute_verb(obj) is not None):
                found[c.lower_] = obj
    for p in preps:
        if p in found:
            return [found[p]]
    return []


# Acts of giving, whose beneficiary a purpose clause may name ("to help Argentina").
GIVING = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})
# Verbs of giving whose object is always the thing given ("sent field hospitals").
SENDING_VERBS = frozenset({"send", "deliver", "ship", "donate", "dispatch"})
HELP_VERBS = frozenset({"help", "assist", "aid", "support"})


def _helped(verb: Token) -> list[list[Token]]:
    """The one helped in a purpose clause under the act: "would release 20 million euros to
    help Libya's coast guard"."""
    for t in verb.subtree:
        if t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() in HELP_VERBS and \
                t.dep_ in ("xcomp", "advcl", "acl", "relcl"):
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubj") and c.i > t.i]
            if objs:
                return [objs[:1]]
    return []


def _counted_object(verb: Token) -> list[Token]:
    """"kidnapped up to 16 Russian advisers": the parser reads "up to" as particle + prep."""
    return [obj for prt in verb.children if prt.dep_ == "prt" and prt.lower_ == "up"
            for prep in prt.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in [pobj_of(prep)] if obj is not None
            and any(c.dep_ == "nummod" for c in obj.children)]


def _set_off(verb: Token, obj: Token) -> bool:
    """An "object" set off by a comma the verb governs is a misparsed apposition ("held talks
    with Romania's leaders on Tuesday, the first Western delegation to visit")."""
    return any(c.dep_ == "punct" and c.text == "," and verb.i < c.i < obj.left_edge.i
               for c in verb.children)


def _shared_object(verb: Token) -> list[Token]:
    """"killed and injured 1,000 fighters": a verb with no object shares its conjunct's."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in VERB_POS and c.i > verb.i and \
                not dependents(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) and \
                not any(t.dep_ == "prep" and t.i < c.i for t in verb.children if t.i > verb.i):
            return dependents(c, {"dobj"})
    return []


def _document_author(subj: list[Token]) -> list[Token]:
    """The author of a text that acts as subject, when the text names no author itself: the
    subject of the verb that issued it ("the council adopted a resolution that criticized")."""
    if len(subj) != 1 or not lemma_in(subj[0], ISSUED_TEXTS):
        return subj
    text = subj[0]
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
           for c in text.children):
        return subj  # "the ministry's statement", "a statement by the ministry"
    if text.dep_ in ("dobj", "conj") and lemma_in(text.head, ISSUING_VERBS):
        author, patient = verb_subject(text.head)
        if author and not patient:
            return author
    return subj


def _gapped_objects(verb: Token, obj: Token) -> list[Token]:
    """"met Vucic in Belgrade on Tuesday and Kurti in Pristina on Wednesday": a named party
    the parser joins to the verb, with no verb of its own, is a second object."""
    if obj.dep_ != "dobj":
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.i > obj.i
            and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for g in c.children)]


def _verbal(trigger: Trigger) -> ArgumentHeads:
    verb = trigger.anchor
    type_ = trigger.entry.coding.type
    inside = {t.i for t in trigger.tokens}
    subj, patient = verb_subject(verb)
    args = ArgumentHeads()
    options: list[list[Token]] = []
    if patient and type_ == "AGREE" and lemma_in(verb, GIVING_PROMISES) and \
            trigger.entry.pos != "A" and dependents(verb, {"nsubjpass"}):
        # "Iran was promised access to its funds": promised to Iran, by whoever promised
        args.actor = _agent(verb)
        options.append(subj)
    elif patient and (type_ in ("AGREE", "MOBILIZE") or trigger.entry.pos == "A"):
        # "Ukraine is committed to peace", "troops were deployed": the subject's own side
        args.actor = subj
    elif patient:
        options.append(subj)
        args.actor = _agent(verb)
        if type_ == "ASSAULT" and args.actor and lemma_in(args.actor[0], ATTACK_NOUNS):
            # "wounded by an explosion": whoever set it off, if the phrase says
            args.actor = _attackers(args.actor[0])
    else:
        subj = _document_author(subj)
        args.actor = subj
        args.has_subject = bool(subj)
        if type_ == "ASSAULT" and subj and lemma_in(subj[0], ATTACK_NOUNS):
            args.actor = _attackers(subj[0])  # "Israeli airstrikes killed": Israel's
    last = trigger.tokens[-1]
    if last.pos_ == "ADP" and len(trigger.tokens) > 1 and last.lower_ != "for":
        # "set fire to the offices", "hack into the computers", "called on Iran"
        obj = pobj_of(last)
        if obj is not None:
            options.append([obj])
    objs = [o for o in dependents(verb, {"dobj", "dative"})
            if o.i not in inside and "clause" not in trigger.entry.flags
            and not _set_off(verb, o)]
    if not objs and "clause" not in trigger.entry.flags:
        objs = _shared_object(verb)
    predicates = dependents(verb, {"oprd"})
    if not objs and len(predicates) > 1:
        objs = predicates[:1]  # "called Trump a liar" parsed with two predicates
    resolved = {o.i: _antecedent(o, verb) for o in objs}
    # "launched rocket fire against camps", "launched artillery and rocket fire against camps"
    # (the object may be part of the trigger: "launched 470 drones and 40 missiles at Ukraine")
    aimed = [found for o in dependents(verb, {"dobj"}) for c in (o, *o.conjuncts)
             for found in [prep_objects(c, ("against", "on", "at", "to", "with"))] if found]
    if lemma_in(verb, MEANS_VERBS):
        # "exploded a series of bombs in the capital Kabul": where the weapon struck
        aimed += [[t] for o in objs for t in o.subtree
                  if t.ent_type_ == "GPE" and t.dep_ in ("pobj", "appos")]
    if lemma_in(verb, TOPIC_VERBS | MEANS_VERBS) or type_ == "MOBILIZE":
        # "discussed China's role", "test-fired two missiles": a topic or a means
        objs = [o for o in objs if o.dep_ == "dative"]
    datives = [o for o in objs if o.dep_ == "dative"]
    if type_ == "RETREAT" or lemma_in(verb, WITHDRAW_VERBS):
        # "withdraw its force from Chad": the place left, before what is withdrawn
        options.append(prep_objects(verb, ("from",)))
    if type_ == "REQUEST" or "swap" in trigger.entry.flags:
        # "seeking trade and military assistance from Russia", "demanded an apology from
        # Japan": the one asked is the from-phrase, the object is what is asked for;
        # "received aid from Egypt": the giver (the actor once swapped)
        options.append(prep_objects(verb, ("from",)))
    if type_ == "COOPERATE":
        # "extradited 29 cartel figures to the United States": the partner, not the persons
        options.append(prep_objects(verb, ("to",)))
    if trigger.entry.words[-1:] == ("grata",):
        # "declared him persona non grata", which the parser reads as a small clause
        options.extend([c] for t in trigger.tokens if t.i != verb.i
                       for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))
    if type_ in ("REJECT", "SUPPORT", "ACCUSE"):
        # "vetoed a U.S.-drafted resolution": the text's author, before the body voting on it
        options.extend([a] for o in objs for c in o.children
                       if c.dep_ == "amod" and lemma_in(c, AUTHORING)
                       for a in c.children if a.dep_ in ("npadvmod", "compound", "nmod"))
        # "reject the baseless allegations made by Pakistan": whoever made them
        options.extend(_agent(c) for o in objs for c in o.children
                       if c.dep_ == "acl" and c.tag_ == "VBN")
    options.extend([resolved.get(o.i, o)] for o in datives)
    if type_ == "AID" and lemma_in(verb, SENDING_VERBS | {"provide", "supply", "give"}):
        # "would send two IRIS-T systems to Ukraine": the receiver, not the thing sent
        options.append(prep_objects(verb, ("to",)))
    options.extend([resolved.get(o.i, o), *_gapped_objects(verb, o)] for o in objs
                   if o.dep_ in ("dobj", "oprd")
                   and not (type_ == "AID" and lemma_in(verb, SENDING_VERBS)))
    if not lemma_in(verb, TOPIC_VERBS | MEANS_VERBS) and type_ != "MOBILIZE":
        options.extend([o] for o in _counted_object(verb))
    preps = PREPS_BY_TYPE.get(type_, RECIPIENT_PREPS)
    if trigger.entry.pos == "A":
        preps = ADJECTIVE_PREPS
    for t in trigger.tokens:
        noun_preps = ADJECTIVE_PREPS if t.lemma_.lower() in FEELING_NOUNS else \
            VERB_INSIDE_PREPS if t.lemma_.lower() in INFORMATION_NOUNS else INSIDE_PREPS
        found = prep_objects(t, preps if t.i == verb.i else noun_preps if t.pos_ not in
                              VERB_POS else VERB_INSIDE_PREPS)
        if found and t.i != verb.i and found[0].head.lower_ == "against":
            options.insert(0, found)  # "filed a case against Israel at the court"
        elif found:
            options.append(found)
        elif t.i != verb.i and t.pos_ in NOUN_POS and \
                (type_, trigger.entry.coding.mode) == ("SANCTION", "withdraw"):
            options.append(prep_objects(t, ("from",)))  # "withdrew its ambassador from Niger"
        if t.i != verb.i and t.pos_ in VERB_POS:
            # "attempted to assassinate the prime minister" (but "agreed to share intelligence
            # on drones" shares information, with no one named)
            options.extend([o] for o in dependents(t, {"dobj"})
                           if not lemma_in(o, INFORMATION_NOUNS))
        if t.i != verb.i and t.pos_ in NOUN_POS and not (
                type_ == "SANCTION" and lemma_in(t, IMPOSED_NOUNS)):
            # "accept a U.S. proposal", "suspended Niger's membership", "closed the Russian
            # consulate": the owner of the object named in the pattern (but "doubled the
            # U.S. tariff" names who imposes it)
            options.extend([c] for c in t.children if c.dep_ in ("poss", "compound", "amod")
                           and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
    options.extend(aimed)
    if type_ == "ASSAULT" and objs:
        # "struck an oil refinery in Russia's Ryazan region": a target the object names no
        # side of belongs to where it is (tried after the parties named more directly)
        options.append(prep_objects(verb, ("in",)))
    if type_ in GIVING:
        # "offered to send firefighters to help Argentina battle wildfires"
        options.extend(_helped(verb))
    denied_claim = denies_claim(verb)
    for c in verb.children:  # "allowed Ouattara to participate", "urged the EC to support"
        if c.dep_ == "ccomp" and denied_claim:
            continue  # "denied that Iran had supplied the missiles": Iran is the accused
        if c.dep_ in ("ccomp", "xcomp") and not any(
                w.dep_ == "advmod" and w.lower_ in ("where", "when") for w in c.children):
            # (a "where ..." clause is a misparsed relative clause, not what is urged)
            inner = dependents(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
            if inner and inner[0].pos_ != "PRON":
                options.append(inner[:1])
    args.complement_options = [] if denied_claim else _complement_parties(verb, inside)
    if verb.lemma_.lower() == "blame":
        # "blamed the blast on Russian saboteurs": the one blamed is the on-phrase
        options.insert(0, prep_objects(verb, ("on",)))
    named = _what_it_called(verb)
    if named:
        options.insert(0, named)  # "condemned what she called China's dangerous actions"
    options = [o for o in options if o]
    if options:
        args.recipient, args.recipient_options = options[0], options[1:]
    if "swap" in trigger.entry.flags and not hosts_gathering(verb):
        args.actor, args.recipient = args.recipient, args.actor
        args.recipient_options = []
        args.complement_options = []
        args.swapped = True
    return args


def denies_claim(verb: Token) -> bool:
    """"denied that Iran had supplied the missiles": a denial of what a clause says."""
    return verb.lemma_.lower() in ("deny", "dismiss", "refute") and \
        any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _what_it_called(verb: Token) -> list[Token]:
    """The thing named in "praised what he called the swift work of Estonian investigators":
    the parser makes "what" the object of "called", whose complement is the thing."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() == "call" and any(
                w.dep_ == "dobj" and w.tag_ == "WP" for w in clause.children):
            return [c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr")][:1]
    return []


# Gatherings a third party hosts ("the UAE hosted the meeting", "talks hosted by Turkey").
HOSTED_GATHERINGS = frozenset({"meeting", "talk", "talks", "summit", "negotiation", "ceremony",
                               "round", "conference", "session", "dialogue", "consultation"})


def hosts_gathering(verb: Token) -> bool:
    """"The UAE hosted the meeting", "after talks hosted by Egypt": the host brings the sides
    of the story's meeting together (but "hosted talks between A and B" names the sides)."""
    if verb.lemma_.lower() != "host":
        return False
    noun: Token | None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in HOSTED_GATHERINGS:
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in HOSTED_GATHERINGS), None)
    return noun is not None and not any(c.dep_ == "prep" and c.lower_ in ("between", "among")
                                        for c in noun.children)


# Speech acts that, joined to a reported clause, are the reporter's own ("said ..., and
# accused Kyiv of ...").
SPEAKER_CONJUNCTS = frozenset({"accuse", "blame", "urge", "demand", "condemn", "denounce",
                               "vow", "deny", "reject", "criticize", "criticise"})
# Saying something at a meeting is no taking part in it ("told reporters at a briefing").
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "announce", "speak", "note", "warn"})
# Participles that report what the act was about ("..., saying Washington seeks ...").
REPORTING_VERBS = frozenset({"say", "add", "claim", "argue", "insist", "allege"})
# Prepositions whose object is the party an act in a complement is aimed at.
AIMED_PREPS = ("against", "on", "to", "with", "at", "despite")


def _complement_parties(verb: Token, inside: set[int]) -> list[list[Token]]:
    """Last-resort recipients from the act a trigger governs, nearest first.

    "refused to attend a hearing by the court", "warned that it will exert pressure on Iran":
    the object of the complement verb, and what it or its object is aimed at.
    """
    found: list[list[Token]] = []
    frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    for _ in range(3):
        nxt: list[Token] = []
        for comp in frontier:
            if comp.i in inside or comp.pos_ not in VERB_POS:
                continue
            # "agreed to give Papua New Guinea A$600 million": the one given to first
            found.extend([d] for d in dependents(comp, {"dative"}) if d.pos_ != "PRON")
            for obj in dependents(comp, {"dobj"}):
                if obj.pos_ != "PRON":
                    found.append([obj])
                found.append(prep_objects(obj, AIMED_PREPS))
            found.append(prep_objects(comp, AIMED_PREPS))
            nxt.extend(c for c in comp.children if c.dep_ in ("xcomp", "ccomp"))
        frontier = nxt
    for said in verb.children:
        # "criticized it, saying Washington seeks to weaponize the council": who is named
        if said.dep_ == "advcl" and said.tag_ == "VBG" and lemma_in(said, REPORTING_VERBS):
            found.extend(dependents(c, {"nsubj"}) for c in said.children if c.dep_ == "ccomp")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in VERB_POS:
        # "ramped up his trade war with Canada, doubling the tariff": the clause's other side
        head = verb.head
        found.append(prep_objects(head, AIMED_PREPS))
        found.extend(prep_objects(o, AIMED_PREPS) for o in dependents(head, {"dobj"}))
    return [f for f in found if f]


def _misread_person(possessor: Token, noun: Token) -> bool:
    """"information leading to Maduro's arrest": a one-word name the tagger calls an
    organisation, with no "of" or "by" phrase to make it the doer, is the one arrested."""
    return possessor.ent_type_ == "ORG" and possessor.pos_ == "PROPN" and \
        not possessor.is_upper and not any(c.dep_ in ("compound", "det")
                                           for c in possessor.children) and \
        not prep_objects(noun, ("of", "by"))


HOSTING_PARTICIPLES = frozenset({"lead", "host", "mediate", "broker", "sponsor", "facilitate"})


def hyphen_host(noun: Token) -> Token | None:
    """The state in "U.S.-led talks", "Qatari-mediated talks": who hosts or leads them."""
    for c in noun.children:
        if c.dep_ == "amod" and c.tag_ == "VBN" and lemma_in(c, HOSTING_PARTICIPLES):
            for named in c.children:
                if named.dep_ in ("npadvmod", "compound", "nmod", "amod") and \
                        named.ent_type_ in ("GPE", "NORP", "ORG"):
                    return named
    return None


def _nominal(trigger: Trigger, *, depth: int = 0) -> ArgumentHeads:
    noun = trigger.anchor
    type_ = trigger.entry.coding.type
    inside = {t.i for t in trigger.tokens}
    args = ArgumentHeads()
    actors: list[list[Token]] = []
    recipients: list[list[Token]] = []
    modifiers: list[Token] = []
    venues: list[list[Token]] = []
    for c in noun.children:
        if c.i in inside:
            continue
        if c.dep_ == "poss":
            if noun.lemma_.lower() in PATIENT_NOUNS and (
                    c.ent_type_ not in ("GPE", "ORG", "NORP") or _misread_person(c, noun)):
                # "Zamora's house arrest", "his killing"; but "Iran's arrest of"
                recipients.insert(0, [c])
            elif c.lower_ in ("its", "their") and noun.dep_ == "dobj" and \
                    noun.head.pos_ in VERB_POS and lemma_in(noun.head, LIGHT_VERBS | USING_VERBS):
                # "Russia used its Security Council veto": the one whose veto it is, the
                # verb's subject, before any name inside the phrase
                actors.insert(0, verb_subject(noun.head)[0])
                actors.insert(0, [c])
            else:
                actors.insert(0, [c])
        elif c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN") \
                and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            if c.ent_type_ == "GPE" and type_ in ("ASSAULT", "PROTEST") and \
                    trigger.entry.coding.mode not in ARMED_MODES and \
                    not (type_ == "ASSAULT" and prep_objects(noun, ("on", "against"))):
                recipients.append([c])  # "the Kabul attack" happened in Kabul (but "U.S.
                # airstrikes" are flown by the U.S., and "a US attack on his nation" too)
            elif c.ent_type_ == "GPE" and type_ == "CONSULT" and c.dep_ == "compound":
                venues.append([c])  # "the Doha talks between the Taliban and the U.S."
            else:
                modifiers.append(c)
    named_targets: list[list[Token]] = []
    if trigger.entry.pos != "N" and trigger.entry.multiword:
        # a verb pattern the parser read as a noun phrase ("close Iranian embassies"):
        # the noun is the object, so its modifiers name the target, unless a preposition
        # does ("doubling the U.S. tariff on Canada's steel")
        # (but "Hungary's Orban calls for an alliance", a headline: names before the verb's
        # first word are its doers)
        opening = min(t.i for t in trigger.tokens)
        named_targets = [[m] for m in modifiers if m.i > opening]
        actors.extend([m] for m in modifiers if m.i < opening)
    else:
        actors.extend([m] for m in modifiers)
    # ("a withdrawal from Chad" leaves the place: only "by" names who withdraws)
    by = prep_objects(noun, ("by",) if type_ == "RETREAT" else ("by", "from")) or \
        nominal_agent(noun)
    if by:
        actors.append(by)
    for done in dependents(noun, {"acl"}):
        if done.tag_ == "VBN" and (type_ != "CONSULT" or lemma_in(done, CONVENING_VERBS)) \
                and not lemma_in(done, MEDIATING_VERBS):
            # "the attack carried out by", "sanctions imposed by" (but "a truce brokered by
            # Qatar and Egypt" is the warring sides' truce)
            actors.append(_agent(done))
            recipients.append(prep_objects(done, ("on", "against")))  # "imposed on Russia"
    of = prep_objects(noun, ("of",))
    if of:
        # "a demonstration of opposition supporters", but "protests of al-Assad"
        doers = type_ in OF_IS_ACTOR and (type_ != "PROTEST" or of[0].tag_ in ("NNS", "NNPS")) \
            and noun.lemma_.lower() not in PATIENT_NOUNS  # "the release of three hostages"
        (actors if doers else recipients).append(of)
    preps = tuple(p for p in PREPS_BY_TYPE.get(type_, RECIPIENT_PREPS)
                  if p not in ("in", "of", "between"))
    extra = ("over", "between") if type_ in ("ASSAULT", "CONSULT") else \
        ("with",) if type_ == "SUPPORT" else ()  # "expressed solidarity with Poland"
    between = prep_objects(noun, ("between", "among"))
    host = hyphen_host(noun) if type_ == "CONSULT" else None
    if host is not None:
        # "U.S.-led talks", "Qatari-mediated talks between Israel and Hamas": the host or
        # mediator meets the sides
        actors.insert(0, [host])
        if between:
            recipients.append(between)
            between = []
    if between and trigger.entry.coding.mode == "third-party":
        # "Egypt's mediation between Israel and Hamas": the sides are whom it mediates for
        recipients.append(between)
        extra = ()
    elif between and (type_ in ("CONSULT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT")
                      or "sym" in trigger.entry.flags):
        # "talks between Iran and the United States", "a ceasefire between Israel and
        # Hezbollah", "clashes between the army and the RSF": both sides take part
        actors.append(between)
        extra = ()
    found = prep_objects(noun, preps + extra)
    if found:
        recipients.append(found)
    recipients.extend(named_targets)
    slot = nominal_slot(noun)
    head = slot.head
    if slot.i != noun.i:
        found = prep_objects(slot, preps + extra)
        if found:
            recipients.append(found)
    if slot.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in VERB_POS:
        subj, patient = verb_subject(head)
        if lemma_in(head, UNDERGOER_VERBS):
            recipients.append(subj)
            if lemma_in(head, DRAWING_VERBS):
                actors.append(prep_objects(head, ("from",)))  # "drew criticism from Beijing"
        elif not (lemma_in(head, LIGHT_VERBS) or type_ == "SANCTION"
                  and lemma_in(head, RAISING_VERBS)) or dependents(head, {"oprd"}) or \
                head.lemma_.lower() == "call" and named_as(slot) is not None:
            pass  # (not "called the attack a cowardly act": naming is no doing)
        elif not patient:
            actors.append(subj)
        else:
            actors.append(_agent(head))
        found = prep_objects(head, preps + extra) or dependents(head, {"dative"})
        if found:
            recipients.append(found[:1])
    elif slot.dep_ == "pobj" and type_ == "CONSULT" and (
            head.lower_ in ("at", "during", "after", "following", "before", "from")
            or head.lower_ == "for" and lemma_in(head.head, TRAVEL_VERBS)
            or head.lower_ == "on" and noun.lemma_.lower() in ("visit", "trip", "tour")) \
            and head.head.pos_ in VERB_POS and (
                not lemma_in(head.head, SPEECH_LEMMAS) or head.lower_ == "on") \
            and not by and not any(_agent(d) for d in dependents(noun, {"acl"})):
        # "EU foreign ministers approved the measures at a meeting in Brussels": they met;
        # "returned from meetings with Saudi leaders", "landed in Damascus for talks with";
        # "said Beijing was ready ..., after talks with his Australian counterpart", "Pistorius,
        # on an unannounced visit to Kyiv, announced" (but
        # "following a visit to Kabul by U.S. envoys" names its own visitors)
        subj, patient = verb_subject(head.head)
        if not patient:
            actors.insert(0, subj)
            if not recipients:  # "apologised to Qatar's prime minister during a phone call"
                recipients.append(prep_objects(head.head, ("to", "with")))
    elif slot.dep_ == "pobj" and head.lower_ == "with" and lemma_in(head.head, RESPONDING_VERBS):
        subj, patient = verb_subject(head.head)  # "the army responded with air strikes"
        if not patient:
            actors.append(subj)
    elif slot.dep_ == "pobj" and head.lower_ == "for" and _claimer(head.head):
        actors.append(_claimer(head.head))  # "claimed responsibility for the attack"
    elif slot.dep_ == "pobj" and head.lower_ == "at" and type_ == "REQUEST" and \
            head.head.pos_ in VERB_POS:
        recipients.append(verb_subject(head.head)[0])  # "sent troops at Kiir's request"
    elif slot.dep_ == "pobj" and head.lower_ == "under" and lemma_in(head.head, UNDERGOER_VERBS):
        recipients.append(verb_subject(head.head)[0])  # "came under attack from"
    elif slot.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS \
            and head.lower_ in ("in", "into", "on"):
        # "took part in protests", "remained on alert"
        subj, patient = verb_subject(head.head)
        if trigger.entry.words[0] == "joint" and not patient:
            # "French and Belgian police, working in a joint operation, dismantled ...":
            # who acts in it works in it together
            actors.append(subj or ([head.head.head] if head.head.dep_ == "acl" else []))
        elif not patient and lemma_in(head.head, SUPPORT_VERBS):
            # "took part in protests"; but "Topuz is on trial" is the one tried
            (recipients if noun.lemma_.lower() in PATIENT_NOUNS else actors).append(subj)
    if slot.dep_ == "dobj" and head.pos_ in VERB_POS:
        args.complement_options = _complement_parties(head, inside | {slot.i})
    if noun.dep_ == "conj" and depth < 3 and not actors:
        # "launched artillery and rocket fire against camps": the first conjunct's doer
        first = _nominal(Trigger(trigger.entry, noun.head, [noun.head]), depth=depth + 1)
        if not recipients:
            return first
        actors = first.actor_candidates()
    actors = [a for a in actors + venues if a]  # the venue only when no one else is named
    recipients = [r for r in recipients if r]
    if actors:
        args.actor, args.actor_options = actors[0], actors[1:]
    if recipients:
        args.recipient, args.recipient_options = recipients[0], recipients[1:]
    if "swap" in trigger.entry.flags:
        args.actor, args.recipient = args.recipient, args.actor
        args.actor_options, args.recipient_options = args.recipient_options, args.actor_options
        args.complement_options = []
        args.swapped = True
    return args


def _claimer(word: Token) -> list[Token]:
    """Who claims responsibility: "X claimed responsibility (on Tuesday) for"."""
    if word.lemma_.lower() == "responsibility" and word.head.pos_ in VERB_POS:
        word = word.head
    if word.pos_ in VERB_POS and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"
                                     for c in word.children):
        subject = verb_subject(word)[0]
        if any(c.lower_ in ("no", "none") for s in subject for c in [s, *s.children]):
            return []  # "no group has claimed responsibility"
        return subject
    return []


def nominal_agent(noun: Token) -> list[Token]:
    """"the release of three hostages by Hamas": a by-phrase the parser hangs on the object
    of an act done to someone is the act's doer."""
    if noun.lemma_.lower() not in PATIENT_NOUNS:
        return []
    return [t for o in prep_objects(noun, ("of",)) for t in prep_objects(o, ("by",))][:1]


QUANTITY_NOUNS = frozenset({"ton", "tonne", "dollar", "euro", "million", "billion", "package",
                            "shipment", "amount", "worth", "lot", "consignment", "batch",
                            "series", "wave", "round", "number", "mission", "campaign",
                            "phase", "spate", "string", "stage", "cycle", "surge", "set", "raft",
                            "slate", "tranche", "truck", "truckload", "lorry", "convoy",
                            "planeload", "shipload", "cargo",
                            "hour", "day", "week", "month"})


def nominal_slot(noun: Token) -> Token:
    """Where a nominal trigger sits in the clause: "mediation mission", "$5m of aid"."""
    slot = noun
    for _ in range(3):
        if slot.dep_ == "compound" and slot.head.pos_ in NOUN_POS:
            slot = slot.head
        elif slot.dep_ == "pobj" and slot.head.lower_ in ("of", "in") and \
                slot.head.head.lemma_.lower() in QUANTITY_NOUNS:
            slot = slot.head.head
        else:
            break
    return slot


def find_arguments(trigger: Trigger) -> ArgumentHeads:
    """Actor and recipient heads of a trigger, by voice and part of speech."""
    if trigger.anchor.pos_ in NOUN_POS or trigger.entry.pos == "N":
        return _nominal(trigger)
    return _verbal(trigger)
