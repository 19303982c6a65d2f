"""The outlet registry's optional fields, and article metadata from headers and pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import article_from_bytes, article_from_text
from claimcheck.models import Outlet
from claimcheck.pipeline import load_outlets, wanted


@pytest.mark.parametrize(
    ("pattern", "url", "ok"),
    [
        (None, "https://x.example/anything", True),
        (r"/world/\d{4}/", "https://x.example/world/2025/09/04/kim", True),
        (r"/world/\d{4}/", "https://x.example/video/kim", False),
        (r"/ar/news/", "https://x.example/ar/news/123", True),
    ],
)
def test_article_pattern_selects_feed_links(pattern: str | None, url: str, ok: bool) -> None:
    """An outlet's article_pattern keeps article links and drops the rest of a feed."""
    assert wanted(Outlet(id="x", name="X", article_pattern=pattern), url) is ok


def test_bad_article_pattern_is_an_input_error(tmp_path: Path) -> None:
    """A pattern that is not a regular expression is refused, naming the outlet and file."""
    path = tmp_path / "outlets.toml"
    path.write_text('[[outlet]]\nid = "x"\nname = "X"\narticle_pattern = "(unclosed"\n')
    with pytest.raises(InputError, match="outlet x: article_pattern") as info:
        load_outlets(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("---\noutlet: o\nauthor: Hala Nasser\n---\nقتل ٢٦ شخصاً.", "Hala Nasser"),
        ("---\noutlet: o\n---\n26 people were hurt.", None),
    ],
)
def test_author_from_header(text: str, author: str | None) -> None:
    """The header's author is kept on the article."""
    assert article_from_text(text).author == author


PAGE = b"""<!doctype html><html lang="en"><head><title>Troops</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Troops",
"datePublished": "2025-09-05", "author": {"@type": "Person", "name": "Jo Reporter"}}</script>
</head><body><article><h1>Troops</h1>
<p>About 15,000 North Korean troops were sent to Russia, Seoul estimates, and the
figure has been repeated by several outlets this week in their coverage of the war.</p>
<p>South Korea's intelligence service said a further 6,000 could follow in the coming
months, according to lawmakers briefed on the assessment on Thursday.</p>
</article></body></html>"""


def test_author_from_json_ld() -> None:
    """A page's JSON-LD author is the article's author."""
    article = article_from_bytes(PAGE, where="page.html")
    assert article.author == "Jo Reporter"
