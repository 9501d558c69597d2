"""Import PETRARCH / TABARI actor and agent dictionaries into the actor knowledge base.

Users of event data maintain these files (`Phoenix.Countries.actors.txt`, `Phoenix.agents.txt`,
...); importing them lets dyadwatch resolve the names they already curate. Actor files list a
name, `+synonyms`, and CAMEO codes that may be date-restricted (`[EGYGOV >140608]`,
`[AFGELI 750101-000101]`, `[USRARM <900823]`); agent files list role nouns with `~` codes
(`POLICE {} [~COP]`) and `!MACRO! = A, B` substitutions. Codes map to a country slot and a PLOVER
sector; a line that cannot be read is reported in `warnings`, never silently kept.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from .codebook import NONSTATE, SECTORS, UNKNOWN, Alias, Entry, known_codes

# CAMEO sectors that PLOVER renames or folds into another sector.
CAMEO_TO_PLOVER = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "HRI": "SOC",
                   "DEV": "SOC", "ENV": "SOC", "AGR": "CVL", "PPL": "CVL", "SET": "CVL",
                   "NGM": "SOC", "MOD": "", "RAD": ""}
PRIMARY = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "UAF", "PRM")
RELIGIONS = frozenset("ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS "
                      "MUS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO".split())
_CODE = re.compile(r"\[\s*([~A-Z-]+)\s*([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass
class Dictionary:
    """What an imported file contributes: aliases for the KB, and the lines it could not use."""

    path: str
    aliases: list[Alias] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def entries(self) -> list[Entry]:
        seen: dict[int, Entry] = {}
        for alias in self.aliases:
            seen.setdefault(id(alias.entry), alias.entry)
        return list(seen.values())


def read_dictionary(path: str | Path) -> Dictionary:
    """Read an actor file, or an agent file when its name says "agents"."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise DataError(f"cannot read PETRARCH dictionary {path}: {e}; "
                        "fix actors.petrarch_dictionaries") from e
    if "agent" in path.name.lower():
        return parse_agents(text, str(path))
    return parse_actors(text, str(path))


def parse_date(value: str) -> str | None:
    """YYMMDD (two-digit years up to 30 are 20xx) or YYYYMMDD as ISO; None when unreadable."""
    value = value.strip()
    if len(value) == 6 and value.isdigit():
        year = int(value[:2])
        value = f"{2000 + year if year <= 30 else 1900 + year}{value[2:]}"
    if len(value) != 8 or not value.isdigit():
        return None
    if not (1 <= int(value[4:6]) <= 12 and 1 <= int(value[6:]) <= 31):
        return None
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def parse_restriction(text: str) -> tuple[str, str] | None:
    """`>D`, `<D`, `D1-D2` or nothing, as (valid_from, valid_to); None when malformed."""
    text = text.replace(" ", "")
    if not text:
        return "", ""
    if text[0] in "<>":
        day = parse_date(text[1:])
        if day is None:
            return None
        return ("", day) if text[0] == "<" else (day, "")
    first, sep, last = text.partition("-")
    start, end = parse_date(first), parse_date(last)
    if not sep or start is None or end is None:
        return None
    return start, end


def split_code(code: str) -> tuple[str, str]:
    """A CAMEO code chain as (country slot, PLOVER sector): AFGGOVMED -> (AFG, GOV)."""
    code = code.lstrip("~").strip()
    if code in ("", "---"):
        return UNKNOWN, ""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = UNKNOWN
    if chunks[0] in known_codes() or chunks[0] in NONSTATE:
        country = chunks.pop(0)
        if country == "IGO" and chunks and chunks[0] in ("UNO", "EEC", "EUR"):
            country = "UNO" if chunks.pop(0) == "UNO" else "EUR"
    sector = _sector(chunks)
    if country in NONSTATE:
        sector = ""
    return country, sector


def _sector(chunks: list[str]) -> str:
    mapped = [CAMEO_TO_PLOVER.get(c, c) for c in chunks]
    for c in mapped:
        if c in PRIMARY:
            return CAMEO_TO_PLOVER.get(c, c)
    for c in mapped:
        if c in SECTORS:
            return c
    return "REL" if any(c in RELIGIONS for c in chunks) else ""


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_actors(text: str, name: str) -> Dictionary:
    """Parse a TABARI/PETRARCH .actors file into person/organisation/state aliases."""
    out = Dictionary(name)
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    coded = False

    def flush() -> None:
        if names and codes:
            _add_actor(out, names, codes)

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(_name(stripped[1:]))
            continue
        found = _CODE.findall(stripped)
        if line[0].isspace() and stripped.startswith("["):
            codes += _codes(found, where, out)
            coded = True
            continue
        if coded or codes:
            flush()
            names, codes, coded = [], [], False
        label = _CODE.sub("", stripped).strip()
        names.append(_name(label))
        if found:
            codes += _codes(found, where, out)
    flush()
    if not out.aliases:
        raise DataError(f"{name}: no actor entries found; is this a PETRARCH .actors file?")
    return out


def _codes(found: list[tuple[str, str]], where: str, out: Dictionary
           ) -> list[tuple[str, str, str]]:
    result = []
    for code, restriction in found:
        dates = parse_restriction(restriction)
        if dates is None:
            out.warnings.append(f"{where}: unreadable date restriction {restriction!r}; "
                                f"code {code} skipped")
            continue
        result.append((code, *dates))
    return result


def _add_actor(out: Dictionary, names: list[str], codes: list[tuple[str, str, str]]) -> None:
    canonical = names[0]
    dated = any(start or end for _, start, end in codes)
    for code, start, end in codes:
        country, sector = split_code(code)
        if country == UNKNOWN and not sector:
            continue
        kind = "state" if len(code) == 3 and country == code and country not in NONSTATE \
            else "person" if dated else "organisation"
        entry = Entry(canonical, country, sector, kind, valid_from=start, valid_to=end,
                      source=f"{out.path}: {canonical}")
        out.aliases += [Alias(n, entry) for n in dict.fromkeys(names) if n]


def parse_agents(text: str, name: str) -> Dictionary:
    """Parse a PETRARCH agents file (role nouns with `~` codes) into role aliases."""
    out = Dictionary(name)
    macros: dict[str, list[str]] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        where = f"{name} line {lineno}"
        macro = _MACRO.match(line)
        if macro:
            macros[macro.group(1)] = [v.strip() for v in macro.group(2).split(",") if v.strip()]
            continue
        found = _CODE.findall(line)
        if not found:
            out.warnings.append(f"{where}: no [~CODE] on an agent line; skipped")
            continue
        label = _CODE.sub("", line)
        plural = re.search(r"\{([^}]*)\}", label)
        label = re.sub(r"\{[^}]*\}", "", label).strip()
        forms = [label] + ([plural.group(1).strip()] if plural and plural.group(1).strip() else [])
        sector = _sector(_chunks(found[0][0]))
        if not sector:
            out.warnings.append(f"{where}: code {found[0][0]} has no PLOVER sector; skipped")
            continue
        expanded = [_name(f) for form in forms for f in _expand(form, macros)]
        entry = Entry(expanded[0] if expanded else label, "", sector, "role", weight=2,
                      source=where)
        out.aliases += [Alias(f.lower(), entry) for f in dict.fromkeys(expanded) if f]
    if not out.aliases:
        raise DataError(f"{name}: no agent entries found; is this a PETRARCH agents file?")
    return out


def _chunks(code: str) -> list[str]:
    code = code.lstrip("~")
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _expand(form: str, macros: dict[str, list[str]]) -> list[str]:
    """Every spelling of a form whose `!MACRO!`s stand for alternatives."""
    parts = re.split(r"(![A-Z]+!)", form)
    options = [macros.get(p, [p]) if p.startswith("!") else [p] for p in parts]
    return ["".join(choice) for choice in itertools.product(*options)]
