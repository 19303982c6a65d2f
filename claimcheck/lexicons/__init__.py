"""Language data: number words, scales, units, modifiers, months, reporting verbs.

The data lives in ``ar.toml``, ``en.toml`` and ``units.toml`` beside this file;
this module loads it once, folds every key with :func:`fold`, and exposes it as
a :class:`Lexicon`. Code never branches on ``lang == "ar"`` for vocabulary:
add a word to the data file instead.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent

# Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic
# marks) and tatweel: dropped when folding.
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ی": "ي",
        "ک": "ك",
        "ہ": "ه",
        "’": "'",
        "‘": "'",
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def fold(text: str) -> str:
    """Fold text for lookup and matching: NFKC, lowercase, no Arabic diacritics
    or tatweel, one alef, one yeh, ta marbuta as heh, ASCII digits.

    The result may be shorter than the input; never use it to compute spans.

    >>> fold("ثمانين عاماً")
    'ثمانين عاما'
    """
    text = unicodedata.normalize("NFKC", text)
    text = _AR_MARKS.sub("", text)
    return text.translate(_FOLD_MAP).translate(_DIGITS).lower()


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits to ASCII, length-preserving."""
    return text.translate(_DIGITS)


Phrase = tuple[str, ...]
_TOKEN_SPLIT = re.compile(r"[^\W_]+(?:['.][^\W_]+)*\.?|[%$€£٪]|-", re.UNICODE)


def phrase_key(text: str) -> Phrase:
    """Split and fold a lexicon entry into the token tuple the parser matches."""
    # U.N. is one token, folded without its last point, as the tokenizer folds it
    return tuple(
        _strip_possessive(fold(t).rstrip(".") if t.count(".") > 1 else fold(t))
        for t in _TOKEN_SPLIT.findall(text)
    )


def _strip_possessive(word: str) -> str:
    """Korea's -> korea: names match with or without the English possessive."""
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word


@dataclass(frozen=True)
class UnitEntry:
    """A unit or counted noun: its canonical key, kind and (for duals) the count."""

    key: str
    kind: str  # "unit" or "subject"
    family: str | None = None
    dual: bool = False
    factor: float = 1.0  # a form that stands for several of the unit: fortnight = 2 weeks
    decimal_only: bool = False  # an abbreviation read only after decimals (٦٫٢٥ م)


@dataclass(frozen=True)
class Lexicon:
    """All language data for one language, with folded keys."""

    lang: str
    prefixes: tuple[str, ...]
    definite: tuple[str, ...]
    numbers: dict[Phrase, float]
    scales: dict[str, float]
    scale_duals: dict[str, float]
    fractions: dict[Phrase, float]
    vague: dict[Phrase, tuple[float, float]]
    modifiers: dict[Phrase, str]
    post_modifiers: dict[Phrase, str]
    range_open: frozenset[Phrase]
    range_join: frozenset[str]
    and_fraction: frozenset[str]
    time_of_day: frozenset[Phrase]
    time_suffix: frozenset[str]
    id_markers: frozenset[Phrase]
    anniversary: frozenset[str]
    ordinal_words: frozenset[str]
    times_nouns: frozenset[str]
    clock_hours: frozenset[str]
    age_markers: frozenset[Phrase]
    age_after: frozenset[Phrase]
    ordinal_numbers: dict[str, float]
    units: dict[Phrase, UnitEntry]
    months: dict[Phrase, int]
    hijri_months: dict[Phrase, int]
    hijri_seasons: dict[str, tuple[int, int]]
    named_days: dict[Phrase, tuple[int, int]]
    day_ordinals: dict[Phrase, int]
    day_joiners: frozenset[str]
    numeric_order: str
    hijri_marker: frozenset[str]
    gregorian_marker: frozenset[str]
    year_markers: frozenset[str]
    weekdays: frozenset[str]
    relative_days: dict[Phrase, int]
    # days after the article's last full date: "a day later", في اليوم التالي
    days_after: dict[Phrase, int]
    weekday_numbers: dict[Phrase, int]
    future_markers: frozenset[str]
    reporting_verbs: frozenset[str]
    according_to: dict[Phrase, str] = field(default_factory=dict)
    continuation: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    speaker_before: frozenset[str] = frozenset()
    self_reference: frozenset[Phrase] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    # acts a body announces by doing them (appointed, sacked, عيّن): a statement only with
    # the body as their subject
    act_verbs: frozenset[str] = frozenset()
    boilerplate: tuple[str, ...] = ()

    @property
    def max_phrase(self) -> int:
        """The longest multi-word entry, in tokens (bounds look-ahead)."""
        tables: list[dict[Phrase, object]] = [
            self.numbers,
            self.fractions,
            self.vague,
            self.modifiers,
            self.units,  # type: ignore[list-item]
            self.months,
            self.hijri_months,  # type: ignore[list-item]
        ]
        return max(len(k) for t in tables for k in t)


def _phrases(items: dict[str, object] | list[str]) -> dict[Phrase, object]:
    out: dict[Phrase, object] = {}
    pairs = items.items() if isinstance(items, dict) else ((k, k) for k in items)
    for k, v in pairs:
        key = phrase_key(k)
        if key:
            out[key] = v
    return out


def arabic_duals(singular: str) -> list[str]:
    """Dual forms of an Arabic noun: ساعة -> ساعتان, ساعتين; عام -> عامان, عامين."""
    stem = singular[:-1] + "ت" if singular.endswith("ة") else singular
    return [stem + "ان", stem + "ين"]


@cache
def load_units() -> dict[str, dict[Phrase, UnitEntry]]:
    """Unit and counted-noun forms per language, keyed by folded phrase."""
    raw = tomllib.loads((_DIR / "units.toml").read_text(encoding="utf-8"))
    per_lang: dict[str, dict[Phrase, UnitEntry]] = {"ar": {}, "en": {}}
    entries: list[tuple[dict, UnitEntry]] = []
    for name, spec in raw.items():
        key = spec.get("key", name)  # a table may be a multiple of another key's unit
        entry = UnitEntry(
            key=key,
            kind=spec["kind"],
            family=spec.get("family"),
            factor=float(spec.get("factor", 1.0)),
            decimal_only=bool(spec.get("decimal_only", False)),
        )
        entries.append((spec, entry))
        for lang in ("ar", "en"):
            for form in spec.get(lang, []):
                per_lang[lang].setdefault(phrase_key(form), entry)
    # Arabic duals come after every listed form: مهاجرين is listed as a plural, and a
    # plural spelled like a dual stays a plural (duals are read where the plural differs)
    for spec, entry in entries:
        for dual in spec.get("ar_dual", []):
            dual_entry = UnitEntry(
                entry.key, entry.kind, entry.family, dual=True, factor=entry.factor
            )
            per_lang["ar"].setdefault(phrase_key(dual), dual_entry)
        for form in spec.get("ar", []):
            if " " not in form and len(form) > 2:
                for dual in arabic_duals(form):
                    dual_entry = UnitEntry(
                        entry.key, entry.kind, entry.family, dual=True, factor=entry.factor
                    )
                    per_lang["ar"].setdefault(phrase_key(dual), dual_entry)
    # the accusative after a number from 11 up (٣٤٠ طناً, خمسين متراً) adds an alif to a
    # noun that does not end in ة or a long vowel, nor in a sound plural's ending
    for spec, entry in entries:
        for form in spec.get("ar", []):
            if " " in form or form.endswith(_NO_ACCUSATIVE_ALIF):
                continue
            per_lang["ar"].setdefault(phrase_key(form + "ا"), entry)
    return per_lang


_NO_ACCUSATIVE_ALIF = ("ة", "ه", "ا", "ى", "ي", "ات", "ين", "ون", "ان")


def unit_family(key: str | None) -> str | None:
    """The family a unit or subject key belongs to (itself when it has none)."""
    if key is None:
        return None
    return _families().get(key, key)


@cache
def _families() -> dict[str, str]:
    raw = tomllib.loads((_DIR / "units.toml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for k, v in raw.items():
        key = v.get("key", k)
        if "family" in v or key not in out:  # a form under another key (fortnight: week)
            out[key] = v.get("family", key)
    return out


def unit_scale(key: str | None) -> float:
    """What one of ``key`` is worth in its family's own unit (a week: 7 days)."""
    return _scales().get(key or "", 1.0)


@cache
def _scales() -> dict[str, float]:
    raw = tomllib.loads((_DIR / "units.toml").read_text(encoding="utf-8"))
    return {v.get("key", k): float(v["scale"]) for k, v in raw.items() if "scale" in v}


def unit_offset(key: str | None) -> float:
    """What to add after scaling to reach the family's unit (Fahrenheit to Celsius)."""
    return _offsets().get(key or "", 0.0)


@cache
def _offsets() -> dict[str, float]:
    raw = tomllib.loads((_DIR / "units.toml").read_text(encoding="utf-8"))
    return {v.get("key", k): float(v["offset"]) for k, v in raw.items() if "offset" in v}


def family_keys(key: str | None) -> list[str]:
    """Every key of the same family as ``key`` (for blocking)."""
    if key is None:
        return []
    fam = unit_family(key)
    return sorted(k for k, f in _families().items() if f == fam) or [key]


@cache
def load(lang: str) -> Lexicon:
    """The lexicon for ``lang`` ("ar" or "en"), loaded once."""
    raw = tomllib.loads((_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
    ctx = raw.get("context", {})
    dates = raw.get("dates", {})
    rep = raw.get("reporting", {})
    rng = raw.get("range", {})

    def fset(values: list[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    def pset(values: list[str]) -> frozenset[Phrase]:
        return frozenset(phrase_key(v) for v in values)

    return Lexicon(
        lang=lang,
        prefixes=tuple(sorted((fold(p) for p in raw.get("prefixes", [])), key=len, reverse=True)),
        definite=tuple(fold(p) for p in raw.get("definite", [])),
        numbers={k: float(v) for k, v in _phrases(raw["numbers"]).items()},  # type: ignore[arg-type]
        scales={fold(k): float(v) for k, v in raw["scales"].items()},
        scale_duals={fold(k): float(v) for k, v in raw.get("scale_duals", {}).items()},
        fractions={k: float(v) for k, v in _phrases(raw["fractions"]).items()},  # type: ignore[arg-type]
        vague={k: (float(v[0]), float(v[1])) for k, v in _phrases(raw["vague"]).items()},  # type: ignore[index]
        modifiers={k: str(v) for k, v in _phrases(raw["modifiers"]).items()},
        post_modifiers={k: str(v) for k, v in _phrases(raw.get("post_modifiers", {})).items()},
        range_open=pset(rng.get("open", [])),
        range_join=fset(rng.get("join", [])),
        and_fraction=fset(rng.get("and_fraction", [])),
        time_of_day=pset(ctx.get("time_of_day", [])),
        time_suffix=fset(ctx.get("time_suffix", [])),
        id_markers=pset(ctx.get("id_markers", [])),
        anniversary=fset(ctx.get("anniversary", [])),
        ordinal_words=fset(ctx.get("ordinal_words", [])),
        times_nouns=fset(ctx.get("times_nouns", [])),
        clock_hours=fset(ctx.get("clock_hours", [])),
        age_markers=pset(ctx.get("age_markers", [])),
        age_after=pset(ctx.get("age_after", [])),
        ordinal_numbers={fold(k): float(v) for k, v in raw.get("ordinal_numbers", {}).items()},
        units=load_units()[lang],
        months={k: int(v) for k, v in _phrases(raw.get("months", {})).items()},  # type: ignore[call-overload]
        hijri_months={k: int(v) for k, v in _phrases(raw.get("hijri_months", {})).items()},  # type: ignore[call-overload]
        named_days={
            k: (int(v[0]), int(v[1])) for k, v in _phrases(raw.get("named_days", {})).items()
        },  # type: ignore[index]
        hijri_seasons={
            fold(k): (int(v[0]), int(v[1])) for k, v in raw.get("hijri_seasons", {}).items()
        },
        day_ordinals={k: int(v) for k, v in _phrases(raw.get("day_ordinals", {})).items()},  # type: ignore[call-overload]
        day_joiners=fset(dates.get("day_joiners", [])),
        numeric_order=str(dates.get("numeric_order", "")),
        hijri_marker=fset(dates.get("hijri_marker", [])),
        gregorian_marker=fset(dates.get("gregorian_marker", [])),
        year_markers=fset(dates.get("year_markers", [])),
        weekdays=fset(dates.get("weekdays", [])),
        relative_days={k: int(v) for k, v in _phrases(raw.get("relative_days", {})).items()},  # type: ignore[call-overload]
        days_after={k: int(v) for k, v in _phrases(raw.get("days_after", {})).items()},  # type: ignore[call-overload]
        weekday_numbers={k: int(v) for k, v in _phrases(raw.get("weekday_numbers", {})).items()},  # type: ignore[call-overload]
        future_markers=fset(dates.get("future_markers", [])),
        reporting_verbs=fset(rep.get("verbs", [])),
        according_to={phrase_key(v): v for v in rep.get("according_to", [])},
        continuation=fset(rep.get("continuation", [])),
        participles=fset(rep.get("participles", [])),
        speaker_before=fset(rep.get("speaker_before", [])),
        self_reference=pset(rep.get("self_reference", [])),
        denial_verbs=fset(rep.get("denial", [])),
        act_verbs=fset(rep.get("acts", [])),
        boilerplate=tuple(fold(v) for v in raw.get("boilerplate", {}).get("line_starts", [])),
    )
