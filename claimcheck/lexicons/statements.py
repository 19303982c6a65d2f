"""The statement lexicon (``statements.toml``): content words of news statements in
Arabic and English, each mapped to one language-independent key per idea.

The tables live with the other language data so that every stage can ask what a word
means; ``claimcheck.match.content`` reads whole statements with them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.lexicons import fold, phrase_key

if TYPE_CHECKING:
    from claimcheck.extract.tokens import Token

_PATH = Path(__file__).resolve().parent / "statements.toml"
# entries this long or longer match as a prefix of a word; shorter ones only whole
_PREFIX_FROM = {"en": 5, "ar": 4}


@dataclass(frozen=True)
class ConceptTable:
    """Folded entries of one language: whole words, and prefixes by length."""

    whole: dict[str, tuple[str, ...]]
    prefixes: dict[str, tuple[str, ...]]
    lengths: tuple[int, ...]  # the prefix lengths present, longest first
    # phrases read before their words (على الإطلاق: no idea), by folded token tuple
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


@cache
def concept_tables() -> dict[str, ConceptTable]:
    """The statement lexicon, per language."""
    raw = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    out: dict[str, ConceptTable] = {}
    for lang in ("ar", "en"):
        whole: dict[str, tuple[str, ...]] = {}
        prefixes: dict[str, tuple[str, ...]] = {}
        for key, entry in raw.items():
            if key.startswith("_"):
                continue  # _phrases
            for word in entry.get(lang, []):
                form = fold(word).strip()
                target = prefixes if len(form) >= _PREFIX_FROM[lang] else whole
                # a word listed under two ideas carries both (انفاق: tunnels, spending)
                if key not in target.get(form, ()):
                    target[form] = (*target.get(form, ()), key)
        lengths = tuple(sorted({len(p) for p in prefixes}, reverse=True))
        listed = raw.get("_phrases", {}).get(lang, {})
        phrases = {phrase_key(p): tuple(ideas) for p, ideas in listed.items()}
        out[lang] = ConceptTable(whole, prefixes, lengths, phrases)
    return out


@lru_cache(maxsize=200_000)
def word_ideas(form: str, lang: str) -> tuple[str, ...] | None:
    """The ideas of one folded word (Arabic without its clitics), the longest listed
    prefix first; None for a word the lexicon does not know."""
    table = concept_tables()[lang]
    hit = table.whole.get(form)
    if hit is not None:
        return hit
    for n in table.lengths:
        if n <= len(form) and (hit := table.prefixes.get(form[:n])) is not None:
            return hit
    return None


def fired_someone(toks: Sequence[Token], i: int) -> bool:
    """Is the English "fired" at ``i`` a dismissal: a name, a pronoun or a job after it
    ("fired Thiago Motta", "fired him", "fired its coach")?"""
    if toks[i].arabic or toks[i].fold not in ("fire", "fires", "fired", "firing"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.fold in ("him", "her", "them") or nxt.text[:1].isupper():
        return True
    after = toks[i + 2].fold if i + 2 < len(toks) else ""
    return nxt.fold in ("its", "his", "their", "the") and after in _JOBS


_JOBS = frozenset(
    {"coach", "manager", "head", "chief", "director", "ceo", "minister", "staff", "boss",
     "coaches", "employees", "workers"}
)  # fmt: skip
