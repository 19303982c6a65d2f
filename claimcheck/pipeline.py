"""The one place where the stages are wired: ingest → extract → store → match → report.

Everything the CLI does is a function here, callable from a notebook::

    from claimcheck import Store, check, read_article
    with Store("claims.duckdb") as store:
        ensure_corpus(store)
        report = check(read_article("seeds/000_d08127e77ea73739.txt"), store)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from claimcheck.errors import ClaimcheckError, InputError, NoArticlesError
from claimcheck.extract import extract_claims
from claimcheck.extract.entities import load_registry
from claimcheck.ingest import (
    FEED_ACCEPT,
    Fetcher,
    Response,
    Validators,
    article_from_response,
    canonical_url,
    host_of,
    is_url,
    iter_article_paths,
    parse_feed,
    read_article,
)
from claimcheck.ingest.feeds import Feed
from claimcheck.lexicons import unit_family
from claimcheck.match import comparable, judge, relevance, wire_groups
from claimcheck.models import (
    Article,
    Claim,
    Comparison,
    ComparisonRow,
    Outlet,
    Report,
    content_hash,
)
from claimcheck.normalize import blocking_keys, infer_subject, interval, match_text
from claimcheck.report import build_report
from claimcheck.settings import Settings, sources_dir
from claimcheck.store import FetchState, IngestResult, Store

Progress = Callable[[int, int], None]


def wanted(outlet: Outlet, url: str) -> bool:
    """Is ``url`` one of the outlet's articles? (its ``article_pattern``, when it has one)

    >>> wanted(Outlet(id="x", name="X", article_pattern=r"/world/\\d{4}/"), "https://x.example/world/2025/a")
    True
    """
    return outlet.article_pattern is None or re.search(outlet.article_pattern, url) is not None


def load_outlets(path: Path | None = None) -> list[Outlet]:
    """The outlet registry (``sources/outlets.toml``); a bad article_pattern is an input error."""
    path = path or sources_dir() / "outlets.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("outlet registry not found", where=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"outlet registry is not valid TOML: {exc}", where=str(path)) from exc
    outlets = [Outlet(**spec) for spec in raw.get("outlet", [])]
    for o in outlets:
        if o.article_pattern is not None:
            try:
                re.compile(o.article_pattern)
            except re.error as exc:
                raise InputError(
                    f"outlet {o.id}: article_pattern is not a regular expression: {exc}",
                    where=str(path),
                ) from exc
    return outlets


def analyse(article: Article) -> list[Claim]:
    """Extract the claims of one article (ids tied to the article's content hash)."""
    claims = extract_claims(
        article.text, article.language, article_id=article.id, published=article.published
    )
    return [infer_subject(c) for c in claims]


def ingest_articles(
    store: Store, articles: Iterable[Article], progress: Progress | None = None
) -> IngestResult:
    """Extract and store articles in one transaction: all of them or none."""
    items: list[tuple[Article, list[Claim]]] = []
    articles = list(articles)
    for k, article in enumerate(articles, 1):
        items.append((article, analyse(article)))
        if progress:
            progress(k, len(articles))
    return store.add_articles(items)


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Read every article file under ``paths``, then store them all (or nothing on error)."""
    files = iter_article_paths(paths)
    articles = [read_article(p, outlet=outlet) for p in files]
    return ingest_articles(store, articles, progress)


def extractor_fingerprint() -> str:
    """What the stored claims were extracted with: the package version, the extraction code,
    the language data and the entity registry. When it changes, claims are extracted again."""
    from claimcheck import __version__

    here = Path(__file__).parent
    files = [
        *sorted((here / "lexicons").glob("*.toml")),
        *sorted((here / "extract").glob("*.py")),
        here / "normalize.py",  # infer_subject runs before claims are stored
        sources_dir() / "entities.toml",
        sources_dir() / "places.toml",
        sources_dir() / "offices.toml",
        sources_dir() / "holders.toml",  # earlier holders of a title, read at extraction
    ]
    import babel

    parts = [__version__, babel.__version__]  # the gazetteer reads CLDR through Babel
    for path in files:
        parts.append(path.read_text(encoding="utf-8") if path.exists() else "")
    return content_hash("\n".join(parts))


def needs_refresh(store: Store) -> bool:
    """Were the store's claims extracted by another version of the extractor?"""
    return not store.is_empty() and store.get_meta("extractor") != extractor_fingerprint()


def refresh_claims(store: Store, *, progress: Progress | None = None) -> int:
    """Extract every stored article's claims again and swap them in (one transaction).

    Keeps a store made by an older claimcheck consistent with today's extractor;
    returns the number of claims stored.
    """
    articles = store.articles()
    fresh: dict[str, list[Claim]] = {}
    for k, article in enumerate(articles, 1):
        fresh[article.id] = analyse(article)
        if progress:
            progress(k, len(articles))
    count = store.replace_claims(fresh)
    store.set_meta("extractor", extractor_fingerprint())
    return count


def ensure_corpus(store: Store, *, progress: Progress | None = None) -> IngestResult | None:
    """Load the bundled ``sources/`` outlets and corpus into an empty store; in a store whose
    claims came from another extractor version, extract them again."""
    if not store.is_empty():
        if needs_refresh(store):
            refresh_claims(store, progress=progress)
        return None
    store.add_outlets(load_outlets())
    corpus = sources_dir() / "corpus"
    if not corpus.is_dir():
        raise NoArticlesError("bundled corpus folder is missing", where=str(corpus))
    result = ingest_paths(store, [corpus], progress=progress)
    store.set_meta("extractor", extractor_fingerprint())
    return result


def check(article: Article, store: Store, settings: Settings | None = None) -> Report:
    """Check every claim of ``article`` against other outlets' claims in ``store``.

    The article itself (same content hash) is never its own evidence. When the
    article has a publication date, evidence is limited to the settings'
    date window around it.
    """
    settings = settings or Settings()
    registry = load_registry()
    claims = analyse(article)
    window = None
    if article.published is not None:
        d = timedelta(days=settings.date_window_days)
        window = (article.published - d, article.published + d)
    # one query per blocking key (a unit family, a year, all attributions), not per claim
    looked_up: dict[tuple, list] = {}
    found: list[tuple[Claim, list]] = []
    for claim in claims:
        keys = blocking_keys(claim) or None
        if claim.kind == "quantity" and keys is None:
            found.append((claim, []))
            continue
        if claim.kind == "quantity":
            lookup: tuple = ("quantity", tuple(keys or ()))
        elif claim.kind == "date":
            lookup = ("date", claim.date.year if claim.date else None)
        else:
            lookup = ("attribution",)
        if lookup not in looked_up:
            looked_up[lookup] = store.candidates(
                claim,
                exclude_article_ids=[article.id],
                keys=keys,
                date_window=window,
                broad=True,
            )
        found.append((claim, looked_up[lookup]))
    found = _same_story(claims, found)
    # articles that are one wire copy republished count as one source
    cited = {c.claim.article_id for _, cands in found for c in cands}
    texts = {}
    for aid in sorted(cited):
        stored = store.article(aid)
        if stored is not None:
            texts[aid] = (stored.language, stored.text)
    groups = wire_groups(texts, settings)
    verdicts = [judge(claim, cands, settings, registry, groups) for claim, cands in found]
    return build_report(article, verdicts, settings)


def _same_story(claims: list[Claim], found: list[tuple[Claim, list]]) -> list[tuple[Claim, list]]:
    """Keep the evidence of articles about the same story: those whose claims name at least
    one person, organisation or place the checked article names. A figure of 80,000
    spectators at a football final is no report of a parade's 50,000, however alike the
    two sentences' units. An article that names nobody keeps every candidate: there is
    nothing to tell its story by."""
    named = {e for c in claims for e in c.entities}
    if not named:
        return found
    theirs: dict[str, set[str]] = {}
    for _, cands in found:
        for cand in cands:
            theirs.setdefault(cand.claim.article_id, set()).update(cand.claim.entities)
    same = {aid for aid, ents in theirs.items() if ents & named}
    return [(claim, [c for c in cands if c.claim.article_id in same]) for claim, cands in found]


def compare_store(
    store: Store,
    *,
    query: str | None = None,
    since: date | None = None,
    until: date | None = None,
    article_ids: Iterable[str] | None = None,
    min_outlets: int = 2,
    settings: Settings | None = None,
) -> Comparison:
    """Cluster the stored figures by fact and lay them out outlet by outlet.

    The story is chosen by a text ``query`` (in the claim's sentence), a
    publication window (``since``/``until``, inclusive) and/or a set of article
    ids. Each row is a cluster of quantity claims with the same unit family and
    relevant context; an outlet whose figure is incompatible with most others
    in the row is listed in ``outliers``.
    """
    settings = settings or Settings()
    chosen = tuple(article_ids) if article_ids else None
    outlet_of = {
        a.id: a.outlet
        for a in store.articles(since=since, until=until)
        # an id may be given shortened, as long as it is the start of the full one
        if chosen is None or a.id.startswith(chosen)
    }
    needle = match_text(query) if query else None
    claims = [
        c
        for c in store.claims()
        if c.article_id in outlet_of
        and c.quantity is not None
        and c.quantity.key
        and (needle is None or needle in match_text(c.sentence))
    ]
    clusters: list[list[Claim]] = []
    for c in claims:
        best, best_score = None, settings.min_relevance
        for cl in clusters:
            if unit_family(cl[0].quantity.key) != unit_family(c.quantity.key):  # type: ignore[union-attr]
                continue
            # one article states one figure per fact: a second, different figure is another fact
            if any(m.article_id == c.article_id and not _compatible(m, c, settings) for m in cl):
                continue
            # outlets disagree by a little (70 vs 90 minutes), not by 20 times (2.5 vs 54 hours)
            if not comparable(cl[0].quantity, c.quantity, settings):  # type: ignore[arg-type]
                continue
            # average link: a claim joins a fact it is relevant to as a whole, so rows don't chain
            sample = cl[:8]
            score = sum(relevance(c, m)[0] for m in sample) / len(sample)
            if _compatible(cl[0], c, settings):
                score += settings.compare_value_bonus
            if score >= best_score:
                best, best_score = cl, score
        if best is None:
            clusters.append([c])
        else:
            best.append(c)
    rows: list[ComparisonRow] = []
    for cl in clusters:
        cells: dict[str, list[str]] = {}
        for c in cl:
            cells.setdefault(outlet_of.get(c.article_id, "?"), []).append(c.describe())
        if len(cells) < min_outlets:
            continue
        # label the row with the figure most of its outlets can agree with
        head = max(cl, key=lambda c: sum(_compatible(c, o, settings) for o in cl))
        rows.append(
            ComparisonRow(
                key=head.quantity.key or "",  # type: ignore[union-attr]
                label=f"{head.quantity.key}: {head.text}",  # type: ignore[union-attr]
                cells={k: sorted(set(v)) for k, v in sorted(cells.items())},
                outliers=_outliers(cl, outlet_of, settings),
                claim_ids=sorted(c.id for c in cl),
            )
        )
    rows.sort(key=lambda r: (-len(r.cells), r.key, r.label))
    outlets = sorted({o for r in rows for o in r.cells})
    return Comparison(outlets=outlets, rows=rows)


def _compatible(a: Claim, b: Claim, settings: Settings) -> bool:
    lo1, hi1 = interval(a.quantity, settings)  # type: ignore[arg-type]
    lo2, hi2 = interval(b.quantity, settings)  # type: ignore[arg-type]
    return lo1 <= hi2 and lo2 <= hi1


def _outliers(cluster: list[Claim], outlet_of: dict[str, str], settings: Settings) -> list[str]:
    """Outlets whose figure fits fewer than half of the other outlets' figures."""
    by_outlet: dict[str, Claim] = {}
    for c in cluster:
        by_outlet.setdefault(outlet_of.get(c.article_id, "?"), c)
    if len(by_outlet) < 3:
        return []
    out = []
    for o, c in by_outlet.items():
        lo, hi = interval(c.quantity, settings)  # type: ignore[arg-type]
        fits = 0
        for o2, c2 in by_outlet.items():
            if o2 == o:
                continue
            lo2, hi2 = interval(c2.quantity, settings)  # type: ignore[arg-type]
            fits += lo <= hi2 and lo2 <= hi
        if fits * 2 < len(by_outlet) - 1:
            out.append(o)
    return sorted(out)


# --------------------------------------------------------------------------- web ingest

WebProgress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; the stages are ``"feeds"``, ``"pages"`` and ``"claims"``."""

StoreOpener = Callable[[], AbstractContextManager[Store]]


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """A URL (feed or page) that gave no article, and why, in a few words."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class WebIngestResult:
    """What one web ingest run did: stored articles, failed sources and feed counts.

    ``already_stored`` counts links not fetched (or fetched pages not stored)
    because an article is stored under that URL.
    """

    stored: IngestResult
    failures: list[SourceFailure]
    feeds: int = 0
    not_modified: int = 0
    pages: int = 0
    already_stored: int = 0

    @property
    def ok(self) -> bool:
        """True when no source failed."""
        return not self.failures


@dataclass(frozen=True, slots=True)
class _Page:
    """A page to fetch, with what is known about it before fetching."""

    url: str
    outlet: str
    outlet_name: str | None = None
    title: str | None = None
    published: date | None = None
    feed: str | None = None


def select_outlets(
    ids: Iterable[str] = (), *, all_outlets: bool = False, registry: list[Outlet] | None = None
) -> list[Outlet]:
    """The registry outlets whose feeds to fetch: the given ids, or all that have feeds.

    Raises:
        InputError: an id that is not in ``sources/outlets.toml``, or an outlet
            named explicitly that lists no feeds.
    """
    registry = load_outlets() if registry is None else registry
    if all_outlets:
        return [o for o in registry if o.feeds]
    by_id = {o.id: o for o in registry}
    chosen = []
    for outlet_id in dict.fromkeys(ids):
        found = by_id.get(outlet_id)
        if found is None:
            raise InputError(
                "no such outlet in the registry (sources/outlets.toml; see `claimcheck outlets`)",
                where=outlet_id,
            )
        if not found.feeds:
            raise InputError("the outlet lists no feeds in sources/outlets.toml", where=outlet_id)
        chosen.append(found)
    return chosen


def outlet_for_url(url: str, registry: Iterable[Outlet]) -> Outlet | None:
    """The registry outlet whose homepage or feeds are on the URL's host (``www.`` aside)."""
    host = host_of(url).removeprefix("www.")
    if not host:
        return None
    for outlet in registry:
        for known in (outlet.homepage, *outlet.feeds):
            known_host = host_of(known or "").removeprefix("www.")
            if known_host and (host == known_host or host.endswith("." + known_host)):
                return outlet
    return None


def ingest_web(
    store: Store,
    sources: Iterable[str | Path] = (),
    *,
    outlets: Iterable[Outlet] = (),
    outlet: str | None = None,
    fetcher: Fetcher | None = None,
    registry: list[Outlet] | None = None,
    progress: WebProgress | None = None,
) -> WebIngestResult:
    """:func:`ingest_sources` on a store that is already open.

    Example::

        with Store("claims.duckdb") as store, Fetcher() as fetcher:
            result = ingest_web(store, outlets=select_outlets(["harbour-ledger"]),
                                fetcher=fetcher)
            [str(f) for f in result.failures]  # ['https://...: HTTP 404 Not Found']
    """
    return ingest_sources(
        lambda: nullcontext(store),
        sources,
        outlets=outlets,
        outlet=outlet,
        fetcher=fetcher,
        registry=registry,
        progress=progress,
    )


def ingest_sources(
    open_store: StoreOpener,
    sources: Iterable[str | Path] = (),
    *,
    outlets: Iterable[Outlet] = (),
    outlet: str | None = None,
    fetcher: Fetcher | None = None,
    registry: list[Outlet] | None = None,
    progress: WebProgress | None = None,
) -> WebIngestResult:
    """Ingest files, folders, page URLs and outlets' feeds; store what worked, report the rest.

    The store is opened (``open_store()``) twice, briefly: first to read the URLs
    already stored and the feeds' validators, last to store the batch. The
    network work happens in between with the store closed, so a long fetch does
    not lock other claimcheck processes out of the DuckDB file.

    1. Files and folders are read first, as by :func:`ingest_paths`: any bad
       file raises :class:`~claimcheck.errors.InputError` and nothing is stored.
    2. The outlets' feeds are fetched with conditional requests (a 304 is
       "not modified"); their entries, and the page URLs given, are fetched
       unless an article is stored under that URL (canonical form), and each
       page is read with :func:`~claimcheck.ingest.article_from_response`.
    3. Every article's claims are extracted, and the batch is stored in one
       transaction (an article whose text is stored already is skipped). Then
       the outlets used and the fetch state are saved: a feed's validators only
       when all its new entries were stored, so a failed page is retried next time.

    A page or feed that fails (HTTP error, timeout, not HTML, too large, no
    text) is one :class:`SourceFailure` in the result; it never stops the batch.
    Page URLs get the ``outlet`` given, else the registry outlet on their host,
    else their host name as the outlet id.

    Raises:
        InputError: a bad file or folder (nothing stored).
        StoreError: the store cannot be read or written (nothing stored).
    """
    given = [str(s) for s in sources]
    urls = [s for s in given if is_url(s)]
    paths = [s for s in given if not is_url(s)]
    outlets = list(outlets)
    if registry is None:
        registry = load_outlets() if urls else []
    by_id = {o.id: o for o in [*registry, *outlets]}
    feed_owner: dict[str, Outlet] = {}
    for o in outlets:
        for feed_url in o.feeds:
            feed_owner.setdefault(feed_url, o)

    with open_store() as store:
        known = {canonical_url(u) for u in store.known_urls()}
        state = store.fetch_state(feed_owner)
    files = [read_article(p, outlet=outlet) for p in iter_article_paths(paths)] if paths else []

    failures: list[SourceFailure] = []
    used: dict[str, Outlet] = {o.id: o for o in outlets}
    already = 0
    queued: set[str] = set()
    pages: list[_Page] = []

    def queue(page: _Page, content_hash: str | None = None) -> None:
        nonlocal already
        key = canonical_url(page.url)
        if key in known:
            already += 1
        elif key not in queued and (content_hash is None or content_hash not in queued):
            queued.update(k for k in (key, content_hash) if k)
            pages.append(page)

    for url in urls:
        named = by_id.get(outlet) if outlet else outlet_for_url(url, registry)
        if named is not None:
            used[named.id] = named
        outlet_id = outlet or (named.id if named else host_of(url).removeprefix("www."))
        queue(_Page(url, outlet_id or "unknown", named.name if named else None))

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    try:

        def get_feed(url: str) -> tuple[Response, Feed | None]:
            last = state.get(url)
            validators = Validators(last.etag, last.last_modified) if last else None
            response = fetcher.get(url, validators=validators, accept=FEED_ACCEPT)
            if response.not_modified:
                return response, None
            feed = parse_feed(
                response.content, url=response.final_url, content_type=response.content_type_header
            )
            return response, feed

        feed_urls = list(feed_owner)
        feed_results = fetcher.map(
            get_feed, feed_urls, url_of=lambda u: u, progress=_stage(progress, "feeds")
        )
        fetched_feeds: list[tuple[str, Response]] = []
        not_modified = 0
        for feed_url, feed_result in zip(feed_urls, feed_results, strict=True):
            if isinstance(feed_result, ClaimcheckError):
                failures.append(SourceFailure(feed_url, _reason(feed_result)))
                continue
            response, feed = feed_result
            if feed is None:
                not_modified += 1
                continue
            fetched_feeds.append((feed_url, response))
            owner = feed_owner[feed_url]
            for entry in feed.entries:
                if not wanted(owner, entry.url):
                    continue  # the outlet's article_pattern says this link is not an article
                page = _Page(
                    entry.url, owner.id, owner.name, entry.title, entry.published, feed_url
                )
                queue(page, entry.content_hash)

        def get_page(page: _Page) -> Article:
            return article_from_response(
                fetcher.get(page.url),
                outlet=page.outlet,
                outlet_name=page.outlet_name,
                title=page.title,
                published=page.published,
            )

        page_results = fetcher.map(
            get_page, pages, url_of=lambda p: p.url, progress=_stage(progress, "pages")
        )
    finally:
        if own_fetcher:
            fetcher.close()

    articles = list(files)
    states: list[FetchState] = []
    failed_feeds: set[str] = set()
    fetched = 0
    for page, result in zip(pages, page_results, strict=True):
        if isinstance(result, ClaimcheckError):
            failures.append(SourceFailure(page.url, _reason(result)))
            if page.feed:
                failed_feeds.add(page.feed)
            continue
        fetched += 1
        states.append(FetchState(page.url, article_id=result.id))
        own_url = canonical_url(result.url) if result.url else None
        if own_url and own_url != canonical_url(page.url) and own_url in known | queued:
            already += 1  # its canonical URL is stored, or another link led to the same page
            continue
        if own_url:
            queued.add(own_url)
        articles.append(result)
    states.extend(
        FetchState(url, etag=response.etag, last_modified=response.last_modified)
        for url, response in fetched_feeds
        if url not in failed_feeds and response.validators
    )

    claims_progress = _stage(progress, "claims")
    items: list[tuple[Article, list[Claim]]] = []
    for k, article in enumerate(articles, 1):
        items.append((article, analyse(article)))
        if claims_progress:
            claims_progress(k, len(articles))

    with open_store() as store:
        stored = store.add_articles(items)
        store.add_outlets(used.values())
        store.save_fetch_state(states)
    return WebIngestResult(
        stored=stored,
        failures=failures,
        feeds=len(fetched_feeds),
        not_modified=not_modified,
        pages=fetched,
        already_stored=already,
    )


def _stage(progress: WebProgress | None, stage: str) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


def _reason(exc: ClaimcheckError) -> str:
    """The error message without the ``where: `` prefix (the source is shown beside it)."""
    text = str(exc)
    prefix = f"{exc.where}: " if exc.where else ""
    return text[len(prefix) :] if prefix and text.startswith(prefix) else text
