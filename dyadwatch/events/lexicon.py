"""The packaged trigger lexicon: lemma patterns -> (CAMEO code, PLOVER type, mode), validated.

The table lives in `events/data/triggers.tsv` (written by the dyadwatch team). Patterns are
indexed by their first word so that the coder does one dictionary lookup per token.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..codebooks import cameo_codes, plover_modes, plover_types
from ..errors import DataError

POS_VALUES = ("V", "N", "A", "*")
FLAG_VALUES = ("pass", "agent", "fut", "neg", "obj", "noobj", "swap", "sym", "light", "weak",
               "rcpt", "inf")


@dataclass(frozen=True)
class Coding:
    """A PLOVER type and mode with the CAMEO code that goes with them."""

    type: str
    mode: str | None
    cameo: str


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon row: the words to match and how to code what they express."""

    words: tuple[str, ...]
    pos: str
    coding: Coding
    flags: frozenset[str]
    state: Coding | None  # coding when the actor is a state body (protest -> complain)

    @property
    def blocks_only(self) -> bool:
        """A phrase listed only to stop a shorter pattern inside it from matching."""
        return self.coding.type == NOT_AN_EVENT

    @property
    def multiword(self) -> bool:
        return len(self.words) > 1


NOT_AN_EVENT = "NONE"


def _coding(type_: str, mode: str, cameo: str, where: str) -> Coding:
    if type_ == NOT_AN_EVENT:
        return Coding(NOT_AN_EVENT, None, "")
    if type_ not in plover_types():
        raise DataError(f"{where}: {type_!r} is not a PLOVER 2.0 event type")
    mode_value = None if mode in ("", "-") else mode
    if mode_value is not None and (type_, mode_value) not in plover_modes():
        raise DataError(f"{where}: {mode_value!r} is not a PLOVER mode of {type_}")
    if cameo not in cameo_codes():
        raise DataError(f"{where}: {cameo!r} is not a CAMEO event code")
    return Coding(type_, mode_value, cameo)


def parse_lexicon(text: str, *, source: str = "triggers.tsv") -> list[TriggerEntry]:
    """Read lexicon rows (tab-separated, '#' comments, one header row) into entries."""
    entries = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "pattern":
                continue
        where = f"{source} line {number}"
        if len(cells) != 6:
            raise DataError(f"{where}: expected 6 tab-separated fields, got {len(cells)}")
        pattern, pos, cameo, type_, mode, flag_text = (c.strip() for c in cells)
        if pos not in POS_VALUES:
            raise DataError(f"{where}: pos must be one of {POS_VALUES}, got {pos!r}")
        flags = set()
        state = None
        for flag in filter(None, flag_text.split(",")):
            if flag == "-":
                continue
            if flag.startswith("state="):
                s_type, s_mode, s_cameo = flag[len("state="):].split(":")
                state = _coding(s_type, s_mode, s_cameo, where)
            elif flag in FLAG_VALUES:
                flags.add(flag)
            else:
                raise DataError(f"{where}: unknown flag {flag!r}")
        words = tuple(pattern.lower().split())
        if not words:
            raise DataError(f"{where}: empty pattern")
        entries.append(TriggerEntry(words, pos, _coding(type_, mode, cameo, where),
                                    frozenset(flags), state))
    if not entries:
        raise DataError(f"{source} has no trigger rows")
    return entries


@functools.lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, tuple[TriggerEntry, ...]]:
    """The packaged lexicon indexed by first word, longest patterns first."""
    path = resources.files("dyadwatch.events").joinpath("data", "triggers.tsv")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise DataError("packaged trigger lexicon is missing; reinstall dyadwatch") from e
    return index_entries(parse_lexicon(text))


def index_entries(entries: list[TriggerEntry]) -> dict[str, tuple[TriggerEntry, ...]]:
    """Group entries by first word, longest (most specific) first."""
    index: dict[str, list[TriggerEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}
