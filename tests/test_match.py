"""Tests for claimcheck.match: relevance, stances and verdicts on hand-built claims.

Every claim here is built by hand (``Claim``/``Quantity``/``DateValue``/
``Attribution``) from a real-looking Arabic or English sentence, with its span
taken from the sentence, and every candidate is a ``store.Candidate``, so the
verdict logic is pinned independently of extraction and of the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from claimcheck.extract.entities import load_registry
from claimcheck.match import judge, relevance, score_candidates
from claimcheck.models import Attribution, Claim, DateValue, Quantity, content_hash
from claimcheck.settings import Settings
from claimcheck.store import Candidate

CHECKED = "checked-article"

NAMES = {
    "harbour-ledger": "The Harbour Ledger",
    "marfa-news": "قناة المرفأ الإخبارية",
    "meridian-wire": "Meridian Wire Service",
    "mijdaf": "جريدة المجداف",
    "namsan-herald": "The Namsan Herald",
    "nawafidh-sharq": "نوافذ الشرق",
    "northgate-chronicle": "The Northgate Chronicle",
    "waha-zarqa": "صحيفة الواحة الزرقاء",
}

PARADE = {"entities": ["china"], "topics": ["parade"]}
TROOPS = {"entities": ["north_korea", "russia"], "topics": ["deployment"]}
TALKS = {"entities": ["china"], "topics": ["talks"]}
TRIP = {"entities": ["kim_jong_un", "russia"], "topics": ["visit"]}
ARRIVAL = {"entities": ["china", "kim_jong_un"], "topics": ["visit"]}
QUOTE_KIM = {"entities": ["kcna", "kim_jong_un"], "topics": []}


# --------------------------------------------------------------------------- builders


def _span(sentence: str, text: str) -> tuple[int, int]:
    start = sentence.index(text)
    return start, start + len(text)


def _claim(
    lang: str,
    sentence: str,
    text: str,
    *,
    article: str,
    kind: str,
    entities: Iterable[str] = (),
    topics: Iterable[str] = (),
    participants: Iterable[str] = (),
    **payload: Any,
) -> Claim:
    start, end = _span(sentence, text)
    return Claim(
        id=content_hash(f"{article}:{kind}:{start}:{end}"),
        article_id=article,
        kind=kind,
        language=lang,
        text=text,
        start=start,
        end=end,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        entities=sorted(entities),
        topics=sorted(topics),
        participants=sorted(participants),
        **payload,
    )


def quantity(
    lang: str,
    sentence: str,
    text: str,
    *,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    approx: bool = False,
    vague: bool = False,
    bound: str | None = None,
    unit: str | None = None,
    subject: str | None = None,
    article: str = CHECKED,
    **context: Any,
) -> Claim:
    """A quantity claim; an exact figure's low/high default to its value, as extract gives."""
    start, end = _span(sentence, text)
    if value is not None and not bound and low is None and high is None:
        low = high = value
    if bound in ("more_than", "at_least"):
        low = value
    q = Quantity(
        text=text,
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        approx=approx,
        vague=vague,
        bound=bound,
        unit=unit,
        subject=subject,
    )
    return _claim(lang, sentence, text, article=article, kind="quantity", quantity=q, **context)


def when(
    lang: str,
    sentence: str,
    text: str,
    *,
    year: int | None = None,
    month: int | None = None,
    day: int | None = None,
    article: str = CHECKED,
    **context: Any,
) -> Claim:
    """A date claim."""
    start, end = _span(sentence, text)
    d = DateValue(text=text, start=start, end=end, year=year, month=month, day=day)
    return _claim(lang, sentence, text, article=article, kind="date", date=d, **context)


def quote(
    lang: str,
    sentence: str,
    text: str,
    *,
    speaker: str | None,
    source: str | None = None,
    article: str = CHECKED,
    **context: Any,
) -> Claim:
    """A direct quotation: ``text`` is the quoted words, credited to ``speaker``."""
    start, end = _span(sentence, text)
    a = Attribution(
        speaker=speaker,
        source=source,
        quote=text,
        quote_start=start,
        quote_end=end,
        mode="direct",
    )
    return _claim(
        lang, sentence, text, article=article, kind="attribution", attribution=a, **context
    )


def cand(
    outlet: str, make: Callable[..., Claim], *args: Any, n: int = 1, **kwargs: Any
) -> Candidate:
    """Another outlet's claim (article ``<outlet>-<n>``) wrapped as a store candidate."""
    claim = make(*args, article=f"{outlet}-{n}", **kwargs)
    return Candidate(
        claim=claim,
        outlet=outlet,
        outlet_name=NAMES.get(outlet),
        url=f"https://www.{outlet}.example/news/{n}",
        published=date(2025, 9, 4),
        language=claim.language,
    )


# --------------------------------------------------------------------------- sentences

AR_LEADERS = "شارك نحو ٢٦ قائد دولة في العرض العسكري في بكين، معظمهم من دول غير غربية."
AR_LEADERS_26 = "وحضر العرض ستة وعشرون رئيس دولة وحكومة بحسب وزارة الخارجية الصينية."
EN_LEADERS = "Putin and Kim were among 26 heads of state who watched the parade in Beijing."
EN_LEADERS_B = "Twenty-six foreign leaders attended the military parade, the foreign ministry said."
EN_LEADERS_24 = (
    "Only 24 heads of state attended the parade in Beijing, diplomats said on Wednesday."
)
EN_LEADERS_24_COPY = (
    "Only 24 heads of state attended the parade in Beijing, diplomats said Wednesday."
)
EN_PORTRAITS = "A London gallery is showing portraits of 26 heads of state from the Victorian era."

AR_FIGHTERS = "وتثير تقارير عن إرسال آلاف المقاتلين الكوريين الشماليين إلى روسيا جدلاً واسعاً."
AR_FIGHTERS_10K = "وقالت الاستخبارات إن أكثر من عشرة آلاف عسكري كوري شمالي أرسلوا إلى روسيا."
AR_TROOPS_15000 = "أرسلت كوريا الشمالية ١٥٠٠٠ جندي إلى روسيا للقتال في منطقة كورسك."
AR_TROOPS_15200 = "وقدّرت سيول عدد الجنود الكوريين الشماليين في روسيا بنحو ١٥٢٠٠ جندي في الصيف."
AR_TROOPS_16000 = "وقال مسؤول أوكراني إن ١٦٠٠٠ جندي كوري شمالي وصلوا إلى روسيا هذا العام."
AR_TROOPS_11000 = "وتقول كييف إن ١١٠٠٠ جندي كوري شمالي يقاتلون إلى جانب القوات الروسية."
EN_TROOPS_15000 = "About 15,000 North Korean troops were sent to Russia, Seoul's spy agency said."
EN_TROOPS_THOUSANDS = (
    "Thousands of North Korean troops have been deployed to Russia since last year."
)

AR_TALKS = "والتقى الثلاثي على هامش الحدث في جلسة استغرقت نحو ساعتين ونصفاً."
AR_TALKS_PAIR = "والتقى بوتين وكيم بعد العرض في جلسة استغرقت نحو ساعتين ونصف الساعة."
EN_TALKS = "Putin and Kim held talks at the guesthouse that lasted about two and a half hours."
EN_TALKS_3H = "The two leaders talked for nearly three hours, Russian state media reported."
EN_PARADE_90 = "The parade lasted 90 minutes and ended with the release of 80,000 doves."
EN_PARADE_70 = "The whole ceremony took 70 minutes, according to state television."

AR_ANNIVERSARY_80 = "وأحيا شي ذكرى مرور ثمانين عاماً على نهاية الحرب العالمية الثانية."
EN_ANNIVERSARY_77 = (
    "The parade marked 77 years since the end of the Second World War, the agency said."
)

AR_TRIP_2023 = "منهياً بذلك أول رحلة خارجية له منذ زيارته لروسيا في ٢٠٢٣."
AR_TRIP_2023_B = "وكانت آخر رحلة لكيم إلى الخارج زيارته روسيا عام ٢٠٢٣."
EN_TRIP_SEP_2023 = "It was Kim's first trip abroad since he visited Russia in September 2023."
EN_TRIP_OCT_2023 = "It was Kim's first trip abroad since he visited Russia in October 2023."
EN_TRIP_2024 = "It was Kim's first trip abroad since he visited Russia in 2024."
EN_TRIP_2023 = "Kim has not travelled abroad since his visit to Russia in 2023."
EN_ARRIVAL = "Kim Jong Un arrived in Beijing on September 2 aboard his armoured train."
AR_ARRIVAL = "ووصل كيم جونغ أون إلى بكين في ٢ سبتمبر ٢٠٢٥ على متن قطاره المصفح."

AR_QUOTE_WORDS = "الود لا يتغير مهما تغيرت الأحوال الدولية"
AR_QUOTE = f"وأفادت الوكالة أن كيم أكد أن «{AR_QUOTE_WORDS}»، بحسب الوكالة."
AR_QUOTE_B = f"ونقلت وكالة الأنباء المركزية الكورية عن كيم جونغ أون قوله: «{AR_QUOTE_WORDS}»."
AR_QUOTE_C = f"وفي ختام المحادثات شدد الزعيم الكوري الشمالي على أن «{AR_QUOTE_WORDS}»."
AR_QUOTE_XI = f"ونقلت شينخوا عن شي قوله إن «{AR_QUOTE_WORDS}»."
EN_QUOTE_WORDS = "will never change, however the international situation may change"
EN_QUOTE = f'Kim said the friendship "{EN_QUOTE_WORDS}", KCNA reported.'
EN_QUOTE_B = f'The friendship "{EN_QUOTE_WORDS}," Kim told Xi during their talks in Beijing.'
EN_QUOTE_XI = f'Xi told his guest that the friendship "{EN_QUOTE_WORDS}", Xinhua said.'


# --------------------------------------------------------------------------- claims


def ar_leaders(**kw: Any) -> Claim:
    """نحو ٢٦ قائد دولة: about 26 heads of state."""
    return quantity(
        "ar",
        AR_LEADERS,
        "نحو ٢٦ قائد دولة",
        value=26,
        approx=True,
        subject="head_of_state",
        **PARADE,
        **kw,
    )


def en_leaders(**kw: Any) -> Claim:
    """26 heads of state, exact."""
    return quantity(
        "en", EN_LEADERS, "26 heads of state", value=26, subject="head_of_state", **PARADE, **kw
    )


def ar_leaders_26(**kw: Any) -> Claim:
    """ستة وعشرون رئيس دولة: 26 heads of state, in words."""
    return quantity(
        "ar",
        AR_LEADERS_26,
        "ستة وعشرون رئيس دولة",
        value=26,
        subject="head_of_state",
        **PARADE,
        **kw,
    )


def en_leaders_b(**kw: Any) -> Claim:
    """Twenty-six foreign leaders."""
    return quantity(
        "en",
        EN_LEADERS_B,
        "Twenty-six foreign leaders",
        value=26,
        subject="head_of_state",
        **PARADE,
        **kw,
    )


def en_leaders_24(sentence: str = EN_LEADERS_24, **kw: Any) -> Claim:
    """24 heads of state, exact (a dissenting figure)."""
    return quantity(
        "en", sentence, "24 heads of state", value=24, subject="head_of_state", **PARADE, **kw
    )


def ar_fighters(**kw: Any) -> Claim:
    """آلاف المقاتلين: thousands of fighters (vague, 2,000-9,999)."""
    return quantity(
        "ar",
        AR_FIGHTERS,
        "آلاف المقاتلين",
        low=2000,
        high=9999,
        vague=True,
        subject="troops",
        **TROOPS,
        **kw,
    )


def ar_fighters_10k(**kw: Any) -> Claim:
    """أكثر من عشرة آلاف عسكري: more than 10,000 troops."""
    return quantity(
        "ar",
        AR_FIGHTERS_10K,
        "أكثر من عشرة آلاف عسكري",
        value=10000,
        bound="more_than",
        subject="troops",
        **TROOPS,
        **kw,
    )


def ar_troops(sentence: str, text: str, value: float, approx: bool = False, **kw: Any) -> Claim:
    """An Arabic troop figure."""
    return quantity(
        "ar", sentence, text, value=value, approx=approx, subject="troops", **TROOPS, **kw
    )


def en_troops_15000(**kw: Any) -> Claim:
    """About 15,000 North Korean troops."""
    return quantity(
        "en",
        EN_TROOPS_15000,
        "About 15,000 North Korean troops",
        value=15000,
        approx=True,
        subject="troops",
        **TROOPS,
        **kw,
    )


def en_troops_thousands(**kw: Any) -> Claim:
    """Thousands of North Korean troops (vague)."""
    return quantity(
        "en",
        EN_TROOPS_THOUSANDS,
        "Thousands of North Korean troops",
        low=2000,
        high=9999,
        vague=True,
        subject="troops",
        **TROOPS,
        **kw,
    )


def ar_talks(
    participants: Iterable[str] = ("kim_jong_un", "vladimir_putin", "xi_jinping"), **kw: Any
) -> Claim:
    """نحو ساعتين ونصفاً: about 2.5 hours, by default with the trio as participants."""
    return quantity(
        "ar",
        AR_TALKS,
        "نحو ساعتين ونصفاً",
        value=2.5,
        approx=True,
        unit="hour",
        participants=participants,
        **TALKS,
        **kw,
    )


def ar_talks_pair(**kw: Any) -> Claim:
    """نحو ساعتين ونصف الساعة, Putin and Kim."""
    return quantity(
        "ar",
        AR_TALKS_PAIR,
        "نحو ساعتين ونصف الساعة",
        value=2.5,
        approx=True,
        unit="hour",
        participants=("kim_jong_un", "vladimir_putin"),
        **TALKS,
        **kw,
    )


def en_talks(**kw: Any) -> Claim:
    """About two and a half hours, Putin and Kim."""
    return quantity(
        "en",
        EN_TALKS,
        "about two and a half hours",
        value=2.5,
        approx=True,
        unit="hour",
        participants=("kim_jong_un", "vladimir_putin"),
        **TALKS,
        **kw,
    )


def en_talks_3h(**kw: Any) -> Claim:
    """Nearly three hours."""
    return quantity(
        "en", EN_TALKS_3H, "nearly three hours", value=3, approx=True, unit="hour", **TALKS, **kw
    )


def en_parade(sentence: str, text: str, value: float, **kw: Any) -> Claim:
    """How long the parade lasted, exact minutes."""
    return quantity("en", sentence, text, value=value, unit="minute", **PARADE, **kw)


def ar_kim_quote(
    sentence: str = AR_QUOTE, speaker: str = "kim_jong_un", source: str | None = "kcna", **kw: Any
) -> Claim:
    """«الود لا يتغير ...» credited to ``speaker``."""
    return quote("ar", sentence, AR_QUOTE_WORDS, speaker=speaker, source=source, **QUOTE_KIM, **kw)


def en_kim_quote(
    sentence: str = EN_QUOTE, speaker: str = "kim_jong_un", source: str | None = "kcna", **kw: Any
) -> Claim:
    """The English quote ("will never change ...") credited to ``speaker``."""
    return quote("en", sentence, EN_QUOTE_WORDS, speaker=speaker, source=source, **QUOTE_KIM, **kw)


# --------------------------------------------------------------------------- the table


@dataclass
class Case:
    """One claim, the candidates found for it, and what the matcher should say."""

    claim: Callable[[], Claim]
    candidates: Callable[[], list[Candidate]]
    verdict: str
    stances: list[str]
    independent: int | None = None
    settings: Settings | None = None


CASES: dict[str, Case] = {
    "agrees-exact-en": Case(
        lambda: en_leaders(),
        lambda: [cand("meridian-wire", en_leaders_b)],
        "agrees",
        ["supports"],
    ),
    "agrees-exact-across-languages": Case(
        lambda: en_leaders(),
        lambda: [cand("mijdaf", ar_leaders_26)],
        "agrees",
        ["supports"],
    ),
    "agrees-within-exact-tolerance-ar": Case(
        lambda: ar_troops(AR_TROOPS_15000, "١٥٠٠٠ جندي", 15000),
        lambda: [cand("waha-zarqa", ar_troops, AR_TROOPS_15200, "١٥٢٠٠ جندي", 15200)],
        "agrees",
        ["supports"],
    ),
    "conflicts-just-outside-exact-tolerance-ar": Case(
        lambda: ar_troops(AR_TROOPS_15000, "١٥٠٠٠ جندي", 15000),
        lambda: [cand("waha-zarqa", ar_troops, AR_TROOPS_16000, "١٦٠٠٠ جندي", 16000)],
        "conflicts",
        ["contradicts"],
    ),
    "agrees-approx-overlapping-ar-en": Case(
        lambda: ar_talks(participants=()),
        lambda: [cand("harbour-ledger", en_talks_3h)],
        "agrees",
        ["supports"],
    ),
    "agrees-hedged-ar-vs-exact-en": Case(
        lambda: ar_leaders(),
        lambda: [cand("harbour-ledger", en_leaders_24)],
        "agrees",
        ["supports"],
    ),
    "conflicts-precise-far-apart-en": Case(
        lambda: en_parade(EN_PARADE_90, "90 minutes", 90),
        lambda: [cand("northgate-chronicle", en_parade, EN_PARADE_70, "70 minutes", 70)],
        "conflicts",
        ["contradicts"],
    ),
    "imprecise-thousands-vs-more-than-10000-ar": Case(
        lambda: ar_fighters(),
        lambda: [cand("waha-zarqa", ar_fighters_10k)],
        "imprecise",
        ["more_precise"],
    ),
    "imprecise-thousands-vs-about-15000-en": Case(
        lambda: ar_fighters(),
        lambda: [cand("harbour-ledger", en_troops_15000)],
        "imprecise",
        ["more_precise"],
    ),
    "vaguer-evidence-is-not-counted-against": Case(
        lambda: ar_troops(AR_TROOPS_15000, "١٥٠٠٠ جندي", 15000),
        lambda: [cand("meridian-wire", en_troops_thousands)],
        "unverified",
        ["less_precise"],
    ),
    "disputed-one-against-one": Case(
        lambda: ar_troops(AR_TROOPS_15000, "١٥٠٠٠ جندي", 15000),
        lambda: [
            cand("harbour-ledger", en_troops_15000),
            cand("nawafidh-sharq", ar_troops, AR_TROOPS_11000, "١١٠٠٠ جندي", 11000),
        ],
        "disputed",
        ["supports", "contradicts"],
        independent=2,
    ),
    "unverified-no-candidates": Case(lambda: ar_leaders(), lambda: [], "unverified", []),
    "unverified-irrelevant-candidate": Case(
        lambda: en_leaders(),
        lambda: [
            cand(
                "harbour-ledger",
                quantity,
                "en",
                EN_PORTRAITS,
                "26 heads of state",
                value=26,
                subject="head_of_state",
                entities=["japan"],
                topics=["anniversary"],
            )
        ],
        "unverified",
        [],
    ),
    "unverified-own-article-is-not-evidence": Case(
        lambda: en_leaders(),
        lambda: [
            Candidate(
                claim=en_leaders_b(article=CHECKED),
                outlet="test-desk",
                outlet_name=None,
                url=None,
                published=None,
                language="en",
            )
        ],
        "unverified",
        [],
    ),
    "wire-copies-count-once": Case(
        # two outlets running one wire sentence (24) against one independent 26: 1 vs 1
        lambda: en_leaders(),
        lambda: [
            cand("meridian-wire", en_leaders_b),
            cand("namsan-herald", en_leaders_24),
            cand("northgate-chronicle", en_leaders_24, EN_LEADERS_24_COPY),
        ],
        "disputed",
        ["supports", "contradicts", "contradicts"],
        independent=2,
    ),
    "same-outlet-two-articles-count-once": Case(
        lambda: en_leaders(),
        lambda: [
            cand("meridian-wire", en_leaders_b, n=1),
            cand("meridian-wire", ar_leaders_26, n=2),
            cand("namsan-herald", en_leaders_24),
        ],
        "disputed",
        ["supports", "supports", "contradicts"],
        independent=2,
    ),
    "min-sources-2-with-one-source": Case(
        lambda: en_leaders(),
        lambda: [cand("meridian-wire", en_leaders_b)],
        "unverified",
        ["supports"],
        settings=Settings(min_sources=2),
    ),
    "min-sources-2-with-two-independent": Case(
        lambda: en_leaders(),
        lambda: [cand("meridian-wire", en_leaders_b), cand("mijdaf", ar_leaders_26)],
        "agrees",
        ["supports", "supports"],
        independent=2,
        settings=Settings(min_sources=2),
    ),
    "min-sources-2-with-two-wire-copies": Case(
        lambda: en_leaders_24(sentence=EN_LEADERS_24),
        lambda: [
            cand("namsan-herald", en_leaders_24),
            cand("northgate-chronicle", en_leaders_24, EN_LEADERS_24_COPY),
        ],
        "unverified",
        ["supports", "supports"],
        independent=1,
        settings=Settings(min_sources=2),
    ),
    "date-year-vs-year-month-is-more-precise": Case(
        lambda: when("ar", AR_TRIP_2023, "٢٠٢٣", year=2023, **TRIP),
        lambda: [
            cand(
                "meridian-wire",
                when,
                "en",
                EN_TRIP_SEP_2023,
                "September 2023",
                year=2023,
                month=9,
                **TRIP,
            )
        ],
        "agrees",
        ["more_precise"],
    ),
    "date-same-year-supports": Case(
        lambda: when("ar", AR_TRIP_2023, "٢٠٢٣", year=2023, **TRIP),
        lambda: [cand("mijdaf", when, "ar", AR_TRIP_2023_B, "٢٠٢٣", year=2023, **TRIP)],
        "agrees",
        ["supports"],
    ),
    "date-other-year-contradicts": Case(
        lambda: when("ar", AR_TRIP_2023, "٢٠٢٣", year=2023, **TRIP),
        lambda: [cand("harbour-ledger", when, "en", EN_TRIP_2024, "2024", year=2024, **TRIP)],
        "conflicts",
        ["contradicts"],
    ),
    "date-other-month-contradicts": Case(
        lambda: when("en", EN_TRIP_SEP_2023, "September 2023", year=2023, month=9, **TRIP),
        lambda: [
            cand(
                "harbour-ledger",
                when,
                "en",
                EN_TRIP_OCT_2023,
                "October 2023",
                year=2023,
                month=10,
                **TRIP,
            )
        ],
        "conflicts",
        ["contradicts"],
    ),
    "date-without-shared-entity-is-ignored": Case(
        lambda: when("ar", AR_TRIP_2023, "٢٠٢٣", year=2023, **TRIP),
        lambda: [
            cand(
                "harbour-ledger",
                when,
                "en",
                EN_TRIP_2024,
                "2024",
                year=2024,
                entities=["japan"],
                topics=["visit"],
            )
        ],
        "unverified",
        [],
    ),
    "quote-same-words-same-speaker-ar": Case(
        lambda: ar_kim_quote(),
        lambda: [cand("nawafidh-sharq", ar_kim_quote, AR_QUOTE_B)],
        "agrees",
        ["supports"],
    ),
    "quote-same-words-same-speaker-en": Case(
        lambda: en_kim_quote(),
        lambda: [cand("namsan-herald", en_kim_quote, EN_QUOTE_B, source=None)],
        "agrees",
        ["supports"],
    ),
    "quote-same-words-other-speaker-ar": Case(
        lambda: ar_kim_quote(),
        lambda: [cand("mijdaf", ar_kim_quote, AR_QUOTE_XI, speaker="xi_jinping", source="xinhua")],
        "conflicts",
        ["contradicts"],
    ),
    "quote-same-words-other-speaker-en": Case(
        lambda: en_kim_quote(),
        lambda: [
            cand("meridian-wire", en_kim_quote, EN_QUOTE_XI, speaker="xi_jinping", source="xinhua")
        ],
        "conflicts",
        ["contradicts"],
    ),
    "quote-across-languages-same-speaker-is-translated": Case(
        lambda: ar_kim_quote(),
        lambda: [cand("namsan-herald", en_kim_quote)],
        "unverified",
        ["translated"],
    ),
    "quote-across-languages-other-speaker-is-ignored": Case(
        lambda: ar_kim_quote(),
        lambda: [
            cand("meridian-wire", en_kim_quote, EN_QUOTE_XI, speaker="xi_jinping", source="xinhua")
        ],
        "unverified",
        [],
    ),
    "quote-same-agency-counts-once": Case(
        lambda: ar_kim_quote(),
        lambda: [
            cand("nawafidh-sharq", ar_kim_quote, AR_QUOTE_B),
            cand("marfa-news", ar_kim_quote, AR_QUOTE_C),
        ],
        "agrees",
        ["supports", "supports"],
        independent=1,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_verdict_table(case: Case) -> None:
    """Each hand-built claim gets the expected verdict, stances and independent count."""
    verdict = judge(case.claim(), case.candidates(), case.settings or Settings())
    assert verdict.verdict == case.verdict, verdict.reason
    assert sorted(e.stance for e in verdict.evidence) == sorted(case.stances)
    assert verdict.reason.strip()
    if case.independent is not None:
        assert verdict.independent_outlets == case.independent, verdict.reason
    for e in verdict.evidence:
        assert e.outlet and e.url and e.published


# --------------------------------------------------------------------------- reasons and details


def test_unverified_without_candidates_says_so() -> None:
    """No candidate at all: unverified, no evidence, a reason saying nobody states it."""
    verdict = judge(ar_leaders(), [])
    assert verdict.verdict == "unverified"
    assert verdict.evidence == []
    assert verdict.outlets == verdict.independent_outlets == 0
    assert "No other outlet" in verdict.reason


def test_majority_agrees_and_lists_the_dissent() -> None:
    """Two independent outlets agree, one dissents: agrees, with the dissent named."""
    verdict = judge(
        en_leaders(),
        [
            cand("meridian-wire", en_leaders_b),
            cand("mijdaf", ar_leaders_26),
            cand("namsan-herald", en_leaders_24),
        ],
    )
    assert verdict.verdict == "agrees"
    assert verdict.independent_outlets == 3
    assert "dissent" in verdict.reason
    assert "The Namsan Herald" in verdict.reason
    assert "24 head_of_state" in verdict.reason
    dissent = [e for e in verdict.evidence if e.stance == "contradicts"]
    assert [e.outlet for e in dissent] == ["namsan-herald"]


def test_conflict_names_the_contradicting_figures() -> None:
    """A conflict's reason gives the article's value and the others' figures."""
    verdict = judge(
        en_parade(EN_PARADE_90, "90 minutes", 90),
        [cand("northgate-chronicle", en_parade, EN_PARADE_70, "70 minutes", 70)],
    )
    assert verdict.verdict == "conflicts"
    assert "90 minute" in verdict.reason and "70 minute" in verdict.reason
    assert "The Northgate Chronicle" in verdict.reason


def test_imprecise_reason_gives_the_precise_figures() -> None:
    """An imprecise verdict quotes the more precise figures outside the article's range."""
    verdict = judge(
        ar_fighters(),
        [cand("waha-zarqa", ar_fighters_10k), cand("harbour-ledger", en_troops_15000)],
    )
    assert verdict.verdict == "imprecise"
    assert ">10,000 troops" in verdict.reason and "~15,000 troops" in verdict.reason
    assert {e.value for e in verdict.evidence} == {">10,000 troops", "~15,000 troops"}


def test_participants_differ_is_a_conflict() -> None:
    """The same duration for a different meeting (the trio vs Putin and Kim) conflicts."""
    verdict = judge(
        ar_talks(),
        [cand("harbour-ledger", en_talks), cand("marfa-news", ar_talks_pair)],
    )
    assert verdict.verdict == "conflicts"
    assert "participants differ" in verdict.reason
    assert load_registry().name("xi_jinping") in verdict.reason
    assert all(e.stance == "supports" for e in verdict.evidence)
    assert all("kim_jong_un, vladimir_putin" in (e.note or "") for e in verdict.evidence)


def test_same_participants_agree() -> None:
    """The same duration for the same meeting (Putin and Kim on both sides) agrees."""
    verdict = judge(
        ar_talks(participants=("kim_jong_un", "vladimir_putin")),
        [cand("harbour-ledger", en_talks), cand("marfa-news", ar_talks_pair)],
    )
    assert verdict.verdict == "agrees", verdict.reason


def test_participants_unknown_on_one_side_do_not_conflict() -> None:
    """Evidence that names no participants cannot make the participants differ."""
    verdict = judge(ar_talks(), [cand("harbour-ledger", en_talks_3h)])
    assert verdict.verdict == "agrees", verdict.reason


def test_wire_copies_are_one_independent_source() -> None:
    """Two outlets printing one wire sentence are two outlets but one independent source."""
    verdict = judge(
        en_leaders(),
        [
            cand("namsan-herald", en_leaders_24),
            cand("northgate-chronicle", en_leaders_24, EN_LEADERS_24_COPY),
        ],
    )
    assert (verdict.outlets, verdict.independent_outlets) == (2, 1)
    assert verdict.verdict == "conflicts"


def test_min_sources_reason_says_how_many_are_required() -> None:
    """Too few independent sources: unverified, and the reason states the requirement."""
    verdict = judge(en_leaders(), [cand("meridian-wire", en_leaders_b)], Settings(min_sources=2))
    assert verdict.verdict == "unverified"
    assert "2 required" in verdict.reason


def test_translated_quote_reason_says_wording_not_compared() -> None:
    """A quote found only in another language is listed, with a reason that says why."""
    verdict = judge(ar_kim_quote(), [cand("namsan-herald", en_kim_quote)])
    assert [e.stance for e in verdict.evidence] == ["translated"]
    assert "wording not compared" in verdict.reason


def test_best_evidence_per_article() -> None:
    """Two claims of one article yield one evidence row: the stronger one."""
    article_claims = [
        cand("harbour-ledger", en_talks_3h, n=7),
        cand("harbour-ledger", en_talks, n=7),
    ]
    scored = score_candidates(ar_talks(participants=()), article_claims, Settings())
    assert len(scored) == 1


# --------------------------------------------------------------------------- relevance


def test_relevance_compares_text_only_within_a_language() -> None:
    """Within a language the folded sentences count; across languages only ids and keys do."""
    same, same_parts = relevance(en_leaders(), en_leaders_b(article="x"))
    cross, cross_parts = relevance(en_leaders(), ar_leaders_26(article="x"))
    assert "text" in same_parts and "text" not in cross_parts
    assert cross == 1.0  # same key, same entities, same topics
    assert 0 < same <= 1


def test_relevance_is_low_for_another_story() -> None:
    """Same unit, but other entities and topics and other words: below the evidence floor."""
    other = quantity(
        "en",
        EN_PORTRAITS,
        "26 heads of state",
        value=26,
        subject="head_of_state",
        entities=["japan"],
        topics=["anniversary"],
        article="x",
    )
    score, _ = relevance(en_leaders(), other)
    assert score < Settings().min_relevance


# --------------------------------------------------------------------------- known bugs


def test_yearless_date_is_not_contradicted_by_the_same_day_with_a_year() -> None:
    """A yearless "September 2" is not contradicted by "2 September 2025" (more precise)."""
    claim = when("en", EN_ARRIVAL, "September 2", month=9, day=2, **ARRIVAL)
    verdict = judge(
        claim,
        [
            cand(
                "marfa-news",
                when,
                "ar",
                AR_ARRIVAL,
                "٢ سبتمبر ٢٠٢٥",
                year=2025,
                month=9,
                day=2,
                **ARRIVAL,
            )
        ],
    )
    assert [e.stance for e in verdict.evidence] == ["more_precise"]
    assert verdict.verdict == "agrees"


def test_year_only_evidence_does_not_confirm_the_month() -> None:
    """Evidence giving only "2023" is less precise than "September 2023", not support."""
    claim = when("en", EN_TRIP_SEP_2023, "September 2023", year=2023, month=9, **TRIP)
    verdict = judge(
        claim, [cand("harbour-ledger", when, "en", EN_TRIP_2023, "2023", year=2023, **TRIP)]
    )
    assert [e.stance for e in verdict.evidence] == ["less_precise"]
    assert verdict.verdict == "unverified"


def test_exact_figures_beyond_the_tolerance_conflict() -> None:
    """Exact 80 years against exact 77 years (3.75% apart, over the 2% slack) conflicts."""
    claim = quantity("ar", AR_ANNIVERSARY_80, "ثمانين عاماً", value=80, unit="year", **PARADE)
    other = cand(
        "northgate-chronicle",
        quantity,
        "en",
        EN_ANNIVERSARY_77,
        "77 years",
        value=77,
        unit="year",
        **PARADE,
    )
    verdict = judge(claim, [other])
    assert [e.stance for e in verdict.evidence] == ["contradicts"]
    assert verdict.verdict == "conflicts"


@pytest.mark.parametrize(
    ("ar", "en", "matched"),
    [
        (
            "قال الرئيس الإندونيسي برابوو سوبيانتو إن ٢٦ زعيماً حضروا العرض.",
            "Indonesian President Prabowo Subianto said 26 leaders attended the parade.",
            True,
        ),
        (
            "وصل رئيس الوزراء الهندي ناريندرا مودي إلى تيانجين مع ٢٦ زعيماً.",
            "Indian Prime Minister Narendra Modi arrived in Tianjin with 26 leaders.",
            True,
        ),
        (
            "قال الرئيس الإندونيسي برابوو سوبيانتو إن ٢٦ زعيماً حضروا العرض.",
            "Indian Prime Minister Narendra Modi said 26 leaders attended the parade.",
            False,
        ),
    ],
)
def test_unregistered_names_match_across_languages(ar: str, en: str, matched: bool) -> None:
    """Names missing from the registry still meet their other-language spelling (romanized)."""
    from claimcheck.extract import extract_claims
    from claimcheck.match import relevance

    [qa] = [c for c in extract_claims(ar, "ar") if c.kind == "quantity"]
    [qb] = [c for c in extract_claims(en, "en") if c.kind == "quantity"]
    assert any(e.startswith("name:") for e in qa.entities)
    _, parts = relevance(qa, qb)
    assert (parts.get("names", 0) > 0) is matched


def _claim_of(text: str, lang: str, surface: str, published=None):
    from claimcheck.models import Article
    from claimcheck.pipeline import analyse

    article = Article(outlet="t", language=lang, text=text, published=published)
    [c] = [c for c in analyse(article) if c.text == surface]
    return c


@pytest.mark.parametrize(
    ("a", "b", "same_fact"),
    [
        # a further 6,000 is not the total of 15,000
        (
            ("Seoul says about 15,000 troops were sent to Russia.", "en", "about 15,000 troops"),
            ("A further 6,000 troops are to be sent to Russia, Seoul says.", "en", "6,000 troops"),
            False,
        ),
        (
            ("أرسلت بيونغ يانغ نحو 15 ألف جندي إلى روسيا.", "ar", "نحو 15 ألف جندي"),
            ("وتعتزم بيونغ يانغ إرسال 6 آلاف جندي إضافي إلى روسيا.", "ar", "6 آلاف جندي"),
            False,
        ),
        # the 77th anniversary is another event than the 80th
        (
            ("The parade marked the 80th anniversary of the war's end.", "en", "80th anniversary"),
            (
                "Putin congratulated Kim on the 77th anniversary of the state.",
                "en",
                "77th anniversary",
            ),
            False,
        ),
        (
            ("The parade marked the 80th anniversary of the war's end.", "en", "80th anniversary"),
            ("احتفلت بكين بالذكرى الثمانين لنهاية الحرب.", "ar", "الثمانين"),
            True,
        ),
        # killed and sent are two events
        (
            (
                "About 2,000 North Korean soldiers have been killed in Russia.",
                "en",
                "About 2,000 North Korean soldiers",
            ),
            ("وقتل نحو ألفي جندي كوري شمالي في روسيا.", "ar", "نحو ألفي جندي"),
            True,
        ),
    ],
)
def test_same_fact_or_another(a: tuple, b: tuple, same_fact: bool) -> None:
    """Increments, other anniversaries and other events are not evidence about a figure."""
    from claimcheck.store import Candidate

    claim, other = _claim_of(*a), _claim_of(*b)
    other = other.model_copy(update={"article_id": "other"})
    cand = Candidate(
        claim=other, outlet="o", outlet_name=None, url=None, published=None, language=other.language
    )
    verdict = judge(claim, [cand])
    assert (verdict.verdict != "unverified") is same_fact, verdict.reason


def test_delegation_members_do_not_make_participants_differ() -> None:
    """Putin and Kim with Lavrov and Belousov is the same meeting as Putin and Kim."""
    from claimcheck.extract.entities import load_registry
    from claimcheck.match.facts import _participants_differ

    a = _claim_of(
        "Putin and Kim held talks with Lavrov and Belousov for about two and a half hours.",
        "en",
        "about two and a half hours",
    )
    b = _claim_of("Putin and Kim held talks for 2.5 hours.", "en", "2.5 hours")
    c = _claim_of("The trio, Putin, Kim and Xi, held talks for 2.5 hours.", "en", "2.5 hours")
    reg = load_registry()
    assert not _participants_differ(a, b, reg)
    assert _participants_differ(a, c, reg)
