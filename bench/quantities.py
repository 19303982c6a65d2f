"""Accuracy per category and language on the quantity/date case tables, and throughput.

    python bench/quantities.py             # the table per set, and sentences per second
    python bench/quantities.py --failures  # also list every failing case

Sets: "dev" is quantities_dev, _dev2, _dev3 (developed on); "held-out" is
quantities_heldout, _heldout2, _heldout3 (run, never tuned on). A case counts
as correct only when every figure and date in it is found with the right span,
value or range, flags and unit, and nothing else is reported.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from casebook import check_case, load_cases

from claimcheck.extract.quantities import parse_quantities

SETS = {
    "dev": ("quantities_dev", "quantities_dev2", "quantities_dev3"),
    "held-out": ("quantities_heldout", "quantities_heldout2", "quantities_heldout3"),
}


def score(cases: list[dict], failures: bool) -> dict[tuple[str, str], list[int]]:
    """[correct, total] per (language, category), plus (language, "ALL")."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        problems = check_case(case)
        for key in ((case["lang"], case["category"]), (case["lang"], "ALL")):
            table[key][0] += not problems
            table[key][1] += 1
        if problems and failures:
            print(f"  {case['id']}: {'; '.join(problems)}")
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--failures", action="store_true", help="print every failing case")
    args = ap.parse_args()
    all_cases: list[dict] = []
    for name, tables in SETS.items():
        cases = [c for t in tables for c in load_cases(t)]
        all_cases += cases
        table = score(cases, args.failures)
        cats = [*sorted({c for _, c in table if c != "ALL"}), "ALL"]
        print(f"\n{name} ({len(cases)} cases): accuracy per category")
        print(f"{'category':<16}{'ar':>16}{'en':>16}")
        for cat in cats:
            row = []
            for lang in ("ar", "en"):
                ok, n = table.get((lang, cat), [0, 0])
                row.append(f"{ok}/{n} {100 * ok / n:5.1f}%" if n else "-")
            print(f"{cat:<16}{row[0]:>16}{row[1]:>16}")
    sentences = [(c["text"], c["lang"]) for c in all_cases]
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for text, lang in sentences:
            parse_quantities(text, lang)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"\npeak memory (RSS): {peak:,.0f} MB")
    print(
        f"throughput: {reps * len(sentences) / dt:,.0f} sentences/s "
        f"({reps * len(sentences)} sentences in {dt:.2f} s, one core, dates included)"
    )


if __name__ == "__main__":
    main()
