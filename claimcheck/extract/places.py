"""Places: a bilingual gazetteer of countries and cities, and place names it lacks.

Two figures, dates or statements about two places are two facts ("2,000 buildings in
Hatay" is not "ألفي مبنى في إدلب"), so places need ids that agree across languages:

* **Countries** come from CLDR, the Unicode locale data, read through Babel: every
  territory's name in Arabic and in English, and, as a city in it, the exemplar city
  of every country with a single time zone (most capitals). ``sources/places.toml``
  adds other names, English demonyms (Lebanese), cities and provinces in the news, and
  the words that must never be read as places. Arabic nisba adjectives
  (اللبناني، اللبنانية، اللبنانيين) are derived from the country name by rule.
* **Places nobody listed** are recognised by the word that introduces them
  (محافظة إدلب، جزيرة كريت، "Hatay province", "the island of Madeira", "in Hatay") and
  keyed by their romanized skeleton, like unregistered personal names.

The gazetteer is merged into the entity registry (``load_registry``): a country the
registry lists with ``iso = "XX"`` keeps its id; others get ``country:xx``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.settings import sources_dir

#: Prefix of ids made from place names nobody listed ("place:" + a romanized key).
PLACE_PREFIX = "place:"

# CLDR territory codes that are not countries (regions, groupings, unknown).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AQ"}
_TIME_ZONE_AREAS = ("Europe", "Asia", "Africa", "America", "Australia")

# Folded words that introduce a place name in Arabic copy (محافظة إدلب, جزيرة كريت).
AR_PLACE_MARKERS = frozenset({
    "محافظه", "مدينه", "ولايه", "جزيره", "اقليم", "منطقه", "بلده", "قريه", "مقاطعه",
    "العاصمه", "عاصمه", "مخيم", "ميناء", "مرفا", "بحيره", "جزر", "ارخبيل", "ضاحيه",
    "حي", "مديريه", "قضاء", "ناحيه", "بلدات", "مدن",
})  # fmt: skip
# English words after a place name ("Hatay province") or before it with "of"
# ("the island of Madeira", "the city of Derna").
EN_PLACE_NOUNS = frozenset({
    "province", "region", "island", "islands", "city", "state", "governorate", "district",
    "county", "town", "village", "port", "camp", "prefecture", "oblast", "territory",
    "archipelago", "peninsula", "valley", "municipality", "capital",
})  # fmt: skip
EN_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "outside", "around", "at"})
# Endings of English adjectives and nouns of nationality (British, Chinese, Ukrainian,
# Korean, Israeli, French, Briton, Spaniard, Frenchman), as against a country's name
EN_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "an", "i", "ch", "on", "ard", "man", "woman")
# Before a name that is the place only there (Chad, مالي): into, from, to as well
LOCATIVE_BEFORE = frozenset(
    {*EN_PLACE_PREPOSITIONS, "into", "from", "to", "inside", "في", "الي", "من", "داخل"}
)


def _slug(name: str) -> str:
    return "_".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def nisba(name: str) -> list[str]:
    """Arabic adjectives of a one-word country name, by rule.

    >>> nisba("لبنان")[:4]
    ['لبناني', 'لبنانية', 'اللبناني', 'اللبنانية']
    >>> nisba("روسيا")[2]
    'الروسي'
    """
    if " " in name.strip():
        return []  # كوريا الجنوبية, الولايات المتحدة: listed in places.toml when needed
    base = name.strip().removeprefix("ال")
    for ending in ("يا", "ية", "ا", "ة", "ى"):
        if base.endswith(ending) and len(base) - len(ending) >= 2:
            base = base[: -len(ending)]
            break
    if base.endswith("ي"):
        base = base[:-1]  # تشيلي -> التشيلي
    if len(base) < 2:
        return []
    return [
        f"{base}ي",
        f"{base}ية",
        f"ال{base}ي",
        f"ال{base}ية",
        f"ال{base}يين",
        f"ال{base}يون",
    ]


def _cldr_countries() -> dict[str, dict[str, list[str]]]:
    """ISO code -> {"en": [...], "ar": [...]} from CLDR's territory names."""
    from babel import Locale

    names_en = Locale("en").territories
    names_ar = Locale("ar").territories
    out: dict[str, dict[str, list[str]]] = {}
    for code, en in names_en.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        ar = names_ar.get(code)
        # "Myanmar (Burma)", "Congo - Kinshasa": keep the plain part
        en_clean = en.split(" (")[0].split(" - ")[0].strip()
        out[code] = {"en": [en_clean], "ar": [ar.split(" (")[0].strip()] if ar else []}
    return out


def _cldr_capitals() -> dict[str, dict[str, list[str]]]:
    """ISO code -> exemplar city names, for countries with one time zone (mostly capitals)."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    by_country: dict[str, list[str]] = {}
    for zone, territory in get_global("zone_territories").items():
        if zone.split("/")[0] in _TIME_ZONE_AREAS and zone.count("/") == 1:
            by_country.setdefault(territory, []).append(zone)
    out: dict[str, dict[str, list[str]]] = {}
    for code, zones in by_country.items():
        if len(zones) != 1:
            continue  # a country of many zones: its cities are listed in places.toml
        zone = zones[0]
        out[code] = {
            "en": [get_timezone_location(zone, locale="en", return_city=True)],
            "ar": [get_timezone_location(zone, locale="ar", return_city=True).split(" (")[0]],
        }
    return out


@cache
def gazetteer_specs(
    registry_iso: tuple[tuple[str, str], ...] = (), path: Path | None = None
) -> list[dict[str, Any]]:
    """Registry entries (``entities.toml`` shape) for every country and listed place.

    ``registry_iso`` maps ISO codes to the ids the registry already uses for them.
    """
    path = path or sources_dir() / "places.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    excluded = {lang: set(raw.get("exclude", {}).get(lang, [])) for lang in ("ar", "en")}
    locative = {
        lang: set(raw.get("exclude", {}).get(f"{lang}_locative", [])) for lang in ("ar", "en")
    }
    ids = dict(registry_iso)
    countries = _cldr_countries()
    capitals = _cldr_capitals()
    nisba_over = raw.get("nisba_ar", {})
    specs: list[dict[str, Any]] = []
    # listed places first: their names win over CLDR's (Tripoli is also in Lebanon)
    for place in raw.get("place", []):
        spec = {"id": place["id"], "kind": "place", "country": place.get("country")}
        if "within" in place:
            spec["within"] = place["within"]
        for lang in ("en", "ar"):
            spec[lang] = [f for f in place.get(lang, []) if f not in excluded[lang]]
        specs.append(spec)
    listed = {f for spec in specs for lang in ("en", "ar") for f in spec[lang]}
    for code, names in sorted(countries.items()):
        spec: dict[str, Any] = {
            "id": ids.get(code, f"country:{code.lower()}"),
            "kind": "place",
            "iso": code,
        }
        for lang in ("en", "ar"):
            forms = list(names[lang])
            forms += raw.get("names", {}).get(lang, {}).get(code, [])
            if lang == "en":
                demonyms = raw.get("demonyms", {}).get("en", {}).get(code, [])
                # Kenyans, Pakistanis: the people, named by the plural
                forms += demonyms + [d + "s" for d in demonyms if d.endswith(("an", "i"))]
            else:
                # the adjective of every spelling (الدانمرك and الدنمارك: الدنماركي)
                extra = raw.get("names", {}).get("ar", {}).get(code, [])
                forms += (
                    nisba_over[code]
                    if code in nisba_over
                    else [a for name in [names["ar"][0], *extra] for a in nisba(name)]
                )
            spec[lang] = [f for f in dict.fromkeys(forms) if f and f not in excluded[lang]]
            # a name that is also a word (Chad, مالي) is the country only after a
            # preposition of place: "fled into Chad", في مالي
            spec[f"{lang}_locative"] = [
                f for f in dict.fromkeys(names[lang]) if f in locative[lang]
            ]
        specs.append(spec)
        # the capital is a city in the country, not the country ("in Bangkok" vs "in
        # Mandalay" are two places); a capital named like its country (Kuwait) is skipped
        city = capitals.get(code)
        if city and not any(
            f in listed or f in names[lang] for lang in ("en", "ar") for f in city[lang]
        ):
            specs.append(
                {
                    "id": f"city:{_slug(city['en'][0])}",
                    "kind": "place",
                    "country": code,
                    "en": [f for f in city["en"] if f not in excluded["en"]],
                    "ar": [f for f in city["ar"] if f not in excluded["ar"]],
                }
            )
    return specs
