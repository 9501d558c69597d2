"""The `actors.resolve` stage and the actor API the event coder and the CLI use.

- `make_actor_stage(config)`: the pipeline stage; sets `article.actors`.
- `actor_for_span(article, start, end)`: the actor a character range (an event argument) names.
- `resolve_phrase(text, date=...)`: (country, sector) for a free phrase ("the Belgian court").
- `resolve_records(records, config)`: `{"id", "actors": [...]}` per input record, for the CLI.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..article import Actor, Article
from ..nlp import get_doc
from ..pipeline import analyse_records, chunked
from .codebook import KnowledgeBase, load_kb, normalise, tokenize
from .document import DocumentResolver
from .matching import scan
from .phrase import code_phrase, names_a_stance

INDEX_KEY = "actors.index"
ACTOR_STAGES = ["nlp.parse", "actors.resolve"]
log = logging.getLogger(__name__)


def kb_from_config(config: dict[str, Any]) -> KnowledgeBase:
    """The knowledge base the `[actors]` section asks for (packaged, extra folder, PETRARCH)."""
    section = config.get("actors", {})
    return load_kb(extra_folder=str(section.get("knowledge_base", "") or ""),
                   petrarch=tuple(str(p) for p in section.get("petrarch_dictionaries", []) or ()))


class ActorStage:
    """Resolve the actors of an article from its spaCy parse."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, article: Article) -> Article:
        doc = get_doc(article)
        article.actors = DocumentResolver(doc, self.kb, date=article.published).resolve()
        article.cache.pop(INDEX_KEY, None)
        return article


def make_actor_stage(config: dict[str, Any]) -> Callable[[Article], Article]:
    return ActorStage(kb_from_config(config))


def resolve_actors(article: Article, *, kb: KnowledgeBase | None = None) -> list[Actor]:
    """Resolve and set `article.actors` with the packaged (or given) knowledge base."""
    ActorStage(kb or load_kb())(article)
    return article.actors


# Confidence of an actor whose country was only guessed from the article's context.
GUESSED = 0.4


def actor_for_span(article: Article, start: int, end: int) -> Actor | None:
    """The actor whose mention best covers [start, end): the one holding its first character,
    then the largest share of overlap, then the tightest mention; None if none overlaps."""
    index = article.cache.get(INDEX_KEY)
    if index is None or index[0] is not article.actors:
        mentions = sorted((m[0], m[1], n) for n, actor in enumerate(article.actors)
                          for m in actor.mentions)
        index = (article.actors, mentions, [m[0] for m in mentions])
        article.cache[INDEX_KEY] = index
    actors, mentions, starts = index
    best: tuple[float, float, float, int, int] | None = None
    for m_start, m_end, n in mentions[:bisect.bisect_left(starts, end)]:
        overlap = min(end, m_end) - max(start, m_start)
        if overlap <= 0:
            continue
        score = overlap / (max(end, m_end) - min(start, m_start))
        # The mention holding the range's first character is its head ("Rebels in the Ivory
        # Coast" is the rebels), then one whose country is known rather than guessed from
        # context ("a U.N. military presence" is the UN's), then the closest fit.
        holds_first = float(m_start <= start < m_end)
        known = float(holds_first or actors[n].confidence > GUESSED)
        candidate = (holds_first, known, score, -(m_end - m_start), n)
        if best is None or candidate > best:
            best = candidate
    return actors[best[-1]] if best is not None else None


def resolve_phrase(text: str, *, date: str | None = None,
                   kb: KnowledgeBase | None = None) -> tuple[str, str] | None:
    """(country, sector) for a phrase on its own, without a parse; None if nothing is known.

    The last word is taken as the head when a role or name covers it ("the Belgian court");
    otherwise the first named modifier stands for the actor ("Iranian peace plan").
    """
    kb = kb or load_kb()
    tokens = tokenize(text)
    words = [normalise(t) for t in tokens]
    matches = scan(words, tokens, kb)
    if not matches:
        return None
    last = len(words) - 1
    while last > 0 and not any(c.isalnum() for c in words[last]):
        last -= 1
    head = matches[-1] if matches[-1].end > last else None
    for m in matches:
        m.conj = m.start >= 2 and words[m.start - 1] in ("and", "or", ",") and m is not head
        m.blocked = names_a_stance(words, m.start, m.end)
    codes = code_phrase(matches, head, date=date)
    if not codes:
        return None
    return codes[0].country, codes[0].sector


def actor_rows(article: Article) -> list[dict[str, Any]]:
    """One row per actor mention, in text order: text, start, end, country, sector."""
    rows = []
    for actor in article.actors:
        for start, end in actor.mentions:
            rows.append({"text": article.text[start:end], "start": start, "end": end,
                         "country": actor.country, "sector": actor.sector})
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def resolve_records(records: Iterable[Any], config: dict[str, Any] | None = None, *,
                    batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """`{"id", "actors": [...]}` per input record, in order; a bad record yields
    `{"id", "actors": [], "error": reason}` instead of stopping the stream."""
    done = 0
    for batch in chunked(records, batch_size):
        for article in analyse_records(batch, config, stages=ACTOR_STAGES, first_index=done):
            if article.outcome.status == "failed":
                yield {"id": article.id, "actors": [], "error": article.outcome.reason}
            else:
                yield {"id": article.id, "actors": actor_rows(article)}
        done += len(batch)


__all__ = ["ActorStage", "actor_for_span", "actor_rows", "make_actor_stage",
           "resolve_actors", "resolve_phrase", "resolve_records"]
