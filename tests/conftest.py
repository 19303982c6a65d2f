"""Shared fixtures."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d08127e77ea73739.txt"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The Arabic seed article, as the user has it."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_store():
    """An in-memory store loaded with the bundled reference corpus (shared, read-only use)."""
    from claimcheck.pipeline import ensure_corpus
    from claimcheck.store import Store

    store = Store(":memory:")
    ensure_corpus(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file holding the bundled outlets and corpus (the template; never modified)."""
    from claimcheck.pipeline import ensure_corpus
    from claimcheck.store import Store

    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with Store(path) as store:
        ensure_corpus(store)
    return path


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus store for one test."""
    path = tmp_path / "claims.duckdb"
    shutil.copyfile(corpus_db, path)
    return path
