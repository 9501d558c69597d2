"""The actor knowledge base: versioned TSV files of states, groups, people and role words.

The packaged files live in `dyadwatch/actors/kb/`; a user folder of the same format and
PETRARCH dictionaries (see `petrarch.py`) can be merged in. Every row is validated on load, and
a bad row raises `DataError` naming the file and line. Names are indexed as tuples of
lower-cased tokens (the same tokenizer as the parse) so resolution is a dict lookup per token.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..codebooks import actor_codes
from ..errors import DataError

KB_FORMAT_VERSION = 1

# PLOVER sectors plus the CAMEO codes the knowledge base may also use (ELI: former officials).
SECTORS = frozenset("GOV MIL COP JUD LEG SPY OPP REB UAF PRM CVL REF JRN BUS LAB EDU REL MED "
                    "SOC CRM UNK ELI".split())
NONSTATE = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
UNKNOWN = "---"
KINDS = frozenset({"state", "capital", "seat", "adjective", "people", "region", "person",
                   "organisation", "group", "igo", "bloc", "role"})
# Kinds that name an actor by themselves (roles need a country cue or stand as "---").
NAMED_KINDS = frozenset(KINDS - {"role", "adjective"})

FILES = {
    "countries.tsv": ("code", "name", "aliases", "adjectives", "people", "capitals", "seats",
                      "regions"),
    "groups.tsv": ("names", "country", "sector", "kind", "members", "from", "to"),
    "people.tsv": ("names", "country", "sector", "role", "from", "to"),
    "roles.tsv": ("phrases", "sector", "weight", "country"),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UPPER_KEY = re.compile(r"^[A-Z][A-Z.&/-]*$")


@dataclass(frozen=True)
class Entry:
    """One thing a phrase can name: a state, capital, group, person or a role word."""

    name: str
    country: str
    sector: str
    kind: str
    members: tuple[str, ...] = ()
    valid_from: str = ""
    valid_to: str = ""
    weight: int = 2
    role: str = ""
    source: str = ""

    def valid_on(self, date: str | None) -> bool:
        """Whether the entry holds on `date` (ISO); undated entries and lookups always hold."""
        if not date:
            return True
        day = date[:10]
        return (not self.valid_from or day >= self.valid_from) and (
            not self.valid_to or day < self.valid_to)


@dataclass(frozen=True)
class Alias:
    """A surface form of an entry; `exact_case` forms ("US", "AU") must match case exactly.

    Other forms match in any case, except that a capitalised word must be capitalised in the
    text too ("Turkey" the state, not the bird).
    """

    text: str
    entry: Entry
    exact_case: bool = False


@dataclass
class KnowledgeBase:
    """Aliases indexed by lower-cased token tuples, with the longest key length per first token."""

    aliases: list[Alias] = field(default_factory=list)
    index: dict[tuple[str, ...], list[tuple[Alias, tuple[str, ...]]]] = field(default_factory=dict)
    first: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def add(self, aliases: Iterable[Alias]) -> None:
        self.aliases.extend(aliases)

    def build(self, tokenize: Any) -> KnowledgeBase:
        """Index every alias by its token tuple; `tokenize(text) -> list[str]`."""
        index: dict[tuple[str, ...], list[tuple[Alias, tuple[str, ...]]]] = {}
        lengths: dict[str, set[int]] = {}
        for alias in self.aliases:
            tokens = tuple(tokenize(alias.text))
            key = tuple(normalise(t) for t in tokens)
            if not key:
                continue
            index.setdefault(key, []).append((alias, tokens))
            lengths.setdefault(key[0], set()).add(len(key))
        self.index = index
        self.first = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
        return self

    def entries(self, kind: str | None = None) -> Iterator[Entry]:
        seen: set[int] = set()
        for alias in self.aliases:
            if id(alias.entry) not in seen and (kind is None or alias.entry.kind == kind):
                seen.add(id(alias.entry))
                yield alias.entry


def normalise(token: str) -> str:
    """The form tokens are compared in: lower case, straight apostrophes."""
    return token.lower().replace("\u2019", "'").replace("\u2018", "'")


def known_codes() -> frozenset[str]:
    """Country-slot codes the KB may use: ISO and legacy states, regions and non-state codes."""
    codes = {c.code for c in actor_codes().values()
             if c.category in ("country", "country_legacy", "region", "plover_nonstate")}
    return frozenset(codes | NONSTATE | {UNKNOWN})


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _check_date(value: str, where: str) -> str:
    value = value.strip()
    if value and not _DATE.match(value):
        raise DataError(f"{where}: date {value!r} is not YYYY-MM-DD")
    return value


def read_rows(text: str, name: str, columns: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """Yield (where, cells) for each data row of a KB file, checking version and header."""
    version = None
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        where = f"{name} line {lineno}"
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*version:\s*(\S+)", line)
            if m:
                if not m.group(1).isdigit() or int(m.group(1)) > KB_FORMAT_VERSION:
                    raise DataError(f"{where}: unsupported knowledge-base version {m.group(1)!r}; "
                                    f"this dyadwatch reads version {KB_FORMAT_VERSION}")
                version = int(m.group(1))
            continue
        cells = line.split("\t")
        if not header_seen:
            if version is None:
                raise DataError(f"{where}: missing '# version: N' line before the header")
            if tuple(c.strip() for c in cells) != columns:
                raise DataError(f"{where}: header must be {' | '.join(columns)}")
            header_seen = True
            continue
        if len(cells) > len(columns):
            raise DataError(f"{where}: {len(cells)} columns, expected {len(columns)}")
        cells += [""] * (len(columns) - len(cells))
        yield where, cells
    if not header_seen:
        raise DataError(f"{name}: no header row; expected {' | '.join(columns)}")


def _alias(text: str, entry: Entry) -> Alias:
    return Alias(text, entry, exact_case=bool(_UPPER_KEY.match(text)) and len(text) <= 5)


def _code(value: str, where: str, codes: frozenset[str]) -> str:
    value = value.strip()
    if value not in codes:
        raise DataError(f"{where}: unknown country code {value!r} (see dyadwatch explain)")
    return value


def _sector(value: str, where: str) -> str:
    value = value.strip()
    if value and value not in SECTORS:
        raise DataError(f"{where}: unknown sector {value!r}; "
                        f"use one of {' '.join(sorted(SECTORS))}")
    return value


def _with_sector(value: str, default: str, where: str) -> tuple[str, str]:
    text, _, sector = value.partition(":")
    return text.strip(), _sector(sector, where) if sector else default


def parse_countries(text: str, name: str, codes: frozenset[str]) -> list[Alias]:
    out: list[Alias] = []
    for where, (code, cname, aliases, adjectives, people, capitals, seats, regions) in read_rows(
            text, name, FILES["countries.tsv"]):
        code = _code(code, where, codes)
        if not cname.strip():
            raise DataError(f"{where}: empty country name")
        state = Entry(cname.strip(), code, "", "state", source=where)
        out += [_alias(n, state) for n in [cname.strip(), *_split(aliases)] if ":" not in n]
        for n in _split(aliases):
            if ":" in n:  # "Palestinian Authority:GOV" names a body, not the state
                body, sector = _with_sector(n, "GOV", where)
                out.append(_alias(body, Entry(body, code, sector, "seat", source=where)))
        adj = Entry(cname.strip(), code, "", "adjective", source=where)
        people_entry = Entry(cname.strip(), code, "", "people", source=where)
        plural = _split(people)
        for a in _split(adjectives):
            out.append(_alias(a, adj))
            if a[-1] in "ni" and a + "s" not in plural:
                plural.append(a + "s")
        out += [_alias(p, people_entry) for p in plural]
        capital = Entry(cname.strip(), code, "GOV", "capital", source=where)
        out += [_alias(c, capital) for c in _split(capitals)]
        for s in _split(seats):
            seat_name, sector = _with_sector(s, "GOV", where)
            out.append(_alias(seat_name, Entry(seat_name, code, sector, "seat", source=where)))
        for r in _split(regions):
            out.append(_alias(r, Entry(r, code, "", "region", source=where)))
    return out


def parse_groups(text: str, name: str, codes: frozenset[str]) -> list[Alias]:
    out: list[Alias] = []
    for where, (names, country, sector, kind, members, start, end) in read_rows(
            text, name, FILES["groups.tsv"]):
        forms = _split(names)
        if not forms:
            raise DataError(f"{where}: no names")
        kind = kind.strip()
        if kind not in KINDS - {"state", "capital", "adjective", "people", "region", "role",
                                "person"}:
            raise DataError(f"{where}: kind {kind!r} must be organisation, group, igo, bloc "
                            "or seat")
        member_codes = tuple(_code(m, where, codes) for m in members.split())
        entry = Entry(forms[0], _code(country, where, codes), _sector(sector, where), kind,
                      member_codes, _check_date(start, where), _check_date(end, where),
                      source=where)
        out += [_alias(f, entry) for f in forms]
    return out


def parse_people(text: str, name: str, codes: frozenset[str]) -> list[Alias]:
    out: list[Alias] = []
    for where, (names, country, sector, role, start, end) in read_rows(
            text, name, FILES["people.tsv"]):
        forms = _split(names)
        if not forms:
            raise DataError(f"{where}: no names")
        entry = Entry(forms[0], _code(country, where, codes), _sector(sector, where), "person",
                      valid_from=_check_date(start, where), valid_to=_check_date(end, where),
                      role=role.strip(), source=where)
        out += [_alias(f, entry) for f in forms]
    return out


def parse_roles(text: str, name: str, codes: frozenset[str]) -> list[Alias]:
    out: list[Alias] = []
    for where, (phrases, sector, weight, country) in read_rows(text, name, FILES["roles.tsv"]):
        forms = _split(phrases)
        if not forms:
            raise DataError(f"{where}: no phrases")
        if not weight.strip().isdigit() or not 0 <= int(weight) <= 4:
            raise DataError(f"{where}: weight {weight!r} must be 0-4")
        home = _code(country, where, codes) if country.strip() else ""
        entry = Entry(forms[0], home, _sector(sector, where), "role", weight=int(weight),
                      source=where)
        for form in forms:
            out.append(Alias(form, entry))
            for plural in _plurals(form):
                out.append(Alias(plural, entry))
    return out


def _plurals(form: str) -> list[str]:
    """Regular English plurals of a role phrase's last word (irregular ones are listed)."""
    head, _, last = form.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last or last.endswith("s") or last.endswith("men") or last[-1] in "-.'":
        return []
    if last.endswith("man"):
        return [f"{prefix}{last[:-3]}men"]
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        return [f"{prefix}{last[:-1]}ies"]
    if last.endswith(("ch", "sh", "x", "z")):
        return [f"{prefix}{last}es"]
    return [f"{prefix}{last}s"]


PARSERS = {"countries.tsv": parse_countries, "groups.tsv": parse_groups,
           "people.tsv": parse_people, "roles.tsv": parse_roles}


def parse_file(text: str, name: str, *, kind: str | None = None) -> list[Alias]:
    """Parse one KB file's text; `kind` is the file type (defaults to `name`'s base name)."""
    file_type = kind or Path(name).name
    parser = PARSERS.get(file_type)
    if parser is None:
        raise DataError(f"{name}: unknown knowledge-base file; expected one of {', '.join(FILES)}")
    return parser(text, name, known_codes())


def packaged_aliases() -> list[Alias]:
    out: list[Alias] = []
    folder = resources.files("dyadwatch.actors").joinpath("kb")
    for file_name in FILES:
        try:
            text = folder.joinpath(file_name).read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise DataError(f"packaged knowledge base file {file_name} is missing; "
                            "reinstall dyadwatch") from e
        out += parse_file(text, f"kb/{file_name}")
    return out


def folder_aliases(folder: str | Path) -> list[Alias]:
    """Aliases from a user KB folder holding any of the four KB files."""
    path = Path(folder)
    if not path.is_dir():
        raise DataError(f"knowledge base folder {path} does not exist; fix actors.knowledge_base")
    out: list[Alias] = []
    for file_name in FILES:
        if (path / file_name).exists():
            out += parse_file((path / file_name).read_text(encoding="utf-8"),
                              str(path / file_name))
    return out


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def tokenize(text: str) -> list[str]:
    """Token texts as the English tokenizer splits them (what the parse will produce)."""
    return [t.text for t in _tokenizer()(text)]


@functools.lru_cache(maxsize=8)
def load_kb(*, extra_folder: str = "", petrarch: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged KB, merged with a user folder and PETRARCH dictionaries; cached per process.

    Packaged rows come first, so on equal keys they are preferred over imported ones.
    """
    kb = KnowledgeBase()
    kb.add(packaged_aliases())
    if extra_folder:
        kb.add(folder_aliases(extra_folder))
    if petrarch:
        from .petrarch import read_dictionary

        for path in petrarch:
            kb.add(read_dictionary(path).aliases)
    return kb.build(tokenize)
