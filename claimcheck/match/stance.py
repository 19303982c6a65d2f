"""What another outlet's claim says about this one: a compatible figure or a
contradicting one, a more or less precise date, the same words from the same speaker,
another statement (a denial, a negation, the opposite direction), or a translation."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.extract.attributions import PUBLIC_BODY_HEADS, QUOTE_RE
from claimcheck.extract.entities import (
    AGENCY_PREFIX,
    DESCRIPTION_PREFIX,
    FEDERATION_PREFIX,
    NAME_PREFIX,
    OFFICE_PREFIX,
    Registry,
    load_registry,
    name_key,
    same_office,
)
from claimcheck.extract.quantities import parse_digits
from claimcheck.lexicons import fold, unit_family, unit_scale
from claimcheck.lexicons import load as load_lexicon
from claimcheck.match.content import concepts
from claimcheck.match.facts import (
    _LOWER,
    _facets_differ,
    _figures,
    _months_said_differ,
    _nationalities,
    _participants_differ,
    _places_differ,
    _qualifiers_differ,
    _years_differ,
    analysed,
    as_gregorian,
)
from claimcheck.match.relevance import _subject_topics, _unlisted, _written_in
from claimcheck.models import Attribution, Claim, Quantity, Stance
from claimcheck.normalize import SCORE_UNITS, interval, last_digit_step, match_text, precision
from claimcheck.settings import Settings


def _named_person(speaker: str | None, registry: Registry) -> bool:
    """Is the speaker a person by name (a registry person or a name it lacks)?"""
    if speaker is None:
        return False
    if speaker.startswith(NAME_PREFIX):
        return True
    ent = registry.entities.get(speaker)
    return ent is not None and ent.kind == "person"


def same_speaker(a: Attribution, b: Attribution, registry: Registry) -> bool:
    """Could the two statements have one speaker? The same person or name; one outlet's
    title and the other's name for the same office of the same country, unless each
    names a holder and they are two people (two finance ministers); or a registry title
    (الرئيس الأمريكي, read as today's holder) against a name of an earlier holder (Biden)."""
    if registry.compatible(a.speaker, b.speaker):
        return True
    if (
        same_office(a.speaker_role, b.speaker_role)
        and not (_named_person(a.speaker, registry) and _named_person(b.speaker, registry))
    ) or (a.by_title and b.by_title and a.speaker_role == b.speaker_role):
        return True
    return (a.by_title and registry.holds(a.speaker_role, b.speaker)) or (
        b.by_title and registry.holds(b.speaker_role, a.speaker)
    )


def _body_words(text: str, lang: str) -> bool:
    """Does ``text`` name a public body by its head word (هيئة الإحصاء, "statistics agency")?"""
    heads = PUBLIC_BODY_HEADS[lang]
    for tok in analysed(text, lang)[0]:
        if any(f in heads or f.removeprefix("ال") in heads for f, _ in tok.readings):
            return True
    return False


def _same_kind_of_body(claim: Claim, span: str, other: Claim, other_text: str | None) -> bool:
    """Are two speakers no registry lists the same sort of public body of the same country,
    by the ideas of their names (إدارة الأرصاد الجوية المركزية في تايوان, "Taiwan's Central
    Weather Administration"; هيئة الإحصاء, "statistics agency")?"""
    if not other_text or claim.language == other.language:
        return False
    if not (_body_words(span, claim.language) and _body_words(other_text, other.language)):
        return False
    if not concepts(span, claim.language) & concepts(other_text, other.language):
        return False
    # the body's country, where its own words give one, is named on the other side too
    mine = _countries_in(span, claim.language)
    theirs = _countries_in(other.sentence, other.language)
    return not (mine and theirs and not mine & theirs)


def _countries_in(text: str, lang: str) -> frozenset[str]:
    _, mentions, _ = analysed(text, lang)
    out = {
        c for m in mentions if m.entity.kind == "place" and (c := m.entity.iso or m.entity.country)
    }
    return frozenset(out) | _nationalities(text, lang)


def _body_of_city(place: str, written: str, body: str, registry: Registry) -> bool:
    """Is ``body`` an organisation named after the city ``place``, written ``written``
    ("Barcelona said" for FC Barcelona, نادي برشلونة; "Lyon said" for Olympique Lyon)? A
    city does not speak; its club or council does."""
    city, org = registry.entities.get(place), registry.entities.get(body)
    if city is None or org is None or not city.locality or org.kind != "organisation":
        return False
    words = {fold(w) for w in written.split()}
    return bool(words) and words <= registry.name_words.get(body, frozenset())


def speakers_meet(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Could two statements have one speaker: ``same_speaker``, or one side's speaker, in
    words no rule read as a name, naming the other's?"""
    a, b = claim.attribution, other.attribution
    if a is None or b is None:
        return False
    return (
        same_speaker(a, b, registry)
        or _named_in_unread(claim, other, registry)
        or _named_in_unread(other, claim, registry)
    )


def _named_in_unread(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Does ``claim``'s speaker, words no rule read as a speaker, name ``other``'s speaker?

    The other speaker is found among the entities inside those words, or its name,
    romanized, is written in them (آشيش جها ~ Ashish Jha; حصة المطروشي ~ Hessa Al
    Matroushi). Two unread speakers are the same only when one's words are written in
    the other's."""
    a, b = claim.attribution, other.attribution
    if a is None or b is None or a.speaker is not None or not a.speaker_text:
        return False
    span = a.speaker_text
    if (
        b.speaker is None or b.speaker.startswith((NAME_PREFIX, OFFICE_PREFIX))
    ) and _same_kind_of_body(claim, span, other, b.speaker_text):
        return True
    if b.speaker is None:
        if not b.speaker_text:
            return False
        if claim.language == other.language:
            return fuzz.ratio(match_text(span), match_text(b.speaker_text)) >= 85
        key = name_key(b.speaker_text if claim.language == "ar" else span)
        return bool(key) and _written_in(key, span if claim.language == "ar" else b.speaker_text)
    start = claim.sentence.find(span)
    if start >= 0:
        _, mentions, _ = analysed(claim.sentence, claim.language)
        end = start + len(span)
        if any(
            start <= m.start
            and m.end <= end
            and (
                registry.compatible(m.entity.id, b.speaker)
                or _body_of_city(m.entity.id, claim.sentence[m.start : m.end], b.speaker, registry)
            )
            for m in mentions
        ):
            return True
    key = _unlisted(b.speaker) or name_key(registry.names.get(b.speaker, ""))
    return bool(key) and _written_in(key, span)


_THAT = re.compile(r"\b(?:that)\b|(?<!\w)(?:[وف]?ب?[إأا]ن(?:ه|ها|هم)?)(?!\w)")
_GUILLEMETS = re.compile(r"«[^»]*»")
_CIRCUMSTANCE = re.compile(
    r"\b(?:after|before|following|ending|since)\b|(?<!\w)(?:بعد|عقب|قبل|منذ|لي\w+)(?!\w)"
)


def _said_span(claim: Claim) -> tuple[int, int] | None:
    """Where the sentence gives what was said: its quote, or what follows إن / أن / "that"
    (sentence offsets); None when the sentence does not mark it."""
    a = claim.attribution
    if a is None:
        return None
    if a.quote_start is not None and a.quote_end is not None:
        return a.quote_start - claim.sentence_start, a.quote_end - claim.sentence_start
    named = [(g.start(), g.end()) for g in _GUILLEMETS.finditer(claim.sentence)]
    for m in _THAT.finditer(claim.sentence):
        if not any(lo < m.start() < hi for lo, hi in named):  # «سي إن بي سي» is a name
            return m.end(), len(claim.sentence)
    # "Jalajel insisted the kingdom had not failed": what follows the verb, when it opens
    # the sentence's second half
    at = claim.sentence.find(a.verb) if a.verb else -1
    if 0 <= at < len(claim.sentence) / 2:
        return at + len(a.verb or ""), len(claim.sentence)
    return None


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")


# Distances in metres that name track, road and pool events
_RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})


def _figures_on_one_side(claim: Claim, other: Claim) -> bool:
    """Do the words said give a figure (a count, a share, an amount) that the other
    sentence, with no number anywhere in it, cannot be giving?

    A translation keeps its figures: "83% of the 1,301 dead had no permit" is not "the
    kingdom did not fail the pilgrims". Small counts (one dose, the last two years) are
    words a paraphrase drops or turns, and figures outside what was said (the speaker's
    age, the deal he spoke after) are the outlet's, so neither counts.
    """

    def telling(c: Claim) -> bool:
        span = _said_span(c)
        if span is None:
            return False
        # the words said end where the outlet says when or after what ("after a 3-1 home
        # defeat", ليطوي صفحة ثلاثة عشر عاماً)
        after = _CIRCUMSTANCE.search(c.sentence, span[0])
        end = after.start() if after else span[1]
        return any(
            not q.vague
            and ((q.value or 0) >= 10 or q.unit == "percent")
            and span[0] <= q.start < end
            # a race's distance names the event (٣٠٠٠ متر موانع, the 200m), which the
            # other side may call by name (the steeplechase)
            and not (q.unit == "meter" and q.value in _RACE_DISTANCES)
            for q in _figures(c.sentence, c.language, counts=True)
        )

    def numberless(c: Claim) -> bool:
        if _DIGIT.search(c.sentence) or _figures(c.sentence, c.language, counts=True):
            return False
        lex = load_lexicon(c.language)
        return not any(
            (f,) in lex.numbers or f in lex.scales or (f,) in lex.vague or f in lex.ordinal_numbers
            for t in analysed(c.sentence, c.language)[0]  # tokens parsed once per sentence
            for f, _ in t.readings
        )

    return (telling(claim) and numberless(other)) or (telling(other) and numberless(claim))


def _other_statement(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Do two translated statements say different things, by the ideas they carry?

    Only when they share none, and both carry two or more, or one carries two or more
    and the other at least one. Sharing only ideas of the speaker's field (a title, the
    team) counts as sharing none when, besides, each carries two or more, or one carries
    four or more and the other at least one. A partial overlap is left alone: translators
    pick other words for the same idea («الدفاع عن وتعزيز» / "preserve, solidify"), and
    the lexicon never knows them all.
    """
    lo, hi = sorted((len(ka), len(kb)))
    if not ka & kb:
        return lo >= 2 or (lo >= 1 and hi >= 2)
    # sharing only the speaker's field (space for a NASA chief, a title for a player) is
    # sharing nothing, when each says something else besides
    ra, rb = ka - _FIELD_IDEAS, kb - _FIELD_IDEAS
    if ka & kb <= _SPORT_IDEAS and not ra & rb:
        # a sport's name is in its bodies' names too (LIV Golf, ليف غولف): sharing it is
        # sharing nothing at all, and the rest is judged as above
        return _other_statement(ra, rb)
    if not (ka & kb <= _FIELD_IDEAS) or ra & rb:
        return False
    lo_r, hi_r = sorted((len(ra), len(rb)))
    # each says something else besides; or one little and the other a great deal more
    return lo_r >= _FIELD_REST or (lo_r >= 1 and hi_r >= 4)


# A sport by name (tennis, تنس)
_SPORT_IDEAS = frozenset({"tennis", "golf", "chess", "cricket", "boxing"})
# Ideas of a whole field of news, which most statements by its people carry
_FIELD_IDEAS = frozenset(
    {"tournament_title", "space_satellites", "squad_team_players", "health",
     "war_conflict", "career", "club", "competition", "astronomy", "research_science",
     "coach", "season", "playing", "climate", "global_warming",
     # a disease or a science's field is what a story is about, not what was said of it
     "polio", "cholera", "measles", "malaria", "mpox", "covid", "ebola", "hiv_aids",
     "influenza", "tuberculosis", "cancer_tumour", "diabetes_obesity", "genetics", "animals",
     "oceans", "fossils_dinosaurs"}
) | _SPORT_IDEAS  # fmt: skip
_FIELD_REST = 2


def _other_quote(a: Attribution, b: Attribution, lang_a: str, lang_b: str) -> bool:
    """Two direct quotes whose words carry ideas, none in common («نحن في حرب» against
    "mighty vengeance"): two things said. A translation keeps at least one idea."""
    if a.quote is None or b.quote is None:
        return False
    qa, qb = concepts(a.quote, lang_a), concepts(b.quote, lang_b)
    return bool(qa and qb and not qa & qb)


def _statement_concepts(claim: Claim) -> frozenset[str]:
    """The ideas a statement carries, leaving out its crediting frame (قال وزير الخارجية
    إن, "the ministry said"): who speaks is compared elsewhere."""
    return _sentence_concepts(claim.sentence, claim.language)


@lru_cache(maxsize=16384)
def _sentence_concepts(sentence: str, lang: str) -> frozenset[str]:
    text = list(sentence)
    for a, b in analysed(sentence, lang)[2]:
        text[a:b] = " " * (b - a)
    # a reporting verb that is itself what was done (اعتذر, "apologised") stays an idea
    return concepts("".join(text), lang) | (concepts(sentence, lang) & _ACT_IDEAS)


# Ideas of reporting verbs that say what the statement did, not only that one spoke
_ACT_IDEAS = frozenset({"apology", "dedication_gift"})


def _nationality_ids(claim: Claim, registry: Registry) -> set[str]:
    """The registry ids of the countries a sentence names only as who someone is."""
    isos = _nationalities(claim.sentence, claim.language)
    return {c for i in isos if (c := registry.countries.get(i))}


def _people_spoken_of(claim: Claim, registry: Registry) -> set[str]:
    """The people the registry knows that a statement names besides its speaker (a name
    the registry lacks may be common words misread as one)."""
    a = claim.attribution
    skip = {a.speaker, a.speaker_role} if a else set()
    if a and a.speaker and a.speaker.startswith("group:"):
        skip |= set(a.speaker.removeprefix("group:").split("+"))
    return {
        e
        for e in claim.entities
        if e not in skip and (ent := registry.entities.get(e)) is not None and ent.kind == "person"
    }


def _people_spoken_of_differ(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Each statement names someone besides its speaker, and neither names anyone the
    other does: Bayern appointing Vincent Kompany and appointing Thomas Tuchel are two
    statements."""
    from claimcheck.match.facts import _names_person

    p1, p2 = _people_spoken_of(claim, registry), _people_spoken_of(other, registry)
    if not (p1 and p2):
        return False
    return not any(_names_person(other, p) for p in p1) and not any(
        _names_person(claim, p) for p in p2
    )


def _context(claim: Claim) -> set[str]:
    """What a statement is about, beyond who made it and who carried it: registry ids only
    (a name the registry lacks may be written differently in the other language)."""
    a = claim.attribution
    skip = {a.speaker, a.source} if a else set()
    registry = load_registry()
    # the nationality of someone named (التشيكية ماركيتا فوندروشوفا) says who, not what about
    skip |= _nationality_ids(claim, registry)
    ids = (set(claim.entities) | _subject_topics(tuple(claim.topics), True)) - skip
    # an unnamed official who relays the words (a US official told AP) is not the subject
    out = {
        i
        for i in ids
        if _unlisted(i) is None
        and not i.startswith(OFFICE_PREFIX)
        # a description ("the Dane", الهولندي) is who speaks, not what about
        and not i.startswith(DESCRIPTION_PREFIX)
        and ((e := registry.entities.get(i)) is None or e.kind != "role")
    }
    # a city stands in its country too: in Abuja is in Nigeria, Tehran is Iran's; and so
    # does a seat of government (the Kremlin is Russia's)
    for i in list(out):
        e = registry.entities.get(i)
        if (
            e is not None
            and (e.locality or e.kind == "organisation")
            and e.country
            and (c := registry.countries.get(e.country))
        ):
            out.add(c)
    return out


def _with_countries(ids: set[str], registry: Registry) -> set[str]:
    """``ids`` and the countries of the bodies among them: a country's federation or agency
    is that country's (الاتحاد الهندي, "the All India Football Federation": fa:in)."""
    out = set(ids)
    for x in ids:
        if x.startswith((FEDERATION_PREFIX, AGENCY_PREFIX)):
            iso = x.partition(":")[2].upper()
        elif (e := registry.entities.get(x)) is not None and e.kind != "place":
            iso = e.country or ""
        else:
            continue
        if c := registry.countries.get(iso):
            out.add(c)
    return out


# Words between a body and the name of the person who heads or speaks for it ("Meta CEO
# Mark Zuckerberg", "UNRWA chief Philippe Lazzarini", "OpenAI's chief executive Sam Altman")
_AFFILIATION_WORDS = frozenset(
    {
        "ceo", "chief", "executive", "boss", "head", "founder", "chairman", "chairwoman",
        "chair", "president", "director", "spokesman", "spokeswoman", "spokesperson", "owner",
        "coach", "manager", "captain", "secretary", "managing", "general", "'s", "’s", "-",
        "co", "موسس", "مالك", "رييس", "مدير",
    }
)  # fmt: skip


@lru_cache(maxsize=16384)
def _affiliations(sentence: str, lang: str) -> frozenset[str]:
    """Bodies a sentence names only as a person's affiliation, right before their name
    ("Meta CEO Mark Zuckerberg", مؤسس ميتا مارك زوكربيرغ): who the speaker is, not what
    the statement is about. A body named again elsewhere in the sentence stays."""
    toks, mentions, _ = analysed(sentence, lang)
    people = {m.tok_start for m in mentions if m.entity.kind == "person"}
    named: dict[str, int] = {}
    for m in mentions:
        named[m.entity.id] = named.get(m.entity.id, 0) + 1
    out = set()
    for m in mentions:
        # a body, or an event or conference someone presides over ("COP28 president")
        if m.entity.kind not in ("organisation", "concept") or m.role or named[m.entity.id] > 1:
            continue
        k = m.tok_end
        if k < len(toks) and toks[k].kind == "num" and toks[k].start == toks[k - 1].end:
            k += 1  # COP28, G20: the edition glued to the name
        while k < len(toks) and k - m.tok_end < 4 and toks[k].fold in _AFFILIATION_WORDS:
            k += 1
        # a name after it: one the registry knows, or two capitalised words it does not
        unlisted = (
            k + 1 < len(toks)
            and not toks[k].arabic
            and toks[k].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
        )
        if k in people or (k > m.tok_end and unlisted):
            out.add(m.entity.id)
    return frozenset(out)


_DECIMALS = re.compile(r"[0-9٠-٩]+(?:[.,٫]([0-9٠-٩]+))?")


def _decimals(q: Quantity) -> int | None:
    """Digits after the decimal point as written (27.5: 1); a figure in words has those
    of its value; None for a compound of digits."""
    runs = _DECIMALS.findall(q.text)
    m = _DECIMALS.search(q.text)
    if m is None and q.value is not None:
        # all in words (ستة أمتار وستة وعشرون سنتيمتراً): as precise as the value it spells
        _, _, frac = f"{q.value:.6g}".partition(".")
        return len(frac)
    if m is None or len(runs) > 1:
        return None  # no digits, or a compound (4 minutes 24 seconds)
    written = parse_digits(m.group(0))
    if not written or q.value is None:
        return None
    ratio = q.value / written
    if not any(math.isclose(ratio, s) for s in (1.0, 1e3, 1e6, 1e9, 1e12)):
        return None  # the digits are not the figure (ستة أمتار و30 سنتيمتراً)
    frac = m.group(1)
    # a thousands separator (1,200) is no decimal part; three digits after a point that
    # read as a fraction (55.548 km, ٥٥٫٥٤٨) are
    return len(frac) if frac and (len(frac) != 3 or written != int(written)) else 0


# Measures whose every written digit is meant: a rate, a height, a time, a temperature
_MEASURED = frozenset({"percent", "meter", "km2", "kg", "second", "celsius"})


def _rates_differ(q: Quantity, o: Quantity) -> bool:
    """Two exact measures in one unit that differ at the precision of the rounder one:
    27% and 27.5% are two interest rates, 27% and 27.4% one rounded; 6.25 m and 6.30 m
    are two records. Counts get the relative tolerance; a measure's digits are all meant."""
    if q.unit != o.unit:
        return False
    if any(x.approx or x.bound or x.vague or x.value is None for x in (q, o)):
        return False
    d1, d2 = _decimals(q), _decimals(o)
    if d1 is None or d2 is None:
        return False
    if q.unit is None and min(d1, d2) < 1:
        return False  # a bare figure is a count unless both are written with decimals
    if q.unit is not None and unit_family(q.unit) not in _MEASURED:
        return False
    coarse, fine = (q, o) if d1 <= d2 else (o, q)
    step = 10.0 ** -min(d1, d2)
    rounded = math.floor(fine.value / step + 0.5) * step  # type: ignore[operator]
    return abs(rounded - coarse.value) > step / 10  # type: ignore[operator]


def _significant(value: float) -> str:
    """The significant digits of a figure (41,000,000: "41"; 2.5: "25")."""
    return f"{value:.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")


def _hedges_differ(q: Quantity, o: Quantity) -> bool:
    """Two hedged figures that each name an unround value, and not the same one: "about
    41 million years" and "about 39 million" are two estimates, though each hedge reaches
    the other. Round ones ("about 40,000", "nearly 42,000") may tell one figure."""
    if not (q.approx and o.approx) or q.value is None or o.value is None or q.value == o.value:
        return False
    if q.unit != o.unit:
        return False  # 2,170 acres and 880 hectares: one area, converted
    if q.bound or o.bound or q.vague or o.vague:
        return False

    def unround(x: Quantity) -> bool:
        if _DOZENS.search(x.text):
            return False  # "about two dozen" is round in dozens
        digits = _significant(x.value)  # type: ignore[arg-type]
        return len(digits) > 1 and digits[-1] not in "05"

    return unround(q) and unround(o)


def _unround(x: Quantity) -> bool:
    """A figure told past its first two digits (51,200; 45,500), or to two that do not end
    in 0 or 5 (41,000); not 45,000 or "two dozen"."""
    if x.value is None or _DOZENS.search(x.text):
        return False
    digits = _significant(x.value)
    return len(digits) >= 3 or (len(digits) == 2 and digits[-1] not in "05")


def _bounds_differ(q: Quantity, o: Quantity, settings: Settings) -> bool:
    """Two bounds the same way, each told to its last digits, and not the same figure: "at
    least 45,500 years" and "at least 51,200 years" are two findings, though each bound
    admits the other."""
    if q.bound is None or o.bound is None or q.value is None or o.value is None:
        return False
    if (q.bound in _LOWER) != (o.bound in _LOWER) or q.unit != o.unit:
        return False
    if abs(q.value - o.value) <= settings.exact_tolerance * max(q.value, o.value):
        return False
    return _unround(q) and _unround(o)


_DOZENS = re.compile(r"dozen|دزين|دستة|دستات", re.IGNORECASE)


def _times_differ(q: Quantity, o: Quantity) -> bool:
    """Two exact durations both told to the second (2:00:35, ساعتان وخمس وثلاثون ثانية) that
    are more than a second apart, or both to the hundredth (3:49.04) and more than a
    twentieth apart: two race times, whatever the relative tolerance."""
    if unit_family(q.unit) != "second" or unit_family(o.unit) != "second":
        return False
    if any(x.approx or x.bound or x.vague or x.value is None for x in (q, o)):
        return False
    s1 = q.value * unit_scale(q.unit)  # type: ignore[operator]
    s2 = o.value * unit_scale(o.unit)  # type: ignore[operator]
    whole = [abs(s - round(s)) < 0.005 for s in (s1, s2)]
    if not any(whole):
        return abs(s1 - s2) > 0.05  # both to the hundredth (3:49.04, 3:48.68): two times
    to_second = all(w and round(s) % 60 for w, s in zip(whole, (s1, s2), strict=True))
    return to_second and abs(s1 - s2) > 1.0


def _counts_differ(q: Quantity, o: Quantity) -> bool:
    """Two exact figures in one unit, each told past its round digits (91,648 and 91,553
    spectators), that differ by more than two units of the coarser one's last digit: two
    counts, not one rounded two ways (2,946 and 2,960 still meet)."""
    if q.value is None or o.value is None or any(x.approx or x.bound or x.vague for x in (q, o)):
        return False
    if q.unit != o.unit or q.unit in SCORE_UNITS or not (_unround(q) and _unround(o)):
        return False
    s1, s2 = last_digit_step(q), last_digit_step(o)
    if s1 is None or s2 is None:
        return False  # a figure in words has no last digit to go by
    slack = 2 * max(s1, s2) + 1e-9 * max(abs(q.value), abs(o.value))  # and float noise
    return abs(q.value - o.value) > slack


def _quantity_stance(q: Quantity, o: Quantity, settings: Settings) -> tuple[Stance, bool, str]:
    if (
        _counts_differ(q, o)
        or _rates_differ(q, o)
        or _times_differ(q, o)
        or _hedges_differ(q, o)
        or _bounds_differ(q, o, settings)
    ):
        return "contradicts", False, "incompatible figure"
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
    """Was the statement a denial: by its reporting verb (نفى, denied, dismissed), or by
    calling something false («كذب مطلق», "an absolute lie", "baseless")?"""
    verb = claim.attribution.verb if claim.attribution else None
    if verb and _denial_verb(verb, claim.language):  # type: ignore[arg-type]
        return True
    if claim.language == "en" and _EN_LIE.search(claim.sentence):
        return True  # "an absolute lie", "lies and fabrications" (not "lies in", "lie ahead")
    return "denial" in _statement_concepts(claim)


_EN_LIE = re.compile(
    r"\b(?:an?|absolute|outright|blatant|big|complete|total|pure)\s+lie\b"
    r"|\blies\b(?!\s+(?:in|ahead|with|at|on|within|behind|beyond))",
    re.IGNORECASE,
)


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
# a word with its apostrophe parts (don't, won’t): "n't" is the negator inside it
_NEG_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE_MARKS = (",", "،", ";", "؛", ".")
_SUBORDINATE = re.compile(
    r"\s(?:as|because|since|after|while|although|though|but|and|إذ|لأن|لان|بعدما|بينما|رغم"
    r"|و?لكن(?:ه|ها|هم|هما|نا)?)\s",
    re.IGNORECASE,
)


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
        # a clause of reason or time after the quote is another clause: "was 'more out
        # than in' as he had not been offered a contract"
        if (sub := _SUBORDINATE.search(text, end)) is not None:
            his.append(sub.start())
        text = text[lo : min(his, default=len(text))]
    else:
        text = QUOTE_RE.sub(" ", text)
    return _says_no(text, claim.language)


# Negation inside a word or a noun phrase (غير راضٍ = "not happy" or "unhappy"; عدم,
# بلا, "without"): the other language may or may not say it with a "not".
# An absence (غياب, انعدام), a ban ("barred", "banned") and a parting ("part ways") say no
# without a "not" too.
_SOFT_AR = frozenset({"غير", "عدم", "دون", "بدون", "بلا", "غياب", "انعدام"})
_SOFT_EN = re.compile(
    r"\b(?:un[a-z]{4,}|non-?[a-z]{4,}|without|lack(?:s|ed)?|fail(?:s|ed)?|beyond|impossible"
    r"|(?:is|was|were|are) over|barred|banned|prohibited|forbidden|absence"
    r"|part(?:s|ed|ing)? ways)\b",
    re.IGNORECASE,
)
# The end of a state: "no longer", لم يعد, "declared it over", "ended". One language says
# it with a negation, the other often without ("declared COVID-19 over as an emergency")
_ENDED = {
    "ar": re.compile(
        r"(?:^|[\s«\"“(])[وف]?(?:لم|لن|لا)\s+(?:ي|ت|ن)عو?د(?=[\s»\"”]|$)|انتهاء|انتهت|انتهى"
    ),
    "en": re.compile(
        r"\b(?:no longer|(?:is|was|were|are|it|\S+-19|\S+) over|ended|end(?:s|ing)? of)\b",
        re.IGNORECASE,
    ),
}


def _ended(claim: Claim) -> bool:
    """Does the statement tell of a state ending (no longer, لم يعد, over)?"""
    return bool(_ENDED[claim.language].search(claim.sentence))


def _negated_beyond_end(claim: Claim, other: Claim) -> bool:
    """Is the statement negated, when both tell of an ending, by more than the ending's own
    negation? لم يعد طارئة against "declared it over" is one statement; لا يعني أنه انتهى
    ("does not mean it is over") against it is not."""
    if not (_ended(claim) and _ended(other)):
        return _negated(claim)
    rest = _ENDED[claim.language].sub(" ", claim.sentence)
    return _says_no(rest, claim.language)


def _soft_negation(claim: Claim) -> bool:
    text = claim.sentence
    if claim.language == "ar":
        words = _NEG_WORD.findall(text)
        return any(w in _SOFT_AR or (w[:1] in "وبل" and w[1:] in _SOFT_AR) for w in words)
    return bool(_SOFT_EN.search(text))


# Arabic phrases built on a negator that say no "no": لا يزال / ما زال ("still"), لا سيما
# ("especially"), لا بد ("must"), إلا ("except" / "only"), ما لا يقل عن ("at least"), لا
# يزيد على ("at most"), لا رجعة فيه ("irreversible")
_NOT_NEGATION_AR = re.compile(
    r"(?:^|(?<=[\s«\"“(]))و?(?:لا|ما)\s+(?:ي|ت|ن)?(?:زال|زالت|زالوا|زالا|زلنا|زلت|يزال|تزال|يزالون|نزال"
    r"|سيما|بد|شك|قل|زيد|رجعة|رجعه|مفر)(?=\s|$|[،,.])"
)


# "not X alone", "not only" (وليس للهند وحدها, ليس فقط): a contrast that widens, not a no
_NOT_ONLY_AR = re.compile(
    r"(?:^|(?<=[\s«\"“(،,]))و?(?:ليس|ليست|لا)\s+(?:فقط|فحسب|(?:\S+\s+){1,2}وحد(?:ه|ها|هم|هما)\b)"
)


_EXCEPTIVE_AR = re.compile(r"(?:^|\s)(?:لم|لا|لن|ما|ليس)\s(?:[^.،]*?\s)?(?:[إا]لا|سوى|سوي)(?:\s|$)")
# "X, not Y" / "X and not Y" before a determiner or a preposition ("ammunition, not a
# ride"), and "rather than": a contrast, not a no
_CONTRAST_EN = re.compile(
    r"(?:,|\band)\s*not\s+(?:a|an|the|its|his|her|their|our|my|your|this|that|to|in|on|at|from|for"
    r"|with|by)\b|\brather than\b",
    re.IGNORECASE,
)
# "X, لا Y" before a preposition or a definite noun: a contrast ("Egypt's past rather than
# its future", تاريخ مصر لا من مستقبلها), not a no
_CONTRAST_AR = re.compile(
    r"(?:^|(?<=[\s«\"“(]))(?:لا|وليس)\s+(?:من|في|إلى|الى|على|عن|مع|ال\S+"
    # or a possessed noun, not a verb (لا مستقبلها: "not its future")
    r"|[^\sيتنأ]\S+(?:ها|هم|ه))(?=\s|$|[،,.»”])"
    # or an indefinite noun in the accusative right after the noun it sets against (نوع
    # مستقل وليس صغيراً: "rather than a young one"); after a comma (قسوة، وليست حرباً)
    # it is a clause of its own, "this is not war"
    r"|(?<=[^\s،,]\s)وليست?\s+\S+(?:اً|ًا)(?=\s|$|[،,.»”])"
)


# English idioms built on a negator that say no "no": make no mistake, no doubt, not only
_NOT_NEGATION_EN = re.compile(
    r"\b(?:make no mistake|no doubt|no wonder|not only|not least|no less than"
    r"|nothing less than|no matter|(?:second|next) to none|none other than)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _says_no(text: str, lang: str) -> bool:
    text = (_NOT_NEGATION_AR if lang == "ar" else _NOT_NEGATION_EN).sub(" ", text)
    if lang == "ar":
        text = _CONTRAST_AR.sub(" ", _NOT_ONLY_AR.sub(" ", text))
    else:
        text = _CONTRAST_EN.sub(" ", text)
    if lang == "ar":
        # لم يحدث إلا عندما ...: "only when", a restriction, not a no; any other no in the
        # sentence still counts (لا تولّد الكهرباء، ... لا تكفي إلا لساعات)
        text = _EXCEPTIVE_AR.sub(" ", text)
    raw = _NEG_WORD.findall(text)
    if lang == "ar" and any(w.lstrip("و") == "ألا" for w in raw):
        return True  # ألا تبقى: أن + لا (folded, it would be إلا, "except")
    if lang == "ar" and _NEVER_WOULD_AR.search(text):
        return True  # ما كان ليرد: "would never have answered" (ما alone is as often "what")
    words = {fold(w).replace("’", "'") for w in raw}
    if lang == "en":
        words |= {"n't" for w in list(words) if w.endswith("n't")}
    else:
        words |= {w[1:] for w in words if w[:1] in "وف"}  # وليست, فليس: the clitic aside
    return bool(words & _NEGATORS[lang])


# ما كان / ما كنت + لـ + a verb: a denial that it would ever be (ما كان ليرد, ما كنت لأقبل)
_NEVER_WOULD_AR = re.compile(
    r"(?:^|(?<=[\s«\"“(]))[وف]?ما\s+(?:كان|كانت|كنت|كنا|كانوا)\s+ل[يتنأا]\w{2,}"
)


# Ideas that say the opposite of each other: one statement carries one, the other the
# other. Not acceptance and rejection: "unacceptable" is read as acceptance, so that it
# meets غير مقبول
_OPPOSED = (
    ("continuation", "ceasefire_halt"),
    # taking a coach or an official on, and his leaving: two announcements
    ("appointment", "resignation"),
    ("appointment", "dismissal"),
    ("signing", "dismissal"),
)


def _opposed_ideas(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Does one statement carry an idea and the other its opposite, neither both?"""
    return any(
        (x in ka - kb and y in kb - ka) or (y in ka - kb and x in kb - ka) for x, y in _OPPOSED
    )


# Share of the fewer ideas the two statements must both carry to be one statement
_SAME_IDEAS = 0.6


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
    if (
        _qualifiers_differ(claim, other, settings)
        or _years_differ(claim, other)
        or _months_said_differ(claim, other)
    ):
        return None  # other figures or years in the statement: "to 6%" is not "to 4%"
    speaker_known = a.speaker is not None and b.speaker is not None
    speaker_ok = speakers_meet(claim, other, registry)
    if _facets_differ(claim, other, registry, statements=True):
        # a cut against a raise, high against low: another statement
        return ("related", 0.0, "same speaker, another statement") if speaker_ok else None
    source_ok = registry.compatible(a.source, b.source)
    if _denies(claim) != _denies(other) and not _negated(other if _denies(claim) else claim):
        # one denies, the other asserts: never the same statement, whoever made them. A
        # denial and a "no" are one (نفى أن يكون وقّع / "I will not be driving for them")
        return (
            ("related", 0.0, "same speaker, a denial against an assertion") if speaker_ok else None
        )
    if (
        claim.language != other.language
        and not (_soft_negation(claim) or _soft_negation(other))
        # a denial says no as a "not" does ("denied it would withdraw" / لن تسحب)
        and (_negated_beyond_end(claim, other) or _denies(claim))
        != (_negated_beyond_end(other, claim) or _denies(other))
        # each sentence says no somewhere: one outlet quotes the "no", the other reports it
        # beside the quote (أكد أنه لن يعتزل، وقال: «أريد الاستمرار» / "No, I'm not going to
        # retire. I want to keep playing")
        and not (
            _says_no(claim.sentence, claim.language) and _says_no(other.sentence, other.language)
        )
    ):
        # «لن يدخل» against "was ready to": one says no, the other yes
        if not speaker_ok:
            return None
        return "related", 0.0, "same speaker, one statement negated and the other not"
    if claim.language != other.language:
        if _figures_on_one_side(claim, other):
            # 83% of the 1,301 dead against no figure at all: a translation keeps figures
            return ("related", 0.0, "same speaker, another statement") if speaker_ok else None
        ka, kb = _statement_concepts(claim), _statement_concepts(other)
        if _opposed_ideas(ka, kb):
            # going on against pausing: another statement
            return ("related", 0.0, "same speaker, the opposite stance") if speaker_ok else None
        if (
            _other_statement(ka, kb)
            or (not ka & kb and _other_quote(a, b, claim.language, other.language))
            or _people_spoken_of_differ(claim, other, registry)
        ):
            # each says several things and none the same: another statement
            return ("related", 0.0, "same speaker, another statement") if speaker_ok else None
        ctx_a, ctx_b = _context(claim), _context(other)
        # a body named only as the speaker's affiliation ("Meta CEO Mark Zuckerberg") is
        # what the statement is about only if the other side names it too
        ctx_a -= _affiliations(claim.sentence, claim.language) - ctx_b
        ctx_b -= _affiliations(other.sentence, other.language) - ctx_a
        # the country or body in a speaker's title (رئيس الاتحاد الدولي لكرة القدم, FIFA
        # chief) says who speaks, not what about: the subjects must differ without it too
        titles = {
            r.partition("@")[2]
            for r in (a.speaker_role, b.speaker_role)
            if r and r.startswith(OFFICE_PREFIX)
        }
        # and the country that body stands in (the Houthis' spokesman: Yemen)
        titles |= {
            c
            for t in list(titles)
            if (e := registry.entities.get(t)) is not None
            and e.country
            and (c := registry.countries.get(e.country))
        }
        rest_a, rest_b = ctx_a - titles, ctx_b - titles
        # a country one side names only as the speaker's nationality (الصربي ديوكوفيتش) it
        # names all the same ("the gold medal for Serbia")
        nat_a, nat_b = _nationality_ids(claim, registry), _nationality_ids(other, registry)

        def apart(xs: set[str], ys: set[str]) -> bool:
            return bool(
                xs
                and ys
                and not (_with_countries(xs, registry) | nat_a)
                & (_with_countries(ys, registry) | nat_b)
            )

        # two ideas or more, most of the fewer side's, make one statement whoever else each
        # names (the opponent on one side, the city on the other)
        same_ideas = len(ka & kb) >= max(2, _SAME_IDEAS * min(len(ka), len(kb)))
        if not same_ideas and (apart(ctx_a, ctx_b) or apart(rest_a, rest_b)):
            return None  # the same speaker on another subject
        if speaker_ok or (
            a.speaker is None
            and b.speaker is None
            and not (a.speaker_text or b.speaker_text)
            and source_ok
        ):
            return "translated", 0.0, "same speaker; translated, wording not compared"
        if (
            a.source is not None
            and a.source == b.source
            and (src := registry.entities.get(a.source)) is not None
            and src.kind == "agency"
            and any(x.speaker is None and not x.speaker_text for x in (a, b))
        ):
            # the agency's own report (وذكرت الوكالة أن) and the same agency crediting it to
            # the one who acted ("Saudi Arabia declared ..., SPA reported"): one report
            return "translated", 0.0, "same source; translated, wording not compared"
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
        if (
            a.speaker is None
            and b.speaker is None
            and not (a.speaker_text or b.speaker_text)
            and source_ok
        ):
            return "supports", sim / 100, "the same words, the same source"
        return None
    if speaker_ok:
        return "related", sim / 100, "same speaker, different wording"
    return None
