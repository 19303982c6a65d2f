"""What a statement is about, in words: content concepts shared across languages.

A translated quote is never compared word for word across languages. What can be
compared is the ideas it carries: ``lexicons/statements.toml`` maps the content words
of news statements, in Arabic and English, to one key per idea (a ceasefire, a rate
cut, police training). Two statements by one speaker that each carry several ideas
and share none are two statements, whatever else they share.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.lexicons import load as load_lexicon
from claimcheck.lexicons.statements import concept_tables, fired_someone, word_ideas


@lru_cache(maxsize=2)
def _phrase_sizes(lang: str) -> tuple[int, ...]:
    """The phrase lengths the lexicon lists, longest first (a phrase's ideas replace its
    words')."""
    return tuple(sorted({len(k) for k in concept_tables()[lang].phrases} - {0, 1}, reverse=True))


@lru_cache(maxsize=16384)
def concepts(text: str, lang: str) -> frozenset[str]:
    """The statement concepts ``text`` carries (ids from ``lexicons/statements.toml``).

    An Arabic word is tried as written and without its clitics (وسترفع, بالعقوبات); the
    longest entry that starts it wins.
    """
    from claimcheck.extract.tokens import tokenize

    found: set[str] = set()
    toks = tokenize(text, load_lexicon(lang))  # type: ignore[arg-type]
    phrases = concept_tables()[lang].phrases
    inside: set[int] = set()
    for i, tok in enumerate(toks):
        for size in _phrase_sizes(lang):
            rest = tuple(t.fold for t in toks[i + 1 : i + size])
            if len(rest) != size - 1:
                continue
            firsts = [tok.fold, *(f for f, _ in tok.readings)]
            hit = next((phrases[k] for f in firsts if (k := (f, *rest)) in phrases), None)
            if hit is not None:
                found.update(hit)
                inside.update(range(i, i + size))
                break
    for i, tok in enumerate(toks):
        if tok.kind != "word" or i in inside:
            continue
        if fired_someone(toks, i):
            found.add("dismissal")  # "Juventus fired Thiago Motta": sacked, not shot
            continue
        forms = [f for f, _ in tok.readings] if tok.arabic else [tok.fold]
        if tok.arabic:
            # the future prefix س before a verb (ستعترف): the lexicon lists both forms
            forms += [f[1:] for f in forms if f.startswith("س") and len(f) > 4]
        for form in forms:
            hit = word_ideas(form, "ar" if tok.arabic else "en")
            if hit is not None:
                found.update(hit)
                break
        else:
            if tok.arabic:
                # طاقتي (طاقة), نارها (نار): a noun under its pronoun ending
                found.update(_ta_marbuta_noun(forms) or _possessed_noun(forms) or ())
    return frozenset(found)


# Pronoun endings after a short noun (نارها, her fire; أرضهم): not a bare ه, which a
# folded ة also ends in
_POSSESSIVE_ENDINGS = ("هما", "ها", "هم", "كم", "نا")


def _possessed_noun(forms: list[str]) -> tuple[str, ...] | None:
    """The ideas of a short noun listed whole (نار) written with a pronoun ending (نارها)."""
    table = concept_tables()["ar"]
    for form in forms:
        for end in _POSSESSIVE_ENDINGS:
            stem = form[: -len(end)]
            if form.endswith(end) and len(stem) >= 3 and (hit := table.whole.get(stem)):
                return hit
    return None


_PRONOUN_ENDINGS = ("تهما", "تهم", "تها", "تنا", "تكم", "تي", "ته", "تك")


def _ta_marbuta_noun(forms: list[str]) -> tuple[str, ...] | None:
    """The ideas of a noun in ة written with a pronoun ending (طاقتي: طاقة, my energy),
    when the word as written carries none."""
    for form in forms:
        for end in _PRONOUN_ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 3:
                hit = word_ideas(form[: -len(end)] + "ه", "ar")
                if hit is not None:
                    return hit
    return None
