"""The quantity grammar: figures, ranges, bounds and vague amounts, Arabic and English.

A quantity phrase is built from composable pieces, each driven by the
language data in :mod:`claimcheck.lexicons`::

    phrase   := [modifier] [range-open] number [range-join number] [fraction] [unit] [post-modifier]
              | [modifier] vague [of|من] [unit]
              | [modifier] dual-unit [fraction]            (ساعتين ونصفاً)
              | fraction unit | unit and-fraction          (نصف ساعة, ساعة ونصف, an hour and a half)
    number   := digits [scale] | number-words            (11 ألف, ٢٫٥ مليون, twenty-six, ستة وعشرين)

Spans index the original text. Things that look like numbers but are not
counts (ordinals, times of day, phone numbers, ids such as "Article 5" or
"F-35", the figure of a date) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.scores import find_race_times, find_scores
from claimcheck.extract.tokens import Token, ar_possessive, tokenize
from claimcheck.lexicons import (
    Lexicon,
    Phrase,
    UnitEntry,
    fold,
    load,
    to_ascii_digits,
    unit_family,
    unit_scale,
)
from claimcheck.models import Language, Quantity, score_value

_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
# Possessives before an ordinal that counts (his 24th title, the club's 15th trophy)
_POSSESSIVES = {"his", "her", "its", "their", "'s", "’s"}
# what an ordinal of times counts: للمرة الثامنة, "for the eighth time", "his eighth Ballon d'Or"
_OCCASION = UnitEntry("time", "subject")
# Words of a bout that make "the fifth round" the round it ended in (folded)
_BOUT_WORDS = frozenset(
    {"knockout", "knocked", "stopped", "stoppage", "ko", "tko", "bout", "fight", "submission",
     "submitting", "submitted", "choke", "knockdown", "floored", "floor", "flooring",
     "القاضيه", "نزال", "نزاله", "النزال", "اسقط", "اوقف", "خنق", "بخنق", "ايقاف", "ايقافه",
     "بالقاضيه", "نزالهما", "الملاكم", "ملاكم"}
)  # fmt: skip


def _a_bout(toks: list[Token]) -> bool:
    """Does the sentence tell of a bout (a knockout, a stoppage, a submission)?"""
    return any(f in _BOUT_WORDS for t in toks for f in (t.fold, *(r for r, _ in t.readings)))


# Places in a sequence a report numbers (a bout's round, a race's stage): folded
# noun -> key. Arabic forms are listed with and without the article.
_PLACES_EN = {
    "round": "round_no", "stage": "stage_no", "lap": "lap_no",
    "hole": "hole_no", "country": "country_no", "nation": "country_no",
}  # fmt: skip
_PLACES_AR = {
    form: key
    for word, key in (
        ("جوله", "round_no"), ("مرحله", "stage_no"),
        ("لفه", "lap_no"), ("حفره", "hole_no"), ("دوله", "country_no"), ("بلد", "country_no"),
    )
    for form in (word, "ال" + word)
}  # fmt: skip
# What "for the nth time" counts when the sentence names it: titles won (not medals:
# الكرة الذهبية, the Ballon d'Or, is no gold medal)
_AWARDS = frozenset({"title"})
_EN_PER_PERIOD = frozenset(
    {"daily", "weekly", "monthly", "yearly", "annual", "quarterly", "hourly"}
)
_CURRENCIES = {
    "usd",
    "eur",
    "gbp",
    "egp",
    "sar",
    "aed",
    "jod",
    "lbp",
    "try",
    "cny",
    "rub",
    "jpy",
    "mad",
}
# Words that make "pounds" a weight: a fighter's weigh-in, a catch, a lineman
_WEIGHT_WORDS = frozenset(
    {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier",
     "heaviest", "light", "lighter", "lightest", "lightweight", "heavyweight", "welterweight",
     "middleweight", "featherweight", "bantamweight", "flyweight", "cruiserweight", "lb",
     "lbs", "ounces", "tons", "kg", "kilograms"}
)  # fmt: skip


_MONEY_WORDS = frozenset(
    {"paid", "pay", "pays", "fine", "fined", "cost", "costs", "worth", "fee", "fees", "prize",
     "price", "salary", "wage", "wages", "bonus", "spent", "raised", "sold", "bought", "tax",
     "bill", "deal", "sterling", "funding", "budget", "compensation", "damages"}
)  # fmt: skip


def _weighed_pounds(toks: list[Token], j: int, k: int) -> bool:
    """Is the "pound" at token ``k`` (after the figure ending before ``j``) a weight? In a
    compound (a 155-pound limit, a 300-pound lineman), before "of" (400 pounds of
    cocaine), or near a word of weighing and none of money, with no millions (weighed in
    at 155.5 pounds)."""
    if toks[k].fold not in ("pound", "pounds"):
        return False
    if k == j + 1 and toks[j].text == "-" and toks[j].start == toks[j - 1].end:
        return True
    if k + 1 < len(toks) and toks[k + 1].fold == "of":
        return True  # 400 pounds of cocaine (money is "millions of pounds")
    if any(
        t.fold in ("million", "billion", "trillion", "bn", "m") for t in toks[max(0, j - 2) : k]
    ):
        return False
    near = toks[max(0, k - 8) : k + 3]
    return any(t.fold in _WEIGHT_WORDS for t in near) and not any(
        t.fold in _MONEY_WORDS for t in near
    )


_CURRENCY_PREFIX = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "%": "percent"}
# Range joiners that make a range without an opener: 11-15, 3 to 4, ثلاثة إلى أربعة
_DIRECT_JOINS = {fold(x) for x in ("-", "–", "—", "to", "إلى", "حتى")}
# Arabic singular scale words stand for one of the scale on their own (مليون دولار).
_AR_SINGULAR_SCALES = {"الف", "مليون", "مليار", "بليون", "تريليون"}
# English words that never are the counted noun after a figure
_EN_NOT_NOUNS = {
    "last", "next", "this", "that", "ago", "each", "every", "per", "since", "until",
    "times", "time", "percent", "straight", "consecutive", "years",
    "am", "pm", "gmt", "utc", "later", "earlier", "before", "after", "during", "while",
    "million", "billion", "thousand", "hundred", "will", "would", "could", "should", "may",
    "might", "must", "can", "did", "do", "does", "not", "no", "yes", "against", "over",
    "under", "about", "around", "up", "down", "out", "off", "only", "also", "just", "still",
}  # fmt: skip
_EN_PLURALS = {
    "men", "women", "children", "people", "police", "personnel", "staff", "cattle", "sheep",
    "fish", "aircraft", "livestock", "youth", "clergy", "crew",
}  # fmt: skip
# Arabic words that never are the counted noun after a figure (function words, time words)
_AR_NOT_NOUNS = {
    "في", "من", "الي", "علي", "عن", "مع", "بين", "منذ", "خلال", "حتي", "قبل", "بعد", "عند",
    "لدي", "ان", "التي", "الذي", "الذين", "كما", "ثم", "او", "ام", "بل", "لكن", "قد", "لم",
    "لن", "ما", "لا", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "فقط", "ايضا", "نحو",
    "حوالي", "يوم", "امس", "اليوم", "العام", "الماضي", "المقبل", "الجاري", "مقابل", "مطلع",
    "نهايه", "بدايه", "اواخر", "اوايل", "منتصف", "حيث", "عبر", "ضد", "دون", "غير", "سوي",
    "كل", "بعض", "جميع", "اي", "عدد", "نسبه", "مجموع", "اجمالي", "طراز", "مليون", "مليار",
    "الف", "الاف", "تقريبا", "وفق", "حسب", "بحسب", "لكل", "شهريا", "سنويا", "يوميا",
}  # fmt: skip
_MODEL_MARKERS = {"طراز", "طرازات", "موديل", "model", "type", "class", "series", "mark"}
_AGE_SKIPPABLE = {"over", "under", "about", "around", "nearly", "almost", "than", "more", "less",
                  "at", "least", "between", "from", "up", "to", "some"}  # fmt: skip
# Fractions spelled like cardinals but for a damma on the first letter (خُمس a fifth,
# خَمس five): read as fractions only when the diacritic is written.
_MARKED_FRACTIONS = {"خمس": 0.2, "سدس": 1 / 6, "سبع": 1 / 7, "ثمن": 0.125, "تسع": 1 / 9,
                     "عشر": 0.1}  # fmt: skip


# Fraction words a cardinal counts (ثلاثة أرباع, خمسة أجزاء من الألف, "five thousandths")
_COUNTED_FRACTIONS = frozenset(
    {"ارباع", "اثلاث", "اخماس", "ربع", "ثلث", "اعشار", "اجزاء", "جزء", "tenths", "hundredths",
     "thousandths"}
)  # fmt: skip


# Counted nouns that are measures, so a fraction of one is a figure (ثلاثة أرباع نقطة
# مئوية, half a point), unlike a fraction of people (أربعة أخماس السكان).
_MEASURES = frozenset({"point"})


def _marked_fraction(tok: Token) -> float | None:
    """خُمس, الخُمس, بالخُمس: a fraction when the damma is written on its first letter."""
    if not tok.arabic:
        return None
    text, fold = tok.text, tok.fold
    for prefix in ("بال", "وال", "لل", "ال"):
        if text.startswith(prefix) and fold.startswith(prefix):
            text, fold = text[len(prefix) :], fold[len(prefix) :]
            break
    if len(text) < 3 or text[1] != "\u064f":
        return None
    return _MARKED_FRACTIONS.get(fold)


_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
_AR_BROKEN_PLURALS = {"ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنين", "ثوان", "ثواني", "دقايق"}
_EN_SKIPPABLE = {
    "of", "the", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "a", "an",
    "were", "was", "are", "is", "be", "been", "had", "have", "has", "who", "that", "which",
    "than", "as", "into", "per", "less", "its", "their", "his", "her", "said",
}  # fmt: skip


# Words that may follow a measure in metres ("cleared 6.25m at the Stade de France")
_AFTER_A_MEASURE = frozenset(
    {"at", "in", "on", "to", "and", "or", "for", "with", "from", "over", "under", "as", "by",
     "while", "when", "after", "before", "into", "than", "high", "long", "deep", "wide",
     "tall", "away"}
)  # fmt: skip


@dataclass
class _Num:
    value: float
    end: int  # token index after the number
    scaled: bool = False  # carried a scale word (ألف, million)
    scale: float = 1.0  # the last scale applied: "ونصف" after it is half of it
    words: bool = False  # spelled out


def detect_language(text: str) -> Language:
    """ "ar" when at least 30% of the letters are Arabic script, else "en"."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if not letters:
        return "en"
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return "ar" if arabic / len(letters) >= 0.3 else "en"


def parse_digits(text: str) -> float | None:
    """Parse a run of digits with separators; ``None`` if it is not one number.

    ``10,000`` and ``١٠٬٠٠٠`` are ten thousand, ``2.5``, ``٢٫٥`` and ``2,5`` are
    two and a half, ``1.000.000`` is a million, ``192.168.1.1`` is not a number.
    """
    s = to_ascii_digits(text).replace("٫", ".").replace("٬", ",")
    if re.fullmatch(r"\d+", s):
        return float(s)
    groups = re.split(r"[.,]", s)
    seps = re.findall(r"[.,]", s)
    if len(set(seps)) == 1 and len(seps) > 1:
        # one separator repeated: thousands grouping only if every group is 3 digits
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float("".join(groups))
        return None
    if len(seps) == 1:
        head, tail = groups
        if seps[0] == "," and len(tail) == 3:
            return float(head + tail)
        return float(f"{head}.{tail}")
    # mixed: 1,234.5 (English) or 1.234,5 (continental)
    if len(seps) == 2 and seps[0] != seps[1]:
        int_part = groups[0] + groups[1]
        if len(groups[1]) == 3:
            return float(f"{int_part}.{groups[2]}")
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+)\.(\d+)", s)
    if m:
        return float(m.group(1).replace(",", "") + "." + m.group(2))
    return None


# between the parts of a compound measure: 11 ساعة و23 دقيقة, 20 feet, 8 inches
_COMPOUND_JOIN = re.compile(r"\s*(?:و|and|,|،)?\s*")


def _compounds(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join a measure told in two units of one family into one figure in the larger unit:
    ستة أمتار و30 سنتيمتراً is 6.3 metres, "11 hours and 23 minutes" 11.38 hours, "20 feet,
    8 inches" 20.67 feet. Only exact figures, the larger unit first."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        value = _joined_value(text, prev, q) if prev is not None else None
        if prev is not None and value is not None:
            out[-1] = prev.model_copy(
                update={
                    "text": text[prev.start : q.end],
                    "end": q.end,
                    "value": value,
                    "low": value,
                    "high": value,
                }
            )
            continue
        out.append(q)
    return out


def _joined_value(text: str, prev: Quantity, q: Quantity) -> float | None:
    """The one figure ``prev`` and ``q`` make together, if they are one: a whole and its
    tenths in words, or a measure told in two units of one family; else None."""
    if not _COMPOUND_JOIN.fullmatch(text[prev.end : q.start]):
        return None
    if _decimal_part(prev, q):
        return prev.value + q.value  # type: ignore[operator]
    if (
        _exact_measure(prev, first=True)
        and _exact_measure(q)
        and unit_family(prev.unit) == unit_family(q.unit)
        and unit_scale(prev.unit) > unit_scale(q.unit)
    ):
        return prev.value + q.value * unit_scale(q.unit) / unit_scale(prev.unit)  # type: ignore[operator]
    return None


def _decimal_part(whole: Quantity, part: Quantity) -> bool:
    """Is ``part`` the decimals of ``whole`` in words (ست درجات وثمانية أعشار: 6.8)? A
    whole number, then tenths or thousandths that count nothing of their own."""
    return (
        whole.value is not None
        and whole.value.is_integer()
        and whole.subject is None
        and not (whole.vague or whole.bound)
        and part.value is not None
        and 0 < part.value < 1
        and part.subject is None
        and part.unit in (None, whole.unit)
        and part.text.split()[-1].strip("،,.").endswith(("أعشار", "اعشار", "tenths"))
    )


def _exact_measure(q: Quantity, *, first: bool = False) -> bool:
    """A figure in a unit of length, weight or time, neither vague nor a bound (the first
    part of a compound may be hedged: نحو 11 ساعة و23 دقيقة)."""
    return (
        q.value is not None
        and q.unit is not None
        and q.subject is None
        and not (q.vague or q.bound or (q.approx and not first))
        and q.low == q.high
        and unit_family(q.unit) in _COMPOUND_FAMILIES
    )


_COMPOUND_FAMILIES = {"meter", "second", "kg", "day"}


def _has_decimals(tok: Token) -> bool:
    """Is a number token written with a decimal part (6.25, ٦٫٢٥, 6,25)?"""
    value = parse_digits(tok.text)
    return value is not None and not value.is_integer()


class QuantityParser:
    """Finds every quantity in a text of one language."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.lex: Lexicon = load(lang)
        self.other: Lexicon = load("en" if lang == "ar" else "ar")
        self.maxp = max(self.lex.max_phrase, 4)
        # first words of anything a figure can start with (modifiers, openers, number
        # words, fractions, vague words, units for duals, scales)
        lex = self.lex
        tables = (lex.modifiers, lex.range_open, lex.numbers, lex.fractions, lex.vague, lex.units)
        self.starters: frozenset[str] = frozenset(
            {k[0] for table in tables for k in table}
            | set(lex.scales)
            | set(lex.scale_duals)
            | {"a", "an", "us", "ال", "the"}
            | set(lex.ordinal_numbers)
            | {k[0] for k in lex.day_ordinals}
        )

    # -- small matchers -------------------------------------------------
    def _match(
        self,
        toks: list[Token],
        i: int,
        table: dict[Phrase, object] | frozenset[Phrase],
        first_prefix: bool = True,
    ) -> tuple[Phrase, int, int] | None:
        """Longest phrase of ``table`` at token ``i``: (key, end index, span offset)."""
        best: tuple[Phrase, int, int] | None = None
        n = len(toks)
        if i >= n:
            return None
        readings = toks[i].readings if first_prefix else toks[i].readings[:1]
        for form, offset in readings:
            if (form,) in table and (best is None or len(best[0]) < 1):
                best = ((form,), i + 1, offset)
            rest: list[str] = [form]
            for j in range(i + 1, min(n, i + self.maxp)):
                if toks[j].kind == "punct" and toks[j].text not in "-%$€£٪/":
                    break
                rest.append(toks[j].fold)
                key = tuple(rest)
                if key in table and (best is None or len(key) > len(best[0])):
                    best = (key, j + 1, offset)
        return best

    def _word_value(
        self, tok: Token, tables: list[dict[Phrase, float]], allow_prefix: bool = True
    ) -> tuple[float, int, str] | None:
        readings = tok.readings if allow_prefix else tok.readings[:1]
        for form, offset in readings:
            for t in tables:
                if (form,) in t:
                    return t[(form,)], offset, form
        return None

    def _scale(self, tok: Token, glued: bool) -> float | None:
        if tok.kind != "word":
            return None
        for lex in (self.lex, self.other):
            for form, _ in tok.readings[:1] + [r for r in tok.readings[1:] if r[1] == 0]:
                if form in lex.scales and (len(form) > 1 or glued):
                    if len(form) <= 2 and not glued and lex.lang == "en":
                        continue  # "m", "bn" only glued: 1.5bn, 10m
                    return lex.scales[form]
        return None

    def _track_distance(self, toks: list[Token], i: int, value: float) -> bool:
        """Is a glued "m" a distance (1500m, cleared 6.25m), not millions ($800m, 800m
        euros)? Millions take a currency before or after, or a noun they count."""
        j = i + 1
        if toks[j].fold != "m" or (i > 0 and toks[i - 1].text.lower() in _CURRENCY_PREFIX):
            return False
        if not value.is_integer() or value < 100:
            # a height or a throw to the centimetre (cleared 6.25m, 98.48m): two decimals,
            # and no noun counted after it ("2.75m people" are millions)
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            return bool(
                re.fullmatch(r"\d+\.\d\d", toks[i].text)
                and (nxt is None or nxt.kind != "word" or nxt.fold in _AFTER_A_MEASURE)
            )
        after = self._match(toks, j + 1, self.lex.units) if j + 1 < len(toks) else None
        return after is None or self.lex.units[after[0]].key not in _CURRENCIES

    # -- numbers --------------------------------------------------------
    def _number(self, toks: list[Token], i: int) -> tuple[_Num, int] | None:
        """A number at ``i``: (parsed, span offset in first token)."""
        n = len(toks)
        t = toks[i]
        if t.kind == "num":
            v = parse_digits(t.text)
            if v is None:
                return None
            j = i + 1
            if (
                j + 1 < n
                and toks[j].text == "-"
                and toks[j].start == t.end
                and toks[j + 1].start == toks[j].end
                and toks[j + 1].kind == "word"
                and toks[j + 1].fold in ("million", "billion", "thousand")
            ):
                j += 1  # 380-million-year-old: the hyphen joins the scale to the number
            if j < n:
                glued = toks[j].start == t.end or toks[j - 1].text == "-"
                sc = self._scale(toks[j], glued)
                if sc is not None and self._track_distance(toks, i, v):
                    sc = None  # 1500m, the 400m hurdles: metres, not millions
                if sc is not None:
                    v *= sc
                    j += 1
                    tail = self._ar_tail(toks, j, sc)
                    while tail is not None:  # ٣ ملايين و٢٠٠ ألف
                        v += tail[0]
                        j, sc = tail[1], tail[2]
                        tail = self._ar_tail(toks, j, sc)
                    return _Num(v, j, scaled=True, scale=sc), 0
            return _Num(v, j), 0
        if t.kind != "word":
            return None
        return self._word_number(toks, i)

    def _word_number(self, toks: list[Token], i: int) -> tuple[_Num, int] | None:
        lex = self.lex
        n = len(toks)
        # a whole phrase from the numbers table (a dozen, half a dozen, a hundred)
        m = self._match(toks, i, lex.numbers)
        total = 0.0
        current = 0.0
        offset = 0
        j = i
        seen = False
        scaled = False
        scale = 1.0
        last: float | None = None
        if m is not None and len(m[0]) > 1:
            current = lex.numbers[m[0]]
            last = current
            offset = m[2]
            j = m[1]
            seen = True
        else:
            # leading fraction of a scale: نصف مليون, half a million
            fm = self._match(toks, i, lex.fractions)
            if fm is not None:
                k = fm[1]
                if k < n and toks[k].fold == "of":
                    k += 1
                if k < n and toks[k].fold in ("a", "an"):
                    k += 1
                if k < n:
                    sc = self._scale(toks[k], False) or lex.scale_duals.get(toks[k].fold)
                    if sc is not None and toks[k].fold not in ("m", "b", "k"):
                        v = lex.fractions[fm[0]] * sc
                        return _Num(v, k + 1, scaled=True, words=True, scale=sc), fm[2]
            dual = self._word_value(toks[i], [{(k,): v for k, v in lex.scale_duals.items()}])
            if dual is not None:
                total = dual[0]
                offset = dual[1]
                j = i + 1
                seen = True
                scaled = True
                scale = dual[0] / 2
                last = dual[0]
        while j < n:
            tok = toks[j]
            if seen and current == 0 and total >= 1000:
                tail = self._ar_tail(toks, j, scale)
                if tail is not None:  # مليوناً و٨٣٣ ألفاً: words, then و and digits
                    total += tail[0]
                    j, scale = tail[1], tail[2]
                    last = scale
                    continue
            if tok.kind == "punct":
                # twenty-six: a hyphen glued on both sides, a number word after it
                if (
                    tok.text == "-"
                    and seen
                    and j + 1 < n
                    and tok.start == toks[j - 1].end
                    and toks[j + 1].start == tok.end
                    and self._is_number_word(toks[j + 1])
                ):
                    j += 1
                    continue
                break
            if tok.kind != "word":
                break
            # English "and" inside a number: one hundred and twenty
            if seen and tok.fold == "and" and j + 1 < n and self._is_number_word(toks[j + 1]):
                if (current >= 100 or total >= 1000) and self._word_value(
                    toks[j + 1], [lex.numbers], allow_prefix=False
                ) is not None:
                    j += 1
                    continue
                break
            allow_prefix = not seen or tok.arabic
            if seen and tok.arabic:
                # after the first word, only the conjunction و may be glued, and it is read
                # as one first (وأحد is و + أحد, not واحد)
                readings = [r for r in tok.readings if r[1] == 0 or tok.fold.startswith("و")]
                if tok.fold.startswith("و"):
                    readings.sort(key=lambda r: r[1] == 0)
            else:
                readings = tok.readings if allow_prefix else tok.readings[:1]
            hit = None
            for form, off in readings:
                key = (form,)
                if seen and tok.arabic and off and not tok.fold.startswith("و"):
                    continue
                if key in lex.numbers and form not in ("dozen",):
                    hit = ("num", lex.numbers[key], off)
                    break
                if form in lex.scale_duals:
                    hit = ("dual", lex.scale_duals[form], off)
                    break
                if form in lex.scales and (len(form) > 2 or self.lang == "ar"):
                    hit = ("scale", lex.scales[form], off)
                    break
                if form == "dozen" and seen:
                    hit = ("mul", 12.0, off)
                    break
            if hit is None and seen and tok.arabic and tok.fold.startswith("و"):
                # a teen after hundreds or thousands: أربعمئة وأحد عشر, ألف واثنا عشر
                pm = self._match(toks, j, lex.numbers)
                if pm is not None and len(pm[0]) > 1 and current % 100 == 0:
                    value = lex.numbers[pm[0]]
                    if value < 100 and (current or total):
                        current += value
                        last = value
                        j = pm[1]
                        continue
            if hit is None:
                break
            kind, val, off = hit
            if not seen:
                offset = off
            joined = tok.arabic and tok.fold.startswith("و") and off > 0
            if seen and not self._may_follow(last, val, kind, current, total, tok, joined):
                break
            if kind == "num":
                if val == 100 and 0 < current < 100 and tok.fold in ("hundred", "مييه", "مايه"):
                    current *= 100  # three hundred, thirteen hundred
                    last = current
                elif val == 10 and not joined and _teen(current, last, tok):
                    current += 10  # teens: خمسة عشر, اثنتا عشرة, مئة وخمسة عشر
                    last = current
                else:
                    current += val
                    last = val
            elif kind == "dual":
                total += current + val if not current else current * val / 2
                current = 0
                scaled = True
                scale = val / 2
                last = val
            elif kind == "mul":
                current *= val
                last = current
            else:  # scale
                if not seen and not (tok.arabic and form in _AR_SINGULAR_SCALES):
                    return None  # a bare scale word: vague or a noun, not a number
                current = (current or 1) * val
                if val >= 1000:
                    total += current
                    current = 0
                scaled = True
                scale = val
                last = val
            seen = True
            j += 1
        if not seen:
            return None
        return _Num(total + current, j, scaled=scaled, words=True, scale=scale), offset

    def _ar_tail(self, toks: list[Token], j: int, scale: float) -> tuple[float, int, float] | None:
        """A smaller part joined by و after a scale: (value, end, its scale) or None.

        Arabic writes the parts of a compound largest first, each behind و, and mixes
        digits with words: مليون و٨٠٠ ألف, ٣ ملايين و٢٠٠ ألف, مليوناً و٨٣٣ ألفاً و١٦٤.
        Only a strictly smaller part joins, so ranges (بين ١٠٠ ألف و٢٠٠ ألف) stay apart.
        """
        n = len(toks)
        if self.lang != "ar" or scale < 1000 or j + 1 >= n:
            return None
        conj, num = toks[j], toks[j + 1]
        if conj.fold != "و" or num.kind != "num" or num.start != conj.end:
            return None
        v = parse_digits(num.text)
        if v is None:
            return None
        k = j + 2
        sc = self._scale(toks[k], toks[k].start == num.end) if k < n else None
        if sc is not None:
            if sc >= scale:
                return None
            return v * sc, k + 1, sc
        if v >= scale:
            return None
        return v, k, 1.0

    @staticmethod
    def _may_follow(
        last: float | None,
        val: float,
        kind: str,
        current: float,
        total: float,
        tok: Token,
        joined: bool,
    ) -> bool:
        """Can this number word continue the number so far? (ordering of compounds)

        Arabic joins with و, ones before tens (ستة وعشرون) and larger before
        smaller (ثلاثمائة وتسعة); "ستة وثمانية" is two numbers, as is "مليون
        ومليوني". English: twenty-six, one hundred (and) twenty, two thousand five.
        """
        if last is None:
            return True
        if kind in ("scale", "mul"):
            return not joined and val > (current or 0)
        if kind == "num" and val == 100 and 0 < current < (10 if tok.arabic else 100):
            return True  # ثلاث مئة, three hundred, thirteen hundred
        if kind == "num" and val == 10 and not joined and _teen(current, last, tok):
            return True  # teens
        if tok.arabic:
            if not joined:
                return False
            if last < 10 and 20 <= val < 100 and val % 10 == 0:
                return True
            return val < last and not (20 <= last < 100)
        if current == 0 and total > 0:
            return val < last
        if 20 <= last < 100 and last % 10 == 0:
            return val < 10
        return last >= 100 and val < 100

    def _is_number_word(self, tok: Token) -> bool:
        return tok.kind == "word" and any(
            (f,) in self.lex.numbers or f in self.lex.scales for f, _ in tok.readings
        )

    # -- units ----------------------------------------------------------
    def _unit_after(
        self, toks: list[Token], j: int, *, after_vague: bool = False, fraction: bool = False
    ) -> tuple[UnitEntry, int] | None:
        """A unit or counted noun starting at or shortly after token ``j`` (after a fraction,
        "of a" too: five thousandths of a second)."""
        n = len(toks)
        k = j
        if k < n and toks[k].text == "-" and k > 0 and toks[k].start == toks[k - 1].end:
            k += 1  # 34-year-old, 10-day
        skipped = 0
        proper = True  # every word skipped so far capitalised: a name's words
        # a name of up to five words before the noun ("12 African Champions League titles")
        while k < n and (skipped <= 2 or (proper and skipped <= 4)):
            tok = toks[k]
            if tok.kind == "num":
                return None
            m = self._match(toks, k, self.lex.units)
            if m is None and tok.kind == "punct" and tok.text in "%٪":
                m = ((tok.text,), k + 1, 0)
            if m is not None:
                entry = self.lex.units.get(m[0]) or self.other.units.get(m[0])
                if entry is None and m[0] in (("%",), ("٪",)):
                    entry = UnitEntry("percent", "unit")
                if (
                    entry is not None
                    and entry.decimal_only
                    and not (
                        k == j
                        and j > 0
                        and toks[j - 1].kind == "num"
                        and _has_decimals(toks[j - 1])
                    )
                ):
                    entry = None  # ٢٠٢٤ م is a year's era, not metres
                if entry is not None and skipped > 2 and entry.kind != "subject":
                    entry = None  # past a long name only a counted noun
                if entry is not None and skipped and len(tok.text.rstrip(".")) == 1:
                    entry = None  # a one-letter unit only right after its figure: "Yokohama F."
                e = m[1]
                if (
                    entry is not None
                    and not tok.arabic
                    and e + 1 < n
                    and toks[e].text == "-"
                    and toks[e].start == toks[e - 1].end
                    and toks[e + 1].kind == "word"
                    and toks[e + 1].start == toks[e].end
                ):
                    # "188 million school-age children": a compound before the counted noun
                    k = e + 2
                    skipped += 1
                    proper = False
                    continue
                if entry is not None and entry.key == "gbp" and _weighed_pounds(toks, j, k):
                    entry = self.lex.units.get(("lb",), entry)
                if entry is not None:
                    return entry, m[1]
            if tok.kind != "word":
                return None
            if self.lang == "ar" or tok.arabic:
                if tok.fold in ("من",) and (after_vague or skipped == 0):
                    k += 1
                    skipped += 1
                    continue
                return None
            f = tok.fold
            if f == "of" and (after_vague or k == j):
                k += 1
                if fraction and k < n and toks[k].fold in ("a", "an"):
                    k += 1  # five thousandths of a second
                continue
            if f.endswith("ed") and k == j and f in self.lex.reporting_verbs:
                # "142 confirmed cases", "40 reported deaths": the participle describes the
                # counted noun right after it; before anything else it is the verb
                m = self._match(toks, k + 1, self.lex.units)
                entry = self.lex.units.get(m[0]) if m is not None else None
                if entry is None:
                    return None
                return entry, m[1]
            if (
                f in _EN_SKIPPABLE
                or f in _EN_NOT_NOUNS
                or f in self.lex.reporting_verbs
                or self._is_number_word(tok)
            ):
                return None
            if f.endswith("ly") and f not in _EN_PER_PERIOD:
                # "128 newly confirmed moons", "300 heavily armed troops": an adverb and
                # its adjective before a counted noun describe it
                if (
                    k == j
                    and k + 2 < n
                    and toks[k + 1].fold.isalpha()
                    and toks[k + 1].fold not in _EN_SKIPPABLE
                ):
                    m = self._match(toks, k + 2, self.lex.units)
                    entry = self.lex.units.get(m[0]) if m is not None else None
                    if entry is not None and entry.kind == "subject":
                        return entry, m[1]
                return None  # an adverb; "weekly users", "daily flights" describe the noun
            if f.endswith("ing") and k == j:
                # "20 surviving hostages": a participle before a counted noun describes it;
                # before anything else it is a verb ("40 trading")
                # ... and so it does a span of time ("12 billion working days", "40 trading
                # days")
                m = self._match(toks, k + 1, self.lex.units)
                entry = self.lex.units.get(m[0]) if m is not None else None
                if entry is None or not (entry.kind == "subject" or entry.key in _TIME_UNITS):
                    return None
                return entry, m[1]
            proper = proper and tok.text[:1].isupper()
            k += 1
            skipped += 1
        return None

    def _post_fraction(self, toks: list[Token], j: int) -> tuple[float, int] | None:
        """A trailing "and a half" / ونصف(اً) / وربع at ``j``."""
        n = len(toks)
        if j >= n:
            return None
        tok = toks[j]
        if tok.kind != "word":
            return None
        if tok.arabic:
            if not tok.fold.startswith("و"):
                return None
            for form, off in tok.readings:
                if (
                    off
                    and (form,) in self.lex.fractions
                    and form not in ("ارباع", "اثلاث", "اخماس")
                ):
                    end = j + 1
                    # "ونصف المليار", "ونصف الساعة": the noun repeated with the article;
                    # "مليار ونصف مليار دولار": the scale repeated bare, the unit after it
                    nxt = toks[end] if end < n else None
                    if (
                        nxt is not None
                        and nxt.arabic
                        and (
                            (
                                nxt.fold.startswith("ال")
                                and any(
                                    f in self.lex.scales or (f,) in self.lex.units
                                    for f, _ in nxt.readings[1:]
                                )
                            )
                            or nxt.fold in self.lex.scales
                        )
                    ):
                        end += 1
                    return self.lex.fractions[(form,)], end
            return None
        if tok.fold in self.lex.and_fraction:
            m = self._match(toks, j + 1, self.lex.fractions, first_prefix=False)
            if m is not None and m[0][0] in ("a", "one"):
                return self.lex.fractions[m[0]], m[1]
        return None

    # -- exclusions -----------------------------------------------------
    @staticmethod
    def _phone_run(toks: list[Token], i: int) -> bool:
        """Is token ``i`` one group of a phone number (+971 4 123 4567, 050-123-4567)?"""
        k = i
        while k > 0 and toks[k - 1].kind == "num" and toks[k].start - toks[k - 1].end <= 1:
            k -= 1
        while (
            k > 1
            and toks[k - 1].text == "-"
            and toks[k - 2].kind == "num"
            and (
                toks[k].start == toks[k - 1].end == toks[k - 2].end + 1
                or (toks[k].start == toks[k - 1].end and toks[k - 1].start == toks[k - 2].end)
            )
        ):
            k -= 2
        if k > 0 and toks[k - 1].text == "+" and toks[k - 1].end == toks[k].start:
            return True
        # three or more digit groups in a row, separated by single spaces or hyphens
        groups = 1
        m = i
        while (
            m + 1 < len(toks) and toks[m + 1].kind == "num" and toks[m + 1].start - toks[m].end == 1
        ):
            m += 1
            groups += 1
        m = i
        while m > 0 and toks[m - 1].kind == "num" and toks[m].start - toks[m - 1].end == 1:
            m -= 1
            groups += 1
        return groups >= 3

    def _blocked(self, toks: list[Token], i: int, end: int) -> bool:
        """Is the figure at ``i``..``end`` an ordinal, time, phone number or id?"""
        n = len(toks)
        t = toks[i]
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[end] if end < n else None
        if t.kind == "num":
            digits = to_ascii_digits(t.text)
            raw = re.sub(r"\D", "", digits)
            if self._phone_run(toks, i):
                return True  # +971 4 123 4567
            if len(raw) >= 9 and re.fullmatch(r"\d+", digits) and digits.startswith("0"):
                return True  # 0501234567
            if len(raw) >= 7 and re.fullmatch(r"\d+", digits) and not (nxt and nxt.kind == "word"):
                return True
            if prev is not None and prev.end == t.start:
                if prev.kind == "word" and not prev.arabic:
                    return True  # MS985, COVID19
                if (
                    prev.text == "-"
                    and i > 1
                    and toks[i - 2].end == prev.start
                    and toks[i - 2].kind == "word"
                ):
                    return True  # F-35, COVID-19, كوفيد-19
                if prev.kind == "word" and prev.arabic:
                    bare = prev.fold.rstrip("ـ")
                    if bare.endswith("ال") or bare == "ال":
                        return True  # الـ80: an ordinal ("الذكرى الـ80" is handled before)
                    if bare not in self.lex.prefixes and bare not in ("و", "ب", "ل", "ك", "ف"):
                        return True
                if prev.text in ("#", "№"):
                    return True
            if (
                prev is not None
                and prev.kind == "word"
                and prev.text.isascii()
                and prev.text.isupper()
                and 2 <= len(prev.text) <= 5
                and not (nxt is not None and self._unit_after(toks, end) is not None)
            ):
                return True  # ISO 9001, A 320: an acronym names a standard or a model
            if (
                prev is not None
                and prev.kind == "word"
                and not prev.arabic
                and any(c.isupper() for c in prev.text)
                and i > 1
                and toks[i - 2].kind == "word"
                and (prev.fold,) not in self.lex.months
                and prev.fold not in self.lex.months
                and not (nxt is not None and self._unit_after(toks, end) is not None)
            ):
                return True  # iPhone 16, Vision 2030, Airbus A320: a name with a number in it
            year_like = re.fullmatch(r"(19|20)\d\d", to_ascii_digits(t.text)) is not None
            if (
                year_like
                and prev is not None
                and prev.kind == "word"
                and not prev.arabic
                and prev.text[:1].isupper()
                and prev.fold not in self.starters
                and (prev.fold,) not in self.lex.months
            ):
                return True  # Expo 2020, Vision 2030: a year after a name is part of it
            if (
                year_like
                and prev is not None
                and prev.kind == "word"
                and prev.arabic
                and prev.fold not in _AR_NOT_NOUNS
                and (nxt is None or self._unit_after(toks, end) is None)
            ):
                return True  # إكسبو 2020: a year after a name is part of the name
            if nxt is not None and nxt.start == t.end:
                if nxt.kind == "word" and not nxt.arabic and nxt.fold in _ORDINAL_SUFFIX:
                    return True
                if nxt.arabic and nxt.fold in ("ه", "م") and len(raw) in (3, 4):
                    return True  # ١٤٤٥هـ, ٢٠٢٤م: a year with its calendar's letter
                if nxt.text == ":" and end + 1 < n and toks[end + 1].kind == "num":
                    return True  # 10:05
                if (
                    nxt.text in ("/", ".")
                    and end + 1 < n
                    and toks[end + 1].kind == "num"
                    and (toks[end + 1].start == nxt.end)
                ):
                    return True  # 5/9/2025, version 1.2.3
                if (
                    nxt.kind == "word"
                    and not nxt.arabic
                    and self._scale(nxt, True) is None
                    and (nxt.fold not in self.lex.units and (nxt.fold,) not in self.lex.units)
                ):
                    return True  # 5G, 3D
            if (
                prev is not None
                and prev.text == ":"
                and i > 1
                and toks[i - 2].kind == "num"
                and (prev.start == toks[i - 2].end)
            ):
                return True
        # a time suffix right after: 3 pm, 10 مساءً; not after an Arabic decimal comma
        # (٦٫٢٥ م is a height in metres: a clock's minutes follow a colon or a point)
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.fold in self.lex.time_suffix
            and not (t.kind == "num" and ("٫" in t.text or "," in t.text) and _has_decimals(t))
        ):
            return True
        if prev is not None:
            # time of day (الساعة 10), id markers (المادة 5, Article 5, World War 2)
            # a model name runs from its marker to the number: من طراز تشالنجر 2, model T-72
            back = {f for t in toks[max(0, i - 3) : i] for f, _ in t.readings}
            if back & _MODEL_MARKERS and (nxt is None or self._unit_after(toks, end) is None):
                return True
            # "No. 212", "Vol. 48": the marker's abbreviation point sits between
            at = i - 1 if prev.text == "." and i > 1 and prev.start == toks[i - 2].end else i
            while at > 1 and toks[at - 1].kind == "word" and len(toks[at - 1].text) == 1:
                at -= 1  # لوحة رقمها ب ٤٥٨٧٣: a plate's letter between the marker and the number
            for table in (self.lex.time_of_day, self.lex.id_markers):
                for size in range(1, 4):
                    if at - size < 0:
                        break
                    rest = tuple(tok.fold for tok in toks[at - size + 1 : at])
                    keys = {(form, *rest) for form, _ in toks[at - size].readings}
                    if not keys & table:
                        continue
                    clock = nxt is not None and (
                        nxt.text == ":" or nxt.fold in self.lex.time_suffix
                    )
                    if table is self.lex.time_of_day and self.lang == "en" and not clock:
                        continue  # "at 26" is not a time; "at 3 pm" is
                    if (
                        table is self.lex.id_markers
                        and at - size > 0
                        and toks[at - size - 1].fold == "ما"
                        and toks[at - size].fold == "مجموعه"
                    ):
                        continue  # ما مجموعه ٦٦ إصابة: "a total of", not Group 66
                    if (
                        table is self.lex.id_markers
                        and t.kind == "word"
                        and any(f in self.lex.scales for tk in toks[i:end] for f, _ in tk.readings)
                    ):
                        continue  # العدد مليون: a count in words, not issue number one million
                    if (
                        table is self.lex.id_markers
                        and nxt is not None
                        and (unit := self._unit_after(toks, end)) is not None
                        and unit[0].kind == "unit"
                        # a time unit with لـ says whose number it is (القرار ١٠ لعام ٢٠٢٤);
                        # without, it measures (الرحلة ١١ ساعة: the flight's length)
                        and not (unit[0].key in _TIME_UNITS and toks[end].fold.startswith("ل"))
                    ):
                        continue  # مساحة المبنى ٥٠٠٠ متر مربع: a measure, not building 5000
                    return True
            if (
                prev.fold in ("past", "to")
                and i > 1
                and (
                    toks[i - 2].fold in ("quarter", "half", "minutes")
                    or (prev.fold == "past" and toks[i - 2].kind == "num")
                )
            ):
                return True  # half past eight, quarter to nine (but "climbed past 50,000")
        return False

    # -- the phrase -----------------------------------------------------
    def parse(
        self,
        text: str,
        skip: list[tuple[int, int]] | None = None,
        toks: list[Token] | None = None,
    ) -> list[Quantity]:
        """Every quantity in ``text``, in order, with spans into ``text``.

        ``toks`` may pass the text's tokens when the caller already has them.
        """
        if toks is None:
            toks = tokenize(text, self.lex)
        skipped = {k for k, t in enumerate(toks) for a, b in (skip or []) if a <= t.start < b}
        out: list[Quantity] = []
        # scores first: "3-1" after "beat" is one figure, not a range from three to one
        for s in find_scores(toks, self.lex):
            if any(k in skipped for k in range(s.tok_start, s.tok_end)):
                continue
            value = score_value(s.first, s.second)
            start, end = toks[s.tok_start].start + s.offset, toks[s.tok_end - 1].end
            out.append(
                Quantity(
                    text=text[start:end],
                    start=start,
                    end=end,
                    value=value,
                    low=value,
                    high=value,
                    unit="shootout" if s.shootout else "score",
                )
            )
            skipped.update(range(s.tok_start, s.tok_end))
        for r in find_race_times(toks, self.lex):
            if any(k in skipped for k in range(r.tok_start, r.tok_end)):
                continue
            start, end = toks[r.tok_start].start, toks[r.tok_end - 1].end
            out.append(
                Quantity(
                    text=text[start:end],
                    start=start,
                    end=end,
                    value=r.value,
                    low=r.value,
                    high=r.value,
                    unit=r.unit,
                )
            )
            skipped.update(range(r.tok_start, r.tok_end))
        i = 0
        n = len(toks)
        starters = self.starters
        while i < n:
            t = toks[i]
            # most words cannot start a figure: skip them before any matching
            if i in skipped or (
                t.kind != "num"
                and t.text not in _CURRENCY_PREFIX
                and not any(f in starters for f, _ in t.readings)
            ):
                i += 1
                continue
            got = self._phrase(toks, i, skipped)
            if got is None:
                i += 1
                continue
            q, end = got
            if not _in_a_name(toks, i, end, q, self.lex):
                out.append(self._finish(text, q))
            i = max(end, i + 1)
        return _compounds(text, sorted(out, key=lambda q: q.start))

    def _finish(self, text: str, q: dict) -> Quantity:
        start, end = q.pop("start"), q.pop("end")
        return Quantity(text=text[start:end], start=start, end=end, **q)

    def _phrase(self, toks: list[Token], i: int, skipped: set[int]) -> tuple[dict, int] | None:
        lex = self.lex
        n = len(toks)
        start_tok = i
        start_off = 0
        flags: dict = {"approx": False, "vague": False, "bound": None}
        mod = self._match(toks, i, lex.modifiers)
        j = i
        if mod is not None and mod[1] < n:
            kind = lex.modifiers[mod[0]]
            j = mod[1]
            start_off = mod[2]
            if kind == "approx":
                flags["approx"] = True
            else:
                flags["bound"] = kind
        has_mod = j != i
        # range opener: بين / between / من / from
        ropen = self._match(toks, j, lex.range_open)
        range_open_at = None
        if ropen is not None:
            range_open_at = j
            if not has_mod:
                start_off = ropen[2]
            j = ropen[1]
        # currency symbol before the number
        pre_unit: str | None = None
        if (
            j + 1 < n
            and toks[j].kind == "punct"
            and toks[j].text in _CURRENCY_PREFIX
            and (toks[j].text != "%" or toks[j + 1].start == toks[j].end)
        ):
            pre_unit = _CURRENCY_PREFIX[toks[j].text]
            j += 1
        elif (
            j + 1 < n
            and toks[j].fold == "us"
            and toks[j + 1].text == "$"
            and toks[j + 1].start == toks[j].end
        ):
            pre_unit = "usd"
            j += 2
        if j >= n or j in skipped:
            return None
        result = self._core(toks, j, flags, pre_unit, range_open_at is not None)
        if result is None:
            if has_mod or range_open_at is not None or pre_unit:
                return None
            return None
        q, end, core_off = result
        if not has_mod and range_open_at is None and pre_unit is None:
            start_off = core_off
        first = toks[start_tok] if (has_mod or range_open_at is not None or pre_unit) else toks[j]
        if range_open_at is not None and not q.get("is_range"):
            # "من 26" without a second figure: the opener was a preposition
            first = toks[j] if not has_mod else toks[start_tok]
            if not has_mod:
                start_off = core_off if toks[j].kind == "word" else 0
        q.pop("is_range", None)
        q["start"] = first.start + start_off
        q["end"] = toks[end - 1].end
        return q, end

    def _core(
        self, toks: list[Token], j: int, flags: dict, pre_unit: str | None, range_opened: bool
    ) -> tuple[dict, int, int] | None:
        lex = self.lex
        n = len(toks)
        # vague amounts: آلاف, عشرات الآلاف, thousands, tens of thousands, several
        vm = self._match(toks, j, lex.vague)
        if vm is not None:
            prev = toks[j - 1] if j > 0 else None
            after_number = prev is not None and (prev.kind == "num" or self._is_number_word(prev))
            if not after_number:
                lo, hi = lex.vague[vm[0]]
                end = vm[1]
                # a few thousand, بضعة آلاف, hundreds of millions: the vague word counts the scale
                k = end + 1 if end < n and toks[end].fold == "of" else end
                sc = None
                if k < n and toks[k].kind == "word":
                    sc = self._scale(toks[k], False) or (
                        100.0 if toks[k].fold == "hundred" else None
                    )
                if sc is not None:
                    lo, hi = lo * sc, hi * sc
                    end = k + 1
                unit = self._unit_after(toks, end, after_vague=True)
                definite = vm[0][0].startswith("ال")  # الملايين, الآلاف: nouns, not quantifiers
                if (
                    unit is None
                    and sc is None
                    and vm[0][0] in ("several", "a", "بضعه", "بضع", "عده")
                ):
                    plain = self._plain_noun(toks, end, after_vague=True)
                    if plain == end:
                        return None  # "several" alone is not a figure
                if unit is not None:
                    end = unit[1]
                elif not definite:
                    end = self._plain_noun(toks, end, after_vague=True)
                q = {**flags, "vague": True, "value": None, "low": lo, "high": hi}
                self._set_unit(q, unit[0] if unit else None, toks, j, unit, end)
                return q, end, vm[2]
        # خُمس (a fifth) is written like خمس (five) but for its damma: trust the diacritic
        marked = _marked_fraction(toks[j])
        if marked is not None:
            q = {**flags, "value": marked, "low": marked, "high": marked}
            self._set_unit(q, None, toks, j, None, j + 1)
            self._apply_bound(q)
            return q, j + 1, 0
        # a fraction before a unit: نصف ساعة, half an hour, ربع ساعة
        fm = self._match(toks, j, lex.fractions)
        # "a third decade", "a fifth year": an ordinal, no fraction of a unit
        ordinal = (
            fm is not None
            and toks[fm[1] - 1].fold in _EN_ORDINAL_FRACTIONS
            and not (fm[1] < n and toks[fm[1]].fold == "of")
        )
        if fm is not None and not ordinal:
            k = fm[1]
            if k < n and toks[k].fold == "of":
                k += 1  # a quarter of an hour
            if k < n and toks[k].fold in ("an", "a"):
                k += 1
            um = self._match(toks, k, lex.units) if k < n else None
            if (
                um is not None
                and (lex.units[um[0]].kind == "unit" or lex.units[um[0]].key in _MEASURES)
                and not lex.units[um[0]].dual
            ):
                v = lex.fractions[fm[0]]
                q = {**flags, "value": v, "low": v, "high": v}
                self._set_unit(q, lex.units[um[0]], toks, j, (lex.units[um[0]], um[1]), um[1])
                return q, um[1], fm[2]
        # an Arabic dual unit (ساعتين) or a unit then a fraction (ساعة ونصف, an hour and a half)
        k = j + 1 if toks[j].fold in ("an", "a") else j
        um = self._match(toks, k, lex.units)
        if um is not None:
            entry = lex.units[um[0]]
            frac = self._post_fraction(toks, um[1])
            if entry.dual and entry.kind == "subject" and self._definite(toks[k], um[0][0]):
                return None  # البلدين: "the two countries" refers back, it counts nothing new
            if entry.factor != 1.0 and k > j and not entry.dual and frac is None:
                v = 1.0  # a fortnight: one of it, two weeks once the unit's factor applies
                q = {**flags, "value": v, "low": v, "high": v}
                self._set_unit(q, entry, toks, j, (entry, um[1]), um[1])
                self._apply_bound(q)
                return q, um[1], 0
            hedged = flags["approx"] or flags["bound"] is not None
            if (
                hedged
                and not entry.dual
                and frac is None
                and entry.kind == "unit"
                and entry.key in _TIME_UNITS
                and not self._definite(toks[k], um[0][0])
                and (k > j or toks[k].arabic)
                and self._singular(toks[k], um[0][0])
            ):
                # نحو ساعة, roughly an hour, more than a week: one of the unit
                q = {**flags, "value": 1.0, "low": 1.0, "high": 1.0}
                self._set_unit(q, entry, toks, j, (entry, um[1]), um[1])
                self._apply_bound(q)
                return q, um[1], um[2] if k == j else 0
            if (entry.dual or frac is not None) and (entry.dual or entry.kind == "unit"):
                v = (2.0 if entry.dual else 1.0) + (frac[0] if frac else 0.0)
                end = frac[1] if frac else um[1]
                q = {**flags, "value": v, "low": v, "high": v}
                self._set_unit(q, entry, toks, j, (entry, um[1]), end)
                rng = self._dual_range(toks, end, entry, v) if range_opened else None
                if rng is not None:  # من يومين إلى ثلاثة أيام
                    q.update(value=None, low=v, high=rng[0], is_range=True)
                    end = rng[1]
                return q, end, um[2] if k == j else 0
        if um is not None and k == j and not lex.units[um[0]].dual and um[1] < n:
            one = self._word_value(toks[um[1]], [lex.numbers], allow_prefix=False)
            if one is not None and one[0] == 1 and toks[um[1]].arabic:
                entry = lex.units[um[0]]  # يوم واحد, ساعة واحدة: the noun comes first
                q = {**flags, "value": 1.0, "low": 1.0, "high": 1.0}
                self._set_unit(q, entry, toks, j, (entry, um[1] + 1), um[1] + 1)
                return q, um[1] + 1, um[2]
        age = self._ordinal_age(toks, j) if self.lex.age_after else None
        if age is not None:  # في الرابعة عشرة من عمره: fourteen years old
            v, end = age
            q = {**flags, "value": v, "low": v, "high": v}
            self._set_unit(q, UnitEntry("year", "unit"), toks, j, None, end)
            return q, end, 0
        ordinal = self._ordinal_anniversary(toks, j)
        if ordinal is not None:
            v, end = ordinal
            q = {**flags, "value": v, "low": v, "high": v}
            self._set_unit(q, UnitEntry("year", "unit"), toks, j, None, end)
            return q, end, 0
        place = self._ordinal_position(toks, j)
        if place is not None:  # in the 10th round, في الجولة العاشرة, خامس دولة
            v, end, entry = place
            q = {**flags, "value": v, "low": v, "high": v}
            self._set_unit(q, entry, toks, j, None, end)
            return q, end, 0
        running = self._ordinal_count(toks, j)
        if running is not None:
            v, end, entry = running
            q = {**flags, "value": v, "low": v, "high": v}
            self._set_unit(q, entry, toks, j, None, end)
            return q, end, 0
        num = self._number(toks, j)
        if num is None or (fm is not None and fm[1] > num[0].end):
            # "two-thirds", "three-quarters" are fractions whatever follows; "a third" or
            # "half" before a noun may be an ordinal or an adjective ("a third term")
            spelled = fm is not None and len(fm[0]) > 1 and fm[0][0] not in ("a", "one")
            if fm is not None and (spelled or self._standalone_fraction(toks, fm[1], j)):
                v = lex.fractions[fm[0]]  # ربع الميزانية, fell by half, two-thirds of voters
                q = {**flags, "value": v, "low": v, "high": v}
                self._set_unit(q, None, toks, j, None, fm[1])
                self._apply_bound(q)
                return q, fm[1], fm[2]
            return None
        first, off = num
        if self._blocked(toks, j, first.end):
            return None
        low_v = high_v = first.value
        end = first.end
        is_range = False
        # a range: 11-15 ألف, between 11,000 and 15,000, من 11 إلى 15 ألفاً
        if end < n:
            jt = toks[end]
            join_ok = jt.fold in lex.range_join and (range_opened or jt.fold in _DIRECT_JOINS)
            second_at = end + 1 if join_ok else None
            if (
                second_at is None
                and range_opened
                and jt.kind == "word"
                and jt.arabic
                and jt.fold == "و"
                and end + 1 < n
                and toks[end + 1].start == jt.end
            ):
                second_at = end + 1  # و15 glued
            if (
                second_at is None
                and range_opened
                and jt.kind == "word"
                and jt.arabic
                and jt.fold.startswith("و")
                and len(jt.fold) > 1
            ):
                second_at = end  # وعشرين: the و is glued to the second number word
            if (
                second_at is not None
                and second_at < n
                and toks[second_at].text in _CURRENCY_PREFIX
                and (pre_unit is None or _CURRENCY_PREFIX[toks[second_at].text] == pre_unit)
            ):
                pre_unit = _CURRENCY_PREFIX[toks[second_at].text]
                second_at += 1  # between $2 billion and $2.5 billion
            if second_at is not None and second_at < n:
                sec = (
                    self._number(toks, second_at)
                    if second_at != end
                    else self._word_number(toks, end)
                )
                if sec is not None and not self._blocked(toks, second_at, sec[0].end):
                    s = sec[0]
                    lo, hi = first.value, s.value
                    if s.scaled and not first.scaled and lo * s.scale <= hi:
                        lo *= s.scale  # the multiplier distributes: بين 10 و15 ألفاً
                    if lo <= hi:
                        low_v, high_v = lo, hi
                        end = s.end
                        is_range = True
        value: float | None = None if is_range else first.value
        frac = self._post_fraction(toks, end) if not is_range else None
        if frac is not None and value is not None:
            # after a scale the fraction is of the scale: مليار ونصف = 1.5 billion
            value += frac[0] * (first.scale if first.scaled else 1.0)
            low_v = high_v = value
            end = frac[1]
            # "three and a half million": the scale comes after the fraction
            sc = self._scale(toks[end], False) if end < n and not first.scaled else None
            if sc is not None:
                value *= sc
                low_v = high_v = value
                end += 1
        # a fraction word after a number: ثلاثة أرباع
        fraction_of = False
        if not is_range and end < n and toks[end].kind == "word":
            fm = self._match(toks, end, lex.fractions)
            if fm is not None and fm[0][0] in _COUNTED_FRACTIONS:
                # rounded: three tenths is 0.3, not 0.30000000000000004
                value = round((value or 0) * lex.fractions[fm[0]], 9)
                fraction_of = True
                low_v = high_v = value
                end = fm[1]
                # ثلاثة أرباع المليون: three quarters of the (definite) scale
                sc = (
                    next(
                        (lex.scales[f] for f, _ in toks[end].readings[1:] if f in lex.scales),
                        None,
                    )
                    if end < n and toks[end].arabic
                    else None
                )
                if sc is not None:
                    value *= sc
                    low_v = high_v = value
                    end += 1
        # an Arabic dual after a number is its noun in the singular sense only
        unit = (
            self._unit_after(toks, end, after_vague=first.scaled, fraction=fraction_of)
            if not pre_unit
            else None
        )
        if (
            fraction_of
            and unit is not None
            and unit[0].kind == "subject"
            and unit[0].key not in _MEASURES
        ):
            unit = None  # أربعة أخماس سكان النيجر: a share of the people, not a head count
        if unit is not None and unit[0].dual and value is not None and not is_range:
            unit = None
        if unit is not None:
            end = unit[1]
            frac = self._post_fraction(toks, end)
            if frac is not None and value is not None and unit[0].kind == "unit":
                value += frac[0]
                low_v = high_v = value
                end = frac[1]
        q = {**flags, "value": value, "low": low_v, "high": high_v}
        entry = unit[0] if unit else None
        if pre_unit is not None:
            entry = UnitEntry(pre_unit, "unit")
            unit = (entry, end)
            m2 = self._unit_after(toks, end)
            if m2 is not None and m2[0].key == pre_unit:
                end = m2[1]
        if entry is None and (self._anniversary(toks, j) or self._age(toks, j, end)):
            entry = UnitEntry("year", "unit")
        if entry is None and not is_range and first.value is not None and first.value >= 10:
            before = self._noun_before(toks, j)
            if before is not None:
                entry, unit = before, (before, end)
        if entry is None and self._bare_one(first, toks, j):
            return None
        if not fraction_of and (
            (entry is None and unit is None and pre_unit is None and not is_range)
            or (entry is None and is_range)
        ):
            # a fraction of something (أربعة أخماس سكان النيجر) is the fraction alone
            end = self._plain_noun(toks, end, after_vague=first.scaled)
        if self._anaphoric(toks, j, first, entry, is_range):
            return None
        self._set_unit(q, entry, toks, j, unit, end)
        # post modifiers: تقريباً, at least, or more
        pm = self._match(toks, end, lex.post_modifiers, first_prefix=False) if end < n else None
        if pm is not None:
            kind = lex.post_modifiers[pm[0]]
            if kind == "approx":
                q["approx"] = True
            elif q["bound"] is None:
                q["bound"] = kind
            end = pm[1]
        self._apply_bound(q)
        q["is_range"] = is_range
        return q, end, off

    def _bare_one(self, num: _Num, toks: list[Token], j: int) -> bool:
        """ "one"/"واحد" alone, or a spelled-out figure under 2 with no unit, is no claim."""
        if not num.words or toks[j].kind != "word":
            return False
        bare_scale = num.end == j + 1 and any(f in _AR_SINGULAR_SCALES for f, _ in toks[j].readings)
        return num.value < 2 or bare_scale

    def _ordinal_age(self, toks: list[Token], j: int) -> tuple[float, int] | None:
        """An Arabic ordinal or definite number right before من عمره: (years, end index)."""
        ordinal = self._ar_ordinal(toks, j)
        if ordinal is None:
            return None
        total, k = ordinal
        for size in (2, 3):
            key = tuple(t.fold for t in toks[k : k + size])
            if key in self.lex.age_after or (
                size == 2 and key[:1] == ("من",) and len(key) == 2 and key[1].startswith("عمر")
            ):
                return total, k
        return None

    def _ordinal_anniversary(self, toks: list[Token], j: int) -> tuple[float, int] | None:
        """ "80th anniversary": an ordinal that counts years. (end index after it)"""
        n = len(toks)
        t = toks[j]
        # الذكرى الـ80: the article glued to the figure, after an anniversary word
        if (
            t.kind == "word"
            and t.arabic
            and t.fold == "ال"
            and j + 1 < n
            and toks[j + 1].kind == "num"
            and toks[j + 1].start == t.end
            and self._anniversary(toks, j)
        ):
            v = parse_digits(toks[j + 1].text)
            return (v, j + 2) if v is not None else None
        if t.kind != "num" or j + 2 >= n:
            return None
        suffix = toks[j + 1]
        if suffix.start != t.end or suffix.fold not in _ORDINAL_SUFFIX:
            return None
        if not any(f in self.lex.anniversary for f, _ in toks[j + 2].readings):
            return None
        v = parse_digits(t.text)
        return (v, j + 3) if v is not None else None

    def _ordinal_at(self, toks: list[Token], i: int) -> tuple[float, int] | None:
        """An ordinal at token ``i``: 24th, eighth, الثامنة, الحادية عشرة, الـ24.
        (value, end index)"""
        n = len(toks)
        t = toks[i]
        if t.kind == "num":
            if i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].fold in _ORDINAL_SUFFIX:
                v = parse_digits(t.text)
                return (v, i + 2) if v is not None else None
            return None
        if t.kind != "word":
            return None
        if not t.arabic:
            m = self._match(toks, i, self.lex.day_ordinals, first_prefix=False)
            return (float(self.lex.day_ordinals[m[0]]), m[1]) if m is not None else None
        if t.fold == "ال" and i + 1 < n and toks[i + 1].kind == "num":
            v = parse_digits(toks[i + 1].text)  # الـ24
            return (v, i + 2) if v is not None and toks[i + 1].start == t.end else None
        return self._ar_ordinal(toks, i)

    def _ar_ordinal(self, toks: list[Token], j: int) -> tuple[float, int] | None:
        """An Arabic ordinal or definite number word, teens and tens joined (الرابعة عشرة,
        الحادية والعشرين). (value, end index)"""
        lex = self.lex
        n = len(toks)
        total = 0.0
        k = j
        while k < n and toks[k].kind == "word" and toks[k].arabic:
            tok = toks[k]
            forms = [f for f, _ in tok.readings]
            value = next((lex.ordinal_numbers[f] for f in forms if f in lex.ordinal_numbers), None)
            if value is None:
                value = next((lex.numbers[(f,)] for f in forms[1:] if (f,) in lex.numbers), None)
            if value is None and k > j and tok.fold in ("عشر", "عشره"):
                value = 10.0  # الرابعة عشرة: the teen's second word
            if value is None or (k > j and not tok.fold.startswith("و") and value != 10):
                break
            total += value
            k += 1
        return (total, k) if k > j and total > 0 else None

    def _ordinal_count(self, toks: list[Token], j: int) -> tuple[float, int, UnitEntry] | None:
        """An ordinal that counts so far. (value, end index, the counted noun)

        "his 24th Grand Slam title", "a record fifth title": after a possessive or "record",
        it counts its noun (24 titles); a named prize after it ("his eighth Ballon d'Or")
        counts times won. "for the eighth time" and للمرة الثامنة count times too. The
        first time is left alone: "for the first time" is rarely a figure anyone disputes.
        """
        n = len(toks)
        if j == 0:
            return None
        if (
            j >= 2
            and toks[j - 1].arabic
            and toks[j - 1].fold == "رقم"
            and toks[j].kind == "num"
            and re.fullmatch(r"\d+", digits := to_ascii_digits(toks[j].text))
            and int(digits) >= 2
        ):
            # هدفه رقم ٨٩٥: his goal number 895, a count of his goals
            return self._possessed_count(toks[j - 2], float(digits), j + 1)
        ordinal = self._ordinal_at(toks, j)
        if ordinal is None or ordinal[0] < 2:
            return None
        v, k = ordinal
        prev = toks[j - 1]
        if prev.arabic:
            if any(f in ("المره", "مره") for f, _ in prev.readings):
                return v, k, self._award_before(toks, j - 1) or _OCCASION
            return self._possessed_count(prev, v, k)
        if prev.fold == "the" and k < n and toks[k].fold == "time":
            return v, k + 1, self._award_before(toks, j - 1) or _OCCASION
        # his 24th, a record fifth, a record-extending 12th, a fifth (title)
        record = prev.fold in ("extending", "breaking", "equalling", "equaling", "tying")
        owner = prev.fold in _POSSESSIVES or prev.text.endswith(("'s", "’s"))  # Ovechkin's
        if not owner and prev.fold not in ("record", "a", "an") and not record:
            return None
        # the head noun ends an English compound: "a fifth Dakar Rally car title" is a title
        found: tuple[float, int, UnitEntry] | None = None
        for m in range(k, min(n, k + 5)):
            if toks[m].text == "-" and m > k:
                continue  # "his seventh premier-class title": a hyphened compound
            if toks[m].kind != "word" or toks[m].fold in ("of", "in", "at", "for", "the", "on"):
                break
            # a noun of two words first (his 62nd home run: home runs, not homes)
            pair = (toks[m].fold, toks[m + 1].fold + "s") if m + 1 < n else None
            two = self.lex.units.get(pair) if pair is not None else None
            if two is not None and two.kind == "subject":
                found = (v, m + 2, two)
                break
            entry = self.lex.units.get((toks[m].fold + "s",))
            if entry is not None and entry.kind == "subject":
                found = (v, m + 1, entry)
            elif toks[m].fold in self.lex.times_nouns:
                found = (v, m + 1, _OCCASION)  # his 35th stage victory: the times he won
        if found is not None:
            return found
        if prev.fold in ("a", "an"):
            return None  # "a third term": only a counted noun makes it a count
        if k < n and toks[k].kind == "word" and toks[k].text[:1].isupper():
            return v, k + 1, _OCCASION
        return None

    def _ordinal_position(self, toks: list[Token], j: int) -> tuple[float, int, UnitEntry] | None:
        """Which one of a sequence, where a report names its place: a bout's round, a
        race's stage, lap or hole, the nth country to do something. (The minute of a goal
        is a time in the match, left alone as a time of day is.)
        (value, end index, the place's key)

        English: "the 10th round", "in round eight", "the 17th stage", "the fifth country";
        Arabic: في الجولة العاشرة, الجولة ١٠, المرحلة السابعة عشرة, خامس دولة, الدولة الخامسة.
        A place reads as a number of its own (round_no), never as a count: a 12-round bout
        is no 12th round. The first is left alone, as in ``_ordinal_count``, and so is a
        round of voting or of a cup: a round is read only where the sentence tells of a bout.
        """
        prev = toks[j - 1] if j > 0 else None
        place = self._place_at(toks, j, prev)
        if place is None or (place[2].key == "round_no" and not _a_bout(toks)):
            return None  # a round of voting or of a cup is no bout's round
        return place

    def _place_at(
        self, toks: list[Token], j: int, prev: Token | None
    ) -> tuple[float, int, UnitEntry] | None:
        """The place ``_ordinal_position`` reads at ``j``, before it asks what the sentence
        tells of."""
        n = len(toks)
        t = toks[j]
        if self.lang == "en":
            # the 10th round, the fifth country
            ordinal = self._ordinal_at(toks, j)
            if ordinal is not None and prev is not None and prev.fold == "the":
                v, k = ordinal
                if k < n and (key := _PLACES_EN.get(toks[k].fold)) is not None and v >= 2:
                    return v, k + 1, UnitEntry(key, "subject")
            # in round eight, round 8, lap 12 (not "12 rounds")
            if prev is not None and not prev.arabic and (key := _PLACES_EN.get(prev.fold)):
                if key == "country_no" or (j >= 2 and toks[j - 2].fold == "the"):
                    # "round eight" comes without an article ("the round 2 draw" names a
                    # draw); a country is never numbered after its noun
                    return None
                num = self._word_value(t, [self.lex.numbers], allow_prefix=False)
                v = parse_digits(t.text) if t.kind == "num" else (num[0] if num else None)
                if v is not None and v >= 2 and v == int(v):
                    return v, j + 1, UnitEntry(key, "subject")
            return None
        # Arabic: a definite place noun, then its ordinal or its number
        if prev is not None and prev.kind == "word":
            key = next((_PLACES_AR[f] for f, _ in prev.readings if f in _PLACES_AR), None)
            if key is not None and any(f.startswith("ال") for f, _ in prev.readings):
                if t.kind == "num":
                    v = parse_digits(t.text)
                    if v is not None and v >= 2 and v == int(v) and key != "country_no":
                        return v, j + 1, UnitEntry(key, "subject")
                    return None
                ordinal = self._ar_ordinal(toks, j)
                if ordinal is not None and ordinal[0] >= 2 and t.fold.startswith("ال"):
                    return ordinal[0], ordinal[1], UnitEntry(key, "subject")
                if ordinal is None and t.fold == "ال" and j + 1 < n and toks[j + 1].kind == "num":
                    v = parse_digits(toks[j + 1].text)  # المرحلة الـ17
                    if v is not None and v >= 2:
                        return v, j + 2, UnitEntry(key, "subject")
        # خامس دولة: an ordinal without the article before its noun
        if t.arabic and not t.fold.startswith("ال") and j + 1 < n:
            v = next(
                (
                    self.lex.ordinal_numbers["ال" + f]
                    for f, _ in t.readings
                    if "ال" + f in self.lex.ordinal_numbers
                ),
                None,
            )
            nxt = toks[j + 1]
            key = next((_PLACES_AR[f] for f, _ in nxt.readings if f in _PLACES_AR), None)
            if v is not None and v >= 2 and key is not None and not nxt.fold.startswith("ال"):
                return v, j + 2, UnitEntry(key, "subject")
        return None

    def _award_before(self, toks: list[Token], j: int) -> UnitEntry | None:
        """A title the sentence names before "for the nth time" (أحرز لقب الدوري
        للمرة الثانية عشرة, won the title for the eighth time): the times count it."""
        for m in range(j - 1, max(-1, j - 12), -1):
            for form, _ in toks[m].readings:
                entry = self.lex.units.get((form,))
                if entry is not None and entry.key in _AWARDS:
                    return entry
            entry = self.lex.units.get((toks[m].fold + "s",))
            if entry is not None and entry.key in _AWARDS:
                return entry
        return None

    def _possessed_count(
        self, noun: Token, v: float, end: int
    ) -> tuple[float, int, UnitEntry] | None:
        """An Arabic ordinal after a noun with "his", "her" or "their" (لقبه الثامن, his eighth
        title; فوزه الخامس والثلاثين, his 35th win): a count of the noun, or of times after a
        noun of winning or taking part (``times_nouns``); an edition, a term or a visit
        (دورتها الثالثة والثلاثين) counts nothing.
        """
        suffix = ar_possessive(noun.text)
        if suffix is None or len(noun.text) - len(suffix) < 2:
            return None
        if any(f.startswith("ال") for f, _ in noun.readings):
            return None  # التهم الأربع والثلاثين: the article, so هم is the noun's own
        stem = noun.fold[: -len(suffix)]
        for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
            entry = self.lex.units.get((form,)) if form else None
            if entry is not None:
                return (v, end, entry) if entry.kind == "subject" else None
        return (v, end, _OCCASION) if stem in self.lex.times_nouns else None

    def _noun_before(self, toks: list[Token], j: int) -> UnitEntry | None:
        """The counted noun of an Arabic definite cardinal that follows it (الرهائن العشرين,
        the twenty hostages): a definite plural right before a definite number word.

        Only from ten up: a smaller definite count (الجنود الثلاثة) refers back to people
        already named, as "the three soldiers" does."""
        if self.lang != "ar" or j == 0 or toks[j].kind != "word" or toks[j - 1].kind != "word":
            return None
        if not self._definite_number(toks[j]):
            return None
        noun = toks[j - 1]
        for form, _ in noun.readings[1:]:
            entry = self.lex.units.get((form,))
            if entry is not None and entry.kind == "subject" and self._definite(noun, form):
                return entry
        return None

    def _definite_number(self, tok: Token) -> bool:
        """Is the token an Arabic number word with the article (العشرين, الثلاثة)?"""
        return any(
            tok.fold.endswith(f) and self._definite(tok, f)
            for f, _ in tok.readings[1:]
            if (f,) in self.lex.numbers
        )

    def _ar_compound(self, toks: list[Token], j: int) -> bool:
        """A definite compound cardinal after a definite noun (التهم الأربع والثلاثين, the 34
        charges; الأعضاء السبعة عشر): its first word is a cardinal, not an ordinal (السنة
        الثامنة والأربعون), and a definite tens word joined by و, or عشر, follows."""
        if j == 0 or j + 1 >= len(toks):
            return False
        if not any(f.startswith("ال") for f, _ in [(toks[j - 1].fold, 0), *toks[j - 1].readings]):
            return False  # بالتهم: the article after a clitic counts
        first = any(
            toks[j].fold.endswith(f) and self._definite(toks[j], f)
            for f, _ in toks[j].readings[1:]
            if (f,) in self.lex.numbers and f not in self.lex.ordinal_numbers
        )
        nxt = toks[j + 1]
        if first and nxt.fold in ("عشر", "عشره"):
            return True  # الأعضاء السبعة عشر: a definite teen, the 17 members
        return first and nxt.fold.startswith("وال") and (nxt.fold[3:],) in self.lex.numbers

    def _anaphoric(
        self, toks: list[Token], j: int, num: _Num, entry: UnitEntry | None, is_range: bool
    ) -> bool:
        """A definite small count ("the three leaders", القادة الثلاثة) refers back: no claim.

        An Arabic definite number word with nothing counted after it (السنة الثامنة
        والأربعون, مجموعة العشرين) is an ordinal or a name, not a figure either.
        """
        if not num.words or is_range or self._anniversary(toks, j):
            return False
        tok = toks[j]
        definite_word = tok.arabic and self._definite_number(tok)
        if definite_word and entry is None and not num.scaled and not self._ar_compound(toks, j):
            return True  # (الخمسين ألفاً, the 50,000 mark, is a figure: it carries a scale)
        if num.value >= 10:
            return False
        if tok.arabic:
            return definite_word
        prev = toks[j - 1].fold if j > 0 else ""
        return prev in (
            "the",
            "these",
            "those",
            "both",
            "all",
            "their",
            "its",
            "his",
            "her",
            "our",
            "your",
        ) and (entry is None or entry.kind == "subject")

    def _dual_range(
        self, toks: list[Token], j: int, entry: UnitEntry, low: float
    ) -> tuple[float, int] | None:
        """The upper end of a range that starts with a dual: (value, end index)."""
        if j + 1 >= len(toks) or toks[j].fold not in self.lex.range_join:
            return None
        sec = self._number(toks, j + 1)
        if sec is None or sec[0].value < low:
            return None
        unit = self._unit_after(toks, sec[0].end)
        if unit is None or unit[0].key != entry.key:
            return None
        return sec[0].value, unit[1]

    def _plain_noun(self, toks: list[Token], end: int, *, after_vague: bool = False) -> int:
        """Extend a figure over a counted noun the unit table does not know.

        "2,000 adults", "١٬٢٥٠٬٠٠٠ تذكرة", "Dozens of armed men": the noun stays in the
        span (an editor reads what was counted) while the unit key stays empty.
        Returns the new end index (``end`` when there is no such noun).
        """
        n = len(toks)
        k = end
        if k >= n or toks[k].kind != "word" or toks[k].start - toks[k - 1].end > 1:
            return end
        if toks[k].arabic:
            prep = toks[k].fold == "من" and after_vague
            if prep:
                k += 1  # مئات الآلاف من الإسرائيليين
            if (
                k < n
                and toks[k].kind == "word"
                and toks[k].arabic
                and self._ar_noun(toks[k], definite_ok=prep)
            ):
                return k + 1
            return end
        if toks[k].fold == "of" and after_vague:
            k += 1
        last = None
        for m in range(k, min(n, k + 3)):
            t = toks[m]
            if t.kind != "word" or t.arabic or not self._en_word(t):
                break
            if t.text[:1].isupper() and not (t.text.isupper() and len(t.text) <= 4):
                break  # a name (2020 Dubai ...) is not what was counted; "eight US states" is
                break
            last = m
            if t.text.isupper():
                continue  # an acronym (US, UN) qualifies the noun that follows
            if (t.fold.endswith("s") and not t.fold.endswith("ss")) or t.fold in _EN_PLURALS:
                return m + 1  # the plural noun ends the phrase
        if last is not None and last == k and toks[k].fold in _EN_PLURALS:
            return k + 1
        return end

    def _en_word(self, t: Token) -> bool:
        f = t.fold
        return (
            f.isalpha()
            and f not in _EN_SKIPPABLE
            and f not in _EN_NOT_NOUNS
            and f not in self.lex.reporting_verbs
            and f not in self.lex.ordinal_words
            and not f.endswith("ly")
            and not self._is_number_word(t)
            and (f,) not in self.lex.units
        )

    def _ar_noun(self, t: Token, *, definite_ok: bool = False) -> bool:
        f = t.fold
        if f in _AR_NOT_NOUNS:
            return False
        if f.startswith(("و", "ف")) and len(t.readings) > 1 and not f.endswith("ات"):
            return False  # وأصيب: a conjunction and a verb; ولايات (a plural in -ات) is a noun
        if f.endswith("وا") and len(f) > 3:
            return False  # شاركوا, قتلوا: a plural verb, not the counted noun
        if f.endswith(("ها", "هم", "هما", "هن", "نا", "كم")):
            return False  # قيمتها, ديارهم: a possessed noun is not what was counted
        if any((r,) in self.lex.units or r in self.lex.scales for r, _ in t.readings):
            return False
        if any(r in self.lex.reporting_verbs for r, _ in t.readings):
            return False
        # the counted noun after a figure is indefinite: ٨٠٠ هكتار, ١٤ دبابة
        return len(f) >= 2 and (definite_ok or not f.startswith("ال"))

    def _standalone_fraction(self, toks: list[Token], end: int, start: int | None = None) -> bool:
        """A fraction that stands alone: not "half past eight", not الربع الثاني (a quarter),
        not "the first half", not الرابعة إلا ربعاً or السابعة والنصف (clock times)."""
        if start is not None and start > 0:
            prev = toks[start - 1]
            if prev.fold in ("الا", "إلا") or prev.fold in self.lex.ordinal_words:
                return False
            if prev.fold in self.lex.clock_hours or (
                start > 1 and toks[start].fold.startswith("و") and prev.fold in self.lex.clock_hours
            ):
                return False
        if (
            start is not None
            and toks[start].arabic
            and toks[start].fold.startswith("و")
            and (start > 0 and toks[start - 1].fold in self.lex.clock_hours)
        ):
            return False
        if end >= len(toks):
            return True
        nxt = toks[end]
        if nxt.kind == "num" or self._is_number_word(nxt) or self._scale(nxt, False):
            return False
        if nxt.text == "-" and nxt.start == toks[end - 1].end:
            return False  # half-time, half-brother
        if (
            not nxt.arabic
            and nxt.kind == "word"
            and nxt.fold != "of"
            and nxt.fold not in _EN_SKIPPABLE
            and nxt.fold not in _EN_NOT_NOUNS
        ):
            return False  # "a third term", "half price": an ordinal or an adjective
        return not ({f for f, _ in nxt.readings} & (self.lex.ordinal_words | {"past", "to"}))

    def _singular(self, tok: Token, form: str) -> bool:
        """Is the unit word the singular form (ساعة, hour), not a plural (ساعات, hours)?"""
        return not form.endswith(("s", "ات")) and form not in _AR_BROKEN_PLURALS

    @staticmethod
    def _definite(tok: Token, form: str) -> bool:
        head = tok.fold[: -len(form)] if tok.fold.endswith(form) else ""
        return head.endswith(("ال", "لل"))

    def _age(self, toks: list[Token], j: int, end: int | None = None) -> bool:
        """Is the figure at ``j`` an age (aged 85, aged over 65, عمره 40, "Fatima Malik, 45,")?"""
        n = len(toks)
        # English apposition: a name, a comma, the figure, a comma ("Coco Yoshizawa, just
        # 14, won")
        k = j - 1 if j > 0 and toks[j - 1].fold in ("just", "only", "now") else j
        if (
            end is not None
            and k > 1
            and end < n
            and toks[k - 1].text == ","
            and toks[end].text == ","
            and toks[k - 2].kind == "word"
            and not toks[k - 2].arabic
            and toks[k - 2].text[:1].isupper()
            and toks[j].kind == "num"
        ):
            return True
        # "At 18, Gukesh became ...": the age the sentence opens with
        if (
            end is not None
            and j == 1
            and toks[0].text == "At"
            and end + 1 < n
            and toks[end].text == ","
            and toks[j].kind == "num"
            # a name after the comma (At 18, Gukesh), not a time's clause (At 5, the market)
            and toks[end + 1].text[:1].isupper()
            and toks[end + 1].fold not in ("the", "a", "an")
        ):
            return True
        # skip a bound or hedge between the marker and the figure: aged over 65
        while j > 0 and toks[j - 1].fold in _AGE_SKIPPABLE:
            j -= 1
        for size in (1, 2, 3, 4):
            if j - size < 0:
                break
            rest = tuple(t.fold for t in toks[j - size + 1 : j])
            if any((f, *rest) in self.lex.age_markers for f, _ in toks[j - size].readings):
                return True
        return False

    def _anniversary(self, toks: list[Token], j: int) -> bool:
        for k in (j - 1, j - 2):
            if (
                k >= 0
                and toks[k].kind == "word"
                and any(f in self.lex.anniversary for f, _ in toks[k].readings)
            ):
                return True
        return False

    def _set_unit(
        self,
        q: dict,
        entry: UnitEntry | None,
        toks: list[Token],
        j: int,
        unit: tuple[UnitEntry, int] | None,
        end: int,
    ) -> None:
        q["unit"] = None
        q["subject"] = None
        q["unit_text"] = None
        if entry is None:
            return
        if entry.kind == "unit":
            q["unit"] = entry.key
        else:
            q["subject"] = entry.key
        if entry.factor != 1.0:
            # a form worth several of its key's unit: 44 million quintals = 4.4 million
            # tonnes, 2 gigawatts = 2,000 MW, a fortnight = 2 weeks
            for part in ("value", "low", "high"):
                if q.get(part) is not None:
                    q[part] = round(q[part] * entry.factor, 9)

    @staticmethod
    def _apply_bound(q: dict) -> None:
        b = q.get("bound")
        v = q.get("value")
        if b is None or v is None:
            return
        if b in ("more_than", "at_least"):
            q["low"], q["high"] = v, None
        else:
            q["low"], q["high"] = None, v


_PARSERS: dict[str, QuantityParser] = {}


def parser_for(lang: Language) -> QuantityParser:
    """The (cached) parser for a language."""
    if lang not in _PARSERS:
        _PARSERS[lang] = QuantityParser(lang)
    return _PARSERS[lang]


def parse_quantities(
    text: str, lang: Language | None = None, skip: list[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Every quantity in ``text``: value or range, flags, unit key and exact span.

    ``skip`` lists character spans (dates, for instance) to leave alone.

    >>> [q.describe() for q in parse_quantities("شارك نحو ٢٦ قائد دولة")]
    ['~26 head_of_state']
    >>> parse_quantities("between 11,000 and 15,000 troops")[0].low
    11000.0
    """
    if lang is None:
        lang = detect_language(text)
    if skip is None:
        from claimcheck.extract.dates import parse_dates

        skip = [(d.start, d.end) for d in parse_dates(text, lang)]
    return parser_for(lang).parse(text, skip)


__all__ = ["QuantityParser", "detect_language", "fold", "parse_digits", "parse_quantities"]


def _teen(current: float, last: float | None, tok: Token) -> bool:
    """Does عشر / عشرة after the number so far make a teen? After a single digit (خمسة
    عشر), and in Arabic also after hundreds or thousands and a joined digit (مئة وخمسة عشر
    = 115: the digit was the last word)."""
    if 0 < current < 10:
        return True
    return tok.arabic and last is not None and 0 < last < 10 and current % 100 == last


# Fraction words that are ordinals before a noun without "of" ("a third term")
_EN_ORDINAL_FRACTIONS = frozenset(
    {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def _in_a_name(toks: list[Token], i: int, end: int, q: dict, lex: Lexicon) -> bool:
    """Is a bare figure part of a name ("Gliese 12 b", "Falcon 9", «غليزه ١٢ بي»): right
    after a capitalised word inside a sentence, or inside a short name in guillemets?"""
    if toks[i].kind != "num":
        return False
    n = len(toks)
    # a letter after the figure (Gliese 12 b, «غليزه ١٢ بي»): a designation, whatever unit
    # the letter looks like; an ordinal's suffix (895th) is no letter
    lettered = (
        i + 1 < n
        and toks[i + 1].kind == "word"
        and len(toks[i + 1].text) <= 2
        and toks[i + 1].fold not in _ORDINAL_SUFFIX
    )
    if not lettered and (q.get("unit") or q.get("subject") or end != i + 1):
        return False
    prev = toks[i - 1] if i > 0 else None
    if (
        prev is not None
        and not prev.arabic
        and prev.kind == "word"
        and prev.text[:1].isupper()
        # an owner before the figure (Ovechkin's 895th goal) names no model
        and not prev.text.endswith(("'s", "’s"))
        and (prev.fold,) not in lex.months
        and prev.fold not in lex.weekdays
        and ((i >= 2 and toks[i - 2].kind == "word") or lettered)
    ):
        return True
    # «أطلس ٥», «غليزه ١٢ بي»: the figure last in a short name in guillemets, or before a
    # letter; not a quote's words («قتلنا ١٠٠ منهم»)
    lo = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].text in "«»"), None)
    hi = next((k for k in range(i + 1, min(n, i + 3)) if toks[k].text in "«»"), None)
    return (
        lo is not None
        and hi is not None
        and toks[lo].text == "«"
        and toks[hi].text == "»"
        and (hi == i + 1 or (lettered and hi == i + 2))
        and all(t.kind == "word" for t in toks[lo + 1 : i])
    )
