"""Tokenizer shared by the extraction grammars.

Tokens keep their character offsets into the original text; everything the
grammars compare is the *folded* form (see :func:`claimcheck.lexicons.fold`).
An Arabic word may carry glued clitics (و ف ب ل ك, the article ال); each token
offers its readings with those stripped, and where its span should start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck.lexicons import Lexicon, _strip_possessive, fold, load

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN_RE = re.compile(
    rf"(?P<num>[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*)"
    rf"|(?P<word>°\s?[Cم](?![^\W\d_])|℃|[^\W\d_](?:\.[^\W\d_])+\.(?![^\W\d_])|[^\W\d_](?:[^\W\d_]|[{_MARKS}\u0640]|['’](?=[^\W\d_])|\.(?=[^\W\d_]\.))*)"
    rf"|(?P<punct>[^\s{_MARKS}])",
    re.UNICODE,
)
_ARABIC = re.compile("[\u0600-\u06ff]")
_DEGREES = {"°c", "° c", "°م", "° م"}
_BASE_LETTER = re.compile(rf"[^{_MARKS}\u0640]")


@dataclass
class Token:
    """One token: its text, kind (num, word, punct), offsets and folded form."""

    text: str
    kind: str
    start: int
    end: int
    index: int
    fold: str = ""
    readings: list[tuple[str, int]] = field(default_factory=list)
    arabic: bool = False  # written in Arabic script


def _offset_after(text: str, letters: int) -> int:
    """Offset in ``text`` after ``letters`` base letters and any marks/tatweel after them."""
    count = 0
    for i, ch in enumerate(text):
        if _BASE_LETTER.match(ch):
            if count == letters:
                return i
            count += 1
    return len(text)


def tokenize(text: str, lex: Lexicon | None = None) -> list[Token]:
    """Split ``text`` into tokens with offsets; with a lexicon, add clitic readings.

    ``readings`` lists ``(folded form, span offset within the token)``: the
    whole word first, then the word with each glued prefix removed. The offset
    excludes conjunction/preposition prefixes but keeps the article ال.
    """
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        tok = Token(m.group(), kind, m.start(), m.end(), len(tokens))
        # news vocabulary repeats: a word's folded form and readings are computed once
        folded, readings, arabic = _analyse(tok.text, kind, lex.lang if lex is not None else None)
        tok.fold = folded
        tok.readings = list(readings)
        tok.arabic = arabic
        tokens.append(tok)
    return tokens


@lru_cache(maxsize=200_000)
def _analyse(
    text: str, kind: str, lang: str | None
) -> tuple[str, tuple[tuple[str, int], ...], bool]:
    folded = (fold(text).rstrip(".") if kind == "word" else fold(text)) or text
    if folded in _DEGREES:
        folded = "celsius"  # 46°C, ٤٦°م, 46℃: the degree sign glued to its scale
    elif kind == "word":
        folded = _strip_possessive(folded)  # Korea's, Xi's: the possessive is not the name
    arabic = bool(_ARABIC.search(text))
    tok = Token(text, kind, 0, len(text), 0, folded, [(folded, 0)], arabic)
    lex = load(lang) if lang is not None else None
    if kind == "word" and lex is not None and lex.prefixes and tok.arabic:
        _add_readings(tok, lex)
    return folded, tuple(tok.readings), arabic


def _add_readings(tok: Token, lex: Lexicon) -> None:
    base = tok.fold
    seen = {base}
    for pre in (*lex.prefixes, ""):
        if pre and (not base.startswith(pre) or len(base) - len(pre) < 2):
            continue
        rest = base[len(pre) :]
        offset = _offset_after(tok.text, len(pre)) if pre else 0
        candidates = [rest]
        if pre == "ل" and rest.startswith("ل") and len(rest) > 3:
            candidates.append("ا" + rest)  # للمكسيك: ل + المكسيك, its article's alef elided
            # للجنة: ل + اللجنة, a noun that starts with ل losing the article's alef and lam
            candidates.append("ال" + rest)
        for art in lex.definite:
            if rest.startswith(art) and len(rest) - len(art) >= 2:
                # "لل" stands for ل + ال: the noun reading drops both.
                candidates.append(rest[len(art) :])
        for cand in candidates:
            forms = [cand]
            if cand.endswith("ا") and len(cand) > 3:
                forms.append(cand[:-1])  # accusative tanween alif: ألفاً -> ألف
            for form in forms:
                if form not in seen:
                    seen.add(form)
                    tok.readings.append((form, offset))


def ar_possessive(raw: str) -> str | None:
    """The pronoun ending of an Arabic word as written (لقبه: ه, فوزها: ها), or None. A
    word in يه or له keeps its ه (طه, الله; مواطنيه is read elsewhere); ة is not ه."""
    if raw.endswith(("يه", "له")):
        return None
    return next((x for x in ("هما", "هم", "ها", "ه") if raw.endswith(x)), None)
