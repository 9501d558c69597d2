"""Coding one noun phrase from its knowledge-base matches: who it names, their country and sector.

Pure logic over `Match` objects (no spaCy), shared by document resolution and `resolve_phrase`.
The phrase's head decides what kind of actor it is (a role noun, a person, a group, a state);
modifiers give the country ("Belgian court", "Iran's foreign ministry") or, when coordinated,
several actors ("Hungarian and Romanian officials").
"""

from __future__ import annotations

from dataclasses import dataclass

from .codebook import NONSTATE, UNKNOWN, Alias, Entry

# Cues that say which state (or bloc) a phrase belongs to.
ELI = "ELI"
STANCE_PREFIX = frozenset({"pro", "anti", "non"})
STANCE_SUFFIX = frozenset({"backed", "sponsored", "supported", "funded", "allied", "aligned",
                           "friendly", "linked", "affiliated", "inspired", "occupied", "made",
                           "built", "manufactured", "born", "speaking", "controlled", "held",
                           "ruled", "dominated", "style", "brokered", "mediated"})


@dataclass
class Match:
    """A knowledge-base hit over tokens [start, end) with the aliases it may stand for."""

    start: int
    end: int
    aliases: list[Alias]
    char_start: int = 0
    char_end: int = 0
    blocked: bool = False  # "pro-Iranian": names a stance, not the actor's country
    conj: bool = False  # coordinated with the previous modifier ("Hungarian and Romanian")

    @property
    def named(self) -> bool:
        return any(a.entry.kind != "role" for a in self.aliases)

    def entry(self, date: str | None) -> tuple[Entry, bool]:
        """The entry this match stands for on `date`, and whether the holder is now former."""
        return pick_entry([a.entry for a in self.aliases], date)


@dataclass
class Code:
    """What a phrase resolves to."""

    country: str = UNKNOWN
    sector: str = ""
    kind: str = "role"
    name: str = ""
    members: tuple[str, ...] = ()
    confidence: float = 1.0
    role: str = ""  # the head role word, for "the diplomat" coreference
    key: tuple[str, ...] = ()
    cue: Match | None = None  # the modifier that gave the country
    has_country: bool = False
    span_end: int = 0  # where the evidence ends when a following phrase gave the country


def names_a_stance(words: list[str], start: int, end: int) -> bool:
    """"pro-Iranian", "Iranian-backed": the words name a stance or sponsor, not the actor."""
    if start >= 2 and words[start - 1] == "-" and words[start - 2] in STANCE_PREFIX:
        return True
    return end + 1 < len(words) and words[end] == "-" and words[end + 1] in STANCE_SUFFIX


def pick_entry(entries: list[Entry], date: str | None) -> tuple[Entry, bool]:
    """Prefer named entries over role words; among one name's dated rows take the one in force."""
    named = [e for e in entries if e.kind != "role"] or entries
    first = named[0]
    rows = [e for e in named if e.name == first.name]
    if len(rows) == 1 and not (date and first.kind == "person"):
        return rows[0], False
    if date:
        day = date[:10]
        for row in rows:
            if row.valid_on(day):
                return row, False
        ended = [r for r in rows if r.valid_to and r.valid_to <= day]
        if ended and first.kind == "person":
            return max(ended, key=lambda r: r.valid_to), True
        return min(rows, key=lambda r: r.valid_from or "0000"), False
    current = [r for r in rows if not r.valid_to]
    if current:
        return max(current, key=lambda r: r.valid_from or "0000"), False
    return max(rows, key=lambda r: r.valid_to), False


def _role_entry(match: Match) -> Entry | None:
    for alias in match.aliases:
        if alias.entry.kind == "role":
            return alias.entry
    return None


def _best_role(roles: list[tuple[Entry, Match]], head: Match | None) -> Entry | None:
    """The decisive role word: highest weight, the head winning ties."""
    best: Entry | None = None
    for entry, match in roles:
        if best is None or entry.weight > best.weight or (
                entry.weight == best.weight and match is head):
            best = entry
    return best


def code_phrase(matches: list[Match], head: Match | None, *, date: str | None) -> list[Code]:
    """Code a phrase whose matches are `matches` and whose head word lies in `head` (or none).

    Returns one Code per actor the phrase names: none when the head is no actor and no
    modifier names one, several for coordinated modifiers.
    """
    if head is None:
        # "Haiti's efforts", "a Senegalese peace plan": each named modifier is an actor itself.
        return [_named(m, date) for m in matches if m.named and not m.blocked]
    modifiers = [m for m in matches if m is not head]
    roles = [(e, m) for m in matches if (e := _role_entry(m)) is not None]
    head_entry, former = head.entry(date)
    cues = [m for m in modifiers if m.named and not m.blocked]
    if head_entry.kind == "role":
        return _code_role(head, head_entry, roles, cues, date)
    # "the Turkish and Greek sides" hangs on "Turkish": the conjunct is an actor of its own.
    conjuncts = []
    for m in cues:
        if m.conj and m.start > head.start:
            conjuncts.append(_named(m, date))
            conjuncts[-1].cue = m
    cues = [m for m in cues if not (m.conj and m.start > head.start)]
    if head_entry.kind == "person":
        titled = _titled_row(head, [m for _, m in roles], date)
        if titled is not None:
            head_entry, former = titled, False
    code = _named(head, date, entry=head_entry, former=former)
    role = _best_role(roles, head)
    if head_entry.kind == "person":
        if former:
            code.sector = ELI
            body = cues[-1].entry(date)[0] if cues else None
            if body is not None and body.country in ("UNO", "IGO", "EUR") and role is not None:
                # "UN special envoy Julie Bishop": a former minister now serving the body her
                # title names
                code.country, code.sector, code.has_country = body.country, role.sector, True
        if role is not None and role.weight >= 3:
            code.sector = role.sector
        elif role is not None and not code.sector and role.weight >= 2:
            code.sector = role.sector
        code.role = role.name if role is not None else code.role
    elif head_entry.kind in ("seat", "people", "adjective") and cues:
        # "German Foreign Office", "Bosnian Serbs": the modifier names the state.
        cue_entry, _ = cues[-1].entry(date)
        if cue_entry.country != UNKNOWN:
            code.country = cue_entry.country
            code.cue = cues[-1]
    return [code, *conjuncts]


def _titled_row(head: Match, titles: list[Match], date: str | None) -> Entry | None:
    """The row of a person whose role the text's title names ("President Gbagbo")."""
    rows = [a.entry for a in head.aliases if a.entry.kind == "person"]
    if len(rows) < 2 or not titles:
        return None
    words = {a.text.lower() for m in titles for a in m.aliases} | {
        a.entry.name.lower() for m in titles for a in m.aliases}
    named = [r for r in rows if r.name == rows[0].name and r.role.lower() in words]
    if not named:
        return None
    valid = [r for r in named if r.valid_on(date)]
    return (valid or sorted(named, key=lambda r: r.valid_from or "0000"))[-1]


def _named(match: Match, date: str | None, *, entry: Entry | None = None,
           former: bool = False) -> Code:
    """The code of a match that names an actor by itself (a state, group, person...)."""
    if entry is None:
        entry, former = match.entry(date)
    kind = {"adjective": "state", "capital": "state", "region": "state",
            "seat": "organisation"}.get(entry.kind, entry.kind)
    sector = entry.sector
    if entry.country in NONSTATE:
        sector = ""
    if former:
        sector = ELI
    members = entry.members or ((entry.country,) if entry.kind != "person" else ())
    return Code(country=entry.country, sector=sector, kind=kind, name=entry.name,
                members=members if entry.kind == "bloc" else (),
                key=_identity(entry), has_country=entry.country != UNKNOWN,
                confidence=0.95)


def _code_role(head: Match, head_entry: Entry, roles: list[tuple[Entry, Match]],
               cues: list[Match], date: str | None) -> list[Code]:
    """A role noun head ("court", "officials") takes its country from the modifiers."""
    role = _best_role(roles, head) or head_entry
    sector = role.sector
    if role.sector == ELI and head_entry.sector in ("", "CVL"):
        sector = head_entry.sector  # "former residents" are still residents
    groups: list[list[Match]] = []
    for cue in cues:
        if cue.conj and groups:
            groups.append([cue])
        elif groups:
            groups[-1].append(cue)
        else:
            groups.append([cue])
    if not groups:
        home = head_entry.country or UNKNOWN
        if home == "NGO":
            sector = ""  # "rights groups", "a watchdog": the NGO itself, coded without a sector
        return [Code(country=home, sector=sector, kind="role", name=head_entry.name,
                     role=head_entry.name, key=("role", head_entry.name, home),
                     has_country=home != UNKNOWN, confidence=0.5 if home == UNKNOWN else 0.7)]
    out = []
    for group in groups:
        cue = _deciding_cue(group, date)
        entry, _ = cue.entry(date)
        code = Code(country=entry.country, sector=sector, kind="role", name=head_entry.name,
                    role=head_entry.name, cue=cue, has_country=entry.country != UNKNOWN,
                    confidence=0.9)
        if entry.kind in ("organisation", "group", "person") and entry.sector and (
                role.weight == 0 or (entry.sector != "GOV" and role.weight <= 2)):
            code.sector = entry.sector  # "Hamas officials", "the NCRI's president-elect"
        elif entry.kind in ("organisation", "igo", "group") and entry.country in NONSTATE \
                and role.weight <= 1:
            code.sector = ""  # "Red Cross officials", "NATO officials": the body itself
        if entry.kind == "bloc":
            code.kind = "bloc"
            code.members = entry.members
        code.key = ("role", head_entry.name, code.country, code.sector)
        out.append(code)
    return out


def _deciding_cue(group: list[Match], date: str | None) -> Match:
    """The modifier nearest the head decides, except that a state beats a body it serves in:
    "Iran's U.N. ambassador" is Iran's diplomat, not the UN's."""
    nearest = group[-1]
    if nearest.entry(date)[0].country not in NONSTATE:
        return nearest
    states = [m for m in group[:-1] if m.entry(date)[0].country not in NONSTATE | {UNKNOWN}]
    return states[-1] if states else nearest


def _identity(entry: Entry) -> tuple[str, ...]:
    """Mentions with the same identity are one actor: "Iran" and "Iranian" are the state."""
    if entry.kind in ("state", "adjective"):
        return ("state", entry.country)
    return (entry.kind, entry.name, entry.country)
