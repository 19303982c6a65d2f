"""Report assembly: verdicts into a :class:`~claimcheck.models.Report`, and the gate.

Nothing here computes a verdict (that is :mod:`claimcheck.match`) and nothing
renders (the sibling modules do). Helpers shared by every renderer live here:
the summary line, readable values, the editorial gate.

>>> from claimcheck.report import gate_failures
>>> gate_failures(report, ["conflict"])  # doctest: +SKIP
['1 conflicts']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from claimcheck import __version__
from claimcheck.extract.entities import load_registry
from claimcheck.models import (
    UNLISTED_PREFIXES,
    Article,
    ArticleRef,
    Claim,
    ClaimVerdict,
    Evidence,
    Report,
    Summary,
)
from claimcheck.settings import Settings

#: Verdicts from most to least in need of an editor's attention (the order of every listing).
VERDICTS = ("conflicts", "imprecise", "disputed", "unverified", "agrees")

#: ``--fail-on`` names and the verdict each one gates on.
FAIL_ON = {
    "conflict": "conflicts",
    "conflicts": "conflicts",
    "imprecise": "imprecise",
    "unverified": "unverified",
    "disputed": "disputed",
}

_ID = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b")


def build_report(article: Article, verdicts: list[ClaimVerdict], settings: Settings) -> Report:
    """Assemble the report: claims in text order, counts per verdict, outlets consulted.

    The consistency score is the share of *judged* claims (all but ``unverified``)
    that agree, rounded to three places; ``None`` when nothing could be judged.
    """
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
            author=article.author,
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


def summary_line(report: Report) -> str:
    """One line: the number of claims and the counts per verdict.

    >>> summary_line(report)  # doctest: +SKIP
    '19 claims: 1 conflicts, 2 imprecise, 1 disputed, 7 unverified, 8 agrees'
    """
    s = report.summary
    parts = [f"{s.verdicts.get(k, 0)} {k}" for k in VERDICTS if s.verdicts.get(k, 0)]
    return f"{s.claims} claims: " + (", ".join(parts) if parts else "none")


def gate_failures(report: Report, fail_on: Iterable[str]) -> list[str]:
    """The gate: ``"N verdict"`` for each ``fail_on`` verdict the report contains.

    ``fail_on`` holds ``--fail-on`` names (``conflict``, ``imprecise``,
    ``unverified``, ``disputed``; ``never`` is ignored). An empty list means the
    gate passed.

    Raises:
        ValueError: an unknown name.
    """
    hits: list[str] = []
    seen: set[str] = set()
    for name in fail_on:
        if name == "never":
            continue
        if name not in FAIL_ON:
            raise ValueError(f"unknown --fail-on value {name!r}")
        verdict = FAIL_ON[name]
        n = report.summary.verdicts.get(verdict, 0)
        if n and verdict not in seen:
            hits.append(f"{n} {verdict}")
        seen.add(verdict)
    return hits


def value_text(claim: Claim) -> str:
    """The claim's value for people: names, not ids, for speakers and sources."""
    a = claim.attribution
    if a is None:
        return claim.describe()
    reg = load_registry()
    via = reg.name(a.source) if a.source else None
    if a.speaker is None and a.speaker_text is None:
        return f"according to {via}" if via else "unattributed"
    unlisted = a.speaker is not None and a.speaker.startswith(UNLISTED_PREFIXES)
    who = reg.name(a.speaker) if a.speaker and not unlisted else a.speaker_text
    return f"{who} (via {via})" if via else str(who)


def evidence_value_text(evidence: Evidence) -> str:
    """An evidence row's value with entity ids replaced by names (``Xi Jinping (via Xinhua)``)."""
    names = load_registry().names
    return _ID.sub(lambda m: names.get(m.group(0), m.group(0)), evidence.value)


def outlet_label(evidence: Evidence) -> str:
    """The outlet's name, or its id when the store has no name for it."""
    return evidence.outlet_name or evidence.outlet


def outlet_names(report: Report) -> dict[str, str]:
    """Outlet id → name for every outlet cited in the report."""
    names: dict[str, str] = {}
    for v in report.claims:
        for e in v.evidence:
            names.setdefault(e.outlet, outlet_label(e))
    return {k: names[k] for k in sorted(names)}
