"""Political actors: recognise them in text and resolve them to country + sector codes."""

from .codebook import Entry, KnowledgeBase, load_kb
from .resolve import (
    actor_for_span,
    actor_rows,
    make_actor_stage,
    resolve_actors,
    resolve_phrase,
    resolve_records,
)

__all__ = ["Entry", "KnowledgeBase", "actor_for_span", "actor_rows", "load_kb",
           "make_actor_stage", "resolve_actors", "resolve_phrase", "resolve_records"]
