"""Calendar dates in Arabic and English news text.

Recognised shapes (month names come from the language data, in every
regional naming: سبتمبر / أيلول / شتنبر):

    day month [year]         ٥ سبتمبر ٢٠٢٥, 5 September 2025, ٥ أيلول/سبتمبر
    month day[,] [year]      Sept. 5, 2025, on Sept 5
    month year               September 2023, أيلول ٢٠٢٣
    marker year              في ٢٠٢٣, عام 2019, in 2023
    day hijri-month year هـ  ١٥ رمضان ١٤٤٦ هـ
    hijri year هـ            موسم ١٤٤٥هـ, 1445 AH

A month name only counts next to a figure, so "May" the verb and آب the
noun are left alone.
"""

from __future__ import annotations

from datetime import date, timedelta

from claimcheck.extract.tokens import Token, tokenize
from claimcheck.lexicons import Lexicon, Phrase, load, to_ascii_digits
from claimcheck.models import DateValue, Language

_ORD_SUFFIX = ("st", "nd", "rd", "th")
# Arabic words after which a bare year is still a date (folded): prepositions, conjunctions
_AR_FUNCTION_WORDS = {
    "في", "من", "الي", "علي", "عن", "منذ", "حتي", "قبل", "بعد", "خلال", "و", "او", "ثم",
    "بين", "مطلع", "اواخر", "اوايل", "نهايه", "بدايه", "منتصف", "سنه", "عام", "العام",
}  # fmt: skip


def _infer_year(d: dict, anchor: date) -> None:
    """A day and month with no year (٤ سبتمبر, Sept 4) take the publication's year, or the
    year before when that would put them more than a month after publication."""
    if d.get("year") is not None or not d.get("month") or not d.get("day"):
        return
    if d.get("calendar", "gregorian") != "gregorian":
        return
    year = anchor.year
    try:
        if date(year, d["month"], d["day"]) > anchor + timedelta(days=31):
            year -= 1
        date(year, d["month"], d["day"])
    except ValueError:
        return  # 30 February: leave it as written
    d["year"] = year
    d["relative"] = True


# "month" between a day and the month's name (الأول من شهر رمضان, ١٥ من شهر مارس); folded.
_MONTH_WORDS = {"شهر"}


# Words joining the two days of a range: 10 to 12 December, من ١٠ إلى ١٢, بين ١٠ و١٢
_RANGE_JOINERS = frozenset({"to", "-", "–", "—", "and", "through", "until", "و", "الي", "حتي"})


def _day_ranges(text: str, toks: list[Token], dates: list[DateValue]) -> list[DateValue]:
    """The first day of a range of days read as a date of its own, with the month and year
    the range gives once: "from 10 to 12 December 2023", بين ١٠ و١٢ كانون الأول ٢٠٢٣ (the
    first day alone was no date), and "from December 10 to 12, 2023" (its year is after
    the second day). The second day stays what it was read as, or is added."""
    if not dates:
        return dates
    at = {t.start: k for k, t in enumerate(toks)}
    out: list[DateValue] = []
    for d in dates:
        k = at.get(d.start)
        # 10 to 12 December 2023: a bare day and a joiner before a full date
        if (
            k is not None
            and k >= 2
            and d.day
            and d.month
            and toks[k - 1].fold in _RANGE_JOINERS
            and toks[k - 2].kind == "num"
            and (first := _int(toks[k - 2])) is not None
            and 1 <= first < d.day
        ):
            out.append(
                DateValue(
                    text=text[toks[k - 2].start : toks[k - 2].end],
                    start=toks[k - 2].start,
                    end=toks[k - 2].end,
                    year=d.year,
                    month=d.month,
                    day=first,
                    calendar=d.calendar,
                )
            )
        out.append(d)
        # December 10 to 12, 2023: the year after the second day is the range's
        e = next((j for j, t in enumerate(toks) if t.start >= d.end), len(toks))
        if (
            d.day
            and d.month
            and not d.year
            and e + 2 < len(toks)
            and toks[e].fold in _RANGE_JOINERS
            and toks[e + 1].kind == "num"
            and (last := _int(toks[e + 1])) is not None
            and d.day < last <= 31
        ):
            y = e + 3 if toks[e + 2].text == "," and e + 3 < len(toks) else e + 2
            year = _int(toks[y]) if y < len(toks) else None
            if _is_year(year):
                out[-1] = d.model_copy(update={"year": year})
                out.append(
                    DateValue(
                        text=text[toks[e + 1].start : toks[y].end],
                        start=toks[e + 1].start,
                        end=toks[y].end,
                        year=year,
                        month=d.month,
                        day=last,
                        calendar=d.calendar,
                    )
                )
    # a year already read on its own inside an added date is that date's
    spans = [(x.start, x.end) for x in out if x.day]
    return [x for x in out if x.day or not any(a <= x.start and x.end <= b for a, b in spans)]


def _phrase_at(toks: list[Token], i: int, table: dict) -> tuple[int, int, int] | None:
    """The longest phrase of ``table`` (up to four words) starting at token ``i``, in any
    reading of its first word: (its value, end index, offset of the reading)."""
    n = len(toks)
    for form, off in toks[i].readings:
        best = None
        parts = [form]
        for j in range(i, min(n, i + 4)):
            if j > i:
                parts.append(toks[j].fold)
            if tuple(parts) in table:
                best = (table[tuple(parts)], j + 1, off)
        if best is not None:
            return best
    return None


def _int(tok: Token) -> int | None:
    if tok.kind != "num":
        return None
    s = to_ascii_digits(tok.text)
    return int(s) if s.isdigit() else None


def _is_year(v: int | None, hijri: bool = False) -> bool:
    if v is None:
        return False
    return 1300 <= v <= 1500 if hijri else 1800 <= v <= 2100


class DateParser:
    """Finds dates in one language's text."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.lex: Lexicon = load(lang)
        lex = self.lex
        self.starters: frozenset[str] = frozenset(
            k[0]
            for table in (lex.months, lex.hijri_months, lex.day_ordinals, lex.named_days)
            for k in table
        )
        self.relative_starters: frozenset[str] = frozenset(
            k[0] for table in (lex.relative_days, lex.weekday_numbers) for k in table
        )
        self.after_starters: frozenset[str] = frozenset(k[0] for k in lex.days_after)

    def _month(self, toks: list[Token], i: int, hijri: bool = False) -> tuple[int, int] | None:
        """(month number, end index) for a month name at ``i``; "أيلول/سبتمبر" reads as one."""
        table = self.lex.hijri_months if hijri else self.lex.months
        n = len(toks)
        if i >= n or toks[i].kind != "word":
            return None
        best: tuple[Phrase, int] | None = None
        for form, _off in toks[i].readings:
            parts = [form]
            for j in range(i, min(n, i + 5)):  # Rabi al-Awwal, ذو القعدة, تشرين الأول
                if j > i:
                    if toks[j].kind == "punct" and toks[j].text != "-":
                        break
                    parts.append(toks[j].fold)
                key: tuple[str, ...] = tuple(parts)
                if key in table and (best is None or len(key) > len(best[0])):
                    best = (key, j + 1)
        if best is None:
            return None
        if self.lang == "en" and best[0] == ("may",) and not toks[i].text.startswith("May"):
            return None
        month = table[best[0]]
        end = best[1]
        if (
            end < n
            and toks[end].text == "."
            and toks[end].start == toks[end - 1].end
            and not toks[end - 1].arabic
            and len(toks[end - 1].text) <= 4
        ):
            end += 1  # Sept.
        # a second name after a slash or in brackets: أيلول/سبتمبر, أيلول (سبتمبر)
        if end + 1 < n and toks[end].text in "/(":
            alt = self._month(toks, end + 1, hijri)
            if alt is not None and alt[0] == month:
                end = alt[1]
                if end < n and toks[end].text == ")":
                    end += 1
        return month, end

    def parse(
        self,
        text: str,
        toks: list[Token] | None = None,
        anchor: date | None = None,
        *,
        nearest: bool = False,
        previous: date | None = None,
    ) -> list[DateValue]:
        """Every date in ``text``, in order (``toks``: its tokens, when the caller has them).

        With ``anchor`` (the publication date), relative days (أمس, yesterday) and
        weekdays (الخميس, on Thursday) resolve to calendar dates marked ``relative``.
        With ``nearest``, the anchor is a date the article gave before ("on Wednesday, May
        7 ... on Thursday"): only a weekday resolves, to its day nearest the anchor, and it
        is pinned by that date, not by the news cycle. ``previous`` (the last full date the
        article gave) dates "a day later", في اليوم التالي.
        """
        if toks is None:
            toks = tokenize(text, self.lex)
        out: list[DateValue] = []
        i = 0
        n = len(toks)
        starters = self.starters | (self.relative_starters if anchor else frozenset())
        if previous is not None:
            starters |= self.after_starters
        while i < n:
            t = toks[i]
            if t.kind != "num" and not any(f in starters for f, _ in t.readings):
                i += 1  # a date starts with a figure, a month or an ordinal day
                continue
            got = self._at(toks, i)
            if got is None and previous is not None:
                got = self._after(toks, i, previous)
            if got is None and anchor is not None:
                got = self._relative(toks, i, anchor, nearest=nearest)
            elif got is not None and anchor is not None and not nearest:
                _infer_year(got[0], anchor)
            if got is None:
                i += 1
                continue
            d, end = got
            out.append(DateValue(text=text[d["start"] : d["end"]], **d))
            i = end
        return _day_ranges(text, toks, out)

    def _finish(
        self, toks: list[Token], start: int, end: int, **parts: int | str | None
    ) -> tuple[dict, int]:
        n = len(toks)
        # an era marker right after the year: ٢٠٢٥م, 1446 هـ
        calendar = parts.pop("calendar", "gregorian")
        if (
            end < n
            and toks[end].kind == "word"
            and toks[end].fold.rstrip("ـ") in (self.lex.hijri_marker | self.lex.gregorian_marker)
        ):
            if toks[end].fold.rstrip("ـ") in self.lex.hijri_marker:
                calendar = "hijri"
            end += 1
        d = {"start": toks[start].start, "end": toks[end - 1].end, "calendar": calendar}
        d.update({k: v for k, v in parts.items() if v is not None})
        return d, end

    def _after(self, toks: list[Token], i: int, previous: date) -> tuple[dict, int] | None:
        """ "a day later", في اليوم التالي: days after the article's last full date."""
        found = _phrase_at(toks, i, self.lex.days_after)
        if found is None:
            return None
        value, end, off = found
        day = previous + timedelta(days=value)
        return (
            {
                "start": toks[i].start + off,
                "end": toks[end - 1].end,
                "calendar": "gregorian",
                "year": day.year,
                "month": day.month,
                "day": day.day,
            },
            end,
        )

    def _relative(
        self, toks: list[Token], i: int, anchor: date, *, nearest: bool = False
    ) -> tuple[dict, int] | None:
        """أمس, yesterday, الخميس, on Thursday, next Monday: a date counted from ``anchor``."""
        n = len(toks)
        tables = (
            (self.lex.weekday_numbers,)
            if nearest
            else (
                self.lex.relative_days,
                self.lex.weekday_numbers,
            )
        )
        for table in tables:
            found = _phrase_at(toks, i, table)
            if found is not None:
                value, end, off = found
                if table is self.lex.relative_days:
                    day = anchor + timedelta(days=value)
                else:
                    # a weekday already passed, unless it is coming (الخميس المقبل, next Monday)
                    prev = toks[i - 1].fold if i > 0 else ""
                    nxt = toks[end].fold if end < n else ""
                    back = (anchor.weekday() - value) % 7
                    if nearest:
                        ahead = (value - anchor.weekday()) % 7
                        day = anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7)
                    elif prev in self.lex.future_markers or nxt in self.lex.future_markers:
                        day = anchor + timedelta(days=(value - anchor.weekday()) % 7 or 7)
                    else:
                        day = anchor - timedelta(days=back)
                    k = end + 1 if end < n and toks[end].text in ",،" else end
                    if k < n and self._at(toks, k) is not None:
                        return None  # الخميس ٤ سبتمبر, Wednesday, 3 September: the date says it
                start = toks[i].start + off
                return (
                    {
                        "start": start,
                        "end": toks[end - 1].end,
                        "calendar": "gregorian",
                        "year": day.year,
                        "month": day.month,
                        "day": day.day,
                        "relative": not nearest,
                    },
                    end,
                )
        return None

    def _day(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """A day of the month at ``i``: 5, 5th, ٥, the fifth of, الخامس من. (day, next index)"""
        n = len(toks)
        t = toks[i]
        day = _int(t)
        if day is not None:
            k = i + 1
            if k < n and toks[k].start == t.end and toks[k].fold in _ORD_SUFFIX:
                k += 1  # 5th, 3rd
            if (
                k + 1 < n
                and self.lex.lang == "ar"
                and toks[k].fold in self.lex.day_joiners
                and toks[k + 1].fold in _MONTH_WORDS
            ):
                k += 2  # ١٥ من شهر مارس
            return (day, k) if 1 <= day <= 31 else None
        if t.kind != "word":
            return None
        best = None
        for form, _ in t.readings[:1]:
            parts = [form]
            for j in range(i, min(n, i + 4)):
                if j > i:
                    parts.append(toks[j].fold)
                key = tuple(parts)
                if key in self.lex.day_ordinals:
                    best = (self.lex.day_ordinals[key], j + 1)
        if best is None:
            return None
        day, k = best
        if k < n and toks[k].fold in self.lex.day_joiners:
            k += 1  # الخامس من حزيران, the fifth of June
            if k < n and toks[k].fold in _MONTH_WORDS:
                k += 1  # الأول من شهر رمضان
        return day, k

    def _named_day(self, toks: list[Token], i: int) -> tuple[dict, int] | None:
        """A day named, not numbered (New Year's Day 2024, أول أيام العام الجديد), with the
        year right after it when given."""
        n = len(toks)
        firsts = {f for f, _ in toks[i].readings}
        for key, (month, day) in self.lex.named_days.items():
            end = i + len(key)
            if end > n or key[0] not in firsts:
                continue
            if [t.fold for t in toks[i + 1 : end]] != list(key[1:]):
                continue
            # the year right after it, or after a year word (اليوم الوطني لقطر عام 2022)
            at = end + 1 if end < n and toks[end].fold in self.lex.year_markers else end
            year = _int(toks[at]) if at < n else None
            if _is_year(year):
                return self._finish(toks, i, at + 1, year=year, month=month, day=day)
            return self._finish(toks, i, end, month=month, day=day)
        return None

    def _at(self, toks: list[Token], i: int) -> tuple[dict, int] | None:
        n = len(toks)
        named = self._named_day(toks, i)
        if named is not None:
            return named
        t = toks[i]
        got_day = self._day(toks, i)
        day, after_day = got_day if got_day else (None, i + 1)
        # Arabic numeric dates: ٢٣/٤/٢٠٢٤ (day/month/year)
        if (
            self.lex.numeric_order == "dmy"
            and t.kind == "num"
            and i + 4 < n
            and toks[i + 1].text == "/"
            and toks[i + 3].text == "/"
            and toks[i + 4].end - t.start == sum(len(x.text) for x in toks[i : i + 5])
        ):
            d, mo, y = _int(t), _int(toks[i + 2]), _int(toks[i + 4])
            if d and mo and 1 <= d <= 31 and 1 <= mo <= 12 and _is_year(y):
                return self._finish(toks, i, i + 5, year=y, month=mo, day=d)
        # day month [year]
        if day is not None and after_day < n:
            for hijri in (False, True):
                m = self._month(toks, after_day, hijri)
                if m is None:
                    continue
                month, end = m
                k = end + 1 if end < n and toks[end].text == "," else end
                year = _int(toks[k]) if k < n else None
                if _is_year(year, hijri):
                    return self._finish(
                        toks,
                        i,
                        k + 1,
                        year=year,
                        month=month,
                        day=day,
                        calendar="hijri" if hijri else "gregorian",
                    )
                if hijri:
                    continue
                return self._finish(toks, i, end, month=month, day=day)
        m = self._month(toks, i)
        if m is not None:
            month, end = m
            if end < n:
                d2 = _int(toks[end])
                if (
                    d2 is not None
                    and 1 <= d2 <= 31
                    and not (end + 1 < n and toks[end + 1].text == ":")
                ):
                    k = end + 1
                    if k < n and toks[k].start == toks[end].end and toks[k].fold in _ORD_SUFFIX:
                        k += 1  # June 5th
                    day_end = k
                    if k < n and toks[k].text == ",":
                        k += 1
                    year = _int(toks[k]) if k < n else None
                    if _is_year(year):
                        return self._finish(toks, i, k + 1, year=year, month=month, day=d2)
                    return self._finish(toks, i, day_end, month=month, day=d2)
                k = end + 1 if toks[end].text == "," else end
                year = _int(toks[k]) if k < n else None
                if _is_year(year):
                    return self._finish(toks, i, k + 1, year=year, month=month)
        hm = self._month(toks, i, hijri=True)
        if hm is not None and hm[1] < n:
            year = _int(toks[hm[1]])
            if _is_year(year, hijri=True):
                return self._finish(toks, i, hm[1] + 1, year=year, month=hm[0], calendar="hijri")
        # ISO: 2025-03-14
        if (
            _is_year(day)
            and i + 4 < n
            and toks[i + 1].text == "-"
            and toks[i + 3].text == "-"
            and toks[i + 4].end - t.start == len(t.text) + 6
        ):
            mo, dd = _int(toks[i + 2]), _int(toks[i + 4])
            if mo and dd and 1 <= mo <= 12 and 1 <= dd <= 31:
                return self._finish(toks, i, i + 5, year=day, month=mo, day=dd)
        # marker year: في ٢٠٢٣, in 2023, عام 2019; or a bare year standing alone
        year = _int(t)
        # a Hijri year with its era marker, glued or not: موسم ١٤٤٥هـ, عام 1444 هـ, 1445 AH
        if (
            _is_year(year, hijri=True)
            and i + 1 < n
            and toks[i + 1].kind == "word"
            and toks[i + 1].fold.rstrip("ـ") in self.lex.hijri_marker
        ):
            return self._finish(toks, i, i + 1, year=year, calendar="hijri")
        if (_is_year(year) and t.text.isdigit()) or (_is_year(year) and len(t.text) == 4):
            prev = toks[i - 1] if i > 0 else None
            nxt = toks[i + 1] if i + 1 < n else None
            marked = prev is not None and any(f in self.lex.year_markers for f, _ in prev.readings)
            glued_prefix = prev is not None and prev.end == t.start and prev.arabic
            if nxt is not None and nxt.start == t.end and nxt.kind == "word" and not nxt.arabic:
                return None  # 2025th, 2023s
            unit_follows = (
                nxt is not None
                and nxt.kind == "word"
                and any((f,) in self.lex.units for f, _ in nxt.readings)
            )
            # Vision 2030, Expo 2020, رؤية 2030, إكسبو 2020: a year right after a name or
            # a noun (no preposition, no year marker) is part of a name, not a date
            in_name = (
                prev is not None
                and not marked
                and not glued_prefix
                and prev.kind == "word"
                and (
                    (
                        not prev.arabic
                        and prev.text[:1].isupper()
                        and prev.fold not in self.lex.months
                    )
                    or (
                        prev.arabic
                        and prev.fold not in _AR_FUNCTION_WORDS
                        and not any(f in self.lex.months for f, _ in prev.readings)
                    )
                )
            )
            if in_name:
                return None
            if (marked or glued_prefix or 1900 <= (year or 0) <= 2100) and not unit_follows:
                return self._finish(toks, i, i + 1, year=year)
        return None


_PARSERS: dict[str, DateParser] = {}


def parse_dates(
    text: str, lang: Language | None = None, anchor: date | None = None
) -> list[DateValue]:
    """Every calendar date in ``text`` with its span.

    >>> [d.describe() for d in parse_dates("نُشر في ٥ سبتمبر ٢٠٢٥")]
    ['2025-09-05']
    """
    if lang is None:
        from claimcheck.extract.quantities import detect_language

        lang = detect_language(text)
    if lang not in _PARSERS:
        _PARSERS[lang] = DateParser(lang)
    return _PARSERS[lang].parse(text, anchor=anchor)
