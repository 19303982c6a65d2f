"""Is it the same fact? Figures of one family and near each other, the same event and
anniversary, the same places, causes, periods and qualifying figures, the same meeting
and the same day (a Hijri date converted)."""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache
from itertools import product

from hijridate import Hijri
from rapidfuzz import fuzz

from claimcheck.extract.attributions import QUOTE_RE
from claimcheck.extract.entities import (
    _AR_PREPOSITIONS,
    NAME_PREFIX,
    Mention,
    Registry,
    description_words,
    load_registry,
    name_key,
    unresolved_names,
)
from claimcheck.extract.places import EN_DEMONYM_ENDINGS, PLACE_PREFIX
from claimcheck.extract.tokens import Token
from claimcheck.lexicons import fold, to_ascii_digits, unit_family, unit_scale
from claimcheck.lexicons import load as load_lexicon
from claimcheck.match.content import concepts
from claimcheck.match.relevance import _WORD, named_in_both
from claimcheck.models import Claim, DateValue, Quantity
from claimcheck.normalize import interval
from claimcheck.settings import Settings

_LOWER = frozenset({"more_than", "at_least"})
# How far above a lower bound an exact figure may still be the same fact told two ways
_BOUND_REACH = 3.0
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _other_anniversary(claim: Claim, other: Claim) -> bool:
    """80th and 77th anniversaries are two events, not two figures for one."""
    q, o = claim.quantity, other.quantity
    return (
        q is not None
        and o is not None
        and q.unit == o.unit == "year"
        and "anniversary" in claim.topics
        and "anniversary" in other.topics
        and q.value != o.value
    )


def comparable(q: Quantity, o: Quantity, settings: Settings) -> bool:
    """Could these two figures be the same fact told twice?

    The unit must be of one family (2 hours is not 2 days; drones are not
    missiles), and the figures within ``max_fact_ratio`` of each other: outlets
    differ by a little (10,000 or 15,000), not by twenty times (2.5 or 54 hours).
    """
    if unit_family(q.key) != unit_family(o.key) and not _telling_bare_figure(q, o):
        return False
    if (
        q.bound is not None
        and o.bound is not None
        and (q.bound in _LOWER) == (o.bound in _LOWER)
        and q.value
        and o.value
        and _ratio(_scaled(q), _scaled(o)) > settings.max_fact_ratio
    ):
        return False  # "more than 600,000" and "more than 60,000" only overlap as bounds
    for b, x in ((q, o), (o, q)):
        if (
            b.bound in _LOWER
            and x.bound is None
            and not x.vague
            and b.value
            and x.value
            and _scaled(x) / _scaled(b) > _BOUND_REACH
        ):
            return False  # "at least $300 billion" is no report of $1.3 trillion
    lo1, hi1 = interval(q, settings)
    lo2, hi2 = interval(o, settings)
    if lo1 <= hi2 and lo2 <= hi1:
        return True
    small, big = (hi1, lo2) if hi1 < lo2 else (hi2, lo1)
    return small > 0 and big / small <= settings.max_fact_ratio


def _telling_bare_figure(q: Quantity, o: Quantity) -> bool:
    """One side gives the figure alone (a fertility rate of 0.72), the other with what it
    counts (٠٫٧٢ طفل لكل امرأة): the same figure, if it is a fraction, which no other
    fact of the story shares by chance. A whole number alone is as often an event's name
    (the 1500m) or a total the claim is part of (240 of the 543 seats)."""
    if (q.key is None) == (o.key is None) or q.value is None or o.value is None:
        return False
    v = q.value if q.key is None else o.value
    return v != int(v) and abs(q.value - o.value) <= 0.01 * max(abs(q.value), abs(o.value))


def _scaled(q: Quantity) -> float:
    """A figure in its family's own unit (32 minutes: 1,920 seconds)."""
    return (q.value or 0.0) * unit_scale(q.key)


def _ratio(a: float, b: float) -> float:
    return max(a, b) / min(a, b)


_TOTAL = re.compile(
    r"\bcumulative\b|\bin total\b|\ba total of\b|\baltogether\b|\bcombined\b"
    r"|إجمالي|اجمالي|مجموع|بالمجمل|في المجمل",
    re.IGNORECASE,
)


def _other_events(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Do both figures say what happened to what they count, and say different things
    (killed vs injured, sent vs planned, the economy vs exports)? Plans and increments
    must be on both sides or neither."""

    def outcomes(c: Claim) -> set[str]:
        return {t for t in c.topics if (e := registry.entities.get(t)) is not None and e.outcome}

    o1, o2 = outcomes(claim), outcomes(other)
    # damage done to people is people affected (ألحقت أضراراً بـ٣٣ مليون شخص)
    for o, c in ((o1, claim), (o2, other)):
        if "damage" in o and c.quantity is not None and unit_family(c.quantity.key) == "people":
            o.discard("damage")
            o.add("affected")
    # إجمالي الرسوم الإضافية ... إلى 145, "a cumulative 145%": the sum of the additions,
    # no increment; a total named after the figure (ألف جثة أخرى ليرتفع العدد الإجمالي)
    # is what the increment adds to
    for o, c in ((o1, claim), (o2, other)):
        if "increment" in o and c.quantity is not None:
            at = c.sentence.find(c.quantity.text)
            total = _TOTAL.search(c.sentence)
            if total is not None and 0 <= total.start() < at:
                o.discard("increment")
    for marker in ("plan", "increment", "total"):
        if (marker in o1) != (marker in o2):
            return True
    o1, o2 = o1 - {"plan", "increment"}, o2 - {"plan", "increment"}
    if bool(o1 and o2 and not o1 & o2):
        return True
    if _facets_differ(claim, other, registry):
        return True
    years1, years2 = _years(claim), _years(other)
    if years1 and years2 and not years1 & years2:
        return True  # 21.4% in 2023 is not 2021's
    since1, since2 = _baselines(claim), _baselines(other)
    if since1 and since2 and not since1 & since2:
        return True  # up 20% since 2019 is not up 20% since 2015
    if _span_of_time(claim) and _span_of_time(other):
        return False  # an 18-month ban is no month's count, whatever months the story names
    months1, months2 = _months(claim), _months(other)
    if ("span_to_date" in claim.topics and months2 and not months1) or (
        "span_to_date" in other.topics and months1 and not months2
    ):
        return True  # the year's running total is not September's count
    return bool(months1 and months2 and not months1 & months2)  # August's rise, not September's


def _span_of_time(claim: Claim) -> bool:
    """Is the figure a length of time (18 months, four years), not a count in one?"""
    q = claim.quantity
    return q is not None and unit_family(q.key) in ("day", "month", "year", "second")


def _months(claim: Claim) -> frozenset[int]:
    """The months a figure's sentence dates it to ("in August", في أغسطس), Gregorian."""
    return _sentence_months(claim.sentence, claim.language)


_MONTH_PREPOSITIONS = frozenset(
    {"in", "during", "until", "through", "for", "في", "خلال", "حتي", "شهر"}
)


_CLAUSE_BREAK = re.compile(r"[,،;؛.]")


@lru_cache(maxsize=16384)
def _sentence_months(sentence: str, lang: str) -> frozenset[int]:
    """Months the sentence states: in its dates, or named alone after in / في
    ("in September", في أغسطس), which the date parser leaves alone."""
    from claimcheck.extract.dates import parse_dates

    # a month measured from ("the biggest rise since November 1981") is no month of the figure
    since = [m.start() for m in re.finditer(r"\bsince\b|منذ", sentence, re.IGNORECASE)]
    months = {
        d.month
        for d in parse_dates(sentence, lang)  # type: ignore[arg-type]
        if d.month
        and d.calendar == "gregorian"
        and not d.relative
        # "since late September", منذ رصد المرض أواخر أيلول: a few words on, in one clause
        and not any(
            0 <= d.start - s <= 30 and not _CLAUSE_BREAK.search(sentence, s, d.start) for s in since
        )
    }
    table = load_lexicon(lang).months  # type: ignore[arg-type]
    words = [fold(w) for w in _WORD.findall(sentence)]
    for prev, word in zip(["", *words], words, strict=False):
        month = table.get((word,))
        if month is not None and prev in _MONTH_PREPOSITIONS:
            months.add(month)
    return frozenset(months)


#: Facets that tell statements apart but not figures: "rates rose to 5%" and "rates fell
#: to 5%" disagree on the direction, yet both confirm the 5%.
_STATEMENT_FACETS = frozenset({"direction", "level", "continuation"})


def _facets_differ(
    claim: Claim, other: Claim, registry: Registry, *, statements: bool = False
) -> bool:
    """Both name a cause, a disease, a kind of election or a round, and not the same one
    (killed in an air strike vs in a building collapse; measles vs Ebola). With
    ``statements``, also a direction or a level (cut vs raise; high vs low)."""

    def facets(c: Claim) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for t in c.topics:
            e = registry.entities.get(t)
            if e is not None and e.facet and (statements or e.facet not in _STATEMENT_FACETS):
                out.setdefault(e.facet, set()).add(t)
        return out

    f1, f2 = facets(claim), facets(other)
    # a measure named bare is its headline kind: "inflation rose to 3%" is not core inflation
    for facet, (base, default) in _FACET_DEFAULTS.items():
        for f, c in ((f1, claim), (f2, other)):
            if facet not in f and base in c.topics:
                f[facet] = {default}
    return any(not f1[k] & f2[k] for k in f1.keys() & f2.keys())


#: facet -> (the measure it qualifies, the kind a bare mention of the measure is)
_FACET_DEFAULTS = {"inflation_kind": ("inflation", "inflation_headline")}


# Words right before a figure (hedges aside) that make it a change (fell by $4 billion,
# ارتفع بمقدار) or a level (fell to $64, بلغت ٤ مليارات, إلى ٥٠٪)
_CHANGE_BEFORE = frozenset({"by", "بمقدار"})
# Words before "by" that make the figure a gap between two, not a change in one
_MARGIN_VERBS = frozenset(
    {"trailed", "trailing", "trails", "trail", "led", "leads", "leading", "won", "wins",
     "winning", "lost", "loses", "beaten", "beat", "ahead", "behind", "edged", "outscored",
     "outpolled", "margin"}
)  # fmt: skip
_LEVEL_BEFORE = frozenset(
    {"to", "at", "reached", "totalled", "totaled", "stood", "الي", "عند", "بلغ", "بلغت", "ليبلغ",
     "لتبلغ", "وصل", "وصلت", "ليصل", "لتصل"}
)  # fmt: skip
_HEDGES = frozenset(
    {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "over",
     "more", "than", "less", "a", "an", "نحو", "حوالي", "قرابة", "قرابه", "زهاء", "اكثر",
     "من", "اقل", "ما", "يقارب", "يناهز", "يزيد", "علي", "$"}
)  # fmt: skip


@lru_cache(maxsize=16384)
def _change_or_level(sentence: str, lang: str, start: int) -> str | None:
    """Is the figure at ``start`` a change (fell by $4 billion) or a level (fell to $64,
    بلغت الإيرادات ٤ مليارات)? None when the words before it do not say."""
    toks, _, _ = analysed(sentence, lang)
    k = next((t.index for t in toks if t.start >= start), len(toks)) - 1
    while k >= 0 and (toks[k].fold in _HEDGES or toks[k].text in "$€£"):
        k -= 1
    if k < 0:
        return None
    forms = {toks[k].fold, *(f for f, _ in toks[k].readings)}
    if forms & _CHANGE_BEFORE:
        if any(t.fold in _MARGIN_VERBS for t in toks[max(0, k - 4) : k]):
            # "trailed the leader by 91 points", "won by 3 seconds": a gap, no change
            return None
        return "change"
    if forms & _LEVEL_BEFORE:
        return "level"
    return None


def _change_vs_level(claim: Claim, other: Claim) -> bool:
    """One figure is a change and the other a level (revenue fell by about $4 billion vs
    revenue reached about $4 billion): two facts, whatever the figure."""
    q, o = claim.quantity, other.quantity
    if q is None or o is None:
        return False
    a = _change_or_level(claim.sentence, claim.language, q.start - claim.sentence_start)
    b = _change_or_level(other.sentence, other.language, o.start - other.sentence_start)
    return a is not None and b is not None and a != b


def _change_direction_differs(claim: Claim, other: Claim, registry: Registry) -> bool:
    """A percentage that rose in one sentence and fell in the other ("Brent fell 1.5%" vs
    ارتفع ١٫٥٪): a change's direction is part of the figure. Other figures keep theirs.
    The direction is the verb nearest the figure in its clause, not any in the sentence
    (تراجع برنت ١٫٥٪ بعد ارتفاع المخزونات: the price fell)."""
    q, o = claim.quantity, other.quantity
    if _change_vs_level(claim, other):
        return True
    if q is None or o is None:
        return False
    if q.unit != "percent" or o.unit != "percent":
        # a level reached by a fall and by a rise (fell to $64 vs rose to $64): two days
        a = _change_or_level(claim.sentence, claim.language, q.start - claim.sentence_start)
        b = _change_or_level(other.sentence, other.language, o.start - other.sentence_start)
        if a != "level" or b != "level":
            return False
        # the verb that reached it comes before it (after it: ارتفاع المخزونات, another rise)
        d1 = _figure_direction(
            claim.sentence, claim.language, q.start - claim.sentence_start, _LEVEL_REACH, True
        )
        d2 = _figure_direction(
            other.sentence, other.language, o.start - other.sentence_start, _LEVEL_REACH, True
        )
        return d1 is not None and d2 is not None and "flat" not in (d1, d2) and d1 != d2
    d1 = _figure_direction(claim.sentence, claim.language, q.start - claim.sentence_start)
    d2 = _figure_direction(other.sentence, other.language, o.start - other.sentence_start)
    return d1 is not None and d2 is not None and d1 != d2


_DIRECTION_OF = {
    "direction_up": "up",
    "direction_down": "down",
    "fall": "down",
    "direction_flat": "flat",
}
_DIRECTION_REACH = 6  # tokens between the verb and its figure
_LEVEL_REACH = 9  # ... and its level: تراجع سعر خام برنت بنسبة ١٫٥٪ إلى ٦٤ دولاراً


@lru_cache(maxsize=16384)
def analysed(sentence: str, lang: str) -> tuple[list[Token], list[Mention], list[tuple[int, int]]]:
    """A candidate sentence read once at match time: its tokens, its registry mentions and
    the character spans of its crediting frame. Shared by every check that needs them;
    callers must not change what it returns."""
    from claimcheck.extract.attributions import frame_spans
    from claimcheck.extract.entities import find_mentions
    from claimcheck.extract.tokens import tokenize

    lex = load_lexicon(lang)  # type: ignore[arg-type]
    toks = tokenize(sentence, lex)
    return toks, find_mentions(toks, load_registry()), frame_spans(toks, lex)


@lru_cache(maxsize=16384)
def _figure_direction(
    sentence: str, lang: str, start: int, reach: int = _DIRECTION_REACH, before: bool = False
) -> str | None:
    toks, mentions, _ = analysed(sentence, lang)
    at = next((t.index for t in toks if t.start >= start), len(toks))
    best: tuple[int, str] | None = None
    for m in mentions:
        way = _DIRECTION_OF.get(m.entity.id)
        if way is None or (before and m.tok_end > at):
            continue
        lo, hi = (m.tok_end, at) if m.tok_end <= at else (at, m.tok_start)
        if hi - lo > reach or any(t.text in ",،;" for t in toks[lo:hi]):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, way)
    return best[1] if best else None


@lru_cache(maxsize=8192)
def _figures(sentence: str, lang: str, *, counts: bool = False) -> tuple[Quantity, ...]:
    """Every figure of a sentence with a unit, and with ``counts`` every count of something
    named too (800 million people) (parsed once per sentence)."""
    from claimcheck.extract.dates import parse_dates
    from claimcheck.extract.quantities import parse_quantities

    skip = [(d.start, d.end) for d in parse_dates(sentence, lang)]  # type: ignore[arg-type]
    return tuple(
        q
        for q in parse_quantities(sentence, lang, skip)  # type: ignore[arg-type]
        if q.unit or (counts and q.key)
    )


def _qualifiers_differ(claim: Claim, other: Claim, settings: Settings) -> bool:
    """Do the sentences qualify the fact with incompatible figures of another kind?

    400 kg of uranium enriched to 60% is not 400 kg enriched to 20%; a 7.8 quake on
    6 February is not the 7.5 one. Figures of the claim's own family are left alone: an
    updated injury count beside the same death toll still confirms the toll.
    """
    own = unit_family(claim.quantity.key) if claim.quantity else None
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    # a statement's figures of people or things count too: 800 million users is not 100
    counts = claim.attribution is not None
    mine: dict[str, list[Quantity]] = {}
    for q in _figures(claim.sentence, claim.language, counts=counts):
        own_figure = claim.quantity is not None and start <= q.start < end
        # a vague amount (منذ آلاف السنين, for thousands of years) contradicts no figure
        if unit_family(q.key) != own and not own_figure and not q.vague:
            mine.setdefault(q.key, []).append(q)
    if not mine:
        return False
    theirs: dict[str, list[Quantity]] = {}
    for q in _figures(other.sentence, other.language, counts=counts):
        # a statement's count may name its people otherwise (800 million people, users)
        key = (
            next((k for k in mine if unit_family(k) == unit_family(q.key)), None)
            if counts
            else q.key
        )
        if key in mine:
            theirs.setdefault(key, []).append(q)
    for key, qs in theirs.items():
        if not any(_overlap_q(a, b, settings) for a in mine[key] for b in qs):
            return True
    return False


def _overlap_q(a: Quantity, b: Quantity, settings: Settings) -> bool:
    lo1, hi1 = interval(a, settings)
    lo2, hi2 = interval(b, settings)
    return lo1 <= hi2 and lo2 <= hi1


def _years_differ(claim: Claim, other: Claim) -> bool:
    """Both sentences state years, and not one in common (by 2030 vs by 2035). A year in
    a competition's name (the 2026 World Cup, كأس العالم ٢٠٢٦) is set only against another
    such year: a statement on the 2026 qualifiers made in January 2025 is one statement."""
    y1, y2 = _years(claim), _years(other)
    if not (y1 and y2) or y1 & y2:
        return False
    # one side gives only a competition's year, the other only the month and year it was
    # said in (in January 2025): nothing tells the two apart
    e1, e2 = _event_years(claim.sentence), _event_years(other.sentence)
    d1 = _dating_years(claim.sentence, claim.language)
    d2 = _dating_years(other.sentence, other.language)
    return not ((y1 <= e1 and y2 <= d2 - e2) or (y2 <= e2 and y1 <= d1 - e1))


def _months_said_differ(claim: Claim, other: Claim) -> bool:
    """Both statements give the months and years they speak of or were made in, and not one
    in common (in December 2024 against in January 2024): two statements."""
    m1 = _dated_months(claim.sentence, claim.language)
    m2 = _dated_months(other.sentence, other.language)
    return bool(m1 and m2 and not m1 & m2)


@lru_cache(maxsize=16384)
def _dated_months(sentence: str, lang: str) -> frozenset[tuple[int, int]]:
    """The (year, month) of each Gregorian date in the sentence that gives both."""
    from claimcheck.extract.dates import parse_dates

    return frozenset(
        (d.year, d.month)
        for d in parse_dates(sentence, lang)  # type: ignore[arg-type]
        if d.year and d.month and d.calendar == "gregorian" and not d.relative
    )


def _dating_years(sentence: str, lang: str) -> frozenset[int]:
    """The years of the sentence's dates that give a month too (in January 2025)."""
    return frozenset(year for year, _ in _dated_months(sentence, lang))


# A year in a competition's name, after it (World Cup 2026, كأس العالم ٢٠٢٦, مونديال قطر
# ٢٠٢٢) or before it (the 2026 World Cup, the 2024 Paris Olympics)
_EVENT_YEAR = re.compile(
    r"(?:edition|نسخة|world cup|euro|olympics|olympic games|games|asian cup|copa america|afcon|"
    r"nations cup|championships?|كأس العالم|مونديال|المونديال|أولمبياد|الأولمبياد|"
    r"الألعاب الأولمبية|دورة الألعاب|كأس آسيا|كأس أمم|كأس الأمم|يورو|بطولة)"
    r"(?:\s+[^\s\d,،.]+){0,2}?\s+((?:19|20)\d\d)(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)\s+(?:[A-Z][a-z]+\s+)?(?:fifa\s+)?(?:world cup|euro\b|olympics|"
    r"olympic|paralympics|games|asian cup|africa cup|copa|club world cup|championships?)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _event_years(sentence: str) -> frozenset[int]:
    """The years a sentence gives in a competition's name."""
    ascii_text = to_ascii_digits(sentence)
    return frozenset(int(m.group(1) or m.group(2)) for m in _EVENT_YEAR.finditer(ascii_text))


def _years(claim: Claim) -> set[int]:
    """Years the claim's sentence states (a rate in 2023, seats in the 2021 election),
    not the baselines it measures from ("the highest since 1981", منذ عام ١٩٧٠)."""
    return set(_sentence_years(claim.sentence, claim.language)) - (
        {claim.quantity.value} if claim.quantity and claim.quantity.value else set()
    )


def _baselines(claim: Claim) -> set[int]:
    """The years a claim's sentence measures from: "since 1981", منذ عام ١٩٧٠."""
    return set(_sentence_baselines(claim.sentence))


# "since" and منذ, up to three words without digits before a year (since November 1981,
# منذ عام ١٩٧٠, "since Marco Pantani in 1998")
_SINCE_YEAR = re.compile(
    r"(?:\bsince|منذ)(?:\s+[^\s\d٠-٩,،]+){0,3}?\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)


# since / منذ, up to two words without digits between it and the date (منذ مطلع, since
# early): "منذ 2019 في السادس من حزيران" is a baseline and then the event's own date
_SINCE_BEFORE = re.compile(r"(?:\bsince|منذ)(?:\s+[^\s\d٠-٩]+){0,2}\s*$", re.IGNORECASE)


def _baseline_date(claim: Claim) -> bool:
    """Is the claim a date measured from ("for the first time since 2019", الأعلى منذ
    عام ٢٠١٩), not the date of the sentence's event?"""
    return bool(_SINCE_BEFORE.search(claim.sentence[: claim.start - claim.sentence_start]))


@lru_cache(maxsize=16384)
def _sentence_baselines(sentence: str) -> frozenset[int]:
    return frozenset(int(y) for y in _SINCE_YEAR.findall(to_ascii_digits(sentence)))


@lru_cache(maxsize=16384)
def _sentence_years(sentence: str, lang: str) -> frozenset[int]:
    """Gregorian years the sentence states, with its Hijri years converted; a baseline
    year ("since 1981") is not one of them."""
    ascii_text = to_ascii_digits(sentence)
    baselines = {m.start(1) for m in _SINCE_YEAR.finditer(ascii_text)}
    years = {int(m.group()) for m in _YEAR.finditer(ascii_text) if m.start() not in baselines}
    if any(0x600 <= ord(c) <= 0x6FF for c in sentence) or "AH" in sentence or "hijri" in sentence:
        years |= _hijri_years(sentence, lang)
    return frozenset(years)


def _hijri_years(sentence: str, lang: str) -> set[int]:
    """The Gregorian years of the sentence's Hijri years. A Hijri year straddles two
    Gregorian ones, unless its month is given or a season fixes it: the hajj of 1445 AH
    was in June 2024, so موسم حج ١٤٤٥هـ is 2024, not 2023."""
    from claimcheck.extract.dates import parse_dates

    hijri = [d for d in parse_dates(sentence, lang) if d.calendar == "hijri" and d.year]  # type: ignore[arg-type]
    if not hijri:
        return set()
    seasons = load_lexicon(lang).hijri_seasons  # type: ignore[arg-type]
    season = next((seasons[fold(w)] for w in _WORD.findall(sentence) if fold(w) in seasons), None)
    years: set[int] = set()
    for d in hijri:
        assert d.year is not None
        if d.month:
            days = [(d.month, d.day or 15)]
        elif season is not None:
            days = [season]
        else:
            days = [(1, 1), (12, 29)]
        for month, day in days:
            # outside hijridate's table (1343-1500 AH): no year
            with suppress(OverflowError, ValueError):
                years.add(Hijri(d.year, month, day).to_gregorian().year)
    return years


def _principals(claim: Claim, registry: Registry) -> set[str]:
    """Who met: the leaders when two or more met (their delegations aside), else everyone
    named (an emir receiving a foreign minister)."""
    leaders = {p for p in claim.participants if (e := registry.entities.get(p)) and e.leader}
    return leaders if len(leaders) >= 2 else set(claim.participants)


def _participants_differ(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Both name who met, and not the same principals (Putin and Kim vs the trio)."""
    if not claim.participants or not other.participants:
        return False
    return _principals(claim, registry) != _principals(other, registry)


def _places(claim: Claim, registry: Registry) -> tuple[frozenset[str], frozenset[str]]:
    """The countries (ISO codes) and the places below them (ids) a claim's sentence names.

    A city or province also names its country (Hatay: Turkey); a place nobody listed
    (``place:`` + its romanized key) names no country we know.
    """
    key = (tuple(claim.entities), id(registry))
    got = _PLACES.get(key)
    if got is None:
        if len(_PLACES) > 16384:
            _PLACES.clear()
        got = _PLACES[key] = _places_of(key[0], registry)
    return got


_PLACES: dict[tuple[tuple[str, ...], int], tuple[frozenset[str], frozenset[str]]] = {}


def _places_of(
    entities: tuple[str, ...], registry: Registry
) -> tuple[frozenset[str], frozenset[str]]:
    countries: set[str] = set()
    localities: set[str] = set()
    for eid in entities:
        if eid.startswith(PLACE_PREFIX):
            localities.add(eid)
            continue
        ent = registry.entities.get(eid)
        if ent is None or ent.kind != "place":
            continue
        if ent.iso:
            countries.add(ent.iso)
            continue
        localities.add(eid)
        if ent.country:
            countries.add(ent.country)
    return frozenset(countries), frozenset(localities)


def _names_as_places(claim: Claim) -> frozenset[str]:
    """The claim's unlisted names as unlisted places (``name:x`` as ``place:x``)."""
    return frozenset(
        PLACE_PREFIX + e[len(NAME_PREFIX) :] for e in claim.entities if e.startswith(NAME_PREFIX)
    )


def _place_may_match(
    a: str, b: str, countries_a: frozenset[str], countries_b: frozenset[str]
) -> bool:
    """Could two named places be where one fact happened? The same place, or an unlisted
    one against a listed one: a base, a palace or a village nobody listed may lie in the
    state or city the other side names (Balmoral in Scotland, a base in Anchorage, Alaska),
    unless the unlisted one's side names countries and not the listed one's (Mandalay,
    Myanmar against Bangkok)."""
    if _same_place(a, b):
        return True
    if a.startswith(PLACE_PREFIX) == b.startswith(PLACE_PREFIX):
        return False
    listed, other_countries = (b, countries_a) if a.startswith(PLACE_PREFIX) else (a, countries_b)
    ent = load_registry().entities.get(listed)
    country = ent.country if ent is not None else None
    return not (other_countries and country and country not in other_countries)


def _same_place(a: str, b: str, similarity: float = 85.0) -> bool:
    """Two ids for one place: equal, or two unlisted names alike. Place names are
    romanized loosely (Tanger ~ طنجة), so a first word that starts alike and mostly
    overlaps is enough to leave the question open."""
    if a == b:
        return True
    entities = load_registry().entities
    if (ea := entities.get(a)) is not None and ea.within == b:
        return True  # the southern suburbs are in Beirut
    if (eb := entities.get(b)) is not None and eb.within == a:
        return True
    if a.startswith(PLACE_PREFIX) and b.startswith(PLACE_PREFIX):
        ka, kb = a[len(PLACE_PREFIX) :], b[len(PLACE_PREFIX) :]
        if fuzz.ratio(ka, kb) >= similarity:
            return True
        if len(ka.replace(" ", "")) < 3 and len(kb.replace(" ", "")) < 3:
            return True  # two consonants each (Ceyhan "sn", جيهان "jn"): too few to tell
        wa, wb = ka.split()[0], kb.split()[0]
        if (
            len(wa) >= 3
            and wa[0] in _LOOSE_INITIALS
            and wb[0] in _LOOSE_INITIALS
            and wa[1:] == wb[1:]
        ):
            return True  # an opening vowel written ي in Arabic: Eugene ~ يوجين
        return wa[:2] == wb[:2] and fuzz.partial_ratio(wa, wb) >= 60
    return False


# Romanized first letters that stand for an opening vowel (E, I, U, ي, أ, و)
_LOOSE_INITIALS = frozenset("ayw")

_LOCATIVE = frozenset({"in", "inside", "across", "في", "داخل", "بمدينه", "بولايه"})


@lru_cache(maxsize=16384)
def _sentence_countries(sentence: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Countries a sentence names for its fact, and those it places its fact in.

    The first leaves out countries inside quotation marks (a speaker's «العدوان الياباني»
    is not the outlet saying whose figure it is) and in the crediting frame (a Ukrainian
    official, Seoul's spy agency said: whose word it is). The second keeps those named
    right after in / في, or a city in them so named ("cholera killed 2,400 in Yemen").
    """
    from claimcheck.extract.dates import parse_dates

    toks, mentions, frames = analysed(sentence, lang)
    quoted = [m.span() for m in QUOTE_RE.finditer(sentence)] + frames
    # a named day (اليوم الوطني لقطر) dates the fact; its country does not place it
    quoted += [(d.start, d.end) for d in parse_dates(sentence, lang)]  # type: ignore[arg-type]
    named: set[str] = set()
    located: set[str] = set()
    # a nationality describing a company or a person (ديب سيك الصينية, "Chinese startup
    # DeepSeek") says whose it is, not where the fact happened
    described = _describing(toks, mentions)
    for m in mentions:
        if m.entity.kind != "place" or m.role:
            continue
        if m in described:
            continue
        country = m.entity.iso or m.entity.country
        if country and not any(a <= m.start < b for a, b in quoted):
            named.add(country)
        first = toks[m.tok_start]
        glued = first.arabic and m.start > first.start and first.text.startswith("ب")  # بالسودان
        prev = toks[m.tok_start - 1].fold if m.tok_start else ""
        if (prev in _LOCATIVE or glued) and (country := m.entity.country):
            located.add(country)
    return frozenset(named), frozenset(located)


@lru_cache(maxsize=16384)
def _nationalities(sentence: str, lang: str) -> frozenset[str]:
    """Countries a sentence names only as who a person or a company is (والياباني سوسومو
    كيتاغاوا, "Jordanian-born Omar Yaghi", "Chinese startup DeepSeek")."""
    toks, mentions, _ = analysed(sentence, lang)
    describing = _describing(toks, mentions)
    described = {m.entity.iso for m in describing}
    named = {
        m.entity.iso or m.entity.country
        for m in mentions
        if m.entity.kind == "place" and m.entity.iso not in described
    }
    return frozenset(i for i in described - named if i)


def _describing(toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The country mentions that say who a person or a company is, not where."""
    bodies = [m for m in mentions if m.entity.kind in ("organisation", "person", "agency")]
    places = [m for m in mentions if m.entity.kind == "place"]
    return [m for m in places if m.entity.iso and _describes(toks, m, bodies, places)]


# Irregular past tenses after "the Slovenian" that make the nationality a person's
_EN_PAST_VERBS = frozenset(
    {"won", "lost", "beat", "took", "ran", "set", "hit", "said", "told", "wrote", "made",
     "became", "broke", "held", "kept", "led", "left", "met", "rode", "swam", "threw", "got",
     "gave", "fought", "struck", "came", "went", "saw", "says", "tells", "wins"}
)  # fmt: skip


# Nationalities that are nouns for one person ("the first Spaniard to win", "the Briton")
_EN_DEMONYM_NOUNS = frozenset(
    {"spaniard", "briton", "frenchman", "frenchwoman", "englishman", "englishwoman",
     "scotsman", "scotswoman", "welshman", "irishman", "irishwoman", "dutchman",
     "dutchwoman", "dane", "swede", "finn", "pole", "scot", "turk", "kiwi", "aussie"}
)  # fmt: skip

# Nouns for a person that a nationality before them describes ("South African woman")
_EN_PERSON_NOUNS = frozenset(
    {"woman", "man", "women", "men", "girl", "boy", "teenager", "national", "citizen",
     "citizens", "nationals", "athlete", "runner", "rider", "sprinter", "skier"}
)  # fmt: skip

# Nouns whose nationality adjective names a team or a country, not a person after it
# (نظيره المصري, منافسه الجزائري); a verb with its object (افتتحها المغربي) is no such noun
_COUNTERPARTS = ("نظير", "منافس", "غريم", "شريك", "جار", "ضيف", "مضيف")

_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين", "يتان")
# Countries whose name is spelled as their feminine adjective
_AR_NAMES_LIKE_NISBAS = frozenset({"السعوديه"})


# Capitalised words after "Japan's" that begin a title or a place, not a person's name
# ("Japan's Prime Minister", "Japan's Noto Peninsula")
_NOT_GIVEN_NAMES = frozenset(
    {"prime", "president", "minister", "foreign", "defence", "defense", "finance", "health",
     "supreme", "national", "central", "state", "premier", "super", "grand", "royal", "new",
     "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
     "lower", "peninsula", "island", "islands", "province", "prefecture", "region", "sea",
     "river", "gulf", "strait", "coast", "mount", "lake", "bay", "ministry", "army", "navy",
     "air", "energy", "space", "olympic", "league", "cup", "open", "world", "football"}
)  # fmt: skip


def _describes(toks: list[Token], m: Mention, bodies: list[Mention], places: list[Mention]) -> bool:
    """Is a country's adjective right after an organisation or person (Arabic: ديب سيك
    الصينية, with the closing guillemet between), standing for a person named right after
    it (Arabic: الإيطالي يانيك سينر, والبريطاني الأسترالي ريتشارد روبسون), or right before
    one, with one word between at most (English: "Chinese startup DeepSeek", "Japanese
    chemist Susumu Kitagawa", "Jordanian-born Omar Yaghi")?"""
    first = toks[m.tok_start]
    if first.arabic:
        adjective = first.fold.removeprefix("و")
        if not (adjective.startswith("ال") and adjective.endswith(_NISBA_ENDINGS)):
            return False  # only the adjective (الصينية), not the country's name (الصين)
        if adjective in _AR_NAMES_LIKE_NISBAS:
            return False  # منح السعودية حق: the country, spelled as its adjective
        k = m.tok_start - 1
        while k >= 0 and toks[k].kind == "punct" and toks[k].text in '»”"':
            k -= 1
        if any(b.tok_end == k + 1 for b in bodies):
            return True
        # the adjective as the noun, before a name (أحرز الإيطالي يانيك سينر, انتُخبت
        # الزيمبابوية كيرستي كوفنتري): no definite noun before it for it to qualify, and
        # a person or a bare word (a name the registry lacks) after it
        j = m.tok_end
        # two nationalities in a row (البريطاني الأسترالي): the name comes after both
        while j < len(toks) and any(p.tok_start == j and p.entity.iso for p in places):
            j = next(p.tok_end for p in places if p.tok_start == j)
        chained = k >= 0 and any(p.tok_end == k + 1 and p.entity.iso for p in places)
        if any(b.tok_start == j and b.entity.kind == "person" for b in bodies):
            return True  # النجم البرتغالي كريستيانو رونالدو: the person named right after
        if (
            k == 0
            and toks[0].arabic
            and not toks[0].fold.startswith("ال")
            and adjective.endswith(("ي", "يه"))
            and j < len(toks)
            and toks[j].arabic
        ):
            return True  # وقطعت الكينية المسافة: the opening verb's subject, "the Kenyan"
        if k >= 0 and (toks[k].fold,) in description_words("ar"):
            return True  # المدافع البرازيلي: a person described, who plays for Brazil
        if not chained:
            if k >= 0 and toks[k].arabic and toks[k].fold.startswith(("ال", "لل")):
                return False  # الحكومة السودانية: the adjective of the noun before
            if k >= 0 and toks[k].fold.startswith(_COUNTERPARTS):
                return False  # نظيره المصري: his Egyptian counterpart, a team or a country
        if any(b.tok_start == j and b.entity.kind == "person" for b in bodies):
            return True
        if adjective.endswith(("يين", "يون")):
            return False  # تهجير الفلسطينيين من أرضهم: a people, no one person's name after
        # a hyphen joins a name's parts (مارك-أندريه تير شتيغن)
        name = [t for t in toks[j : j + 4] if t.text != "-"][:2]
        return (
            j + 1 < len(toks)
            and toks[j].text not in _AR_PREPOSITIONS
            and len(name) == 2
            and all(t.kind == "word" and t.arabic and not t.fold.startswith("ال") for t in name)
            and "\u064b" not in toks[j].text
            # بسداسية, لصالح: a preposition glued on, no name
            and not any(off == 1 and toks[j].fold[0] in "بلك" for _, off in toks[j].readings)
        )
    if (
        m.tok_start >= 2
        and toks[m.tok_start - 1].fold == "of"
        and any(b.tok_end == m.tok_start - 1 for b in bodies)
    ):
        return True  # "Esperance of Tunisia": whose club, as الترجي التونسي
    if (
        first.text.endswith(("'s", "’s"))
        and first.fold.endswith(("man", "woman"))
        and m.tok_start > 0
        and toks[m.tok_start - 1].fold == "the"
    ):
        return True  # "The Frenchman's hat-trick": a person named before
    if toks[m.tok_end - 1].text.endswith(("'s", "’s")) and m.tok_end + 1 < len(toks):
        # "China's Yang Liu": the country's possessive right before a person's name, or a
        # news agency's ("North Korea's KCNA"); "France's Ligue 1" may be what is spoken of
        j = m.tok_end
        if any(b.tok_start == j and b.entity.kind in ("person", "agency") for b in bodies):
            return True
        return all(
            t.kind == "word"
            and t.text[:1].isupper()
            and t.text[1:].islower()
            and t.fold not in _NOT_GIVEN_NAMES
            for t in toks[j : j + 2]
        ) and not any(j <= p.tok_start <= j + 1 for p in [*places, *bodies])
    if (
        first.text[:1].isupper()
        # "South African": the adjective's last word
        and toks[m.tok_end - 1].fold.endswith(EN_DEMONYM_ENDINGS)
        # the country's name ending like an adjective (Japan, Iran) is no nationality
        and " ".join(t.fold for t in toks[m.tok_start : m.tok_end])
        != load_registry().name(m.entity.id).lower()
    ):
        j = m.tok_end
        if (
            m.tok_start > 0
            and toks[m.tok_start - 1].fold == "the"
            and j < len(toks)
            and toks[j].kind == "word"
            and toks[j].text.islower()
            and (toks[j].fold.endswith("ed") or toks[j].fold in _EN_PAST_VERBS)
        ):
            return True  # "The Slovenian won six stages": a person named before
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].fold == "born":
            return True  # Jordanian-born: where a person was born
        if m.tok_end - m.tok_start == 1 and toks[m.tok_start].fold in _EN_DEMONYM_NOUNS:
            return True  # "the first Spaniard to win": one person
        if j < len(toks) and (
            (toks[j].fold,) in description_words("en") or toks[j].fold in _EN_PERSON_NOUNS
        ):
            return True  # "a Hungarian astronomer", "the first South African woman"
        if any(j <= b.tok_start <= j + 1 for b in bodies):
            return True
        # "Japanese chemist Susumu Kitagawa": a lowercase noun, then a name nobody listed
        return (
            j + 2 < len(toks)
            and toks[j].kind == "word"
            and toks[j].text.islower()
            and all(t.kind == "word" and t.text[:1].isupper() for t in toks[j + 1 : j + 3])
            and not any(j + 1 <= p.tok_start <= j + 2 for p in places)
        )
    return False


@lru_cache(maxsize=16384)
def _sentence_organisations(sentence: str, lang: str) -> frozenset[str]:
    """Organisations a sentence names for its fact: companies, banks, blocs, parties,
    also as the one announcing it (the IMF's forecast is not the World Bank's); not
    those in quotation marks, nor news agencies."""
    _, mentions, _ = analysed(sentence, lang)
    quoted = [m.span() for m in QUOTE_RE.finditer(sentence)]
    return frozenset(
        m.entity.id
        for m in mentions
        if m.entity.kind == "organisation"
        and not m.role
        and not m.entity.agency
        and not any(a <= m.start < b for a, b in quoted)
    )


def _organisations_differ(claim: Claim, other: Claim) -> bool:
    """Each sentence gives its figure to an organisation the other does not name, and
    neither names more than two (Nvidia's $4 trillion vs Microsoft's; a World Bank loan
    vs an IMF one). One that names none is silent, never a difference."""
    o1 = _sentence_organisations(claim.sentence, claim.language)
    o2 = _sentence_organisations(other.sentence, other.language)
    return bool(o1 and o2 and not o1 & o2 and max(len(o1), len(o2)) <= 2)


# Words that make a place the figure's whole scope: في تركيا وحدها, "in Derna alone"
_ALONE = frozenset({"وحدها", "وحده", "وحدهما", "alone"})


@lru_cache(maxsize=16384)
def _sentence_places(sentence: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every place a sentence names (ids), and those it marks as the figure's whole scope
    (تركيا وحدها, "Derna alone")."""
    toks, mentions, _ = analysed(sentence, lang)
    places = [m for m in mentions if m.entity.kind == "place" and not m.role]
    sole = {m.entity.id for m in places if m.tok_end < len(toks) and toks[m.tok_end].fold in _ALONE}
    return frozenset(m.entity.id for m in places), frozenset(sole)


@lru_cache(maxsize=16384)
def _lead_country(sentence: str, lang: str, teams: bool = False) -> str | None:
    """The country a sentence opens with as its subject ("Germany pledged", "The United
    Arab Emirates pledged", تعهدت ألمانيا, رفعت الصين): the one the figure belongs to. Not
    when it opens the crediting frame (قالت ألمانيا إن, "Germany said"): whose word it is."""
    toks, mentions, _ = analysed(sentence, lang)
    base = 0
    if toks and toks[0].fold in ("on", "in", "at") and not toks[0].arabic:
        # "On June 29, 2024, Germany beat Denmark": the subject after the opening date
        base = next(
            (
                k + 1
                for k in range(1, min(len(toks) - 1, 9))
                if toks[k].text == "," and toks[k + 1].kind != "num"  # December 1, 2022,
            ),
            0,
        )
    first = next((m for m in mentions if m.entity.kind != "concept" and m.tok_start >= base), None)
    if first is None:
        return None
    if first.entity.kind == "person":
        # a head of government acts for the country ("Trump raised the tariff", رفع ترامب),
        # when the sentence has no other actor (not a meeting of Kim and Putin)
        if sum(m.entity.kind == "person" for m in mentions) > 1:
            return None
        country = _person_country(first.entity.id)
    elif first.entity.kind == "place" and not first.role:
        country = first.entity.iso  # a country by name
    else:
        return None
    lead = first.tok_start == base or (
        first.tok_start == base + 1 and (toks[base].fold == "the" or toks[base].arabic)
    )
    if teams and first.tok_start == 2 and toks[0].arabic and toks[1].fold in ("المنتخب", "منتخب"):
        lead = True  # تصدّر المنتخب المغربي مجموعته: the national team, by its country
    verb = toks[0] if first.tok_start in (1, 2) and toks[0].arabic else None
    if verb is None and first.tok_end < len(toks):
        verb = toks[first.tok_end]
    says = verb is not None and (
        verb.fold in _SPEECH or (verb.arabic and verb.fold[:1] in "وف" and verb.fold[1:] in _SPEECH)
    )
    if not lead or not country or says:
        return None
    return country


def _person_country(entity_id: str) -> str | None:
    """The country a registry person leads or speaks for, from the office their titles
    name (Trump: head_of_state@US)."""
    registry = load_registry()
    office = registry.title_office(entity_id)
    if office is None or not office.split("@", 1)[0].endswith(
        ("head_of_state", "head_of_government")
    ):
        return None
    holder = registry.entities.get(office.split("@", 1)[1])
    return holder.iso if holder is not None else None


# Verbs that credit words, not deeds: the country that says is not the figure's owner
_SPEECH = frozenset(
    {
        "said", "says", "told", "added", "stated", "announced", "reported", "warned",
        "قال", "قالت", "اضاف", "اضافت", "ذكر", "ذكرت", "افاد", "افادت", "اعلن", "اعلنت",
        "اكد", "اكدت", "اوضح", "اوضحت", "estimated", "estimates", "believes", "قدرت", "قدر",
        "تقدر", "يقدر", "تقول", "يقول", "اعتبرت", "اعتبر", "تتوقع", "يتوقع", "توقعت", "توقع",
        "expects", "expected", "forecast", "claims", "claimed",
    }
)  # fmt: skip


def _lead_countries_differ(claim: Claim, other: Claim, *, teams: bool = False) -> bool:
    """Both sentences open with a country as the figure's subject, and not the same one
    (the UAE pledged $100 million, Germany pledged $100 million). With ``teams`` (a day's
    matches), a national team by its nisba counts (تصدّر المنتخب المغربي), unless a side
    names the other's country too."""
    a = _lead_country(claim.sentence, claim.language, teams)
    b = _lead_country(other.sentence, other.language, teams)
    if a is None or b is None or a == b:
        return False
    # with teams, a side that names the other's lead country too tells of them both
    # (خسر المنتخب النيجيري أمام ساحل العاج ~ Ivory Coast beat Nigeria)
    return not teams or (a not in _countries_named(other) and b not in _countries_named(claim))


def _countries_named(claim: Claim) -> frozenset[str]:
    """The ISO codes of the countries a sentence names, by name or by nationality."""
    _, mentions, _ = analysed(claim.sentence, claim.language)
    return frozenset(m.entity.iso for m in mentions if m.entity.iso)


_LEAD_REACH = 6  # tokens: a verb, a description and a nationality may come first


@lru_cache(maxsize=16384)
def _lead_person(sentence: str, lang: str) -> str | None:
    """The person a sentence opens with, outside its crediting frame (فاز العداء الأمريكي
    نوح لايلز, "Jamaica's Kishane Thompson clocked"): whose figure or day it is. A registry
    id, or ``name:`` and the romanized key of a name the registry lacks."""
    toks, mentions, frames = analysed(sentence, lang)
    names = [
        (c.tok_start, c.start, f"{NAME_PREFIX}{name_key(c.text)}")
        for c in unresolved_names(sentence, toks, mentions, suggest=False)
        if not c.place
        and len(name_key(c.text).replace(" ", "")) >= 4
        and " " in c.text
        and _a_persons_name(toks, c.tok_start, c.tok_end, mentions)
    ]
    people = [(m.tok_start, m.start, m.entity.id) for m in mentions if m.entity.kind == "person"]
    others = [m for m in mentions if not m.role and m.entity.kind != "concept"]
    for tok_start, start, pid in sorted([*people, *names]):
        if tok_start > _LEAD_REACH:
            return None
        if any(a <= start < b for a, b in frames):
            continue
        # no other actor before it (the club, the country that won)
        if any(m.tok_start < tok_start and m.entity.kind == "organisation" for m in others):
            return None
        return pid
    return None


# Structures whose name follows their noun (سد النهضة, ملعب لوسيل): no person's name
_AR_STRUCTURES = re.compile(r"^(?:سد|ملعب|جسر|مطار|برج|قصر|مسجد|ميناء|مستشفى|مركز)$")


def _a_persons_name(toks: list[Token], start: int, end: int, mentions: list[Mention]) -> bool:
    """Is a name nobody listed a person's, by how it is introduced: after a nationality
    (القطري معتز برشم, "Egypt's Ahmed Elgendy"), or, in English, opening the sentence
    before a verb ("Khamzat Chimaev edged ...")?"""
    if any(_AR_STRUCTURES.search(t.text) for t in toks[start:end] if t.arabic):
        return False  # آبي أحمد سد النهضة: the dam after the name, read into it
    if any(
        m.entity.iso
        and m.tok_end == start
        and (toks[m.tok_start].arabic or toks[m.tok_start].text.endswith(("'s", "’s")))
        for m in mentions
    ):
        return True
    return (
        not toks[start].arabic
        and start == 0
        and end < len(toks)
        and toks[end].kind == "word"
        and toks[end].text.islower()
    )


def _names_person(claim: Claim, person: str) -> bool:
    """Does the claim name this person: the registry id, or the name nobody listed, written
    in its sentence in either script?"""
    if person in (*claim.entities, *claim.context_entities):
        return True
    if person.startswith(NAME_PREFIX):
        from claimcheck.match.relevance import _written_in

        # loosely: one name's two romanizations differ more than a listed name's do
        # (تشيبنغيتيتش "jbnktj", Chepngetich "jbnjtj")
        return _written_in(person[len(NAME_PREFIX) :], claim.sentence, similarity=70.0)
    registry = load_registry()
    return person in registry.entities and any(
        e.startswith(NAME_PREFIX) and registry.compatible(e, person) for e in claim.entities
    )


def _lead_people_differ(claim: Claim, other: Claim) -> bool:
    """Both sentences open with a person, and each with one the other never names: the
    winner's 9.79 seconds and the runner-up's are two facts, and the day of one athlete's
    final is not another's."""
    a = _lead_person(claim.sentence, claim.language)
    b = _lead_person(other.sentence, other.language)
    return (
        a is not None
        and b is not None
        and a != b
        and not _names_person(other, a)
        and not _names_person(claim, b)
    )


def _lone_nationalities_differ(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Each sentence says who its actor is by one nationality alone, and the two differ,
    neither naming the other's country at all (التنزاني ألفونس سيمبو against "The
    Kenyan"): two people's facts."""
    a = _nationalities(claim.sentence, claim.language)
    b = _nationalities(other.sentence, other.language)
    if len(a) != 1 or len(b) != 1 or a == b:
        return False
    named_a = _places(claim, registry)[0]
    named_b = _places(other, registry)[0]
    return not (a & named_b or b & named_a)


def _sole_place_differs(claim: Claim, other: Claim) -> bool:
    """One sentence gives its figure to one place alone (في تركيا وحدها) and the other names
    another place for it (Turkey and Syria combined; across eastern Libya): two scopes."""
    for a, b in ((claim, other), (other, claim)):
        _, sole = _sentence_places(a.sentence, a.language)
        if not sole:
            continue
        named, _ = _sentence_places(b.sentence, b.language)
        if named - sole:
            return True
    return False


def _places_differ(claim: Claim, other: Claim, registry: Registry, *, strict: bool = True) -> bool:
    """Do the two sentences place their fact in different places?

    ``strict`` (figures and dates): both name a city, province or island, and none in
    common (2,000 buildings in Hatay vs in Idlib); or both place the fact in a country
    (in Sudan vs in Yemen); or each names a country the other does not, and neither names
    more than two (China's 40 golds vs the United States'). Statements are exempt here:
    a statement may speak of one war in two countries' names.
    Otherwise (a statement, whose words are not compared across languages): each names
    a country or a city the other does not (Ukraine sent wheat to Syria vs aid to Lebanon),
    and neither names more than two countries: a sentence that names many is about their
    dealings with each other, and two outlets rarely list the same ones.
    Places one side leaves out are unknown, never a difference.
    """
    c1, l1 = _places(claim, registry)
    c2, l2 = _places(other, registry)
    # nationalities that say who someone is (التشيكية ماركيتا, "China's Yang Liu")
    nat1 = _nationalities(claim.sentence, claim.language)
    nat2 = _nationalities(other.sentence, other.language)

    def extra(xs: set[str], ys: set[str]) -> bool:
        return any(not any(_same_place(x, y) for y in ys) for x in xs)

    if strict:
        # a place one side finds by its preposition the other may find only as a name
        # ("on Khatm Al Shakla" / في منطقة خطم الشكلة)
        n1, n2 = _names_as_places(claim), _names_as_places(other)
        # a person's nationality ("China's Yang Liu") is not where the fact happened
        p1, p2 = c1 - nat1, c2 - nat2
        if (
            l1
            and l2
            and not any(_place_may_match(x, y, p1, p2) for x in l1 for y in l2)
            and not any(_same_place(x, y) for x, y in [*product(l1, n2), *product(n1, l2)])
        ):
            return True
        if claim.attribution is not None:
            return False  # a statement may speak of one war in two countries' names
        # countries named as the place of the fact (in Sudan vs in Yemen), not as actors
        n1, in1 = _sentence_countries(claim.sentence, claim.language)
        n2, in2 = _sentence_countries(other.sentence, other.language)
        if in1 and in2 and not in1 & in2:
            return True
        # a figure whose sentences each name a country the other does not belongs to two
        # countries (Jamaica's sprinter vs the American; a loan to Nigeria vs to Ethiopia);
        # a sentence naming three or more is about their dealings, and is left alone
        # a country one side names as someone's nationality (البوتسواني ليتسيلي تيبوغو) it
        # names all the same ("giving Botswana its first gold")
        w1, w2 = n1 | nat1, n2 | nat2
        return bool(n1 and n2 and extra(n1, w2) and extra(n2, w1) and max(len(n1), len(n2)) <= 2)
    # a nationality that says who someone is (التشيكية ماركيتا فوندروشوفا) places nothing,
    # yet names its country all the same (الصربي ديوكوفيتش, "the gold for Serbia"); so does
    # the speaker's own country, which a statement names in its speaker (Messi on
    # "Argentina duty"; بلاده, his country)
    c1, c2 = c1 - nat1, c2 - nat2
    if max(len(c1), len(c2)) > 2:
        return False
    nat1 = nat1 | _speaker_nationality(claim, registry)
    nat2 = nat2 | _speaker_nationality(other, registry)
    if c1 and c2 and extra(c1, c2 | nat2) and extra(c2, c1 | nat1):
        return True
    return bool(l1 and l2 and extra(l1, l2) and extra(l2, l1))


def _speaker_nationality(claim: Claim, registry: Registry) -> frozenset[str]:
    """The countries (ISO codes) of a statement's speaker, as the registry lists them."""
    speaker = claim.attribution.speaker if claim.attribution else None
    ent = registry.entities.get(speaker) if speaker else None
    return frozenset(ent.nationality) if ent is not None and ent.kind == "person" else frozenset()


def _events(claim: Claim, registry: Registry) -> set[str]:
    return {t for t in claim.topics if (e := registry.entities.get(t)) is not None and e.event}


def _same_day(claim: Claim, other: Claim) -> bool:
    """The same day of the same month, in one calendar (a Hijri date converted), and the
    same year, unless a side leaves the year out ("on June 5": news gives the year only
    when it is not the current one)."""
    if claim.date is None or other.date is None:
        return False
    a, b = as_gregorian(claim.date), as_gregorian(other.date)
    if a.calendar != b.calendar or not (a.day and a.month):
        return False
    if (a.month, a.day) != (b.month, b.day):
        return False
    return a.year is None or b.year is None or a.year == b.year


def as_gregorian(d: DateValue) -> DateValue:
    """A full Hijri date as its Gregorian day (Umm al-Qura calendar, through hijridate);
    anything else as it is. ٩ ذي الحجة ١٤٤٦هـ is 5 June 2025."""
    if d.calendar != "hijri" or not (d.year and d.month and d.day):
        return d
    try:
        g = Hijri(d.year, d.month, d.day).to_gregorian()
    except (OverflowError, ValueError):
        return d  # outside the table (1343-1500 AH) or not a real day
    return d.model_copy(
        update={"year": g.year, "month": g.month, "day": g.day, "calendar": "gregorian"}
    )


def _shared_event(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Do both claims name the same event (the talks, the visit, the parade)?"""
    return bool(_events(claim, registry) & _events(other, registry))


def one_story(claim: Claim, other: Claim, parts: dict[str, float]) -> bool:
    """Two sentences that name the same people or places and say two or more of the same
    things (a crash, a race, a title): one story, whatever event words each uses (سقط and
    "crashed"; توفيت and "died"; "lifted off" and أطلقت), which the event readings may
    set apart."""
    if parts.get("entities", 0.0) <= 0 and parts.get("names", 0.0) <= 0:
        return False
    shared = concepts(claim.sentence, claim.language) & concepts(other.sentence, other.language)
    return len(shared) >= 2


def _people_apart(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Each sentence names people and none of one side's is named by the other."""

    def people(c: Claim) -> set[str]:
        return {
            e
            for e in c.entities
            if e.startswith(NAME_PREFIX)
            or ((ent := registry.entities.get(e)) is not None and ent.kind == "person")
        }

    p1, p2 = people(claim), people(other)
    return bool(
        p1
        and p2
        and not any(_names_person(other, p) for p in p1)
        and not any(_names_person(claim, p) for p in p2)
    )


@lru_cache(maxsize=4096)
def _scores(sentence: str, lang: str) -> frozenset[float]:
    """The match scores a sentence gives (3-1: 3001), either team's first."""
    from claimcheck.extract.quantities import parse_quantities

    out: set[float] = set()
    for q in parse_quantities(sentence, lang):
        if q.unit == "score" and q.value is not None:
            a, b = divmod(int(q.value), 1000)
            out |= {a * 1000 + b, b * 1000 + a}
    return frozenset(out)


def _one_named_day(claim: Claim, other: Claim, registry: Registry) -> bool:
    """A day written out in full on both sides (the same day), one person, body or place
    named on both, and no sign of two actors: one event, whatever words each uses for it
    (the lexicon reads "cardiac arrest" as an arrest and خطف اللقب as an abduction)."""
    a, b = claim.date, other.date
    return (
        a is not None
        and b is not None
        and a.year is not None
        and a.day is not None
        and _same_day(claim, other)
        and named_in_both(claim, other)
        and not _people_apart(claim, other, registry)
        and not _lead_countries_differ(claim, other)
    )


def _same_unnamed_event(
    claim: Claim, other: Claim, registry: Registry, parts: dict[str, float]
) -> bool:
    """The same explicit day, in sentences about the same people or places, and no event
    named on either side that tells them apart.

    For events the registry has no word for (a museum's opening, a referendum, a launch).
    Both dates must be written out (``4 September 2022``): a weekday or "yesterday" is
    the news cycle's date, shared by every story of that day.
    """
    a, b = claim.date, other.date
    if a is None or b is None or a.relative or b.relative or not _same_day(claim, other):
        return False
    # a plan is how a sentence tells of its event (scheduled for Sunday), not another one
    e1, e2 = _events(claim, registry) - {"plan"}, _events(other, registry) - {"plan"}
    if e1 and e2 and not e1 & e2 and not one_story(claim, other, parts):
        return False
    # the countries named, but for a nationality that says who someone is (a laureate's)
    c1 = _places(claim, registry)[0] - _nationalities(claim.sentence, claim.language)
    c2 = _places(other, registry)[0] - _nationalities(other.sentence, other.language)
    if c1 and c2 and not c1 & c2:
        return False  # Ramadan began on 2 March in Morocco, and in Pakistan
    # what happened, in words: flights arrived vs visas stopped are two events that day
    k1 = concepts(claim.sentence, claim.language)
    k2 = concepts(other.sentence, other.language)
    # unless both name one competition or programme and the same people or places (South
    # Korea's Asian Games gold ~ South Korea beat Japan at the Asian Games)
    names = registry.names
    named = {t for t in set(claim.topics) & set(other.topics) if names.get(t, "")[:1].isupper()}
    if (
        len(k1) >= 2
        and len(k2) >= 2
        and not k1 & k2
        and not (
            named
            and set(claim.entities) & set(other.entities)
            # the host city is shared by every event of the Games: two people's days differ
            and not _people_apart(claim, other, registry)
        )
        # one match score, the same teams, the same day: one match, whether one side calls
        # it a win and the other a shock (فوزاً تاريخياً ٢-١ / "stunned Argentina 2-1")
        and not (
            _scores(claim.sentence, claim.language) & _scores(other.sentence, other.language)
            and parts.get("entities", 0.0) > 0
        )
        and not _one_named_day(claim, other, registry)
    ):
        return False
    # the same people or places, or two sentences that say the same things happened
    return parts.get("entities", 0.0) > 0 or parts.get("names", 0.0) > 0 or len(k1 & k2) >= 2
