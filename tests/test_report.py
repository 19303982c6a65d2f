"""The report renderers: highlights, escaping, direction, Markdown, CSV, the gate, stability."""

from __future__ import annotations

import csv
import io
import json
import re
from html import escape
from html.parser import HTMLParser

import pytest
from reporting import IMG, PWN, hostile_report, seed_report

from claimcheck.models import Comparison, ComparisonRow, Report
from claimcheck.pipeline import compare_store
from claimcheck.report import (
    VERDICTS,
    build_report,
    comparison_to_csv,
    comparison_to_html,
    comparison_to_json,
    comparison_to_markdown,
    gate_failures,
    summary_line,
    to_html,
    to_json,
    to_markdown,
    value_text,
)
from claimcheck.report.html import _labels, highlight, safe_url
from claimcheck.report.markdown import md_text
from claimcheck.settings import Settings


@pytest.fixture(scope="module")
def seed(corpus_store):
    """The seed article and its report against the bundled corpus."""
    return seed_report(corpus_store)


@pytest.fixture(scope="module")
def hostile(corpus_store):
    """A hostile English article and its report, with a hostile evidence row."""
    return hostile_report(corpus_store)


class Tags(HTMLParser):
    """Collects start tags and their attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        """Record a start tag."""
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        """Record text."""
        self.text.append(data)


def parse(page: str) -> Tags:
    """The tags and text of an HTML page."""
    p = Tags()
    p.feed(page)
    return p


# --------------------------------------------------------------------------- highlights


def test_highlight_pieces_rebuild_the_article_text(seed) -> None:
    """The text pieces of the highlighted article, joined, are the article text exactly."""
    article, report = seed
    pieces = highlight(article.text, report)
    assert "".join(p.text for p in pieces if p.kind == "text") == article.text


def test_highlight_covers_each_claim_span_exactly(seed) -> None:
    """Text inside claim N's highlights, joined, is text[start:end] of claim N."""
    article, report = seed
    inside: dict[int, str] = {}
    stack: list[int] = []
    for p in highlight(article.text, report):
        if p.kind == "open":
            stack.append(p.n)
        elif p.kind == "close":
            stack.pop()
        elif p.kind == "text":
            for n in set(stack):
                inside[n] = inside.get(n, "") + p.text
    for n, v in enumerate(report.claims, 1):
        assert inside[n] == article.text[v.claim.start : v.claim.end] == v.claim.text


def test_highlight_nests_a_figure_inside_its_attributed_sentence(seed) -> None:
    """A figure inside an attributed sentence opens while the sentence's highlight is open."""
    article, report = seed
    pieces = highlight(article.text, report)
    outer = next(n for n, v in enumerate(report.claims, 1) if v.claim.text.startswith("شارك بوتين"))
    inner = next(n for n, v in enumerate(report.claims, 1) if v.claim.text == "نحو ٢٦ قائد دولة")
    depth, seen_inner_inside = [], False
    for p in pieces:
        if p.kind == "open":
            depth.append(p.n)
            seen_inner_inside |= p.n == inner and outer in depth
        elif p.kind == "close":
            depth.pop()
    assert seen_inner_inside


def test_highlight_splits_crossing_claims_and_marks_the_first_piece(seed) -> None:
    """Two claims that cross are cut into properly nested pieces; only one piece each is first."""
    _, report = seed
    a, b = report.claims[0], report.claims[1]
    text = "0123456789"
    crossing = report.model_copy(
        update={
            "claims": [
                a.model_copy(
                    update={
                        "claim": a.claim.model_copy(
                            update={"start": 1, "end": 6, "text": text[1:6]}
                        )
                    }
                ),
                b.model_copy(
                    update={
                        "claim": b.claim.model_copy(
                            update={"start": 4, "end": 9, "text": text[4:9]}
                        )
                    }
                ),
            ]
        }
    )
    pieces = highlight(text, crossing)
    depth = 0
    for p in pieces:
        depth += {"open": 1, "close": -1}.get(p.kind, 0)
        assert depth >= 0
    assert depth == 0
    firsts = [p.n for p in pieces if p.kind == "open" and p.first]
    assert sorted(firsts) == [1, 2]
    assert sum(p.kind == "open" and p.n == 2 for p in pieces) == 2
    assert [p.n for p in pieces if p.kind == "ref"] == [1, 2]


def test_highlight_skips_a_span_that_does_not_index_the_text(seed) -> None:
    """A claim whose span does not match the text is left unhighlighted, not misplaced."""
    _, report = seed
    pieces = highlight("something else entirely", report)
    assert [p.kind for p in pieces] == ["text"]


# --------------------------------------------------------------------------- HTML


def test_html_is_rtl_for_arabic_and_highlights_every_claim(seed) -> None:
    """The seed's page is dir=rtl lang=ar and has a highlight and an evidence card per claim."""
    article, report = seed
    tags = parse(to_html(report, article)).tags
    assert tags[0][0] == "html" and tags[0][1] == {"lang": "ar", "dir": "rtl"}
    marked = {a["data-claim"] for t, a in tags if t == "mark"}
    cards = {a["id"] for t, a in tags if t == "article" and "claim" in (a.get("class") or "")}
    assert marked == {str(n) for n in range(1, len(report.claims) + 1)}
    assert cards == {f"claim-{n}" for n in range(1, len(report.claims) + 1)}


def test_html_highlight_colour_follows_the_verdict(seed) -> None:
    """Each highlight carries the class of its claim's verdict."""
    article, report = seed
    for t, a in parse(to_html(report, article)).tags:
        if t == "mark":
            verdict = report.claims[int(a["data-claim"]) - 1].verdict
            assert f"v-{verdict}" in a["class"].split()


def test_html_is_ltr_for_english(hostile) -> None:
    """An English article's page is dir=ltr lang=en."""
    article, report = hostile
    html_tag = parse(to_html(report, article)).tags[0]
    assert html_tag == ("html", {"lang": "en", "dir": "ltr"})


def test_html_escapes_article_and_outlet_text(hostile) -> None:
    """Script and markup from the article, its title and outlet names appear only as text."""
    article, report = hostile
    page = to_html(report, article)
    tags = parse(page)
    names = [t for t, _ in tags.tags]
    assert "script" not in names and "img" not in names and "i" not in names
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    text = "".join(tags.text)
    assert PWN in text and IMG in text


def test_html_links_only_http_addresses(hostile) -> None:
    """javascript: links from the article or an outlet are never written as href."""
    article, report = hostile
    hrefs = [a.get("href") or "" for _, a in parse(to_html(report, article)).tags]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    assert any(h.startswith("https://") for h in hrefs)


def test_html_forbids_scripts_and_network_at_view_time(seed) -> None:
    """The page carries a CSP with default-src 'none' and loads nothing from anywhere."""
    article, report = seed
    page = to_html(report, article)
    tags = parse(page).tags
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    assert not [t for t, a in tags if t in ("script", "link", "iframe", "img")]
    assert not re.search(r"(src|href)=\"(https?:)?//(?!www\.[a-z-]+\.example/)", page)


def test_html_summary_has_counts_outlets_and_consistency(seed) -> None:
    """The summary shows each verdict's count, the consistency score and the outlets by name."""
    article, report = seed
    page = to_html(report, article)
    tags = parse(page).tags
    chips = {a["data-verdict"] for t, a in tags if t == "a" and "chip" in (a.get("class") or "")}
    assert chips == set(VERDICTS)
    assert f"{report.summary.consistency:.0%}" in page
    assert "The Harbour Ledger" in page and "جريدة المجداف" in page
    assert summary_line(report) in page


def test_html_evidence_has_outlet_date_link_sentence_score_and_reason(seed) -> None:
    """Every evidence row of the report is on the page with its outlet, date, link and score."""
    article, report = seed
    page = to_html(report, article)
    for v in report.claims:
        assert escape(v.reason) in page
        for e in v.evidence:
            assert str(e.published) in page
            assert f'href="{e.url}"' in page
            assert f"{e.score:.2f}" in page


def test_html_is_phone_ready(seed) -> None:
    """The page declares a device-width viewport and has a narrow-screen layout."""
    article, report = seed
    page = to_html(report, article)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:" in page


def test_html_without_article_lists_claims_with_sentences(seed) -> None:
    """Without the article, the page has no highlighted text but every claim and its sentence."""
    _, report = seed
    tags = parse(to_html(report)).tags
    assert not [t for t, _ in tags if t == "mark"]
    assert sum(t == "article" for t, _ in tags) == len(report.claims)


def test_html_refuses_another_article(seed, hostile) -> None:
    """Rendering a report with some other article's text is an error, not a wrong page."""
    with pytest.raises(ValueError, match="not the report's article"):
        to_html(seed[1], hostile[0])


def test_html_labels_cover_the_same_words_in_each_language() -> None:
    """The page's words exist in Arabic and English, for every verdict and stance."""
    en, ar = _labels("en"), _labels("ar")
    assert set(en) == set(ar)
    assert set(en["verdicts"]) == set(ar["verdicts"]) == set(VERDICTS)
    assert set(en["stances"]) == set(ar["stances"])


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a", True),
        ("javascript:alert(1)", False),
        (" JavaScript:x", False),
        ("data:text/html,x", False),
        (None, False),
        ("", False),
    ],
)
def test_safe_url_allows_only_http(url, ok) -> None:
    """Only http and https addresses are linked."""
    assert safe_url(url) is ok


# --------------------------------------------------------------------------- Markdown


def test_markdown_lists_what_needs_attention_first(seed) -> None:
    """Conflicts, then imprecise, then disputed claims come before the table."""
    _, report = seed
    md = to_markdown(report)
    head = md.index("| # | verdict |")
    attention = md[md.index("**Needs attention**") : head]
    order = [m.group(1) for m in re.finditer(r"\*\*(conflicts|imprecise|disputed)\*\*", attention)]
    assert order == sorted(order, key=VERDICTS.index) and "conflicts" in order


def test_markdown_escapes_markup(hostile) -> None:
    """HTML, links and emphasis from article text are escaped in Markdown."""
    _, report = hostile
    md = to_markdown(report)
    assert "<script" not in md and "<img" not in md
    assert "](javascript" not in md
    assert "[Evil" not in md  # the outlet with a javascript: link is not linked


def test_md_text_keeps_words_readable() -> None:
    """Ids, brackets and figures stay readable; pipes, tildes and tags are escaped."""
    assert (
        md_text("~2.5 hour | head_of_state (5) <b>", 100)
        == "\\~2.5 hour \\| head_of_state (5) &lt;b>"
    )


def test_md_text_never_cuts_a_diacritic_from_its_letter() -> None:
    """Truncating Arabic drops a trailing letter with its harakat, never the harakat alone."""
    out = md_text("ثمانين عاماً وأكثر", 12)
    assert out.endswith("…") and out[-2] not in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


# --------------------------------------------------------------------------- comparison


def _comparison() -> Comparison:
    return Comparison(
        outlets=["a", "b", "c"],
        rows=[
            ComparisonRow(
                key="troops",
                label='troops: "=1+2", <b>15,000</b>',
                cells={"a": ["~15,000 troops"], "b": ["6,000 troops", "7,000 troops"]},
                outliers=["b"],
            )
        ],
    )


def test_comparison_csv_has_one_column_per_outlet() -> None:
    """CSV: key, label, one column per outlet (figures joined by '; '), outliers last."""
    rows = list(csv.reader(io.StringIO(comparison_to_csv(_comparison()))))
    assert rows[0] == ["key", "label", "a", "b", "c", "outliers"]
    assert rows[1][2:] == ["~15,000 troops", "6,000 troops; 7,000 troops", "", "b"]


def test_comparison_csv_defuses_spreadsheet_formulas() -> None:
    """A cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as text."""
    comp = _comparison()
    comp.rows[0].label = '=HYPERLINK("http://x")'
    rows = list(csv.reader(io.StringIO(comparison_to_csv(comp))))
    assert rows[1][1].startswith("'=")


def test_comparison_html_marks_outliers_and_escapes() -> None:
    """The comparison page marks outlier cells and escapes labels."""
    page = comparison_to_html(_comparison(), outlet_names={"a": "Alpha <x>"})
    tags = parse(page).tags
    outliers = [a["data-outlet"] for t, a in tags if t == "td" and a.get("class") == "outlier"]
    assert outliers == ["b"]
    assert "<b>" not in page and "Alpha &lt;x&gt;" in page


def test_comparison_markdown_and_json_agree(corpus_store) -> None:
    """Markdown has a row per comparison row; JSON round-trips to the same comparison."""
    comp = compare_store(corpus_store)
    md = comparison_to_markdown(comp)
    assert sum(line.startswith("| ") for line in md.splitlines()) == len(comp.rows) + 1
    assert Comparison.model_validate_json(comparison_to_json(comp)) == comp


# --------------------------------------------------------------------------- gate, stability


def test_gate_failures_name_the_failing_verdicts(seed) -> None:
    """The gate lists each failing verdict once with its count; never and empty pass."""
    _, report = seed
    n = report.summary.verdicts["conflicts"]
    assert gate_failures(report, ["conflict"]) == [f"{n} conflicts"]
    assert gate_failures(report, ["conflict", "conflicts"]) == [f"{n} conflicts"]
    assert gate_failures(report, ["never"]) == [] == gate_failures(report, [])


def test_gate_rejects_unknown_names(seed) -> None:
    """An unknown --fail-on name is an error, not a silent pass."""
    with pytest.raises(ValueError, match="agree"):
        gate_failures(seed[1], ["agree"])


def test_every_format_is_stable_across_runs(corpus_store) -> None:
    """Two checks of the same article give byte-identical JSON, Markdown and HTML."""
    a1, r1 = seed_report(corpus_store)
    a2, r2 = seed_report(corpus_store)
    assert to_json(r1) == to_json(r2)
    assert to_markdown(r1) == to_markdown(r2)
    assert to_html(r1, a1) == to_html(r2, a2)


def test_no_timestamp_in_any_format(seed) -> None:
    """No output carries the time it was made (only the article's own dates)."""
    article, report = seed
    for text in (to_json(report), to_markdown(report), to_html(report, article)):
        assert not re.search(r"\d{2}:\d{2}:\d{2}", text)


def test_build_report_counts_and_consistency(seed) -> None:
    """build_report counts every verdict and scores agreeing among judged claims."""
    article, report = seed
    rebuilt = build_report(article, list(reversed(report.claims)), Settings())
    assert rebuilt.claims == report.claims  # text order whatever the input order
    s = rebuilt.summary
    assert sum(s.verdicts.values()) == s.claims == len(report.claims)
    judged = s.claims - s.verdicts["unverified"]
    assert s.consistency == round(s.verdicts["agrees"] / judged, 3)


def test_value_text_names_people(seed) -> None:
    """Attributed claims show the speaker's and source's names, not ids."""
    _, report = seed
    values = {value_text(v.claim) for v in report.claims}
    assert "Kim Jong Un (via KCNA)" in values


def test_json_is_the_models(seed) -> None:
    """The JSON report loads back into an equal Report."""
    _, report = seed
    assert Report.model_validate(json.loads(to_json(report))) == report
