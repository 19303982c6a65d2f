"""Golden files for the seed's Markdown and JSON reports, and the published JSON Schemas.

Regenerate after a deliberate change (the matcher is still being tuned)::

    CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_report_golden.py

and review ``git diff tests/golden claimcheck/report/schemas``.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from reporting import GOLDEN, assert_golden, seed_report

from claimcheck.models import SCHEMA_VERSION, Report
from claimcheck.report import comparison_schema, report_schema, to_json, to_markdown
from claimcheck.report.machine import SCHEMA_FILES, schema_text

SCHEMAS = Path(__file__).resolve().parent.parent / "claimcheck" / "report" / "schemas"


@pytest.fixture(scope="module")
def seed(corpus_store):
    """The seed article and its report against the bundled corpus."""
    return seed_report(corpus_store)


def test_seed_markdown_matches_golden(seed) -> None:
    """The seed's Markdown report is byte-for-byte the golden file."""
    assert_golden(GOLDEN / "seed.md", to_markdown(seed[1]))


def test_seed_json_matches_golden(seed) -> None:
    """The seed's JSON report is byte-for-byte the golden file."""
    assert_golden(GOLDEN / "seed.json", to_json(seed[1]) + "\n")


def test_published_report_schema_is_the_models(seed) -> None:
    """claimcheck/report/schemas/report.schema.json is what the models generate today."""
    assert_golden(SCHEMAS / SCHEMA_FILES["report"], schema_text(report_schema()))


def test_published_comparison_schema_is_the_models() -> None:
    """claimcheck/report/schemas/comparison.schema.json is what the models generate today."""
    assert_golden(SCHEMAS / SCHEMA_FILES["comparison"], schema_text(comparison_schema()))


def test_seed_json_validates_against_published_schema(seed) -> None:
    """The seed's JSON report validates against the published schema (Draft 2020-12)."""
    schema = json.loads((SCHEMAS / SCHEMA_FILES["report"]).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(to_json(seed[1]))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema_version"] == SCHEMA_VERSION


def test_golden_json_round_trips_through_the_model(seed) -> None:
    """The golden JSON loads back into a Report equal to the one rendered."""
    if not (GOLDEN / "seed.json").exists():
        pytest.skip("golden file not generated yet")
    loaded = Report.model_validate_json((GOLDEN / "seed.json").read_text(encoding="utf-8"))
    assert loaded.schema_version == SCHEMA_VERSION
    assert loaded.summary.claims == len(loaded.claims)
