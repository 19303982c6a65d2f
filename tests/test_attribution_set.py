"""The annotated attribution set and cross-language pairs: valid data, and scores held to floors."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from pairs import bench

from claimcheck.extract.entities import load_registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FLOORS = DATA / "attribution_floors.json"
SPLITS = {"attribution_dev": "", "attribution_heldout": "h"}
MODES = {"direct", "indirect", "unattributed"}
KINDS = {"quantity", "date", "attribution"}


def _rows(name: str) -> list[dict]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ALL_CASES = [(split, row) for split in SPLITS for row in _rows(split)]


@pytest.mark.parametrize(("split", "case"), ALL_CASES, ids=[c["id"] for _, c in ALL_CASES])
def test_attribution_case_is_well_formed(split: str, case: dict) -> None:
    """Keys, id, language, modes and exact quote substrings are as the README says."""
    assert set(case) <= {"id", "lang", "text", "context", "attributions", "participants"}
    assert {"id", "lang", "text", "attributions", "participants"} <= set(case)
    assert case["lang"] in ("ar", "en")
    assert re.fullmatch(rf"{case['lang']}-attr-{SPLITS[split]}\d{{3}}", case["id"])
    assert case["text"].strip() == case["text"] and case["text"]
    assert case.get("context", "x").strip()
    for a in case["attributions"]:
        assert set(a) == {"speaker", "source", "quote", "mode"}
        assert a["mode"] in MODES
        if a["quote"] is not None:
            assert case["text"].count(a["quote"]) == 1, a["quote"]
            assert a["quote"] == a["quote"].strip().rstrip(",.،")
        if a["speaker"] is None and a["source"] is None:
            assert a["mode"] == "unattributed"
        else:
            assert a["mode"] == ("direct" if a["quote"] else "indirect")
    assert case["participants"] == sorted(set(case["participants"]))


@pytest.mark.parametrize(("split", "case"), ALL_CASES, ids=[c["id"] for _, c in ALL_CASES])
def test_attribution_case_uses_registry_ids(split: str, case: dict) -> None:
    """Speakers, sources and participants are entity ids in sources/entities.toml."""
    reg = load_registry()
    for a in case["attributions"]:
        for key in ("speaker", "source"):
            assert a[key] is None or a[key] in reg.entities, a[key]
    for p in case["participants"]:
        assert p in reg.entities and reg.entities[p].kind in ("person", "role"), p


def test_attribution_set_size_and_ids() -> None:
    """At least 70 cases per language across dev and held-out; ids are unique."""
    ids = [c["id"] for _, c in ALL_CASES]
    assert len(ids) == len(set(ids))
    per_lang = Counter(c["lang"] for _, c in ALL_CASES)
    assert per_lang["ar"] >= 70 and per_lang["en"] >= 70


PAIR_FILES = (
    "",
    "_heldout",
    "_heldout2",
    "_heldout3",
    "_heldout4",
    "_heldout5",
    "_heldout6",
    "_heldout7",
    "_heldout8",
    "_heldout9",
    "_heldout10",
    "_heldout11",
    "_heldout12",
    "_heldout13",
    "_heldout14",
    "_heldout15",
    "_heldout16",
    "_heldout17",
    "_heldout18",
    "_heldout19",
    "_heldout20",
    "_heldout21",
    "_heldout22",
    "_heldout23",
    "_heldout24",
    "_heldout25",
    "_heldout26",
    "_heldout27",
    "_heldout28",
    "_heldout29",
    "_heldout30",
    "_heldout31",
    "_heldout32",
    "_heldout33",
    "_heldout34",
    "_heldout35",
    "_heldout36",
    "_heldout37",
    "_heldout38",
    "_heldout39",
    "_heldout40",
    "_heldout41",
    "_heldout42",
    "_heldout43",
    "_heldout44",
    "_heldout45",
    "_heldout46",
    "_heldout47",
    "_heldout48",
    "_heldout49",
    "_heldout50",
    "_heldout51",
    "_heldout52",
    "_heldout53",
    "_heldout54",
    "_heldout55",
    "_heldout56",
    "_heldout57",
    "_heldout58",
    "_heldout59",
    "_heldout60",
    "_heldout61",
    "_heldout62",
    "_heldout63",
    "_heldout64",
    "_heldout65",
    "_heldout66",
    "_heldout67",
    "_heldout68",
    "_heldout69",
    "_heldout70",
    "_heldout71",
    "_heldout72",
    "_heldout73",
    "_heldout74",
    "_heldout75",
    "_heldout76",
    "_heldout77",
    "_heldout78",
    "_heldout79",
    "_heldout80",
    "_heldout81",
    "_heldout82",
    "_heldout83",
    "_heldout84",
    "_heldout85",
    "_heldout86",
    "_heldout87",
    "_heldout88",
    "_heldout89",
    "_heldout90",
    "_heldout91",
    "_heldout92",
    "_heldout93",
    "_heldout94",
    "_heldout95",
    "_heldout96",
    "_heldout97",
    "_heldout98",
    "_heldout99",
    "_heldout100",
    "_heldout101",
    "_heldout102",
    "_heldout103",
    "_heldout104",
    "_heldout105",
    "_heldout106",
    "_heldout107",
    "_heldout108",
    "_heldout109",
    "_heldout110",
    "_heldout111",
    "_heldout112",
    "_heldout113",
    "_heldout114",
    "_heldout115",
    "_heldout116",
    "_heldout117",
    "_heldout118",
    "_heldout119",
    "_heldout120",
    "_heldout121",
    "_heldout122",
    "_heldout123",
    "_heldout124",
    "_heldout125",
    "_heldout126",
    "_heldout127",
    "_heldout128",
    "_heldout129",
    "_heldout130",
    "_heldout131",
    "_heldout132",
)
PAIRS = [p for suffix in PAIR_FILES for p in _rows(f"match_pairs{suffix}")]


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_pair_is_well_formed(pair: dict) -> None:
    """A pair has one Arabic and one English side, a claim kind, a boolean match and a reason."""
    assert set(pair) == {"id", "a", "b", "kind", "match", "why"}
    assert re.fullmatch(r"pair-(?:[hkmnpqrstuvwxyz]|[a-e][a-z])?\d{3}", pair["id"])
    assert {pair["a"]["lang"], pair["b"]["lang"]} == {"ar", "en"}
    for side in (pair["a"], pair["b"]):
        assert set(side) <= {"lang", "text", "context"} and side["text"].strip()
    assert pair["kind"] in KINDS
    assert isinstance(pair["match"], bool) and pair["why"]


def test_pairs_size_and_balance() -> None:
    """At least 40 pairs with unique ids, roughly half of them matching."""
    assert len(PAIRS) >= 40
    assert len({p["id"] for p in PAIRS}) == len(PAIRS)
    assert 0.4 <= sum(p["match"] for p in PAIRS) / len(PAIRS) <= 0.6


def test_dev_scores_meet_floors() -> None:
    """The dev set scores at least the pinned floors (raise them when the extractor improves)."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    got = bench().floor_scores()
    assert set(floors) == set(got)
    below = {k: (round(got[k], 4), v) for k, v in floors.items() if got[k] < v - 1e-9}
    assert below == {}
