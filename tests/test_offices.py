"""Offices: a title with its country or organisation names a speaker across languages,
when one outlet gives the name and the other only the title; a denial is never the
same statement as an assertion."""

from __future__ import annotations

import pytest
from pairs import decide

from claimcheck.extract import extract_claims
from claimcheck.extract.entities import find_mentions, find_offices, load_registry
from claimcheck.extract.tokens import tokenize
from claimcheck.lexicons import load


@pytest.mark.parametrize(
    ("lang", "text", "office"),
    [
        ("ar", "قال الأمين العام لحلف شمال الأطلسي إن", "office:secretary_general@nato"),
        ("en", "NATO Secretary General Mark Rutte said", "office:secretary_general@nato"),
        ("en", "Kenyan President William Ruto said", "office:head_of_state@country:ke"),
        ("ar", "قال الرئيس الكيني وليام روتو", "office:head_of_state@country:ke"),
        ("en", "the President of Kenya said", "office:head_of_state@country:ke"),
        ("en", "Egypt's finance minister said", "office:finance_minister@egypt"),
        ("ar", "قال وزير المالية المصري أحمد كجوك", "office:finance_minister@egypt"),
        ("ar", "أعلن رئيس الوزراء الباكستاني شهباز شريف", "office:head_of_government@country:pk"),
        (
            "en",
            "Pakistani Prime Minister Shehbaz Sharif announced",
            "office:head_of_government@country:pk",
        ),
        ("ar", "قال المتحدث باسم الاتحاد الأوروبي إن", "office:spokesperson@european_union"),
        ("en", "a European Union spokesperson said", "office:spokesperson@european_union"),
        ("en", "Saudi Arabia's hajj minister stressed", "office:hajj_minister@saudi_arabia"),
        ("ar", "شدد وزير الحج والعمرة السعودي على", "office:hajj_minister@saudi_arabia"),
        ("en", "Hezbollah's leader said", "office:leader@hezbollah"),
        ("en", "China's commerce ministry said", "office:commerce_ministry@china"),
        ("ar", "قالت وزارة التجارة الصينية إن", "office:commerce_ministry@china"),
        # the first title is the speaker's; the ministry is its holder's
        (
            "en",
            "A spokesman for Pakistan's interior ministry said",
            "office:spokesperson@country:pk",
        ),
        ("en", "Qatar's foreign ministry spokesman said", "office:spokesperson@qatar"),
        ("en", "Iran's foreign ministry spokesman said", "office:spokesperson@country:ir"),
        # an adjective between the holder and the title leaves the office as it is
        ("en", "Lebanon's new president vowed", "office:head_of_state@country:lb"),
        ("en", "Britain's incoming prime minister said", "office:head_of_government@country:gb"),
        ("ar", "توعّد المرشد الأعلى الإيراني إسرائيل", "office:supreme_leader@country:ir"),
        ("en", "Iran's supreme leader said", "office:supreme_leader@country:ir"),
        # an organisation's head, whatever the post is called
        ("en", "The OPEC chief said", "office:org_head@opec"),
        ("en", "the head of the IMF said", "office:org_head@imf"),
        ("en", "IMF Managing Director Kristalina Georgieva said", "office:org_head@imf"),
        ("ar", "قالت المديرة العامة لصندوق النقد الدولي إن", "office:org_head@imf"),
        ("ar", "قال رئيس الاتحاد الدولي لكرة القدم إن", "office:org_head@fifa"),
        ("en", "FIFA President Gianni Infantino said", "office:org_head@fifa"),
        ("en", "World Bank President Ajay Banga said", "office:org_head@world_bank"),
        ("ar", "قال رئيس البنك الدولي أجاي بانغا إن", "office:org_head@world_bank"),
        # a country's ministries beyond the four big ones
        ("ar", "قالت وزارة السياحة والآثار المصرية إن", "office:tourism_ministry@egypt"),
        ("en", "Egypt's tourism and antiquities ministry said", "office:tourism_ministry@egypt"),
        ("ar", "أعلنت وزارة التربية والتعليم الأردنية أن", "office:education_ministry@jordan"),
        ("en", "Saudi Arabia's energy ministry said", "office:energy_ministry@saudi_arabia"),
    ],
)
def test_office_with_its_holder(lang: str, text: str, office: str) -> None:
    toks = tokenize(text, load(lang))
    got = [o.id for o in find_offices(toks, find_mentions(toks), load_registry())]
    assert got == [office]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenyan Vice President Kithure Kindiki said"),
        ("ar", "قالت نائبة الرئيس الفلبيني سارة دوتيرتي"),
        ("en", "Former Philippine President Rodrigo Duterte said"),
        ("ar", "قال الرئيس الفلبيني السابق رودريغو دوتيرتي"),
        ("en", "The president said"),  # no country: nobody in particular
        # a chief of a country is no post; a chief economist is not the head
        ("en", "Kenya's chief said"),
        ("en", "IMF chief economist Pierre-Olivier Gourinchas said"),
        ("en", "the World Bank's head coach said"),
        # the head of a body the registry lacks, not of the country after it
        ("ar", "قال رئيس شركة النفط الوطنية الليبية إن"),
    ],
)
def test_not_that_office(lang: str, text: str) -> None:
    """A vice president, a former president, or a title with no holder is not the office."""
    toks = tokenize(text, load(lang))
    assert find_offices(toks, find_mentions(toks), load_registry()) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "قال رئيس الوزراء الهندي للرئيس الروسي إن «عصر اليوم ليس عصر حرب».",
            "office:head_of_government@country:in",
        ),
        ("قال الرئيس الكيني لبوتين إن بلاده «محايدة».", "office:head_of_state@country:ke"),
    ],
)
def test_the_one_spoken_to_does_not_take_the_title(text: str, speaker: str) -> None:
    """A title's holder is not the person addressed right after it (للرئيس الروسي)."""
    (a,) = [c.attribution for c in extract_claims(text, "ar") if c.attribution]
    assert a.speaker == speaker


def test_the_title_speaks_not_the_body_after_it() -> None:
    """ "A spokeswoman for the UN refugee agency UNHCR told": the spokeswoman speaks."""
    text = 'A spokeswoman for the UN refugee agency UNHCR told reporters the camps were "full".'
    speakers = [c.attribution.speaker for c in extract_claims(text, "en") if c.attribution]
    assert speakers == ["office:spokesperson@unhcr"]


def test_the_office_follows_the_speaker_into_later_sentences() -> None:
    text = (
        "قال الرئيس الكيني وليام روتو إن بلاده «لن تتراجع».\nوأضاف روتو أن الحكومة «ستواصل الحوار»."
    )
    roles = [c.attribution.speaker_role for c in extract_claims(text, "ar") if c.attribution]
    assert roles == ["office:head_of_state@country:ke"] * 2


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # "reiterated" reports speech; the supreme leader is Khamenei
        (
            "جدد وزير الخارجية المغربي ناصر بوريطة التأكيد على أن الخطة «هي الحل الوحيد».",
            'Morocco\'s top diplomat reiterated that the plan was "the only solution".',
            True,
        ),
        (
            "قال المرشد الأعلى الإيراني إن على إسرائيل أن تتوقع «ردّاً قاسياً».",
            'Israel should expect "a harsh response", Ayatollah Ali Khamenei said.',
            True,
        ),
        # an organisation's head: by title in one language, by name in the other
        (
            "قال الأمين العام لمنظمة أوبك هيثم الغيص إن الطلب على النفط «سيواصل النمو».",
            'Oil demand will "keep growing", OPEC\'s secretary general said.',
            True,
        ),
        (
            "قالت المديرة العامة لصندوق النقد الدولي إن الاقتصاد العالمي «يصمد» أمام الصدمات.",
            'The global economy is "holding up" against the shocks, IMF Managing Director '
            "Kristalina Georgieva said.",
            True,
        ),
        (
            "وصف رئيس الاتحاد الدولي لكرة القدم البطولة بأنها «الأنجح في التاريخ».",
            'FIFA President Gianni Infantino called the tournament "the most successful ever".',
            True,
        ),
        (
            "قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن الدوحة «تدين» الهجوم.",
            'Qatar\'s foreign ministry spokesman said Doha "condemns" the attack.',
            True,
        ),
        (
            "قال رئيس البنك الدولي إن النمو في المنطقة «سيتباطأ» هذا العام.",
            'Growth in the region "will slow" this year, the head of the IMF said.',
            False,
        ),
        # the title in one language, the name in the other
        (
            "قال الرئيس الكيني إن بلاده «لن تتراجع» عن الإصلاحات.",
            'Kenya will "not back down" on the reforms, Kenyan President William Ruto said.',
            True,
        ),
        (
            "قال الأمين العام لحلف شمال الأطلسي إن على الحلفاء «إنفاق المزيد» على الدفاع.",
            'NATO Secretary General Mark Rutte said allies must "spend more" on defence.',
            True,
        ),
        (
            "قال الرئيس الكيني إن بلاده «لن تتراجع» عن الإصلاحات.",
            'Kenya will "not back down" on the reforms, Ugandan President Yoweri Museveni said.',
            False,
        ),
        # figures and years inside the statement
        (
            "قال وزير المالية المصري إن الحكومة «ستخفض العجز إلى ٦ في المئة» بحلول ٢٠٣٠.",
            'Egypt\'s finance minister said the government would "cut the deficit to 4 percent" by 2030.',
            False,
        ),
        (
            "قال وزير المالية المصري إن الحكومة «ستخفض العجز إلى ٦ في المئة» بحلول ٢٠٣٠.",
            'Egypt\'s finance minister said the government would "cut the deficit to 6 percent" by 2035.',
            False,
        ),
        (
            "قال وزير المالية المصري إن الحكومة «ستخفض العجز إلى ٦ في المئة» بحلول ٢٠٣٠.",
            'Egypt\'s finance minister said the government would "cut the deficit to 6 percent" by 2030.',
            True,
        ),
        # one says no, the other yes
        (
            "أكد الرئيس اللبناني أن لبنان «لن يدخل في مفاوضات مباشرة» مع إسرائيل.",
            'Lebanese President Joseph Aoun said Beirut was "ready to negotiate directly" with Israel.',
            False,
        ),
        (
            "قال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن بلاده «لن تقبل أي وصاية» على الأمازون.",
            "Brazil will not accept “any kind of tutelage” over the Amazon, Brazilian President Lula said.",
            True,
        ),
        # a cut is not a raise; high is not low; to keep going is not to stop
        (
            "قال رئيس مجلس الاحتياطي الفدرالي جيروم باول إن البنك «ليس في عجلة» لخفض أسعار الفائدة.",
            'Federal Reserve Chair Jerome Powell said the bank was "in no hurry" to raise interest rates.',
            False,
        ),
        (
            "قال المدير العام لمنظمة الصحة العالمية إن خطر انتشار المرض خارج البلاد «مرتفع».",
            "The WHO Director-General said the risk of the disease spreading beyond the country was low.",
            False,
        ),
        (
            "قال زعيم حزب الشعب الجمهوري أوزغور أوزيل: «سنواصل التجمع كل ليلة».",
            "CHP leader Ozgur Ozel said the nightly rallies would come to an end.",
            False,
        ),
        # negation inside a word or a noun phrase (غير راضٍ ~ "not happy") is no opposite
        (
            "قال الرئيس الأميركي دونالد ترامب إنه «غير راضٍ» عن بوتين.",
            "“I’m not happy with Putin,” President Donald Trump told reporters.",
            True,
        ),
        # a denial is not an admission
        (
            "أقرّ وزير الداخلية الكيني بأن الشرطة «استخدمت القوة المفرطة».",
            "Kenya's interior minister denied that police had used excessive force.",
            False,
        ),
        (
            "نفى وزير الداخلية الكيني أن تكون الشرطة «استخدمت القوة المفرطة».",
            "Kenya's interior minister denied that police had used excessive force.",
            True,
        ),
    ],
)
def test_offices_and_denials_decide_pairs(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "by_title"),
    [
        ("ar", "قال الرئيس الأمريكي إن بلاده «ستنتصر».", "donald_trump", True),
        ("en", 'The US President said the country "will prevail".', "donald_trump", True),
        ("ar", "قال الرئيس الأمريكي جو بايدن إن بلاده «ستنتصر».", "name:j bdn", False),
        ("en", '"We will prevail," US President Joe Biden said.', "name:j bdn", False),
        ("ar", "قال البابا فرنسيس إن الحرب «هزيمة».", "name:frnss", False),
        ("ar", "قال دونالد ترامب إن بلاده «ستنتصر».", "donald_trump", False),
    ],
)
def test_a_registry_title_keeps_its_office(
    lang: str, text: str, speaker: str, by_title: bool
) -> None:
    """الرئيس الأمريكي is read as today's holder, flagged as named by title with its office;
    a name right after the title (جو بايدن, فرنسيس) is the speaker, with the title's office."""
    (a,) = [c.attribution for c in extract_claims(text, lang) if c.attribution]
    assert (a.speaker, a.by_title) == (speaker, by_title)
    if speaker != "donald_trump" or by_title:
        assert a.speaker_role is not None and a.speaker_role.startswith("office:")


def test_a_title_named_in_a_sentence_without_a_verb_speaks_next() -> None:
    """تراجع الرئيس الكيني ... / وقال إنه: the title named before is the one who said it."""
    text = (
        "تراجع الرئيس الكيني عن مشروع قانون المالية بعد احتجاجات دامية.\n"
        "وقال إنه لن يوقّع على المشروع بعدما «رفضه الشعب»."
    )
    speakers = [c.attribution.speaker for c in extract_claims(text, "ar") if c.attribution]
    assert speakers == ["office:head_of_state@country:ke"]


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # the Kremlin is Russia's: one subject, whichever an outlet names
        (
            "قال المتحدث باسم الرئاسة الروسية إن موسكو مستعدة للحوار مع واشنطن.",
            "Kremlin spokesman Dmitry Peskov said Moscow was ready for dialogue with Washington.",
            True,
        ),
        # the body in the title says who speaks; what about must still agree
        (
            "قال رئيس الاتحاد الدولي لكرة القدم إن المغرب سيستضيف البطولة بنجاح.",
            "FIFA President Gianni Infantino said Saudi Arabia would host a great tournament.",
            False,
        ),
        (
            "قال رئيس الاتحاد الدولي لكرة القدم إن المغرب سيستضيف البطولة بنجاح.",
            "FIFA President Gianni Infantino said Morocco would host the tournament successfully.",
            True,
        ),
    ],
)
def test_a_title_names_the_speaker_not_the_subject(ar: str, en: str, match: bool) -> None:
    assert decide("attribution", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a word standing for the organisation named last: its office
        (
            "ar",
            "أصدرت منظمة الصحة العالمية تقريرها السنوي. وقال المدير العام للمنظمة إن الوضع خطير.",
            "office:org_head@who",
        ),
        (
            "en",
            "The IAEA sent inspectors to the plant. The agency's chief said the situation was grave.",
            "office:org_head@iaea",
        ),
        (
            "en",
            "Hamas rejected the proposal, the group's spokesman said.",
            "office:spokesperson@hamas",
        ),
        (
            "en",
            "The Houthis will keep targeting ships, the group's military spokesman said.",
            "office:spokesperson@houthis",
        ),
    ],
)
def test_an_office_of_the_body_named_before(lang: str, text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.attribution]  # type: ignore[arg-type]
    assert claims[-1].attribution.speaker == speaker  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        # a title vouches for a short two-word name after it (يحيى سريع: "y sr")
        (
            "ar",
            "أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع أن الجماعة استهدفت سفينة.",
            "office:spokesperson@houthis",
        ),
        (
            "en",
            "Houthi military spokesman Yahya Saree said the group had struck a ship.",
            "office:spokesperson@houthis",
        ),
    ],
)
def test_a_title_vouches_for_the_name_after_it(lang: str, text: str, role: str) -> None:
    a = next(c.attribution for c in extract_claims(text, lang) if c.attribution)  # type: ignore[arg-type]
    assert a.speaker.startswith("name:") and a.speaker_role == role


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title's holder is never past إن: the British ship is what he speaks of
        (
            "أعلن الحوثيون استهداف سفينة.\nوقال المتحدث العسكري باسم الجماعة إن السفينة "
            "البريطانية «روبيمار» أُصيبت إصابة بالغة.",
            "office:spokesperson@houthis",
        ),
        # ... but the body in guillemets right after the title is its holder
        ("قال الرئيس التنفيذي لـ«إنفيديا» إن العالم يعيش «لحظة آيفون».", "office:org_head@nvidia"),
    ],
)
def test_a_titles_holder_is_not_past_its_clause(text: str, speaker: str) -> None:
    got = [c.attribution.speaker for c in extract_claims(text, "ar") if c.attribution]
    assert got[-1] == speaker


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # "interim" and "caretaker" still name the office; a country's leader is its head
        (
            "أعلن محمد يونس، كبير مستشاري الحكومة المؤقتة في بنغلاديش، أن الانتخابات العامة "
            "ستجرى في النصف الأول من فبراير ٢٠٢٦.",
            "“The election will be held in the first half of February 2026,” Bangladesh's "
            "interim leader said in a televised address.",
            True,
        ),
        (
            "قال الرئيس السوري أحمد الشرع إن الانتخابات ستجرى خلال أربع سنوات.",
            "Syria's interim president said elections could take up to four years.",
            True,
        ),
    ],
)
def test_an_interim_leader_is_the_countrys_head(ar: str, en: str, match: bool) -> None:
    from pairs import decide

    assert decide("attribution", ar, en)[0] is match


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "its" / "their" before a title: the country or body named before it
        (
            "Iran will not negotiate under pressure and threats, its foreign minister said.",
            "office:foreign_minister@country:ir",
        ),
        (
            "Egypt is ready to host the conference, its foreign minister told reporters.",
            "office:foreign_minister@egypt",
        ),
    ],
)
def test_its_title_is_the_offices_of_the_country_named_before(text: str, speaker: str) -> None:
    got = [c.attribution.speaker for c in extract_claims(text, "en") if c.attribution]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a country's government or ruling authorities speak as one
        (
            "en",
            "Mali's military government said in a statement that the army had foiled a plot.",
            "office:government@country:ml",
        ),
        (
            "ar",
            "قالت السلطات العسكرية الحاكمة في مالي في بيان إن الجيش أحبط محاولة انقلاب.",
            "office:government@country:ml",
        ),
    ],
)
def test_a_countrys_government_speaks(lang: str, text: str, speaker: str) -> None:
    got = [c.attribution.speaker for c in extract_claims(text, lang) if c.attribution]
    assert got == [speaker]


def test_a_government_with_no_country_names_nobody() -> None:
    assert not [c for c in extract_claims("The government said the deal was fair.", "en")]
