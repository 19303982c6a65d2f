"""Statement concepts: the ideas a statement carries, shared across Arabic and English."""

from __future__ import annotations

import tomllib
from collections import defaultdict

import pytest
from pairs import decide

from claimcheck.match.content import _PATH, concepts


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
    ],
)
def test_a_translation_shares_its_idea(ar: str, en: str, shared: str) -> None:
    assert shared in concepts(ar, "ar") & concepts(en, "en")


@pytest.mark.parametrize(
    "text",
    ["قال إنه سيزور البلاد الأسبوع المقبل.", "He said he would visit the country next week."],
)
def test_generic_words_carry_no_idea(text: str) -> None:
    """Say, country, week: every statement has them; they tell nothing apart."""
    lang = "ar" if text[0] > "z" else "en"
    assert not concepts(text, lang) - {"visit"}


def test_the_lexicon_is_well_formed() -> None:
    raw = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, entry in raw.items():
        assert entry.get("en") and entry.get("ar"), key  # both languages, always
        for word in entry["en"]:
            assert word == word.lower() and len(word) >= 3, (key, word)
            owners[("en", word)].add(key)
        for word in entry["ar"]:
            owners[("ar", word)].add(key)
    assert not [w for w, ks in owners.items() if len(ks) > 1]


@pytest.mark.parametrize(
    ("ar", "en", "match"),
    [
        # the same speaker on something else: no idea in common
        (
            "قالت وزيرة الخارجية الأسترالية بيني وونغ إن بلادها ستزيد مساعداتها الإنسانية لغزة.",
            "Australian Foreign Minister Penny Wong said Canberra would impose sanctions on two settlers.",
            False,
        ),
        (
            "قال رئيس الوزراء الكندي مارك كارني إن كندا ستفرض رسوماً جمركية على الصلب الصيني.",
            "Canadian Prime Minister Mark Carney said Canada would recognise a Palestinian state in September.",
            False,
        ),
        # the same statement in translation
        (
            "قالت وزيرة الخارجية الأسترالية بيني وونغ إن بلادها ستفرض عقوبات على مستوطنَين اثنين.",
            "Australian Foreign Minister Penny Wong said Canberra would impose sanctions on two settlers.",
            True,
        ),
        (
            "قال رئيس الوزراء الكندي مارك كارني إن كندا ستعترف بدولة فلسطين في سبتمبر.",
            "Canadian Prime Minister Mark Carney said Canada would recognise a Palestinian state in September.",
            True,
        ),
    ],
)
def test_same_speaker_other_statement(ar: str, en: str, match: bool) -> None:
    got, why = decide("attribution", ar, en)
    assert got is match, why
