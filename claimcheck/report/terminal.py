"""Terminal tables (rich) that stay readable with Arabic text.

Terminals differ on right-to-left text. Some (GNOME Terminal/VTE, Konsole,
mlterm) run the Unicode bidi algorithm over each line themselves; others
(xterm, tmux, VS Code, Windows Terminal) print characters left to right as
they come. Two modes serve both:

``logical`` (the default)
    Text is written in logical order, as stored, so copying from the terminal
    gives the real words. A left-to-right mark (U+200E, zero width) follows
    each vertical border on lines holding Arabic, so a bidi-aware terminal
    cannot swap two table columns when an Arabic cell meets a number or
    another Arabic cell. Arabic cells are right-aligned.
``visual``
    For terminals without bidi: each wrapped line of each cell is reordered to
    display order with python-bidi, after rich has wrapped
    the text in logical order, so a long Arabic claim reads right to left, top
    line first. Copy-paste then gives reversed text, which is why it is opt-in.

Column widths come from rich's cell widths, which count Arabic diacritics
(harakat, tanween) as zero width, so borders stay aligned.

>>> from rich.console import Console
>>> Console().print(to_table(report, bidi="visual"))  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from claimcheck.models import Comparison, Report
from claimcheck.report.build import evidence_value_text, outlet_label, summary_line, value_text

BidiMode = Literal["logical", "visual"]
BIDI_MODES: tuple[BidiMode, ...] = ("logical", "visual")

STYLE = {
    "agrees": "green",
    "conflicts": "bold red",
    "imprecise": "yellow",
    "disputed": "magenta",
    "unverified": "dim",
}
SYMBOL = {"agrees": "✔", "conflicts": "✘", "imprecise": "≈", "disputed": "±", "unverified": "?"}

LRM = "\u200e"
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_BORDER = re.compile(r"[│┃║|╎╏┆┇┊┋]")


def has_rtl(text: str) -> bool:
    """Does ``text`` hold Hebrew or Arabic letters?"""
    return _RTL.search(text) is not None


def to_table(report: Report, *, evidence: int = 3, bidi: BidiMode = "logical") -> RenderableType:
    """A rich renderable: the verdict table, then the summary line.

    ``evidence`` rows are shown per claim (the HTML and JSON reports have all);
    ``bidi`` is ``logical`` or ``visual`` (see the module docstring).
    """
    table = Table(
        title=_cell(report.article.title or report.article.path or report.article.id),
        show_lines=True,
        expand=True,
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("value", ratio=1)
    table.add_column("evidence", ratio=4)
    for i, v in enumerate(report.claims, 1):
        verdict = Text(f"{SYMBOL[v.verdict]} {v.verdict}", style=STYLE[v.verdict])
        ev = Text(v.reason)
        for e in v.evidence[:evidence]:
            ev.append(f"\n• {outlet_label(e)}", style="bold")
            when = f" {e.published}" if e.published else ""
            ev.append(f"{when} {e.stance.replace('_', ' ')}: {evidence_value_text(e)}")
        table.add_row(str(i), verdict, _cell(v.claim.text), _cell(value_text(v.claim)), ev)
    return Directed(Group(table, Text(summary_line(report), style="bold")), bidi)


def comparison_to_table(
    comp: Comparison, *, bidi: BidiMode = "logical", title: str = "Figures across outlets"
) -> RenderableType:
    """The comparison as a rich table: facts as rows, outlets as columns, outliers red with ⚠."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("claim", ratio=2)
    for o in comp.outlets:
        table.add_column(o, ratio=1)
    for row in comp.rows:
        cells: list[Text] = []
        for o in comp.outlets:
            text = ", ".join(row.cells.get(o, []))
            if o in row.outliers:
                cells.append(Text(f"{text} ⚠", style="bold red"))
            else:
                cells.append(Text(text))
        table.add_row(_cell(row.label), *cells)
    note = Text("⚠ an outlet whose figure fits fewer than half of the others'", style="dim")
    return Directed(Group(table, note), bidi)


def _cell(text: str) -> Text:
    """A table cell; mostly right-to-left text is right-aligned."""
    return Text(text, justify="right" if _mostly_rtl(text) else "left")


def _mostly_rtl(text: str) -> bool:
    rtl = len(_RTL.findall(text))
    ltr = sum(ch.isalpha() for ch in text) - rtl
    return rtl > ltr


class Directed:
    """Wraps a renderable so its lines survive the terminal's handling of right-to-left text."""

    def __init__(self, renderable: RenderableType, bidi: BidiMode = "logical") -> None:
        if bidi not in BIDI_MODES:
            raise ValueError(f"bidi must be one of {BIDI_MODES}, not {bidi!r}")
        self.renderable = renderable
        self.bidi = bidi

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render the wrapped renderable line by line, then fix each line's direction."""
        for line in console.render_lines(self.renderable, options, pad=False):
            yield from directed_line(line, self.bidi)
            yield Segment.line()


def directed_line(line: Iterable[Segment], bidi: BidiMode) -> list[Segment]:
    """One rendered line with LRMs after borders (``logical``) or in display order (``visual``).

    Every segment keeps its cell width: an LRM is zero width, and reordering a
    segment only permutes (and mirrors) its characters.
    """
    line = list(line)
    if not any(has_rtl(s.text) for s in line if not s.control):
        return line
    out: list[Segment] = []
    for seg in line:
        if seg.control or not seg.text:
            out.append(seg)
        elif bidi == "logical":
            text = _BORDER.sub(lambda m: m.group(0) + LRM, seg.text)
            out.append(Segment(text, seg.style, seg.control))
        elif has_rtl(seg.text):
            out.append(Segment(_visual(seg.text), seg.style, seg.control))
        else:
            out.append(seg)
    return out


def _visual(text: str) -> str:
    """``text`` in display order; its leading and trailing blanks (alignment) stay put.

    A mostly right-to-left run is laid out as a right-to-left paragraph, so its
    closing full stop lands at its left end; anything else as left-to-right.
    """
    from bidi import get_display

    core = text.strip(" ")
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip(" "))]
    trail = text[len(text.rstrip(" ")) :]
    return lead + get_display(core, base_dir="R" if _mostly_rtl(core) else "L") + trail
