"""The command line: a thin shell over :mod:`claimcheck.pipeline`.

Exit codes: 0 passed, 1 the ``--fail-on`` gate failed, 2 usage or input
error, 3 store or network trouble. Errors are one line on stderr.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import TypeAdapter
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.ingest import article_from_bytes, read_article
from claimcheck.models import Article, Claim, Report
from claimcheck.pipeline import analyse, compare_store, ensure_corpus, ingest_paths, load_outlets
from claimcheck.report import (
    comparison_to_markdown,
    summary_line,
    to_json,
    to_markdown,
    to_table,
)
from claimcheck.settings import Settings
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


class FailOn(StrEnum):
    conflict = "conflict"
    imprecise = "imprecise"
    unverified = "unverified"
    disputed = "disputed"
    never = "never"


_FAIL_VERDICT = {
    "conflict": "conflicts",
    "imprecise": "imprecise",
    "unverified": "unverified",
    "disputed": "disputed",
}

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
        if store.is_empty():
            with _progress(quiet) as bar:
                task = bar.add_task("loading the bundled corpus", total=None)
                ensure_corpus(store, progress=lambda k, n: bar.update(task, completed=k, total=n))
    except BaseException:
        store.close()
        raise
    return store


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


@app.command()
def check(
    path: Annotated[str, typer.Argument(help="Article file (.txt, .md, .html) or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
    fail_on: Annotated[
        list[FailOn] | None,
        typer.Option("--fail-on", help="Exit 1 if any claim has this verdict (repeatable)."),
    ] = None,
    min_sources: Annotated[
        int,
        typer.Option(help="Independent outlets needed for a claim to count as agreeing.", min=1),
    ] = 1,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary line.")
    ] = False,
) -> None:
    """Check an article's claims against the store and print a consistency report."""
    with _errors():
        article = _read_input(path)
        settings = Settings(min_sources=min_sources)
        with _open_store(db, quiet=quiet) as store:
            from claimcheck.pipeline import check as run_check

            report = run_check(article, store, settings)
        _render(report, fmt, output, quiet)
        failing = _gate(report, fail_on or [])
        if failing:
            if not quiet:
                err.print(f"claimcheck: gate failed: {failing}", highlight=False)
            raise typer.Exit(EXIT_GATE)


def _gate(report: Report, fail_on: list[FailOn]) -> str:
    hits = []
    for f in fail_on:
        if f is FailOn.never:
            continue
        n = report.summary.verdicts.get(_FAIL_VERDICT[f.value], 0)
        if n:
            hits.append(f"{n} {_FAIL_VERDICT[f.value]}")
    return ", ".join(hits)


def _render(report: Report, fmt: Format, output: Path | None, quiet: bool) -> None:
    if quiet:
        print(summary_line(report))
        if output is None:
            return
    if fmt is Format.json:
        _emit(to_json(report), output)
    elif fmt is Format.markdown:
        _emit(to_markdown(report), output)
    elif output is not None:
        with output.open("w", encoding="utf-8") as fh:
            Console(file=fh, width=160).print(to_table(report))
    else:
        out.print(to_table(report))


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="Article file or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """List the claims found in an article (figures, dates, attributions)."""
    with _errors():
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
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    db: DbOption = None,
    outlet: Annotated[
        str | None, typer.Option(help="Outlet id for files without a header.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Add articles to the store (idempotent: an article already stored is skipped)."""
    with _errors(), _open_store(db, quiet=quiet) as store, _progress(quiet) as bar:
        task = bar.add_task("extracting claims", total=None)
        result = ingest_paths(
            store,
            paths,
            outlet=outlet,
            progress=lambda k, n: bar.update(task, completed=k, total=n),
        )
        if not quiet:
            out.print(
                f"stored {result.added} article(s) with {result.claims} claims; "
                f"{result.skipped} already stored"
            )


@app.command()
def compare(
    db: DbOption = None,
    query: Annotated[
        str | None, typer.Option(help="Only claims whose sentence mentions this.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    min_outlets: Annotated[
        int, typer.Option(help="Rows stated by at least this many outlets.")
    ] = 2,
) -> None:
    """Compare the story's figures across outlets: one row per claim, one column per outlet."""
    with _errors(), _open_store(db) as store:
        comp = compare_store(store, query=query, min_outlets=min_outlets)
        if fmt is Format.json:
            print(comp.model_dump_json(indent=2))
            return
        if fmt is Format.markdown:
            print(comparison_to_markdown(comp))
            return
        table = Table(title="Figures across outlets", show_lines=True, expand=True)
        table.add_column("claim", ratio=2)
        for o in comp.outlets:
            table.add_column(o, ratio=1)
        for row in comp.rows:
            cells = []
            for o in comp.outlets:
                vals = row.cells.get(o, [])
                text = ", ".join(vals)
                cells.append(f"[bold red]{text} ⚠[/]" if o in row.outliers else text)
            table.add_row(row.label, *cells)
        out.print(table)


@app.command()
def outlets() -> None:
    """List the outlets in the registry (sources/outlets.toml)."""
    with _errors():
        table = Table(title="Outlets")
        for col in ("id", "name", "language", "homepage"):
            table.add_column(col)
        for o in load_outlets():
            table.add_row(o.id, o.name, o.language or "", o.homepage or "")
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
