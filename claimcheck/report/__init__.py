"""Report stage: verdicts into a :class:`~claimcheck.models.Report`, and its renderers.

One module per output, behind this namespace:

- :mod:`~claimcheck.report.build` assembles the Report and holds the gate;
- :mod:`~claimcheck.report.machine` renders JSON and CSV (and publishes the schemas);
- :mod:`~claimcheck.report.markdown` renders Markdown for a CMS note or a merge request;
- :mod:`~claimcheck.report.terminal` renders rich tables that stay readable with Arabic;
- :mod:`~claimcheck.report.html` renders one self-contained HTML page (Jinja2 templates).

Renderers take a Report (or a Comparison) and return text or a rich renderable;
none computes a verdict, and none writes a timestamp, so two runs on the same
store give byte-identical output::

    from claimcheck.report import to_html, to_markdown
    page = to_html(report, article)  # the article text, claims highlighted
"""

from __future__ import annotations

from claimcheck.report.build import (
    FAIL_ON,
    VERDICTS,
    build_report,
    evidence_value_text,
    gate_failures,
    summary_line,
    value_text,
)
from claimcheck.report.html import comparison_to_html, to_html
from claimcheck.report.machine import (
    comparison_schema,
    comparison_to_csv,
    comparison_to_json,
    report_schema,
    to_json,
)
from claimcheck.report.markdown import comparison_to_markdown, to_markdown
from claimcheck.report.terminal import comparison_to_table, to_table

__all__ = [
    "FAIL_ON",
    "VERDICTS",
    "build_report",
    "comparison_schema",
    "comparison_to_csv",
    "comparison_to_html",
    "comparison_to_json",
    "comparison_to_markdown",
    "comparison_to_table",
    "evidence_value_text",
    "gate_failures",
    "report_schema",
    "summary_line",
    "to_html",
    "to_json",
    "to_markdown",
    "to_table",
    "value_text",
]
