"""claimcheck: cross-check a news article's figures and quotes against other outlets.

The public API, usable without the CLI::

    from claimcheck import Store, check, ensure_corpus, read_article
    with Store(default_db_path()) as store:
        ensure_corpus(store)
        report = check(read_article("seeds/000_d08127e77ea73739.txt"), store)
        print(report.summary.verdicts)
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimcheck.errors import (
    ClaimcheckError,
    FetchError,
    InputError,
    NoArticlesError,
    StoreError,
)
from claimcheck.extract import extract_claims, parse_dates, parse_quantities
from claimcheck.ingest import article_from_text, read_article
from claimcheck.models import (
    Article,
    Attribution,
    Claim,
    ClaimVerdict,
    DateValue,
    Evidence,
    Outlet,
    Quantity,
    Report,
)
from claimcheck.pipeline import check, ensure_corpus, ingest_articles, ingest_paths
from claimcheck.settings import Settings
from claimcheck.store import Store, default_db_path

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "ClaimVerdict",
    "ClaimcheckError",
    "DateValue",
    "Evidence",
    "FetchError",
    "InputError",
    "NoArticlesError",
    "Outlet",
    "Quantity",
    "Report",
    "Settings",
    "Store",
    "StoreError",
    "__version__",
    "article_from_text",
    "check",
    "default_db_path",
    "ensure_corpus",
    "extract_claims",
    "ingest_articles",
    "ingest_paths",
    "parse_dates",
    "parse_quantities",
    "read_article",
]
