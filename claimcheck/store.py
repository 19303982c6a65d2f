"""The claim store: articles, their claims and the outlets, in one DuckDB file.

This is the only module in claimcheck that imports ``duckdb``. Every DuckDB error
is caught here and re-raised as :class:`~claimcheck.errors.StoreError` with the
database path in it.

Example::

    >>> from claimcheck.models import Article
    >>> with Store() as store:  # ":memory:" unless a path is given
    ...     store.add_article(Article(language="en", text="Hello."), [])
    ...     store.count()
    True
    {'outlets': 0, 'articles': 1, 'claims': 0}

Design notes:

* Articles and claims go in as Arrow tables, one ``INSERT ... SELECT`` per table
  and batch, inside one short transaction (never row-by-row ``executemany``).
* Claims keep their full JSON in ``payload`` so they round-trip exactly; the
  columns beside it exist for SQL (candidate blocking), not for reconstruction.
* Results are always read with ``fetchall()``: in DuckDB 2.0 a result left open by
  ``fetchone()`` owns the connection and the next ``sql()``/``register()`` fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import platformdirs
import pyarrow as pa
import pyarrow.compute as pc

from claimcheck.errors import StoreError
from claimcheck.models import Article, Claim, Outlet

__all__ = [
    "DEFAULT_DB_ENV",
    "Candidate",
    "FetchState",
    "IngestResult",
    "Store",
    "default_db_path",
]

DEFAULT_DB_ENV = "CLAIMCHECK_DB"
_APP = "claimcheck"
_DB_FILE = "claims.duckdb"


# --------------------------------------------------------------------------- paths


def default_db_path() -> Path:
    """Where the store lives unless told otherwise.

    ``$CLAIMCHECK_DB`` if set, else ``claims.duckdb`` in the per-user data dir
    (``$XDG_DATA_HOME/claimcheck`` or ``~/.local/share/claimcheck`` on Linux,
    ``~/Library/Application Support/claimcheck`` on macOS). Nothing is created
    here; :class:`Store` creates the parent folders when it opens the file.

    Example::

        os.environ["CLAIMCHECK_DB"] = "/tmp/cc.duckdb"
        default_db_path()  # PosixPath('/tmp/cc.duckdb')
    """
    explicit = os.environ.get(DEFAULT_DB_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_data_dir(_APP, appauthor=False)) / _DB_FILE


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one :meth:`Store.add_articles` call did.

    ``added + skipped`` is the number of items passed in: an item is skipped when
    its article was already stored or appeared earlier in the same batch.
    ``article_ids`` lists the newly stored articles in input order.
    """

    added: int = 0
    skipped: int = 0
    claims: int = 0
    article_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored claim that may bear on a checked claim, with its article's metadata."""

    claim: Claim
    outlet: str
    outlet_name: str | None
    url: str | None
    published: date | None
    language: str


# --------------------------------------------------------------------------- schema

_SCHEMA = """
CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
CREATE TABLE outlets (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    language VARCHAR,
    homepage VARCHAR,
    feeds VARCHAR[] NOT NULL,
    notes VARCHAR,
    article_pattern VARCHAR
);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    outlet VARCHAR NOT NULL,
    outlet_name VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    language VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    path VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    author VARCHAR
);
CREATE TABLE claims (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('quantity', 'date', 'attribution')),
    language VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    q_value DOUBLE,
    q_low DOUBLE,
    q_high DOUBLE,
    q_approx BOOLEAN,
    q_vague BOOLEAN,
    q_bound VARCHAR,
    q_unit VARCHAR,
    q_subject VARCHAR,
    q_key VARCHAR,
    d_year INTEGER,
    d_month INTEGER,
    d_day INTEGER,
    d_calendar VARCHAR,
    a_speaker VARCHAR,
    a_source VARCHAR,
    a_quote VARCHAR,
    entities VARCHAR[] NOT NULL,
    participants VARCHAR[] NOT NULL,
    topics VARCHAR[] NOT NULL,
    payload VARCHAR NOT NULL,
    CHECK (start <= "end")
);
-- Used by claims(article_id) (an ART index scan for selective lookups). Blocking
-- by q_key relies on claims being inserted sorted by (kind, q_key, q_value), so
-- the row-group min/max statistics prune the scan; an ART index is not used there.
CREATE INDEX claims_article_id ON claims (article_id);
"""

_OUTLET_COLUMNS = ("id", "name", "language", "homepage", "feeds", "notes", "article_pattern")
_OUTLET_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("name", pa.string()),
        ("language", pa.string()),
        ("homepage", pa.string()),
        ("feeds", pa.list_(pa.string())),
        ("notes", pa.string()),
        ("article_pattern", pa.string()),
    ]
)

_ARTICLE_COLUMNS = (
    "id",
    "outlet",
    "outlet_name",
    "url",
    "title",
    "published",
    "language",
    "text",
    "path",
    "ingested_at",
    "author",
)
_ARTICLE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("outlet", pa.string()),
        ("outlet_name", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("path", pa.string()),
        ("ingested_at", pa.timestamp("us")),
        ("author", pa.string()),
    ]
)
_ARTICLE_SELECT = "outlet, outlet_name, url, title, published, language, text, path, author"

# Upgrades from each older schema version to the next, applied in place on open.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE articles ADD COLUMN author VARCHAR",
        "ALTER TABLE outlets ADD COLUMN article_pattern VARCHAR",
    ),
}

_S, _I, _F, _B, _L = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.list_(pa.string())
_CLAIM_SCHEMA = pa.schema(
    [
        ("id", _S),
        ("article_id", _S),
        ("kind", _S),
        ("language", _S),
        ("text", _S),
        ("start", _I),
        ("end", _I),
        ("sentence", _S),
        ("sentence_start", _I),
        ("sentence_end", _I),
        ("q_value", _F),
        ("q_low", _F),
        ("q_high", _F),
        ("q_approx", _B),
        ("q_vague", _B),
        ("q_bound", _S),
        ("q_unit", _S),
        ("q_subject", _S),
        ("q_key", _S),
        ("d_year", _I),
        ("d_month", _I),
        ("d_day", _I),
        ("d_calendar", _S),
        ("a_speaker", _S),
        ("a_source", _S),
        ("a_quote", _S),
        ("entities", _L),
        ("participants", _L),
        ("topics", _L),
        ("payload", _S),
    ]
)
_CLAIM_COLUMNS = tuple(_CLAIM_SCHEMA.names)


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _claim_row(claim: Claim) -> tuple[Any, ...]:
    """One claims-table row, in ``_CLAIM_COLUMNS`` order."""
    q, d, a = claim.quantity, claim.date, claim.attribution
    return (
        claim.id,
        claim.article_id,
        claim.kind,
        claim.language,
        claim.text,
        claim.start,
        claim.end,
        claim.sentence,
        claim.sentence_start,
        claim.sentence_end,
        q.value if q else None,
        q.low if q else None,
        q.high if q else None,
        q.approx if q else None,
        q.vague if q else None,
        q.bound if q else None,
        q.unit if q else None,
        q.subject if q else None,
        q.key if q else None,
        d.year if d else None,
        d.month if d else None,
        d.day if d else None,
        d.calendar if d else None,
        a.speaker if a else None,
        a.source if a else None,
        a.quote if a else None,
        claim.entities,
        claim.participants,
        claim.topics,
        claim.model_dump_json(),
    )


def _table(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """Rows (tuples in schema order) as one Arrow table, converted in one pass."""
    if not rows:
        return schema.empty_table()
    structs = pa.array(rows, type=pa.struct(schema))
    return pa.Table.from_batches([pa.RecordBatch.from_struct_array(structs)], schema=schema)


def _error_message(exc: BaseException, doing: str) -> str:
    text = str(exc)
    if "Could not set lock" in text or "Conflicting lock" in text:
        return "database is locked by another process"
    if "not a valid DuckDB database file" in text:
        return "not a claimcheck database"
    return f"{doing}: {text}"


# --------------------------------------------------------------------------- the store


class Store:
    """Articles, claims and outlets in one DuckDB database file (or in memory).

    One connection is held from construction to :meth:`close`; DuckDB lets no
    other process open the file meanwhile (not even read-only), so keep a
    ``with Store(path) as store:`` block as short as the work needs.

    Example::

        with Store(default_db_path()) as store:
            result = store.add_articles(batch)  # [(Article, [Claim, ...]), ...]
    """

    SCHEMA_VERSION: int = 2

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.read_only = read_only
        self._memory = str(path).startswith(":memory:")
        self.path: str | Path = str(path) if self._memory else Path(path).expanduser()
        self._where = str(self.path)
        self._con: duckdb.DuckDBPyConnection | None = None
        try:
            self._con = self._connect()
            self._check_or_create_schema()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ lifecycle

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if not self._memory:
            assert isinstance(self.path, Path)
            if self.read_only and not self.path.exists():
                raise StoreError("database does not exist (opened read-only)", where=self._where)
            if not self.read_only:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the database folder: {exc.strerror or exc}",
                        where=self._where,
                    ) from exc
        try:
            return duckdb.connect(str(self.path), read_only=self.read_only)
        except duckdb.Error as exc:
            raise StoreError(
                _error_message(exc, "cannot open database"), where=self._where
            ) from exc

    def _check_or_create_schema(self) -> None:
        with self._guard("reading the schema") as con:
            tables = {
                name
                for (name,) in con.execute(
                    "SELECT table_name FROM duckdb_tables() "
                    "WHERE database_name = current_database() AND schema_name = 'main'"
                ).fetchall()
            }
        if not tables:
            if self.read_only:
                raise StoreError("not a claimcheck database (it is empty)", where=self._where)
            self._create_schema()
            return
        if "meta" not in tables:
            raise StoreError("not a claimcheck database", where=self._where)
        with self._guard("reading the schema version") as con:
            rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if not rows:
            raise StoreError("not a claimcheck database (no schema version)", where=self._where)
        found = rows[0][0]
        if found.isdigit() and int(found) < self.SCHEMA_VERSION and not self.read_only:
            self._migrate(int(found))
            found = str(self.SCHEMA_VERSION)
        if found != str(self.SCHEMA_VERSION):
            raise StoreError(
                f"database schema version {found}, this claimcheck expects "
                f"{self.SCHEMA_VERSION}; re-create it or run a newer claimcheck",
                where=self._where,
            )

    def _migrate(self, version: int) -> None:
        """Upgrade an older store in place, one version at a time, in one transaction."""
        with self._transaction("upgrading the schema") as con:
            while version < self.SCHEMA_VERSION:
                for statement in _MIGRATIONS[version]:
                    con.execute(statement)
                version += 1
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])

    def _create_schema(self) -> None:
        with self._transaction("creating the schema") as con:
            con.execute(_SCHEMA)
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(self.SCHEMA_VERSION)])

    def close(self) -> None:
        """Close the connection (and release the file lock). Safe to call twice."""
        con, self._con = self._con, None
        if con is not None:
            with suppress(duckdb.Error):
                con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"Store({self._where!r}{mode})"

    # ------------------------------------------------------------------ plumbing

    @property
    def _conn(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError("the store is closed", where=self._where)
        return self._con

    @contextmanager
    def _guard(self, doing: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block against the connection, turning DuckDB errors into StoreError."""
        con = self._conn
        try:
            yield con
        except duckdb.Error as exc:
            raise StoreError(_error_message(exc, doing), where=self._where) from exc

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: commit at the end of the block, roll back on any error."""
        if self.read_only:
            raise StoreError(f"{doing}: the store is open read-only", where=self._where)
        with self._guard(doing) as con:
            con.begin()
            try:
                yield con
                con.commit()
            except BaseException:
                with suppress(duckdb.Error):
                    con.rollback()
                raise

    @contextmanager
    def _registered(
        self, con: duckdb.DuckDBPyConnection, name: str, table: pa.Table
    ) -> Iterator[str]:
        """Expose an Arrow table to SQL under ``name`` for the length of the block."""
        con.register(name, table)
        try:
            yield name
        finally:
            # Inside a failed transaction unregister() itself fails; the rollback
            # that follows drops the view (checked on DuckDB 2.0.1).
            with suppress(duckdb.Error):
                con.unregister(name)

    def _fetch(self, doing: str, sql: str, params: object = None) -> list[tuple[Any, ...]]:
        with self._guard(doing) as con:
            return con.execute(sql, params).fetchall()

    # ------------------------------------------------------------------ writing

    def add_outlets(self, outlets: Iterable[Outlet]) -> None:
        """Insert outlets, or update the stored ones with the same id (last one wins).

        Example::

            store.add_outlets([Outlet(id="bbc-ar", name="BBC Arabic", language="ar")])
        """
        unique = {o.id: o for o in outlets}
        if not unique:
            return
        table = _table(
            [
                (o.id, o.name, o.language, o.homepage, o.feeds, o.notes, o.article_pattern)
                for o in unique.values()
            ],
            _OUTLET_SCHEMA,
        )
        updates = ", ".join(f"{c} = excluded.{c}" for c in _OUTLET_COLUMNS if c != "id")
        with (
            self._transaction("storing outlets") as con,
            self._registered(con, "_claimcheck_new_outlets", table) as src,
        ):
            con.execute(
                f"INSERT INTO outlets ({_quoted(_OUTLET_COLUMNS)}) "
                f"SELECT {_quoted(_OUTLET_COLUMNS)} FROM {src} "
                f"ON CONFLICT (id) DO UPDATE SET {updates}"
            )

    def add_articles(self, items: Iterable[tuple[Article, list[Claim]]]) -> IngestResult:
        """Store articles with their claims, all or nothing, skipping stored articles.

        The whole batch is one transaction: if anything fails, nothing of it is
        stored (a DuckDB failure raises :class:`StoreError`). An article whose id
        (the hash of its text) is already stored, or came earlier in the batch, is
        skipped; ``added + skipped == len(items)``.

        Example::

            result = store.add_articles([(article, claims)])
            (result.added, result.skipped, result.claims)  # (1, 0, 3)
        """
        batch: dict[str, tuple[Article, list[Claim]]] = {}
        total = 0
        for article, claims in items:
            total += 1
            article_id = article.id
            for claim in claims:
                if claim.article_id != article_id:
                    raise StoreError(
                        f"claim {claim.id} belongs to article {claim.article_id}, "
                        f"not to article {article_id} it was passed with",
                        where=self._where,
                    )
            batch.setdefault(article_id, (article, claims))
        if not batch:
            return IngestResult()

        # Build the Arrow tables before the transaction, so that it stays short.
        now = datetime.now(UTC).replace(tzinfo=None)
        articles = _table(
            [
                (
                    a.id,
                    a.outlet,
                    a.outlet_name,
                    a.url,
                    a.title,
                    a.published,
                    a.language,
                    a.text,
                    a.path,
                    now,
                    a.author,
                )
                for a, _ in batch.values()
            ],
            _ARTICLE_SCHEMA,
        )
        claims = _table([_claim_row(c) for _, cs in batch.values() for c in cs], _CLAIM_SCHEMA)

        with self._transaction("storing articles") as con:
            stored = {
                row[0]
                for row in con.execute(
                    "SELECT id FROM articles WHERE list_contains(?::VARCHAR[], id)",
                    [list(batch)],
                ).fetchall()
            }
            new_ids = [i for i in batch if i not in stored]
            if stored:
                keep = pa.array(new_ids, pa.string())
                articles = articles.filter(pc.is_in(articles["id"], value_set=keep))
                claims = claims.filter(pc.is_in(claims["article_id"], value_set=keep))
            if new_ids:
                self._insert(con, "articles", _ARTICLE_COLUMNS, articles, "id")
                self._insert(con, "claims", _CLAIM_COLUMNS, claims, "kind, q_key, q_value, id")

        return IngestResult(
            added=len(new_ids),
            skipped=total - len(new_ids),
            claims=claims.num_rows,
            article_ids=new_ids,
        )

    def _insert(
        self,
        con: duckdb.DuckDBPyConnection,
        table: str,
        columns: Sequence[str],
        rows: pa.Table,
        order_by: str,
    ) -> None:
        """Bulk-insert an Arrow table: one INSERT ... SELECT, stored sorted by ``order_by``."""
        if rows.num_rows == 0:
            return
        with self._registered(con, f"_claimcheck_new_{table}", rows) as src:
            con.execute(
                f"INSERT INTO {table} ({_quoted(columns)}) "
                f"SELECT {_quoted(columns)} FROM {src} ORDER BY {order_by}"
            )

    def replace_claims(self, claims_by_article: dict[str, list[Claim]]) -> int:
        """Replace the stored claims of these articles, in one transaction; returns the count.

        Used when the extractor changed: the articles' texts stay, their claims are
        extracted again and swapped in whole.
        """
        ids = sorted(claims_by_article)
        claims = _table(
            [_claim_row(c) for aid in ids for c in claims_by_article[aid]], _CLAIM_SCHEMA
        )
        with self._transaction("replacing claims") as con:
            con.execute("DELETE FROM claims WHERE list_contains(?::VARCHAR[], article_id)", [ids])
            self._insert(con, "claims", _CLAIM_COLUMNS, claims, "kind, q_key, q_value, id")
        return claims.num_rows

    def get_meta(self, key: str) -> str | None:
        """A value from the store's ``meta`` table (``None`` when unset)."""
        rows = self._fetch("reading meta", "SELECT value FROM meta WHERE key = ?", [key])
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the store's ``meta`` table."""
        with self._transaction("writing meta") as con:
            con.execute(
                "INSERT INTO meta VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def add_article(self, article: Article, claims: list[Claim]) -> bool:
        """Store one article and its claims; ``True`` if it was new.

        Example::

            store.add_article(article, claims)  # True
            store.add_article(article, claims)  # False: already stored
        """
        return self.add_articles([(article, claims)]).added == 1

    # ------------------------------------------------------------------ reading

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id (content hash) is stored."""
        rows = self._fetch(
            "looking up an article", "SELECT 1 FROM articles WHERE id = ?", [article_id]
        )
        return bool(rows)

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or ``None``.

        Example::

            store.article(article.id).text == article.text  # True
        """
        rows = self._fetch(
            "reading an article",
            f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ?",
            [article_id],
        )
        return _article(rows[0]) if rows else None

    def articles(
        self,
        *,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Article]:
        """Stored articles, sorted by (published, outlet, id); undated ones last.

        ``since``/``until`` are inclusive and leave out undated articles.

        Example::

            [a.outlet for a in store.articles(since=date(2025, 1, 1))]  # ['aljazeera', ...]
        """
        where: list[str] = ["TRUE"]
        params: dict[str, object] = {}
        if outlet is not None:
            where.append("outlet = $outlet")
            params["outlet"] = outlet
        if since is not None:
            where.append("published >= $since")
            params["since"] = since
        if until is not None:
            where.append("published <= $until")
            params["until"] = until
        rows = self._fetch(
            "reading articles",
            f"SELECT {_ARTICLE_SELECT} FROM articles WHERE {' AND '.join(where)} "
            "ORDER BY published NULLS LAST, outlet, id",
            params,
        )
        return [_article(row) for row in rows]

    def claims(self, article_id: str | None = None) -> list[Claim]:
        """Stored claims (of one article, if given), sorted by (article_id, start, kind).

        Example::

            [c.kind for c in store.claims(article.id)]  # ['quantity', 'date', ...]
        """
        if article_id is None:
            sql, params = "SELECT payload FROM claims", None
        else:
            sql, params = "SELECT payload FROM claims WHERE article_id = ?", [article_id]
        rows = self._fetch("reading claims", f"{sql} ORDER BY article_id, start, kind, id", params)
        return [Claim.model_validate_json(payload) for (payload,) in rows]

    def outlets(self) -> list[Outlet]:
        """Stored outlets, sorted by id."""
        rows = self._fetch(
            "reading outlets", f"SELECT {_quoted(_OUTLET_COLUMNS)} FROM outlets ORDER BY id"
        )
        return [Outlet(**dict(zip(_OUTLET_COLUMNS, row, strict=True))) for row in rows]

    def count(self) -> dict[str, int]:
        """How many outlets, articles and claims are stored.

        Example::

            store.count()  # {'outlets': 2, 'articles': 5, 'claims': 31}
        """
        rows = self._fetch(
            "counting",
            "SELECT (SELECT count(*) FROM outlets), (SELECT count(*) FROM articles), "
            "(SELECT count(*) FROM claims)",
        )
        outlets, articles, claims = rows[0]
        return {"outlets": outlets, "articles": articles, "claims": claims}

    def is_empty(self) -> bool:
        """Whether no article is stored."""
        return not self._fetch("counting", "SELECT 1 FROM articles LIMIT 1")

    # ------------------------------------------------------------------ blocking

    def candidates(
        self,
        claim: Claim,
        *,
        exclude_article_ids: Iterable[str] = (),
        keys: Iterable[str] | None = None,
        date_window: tuple[date, date] | None = None,
        broad: bool = False,
    ) -> list[Candidate]:
        """Stored claims that could confirm or contradict ``claim``: one SQL query.

        With ``broad``, an attribution's candidates are every stored attribution
        (not only those sharing its speaker, source or entities), so that one
        query can serve all the attributions of an article.

        Same kind, not the claim itself, not from ``exclude_article_ids``, and:

        * quantity: ``q_key`` in ``keys`` (default ``[claim.key]``);
        * date: the same year, when the claim states one;
        * attribution: the same speaker, or the same source, or a shared entity,
          or any stored claim that quotes words (the matcher scores quotes fuzzily).

        ``date_window`` (inclusive) filters on the article's publication date;
        undated articles pass. Sorted by (published, outlet, claim id), undated last.

        Example::

            found = store.candidates(claim, exclude_article_ids=[claim.article_id])
            [(c.outlet, c.claim.describe()) for c in found]  # [('bbc-ar', '~40 killed'), ...]
        """
        params: dict[str, object] = {
            "kind": claim.kind,
            "claim_id": claim.id,
            "exclude": sorted(set(exclude_article_ids)),
        }
        where = [
            "c.kind = $kind",
            "c.id <> $claim_id",
            "NOT list_contains($exclude::VARCHAR[], c.article_id)",
        ]
        if claim.kind == "quantity":
            wanted = [claim.key] if keys is None else list(keys)
            params["keys"] = sorted({k for k in wanted if k is not None})
            if not params["keys"]:
                return []
            where.append("list_contains($keys::VARCHAR[], c.q_key)")
        elif claim.kind == "date":
            if claim.date is not None and claim.date.year is not None:
                where.append("c.d_year = $year")
                params["year"] = claim.date.year
        elif not broad:
            attribution = claim.attribution
            params["speaker"] = attribution.speaker if attribution else None
            params["source"] = attribution.source if attribution else None
            params["entities"] = list(claim.entities)
            where.append(
                "(c.a_speaker = $speaker::VARCHAR OR c.a_source = $source::VARCHAR"
                " OR list_has_any(c.entities, $entities::VARCHAR[])"
                " OR c.a_quote IS NOT NULL)"
            )
        if date_window is not None:
            where.append("(a.published IS NULL OR a.published BETWEEN $low AND $high)")
            params["low"], params["high"] = date_window
        rows = self._fetch(
            "finding candidates",
            "SELECT c.payload, a.outlet, coalesce(a.outlet_name, o.name), a.url,"
            " a.published, a.language"
            " FROM claims AS c"
            " JOIN articles AS a ON a.id = c.article_id"
            " LEFT JOIN outlets AS o ON o.id = a.outlet"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY a.published NULLS LAST, a.outlet, c.id",
            params,
        )
        return [
            Candidate(
                claim=Claim.model_validate_json(payload),
                outlet=outlet,
                outlet_name=outlet_name,
                url=url,
                published=published,
                language=language,
            )
            for payload, outlet, outlet_name, url, published, language in rows
        ]

    # ------------------------------------------------------------------ fetch state (web ingest)

    def _has_fetch_state(self, *, create: bool) -> bool:
        """Whether the ``fetch_state`` table exists; with ``create``, make it if it does not.

        The table is created on first use, so stores made before web ingest
        existed gain it without a schema-version change.
        """
        rows = self._fetch(
            "reading the schema",
            "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND table_name = 'fetch_state'",
        )
        if rows or not create:
            return bool(rows)
        with self._transaction("creating the fetch_state table") as con:
            con.execute(_FETCH_STATE_SCHEMA)
        return True

    def fetch_state(self, urls: Iterable[str]) -> dict[str, FetchState]:
        """The stored fetch state of each of ``urls`` that has one, by URL.

        Example::

            store.fetch_state([feed_url])[feed_url].etag  # '"v2"'
        """
        wanted = sorted(set(urls))
        if not wanted or not self._has_fetch_state(create=False):
            return {}
        rows = self._fetch(
            "reading fetch state",
            f"SELECT {_quoted(_FETCH_STATE_COLUMNS)} FROM fetch_state "
            "WHERE list_contains(?::VARCHAR[], url)",
            [wanted],
        )
        return {row[0]: FetchState(*row) for row in rows}

    def save_fetch_state(self, states: Iterable[FetchState]) -> None:
        """Insert or update fetch states by URL, in one transaction (the last one per URL wins).

        Example::

            store.save_fetch_state([FetchState(feed_url, etag='"v2"')])
        """
        unique = {s.url: s for s in states}
        if not unique:
            return
        self._has_fetch_state(create=True)
        now = datetime.now(UTC).replace(tzinfo=None)
        table = _table(
            [
                (s.url, s.etag, s.last_modified, s.article_id, s.fetched_at or now)
                for s in unique.values()
            ],
            _FETCH_STATE_ARROW,
        )
        updates = ", ".join(f"{c} = excluded.{c}" for c in _FETCH_STATE_COLUMNS if c != "url")
        with (
            self._transaction("storing fetch state") as con,
            self._registered(con, "_claimcheck_new_fetch_state", table) as src,
        ):
            con.execute(
                f"INSERT INTO fetch_state ({_quoted(_FETCH_STATE_COLUMNS)}) "
                f"SELECT {_quoted(_FETCH_STATE_COLUMNS)} FROM {src} "
                f"ON CONFLICT (url) DO UPDATE SET {updates}"
            )

    def known_urls(self) -> set[str]:
        """Every URL an article is stored under: article URLs, and pages fetched into articles.

        A page's own canonical URL is the article's ``url``; the link it was
        fetched from (a feed entry's) is kept in ``fetch_state`` with its article id.
        """
        sql = "SELECT url FROM articles WHERE url IS NOT NULL"
        if self._has_fetch_state(create=False):
            sql += " UNION SELECT url FROM fetch_state WHERE article_id IS NOT NULL"
        return {url for (url,) in self._fetch("reading article URLs", sql)}

    def has_url(self, url: str) -> bool:
        """Whether an article is stored under this URL (see :meth:`known_urls`).

        Example::

            store.has_url("https://www.harbour-ledger.example/world/a")  # True
        """
        sql = "SELECT 1 FROM articles WHERE url = $url"
        if self._has_fetch_state(create=False):
            sql += (
                " UNION ALL SELECT 1 FROM fetch_state WHERE url = $url AND article_id IS NOT NULL"
            )
        return bool(self._fetch("looking up a URL", sql, {"url": url}))


@dataclass(frozen=True, slots=True)
class FetchState:
    """What claimcheck remembers about a fetched URL.

    For a feed: the validators (``etag``, ``last_modified``) for the next
    conditional request. For a page: the ``article_id`` it was stored as.
    """

    url: str
    etag: str | None = None
    last_modified: str | None = None
    article_id: str | None = None
    fetched_at: datetime | None = None


_FETCH_STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_state (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    article_id VARCHAR,
    fetched_at TIMESTAMP NOT NULL
);
"""
_FETCH_STATE_COLUMNS = ("url", "etag", "last_modified", "article_id", "fetched_at")
_FETCH_STATE_ARROW = pa.schema(
    [
        ("url", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("article_id", pa.string()),
        ("fetched_at", pa.timestamp("us")),
    ]
)


def _article(row: Sequence[Any]) -> Article:
    outlet, outlet_name, url, title, published, language, text, path, author = row
    return Article(
        outlet=outlet,
        outlet_name=outlet_name,
        url=url,
        title=title,
        published=published,
        language=language,
        text=text,
        path=path,
        author=author,
    )
