"""The 14 persuasion techniques of SemEval-2020 Task 11 (PTC), with plain-language definitions."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Technique:
    name: str  # exact SemEval label
    label: str  # short human label
    definition: str
    example: str


TECHNIQUES: tuple[Technique, ...] = ()
TECHNIQUE_NAMES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)


def _key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", text.lower())
