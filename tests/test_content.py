"""Statement concepts: the ideas a statement carries, shared across Arabic and English."""

from __future__ import annotations

import tomllib
from collections import defaultdict

import pytest
from pairs import decide

from claimcheck.lexicons.statements import _PATH
from claimcheck.match.content import concepts


@pytest.mark.parametrize(
    ("ar", "en", "shared"),
    [
        ("ستعترف فرنسا بدولة فلسطين", "France will recognise a Palestinian state", "recognition"),
        ("وقف إطلاق النار في غزة", "a ceasefire in Gaza", "ceasefire_halt"),
        ("سترفع واشنطن العقوبات", "Washington will lift sanctions", "sanctions"),
        ("عجز الموازنة سيبقى دون ٣٪", "the budget deficit will stay below 3%", "deficit"),
        (
            "ستطعّم الحكومة الأطفال ضد شلل الأطفال",
            "the government will vaccinate children against polio",
            "polio",
        ),
        ("تدريب عناصر الشرطة الفلسطينية", "training Palestinian police officers", "police"),
        ("استضافة مؤتمر لإعادة الإعمار", "host a reconstruction conference", "reconstruction"),
        ("الحفاظ على العلاقات وتوطيدها", "preserve and solidify the ties", "strengthen_reinforce"),
        # a noun in ة with a pronoun ending: طاقتي is طاقة
        ("«طاقتي بدأت تنفد»", "he was running out of energy", "energy"),
        ("سيارتي تعطلت على الطريق", "my car broke down on the road", "vehicles_cars"),
        # the judges of a fight are its الحكام; the bus of the idiom is a bus in both
        ("هدية من الحكام", "a gift from the judges", "court_judiciary"),
        ("شعر بأن النادي ألقى به تحت الحافلة", "he felt thrown under the bus", "vehicles_cars"),
        ("هدية عيد الميلاد", "a Christmas present", "dedication_gift"),
        ("لم يقدم له عرضاً للتجديد", "had not offered him a new deal", "renewal"),
        # a short noun with a pronoun ending (نارها: her fire); idioms of alarm and of fuel
        ("ظنوا أنهم يطفئون نارها", "they thought they were putting out her fire", "fire_gunfire"),
        ("يدق ناقوس الخطر", "sounding the red alert", "warning"),
        # ancestors and archaeologists are the past's heritage in both languages
        (
            "غيّر طريقة تفكيري في أسلافنا الأوائل",
            "changed how I think about our ancestors",
            "heritage",
        ),
        ("قالت عالمة الآثار إن الموقع مهم", "the archaeologist said the site mattered", "heritage"),
        # the Moon's programme and the space station; pulling out is a withdrawal
        ("البرنامج القمري الروسي", "Russia's lunar programme", "space_satellites"),
        ("ستنسحب روسيا من المحطة", "Russia will pull out of the space station", "withdrawal"),
        # a transplant, dying and dreaming, in the forms quotes use
        (
            "أول مريض تجرى له زراعة قلب خنزير",
            "the first patient to get a pig heart transplant",
            "transplant",
        ),
        ("«إما أن أموت أو أجري هذه العملية»", "“It was either die or do this”", "death_killing"),
        ("«إنه شيء حلمت به منذ طفولتي»", "something he had dreamed of as a kid", "dream"),
        # a reactor and its fuels are nuclear in both languages
        (
            "تشغيل المفاعل بوقود الديوتيريوم",
            "deuterium-tritium operation of the reactor",
            "nuclear",
        ),
        ("كانوا يصبون الزيت على النار", "they were adding fuel to the fire", "oil_fuel"),
        ("تحقق الهند إنجازاً آخر", "India creates yet another landmark", "achievement"),
        (
            "كانت تلقي محاضرة على طلابها",
            "she was in the middle of teaching a class",
            "schools_education",
        ),
        # a time for change, a new chapter: what a departing coach or minister says
        ("الوقت حان للتغيير", "it's time for change", "time_has_come"),
        ("الوقت حان للتغيير", "it's time for change", "change"),
        ("بدء فصل جديد في مسيرتي", "to start a new chapter in my career", "change"),
        ("نفتح صفحة جديدة مع جيراننا", "we turn a new page with our neighbours", "change"),
        ("المناخ يتغير بسرعة", "the climate is changing fast", "change"),
        # العداء is a runner as often as hostility
        (
            "أشاد الرئيس بما حققه العداء في الماراثون",
            "he praised the runner's record",
            "race_racing",
        ),
        # الجرم السماوي is a celestial body, not a crime
        ("رصد التلسكوب الجرم السماوي", "the telescope spotted the object", "astronomy"),
        ("أن يصمت جمهور كبير", "hearing a big crowd go silent", "complicity_silence"),
        ("القيادة المنتظرة منه", "the leadership expected of him", "forecast_expectation"),
        ("أعلنت أنها حامل", "she announced her pregnancy", "maternal_pregnancy"),
        ("تتطلع إلى العودة للمنافسة", "she planned to be back on court", "return_returnees"),
        # an offer received or made; عرض alone is also a show
        ("قال إنه لم يتلق أي عرض من النادي", "he said he had received no offer", "offer"),
        ("تلقى عرضاً من نادٍ سعودي", "he had an offer from a Saudi club", "offer"),
        ("رفض عرض تجديد عقده", "he turned down the club's offer of a new deal", "renewal"),
        # lies are a denial's word
        ("وصف التقارير بأنها «أكاذيب»", "dismissed the reports as lies", "denial"),
        # a player's move; coaching a team
        ("أكد النادي انتقال الجناح إلى الأهلي", "the winger has joined Al Ahli", "transfer"),
        ("التعاقد مع المدرب لتدريب المنتخب", "named as head coach of the national team", "coach"),
        # to host: يحتضن, "to stage" (not a stage of something)
        ("سيحتضن الملعب النهائي", "the stadium was chosen to stage the final", "hosting"),
        # منع is to stop as much as to ban
        (
            "خلل منعنا من بلوغ المدار",
            "an anomaly stopped the rocket from reaching orbit",
            "ceasefire_halt",
        ),
    ],
)
def test_a_translation_shares_its_idea(ar: str, en: str, shared: str) -> None:
    assert shared in concepts(ar, "ar") & concepts(en, "en")


@pytest.mark.parametrize(
    "text",
    [
        "قال إنه سيزور البلاد الأسبوع المقبل.",
        "He said he would visit the country next week.",
        # آباد ends city names; it is no genocide (إبادة)
        "قال إنه سيزور أحمد آباد الأسبوع المقبل.",
        # عرض is a show as often as an offer: alone it is neither
        "قال إن العرض سيبدأ الأسبوع المقبل.",
        # where something lies is no lie
        "He said the answer lies in the way ahead.",
    ],
)
def test_generic_words_carry_no_idea(text: str) -> None:
    """Say, country, week: every statement has them; they tell nothing apart."""
    lang = "ar" if text[0] > "z" else "en"
    assert not concepts(text, lang) - {"visit"}


def test_the_lexicon_is_well_formed() -> None:
    raw = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    phrases = raw.pop("_phrases")
    for lang in ("ar", "en"):
        for phrase, ideas in phrases[lang].items():
            assert " " in phrase and set(ideas) <= set(raw), (lang, phrase)
    for key, entry in raw.items():
        assert entry.get("en") and entry.get("ar"), key  # both languages, always
        for word in entry["en"]:
            assert word == word.lower() and len(word) >= 3, (key, word)
            owners[("en", word)].add(key)
        for word in entry["ar"]:
            owners[("ar", word)].add(key)
    # a word under two ideas carries both: only for true homographs
    assert {w for w, ks in owners.items() if len(ks) > 1} == {
        ("ar", "انفاق"),
        ("en", "released"),
        ("ar", "عداء"),
        ("ar", "زراع"),  # farming and a transplant (زراعة قلب)
        ("ar", "انتقال"),  # a transition and a player's move
        ("en", "joined"),  # a membership and a transfer (joined Al Ahli)
        ("en", "joins"),
        ("ar", "تدريب"),  # training and coaching (لتدريب العنابي)
    }


@pytest.mark.parametrize(
    ("lang", "text", "ideas"),
    [
        ("ar", "إنها النسخة الأفضل على الإطلاق", {"best_greatest"}),  # "ever", no launch
        ("ar", "تأجل إطلاق الصاروخ", {"launch", "missile", "postponement_delay"}),
        ("ar", "كشف تحليل الحمض النووي للعينات", {"genetics"}),
        ("ar", "أطلقت الصين ثلاثة أقمار صناعية", {"launch", "space_satellites"}),
        ("en", "the best World Cup of all time", {"best_greatest", "tournament_title"}),
        ("en", "a clinical trial of the drug", {"clinical_trials", "medicine_treatment"}),
        ("en", "the army took over the city", {"control", "troops_military"}),
        ("ar", "تحرر الأسرى من السجن", {"prisoners_detainees", "release"}),
    ],
)
def test_a_phrase_carries_its_own_idea(lang: str, text: str, ideas: set[str]) -> None:
    """A phrase is read before its words: على الإطلاق is "ever", not a launch."""
    assert concepts(text, lang) == ideas


@pytest.mark.parametrize(
    ("lang", "text", "ideas"),
    [
        ("ar", "على الحلفاء إنفاق المزيد", {"spending", "tunnels"}),  # إنفاق / أنفاق
        ("en", "allies must spend more", {"spending"}),
        ("en", "Hamas tunnels under Gaza", {"tunnels"}),
    ],
)
def test_a_homograph_carries_both_ideas(lang: str, text: str, ideas: set[str]) -> None:
    """إنفاق (spending) and أنفاق (tunnels) fold alike: the word carries both ideas."""
    assert ideas <= concepts(text, lang)


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # the same speaker on something else, in the same country: no idea in common
        (
            "قال وزير المالية المصري أحمد كجوك إن الحكومة ستخفض الدين العام خلال ثلاث سنوات.",
            "Egyptian Finance Minister Ahmed Kouchouk said the government would expand cash "
            "support for poor families.",
            False,
        ),
        (
            "قال المستشار الألماني فريدريش ميرتس إن ألمانيا ستزيد إنفاقها الدفاعي.",
            "German Chancellor Friedrich Merz said Germany would tighten its asylum rules.",
            False,
        ),
        (
            "قال الرئيس الكيني ويليام روتو إن حكومته ستسحب مشروع قانون المالية.",
            "Kenyan President William Ruto said his government would deploy police officers to "
            "Haiti.",
            False,
        ),
        (
            "قالت رئيسة الوزراء الإيطالية إن إيطاليا ستستضيف مؤتمراً لإعادة إعمار أوكرانيا.",
            "Italian Prime Minister Giorgia Meloni said Italy would deport migrants to centres "
            "in Albania.",
            False,
        ),
        # one idea against two, none shared: another statement too
        (
            "قال محافظ بنك إنجلترا أندرو بيلي إن البنك «سيخفض الفائدة تدريجياً».",
            "Bank of England Governor Andrew Bailey said unemployment was rising faster than "
            "expected.",
            False,
        ),
        (
            "قال محافظ بنك إنجلترا أندرو بيلي إن البنك «سيخفض الفائدة تدريجياً».",
            'Bank of England Governor Andrew Bailey said the bank would cut rates "gradually".',
            True,
        ),
        # the same statements in translation
        (
            "قال وزير المالية المصري أحمد كجوك إن الحكومة ستخفض الدين العام خلال ثلاث سنوات.",
            "Egyptian Finance Minister Ahmed Kouchouk said the government would cut public debt "
            "within three years.",
            True,
        ),
        (
            "قال المستشار الألماني فريدريش ميرتس إن ألمانيا ستزيد إنفاقها الدفاعي.",
            "German Chancellor Friedrich Merz said Germany would raise its defence spending.",
            True,
        ),
        (
            "قال الرئيس الكيني ويليام روتو إن حكومته ستسحب مشروع قانون المالية.",
            "Kenyan President William Ruto said his government would withdraw the finance bill.",
            True,
        ),
        (
            "قالت رئيسة الوزراء الإيطالية إن إيطاليا ستستضيف مؤتمراً لإعادة إعمار أوكرانيا.",
            "Italian Prime Minister Giorgia Meloni said Italy would host a conference on "
            "rebuilding Ukraine.",
            True,
        ),
        # a title in apposition after the name; hackers and a ransom in both languages
        (
            "أكد أندرو ويتي الرئيس التنفيذي لشركة يونايتد هيلث أمام لجنة في مجلس الشيوخ أن "
            "الشركة دفعت فدية قدرها ٢٢ مليون دولار للمخترقين.",
            "UnitedHealth CEO Andrew Witty told senators the company paid a $22 million ransom "
            "to the hackers.",
            True,
        ),
        (
            "قال أندرو ويتي أمام المشرعين الأمريكيين إن بيانات نحو ثلث الأمريكيين ربما تأثرت "
            "باختراق الشركة.",
            "Andrew Witty told lawmakers that UnitedHealth paid hackers a $22 million ransom.",
            False,
        ),
    ],
)
def test_same_speaker_other_statement(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # the same day, an event the registry has no word for: what happened decides
        (
            "وصلت أولى رحلات الحجاج إلى مطار المدينة المنورة يوم ٢٩ أبريل.",
            "Saudi Arabia stopped issuing umrah visas on April 29.",
            False,
        ),
        (
            "افتتحت السعودية محطة قطار جديدة في المدينة المنورة يوم ٢٩ أبريل ٢٠٢٥.",
            "Saudi Arabia opened a new railway station in Medina on April 29, 2025.",
            True,
        ),
    ],
)
def test_unnamed_event_on_one_day(ar: str, en: str, match: bool) -> None:
    got, why = decide("date", ar, en)
    assert got is match, why


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # an ending told with a negation in one language and without in the other
        (
            "قال ماكرون إن الأزمة الصحية لم تعد تشكل حالة طوارئ في فرنسا.",
            "Macron declared the health crisis over as an emergency in France.",
            True,
        ),
        (
            "قال ماكرون إن الأزمة الصحية لم تعد تشكل حالة طوارئ في فرنسا.",
            "Macron said the health crisis was no longer an emergency in France.",
            True,
        ),
        # "does not mean it is over" is not the declaration that it is
        (
            "قال ماكرون: «هذا لا يعني أن الأزمة الصحية انتهت في فرنسا».",
            "Macron declared the health crisis over as an emergency in France.",
            False,
        ),
        # no longer an emergency, against declaring one
        (
            "قال ماكرون إن الأزمة الصحية لم تعد تشكل حالة طوارئ في فرنسا.",
            "Macron declared the health crisis an emergency in France.",
            False,
        ),
    ],
)
def test_an_ending_with_or_without_a_negation(ar: str, en: str, match: bool) -> None:
    assert decide("attribution", ar, en)[0] is match


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # with no إن, what is said follows the preposition after the subject
        (
            "حذر ماكرون من تصعيد خطير في المنطقة.",
            "Macron warned of a dangerous escalation in the region.",
            True,
        ),
        (
            "حذر ماكرون من تصعيد خطير في المنطقة.",
            "Macron said the ceasefire in the region would hold.",
            False,
        ),
        (
            "دعا غوتيريش إلى وقف فوري لإطلاق النار.",
            "Guterres called for an immediate ceasefire.",
            True,
        ),
        ("دعا غوتيريش إلى وقف فوري لإطلاق النار.", "Guterres said the famine was man-made.", False),
    ],
)
def test_a_statement_after_a_preposition_is_read(ar: str, en: str, match: bool) -> None:
    assert decide("attribution", ar, en)[0] is match


def test_a_ta_marbuta_word_is_no_reporting_verb() -> None:
    """تابعة (belonging to) is not تابع (he continued) with a pronoun."""
    from claimcheck.extract import extract_claims

    text = "أطلقت سفن تابعة لخفر السواحل الصيني مدافع المياه على سفينتين."
    assert not [c for c in extract_claims(text, "ar") if c.attribution]


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # one speaker's two figures of people are two statements (800 million users, 100)
        (
            "قال سام ألتمان في مؤتمر المطورين إن تشات جي بي تي بات يستخدمه ٨٠٠ مليون شخص أسبوعيا.",
            "At OpenAI's first developer conference, Sam Altman said ChatGPT had reached about "
            "100 million weekly users.",
            False,
        ),
        (
            "قال سام ألتمان في مؤتمر المطورين إن تشات جي بي تي بات يستخدمه ٨٠٠ مليون شخص أسبوعيا.",
            "Sam Altman told developers that ChatGPT now had 800 million weekly users.",
            True,
        ),
    ],
)
def test_a_statements_counts_of_people(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # "not India's alone" widens the statement; it does not say no
        (
            "قال رئيس الوزراء الهندي ناريندرا مودي إن نجاح تشاندرايان-3 «ملك للبشرية جمعاء» "
            "وليس للهند وحدها.",
            "Indian Prime Minister Narendra Modi said the success of the Chandrayaan-3 landing "
            "“belongs to all of humanity”.",
            True,
        ),
        (
            "قال رئيس الوزراء الهندي ناريندرا مودي إن نجاح تشاندرايان-3 ليس ملكاً للبشرية.",
            "Indian Prime Minister Narendra Modi said the success of the Chandrayaan-3 landing "
            "“belongs to all of humanity”.",
            False,
        ),
    ],
)
def test_not_alone_is_no_negation(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why


def test_transporting_them_is_no_report() -> None:
    """نقلهم (moved them) is not نقل عن (relayed): it opens no crediting frame."""
    from claimcheck.extract.attributions import find_cues
    from claimcheck.extract.tokens import tokenize
    from claimcheck.lexicons import load

    lex = load("ar")
    toks = tokenize("قال إنه يمكن لإسرائيل نقلهم إلى صحراء النقب.", lex)
    assert [toks[c.index].text for c in find_cues(toks, lex)] == ["قال"]


@pytest.mark.parametrize(
    ("lang", "text", "frame"),
    [
        # an apposition between commas is who speaks, not what is said
        (
            "ar",
            "حذّر جيفري هينتون، أحد الفائزين بنوبل الفيزياء، من أن الذكاء الاصطناعي قد يخرج "
            "عن السيطرة.",
            "حذّر جيفري هينتون، أحد الفائزين بنوبل الفيزياء",
        ),
        (
            "ar",
            "قال مودي، الذي تابع الهبوط من جوهانسبرغ، إن النجاح ملك للبشرية.",
            "قال مودي، الذي تابع الهبوط من جوهانسبرغ",
        ),
        (
            "en",
            "Geoffrey Hinton, who shared the 2024 physics Nobel with John Hopfield, told "
            "reporters that he was stunned.",
            "Geoffrey Hinton, who shared the 2024 physics Nobel with John Hopfield, told "
            "reporters that",
        ),
        # a second verb after "but" or "and" frames from the conjunction, not from the first
        (
            "en",
            "He said COVID-19 no longer constituted a global health emergency but cautioned "
            "that the virus remained a threat.",
            "but cautioned that",
        ),
        (
            "en",
            "Tyson Fury claimed he had won the rematch and said the Ukrainian had received a "
            "gift from the judges.",
            "and said",
        ),
        # where it was said, between commas, is the frame's too
        ("ar", "قال الوزير، في مؤتمر صحفي، إن الاتفاق قريب.", "قال الوزير، في مؤتمر صحفي"),
    ],
)
def test_an_apposition_is_part_of_the_frame(lang: str, text: str, frame: str) -> None:
    from claimcheck.match.facts import analysed

    assert frame in [text[a:b] for a, b in analysed(text, lang)[2]]


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # "another woman" in a statement is no increment to tell it apart by
        (
            "قالت الملاكمة الجزائرية إيمان خليف بعد تتويجها بذهبية وزن ٦٦ كيلوغراماً: «أنا "
            "امرأة مثل أي امرأة أخرى، وُلدت امرأة ونافست بوصفي امرأة».",
            "After winning Olympic gold, Imane Khelif told reporters she was a woman like any "
            "other, born a woman, who competed as a woman.",
            True,
        ),
        # the conference in a president's title says who speaks, not what about
        (
            "قال رئيس مؤتمر كوب٢٨ سلطان الجابر في دبي إن الاتفاق النهائي يتضمن «للمرة الأولى "
            "على الإطلاق» لغة تتعلق بالوقود الأحفوري.",
            "COP28 president Sultan Al Jaber said that, for the first time ever, a final "
            "agreement contained language on fossil fuels.",
            True,
        ),
    ],
)
def test_markers_and_titles_are_no_subject(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why


def test_died_and_permits_in_arabic() -> None:
    """توفوا is "died", تصاريح "permits" (تصريح alone is also a statement)."""
    ar = (
        "نقلت قناة «الإخبارية» عن وزير الصحة السعودي فهد الجلاجل قوله إن ١٣٠١ شخص توفوا خلال "
        "موسم الحج، ٨٣٪ منهم لم يكونوا يحملون تصاريح."
    )
    en = (
        "Saudi Health Minister Fahd al-Jalajel said 1,301 people died during the hajj and that "
        "83% of them were not authorised pilgrims."
    )
    assert decide("attribution", ar, en)[0]


@pytest.mark.parametrize(
    ("context", "ar", "en", "match"),
    [
        # the quote's clause ends at "and": "could not keep doing it" is another predicate
        (
            "Jurgen Klopp announced he would leave Liverpool at the end of the season.",
            "قال الألماني يورغن كلوب إنه سيرحل عن ليفربول لأن «طاقتي بدأت تنفد».",
            "He added that he was “running out of energy” and could not do the job again.",
            True,
        ),
    ],
)
def test_a_negation_after_and_is_another_clause(
    context: str, ar: str, en: str, match: bool
) -> None:
    assert decide("attribution", ar, en, en_context=context)[0] is match
