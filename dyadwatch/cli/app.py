"""The command group and its commands."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from .. import __version__
from ..config import load_config
from ..errors import InputError
from ..pipeline import Pipeline
from .render import console_for, render_explanations, render_report

SAMPLE = "sample"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="dyadwatch")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="User TOML config file (default: $DYADWATCH_CONFIG or "
                   "~/.config/dyadwatch/config.toml).")
@click.option("--set", "overrides", multiple=True, metavar="SECTION.KEY=VALUE",
              help="Override one setting, e.g. --set ingest.timeout=5 (repeatable).")
@click.option("--debug", is_flag=True, help="Show full tracebacks and debug logs.")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, overrides: tuple[str, ...],
        debug: bool) -> None:
    """dyadwatch: events, actors and persuasion techniques in international-politics news."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = {"config_path": config_path, "overrides": list(overrides)}


def get_config(ctx: click.Context) -> dict[str, Any]:
    obj = ctx.obj or {}
    if "config" not in obj:
        obj["config"] = load_config(path=obj.get("config_path"), overrides=obj.get("overrides"))
    return obj["config"]


@cli.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable report or the article JSON.")
@click.option("--stages", help="Comma-separated stages to run instead of pipeline.stages.")
@click.pass_context
def analyze(ctx: click.Context, source: str, fmt: str, stages: str | None) -> None:
    """Analyse one article: a file (text or HTML), an http(s) URL, - for stdin, or 'sample'.

    Prints actors, events and persuasion techniques, each tied to the exact words.
    """
    from ..ingest import load_source

    config = get_config(ctx)
    if source == SAMPLE:
        source = str(sample_path())
    article = load_source(source, config=config)
    pipeline = Pipeline.from_config(config, stages=stages.split(",") if stages else None)
    article = pipeline(article)
    if fmt == "json":
        click.echo(article.to_json(indent=2))
    else:
        render_report(article, console_for(sys.stdout))


@cli.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a PLOVER type or mode, CAMEO code, actor or sector code, or technique."""
    from ..explain import explain as explain_code

    render_explanations(explain_code(code), console_for(sys.stdout))


@cli.command()
def stages() -> None:
    """List the pipeline stages with what each needs and sets."""
    from ..registry import STAGES

    for spec in STAGES.values():
        click.echo(f"{spec.name:16} needs {', '.join(spec.requires):14} sets "
                   f"{', '.join(spec.sets):32} {spec.description}")


@cli.command()
@click.argument("input_path", metavar="INPUT.jsonl")
@click.option("-o", "--output", default="-", show_default=True, help="Output JSONL, - = stdout.")
@click.pass_context
def actors(ctx: click.Context, input_path: str, output: str) -> None:
    """Resolve the actors of each article in a JSONL file ({"id", "text", ...} per line)."""
    from ..actors import resolve_records

    config = get_config(ctx)
    records = list(read_jsonl(input_path))
    results = with_bad_lines(records, lambda good: resolve_records(good, config), key="actors")
    run_batch(results, output, total=len(records), label="actors")


@cli.command()
@click.argument("input_path", metavar="INPUT.jsonl")
@click.option("-o", "--output", default="-", show_default=True, help="Output JSONL, - = stdout.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes (each loads spaCy once).")
@click.option("--country-scheme", type=click.Choice(["plover", "cameo"]), default=None,
              help="How parties' countries are written: plover = the PLOVER guidelines (UN "
                   "system UNO, EU EUR); cameo = every intergovernmental body IGO. "
                   "Default: the config's events.country_scheme.")
@click.pass_context
def events(ctx: click.Context, input_path: str, output: str, workers: int,
           country_scheme: str | None) -> None:
    """Code the events of each article in a JSONL file ({"id", "text", ...} per line)."""
    from ..events import code_records

    config = get_config(ctx)
    if country_scheme:
        config["events"]["country_scheme"] = country_scheme
    records = list(read_jsonl(input_path))
    results = with_bad_lines(records, lambda good: code_records(good, config, workers=workers),
                             key="events")
    run_batch(results, output, total=len(records), label="events")


def _register_rhetoric() -> None:
    from .rhetoric import rhetoric

    cli.add_command(rhetoric)


_register_rhetoric()


def sample_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("dyadwatch").joinpath("data", "samples",
                                                          "sample-article.txt")))


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file or stdin; a line that is not a JSON object becomes an error record
    (it is reported in the output, not fatal)."""
    if path != "-" and not Path(path).is_file():
        raise InputError(f"{path} does not exist or is not a file; give a JSONL file or -")
    stream: IO[str] = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        for n, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                record = {"id": f"line {n}", "_error": f"line {n} is not valid JSON: {e}"}
            if not isinstance(record, dict):
                record = {"id": f"line {n}", "_error": f"line {n} is not a JSON object"}
            yield record
    except UnicodeDecodeError as e:
        raise InputError(f"{path} is not UTF-8 text; convert it to UTF-8") from e
    finally:
        if stream is not sys.stdin:
            stream.close()


def with_bad_lines(records: list[dict[str, Any]],
                   process: Callable[[list[dict[str, Any]]], Iterable[dict[str, Any]]],
                   *, key: str) -> Iterator[dict[str, Any]]:
    """Process the readable records and put an error row, in order, for each unreadable line."""
    good = [r for r in records if "_error" not in r]
    results = iter(process(good))
    for record in records:
        if "_error" in record:
            yield {"id": record["id"], key: [], "error": record["_error"]}
        else:
            yield next(results)


def run_batch(results: Iterable[dict[str, Any]], output: str, *, total: int, label: str) -> None:
    """Write result lines as they come, with a progress bar on stderr; count failures."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    out: IO[str] = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    failed = 0
    progress = Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=console_for(sys.stderr), transient=True)
    try:
        with progress:
            task = progress.add_task(label, total=total)
            for result in results:
                failed += bool(result.get("error"))
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                progress.advance(task)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    click.echo(f"{total - failed} ok, {failed} failed", err=True)
