"""Match stage: score another outlet's claims against one claim, then give a verdict.

Pure given its candidates (the store fetches them by key in SQL). For each
candidate:

1. **relevance**: is it about the same thing? Same unit/subject family,
   shared entities and topics (language-independent ids), and, within one
   language, rapidfuzz similarity of the folded sentences.
2. **stance**: does its figure, date or speaker support the claim, contradict
   it, or state it more (or less) precisely?

Evidence from outlets that republish one wire copy (near-identical sentences)
or credit the same agency counts once. The verdict follows the weight of
independent evidence:

========== ==================================================================
agrees      most independent evidence is compatible (dissent is listed)
conflicts   most contradicts, or the figure agrees but the participants differ
imprecise   the claim is vague where others are precise and outside its range
disputed    independent evidence splits evenly
unverified  no other outlet states it
========== ==================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from hijridate import Hijri
from rapidfuzz import fuzz, process

from claimcheck.extract.entities import (
    NAME_PREFIX,
    OFFICE_PREFIX,
    Registry,
    load_registry,
    name_key,
)
from claimcheck.extract.places import PLACE_PREFIX
from claimcheck.lexicons import fold, to_ascii_digits, unit_family
from claimcheck.lexicons import load as load_lexicon
from claimcheck.models import Claim, ClaimVerdict, DateValue, Evidence, Quantity, Stance
from claimcheck.normalize import interval, match_text, precision
from claimcheck.settings import Settings
from claimcheck.store import Candidate

_LOWER = frozenset({"more_than", "at_least"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

__all__ = ["comparable", "judge", "relevance", "score_candidates", "wire_groups"]


@dataclass
class Scored:
    """A candidate with its relevance, stance and the parts of its score."""

    cand: Candidate
    score: float
    parts: dict[str, float]
    stance: Stance
    note: str | None = None
    imprecise: bool = False  # the claim is vaguer and outside this figure
    participants_differ: bool = False


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


def _written_in(key: str, sentence: str, similarity: float = 85.0) -> bool:
    """Is a name nobody listed written in the other language's sentence? Every word of
    its key (of three letters or more) may be there (ستارلينك ~ Starlink)."""
    words = [w for w in key.split() if len(w) >= 3]
    if not words:
        return False
    keys = _word_keys(sentence)
    found = sum(
        1
        for w in words
        if w in keys or process.extractOne(w, keys, scorer=fuzz.ratio, score_cutoff=similarity)
    )
    # most of the name: "Mount Arafat" is عرفات, "Vandenberg Space Force Base" فاندنبرغ
    return found > 0 and 2 * found >= len(words)


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
        if hit is not None and hit[1] >= name_similarity:
            shared += 1
            matched_b.add(hit[0])
            best = max(best, hit[1])
        elif texts is not None and _written_in(key, texts[1]):
            shared += 1
            best = max(best, name_similarity)
    if texts is not None:
        for key in names_b:
            if key not in matched_b and _written_in(key, texts[0]):
                sa.add(f"{NAME_PREFIX}{key}")  # counted once on each side
                shared += 1
                best = max(best, name_similarity)
    return 2 * shared / (len(sa) + len(sb)), best


def _overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Share of the smaller set found in the larger: a long sentence's extra topics cost nothing."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _with_countries(claim: Claim) -> frozenset[str]:
    """The claim's entities, and the country of each city or province it names: "Tehran
    said" and "Iran said" share a country. A statement's speaker counts too, even one
    named in an earlier sentence (وأضاف, الزعيمان: each member of a joint statement)."""
    ids = list(claim.entities)
    a = claim.attribution
    if a is not None and a.speaker and not a.speaker.startswith(OFFICE_PREFIX):
        ids += a.speaker.removeprefix("group:").split("+")
    return _entities_with_countries(tuple(sorted(set(ids))))


@lru_cache(maxsize=16384)
def _entities_with_countries(entities: tuple[str, ...]) -> frozenset[str]:
    registry = load_registry()
    out = set(entities)
    for eid in entities:
        ent = registry.entities.get(eid)
        if ent is not None and ent.locality and ent.country:
            country = registry.countries.get(ent.country)
            if country:
                out.add(country)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _subject_topics(topics: tuple[str, ...]) -> frozenset[str]:
    registry = load_registry()
    return frozenset(
        t for t in topics if (e := registry.entities.get(t)) is None or e.facet is None
    )


def relevance(claim: Claim, other: Claim) -> tuple[float, dict[str, float]]:
    """How likely ``other`` is about the same fact as ``claim`` (0-1), and its parts.

    Within a language the folded sentences are compared with rapidfuzz; across
    languages only language-independent keys count.
    """
    parts: dict[str, float] = {}
    same_lang = claim.language == other.language
    if claim.quantity is not None and other.quantity is not None:
        parts["key"] = 1.0 if claim.quantity.key == other.quantity.key else 0.6
    elif claim.kind == other.kind:
        parts["key"] = 1.0
    weights = (
        {"key": 0.2, "entities": 0.25, "topics": 0.25, "text": 0.3}
        if same_lang
        else {"key": 0.25, "entities": 0.4, "topics": 0.35}
    )
    # a part one side says nothing about is unknown, not a mismatch: leave it out of the average
    if claim.entities or other.entities:
        texts = None if same_lang else (claim.sentence, other.sentence)
        dice, names = _dice(_with_countries(claim), _with_countries(other), texts=texts)
        # one side naming nobody is unknown, unless the other's names are written in it
        if (claim.entities and other.entities) or dice > 0:
            parts["entities"] = round(dice, 3)
        if names:
            parts["names"] = round(names / 100, 3)  # unregistered names matched by rapidfuzz
    # facets (soldiers or civilians, solar or wind) tell facts apart; they say nothing
    # about whether two sentences share a subject
    t1, t2 = _subject_topics(tuple(claim.topics)), _subject_topics(tuple(other.topics))
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


def _other_anniversary(claim: Claim, other: Claim) -> bool:
    """80th and 77th anniversaries are two events, not two figures for one."""
    q, o = claim.quantity, other.quantity
    return (
        q is not None
        and o is not None
        and q.unit == o.unit == "year"
        and "anniversary" in claim.topics
        and "anniversary" in other.topics
        and q.value != o.value
    )


def comparable(q: Quantity, o: Quantity, settings: Settings) -> bool:
    """Could these two figures be the same fact told twice?

    The unit must be of one family (2 hours is not 2 days; drones are not
    missiles), and the figures within ``max_fact_ratio`` of each other: outlets
    differ by a little (10,000 or 15,000), not by twenty times (2.5 or 54 hours).
    """
    if unit_family(q.key) != unit_family(o.key):
        return False
    if (
        q.bound is not None
        and o.bound is not None
        and (q.bound in _LOWER) == (o.bound in _LOWER)
        and q.value
        and o.value
        and max(q.value, o.value) / min(q.value, o.value) > settings.max_fact_ratio
    ):
        return False  # "more than 600,000" and "more than 60,000" only overlap as bounds
    lo1, hi1 = interval(q, settings)
    lo2, hi2 = interval(o, settings)
    if lo1 <= hi2 and lo2 <= hi1:
        return True
    small, big = (hi1, lo2) if hi1 < lo2 else (hi2, lo1)
    return small > 0 and big / small <= settings.max_fact_ratio


def _other_events(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Do both figures say what happened to what they count, and say different things
    (killed vs injured, sent vs planned, the economy vs exports)? Plans and increments
    must be on both sides or neither."""

    def outcomes(c: Claim) -> set[str]:
        return {t for t in c.topics if (e := registry.entities.get(t)) is not None and e.outcome}

    o1, o2 = outcomes(claim), outcomes(other)
    for marker in ("plan", "increment"):
        if (marker in o1) != (marker in o2):
            return True
    o1, o2 = o1 - {"plan", "increment"}, o2 - {"plan", "increment"}
    if bool(o1 and o2 and not o1 & o2):
        return True
    if _facets_differ(claim, other, registry):
        return True
    years1, years2 = _years(claim), _years(other)
    return bool(years1 and years2 and not years1 & years2)  # 21.4% in 2023 is not 2021's


#: Facets that tell statements apart but not figures: "rates rose to 5%" and "rates fell
#: to 5%" disagree on the direction, yet both confirm the 5%.
_STATEMENT_FACETS = frozenset({"direction", "level", "continuation"})


def _facets_differ(
    claim: Claim, other: Claim, registry: Registry, *, statements: bool = False
) -> bool:
    """Both name a cause, a disease, a kind of election or a round, and not the same one
    (killed in an air strike vs in a building collapse; measles vs Ebola). With
    ``statements``, also a direction or a level (cut vs raise; high vs low)."""

    def facets(c: Claim) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for t in c.topics:
            e = registry.entities.get(t)
            if e is not None and e.facet and (statements or e.facet not in _STATEMENT_FACETS):
                out.setdefault(e.facet, set()).add(t)
        return out

    f1, f2 = facets(claim), facets(other)
    return any(not f1[k] & f2[k] for k in f1.keys() & f2.keys())


@lru_cache(maxsize=8192)
def _figures(sentence: str, lang: str) -> tuple[Quantity, ...]:
    """Every figure of a sentence with a unit (parsed once per sentence)."""
    from claimcheck.extract.dates import parse_dates
    from claimcheck.extract.quantities import parse_quantities

    skip = [(d.start, d.end) for d in parse_dates(sentence, lang)]  # type: ignore[arg-type]
    return tuple(q for q in parse_quantities(sentence, lang, skip) if q.unit)  # type: ignore[arg-type]


def _qualifiers_differ(claim: Claim, other: Claim, settings: Settings) -> bool:
    """Do the sentences qualify the fact with incompatible figures of another kind?

    400 kg of uranium enriched to 60% is not 400 kg enriched to 20%; a 7.8 quake on
    6 February is not the 7.5 one. Figures of the claim's own family are left alone: an
    updated injury count beside the same death toll still confirms the toll.
    """
    own = unit_family(claim.quantity.key) if claim.quantity else None
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    mine: dict[str, list[Quantity]] = {}
    for q in _figures(claim.sentence, claim.language):
        own_figure = claim.quantity is not None and start <= q.start < end
        if unit_family(q.key) != own and not own_figure:
            mine.setdefault(q.key, []).append(q)
    if not mine:
        return False
    theirs: dict[str, list[Quantity]] = {}
    for q in _figures(other.sentence, other.language):
        if q.key in mine:
            theirs.setdefault(q.key, []).append(q)
    for key, qs in theirs.items():
        if not any(_overlap_q(a, b, settings) for a in mine[key] for b in qs):
            return True
    return False


def _overlap_q(a: Quantity, b: Quantity, settings: Settings) -> bool:
    lo1, hi1 = interval(a, settings)
    lo2, hi2 = interval(b, settings)
    return lo1 <= hi2 and lo2 <= hi1


def _years_differ(claim: Claim, other: Claim) -> bool:
    """Both sentences state years, and not one in common (by 2030 vs by 2035)."""
    y1, y2 = _years(claim), _years(other)
    return bool(y1 and y2 and not y1 & y2)


def _years(claim: Claim) -> set[int]:
    """Years the claim's sentence states (a rate in 2023, seats in the 2021 election)."""
    return set(_sentence_years(claim.sentence)) - (
        {claim.quantity.value} if claim.quantity and claim.quantity.value else set()
    )


@lru_cache(maxsize=16384)
def _sentence_years(sentence: str) -> frozenset[int]:
    return frozenset(int(m) for m in _YEAR.findall(to_ascii_digits(sentence)))


def _principals(claim: Claim, registry: Registry) -> set[str]:
    """Who met: the leaders when two or more met (their delegations aside), else everyone
    named (an emir receiving a foreign minister)."""
    leaders = {p for p in claim.participants if (e := registry.entities.get(p)) and e.leader}
    return leaders if len(leaders) >= 2 else set(claim.participants)


def _participants_differ(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Both name who met, and not the same principals (Putin and Kim vs the trio)."""
    if not claim.participants or not other.participants:
        return False
    return _principals(claim, registry) != _principals(other, registry)


def _places(claim: Claim, registry: Registry) -> tuple[frozenset[str], frozenset[str]]:
    """The countries (ISO codes) and the places below them (ids) a claim's sentence names.

    A city or province also names its country (Hatay: Turkey); a place nobody listed
    (``place:`` + its romanized key) names no country we know.
    """
    key = (tuple(claim.entities), id(registry))
    got = _PLACES.get(key)
    if got is None:
        if len(_PLACES) > 16384:
            _PLACES.clear()
        got = _PLACES[key] = _places_of(key[0], registry)
    return got


_PLACES: dict[tuple[tuple[str, ...], int], tuple[frozenset[str], frozenset[str]]] = {}


def _places_of(
    entities: tuple[str, ...], registry: Registry
) -> tuple[frozenset[str], frozenset[str]]:
    countries: set[str] = set()
    localities: set[str] = set()
    for eid in entities:
        if eid.startswith(PLACE_PREFIX):
            localities.add(eid)
            continue
        ent = registry.entities.get(eid)
        if ent is None or ent.kind != "place":
            continue
        if ent.iso:
            countries.add(ent.iso)
            continue
        localities.add(eid)
        if ent.country:
            countries.add(ent.country)
    return frozenset(countries), frozenset(localities)


def _same_place(a: str, b: str, similarity: float = 85.0) -> bool:
    """Two ids for one place: equal, or two unlisted names alike. Place names are
    romanized loosely (Tanger ~ طنجة), so a first word that starts alike and mostly
    overlaps is enough to leave the question open."""
    if a == b:
        return True
    if a.startswith(PLACE_PREFIX) and b.startswith(PLACE_PREFIX):
        ka, kb = a[len(PLACE_PREFIX) :], b[len(PLACE_PREFIX) :]
        if fuzz.ratio(ka, kb) >= similarity:
            return True
        wa, wb = ka.split()[0], kb.split()[0]
        return wa[:2] == wb[:2] and fuzz.partial_ratio(wa, wb) >= 60
    return False


def _places_differ(claim: Claim, other: Claim, registry: Registry, *, strict: bool = True) -> bool:
    """Do the two sentences place their fact in different places?

    ``strict`` (figures and dates): both name a city, province or island, and none in
    common (2,000 buildings in Hatay vs in Idlib). Countries are left out here: a sentence
    names countries as actors as often as places (North Korea's troops in Russia).
    Otherwise (a statement, whose words are not compared across languages): each names
    a country or a city the other does not (Ukraine sent wheat to Syria vs aid to Lebanon),
    and neither names more than two countries: a sentence that names many is about their
    dealings with each other, and two outlets rarely list the same ones.
    Places one side leaves out are unknown, never a difference.
    """
    c1, l1 = _places(claim, registry)
    c2, l2 = _places(other, registry)

    def extra(xs: set[str], ys: set[str]) -> bool:
        return any(not any(_same_place(x, y) for y in ys) for x in xs)

    if strict:
        return bool(l1 and l2 and not any(_same_place(x, y) for x in l1 for y in l2))
    if max(len(c1), len(c2)) > 2:
        return False
    return any(xs and ys and extra(xs, ys) and extra(ys, xs) for xs, ys in ((c1, c2), (l1, l2)))


def _events(claim: Claim, registry: Registry) -> set[str]:
    return {t for t in claim.topics if (e := registry.entities.get(t)) is not None and e.event}


def _same_day(claim: Claim, other: Claim) -> bool:
    """The same day of the same month, in one calendar (a Hijri date converted), and the
    same year, unless one side leaves the year out ("on June 5")."""
    if claim.date is None or other.date is None:
        return False
    a, b = as_gregorian(claim.date), as_gregorian(other.date)
    if a.calendar != b.calendar or not (a.day and a.month and (a.year or b.year)):
        return False
    if (a.month, a.day) != (b.month, b.day):
        return False
    return a.year is None or b.year is None or a.year == b.year


def as_gregorian(d: DateValue) -> DateValue:
    """A full Hijri date as its Gregorian day (Umm al-Qura calendar, through hijridate);
    anything else as it is. ٩ ذي الحجة ١٤٤٦هـ is 5 June 2025."""
    if d.calendar != "hijri" or not (d.year and d.month and d.day):
        return d
    try:
        g = Hijri(d.year, d.month, d.day).to_gregorian()
    except (OverflowError, ValueError):
        return d  # outside the table (1343-1500 AH) or not a real day
    return d.model_copy(
        update={"year": g.year, "month": g.month, "day": g.day, "calendar": "gregorian"}
    )


def _shared_event(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Do both claims name the same event (the talks, the visit, the parade)?"""
    return bool(_events(claim, registry) & _events(other, registry))


def _same_unnamed_event(
    claim: Claim, other: Claim, registry: Registry, parts: dict[str, float]
) -> bool:
    """The same explicit day, in sentences about the same people or places, and no event
    named on either side that tells them apart.

    For events the registry has no word for (a museum's opening, a referendum, a launch).
    Both dates must be written out (``4 September 2022``): a weekday or "yesterday" is
    the news cycle's date, shared by every story of that day.
    """
    a, b = claim.date, other.date
    if a is None or b is None or a.relative or b.relative or not _same_day(claim, other):
        return False
    e1, e2 = _events(claim, registry), _events(other, registry)
    if e1 and e2 and not e1 & e2:
        return False
    c1, c2 = _places(claim, registry)[0], _places(other, registry)[0]
    if c1 and c2 and not c1 & c2:
        return False  # Ramadan began on 2 March in Morocco, and in Pakistan
    return parts.get("entities", 0.0) > 0 or parts.get("names", 0.0) > 0


def _context(claim: Claim) -> set[str]:
    """What a statement is about, beyond who made it and who carried it: registry ids only
    (a name the registry lacks may be written differently in the other language)."""
    a = claim.attribution
    skip = {a.speaker, a.source} if a else set()
    ids = (set(claim.entities) | _subject_topics(tuple(claim.topics))) - skip
    return {i for i in ids if _unlisted(i) is None and not i.startswith(OFFICE_PREFIX)}


def _quantity_stance(q: Quantity, o: Quantity, settings: Settings) -> tuple[Stance, bool, str]:
    lo1, hi1 = interval(q, settings)
    lo2, hi2 = interval(o, settings)
    overlap = lo1 <= hi2 and lo2 <= hi1
    p1, p2 = precision(q), precision(o)
    if overlap:
        if p2 < p1 and q.vague:
            return "more_precise", False, "states it more precisely"
        return "supports", False, "compatible figure"
    if q.vague and p2 < p1:
        return "more_precise", True, "more precise, outside the article's range"
    if o.vague and p1 < p2:
        return "less_precise", False, "vaguer figure, not counted against"
    return "contradicts", False, "incompatible figure"


def _date_stance(claim: Claim, other: Claim) -> tuple[Stance, str] | None:
    """Compare the parts both dates state; a part only one states makes it more precise."""
    assert claim.date is not None and other.date is not None
    a, b = as_gregorian(claim.date), as_gregorian(other.date)
    if a.calendar != b.calendar:
        return None
    stance: Stance = "supports"
    note = "the same date"
    for part in ("year", "month", "day"):
        x, y = getattr(a, part), getattr(b, part)
        if x is not None and y is not None and x != y:
            return "contradicts", f"a different {part}"
        if x is None and y is not None and stance == "supports":
            stance, note = "more_precise", f"gives the {part} too"
        elif x is not None and y is None:
            stance, note = "less_precise", f"does not give the {part}"
    return stance, note


def _denies(claim: Claim) -> bool:
    """Was the statement a denial (نفى, denied, rejected), going by its reporting verb?"""
    verb = claim.attribution.verb if claim.attribution else None
    return bool(verb) and _denial_verb(verb, claim.language)  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _denial_verb(verb: str, lang: str) -> bool:
    lex = load_lexicon(lang)  # type: ignore[arg-type]
    return any(fold(w) in lex.denial_verbs for w in verb.split())


# Verbal negation (folded). Not غير / عدم / بلا / without: they mostly render an English
# prefix (غير مسبوق = unprecedented) or a noun ("no hajj without a permit").
_NEGATORS = {
    "ar": frozenset({"لا", "لن", "لم", "ليس", "ليست", "ليسوا", "لسنا", "لست", "ولا", "ولن",
                     "ولم", "فلا", "فلن", "فلم", "وليس", "ابدا"}),
    "en": frozenset({"not", "never", "no", "nobody", "nothing", "none", "neither", "nor",
                     "cannot", "n't"}),
}  # fmt: skip
_NEG_WORD = re.compile(r"[^\W\d_]+(?:n't)?|n't")
_CLAUSE_MARKS = (",", "،", ";", "؛", ".")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _negated(claim: Claim) -> bool:
    """Does the statement say no (لن, لا, never, not)?

    A quote is read with the rest of its clause, since the negation may sit outside it
    ("will not accept “any kind of tutelage”"); a report without a quote is read without
    the sentence's quotes, which are other statements.
    """
    a = claim.attribution
    if a is None:
        return False
    text = claim.sentence
    if a.quote is not None:
        start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
        lo = max((text.rfind(p, 0, start) for p in _CLAUSE_MARKS), default=-1) + 1
        his = [i for p in _CLAUSE_MARKS if (i := text.find(p, end)) != -1]
        text = text[lo : min(his, default=len(text))]
    else:
        text = _QUOTED.sub(" ", text)
    return _says_no(text, claim.language)


# Negation inside a word or a noun phrase (غير راضٍ = "not happy" or "unhappy"; عدم,
# بلا, "without"): the other language may or may not say it with a "not".
_SOFT_AR = frozenset({"غير", "عدم", "دون", "بدون", "بلا"})
_SOFT_EN = re.compile(r"\b(?:un[a-z]{4,}|without|lack(?:s|ed)?|fail(?:s|ed)?)\b", re.IGNORECASE)


def _soft_negation(claim: Claim) -> bool:
    text = claim.sentence
    if claim.language == "ar":
        words = _NEG_WORD.findall(text)
        return any(w in _SOFT_AR or (w[:1] in "وبل" and w[1:] in _SOFT_AR) for w in words)
    return bool(_SOFT_EN.search(text))


@lru_cache(maxsize=16384)
def _says_no(text: str, lang: str) -> bool:
    raw = _NEG_WORD.findall(text)
    if lang == "ar" and any(w.lstrip("و") == "ألا" for w in raw):
        return True  # ألا تبقى: أن + لا (folded, it would be إلا, "except")
    words = {fold(w) for w in raw}
    if lang == "en":
        words |= {"n't" for w in list(words) if w.endswith("n't")}
    return bool(words & _NEGATORS[lang])


def _attribution_stance(
    claim: Claim, other: Claim, registry: Registry, settings: Settings
) -> tuple[Stance, float, str] | None:
    """Same words from the same speaker (supports), from another (contradicts), ...

    Within a language the quoted words (or, for an indirect report, the
    sentence) are compared with rapidfuzz's partial ratio; across languages
    only the speaker and source are compared, and the wording is not.
    """
    a, b = claim.attribution, other.attribution
    assert a is not None and b is not None
    if _participants_differ(claim, other, registry):
        return None  # a report of another meeting (Tamim received Rubio, not Fidan)
    if _places_differ(claim, other, registry, strict=claim.language == other.language):
        return None  # the same speaker on another country (Lebanon's deadlock, Libya's)
    if _qualifiers_differ(claim, other, settings) or _years_differ(claim, other):
        return None  # other figures or years in the statement: "to 6%" is not "to 4%"
    speaker_known = a.speaker is not None and b.speaker is not None
    # one outlet's title may be the other's name: the same office of the same country
    speaker_ok = registry.compatible(a.speaker, b.speaker) or (
        a.speaker_role is not None and a.speaker_role == b.speaker_role
    )
    if _facets_differ(claim, other, registry, statements=True):
        # a cut against a raise, high against low: another statement
        return ("related", 0.0, "same speaker, another statement") if speaker_ok else None
    source_ok = registry.compatible(a.source, b.source)
    if _denies(claim) != _denies(other):
        # one denies, the other asserts: never the same statement, whoever made them
        return (
            ("related", 0.0, "same speaker, a denial against an assertion") if speaker_ok else None
        )
    if (
        claim.language != other.language
        and not (_soft_negation(claim) or _soft_negation(other))
        and _negated(claim) != _negated(other)
    ):
        # «لن يدخل» against "was ready to": one says no, the other yes
        if not speaker_ok:
            return None
        return "related", 0.0, "same speaker, one statement negated and the other not"
    if claim.language != other.language:
        ctx_a, ctx_b = _context(claim), _context(other)
        if ctx_a and ctx_b and not ctx_a & ctx_b:
            return None  # the same speaker on another subject
        if speaker_ok or (a.speaker is None and b.speaker is None and source_ok):
            return "translated", 0.0, "same speaker; translated, wording not compared"
        return None
    ta, tb = match_text(a.quote or claim.sentence), match_text(b.quote or other.sentence)
    # a short quote ("global fascism") is found inside almost anything: compare it whole
    short = min(len(ta), len(tb)) < settings.min_partial_length
    sim = fuzz.ratio(ta, tb) if short else fuzz.partial_ratio(ta, tb)
    if sim >= settings.min_quote_similarity:
        if speaker_known and not speaker_ok:
            return (
                "contradicts",
                sim / 100,
                f"the same words, credited to {registry.name(b.speaker)}",
            )
        if speaker_ok:
            return "supports", sim / 100, "the same words, the same speaker"
        if a.speaker is None and b.speaker is None and source_ok:
            return "supports", sim / 100, "the same words, the same source"
        return None
    if speaker_ok:
        return "related", sim / 100, "same speaker, different wording"
    return None


def score_candidates(
    claim: Claim,
    candidates: Sequence[Candidate],
    settings: Settings,
    registry: Registry | None = None,
) -> list[Scored]:
    """Relevant candidates with their stance, best one per article."""
    registry = registry or load_registry()
    best: dict[str, Scored] = {}
    for cand in candidates:
        other = cand.claim
        if other.article_id == claim.article_id:
            continue
        score, parts = relevance(claim, other)
        note: str | None = None
        imprecise = False
        differ = False
        if claim.quantity is not None and other.quantity is not None:
            if (
                score < settings.min_relevance
                or not comparable(claim.quantity, other.quantity, settings)
                or _other_events(claim, other, registry)
                or _other_anniversary(claim, other)
                or _places_differ(claim, other, registry)
                or _qualifiers_differ(claim, other, settings)
            ):
                continue  # another fact: another event, another anniversary, or an increment
            stance, imprecise, note = _quantity_stance(claim.quantity, other.quantity, settings)
            if _participants_differ(claim, other, registry):
                differ = True
                note = f"{note}; participants: {', '.join(other.participants)}"
        elif claim.date is not None and other.date is not None:
            # a story has many dates (the parade, the talks, the departure): compare a date
            # only with another outlet's date for the same event
            if (
                not (
                    _shared_event(claim, other, registry)
                    or _same_unnamed_event(claim, other, registry, parts)
                )
                or _participants_differ(claim, other, registry)
                or _places_differ(claim, other, registry)
                or _facets_differ(claim, other, registry)
                or _qualifiers_differ(claim, other, settings)
                or ("plan" in claim.topics) != ("plan" in other.topics)
                or not (
                    # the same people or places, or the very same day of the same event
                    (score >= settings.min_relevance and set(claim.entities) & set(other.entities))
                    or _same_day(claim, other)
                )
            ):
                continue  # a date of another event, or of another meeting
            got_date = _date_stance(claim, other)
            if got_date is None:
                continue
            stance, note = got_date
        elif claim.attribution is not None and other.attribution is not None:
            got = _attribution_stance(claim, other, registry, settings)
            if got is None:
                continue
            stance, quote_sim, note = got
            parts["quote"] = round(quote_sim, 3)
            if stance in ("translated", "related") and score < settings.min_relevance:
                continue
            if stance not in ("translated", "related"):
                score = round(max(score, quote_sim), 3)
        else:
            continue
        item = Scored(cand, score, parts, stance, note, imprecise, differ)
        prev = best.get(other.article_id)
        if prev is None or _rank(item) > _rank(prev):
            best[other.article_id] = item
    return sorted(best.values(), key=lambda s: (-s.score, s.cand.outlet, s.cand.claim.id))


def _rank(s: Scored) -> tuple[bool, float]:
    """Evidence on the words or the figure outranks evidence on the speaker alone."""
    return s.stance not in ("translated", "related"), s.score


def wire_groups(texts: dict[str, tuple[str, str]], settings: Settings) -> dict[str, str]:
    """Group articles that are one wire copy republished: {article id: group id}.

    ``texts`` maps article ids to (language, text). Two articles in one language
    whose folded openings are near-identical (rapidfuzz ratio at least
    ``near_duplicate_similarity``) share a group; the group id is the first
    article's id in sorted order.
    """
    folded = {
        aid: (lang, match_text(text[: settings.duplicate_prefix_chars]))
        for aid, (lang, text) in texts.items()
    }
    groups: dict[str, str] = {}
    heads: list[str] = []
    for aid in sorted(folded):
        lang, body = folded[aid]
        for head in heads:
            hlang, hbody = folded[head]
            if hlang == lang and fuzz.ratio(body, hbody) >= settings.near_duplicate_similarity:
                groups[aid] = head
                break
        else:
            heads.append(aid)
            groups[aid] = aid
    return groups


def _clusters(
    items: list[Scored], settings: Settings, groups: dict[str, str] | None = None
) -> list[list[Scored]]:
    """Group evidence that is one source: the same outlet, one wire copy republished,
    near-identical sentences, or the same wire agency credited.

    Linkage is transitive (union-find over every pair), so the order of the
    evidence does not change the groups.
    """
    groups = groups or {}
    reg = load_registry()
    # wire agencies relay one report to many outlets; a platform post or "the media" do not
    wires = {k for k, e in reg.entities.items() if e.kind == "agency"} - {
        "media",
        "official_sources",
    }
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    texts = [match_text(it.cand.claim.sentence) for it in items]
    for i, a in enumerate(items):
        ca = a.cand.claim
        for j in range(i + 1, len(items)):
            cb = items[j].cand.claim
            src = cb.attribution.source if cb.attribution else None
            linked = (
                a.cand.outlet == items[j].cand.outlet
                or (
                    groups.get(ca.article_id) is not None
                    and groups.get(ca.article_id) == groups.get(cb.article_id)
                )
                or (src in wires and ca.attribution is not None and ca.attribution.source == src)
                or (
                    ca.language == cb.language
                    and fuzz.ratio(texts[i], texts[j]) >= settings.near_duplicate_similarity
                )
            )
            if linked:
                parent[find(j)] = find(i)
    clusters: dict[int, list[Scored]] = {}
    for i, it in enumerate(items):
        clusters.setdefault(find(i), []).append(it)
    return list(clusters.values())


def _to_evidence(s: Scored) -> Evidence:
    c = s.cand.claim
    return Evidence(
        claim_id=c.id,
        article_id=c.article_id,
        outlet=s.cand.outlet,
        outlet_name=s.cand.outlet_name,
        url=s.cand.url,
        published=s.cand.published,
        language=c.language,  # type: ignore[arg-type]
        text=c.text,
        sentence=c.sentence,
        value=c.describe(),
        stance=s.stance,
        score=s.score,
        score_parts=s.parts,
        note=s.note,
    )


def _names(items: list[Scored]) -> str:
    seen: list[str] = []
    for s in items:
        name = s.cand.outlet_name or s.cand.outlet
        if name not in seen:
            seen.append(name)
    return ", ".join(seen[:4]) + (f" and {len(seen) - 4} more" if len(seen) > 4 else "")


def judge(
    claim: Claim,
    candidates: Sequence[Candidate],
    settings: Settings | None = None,
    registry: Registry | None = None,
    groups: dict[str, str] | None = None,
) -> ClaimVerdict:
    """The verdict on one claim, with its evidence and a one-line reason.

    >>> judge(claim, []).verdict   # doctest: +SKIP
    'unverified'
    """
    settings = settings or Settings()
    registry = registry or load_registry()
    scored = score_candidates(claim, candidates, settings, registry)
    if not scored:
        return ClaimVerdict(
            claim=claim, verdict="unverified", reason="No other outlet in the store states this."
        )
    clusters = _clusters(scored, settings, groups)

    def votes(pred) -> int:  # independent sources whose strongest evidence satisfies pred
        return sum(1 for cl in clusters if pred(max(cl, key=_rank)))

    support = votes(lambda s: s.stance in ("supports", "more_precise") and not s.imprecise)
    translated = votes(lambda s: s.stance in ("translated", "related"))
    against = votes(lambda s: s.stance == "contradicts")
    imprecise = votes(lambda s: s.imprecise)
    differ = votes(lambda s: s.participants_differ and s.stance in ("supports", "more_precise"))
    outlets = len({s.cand.outlet for s in scored})
    indep = len(clusters)
    value = claim.describe()
    evidence = [_to_evidence(s) for s in scored[: settings.max_evidence]]
    tally = f"{outlets} outlet{'s' * (outlets != 1)}, {indep} independent"

    def verdict(v, reason: str) -> ClaimVerdict:
        return ClaimVerdict(
            claim=claim,
            verdict=v,
            reason=f"{reason} ({tally}).",
            evidence=evidence,
            outlets=outlets,
            independent_outlets=indep,
        )

    if differ and differ * 2 >= support and claim.participants:
        others = sorted(
            {p for s in scored if s.participants_differ for p in s.cand.claim.participants}
        )
        return verdict(
            "conflicts",
            f"The figure {value} agrees, but the participants differ: "
            f"the article has {registry.names_of(claim.participants)}; "
            f"{_names([s for s in scored if s.participants_differ])} "
            f"name {registry.names_of(others)}",
        )
    if imprecise and imprecise >= support and imprecise >= against:
        precise = [s for s in scored if s.imprecise]
        figures = ", ".join(dict.fromkeys(s.cand.claim.describe() for s in precise))
        return verdict(
            "imprecise",
            f"The article says {value}; {_names(precise)} give "
            f"more precise figures outside that range: {figures}",
        )
    if support == 0 and against == 0 and translated:
        # same speaker, other words or another language: listed, but it confirms nothing
        return verdict(
            "unverified",
            f"{_names(scored)} report statements by the same speaker on this, "
            "but not these words (translated or reworded; wording not compared)",
        )
    if support > against:
        if support < settings.min_sources:
            return verdict(
                "unverified",
                f"Only {support} independent source(s) agree; {settings.min_sources} required",
            )
        dissent = [s for s in scored if s.stance == "contradicts"]
        extra = (
            f"; dissent: {_names(dissent)} "
            f"({', '.join(dict.fromkeys(s.cand.claim.describe() for s in dissent))})"
            if dissent
            else ""
        )
        return verdict(
            "agrees",
            f"{_names([s for s in scored if s.stance in ('supports', 'more_precise')])}"
            f" state a compatible {claim.kind}{extra}",
        )
    if against and against == support:
        return verdict(
            "disputed",
            f"Outlets split evenly: {support} independent source(s) agree, {against} contradict",
        )
    if against > support:
        figures = ", ".join(
            dict.fromkeys(s.cand.claim.describe() for s in scored if s.stance == "contradicts")
        )
        return verdict(
            "conflicts",
            f"The article says {value}; {_names([s for s in scored if s.stance == 'contradicts'])}"
            f" say otherwise: {figures}",
        )
    return verdict("unverified", "Other outlets give only vaguer figures")
