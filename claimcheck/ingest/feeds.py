"""RSS and Atom feeds with feedparser: bytes → :class:`Feed` of :class:`FeedEntry`.

feedparser reads RSS 0.9x/1.0/2.0 and Atom, with its own encoding detection and
relative-link resolution; it is given bytes wrapped in ``io.BytesIO`` (bare bytes
could be taken for a file name) and never fetches anything itself: the fetching
is :mod:`claimcheck.ingest.web`'s.

Entries are keyed by :func:`canonical_url` (scheme and host lower-cased, default
port, fragment and tracking parameters dropped) and, when the feed carries the
full text, by a hash of it, so the same story listed twice, or in two feeds, is
fetched once.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from claimcheck.errors import InputError

__all__ = ["Feed", "FeedEntry", "canonical_url", "dedupe_entries", "parse_feed"]

#: Query parameters that only track the reader; dropped from canonical URLs.
_TRACKING = re.compile(
    r"(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|"
    r"at_(?:medium|campaign|custom\d*|ptr_name|link_id)|cmpid|ocid|__twitter_impression)",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TAGS = re.compile(r"<[^>]+>")
#: Full text shorter than this (after stripping tags) is a teaser, not a content key.
_MIN_CONTENT_CHARS = 280


def canonical_url(url: str) -> str:
    """The form of a URL used to tell whether two links are the same article.

    >>> canonical_url("HTTPS://News.example:443/a/b?utm_source=rss&id=7#top")
    'https://news.example/a/b?id=7'

    Non-http(s) strings come back stripped and otherwise unchanged.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    netloc = parts.hostname.lower()
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and not _TRACKING.fullmatch(pair.split("=", 1)[0])
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the link to fetch, and what the feed says about it."""

    url: str
    title: str | None = None
    published: date | None = None
    guid: str | None = None
    #: Hash of the full text when the feed carries it (``content:encoded``, Atom content).
    content_hash: str | None = None

    @property
    def canonical(self) -> str:
        """The entry's :func:`canonical_url`."""
        return canonical_url(self.url)


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its URL, title, format and entries (in feed order, de-duplicated)."""

    url: str
    title: str | None = None
    version: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> Feed:
    """Parse RSS or Atom bytes; entry links are resolved against ``url``.

    ``content_type`` is the HTTP ``Content-Type`` header, which feedparser uses for
    the encoding. Entries without an http(s) link are left out; the rest are
    de-duplicated with :func:`dedupe_entries`.

    >>> rss = b'<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>'
    >>> [e.url for e in parse_feed(rss, url="https://news.example/feed.xml").entries]
    ['https://news.example/a']

    Raises:
        InputError: the bytes are not an RSS or Atom feed.
    """
    import feedparser  # only feeds need it

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # feedparser is lenient; anything it raises is a bad feed
        raise InputError(f"cannot parse the feed: {exc}", where=url) from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(f"not an RSS or Atom feed{detail}", where=url)
    entries = [entry for item in parsed.entries if (entry := _entry(item)) is not None]
    return Feed(
        url=url,
        title=(parsed.feed.get("title") or "").strip() or None,
        version=parsed.get("version") or None,
        entries=dedupe_entries(entries),
    )


def _entry(item: Any) -> FeedEntry | None:
    guid = item.get("id") or None
    link = item.get("feedburner_origlink") or item.get("link")
    if not link and guid and urlsplit(guid).scheme in _DEFAULT_PORTS:
        link = guid  # an RSS <guid isPermaLink="true"> with no <link>
    if not link or urlsplit(link).scheme.lower() not in _DEFAULT_PORTS:
        return None
    when = item.get("published_parsed") or item.get("updated_parsed")
    published = None
    if when:
        try:
            published = date(when.tm_year, when.tm_mon, when.tm_mday)
        except ValueError:
            published = None
    return FeedEntry(
        url=link.strip(),
        title=(item.get("title") or "").strip() or None,
        published=published,
        guid=guid,
        content_hash=_content_hash(item.get("content")),
    )


def _content_hash(contents: Any) -> str | None:
    if not contents:
        return None
    text = " ".join(_TAGS.sub(" ", str(c.get("value") or "")) for c in contents).split()
    joined = " ".join(text)
    if len(joined) < _MIN_CONTENT_CHARS:
        return None
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def dedupe_entries(entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """Keep the first entry for each canonical URL and each full-text hash.

    >>> a = FeedEntry("https://n.example/a?utm_source=x")
    >>> [e.url for e in dedupe_entries([a, FeedEntry("https://n.example/a#c")])]
    ['https://n.example/a?utm_source=x']
    """
    seen: set[str] = set()
    out: list[FeedEntry] = []
    for entry in entries:
        keys = {f"url:{entry.canonical}"}
        if entry.content_hash:
            keys.add(f"text:{entry.content_hash}")
        if keys & seen:
            continue
        seen |= keys
        out.append(entry)
    return out
