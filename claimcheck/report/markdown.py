"""Markdown: a report for a CMS note or a merge-request comment, and the comparison.

The text of articles and outlets is escaped, so an article quoting ``<script>``
or ``[a](link)`` shows those characters and never becomes markup; links are
written only for ``http``/``https`` addresses.

>>> print(to_markdown(report))  # doctest: +SKIP
# claimcheck report: كيم وشي يؤكدان ...
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from claimcheck.models import Comparison, Evidence, Report
from claimcheck.report.build import (
    VERDICTS,
    evidence_value_text,
    outlet_label,
    outlet_names,
    summary_line,
    value_text,
)

#: A mark per verdict, so a long comment can be scanned by colour.
MARK = {
    "conflicts": "🔴",
    "imprecise": "🟠",
    "disputed": "🟣",
    "unverified": "⚪",
    "agrees": "🟢",
}
_ATTENTION = ("conflicts", "imprecise", "disputed")
#: Characters that start markup anywhere in a line; ``_`` only at a word's edge.
_SPECIAL = re.compile(r"([\\`*\[\]|~])|(?<!\w)_|_(?!\w)")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def to_markdown(report: Report) -> str:
    """A Markdown report: the summary, what needs attention, one table row per claim, evidence.

    Claims are numbered in text order (the same numbers as the HTML and the
    terminal table); claims with evidence get a section listing it.
    """
    a = report.article
    s = report.summary
    names = outlet_names(report)
    head = f"# claimcheck report: {md_text(a.title or a.path or a.id, 160)}"
    meta = f"- article: `{a.id}` ({a.language})"
    if a.published:
        meta += f", {a.published}"
    if a.author:
        meta += f", by {md_text(a.author, 80)}"
    if _safe_url(a.url):
        meta += f" · <{_url(a.url)}>"
    lines = [head, "", meta, f"- **{summary_line(report)}**"]
    if s.consistency is not None:
        judged = s.claims - s.verdicts.get("unverified", 0)
        agree = s.verdicts.get("agrees", 0)
        lines.append(
            f"- consistency: {s.consistency:.0%} ({agree} of {judged} judged claims agree;"
            " unverified claims are not counted)"
        )
    consulted = ", ".join(md_text(names.get(o, o), 60) for o in s.outlets_consulted)
    lines.append(f"- outlets consulted ({len(s.outlets_consulted)}): {consulted or 'none'}")
    lines.append("")
    attention = [(i, v) for i, v in enumerate(report.claims, 1) if v.verdict in _ATTENTION]
    if attention:
        lines += ["**Needs attention**", ""]
        for i, v in sorted(attention, key=lambda p: (VERDICTS.index(p[1].verdict), p[0])):
            lines.append(
                f"- {MARK[v.verdict]} #{i} **{v.verdict}**: {md_text(v.claim.text, 80)}"
                f" — {md_text(v.reason, 240)}"
            )
        lines.append("")
    lines += [
        "| # | verdict | claim | value | reason |",
        "|---|---|---|---|---|",
    ]
    for i, v in enumerate(report.claims, 1):
        lines.append(
            f"| {i} | {MARK[v.verdict]} **{v.verdict}** | {md_text(v.claim.text, 80)}"
            f" | {md_text(value_text(v.claim), 40)} | {md_text(v.reason, 200)} |"
        )
    lines.append("")
    for i, v in enumerate(report.claims, 1):
        if not v.evidence:
            continue
        lines.append(f"## {i}. {MARK[v.verdict]} {v.verdict}: {md_text(v.claim.text, 120)}")
        lines.append("")
        lines.append(
            f"{v.outlets} outlet(s), {v.independent_outlets} independent. {md_text(v.reason, 400)}"
        )
        lines.append("")
        lines.extend(_evidence_line(e) for e in v.evidence)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _evidence_line(e: Evidence) -> str:
    name = md_text(outlet_label(e), 60)
    link = f"[{name}]({_url(e.url)})" if _safe_url(e.url) else name
    when = f", {e.published}" if e.published else ""
    return (
        f"- {link}{when}: {e.stance}, {md_text(evidence_value_text(e), 60)}"
        f" (score {e.score:.2f}) — {_sentence(e)}"
    )


def _sentence(e: Evidence, limit: int = 280) -> str:
    """The matching sentence, with the matching words in bold when they occur in it."""
    sentence = " ".join(e.sentence.split())
    words = " ".join(e.text.split())
    at = sentence.find(words) if words else -1
    if at < 0 or words == sentence or len(sentence) > limit:
        return md_text(sentence, limit)
    before, after = sentence[:at], sentence[at + len(words) :]
    # md_text trims each piece: put back the spaces that separate the bold words
    left = md_text(before, limit) + (" " if before.endswith(" ") else "")
    right = (" " if after.startswith(" ") else "") + md_text(after, limit)
    return f"{left}**{md_text(words, limit)}**{right}"


def comparison_to_markdown(comp: Comparison) -> str:
    """The cross-outlet comparison as a Markdown table (outliers marked ⚠)."""
    head = "| claim | " + " | ".join(md_text(o, 40) for o in comp.outlets) + " |"
    lines = [head, "|" + "---|" * (len(comp.outlets) + 1)]
    for row in comp.rows:
        cells = []
        for o in comp.outlets:
            text = md_text(", ".join(row.cells.get(o, [])), 40)
            cells.append(f"{text} ⚠" if o in row.outliers else text)
        lines.append(f"| {md_text(row.label, 60)} | " + " | ".join(cells) + " |")
    lines += ["", "⚠ marks an outlet whose figure fits fewer than half of the other outlets'."]
    return "\n".join(lines) + "\n"


def md_text(text: str, limit: int) -> str:
    """Text for a Markdown line: one line, at most ``limit`` characters, markup escaped.

    Escapes what could start markup mid-line (emphasis, code, links, table
    pipes, strikethrough, HTML tags and entities) and leaves the rest readable:
    ``head_of_state`` and ``(5 outlets)`` stay as they are.

    Truncation never leaves an Arabic diacritic without its letter.
    """
    text = " ".join(text.split())
    if len(text) > limit:
        cut = limit - 1
        while cut > 0 and unicodedata.combining(text[cut]):
            cut -= 1
        text = text[:cut].rstrip() + "…"
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;")
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _safe_url(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def _url(url: str | None) -> str:
    """An address safe inside ``(...)`` or ``<...>``: spaces, brackets and quotes encoded."""
    return quote(str(url), safe=":/?#@!$&'*+,;=%-._~")
