"""Sport results: match scores ("beat Japan 3-1", بركلات الترجيح ٤-٢, بهدفين مقابل هدف,
بثلاثة أهداف لمثلها) and race times in clock notation (2:00:35, 3:26.73).

A score is one figure made of two counts. It is found before other figures, so that
"3-1" is not read as a range from three to one, and it is compared exactly, in either
order (one outlet gives the winner's goals first, another the home side's). A penalty
shootout's score is another measure than the match's: 4-2 on penalties after 3-3.
The words live in ``lexicons/scores.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimcheck.extract.tokens import Token
from claimcheck.lexicons import Lexicon, Phrase, fold, phrase_key, to_ascii_digits

_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "scores.toml"
_MAX_GOALS = 30  # "3-45" is no score; a range, a ratio or a date
# ... unless the sport scores high (handball 31-28, basketball 114-103, rugby 36-30), which
# the sentence names, or the figure stands alone after its cue ("beat the Nuggets 114-103.")
_MAX_POINTS = 200
_DASHES = {"-", "–", "—"}
_NEAR = 3  # tokens between a score and the word that makes it a shootout's


@dataclass(frozen=True)
class Score:
    """A score found in a sentence: token range, the two counts, and whether it is a
    penalty shootout's."""

    tok_start: int
    tok_end: int
    first: int
    second: int
    shootout: bool
    offset: int = 0  # characters of the first token before the score (the clitic of بهدفين)


@dataclass(frozen=True)
class ScoreWords:
    """Folded words of one language."""

    cues: frozenset[str]
    shootout: frozenset[str]
    goals: dict[str, int]
    goal_nouns: frozenset[str]
    against: frozenset[str]
    level: frozenset[str]
    nil: frozenset[Phrase]
    high_scoring: frozenset[str]
    after_score: frozenset[str]
    scorecards: frozenset[str]


@cache
def score_words(lang: str) -> ScoreWords:
    """The score vocabulary of one language."""
    raw = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    words = raw.get("words", {}).get(lang, {})
    return ScoreWords(
        cues=frozenset(fold(w) for w in raw["cues"].get(lang, [])),
        shootout=frozenset(fold(w) for w in raw["shootout"].get(lang, [])),
        goals={fold(k): int(v) for k, v in words.get("goals", {}).items()},
        goal_nouns=frozenset(fold(w) for w in words.get("goal_nouns", [])),
        against=frozenset(fold(w) for w in words.get("against", [])),
        level=frozenset(fold(w) for w in words.get("level", [])),
        nil=frozenset(phrase_key(w) for w in words.get("nil", [])),
        high_scoring=frozenset(fold(w) for w in raw["high_scoring"].get(lang, [])),
        after_score=frozenset(fold(w) for w in raw["after_score"].get(lang, [])),
        scorecards=frozenset(fold(w) for w in raw["scorecards"].get(lang, [])),
    )


def _forms(tok: Token) -> list[str]:
    return [tok.fold, *(f for f, _ in tok.readings)]


def _digits(tok: Token, limit: int = _MAX_GOALS) -> int | None:
    if tok.kind != "num" or not tok.fold.isdigit():
        return None
    value = int(tok.fold)
    return value if value <= limit else None


def _number(toks: list[Token], k: int, lex: Lexicon, limit: int) -> tuple[int, int] | None:
    """A whole count at token ``k``: digits, a number word, or a unit and its tens joined
    by و (واحد وثلاثين, ثمانية وعشرين): value, end."""
    value: float | None = _digits(toks[k], limit)
    if value is None:
        value = next((lex.numbers[(f,)] for f in _forms(toks[k]) if (f,) in lex.numbers), None)
    if value is None or not float(value).is_integer():
        return None
    end = k + 1
    if 0 < value < 10 and end < len(toks) and toks[end].fold.startswith("و"):
        tens = lex.numbers.get((toks[end].fold[1:],))
        if tens is not None and tens in (20, 30, 40, 50, 60, 70, 80, 90):
            value, end = value + tens, end + 1
    return (int(value), end) if 0 <= value <= limit else None


def find_scores(toks: list[Token], lex: Lexicon) -> list[Score]:
    """Every match score in a sentence's tokens."""
    words = score_words(lex.lang)
    n = len(toks)
    # cheap checks first: most sentences have no dash between numbers and no goal word
    dashed = any(t.text in _DASHES for t in toks)
    forms = [_forms(t) for t in toks]
    cued = dashed and any(f in words.cues for fs in forms for f in fs)
    goals = words.goal_nouns | set(words.goals)
    worded = any(f in goals for t, fs in zip(toks, forms, strict=True) if t.arabic for f in fs)
    if not (cued or worded):
        return []
    folds = {f for fs in forms for f in fs}
    # judges' cards (120-107) are points, written as points in the other language
    cards = bool(folds & words.scorecards)
    high = bool(folds & words.high_scoring) and not cards
    limit = _MAX_POINTS if high else _MAX_GOALS
    out: list[Score] = []
    i = 0
    while i < n:
        got = _digit_score(toks, i, words, high, cards) if cued else None
        if got is None and worded and toks[i].arabic:
            got = _word_score(toks, i, words, lex, limit)
        if got is None:
            i += 1
            continue
        end, first, second = got
        near = [*forms[max(0, i - _NEAR) : i], *forms[end : end + _NEAR]]
        shootout = any(f in words.shootout for fs in near for f in fs)
        out.append(Score(i, end, first, second, shootout, _clitic_offset(toks[i], words, lex)))
        i = end
    return out


def _clitic_offset(tok: Token, words: ScoreWords, lex: Lexicon) -> int:
    """Where a score's first word starts without its glued preposition (بهدفين: هدفين)."""
    if not tok.arabic or tok.fold in words.goals or (tok.fold,) in lex.numbers:
        return 0
    return next(
        (off for f, off in tok.readings if f in words.goals or (f,) in lex.numbers),
        0,
    )


def _digit_score(
    toks: list[Token], i: int, words: ScoreWords, high: bool, cards: bool = False
) -> tuple[int, int, int] | None:
    """3-1, ٤-٢: two small whole numbers joined by a dash, neither part of a longer run.
    Counts over 30 (31-28, 114-103) in a sentence that names a high-scoring sport, or
    standing alone: no noun after them ("won 40-50 seats" is a range)."""
    if i + 2 >= len(toks) or toks[i + 1].text not in _DASHES:
        return None
    a, b = _digits(toks[i], _MAX_POINTS), _digits(toks[i + 2], _MAX_POINTS)
    if a is None or b is None:
        return None
    if max(a, b) > _MAX_GOALS and cards:
        return None
    if max(a, b) > _MAX_GOALS and not high:
        after = toks[i + 3] if i + 3 < len(toks) else None
        if after is not None and after.kind == "word" and after.fold not in words.after_score:
            return None
    if toks[i + 1].start != toks[i].end or toks[i + 2].start != toks[i + 1].end:
        return None  # "3 - 1" spaced out is rarely a score in copy; a list or a range
    if i > 0 and (toks[i - 1].text in _DASHES or toks[i - 1].text in "/.:"):
        return None  # 2024-10-3, 10/3-1
    if i + 3 < len(toks) and toks[i + 3].text in _DASHES | {"/", ":"}:
        return None
    return i + 3, a, b


def _count(
    toks: list[Token], k: int, words: ScoreWords, lex: Lexicon, limit: int = _MAX_GOALS
) -> tuple[int, int] | None:
    """A count of goals at token ``k`` (هدفين, ثلاثية, ثلاثة أهداف, 3 أهداف, واحد وثلاثين
    هدفاً): value, end."""
    if k >= len(toks):
        return None
    for form in _forms(toks[k]):
        if form in words.goals:
            return words.goals[form], k + 1
    got = _number(toks, k, lex, limit)
    if (
        got is not None
        and got[1] < len(toks)
        and any(f in words.goal_nouns for f in _forms(toks[got[1]]))
    ):
        return got[0], got[1] + 1
    return None


def _bare_count(
    toks: list[Token], k: int, lex: Lexicon, limit: int = _MAX_GOALS
) -> tuple[int, int] | None:
    """A number with its noun left out after مقابل (بأربعة أهداف مقابل ثلاثة, مقابل ثمانية
    وعشرين): value, end."""
    if k >= len(toks):
        return None
    return _number(toks, k, lex, limit)


def _word_score(
    toks: list[Token], i: int, words: ScoreWords, lex: Lexicon, limit: int = _MAX_GOALS
) -> tuple[int, int, int] | None:
    """بهدفين مقابل هدف, بثلاثة أهداف لمثلها, بهدف نظيف, بهدفين دون رد."""
    first = _count(toks, i, words, lex, limit)
    if first is None:
        return None
    a, k = first
    n = len(toks)
    if k >= n:
        return None
    forms = _forms(toks[k])
    if any(f in words.level for f in forms):
        return k + 1, a, a
    for size in (2, 1):
        if k + size > n:
            continue
        if tuple(t.fold for t in toks[k : k + size]) in words.nil or (
            size == 1 and any((f,) in words.nil for f in forms)
        ):
            return k + size, a, 0
    if any(f in words.against for f in forms):
        second = _count(toks, k + 1, words, lex, limit) or _bare_count(toks, k + 1, lex, limit)
        if second is not None:
            return second[1], a, second[0]
    if toks[k].fold.startswith("ل") and (second := _count(toks, k, words, lex, limit)):
        return second[1], a, second[0]  # بثلاثة أهداف لهدف
    return None


@dataclass(frozen=True)
class RaceTime:
    """A time in clock notation: token range, its value and unit (hour or minute)."""

    tok_start: int
    tok_end: int
    value: float
    unit: str


def find_race_times(toks: list[Token], lex: Lexicon) -> list[RaceTime]:
    """Times written as a clock: 2:00:35 (hours, minutes, seconds) and 3:26.73 (minutes,
    seconds and hundredths). A clock time of day has no seconds in news copy; one after a
    time-of-day word (at, الساعة) is left alone."""
    out: list[RaceTime] = []
    n = len(toks)
    i = 0
    while i + 2 < n:
        parts = [toks[i]]
        k = i + 1
        while (
            k + 1 < n
            and toks[k].text == ":"
            and toks[k + 1].kind == "num"
            and toks[k].start == parts[-1].end
            and toks[k + 1].start == toks[k].end
        ):
            parts.append(toks[k + 1])
            k += 2
        if toks[i].kind != "num" or len(parts) < 2 or _clock_context(toks, i, lex):
            i += 1
            continue
        got = _clock_value([p.text for p in parts])
        if got is not None:
            out.append(RaceTime(i, k, *got))
            i = k
            continue
        i += 1
    return out


def _clock_context(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the figure at ``i`` a time of day (at 2:14, الساعة 2:14:05)?"""
    if i > 0 and (toks[i - 1].text in ":/" or toks[i - 1].fold in {"at", "الساعه"}):
        return True
    return i > 0 and any((f,) in lex.time_of_day for f, _ in toks[i - 1].readings)


def _clock_value(parts: list[str]) -> tuple[float, str] | None:
    texts = [to_ascii_digits(p).replace("٫", ".") for p in parts]
    if len(texts) == 3 and all(x.isdigit() for x in texts):
        h, m, s = (int(x) for x in texts)
        if h < 100 and m < 60 and s < 60 and len(texts[1]) == len(texts[2]) == 2:
            return h + m / 60 + s / 3600, "hour"
    if len(texts) == 2 and texts[0].isdigit() and "." in texts[1]:
        whole, _, frac = texts[1].partition(".")
        if whole.isdigit() and frac.isdigit() and len(whole) == 2 and int(whole) < 60:
            return int(texts[0]) + float(texts[1]) / 60, "minute"
    return None
