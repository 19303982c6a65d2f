"""The HTML report in a real browser: headless Chromium renders it, and we look.

Skipped, with the reason, when no Chromium is installed (CI's ``.ci/run``
installs Debian's ``chromium``). Screenshots go to ``$CLAIMCHECK_SCREENSHOTS``
when set, else to the test's tmp folder, so a person can open them.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from reporting import PWN, hostile_report, seed_report

from claimcheck.pipeline import compare_store
from claimcheck.report import comparison_to_html, to_html

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
BROWSER = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium found (apt-get install chromium); the HTML report is not checked in a browser",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--force-color-profile=srgb",
]
PHONE = (390, 844)


def chromium(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with a new empty profile."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    profile.mkdir()
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def dump_dom(page: Path, tmp_path: Path) -> str:
    """The DOM after Chromium loaded ``page`` (and ran any script it was allowed to)."""
    proc = chromium(page, tmp_path, "--virtual-time-budget=2000", "--dump-dom")
    assert proc.returncode == 0 and proc.stdout, proc.stderr[-2000:]
    return proc.stdout


def screenshot(page: Path, tmp_path: Path, name: str, size: tuple[int, int]) -> Path:
    """A PNG of ``page`` at ``size``, kept where a person can look at it."""
    folder = Path(os.environ.get("CLAIMCHECK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    proc = chromium(page, tmp_path, f"--window-size={size[0]},{size[1]}", f"--screenshot={target}")
    assert proc.returncode == 0 and target.exists(), proc.stderr[-2000:]
    return target


def png_pixels(path: Path) -> tuple[int, int, Counter[tuple[int, int, int]]]:
    """Width, height and colour counts of an 8-bit RGB/RGBA, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    prev, colours = bytearray(stride), Counter()
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        ftype, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if ftype == 1:
                cur[i] = (cur[i] + a) & 255
            elif ftype == 2:
                cur[i] = (cur[i] + b) & 255
            elif ftype == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(tuple(cur[x * channels : x * channels + 3]) for x in range(0, width, 2))
        prev = cur
    return width, height, colours


class Dom(HTMLParser):
    """Elements (tag, attributes), the title, and the text inside highlights of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.marks: dict[str, str] = {}
        self._open: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        """Record the element and track open highlights and links."""
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag in ("mark", "a", "title"):
            self._open.append((tag, attrs))

    def handle_endtag(self, tag) -> None:
        """Close the innermost open element of that tag."""
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i]
                break

    def handle_data(self, data) -> None:
        """Text goes to the title, or to every highlight it sits in (not to ref links)."""
        if any(t == "title" for t, _ in self._open):
            self.title += data
            return
        if any(t == "a" and "ref" in (a.get("class") or "") for t, a in self._open):
            return
        for t, a in self._open:
            if t == "mark":
                n = a["data-claim"] or ""
                self.marks[n] = self.marks.get(n, "") + data


def parse(dom: str) -> Dom:
    """Parse a dumped DOM."""
    d = Dom()
    d.feed(dom)
    return d


@pytest.fixture(scope="module")
def seed(corpus_store):
    """The seed article and its report."""
    return seed_report(corpus_store)


@pytest.fixture
def seed_page(seed, tmp_path: Path) -> Path:
    """The seed's HTML report, written as `check --format html -o` would."""
    article, report = seed
    page = tmp_path / "report.html"
    page.write_text(to_html(report, article), encoding="utf-8")
    return page


def test_browser_runs_a_script_when_one_is_really_there(tmp_path: Path) -> None:
    """Control: a real <script> does retitle a page in this browser, so the next tests mean it."""
    page = tmp_path / "control.html"
    page.write_text(f"<!doctype html><title>clean</title>{PWN}", encoding="utf-8")
    assert parse(dump_dom(page, tmp_path)).title == "pwned"


def test_browser_highlights_every_claim_in_the_seed(seed, seed_page: Path, tmp_path: Path) -> None:
    """In Chromium's DOM every claim is highlighted with exactly its text, and has its evidence."""
    _, report = seed
    dom = parse(dump_dom(seed_page, tmp_path))
    assert dom.title.startswith("تقرير")
    for n, v in enumerate(report.claims, 1):
        assert dom.marks[str(n)] == v.claim.text
    cards = [
        a for t, a in dom.elements if t == "article" and (a.get("id") or "").startswith("claim-")
    ]
    assert len(cards) == len(report.claims)
    cited = [a for t, a in dom.elements if t == "li" and a.get("data-outlet")]
    assert len(cited) == sum(len(v.evidence) for v in report.claims)


def test_browser_screenshot_shows_verdict_colours_on_a_phone(
    seed_page: Path, tmp_path: Path
) -> None:
    """A phone-sized screenshot shows the highlight colours of conflicting and agreeing claims."""
    shot = screenshot(seed_page, tmp_path, "seed-phone.png", (PHONE[0], 3000))
    width, height, colours = png_pixels(shot)
    assert (width, height) == (PHONE[0], 3000)
    agrees_bg, conflicts_bg = (0xD5, 0xEF, 0xD8), (0xFB, 0xDC, 0xD8)
    assert colours[agrees_bg] > 50, colours.most_common(12)
    assert colours[conflicts_bg] > 50, colours.most_common(12)


def test_browser_desktop_screenshot(seed_page: Path, tmp_path: Path) -> None:
    """A desktop-sized screenshot renders (for a person to look at)."""
    shot = screenshot(seed_page, tmp_path, "seed-desktop.png", (1280, 2400))
    assert png_pixels(shot)[:2] == (1280, 2400)


def test_browser_runs_no_script_from_article_or_outlet_text(corpus_store, tmp_path: Path) -> None:
    """An article and an outlet carrying <script> and <img onerror> render as text; nothing runs."""
    article, report = hostile_report(corpus_store)
    page = tmp_path / "hostile.html"
    page.write_text(to_html(report, article), encoding="utf-8")
    html = dump_dom(page, tmp_path)
    dom = parse(html)
    assert "pwned" not in dom.title.replace(PWN, "")
    assert dom.title.endswith(f"Parade {PWN}")  # the title shows the article's title as text
    tags = [t for t, _ in dom.elements]
    assert "script" not in tags and "img" not in tags
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in html
    hrefs = [a.get("href") or "" for t, a in dom.elements if t == "a"]
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    screenshot(page, tmp_path, "hostile-phone.png", PHONE)


def test_browser_renders_the_comparison(corpus_store, tmp_path: Path) -> None:
    """The comparison page renders with its outlier cells marked."""
    page = tmp_path / "compare.html"
    page.write_text(comparison_to_html(compare_store(corpus_store)), encoding="utf-8")
    dom = parse(dump_dom(page, tmp_path))
    assert [a for t, a in dom.elements if t == "td" and a.get("class") == "outlier"]
    screenshot(page, tmp_path, "compare-phone.png", PHONE)
