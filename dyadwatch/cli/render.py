"""Readable reports with rich: the article, its actors, events and techniques."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..article import Article, Entity
from ..explain import Explanation

MODALITY_STYLE = {"asserted": "green", "negated": "red", "future": "cyan",
                  "hypothetical": "magenta", "attempted": "yellow"}


def console_for(stream: IO[str]) -> Console:
    """A console on `stream`; 120 columns when it is not a terminal (files, pipes, CI logs)."""
    width = None if stream.isatty() else 120
    return Console(file=stream, soft_wrap=False, highlight=False, width=width)


def render_report(article: Article, console: Console) -> None:
    title = article.title or article.text.strip().splitlines()[0][:100]
    console.rule(f"[bold]{title}")
    meta = [f"id {article.id}"]
    meta += [v for v in (article.outlet, article.published, article.url) if v]
    meta.append(f"{len(article.text):,} chars, {len(article.sentences)} sentences")
    console.print(" | ".join(meta), style="dim")
    _actors(article, console)
    _events(article, console)
    _techniques(article, console)
    if not (article.actors or article.events or article.techniques) and article.mentions:
        table = Table(title="Entity mentions", title_justify="left")
        for col in ("text", "label", "offsets"):
            table.add_column(col)
        for m in article.mentions:
            table.add_row(m.text, m.label, f"{m.start}-{m.end}")
        console.print(table)
    console.print(
        f"[bold]Summary:[/] {len(article.actors)} actors, {len(article.events)} events "
        f"({sum(e.modality == 'asserted' for e in article.events)} asserted), "
        f"{len(article.techniques)} technique spans; stages: "
        f"{', '.join(article.outcome.stages) or 'none'}; outcome: {article.outcome.status}"
    )


def _actors(article: Article, console: Console) -> None:
    if not article.actors:
        return
    table = Table(title="Actors", title_justify="left")
    for col in ("actor", "country", "sector", "name / code", "mentions", "first at"):
        table.add_column(col)
    for a in article.actors:
        name = " / ".join(x for x in (a.name, a.code) if x)
        if a.members:
            name += f" (members: {', '.join(a.members[:8])}{'...' if len(a.members) > 8 else ''})"
        table.add_row(a.text, a.country, a.sector or "-", name, str(len(a.mentions) or 1),
                      f"{a.start}-{a.end}")
    console.print(table)


def _who(entities: list[Entity]) -> str:
    return ", ".join(f"{e.text} [{e.country}{' ' + e.sector if e.sector else ''}]"
                     for e in entities) or "-"


def _events(article: Article, console: Console) -> None:
    """One block per event: code line, who -> whom, then the exact words that report it."""
    if not article.events:
        return
    console.print("[bold]Events[/]")
    for n, e in enumerate(article.events, start=1):
        head = Text(f"{n:>3}. ")
        head.append(f"{e.type}{'.' + e.mode if e.mode else ''}", style="bold")
        head.append("  ")
        head.append(e.modality, style=MODALITY_STYLE.get(e.modality, ""))
        if e.cameo:
            gold = "" if e.goldstein is None else f", Goldstein {e.goldstein:+g}"
            quad = "" if e.quad_class is None else f", Q{e.quad_class}"
            head.append(f"  CAMEO {e.cameo}{gold}{quad}", style="dim")
        if e.date:
            head.append(f"  {e.date}", style="dim")
        if e.location:
            head.append(f"  in {e.location.text} [{e.location.country}]", style="dim")
        head.append(f"  conf {e.confidence:.2f}", style="dim")
        console.print(head)
        console.print(f"     {_who(e.actor)} -> {_who(e.recipient)}")
        quote = " ".join(e.quote.split())
        console.print(Text(f"     \u201c{quote[:237] + '...' if len(quote) > 240 else quote}\u201d",
                           style="italic"))


def _techniques(article: Article, console: Console) -> None:
    summary = article.technique_summary
    if not article.techniques and not summary:
        return
    by_tech = summary.get("by_technique", {})
    table = Table(title="Persuasion techniques", title_justify="left")
    for col in ("technique", "spans", "share", "example"):
        table.add_column(col, overflow="fold")
    for name, stats in sorted(by_tech.items(), key=lambda kv: -kv[1].get("count", 0)):
        example = next((article.text[t.start:t.end] for t in article.techniques
                        if t.technique == name), "")
        table.add_row(name, str(stats.get("count", 0)), f"{stats.get('share', 0):.0%}",
                      example[:80])
    console.print(table)
    if summary:
        console.print(
            f"{summary.get('sentences_flagged', 0)} of {summary.get('sentences', 0)} sentences "
            f"flagged ({summary.get('share_sentences_flagged', 0):.0%})")
    for passage in summary.get("top_passages", [])[:3]:
        console.print(Text(f"  {passage.get('score', 0):.2f}  ", style="bold")
                      + Text(passage.get("text", "")[:160], style="italic"))


def render_explanations(found: list[Explanation], console: Console) -> None:
    for ex in found:
        console.print(f"[bold]{ex.code}[/]  [dim]{ex.kind}[/]")
        console.print(f"  {ex.title}")
        for label, value in ex.details:
            if value:
                console.print(f"  [dim]{label}:[/] {value}")
