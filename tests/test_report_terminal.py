"""Terminal tables with Arabic: aligned borders, logical order with LRMs, visual order on request."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bidi import get_display
from reporting import ROOT, SEED, seed_report
from rich.cells import cell_len
from rich.console import Console

from claimcheck.pipeline import compare_store
from claimcheck.report import comparison_to_table, to_table
from claimcheck.report.terminal import LRM, Directed

_SCRIPT = Path(sys.executable).with_name("claimcheck")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "claimcheck.cli"]


@pytest.fixture(scope="module")
def report(corpus_store):
    """The seed's report against the bundled corpus."""
    return seed_report(corpus_store)[1]


def render(renderable, width: int = 140) -> list[str]:
    """The lines a plain (no colour) terminal of ``width`` columns would get."""
    console = Console(width=width, record=True, color_system=None, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text(styles=False).splitlines()


def table_lines(lines: list[str]) -> list[str]:
    """The lines that belong to the table body (start with a border)."""
    return [ln for ln in lines if ln and ln[0] in "│├┏┃┡└"]


@pytest.mark.parametrize("bidi", ["logical", "visual"])
def test_table_borders_align_with_arabic(report, bidi) -> None:
    """Every table line has the same cell width, harakat and all, in both modes."""
    lines = table_lines(render(to_table(report, bidi=bidi)))
    assert lines
    assert {cell_len(ln) for ln in lines} == {140}


def test_logical_mode_keeps_text_in_reading_order(report) -> None:
    """Logical mode writes Arabic as stored, so it copies out as the real words."""
    text = "\n".join(render(to_table(report, bidi="logical")))
    assert "نحو ٢٦ قائد دولة" in text
    assert "ثمانين عاماً" in text


def test_logical_mode_guards_columns_with_lrm(report) -> None:
    """Lines with Arabic get an LRM after each vertical border; pure-English lines get none."""
    lines = render(to_table(report, bidi="logical"))
    arabic = [ln for ln in table_lines(lines) if re.search(r"[\u0600-\u06ff]", ln)]
    assert arabic and all(f"│{LRM}" in ln for ln in arabic)
    english = [ln for ln in table_lines(lines) if not re.search(r"[\u0600-\u06ff]", ln)]
    assert english and not any(LRM in ln for ln in english)


def test_visual_mode_reorders_arabic_for_terminals_without_bidi(report) -> None:
    """Visual mode writes each Arabic run in display order (what xterm or tmux then shows)."""
    text = "\n".join(render(to_table(report, bidi="visual")))
    assert get_display("نحو ٢٦ قائد دولة", base_dir="R") in text
    assert "نحو ٢٦ قائد دولة" not in text
    assert "Meridian Wire Service" in text  # left-to-right text is untouched


def test_arabic_claims_are_right_aligned(report) -> None:
    """An Arabic claim cell is padded on its left, so it sits against the right border."""
    lines = render(to_table(report, bidi="logical"), width=140)
    row = next(ln for ln in lines if "يوم واحد" in ln)
    cell = row.split("│")[3]
    assert cell.rstrip(" ").endswith("يوم واحد") and cell.startswith(LRM + "  ")


def test_summary_line_is_last_and_plain(report) -> None:
    """The summary line ends the output and carries no direction marks."""
    lines = render(to_table(report))
    assert lines[-1].startswith(f"{report.summary.claims} claims:") and LRM not in lines[-1]


def test_comparison_table_aligns(corpus_store) -> None:
    """The comparison table (Arabic and English labels) keeps its borders aligned."""
    lines = table_lines(render(comparison_to_table(compare_store(corpus_store), bidi="visual")))
    assert lines and {cell_len(ln) for ln in lines} == {140}


def test_directed_refuses_unknown_mode(report) -> None:
    """An unknown bidi mode is an error."""
    with pytest.raises(ValueError, match="bidi"):
        Directed("x", "upside-down")  # type: ignore[arg-type]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_screen_shows_aligned_table(tmp_path, corpus_store) -> None:
    """In a real terminal (tmux, which has no bidi), the visual table's borders line up."""
    from claimcheck.pipeline import ensure_corpus
    from claimcheck.store import Store

    db = tmp_path / "claims.duckdb"
    with Store(db) as store:
        ensure_corpus(store)
    session = f"cc-test-{os.getpid()}"
    cmd = " ".join([*CLI, "check", str(SEED), "--db", str(db), "--bidi", "visual"])
    env = {**os.environ, "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    subprocess.run(
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "140",
            "-y",
            "300",
            f"{cmd}; tmux wait-for -S {session}-done; sleep 30",
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    try:
        subprocess.run(["tmux", "wait-for", f"{session}-done"], check=True, timeout=60)
        time.sleep(0.2)
        screen = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", session, "-S", "0", "-E", "299"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    body = [ln.rstrip() for ln in screen if ln and ln[0] in "│├"]
    assert len(body) > 20
    # the screen column of each border: diacritics share their letter's cell
    columns = {tuple(cell_len(ln[:i]) for i, ch in enumerate(ln) if ch in "│┼├┤") for ln in body}
    assert len(columns) == 1, columns  # every border at the same column on screen
    assert any(get_display("آلاف المقاتلين", base_dir="R") in ln for ln in body)
