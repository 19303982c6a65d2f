"""Number words and units added after the case tables: teens after hundreds, temperatures."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import parse_quantities


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "unit"),
    [
        (
            "ar",
            "سيتسع الملعب لمئة وخمسة عشر ألف متفرج.",
            "مئة وخمسة عشر ألف متفرج",
            115000,
            "spectator",
        ),
        ("ar", "بلغ عدد الزوار مئة وخمسة عشر ألفاً.", "مئة وخمسة عشر ألفاً", 115000, None),
        ("ar", "ضم الوفد ثلاثمئة واثني عشر عضواً.", "ثلاثمئة واثني عشر", 312, None),
        ("ar", "وقع الحادث عام ألفين وثلاثة عشر.", "ألفين وثلاثة عشر", 2013, None),
        ("ar", "شارك خمسة عشر ألف جندي.", "خمسة عشر ألف جندي", 15000, "troops"),
        ("ar", "سجلت البلدة ٤٦ درجة مئوية.", "٤٦ درجة مئوية", 46, "celsius"),
        ("en", "The town hit 46C on Sunday.", "46C", 46, "celsius"),
        ("en", "Temperatures reached 47 degrees Celsius.", "47 degrees Celsius", 47, "celsius"),
    ],
)
def test_extra_quantities(
    lang: str, text: str, surface: str, value: float, unit: str | None
) -> None:
    """``unit`` is the unit or counted noun's key (troops, spectator, celsius)."""
    got = [(text[q.start : q.end], q.value, q.key) for q in parse_quantities(text, lang)]  # type: ignore[arg-type]
    assert (surface, value, unit) in got, got


@pytest.mark.parametrize(
    "text", ["Group C advanced.", "Vitamin C sales rose.", "Section C of the law."]
)
def test_a_letter_c_alone_is_no_temperature(text: str) -> None:
    assert all(q.unit != "celsius" for q in parse_quantities(text, "en"))
