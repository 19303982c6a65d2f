"""Speakers named by a description: what they do and their nationality (النجم النرويجي,
"the Croatian midfielder"). The article may have named them before; another outlet may
name them outright."""

from __future__ import annotations

import pytest
from pairs import decide

from claimcheck.extract import extract_claims
from claimcheck.extract.entities import load_registry


def speakers(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.attribution.speaker, c.attribution.speaker_text)
        for c in extract_claims(text, lang)  # type: ignore[arg-type]
        if c.attribution is not None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ar", "وقال النجم النرويجي: «سنعود أقوى».", "desc:star@NO"),
        ("ar", "وأكد المدرب الألماني أن فريقه جاهز للنهائي.", "desc:coach@DE"),
        ("ar", "وقالت العداءة الكينية إنها تستهدف الرقم القياسي.", "desc:athlete@KE"),
        ("ar", "وقال الدولي المغربي إن المنتخب يستحق اللقب.", "desc:footballer@MA"),
        ("ar", "وأوضح الباحث الفرنسي أن اللقاح آمن.", "desc:scientist@FR"),
        ("ar", "وكتب الملياردير الأمريكي على منصته أن الصفقة انتهت.", "desc:tycoon@US"),
        ("ar", "وقال العالم الأردني-الأمريكي إن الاكتشاف سيغير الصناعة.", "desc:scientist@JO+US"),
        ("en", "The Croatian midfielder said he would play on.", "desc:footballer@HR"),
        ("en", '"We deserved it," the Dutch driver said.', "desc:driver@NL"),
        ("en", '"It is a dream," said the Brazilian forward.', "desc:footballer@BR"),
        ("en", "The Polish tennis player said she was tired.", "desc:player@PL"),
        ("en", "The Serbian star said the title meant everything.", "desc:star@RS"),
    ],
)
def test_a_description_alone_is_its_own_speaker(lang: str, text: str, speaker: str) -> None:
    assert speakers(text, lang)[0][0] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the article named them before: the description is that person
        ("ar", "سجل إرلينغ هالاند هدفين. وقال النجم النرويجي: «سنعود أقوى».", "erling_haaland"),
        (
            "ar",
            "فاز نادي ريال مدريد بقيادة كارلو أنشيلوتي. وقال المدرب الإيطالي إنه فخور.",
            "carlo_ancelotti",
        ),
        (
            "en",
            "Luka Modric came off the bench. The Croatian midfielder said he would play on.",
            "luka_modric",
        ),
        (
            "en",
            'Max Verstappen won in Suzuka. "We deserved it," the Dutch driver said.',
            "max_verstappen",
        ),
        # the last speaker does not fit (an Argentine is not the Portuguese star): someone else
        ("ar", "قال ميسي إنه سعيد. وقال النجم البرتغالي: «إنه يوم رائع».", "desc:star@PT"),
        # a name right after the description speaks for itself
        ("ar", "وقال النجم الفرنسي كيليان مبابي إن الفريق جاهز.", "kylian_mbappe"),
        ("en", "The French star Kylian Mbappe said the team was ready.", "kylian_mbappe"),
        # a NATO chief's nationality
        (
            "en",
            "NATO Secretary-General Jens Stoltenberg met reporters in Vilnius. The Norwegian "
            "told them Ukraine's future lies in NATO.",
            "jens_stoltenberg",
        ),
    ],
)
def test_a_description_is_the_person_it_fits(lang: str, text: str, speaker: str) -> None:
    assert speakers(text, lang)[-1][0] == speaker


@pytest.mark.parametrize(
    ("desc", "who", "fits"),
    [
        ("desc:star@PT", "cristiano_ronaldo", True),
        ("desc:coach@PT", "cristiano_ronaldo", False),  # a player, not a coach
        ("desc:star@AR", "cristiano_ronaldo", False),  # another nationality
        ("desc:scientist@CA+GB", "geoffrey_hinton", True),
        ("desc:scientist@GB", "geoffrey_hinton", True),
        ("desc:scientist@US", "geoffrey_hinton", False),
        ("desc:coach@ES", "desc:coach@ES", True),
        ("desc:star@ES", "desc:footballer@ES", True),
        ("desc:star@ES", "desc:footballer@FR", False),
        ("desc:star@US", "donald_trump", False),  # a politician is nobody's "star"
        ("desc:tycoon@US", "elon_musk", True),
    ],
)
def test_a_description_fits_by_nationality_and_field(desc: str, who: str, fits: bool) -> None:
    registry = load_registry()
    assert registry.compatible(desc, who) is fits
    assert registry.compatible(who, desc) is fits


def test_the_description_names_a_speaker_not_a_place() -> None:
    claim = next(
        c
        for c in extract_claims("وقال المدرب الإسباني إن الفريق سيعود أقوى.", "ar")
        if c.attribution
    )
    assert "country:es" not in claim.entities


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "وقال النجم النرويجي إنه سيبقى مع مانشستر سيتي حتى نهاية عقده.",
            "Erling Haaland said he would stay at Manchester City until the end of his contract.",
            True,
        ),
        (
            "وقال المدرب الإيطالي إنه فخور بقيادة المنتخب البرازيلي.",
            "Carlo Ancelotti said he was proud to lead Brazil's national team.",
            True,
        ),
        (
            # the same words from a coach of another nationality
            "وقال المدرب الفرنسي إنه فخور بقيادة المنتخب البرازيلي.",
            "Carlo Ancelotti said he was proud to lead Brazil's national team.",
            False,
        ),
        (
            "وقال السائق الهولندي إن السيارة كانت مثالية طوال السباق.",
            "Lewis Hamilton said the car had been perfect throughout the race.",
            False,
        ),
    ],
)
def test_a_description_meets_the_name_across_languages(ar: str, en: str, match: bool) -> None:
    assert decide("attribution", ar, en)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "entity", "absent"),
    [
        # not a speaker: the description still names a person, not a country
        (
            "ar",
            "أعلن النادي التعاقد مع المهاجم الفرنسي لخمسة مواسم.",
            "desc:footballer@FR",
            "france",
        ),
        ("ar", "وسجّل النجم المصري 12 هدفاً هذا الموسم.", "desc:star@EG", "egypt"),
        (
            "en",
            "The club signed the Norwegian striker on a five-year deal.",
            "desc:footballer@NO",
            "country:no",
        ),
        # the person named earlier in the article
        (
            "ar",
            "انضم كيليان مبابي إلى ريال مدريد. وأعلن النادي التعاقد مع المهاجم الفرنسي لخمسة مواسم.",
            "kylian_mbappe",
            "france",
        ),
        (
            "en",
            "Erling Haaland scored twice. City tied the Norwegian striker to a deal until 2034.",
            "erling_haaland",
            "country:no",
        ),
    ],
)
def test_a_description_names_a_person_anywhere(
    lang: str, text: str, entity: str, absent: str
) -> None:
    claims = extract_claims(text, lang)  # type: ignore[arg-type]
    ents = set(claims[-1].entities)
    assert entity in ents
    assert absent not in ents


@pytest.mark.parametrize(
    ("desc", "who"),
    [
        ("desc:cyclist@SI", "tadej_pogacar"),
        ("desc:star@SI", "tadej_pogacar"),
        ("desc:swimmer@FR", "leon_marchand"),
    ],
)
def test_descriptions_of_other_sports(desc: str, who: str) -> None:
    assert load_registry().compatible(desc, who)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a nationality alone at the verb is one person of it, any field
        ("en", "The Briton said the judges had favoured his opponent.", "desc:person@GB"),
        ("en", '"I am ready," the Ukrainian told reporters.', "desc:person@UA"),
        ("en", "The Spaniard said the clay suited him.", "desc:person@ES"),
        ("ar", "وقال البريطاني إن الحكام انحازوا لمنافسه.", "desc:person@GB"),
        ("ar", "وقالت الأمريكية إنها ستعود العام المقبل.", "desc:person@US"),
        # ... the person named before, when they have that nationality
        (
            "en",
            "Tyson Fury lost to Oleksandr Usyk in Riyadh.\nThe Briton said the judges were wrong.",
            "tyson_fury",
        ),
        (
            "ar",
            "خسر تايسون فيوري أمام أوسيك في الرياض.\nوقال البريطاني إن الحكام انحازوا لمنافسه.",
            "tyson_fury",
        ),
        # a record before the noun, with no nationality: the person the article named
        (
            "en",
            "Lewis Hamilton will join Ferrari next season.\n"
            '"The time is right," the seven-time world champion said.',
            "lewis_hamilton",
        ),
        (
            "en",
            "Erling Haaland scored twice on Sunday.\nThe 24-year-old striker said the team was ready.",
            "erling_haaland",
        ),
    ],
)
def test_a_nationality_or_a_record_alone_names_a_person(lang: str, text: str, speaker: str) -> None:
    assert speakers(text, lang)[-1][0] == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a people or a country, not one person
        ("en", "The British said the deal was fair."),
        ("en", "The Chinese said the talks would go on."),
        ("ar", "وقالت الخارجية البريطانية إن الاتفاق عادل."),
    ],
)
def test_a_collective_nationality_is_no_person(lang: str, text: str) -> None:
    assert not any(s and s.startswith("desc:person") for s, _ in speakers(text, lang))


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        (
            "قال البريطاني تايسون فيوري إن الحكام انحازوا لمنافسه لأن بلاده «في حالة حرب».",
            "Tyson Fury lost to Oleksandr Usyk in Riyadh.\n"
            "The Briton said the judges had sided with the Ukrainian because “his country's at war.”",
            True,
        ),
        (
            "قال الإسباني رافائيل نادال إن السنتين الأخيرتين كانتا «صعبتين».",
            "Rafael Nadal announced his retirement.\n"
            'The Spaniard said the last two years had been "difficult".',
            True,
        ),
    ],
)
def test_a_nationality_before_a_name_is_no_subject(ar: str, en: str, match: bool) -> None:
    """البريطاني in البريطاني تايسون فيوري says who he is, not what he speaks of."""
    ctx, _, text = en.rpartition("\n")
    assert decide("attribution", ar, text, en_context=ctx or None)[0] is match


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the nicknames sport pages use for the best known
        ("ar", "وقال «نولي» إن الذهبية الأولمبية أكبر نجاح حققه.", "novak_djokovic"),
        ("ar", "وقال الماتادور الإسباني إن السنوات الأخيرة كانت صعبة.", "rafael_nadal"),
        ("ar", "وأكد الفرعون المصري أنه باقٍ في ليفربول.", "mohamed_salah"),
        ("en", '"It was the biggest success of my career," Nole said.', "novak_djokovic"),
    ],
)
def test_nicknames(lang: str, text: str, speaker: str) -> None:
    assert speakers(text, lang)[0][0] == speaker
