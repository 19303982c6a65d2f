"""Shared by the report tests: the seed's report, a hostile article, and golden files.

Golden files live in ``tests/golden/``. Regenerate them after a deliberate
change to the matcher or the renderers with::

    CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_report_golden.py

then review ``git diff tests/golden claimcheck/report/schemas`` before committing.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from claimcheck.ingest import read_article
from claimcheck.models import Article, Report
from claimcheck.pipeline import check
from claimcheck.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED_REL = "seeds/000_d08127e77ea73739.txt"
SEED = ROOT / SEED_REL
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_ENV = "CLAIMCHECK_UPDATE_GOLDEN"

#: Script that would retitle the page if it ever ran.
PWN = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"


def updating() -> bool:
    """Are golden files being regenerated (``$CLAIMCHECK_UPDATE_GOLDEN`` set)?"""
    return os.environ.get(UPDATE_ENV, "") not in ("", "0")


def assert_golden(path: Path, text: str) -> None:
    """``text`` equals the golden file ``path``; with the update switch on, write it instead."""
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        return
    assert path.exists(), f"{path} missing: run {UPDATE_ENV}=1 pytest {Path(__file__).name}"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{path.name} differs from the golden file; if the change is intended, regenerate with "
        f"{UPDATE_ENV}=1 python -m pytest tests/test_report_golden.py and review the diff"
    )


def seed_article() -> Article:
    """The Arabic seed, with the repository-relative path a user would type."""
    return read_article(SEED).model_copy(update={"path": SEED_REL})


def seed_report(store: Store) -> tuple[Article, Report]:
    """The seed and its report against ``store``."""
    article = seed_article()
    return article, check(article, store)


def hostile_report(store: Store) -> tuple[Article, Report]:
    """The hostile article's report, its first evidence row made hostile too.

    The row's outlet name and note carry a script, its link is ``javascript:``,
    and its sentence ends in an ``<img onerror>``.
    """
    article = hostile_article()
    report = check(article, store)
    judged = [v for v in report.claims if v.evidence]
    assert judged, "the hostile article should match the corpus"
    ev = judged[0].evidence[0]
    judged[0].evidence[0] = ev.model_copy(
        update={
            "outlet_name": f"Evil {PWN}",
            "url": "javascript:alert(2)",
            "sentence": f"{ev.sentence} {IMG}",
            "note": PWN,
        }
    )
    return article, report


def hostile_article() -> Article:
    """An English article whose title, outlet, link and text carry markup and script."""
    text = (
        f"Parade {PWN} in Beijing\n\n"
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un were among "
        f"26 heads of state who attended the military parade in Beijing. {IMG}\n\n"
        "The parade marked the 80th anniversary of the end of the Second World War "
        "[click](javascript:alert(1)) & <b>bold</b>.\n\n"
        "After the parade, Putin and Kim held talks that lasted about two and a half hours."
    )
    return Article(
        outlet="<i>evil</i>",
        url="javascript:alert(1)",
        title=f"Parade {PWN}",
        published=date(2025, 9, 5),
        language="en",
        text=text,
        path="hostile.md",
    )
