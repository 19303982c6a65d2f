"""Claim extraction: figures, dates, attributions and participants, in Arabic and English."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.extract.segment import is_boilerplate, split_sentences


@pytest.fixture(scope="module")
def seed_claims(seed_text: str):
    """The seed's claims, extracted once."""
    return extract_claims(seed_text, "ar")


def test_every_span_indexes_the_seed(seed_text: str, seed_claims) -> None:
    """Each claim's span, and its sentence span, slice the original text exactly."""
    assert seed_claims
    for c in seed_claims:
        assert seed_text[c.start : c.end] == c.text
        assert seed_text[c.sentence_start : c.sentence_end] == c.sentence
        if c.attribution and c.attribution.quote is not None:
            a = c.attribution
            assert seed_text[a.quote_start : a.quote_end] == a.quote


@pytest.mark.parametrize(
    ("surface", "value", "low", "high", "key", "approx", "vague"),
    [
        ("نحو ٢٦ قائد دولة", 26, 26, 26, "head_of_state", True, False),
        ("نحو ساعتين ونصفاً", 2.5, 2.5, 2.5, "hour", True, False),
        ("نحو آلاف المشاركين", None, 2000, 9999, "participant", True, True),
        ("ثمانين عاماً", 80, 80, 80, "year", False, False),
        ("آلاف المقاتلين", None, 2000, 9999, "troops", False, True),
        ("يوم واحد", 1, 1, 1, "day", False, False),
    ],
)
def test_seed_figures(seed_claims, surface, value, low, high, key, approx, vague) -> None:
    """The seed's numeric claims carry the right value or range, unit and flags."""
    [c] = [c for c in seed_claims if c.kind == "quantity" and c.text == surface]
    q = c.quantity
    assert (q.value, q.low, q.high, q.key, q.approx, q.vague) == (
        value,
        low,
        high,
        key,
        approx,
        vague,
    )


def test_seed_dates(seed_claims) -> None:
    """The publication date and the 2023 Russia trip are dates, not counts."""
    dates = {c.text: c.date.describe() for c in seed_claims if c.kind == "date"}
    assert dates == {"٥ سبتمبر ٢٠٢٥": "2025-09-05", "٢٠٢٣": "2023"}


@pytest.mark.parametrize(
    "not_a_claim",
    ["الحرب العالمية الثانية", "أول رحلة", "قوات الحرس الوطني", "أضف تعليق", "البلدين"],
)
def test_seed_non_claims(seed_claims, not_a_claim: str) -> None:
    """Ordinals, 'first trip', the read-also link, the comment prompt and anaphora give no figure."""
    for c in seed_claims:
        if c.kind == "quantity":
            assert not_a_claim not in c.text
    assert not any("قوات الحرس الوطني" in c.sentence for c in seed_claims)


@pytest.mark.parametrize(
    ("quote_start", "speaker", "source"),
    [
        ("الود لا يتغير", "kim_jong_un", "kcna"),
        ("الدفاع عن وتعزيز", "xi_jinping", "kcna"),
        ("جيران طيبون", "xi_jinping", "kcna"),
        ("رمزاً للصداقة", "vladimir_putin", None),
        ("بلّغه تحياتي", "donald_trump", "truth_social"),
        ("لا أحد كان يفكر", "kremlin_aide", "media"),
    ],
)
def test_seed_attributions(seed_claims, quote_start, speaker, source) -> None:
    """Each quote in the seed is credited to the right speaker and source."""
    [c] = [c for c in seed_claims if c.kind == "attribution" and c.text.startswith(quote_start)]
    assert c.attribution.speaker == speaker
    assert c.attribution.source == source
    assert c.attribution.mode == "direct"


def test_seed_trio_participants(seed_claims) -> None:
    """'The trio' met for 2.5 hours: the three most recently named leaders."""
    [c] = [c for c in seed_claims if c.text == "نحو ساعتين ونصفاً"]
    assert c.participants == ["kim_jong_un", "vladimir_putin", "xi_jinping"]


ENGLISH = """Leaders gather in Beijing

Putin and Kim joined 24 other dignitaries at the parade on Sept. 3, 2025.

"Our friendship will not change no matter how the international situation changes," Kim said, according to KCNA.

The two leaders met for about two and a half hours at the Diaoyutai guesthouse, TASS reported.

Seoul estimates that about 15,000 North Korean troops were sent to Russia, and some 2,000 were killed.

Read more: Kim's train leaves Beijing
"""


@pytest.fixture(scope="module")
def english_claims():
    """Claims of a short English wire story written for the tests."""
    return extract_claims(ENGLISH, "en")


def test_english_figures(english_claims) -> None:
    """English figures, with counted nouns as the same keys as Arabic ones."""
    got = {c.text: c.describe() for c in english_claims if c.kind == "quantity"}
    assert got == {
        "24 other dignitaries": "24 head_of_state",
        "about two and a half hours": "~2.5 hour",
        "about 15,000 North Korean troops": "~15,000 troops",
        # the counted noun must follow the figure; "were killed" is a predicate
        "some 2,000": "~2,000 death",  # "were killed": the figure counts the dead
    }


def test_english_attribution_and_participants(english_claims) -> None:
    """'Kim said, according to KCNA' and 'the two leaders' resolve to entities."""
    [quote] = [c for c in english_claims if c.kind == "attribution" and c.attribution.quote]
    assert (quote.attribution.speaker, quote.attribution.source) == ("kim_jong_un", "kcna")
    assert quote.text.endswith("changes")
    [talks] = [c for c in english_claims if c.text == "about two and a half hours"]
    assert talks.participants == ["kim_jong_un", "vladimir_putin"]


def test_english_date_and_boilerplate(english_claims) -> None:
    """The parade date is a date claim; the Read-more line yields nothing."""
    assert [c.date.describe() for c in english_claims if c.kind == "date"] == ["2025-09-03"]
    assert not any("train leaves" in c.sentence for c in english_claims)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("يقرأ  قوات الحرس الوطني الأمريكي تبدأ بحمل السلاح في واشنطن العاصمة — أخبار", True),
        ("اقرأ أيضاً: ما الذي تغير في بيونغ يانغ", True),
        ("أضف تعليق", True),
        ("Read more: Kim's train leaves Beijing", True),
        ("Share this article", True),
        ("شارك بوتين وكيم ضمن نحو ٢٦ قائد دولة معظمهم من دول غير غربية.", False),
        ("Comments on the plan were due by Friday, the ministry said.", False),
    ],
)
def test_boilerplate(line: str, furniture: bool) -> None:
    """Page furniture is recognised; real sentences that start with the same word are kept."""
    assert is_boilerplate(line) is furniture


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("قال «هذا. وذاك» ثم غادر. وعاد لاحقاً.", 2),
        ("He arrived on Sept. 5 at 10 a.m. and left. Then he spoke.", 2),
        ('"It works. It really does," she said. Good.', 2),
        ("لا نقطة هنا", 1),
    ],
)
def test_sentences_do_not_break_inside_quotes(text: str, count: int) -> None:
    """Sentences split at full stops, not inside quotes or after abbreviations."""
    sents = split_sentences(text)
    assert len(sents) == count
    for s in sents:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("lang", "text", "known", "unknown"),
    [
        (
            "ar",
            "وقال الرئيس الإندونيسي برابوو سوبيانتو إن شي جين بينغ رحب بالزيارة.",
            {"xi_jinping"},
            ["برابوو سوبيانتو"],
        ),
        (
            "en",
            "Prime Minister Narendra Modi met Xi Jinping in Tianjin, Reuters said.",
            {"xi_jinping", "reuters", "tianjin"},
            ["Narendra Modi"],
        ),
        (
            "en",
            "Floods hit Kasese district and the town of Bwera, Ugandan officials said.",
            {"country:ug"},
            ["Kasese", "Bwera"],
        ),
        (
            "ar",
            "ضربت الفيضانات مدينة الميادين ومدينة البوكمال السوريتين.",
            set(),
            ["الميادين", "البوكمال"],
        ),
        ("en", "South Korea's spy agency said the North had sent troops.", {"nis"}, []),
    ],
)
def test_article_entities(lang: str, text: str, known: set[str], unknown: list[str]) -> None:
    """Registry names are resolved (with the forms used); the rest are listed for the editor."""
    from claimcheck.extract.entities import article_entities

    uses, left = article_entities(text, lang)
    assert known <= {u.id for u in uses}
    assert [c.text for c in left] == unknown
    for c in left:
        assert text[c.start : c.end] == c.text


def test_unknown_spelling_gets_a_suggestion() -> None:
    """A misspelt registry name is suggested by rapidfuzz, with its score."""
    from claimcheck.extract.entities import article_entities

    _, left = article_entities("Kim met Xi Jinpin in Beijing.", "en")
    assert [(c.text, c.suggestion) for c in left] == [("Jinpin", "Xi Jinping")]
    assert left[0].score >= 80


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "التقى كيم وشي يوم الخميس في بكين.", [("الخميس", "2025-09-04")]),
        ("ar", "وغادر كيم بكين أمس عائداً إلى بيونغ يانغ.", [("أمس", "2025-09-04")]),
        ("ar", "ومن المقرر أن يلتقيا الخميس المقبل.", [("الخميس", "2025-09-11")]),
        ("ar", "وصل الوفد في ٤ سبتمبر.", [("٤ سبتمبر", "2025-09-04")]),
        ("en", "Kim met Xi on Thursday in Beijing.", [("Thursday", "2025-09-04")]),
        ("en", "He left Beijing yesterday by train.", [("yesterday", "2025-09-04")]),
        ("en", "Talks resume next Monday.", [("Monday", "2025-09-08")]),
        ("en", "The parade was held on Sept. 3.", [("Sept. 3", "2025-09-03")]),
        (
            "en",
            "On Wednesday, 3 September 2025, troops marched.",
            [("3 September 2025", "2025-09-03")],
        ),
    ],
)
def test_relative_dates_resolve_against_publication(lang, text, expected) -> None:
    """With a publication date (Friday 5 Sept 2025), weekdays and relative days become dates."""
    from datetime import date

    from claimcheck.extract.dates import parse_dates

    got = parse_dates(text, lang, anchor=date(2025, 9, 5))
    assert [(d.text, d.describe()) for d in got] == expected
    assert not any(d.relative for d in parse_dates(text, lang))  # no anchor, nothing inferred


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "بلغ عدد حجاج موسم ١٤٤٥هـ نحو مليوني حاج.", [("١٤٤٥هـ", 1445)]),
        ("ar", "وفي عام 1444 هـ تراجع عدد المعتمرين.", [("1444 هـ", 1444)]),
        ("ar", "صدر القرار سنة ١٤٤٣ هجرية.", [("١٤٤٣ هجرية", 1443)]),
        ("en", "The 1446 AH season opened early.", [("1446 AH", 1446)]),
        ("ar", "أُنجز المشروع في ١٤٤٥ يوماً.", []),  # a count of days, not a year
        ("en", "The report lists 1445 complaints.", []),
    ],
)
def test_a_hijri_year_with_its_era_marker(lang: str, text: str, expected: list) -> None:
    """A Hijri year alone is a date when its era marker follows it, glued or not."""
    from claimcheck.extract.dates import parse_dates

    got = [(d.text, d.year) for d in parse_dates(text, lang) if d.calendar == "hijri"]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Lula took office on New Year's Day 2023.", [("New Year's Day 2023", "2023-01-01")]),
        ("en", "Fireworks lit the sky on New Year's Eve.", []),  # an occasion, not a date
        (
            "ar",
            "ضرب الزلزال في أول أيام العام الجديد 2024.",
            [("أول أيام العام الجديد 2024", "2024-01-01")],
        ),
        ("ar", "قُتل ١٢ شخصاً في يوم رأس السنة ٢٠٢٥.", [("يوم رأس السنة ٢٠٢٥", "2025-01-01")]),
        ("en", "A new year began for the party.", []),
        # national and international days, with the year after a year word
        (
            "ar",
            "توّجت الأرجنتين في اليوم الوطني لقطر عام 2022.",
            [("اليوم الوطني لقطر عام 2022", "2022-12-18")],
        ),
        (
            "en",
            "The final fell on Qatar National Day 2022.",
            [("Qatar National Day 2022", "2022-12-18")],
        ),
        ("ar", "احتفلت الرياض باليوم الوطني السعودي.", [("باليوم الوطني السعودي", "????-09-23")]),
        ("en", "Unions marched on May Day in Paris.", [("May Day", "????-05-01")]),
        (
            "en",
            "Bastille Day 2016 ended in an attack in Nice.",
            [("Bastille Day 2016", "2016-07-14")],
        ),
    ],
)
def test_named_days(lang: str, text: str, expected: list) -> None:
    """A day named, not numbered, is a date: New Year's Day 2024, أول أيام العام الجديد."""
    from claimcheck.extract.dates import parse_dates

    assert [(d.text, d.describe()) for d in parse_dates(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # what a bare figure counts, said elsewhere in the sentence
        (
            "ar",
            "قالت المفوضية إن عدد النازحين في السودان تجاوز ١٢ مليوناً.",
            [(">12,000,000 refugee", False)],
        ),
        (
            "en",
            "The number of people forcibly displaced reached 117.3 million.",
            [("117,300,000 person", False)],
        ),
        ("en", "The final drew a crowd of 88,966.", [("88,966 spectator", False)]),
        # a part and its whole: the whole names the part, and is marked as the total
        (
            "en",
            "He was elected with 99 of the 128 lawmakers.",
            [("99 lawmaker", False), ("128 lawmaker", True)],
        ),
        ("en", "Labour won 411 out of 650 seats.", [("411 seat", False), ("650 seat", True)]),
        ("ar", "فاز الحزب بـ٢٤٠ مقعداً من أصل ٥٤٣.", [("240 seat", False), ("543", True)]),
        # a definite number with its scale is a figure (the 50,000 mark), counted by عدد
        ("ar", "قالت الوزارة إن عدد الشهداء تجاوز الخمسين ألفاً.", [(">50,000 death", False)]),
        # no such word: the figure stays bare
        ("en", "The index closed at 5,200 on Friday.", [("5,200", False)]),
    ],
)
def test_what_a_bare_figure_counts(lang: str, text: str, expected: list) -> None:
    from claimcheck.extract import extract_claims

    got = [
        (c.quantity.describe(), "total" in c.topics)
        for c in extract_claims(text, lang)
        if c.kind == "quantity"
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Labour won 411 of the 650 seats.", {"party_uk_labour"}),
        ("The labour market cooled in June.", set()),
        ("حصد حزب العمال ٤١١ مقعداً.", {"party_uk_labour"}),
        ("قال حزب العمال الكردستاني إنه سيلقي السلاح.", {"pkk"}),
    ],
)
def test_a_party_named_by_a_common_word(text: str, found: set[str]) -> None:
    """ "Labour" is the party as written, never the labour market; حزب العمال الكردستاني
    is the PKK, not Labour."""
    from claimcheck.extract.entities import find_mentions
    from claimcheck.extract.tokens import tokenize
    from claimcheck.lexicons import load

    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    ids = {m.entity.id for m in find_mentions(tokenize(text, load(lang)))}
    assert {i for i in ids if i.startswith("party_") or i == "pkk"} == found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # days counted from the last full date the article gave, not from publication
        (
            "en",
            "The committee met on Thursday, May 4, 2023.\nA day later, the WHO declared it over.",
            ["2023-05-04", "2023-05-05"],
        ),
        (
            "ar",
            "اجتمعت اللجنة يوم الخميس 4 أيار/مايو 2023.\nوفي اليوم التالي أعلنت المنظمة انتهاء الطوارئ.",
            ["2023-05-04", "2023-05-05"],
        ),
        (
            "en",
            "Voting ended on March 20, 2025.\nTwo days later, the results were announced.",
            ["2025-03-20", "2025-03-22"],
        ),
        # minutes or hours later is the same day
        (
            "ar",
            "أطلقت «سبيس إكس» صباح 13 تشرين الأول/أكتوبر 2024 صاروخ «ستارشيب».\n"
            "ونجحت الشركة بعد دقائق في التقاط المعزز بذراعي برج الإطلاق.",
            ["2024-10-13", "2024-10-13"],
        ),
        # with no full date before it, "a day later" dates nothing
        ("en", "A day later, the WHO declared it over.", []),
    ],
)
def test_days_after_the_last_date(lang: str, text: str, expected: list[str]) -> None:
    dates = [c.date.describe() for c in extract_claims(text, lang) if c.date]  # type: ignore[arg-type]
    assert dates == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a range of days: the first day is a date too, with the range's month and year
        ("en", "The summit ran from 10 to 12 December 2023.", ["2023-12-10", "2023-12-12"]),
        ("en", "Egyptians voted from December 10 to 12, 2023.", ["2023-12-10", "2023-12-12"]),
        ("ar", "جرت الانتخابات بين ١٠ و١٢ كانون الأول/ديسمبر ٢٠٢٣.", ["2023-12-10", "2023-12-12"]),
        ("ar", "تقام البطولة من 10 إلى 12 ديسمبر 2023.", ["2023-12-10", "2023-12-12"]),
        (
            "en",
            "The 10-12 December 2023 summit ended without a deal.",
            ["2023-12-10", "2023-12-12"],
        ),
        # a count before a date is no range
        ("en", "Ten people died and 12 were hurt on 12 May 2020.", ["2020-05-12"]),
    ],
)
def test_a_range_of_days(lang: str, text: str, expected: list[str]) -> None:
    from claimcheck.extract.dates import parse_dates

    assert [d.describe() for d in parse_dates(text, lang)] == expected
