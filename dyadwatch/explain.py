"""`dyadwatch explain CODE`: what a PLOVER type or mode, CAMEO code, actor or sector code, or
persuasion technique means, from the packaged codebooks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import codebooks
from .errors import UnknownCodeError


@dataclass
class Explanation:
    kind: str
    code: str
    title: str
    details: list[tuple[str, str]] = field(default_factory=list)


def explain(query: str) -> list[Explanation]:
    """Every reading of `query` the codebooks know; UnknownCodeError with hints when none."""
    q = query.strip()
    if not q:
        raise UnknownCodeError("nothing to explain; give a code such as ASSAULT, 190, IRN or JUD")
    found: list[Explanation] = []
    found += _technique(q)
    found += _plover(q)
    found += _cameo(q)
    found += _actor(q)
    if not found:
        raise UnknownCodeError(
            f"{query!r} is not a PLOVER type or mode, CAMEO code, actor or sector code, or "
            "technique; examples: ASSAULT, ASSAULT.explosives, 1831, IRN, JUD, IRNGOV, "
            "Loaded_Language"
        )
    return found


def _technique(q: str) -> list[Explanation]:
    from .rhetoric.techniques import lookup_technique

    t = lookup_technique(q)
    if t is None:
        return []
    return [Explanation("persuasion technique", t.name, t.label,
                        [("definition", t.definition), ("example", t.example)])]


def _plover(q: str) -> list[Explanation]:
    types = codebooks.plover_types()
    modes = codebooks.plover_modes()
    out = []
    event, _, mode = q.partition(".")
    ptype = types.get(event.upper())
    if ptype is not None and not mode:
        quad = codebooks.QUAD_NAMES[ptype.quad_class]
        out.append(Explanation("PLOVER event type", ptype.name, ptype.definition, [
            ("quad class", f"{ptype.quad_class} ({quad})"),
            ("score", "" if ptype.score is None else f"{ptype.score:g}"),
            ("recipient required", "yes" if ptype.requires_recipient else "no"),
            ("CAMEO roots", ptype.cameo_root),
            ("modes", ", ".join(ptype.modes) or "none"),
        ]))
    wanted = mode.lower() if ptype is not None and mode else q.lower()
    for (ev, name), m in sorted(modes.items()):
        if name.lower() != wanted or (ptype is not None and mode and ev != ptype.name):
            continue
        details = [("event type", ev), ("status", m.status)]
        if m.score is not None:
            details.append(("score", f"{m.score:g}"))
        out.append(Explanation("PLOVER mode", f"{ev}.{name}", m.definition, details))
    return out


def _cameo(q: str) -> list[Explanation]:
    entry = codebooks.cameo_codes().get(q)
    if entry is None:
        return []
    goldstein = codebooks.cameo_goldstein(entry.code)
    root = codebooks.cameo_codes().get(entry.root)
    details = [
        ("root", f"{entry.root} {root.name if root else ''}".strip()),
        ("Goldstein", "" if goldstein is None else f"{goldstein:+g}"
         + ("" if entry.goldstein is not None else " (parent's value; not in GDELT)")),
        ("QuadClass", f"{entry.quad_class} ({codebooks.QUAD_NAMES[entry.quad_class]})"),
        ("PLOVER", " / ".join(x for x in (entry.plover_event, entry.plover_mode) if x)
         or "dropped in PLOVER"),
    ]
    return [Explanation("CAMEO event code", entry.code, entry.name, details)]


def _actor(q: str) -> list[Explanation]:
    code = q.upper()
    rows = codebooks.actor_code_rows()
    if code in rows:
        return [Explanation(f"actor code ({r.category.replace('_', ' ')})", r.code, r.name,
                            [("meaning", r.meaning)]
                            + ([("ISO alpha-2", r.iso_alpha2)] if r.iso_alpha2 else [])
                            + ([("FIPS 10-4", r.fips10_4)] if r.fips10_4 else []))
                for r in rows[code]]
    if re.fullmatch(r"(?:[A-Z]{3}){2,5}", code):
        parts = [code[i:i + 3] for i in range(0, len(code), 3)]
        if all(p in rows for p in parts):
            known = codebooks.actor_codes()
            details = [(p, f"{known[p].name}: {known[p].meaning}") for p in parts]
            names = " / ".join(known[p].name for p in parts)
            return [Explanation("CAMEO actor code chain", code, names, details)]
    return []
