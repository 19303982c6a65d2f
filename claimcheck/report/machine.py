"""Machine-readable outputs: the JSON report, the comparison as JSON and CSV, their schemas.

JSON is the pydantic models serialized (never assembled by hand); the schemas
are the models' own JSON Schemas. Copies of both schemas are published in
``claimcheck/report/schemas/`` and a test keeps them equal to the models, so a
change to the report's shape shows up in review (bump ``SCHEMA_VERSION`` in
:mod:`claimcheck.models` when it breaks a consumer).

>>> import json
>>> json.loads(to_json(report))["schema_version"]  # doctest: +SKIP
'1.0'
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any

from claimcheck.models import Comparison, Report

#: File names of the published schemas, inside ``claimcheck/report/schemas/``.
SCHEMA_FILES = {"report": "report.schema.json", "comparison": "comparison.schema.json"}


def to_json(report: Report) -> str:
    """The report as JSON (the models serialized, stable key order, two-space indent)."""
    return report.model_dump_json(indent=2)


def comparison_to_json(comp: Comparison) -> str:
    """The cross-outlet comparison as JSON."""
    return comp.model_dump_json(indent=2)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`to_json`'s output (what ``claimcheck schema`` prints)."""
    return Report.model_json_schema()


def comparison_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`comparison_to_json`'s output."""
    return Comparison.model_json_schema()


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as published: two-space indent, UTF-8 kept, one trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def published_schema(name: str) -> str:
    """The text of a published schema file (``report`` or ``comparison``)."""
    return (
        resources.files("claimcheck.report")
        .joinpath("schemas", SCHEMA_FILES[name])
        .read_text(encoding="utf-8")
    )


def comparison_to_csv(comp: Comparison) -> str:
    """The comparison as CSV: one row per fact, one column per outlet, then the outliers.

    A cell with several figures joins them with ``"; "``; ``outliers`` lists the
    outlet ids whose figure fits fewer than half of the others. Lines end in
    ``\\r\\n`` as RFC 4180 says, and the text is UTF-8 (open it as such in a
    spreadsheet). A cell that a spreadsheet would run as a formula gets a
    leading ``'``.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["key", "label", *comp.outlets, "outliers"])
    for row in comp.rows:
        cells = [
            row.key,
            row.label,
            *("; ".join(row.cells.get(o, [])) for o in comp.outlets),
            " ".join(row.outliers),
        ]
        writer.writerow([_defuse(c) for c in cells])
    return buf.getvalue()


def _defuse(cell: str) -> str:
    """Keep a spreadsheet from reading article text as a formula (``=``, ``+``, ``-``, ``@``)."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(cell.replace(",", ""))
        except ValueError:
            return "'" + cell
    return cell
