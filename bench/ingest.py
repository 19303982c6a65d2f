"""Ingest throughput without the network: articles per second into a DuckDB store.

python bench/ingest.py                 # 300 variants, files and web replay
python bench/ingest.py -n 600 --profile

Two paths, each into a fresh store file in a temp folder:

* files: N article variants made from the bundled corpus (``sources/corpus``),
  written as .md files, then ``ingest_paths`` (read → extract claims → store);
* web:   the same variants served as HTML pages listed in an RSS feed by an
  ``httpx.MockTransport``, then ``ingest_web`` (feed → fetch → trafilatura →
  extract claims → store), through the real Fetcher with its thread pool.

Each path prints its stages' share of the time. The target is 200 articles/s.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

import httpx

from claimcheck.ingest import Fetcher, read_articles
from claimcheck.models import Outlet
from claimcheck.pipeline import analyse, ingest_paths, ingest_web
from claimcheck.settings import sources_dir
from claimcheck.store import Store

TARGET = 200.0
SITE = "https://www.bench-daily.example"
FEED = f"{SITE}/rss/all.xml"


def variants(n: int) -> list[tuple[str, str, str]]:
    """``n`` distinct (language, title, body) articles remixed from the bundled corpus.

    Variant ``k`` of an article rotates its paragraphs by ``k`` and says which
    edition it is, so every text (and content hash) differs while the claims stay real.
    """
    corpus = read_articles([sources_dir() / "corpus"])
    out = []
    for k in range(n):
        article = corpus[k % len(corpus)]
        paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
        turn = (k // len(corpus)) % len(paragraphs)
        body = paragraphs[turn:] + paragraphs[:turn]
        edition = "الطبعة" if article.language == "ar" else "Edition"
        body.append(f"{edition} {k + 1}.")
        out.append((article.language, article.title or "", "\n\n".join(body)))
    return out


def write_files(folder: Path, items: list[tuple[str, str, str]]) -> None:
    """The variants as .md files with a header, as a newsroom would drop them in a folder."""
    for k, (lang, title, body) in enumerate(items):
        header = f"---\noutlet: bench-{lang}\ntitle: {title}\nlanguage: {lang}\n---\n"
        (folder / f"{k:05d}.md").write_text(header + body + "\n", encoding="utf-8")


def page(lang: str, title: str, body: str, url: str) -> str:
    """A plain news page for one variant."""
    paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<link rel="canonical" href="{url}"></head><body>'
        '<nav class="menu"><a href="/">Home</a></nav>'
        f"<article><h1>{escape(title)}</h1>\n{paragraphs}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )


def transport(items: list[tuple[str, str, str]]) -> httpx.MockTransport:
    """A site serving an RSS feed of every variant and the variants' pages."""
    pages = {
        f"{SITE}/news/{k:05d}": page(lang, title, body, f"{SITE}/news/{k:05d}")
        for k, (lang, title, body) in enumerate(items)
    }
    links = "".join(f"<item><title>{k}</title><link>{u}</link></item>" for k, u in enumerate(pages))
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
        f"{links}</channel></rss>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url == FEED:
            return httpx.Response(200, text=rss, headers={"Content-Type": "application/rss+xml"})
        if url in pages:
            return httpx.Response(200, html=pages[url])
        return httpx.Response(404)

    return httpx.MockTransport(handler)


def timed(label: str, n: int, run: Callable[[], int], profile: bool) -> float:
    """Run once, print articles/s (and the top of a profile), return the rate."""
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    stored = run()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    rate = stored / seconds
    flag = "ok" if rate >= TARGET else f"below the {TARGET:.0f}/s target"
    print(f"{label:<6} {stored:>5} articles in {seconds:6.2f} s = {rate:7.1f} articles/s  ({flag})")
    if n != stored:
        print(f"       warning: {n} variants but {stored} stored", file=sys.stderr)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)
    return rate


def stage_split(items: list[tuple[str, str, str]], folder: Path) -> None:
    """Where the time of the files path goes: reading, extracting claims, storing."""
    t0 = time.perf_counter()
    articles = read_articles([folder])
    t1 = time.perf_counter()
    analysed = [(a, analyse(a)) for a in articles]
    t2 = time.perf_counter()
    with Store(folder.parent / "split.duckdb") as store:
        store.add_articles(analysed)
    t3 = time.perf_counter()
    total = t3 - t0
    claims = sum(len(c) for _, c in analysed)
    print(
        f"       files split: read {t1 - t0:.2f} s ({(t1 - t0) / total:.0%}), "
        f"extract claims {t2 - t1:.2f} s ({(t2 - t1) / total:.0%}, "
        f"{1000 * (t2 - t1) / len(articles):.1f} ms/article, {claims} claims), "
        f"store {t3 - t2:.2f} s ({(t3 - t2) / total:.0%})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=300, help="article variants (default 300)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of each path")
    args = ap.parse_args()

    items = variants(args.n)
    analyse(read_articles([sources_dir() / "corpus"])[0])  # load lexicons and registries first
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_files(folder, items)

        def files() -> int:
            with Store(Path(tmp) / "files.duckdb") as store:
                return ingest_paths(store, [folder]).added

        def web() -> int:
            outlet = Outlet(id="bench-daily", name="Bench Daily", feeds=[FEED])
            client = httpx.Client(transport=transport(items))
            with Store(Path(tmp) / "web.duckdb") as store, Fetcher(client) as fetcher:
                result = ingest_web(store, outlets=[outlet], fetcher=fetcher, registry=[outlet])
            if result.failures:
                print(f"       {len(result.failures)} failures, e.g. {result.failures[0]}")
            return result.stored.added

        print(f"claimcheck ingest benchmark: {args.n} variants of the bundled corpus, no network")
        timed("files", args.n, files, args.profile)
        stage_split(items, folder)
        timed("web", args.n, web, args.profile)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        print(f"peak memory (RSS) of this run: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
