"""Accuracy per category and language on the case tables, and extraction throughput.

python bench/quantities.py            # dev and held-out tables
python bench/quantities.py --failures # also list what failed
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from casebook import check_case, load_cases

from claimcheck.extract.quantities import parse_quantities


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--failures", action="store_true", help="print every failing case")
    args = ap.parse_args()
    for table in ("quantities_dev", "quantities_heldout"):
        cases = load_cases(table)
        score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for case in cases:
            problems = check_case(case)
            for key in ((case["lang"], case["category"]), (case["lang"], "ALL")):
                score[key][0] += not problems
                score[key][1] += 1
            if problems and args.failures:
                print(f"  {case['id']}: {'; '.join(problems)}")
        cats = [*sorted({c for _, c in score if c != "ALL"}), "ALL"]
        print(f"\n{table}: accuracy per category")
        print(f"{'category':<12}{'ar':>14}{'en':>14}")
        for cat in cats:
            row = []
            for lang in ("ar", "en"):
                ok, n = score.get((lang, cat), [0, 0])
                row.append(f"{ok}/{n} {100 * ok / n:5.1f}%" if n else "-")
            print(f"{cat:<12}{row[0]:>14}{row[1]:>14}")
    # throughput: every case sentence, repeated, one core
    sentences = [
        (c["text"], c["lang"])
        for t in ("quantities_dev", "quantities_heldout")
        for c in load_cases(t)
    ]
    reps = 10
    t0 = time.perf_counter()
    for _ in range(reps):
        for text, lang in sentences:
            parse_quantities(text, lang)
    dt = time.perf_counter() - t0
    print(
        f"\nthroughput: {reps * len(sentences) / dt:,.0f} sentences/s "
        f"({reps * len(sentences)} sentences in {dt:.2f} s, one core, dates included)"
    )


if __name__ == "__main__":
    main()
