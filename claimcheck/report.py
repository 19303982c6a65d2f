"""Report stage: verdicts into a :class:`~claimcheck.models.Report`, and its renderers.

Renderers take a Report and return text (JSON, Markdown) or a rich renderable
(the terminal table); nothing here computes a verdict.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text

from claimcheck import __version__
from claimcheck.extract.entities import load_registry
from claimcheck.models import Article, ArticleRef, Claim, ClaimVerdict, Comparison, Report, Summary
from claimcheck.settings import Settings

VERDICTS = ("conflicts", "imprecise", "disputed", "unverified", "agrees")
_STYLE = {
    "agrees": "green",
    "conflicts": "bold red",
    "imprecise": "yellow",
    "disputed": "magenta",
    "unverified": "dim",
}
_SYMBOL = {"agrees": "✔", "conflicts": "✘", "imprecise": "≈", "disputed": "±", "unverified": "?"}


def build_report(article: Article, verdicts: list[ClaimVerdict], settings: Settings) -> Report:
    """Assemble the report: claims in text order, counts per verdict, outlets consulted."""
    verdicts = sorted(verdicts, key=lambda v: (v.claim.start, v.claim.end, v.claim.kind))
    counts = Counter(v.verdict for v in verdicts)
    outlets = sorted({e.outlet for v in verdicts for e in v.evidence})
    judged = [v for v in verdicts if v.verdict != "unverified"]
    consistency = (
        round(sum(v.verdict == "agrees" for v in judged) / len(judged), 3) if judged else None
    )
    return Report(
        tool_version=__version__,
        article=ArticleRef(
            id=article.id,
            outlet=article.outlet,
            url=article.url,
            title=article.title,
            published=article.published,
            language=article.language,
            path=article.path,
        ),
        summary=Summary(
            claims=len(verdicts),
            verdicts={k: counts.get(k, 0) for k in VERDICTS},
            outlets_consulted=outlets,
            consistency=consistency,
        ),
        claims=verdicts,
        settings={k: v for k, v in settings.model_dump().items()},
    )


def to_json(report: Report) -> str:
    """The report as JSON (the models serialized, stable key order)."""
    return report.model_dump_json(indent=2)


def summary_line(report: Report) -> str:
    """One line: the counts per verdict."""
    s = report.summary
    parts = [f"{s.verdicts.get(k, 0)} {k}" for k in VERDICTS if s.verdicts.get(k, 0)]
    return f"{s.claims} claims: " + (", ".join(parts) if parts else "none")


def to_markdown(report: Report) -> str:
    """A Markdown report for a CMS note or a merge-request comment."""
    a = report.article
    lines = [
        f"# claimcheck report: {a.title or a.path or a.id}",
        "",
        f"- article: `{a.id}` ({a.language}){' · ' + a.url if a.url else ''}",
        f"- {summary_line(report)}",
        f"- outlets consulted: {', '.join(report.summary.outlets_consulted) or 'none'}",
        "",
        "| # | verdict | claim | value | reason |",
        "|---|---|---|---|---|",
    ]
    for i, v in enumerate(report.claims, 1):
        lines.append(
            f"| {i} | **{v.verdict}** | {_md(v.claim.text, 80)} | {_md(value_text(v.claim), 40)} "
            f"| {_md(v.reason, 200)} |"
        )
    lines.append("")
    for i, v in enumerate(report.claims, 1):
        if not v.evidence:
            continue
        lines.append(f"## {i}. {v.verdict}: {_md(v.claim.text, 120)}")
        lines.append("")
        for e in v.evidence:
            link = (
                f"[{e.outlet_name or e.outlet}]({e.url})" if e.url else (e.outlet_name or e.outlet)
            )
            when = f", {e.published}" if e.published else ""
            lines.append(
                f"- {link}{when}: {e.stance}, {_md(e.value, 40)} (score {e.score:.2f})"
                f" — {_md(e.sentence, 220)}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def value_text(claim: Claim) -> str:
    """The claim's value for people: names, not ids, for speakers and sources."""
    a = claim.attribution
    if a is None:
        return claim.describe()
    reg = load_registry()
    via = reg.name(a.source) if a.source else None
    if a.speaker is None and a.speaker_text is None:
        return f"according to {via}" if via else "unattributed"
    who = reg.name(a.speaker) if a.speaker else a.speaker_text
    return f"{who} (via {via})" if via else str(who)


def _md(text: str, limit: int) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_table(report: Report, *, evidence: int = 3) -> Group:
    """A rich renderable: the verdict table, then the summary."""
    table = Table(
        title=report.article.title or report.article.path or report.article.id,
        show_lines=True,
        expand=True,
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("value", ratio=1)
    table.add_column("evidence", ratio=4)
    for i, v in enumerate(report.claims, 1):
        verdict = Text(f"{_SYMBOL[v.verdict]} {v.verdict}", style=_STYLE[v.verdict])
        ev = Text(v.reason)
        for e in v.evidence[:evidence]:
            ev.append(f"\n• {e.outlet_name or e.outlet}", style="bold")
            ev.append(f" {e.published or ''} {e.stance}: {e.value}")
        table.add_row(str(i), verdict, v.claim.text, value_text(v.claim), ev)
    return Group(table, Text(summary_line(report), style="bold"))


def comparison_to_markdown(comp: Comparison) -> str:
    """The cross-outlet comparison as a Markdown table (outliers marked ⚠)."""
    head = "| claim | " + " | ".join(comp.outlets) + " |"
    lines = [head, "|" + "---|" * (len(comp.outlets) + 1)]
    for row in comp.rows:
        cells = []
        for o in comp.outlets:
            text = ", ".join(row.cells.get(o, []))
            cells.append(f"{text} ⚠" if o in row.outliers else text)
        lines.append(f"| {_md(row.label, 60)} | " + " | ".join(_md(c, 40) for c in cells) + " |")
    return "\n".join(lines) + "\n"
