"""The quantity and date grammar against the case tables in tests/data/.

Dev cases must all pass. Held-out cases are scored by bench/quantities.py; the
dev cases the grammar still gets wrong are listed in KNOWN_FAILURES and run as
strict xfails, so fixing one makes the suite say so. The held-out cases are kept
out of these unit tests: they are scored as a whole (bench/quantities.py) against
floors pinned in tests/data/quantity_floors.json, which may only go up.
"""

from __future__ import annotations

import json

import pytest
from casebook import DATA, check_case, load_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.dates import parse_dates
from claimcheck.extract.quantities import parse_digits, parse_quantities

DEV = load_cases("quantities_dev") + load_cases("quantities_dev2") + load_cases("quantities_dev3")
HELDOUT = (
    load_cases("quantities_heldout")
    + load_cases("quantities_heldout2")
    + load_cases("quantities_heldout3")
)
# Cases the grammar still gets wrong, each with the reason. They run as strict xfails:
# fixing one makes the suite fail until it is taken off this list.
KNOWN_FAILURES = {
    "en-dates-016": "ISO dates inside a sentence with a second date split into a range",
    "ar-vague-2004": "nisba plurals (الإسرائيليين) are not counted as people",
    "ar-words-2009": "the dual construct مليونا and the accusative مليوناً fold to one spelling",
    "en-digits-2009": "a model name between a figure and its noun (14 Challenger 2 tanks)",
    "ar-negatives-3008": "a model number after a transliterated brand (بلايستيشن 5)",
}


def _params(cases: list[dict]) -> list:
    return [
        pytest.param(
            c, id=c["id"], marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[c["id"]])
        )
        if c["id"] in KNOWN_FAILURES
        else pytest.param(c, id=c["id"])
        for c in cases
    ]


@pytest.mark.parametrize("case", _params(DEV))
def test_dev_case(case: dict) -> None:
    """Every developed-on case parses to exactly the expected figures and dates."""
    assert check_case(case) == []


def test_heldout_accuracy_meets_floors() -> None:
    """Held-out accuracy per language (never tuned on) is at least its pinned floor."""
    floors = json.loads((DATA / "quantity_floors.json").read_text(encoding="utf-8"))
    for lang in ("ar", "en"):
        cases = [c for c in HELDOUT if c["lang"] == lang]
        accuracy = sum(not check_case(c) for c in cases) / len(cases)
        assert accuracy >= floors[f"heldout.{lang}"], (lang, accuracy)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("10,000", 10000),
        ("١٠٬٠٠٠", 10000),
        ("٢٫٥", 2.5),
        ("2,5", 2.5),
        ("1.5", 1.5),
        ("1.000.000", 1000000),
        ("۱۲۳", 123),
        ("1,234.5", 1234.5),
        ("192.168.1.1", None),
    ],
)
def test_parse_digits(raw: str, value: float | None) -> None:
    """Digits in every script and separator convention, and non-numbers refused."""
    assert parse_digits(raw) == value


@pytest.mark.parametrize(
    ("text", "lang", "surface", "described"),
    [
        (
            "شارك بوتين وكيم ضمن نحو ٢٦ قائد دولة معظمهم",
            "ar",
            "نحو ٢٦ قائد دولة",
            "~26 head_of_state",
        ),
        ("في جلسة استغرقت نحو ساعتين ونصفاً بحثت", "ar", "نحو ساعتين ونصفاً", "~2.5 hour"),
        ("بعد يوم واحد فقط من عرض عسكري", "ar", "يوم واحد", "1 day"),
        ("بذكرى مرور ثمانين عاماً على نهاية الحرب", "ar", "ثمانين عاماً", "80 year"),
        ("الذكرى الـ٨٠ لانتهاء الحرب", "ar", "الـ٨٠", "80 year"),
        ("the 80th anniversary of the victory", "en", "80th anniversary", "80 year"),
        (
            "Putin and Kim joined 24 other dignitaries",
            "en",
            "24 other dignitaries",
            "24 head_of_state",
        ),
        ("more than 10,000 troops marched", "en", "more than 10,000 troops", ">10,000 troops"),
        (
            "between 11,000 and 15,000 soldiers",
            "en",
            "between 11,000 and 15,000 soldiers",
            "11,000–15,000 troops",
        ),
        (
            "أرسلت بين 10 و15 ألفاً من الجنود",
            "ar",
            "بين 10 و15 ألفاً من الجنود",
            "10,000–15,000 troops",
        ),
        # a light-year is a distance, never a year
        ("على بعد نحو ٧٠٠ سنة ضوئية من الأرض", "ar", "نحو ٧٠٠ سنة ضوئية", "~700 light_year"),
        ("تبعد المجرة ١٣ مليار سنة ضوئية", "ar", "١٣ مليار سنة ضوئية", "13,000,000,000 light_year"),
        ("a star some 700 light-years away", "en", "some 700 light-years", "~700 light_year"),
        ("the galaxy, 1,500 light years from Earth", "en", "1,500 light years", "1,500 light_year"),
        # a hyphen joins the scale to the number in a compound adjective
        ("a 380-million-year-old fossil fish", "en", "380-million-year-old", "380,000,000 year"),
        ("a 1.5-billion-year-old rock", "en", "1.5-billion-year-old", "1,500,000,000 year"),
        # a moon that serves is a satellite; a planet's moons stay moons
        ("أطلق الصاروخ سبعة وعشرين قمراً تشغيلياً", "ar", "سبعة وعشرين قمراً تشغيلياً", "27 satellite"),
        ("أطلقت الشركة ٣ أقمار اتصالات", "ar", "٣ أقمار اتصالات", "3 satellite"),
        ("يملك زحل ١٤٦ قمراً", "ar", "١٤٦ قمراً", "146 moon"),
        # a sport's games are its matches
        ("he won just two of his 15 games in charge", "en", "15 games", "15 match"),
    ],
)
def test_story_figures(text: str, lang: str, surface: str, described: str) -> None:
    """The figures of the seed's story read right in both languages (and spans are exact)."""
    qs = parse_quantities(text, lang)
    match = [q for q in qs if q.text == surface]
    assert match, [q.text for q in qs]
    assert text[match[0].start : match[0].end] == surface
    assert match[0].describe() == described


_ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
_MIXED = st.one_of(
    _ARABIC,
    st.characters(codec="utf-8"),
    st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩,.-٫٬ «»“”\n\u200f\u200e\u202b\u202c\u0640")),
)
_WORDS = st.sampled_from(
    "نحو أكثر من ألف آلاف ساعتين ونصف عشرات مليون between and thousands about 2.5 26 ٢٦ "
    "million half a dozen سبتمبر September 2025 ٢٠٢٥ بين و إلى - to قائد دولة troops".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(_MIXED, max_size=8)), max_size=40).map(" ".join))
def test_spans_index_the_original_text(text: str) -> None:
    """For any input, every quantity's and date's span slices out exactly its surface text."""
    for lang in ("ar", "en"):
        for d in parse_dates(text, lang):
            assert text[d.start : d.end] == d.text
        for q in parse_quantities(text, lang):
            assert text[q.start : q.end] == q.text
            assert q.low is None or q.high is None or q.low <= q.high


def test_very_long_line_is_parsed() -> None:
    """A 200 KB single line with figures parses without error and finds them all."""
    text = "قُتل ٢٦ شخصاً و 15 soldiers. " * 7000
    assert len(parse_quantities(text, "ar")) == 7000 * 2
