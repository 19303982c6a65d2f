"""Pages, feeds and HTTP exchanges written for the web-ingest tests, and the cassettes made of them.

Everything here is invented: the outlets (The Cedar Courier, صحيفة الساحل, The Gull
Gazette) live on reserved ``.example`` domains, and the articles retell the bundled
corpus's story (``sources/corpus``) in new words. Nothing was recorded from a
real site: claimcheck cannot reach the web from here, so the cassettes under
``cassettes/`` are generated from these definitions.

    python tests/web_pages.py     # rewrite cassettes/*.yaml from this file

``tests/test_web.py`` checks that the committed cassettes are what this file makes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

CEDAR = "https://www.cedar-courier.example"
SAHIL = "https://www.sahil-daily.example"
GULL = "https://www.gull-gazette.example"

CEDAR_FEED = f"{CEDAR}/rss/world.xml"
SAHIL_FEED = f"{SAHIL}/atom/world.xml"
GULL_FEED = f"{GULL}/feeds/latest.xml"

#: Outlet registry entries for the fictional outlets, as a user would add them.
OUTLET_TOML = {
    "cedar-courier": f"""
[[outlet]]
id = "cedar-courier"
name = "The Cedar Courier"
language = "en"
homepage = "{CEDAR}/"
feeds = ["{CEDAR_FEED}"]
notes = "Fictional English-language daily, written for the web-ingest tests."
""",
    "sahil-daily": f"""
[[outlet]]
id = "sahil-daily"
name = "صحيفة الساحل"
language = "ar"
homepage = "{SAHIL}/"
feeds = ["{SAHIL_FEED}"]
notes = "Fictional Arabic-language daily, written for the web-ingest tests."
""",
    "gull-gazette": f"""
[[outlet]]
id = "gull-gazette"
name = "The Gull Gazette"
language = "en"
homepage = "{GULL}/"
feeds = ["{GULL_FEED}"]
notes = "Fictional English-language site whose links fail in every way the tests need."
""",
}
OUTLETS_TOML = "".join(OUTLET_TOML.values())

# --------------------------------------------------------------------------- article text

EN_PARADE_TITLE = "Xi hosts Putin and Kim as troops parade through Tiananmen"
EN_PARADE = [
    "BEIJING – Chinese President Xi Jinping watched from the Tiananmen rostrum on Wednesday "
    "alongside Russia’s Vladimir Putin and North Korea’s Kim Jong Un as more than 10,000 troops "
    "paraded through central Beijing to mark 80 years since the end of the Second World War.",
    "The two guests were among 26 foreign heads of state and government at the ceremony, "
    "China’s foreign ministry said. Most of them came from countries outside the Western "
    "alliance.",
    "The parade lasted about 90 minutes, and around 100 aircraft flew over the square while "
    "tanks, drones and missiles rolled along Chang’an Avenue.",
    "Putin and Kim later held talks at the Diaoyutai state guesthouse that lasted about two and "
    "a half hours, according to Russian state media. Xi did not join them.",
    "Kim travelled to Beijing on his armoured train with his daughter. It is his first visit to "
    "China in six years.",
]
EN_TALKS_TITLE = "Kim tells Xi the friendship will not change"
EN_TALKS = [
    "BEIJING – North Korean leader Kim Jong Un told Chinese President Xi Jinping on Thursday that "
    "the friendship between the two countries would not change whatever happened in the world, "
    "the state news agency KCNA reported.",
    "Xi said Beijing was ready to defend and develop its ties with Pyongyang, calling the two "
    "countries good neighbours, friends and comrades, according to KCNA.",
    "The meeting came a day after the military parade that drew 26 foreign heads of state and "
    "government to Beijing. Kim left the Chinese capital after the talks, ending his first trip "
    "abroad since he visited Russia in 2023.",
]
EN_GULL = [
    [
        "Seoul’s intelligence service estimates that North Korea has sent about 15,000 troops to "
        "Russia since October 2024, lawmakers said after a briefing on Friday.",
        "The agency also told the committee that Pyongyang was preparing to send about 6,000 "
        "more soldiers, including engineers, to the Kursk region.",
    ],
    [
        "Putin and Kim spent about two and a half hours in talks at the Diaoyutai guesthouse "
        "after the Beijing parade, Russian state television reported on Wednesday evening.",
        "Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov joined the first "
        "part of the meeting before the two leaders spoke one-on-one.",
    ],
    [
        "More than 50,000 spectators watched the Beijing parade from the stands on Wednesday, "
        "and 80,000 doves were released as the ceremony ended.",
        "Some 45 formations marched past the rostrum during the parade, which lasted about 70 "
        "minutes according to state television.",
    ],
    [
        "Kim Jong Un arrived in Beijing on Tuesday afternoon aboard his armoured train, the "
        "state news agency KCNA said, for his first visit to China in six years.",
        "He was accompanied by his daughter and by Foreign Minister Choe Son Hui, the agency "
        "added in a short dispatch on Wednesday.",
    ],
]

AR_PARADE_TITLE = "بكين تحتفل بالذكرى الثمانين لنهاية الحرب بعرض عسكري ضخم"
AR_PARADE = [
    "بكين – شهدت ساحة تيانانمن يوم الأربعاء عرضاً عسكرياً ضخماً في الذكرى الثمانين لنهاية "
    "الحرب العالمية الثانية، بحضور ٢٦ رئيس دولة وحكومة، في مقدمتهم الرئيس الروسي فلاديمير "
    "بوتين وزعيم كوريا الشمالية كيم جونغ أون إلى جانب الرئيس الصيني شي جين بينغ.",
    "وشارك في العرض أكثر من ١٠ آلاف جندي، فيما حلّقت نحو ١٠٠ طائرة فوق الساحة، واستمر العرض "
    "نحو ٩٠ دقيقة.",
    "وبعد العرض، عقد بوتين وكيم محادثات استمرت نحو ساعتين ونصف، بحسب وسائل إعلام روسية "
    "رسمية، ولم يشارك فيها الرئيس الصيني.",
]
#: Arabic that windows-1256 and ISO-8859-6 can both encode (no «», Western digits).
AR_LEGACY_TITLE = "سيول: بيونغ يانغ أرسلت نحو 15 ألف جندي إلى روسيا"
AR_LEGACY = [
    "قالت الاستخبارات الكورية الجنوبية إن كوريا الشمالية أرسلت نحو 15 ألف جندي إلى روسيا منذ "
    "شهر أكتوبر 2024، وإنها تستعد لإرسال نحو 6 آلاف جندي آخرين إلى منطقة كورسك.",
    "وأضافت الاستخبارات في إحاطة أمام لجنة برلمانية أن الجنود الذين أرسلتهم بيونغ يانغ شاركوا "
    "في القتال إلى جانب القوات الروسية، وأن عدداً منهم قتل أو أصيب خلال الأشهر الماضية.",
    "ولم تعلق وزارة الخارجية في بيونغ يانغ على هذه الأرقام حتى مساء الجمعة، فيما قال الكرملين "
    "إنه لا يعلق على تقارير الاستخبارات الأجنبية.",
]
AR_ISO_TITLE = "الكرملين يقول إن أحدا لم يكن يتآمر ضد الولايات المتحدة"
AR_ISO = [
    "قال يوري أوشاكوف مساعد الرئيس الروسي للشؤون الخارجية إن أحدا لم يكن يتآمر ضد الولايات "
    "المتحدة خلال لقاء القادة الثلاثة في بكين، وإن فكرة كهذه لم تخطر ببال أي منهم.",
    "وأضاف أوشاكوف في حديث إلى التلفزيون الرسمي أنه يظن أن الرئيس الأمريكي كان يتحدث بنبرة "
    "ساخرة حين كتب منشوره، وأن موسكو لا ترى فيه ما يستدعي الرد.",
]

# --------------------------------------------------------------------------- HTML pages


def page(
    *,
    title: str,
    paragraphs: list[str],
    lang: str = "en",
    site: str,
    canonical: str | None = None,
    published: str | None = None,
    charset: str | None = "utf-8",
    json_ld: bool = True,
) -> str:
    """A news page with the usual furniture around the article: menu, cookie banner,
    "read also" box, comments and footer (which must all stay out of the article text)."""
    rtl = ' dir="rtl"' if lang == "ar" else ""
    head = [f'<meta charset="{charset}">'] if charset else []
    head.append(f"<title>{title} | {site}</title>")
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    head.append(f'<meta property="og:site_name" content="{site}">')
    if json_ld:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{published}T08:00:00+00:00" if published else None,
            "author": {"@type": "Person", "name": "Staff correspondent"},
            "publisher": {"@type": "Organization", "name": site},
        }
        if canonical and canonical.startswith("http"):
            ld["mainEntityOfPage"] = {"@type": "WebPage", "@id": canonical}
        ld = {k: v for k, v in ld.items() if v is not None}
        head.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
    if lang == "ar":
        menu = ["الرئيسية", "سياسة", "اقتصاد", "رياضة"]
        cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق"
        also = "اقرأ أيضاً: أسعار النفط تتراجع في الأسواق الآسيوية"
        comments = "التعليقات: كن أول من يعلق على هذا الخبر"
        footer = "جميع الحقوق محفوظة"
    else:
        menu = ["Home", "World", "Business", "Sport"]
        cookie = "We use cookies to improve your experience. Accept cookies"
        also = "Read more: Oil prices slip in Asian trading"
        comments = "Comments: be the first to comment on this story"
        footer = "All rights reserved"
    items = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(menu))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"{rtl}>\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
        f'<header><nav class="main-menu"><ul>{items}</ul></nav></header>\n'
        f'<div class="cookie-consent"><p>{cookie}</p></div>\n'
        "<main>\n<article>\n"
        f"<h1>{title}</h1>\n"
        + (f'<time datetime="{published}">{published}</time>\n' if published else "")
        + f"{body}\n"
        f'<aside class="read-also"><p>{also}</p></aside>\n'
        "</article>\n</main>\n"
        f'<section id="comments"><h2>{comments}</h2></section>\n'
        f"<footer><p>{footer} 2025 {site}</p></footer>\n"
        "</body>\n</html>\n"
    )


EN_PARADE_URL = f"{CEDAR}/world/2025/09/04/parade-leaders"
EN_TALKS_URL = f"{CEDAR}/world/2025/09/05/kim-xi-talks"
AR_PARADE_URL = f"{SAHIL}/world/2025/09/03/beijing-parade"
AR_LEGACY_URL = f"{SAHIL}/world/2025/09/05/troops-russia"
AR_WRONG_HEADER_URL = f"{SAHIL}/world/2025/09/05/troops-russia-mislabelled"
AR_ISO_URL = f"{SAHIL}/world/2025/09/04/kremlin-conspiring"

EN_PARADE_HTML = page(
    title=EN_PARADE_TITLE,
    paragraphs=EN_PARADE,
    site="The Cedar Courier",
    canonical=EN_PARADE_URL,
    published="2025-09-04",
)
EN_TALKS_HTML = page(
    title=EN_TALKS_TITLE,
    paragraphs=EN_TALKS,
    site="The Cedar Courier",
    canonical=EN_TALKS_URL,
    published="2025-09-05",
)
#: A relative canonical link, resolved against the URL the page came from.
AR_PARADE_HTML = page(
    title=AR_PARADE_TITLE,
    paragraphs=AR_PARADE,
    lang="ar",
    site="صحيفة الساحل",
    canonical="/world/2025/09/03/beijing-parade",
    published="2025-09-03",
)
#: windows-1256 with no charset anywhere: not in the header, not in a <meta>.
AR_LEGACY_HTML = page(
    title=AR_LEGACY_TITLE,
    paragraphs=AR_LEGACY,
    lang="ar",
    site="Sahil Daily",
    published="2025-09-05",
    charset=None,
    json_ld=False,
)
AR_ISO_HTML = page(
    title=AR_ISO_TITLE,
    paragraphs=AR_ISO,
    lang="ar",
    site="Sahil Daily",
    published="2025-09-04",
    charset=None,
    json_ld=False,
)
GULL_URLS = [f"{GULL}/news/2025/09/{slug}" for slug in ("troops", "talks", "parade", "arrival")]
GULL_HTML = [
    page(
        title=f"Gull Gazette story {i + 1}",
        paragraphs=paragraphs,
        site="The Gull Gazette",
        canonical=url,
        published="2025-09-05",
    )
    for i, (url, paragraphs) in enumerate(zip(GULL_URLS, EN_GULL, strict=True))
]
#: A page with furniture and no article.
EMPTY_HTML = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Gallery</title></head>\n'
    '<body><nav class="main-menu"><a href="/">Home</a></nav>\n'
    '<div class="cookie-consent"><p>Accept cookies</p></div>\n'
    "<footer><p>All rights reserved</p></footer></body></html>\n"
)
#: Over the 16 KiB cap the tests set (the real default is 5 MiB).
OVERSIZED_HTML = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Live blog</title>'
    "</head><body><article>\n"
    + "".join(
        f"<p>Update {i}: the parade continues along Chang’an Avenue.</p>\n" for i in range(400)
    )
    + "</article></body></html>\n"
)
PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"

# --------------------------------------------------------------------------- feeds

RSS_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>The Cedar Courier: World</title>
<link>{CEDAR}/world/</link>
<description>World news from The Cedar Courier</description>
<item>
<title>{EN_PARADE_TITLE}</title>
<link>/world/2025/09/04/parade-leaders</link>
<guid isPermaLink="false">cedar-courier-2025-0904-01</guid>
<pubDate>Thu, 04 Sep 2025 08:00:00 +0000</pubDate>
<description>Putin and Kim join Xi to watch the parade.</description>
</item>
<item>
<title>{EN_PARADE_TITLE}</title>
<link>{EN_PARADE_URL}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">cedar-courier-2025-0904-01-syndicated</guid>
<pubDate>Thu, 04 Sep 2025 08:00:00 +0000</pubDate>
</item>
<item>
<title>{EN_TALKS_TITLE}</title>
<link>{EN_TALKS_URL}</link>
<guid isPermaLink="true">{EN_TALKS_URL}</guid>
<pubDate>Fri, 05 Sep 2025 07:30:00 +0000</pubDate>
</item>
<item>
<title>Podcast: the week in Asia</title>
<description>An item with no link is skipped.</description>
</item>
</channel>
</rss>
"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
<title>صحيفة الساحل: العالم</title>
<id>{SAHIL}/atom/world.xml</id>
<updated>2025-09-05T10:00:00Z</updated>
<link rel="self" href="{SAHIL_FEED}"/>
<entry>
<title>{AR_PARADE_TITLE}</title>
<id>tag:sahil-daily.example,2025:beijing-parade</id>
<link rel="alternate" type="text/html" href="{AR_PARADE_URL}"/>
<published>2025-09-03T09:00:00Z</published>
<updated>2025-09-03T09:00:00Z</updated>
</entry>
<entry>
<title>{AR_LEGACY_TITLE}</title>
<id>tag:sahil-daily.example,2025:troops-russia</id>
<link rel="alternate" type="text/html" href="{AR_LEGACY_URL}#comments"/>
<updated>2025-09-05T10:00:00Z</updated>
</entry>
</feed>
"""

GULL_FEED_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>The Gull Gazette</title>
<link>{GULL}/</link>
<description>Latest</description>
{
    "".join(
        f"<item><title>{name}</title><link>{GULL}{path}</link></item>"
        for name, path in [
            ("Troops", "/news/2025/09/troops"),
            ("Missing", "/news/2025/09/missing"),
            ("Chart", "/files/parade-route.pdf"),
            ("Live blog", "/news/2025/09/live-blog"),
            ("Talks", "/news/2025/09/busy"),
            ("Parade", "/news/2025/09/flaky"),
            ("Arrival", "/news/2025/09/moved"),
            ("Gallery", "/news/2025/09/gallery"),
        ]
    )
}
</channel>
</rss>
"""

# --------------------------------------------------------------------------- exchanges

HTML_UTF8 = "text/html; charset=utf-8"
REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def exchange(
    url: str,
    status: int = 200,
    body: str | bytes = "",
    content_type: str | None = HTML_UTF8,
    **headers: str,
) -> dict[str, Any]:
    """One recorded request and its response, in VCR.py's cassette format."""
    response_headers: dict[str, list[str]] = {}
    if content_type:
        response_headers["Content-Type"] = [content_type]
    for name, value in headers.items():
        response_headers[name.replace("_", "-")] = [value]
    return {
        "request": {"method": "GET", "uri": url, "body": None, "headers": {}},
        "response": {
            "status": {"code": status, "message": REASONS[status]},
            "headers": response_headers,
            "body": {"string": body},
        },
    }


def feed_exchange(url: str, xml: str, content_type: str, **headers: str) -> dict[str, Any]:
    """A feed answered with validators for the next conditional request."""
    return exchange(url, 200, xml, content_type, **headers)


CEDAR_ETAG = '"cedar-world-1"'
CEDAR_MODIFIED = "Fri, 05 Sep 2025 07:30:00 GMT"
SAHIL_ETAG = 'W/"sahil-world-7"'
GULL_ETAG = '"gull-latest-3"'


def _cedar_feed() -> dict[str, Any]:
    return feed_exchange(
        CEDAR_FEED,
        RSS_FEED,
        "application/rss+xml; charset=utf-8",
        ETag=CEDAR_ETAG,
        Last_Modified=CEDAR_MODIFIED,
    )


def _sahil_feed() -> dict[str, Any]:
    return feed_exchange(SAHIL_FEED, ATOM_FEED, "application/atom+xml", ETag=SAHIL_ETAG)


def cassettes() -> dict[str, list[dict[str, Any]]]:
    """Every cassette, by file name (without ``.yaml``), as lists of exchanges."""
    return {
        "page_en": [exchange(EN_PARADE_URL, 200, EN_PARADE_HTML)],
        "page_ar": [exchange(AR_PARADE_URL, 200, AR_PARADE_HTML)],
        "page_legacy_arabic": [
            # windows-1256, no charset in the header or the page
            exchange(AR_LEGACY_URL, 200, AR_LEGACY_HTML.encode("cp1256"), "text/html"),
            # windows-1256, and the header wrongly says UTF-8
            exchange(
                AR_WRONG_HEADER_URL,
                200,
                AR_LEGACY_HTML.encode("cp1256"),
                "text/html; charset=utf-8",
            ),
            # ISO-8859-6, said only by the header
            exchange(
                AR_ISO_URL, 200, AR_ISO_HTML.encode("iso8859_6"), "text/html; charset=ISO-8859-6"
            ),
        ],
        "redirect": [
            exchange(f"{CEDAR}/go/parade", 301, "", None, Location="/world/parade"),
            exchange(f"{CEDAR}/world/parade", 302, "", None, Location=EN_PARADE_URL),
            exchange(EN_PARADE_URL, 200, EN_PARADE_HTML),
            *[
                exchange(f"{CEDAR}/loop/{i}", 302, "", None, Location=f"/loop/{i + 1}")
                for i in range(8)
            ],
            exchange(
                f"{CEDAR}/go/ftp", 301, "", None, Location="ftp://files.cedar-courier.example/a"
            ),
        ],
        "not_found": [exchange(f"{CEDAR}/world/2025/09/05/deleted", 404, "<h1>Not found</h1>")],
        "rate_limited": [
            exchange(f"{CEDAR}/busy", 429, "slow down", "text/plain", Retry_After="7"),
            exchange(f"{CEDAR}/busy", 200, EN_TALKS_HTML),
            exchange(
                f"{CEDAR}/very-busy", 429, "come back tomorrow", "text/plain", Retry_After="86400"
            ),
        ],
        "server_error": [
            exchange(f"{CEDAR}/flaky", 500, "oops", "text/plain"),
            exchange(f"{CEDAR}/flaky", 200, EN_TALKS_HTML),
            *[exchange(f"{CEDAR}/down", 503, "down", "text/plain") for _ in range(4)],
        ],
        "non_html": [exchange(f"{CEDAR}/graphics/route.pdf", 200, PDF_BYTES, "application/pdf")],
        "oversized": [
            exchange(f"{CEDAR}/live/streamed", 200, OVERSIZED_HTML),
            exchange(
                f"{CEDAR}/live/declared",
                200,
                OVERSIZED_HTML,
                Content_Length=str(len(OVERSIZED_HTML.encode("utf-8"))),
            ),
        ],
        "rss_feed": [
            _cedar_feed(),
            exchange(EN_PARADE_URL, 200, EN_PARADE_HTML),
            exchange(EN_TALKS_URL, 200, EN_TALKS_HTML),
        ],
        "atom_feed": [
            _sahil_feed(),
            exchange(AR_PARADE_URL, 200, AR_PARADE_HTML),
            exchange(AR_LEGACY_URL, 200, AR_LEGACY_HTML.encode("cp1256"), "text/html"),
        ],
        "not_modified": [
            _cedar_feed(),
            exchange(EN_PARADE_URL, 200, EN_PARADE_HTML),
            exchange(EN_TALKS_URL, 200, EN_TALKS_HTML),
            exchange(CEDAR_FEED, 304, "", None, ETag=CEDAR_ETAG),
        ],
        "mixed_batch": [
            feed_exchange(GULL_FEED, GULL_FEED_XML, "application/rss+xml", ETag=GULL_ETAG),
            exchange(f"{GULL}/news/2025/09/troops", 200, GULL_HTML[0]),
            exchange(f"{GULL}/news/2025/09/missing", 404, "<h1>Not found</h1>"),
            exchange(f"{GULL}/files/parade-route.pdf", 200, PDF_BYTES, "application/pdf"),
            exchange(f"{GULL}/news/2025/09/live-blog", 200, OVERSIZED_HTML),
            exchange(f"{GULL}/news/2025/09/busy", 429, "", "text/plain", Retry_After="7"),
            exchange(f"{GULL}/news/2025/09/busy", 200, GULL_HTML[1]),
            exchange(f"{GULL}/news/2025/09/flaky", 500, "", "text/plain"),
            exchange(f"{GULL}/news/2025/09/flaky", 200, GULL_HTML[2]),
            exchange(f"{GULL}/news/2025/09/moved", 301, "", None, Location=GULL_URLS[3]),
            exchange(GULL_URLS[3], 200, GULL_HTML[3]),
            exchange(f"{GULL}/news/2025/09/gallery", 200, EMPTY_HTML),
        ],
        "outlets_e2e": [
            _cedar_feed(),
            exchange(EN_PARADE_URL, 200, EN_PARADE_HTML),
            exchange(EN_TALKS_URL, 200, EN_TALKS_HTML),
            _sahil_feed(),
            exchange(AR_PARADE_URL, 200, AR_PARADE_HTML),
            exchange(AR_LEGACY_URL, 200, AR_LEGACY_HTML.encode("cp1256"), "text/html"),
        ],
        "cli_partial": [
            exchange(GULL_URLS[0], 200, GULL_HTML[0]),
            exchange(f"{GULL}/news/2025/09/missing", 404, "<h1>Not found</h1>"),
            exchange(f"{GULL}/files/parade-route.pdf", 200, PDF_BYTES, "application/pdf"),
        ],
    }


# --------------------------------------------------------------------------- YAML


class _Dumper(yaml.SafeDumper):
    """Readable cassettes: multi-line text as ``|`` blocks, bytes as ``!!binary``."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(interactions: list[dict[str, Any]]) -> str:
    """A cassette file's text."""
    header = (
        "# Generated by tests/web_pages.py from pages written for the tests (fictional\n"
        "# outlets on .example domains); nothing here was recorded from a real site.\n"
    )
    body = yaml.dump(
        {"interactions": interactions, "version": 1},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    return header + body


def write(folder: Path = CASSETTES) -> list[Path]:
    """Write every cassette under ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, interactions in cassettes().items():
        path = folder / f"{name}.yaml"
        path.write_text(to_yaml(interactions), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else CASSETTES):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
