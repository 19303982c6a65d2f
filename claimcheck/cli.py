"""The command line: a thin shell over :mod:`claimcheck.pipeline`.

Exit codes: 0 passed, 1 the ``--fail-on`` gate failed, 2 usage or input
error, 3 store or network trouble. Errors are one line on stderr.
"""

from __future__ import annotations

import io
import json
import sys
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import TypeAdapter
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from claimcheck import __version__
from claimcheck.config import Config, find_config, load_config
from claimcheck.errors import ClaimcheckError, InputError, StoreError
from claimcheck.extract.entities import article_entities, load_registry
from claimcheck.ingest import (
    article_from_bytes,
    is_url,
    iter_article_paths,
    read_article,
    read_articles,
)
from claimcheck.models import Article, Claim, Report
from claimcheck.pipeline import (
    WebIngestResult,
    analyse,
    compare_store,
    ensure_corpus,
    ingest_articles,
    ingest_sources,
    load_outlets,
    needs_refresh,
    select_outlets,
)
from claimcheck.report import (
    comparison_to_csv,
    comparison_to_html,
    comparison_to_json,
    comparison_to_markdown,
    comparison_to_table,
    gate_failures,
    summary_line,
    to_html,
    to_json,
    to_markdown,
    to_table,
)
from claimcheck.store import Store, default_db_path

app = typer.Typer(
    name="claimcheck",
    help="Cross-check a news article's figures and quotes against other outlets' coverage.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True)

EXIT_OK, EXIT_GATE, EXIT_INPUT, EXIT_STORE = 0, 1, 2, 3


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"


class Bidi(StrEnum):
    logical = "logical"
    visual = "visual"


class FailOn(StrEnum):
    conflict = "conflict"
    conflicts = "conflicts"  # the verdict's own name works too, as in claimcheck.toml
    imprecise = "imprecise"
    unverified = "unverified"
    disputed = "disputed"
    never = "never"


DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="DuckDB store (default: $CLAIMCHECK_DB or the per-user data file).",
        show_default=False,
    ),
]


@contextmanager
def _errors():
    """Turn claimcheck's errors into one stderr line and the documented exit code."""
    try:
        yield
    except ClaimcheckError as exc:
        err.print(f"claimcheck: error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err.print("claimcheck: interrupted")
        raise typer.Exit(130) from None


def _open_store(db: Path | None, *, quiet: bool = False) -> Store:
    store = Store(db or default_db_path())
    try:
        if store.is_empty() or needs_refresh(store):
            with _progress(quiet) as bar:
                task = bar.add_task("loading the bundled corpus or refreshing claims", total=None)
                ensure_corpus(store, progress=lambda k, n: bar.update(task, completed=k, total=n))
    except BaseException:
        store.close()
        raise
    return store


def _open_for_reading(db: Path | None, *, quiet: bool = False) -> Store:
    """The store opened read-only (so several checks can run side by side), loading the
    bundled corpus first, read-write and briefly, when the store is new or empty."""
    path = db or default_db_path()
    if Path(path).exists():
        try:
            store = Store(path, read_only=True)
        except StoreError:
            store = None  # an empty file is filled below; a foreign file fails there too
        if store is not None:
            if not store.is_empty() and not needs_refresh(store):
                return store
            store.close()  # empty, or claims from another extractor version: refresh below
    _open_store(db, quiet=quiet).close()
    return Store(path, read_only=True)


@contextmanager
def _progress(quiet: bool):
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    )
    with bar:
        yield bar


def _read_input(path: str) -> Article:
    if path == "-":
        return article_from_bytes(sys.stdin.buffer.read(), where="<stdin>", path="<stdin>")
    return read_article(path)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write report: {exc.strerror}", where=str(output)) from exc


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Settings file (default: claimcheck.toml, or [tool.claimcheck] in pyproject.toml, "
        "searched from the article's folder upwards, then from the current folder).",
        show_default=False,
    ),
]
BidiOption = Annotated[
    Bidi | None,
    typer.Option(
        "--bidi",
        help="Arabic in tables: logical (terminals that do bidi, copy-paste) "
        "or visual (terminals that don't: xterm, tmux, VS Code). Default: logical.",
        show_default=False,
    ),
]


@app.command()
def check(
    path: Annotated[str, typer.Argument(help="Article file (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json, markdown or html (default: table, or the config file's).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    fail_on: Annotated[
        list[FailOn] | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if any claim has this verdict (repeatable; replaces the config "
            "file's list; 'never' turns the gate off).",
        ),
    ] = None,
    min_sources: Annotated[
        int | None,
        typer.Option(
            help="Independent outlets needed for a claim to count as agreeing (default 1).",
            min=1,
            show_default=False,
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary line.")
    ] = False,
    config: ConfigOption = None,
    bidi: BidiOption = None,
) -> None:
    """Check an article's claims against the store and print a consistency report."""
    with _errors():
        cfg = _config(config, path)
        fmt = fmt or Format(cfg.format or "table")
        if fmt is Format.csv:
            raise InputError(
                "csv is for compare; check writes table, json, markdown or html", where="--format"
            )
        article = _read_input(path)
        settings = cfg.settings(min_sources=min_sources)
        with _open_for_reading(db, quiet=quiet) as store:
            from claimcheck.pipeline import check as run_check

            report = run_check(article, store, settings)
        _render(report, article, fmt, output, quiet, Bidi(bidi or cfg.bidi or "logical"))
        failing = gate_failures(report, cfg.gate([f.value for f in fail_on or []]))
        if failing:
            if not quiet:
                err.print(f"claimcheck: gate failed: {', '.join(failing)}", highlight=False)
            raise typer.Exit(EXIT_GATE)


def _config(explicit: Path | None, article: str | None) -> Config:
    return load_config(explicit) if explicit is not None else find_config(article)


def _render(
    report: Report, article: Article, fmt: Format, output: Path | None, quiet: bool, bidi: Bidi
) -> None:
    if quiet:
        print(summary_line(report))
        if output is None:
            return
    if fmt is Format.json:
        _emit(to_json(report), output)
    elif fmt is Format.markdown:
        _emit(to_markdown(report), output)
    elif fmt is Format.html:
        _emit(to_html(report, article), output)
    elif output is not None:
        buffer = io.StringIO()
        Console(file=buffer, width=160).print(to_table(report, bidi=bidi.value))
        _emit(buffer.getvalue(), output)
    else:
        out.print(to_table(report, bidi=bidi.value))


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="Article file or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """List the claims found in an article (figures, dates, attributions)."""
    with _errors():
        if fmt not in (Format.table, Format.json):
            raise InputError(f"extract prints table or json, not {fmt.value}", where="--format")
        article = _read_input(path)
        claims = analyse(article)
        if fmt is Format.json:
            print(TypeAdapter(list[Claim]).dump_json(claims, indent=2).decode())
            return
        table = Table(title=article.title or path, show_lines=False, expand=True)
        for col in ("#", "kind", "text", "value", "speaker / source / participants"):
            table.add_column(col)
        for i, c in enumerate(claims, 1):
            who = ""
            if c.attribution:
                a = c.attribution
                who = " / ".join(x for x in (a.speaker, a.source, a.mode) if x)
            elif c.participants:
                who = ", ".join(c.participants)
            table.add_row(str(i), c.kind, c.text, c.describe(), who)
        out.print(table)


@app.command()
def ingest(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Article files, folders or http(s) page URLs.", show_default=False),
    ] = None,
    db: DbOption = None,
    outlet: Annotated[
        str | None,
        typer.Option(
            help="With no SOURCES: fetch this registry outlet's feeds. With SOURCES: the "
            "outlet id of files without a header and of URLs."
        ),
    ] = None,
    all_outlets: Annotated[
        bool, typer.Option("--all-outlets", help="Fetch the feeds of every registry outlet.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Add articles from files, folders, URLs or outlet feeds (an article stored is skipped)."""
    sources = sources or []
    with _errors():
        if not sources and not outlet and not all_outlets:
            raise InputError(
                "nothing to ingest: give files, folders or URLs, --outlet or --all-outlets"
            )
        feeds = select_outlets([outlet] if outlet and not sources else [], all_outlets=all_outlets)
        if not feeds and not any(is_url(s) for s in sources):
            # read every file first: bad input stops here, before the store is touched
            articles = read_articles(iter_article_paths(sources), outlet=outlet)
            with _open_store(db, quiet=quiet) as store, _progress(quiet) as bar:
                task = bar.add_task("extracting claims", total=None)
                result = ingest_articles(
                    store,
                    articles,
                    progress=lambda k, n: bar.update(task, completed=k, total=n),
                )
            if not quiet:
                out.print(
                    f"stored {result.added} article(s) with {result.claims} claims; "
                    f"{result.skipped} already stored"
                )
            return
        with _progress(quiet) as bar:
            tasks: dict[str, TaskID] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(_STAGES.get(stage, stage), total=total)
                bar.update(tasks[stage], completed=done, total=total)

            web = ingest_sources(
                lambda: _open_store(db, quiet=quiet),
                sources,
                outlets=feeds,
                outlet=outlet if sources else None,
                progress=progress,
            )
        _report_web(web, quiet)
        if web.failures:
            raise typer.Exit(EXIT_STORE)


_STAGES = {"feeds": "fetching feeds", "pages": "fetching pages", "claims": "extracting claims"}


def _report_web(result: WebIngestResult, quiet: bool) -> None:
    """The run summary on stdout; one ``claimcheck: error:`` line per failed source on stderr."""
    stored = result.stored
    if not quiet:
        parts = [
            f"stored {stored.added} article(s) with {stored.claims} claims",
            f"{stored.skipped + result.already_stored} already stored",
        ]
        if result.feeds or result.not_modified:
            parts.append(f"{result.feeds} feed(s) read, {result.not_modified} not modified")
        if result.failures:
            parts.append(f"{len(result.failures)} source(s) failed")
        out.print("; ".join(parts), markup=False, highlight=False)
    for failure in result.failures:
        err.print(f"claimcheck: error: {failure}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def compare(
    db: DbOption = None,
    query: Annotated[
        str | None, typer.Option(help="Only claims whose sentence mentions this.")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, json, markdown, csv or html.")
    ] = Format.table,
    min_outlets: Annotated[
        int, typer.Option(help="Rows stated by at least this many outlets.")
    ] = 2,
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Articles published from.")
    ] = None,
    until: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Articles published until.")
    ] = None,
    article: Annotated[
        list[str] | None, typer.Option("--article", help="Only these article ids (repeatable).")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    config: ConfigOption = None,
    bidi: BidiOption = None,
) -> None:
    """Compare the story's figures across outlets: one row per claim, one column per outlet."""
    with _errors():
        cfg = _config(config, None)
        with _open_for_reading(db) as store:
            comp = compare_store(
                store,
                query=query,
                since=since.date() if since else None,
                until=until.date() if until else None,
                article_ids=article,
                min_outlets=min_outlets,
                settings=cfg.settings(),
            )
            names = {o.id: o.name for o in store.outlets()}
        if fmt is Format.json:
            _emit(comparison_to_json(comp), output)
        elif fmt is Format.markdown:
            _emit(comparison_to_markdown(comp), output)
        elif fmt is Format.csv:
            _emit(comparison_to_csv(comp), output)
        elif fmt is Format.html:
            _emit(comparison_to_html(comp, outlet_names=names), output)
        else:
            table = comparison_to_table(comp, bidi=Bidi(bidi or cfg.bidi or "logical").value)
            if output is None:
                out.print(table)
            else:
                plain = Console(file=io.StringIO(), width=160)
                plain.print(table)
                _emit(plain.file.getvalue(), output)  # type: ignore[attr-defined]


@app.command()
def entities(
    path: Annotated[
        str | None, typer.Argument(help="Article file or - for stdin; omit to list the registry.")
    ] = None,
) -> None:
    """What the entity registry knows, or which names in an article it resolved and which not."""
    with _errors():
        registry = load_registry()
        if path is None:
            table = Table(
                title="Entity registry (sources/entities.toml, places.toml and CLDR's countries)"
            )
            for col in ("id", "kind", "name"):
                table.add_column(col)
            for eid, ent in sorted(registry.entities.items(), key=lambda kv: (kv[1].kind, kv[0])):
                table.add_row(eid, ent.kind, registry.name(eid))
            out.print(table)
            return
        article = _read_input(path)
        known, unknown = article_entities(article.text, article.language, registry)
        table = Table(title=f"Entities in {article.title or path}")
        for col in ("id", "kind", "as written", "times"):
            table.add_column(col)
        for use in known:
            table.add_row(use.id, use.kind, " / ".join(use.forms), str(use.count))
        out.print(table)
        if unknown:
            left = Table(
                title="Names the registry does not know (add them to sources/entities.toml, "
                "or places to sources/places.toml)"
            )
            for col in ("name", "looks like", "closest registry name", "score"):
                left.add_column(col)
            for cand in unknown:
                left.add_row(
                    cand.text,
                    "place" if cand.place else "name",
                    cand.suggestion or "",
                    f"{cand.score:.0f}" if cand.score else "",
                )
            out.print(left)
        else:
            out.print("every name in the article is in the registry")


@app.command()
def outlets() -> None:
    """List the outlets in the registry (sources/outlets.toml)."""
    with _errors():
        table = Table(title="Outlets")
        for col in ("id", "name", "language", "homepage", "feeds"):
            table.add_column(col)
        for o in load_outlets():
            table.add_row(o.id, o.name, o.language or "", o.homepage or "", "\n".join(o.feeds))
        out.print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (``--format json`` output)."""
    print(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def version() -> None:
    """Print claimcheck's version."""
    print(__version__)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
