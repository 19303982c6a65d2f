"""The one place where the stages are wired: ingest → extract → store → match → report.

Everything the CLI does is a function here, callable from a notebook::

    from claimcheck import Store, check, read_article
    with Store("claims.duckdb") as store:
        ensure_corpus(store)
        report = check(read_article("seeds/000_d08127e77ea73739.txt"), store)
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path

from claimcheck.errors import InputError, NoArticlesError
from claimcheck.extract import extract_claims
from claimcheck.extract.entities import load_registry
from claimcheck.ingest import iter_article_paths, read_article
from claimcheck.lexicons import unit_family
from claimcheck.match import comparable, judge, relevance, wire_groups
from claimcheck.models import Article, Claim, Comparison, ComparisonRow, Outlet, Report
from claimcheck.normalize import blocking_keys, interval, match_text
from claimcheck.report import build_report
from claimcheck.settings import Settings, sources_dir
from claimcheck.store import IngestResult, Store

Progress = Callable[[int, int], None]


def load_outlets(path: Path | None = None) -> list[Outlet]:
    """The outlet registry (``sources/outlets.toml``)."""
    path = path or sources_dir() / "outlets.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("outlet registry not found", where=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"outlet registry is not valid TOML: {exc}", where=str(path)) from exc
    return [Outlet(**spec) for spec in raw.get("outlet", [])]


def analyse(article: Article) -> list[Claim]:
    """Extract the claims of one article (ids tied to the article's content hash)."""
    return extract_claims(article.text, article.language, article_id=article.id)


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


def ensure_corpus(store: Store, *, progress: Progress | None = None) -> IngestResult | None:
    """Load the bundled ``sources/`` outlets and corpus into an empty store."""
    if not store.is_empty():
        return None
    store.add_outlets(load_outlets())
    corpus = sources_dir() / "corpus"
    if not corpus.is_dir():
        raise NoArticlesError("bundled corpus folder is missing", where=str(corpus))
    return ingest_paths(store, [corpus], progress=progress)


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
    found: list[tuple[Claim, list]] = []
    for claim in claims:
        keys = blocking_keys(claim) or None
        if claim.kind == "quantity" and keys is None:
            candidates = []
        else:
            candidates = store.candidates(
                claim, exclude_article_ids=[article.id], keys=keys, date_window=window
            )
        found.append((claim, candidates))
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


def compare_store(
    store: Store,
    *,
    query: str | None = None,
    min_outlets: int = 2,
    settings: Settings | None = None,
) -> Comparison:
    """Cluster the stored figures by fact and lay them out outlet by outlet.

    Each row is a cluster of quantity claims with the same unit family and
    relevant context; an outlet whose figure is incompatible with most others
    in the row is listed in ``outliers``.
    """
    settings = settings or Settings()
    outlet_of = {a.id: a.outlet for a in store.articles()}
    needle = match_text(query) if query else None
    claims = [
        c
        for c in store.claims()
        if c.quantity is not None
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
