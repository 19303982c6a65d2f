"""Sentences and boilerplate.

Scraped pages carry furniture: "read also" links (يقرأ, اقرأ أيضاً, Read more),
comment prompts (أضف تعليق), share buttons. Such lines produce no claims.
Sentences never break inside «», “” or "" quotes, nor after abbreviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lexicons import fold, load

_ABBREV = {"mr", "mrs", "ms", "dr", "st", "sept", "sep", "oct", "nov", "dec", "jan", "feb",
           "aug", "jun", "jul", "apr", "mar", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
           "no", "vs", "etc", "u.s", "a.m", "p.m", "jr", "inc", "co", "corp", "prof"}  # fmt: skip
_OPEN = {"«": "»", "“": "”"}
_END = ".!?؟…"


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and span in the original article."""

    text: str
    start: int
    end: int


def is_boilerplate(line: str, lang: str | None = None) -> bool:
    """Is this line page furniture (read-also link, comment prompt, share bar)?"""
    f = fold(line.strip())
    if not f:
        return True
    # furniture is short, or a bare link title with no closing full stop
    headline_like = len(f.split()) <= 5 or f[-1] not in '.!?؟…"»”'
    if not headline_like:
        return False
    for lg in ("ar", "en"):
        for start in load(lg).boilerplate:
            if f.startswith(start) and (len(f) == len(start) or not f[len(start)].isalpha()):
                return True
    return False


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with exact spans, skipping boilerplate lines."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip() or is_boilerplate(line, lang):
            continue
        out.extend(_split_line(line, line_start))
    return out


def _split_line(line: str, offset: int) -> list[Sentence]:
    out: list[Sentence] = []
    stack: list[str] = []
    straight_open = False
    begin = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch in _OPEN:
            stack.append(_OPEN[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _END and not stack and not straight_open:
            j = i + 1
            while j < n and line[j] in _END + "»”\"')":
                j += 1
            if j >= n or line[j].isspace():
                word = re.search(r"([\w.]+)\.$", line[begin : i + 1])
                abbrev = (
                    ch == "."
                    and word is not None
                    and (
                        word.group(1).lower() in _ABBREV
                        or len(word.group(1)) == 1
                        # U.N., E.U., D.C.: a dotted initialism, as U.S. already was
                        or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word.group(1), re.IGNORECASE)
                        is not None
                    )
                )
                if not abbrev:
                    _emit(out, line, begin, j, offset)
                    begin = j
                    i = j
                    continue
        i += 1
    _emit(out, line, begin, n, offset)
    return out


def _emit(out: list[Sentence], line: str, a: int, b: int, offset: int) -> None:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if a < b:
        out.append(Sentence(line[a:b], offset + a, offset + b))
