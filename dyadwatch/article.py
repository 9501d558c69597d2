"""The central object: an `Article` that every pipeline stage enriches.

Everything an analysis finds is addressed by character offsets (Python `str` indices, end
exclusive) into `Article.text`. The JSON form is versioned (`SCHEMA`) and round-trips exactly:
`Article.from_dict(article.to_dict()).to_dict() == article.to_dict()`.
See docs/output-format.md for the field-by-field description.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

from .errors import SchemaError

SCHEMA = "dyadwatch.article/1"

MODALITIES = ("asserted", "negated", "future", "hypothetical", "attempted")
OUTCOME_STATUSES = ("pending", "ok", "skipped", "failed")
UNKNOWN_COUNTRY = "---"


@dataclass
class Entity:
    """An actor as it takes part in an event: the words, where they are, and its codes."""

    text: str
    start: int
    end: int
    country: str = UNKNOWN_COUNTRY
    sector: str = ""
    actor_id: str | None = None


@dataclass
class Sentence:
    """A sentence; `propaganda_score` is the rhetoric stage's 0-1 score, None until it runs."""

    start: int
    end: int
    propaganda_score: float | None = None


@dataclass
class Mention:
    """A named-entity mention found by the NLP layer (spaCy label set)."""

    text: str
    start: int
    end: int
    label: str


@dataclass
class Actor:
    """A political actor resolved within one article, with every place it is mentioned.

    `start`/`end` point at its most informative mention; `mentions` lists all of them as
    [start, end] pairs (coreferent "Assadi", "the diplomat", "he" included). `members` lists
    the country codes a group actor stands for ("Western governments", "the G7").
    """

    id: str
    text: str
    start: int
    end: int
    country: str = UNKNOWN_COUNTRY
    sector: str = ""
    name: str = ""
    code: str = ""
    kind: str = ""
    members: list[str] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class Location:
    """Where an event happened, as the text says it."""

    text: str
    start: int
    end: int
    country: str = UNKNOWN_COUNTRY


@dataclass
class Event:
    """Who did what to whom: one PLOVER event with its CAMEO coding and evidence."""

    type: str
    mode: str | None
    actor: list[Entity]
    recipient: list[Entity]
    modality: str
    quote: str
    start: int
    end: int
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    date: str | None = None
    date_granularity: str | None = None
    location: Location | None = None
    confidence: float = 0.0
    trigger: list[int] | None = None
    evidence: list[list[int]] = field(default_factory=list)
    source: list[Entity] = field(default_factory=list)


@dataclass
class TechniqueSpan:
    """A passage that uses a persuasion technique (SemEval-2020 Task 11 label set)."""

    technique: str
    start: int
    end: int
    confidence: float = 0.0


@dataclass
class Outcome:
    """What became of the article: pending, ok, skipped(reason) or failed(reason)."""

    status: str = "pending"
    reason: str = ""
    stages: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One news or opinion article and everything dyadwatch found in it."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    techniques: list[TechniqueSpan] = field(default_factory=list)
    technique_summary: dict[str, Any] = field(default_factory=dict)
    outcome: Outcome = field(default_factory=Outcome)
    meta: dict[str, Any] = field(default_factory=dict)
    # Working state of the stages (the spaCy Doc, indexes); never serialised.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> Article:
        """Make an article from text; the id defaults to a hash of the text."""
        article_id = metadata.pop("id", None) or text_id(text)
        return cls(id=str(article_id), text=text, **metadata)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            if f.name == "cache":
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from `to_dict()` output; raises SchemaError on anything else."""
        if not isinstance(data, dict):
            raise SchemaError("an article must be a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise SchemaError(
                f"unsupported article schema {schema!r}; this dyadwatch reads {SCHEMA!r}"
            )
        body = {k: v for k, v in data.items() if k != "schema"}
        try:
            return _build(cls, body)
        except (TypeError, KeyError, ValueError) as e:
            raise SchemaError(f"article JSON does not match {SCHEMA}: {e}") from e

    @classmethod
    def from_json(cls, text: str) -> Article:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SchemaError(f"not valid JSON: {e}") from e
        return cls.from_dict(data)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without its leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def text_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED: dict[tuple[str, str], type] = {
    ("Article", "sentences"): Sentence,
    ("Article", "mentions"): Mention,
    ("Article", "actors"): Actor,
    ("Article", "events"): Event,
    ("Article", "techniques"): TechniqueSpan,
    ("Article", "outcome"): Outcome,
    ("Event", "actor"): Entity,
    ("Event", "recipient"): Entity,
    ("Event", "location"): Location,
}


def _build(cls: type, data: dict[str, Any]) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} must be an object, got {type(data).__name__}")
    known = {f.name for f in fields(cls)} - {"cache"}
    unknown = set(data) - known
    if unknown:
        raise KeyError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        sub = _NESTED.get((cls.__name__, name))
        if sub is None or value is None:
            kwargs[name] = value
        elif isinstance(value, list):
            kwargs[name] = [_build(sub, v) for v in value]
        else:
            kwargs[name] = _build(sub, value)
    return cls(**kwargs)
