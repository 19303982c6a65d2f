"""HTML: one self-contained page per report, and one for the comparison.

The page needs nothing at view time: the styles are inline, there is no script,
and a Content-Security-Policy forbids loading anything. The article text is
shown with each claim highlighted in its verdict's colour; the highlights
index the article text exactly (``text[claim.start:claim.end]``), so the
renderer needs the :class:`~claimcheck.models.Article` beside the Report.
Every piece of article or outlet text goes through Jinja2's autoescaping, and
links are written only for ``http``/``https`` addresses.

>>> page = to_html(report, article)  # doctest: +SKIP
>>> Path("report.html").write_text(page, encoding="utf-8")  # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2

from claimcheck.models import SCHEMA_VERSION, Article, Comparison, Evidence, Report
from claimcheck.report.build import (
    VERDICTS,
    evidence_value_text,
    outlet_label,
    outlet_names,
    summary_line,
    value_text,
)
from claimcheck.report.terminal import SYMBOL

_RTL_LANGUAGES = {"ar"}


@dataclass(frozen=True)
class Piece:
    """One step of the highlighted article text, in order.

    ``kind`` is ``text`` (``text`` set), ``open`` (a highlight of claim ``n``
    begins; ``first`` on its first piece), ``close`` (the innermost open
    highlight ends) or ``ref`` (the link from claim ``n``'s end to its evidence).
    """

    kind: str
    text: str = ""
    n: int = 0
    verdict: str = ""
    claim_kind: str = ""
    first: bool = False


def to_html(report: Report, article: Article | None = None) -> str:
    """The report as one HTML page (right-to-left for Arabic articles).

    With ``article`` (the one the report was made from) the page shows its
    text with every claim highlighted; without it, only the claims and their
    sentences.

    Raises:
        ValueError: ``article`` is not the article of ``report``.
    """
    if article is not None and article.id != report.article.id:
        raise ValueError(f"article {article.id} is not the report's article {report.article.id}")
    lang = report.article.language
    labels = _labels(lang)
    names = outlet_names(report)
    claims = [
        {
            "n": n,
            "v": v,
            "value": value_text(v.claim),
            "evidence": [_evidence(e, labels) for e in v.evidence],
        }
        for n, v in enumerate(report.claims, 1)
    ]
    first_of = {}
    for c in claims:
        first_of.setdefault(c["v"].verdict, c["n"])
    s = report.summary
    judged = s.claims - s.verdicts.get("unverified", 0)
    return (
        _env()
        .get_template("report.html.j2")
        .render(
            report=report,
            article=article,
            lang=lang,
            dir="rtl" if lang in _RTL_LANGUAGES else "ltr",
            labels=labels,
            title=report.article.title or report.article.path or report.article.id,
            pieces=highlight(article.text, report) if article is not None else None,
            claims=claims,
            verdicts=VERDICTS,
            first_of=first_of,
            consulted=[names.get(o, o) for o in s.outlets_consulted],
            judged=judged,
            summary_line=summary_line(report),
            symbol=SYMBOL,
            schema_version=SCHEMA_VERSION,
        )
    )


def comparison_to_html(
    comp: Comparison, *, outlet_names: dict[str, str] | None = None, title: str | None = None
) -> str:
    """The comparison as one HTML page: facts as rows, outlets as columns, outliers marked.

    ``outlet_names`` maps outlet ids to names for the column heads.
    """
    labels = _labels("en")
    names = outlet_names or {}
    return (
        _env()
        .get_template("compare.html.j2")
        .render(
            comp=comp,
            lang="en",
            dir="ltr",
            labels=labels,
            title=title or labels["compare_title"],
            heads=[(o, names.get(o, o)) for o in comp.outlets],
            schema_version=SCHEMA_VERSION,
        )
    )


def highlight(text: str, report: Report) -> list[Piece]:
    """The article text cut at every claim boundary, as open/text/close/ref pieces.

    Claims are numbered as in the report (1 = first). Nested claims nest; a
    claim that crosses another's boundary is split into several highlights,
    each carrying its number. A claim whose span does not index ``text``
    exactly is left out of the text (it is still listed with its evidence).

    >>> "".join(p.text for p in highlight(text, report)) == text  # doctest: +SKIP
    True
    """
    spans = [
        (v.claim.start, v.claim.end, n, v.verdict, v.claim.kind)
        for n, v in enumerate(report.claims, 1)
        if 0 <= v.claim.start < v.claim.end <= len(text)
        and text[v.claim.start : v.claim.end] == v.claim.text
    ]
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    pieces: list[Piece] = []
    stack: list[tuple[int, int, int, str, str]] = []
    for a, b in itertools.pairwise(cuts):
        covering = sorted(
            (sp for sp in spans if sp[0] <= a and sp[1] >= b), key=lambda sp: (sp[0], -sp[1], sp[2])
        )
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep] == covering[keep]:
            keep += 1
        _close(pieces, stack, keep, a)
        for sp in covering[keep:]:
            pieces.append(Piece("open", n=sp[2], verdict=sp[3], claim_kind=sp[4], first=sp[0] == a))
            stack.append(sp)
        pieces.append(Piece("text", text=text[a:b]))
    _close(pieces, stack, 0, len(text))
    return pieces


def _close(pieces: list[Piece], stack: list, keep: int, at: int) -> None:
    while len(stack) > keep:
        sp = stack.pop()
        pieces.append(Piece("close", n=sp[2]))
        if sp[1] == at:
            pieces.append(Piece("ref", n=sp[2], verdict=sp[3]))


def _evidence(e: Evidence, labels: dict[str, Any]) -> dict[str, Any]:
    sentence = " ".join(e.sentence.split())
    words = " ".join(e.text.split())
    at = sentence.find(words) if words else -1
    whole = at < 0 or words == sentence
    parts = (sentence, "", "") if whole else (sentence[:at], words, sentence[at + len(words) :])
    return {
        "e": e,
        "name": outlet_label(e),
        "url": e.url if safe_url(e.url) else None,
        "value": evidence_value_text(e),
        "stance": labels["stances"].get(e.stance, e.stance),
        "dir": "rtl" if e.language in _RTL_LANGUAGES else "ltr",
        "sentence": parts,
    }


def safe_url(url: str | None) -> bool:
    """Is ``url`` an ``http``/``https`` address (the only kind the page links to)?"""
    return bool(url) and str(url).strip().lower().startswith(("http://", "https://"))


@cache
def _labels(lang: str) -> dict[str, Any]:
    raw = (
        resources.files("claimcheck.report")
        .joinpath("templates", "labels.toml")
        .read_text(encoding="utf-8")
    )
    table = tomllib.loads(raw)
    return table.get(lang, table["en"])


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda x: f"{x:.0%}"
    env.tests["safe_url"] = safe_url
    return env
