"""Is another outlet's claim about the same thing? Relevance from language-independent
keys (unit family, entities, topics), rapidfuzz within a language, and names written
in the other language's sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from claimcheck.extract.entities import (
    DESCRIPTION_PREFIX,
    NAME_PREFIX,
    OFFICE_PREFIX,
    load_registry,
    name_key,
)
from claimcheck.extract.places import PLACE_PREFIX
from claimcheck.lexicons import unit_family, unit_scale
from claimcheck.models import Claim, Quantity
from claimcheck.normalize import match_text


def _unlisted(eid: str) -> str | None:
    """The romanized key of an id made from a name nobody listed, else None."""
    for prefix in (NAME_PREFIX, PLACE_PREFIX):
        if eid.startswith(prefix):
            return eid[len(prefix) :]
    return None


_WORD = re.compile(r"[^\W\d_]+")
_CLITICS = "وبلفك"


@lru_cache(maxsize=8192)
def _word_keys(sentence: str) -> frozenset[str]:
    """Romanized keys of every word of a sentence, Arabic clitics (و ب ل ف ك) off too."""
    keys: set[str] = set()
    for word in _WORD.findall(sentence):
        forms = [word]
        if word[0] in _CLITICS and len(word) > 3:
            forms.append(word[1:])
        for form in forms:
            key = name_key(form)
            if len(key) >= 3:
                keys.add(key)
    return frozenset(keys)


def _in_a_row(parts: list[str], sentence: str) -> bool:
    """Are the romanized keys ``parts`` the keys of consecutive words of ``sentence``?"""
    seq = [
        name_key(w[1:] if w[0] in _CLITICS and len(w) > 3 else w) for w in _WORD.findall(sentence)
    ]
    seq_plain = [name_key(w) for w in _WORD.findall(sentence)]
    n = len(parts)
    return any(
        seq_plain[i : i + n] == parts or seq[i : i + n] == parts for i in range(len(seq) - n + 1)
    )


def _written_in(key: str, sentence: str, similarity: float = 85.0, *, whole: bool = False) -> bool:
    """Is a name nobody listed written in the other language's sentence? Every word of
    its key (of three letters or more) may be there (ستارلينك ~ Starlink); most of them
    are enough, unless ``whole``."""
    words = [w for w in key.split() if len(w) >= 3]
    if not words:
        # a name of short words only (Jeju Air "jj ar"): all of them, in a row
        parts = key.split()
        return len(parts) >= 2 and len(key.replace(" ", "")) >= 4 and _in_a_row(parts, sentence)
    keys = _word_keys(sentence)

    def near(w: str) -> bool:
        # a word much shorter is another word (آذار "adr" is no Andreeva "andrf")
        hit = process.extractOne(w, keys, scorer=fuzz.ratio, score_cutoff=similarity)
        return hit is not None and len(hit[0]) >= len(w) - 1

    found = sum(1 for w in words if w in keys or near(w))
    if whole:
        return found == len(words)
    # most of the name: "Mount Arafat" is عرفات, "Vandenberg Space Force Base" فاندنبرغ
    return found > 0 and 2 * found >= len(words)


def named_in_both(claim: Claim, other: Claim) -> bool:
    """Do two sentences name one person, body or place: a registry id on both sides, or
    a name nobody listed written in full in the other language's sentence (دامار هاملين
    ~ Damar Hamlin)? Half a name is not enough here (منذ "mnd" is near Amanda)."""
    if set(claim.entities) & set(other.entities):
        return True
    if claim.language == other.language:
        return False
    return any(
        (key := _unlisted(e)) and _written_in(key, b.sentence, whole=True)
        for a, b in ((claim, other), (other, claim))
        for e in a.entities
    )


def _dice(
    a: Iterable[str],
    b: Iterable[str],
    name_similarity: float = 85.0,
    texts: tuple[str, str] | None = None,
) -> tuple[float, float]:
    """Dice overlap of two entity sets, and the best fuzzy score of unregistered names.

    Registry ids must be equal; ids made from names the registry does not know
    (``name:`` / ``place:`` + a romanized key) match when rapidfuzz finds them similar
    enough. With ``texts`` (the two sentences, in two languages), such a name also
    matches when the other sentence writes it, found or not as a name there (Arabic
    has no capitals to find foreign names by).
    """
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 0.0, 0.0
    shared = len(sa & sb)
    best = 100.0 if any(_unlisted(x) for x in sa & sb) else 0.0
    names_b = [k for x in sb - sa if (k := _unlisted(x))]
    matched_b: set[str] = set()
    for x in sa - sb:
        key = _unlisted(x)
        if key is None:
            continue
        hit = process.extractOne(key, names_b, scorer=fuzz.ratio) if names_b else None
        alike = (
            next(
                (
                    y[len(NAME_PREFIX) :]
                    for y in sb - sa
                    if y.startswith(NAME_PREFIX) and load_registry().compatible(x, y)
                ),
                None,
            )
            if x.startswith(NAME_PREFIX)
            else None
        )
        if hit is not None and hit[1] >= name_similarity:
            shared += 1
            matched_b.add(hit[0])
            best = max(best, hit[1])
        elif alike is not None and alike not in matched_b:
            # one person, named in full on one side (وليام روتو) and in part on the other
            shared += 1
            matched_b.add(alike)
            best = max(best, name_similarity)
        elif texts is not None and _written_in(key, texts[1]):
            shared += 1
            best = max(best, name_similarity)
    if texts is not None:
        for key in names_b:
            if key not in matched_b and _written_in(key, texts[0]):
                sa.add(f"{NAME_PREFIX}{key}")  # counted once on each side
                shared += 1
                best = max(best, name_similarity)
    # a name matched both ways is one name: the overlap is a share, never above 1
    return min(1.0, 2 * shared / (len(sa) + len(sb))), best


def _overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Share of the smaller set found in the larger: a long sentence's extra topics cost nothing."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _with_countries(claim: Claim, other: Claim | None = None) -> frozenset[str]:
    """The claim's entities, and the country of each city or province it names: "Tehran
    said" and "Iran said" share a country. A statement's speaker counts too, even one
    named in an earlier sentence (وأضاف, الزعيمان: each member of a joint statement);
    a speaker named by a description (النجم البرتغالي) counts as the other claim's
    speaker when it fits them."""
    ids = _people(claim, other)
    if other is not None:
        ids = _nationality_as_person(claim, other, ids)
    if other is not None and any(i.startswith(DESCRIPTION_PREFIX) for i in ids):
        theirs = _people(other, claim)
        registry = load_registry()
        ids = [
            next((o for o in theirs if registry.fits_description(i, o)), i)
            if i.startswith(DESCRIPTION_PREFIX)
            else i
            for i in ids
        ]
        # a nationality that fits nobody the other side names ("Egyptian “golden boy”
        # mummy") is its country, where the other side names the country (المصرية)
        ids = [
            country
            if i.startswith(DESCRIPTION_PREFIX)
            and (country := registry.countries.get(i.rpartition("@")[2])) in theirs
            else i
            for i in ids
        ]
    return _entities_with_countries(tuple(sorted(set(ids))))


def _nationality_as_person(claim: Claim, other: Claim, ids: list[str]) -> list[str]:
    """A country the claim names only as the nationality of someone (الدنماركي يوناس
    فينغيغارد, with a spelling the registry lacks) stands for the other claim's person of
    that nationality ("Denmark's Jonas Vingegaard", whose country is left to him); one the
    other claim does not name at all is left out (البرازيلي ماركوس ليوناردو)."""
    from claimcheck.match.facts import _nationalities

    registry = load_registry()
    described = _nationalities(claim.sentence, claim.language)
    if not described:
        return ids
    theirs = [e for i in _people(other) if (e := registry.entities.get(i)) and e.kind == "person"]
    their_ids = set(_named(other, claim))
    out = []
    for i in ids:
        ent = registry.entities.get(i)
        iso = ent.iso if ent is not None else None
        if iso not in described:
            out.append(i)
            continue
        who = next((p.id for p in theirs if iso in p.nationality), None)
        if who is not None:
            out.append(who)
        elif i in their_ids or any(
            # the other side names that person by nationality alone ("The Tanzanian")
            t.startswith(DESCRIPTION_PREFIX) and t.endswith(f"@{iso}")
            for t in their_ids
        ):
            out.append(i)
        # else the nationality of someone the other side names without it: it says who,
        # not what the fact is about
    return out


def _named(claim: Claim, other: Claim | None = None) -> list[str]:
    """The claim's entities; for a sentence that names nobody, those of the sentence before
    (``context_entities``), when the other claim names one of them: context may join two
    claims, never set them apart."""
    if claim.entities or not claim.context_entities or other is None:
        return list(claim.entities)
    theirs = {*other.entities, *other.context_entities}
    return list(claim.context_entities) if theirs & set(claim.context_entities) else []


def _people(claim: Claim, other: Claim | None = None) -> list[str]:
    """The claim's entities and its speaker (each member of a joint statement)."""
    ids = _named(claim, other)
    a = claim.attribution
    if a is not None and a.speaker and not a.speaker.startswith(OFFICE_PREFIX):
        ids += a.speaker.removeprefix("group:").split("+")
    return ids


@lru_cache(maxsize=4096)
def _bodies_headed(person: str) -> frozenset[str]:
    """Organisations a registry person has headed or spoken for, by holders.toml (Tedros:
    the WHO): "the WHO declared" and "Tedros declared" tell of one body's act."""
    registry = load_registry()
    out = set()
    for office in registry.holders:
        _, _, body = office.removeprefix(OFFICE_PREFIX).partition("@")
        ent = registry.entities.get(body)
        if (
            ent is not None
            and ent.kind in ("organisation", "agency")
            and registry.holds(office, person)
        ):
            out.add(body)
    return frozenset(out)


@lru_cache(maxsize=16384)
def _entities_with_countries(entities: tuple[str, ...]) -> frozenset[str]:
    registry = load_registry()
    out = set(entities)
    for eid in entities:
        ent = registry.entities.get(eid)
        if ent is not None and ent.kind == "person":
            out |= _bodies_headed(eid)
        # a city stands in its country, and so does a national body (the Kremlin, a
        # statistics office): "Saudi Arabia's statistics authority" is الهيئة العامة للإحصاء
        if ent is not None and (ent.locality or ent.kind == "organisation") and ent.country:
            country = registry.countries.get(ent.country)
            if country:
                out.add(country)
    return frozenset(out)


# Markers of how a figure stands (another 5,000; planned; in total): a statement's
# "another" (امرأة مثل أي امرأة أخرى) says nothing of what it is about
_MARKERS = frozenset({"increment", "plan", "total"})


@lru_cache(maxsize=8192)
def _subject_topics(topics: tuple[str, ...], statement: bool = False) -> frozenset[str]:
    registry = load_registry()
    return frozenset(
        t
        for t in topics
        if not (statement and t in _MARKERS)
        and ((e := registry.entities.get(t)) is None or e.facet is None)
    )


def _telling_figure(q: Quantity, o: Quantity) -> bool:
    """Do two figures give one value that few facts share: two significant digits or more,
    not a round ten (73%, 8,600 years, 17 billion; not 2, 20 or 1,000)? Names may be read
    apart in two scripts (تشاتال هويوك, Catalhoyuk); such a figure still says the two are
    about one thing."""
    if q.value is None or o.value is None or q.vague or o.vague or q.bound or o.bound:
        return False
    if abs(q.value - o.value) > 1e-9 * max(abs(q.value), 1.0):
        return False
    digits = f"{abs(q.value):.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return len(digits) >= 2


def relevance(claim: Claim, other: Claim) -> tuple[float, dict[str, float]]:
    """How likely ``other`` is about the same fact as ``claim`` (0-1), and its parts.

    Within a language the folded sentences are compared with rapidfuzz; across
    languages only language-independent keys count.
    """
    parts: dict[str, float] = {}
    same_lang = claim.language == other.language
    if claim.quantity is not None and other.quantity is not None:
        k1, k2 = claim.quantity.key, other.quantity.key
        # one measure in two units (weeks and days) is the same key; a family is less
        # and so is a family's own key against one of its kinds (animals and elephants)
        same = k1 == k2 or (
            unit_family(k1) == unit_family(k2)
            and (unit_scale(k1) != unit_scale(k2) or unit_family(k1) in (k1, k2))
        )
        parts["key"] = 1.0 if same else 0.6
        # unless each side names someone or somewhere the registry knows and the other
        # does not (the Bank of Canada's 4.75% and the Fed's; Nadal's 22 and Djokovic's)
        # (or a subject: Saturn's 128 moons are not Uranus's; or a place, even one it does
        # not know, unless against a country it may lie in: Evia is not Chios)
        listed = [
            {e for e in c.entities if not _unlisted(e) or e.startswith(PLACE_PREFIX)}
            | _subject_topics(tuple(c.topics))
            for c in (claim, other)
        ]
        if any(e.startswith(PLACE_PREFIX) for e in listed[0] | listed[1]):
            states = set(load_registry().countries.values())
            listed = [
                {e for e in x if e not in states and not e.startswith("country:")} for x in listed
            ]
        if (
            same
            and not same_lang
            and _telling_figure(claim.quantity, other.quantity)
            and not (listed[0] - listed[1] and listed[1] - listed[0])
        ):
            parts["figure"] = 1.0
    elif claim.kind == other.kind:
        parts["key"] = 1.0
    weights = (
        {"key": 0.2, "entities": 0.25, "topics": 0.25, "text": 0.3}
        if same_lang
        else {"key": 0.25, "entities": 0.4, "topics": 0.35, "figure": 0.35}
    )
    # a part one side says nothing about is unknown, not a mismatch: leave it out of the average
    mine, theirs = _named(claim, other), _named(other, claim)
    if mine or theirs:
        texts = None if same_lang else (claim.sentence, other.sentence)
        dice, names = _dice(
            _with_countries(claim, other), _with_countries(other, claim), texts=texts
        )
        # one side naming nobody is unknown, unless the other's names are written in it
        if (mine and theirs) or dice > 0:
            parts["entities"] = round(dice, 3)
        if names:
            parts["names"] = round(names / 100, 3)  # unregistered names matched by rapidfuzz
    # facets (soldiers or civilians, solar or wind) tell facts apart; they say nothing
    # about whether two sentences share a subject
    statement = claim.attribution is not None and other.attribution is not None
    t1 = _subject_topics(tuple(claim.topics), statement)
    t2 = _subject_topics(tuple(other.topics), statement)
    if t1 and t2:
        parts["topics"] = round(_overlap(t1, t2), 3)
    if same_lang:
        parts["text"] = round(
            fuzz.token_set_ratio(match_text(claim.sentence), match_text(other.sentence)) / 100, 3
        )
    used = {k: w for k, w in weights.items() if k in parts}
    score = sum(parts[k] * w for k, w in used.items()) / sum(used.values())
    if set(used) <= {"key"}:
        score *= 0.5  # the same unit and nothing else in common: weak evidence at best
    if t1 and t2 and parts.get("topics") == 0.0:
        score *= 0.7  # both say what they are about, and it is not the same thing
    return round(score, 3), parts
