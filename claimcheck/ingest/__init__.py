"""Ingest: files, standard input, web pages and feeds → :class:`~claimcheck.models.Article`.

The only stage that does network I/O. One public namespace over three modules::

    files   bytes, text, Markdown and HTML files → Article (encodings, headers, boilerplate)
    web     HTTP with httpx: retries, Retry-After, redirects, size caps → Response → Article
    feeds   RSS and Atom with feedparser → FeedEntry (canonical URLs, de-duplicated)

Example::

    from claimcheck.ingest import Fetcher, article_from_response, read_article
    read_article("seeds/000_d08127e77ea73739.txt").language  # 'ar'
    with Fetcher() as fetcher:
        article = article_from_response(fetcher.get("https://news.example/a.html"))
"""

from __future__ import annotations

from claimcheck.ingest.feeds import Feed, FeedEntry, canonical_url, dedupe_entries, parse_feed
from claimcheck.ingest.files import (
    ARTICLE_SUFFIXES,
    MAX_FILE_BYTES,
    article_from_bytes,
    article_from_text,
    decode_bytes,
    detect_language,
    iter_article_paths,
    read_article,
    read_articles,
)
from claimcheck.ingest.web import (
    FEED_ACCEPT,
    PAGE_ACCEPT,
    USER_AGENT,
    Fetcher,
    FetchOptions,
    Response,
    Validators,
    article_from_response,
    host_of,
    is_url,
    make_client,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "FEED_ACCEPT",
    "MAX_FILE_BYTES",
    "PAGE_ACCEPT",
    "USER_AGENT",
    "Feed",
    "FeedEntry",
    "FetchOptions",
    "Fetcher",
    "Response",
    "Validators",
    "article_from_bytes",
    "article_from_response",
    "article_from_text",
    "canonical_url",
    "decode_bytes",
    "dedupe_entries",
    "detect_language",
    "host_of",
    "is_url",
    "iter_article_paths",
    "make_client",
    "parse_feed",
    "read_article",
    "read_articles",
]
