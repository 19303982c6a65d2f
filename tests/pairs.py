"""Cross-language pair decisions for tests: the bench's ``decide_pair`` on inline pairs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def bench() -> ModuleType:
    """``bench/attribution.py`` as a module (it is a script, not part of the package)."""
    if "bench_attribution" in sys.modules:
        return sys.modules["bench_attribution"]
    path = Path(__file__).resolve().parent.parent / "bench" / "attribution.py"
    spec = importlib.util.spec_from_file_location("bench_attribution", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_attribution"] = mod
    spec.loader.exec_module(mod)
    return mod


def pair(
    kind: str, ar: str, en: str, en_context: str | None = None, ar_context: str | None = None
) -> dict:
    """A pair in the data files' format: Arabic side a, English side b (with contexts)."""
    a = {"lang": "ar", "text": ar} | ({"context": ar_context} if ar_context else {})
    b = {"lang": "en", "text": en} | ({"context": en_context} if en_context else {})
    return {
        "id": "pair-x",
        "kind": kind,
        "a": a,
        "b": b,
        "match": None,
        "why": "",
    }


def decide(
    kind: str, ar: str, en: str, en_context: str | None = None, ar_context: str | None = None
) -> tuple[bool, str]:
    """Does claimcheck match the two sides? And why, in a few words."""
    return bench().decide_pair(pair(kind, ar, en, en_context, ar_context))
