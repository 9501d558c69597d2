"""Story level: merge repeated mentions of one event into one record with all its evidence.

Following the annotation guidelines, two mentions are the same story-level event when type,
modality, actors and recipients agree (actors compared by country and sector).
"""

from __future__ import annotations

from ..article import Entity, Event


def _parties(entities: list[Entity]) -> frozenset[tuple[str, str]]:
    return frozenset((e.country, e.sector) for e in entities)


def event_key(event: Event) -> tuple[object, ...]:
    return (event.type, event.modality, _parties(event.actor), _parties(event.recipient))


def _specificity(event: Event) -> tuple[int, float]:
    return (len(event.cameo or ""), event.confidence)


def _known(entities: list[Entity]) -> set[str]:
    return {e.country for e in entities if e.country not in ("", "---")}


def _countries(entities: list[Entity]) -> set[str]:
    return {e.country or "---" for e in entities}


def _covers(full: Event, partial: Event) -> bool:
    """Whether `partial` is a vaguer mention of `full`: same type and modality, no new party."""
    if full is partial or full.type != partial.type or full.modality != partial.modality:
        return False
    if full.mode and partial.mode and full.mode != partial.mode and \
            full.modality in ("hypothetical", "future"):
        return False  # distinct proposals: "expand sanctions" and "close embassies"
    if (full.mode == "investigate") != (partial.mode == "investigate"):
        return False  # an inquiry into what happened is not the charge made about it
    if (full.mode == "riot") != (partial.mode == "riot") and full.type == "PROTEST":
        return False  # the crowd that torched a police station also marched: two records
    actors, recipients = _known(partial.actor), _known(partial.recipient)
    if not _countries(partial.actor) <= _countries(full.actor) or \
            not _countries(partial.recipient) <= _countries(full.recipient):
        return False  # an unnamed party ("the perpetrators") is not any named one
    richer = len(_known(full.actor)) + len(_known(full.recipient))
    return richer > len(actors) + len(recipients)


def _join_halves(events: list[Event]) -> list[Event]:
    """One sentence, two halves of one event: "are sanctioned by the Treasury as vessels of
    IRISL" gives the doer in one mention and the target in another; join them."""
    kept: list[Event] = []
    for event in events:
        other = next((k for k in kept if k.type == event.type and k.modality == event.modality
                      and k.start < event.end and event.start < k.end
                      and (bool(k.actor) != bool(event.actor))
                      and (bool(k.recipient) != bool(event.recipient))
                      and bool(k.actor) != bool(k.recipient)), None)
        if other is None:
            kept.append(event)
            continue
        other.actor = other.actor or event.actor
        other.recipient = other.recipient or event.recipient
        other.mode = other.mode or event.mode
        other.confidence = max(other.confidence, event.confidence)
        other.evidence = _evidence([other, event])
    return kept


def _evidence(events: list[Event]) -> list[list[int]]:
    """Every distinct evidence span of `events`, each event's quote where it has none."""
    spans: list[list[int]] = []
    for e in events:
        for span in e.evidence or [[e.start, e.end]]:
            if span not in spans:
                spans.append(list(span))
    return spans


def merge_events(events: list[Event]) -> list[Event]:
    """One event per key, in order of first mention; the best-supported mention is kept.

    A mention that names fewer parties than another event of the same type ("the attack",
    "an attack on the camp by Burundian militiamen") is folded into it as evidence.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    for event in _join_halves(events):
        groups.setdefault(event_key(event), []).append(event)
    keys = list(groups)
    for key in keys:
        partial = groups[key][0]
        target = next((k for k in keys if k != key and groups.get(k)
                       and _covers(groups[k][0], partial)), None)
        if target is not None:
            groups[target].extend(groups.pop(key))
    merged = []
    for group in groups.values():
        best = max(group, key=lambda e: (len(_known(e.actor)) + len(_known(e.recipient)),
                                         e.confidence, len(e.cameo or "")))
        evidence = sorted(_evidence(group))
        most_specific = max(group, key=_specificity)
        if most_specific is not best and best.cameo and most_specific.cameo and \
                most_specific.cameo.startswith(best.cameo[:2]):
            best.cameo = most_specific.cameo
            best.goldstein = most_specific.goldstein
            best.quad_class = most_specific.quad_class
            best.mode = best.mode or most_specific.mode
        if len(group) > 1:
            # each further mention is independent support for the same event
            best.confidence = round(1 - (1 - best.confidence) * 0.85 ** (len(group) - 1), 3)
        if best.location is None:
            best.location = next((e.location for e in group if e.location is not None), None)
        if not best.source:
            best.source = next((e.source for e in group if e.source), [])
        best.evidence = evidence
        merged.append(best)
    merged.sort(key=lambda e: e.start)
    return merged
