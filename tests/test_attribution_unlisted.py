"""Speakers the registry does not know: found after long Arabic titles, carried by
"He added" / وأضاف, and keyed so the two languages meet."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.extract.entities import NAME_PREFIX, name_key


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.attribution.speaker for c in extract_claims(text, lang) if c.attribution]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ar", "قال رئيس وزراء الهند ناريندرا مودي إن بلاده «مستعدة للحوار».", "ناريندرا مودي"),
        ("ar", "قال رئيس جنوب أفريقيا سيريل رامافوزا إن القمة «ناجحة».", "سيريل رامافوزا"),
        ("ar", "قال رئيس مجلس الأمن الوطني أحمد كمال إن الوضع «مستقر».", "أحمد كمال"),
        (
            "ar",
            "قالت رئيسة الوزراء الدنماركية ميته فريدريكسن إن الجزيرة «ليست للبيع».",
            "ميته فريدريكسن",
        ),
        ("ar", "أكد وزير المالية المصري أحمد كجوك أن الحكومة ستخفض الدين.", "أحمد كجوك"),
        (
            "en",
            'Kenyan President William Ruto said the reforms "will not be reversed".',
            "William Ruto",
        ),
        ("en", '"We will rebuild," Mayor Tomasz Nowak told reporters.', "Tomasz Nowak"),
        ("en", "Finance Minister Ahmed Kouchouk said the deficit would narrow.", "Ahmed Kouchouk"),
    ],
)
def test_unlisted_speaker(lang: str, text: str, name: str) -> None:
    assert _speakers(text, lang) == [f"{NAME_PREFIX}{name_key(name)}"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "South African President Cyril Ramaphosa addressed the summit on Wednesday.\n"
            'He added that Africa must not remain "a passive recipient of aid".',
            "Cyril Ramaphosa",
        ),
        (
            "ar",
            "افتتح الرئيس الكيني وليام روتو القمة في نيروبي صباح الأربعاء.\n"
            "وأضاف أن القارة «لن تنتظر أحداً».",
            "وليام روتو",
        ),
    ],
)
def test_he_added_after_a_sentence_without_a_reporting_verb(
    lang: str, text: str, name: str
) -> None:
    """ "He added" / وأضاف with no earlier speaker is the person the last sentence named."""
    assert _speakers(text, lang)[-1] == f"{NAME_PREFIX}{name_key(name)}"


def test_a_verb_with_a_complementizer_does_not_reach_a_later_name() -> None:
    """قال إن ... the person after إن is what was said about, not the speaker."""
    assert _speakers("قال المتحدث إن الوزير أحمد كمال سيزور القاهرة.", "ar") != [
        f"{NAME_PREFIX}{name_key('أحمد كمال')}"
    ]
