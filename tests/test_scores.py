"""Match scores: one figure of two counts, in digits or in Arabic words, compared exactly
and in either order; a penalty shootout's score is not the match's."""

from __future__ import annotations

import pytest
from casebook import figures
from pairs import decide


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Morocco beat Portugal 1-0 in the quarter-final in Doha.", ["1-0 score"]),
        ("en", "City thrashed United 6-3 in the Manchester derby.", ["6-3 score"]),
        (
            "en",
            "Real Madrid won 3-1 on aggregate after a 2-0 first-leg win.",
            ["3-1 score", "2-0 score"],
        ),
        ("en", "Spain won the shootout 4-2 after a 1-1 draw.", ["4-2 shootout", "1-1 score"]),
        ("en", "The match ended 2–2 after extra time.", ["2-2 score"]),
        ("ar", "تغلب الهلال على النصر 3-1 في الديربي.", ["3-1 score"]),
        ("ar", "وفاز المنتخب المغربي على البرتغال ١-٠ في ربع النهائي.", ["1-0 score"]),
        ("ar", "وحسم الفريق اللقب بركلات الترجيح ٥-٤.", ["5-4 shootout"]),
        ("ar", "وتغلب الفريق على ضيفه بهدفين مقابل هدف.", ["2-1 score"]),
        ("ar", "وتعادل الفريقان بثلاثة أهداف لمثلها.", ["3-3 score"]),
        ("ar", "وفاز الأهلي على الزمالك بهدف نظيف.", ["1-0 score"]),
        ("ar", "وخسر الفريق بخماسية نظيفة أمام منافسه.", ["5-0 score"]),
        ("ar", "وفاز الوداد بهدفين دون رد.", ["2-0 score"]),
        ("ar", "وانتصر الفريق بثلاثة أهداف لهدف.", ["3-1 score"]),
        ("ar", "وفاز الفريق بأربعة أهداف مقابل هدفين.", ["4-2 score"]),
    ],
)
def test_a_score_is_one_figure(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no match in the sentence: a range, not a score
        ("en", "Prices rose 3-4% in March."),
        ("en", "The storm is expected to last 2-3 days."),
        ("ar", "ارتفعت الأسعار بنسبة 3-4% في آذار."),
        ("ar", "تستمر العاصفة 2-3 أيام."),
    ],
)
def test_a_range_without_a_match_is_no_score(lang: str, text: str) -> None:
    assert not any("score" in f or "shootout" in f for f in figures(text, lang))


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "وتغلب المنتخب الإيفواري على نظيره النيجيري بهدفين مقابل هدف في النهائي.",
            "Ivory Coast beat Nigeria 2-1 in the final.",
            True,
        ),
        # the loser's goals first: the same score
        (
            "وخسر المنتخب النيجيري أمام ساحل العاج 1-2 في النهائي.",
            "Ivory Coast beat Nigeria 2-1 in the final.",
            True,
        ),
        (
            "وتغلب المنتخب الإيفواري على نظيره النيجيري بثلاثة أهداف مقابل هدف في النهائي.",
            "Ivory Coast beat Nigeria 2-1 in the final.",
            False,
        ),
        # a shootout's score is not the match's
        (
            "وفازت الأرجنتين على فرنسا بركلات الترجيح ٤-٢ في النهائي.",
            "Argentina and France drew 4-4 in the final.",
            False,
        ),
        (
            "وفازت الأرجنتين على فرنسا بركلات الترجيح ٤-٢ في النهائي.",
            "Argentina beat France 4-2 on penalties in the final.",
            True,
        ),
    ],
)
def test_scores_across_languages(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Kiptum won in a world record 2:00:35.", ["2.00972 hour"]),
        ("ar", "وأنهى العداء السباق في ٢:٠١:٠٩.", ["2.01917 hour"]),
        ("en", "Kipyegon won the 1500m in 3:49.11.", ["1,500", "3.8185 minute"]),
        # a clock time of day is not a race time
        ("en", "The probe hit the asteroid at 7:14 p.m.", []),
        ("ar", "اصطدمت المركبة عند الساعة 2:14 فجر الثلاثاء.", []),
        # 1500m is a distance; $800m and 200m euros are millions
        ("en", "The club paid $800m for the striker.", ["800,000,000 usd"]),
        ("en", "It was a 200m euros deal.", ["200,000,000 eur"]),
    ],
)
def test_a_race_time_in_clock_notation(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


def test_a_race_time_meets_it_in_words() -> None:
    ar = "وحطم العداء الكيني الرقم القياسي للماراثون بزمن قدره ساعتان وخمس وثلاثون ثانية."
    assert decide("quantity", ar, "Kiptum set a marathon world record of 2:00:35.")[0]
    assert not decide("quantity", ar, "Kipchoge set a marathon world record of 2:01:09.")[0]


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # two times told to the hundredth are two times
        ("سجلت العداءة 3:49.04 دقائق في سباق 1500 متر.", "She ran the 1500m in 3:48.68.", False),
        ("سجلت العداءة 3:48.68 دقائق في سباق 1500 متر.", "She ran the 1500m in 3:48.68.", True),
    ],
)
def test_race_times_to_the_hundredth(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the second count's noun left out after مقابل
        ("فاز الهلال على مانشستر سيتي بأربعة أهداف مقابل ثلاثة بعد التمديد.", 4003.0),
        ("تغلب الفريق على منافسه بثلاثة أهداف مقابل ٢ في المباراة.", 3002.0),
    ],
)
def test_a_score_in_words_with_the_second_noun_left_out(text: str, value: float) -> None:
    from claimcheck.extract.quantities import parse_quantities

    assert [(q.value, q.unit) for q in parse_quantities(text, "ar")] == [(value, "score")]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a unit and its tens joined by و, on either side of مقابل
        ("ar", "فاز الفريق على ضيفه بخمسة وعشرين هدفاً مقابل ثلاثة وعشرين.", ["25-23 score"]),
        (
            "ar",
            "خسر منتخب تونس لكرة اليد أمام مصر بأربعة وعشرين هدفاً مقابل ستة وعشرين.",
            ["26-24 score"],
        ),
        (
            "ar",
            "فاز منتخب مصر لكرة اليد على السويد بأربعة وثلاثين هدفاً مقابل ثلاثين.",
            ["34-30 score"],
        ),
        # high-scoring sports named in the sentence
        ("en", "Denmark beat Sweden 34-30 in the handball final.", ["34-30 score"]),
        ("ar", "فاز منتخب الدنمارك لكرة اليد على السويد ٣٤-٣٠ في النهائي.", ["34-30 score"]),
        (
            "en",
            "The Springboks beat the All Blacks 35-7 in the rugby Test at Twickenham.",
            ["35-7 score"],
        ),
        (
            "ar",
            "فاز فريق ريال مدريد لكرة السلة على باناثينايكوس ٩٥-٨٠ في النهائي.",
            ["95-80 score"],
        ),
        # no sport named, but nothing after the score that it could count
        ("en", "The Celtics beat the Mavericks 106-88 on Monday.", ["106-88 score"]),
        ("en", "Boston won Game 5 of the series 106-88.", ["106-88 score"]),
    ],
)
def test_scores_over_thirty_and_in_compound_words(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a range of a countable thing, even with a cue word
        ("en", "The party won 40-50 seats in most polls."),
        ("en", "He won 35-40 percent of the vote in the runoff."),
        # judges' cards are points, which the other language writes as points
        ("en", "All three judges scored the fight 118-110 for the champion."),
        ("ar", "فاز البطل بإجماع الحكام الثلاثة بنتيجة ١١٨-١١٠ في الرياض."),
    ],
)
def test_a_high_range_or_a_scorecard_is_no_score(lang: str, text: str) -> None:
    assert not any("score" in f for f in figures(text, lang)), figures(text, lang)


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "توج منتخب الدنمارك بلقب بطولة العالم لكرة اليد بفوزه على فرنسا بأربعة وثلاثين هدفاً "
            "مقابل تسعة وعشرين في ستوكهولم.",
            "Denmark beat France 34-29 in Stockholm to win the handball world title.",
            True,
        ),
        (
            "توج منتخب الدنمارك بلقب بطولة العالم لكرة اليد بفوزه على فرنسا بأربعة وثلاثين هدفاً "
            "مقابل تسعة وعشرين في ستوكهولم.",
            "Denmark beat France 34-28 in Stockholm to win the handball world title.",
            False,
        ),
        (
            "فاز فريق بوسطن سيلتكس على دالاس مافريكس ١٠٦-٨٨ في المباراة الخامسة ليحرز لقب الدوري "
            "الأميركي لكرة السلة.",
            "The Boston Celtics beat the Dallas Mavericks 106-88 in Game 5 to win the NBA title.",
            True,
        ),
    ],
)
def test_high_scores_across_languages(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # one score, the same teams and day: one match, a win on one side, a shock on the other
        (
            "حقق المنتخب المغربي فوزاً تاريخياً على إسبانيا ٣-٠ بركلات الترجيح في الدوحة يوم "
            "الثلاثاء ٦ كانون الأول/ديسمبر ٢٠٢٢ ليبلغ ربع النهائي.",
            "Morocco stunned Spain 3-0 on penalties in Doha on December 6, 2022, goalkeeper "
            "Yassine Bounou saving twice.",
            True,
        ),
        (
            "حقق المنتخب الياباني فوزاً تاريخياً على ألمانيا ٢-١ في الدوحة يوم الأربعاء ٢٣ "
            "تشرين الثاني/نوفمبر ٢٠٢٢ في افتتاح مشواره.",
            "Japan shocked Germany 2-1 in Doha on November 23, 2022, with late goals from "
            "Ritsu Doan and Takuma Asano.",
            True,
        ),
        # the same day of the tournament, another match and another score
        (
            "حقق المنتخب الياباني فوزاً تاريخياً على ألمانيا ٢-١ في الدوحة يوم الأربعاء ٢٣ "
            "تشرين الثاني/نوفمبر ٢٠٢٢ في افتتاح مشواره.",
            "Spain thrashed Costa Rica 7-0 in Doha on November 23, 2022, the biggest win of "
            "the group stage.",
            False,
        ),
    ],
)
def test_one_score_on_one_day_is_one_match(ar: str, en: str, match: bool) -> None:
    assert decide("date", ar, en)[0] is match
