"""The DuckDB claim store: round trips, idempotence, transactions, blocking, errors."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck.errors import StoreError
from claimcheck.models import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    DateValue,
    Language,
    Outlet,
    Quantity,
    content_hash,
)
from claimcheck.store import DEFAULT_DB_ENV, Candidate, IngestResult, Store, default_db_path

REPO = Path(__file__).resolve().parents[1]

Corpus = dict[str, tuple[Article, list[Claim]]]

# --------------------------------------------------------------------------- builders


def make_article(text: str, *, language: Language = "en", **meta: Any) -> Article:
    """An article with the given text and metadata."""
    return Article(language=language, text=text, **meta)


def _claim(article: Article, span: str, kind: ClaimKind, **parts: Any) -> Claim:
    """A claim over the first ``span`` of the article, with the sentence around it."""
    start = article.text.index(span)
    end = start + len(span)
    s_start = article.text.rfind(".", 0, start) + 1
    while article.text[s_start] == " ":
        s_start += 1
    dot = article.text.find(".", end)
    s_end = len(article.text) if dot < 0 else dot + 1
    return Claim(
        id=content_hash(f"{article.id}:{kind}:{start}:{end}"),
        article_id=article.id,
        kind=kind,
        language=article.language,
        text=span,
        start=start,
        end=end,
        sentence=article.text[s_start:s_end],
        sentence_start=s_start,
        sentence_end=s_end,
        **parts,
    )


def quantity(article: Article, span: str, value: float, unit: str, **q: Any) -> Claim:
    """A quantity claim: ``value`` of ``unit`` (``subject`` optional) stated as ``span``."""
    extra = {k: q.pop(k) for k in ("entities", "topics", "participants") if k in q}
    start = article.text.index(span)
    qty = Quantity(text=span, start=start, end=start + len(span), value=value, unit=unit, **q)
    return _claim(article, span, "quantity", quantity=qty, **extra)


def date_claim(
    article: Article, span: str, year: int | None, month: int | None = None, day: int | None = None
) -> Claim:
    """A date claim stated as ``span``."""
    start = article.text.index(span)
    value = DateValue(
        text=span, start=start, end=start + len(span), year=year, month=month, day=day
    )
    return _claim(article, span, "date", date=value)


def attribution(
    article: Article, span: str, *, entities: list[str] | None = None, **a: Any
) -> Claim:
    """An attribution claim over ``span`` (speaker, source, quote ... as given)."""
    return _claim(
        article, span, "attribution", attribution=Attribution(**a), entities=entities or []
    )


# --------------------------------------------------------------------------- a small corpus

AR_TEXT = "قال وزير الصحة إن 40 شخصاً قُتِلوا في القصف يوم 2 مارس 2025. وأضاف: «الوضع كارثي» في غزة."
EN_TEXT = (
    "The health minister said 42 people were killed in the shelling on March 2, 2025. "
    "Reuters reported that the hospital was full."
)
EN2_TEXT = "About 1,000 families were displaced in 2024, the UN said. Gaza was hit hardest."
AR2_TEXT = "أعلنت الأمم المتحدة نزوح نحو 900 عائلة في غزة عام 2024."


@pytest.fixture
def corpus() -> Corpus:
    """Four articles in two languages, each with quantity, date and attribution claims."""
    ar = make_article(
        AR_TEXT,
        language="ar",
        outlet="aljazeera",
        published=date(2025, 3, 2),
        url="https://example.org/ar/1",
        title="قصف",
    )
    en = make_article(
        EN_TEXT,
        outlet="bbc",
        outlet_name="BBC News",
        published=date(2025, 3, 3),
        url="https://example.org/en/1",
    )
    en2 = make_article(EN2_TEXT, outlet="reuters")  # undated
    ar2 = make_article(AR2_TEXT, language="ar", outlet="bbc-ar", published=date(2024, 6, 1))
    return {
        "ar": (
            ar,
            [
                quantity(ar, "40", 40, "person", subject="killed", entities=["gaza"]),
                date_claim(ar, "2 مارس 2025", 2025, 3, 2),
                attribution(
                    ar,
                    "الوضع كارثي",
                    speaker="health_minister",
                    quote="الوضع كارثي",
                    speaker_text="وزير الصحة",
                    mode="direct",
                    entities=["gaza"],
                ),
            ],
        ),
        "en": (
            en,
            [
                quantity(en, "42", 42, "person", subject="killed"),
                date_claim(en, "March 2, 2025", 2025, 3, 2),
                attribution(en, "the hospital was full", source="reuters"),
            ],
        ),
        "en2": (
            en2,
            [
                quantity(en2, "1,000", 1000, "family", subject="displaced", approx=True),
                date_claim(en2, "2024", 2024),
                attribution(en2, "the UN said", speaker="un", entities=["gaza"]),
            ],
        ),
        "ar2": (
            ar2,
            [
                quantity(ar2, "900", 900, "family", subject="displaced", approx=True),
                date_claim(ar2, "2024", 2024),
            ],
        ),
    }


OUTLETS = [
    Outlet(id="aljazeera", name="Al Jazeera", language="ar", feeds=["https://e.org/rss"]),
    Outlet(id="bbc", name="BBC", language="en"),
    Outlet(id="reuters", name="Reuters", language="en"),
]


@pytest.fixture
def store(corpus: Corpus) -> Iterator[Store]:
    """An in-memory store holding the corpus and the outlets."""
    with Store() as s:
        s.add_outlets(OUTLETS)
        s.add_articles(corpus.values())
        yield s


def ids(candidates: list[Candidate]) -> list[str]:
    """The candidate claims' ids, in order."""
    return [c.claim.id for c in candidates]


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("on_disk", [False, True], ids=["memory", "file"])
def test_round_trip_claims_equal(tmp_path: Path, corpus: Corpus, on_disk: bool) -> None:
    """Claims and articles read back equal what was stored, Arabic text byte for byte."""
    path = tmp_path / "db" / "claims.duckdb" if on_disk else ":memory:"
    stored = [c for _, cs in corpus.values() for c in cs]
    s = Store(path)
    try:
        s.add_articles(corpus.values())
        if on_disk:  # read back from the file, not from this connection
            s.close()
            s = Store(path, read_only=True)
        by_id = {c.id: c for c in s.claims()}
        assert by_id == {c.id: c for c in stored}
        for article, _ in corpus.values():
            assert s.article(article.id) == article
        ar_article, ar_claims = corpus["ar"]
        reread = s.article(ar_article.id)
        assert reread is not None and reread.text == AR_TEXT
        assert all(reread.text[c.start : c.end] == c.text for c in s.claims(ar_article.id))
        quote = by_id[ar_claims[2].id].attribution
        assert quote is not None and quote.quote == "الوضع كارثي"
    finally:
        s.close()


def test_missing_article_is_none(store: Store) -> None:
    """Looking up an unknown id gives None / False, not an error."""
    assert store.article("0" * 16) is None
    assert not store.has_article("0" * 16)
    assert store.claims("0" * 16) == []


def test_claims_sorted(store: Store, corpus: Corpus) -> None:
    """claims() is sorted by (article_id, start, kind)."""
    got = store.claims()
    assert [(c.article_id, c.start, c.kind) for c in got] == sorted(
        (c.article_id, c.start, c.kind) for _, cs in corpus.values() for c in cs
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["ar2", "ar", "en", "en2"]),
        ({"outlet": "bbc"}, ["en"]),
        ({"since": date(2025, 1, 1)}, ["ar", "en"]),
        ({"until": date(2025, 3, 2)}, ["ar2", "ar"]),
        ({"since": date(2025, 3, 3), "until": date(2025, 3, 3)}, ["en"]),
        ({"outlet": "nobody"}, []),
    ],
)
def test_articles_filters_and_order(
    store: Store, corpus: Corpus, query: dict[str, Any], expected: list[str]
) -> None:
    """articles() filters by outlet and inclusive dates, sorted by date (undated last)."""
    assert [a.id for a in store.articles(**query)] == [corpus[k][0].id for k in expected]


def test_counts_and_emptiness(corpus: Corpus) -> None:
    """count() and is_empty() follow what is stored."""
    with Store() as s:
        assert s.is_empty()
        assert s.count() == {"outlets": 0, "articles": 0, "claims": 0}
        s.add_outlets(OUTLETS)
        s.add_articles(corpus.values())
        assert not s.is_empty()
        assert s.count() == {"outlets": 3, "articles": 4, "claims": 11}


def test_outlets_upsert(store: Store) -> None:
    """add_outlets inserts new outlets and updates stored ones by id, last one winning."""
    store.add_outlets(
        [
            Outlet(id="bbc", name="BBC Old"),
            Outlet(id="bbc", name="BBC News", language="en", feeds=["a", "b"]),
            Outlet(id="afp", name="AFP", notes="wire"),
        ]
    )
    outlets = {o.id: o for o in store.outlets()}
    assert [o.id for o in store.outlets()] == ["afp", "aljazeera", "bbc", "reuters"]
    assert outlets["bbc"] == Outlet(id="bbc", name="BBC News", language="en", feeds=["a", "b"])
    assert outlets["aljazeera"].feeds == ["https://e.org/rss"]
    store.add_outlets([])
    assert store.count()["outlets"] == 4


# --------------------------------------------------------------------------- idempotence


def test_same_article_twice_is_stored_once(corpus: Corpus) -> None:
    """add_article returns True the first time and False after, storing nothing new."""
    article, claims = corpus["ar"]
    with Store() as s:
        assert s.add_article(article, claims) is True
        assert s.has_article(article.id)
        assert s.add_article(article, claims) is False
        assert s.count() == {"outlets": 0, "articles": 1, "claims": 3}


def test_same_batch_twice(corpus: Corpus) -> None:
    """Re-ingesting a batch skips every article and reports it."""
    with Store() as s:
        first = s.add_articles(corpus.values())
        second = s.add_articles(corpus.values())
        assert first == IngestResult(
            added=4, skipped=0, claims=11, article_ids=[a.id for a, _ in corpus.values()]
        )
        assert second == IngestResult(added=0, skipped=4, claims=0, article_ids=[])
        assert s.count()["claims"] == 11


def test_partly_stored_batch(corpus: Corpus) -> None:
    """Only the new articles of a batch are added, with only their claims."""
    with Store() as s:
        s.add_articles([corpus["ar"], corpus["en"]])
        result = s.add_articles([corpus["en"], corpus["en2"], corpus["ar"], corpus["ar2"]])
        assert (result.added, result.skipped, result.claims) == (2, 2, 5)
        assert result.article_ids == [corpus["en2"][0].id, corpus["ar2"][0].id]
        assert s.count() == {"outlets": 0, "articles": 4, "claims": 11}


def test_duplicates_within_batch_stored_once(corpus: Corpus) -> None:
    """The same article twice in one batch is stored once; the repeat counts as skipped."""
    with Store() as s:
        result = s.add_articles([corpus["ar"], corpus["en"], corpus["ar"]])
        assert (result.added, result.skipped, result.claims) == (2, 1, 6)
        assert s.count()["articles"] == 2


def test_empty_batch() -> None:
    """An empty batch does nothing and says so."""
    with Store() as s:
        assert s.add_articles([]) == IngestResult()
        assert s.is_empty()


def test_claim_of_another_article_is_refused(corpus: Corpus) -> None:
    """A claim passed with an article it does not belong to is an error, nothing stored."""
    (ar, _), (_, en_claims) = corpus["ar"], corpus["en"]
    with Store() as s:
        with pytest.raises(StoreError, match="belongs to article"):
            s.add_articles([corpus["en2"], (ar, en_claims)])
        assert s.is_empty()


# --------------------------------------------------------------------------- transactions


def _bad_span(corpus: Corpus) -> tuple[Article, list[Claim]]:
    """An item whose claim ends before it starts: violates a CHECK constraint."""
    article, claims = corpus["en2"]
    broken = claims[0].model_copy(update={"start": 10, "end": 5})
    return article, [broken, *claims[1:]]


def _duplicate_claim_id(corpus: Corpus) -> tuple[Article, list[Claim]]:
    """An item reusing the id of a claim of the first item: violates the primary key."""
    article, claims = corpus["en2"]
    stolen = claims[0].model_copy(update={"id": corpus["en"][1][0].id})
    return article, [stolen, *claims[1:]]


@pytest.mark.parametrize("make_bad", [_bad_span, _duplicate_claim_id])
def test_failed_batch_rolls_back(corpus: Corpus, make_bad: Any) -> None:
    """When the 3rd item of a batch breaks the insert, nothing of the batch is stored."""
    with Store() as s:
        s.add_article(*corpus["ar"])
        before = s.count()
        batch = [corpus["en"], corpus["ar2"], make_bad(corpus)]
        with pytest.raises(StoreError, match="storing articles") as info:
            s.add_articles(batch)
        assert info.value.where == ":memory:"
        assert s.count() == before
        assert not s.has_article(corpus["en"][0].id)
        # The store is still usable, and the same good items go in afterwards.
        assert s.add_articles(batch[:2]).added == 2


def test_failure_after_articles_insert_rolls_back(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A failure after the articles went in (on the claims insert) undoes the articles too."""
    original = Store._insert

    def fail_on_claims(self: Store, con: Any, table: str, *args: Any) -> None:
        if table == "claims":
            raise RuntimeError("disk on fire")
        original(self, con, table, *args)

    path = tmp_path / "claims.duckdb"
    with Store(path) as s:
        s.add_article(*corpus["ar"])
        monkeypatch.setattr(Store, "_insert", fail_on_claims)
        with pytest.raises(RuntimeError, match="disk on fire"):
            s.add_articles([corpus["en"], corpus["en2"], corpus["ar2"]])
        monkeypatch.undo()
    with Store(path, read_only=True) as s:
        assert s.count() == {"outlets": 0, "articles": 1, "claims": 3}


# --------------------------------------------------------------------------- candidates


def test_candidates_quantity_by_key(store: Store, corpus: Corpus) -> None:
    """A quantity claim finds same-key claims of other articles, never itself."""
    claim = corpus["ar"][1][0]  # 40 killed
    got = store.candidates(claim)
    assert ids(got) == [corpus["en"][1][0].id]
    (cand,) = got
    assert (cand.outlet, cand.outlet_name, cand.url, cand.published, cand.language) == (
        "bbc",
        "BBC News",
        "https://example.org/en/1",
        date(2025, 3, 3),
        "en",
    )


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (None, ["en2"]),  # claim.key == "displaced": ar2 excluded below
        (["displaced"], ["en2"]),
        (["killed"], ["ar", "en"]),
        (["killed", "displaced"], ["ar", "en", "en2"]),
        ([], []),
        (["nothing"], []),
    ],
)
def test_candidates_keys_and_exclusion(
    store: Store, corpus: Corpus, keys: list[str] | None, expected: list[str]
) -> None:
    """keys overrides the claim's key; excluded articles never appear; order is stable."""
    ar2, claims = corpus["ar2"]
    got = store.candidates(claims[0], keys=keys, exclude_article_ids=[ar2.id])
    assert [c.claim.article_id for c in got] == [corpus[k][0].id for k in expected]
    assert all(c.claim.kind == "quantity" for c in got)


@pytest.mark.parametrize(
    ("source", "drop_year", "expected"),
    [
        ("ar", False, ["en"]),
        ("en2", False, ["ar2"]),
        ("en2", True, ["ar2", "ar", "en"]),  # no year stated: every date claim
    ],
)
def test_candidates_dates_by_year(
    store: Store, corpus: Corpus, source: str, drop_year: bool, expected: list[str]
) -> None:
    """A date claim finds date claims of the same year (all of them when it has no year)."""
    claim = corpus[source][1][1]
    if drop_year:
        assert claim.date is not None
        claim = claim.model_copy(update={"date": claim.date.model_copy(update={"year": None})})
    got = store.candidates(claim, exclude_article_ids=[corpus[source][0].id])
    assert [c.claim.article_id for c in got] == [corpus[k][0].id for k in expected]
    assert all(c.claim.kind == "date" for c in got)


@pytest.mark.parametrize(
    ("attribution_", "entities", "expected"),
    [
        ({"speaker": "un"}, [], ["en2"]),
        ({"source": "reuters"}, [], ["en"]),
        ({}, ["gaza"], ["en2"]),
        ({"speaker": "nobody"}, ["nowhere"], []),
    ],
    ids=["speaker", "source", "entities", "none"],
)
def test_candidates_attribution(
    corpus: Corpus, attribution_: dict[str, Any], entities: list[str], expected: list[str]
) -> None:
    """Attributions match by speaker, source or shared entity (quotes aside)."""
    with Store() as s:
        # Leave out the Arabic article: its claim quotes words, so it always matches.
        s.add_articles([corpus["en"], corpus["en2"], corpus["ar2"]])
        probe = make_article("Somebody said something.")
        claim = attribution(probe, "said something", entities=entities, **attribution_)
        got = s.candidates(claim)
        assert [c.claim.article_id for c in got] == [corpus[k][0].id for k in expected]


def test_candidates_attribution_quotes_always_match(store: Store, corpus: Corpus) -> None:
    """Any stored attribution with a quote is a candidate, whoever said it."""
    probe = make_article("Somebody said something.")
    claim = attribution(probe, "said something", speaker="nobody")
    assert ids(store.candidates(claim)) == [corpus["ar"][1][2].id]


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (None, ["ar", "en"]),
        ((date(2025, 3, 3), date(2025, 12, 31)), ["en"]),
        ((date(2025, 3, 1), date(2025, 3, 2)), ["ar"]),
        ((date(2020, 1, 1), date(2020, 12, 31)), []),
    ],
)
def test_candidates_date_window(
    store: Store, corpus: Corpus, window: tuple[date, date] | None, expected: list[str]
) -> None:
    """date_window filters on publication date, inclusive; undated articles pass."""
    en2, _ = corpus["en2"]
    claim = quantity(make_article("Some 50 died."), "50", 50, "person", subject="killed")
    got = store.candidates(claim, date_window=window)
    assert [c.claim.article_id for c in got] == [corpus[k][0].id for k in expected]
    # The undated Reuters piece passes any window.
    disp = corpus["ar2"][1][0]
    undated = store.candidates(disp, date_window=window or (date(2020, 1, 1), date(2020, 1, 2)))
    assert en2.id in [c.claim.article_id for c in undated]


def test_candidate_outlet_name_from_outlets_table(store: Store, corpus: Corpus) -> None:
    """outlet_name comes from the article, else from the outlets table, else None."""
    claim = quantity(make_article("Some 50 died."), "50", 50, "person", subject="killed")
    names = {c.outlet: c.outlet_name for c in store.candidates(claim, keys=["killed", "displaced"])}
    assert names == {
        "aljazeera": "Al Jazeera",
        "bbc": "BBC News",
        "reuters": "Reuters",
        "bbc-ar": None,
    }


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_candidates_order_is_stable(corpus: Corpus, seed: int) -> None:
    """Candidates come out in the same order whatever order the articles went in."""
    items = list(corpus.values())
    random.Random(seed).shuffle(items)
    claim = quantity(make_article("Some 50 died."), "50", 50, "person", subject="killed")
    with Store() as a, Store() as b:
        a.add_articles(corpus.values())
        for item in items:
            b.add_article(*item)
        keys = ["killed", "displaced"]
        assert ids(a.candidates(claim, keys=keys)) == ids(b.candidates(claim, keys=keys))
        got = a.candidates(claim, keys=keys)
        order = [(c.published or date.max, c.outlet, c.claim.id) for c in got]
        assert order == sorted(order) and len(order) == 4
        assert got[-1].published is None  # undated last


# --------------------------------------------------------------------------- errors


class _StoreV2(Store):
    SCHEMA_VERSION = 99


def test_schema_version_mismatch(tmp_path: Path) -> None:
    """A file written by a newer claimcheck is refused with both versions named."""
    path = tmp_path / "claims.duckdb"
    _StoreV2(path).close()
    with pytest.raises(StoreError, match="schema version 99, this claimcheck expects 2") as info:
        Store(path)
    assert info.value.where == str(path)
    assert "re-create it or run a newer claimcheck" in str(info.value)
    assert info.value.exit_code == 3


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, world\n" * 200, "خبر عاجل\n".encode() * 200, bytes(range(256)) * 64],
    ids=["empty", "text", "arabic-text", "binary"],
)
@pytest.mark.parametrize("read_only", [False, True])
def test_not_a_database(tmp_path: Path, content: bytes, read_only: bool) -> None:
    """A file that is not a DuckDB database is refused, and left untouched."""
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a claimcheck database") as info:
        Store(path, read_only=read_only)
    assert info.value.where == str(path)
    assert path.read_bytes() == content


def test_foreign_duckdb_file(tmp_path: Path) -> None:
    """A DuckDB file with other tables and no claimcheck metadata is refused."""
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a claimcheck database"):
        Store(path)


def test_read_only_missing_file(tmp_path: Path) -> None:
    """Opening a missing database read-only is an error and creates nothing."""
    path = tmp_path / "nope" / "claims.duckdb"
    with pytest.raises(StoreError, match="does not exist"):
        Store(path, read_only=True)
    assert not path.parent.exists()


def test_read_only_store_reads_but_refuses_writes(tmp_path: Path, corpus: Corpus) -> None:
    """A read-only store answers queries and refuses writes with StoreError."""
    path = tmp_path / "claims.duckdb"
    with Store(path) as s:
        s.add_articles(corpus.values())
    with Store(path, read_only=True) as s:
        assert s.count()["articles"] == 4
        with pytest.raises(StoreError, match="read-only"):
            s.add_article(make_article("New text."), [])
        with pytest.raises(StoreError, match="read-only"):
            s.add_outlets(OUTLETS)


def test_closed_store_raises(corpus: Corpus) -> None:
    """Using a closed store raises StoreError; closing twice is fine."""
    s = Store()
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count()


_HOLDER = textwrap.dedent(
    """
    import sys
    from claimcheck.store import Store
    store = Store(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()  # hold the file until the test closes our stdin
    store.close()
    """
)


@pytest.fixture
def locked_db(tmp_path: Path) -> Iterator[Path]:
    """A database file held open for writing by another process."""
    path = tmp_path / "claims.duckdb"
    Store(path).close()
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            assert proc.stdout.readline().strip() == "ready"
            yield path
        finally:
            proc.stdin.close()  # the holder exits when its stdin closes
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:  # pragma: no cover
                proc.kill()
                proc.wait()


@pytest.mark.parametrize("read_only", [False, True])
def test_locked_database(locked_db: Path, read_only: bool) -> None:
    """A file another process holds open for writing gives 'locked', even read-only."""
    with pytest.raises(StoreError, match="database is locked by another process") as info:
        Store(locked_db, read_only=read_only)
    assert info.value.where == str(locked_db)
    assert info.value.exit_code == 3
    assert "IO Error" not in str(info.value)


# --------------------------------------------------------------------------- default path


def test_default_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$CLAIMCHECK_DB wins over every other location."""
    monkeypatch.setenv(DEFAULT_DB_ENV, str(tmp_path / "x" / "my.duckdb"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "x" / "my.duckdb"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
@pytest.mark.parametrize("xdg", [True, False], ids=["xdg", "home"])
def test_default_path_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: bool) -> None:
    """Without $CLAIMCHECK_DB the store lives in $XDG_DATA_HOME or ~/.local/share."""
    monkeypatch.delenv(DEFAULT_DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        expected = tmp_path / "xdg" / "claimcheck" / "claims.duckdb"
    else:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        expected = tmp_path / "home" / ".local" / "share" / "claimcheck" / "claims.duckdb"
    assert default_db_path() == expected
    assert not expected.parent.exists()
    with Store(default_db_path()) as s:  # parent folders are created on open
        assert s.is_empty()
    assert expected.is_file()


# --------------------------------------------------------------------------- bulk


class _CountingConnection:
    """Wraps a DuckDB connection, counting the statements sent through it."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self.statements: list[str] = []

    def execute(self, sql: str, *args: Any) -> Any:
        self.statements.append(sql)
        return self._con.execute(sql, *args)

    def executemany(self, *args: Any) -> Any:  # pragma: no cover - must not happen
        raise AssertionError("row-by-row executemany")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def test_bulk_insert_of_5000_claims() -> None:
    """5,000 claims go in with a handful of statements, whatever the batch size."""
    items = []
    for i in range(100):
        text = f"Report {i}: " + " ".join(f"{n} cases." for n in range(1000, 1050))
        article = make_article(text, outlet=f"o{i % 7}", published=date(2025, 1, 1 + i % 28))
        claims = [
            quantity(article, f"{n} cases", n, "case", subject="cases") for n in range(1000, 1050)
        ]
        items.append((article, claims))
    with Store() as s:
        counter = _CountingConnection(s._con)
        s._con = counter  # type: ignore[assignment]
        result = s.add_articles(items)
        assert (result.added, result.claims) == (100, 5000)
        inserts = [q for q in counter.statements if q.lstrip().upper().startswith("INSERT")]
        assert len(inserts) == 2  # one for the articles, one for the claims
        assert len(counter.statements) <= 4
        assert s.count() == {"outlets": 0, "articles": 100, "claims": 5000}
        assert len(s.candidates(items[0][1][0], exclude_article_ids=[items[0][0].id])) == 4950


def test_version_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    """A store from schema version 1 gains the new columns on open and keeps its articles."""
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "claims.duckdb"
    article = Article(outlet="o", language="en", text="26 leaders came.", author="A. Writer")
    with Store(path) as store:
        store.add_article(article, [])
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE articles DROP COLUMN author")
    con.execute("ALTER TABLE outlets DROP COLUMN article_pattern")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 1"):
        Store(path, read_only=True)  # read-only cannot upgrade, and says so
    with Store(path) as store:
        [got] = store.articles()
        assert got.text == article.text and got.author is None
        store.add_outlets([Outlet(id="x", name="X", article_pattern=r"/world/")])
        assert store.outlets()[0].article_pattern == r"/world/"
    with Store(path, read_only=True) as store:
        assert store.count()["articles"] == 1
