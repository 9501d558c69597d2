"""The packaged codebooks: CAMEO event codes, PLOVER types/modes, CAMEO actor codes.

Read with `importlib.resources` from `dyadwatch/data/*.tsv`, validated on load (a broken
file raises DataError naming the file and row), and cached for the process.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from .errors import DataError

QUAD_NAMES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict",
              4: "Material Conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    root: str
    plover_event: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_class: int
    score: float | None
    requires_recipient: bool
    definition: str
    cameo_root: str
    modes: tuple[str, ...]


@dataclass(frozen=True)
class PloverMode:
    event: str
    name: str
    score: float | None
    status: str
    definition: str


@dataclass(frozen=True)
class ActorCode:
    code: str
    category: str
    name: str
    meaning: str
    iso_alpha2: str
    fips10_4: str


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a packaged TSV (no quoting: a few fields contain double quotes)."""
    try:
        text = resources.files("dyadwatch").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise DataError(f"packaged codebook {name} is missing; reinstall dyadwatch") from e
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        raise DataError(f"packaged codebook {name} is empty; reinstall dyadwatch")
    return rows


def _float(value: str, where: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError as e:
        raise DataError(f"{where}: {value!r} is not a number") from e


def _clean(value: str) -> str | None:
    value = (value or "").strip()
    return None if not value or value.startswith("(") else value


@functools.lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for i, row in enumerate(read_tsv("cameo_event_codes.tsv"), start=2):
        where = f"cameo_event_codes.tsv line {i}"
        code = row["code"]
        if not code.isdigit() or len(code) not in (2, 3, 4):
            raise DataError(f"{where}: bad CAMEO code {code!r}")
        quad = int(row["quadclass"])
        if quad not in QUAD_NAMES:
            raise DataError(f"{where}: QuadClass {quad} is not 1-4")
        goldstein = _float(row["goldstein"], where)
        if goldstein is not None and not -10 <= goldstein <= 10:
            raise DataError(f"{where}: Goldstein {goldstein} outside -10..10")
        out[code] = CameoCode(code, row["name"], goldstein, quad, row["root_code"],
                              _clean(row["plover_event"]), _clean(row["plover_mode"]))
    return out


def cameo_goldstein(code: str) -> float | None:
    """GDELT Goldstein value; codes GDELT lacks take their parent's value."""
    codes = cameo_codes()
    while code:
        entry = codes.get(code)
        if entry is not None and entry.goldstein is not None:
            return entry.goldstein
        code = code[:-1] if len(code) > 2 else ""
    return None


@functools.lru_cache(maxsize=1)
def _plover_rows() -> list[dict[str, str]]:
    return read_tsv("plover.tsv")


@functools.lru_cache(maxsize=1)
def plover_modes() -> dict[tuple[str, str], PloverMode]:
    out = {}
    for row in _plover_rows():
        if row["kind"] == "mode":
            out[(row["event"], row["mode"])] = PloverMode(
                row["event"], row["mode"], _float(row["score"], "plover.tsv mode"),
                row["status"], row["definition"])
    return out


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    modes: dict[str, list[str]] = {}
    for (event, mode), m in plover_modes().items():
        if m.status == "current":
            modes.setdefault(event, []).append(mode)
    out = {}
    for row in _plover_rows():
        if row["kind"] != "event":
            continue
        score = row["score"].strip().strip('"')
        out[row["event"]] = PloverType(
            row["event"], int(row["quad_class"]), _float(score, "plover.tsv event"),
            row["requires_recipient"] == "yes", row["definition"], row["cameo_code"],
            tuple(modes.get(row["event"], ())))
    if len(out) != 16:
        raise DataError(f"plover.tsv has {len(out)} event types, expected the 16 of PLOVER 2.0")
    return out


@functools.lru_cache(maxsize=1)
def actor_code_rows() -> dict[str, tuple[ActorCode, ...]]:
    """Every meaning of each actor code (a few, like MED and EUR, differ in CAMEO and PLOVER)."""
    out: dict[str, list[ActorCode]] = {}
    for row in read_tsv("cameo_actor_codes.tsv"):
        out.setdefault(row["code"], []).append(ActorCode(
            row["code"], row["category"], row["name"], row["meaning"], row["iso_alpha2"],
            row["fips10_4"]))
    return {code: tuple(rows) for code, rows in out.items()}


@functools.lru_cache(maxsize=1)
def actor_codes() -> dict[str, ActorCode]:
    """One meaning per code, preferring PLOVER's where CAMEO and PLOVER collide."""
    out = {}
    for code, rows in actor_code_rows().items():
        plover = [r for r in rows if r.category.startswith("plover")]
        out[code] = plover[0] if plover else rows[0]
    return out


@functools.lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """CAMEO's multi-country regions (WST "the West", SEA "Southeast Asia", AFR, MEA, ...)."""
    return frozenset(code for code, row in actor_codes().items() if row.category == "region")


# States that no longer exist: the Soviet Union, East Germany, Yugoslavia, Czechoslovakia,
# Serbia and Montenegro.
DISSOLVED_STATES = frozenset({"SUN", "DDR", "YUG", "CSK", "SCG"})
