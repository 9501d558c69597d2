"""The table of pipeline stages: what each one is called, where it lives, what it needs and sets.

A stage is built by a factory `make_stage(config) -> Stage` that receives the whole
configuration dict and returns a callable `Article -> Article` (optionally with a
`pipe(articles)` method for batches). Factories are imported lazily, so building a pipeline
that has no rhetoric stage never imports torch.

Fields named in `requires` / `sets`: text, sentences, mentions, doc (the spaCy parse,
held in `article.cache`), actors, events, techniques, technique_summary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: str  # "module:function"
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    description: str


STAGES: dict[str, StageSpec] = {
    spec.name: spec
    for spec in (
        StageSpec(
            "nlp.parse",
            "dyadwatch.nlp.parse:make_parse_stage",
            requires=("text",),
            sets=("doc", "sentences", "mentions"),
            description="spaCy parse: sentences, named-entity mentions, dependency tree",
        ),
        StageSpec(
            "actors.resolve",
            "dyadwatch.actors.resolve:make_actor_stage",
            requires=("doc",),
            sets=("actors",),
            description="find political actors and resolve them to country + sector codes",
        ),
        StageSpec(
            "events.code",
            "dyadwatch.events.coder:make_event_stage",
            requires=("doc", "actors"),
            sets=("events",),
            description="PLOVER/CAMEO event coding with modality, dates and places",
        ),
        StageSpec(
            "rhetoric.detect",
            "dyadwatch.rhetoric.detector:make_rhetoric_stage",
            requires=("text",),
            sets=("techniques", "technique_summary"),
            description="persuasion-technique spans (SemEval-2020 Task 11) and summary",
        ),
    )
}

# What every article has before the first stage runs.
PROVIDED_BY_INGEST = ("text",)
