"""Fetching over HTTP with httpx: a URL → :class:`Response` → :class:`~claimcheck.models.Article`.

:class:`Fetcher` takes an injected ``httpx.Client`` (tests pass one with an
``httpx.MockTransport``; cassettes replay through any transport) and an injected
``sleep``, so retries never sleep for real in tests. What it enforces:

* http and https only, on the first URL and on every redirect;
* connect and read timeouts; at most ``max_redirects`` redirects;
* a body cap: the body is streamed and the download stops past ``max_bytes``;
* retries with exponential backoff on connection errors and timeouts, and on
  408/429/5xx answers, waiting as long as ``Retry-After`` says, unless that is
  longer than ``max_retry_after`` (then the URL fails at once: asking sooner
  would not honour it);
* conditional requests: give the ``Validators`` (ETag / Last-Modified) of the
  last fetch and a 304 comes back as ``Response.not_modified``;
* bounded concurrency in :meth:`Fetcher.map`: a thread pool of
  ``max_connections`` workers, and at most ``max_per_host`` requests in flight
  to one host.

Threads rather than asyncio: the client, the store and the CLI are synchronous,
and the CPU-bound step (trafilatura on each page) runs in the same workers while
other workers wait on the network, with no event loop to block.

Every failure is a :class:`~claimcheck.errors.FetchError` naming the URL;
httpx's own errors are wrapped, never raised. A page that was fetched but holds
no article text is an :class:`~claimcheck.errors.InputError` from
:func:`~claimcheck.ingest.files.article_from_bytes`.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Self, TypeVar
from urllib.parse import urlsplit

import httpx

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, FetchError
from claimcheck.ingest.files import _looks_like_html, article_from_bytes
from claimcheck.models import Article

__all__ = [
    "FEED_ACCEPT",
    "PAGE_ACCEPT",
    "USER_AGENT",
    "FetchOptions",
    "Fetcher",
    "Response",
    "Validators",
    "article_from_response",
    "host_of",
    "is_url",
    "make_client",
]

#: Sent with every request.
USER_AGENT = f"claimcheck/{__version__} (+https://github.com/claimcheck)"
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5"
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Answers worth asking again: request timeout, rate limit, server trouble.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_SCHEMES = ("http", "https")
_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - the item type of Fetcher.map


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Every limit the fetcher applies, in one object.

    >>> FetchOptions().max_per_host
    2
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    #: Workers in :meth:`Fetcher.map`, and the client's connection pool size.
    max_connections: int = 8
    max_per_host: int = 2
    #: Attempts after the first one, for retryable failures.
    retries: int = 3
    #: First backoff in seconds, doubled on each retry, capped at ``max_backoff``.
    backoff: float = 0.5
    max_backoff: float = 8.0
    #: A ``Retry-After`` longer than this fails the URL instead of waiting.
    max_retry_after: float = 60.0
    max_redirects: int = 5
    max_bytes: int = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional request sends back: the last ``ETag`` and ``Last-Modified``."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """``If-None-Match`` / ``If-Modified-Since`` for the values that are set."""
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched URL: the whole body (within the cap) and the headers claimcheck uses.

    ``url`` is the URL asked for, ``final_url`` the one answered after redirects.
    A 304 answer has ``not_modified`` set and an empty body.
    """

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str | None = None
    content_type_header: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    redirects: int = 0

    @property
    def not_modified(self) -> bool:
        """Whether the server said 304: nothing changed since the validators sent."""
        return self.status == 304

    @property
    def validators(self) -> Validators:
        """The validators to send next time."""
        return Validators(self.etag, self.last_modified)


class _Retry(Exception):
    """A failure worth another attempt; ``wait`` is the server's Retry-After, if any."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def is_url(source: str) -> bool:
    """Whether a command-line source is a URL (``scheme://...``) rather than a path.

    >>> is_url("https://news.example/a"), is_url("ftp://x.example/a"), is_url("a.md")
    (True, True, False)
    """
    return _URL_START.match(source) is not None


def host_of(url: str) -> str:
    """The lower-cased host of a URL ('' when it has none).

    >>> host_of("https://WWW.News.example:8443/a")
    'www.news.example'
    """
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def make_client(
    options: FetchOptions | None = None, *, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """An ``httpx.Client`` with claimcheck's User-Agent, timeouts and pool size.

    Redirects are not followed by the client: :class:`Fetcher` follows them
    itself, to check the scheme and count them. ``transport`` is for tests and
    benchmarks (an ``httpx.MockTransport``).

    >>> make_client().headers["User-Agent"].startswith("claimcheck/")
    True
    """
    options = options or FetchOptions()
    return httpx.Client(
        headers={"User-Agent": USER_AGENT},
        timeout=_timeout(options),
        limits=httpx.Limits(
            max_connections=options.max_connections,
            max_keepalive_connections=options.max_connections,
        ),
        follow_redirects=False,
        transport=transport,
    )


def _timeout(options: FetchOptions) -> httpx.Timeout:
    return httpx.Timeout(
        options.read_timeout,
        connect=options.connect_timeout,
        pool=options.connect_timeout + options.read_timeout,
    )


def _size(n: float) -> str:
    """``16 KiB``, ``25.4 KiB``, ``5 MiB``, ``900 bytes``."""
    for unit, scale in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n:.0f} bytes"


class Fetcher:
    """Fetches URLs politely and defensively; see the module docstring for the rules.

    Example::

        with Fetcher() as fetcher:
            page = fetcher.get("https://news.example/world/a.html")
            feed = fetcher.get(feed_url, validators=last_time, accept=FEED_ACCEPT)
            feed.not_modified  # True when the server answered 304

    Args:
        client: the ``httpx.Client`` to send with; by default :func:`make_client`,
            which the fetcher then closes. An injected client is the caller's to close.
        options: limits (timeouts, retries, caps, concurrency).
        sleep: called with the seconds to wait between attempts (``time.sleep``).
    """

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        options: FetchOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        self._owns_client = client is None
        self.client = client if client is not None else make_client(self.options)
        self._sleep = sleep
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        """Close the client if the fetcher made it."""
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ one URL

    def get(
        self, url: str, *, validators: Validators | None = None, accept: str = PAGE_ACCEPT
    ) -> Response:
        """GET one URL, following redirects and retrying what is worth retrying.

        Raises:
            FetchError: a URL that is not http(s), a timeout or connection failure
                (after the retries), an HTTP error status, too many redirects or a
                redirect off http(s), a body over ``max_bytes``, a ``Retry-After``
                longer than ``max_retry_after``.
        """
        url = url.strip()
        scheme = urlsplit(url).scheme.lower() if is_url(url) else ""
        if scheme not in _SCHEMES:
            raise FetchError(
                f"only http and https URLs are fetched, not {scheme or 'a bare path'}", where=url
            )
        attempts = self.options.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return self._attempt(url, validators, accept)
            except _Retry as retry:
                if attempt == attempts:
                    tries = f"after {attempts} attempts" if attempts > 1 else "no retries"
                    raise FetchError(f"{retry.reason} ({tries})", where=url) from retry.__cause__
                if retry.wait is not None:
                    delay = retry.wait
                else:
                    delay = min(self.options.max_backoff, self.options.backoff * 2 ** (attempt - 1))
                self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, url: str, validators: Validators | None, accept: str) -> Response:
        headers = {"User-Agent": USER_AGENT, "Accept": accept}
        if validators:
            headers.update(validators.headers())
        try:
            request = self.client.build_request(
                "GET", url, headers=headers, timeout=_timeout(self.options)
            )
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}", where=url) from exc
        redirects = 0
        while True:
            with self._host_slot(request.url.host):
                response = self._send(request, url)
                try:
                    follow = response.next_request
                    if follow is not None:
                        redirects += 1
                        if redirects > self.options.max_redirects:
                            raise FetchError(
                                f"too many redirects (more than {self.options.max_redirects})",
                                where=url,
                            )
                        if follow.url.scheme not in _SCHEMES:
                            raise FetchError(
                                f"redirected to a URL that is not http(s): {follow.url}",
                                where=url,
                            )
                        request = follow
                        continue
                    return self._finish(url, response, validators, redirects)
                finally:
                    response.close()

    def _send(self, request: httpx.Request, url: str) -> httpx.Response:
        try:
            return self.client.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException as exc:
            raise _Retry(_timeout_reason(exc, self.options)) from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retry(f"connection failed: {_describe(exc)}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed: {_describe(exc)}", where=url) from exc

    def _finish(
        self,
        url: str,
        response: httpx.Response,
        validators: Validators | None,
        redirects: int,
    ) -> Response:
        status = response.status_code
        reason = f"HTTP {status} {response.reason_phrase}".rstrip()
        if status == 304 and validators:
            return self._response(url, response, b"", redirects)
        if status in RETRY_STATUSES:
            wait = _retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > self.options.max_retry_after:
                raise FetchError(
                    f"{reason}: Retry-After {wait:.0f} s is longer than the "
                    f"{self.options.max_retry_after:.0f} s claimcheck waits",
                    where=url,
                )
            raise _Retry(reason, wait)
        if not 200 <= status < 300:
            raise FetchError(reason, where=url)
        return self._response(url, response, self._read(url, response), redirects)

    def _read(self, url: str, response: httpx.Response) -> bytes:
        cap = self.options.max_bytes
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > cap:
            raise FetchError(
                f"too large: {_size(int(length))}, over the {_size(cap)} limit", where=url
            )
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(
                        f"too large: over the {_size(cap)} limit (download stopped)", where=url
                    )
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise _Retry(_timeout_reason(exc, self.options)) from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retry(f"connection failed while reading: {_describe(exc)}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot read the body: {_describe(exc)}", where=url) from exc
        return b"".join(chunks)

    @staticmethod
    def _response(url: str, response: httpx.Response, content: bytes, redirects: int) -> Response:
        header = response.headers.get("Content-Type")
        media = header.split(";", 1)[0].strip().lower() if header else None
        return Response(
            url=url,
            final_url=str(response.url.copy_with(fragment=None)),
            status=response.status_code,
            content=content,
            content_type=media or None,
            content_type_header=header,
            charset=response.charset_encoding,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            redirects=redirects,
        )

    @contextmanager
    def _host_slot(self, host: str) -> Iterator[None]:
        """Hold one of the ``max_per_host`` slots of ``host`` for one request."""
        with self._hosts_lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.options.max_per_host)
        with slot:
            yield

    # ------------------------------------------------------------------ many URLs

    def map(
        self,
        work: Callable[[I], T],
        items: Sequence[I],
        *,
        url_of: Callable[[I], str],
        progress: Callable[[int, int], None] | None = None,
    ) -> list[T | ClaimcheckError]:
        """Run ``work`` on every item in ``max_connections`` threads; results in input order.

        A :class:`~claimcheck.errors.ClaimcheckError` raised by ``work`` is that
        item's result (one failure never stops the batch); any other exception is
        a bug and propagates. Items are started round-robin by host (``url_of``),
        so one slow host does not hold every worker. ``progress(done, total)`` is
        called from the calling thread.
        """
        results: list[T | ClaimcheckError | None] = [None] * len(items)
        if progress:
            progress(0, len(items))
        if not items:
            return []

        def run(index: int) -> None:
            try:
                results[index] = work(items[index])
            except ClaimcheckError as exc:
                results[index] = exc

        order = _round_robin(range(len(items)), key=lambda i: host_of(url_of(items[i])))
        workers = max(1, min(self.options.max_connections, len(items)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="claimcheck-fetch") as pool:
            pending: set[Future[None]] = {pool.submit(run, i) for i in order}
            done = 0
            try:
                while pending:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        future.result()  # a bug in work() propagates here
                    done += len(finished)
                    if progress:
                        progress(done, len(items))
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
        return results  # type: ignore[return-value]


def _round_robin(indexes: range, *, key: Callable[[int], str]) -> list[int]:
    """Reorder so that consecutive items come from different hosts where possible."""
    queues: dict[str, list[int]] = {}
    for i in indexes:
        queues.setdefault(key(i), []).append(i)
    order: list[int] = []
    lanes = [list(reversed(q)) for q in queues.values()]
    while lanes:
        for lane in lanes:
            order.append(lane.pop())
        lanes = [lane for lane in lanes if lane]
    return order


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _timeout_reason(exc: httpx.TimeoutException, options: FetchOptions) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (after {options.connect_timeout:g} s)"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timed out waiting for data (after {options.read_timeout:g} s)"
    if isinstance(exc, httpx.PoolTimeout):
        return "timed out waiting for a free connection"
    return f"timed out: {_describe(exc)}"


def _retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or None.

    >>> _retry_after("7"), _retry_after(None), _retry_after("soon")
    (7.0, None, None)
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# --------------------------------------------------------------------------- page → Article


def article_from_response(
    response: Response,
    *,
    outlet: str | None = None,
    outlet_name: str | None = None,
    language: str | None = None,
    title: str | None = None,
    published: date | None = None,
) -> Article:
    """Read a fetched HTML page as an article (main text, metadata, canonical URL).

    The page goes through the same code as an HTML file
    (:func:`~claimcheck.ingest.files.article_from_bytes`): the body is decoded
    with the header's charset as a hint only, so a wrong or missing header does
    not garble windows-1256 or ISO-8859-6 pages. The article's URL is the page's
    canonical URL (JSON-LD, ``<link rel=canonical>``, ``og:url``), else the URL
    answered after redirects. ``title`` and ``published`` (from a feed entry)
    fill what the page does not say; ``outlet_name`` (from the registry)
    replaces the page's site name.

    Example::

        article = article_from_response(fetcher.get(url), outlet="harbour-ledger")

    Raises:
        FetchError: a 304, an empty body, or a body that is not HTML (by its
            Content-Type, or by sniffing when there is none).
        InputError: an undecodable page, or one with no article text.
    """
    where = response.url
    if response.not_modified:
        raise FetchError("not modified since the last fetch (HTTP 304)", where=where)
    if not response.content.strip():
        raise FetchError("empty response body", where=where)
    if response.content_type is None:
        if not _looks_like_html(response.content[:4096].decode("latin-1")):
            raise FetchError("not an HTML page (no Content-Type, and not HTML)", where=where)
    elif response.content_type not in HTML_TYPES:
        raise FetchError(f"not an HTML page ({response.content_type})", where=where)
    article = article_from_bytes(
        response.content,
        where=where,
        html=True,
        outlet=outlet,
        language=language,
        url=response.final_url,
        title=title,
        published=published,
        declared_charset=response.charset,
    )
    if outlet_name:
        article = article.model_copy(update={"outlet_name": outlet_name})
    return article
