"""Ingest from files: bytes, text files, Markdown and HTML pages to :class:`Article`.

The web side (:mod:`claimcheck.ingest.web`, :mod:`claimcheck.ingest.feeds`) hands
fetched pages to :func:`article_from_bytes`, so a page read from disk and the same
page fetched over HTTP give the same article.

Reading goes bytes → :func:`decode_bytes` → plain text or HTML → :class:`Article`::

    read_articles(paths)          iter_article_paths + read_article for each path
    read_article(path)            one file: read bytes, then article_from_bytes
    article_from_bytes(data)      decode, sniff HTML, then the text or HTML path (stdin uses this)
    article_from_text(text)       plain text / Markdown with an optional ``---`` header

The article text is the text the user sees, and every claim span indexes it, so
ingest changes it in exactly two ways: line endings become ``\\n`` and blank lines
around the text are dropped. Nothing else (no NFKC, no whitespace collapsing).

Every failure is an :class:`~claimcheck.errors.InputError` (or its subclass
:class:`~claimcheck.errors.NoArticlesError`) with the path in the message.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any, get_args
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import lxml.etree
import lxml.html
from pydantic import ValidationError

from claimcheck.errors import InputError, NoArticlesError
from claimcheck.models import Article, Language

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "article_from_bytes",
    "article_from_text",
    "decode_bytes",
    "detect_language",
    "iter_article_paths",
    "read_article",
    "read_articles",
]

#: Suffixes a folder is searched for (a file named explicitly is read whatever its suffix).
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})

#: Larger files are refused: no news article or page comes near this.
MAX_FILE_BYTES = 32 * 1024 * 1024

#: A first non-empty line shorter than this is taken as the title when none is given.
TITLE_MAX_CHARS = 200

#: Share of Arabic-script letters among all letters from which a text is Arabic.
ARABIC_SHARE = 0.3

_LANGUAGES: tuple[str, ...] = get_args(Language)
_STDIN = "<stdin>"

# --------------------------------------------------------------------------- languages

_ARABIC_RANGES = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0870, 0x08FF),  # Arabic Extended-A/B
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)


def _is_arabic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def detect_language(text: str) -> Language:
    """Tell Arabic from English by the share of Arabic-script letters among all letters.

    A text whose letters are at least 30 % Arabic script is ``"ar"``; anything
    else, including a text with no letters at all, is ``"en"``.

    >>> detect_language("قال الوزير إن 120 شخصاً قتلوا (KCNA)")
    'ar'
    >>> detect_language("The minister said 120 people died.")
    'en'
    """
    letters = arabic = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            arabic += _is_arabic(ch)
    return "ar" if letters and arabic / letters >= ARABIC_SHARE else "en"


# --------------------------------------------------------------------------- decoding

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_SAMPLE = 8 * 1024
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D} | {0x7F}
_MAX_CONTROL_SHARE = 0.10
_C1_CONTROLS = re.compile(r"[\x80-\x9f]")

#: Legacy encodings accepted, in the order tried when nothing else decides.
_ARABIC_ENCODINGS = ("cp1256", "iso8859-6")  # codecs.lookup(...).name spellings
_LATIN_ENCODINGS = ("cp1252", "iso8859-1")
_LEGACY_NAMES = {
    "cp1256": "windows-1256",
    "iso8859-6": "iso-8859-6",
    "cp1252": "windows-1252",
    "iso8859-1": "latin-1",
}
#: After a legacy decode, at least this share of the non-ASCII letters must be
#: Arabic (Arabic encodings) or ASCII among all letters (Latin encodings).
_ARABIC_LETTER_SHARE = 0.9
_ASCII_LETTER_SHARE = 0.7
#: charset-normalizer's "chaos" above which a guess is not confident.
_MAX_CHAOS = 0.2

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode_bytes(data: bytes, *, where: str, declared: str | None = None) -> str:
    """Decode a file's bytes to text, or refuse; never return mojibake.

    The policy, in order: a UTF-32/UTF-16/UTF-8 byte-order mark decides; then
    binary data (a NUL byte in the first 8 KiB, or many control characters) is
    refused; then strict UTF-8; then an HTML ``<meta charset>`` / http-equiv
    declaration of windows-1256, iso-8859-6, windows-1252 or latin-1; then
    the ``declared`` charset (an HTTP ``Content-Type`` header's), judged by the same
    test as a ``<meta>`` one, so a wrong header is overruled rather than obeyed; then
    charset-normalizer restricted to those four. A legacy decode is accepted only
    if the result looks like text in that script: for the Arabic encodings,
    nearly all non-ASCII letters are Arabic, words do not glue Arabic to Latin
    letters and ط/ظ are not everywhere (UTF-8 read as windows-1256); for the
    Latin ones, most letters are ASCII, no word has three non-ASCII letters in a
    row ("ÇáÍßæãÉ"), and there are no UTF-8 sequences or C1 controls. When both
    Arabic encodings read plausibly, the one with more "ال" wins. Line endings
    are left as they are.

    >>> decode_bytes("سلام".encode("cp1256"), where="a.txt")
    'سلام'

    Raises:
        InputError: binary data, damaged UTF-8/UTF-16, or no confident encoding.
    """
    for boms, codec in ((_UTF32_BOMS, "utf-32"), (_UTF16_BOMS, "utf-16")):
        if data.startswith(boms):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"cannot decode: starts with a {codec.upper()} byte-order mark but is not "
                    f"valid {codec.upper()} (byte {exc.start})",
                    where=where,
                ) from exc
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode: starts with a UTF-8 byte-order mark but is not valid UTF-8 "
                f"(byte {exc.start})",
                where=where,
            ) from exc

    _refuse_binary(data, where=where)

    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc

    sequences = _UTF8_SEQUENCE.findall(data)
    stray_bytes = sum(b >= 0x80 for b in data) - sum(len(seq) for seq in sequences)
    if len(sequences) >= 3 and len(sequences) >= 4 * stray_bytes:
        # Mostly well-formed UTF-8 with a few bad bytes: a damaged or truncated
        # UTF-8 file, not a legacy encoding (which rarely forms UTF-8 sequences).
        raise InputError(
            f"cannot decode: looks like UTF-8 but has invalid bytes "
            f"(first at byte {utf8_error.start}); the file may be damaged or truncated",
            where=where,
        )

    for label in (_declared_charset(data), _codec_name(declared)):
        for codec in _codecs_for_declared(label) if label else ():
            text = _try_legacy(data, codec)
            if text is not None:
                return text

    matches = charset_normalizer.from_bytes(
        data, cp_isolation=list(_LEGACY_NAMES), preemptive_behaviour=False
    )
    for match in matches:
        codec = codecs.lookup(match.encoding).name
        if codec in _LEGACY_NAMES and match.chaos <= _MAX_CHAOS:
            text = _try_legacy(data, codec)
            if text is not None:
                return _best_arabic_reading(data, text) if codec in _ARABIC_ENCODINGS else text
    raise InputError(
        f"cannot decode: not UTF-8 (invalid byte at {utf8_error.start}) and no confident "
        f"legacy encoding (tried {', '.join(_LEGACY_NAMES.values())}); save it as UTF-8",
        where=where,
    )


def _best_arabic_reading(data: bytes, text: str) -> str:
    """Choose between the windows-1256 and ISO-8859-6 readings of the same bytes.

    Both map most bytes to Arabic letters, so on short texts either can look
    plausible; the right one has more of Arabic's commonest pair, the article "ال".
    """
    readings = [text] + [
        other
        for codec in _ARABIC_ENCODINGS
        if (other := _try_legacy(data, codec)) is not None and other != text
    ]
    return max(readings, key=lambda reading: reading.count("ال"))  # first wins a tie


def _refuse_binary(data: bytes, *, where: str) -> None:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        hint = " (UTF-16 text needs a byte-order mark)" if _looks_like_utf16(sample) else ""
        raise InputError(f"binary file, not an article{hint}", where=where)
    controls = sum(b in _CONTROL_BYTES for b in sample)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("binary file, not an article", where=where)


def _looks_like_utf16(sample: bytes) -> bool:
    """True if BOM-less bytes read as Arabic or Latin text in UTF-16 (for a hint only)."""
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
        readable = sum(
            ch.isspace() or (ch.isascii() and ch.isprintable()) or _is_arabic(ch) for ch in text
        )
        if text and readable / len(text) >= 0.9:
            return True
    return False


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _codec_name(label: str | None) -> str | None:
    """Python's name for a charset label (``"Windows-1256"`` → ``"cp1256"``), or None."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _codecs_for_declared(codec: str) -> tuple[str, ...]:
    # Browsers read "latin-1" and "ascii" labels as windows-1252; so do we, with
    # latin-1 itself as the fallback for bytes windows-1252 leaves undefined.
    if codec in ("iso8859-1", "ascii", "cp1252"):
        return _LATIN_ENCODINGS
    if codec in _ARABIC_ENCODINGS:
        return (codec,)
    return ()


def _try_legacy(data: bytes, codec: str) -> str | None:
    """Decode ``data`` with a legacy ``codec`` if the result is plausible text, else None."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _C1_CONTROLS.search(text):
        return None  # C1 controls: latin-1 over bytes that are not latin-1 text
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    if codec in _ARABIC_ENCODINGS:
        non_ascii = [ch for ch in letters if not ch.isascii()]
        arabic = sum(_is_arabic(ch) for ch in non_ascii)
        plausible = (
            bool(non_ascii)
            and arabic / len(non_ascii) >= _ARABIC_LETTER_SHARE
            and not _glues_arabic_to_latin(text)
            and not _looks_like_utf8_read_as_cp1256(text)
        )
    elif _UTF8_SEQUENCE.search(data):
        return None  # UTF-8 mixed with something else: a Latin decode would show "â€™"
    else:
        ascii_letters = sum(ch.isascii() for ch in letters)
        plausible = (
            ascii_letters / len(letters) >= _ASCII_LETTER_SHARE
            and _NON_ASCII_RUN.search(text) is None
        )
    return text if plausible else None


_WORD = re.compile(r"[^\s!-/:-@\[-`{-~\u060c\u061b\u061f\u00ab\u00bb]+")
#: Three non-ASCII letters in a row: no English or Western European word has them,
#: every Arabic word read as windows-1252 ("ÇáÍßæãÉ") does.
_NON_ASCII_RUN = re.compile(r"(?:(?![\x00-\x7f])[^\W\d_]){3}")


def _glues_arabic_to_latin(text: str) -> bool:
    """True if many words mix Arabic and Latin letters, as Latin text read as Arabic does."""
    arabic_words = mixed = 0
    for word in _WORD.findall(text):
        if any(_is_arabic(ch) for ch in word):
            arabic_words += 1
            mixed += any(ch.isascii() and ch.isalpha() for ch in word)
    return mixed > 0.1 * arabic_words


def _looks_like_utf8_read_as_cp1256(text: str) -> bool:
    """True if ط/ظ, the cp1256 readings of UTF-8's Arabic lead bytes, are far too common."""
    arabic = sum(_is_arabic(ch) for ch in text)
    return arabic > 0 and (text.count("ط") + text.count("ظ")) / arabic > 0.2


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strip_blank_lines(text: str) -> str:
    """Drop blank lines before the text and all whitespace after it; keep the rest."""
    return re.sub(r"\A(?:[^\S\n]*\n)+", "", text).rstrip()


# --------------------------------------------------------------------------- plain text

_HEADER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)")
_HEADER_KEYS = frozenset(
    {"outlet", "outlet_name", "url", "title", "published", "language", "author"}
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` / ``key: value`` / ``---`` block from the body.

    Text that opens with ``---`` but is not followed by ``key: value`` lines and a
    closing ``---`` has no header (it may be a Markdown rule).
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip() == "---":
            return fields, "\n".join(lines[i + 1 :])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _HEADER_LINE.fullmatch(line.strip())
        if match is None:
            return {}, text
        key = match.group(1).lower()
        if key in _HEADER_KEYS:
            fields[key] = _unquote(match.group(2).strip())
    return {}, text


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _parse_date(value: date | str | None, *, field: str, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    value = value.strip()
    if not value:
        return None
    if _ISO_DATE.fullmatch(value):
        with suppress(ValueError):  # 2025-02-30 matches the pattern but is no date
            return date.fromisoformat(value)
    raise InputError(f"{field}: expected a date as YYYY-MM-DD, got {value!r}", where=where)


def _check_language(value: str | None, *, field: str, where: str) -> Language | None:
    if value is None or not value.strip():
        return None
    lang = value.strip().lower()
    if lang not in _LANGUAGES:
        raise InputError(
            f"{field}: language must be one of {', '.join(_LANGUAGES)}, got {value!r}",
            where=where,
        )
    return lang  # type: ignore[return-value]


def _guess_title(text: str) -> str | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None  # a one-paragraph text has no separate title
    first = _MARKDOWN_HEADING.sub("", lines[0], count=1).strip()
    return first if first and len(first) < TITLE_MAX_CHARS else None


def article_from_text(
    text: str,
    *,
    outlet: str | None = None,
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: date | str | None = None,
    path: str | None = None,
) -> Article:
    """Make an article from plain text or Markdown, with an optional ``---`` header.

    The header is ``key: value`` lines between a first line ``---`` and a closing
    ``---``; keys ``outlet``, ``outlet_name``, ``url``, ``title``, ``published``
    (YYYY-MM-DD) and ``language`` (ar/en) are read, others ignored. Header values
    win; the keyword arguments fill what the header leaves out; then the title
    is the first non-empty line if it is shorter than 200 characters (and more
    lines follow), the outlet is ``"unknown"`` and the language is detected.

    >>> a = article_from_text("---\\noutlet: bbc\\n---\\nFloods\\n\\n120 people died.")
    >>> (a.outlet, a.title, a.language, a.text)
    ('bbc', 'Floods', 'en', 'Floods\\n\\n120 people died.')

    Raises:
        InputError: empty text, or a header/argument date or language that is invalid.
    """
    where = path or _STDIN
    text = _normalize_newlines(text.removeprefix("\ufeff"))
    header, body = _split_header(text)
    body = _strip_blank_lines(body)
    if not body:
        raise InputError("empty file" if not header else "empty file (header only)", where=where)

    arg_language = _check_language(language, field="argument", where=where)
    arg_published = _parse_date(published, field="published", where=where)
    lang = _check_language(header.get("language"), field="header", where=where)
    pub = _parse_date(header.get("published"), field="header published", where=where)
    return _make_article(
        where=where,
        outlet=header.get("outlet") or outlet or "unknown",
        outlet_name=header.get("outlet_name") or None,
        url=header.get("url") or url or None,
        title=header.get("title") or title or _guess_title(body),
        published=pub or arg_published,
        language=lang or arg_language or detect_language(body),
        text=body,
        path=path,
        author=header.get("author") or None,
    )


def _make_article(*, where: str, **fields: Any) -> Article:
    try:
        return Article(**fields)
    except ValidationError as exc:  # pragma: no cover - the fields are checked above
        raise InputError(f"invalid article metadata: {exc}", where=where) from exc


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")

#: Elements that are page furniture, never article text.
_BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "select", "textarea"})
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
)
_BOILERPLATE_CLASS = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|comments?|related|read-?more|"
    r"read-?also|more-?stories|share|sharing|social|cookies?|consent|newsletter|subscribe|"
    r"sidebar|footer|advert|advertisement|promo|popup|tags)(?:$|[-_])",
    re.IGNORECASE,
)
_CONTENT_TAGS = frozenset({"html", "body", "article", "main"})

#: Lines that introduce links to other stories ("Read more: ..."), dropped from
#: extracted HTML text when trafilatura keeps them.
_READ_ALSO = re.compile(
    r"\s*(?:read more|read also|also read|see also|related|more on this story|"
    r"اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ ايضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|"
    r"شاهد أيضا|شاهد أيضاً|طالع أيضا|طالع أيضاً|أخبار ذات صلة|مواضيع ذات صلة)"
    r"\s*(?:[:：\-–—»|].*)?",
    re.IGNORECASE,
)
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
    }
)


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:2048].removeprefix("\ufeff")) is not None


def _parse_html(html: str, *, where: str) -> lxml.html.HtmlElement:
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", where=where) from exc


def _is_boilerplate(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _CONTENT_TAGS:
        return False
    if tag in _BOILERPLATE_TAGS:
        return True
    if tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors()):
        return True
    if (el.get("role") or "").lower() in _BOILERPLATE_ROLES:
        return True
    tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return any(_BOILERPLATE_CLASS.search(token) for token in tokens)


def _paragraph_chars(el: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _prune_boilerplate(tree: lxml.html.HtmlElement) -> None:
    """Remove menus, related links, comment boxes and the like before extraction.

    An element is kept, whatever its class, if it holds an ``<article>`` or
    ``<main>`` or most of the page's paragraph text (some sites wrap the whole
    page in a ``<form>`` or a ``class="... share ..."`` container).
    """
    total = _paragraph_chars(tree)
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or not _is_boilerplate(el):
            continue
        if any(True for _ in el.iter("article", "main")):
            continue
        if total and _paragraph_chars(el) > total / 2:
            continue
        doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _ld_types(obj: dict[str, Any]) -> set[str]:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return {name.lower() for name in names if isinstance(name, str)}


def _ld_text(value: Any, *keys: str) -> str | None:
    """A string from a JSON-LD value that may be a string, an object or a list of them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        for key in keys:
            if isinstance(value.get(key), str):
                return str(value[key]).strip() or None
        return None
    return (value.strip() or None) if isinstance(value, str) else None


def _page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str | None]:
    """Title, date, url and site name from JSON-LD, then ``og:``/``meta`` tags."""
    meta: dict[str, str | None] = {
        "title": None,
        "date": None,
        "url": None,
        "sitename": None,
        "author": None,
    }
    for obj in _json_ld_objects(tree):
        if not _ld_types(obj) & _ARTICLE_TYPES:
            continue
        meta["title"] = meta["title"] or _ld_text(obj.get("headline")) or _ld_text(obj.get("name"))
        meta["date"] = (
            meta["date"] or _ld_text(obj.get("datePublished")) or _ld_text(obj.get("dateCreated"))
        )
        meta["url"] = (
            meta["url"]
            or _ld_text(obj.get("url"))
            or _ld_text(obj.get("mainEntityOfPage"), "@id", "url")
        )
        meta["sitename"] = meta["sitename"] or _ld_text(obj.get("publisher"), "name")
        author = obj.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        meta["author"] = meta["author"] or _ld_text(author, "name")

    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, content)
    canonical = next(
        (
            (link.get("href") or "").strip()
            for link in tree.iter("link")
            if (link.get("rel") or "").lower() == "canonical"
        ),
        None,
    )
    title_el = next(tree.iter("title"), None)
    page_title = title_el.text_content().strip() if title_el is not None else None
    fallbacks = {
        "title": [tags.get("og:title"), tags.get("twitter:title"), page_title],
        "date": [
            tags.get(key)
            for key in (
                "article:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "parsely-pub-date",
            )
        ],
        "url": [canonical, tags.get("og:url")],
        "author": [tags.get("author"), tags.get("article:author"), tags.get("dc.creator")],
        "sitename": [tags.get("og:site_name"), tags.get("application-name")],
    }
    for key, values in fallbacks.items():
        meta[key] = meta[key] or next((v for v in values if v), None)
    return meta


def _date_prefix(value: str | None) -> date | None:
    if value:
        match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
        if match:
            try:
                return date.fromisoformat(match.group(1))
            except ValueError:
                return None
    return None


def _absolute_url(value: str | None, *, base: str | None) -> str | None:
    """A page's own (canonical) URL made absolute against the URL it came from.

    With a ``base`` (a fetched page), only an http(s) result is kept; without one
    (a file), the value is kept as the page gives it.
    """
    if not value or not base:
        return value or None
    absolute = urljoin(base, value)
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _article_from_html(
    html: str,
    *,
    where: str,
    outlet: str | None,
    language: str | None,
    path: str | None,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
) -> Article:
    import trafilatura  # slow to import; only HTML input needs it

    tree = _parse_html(html, where=where)
    page = _page_metadata(tree)
    _prune_boilerplate(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party failure on one page becomes an input error
        raise InputError(f"cannot extract text from HTML: {exc}", where=where) from exc

    def field(name: str) -> str | None:
        value = getattr(doc, name, None) if doc is not None else None
        return (value.strip() or None) if isinstance(value, str) else None

    raw = _normalize_newlines(field("text") or "")
    text = _strip_blank_lines(
        "\n".join(line for line in raw.split("\n") if not _READ_ALSO.fullmatch(line))
    )
    if not text:
        raise InputError("no article text found in HTML page", where=where)
    lang = _check_language(language, field="argument", where=where)
    return _make_article(
        where=where,
        outlet=outlet or "unknown",
        outlet_name=field("sitename") or page["sitename"],
        url=_absolute_url(field("url") or page["url"], base=url) or url,
        title=field("title") or page["title"] or title,
        published=_date_prefix(field("date")) or _date_prefix(page["date"]) or published,
        language=lang or detect_language(text),
        text=text,
        path=path,
        author=field("author") or page.get("author"),
    )


# --------------------------------------------------------------------------- entry points


def article_from_bytes(
    data: bytes,
    *,
    where: str = _STDIN,
    html: bool | None = None,
    outlet: str | None = None,
    language: str | None = None,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    declared_charset: str | None = None,
) -> Article:
    """Make an article from raw bytes, as read from a file, standard input or the web.

    The bytes are decoded with :func:`decode_bytes` (``declared_charset`` is the
    HTTP header's, a hint that a wrong header cannot force); HTML (``html=True``,
    or when ``html`` is None, content starting with ``<!doctype html`` or
    ``<html``) goes through trafilatura, anything else through
    :func:`article_from_text`. ``url``, ``title`` and ``published`` fill what the
    content does not say; a page's relative canonical URL is resolved against ``url``.

    >>> article_from_bytes("الخبر\\n\\nقال الوزير".encode("cp1256")).language
    'ar'

    Raises:
        InputError: binary, undecodable or empty input, or an HTML page with no text.
    """
    text = decode_bytes(data, where=where, declared=declared_charset)
    if not text.strip():
        raise InputError("empty file", where=where)
    if _looks_like_html(text) if html is None else html:
        return _article_from_html(
            text,
            where=where,
            outlet=outlet,
            language=language,
            path=path,
            url=url,
            title=title,
            published=published,
        )
    return article_from_text(
        text,
        outlet=outlet,
        language=language,
        path=path,
        url=url,
        title=title,
        published=published,
    )


def _read_bytes(path: Path, *, where: str) -> bytes:
    try:
        if path.is_dir():
            raise InputError(
                "is a directory, not an article file (read_articles expands folders)",
                where=where,
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file or directory", where=where) from exc
    except PermissionError as exc:
        raise InputError("permission denied", where=where) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory, not an article file", where=where) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=where) from exc
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"file too large for an article (over {MAX_FILE_BYTES // (1024 * 1024)} MiB)",
            where=where,
        )
    return data


def read_article(
    path: str | Path, *, outlet: str | None = None, language: str | None = None
) -> Article:
    """Read one article file: plain text, Markdown (optional ``---`` header) or HTML.

    ``.html``/``.htm`` files, and files whose content starts like an HTML page,
    are read with trafilatura; everything else as text (see
    :func:`article_from_text` for the header and the defaults). ``outlet`` and
    ``language`` fill in what the file does not say.

    >>> read_article("seeds/000_d08127e77ea73739.txt").language  # doctest: +SKIP
    'ar'

    Raises:
        InputError: missing, unreadable, binary, undecodable or empty file, a
            directory, or an HTML page with no article text.
    """
    where = str(path)
    path = Path(path)
    data = _read_bytes(path, where=where)
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return article_from_bytes(
        data, where=where, html=html, outlet=outlet, language=language, path=where
    )


def _is_article_file(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    stem = os.path.splitext(name)[0].lower()
    return suffix in ARTICLE_SUFFIXES and not name.startswith(".") and stem != "readme"


def _walk(folder: Path, *, where: str) -> list[Path]:
    def fail(exc: OSError) -> None:
        raise InputError(f"cannot list folder: {exc.strerror or exc}", where=exc.filename or where)

    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if _is_article_file(name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def iter_article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively) into article files; keep files given by name.

    Folders yield files ending in .txt, .md, .markdown, .html or .htm, sorted by
    path, skipping hidden files and folders and README files. A file named
    explicitly is kept whatever its suffix. A path given twice is listed once.

    >>> iter_article_paths(["seeds"])  # doctest: +SKIP
    [PosixPath('seeds/000_d08127e77ea73739.txt')]

    Raises:
        InputError: a path that does not exist.
        NoArticlesError: a folder with no article files.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    result: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        where = str(given)
        path = Path(given)
        if path.is_dir():
            found = _walk(path, where=where)
            if not found:
                raise NoArticlesError("no article files (.txt, .md, .html) found", where=where)
        elif path.exists():
            found = [path]
        else:
            raise InputError("no such file or directory", where=where)
        for item in found:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                result.append(item)
    return result


def read_articles(
    paths: Iterable[str | Path], *, outlet: str | None = None, language: str | None = None
) -> list[Article]:
    """Read every article under ``paths`` (files and folders); the first error raises.

    Nothing is half-read: callers store the articles only after this returns.

    >>> [a.language for a in read_articles(["seeds"])]  # doctest: +SKIP
    ['ar']

    Raises:
        InputError: as :func:`iter_article_paths` and :func:`read_article`.
    """
    return [
        read_article(path, outlet=outlet, language=language) for path in iter_article_paths(paths)
    ]
