"""Scoring of the quantity/date case tables (tests/data/*.jsonl).

Shared by the parametrized tests and ``bench/quantities.py``: one case is
correct when the parser finds exactly the expected quantities and dates, each
with the expected span, value/range, flags and unit.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.extract.dates import parse_dates
from claimcheck.extract.quantities import parse_quantities

DATA = Path(__file__).parent / "data"
TOL = 1e-3


def load_cases(name: str) -> list[dict]:
    """Cases from ``tests/data/<name>.jsonl``."""
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= TOL * max(1.0, abs(b))


def check_case(case: dict) -> list[str]:
    """Differences between the parser's output and the case (empty when correct)."""
    text, lang = case["text"], case["lang"]
    problems: list[str] = []
    dates = parse_dates(text, lang)
    quantities = parse_quantities(text, lang, skip=[(d.start, d.end) for d in dates])
    got_q = {(q.start, q.end): q for q in quantities}
    want_q = {}
    for e in case.get("quantities", []):
        start = text.index(e["surface"])
        want_q[(start, start + len(e["surface"]))] = e
    for span, e in want_q.items():
        q = got_q.get(span)
        if q is None:
            near = [f"{x.text!r}" for x in quantities if x.start < span[1] and span[0] < x.end]
            problems.append(
                f"missing {e['surface']!r}" + (f" (got {', '.join(near)})" if near else "")
            )
            continue
        for field in ("value", "low", "high"):
            if not _close(getattr(q, field), e.get(field)):
                problems.append(f"{e['surface']!r}: {field} {getattr(q, field)} != {e.get(field)}")
        for field, default in (("approx", False), ("vague", False), ("bound", None)):
            if getattr(q, field) != e.get(field, default):
                problems.append(
                    f"{e['surface']!r}: {field} {getattr(q, field)} != {e.get(field, default)}"
                )
        if q.key != e.get("unit"):
            problems.append(f"{e['surface']!r}: unit {q.key} != {e.get('unit')}")
    for span, q in got_q.items():
        if span not in want_q:
            problems.append(f"unexpected quantity {q.text!r} ({q.describe()})")
    got_d = {(d.start, d.end): d for d in dates}
    want_d = {}
    for e in case.get("dates", []):
        start = text.index(e["surface"])
        want_d[(start, start + len(e["surface"]))] = e
    for span, e in want_d.items():
        d = got_d.get(span)
        if d is None:
            problems.append(f"missing date {e['surface']!r}")
            continue
        for field in ("year", "month", "day"):
            if getattr(d, field) != e.get(field):
                problems.append(
                    f"date {e['surface']!r}: {field} {getattr(d, field)} != {e.get(field)}"
                )
        if d.calendar != e.get("calendar", "gregorian"):
            problems.append(f"date {e['surface']!r}: calendar {d.calendar}")
    for span, d in got_d.items():
        if span not in want_d:
            problems.append(f"unexpected date {d.text!r}")
    return problems


def figures(text: str, lang: str) -> list[str]:
    """The quantities the full extractor finds in ``text``, each as ``Quantity.describe()``
    renders it (``3-1 score``, ``6.3 meter``)."""
    from claimcheck.extract import extract_claims

    return [
        c.quantity.describe()
        for c in extract_claims(text, lang)  # type: ignore[arg-type]
        if c.quantity is not None
    ]
