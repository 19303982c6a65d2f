"""Extract stage: article text in, claims with exact spans out. Pure.

``extract_claims`` runs, sentence by sentence (boilerplate lines skipped):
dates, then quantities (leaving the dates' figures alone), entity mentions,
attributions and event participants. Every claim's ``start``/``end`` index the
original text.
"""

from __future__ import annotations

import dataclasses
import re
from contextlib import suppress
from datetime import date

from claimcheck.extract.attributions import (
    _COMPLEMENTIZERS as _THAT_FORMS,
)
from claimcheck.extract.attributions import (
    GROUP_PREFIX,
    AttributionState,
    _addressee,
    _is_verb,
    attribute,
    find_cues,
    find_descriptions,
    find_quotes,
    group_id,
    resolve_description,
)
from claimcheck.extract.dates import DateParser, parse_dates
from claimcheck.extract.entities import (
    _AR_NAME_STOP,
    NAME_PREFIX,
    OFFICE_PREFIX,
    Entity,
    Mention,
    Registry,
    find_groups,
    find_mentions,
    find_national_agencies,
    find_national_federations,
    find_offices,
    find_storms,
    find_unlisted_bodies,
    load_registry,
    name_key,
    unresolved_names,
)
from claimcheck.extract.places import EN_DEMONYM_ENDINGS, PLACE_PREFIX
from claimcheck.extract.quantities import detect_language, parse_quantities, parser_for
from claimcheck.extract.segment import Sentence, split_sentences
from claimcheck.extract.tokens import Token, tokenize
from claimcheck.lexicons import Lexicon, fold, load
from claimcheck.models import Attribution, Claim, DateValue, Language, Quantity, content_hash

__all__ = ["detect_language", "extract_claims", "parse_dates", "parse_quantities"]

_MEETING_UNITS = {"minute", "hour"}
# Outcome concepts that say what a bare figure counts (a toll of 2,200: the dead).
_TOLL_SUBJECTS = {"casualties": "death", "injuries": "injured", "missing": "person"}
# Last words of an English name that make it a body's (the Australian National University)
_EN_BODY_WORDS = frozenset(
    {
        "university", "institute", "agency", "association", "authority", "administration",
        "council", "society", "foundation", "museum", "observatory", "laboratory",
        "laboratories", "hospital", "company", "corporation", "academy", "centre", "center",
        "college", "bank", "federation", "union", "league", "club", "committee", "commission",
        "office", "ministry", "department", "service", "survey", "board", "organisation",
        "organization", "group", "consortium", "trust", "fund", "network",
    }
)  # fmt: skip
_MIN_NAME_KEY = 4  # letters in a name key: shorter keys (Modi -> md) collide too easily
_MIN_PLACE_KEY = 2
_COMPLEMENTIZERS = {"ان", "بان", "that"}
_CLAUSE_BREAKS = {",", "،", ";", "؛", ":", "(", ")", "—", "–"}


def _shift_q(q: Quantity, off: int) -> Quantity:
    return q.model_copy(update={"start": q.start + off, "end": q.end + off})


def _shift_d(d: DateValue, off: int) -> DateValue:
    return d.model_copy(update={"start": d.start + off, "end": d.end + off})


def _claim_id(article_id: str, kind: str, start: int, end: int) -> str:
    return content_hash(f"{article_id}:{kind}:{start}:{end}")


def _clause(
    toks: list[Token], start: int, weekdays: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Token range of the clause holding character offset ``start``. For a date, the
    comma after its weekday ("on Friday, September 8") is inside the date, not a break."""
    lo, hi = 0, len(toks)
    for k, t in enumerate(toks):
        if t.kind == "punct" and t.text in _CLAUSE_BREAKS:
            if t.text == "," and k > 0 and toks[k - 1].fold in weekdays:
                continue
            if (
                t.text == ":"
                and 0 < k < len(toks) - 1
                and toks[k - 1].kind == toks[k + 1].kind == "num"
                and toks[k - 1].end == t.start
                and t.end == toks[k + 1].start
            ):
                continue  # a time of day (at 4:17 a.m.), not a break
            if t.end <= start:
                lo = k + 1
            elif t.start >= start:
                hi = k
                break
    return lo, hi


def _participants(
    toks: list[Token],
    mentions: list[Mention],
    groups: list[tuple[int, int, int]],
    span: tuple[int, int],
    recent: list[str],
    reporters: set[int],
) -> list[str]:
    """People taking part in a meeting named in ``span`` (a clause or the sentence).

    A group reference (الثلاثي, the two leaders) stands for the most recently
    named leaders; someone who only reports the meeting ("..., Ushakov said",
    «وقال أوشاكوف إن الزعيمين ناقشا») is not in it.
    """
    lo, hi = span
    inside = [m for m in mentions if lo <= m.tok_start < hi]
    if not any(m.entity.meeting for m in inside):
        return []
    group_sizes = [g[2] for g in groups if lo <= g[0] < hi]
    if group_sizes:
        return sorted({p for size in group_sizes for p in recent[-size:]})
    people = {
        m.entity.id for m in inside if m.entity.kind == "person" and m.tok_start not in reporters
    }
    return sorted(people) if len(people) >= 2 else []


def _in_place_of(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """``mentions`` with ``found`` in place of those starting inside them (the country in
    وكالة الأنباء الغانية gives way to the agency), in text order."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.tok_start <= m.tok_start < f.tok_end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.tok_start)


def _reporters(toks: list[Token], mentions: list[Mention], lex) -> set[int]:
    """Mentions (by first token) of people who report what others did.

    A name at a reporting verb followed by a complementizer (قال أوشاكوف إن,
    Ushakov said that), or at a verb in the sentence's trailing clause
    ("..., Ushakov said").
    """
    out: set[int] = set()
    last_break = max((k for k, t in enumerate(toks) if t.text in _CLAUSE_BREAKS), default=-1)
    for m in mentions:
        for k in (m.tok_start - 1, m.tok_end):
            if not 0 <= k < len(toks) or not _is_verb(toks[k], lex):
                continue
            after = {t.fold for t in toks[max(k, m.tok_end) : max(k, m.tok_end) + 3]}
            forms = {
                f for t in toks[max(k, m.tok_end) : max(k, m.tok_end) + 3] for f, _ in t.readings
            }
            if (after | forms) & _COMPLEMENTIZERS or min(k, m.tok_start) > last_break >= 0:
                out.add(m.tok_start)
    return out


# Arabic "others" follows what it adds to (٦ آلاف آخرين): before a figure it is another noun's
_AR_OTHERS = frozenset({"اخرين", "اخري", "اخر"})


def _is_increment(
    toks: list[Token],
    events: list[Mention],
    figure: tuple[int, int],
    figures: list[tuple[int, int]],
    outcomes: set[str],
) -> bool:
    """Is this figure an increment ("a further 6,000", "حزمة إضافية", "٦ آلاف آخرين")?

    A marker in the figure's clause counts, unless it closes another figure's span
    (that figure's "others", not this one's). "Others" closing this figure (آخرين،
    أخرى) do not count when the clause tells two outcomes: in "killed 220 and injured
    6,500 others" they are the injured besides the dead, not more of the same.
    """
    for m in events:
        if m.entity.id != "increment":
            continue
        if m.tok_start < figure[0] and toks[m.tok_start].fold.lstrip("و") in _AR_OTHERS:
            continue  # وشركاء آخرين أن ... ٣٠ مليار: other partners, before the figure
        owner = next((f for f in figures if f[0] < m.tok_start <= f[1]), None)
        if owner is not None and owner != figure:
            continue
        if owner == figure and len(outcomes - {"plan"}) >= 2:
            continue
        return True
    return False


def extract_claims(
    text: str,
    lang: Language | None = None,
    *,
    article_id: str | None = None,
    published: date | None = None,
) -> list[Claim]:
    """Every numeric, date and attributed claim in ``text``.

    >>> claims = extract_claims("شارك نحو ٢٦ قائد دولة في العرض العسكري.")
    >>> [(c.kind, c.text) for c in claims]
    [('quantity', 'نحو ٢٦ قائد دولة')]
    """
    lang = lang or detect_language(text)
    article_id = article_id or content_hash(text)
    lex = load(lang)
    registry = load_registry()
    qparser = parser_for(lang)
    dparser = DateParser(lang)
    state = AttributionState()
    claims: list[Claim] = []
    for sent in split_sentences(text, lang):
        claims.extend(
            _sentence_claims(
                text, sent, lang, article_id, lex, registry, qparser, dparser, state, published
            )
        )
    return claims


def _is_total(toks: list[Token], span: tuple[int, int]) -> bool:
    """Is the figure the whole another figure is a part of ("99 of the 128", "out of 128",
    من أصل ١٢٨, من بين ١٢٨)?"""
    first = span[0]
    if first >= 2 and toks[first - 2].fold == "of" and toks[first - 1].fold == "the":
        return toks[first - 3].kind == "num" if first >= 3 else False
    if first >= 2 and toks[first - 2].fold == "out" and toks[first - 1].fold == "of":
        return True
    return first >= 2 and toks[first - 2].fold == "من" and toks[first - 1].fold in ("اصل", "بين")


_NUMBER_OF = frozenset({"عدد", "number", "numbers"})
_CROWD = frozenset({"crowd", "attendance", "audience"})


def _counted_subject(
    toks: list[Token], span: tuple[int, int], quantities: list[Quantity], lex: Lexicon
) -> str | None:
    """What a bare figure counts, when the sentence says it elsewhere: عدد النازحين ...
    تجاوز ١٢ مليوناً, "the number of displaced people reached 117.3 million", "a crowd of
    86,000"; or "99 of the 128 lawmakers", whose total names them."""
    first, last = span
    # "a crowd of 86,000", "drew a crowd of 88,966"
    if first >= 2 and toks[first - 1].fold == "of" and toks[first - 2].fold in _CROWD:
        return "spectator"
    # the total that follows: "99 of the 128 lawmakers", ٩٩ من أصل ١٢٨ نائباً
    k = last
    if k + 1 < len(toks) and toks[k].fold == "out" and toks[k + 1].fold == "of":
        k += 1  # 411 out of 650 seats
    if k < len(toks) and toks[k].fold in ("of", "من"):
        k += 1
        if k < len(toks) and toks[k].fold in ("the", "اصل"):
            k += 1
        total = (
            next((q for q in quantities if toks[k].start <= q.start < toks[k].end), None)
            if k < len(toks)
            else None
        )
        if total is not None and total.key is not None:
            return total.key
    # "the number of displaced people ... reached", عدد النازحين ... بلغ: before the figure
    for i in range(first - 1, -1, -1):
        if toks[i].text in ".;؛":
            break
        if not any(f in _NUMBER_OF for f, _ in toks[i].readings):
            continue
        j = i + 1
        while j < first and toks[j].fold in ("of", "the"):
            j += 1
        for width in (2, 1):
            if j + width > first:
                continue
            entry = lex.units.get(tuple(t.fold for t in toks[j : j + width]))
            if entry is None and width == 1:
                entry = next(
                    (lex.units[(f,)] for f, _ in toks[j].readings if (f,) in lex.units), None
                )
            if entry is not None and entry.kind == "subject":
                return entry.key
        break
    return None


_OUTBREAK_WORDS = re.compile(r"فيروس|تفش|وباء|جائح|عدوى|infect|outbreak|virus", re.IGNORECASE)


def _cases_of_disease(mentions: list[Mention], registry: Registry, text: str) -> list[Mention]:
    """In a sentence that names a disease or an outbreak, إصابة / إصابات are its cases
    (infections), not injuries: ٦٦ إصابة بفيروس ماربورغ is "66 people infected"."""
    cases = registry.entities.get("infections")
    if cases is None or not (
        any(m.entity.facet == "disease" for m in mentions) or _OUTBREAK_WORDS.search(text)
    ):
        return mentions
    return [
        dataclasses.replace(m, entity=cases) if m.entity.id == "injuries" else m for m in mentions
    ]


def _nationality_before_name(
    toks: list[Token], mentions: list[Mention], registry: Registry
) -> list[tuple[int, int]]:
    """Character spans of nationalities that introduce the person named right after them
    (البريطاني تايسون فيوري, "Briton Tyson Fury", "British boxer Tyson Fury"): they say
    who the person is, not what the sentence is about. Registry people only, whose
    nationality it is, and an adjective of nationality only (البريطاني, British), not a
    country's name; one lowercase word may stand between in English."""
    people = {m.tok_start: m for m in mentions if m.entity.kind == "person"}
    out = []
    for m in mentions:
        if not m.entity.iso or m.role or m.tok_end != m.tok_start + 1:
            continue
        word = toks[m.tok_start]
        # the country's possessive right before the person ("Algeria's Imane Khelif") is
        # as much a nationality as the adjective (الجزائرية إيمان خليف)
        possessive = not word.arabic and word.text.endswith(("'s", "’s"))
        # an adjective of nationality, not the country's name: "Morocco coach Walid
        # Regragui" is the national team's coach, and Morocco may be what he speaks of
        if not (
            possessive
            or (
                word.fold.startswith("ال") and word.fold.endswith(("ي", "يه"))
                if word.arabic
                else word.fold.endswith(EN_DEMONYM_ENDINGS)
            )
        ):
            continue
        k = m.tok_end
        if (
            not possessive
            and k < len(toks)
            and not toks[k].arabic
            and k not in people
            and toks[k].text.islower()
        ):
            k += 1  # British boxer Tyson Fury
        who = people.get(k)
        ent = registry.entities.get(who.entity.id) if who else None
        if ent is not None and m.entity.iso in ent.nationality:
            out.append((m.start, m.end))
    return out


# Nouns that name what follows them in guillemets (قناة «الإخبارية», شركة «أرامكو»,
# المسبار «هوب»): a name, not someone's words. Folded, without the article. Not the
# bodies that speak (المنظمة «تشعر بقلق بالغ», الحزب, الحركة): their words may follow.
_NAMING_NOUNS = frozenset(
    {
        "قناه", "شركه", "منصه", "صحيفه", "موقع", "تطبيق", "برنامج", "سفينه", "ناقله", "مسبار",
        "صاروخ", "كبسوله", "مركبه", "تلسكوب", "فيلم", "روايه", "كتاب", "مسلسل", "اغنيه", "البوم",
        "قمر", "طايره", "اذاعه", "تلفزيون",
    }
)  # fmt: skip


# Last words of a title whose body follows as لـ«...» (الرئيس التنفيذي لـ«إنفيديا»)
_TITLE_ENDS = frozenset(
    {"التنفيذي", "التنفيذيه", "العام", "العامه", "رييس", "رييسه", "مدير", "المدير", "المديره",
     "موسس", "مالك", "المالك"}
)  # fmt: skip


def _named_in_guillemets(text: str, start: int, end: int) -> bool:
    """Is the guillemet span ``start:end`` (without its marks) a name: four words at most,
    right after a naming noun or the preposition لـ (قناة «الإخبارية», لـ«يونايتد هيلث»)?"""
    if end - start > 60 or len(text[start:end].split()) > 4:
        return False
    before = text[max(0, start - 25) : start].rstrip()
    if not before.endswith("«"):
        return False
    words = before[:-1].split()
    if not words:
        return False
    if words[-1] in ("لـ", "ل"):
        # الرئيس التنفيذي لـ«يونايتد هيلث»: the body a title belongs to; after anything
        # else لـ«...» is often words (استعداد بكين لـ«الدفاع عن وتعزيز»)
        return len(words) >= 2 and fold(words[-2]) in _TITLE_ENDS
    word = fold(words[-1])
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if word.startswith(prefix) and fold(word[len(prefix) :]) in _NAMING_NOUNS:
            return True
    return word in _NAMING_NOUNS


def _names_a_title(toks: list[Token]) -> bool:
    """Does the sentence name someone by a bare title (الرئيس المنتخب, "the prime minister")?"""
    from claimcheck.extract.attributions import _EN_TITLE_HEADS
    from claimcheck.extract.entities import _AR_TITLES

    return any(
        t.kind == "word"
        and (any(f in _AR_TITLES for f, _ in t.readings) if t.arabic else t.fold in _EN_TITLE_HEADS)
        for t in toks
    )


def _by_surname(key: str, people: list[str]) -> str | None:
    """The person named earlier in full whose name key ends in ``key``, most recent first."""
    for pid in reversed(people):
        full = pid.removeprefix(NAME_PREFIX)
        if full != pid and " " in full and full.rsplit(" ", 1)[1] == key:
            return pid
    return None


def _earlier_holder(toks: list[Token], role: Mention, registry: Registry) -> Mention | None:
    """The name right after a registry title, when it is a holder of the title's office
    in sources/holders.toml (البابا فرنسيس: Francis, not Leo XIV)."""
    office = registry.title_office(role.entity.id)
    if office is None:
        return None
    for width in (2, 1):
        end = role.tok_end + width
        words = toks[role.tok_end : end]
        if end > len(toks) or any(
            t.kind != "word"
            or (t.arabic and t.fold in _AR_NAME_STOP)
            or (not t.arabic and not t.text[:1].isupper())
            for t in words
        ):
            continue  # فرنسيس عن: the name ends before the preposition
        key = name_key(" ".join(t.text for t in toks[role.tok_end : end]))
        if key and registry.holds(office, f"{NAME_PREFIX}{key}"):
            start, stop = toks[role.tok_end].start, toks[end - 1].end
            return Mention(Entity(f"{NAME_PREFIX}{key}", "person"), role.tok_end, end, start, stop)
    return None


def _with_role(a: Attribution, state: AttributionState, registry: Registry) -> Attribution:
    """The speaker's office: from a title the article gave them (Kenyan President William
    Ruto), or, for a registry title (الرئيس الأمريكي), the office it names."""
    if a.speaker is None:
        return a
    if registry.by_title(a.speaker, a.speaker_text) and (
        office := registry.title_office(a.speaker)
    ):
        return a.model_copy(update={"speaker_role": office, "by_title": True})
    if a.speaker in state.roles or a.speaker.startswith(OFFICE_PREFIX):
        return a.model_copy(update={"speaker_role": state.roles.get(a.speaker) or a.speaker})
    return a


def _sentence_claims(
    text,
    sent: Sentence,
    lang,
    article_id,
    lex,
    registry,
    qparser,
    dparser,
    state: AttributionState,
    published: date | None = None,
) -> list[Claim]:
    # one tokenization per sentence: dates and figures read it with sentence offsets,
    # then it is shifted to article offsets for entities and attributions
    toks = tokenize(sent.text, lex)
    # without a publication date, a weekday is dated by the last full date the article
    # gave ("on Wednesday, May 7 ... on Thursday": May 8)
    dates = [
        _shift_d(d, sent.start)
        for d in dparser.parse(
            sent.text,
            toks,
            published or state.last_date,
            nearest=published is None and state.last_date is not None,
            previous=state.last_date,
        )
    ]
    for d in dates:
        if d.year and d.month and d.day and d.calendar == "gregorian" and not d.relative:
            with suppress(ValueError):
                state.last_date = date(d.year, d.month, d.day)
    quantities = [
        _shift_q(q, sent.start)
        for q in qparser.parse(
            sent.text, [(d.start - sent.start, d.end - sent.start) for d in dates], toks
        )
    ]
    for t in toks:
        t.start += sent.start
        t.end += sent.start
    mentions = find_mentions(toks, registry)
    # a country's news agency named by its country (وكالة الأنباء الغانية): the agency,
    # not the country, is what the words name
    agencies = find_national_agencies(toks, mentions, registry)
    # and its football federation (الاتحاد المصري لكرة القدم, "Egypt's football association")
    federations = find_national_federations(toks, mentions, registry)
    mentions = _in_place_of(_in_place_of(mentions, federations), agencies)
    groups = find_groups(toks, lang, registry)
    # leaders named so far, most recent last (for الثلاثي / the two leaders)
    for m in mentions:
        if m.entity.leader:
            if m.entity.id in state.recent_leaders:
                state.recent_leaders.remove(m.entity.id)
            state.recent_leaders.append(m.entity.id)
    # a country inside a named day (اليوم الوطني لقطر, Qatar National Day) dates the
    # sentence; it does not place it
    entities = sorted(
        {
            m.entity.id
            for m in mentions
            if m.entity.kind != "concept"
            and not (m.entity.iso and any(d.start <= m.start and m.end <= d.end for d in dates))
        }
        # and the storms it names (Hurricane Beryl, الإعصار «أوتيس»)
        | set(find_storms(toks))
    )
    # names the registry does not know still count, by a script-independent key; a person's
    # can be a speaker, as a mention of an entity made for the sentence
    named: list[Mention] = []
    # the organisation a word like للمنظمة / "the group's" stands for: the last one named,
    # in this sentence or before it
    bodies = [m.entity.id for m in mentions if m.entity.kind in ("organisation", "agency")]
    offices = find_offices(toks, mentions, registry, bodies[-1] if bodies else state.last_body)
    if bodies:
        state.last_body = bodies[-1]
    # a hospital or a company the registry lacks (مستشفى ماساتشوستس العام): a body by the
    # key of its proper name, which can speak; its words are no person's name
    unlisted_bodies = find_unlisted_bodies(toks, mentions, registry)
    for body in unlisted_bodies:
        named.append(body)
        entities.append(body.entity.id)
    for cand in unresolved_names(
        text, toks, [*mentions, *unlisted_bodies], registry, suggest=False, offices=offices
    ):
        if any(d.start < cand.end and cand.start < d.end for d in dates):
            continue  # New Year's Day, a date's capitals: no name
        if all(t.fold in _EN_BODY_WORDS for t in toks[cand.tok_start : cand.tok_end]):
            continue  # "Agency" left of "Public Health Agency": a head noun, no name
        key = name_key(cand.text)
        # a place word (محافظة, "province") vouches for a shorter key (Chios -> ks),
        # a reporting verb right after for a one-word name (Lula said -> ll), and a title
        # right before for its holder (المتحدث باسم جماعة الحوثي يحيى سريع -> y sr)
        short_ok = (
            cand.place
            or cand.speaker
            or (
                cand.tok_end - cand.tok_start >= 2
                and any(o.tok_end == cand.tok_start for o in offices)
            )
            # two names, each short (Zahi Hawass -> s hs): two parts keep them apart
            or (" " in key and len(key.replace(" ", "")) >= _MIN_NAME_KEY - 1)
            # a nationality right before vouches for a name of two words (المصري زاهي حواس),
            # or of one closed by a comma (المدافع البرتغالي بيبي، البالغ ...)
            or (
                (" " in key or (cand.tok_end < len(toks) and toks[cand.tok_end].text in "،,"))
                and any(m.entity.iso and m.tok_end == cand.tok_start for m in mentions)
            )
        )
        # a surname alone after the full name (William Ruto ... Ruto added) is that person
        earlier = None if cand.place or " " in key else _by_surname(key, state.recent_people)
        if earlier or len(key.replace(" ", "")) >= (_MIN_PLACE_KEY if short_ok else _MIN_NAME_KEY):
            eid = earlier or f"{PLACE_PREFIX if cand.place else NAME_PREFIX}{key}"
            entities.append(eid)
            # one word owned by a name before it or by "its", then a common noun
            # ("Astrobotic's Peregrine lander"), is a thing; "NOAA's Derek Manzello said"
            # is a person
            nxt = toks[cand.tok_end] if cand.tok_end < len(toks) else None
            owned = (
                cand.tok_start > 0
                and (
                    toks[cand.tok_start - 1].text.endswith(("'s", "’s"))
                    or toks[cand.tok_start - 1].fold in ("its", "their")
                )
                and cand.tok_end - cand.tok_start == 1
                and nxt is not None
                and nxt.text.islower()
                and nxt.fold not in lex.reporting_verbs
            )
            if not cand.place and not owned:
                # "the Australian National University", "Scottish Association": a body by
                # its head word, which speaks as a body and is never the person named last
                last = toks[cand.tok_end - 1].fold
                body = not toks[cand.tok_end - 1].arabic and last in _EN_BODY_WORDS
                ent = Entity(eid, "organisation" if body else "person")
                named.append(Mention(ent, cand.tok_start, cand.tok_end, cand.start, cand.end))
    # a registry title right before a name it lacks (البابا فرنسيس, "US President Joe
    # Biden") is that person's title, not today's holder's; a one-word name is taken
    # when it is an earlier holder's (فرنسيس, Francis)
    for m in mentions:
        if not (m.role and m.entity.kind == "person") or any(
            n.tok_start == m.tok_end for n in (*named, *mentions)
        ):
            continue  # a name follows already (Fed Chair Jerome Powell)
        if (holder := _earlier_holder(toks, m, registry)) is not None:
            named.append(holder)
            entities.append(holder.entity.id)
    for n in named:
        role = next(
            (
                m
                for m in mentions
                if m.role and m.entity.kind == "person" and m.tok_end == n.tok_start
            ),
            None,
        )
        if role is not None:
            mentions.remove(role)
            if not any(m.entity.id == role.entity.id for m in mentions):
                entities.remove(role.entity.id)
            if office := registry.title_office(role.entity.id):
                state.roles[n.entity.id] = office
    entities = sorted(set(entities))
    mentions = _cases_of_disease(mentions, registry, sent.text)
    concepts = [m.entity for m in mentions if m.entity.kind == "concept"]
    topics = sorted({e.id for e in concepts} | {i for e in concepts for i in e.implies})
    # a name in guillemets («تروث سوشال», قناة «الإخبارية», لـ«يونايتد هيلث») is a name,
    # not a quote
    quotes = [
        qt
        for qt in find_quotes(sent.text, sent.start)
        if not any(m.start <= qt.start and qt.end <= m.end + 1 for m in mentions)
        and not _named_in_guillemets(text, qt.start, qt.end)
    ]
    # a title with its country or organisation (الرئيس الكيني, NATO Secretary General) is
    # the office of the person named right after it, or, with nobody named, the speaker
    # two titles joined by و before one name (وزير النقل الأمريكي والمدير المؤقت لناسا شون
    # دافي): the first title's end is where the second's holder follows
    ends = {o.tok_start: o.tok_end for o in offices if toks[o.tok_start].fold.startswith("و")}
    for office in offices:
        end = office.tok_end
        while end in ends:
            end = ends[end]
        holder = next(
            (
                m
                for m in (*named, *mentions)
                if m.entity.kind == "person"
                and (
                    office.tok_end <= m.tok_start <= office.tok_end + 1
                    or end <= m.tok_start <= end + 1
                    # the body's name in guillemets between (رئيس وكالة الفضاء الروسية
                    # «روسكوسموس» يوري بوريسوف)
                    or (
                        m.tok_start - office.tok_end <= 6
                        and toks[office.tok_end].text == "«"
                        and toks[m.tok_start - 1].text == "»"
                    )
                )
                # the one spoken to is not the title's holder (رئيس الوزراء الهندي للرئيس
                # الروسي, لبوتين)
                and not _addressee(toks, m)
            ),
            None,
        )
        if holder is not None:
            state.roles[holder.entity.id] = office.id
        else:
            role = Entity(office.id, "role")
            named.append(Mention(role, office.tok_start, office.tok_end, office.start, office.end))
    # a country or its capital as a reporting verb's whole subject ("China said", قالت
    # بكين إن, أفاد الفاتيكان بأن) speaks as its government
    for m in _governments_speaking(toks, mentions, lex):
        named.append(m)
    # a group word (الزعيمان, the two leaders) as a speaker: the leaders named last, or,
    # with fewer of them, the people named last
    for g_start, g_end, size in groups:
        pool = state.recent_leaders if len(state.recent_leaders) >= size else state.recent_people
        if len(pool) >= size:
            joint = Entity(group_id(pool[-size:]), "person")
            named.append(Mention(joint, g_start, g_end, toks[g_start].start, toks[g_end - 1].end))
    with_names = sorted([*mentions, *named], key=lambda m: m.tok_start)
    for m in sorted((*mentions, *named), key=lambda m: m.tok_start):
        if m.entity.kind == "person" and not m.entity.id.startswith(GROUP_PREFIX):
            if m.entity.id in state.recent_people:
                state.recent_people.remove(m.entity.id)
            state.recent_people.append(m.entity.id)
    attributions = [
        _with_role(a, state, registry)
        for a in attribute(text, toks, with_names, quotes, lex, state)
    ]
    # a person named by a description (سجّل النجم البرتغالي, "the French striker") is the
    # person named before who fits it, or the description; its nationality is not a place
    # the sentence is about, unless it is named elsewhere in it too
    described = find_descriptions(toks, with_names)
    spans = [(a, b) for _, a, b in described] + state.described
    spans += _nationality_before_name(toks, with_names, registry)
    if spans:
        inside = {
            m.entity.id for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)
        }
        outside = {
            m.entity.id for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)
        }
        entities = [e for e in entities if e not in inside or e in outside]
        entities = sorted(
            {*entities, *(resolve_description(d, state) or d for d, _, _ in described)}
        )

    # a sentence that names nobody and nowhere, not even by a title or a description,
    # goes on about what the last one named ("The two astronauts had spent 286 days")
    context: list[str] = []
    if entities:
        state.last_entities = list(entities)
    elif (
        (quantities or dates)
        and not (offices or described or _names_a_title(toks))
        # nor by what happened: "the parade, which ran for about 70 minutes" is the
        # parade's, whoever the sentence before named
        and not any(registry.entities[t].event for t in topics)
    ):
        context = list(state.last_entities)
    base = {
        "article_id": article_id,
        "language": lang,
        "sentence": sent.text,
        "sentence_start": sent.start,
        "sentence_end": sent.end,
        "entities": entities,
        "context_entities": context,
        "topics": topics,
    }

    def claim(kind: str, start: int, end: int, **payload: object) -> Claim:
        fields = {**base, **payload}
        return Claim(
            id=_claim_id(article_id, kind, start, end),
            kind=kind,
            text=text[start:end],  # type: ignore[arg-type]
            start=start,
            end=end,
            **fields,  # type: ignore[arg-type]
        )

    def clause_topics(span: tuple[int, int], figure: tuple[int, int] | None = None) -> list[str]:
        # what happened (killed, sent, met) is told in the figure's or date's own clause;
        # the sentence's other topics (the parade, the anniversary) still say what it is about
        inside = [m for m in mentions if m.entity.event and span[0] <= m.tok_start < span[1]]
        if figure is None and not inside:
            # a date whose clause tells of nothing after an apposition (انطلقت ريانة برناوي،
            # أول رائدة فضاء سعودية، ... يوم الأحد): the event of the clause before it
            before = [m for m in mentions if m.entity.event and m.tok_start < span[0]]
            inside = before[-1:]
        events = {m.entity.id for m in inside if m.entity.id != "increment"}
        # a figure's: and the measures its kind implies (a deposit rate is an interest rate)
        if figure is not None:
            events |= {
                i
                for m in mentions
                if span[0] <= m.tok_start < span[1]
                for i in m.entity.implies
                if (e := registry.entities.get(i)) is not None and e.event and e.outcome
            }
        else:
            # a date's: the events its kind implies (a general election is an election)
            events |= {
                i
                for m in mentions
                if span[0] <= m.tok_start < span[1]
                for i in m.entity.implies
                if (e := registry.entities.get(i)) is not None and e.event
            }
        outcomes = {e for e in events if registry.entities[e].outcome}
        if figure is not None and _is_increment(toks, inside, figure, figure_spans, outcomes):
            events.add("increment")
        return sorted({t for t in topics if not registry.entities[t].event} | events)

    def token_span(start: int, end: int) -> tuple[int, int]:
        first = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
        last = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < end), first)
        return first, last + 1

    figure_spans = [token_span(q.start, q.end) for q in quantities]
    out: list[Claim] = []
    reporters = _reporters(toks, mentions, lex)
    whole = (0, len(toks))
    in_sentence = _participants(toks, mentions, groups, whole, state.recent_leaders, reporters)
    for q, fig in zip(quantities, figure_spans, strict=True):
        participants: list[str] = []
        span = _clause(toks, q.start)
        # how long a meeting lasted, or the round a bout ended in: who was in it matters
        if q.unit in _MEETING_UNITS:
            participants = (
                _participants(toks, mentions, groups, span, state.recent_leaders, reporters)
                or in_sentence
            )
        elif q.key == "round_no":
            # the round a bout ended in: those in the ring are its participants, by the
            # registry's ids only (an unlisted name's key may be spelt apart across
            # languages, and would part two reports of one bout)
            participants = sorted(
                {
                    m.entity.id
                    for m in mentions
                    if m.entity.kind == "person" and m.tok_start not in reporters
                }
            )
        q_topics = clause_topics(span, fig)
        if q.key is None and q.value is not None:
            # "the death toll rose to over 2,200": a bare figure beside one toll word
            # counts the dead (or the injured, or the missing)
            tolls = [_TOLL_SUBJECTS[t] for t in q_topics if t in _TOLL_SUBJECTS]
            if not tolls:
                # "The death toll from the quake ..., has climbed to 2,946": the toll word
                # may sit in another clause of the sentence
                tolls = sorted(
                    {_TOLL_SUBJECTS[m.entity.id] for m in mentions if m.entity.id in _TOLL_SUBJECTS}
                )
            if len(tolls) == 1:
                q = q.model_copy(update={"subject": tolls[0]})
        if _is_total(toks, fig):
            q_topics = sorted({*q_topics, "total"})  # "of the 128": the whole, not a count
        if q.key is None and q.value is not None:
            subject = _counted_subject(toks, fig, quantities, lex)
            if subject is not None:
                q = q.model_copy(update={"subject": subject})
        out.append(
            claim(
                "quantity",
                q.start,
                q.end,
                quantity=q,
                participants=participants,
                topics=q_topics,
            )
        )
    for d in dates:
        out.append(
            claim(
                "date",
                d.start,
                d.end,
                date=d,
                participants=in_sentence,
                topics=clause_topics(_clause(toks, d.start, lex.weekdays)),
            )
        )
    for a in attributions:
        if a.quote is not None and a.quote_start is not None and a.quote_end is not None:
            out.append(
                claim(
                    "attribution",
                    a.quote_start,
                    a.quote_end,
                    attribution=a,
                    participants=in_sentence,
                )
            )
        else:
            out.append(
                claim("attribution", sent.start, sent.end, attribution=a, participants=in_sentence)
            )
    return sorted(out, key=lambda c: (c.start, c.kind))


# Countries English names with "the": after it, anything else is a nationality standing for
# a person ("the Briton said")
_THE_COUNTRIES = dict.fromkeys(
    (
        "vatican", "holy see", "netherlands", "philippines", "gambia", "bahamas", "uk", "us",
        "united states", "united kingdom", "uae", "united arab emirates", "czech republic",
        "dominican republic", "maldives", "seychelles", "congo", "central african republic",
        "democratic republic of congo", "democratic republic of the congo", "comoros",
    ),
    True,
)  # fmt: skip


def _governments_speaking(
    toks: list[Token], mentions: list[Mention], lex: Lexicon
) -> list[Mention]:
    """A country or its capital that is the whole subject of a reporting verb ("China said",
    "The Vatican said", قالت بكين إن, أفاد الفاتيكان بأن): a mention of its government, the
    office the other language may name in full (the Chinese government, الحكومة الصينية)."""
    places = [m for m in mentions if m.entity.kind == "place" and m.entity.iso and not m.role]
    if not places:
        return []
    out: list[Mention] = []
    n = len(toks)
    for cue in find_cues(toks, lex):
        if cue.kind in ("according", "participle"):
            continue
        for m in places:
            word = toks[m.tok_start]
            if toks[cue.index].arabic:
                after = toks[m.tok_end] if m.tok_end < n else None
                # a nisba alone (قال البريطاني) is a person of that nationality
                nisba = word.fold.startswith("ال") and word.fold.endswith(("ي", "يه", "يين", "يون"))
                ok = (
                    not nisba
                    and m.tok_start == cue.end
                    and (after is None or after.fold in _THAT_FORMS or after.text in "،,:")
                )
            else:
                k = (
                    m.tok_start - 1
                    if m.tok_start > 0 and toks[m.tok_start - 1].fold == "the"
                    else m.tok_start
                )
                # "the Briton said" is a person; "the Vatican said" one of the few countries
                # named with "the"
                ok = (
                    (
                        k == m.tok_start
                        or _THE_COUNTRIES.get(
                            " ".join(t.fold for t in toks[m.tok_start : m.tok_end])
                        )
                        is not None
                    )
                    and m.tok_end == cue.index
                    and (k == 0 or toks[k - 1].text in ",;:" or toks[k - 1].fold in ("and", "but"))
                )
            if ok:
                role = Entity(f"office:government@{m.entity.id}", "role")
                out.append(Mention(role, m.tok_start, m.tok_end, m.start, m.end))
    return out
