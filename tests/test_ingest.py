"""Tests for claimcheck.ingest: files, encodings, headers, folders and HTML pages to Article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.errors import InputError, NoArticlesError
from claimcheck.ingest import (
    article_from_bytes,
    article_from_text,
    decode_bytes,
    detect_language,
    iter_article_paths,
    read_article,
    read_articles,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_d08127e77ea73739.txt"

AR_TITLE = "ارتفاع حصيلة الفيضانات إلى 120 قتيلاً"
AR_BODY = (
    "قالت وزارة الصحة يوم الجمعة إن 120 شخصاً على الأقل لقوا حتفهم جراء الفيضانات.\n"
    "\n"
    "وأضافت الوزارة أن فرق الإنقاذ ما زالت تبحث عن نحو 40 مفقوداً، بحسب بيان رسمي."
)
EN_TITLE = "Flood toll rises to 120 in river valley"
EN_BODY = (
    "At least 120 people have died after days of heavy rain, the health ministry said.\n"
    "\n"
    "Rescue teams were still searching for about 40 people reported missing."
)
#: Arabic that ISO-8859-6 can encode (it has no «» and no Persian letters).
AR_8859_6 = "قال الوزير إن 120 شخصاً قتلوا، وإن نحو 40 ما زالوا مفقودين في المنطقة."
EN_LATIN = "The café owner in Montréal said 120 guests attended the naïve soirée on Friday."


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    """Write ``data`` (str as UTF-8) to ``tmp_path/name`` and return the path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- text and Markdown


@pytest.mark.parametrize(
    ("lang", "outlet", "outlet_name", "title", "body"),
    [
        ("ar", "alwadi", "صحيفة الوادي", AR_TITLE, AR_BODY),
        ("en", "courier", "Daily Courier", EN_TITLE, EN_BODY),
    ],
)
def test_markdown_header_sets_metadata(tmp_path, lang, outlet, outlet_name, title, body):
    """A ---/key: value/--- header gives the metadata; the text after it is the article."""
    source = (
        f"---\noutlet: {outlet}\noutlet_name: {outlet_name}\nurl: https://x.example/a\n"
        f"title: {title}\npublished: 2025-09-05\nlanguage: {lang}\n---\n\n\n{body}\n\n"
    )
    path = write(tmp_path, "story.md", source)
    article = read_article(path)
    assert article.outlet == outlet
    assert article.outlet_name == outlet_name
    assert article.url == "https://x.example/a"
    assert article.title == title
    assert article.published == date(2025, 9, 5)
    assert article.language == lang
    assert article.text == body
    assert article.path == str(path)


def test_header_ignores_unknown_keys_and_quotes(tmp_path):
    """Unknown header keys are ignored and quoted values are unquoted."""
    source = f'---\nauthor: Jane\noutlet: "bbc"\ntags: floods\n---\n{EN_BODY}'
    article = read_article(write(tmp_path, "a.md", source))
    assert article.outlet == "bbc"
    assert article.text == EN_BODY


@pytest.mark.parametrize(
    ("lang", "title", "body"),
    [("ar", AR_TITLE, AR_BODY), ("en", EN_TITLE, EN_BODY)],
)
def test_text_without_header_detects_language_and_title(tmp_path, lang, title, body):
    """Without a header the language is detected, the first short line is the title."""
    text = f"{title}\n\n{body}"
    article = read_article(write(tmp_path, "a.txt", f"\n\n{text}\n"))
    assert article.language == lang
    assert article.title == title
    assert article.outlet == "unknown"
    assert article.outlet_name is None
    assert article.published is None
    assert article.text == text


def test_seed_file_is_arabic_with_first_line_title():
    """The seed article reads as Arabic, titled by its first line, text unchanged."""
    raw = SEED.read_text(encoding="utf-8")
    article = read_article(SEED, outlet="seed")
    assert article.language == "ar"
    assert article.title == raw.splitlines()[0].strip()
    assert article.outlet == "seed"
    assert article.text == raw.strip()


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_become_newlines_and_nothing_else_changes(tmp_path, newline):
    """CRLF/CR become LF; spacing, NBSP, tatweel and presentation forms are kept as is."""
    lines = ["Title  here", "", "Two  spaces,\u00a0NBSP, ﻻ and تـــم stay.", "  Indented line."]
    article = read_article(write(tmp_path, "a.txt", newline.join(lines) + newline))
    assert article.text == "\n".join(lines)


def test_arguments_fill_what_the_header_leaves_out():
    """Header values win; keyword arguments fill only the fields the header omits."""
    article = article_from_text(
        f"---\noutlet: bbc\n---\n{EN_TITLE}\n\n{EN_BODY}",
        outlet="ignored",
        language="en",
        url="https://u.example/1",
        title="Given title",
        published="2025-01-02",
    )
    assert (article.outlet, article.url, article.title) == (
        "bbc",
        "https://u.example/1",
        "Given title",
    )
    assert article.published == date(2025, 1, 2)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("published: 05/09/2025", "YYYY-MM-DD"),
        ("published: 2025-02-30", "YYYY-MM-DD"),
        ("language: fr", "language must be one of ar, en"),
    ],
)
def test_invalid_header_value_is_an_input_error(tmp_path, header, message):
    """A bad date or language in the header raises InputError naming the file."""
    path = write(tmp_path, "bad.md", f"---\n{header}\n---\n{EN_BODY}")
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    "source",
    ["---\nThis is a sentence, not a header.\n---\nBody text.", "---\noutlet: bbc\nno closing"],
    ids=["not-key-value", "unclosed"],
)
def test_dashes_that_are_not_a_header_stay_in_the_text(source):
    """A leading --- without key: value lines and a closing --- is ordinary text."""
    article = article_from_text(source)
    assert article.text == source
    assert article.outlet == "unknown"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Floods in the valley\n\nBody text here.", "Floods in the valley"),
        ("x" * 200 + "\n\nBody text here.", None),
        ("Only one line of text, so there is no title.", None),
    ],
    ids=["markdown-heading", "too-long", "single-line"],
)
def test_title_guess_rules(text, title):
    """The first line is a title only if short and followed by more text; '#' is dropped."""
    assert article_from_text(text).title == title


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (AR_BODY, "ar"),
        (EN_BODY, "en"),
        ("أفادت وكالة الأنباء KCNA أن كيم جونغ أون التقى Xi Jinping", "ar"),
        ("The word سلام means peace in Arabic and is used widely", "en"),
        ("120 — 40 (2025)", "en"),
    ],
    ids=["arabic", "english", "arabic-with-latin-names", "english-with-arabic-word", "no-letters"],
)
def test_detect_language(text, lang):
    """The share of Arabic-script letters among letters decides ar vs en."""
    assert detect_language(text) == lang


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "text", "lang"),
    [
        (b"\xef\xbb\xbf" + AR_BODY.encode("utf-8"), AR_BODY, "ar"),
        (AR_BODY.encode("utf-16"), AR_BODY, "ar"),
        (b"\xfe\xff" + EN_BODY.encode("utf-16-be"), EN_BODY, "en"),
        (AR_BODY.encode("cp1256"), AR_BODY, "ar"),
        (AR_8859_6.encode("iso8859_6"), AR_8859_6, "ar"),
        (EN_LATIN.encode("latin-1"), EN_LATIN, "en"),
        ((EN_LATIN + " “Quoted” — €5.").encode("cp1252"), EN_LATIN + " “Quoted” — €5.", "en"),
    ],
    ids=[
        "utf8-bom",
        "utf16-bom",
        "utf16-be-bom",
        "windows-1256",
        "iso-8859-6",
        "latin-1",
        "cp1252",
    ],
)
def test_encodings_decode_exactly(tmp_path, data, text, lang):
    """BOM-marked Unicode and confident Arabic/Latin legacy encodings decode exactly."""
    article = read_article(write(tmp_path, "a.txt", data))
    assert article.text == text
    assert article.language == lang


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bytes((0x80 + i * 37) % 128 + 128 for i in range(400)), "no confident legacy encoding"),
        (AR_BODY.encode("utf-8")[:-3] + b"\xff" + AR_BODY.encode("utf-8"), "looks like UTF-8"),
        ("It’s".encode() + " a café".encode("latin-1"), "no confident legacy encoding"),
        (AR_BODY.encode("utf-8") + AR_BODY.encode("cp1256"), "no confident legacy encoding"),
    ],
    ids=["random-high-bytes", "damaged-utf8", "utf8-mixed-with-latin1", "utf8-mixed-with-cp1256"],
)
def test_undecodable_bytes_are_refused(tmp_path, data, message):
    """Bytes with no confident encoding raise a clear InputError, never mojibake."""
    path = write(tmp_path, "garbage.txt", data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "cannot decode" in str(info.value)
    assert message in str(info.value)


def test_latin_text_is_not_read_as_arabic():
    """Latin-1 French/English bytes are never accepted as windows-1256 Arabic."""
    data = "The naïve café served 12 people.".encode("latin-1")
    assert decode_bytes(data, where="x") == "The naïve café served 12 people."


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), ""),
        (bytes([1, 2, 3, 4, 5, 6, 0x1F, 0x7F]) * 50 + b"text", ""),
        (AR_BODY.encode("utf-16-le"), "UTF-16 text needs a byte-order mark"),
    ],
    ids=["png", "control-chars", "utf16-without-bom"],
)
def test_binary_file_is_refused(tmp_path, data, hint):
    """NUL bytes or many control characters mean a binary file, not an article."""
    path = write(tmp_path, "image.txt", data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "binary file, not an article" in str(info.value)
    assert hint in str(info.value)


@pytest.mark.parametrize(
    "data",
    [b"", b"  \n\t\r\n \n", b"\xef\xbb\xbf\n", b"---\noutlet: bbc\n---\n\n"],
    ids=["empty", "whitespace", "bom-only", "header-only"],
)
def test_empty_file_is_refused(tmp_path, data):
    """Files with no text (after any BOM or header) raise InputError('empty file')."""
    path = write(tmp_path, "empty.md", data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "empty file" in str(info.value)


def page_declaring(charset: str, body: str) -> str:
    """A minimal HTML page declaring ``charset`` around ``body``."""
    return f'<html><head><meta charset="{charset}"></head><body><p>{body}</p></body></html>'


@pytest.mark.parametrize("body", [AR_8859_6, "كلمة"], ids=["sentence", "one-word"])
def test_declared_html_charset_is_honoured(body):
    """A meta charset decides between legacy encodings (one word alone would be ambiguous)."""
    html = page_declaring("iso-8859-6", body)
    assert decode_bytes(html.encode("iso8859_6"), where="x") == html


@pytest.mark.parametrize(
    ("charset", "body", "actual"),
    [
        ("iso-8859-1", AR_BODY, "cp1256"),
        ("iso-8859-6", EN_LATIN, "latin-1"),
        ("windows-1256", EN_LATIN, "latin-1"),
    ],
    ids=["arabic-declared-latin1", "latin1-declared-iso-8859-6", "latin1-declared-cp1256"],
)
def test_wrong_declaration_does_not_produce_mojibake(charset, body, actual):
    """A declaration that decodes into the wrong script is overruled by detection."""
    html = page_declaring(charset, body)
    assert decode_bytes(html.encode(actual), where="x") == html


@pytest.mark.parametrize(
    "data",
    [
        page_declaring("iso-8859-1", "It’s").encode() + " a café".encode("latin-1"),
        page_declaring("iso-8859-1", EN_LATIN).encode("latin-1") + b" \x81\x8d",
    ],
    ids=["utf8-mixed-with-latin1", "c1-control-bytes"],
)
def test_latin1_declaration_refused_when_it_would_give_mojibake(data):
    """A latin-1 declaration is not honoured over UTF-8 fragments or C1 control bytes."""
    with pytest.raises(InputError) as info:
        decode_bytes(data, where="page.html")
    assert "page.html" in str(info.value)
    assert "cannot decode" in str(info.value)


def heavy_page(charset: str, body: str) -> str:
    """A page whose markup, script and English menu far outweigh its short ``body``."""
    script = "<script>window.dataLayer = window.dataLayer || []; gtag('js');</script>" * 20
    menu = '<li class="menu-item"><a href="/category/section">Home</a></li>' * 30
    return (
        f'<html><head><meta charset="{charset}">{script}</head>'
        f"<body><ul>{menu}</ul><p>{body}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("body", "actual", "declared"),
    [
        ("قال", "iso8859_6", "iso-8859-6"),
        ("قال", "iso8859_6", "none"),
        ("قال", "cp1256", "iso-8859-1"),
        ("قالت وزارة الصحة إن 120 شخصا لقوا حتفهم", "iso8859_6", "iso-8859-1"),
        ("The naïve café", "latin-1", "iso-8859-6"),
        ("The naïve café", "latin-1", "windows-1256"),
    ],
    ids=[
        "iso-8859-6-declared",
        "iso-8859-6-undeclared",
        "cp1256-declared-latin1",
        "iso-8859-6-declared-latin1",
        "latin1-declared-iso-8859-6",
        "latin1-declared-cp1256",
    ],
)
def test_markup_heavy_pages_decode_by_their_visible_text(body, actual, declared):
    """Tags, scripts and ASCII menus do not sway the check of a short legacy-encoded text."""
    html = heavy_page(declared, body)
    assert decode_bytes(html.encode(actual), where="x") == html


@pytest.mark.parametrize("declared", [True, False], ids=["declared", "undeclared"])
def test_short_iso_8859_6_is_not_read_as_windows_1256(declared):
    """Short ISO-8859-6 text, which windows-1256 turns into Arabic-looking garbage, decodes."""
    text = "غادر الملك لندن"
    data = page_declaring("iso-8859-6", text) if declared else text
    assert decode_bytes(data.encode("iso8859_6"), where="x") == data


def test_utf8_mixed_with_cp1256_is_refused_even_when_declared():
    """UTF-8 Arabic read as windows-1256 (ط/ظ everywhere) is refused, not returned."""
    data = page_declaring("windows-1256", AR_BODY + AR_BODY).encode("utf-8")
    data = data.replace(AR_BODY.encode("utf-8"), AR_BODY.encode("cp1256"), 1)
    with pytest.raises(InputError) as info:
        decode_bytes(data, where="mixed.html")
    assert "mixed.html" in str(info.value)
    assert "cannot decode" in str(info.value)


# --------------------------------------------------------------------------- paths and OS errors


def test_missing_path_is_an_input_error(tmp_path):
    """A path that does not exist raises InputError with the path in the message."""
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "no such file or directory" in str(info.value)


def test_directory_given_to_read_article_is_an_input_error(tmp_path):
    """read_article refuses a directory (read_articles is the one that expands folders)."""
    with pytest.raises(InputError) as info:
        read_article(tmp_path)
    assert str(tmp_path) in str(info.value)
    assert "directory" in str(info.value)


def test_other_os_error_is_wrapped_with_reason(tmp_path):
    """An OSError such as 'Not a directory' becomes an InputError with the OS reason."""
    path = write(tmp_path, "file.txt", "x") / "child.txt"
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "not a directory" in str(info.value).lower()


def make_tree(root: Path) -> None:
    """A folder mixing article files, hidden files, a README and other suffixes."""
    for name in [
        "b.html",
        "a.txt",
        "C.MD",
        "sub/z.markdown",
        "sub/deeper/y.htm",
        "README.md",
        ".hidden.txt",
        ".git/config.txt",
        "notes.json",
        "image.png",
    ]:
        write(root, name, "x")


def test_folder_expansion_is_sorted_recursive_and_filtered(tmp_path):
    """Folders expand recursively to article suffixes, sorted, skipping hidden and README."""
    make_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert found == ["C.MD", "a.txt", "b.html", "sub/deeper/y.htm", "sub/z.markdown"]


def test_explicit_files_are_kept_in_order_and_listed_once(tmp_path):
    """A file named explicitly is kept whatever its suffix; duplicates are dropped."""
    make_tree(tmp_path)
    json_file, txt = tmp_path / "notes.json", tmp_path / "a.txt"
    found = iter_article_paths([json_file, str(txt), tmp_path / "sub", txt])
    assert found == [json_file, txt, tmp_path / "sub/deeper/y.htm", tmp_path / "sub/z.markdown"]


def test_iter_article_paths_missing_path(tmp_path):
    """A missing path among the inputs raises InputError naming it."""
    missing = tmp_path / "missing"
    with pytest.raises(InputError) as info:
        iter_article_paths([missing])
    assert str(missing) in str(info.value)


@pytest.mark.parametrize(
    "names",
    [[], ["README.md", ".hidden.txt", "data.json", ".cache/a.txt"]],
    ids=["empty-folder", "only-non-articles"],
)
def test_folder_without_articles_raises_no_articles(tmp_path, names):
    """A folder holding no article files raises NoArticlesError naming the folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in names:
        write(folder, name, "x")
    with pytest.raises(NoArticlesError) as info:
        iter_article_paths([folder])
    assert str(folder) in str(info.value)
    assert "no article files (.txt, .md, .html) found" in str(info.value)


def test_read_articles_reads_everything_in_order(tmp_path):
    """read_articles returns one Article per file, in path order, with arguments applied."""
    write(tmp_path, "2.txt", f"{EN_TITLE}\n\n{EN_BODY}")
    write(tmp_path, "1.md", f"---\noutlet: alwadi\n---\n{AR_BODY}")
    articles = read_articles([tmp_path], outlet="fallback")
    assert [(a.outlet, a.language) for a in articles] == [("alwadi", "ar"), ("fallback", "en")]


def test_read_articles_first_error_raises(tmp_path):
    """One unreadable file makes read_articles raise, naming that file."""
    write(tmp_path, "a.txt", EN_BODY)
    bad = write(tmp_path, "b.txt", b"\x00\x01binary")
    with pytest.raises(InputError) as info:
        read_articles([tmp_path])
    assert str(bad) in str(info.value)


def test_bytes_and_text_entry_points_agree(tmp_path):
    """stdin bytes, a str and a file with the same content give the same article."""
    source = f"---\noutlet: bbc\n---\r\n{EN_TITLE}\r\n\r\n{EN_BODY}"
    from_file = read_article(write(tmp_path, "a.txt", source))
    from_bytes = article_from_bytes(source.encode("utf-8"))
    from_text = article_from_text(source)
    assert from_file.id == from_bytes.id == from_text.id
    assert from_bytes.model_dump(exclude={"path"}) == from_file.model_dump(exclude={"path"})
    assert from_bytes.path is None


def test_stdin_errors_name_stdin():
    """Errors from stdin input say <stdin> where a path would be."""
    with pytest.raises(InputError) as info:
        article_from_bytes(b"   \n")
    assert "<stdin>" in str(info.value)


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="{lang}"{dir}>
<head>
<meta {charset}>
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{title}",
 "datePublished": "2025-09-05T08:30:00+03:00",
 "mainEntityOfPage": {{"@id": "https://{host}/news/2025/09/05/floods"}},
 "publisher": {{"@type": "Organization", "name": "{site}"}}}}
</script>
</head>
<body>
<header><div class="logo">{site}</div><nav><ul>
<li><a href="/">{home}</a></li><li><a href="/world">{world}</a></li>
<li><a href="/sport">{sport}</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<div class="read-more"><h3>{more}</h3><ul>
<li><a href="/a">{more}: {link1}</a></li><li><a href="/b">{more}: {link2}</a></li>
</ul></div>
<p><strong>{more}:</strong> <a href="/c">{link1}</a></p>
</article></main>
<section id="comments" class="comments"><h3>{comments}</h3>
<div class="comment"><p>{comment}</p></div>
<form><textarea name="comment">{leave}</textarea><button>{post}</button></form>
</section>
<footer><p>© 2025 {site}. {rights}</p></footer>
</body>
</html>
"""

EN_PAGE = dict(
    lang="en",
    dir="",
    charset='charset="utf-8"',
    title=EN_TITLE,
    site="Daily Courier",
    host="courier.example",
    home="Home",
    world="World",
    sport="Sport",
    p1="At least 120 people have died after days of heavy rain flooded the river valley, "
    "the regional health ministry said on Friday.",
    p2="Rescue teams were still searching for about 40 people reported missing, officials "
    "told reporters at a briefing in the provincial capital.",
    p3='"The water rose by more than two metres in less than three hours," said the governor.',
    more="Read more",
    link1="Dams under pressure across the region",
    link2="How climate change fuels extreme rain",
    comments="Comments",
    comment="User123: This is terrible news, my thoughts are with the families.",
    leave="Leave a comment",
    post="Post comment",
    rights="All rights reserved.",
)
AR_PAGE = dict(
    lang="ar",
    dir=' dir="rtl"',
    charset='http-equiv="Content-Type" content="text/html; charset=windows-1256"',
    title=AR_TITLE,
    site="صحيفة الوادي",
    host="alwadi.example",
    home="الرئيسية",
    world="العالم",
    sport="رياضة",
    p1="قالت وزارة الصحة يوم الجمعة إن 120 شخصاً على الأقل لقوا حتفهم جراء الفيضانات "
    "التي ضربت الوادي بعد أيام من الأمطار الغزيرة.",
    p2="وأضافت الوزارة في بيان أن فرق الإنقاذ ما زالت تبحث عن نحو 40 مفقوداً في المنطقة، "
    "فيما أعلن المحافظ حالة الطوارئ.",
    p3="وقال المحافظ: «ارتفع منسوب المياه بأكثر من مترين خلال أقل من ثلاث ساعات».",
    more="اقرأ أيضاً",
    link1="السدود تحت الضغط في المنطقة",
    link2="كيف يغذي تغير المناخ الأمطار الغزيرة",
    comments="التعليقات",
    comment="أحمد: خبر محزن، رحم الله الضحايا وألهم ذويهم الصبر.",
    leave="أضف تعليقك",
    post="إرسال",
    rights="جميع الحقوق محفوظة.",
)


@pytest.mark.parametrize(
    ("fields", "encoding"), [(EN_PAGE, "utf-8"), (AR_PAGE, "cp1256")], ids=["en", "ar-cp1256"]
)
def test_html_page_main_text_and_metadata(tmp_path, fields, encoding):
    """trafilatura keeps the story, drops menus/read-more/comments, metadata is read."""
    path = write(tmp_path, "page.html", PAGE.format(**fields).encode(encoding))
    article = read_article(path, outlet="wire")
    for paragraph in ("p1", "p2", "p3"):
        assert fields[paragraph] in article.text
    for boilerplate in ("home", "sport", "more", "link1", "link2", "comment", "leave", "rights"):
        assert fields[boilerplate] not in article.text, boilerplate
    assert article.title == fields["title"]
    assert article.published == date(2025, 9, 5)
    assert article.url == f"https://{fields['host']}/news/2025/09/05/floods"
    assert article.outlet_name == fields["site"]
    assert article.outlet == "wire"
    assert article.language == fields["lang"]
    assert "\r" not in article.text


def test_html_is_sniffed_from_content(tmp_path):
    """A .txt file (or stdin) that starts like an HTML page is read as HTML."""
    page = PAGE.format(**EN_PAGE)
    from_file = read_article(write(tmp_path, "saved-page.txt", page))
    from_stdin = article_from_bytes(page.encode("utf-8"))
    assert EN_PAGE["p1"] in from_file.text
    assert "<p>" not in from_file.text
    assert from_stdin.text == from_file.text


def test_html_metadata_falls_back_to_meta_tags(tmp_path):
    """Without JSON-LD, og:/article: meta tags and the canonical link give the metadata."""
    page = (
        "<html><head><title>Ignored</title>"
        f'<meta property="og:title" content="{EN_TITLE}">'
        '<meta property="og:site_name" content="Daily Courier">'
        '<meta property="article:published_time" content="2025-09-04">'
        '<link rel="canonical" href="https://courier.example/floods"></head>'
        f"<body><article><p>{EN_PAGE['p1']}</p><p>{EN_PAGE['p2']}</p></article></body></html>"
    )
    article = read_article(write(tmp_path, "p.htm", page))
    assert article.title == EN_TITLE
    assert article.published == date(2025, 9, 4)
    assert article.url == "https://courier.example/floods"
    assert article.outlet_name == "Daily Courier"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div class='menu'><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/w'>World</a></li></ul></div><div id='comments'><h3>Comments</h3>"
        "<p>Great!</p><form><textarea>Leave a comment</textarea></form></div></body></html>",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><body><div id='root'></div><script>var x = 'hello world';</script></body></html>",
        "<!doctype html><html><body><nav><a href='/'>الرئيسية</a> <a href='/a'>أخبار</a></nav>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>",
    ],
    ids=["menu-and-comments", "empty-body", "script-only", "arabic-nav-footer"],
)
def test_html_without_article_text_is_refused(tmp_path, page):
    """A page with only furniture raises InputError('no article text found in HTML page')."""
    path = write(tmp_path, "page.html", page)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "no article text found in HTML page" in str(info.value)
