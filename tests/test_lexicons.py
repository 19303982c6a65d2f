"""Language data integrity: files load, keys fold to distinct entries, registry ids resolve."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from claimcheck.extract.entities import load_registry
from claimcheck.lexicons import fold, load, load_units, phrase_key
from claimcheck.settings import sources_dir

LEX = Path(__file__).resolve().parent.parent / "claimcheck" / "lexicons"


@pytest.mark.parametrize("name", ["ar", "en", "units"])
def test_lexicon_files_load(name: str) -> None:
    """Each data file is valid TOML (which also refuses duplicate keys)."""
    tomllib.loads((LEX / f"{name}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lexicon_loads_with_every_table(lang: str) -> None:
    """The loaded lexicon has numbers, scales, vague amounts, modifiers, units and months."""
    lex = load(lang)
    for table in ("numbers", "scales", "vague", "modifiers", "units", "months", "reporting_verbs"):
        assert getattr(lex, table), table


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_unit_form_names_two_keys(lang: str) -> None:
    """A surface form of a unit maps to one key only (first listed wins, so duplicates hide)."""
    raw = tomllib.loads((LEX / "units.toml").read_text(encoding="utf-8"))
    forms = Counter(phrase_key(f) for spec in raw.values() for f in spec.get(lang, []))
    dupes = [f for f, n in forms.items() if n > 1]
    assert dupes == []


def test_units_share_keys_across_languages() -> None:
    """Every unit key has both Arabic and English forms."""
    raw = tomllib.loads((LEX / "units.toml").read_text(encoding="utf-8"))
    # a table that is a multiple of another key's unit (fortnight = 2 weeks) may be one-language
    assert [
        k for k, v in raw.items() if "key" not in v and (not v.get("ar") or not v.get("en"))
    ] == []
    assert load_units()["ar"][phrase_key("ساعة")].key == load_units()["en"][("hour",)].key


def test_entity_registry_ids_are_unique_and_aliases_unambiguous() -> None:
    """Entity ids are unique; no alias points at two entities in one language."""
    raw = tomllib.loads((sources_dir() / "entities.toml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in raw["entity"]]
    assert len(ids) == len(set(ids))
    for lang in ("ar", "en"):
        seen: dict[tuple[str, ...], str] = {}
        for e in raw["entity"]:
            for name in e.get(lang, []) + e.get(f"roles_{lang}", []):
                key = phrase_key(name)
                assert seen.setdefault(key, e["id"]) == e["id"], (name, seen[key], e["id"])
    reg = load_registry()
    assert reg.compatible("kremlin_aide", "yuri_ushakov")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ثمانين عاماً", "ثمانين عاما"),
        ("مائة", "مايه"),
        ("مئة", "ميه"),
        ("إلى", "الي"),
        ("ساعتين", "ساعتين"),
        ("٢٦", "26"),
        ("KCNA", "kcna"),
        ("بـ٢٦", "ب26"),
    ],
)
def test_fold(a: str, b: str) -> None:
    """Folding removes diacritics and tatweel, unifies letter forms and digits."""
    assert fold(a) == b
