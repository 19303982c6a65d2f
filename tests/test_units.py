"""Units in other systems: land in hectares, acres, feddans and dunams; Fahrenheit; the
Arabic abbreviations م and ث after a figure with decimals."""

from __future__ import annotations

import pytest
from casebook import figures
from pairs import decide

from claimcheck.extract import extract_claims
from claimcheck.models import Quantity
from claimcheck.normalize import interval
from claimcheck.settings import Settings


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "وقفز البطل ٦٫٢٥ م في النهائي.", ["6.25 meter"]),
        ("ar", "وبلغ ارتفاع القفزة 6,30 م.", ["6.3 meter"]),
        ("ar", "وقطع العداء المسافة في ٩٫٥٨ ث.", ["9.58 second"]),
        ("ar", "أتت النيران على ٨٠٠ هكتار من الغابات.", ["800 hectare"]),
        ("ar", "وزُرع نحو ٣٠٠ ألف فدان بالقمح هذا الموسم.", ["~300,000 feddan"]),
        ("ar", "وصادرت السلطات ٥٠٠ دونم من أراضي القرية.", ["500 dunam"]),
        ("en", "The fire scorched about 2,170 acres.", ["~2,170 acre"]),
        ("en", "Temperatures reached 118 degrees Fahrenheit in Phoenix.", ["118 fahrenheit"]),
        ("en", "The new terminal covers 400,000 square metres.", ["400,000 m2"]),
        ("ar", "وتبلغ مساحة المبنى ٥٠٠٠ متر مربع.", ["5,000 m2"]),
        ("en", "The screen measures 65 inches.", ["65 inch"]),
    ],
)
def test_units_in_other_systems(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ولد الشاعر عام ١٩٥٠ م في القاهرة."),  # a year's era, not metres
        ("ar", "وفاز بسباق ١٠٠ م في طوكيو."),  # an event's name
        ("ar", "تبدأ الجلسة الساعة 6.30 م."),  # a clock time, p.m.
    ],
)
def test_an_abbreviation_needs_decimals(lang: str, text: str) -> None:
    assert not any("meter" in f for f in figures(text, lang))


def test_fahrenheit_is_compared_in_celsius() -> None:
    f = Quantity(text="125", start=0, end=3, value=125, unit="fahrenheit")
    lo, hi = interval(f, Settings())
    assert 50.5 < lo < 51.67 < hi < 52.5


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "وأتى الحريق على نحو 880 هكتاراً من بلدة لاهاينا.",
            "The Lahaina fire scorched about 2,170 acres.",
            True,
        ),
        (
            "وأتى الحريق على نحو 2170 هكتاراً من بلدة لاهاينا.",
            "The Lahaina fire scorched about 2,170 acres.",
            False,
        ),
        (
            "وسجلت الحرارة في مكة ٥١٫٨ درجة مئوية يوم الاثنين.",
            "Temperatures in Mecca hit 125 degrees Fahrenheit on Monday.",
            True,
        ),
        (
            "وسجلت الحرارة في مكة ٤٥ درجة مئوية يوم الاثنين.",
            "Temperatures in Mecca hit 125 degrees Fahrenheit on Monday.",
            False,
        ),
        (
            "وزرعت مصر ١٠٠ ألف فدان بالقطن هذا العام.",
            "Egypt planted cotton on 42,000 hectares this year.",
            True,
        ),
    ],
)
def test_units_meet_across_languages(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a measure told in two units of one family is one figure, in the larger unit
        ("ar", "رفع رقمه القياسي إلى ستة أمتار و30 سنتيمتراً.", ["6.3 meter"]),
        ("ar", "واستغرقت الرحلة 11 ساعة و23 دقيقة.", ["11.3833 hour"]),
        ("ar", "وسجل زمناً قدره ساعتان وخمس وثلاثون ثانية.", ["2.00972 hour"]),
        ("en", "He cleared 20 feet, 8 inches in Tokyo.", ["20.6667 foot"]),
        ("en", "The orbit took 11 hours and 55 minutes.", ["11.9167 hour"]),
        ("en", "The baby weighed 3 kilograms and 400 grams.", ["3.4 kg"]),
        # two figures, not one: another family, or the smaller unit first
        ("en", "The talks lasted 3 hours and 2 days later they resumed.", ["3 hour", "2 day"]),
        ("en", "He ran 400 meters and 3 kilometers.", ["400 meter", "3 km"]),
    ],
)
def test_a_compound_measure_is_one_figure(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # decimals in words: tenths after a whole number, thousandths of a unit
        ("ar", "وبلغت قوة الزلزال ست درجات وثمانية أعشار الدرجة.", ["6.8"]),
        ("ar", "وسجلت الهزة سبع درجات وثلاثة أعشار على مقياس ريختر.", ["7.3"]),
        ("ar", "وفاز بفارق خمسة أجزاء من الألف من الثانية.", ["0.005 second"]),
        ("ar", "وخفض البنك الفائدة ثلاثة أعشار نقطة مئوية.", ["0.3 point"]),
        ("en", "Lyles won by five thousandths of a second.", ["0.005 second"]),
        ("en", "Inflation rose by three tenths of a point.", ["0.3 point"]),
        # a height to the centimetre in metres, "m" glued; millions with a currency or a noun
        ("en", "Duplantis cleared 6.25m at the Stade de France.", ["6.25 meter"]),
        ("en", "He threw 98.48m in the final.", ["98.48 meter"]),
        ("en", "The club paid $6.25m for him.", ["6,250,000 usd"]),
        ("en", "About 2.75m people were displaced.", ["~2,750,000 person"]),
        # an ordinal after a possessive counts its noun so far; a place in a race does not
        ("en", "Djokovic won the US Open for his 24th Grand Slam singles title.", ["24 title"]),
        ("en", "Real Madrid won their 15th European Cup title in London.", ["15 title"]),
        ("en", "He finished 24th in the race.", []),
        # a unit digit in the accusative, with its tanween alif, before the tens
        ("ar", "جمع الهلال ستاً وتسعين نقطة في الموسم.", ["96 point"]),
        ("ar", "أمضى سبعاً وعشرين سنة في السجن.", ["27 year"]),
        # a fraction marked with its damma, with the article too; unmarked, it is five
        ("ar", "وخفّض العقار خطر النوبات القلبية بمقدار الخُمس.", ["0.2"]),
        ("ar", "وخفّض العقار خطر النوبات القلبية بمقدار خُمس.", ["0.2"]),
    ],
)
def test_decimals_in_words_and_metres_to_the_centimetre(
    lang: str, text: str, want: list[str]
) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "وتخطى البطل السويدي العارضة على ارتفاع ستة أمتار و30 سنتيمتراً في طوكيو.",
            "Duplantis cleared 6.30 metres in Tokyo.",
            True,
        ),
        (
            "باتت مدة دوران القمر الصغير 11 ساعة و23 دقيقة بعد الاصطدام.",
            "The small moon now takes 11 hours and 55 minutes to complete an orbit.",
            False,
        ),
        (
            "واستمرت المحادثات ساعتين ونصف الساعة.",
            "The talks lasted 150 minutes.",
            True,
        ),
    ],
)
def test_compound_measures_meet_across_languages(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # a measure's written digits are all meant: two records, not one rounded
        ("وقفز البطل السويدي ٦٫٢٥ م في باريس.", "The Swede cleared 6.30 metres in Paris.", False),
        ("وقفز البطل السويدي ٦٫٣ م في باريس.", "The Swede cleared 6.30 metres in Paris.", True),
        ("وبلغت درجة الحرارة ٤٨٫٨ درجة مئوية في صقلية.", "Sicily recorded 48.8C.", True),
        ("وبلغت درجة الحرارة ٤٨٫٥ درجة مئوية في صقلية.", "Sicily recorded 48.8C.", False),
        # three decimals are decimals, not a thousands group
        (
            "قطع الدراج البريطاني ٥٥٫٥٤٨ كيلومتراً في ساعة واحدة في سويسرا.",
            "The British rider covered 55.548km in one hour in Switzerland.",
            True,
        ),
        # a count keeps its tolerance: 1.8 million is 1.83 million rounded
        (
            "وأدى أكثر من ١٫٨٣ مليون حاج الفريضة.",
            "About 1.8 million pilgrims performed the hajj.",
            True,
        ),
    ],
)
def test_a_measure_is_compared_at_its_precision(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a dual is a count of two, even where the singular is too short to list
        ("ar", "أدت الفيضانات إلى انهيار سدّين في شمال البلاد.", ["2 dam"]),
        ("ar", "وانهار سدان ترابيان بعد الأمطار الغزيرة.", ["2 dam"]),
        ("ar", "وأُغلق جسران رئيسيان أمام حركة السير.", ["2 bridge"]),
        ("ar", "وغرقت سفينتان قبالة السواحل الليبية.", ["2 ship"]),
        # the definite dual refers back to dams already counted
        ("ar", "وأدى انهيار السدين إلى جرف أحياء كاملة.", []),
    ],
)
def test_an_arabic_dual_counts_two(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("text", "value", "reach"),
    [
        # a round hedged figure reaches far; a precise one only a few units of its last digit
        ("about 2,000", 2000, 0.12),
        ("نحو ألفي شخص", 2000, 0.12),
        ("about 74 billion", 74e9, 0.027),
        ("نحو ٥٦٩ ألفاً", 569_000, 0.01),
        ("about 1.8 million", 1.8e6, 0.111),
    ],
)
def test_a_hedge_reaches_as_far_as_its_digits(text: str, value: float, reach: float) -> None:
    q = Quantity(text=text, start=0, end=len(text), value=value, approx=True)
    _, hi = interval(q, Settings())
    assert hi / value - 1 == pytest.approx(reach, abs=0.001)


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "قدّر البنك حجم الاقتصاد بنحو 74 مليار دولار.",
            "The bank put the economy at $64 billion.",
            False,
        ),
        (
            "قدّر البنك حجم الاقتصاد بنحو 74 مليار دولار.",
            "The bank put the economy at $74.6 billion.",
            True,
        ),
        ("وبلغ عدد اللاجئين نحو ٥٦٩ ألفاً.", "The number of refugees reached 597,000.", False),
        ("وبلغ عدد اللاجئين نحو ٦٠٠ ألف.", "The number of refugees reached 597,000.", True),
    ],
)
def test_a_precise_hedge_is_not_a_round_one(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # a fraction in words is a share: ربع is 25%, "a fifth" 20%
        (
            "وتمثل الصادرات ربع الناتج المحلي الإجمالي للبلاد.",
            "Exports account for 25% of the country's GDP.",
            True,
        ),
        (
            "وتمثل الصادرات ربع الناتج المحلي الإجمالي للبلاد.",
            "Exports account for 40% of the country's GDP.",
            False,
        ),
        (
            "خفض الدواء الوزن بنسبة 20% في المتوسط.",
            "The drug cut body weight by a fifth on average.",
            True,
        ),
        ("أيد ثلثا النواب مشروع القانون.", "Two-thirds of lawmakers backed the bill.", True),
    ],
)
def test_a_fraction_in_words_is_a_share(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # without a publication date, a weekday is dated by the last full date given
        (
            "en",
            "The summit opened on Wednesday, May 7, 2025. Leaders signed the accord on Thursday.",
            "2025-05-08",
        ),
        (
            "ar",
            "افتتحت القمة يوم الاثنين 20 أيار/مايو 2024. وكان الوفد قد وصل يوم الأحد.",
            "2024-05-19",
        ),
        ("ar", "بدأت المحادثات الخميس 9 آذار/مارس 2023. واستؤنفت يوم الجمعة.", "2023-03-10"),
    ],
)
def test_a_weekday_dated_by_the_article(lang: str, text: str, want: str) -> None:
    dates = [c.date for c in extract_claims(text, lang) if c.date]  # type: ignore[arg-type]
    assert dates[-1] is not None and dates[-1].describe() == want


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # منشأة is a built structure or a facility; قمر alone is a moon or a satellite
        ("كشف المسح عن مدينة مفقودة في المكسيك تضم ٦٬٦٧٤ منشأة بينها أهرامات.",
         "The survey revealed a lost city in Mexico with 6,674 structures, including pyramids.",
         True),
        ("قصفت الطائرات ثلاث منشآت نووية في البلاد.",
         "The jets struck three nuclear facilities in the country.", True),
        ("قصفت الطائرات ثلاث منشآت نووية في البلاد.",
         "The jets struck four nuclear facilities in the country.", False),
        ("أعلنت سبيس إكس أن ما يصل إلى أربعين قمراً من أصل تسعة وأربعين من أقمار «ستارلينك» "
         "ستحترق في الغلاف الجوي.",
         "SpaceX said up to 40 of the 49 Starlink satellites it had launched would burn up in "
         "the atmosphere.", True),
        ("أكد الفلكيون اكتشاف ١٢٨ قمراً جديداً لكوكب زحل.",
         "Astronomers confirmed 128 new moons orbiting Saturn.", True),
    ],
)  # fmt: skip
def test_counted_nouns_of_two_senses(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # a journal names what a finding is about in both languages; "kill" is a death
        ("حذّرت دراسة نشرتها مجلة «ذا لانسيت» من أن مقاومة مضادات الميكروبات قد تتسبب في وفاة "
         "أكثر من ٣٩ مليون شخص حول العالم بين عامي ٢٠٢٥ و٢٠٥٠.",
         "Drug-resistant infections could kill more than 39 million people worldwide between "
         "2025 and 2050, according to an analysis published in The Lancet.", True),
        ("أظهرت دراسة نشرتها مجلة نيتشر أن ٩٠ في المئة من الشعاب المرجانية تضررت.",
         "A study in the journal Nature found that 90 percent of the reefs were damaged.", True),
        ("أظهرت دراسة نشرتها مجلة نيتشر أن ٩٠ في المئة من الشعاب المرجانية تضررت.",
         "A study in the journal Nature found that 80 percent of the reefs were damaged.", False),
    ],
)  # fmt: skip
def test_journals_and_deaths(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # a species in one language, animals in the other
        (
            "أحصى المسح الجوي في محمية كروغر ١٣٥٠٠ حيوان من الفيلة خلال عام ٢٠٢٣.",
            "The 2023 aerial census counted 13,500 elephants in Kruger National Park.",
            True,
        ),
        (
            "قدّر تعداد عام ٢٠٢٢ عدد النمور البرية في الهند بنحو ٣١٦٧ حيواناً.",
            "India's 2022 census estimated that 3,167 tigers live in the wild.",
            True,
        ),
        (
            "قدّر الباحثون عدد النمور البرية في الهند بنحو ٣١٦٧ نمراً في تعداد عام ٢٠٢٢.",
            "India's 2022 census put the number of wild tigers at 3,167 animals.",
            True,
        ),
        (
            "ارتفع عدد الفهود في المحمية إلى ٤٨ حيواناً بالغاً بحسب هيئة الحياة البرية.",
            "The reserve's cheetah population rose to 48 mature individuals, the wildlife "
            "authority said.",
            True,
        ),
        # animals are not people, nor tonnes
        (
            "نفق ١٢٠ حيواناً من الدلافين في بحيرة تيفي البرازيلية خلال موجة الحر.",
            "The heatwave around Brazil's Lake Tefe killed 120 people, officials said.",
            False,
        ),
        (
            "نفق ١٢٠ حيواناً من الدلافين في بحيرة تيفي البرازيلية خلال موجة الحر.",
            "Fishermen in Brazil's Lake Tefe lost 120 tonnes of catch during the heatwave.",
            False,
        ),
    ],
)
def test_species_and_animals(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Poachers killed 12 rhinos in the park.", ["12 wild_animal"]),
        ("ar", "قتل الصيادون ١٢ فيلاً في المحمية.", ["12 wild_animal"]),
        ("en", "The lynx population grew to 648 mature individuals.", ["648 animal"]),
        ("ar", "رُصد ٤٠ حوتاً قرب الساحل.", ["40 whale"]),
    ],
)
def test_species_are_counted_as_animals(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # two exact counts, each told to its last digit, that differ: two counts
        (
            "حضر ٩١ ألفاً و٥٥٣ متفرجاً المباراة على ملعب كامب نو في رقم قياسي لمباراة نسائية.",
            "A crowd of 91,648 watched the match at the Camp Nou, a record for a women's game.",
            False,
        ),
        (
            "بلغ عدد سكان المدينة ٤٥٣٬٢١٧ نسمة في تعداد عام ٢٠٢٢.",
            "The 2022 census counted 453,904 residents in the city.",
            False,
        ),
        # the same count, or one told to its tens, still meets
        (
            "حضر ٩١ ألفاً و٥٥٣ متفرجاً المباراة على ملعب كامب نو في رقم قياسي لمباراة نسائية.",
            "A crowd of 91,553 watched the match at the Camp Nou, a record for a women's game.",
            True,
        ),
        (
            "ارتفعت حصيلة قتلى الزلزال في المغرب إلى ٢٩٤٦ شخصاً.",
            "The death toll from the earthquake in Morocco rose to 2,960.",
            True,
        ),
        # decimals told to two places against one
        (
            "بلغت إيرادات الشركة ٤٫٣٥ مليار دولار في الربع الثالث.",
            "The company's revenue reached $4.4 billion in the third quarter.",
            True,
        ),
    ],
)
def test_exact_counts_told_to_the_last_digit(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # teraelectronvolts meet electronvolts in trillions
        (
            "بدأ مصادم الهادرونات الكبير تشغيل دورته الثالثة بتصادمات بطاقة قياسية بلغت ١٣٫٦ "
            "تيرا إلكترون فولت.",
            "The Large Hadron Collider began its third run with collisions at a record 13.6 "
            "trillion electronvolts.",
            True,
        ),
        (
            "بدأ مصادم الهادرونات الكبير تشغيل دورته الثالثة بتصادمات بطاقة قياسية بلغت ١٣٫٦ "
            "تيرا إلكترون فولت.",
            "The LHC's second run, which began in 2015, smashed protons at 13 TeV.",
            False,
        ),
    ],
)
def test_particle_energies(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Collisions at 13.6 TeV began on Tuesday.", ["13.6 teraelectronvolt"]),
        ("ar", "بلغت طاقة التصادم ١٣٫٦ تيرا إلكترون فولت.", ["13.6 teraelectronvolt"]),
        (
            "en",
            "The photons carried 1.4 quadrillion electronvolts.",
            ["1,400,000,000,000,000 electronvolt"],
        ),
    ],
)
def test_electronvolts(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Winds reached 150 mph (240 kph) as the storm came ashore.", ["150 mile", "240 km"]),
        ("en", "Gusts of 183 km/h were recorded.", ["183 km"]),
    ],
)
def test_speeds_in_mph_and_kph(lang: str, text: str, want: list[str]) -> None:
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "storm"),
    [
        ("en", "Hurricane Beryl reached peak winds of 165 mph.", "storm:brl"),
        ("en", "Typhoon Yagi killed 300 people in Vietnam.", "storm:yk"),
        ("en", "Storm Daniel killed 4,000 people in Libya.", "storm:dnl"),
        ("ar", "ضرب الإعصار «أوتيس» أكابولكو برياح بلغت ١٦٥ ميلاً في الساعة.", "storm:ats"),
        ("ar", "قتل الإعصار ياغي ٣٠٠ شخص في فيتنام.", "storm:yk"),
        (
            "ar",
            "وصلت العاصفة الاستوائية هيلاري إلى اليابسة برياح بلغت ١١٠ كيلومترات في الساعة.",
            "storm:hlr",
        ),
    ],
)
def test_named_storms(lang: str, text: str, storm: str) -> None:
    ids = {e for c in extract_claims(text, lang) for e in c.entities}
    assert storm in ids, ids


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukraine fired Storm Shadow missiles at 3 targets."),
        ("ar", "ضربت عاصفة ثلجية شديدة ٣ ولايات."),
        ("ar", "أثارت التصريحات عاصفة من الانتقادات في ٣ دول."),
    ],
)
def test_no_storm_named(lang: str, text: str) -> None:
    ids = {e for c in extract_claims(text, lang) for e in c.entities}
    assert not any(e.startswith("storm:") for e in ids), ids


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # the same storm in miles and kilometres an hour
        (
            "ضرب الإعصار إيان ساحل فلوريدا من الفئة الرابعة برياح بلغت سرعتها ٢٤٠ كيلومتراً في "
            "الساعة.",
            "Hurricane Ian came ashore in Florida as a Category 4 storm with winds of 150 mph.",
            True,
        ),
        # two storms with the same winds
        (
            "ضرب الإعصار «أوتيس» منتجع أكابولكو المكسيكي برياح بلغت سرعتها ١٦٥ ميلاً في الساعة.",
            "Hurricane Beryl reached peak sustained winds of 165 mph in the Caribbean.",
            False,
        ),
    ],
)
def test_storms_and_their_winds(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "سدد آرون جادج ٦٢ ضربة هوم رن مع نيويورك يانكيز في موسم ٢٠٢٢، محطماً رقماً قياسياً.",
            "Aaron Judge hit 62 home runs for the New York Yankees in 2022, a record.",
            True,
        ),
        (
            "سدد آرون جادج ٦٢ ضربة هوم رن مع نيويورك يانكيز في موسم ٢٠٢٢، محطماً رقماً قياسياً.",
            "The New York Yankees sold 62 homes near the stadium in 2022.",
            False,
        ),
    ],
)
def test_home_runs_are_no_homes(ar: str, en: str, match: bool) -> None:
    assert decide("quantity", ar, en)[0] is match
