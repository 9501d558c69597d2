"""The 14 persuasion techniques of SemEval-2020 Task 11 (PTC), in the team's own words.

Names are the exact labels of the task's scorer (note the commas inside some of them and the
spelling "Minimisation"); `lookup_technique` also accepts the human label and loose forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Technique:
    """A persuasion technique: exact SemEval name, short label, definition, an example."""

    name: str
    label: str
    definition: str
    example: str


TECHNIQUES: tuple[Technique, ...] = (
    Technique(
        "Appeal_to_Authority", "Appeal to authority",
        "Says a claim is true because an expert, official or famous person said so, instead of "
        "giving the evidence; also when the writer presents their own side as the authority.",
        "\"Leading generals all agree the deal is a disaster, so it must be.\""),
    Technique(
        "Appeal_to_fear-prejudice", "Appeal to fear or prejudice",
        "Builds support for an idea by making readers afraid of what happens otherwise, or by "
        "playing on what they already dislike about a group.",
        "\"If we do nothing, their missiles will be over our cities within a year.\""),
    Technique(
        "Bandwagon,Reductio_ad_hitlerum", "Bandwagon or reductio ad Hitlerum",
        "Tells readers to join in because everyone else already has (bandwagon), or rejects an "
        "idea because a hated group such as the Nazis supported it (reductio ad Hitlerum).",
        "\"Every serious country has already cut ties; only we are left behind.\""),
    Technique(
        "Black-and-White_Fallacy", "Black-and-white fallacy",
        "Offers only two choices, as if nothing lay in between, often calling one of them the "
        "only sensible option; includes dictating what the reader must do.",
        "\"Either you back sanctions or you are helping the regime.\""),
    Technique(
        "Causal_Oversimplification", "Causal oversimplification",
        "Blames a complex problem on a single cause, or claims one thing caused another without "
        "showing it.",
        "\"Prices rose for one reason only: the new trade treaty.\""),
    Technique(
        "Doubt", "Doubt",
        "Questions the credibility of a person, group or source so readers stop trusting them, "
        "rather than answering what they said.",
        "\"Can we really believe a minister who changed his story twice?\""),
    Technique(
        "Exaggeration,Minimisation", "Exaggeration or minimisation",
        "Makes something look much bigger, better or worse than it is, or plays down something "
        "that matters.",
        "\"The worst crisis in the history of diplomacy\"; \"it was only a small border "
        "incident\"."),
    Technique(
        "Flag-Waving", "Flag-waving",
        "Appeals to national pride or group identity (the nation, the West, the faithful) to "
        "justify a position.",
        "\"Any true patriot knows we cannot let them humiliate our country.\""),
    Technique(
        "Loaded_Language", "Loaded language",
        "Uses words with strong emotional charge, positive or negative, to sway the reader "
        "instead of describing neutrally.",
        "\"a brutal, bloodthirsty crackdown\" instead of \"a crackdown\"."),
    Technique(
        "Name_Calling,Labeling", "Name calling or labelling",
        "Attaches a label to a person, group or government that the reader is meant to fear, "
        "hate or admire, so the label does the arguing.",
        "\"the mullahs' regime\", \"warmongers\", \"freedom fighters\"."),
    Technique(
        "Repetition", "Repetition",
        "Says the same word, phrase or message again and again so that it sticks and starts to "
        "feel true.",
        "An article that names an organisation in full with the same tag line in every paragraph."),
    Technique(
        "Slogans", "Slogan",
        "A short, punchy phrase that packs a position into a catchword, often with labelling or "
        "stereotyping.",
        "\"Peace through strength!\""),
    Technique(
        "Thought-terminating_Cliches", "Thought-terminating cliché",
        "A stock phrase that discourages further thinking or discussion of the question.",
        "\"It is what it is.\" \"That's just politics.\""),
    Technique(
        "Whataboutism,Straw_Men,Red_Herring", "Whataboutism, straw man or red herring",
        "Dodges a criticism by pointing at the other side's faults (whataboutism), attacks a "
        "distorted version of the opponent's view (straw man), or changes the subject (red "
        "herring).",
        "\"Why complain about our prisons when their own police shoot protesters?\""),
)

TECHNIQUE_NAMES: tuple[str, ...] = tuple(t.name for t in TECHNIQUES)


def _key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", text.lower())


_ALIASES: dict[str, str] = {}
for _t in TECHNIQUES:
    _ALIASES[_key(_t.name)] = _t.name
    _ALIASES[_key(_t.label)] = _t.name
    # every comma-separated part of a merged label ("Straw_Men") and the first words of a label
    for _part in _t.name.split(","):
        _ALIASES.setdefault(_key(_part), _t.name)
for _alias, _name in {
    "fear": "Appeal_to_fear-prejudice", "appealtofear": "Appeal_to_fear-prejudice",
    "appealtoprejudice": "Appeal_to_fear-prejudice", "authority": "Appeal_to_Authority",
    "bandwagon": "Bandwagon,Reductio_ad_hitlerum", "reductioadhitlerum":
    "Bandwagon,Reductio_ad_hitlerum", "blackandwhite": "Black-and-White_Fallacy",
    "falsedilemma": "Black-and-White_Fallacy", "oversimplification": "Causal_Oversimplification",
    "exaggeration": "Exaggeration,Minimisation", "minimisation": "Exaggeration,Minimisation",
    "minimization": "Exaggeration,Minimisation", "flagwaving": "Flag-Waving",
    "loadedlanguage": "Loaded_Language", "namecalling": "Name_Calling,Labeling",
    "labeling": "Name_Calling,Labeling", "labelling": "Name_Calling,Labeling",
    "slogan": "Slogans", "cliche": "Thought-terminating_Cliches", "cliches":
    "Thought-terminating_Cliches", "thoughtterminatingcliche": "Thought-terminating_Cliches",
    "strawman": "Whataboutism,Straw_Men,Red_Herring", "redherring":
    "Whataboutism,Straw_Men,Red_Herring",
}.items():
    _ALIASES.setdefault(_alias, _name)

_BY_NAME = {t.name: t for t in TECHNIQUES}


def lookup_technique(query: str) -> Technique | None:
    """The technique named by `query`: exact SemEval name, human label or a loose form
    ("loaded language", "name-calling", "flag waving"); None if nothing matches."""
    if query in _BY_NAME:
        return _BY_NAME[query]
    name = _ALIASES.get(_key(query))
    return _BY_NAME[name] if name else None
