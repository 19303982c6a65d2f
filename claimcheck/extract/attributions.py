"""Who said it, according to whom: speakers, sources, reporting verbs and quotes.

Per sentence: find quoted words («», “”, ""), reporting cues (قال, أفادت,
said, told ...) and crediting phrases (بحسب, وفق ما نقلته, according to);
the speaker is the person (or unnamed role) tied to a cue, the source the
agency that carried it. "KCNA reported that Kim said" gives source KCNA and
speaker Kim. A continuation (وأضاف, "he added") keeps the last speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from claimcheck.extract.entities import (
    _AR_GENERIC_SPEAKERS,
    _AR_NOT_A_NAME,
    _AR_PREPOSITIONS,
    _AR_TITLES,
    AR_MEDIA_TOLD,
    NAME_PREFIX,
    Mention,
    _not_saying,
    description_id,
    description_words,
    load_registry,
)
from claimcheck.extract.tokens import Token
from claimcheck.lexicons import Lexicon, fold, load
from claimcheck.models import Attribution

QUOTE_RE = re.compile(
    r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\""
    # single marks, British style ('Never even liked tennis anyway,' he posted): opened
    # after a space or a bracket, closed before a non-letter; an apostrophe between
    # letters (didn't, Murray's) is inside the quote
    r"|(?:^|(?<=[\s(\[—–]))['‘](?!\d)((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)['’](?!\w)"
)
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا")
# Reporting verbs that, with an object pronoun, mean something else: أقرّهما الكنيست is
# "the Knesset passed them", not "admitted"
_NOT_WITH_OBJECT = frozenset({"اقر", "اقرت", "يقر", "تقر", "نقل", "نقلت", "ينقل", "تنقل"})
_ADDRESSEE_BEFORE = {"الي", "to", "with", "مع", "on", "against", "ضد", "at", "by"}
_ANAPHORIC_SOURCE = {"الوكاله", "agency"}
_PRONOUNS = {"he", "she", "they", "it"}
# إن / أن, with بـ and a pronoun ending (بأنها, أنهم), and "that"
_COMPLEMENTIZERS = {
    f"{b}ان{p}" for b in ("", "ب") for p in ("", "ه", "ها", "هم", "هما", "نا", "ني")
} | {"that"}
_EN_DETERMINERS = {"the", "a", "an"}
# Verbs that take their subject after them ("..., said Kim"); "urged Iranians" is an object.
_EN_INVERTING = {
    "said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "noted",
    "stated", "declared", "insisted", "recalled", "replied", "responded", "remarked",
    "tweeted", "posted", "reported", "announced", "confirmed", "stressed", "warned",
}  # fmt: skip
_HEAD_NOUNS = {
    "وكاله", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "وزاره", "جريده", "نادي", "شركه",
    "فريق", "منظمه", "مجموعه", "جامعه", "مستشفي", "مجله",
}  # fmt: skip
# Verbs of holding a view (يرى, "believes"), not of saying
# and orders: "suggestions that the Kremlin ordered" is what was said
_VIEW_VERBS = frozenset(
    {"يري", "تري", "راي", "رات", "believes", "believe", "ordered", "امر", "امرت"}
)
_PERSON_KINDS = {"person", "role", "organisation"}  # the Kremlin said ...
_SOURCE_KINDS = {"agency", "platform"}


@dataclass
class AttributionState:
    """What carries from one sentence to the next: the last speaker and source."""

    speaker: str | None = None
    speaker_text: str | None = None
    source: str | None = None
    source_text: str | None = None
    agency: str | None = None  # the last agency named, for "the agency said" / أفادت الوكالة
    agency_text: str | None = None
    agency_speaks: bool = False  # it is an organisation (the IAEA): a speaker, not a source
    recent_leaders: list[str] = field(default_factory=list)
    # everyone named so far, registry or not, most recent last (for الزعيمان as a speaker)
    recent_people: list[str] = field(default_factory=list)
    # the first person named in the last sentence that named one: "He added" after a
    # sentence with no reporting verb ("Ramaphosa addressed the summit. He added ...")
    last_person: tuple[str, str] | None = None
    roles: dict[str, str] = field(default_factory=dict)  # speaker id -> office, article-wide
    last_body: str | None = None  # the organisation named last (للمنظمة, "the group's")
    # organisations named so far, most recent last, for "the academy said" / وأوضحت الأكاديمية
    recent_bodies: list[tuple[str, str]] = field(default_factory=list)
    last_date: date | None = None  # the last full date given: it dates a later weekday
    # character spans of this sentence's speaker descriptions (النجم البرتغالي): their
    # nationality names the speaker, not a place the statement is about
    described: list[tuple[int, int]] = field(default_factory=list)
    # the entities of the last sentence that named any: what a sentence naming nobody is
    # about ("The two astronauts had spent 286 days in space")
    last_entities: list[str] = field(default_factory=list)
    # the subject of the last Arabic sentence that reported nobody and named nobody the
    # rules read (تحدث فيراط كوهلي بعد ...): the words a later وأضاف's speaker is in
    last_subject: str | None = None
    # the body or country an English sentence opened with ("The Vatican on Monday
    # published ..."): what a later "It said" stands for, never a person
    last_it: tuple[str, str] | None = None


@dataclass(frozen=True)
class Quote:
    """Quoted words: the inner text and its span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    """A reporting verb or a crediting phrase at a token."""

    index: int
    end: int
    kind: str  # verb, according, continuation, participle, before, act (a body's act)
    text: str


def find_quotes(sentence: str, offset: int) -> list[Quote]:
    """Quoted spans in a sentence (inner text, without the marks)."""
    out = []
    for m in QUOTE_RE.finditer(sentence):
        g = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
        inner = m.group(g)
        trimmed = inner.rstrip(" ,.،")  # “...,” she said: the comma is not her words
        if len(trimmed.strip()) < 2:
            continue
        start = offset + m.start(g)
        out.append(Quote(trimmed, start, start + len(trimmed)))
    return out


def _is_verb(tok: Token, lex: Lexicon) -> bool:
    """Is the token a reporting verb (قال, وأضاف, ووصفها, said)? Cached per word."""
    return _verb_word(tok.text, tuple(tok.readings), tok.fold, tok.arabic, lex.lang)


_NOT_BEFORE_VERBS = frozenset("بك")
# Reporting verbs written with a final ى, folded to ي: the same letters with a dotted ي
# are a name or a noun
_MAQSURA_VERBS = frozenset({"روي", "نفي", "نعي", "رثي", "راي", "تبني", "يري", "تري"})


@lru_cache(maxsize=100_000)
def _verb_word(
    text: str, readings: tuple[tuple[str, int], ...], folded: str, arabic: bool, lang: str
) -> bool:
    lex = load(lang)
    if arabic and text.lstrip("وف").startswith("ال"):
        return False  # a verb takes no article: التابع (affiliated to) is not تابع (went on)
    marbuta = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
    if arabic and text.endswith("ي") and folded.lstrip("وف") in _MAQSURA_VERBS:
        return False  # روي is Rui, نفي a denial, رأي an opinion: روى, نفى, رأى end in ى
    for form, off in readings:
        # a verb takes no preposition: بتري (in a Petri dish) is not تري (sees)
        if (
            arabic
            and form != folded
            and folded.endswith(form)
            and _NOT_BEFORE_VERBS & set(folded[: len(folded) - len(form)])
        ):
            continue
        if form in lex.reporting_verbs:
            return True
        # a pronoun ending (ووصفها), never a ta marbuta (تابعة: belonging to, not تابع+ه)
        if arabic and (off == 0 or folded[:1] in "وف") and len(form) > 4 and not marbuta:
            for suf in _PRONOUN_SUFFIXES:
                stem = form[: -len(suf)]
                if (
                    form.endswith(suf)
                    and stem in lex.reporting_verbs
                    and stem.removeprefix("و") not in _NOT_WITH_OBJECT
                ):
                    return True
    return False


@cache
def _according_firsts(lang: str) -> frozenset[str]:
    return frozenset(k[0] for k in load(lang).according_to)


def find_cues(toks: list[Token], lex: Lexicon, acts: bool = False) -> list[Cue]:
    """Reporting verbs and crediting phrases, in order; with ``acts``, a body's acts
    (appointed, عيّن) too, for the caller to keep only where a body does them."""
    out: list[Cue] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.kind != "word":
            i += 1
            continue
        best = None
        firsts = _according_firsts(lex.lang)
        for form, _ in tok.readings:
            if form not in firsts:
                continue
            parts = [form]
            for j in range(i, min(n, i + 5)):
                if j > i:
                    if toks[j].kind != "word":
                        break
                    parts.append(toks[j].fold)
                if tuple(parts) in lex.according_to and (best is None or j + 1 > best):
                    best = j + 1
        if best is not None:
            out.append(Cue(i, best, "according", " ".join(t.text for t in toks[i:best])))
            i = best
            continue
        if (
            _is_verb(tok, lex)
            and not _en_noun_reading(toks, i)
            and not _not_saying(toks, i)
            # أمر is a matter as often as "ordered": a verb only where the sentence opens
            and not (tok.arabic and i > 0 and any(f == "امر" for f, _ in tok.readings))
        ):
            forms = {f for f, _ in tok.readings}
            kind = (
                # مضيفاً after a verb shares its subject; only an opening one goes on from
                # the sentence before
                "participle"
                if forms & lex.participles and forms & lex.continuation and i > 1
                else "continuation"
                if forms & lex.continuation
                else "participle"
                if forms & lex.participles
                else "before"
                if forms & lex.speaker_before
                else "verb"
            )
            out.append(Cue(i, i + 1, kind, tok.text))
        elif acts and _is_act(tok, lex):
            out.append(Cue(i, i + 1, "act", tok.text))
        i += 1
    return out


def _is_act(tok: Token, lex: Lexicon) -> bool:
    if tok.arabic and tok.text.lstrip("وف").startswith("ال"):
        return False
    return any(form in lex.act_verbs for form, _ in tok.readings)


# Words between an English body and its act ("Chelsea on Sunday sacked", "has appointed")
_EN_ACT_GAP = frozenset({"on", "has", "have", "had", "officially", "formally", "also", "then"})
_AR_CLUB_WORDS = frozenset({"نادي", "فريق", "منتخب"})
# What follows an act that makes it no announcement: "named after", "signed off", "banned from"
_EN_NOT_ACT_AFTER = frozenset({"after", "by", "for", "off", "in", "from", "to", "up", "into"})


def _act_by_body(
    toks: list[Token], cue: Cue, mentions: list[Mention], state: AttributionState
) -> bool:
    """Is the act at ``cue`` done by a body (a club, a federation, a company), named here or
    named before and called "the club" / النادي? "A man named Ali" and "Smith was banned"
    report nobody's announcement."""
    n = len(toks)
    bodies = [m for m in mentions if m.entity.kind == "organisation" and not m.role]
    if toks[cue.index].arabic:
        # عيّن الاتحاد الكوري ... / أقال نادي ليون مدربه: the body follows its verb
        k = cue.end
        if k < n and toks[k].fold in ("رسميا", "اليوم", "امس"):
            k += 1
        if k >= n:
            return False
        if any(
            m.tok_start == k or (m.tok_start == k + 1 and toks[k].fold in _AR_CLUB_WORDS)
            for m in bodies
        ):
            return True
        # أقال النادي مدربه (the club named before); عيّنت وزارة الرياضة, أقال نادي ليون:
        # a body by its head noun, named or not
        return (toks[k].fold in _BODY_HEADS and bool(state.recent_bodies)) or (
            toks[k].fold in _AR_ACTING_HEADS and k + 1 < n and toks[k + 1].kind == "word"
        )
    if (
        cue.end < n
        and toks[cue.end].fold in _EN_NOT_ACT_AFTER
        and (toks[cue.index].fold, toks[cue.end].fold) != ("voted", "to")  # voted to strip
    ):
        return False
    k = cue.index - 1
    # "Chelsea on Sunday sacked", "Bayern have appointed"
    while k >= 0 and (
        toks[k].fold in _EN_ACT_GAP
        or (k > 0 and toks[k - 1].fold == "on" and toks[k].text[:1].isupper())
    ):
        k -= 1
    if k < 0:
        return False
    if any(m.tok_end == k + 1 for m in bodies):
        return True
    return (
        toks[k].fold in _BODY_HEADS
        and k > 0
        and toks[k - 1].fold == "the"
        and bool(state.recent_bodies)
    )


# English verbs that are nouns too ("dismissed reports", "the estimates"): read as nouns
# after a determiner, a preposition or another verb
_EN_NOUN_VERBS = frozenset({"reports", "claims", "estimates", "calls", "quotes", "posts"})
_EN_BEFORE_NOUN = frozenset(
    {
        "the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "of", "about",
        "to", "on", "with", "and", "media", "news", "press", "earlier", "previous", "recent",
        "unconfirmed", "dismissed", "denied", "rejected", "confirmed", "cited", "said",
    }
)  # fmt: skip


def _en_noun_reading(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.arabic or i == 0:
        return False
    # "the estimated number", "an alleged plot": a participle after a determiner describes
    if tok.fold.endswith("ed") and toks[i - 1].fold in _EN_DETERMINERS_ALL:
        return True
    return tok.fold in _EN_NOUN_VERBS and toks[i - 1].fold in _EN_BEFORE_NOUN


_EN_DETERMINERS_ALL = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
)


def _inside(m: Mention, quotes: list[Quote]) -> bool:
    return any(q.start <= m.start < q.end for q in quotes)


def attribute(
    text: str,
    toks: list[Token],
    mentions: list[Mention],
    quotes: list[Quote],
    lex: Lexicon,
    state: AttributionState,
) -> list[Attribution]:
    """The attributions of one sentence: one per quote, or one indirect report.

    Each quote is credited to the speaker of the nearest reporting cue before
    it (or, failing that, after it: "“...,” Kim said"). Returns ``[]`` when the
    sentence reports nobody's words. Updates ``state`` with what it finds.
    """
    cues = [
        c
        for c in find_cues(toks, lex, acts=True)
        if c.kind != "act" or _act_by_body(toks, c, mentions, state)
    ]
    # a view reported inside someone's words (قال راي إن مكتب التحقيقات يرى أن ...) is theirs
    # to report: the one who said it stays the speaker
    said_at = next(
        (
            k
            for k, t in enumerate(toks)
            if t.fold in _COMPLEMENTIZERS and any(c.kind == "verb" and c.index < k for c in cues)
        ),
        None,
    )
    if said_at is not None:
        cues = [c for c in cues if not (c.index > said_at and toks[c.index].fold in _VIEW_VERBS)]
    # a body's act after "said that" is what was said ("suggestions that the Kremlin
    # ordered"); one credited by بحسب / "according to" is the credited one's
    # (وافقت الإدارة ...، بحسب ما أعلن مفوضها روبرت كاليف)
    credited = any(c.kind == "according" for c in cues)
    cues = [
        c
        for c in cues
        if not (c.kind == "act" and (credited or (said_at is not None and c.index > said_at)))
    ]
    state.described = []
    for m in mentions:
        if m.entity.kind == "organisation" and not m.role:
            body = (m.entity.id, text[m.start : m.end])
            if body in state.recent_bodies:
                state.recent_bodies.remove(body)
            state.recent_bodies.append(body)
    for body in _ar_public_bodies(text, toks, mentions):
        if body in state.recent_bodies:
            state.recent_bodies.remove(body)
        state.recent_bodies.append(body)
    agency_named = load_registry().agency_named
    agencies = [m for m in mentions if m.entity.kind == "agency" or m.entity.id in agency_named]
    last_agency = (
        (
            agencies[-1].entity.id,
            text[agencies[-1].start : agencies[-1].end],
            agencies[-1].entity.kind != "agency",
        )
        if (agencies)
        else None
    )
    opening_it = _opening_body(text, toks, mentions)
    if not cues and not quotes:
        if opening_it is not None:
            state.last_it = opening_it
        if last_agency:
            state.agency, state.agency_text, state.agency_speaks = last_agency
        _remember_subject(text, toks, mentions, mentions, state)
        return []
    outside = [m for m in mentions if not _inside(m, quotes)]
    addressed: set[int] = set()
    for m in outside:
        # إلى شي, to Xi, للرئيس الصيني شي جين بينغ (a name in apposition to an addressee)
        if (m.entity.kind in _PERSON_KINDS and _addressee(toks, m)) or any(
            # a name in apposition to a person spoken to (للرئيس الصيني شي جين بينغ); not
            # to a place (المبعوث الأميركي إلى سوريا توماس باراك: the envoy to Syria)
            o.tok_end == m.tok_start
            and o.tok_start in addressed
            and o.entity.kind in ("person", "role")
            for o in outside
        ):
            addressed.add(m.tok_start)
    # a possessive (Trump's remarks) names whose words are discussed, not who speaks
    people = [
        m
        for m in outside
        if m.entity.kind in _PERSON_KINDS
        and m.tok_start not in addressed
        and (
            m.entity.id.startswith("office:")  # "a spokesman for Pakistan's ministry"
            or not toks[m.tok_end - 1].text.endswith(("'s", "’s"))
        )
    ]
    sources = [m for m in outside if m.entity.kind in _SOURCE_KINDS]
    speakers_or_sources = sorted(people + sources, key=lambda m: m.tok_start)

    source: Mention | None = None
    # the words are someone's the sentence names or leaves unnamed (عن بوتين, قال مصدر):
    # never the last speaker's
    own_speaker = False
    described: tuple[str, str] | None = None  # a description's speaker (id, text)
    anaphoric_source = False
    pronoun = False
    titled = False
    quoted_pronoun = False
    # (character position of the cue, its speaker or None, the cue's text)
    tied: list[tuple[int, Mention | None, str]] = []
    # a headline's "Trump: «...»": a name, a colon, then the quote
    for m in people:
        if (
            m.tok_end < len(toks)
            and toks[m.tok_end].text == ":"
            and any(q.start >= toks[m.tok_end].end for q in quotes)
        ):
            tied.append((toks[m.tok_end].start, m, ":"))
    for cue in cues:
        pos = toks[cue.index].start
        if cue.kind == "according":
            nxt = [m for m in outside if cue.end <= m.tok_start <= cue.end + 3]
            # past a nationality or a country's possessive to the one it describes
            # ("according to Kenyan President William Ruto", "Egypt's health ministry")
            while nxt and nxt[0].entity.kind == "place" and len(nxt) > 1:
                nxt = nxt[1:]
            if nxt and nxt[0].entity.kind in _SOURCE_KINDS:
                source = source or nxt[0]
            elif nxt and nxt[0].entity.kind in _PERSON_KINDS:
                tied.append((pos, nxt[0], cue.text))
            elif _anaphoric(toks, cue.end, cue.end + 2):
                anaphoric_source = True
            elif toks[cue.end - 1].fold in ("عنه", "عنها") and (
                opener := next(
                    (m for m in people if m.tok_start <= 3 and m.entity.kind == "person"), None
                )
            ):
                # أهدى البقالي لقبه ...، وفق ما نقلت عنه قناة: the words are the one the
                # sentence opens with, relayed by the medium named after
                tied.append((pos, opener, cue.text))
            continue
        if cue.kind == "participle" and tied and tied[-1][1] is not None:
            tied.append((pos, tied[-1][1], cue.text))  # قائلاً: the subject of the verb before
            continue
        if cue.kind == "participle" and tied and (pronoun or toks[cue.index].arabic):
            # "He said it hurt him ..., asking: ...": the verb before's subject, a pronoun;
            # وقالت إن قرار شركة نايكي ...، مشيرة إلى: hers, however the verb found her
            tied.append((pos, None, cue.text))
            continue
        if cue.kind == "participle" and not tied and cue.index > 2 and toks[0].arabic:
            # توجّه محمد صلاح إلى الاتحاد الأوروبي ... متسائلاً: the subject of the sentence's
            # opening verb, whatever that verb is
            opener = _opening_subject(toks, people)
            if opener is not None and not any(c.index < cue.index for c in cues if c is not cue):
                tied.append((pos, opener, cue.text))
                continue
        # an agency told (قال ... لوكالة أسوشيتد برس, told Reuters): the medium of the words
        for m in sources:
            # لوكالة رويترز a few words on (قالت ثلاثة مصادر في أوبك+ لوكالة رويترز)
            told_to = toks[m.tok_start].fold.startswith(("لوكاله", "لصحيفه")) or (
                m.tok_start > 0 and toks[m.tok_start - 1].fold in ("لوكاله", "لصحيفه")
            )
            if (
                cue.end <= m.tok_start <= cue.end + (8 if told_to else 3)
                and m.entity.kind == "agency"
                and _subject(toks, cue, speakers_or_sources) is not m
            ):
                source = source or m
        subject = _subject(toks, cue, speakers_or_sources)
        if toks[cue.index].arabic and (subject is None or subject.entity.kind == "organisation"):
            # وأشار رئيس وحدة الآثار البحرية فيها، يعقوب شارفيت، إلى أن: the title's holder,
            # named between commas, speaks; not the body the title is of
            subject = _ar_name_in_commas(toks, cue, people) or subject
        if (
            subject is None
            and toks[cue.index].arabic
            and tied
            and tied[-1][1] is not None
            and cue.end < len(toks)
            and toks[cue.end].text in ':«"“'
            # nobody else named since (عن مسؤول أميركي أن زيلينسكي قال: the one named last)
            and not any(
                m is not tied[-1][1]
                and m.entity.kind in ("person", "role")
                and tied[-1][0] < m.start < pos
                for m in people
            )
        ):
            # أعلن كلوب أنه سيرحل ...، وقال: «...»: a second verb with no subject of its own
            tied.append((pos, tied[-1][1], cue.text))
            continue
        if (
            subject is None
            and (desc := _description(toks, cue, mentions) or _bare_description(toks, cue))
            is not None
        ):
            # النجم البرتغالي, "the Spanish coach": the person named before who fits, or
            # the description itself; an unregistered name before may be them (carried)
            did, (d_start, d_end) = desc
            who = resolve_description(did, state)
            carried_name = _carried_name(state)
            if who is not None or carried_name is None:
                described = (who or did, text[d_start:d_end])
                state.described.append((d_start, d_end))
                tied.append((pos, None, cue.text))
                continue
            if not toks[cue.index].arabic:
                # "Petteri Taalas ... The Finn said": the name the registry lacks, named
                # last, is the one described
                described = carried_name
                state.described.append((d_start, d_end))
                tied.append((pos, None, cue.text))
                continue
        if subject is None and (body := _anaphoric_body(toks, cue, state)) is not None:
            # "the academy said", وأوضحت الأكاديمية: the academy named before; one nobody
            # lists (وكالة الصحة العامة السويدية) speaks by its words, with no id
            described = body
            tied.append((pos, None, cue.text))
            continue
        if subject is None and _subject_is(toks, cue, _ANAPHORIC_SOURCE):
            anaphoric_source = True  # أفادت الوكالة, the agency said
            # "the agency quoted him as saying": the one quoted is the person named before
            if cue.end < len(toks) and toks[cue.end].fold in ("him", "her", "them"):
                quoted_pronoun = pronoun = True
            tied.append((pos, None, cue.text))
            continue
        if subject is not None and subject.entity.kind in _SOURCE_KINDS:
            # the agency's own report (KCNA said Kim left ...): its source, nobody's words;
            # unless it quotes someone after عن (نقلت رويترز عن بوتين أن, عن مسؤول سعودي)
            source = source or subject
            if toks[cue.index].arabic and _quoting_from(toks, subject):
                own_speaker = True
                quoted = _quoted_after(toks, subject.tok_end, people)
                if quoted is None and (body := _ar_body_quoted(toks, subject.tok_end)):
                    # نقلت وكالة الأنباء السعودية عن وزارة الرياضة أن: a body nobody
                    # lists, quoted by its words
                    described = ("", text[toks[body[0]].start : toks[body[1] - 1].end])
                tied.append((pos, quoted, cue.text))
                continue
            tied.append((pos, None, cue.text))
            continue
        if (
            subject is None
            and toks[cue.index].arabic
            and (quoted := _quoted_after_an(toks, cue, people)) is not None
        ):
            # نقلت قناة الإخبارية عن وزير الصحة فهد الجلاجل أن: a medium the registry lacks
            own_speaker = True
            tied.append((pos, quoted, cue.text))
            continue
        if (
            subject is None
            and not toks[cue.index].arabic
            and _subject_is(toks, cue, {"it"})
            and not _is_body(state.speaker)
            and not (state.speaker or "").startswith("office:government@")
        ):
            # "It said": a body or a country named before, never a person
            it = state.last_it or (state.recent_bodies[-1] if state.recent_bodies else None)
            if it is not None:
                described = (it[0], it[1])
            tied.append((pos, None, cue.text))
            continue
        if (
            subject is None
            and not toks[cue.index].arabic
            and cue.index > 2
            and (_subject_is(toks, cue, _PRONOUNS) or _bare_title(toks, cue, people))
            and (opener := _opening_subject(toks, people)) is not None
            and opener.entity.kind == "person"
            and toks[cue.index - 1].fold != "it"
        ):
            # "Southgate stepped down ..., and the 53-year-old said" / "and he said": the
            # person the sentence opened with, not someone an earlier sentence named
            tied.append((pos, opener, cue.text))
            continue
        if subject is None and (
            (not toks[cue.index].arabic and _subject_is(toks, cue, _PRONOUNS))
            or _bare_title(toks, cue, people)
        ):
            # "he added", "she said", and a title alone (وقالت الرئيسة المنتخبة, "the
            # prime minister said") after the article has named her: the last speaker
            pronoun = True
            # a person's title (وكتب اللاعب) names a person, never the club that spoke last
            titled = titled or _bare_title(toks, cue, people)
            tied.append((pos, None, cue.text))
            continue
        if subject is not None:
            tied.append((pos, subject, cue.text))
            continue
        # the subject follows an Arabic verb, after its title (قال رئيس مجلس الأمن الوطني
        # أحمد كمال): up to eight words on, never past the complementizer (قال إن ...)
        arabic = toks[cue.index].arabic
        if arabic and (body := _ar_members_of_body(toks, cue, people, mentions)) is not None:
            # قال علماء شبكة «إسناد الطقس العالمي» إن, قال باحثون في جامعة أكسفورد إن: the
            # body speaks, as "NASA scientists said" does
            tied.append((pos, body, cue.text))
            continue
        if arabic and _unnamed_subject(toks, cue, mentions):
            own_speaker = True
            tied.append((pos, None, cue.text))  # قالت ثلاثة مصادر في أوبك+: nobody named
            continue
        if (
            not arabic
            and cue.index > 0
            and toks[cue.index - 1].fold in _EN_GENERIC_SPEAKERS
            and not any(m.tok_start <= cue.index - 1 < m.tok_end for m in mentions)
        ):
            # "three OPEC+ sources told Reuters": OPEC+ is where they sit; nobody is named
            tied.append((pos, None, cue.text))
            continue
        after = [
            m
            for m in people
            if cue.index < m.tok_start <= cue.index + (12 if arabic else 4)
            and not any(t.fold in _COMPLEMENTIZERS for t in toks[cue.index + 1 : m.tok_start])
            # one met in a relative clause on the subject (وقال الوزير، الذي التقى نظيره
            # فلان، إن) is not the one who spoke
            and not any(t.fold in _AR_RELATIVES for t in toks[cue.index + 1 : m.tok_start])
            # nor one named after the act announced (أعلن الاتحاد تعيين مانشيني): what was
            # announced, right after the body that announced it
            and not (
                arabic
                and any(
                    _ar_verbal_noun(toks[k])
                    and not toks[k].fold.startswith("ال")
                    # right after the verb (أن الاتحاد أعلن تعيين) or after its subject
                    and (
                        (k == cue.end and any(o.tok_end == cue.index for o in mentions))
                        or any(o.tok_end == k for o in mentions if o.tok_start > cue.index)
                    )
                    for k in range(cue.end, m.tok_start)
                )
            )
            # English puts a subject right after the verb ("said Kim", "said the UN chief"),
            # never after other words ("said the partnership between Codelco ...")
            and (
                arabic
                or all(
                    t.fold in _EN_DETERMINERS
                    or t.text[:1].isupper()
                    # "said archaeologist Ruth Shady": a description before the name
                    or (t.fold,) in description_words("en")
                    for t in toks[cue.index + 1 : m.tok_start]
                )
            )
        ]
        before = [m for m in people if m.tok_end <= cue.index and cue.index - m.tok_end <= 14]
        if (
            arabic
            and toks[cue.index].text.startswith("و")
            and cue.end < len(toks)
            and toks[cue.end].text in _AR_PREPOSITIONS
        ):
            # وأوضح في مقابلة نشرها النادي: a joined verb, a preposition, and no subject of
            # its own (the verb before's, or the person named before); whoever follows
            # belongs to another clause
            earlier = tied[-1][1] if tied and tied[-1][1] is not None else None
            # with no verb of speaking before, the subject the sentence opens with (هنّأ
            # إيلون ماسك فريق سبيس إكس ...، وكتب على تويتر: Musk, not the team)
            opener = _opening_subject(toks, people) if earlier is None else None
            opener = opener if opener is not None and opener.tok_end <= cue.index else None
            tied.append((pos, earlier or opener or (before[-1] if before else None), cue.text))
            continue
        if not arabic and cue.index > 0 and toks[cue.index - 1].fold in ("and", "but") and tied:
            # "He said ..., and insisted that": the verb joined to the one before shares its
            # subject, whoever the words between name
            tied.append((pos, tied[-1][1], cue.text))
            continue
        if not arabic:
            before = _outside_apposition(toks, cue.index, before, people)
        if before and not arabic:
            before = _title_over_holder(before)
            before = _person_of_body(toks, before, cue.index)
        if cue.kind == "before":
            pick = before[-1] if before else None
        elif toks[cue.index].arabic:
            # a person after the verb before the organisation whose title they carry
            # (قال المتحدث باسم الكرملين دميتري بيسكوف: Peskov, not the Kremlin)
            persons = [m for m in after if m.entity.kind in ("person", "role")]
            first = persons[0] if persons else (after[0] if after else None)
            pick = first if first is not None else (before[-1] if before else None)
        else:
            # "Barcelona said goalkeeper X had ...": a subject before the verb, so the name
            # after it is what was said; "..., said archaeologist Ruth Shady" follows a mark
            inverted = cue.index == 0 or toks[cue.index - 1].kind != "word"
            pick = before[-1] if before else (after[0] if after and inverted else None)
            if cue.kind == "participle" and not tied and not arabic:
                # "Krejcikova dedicated her title to her late mentor Jana Novotna, saying":
                # the participle's subject is the sentence's, not the last name before it
                pick = _opening_subject(toks, people) or pick
        if pick is None and cue.kind == "participle" and not tied:
            # اعتذر هندرسون ... مؤكداً أن, "Tebogo dedicated his gold ..., saying": a
            # participle with no verb of speaking before it shares the subject of the verb
            # the sentence opens with, however far back
            pick = _opening_subject(toks, people)
            if (
                pick is None
                and arabic
                and toks[0].text.startswith("و")
                and not [m for m in people if m.tok_start < cue.index]
            ):
                # وأهدى العداء الشاب ميداليته ...، مؤكداً: a joined verb whose subject the
                # article named before
                pronoun = True
        tied.append((pos, pick, cue.text))

    tied = [(pos, _with_partner(toks, m, people), verb) for pos, m, verb in tied]
    verbs = [t for t in tied if t[2]]
    default_speaker = next((m for _, m, _ in tied if m is not None), None)
    continuation = any(c.kind == "continuation" for c in cues)
    # وأضاف / وتابع: a continuation joined to what came before (تابعت رسائل ... is not)
    # and so is an opening وأكد / وقال with no subject of its own
    joined = any(
        (c.kind == "continuation" or (c.index <= 1 and c.kind != "according"))
        and toks[c.index].text.startswith(("و", "ف"))  # فقال: and so he said
        for c in cues
    )
    # an opening verb with no subject of its own (وأكد أن ..., He added) keeps the last speaker
    opening = any(c.kind != "according" and c.index <= 1 for c in cues)
    # "the agency added" names its speaker: the agency, not the last person quoted; unless
    # it reports someone's words in turn (وأضافت الوكالة أن الشيخ محمد شدد على ...)
    nested = sum(c.kind != "according" for c in cues) > 1
    # واختتم قائلاً, ومضى قائلاً: a participle right after the opening verb, so the verb
    # has no subject of its own; the people named later are what was spoken of
    bare_verb = any(c.kind == "participle" and c.index == 1 and toks[0].arabic for c in cues)
    # people named after the first إن / أن / "that" are what was said, not who said it
    said_from = _said_from(toks, 0)
    carried = (
        default_speaker is None
        and not own_speaker
        and (not anaphoric_source or nested or quoted_pronoun)
        and (
            continuation
            or pronoun
            or bare_verb
            or (opening and not [m for m in people if m.tok_start < said_from])
        )
    )

    src_id = source.entity.id if source else None
    src_text = text[source.start : source.end] if source else None
    if src_id is None:
        platforms = [m for m in outside if m.entity.kind == "platform"]
        if platforms:  # منشور على منصة تروث سوشال, in a post on Truth Social
            src_id = platforms[0].entity.id
            src_text = text[platforms[0].start : platforms[0].end]
    anaphoric_speaker: tuple[str, str | None] | None = None
    if src_id is None and anaphoric_source and (state.agency or state.source):
        if state.agency and state.agency_speaks:
            anaphoric_speaker = (state.agency, state.agency_text)  # the IAEA said
        elif state.agency:
            src_id, src_text = state.agency, state.agency_text
        else:
            src_id, src_text = state.source, state.source_text

    unread = (
        unread_speaker(toks, cues)
        if default_speaker is None and described is None and not own_speaker
        else None
    )

    def make(speaker: Mention | None, verb: str | None, quote: Quote | None) -> Attribution:
        sp_id = speaker.entity.id if speaker else None
        sp_text = text[speaker.start : speaker.end] if speaker else None
        if sp_id is None and described is not None:
            sp_id, sp_text = described[0] or None, described[1]
        elif sp_id is None and anaphoric_speaker is not None:
            sp_id, sp_text = anaphoric_speaker
        elif sp_id is None and carried and titled and state.last_person and _is_body(state.speaker):
            sp_id, sp_text = state.last_person
        elif sp_id is None and carried and state.speaker:
            sp_id, sp_text = state.speaker, state.speaker_text
        elif sp_id is None and carried and state.last_person and (pronoun or joined or bare_verb):
            sp_id, sp_text = state.last_person
        elif sp_id is None and carried and state.last_subject and (pronoun or joined or bare_verb):
            sp_text = state.last_subject  # someone the sentence before named, unread
        src, stext = src_id, src_text
        if src is None and sp_id is not None and sp_id == state.speaker and continuation:
            src, stext = state.source, state.source_text  # وأضاف المسؤول: still via the same agency
        if sp_id is None and sp_text is None and src is None and unread is not None:
            # someone the rules could not read: their words all the same, not nobody's
            sp_text = text[toks[unread[0]].start : toks[unread[1] - 1].end]
        mode = "direct" if quote else "indirect"
        if sp_id is None and src is None and sp_text is None:
            mode = "unattributed"
        return Attribution(
            speaker=sp_id,
            speaker_text=sp_text,
            source=src,
            source_text=stext,
            verb=verb,
            quote=quote.text if quote else None,
            quote_start=quote.start if quote else None,
            quote_end=quote.end if quote else None,
            mode=mode,
        )

    out: list[Attribution] = []
    if quotes:
        for qt in quotes:
            prior = [t for t in verbs if t[0] < qt.start and t[1] is not None]
            later = [t for t in verbs if t[0] >= qt.end and t[1] is not None]
            pick = prior[-1] if prior else (later[0] if later else None)
            if pick is None:
                verb = next(
                    (t[2] for t in verbs if t[0] < qt.start), verbs[0][2] if verbs else None
                )
                out.append(make(None, verb, qt))
            else:
                out.append(make(pick[1], pick[2], qt))
    elif verbs or src_id:
        out.append(make(default_speaker, verbs[0][2] if verbs else None, None))
        if out[0].speaker is None and out[0].source is None and out[0].speaker_text is None:
            # nobody's words, yet someone named, or a subject no rule read (أعلنت
            # الأكاديمية النرويجية للعلوم والآداب يوم الأربعاء اسم الفائز)
            _remember_subject(text, toks, people, mentions, state)
            return []
    _remember_person(text, people, state)
    if out:
        state.last_subject = None
        spoke = out[0].speaker
        if spoke and (_is_body(spoke) or spoke.startswith("office:government@")):
            state.last_it = (spoke, out[0].speaker_text or "")
        elif opening_it is not None:
            state.last_it = opening_it
    for a in out:
        if a.speaker:
            state.speaker, state.speaker_text = a.speaker, a.speaker_text
        if a.source:
            state.source, state.source_text = a.source, a.source_text
    if last_agency:
        state.agency, state.agency_text, state.agency_speaks = last_agency
    return out


#: Head words of a public body's name: an administration, an authority, a ministry ...
#: (Arabic folded)
PUBLIC_BODY_HEADS = {
    "ar": frozenset(
        fold(w)
        for w in {
            "إدارة", "هيئة", "وزارة", "مكتب", "وحده", "لجنه", "مجلس", "مركز", "معهد", "سلطه",
            "مصلحه", "جهاز", "دائره", "وكاله", "مديريه", "الحرس", "خدمه", "خدمات", "منظمه",
            "مؤسسه", "شرطه", "الشرطه", "مبادرة", "تحالف", "شبكة", "برنامج", "أكاديمية",
        }
    ),
    "en": frozenset(
        {
            "agency", "administration", "authority", "ministry", "office", "service",
            "institute", "committee", "council", "bureau", "department", "unit", "commission",
            "board", "centre", "center", "guard", "police", "survey", "officials",
            "initiative", "alliance", "network", "programme", "program", "coalition", "academy",
        }
    ),
}  # fmt: skip


# Words before an English verb that make it no statement ("had not responded", "to say")
_EN_NOT_SAYING = frozenset(
    {
        "not", "never", "did", "does", "do", "would", "could", "will",
        "may", "might", "should", "to", "yet", "who", "which", "if", "whether",
    }
)  # fmt: skip


# Words after an Arabic speaker's name that say when or where they spoke
_AR_WHEN_SAID = frozenset(
    {
        "بعد", "قبل", "عقب", "خلال", "اثناء", "امام", "فور", "يوم", "مساء", "صباح", "امس",
        "اليوم", "لدي", "عبر", "على",
    }
)  # fmt: skip


# Words that name nobody in particular before an English verb ("The group said", "Officials
# told"): with only these and no capital past the first word, no name went unread
_EN_UNNAMED = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "also", "later", "then",
        "and", "but", "group", "body", "team", "officials", "official", "statement", "report",
    }
)  # fmt: skip


def unread_speaker(toks: list[Token], cues: list[Cue]) -> tuple[int, int] | None:
    """The words in a speaker's place that no rule read as a speaker: a token range, or None.

    An Arabic verb's subject runs from the verb to إن / أن, a colon or a comma (قالت حصة
    المطروشي إن ...); an English verb's from the clause's start to the verb ("Spain's
    Guardia Civil said"); "according to" names its speaker after it. The attribution
    keeps these words as its speaker's text with no id: the speaker is someone, not
    nobody, and another outlet's speaker named in them may be the same one.
    """
    n = len(toks)
    for cue in cues:
        if cue.kind == "participle":
            continue
        if toks[cue.index].arabic:
            if cue.kind == "according" or cue.end >= n:
                continue
            first = toks[cue.end]
            if first.text == "«":
                # قالت «فيرجن أوربت» في تغريدة إنه: a body named in guillemets
                close = next(
                    (k for k in range(cue.end + 1, min(n, cue.end + 7)) if toks[k].text == "»"),
                    None,
                )
                if close is not None and close > cue.end + 1:
                    return cue.end + 1, close
                continue
            if (
                first.text in _AR_PREPOSITIONS
                or first.fold in _COMPLEMENTIZERS
                or first.kind != "word"
                or _ar_generic_speaker(toks, cue.end)
            ):
                continue
            end = next(
                (
                    j
                    for j in range(cue.end, min(n, cue.end + 10))
                    if toks[j].fold in _COMPLEMENTIZERS or toks[j].text in ":«،,"
                ),
                None,
            )
            if end is None or end == cue.end:
                continue
            # when or where it was said ends the speaker (قال الركراكي بعد الخسارة أمام
            # فرنسا إن): the people named there are spoken of, not speaking
            # and so does the medium told (قال كريستوفر راي لشبكة «فوكس نيوز» إن)
            end = next(
                (
                    j
                    for j in range(cue.end + 1, end)
                    if toks[j].fold in _AR_WHEN_SAID or toks[j].fold in AR_MEDIA_TOLD
                ),
                end,
            )
            words = toks[cue.end : end]
            if any(
                t.kind != "word" and t.text != "-" and not (k > 0 and words[k - 1].text == "-")
                for k, t in enumerate(words)
            ):
                continue  # a figure or a mark (not كوفيد-19): what was said, not who said it
            if len(words) == 1 and (
                words[0].fold in _AR_NOT_A_NAME
                or words[0].fold.endswith(("ه", "ها", "هم"))
                # a noun with the article (وُصف العرض بأنه: a passive's subject); a family
                # name with it ends in the nisba ي (الركراكي)
                or (words[0].fold.startswith("ال") and not words[0].fold.endswith("ي"))
            ):
                continue  # وقال أيضاً إن, وقال بدوره إن
            return cue.end, end
        if cue.kind == "according":
            end = next(
                (j for j in range(cue.end, min(n, cue.end + 7)) if toks[j].kind != "word"),
                min(n, cue.end + 7),
            )
            words = toks[cue.end : end]
        else:
            start = cue.index
            while start > 0 and toks[start - 1].kind == "word" and cue.index - start < 8:
                start -= 1
            words = toks[start : cue.index]
            end = cue.index
        if (
            words
            and not any(t.fold in _EN_NOT_SAYING for t in words)
            and any(
                (t.text[:1].isupper() and (k > 0 or t.fold not in _EN_UNNAMED))
                # "the health ministry said": a body by its head word, in lower case
                or (
                    t.fold in PUBLIC_BODY_HEADS["en"]
                    and k > 0
                    and words[k - 1].fold not in ("the", "a")
                )
                for k, t in enumerate(words)
            )
        ):
            return end - len(words), end
    return None


#: Speaker ids for people who speak together: "group:" + member ids joined by "+".
GROUP_PREFIX = "group:"


def group_id(members: list[str]) -> str:
    """The id of a joint speaker (a joint statement by two or three people)."""
    return GROUP_PREFIX + "+".join(sorted(set(members)))


def _with_partner(toks: list[Token], m: Mention | None, people: list[Mention]) -> Mention | None:
    """ "Prabowo and Anwar said": the speaker is both of them."""
    if m is None or m.entity.kind != "person" or m.tok_start < 2:
        return m
    # "X and Syrian President Y said": titles may stand between "and" and the name
    k = m.tok_start - 1
    while k > 0 and toks[k].fold not in ("and", "و") and toks[k].text[:1].isupper():
        k -= 1
    if k < 1 or toks[k].fold not in ("and", "و") or m.tok_start - k > 4:
        return m
    partner = next((p for p in people if p.tok_end == k), None)
    if partner is None or partner.entity.kind != "person":
        return m
    from claimcheck.extract.entities import Entity

    joint = Entity(group_id([partner.entity.id, m.entity.id]), "person")
    return Mention(joint, partner.tok_start, m.tok_end, partner.start, m.end)


def _title_over_holder(before: list[Mention]) -> list[Mention]:
    """ "A spokeswoman for the UN refugee agency UNHCR told": the speaker is the title's
    holder, not the body named right after it."""
    last = before[-1]
    if last.entity.kind != "organisation":
        return before
    for m in reversed(before[:-1]):
        if m.entity.id.startswith("office:") and m.tok_end >= last.tok_start - 4:
            return [*before[:-1]][: before.index(m) + 1]
    return before


def _person_of_body(toks: list[Token], before: list[Mention], cue: int) -> list[Mention]:
    """ "Andrea Cercek of Memorial Sloan Kettering said", "Tedros of the WHO told": the
    person named before "of" speaks, not the body after it, however many names that body's
    own name was read as ("of the Institute for Health Metrics and Evaluation said")."""
    for n, m in enumerate(before[:-1]):
        k = m.tok_end
        if k >= cue or toks[k].fold != "of":
            continue
        run = toks[k + 1 : cue]
        if all(
            t.kind == "word" and (t.text[:1].isupper() or t.fold in _EN_NAME_LINKS) for t in run
        ) and not any(t.fold in _EN_TITLE_HEADS or t.fold in ("director", "ceo") for t in run):
            # (not "Central Bank of Egypt Governor Hassan Abdalla": a title, then its holder)
            return before[: n + 1]
    return before


# Small words inside an English body's name (the Institute for Health Metrics and Evaluation)
_EN_NAME_LINKS = frozenset({"the", "of", "for", "and", "&", "on", "in", "de"})


def _outside_apposition(
    toks: list[Token], cue: int, before: list[Mention], people: list[Mention]
) -> list[Mention]:
    """ "Jafar Panahi, winner of the Palme d'Or, urged ...": the subject is the name before
    the appositive set off by commas, not a name inside it; a person right before the
    opening comma however long the appositive ("James Hansen, the former NASA scientist
    whose 1988 testimony put global warming on the agenda, said")."""
    if cue == 0 or toks[cue - 1].text not in (",", "،"):
        return before
    opening = next((k for k in range(cue - 2, -1, -1) if toks[k].text in (",", "،")), None)
    if opening is None:
        return before
    named = [m for m in people if m.tok_end == opening]
    if named and named[0].entity.kind == "person" and toks[cue - 1].text == ",":
        return named
    outside = [m for m in before if m.tok_end <= opening]
    return outside or before


def _is_office(m: Mention) -> bool:
    """A title with its holder, standing for the person (الرئيس الكيني)."""
    return m.entity.id.startswith("office:")


def _remember_person(text: str, people: list[Mention], state: AttributionState) -> None:
    """Keep the sentence's first named person (its subject, most often) for a later "He"."""
    first = next((m for m in people if m.entity.kind == "person" or _is_office(m)), None)
    if first is not None:
        state.last_person = (first.entity.id, text[first.start : first.end])
        state.last_subject = None


def _remember_subject(
    text: str,
    toks: list[Token],
    people: list[Mention],
    mentions: list[Mention],
    state: AttributionState,
) -> None:
    """After a sentence that reports nobody's words: its first named person, or else the
    words of its subject that no rule read, for a later وأضاف / "He added"."""
    if any(m.entity.kind == "person" or _is_office(m) for m in people):
        _remember_person(text, people, state)
    else:
        state.last_subject = _opening_subject_words(text, toks, mentions)


def _opening_subject_words(text: str, toks: list[Token], mentions: list[Mention]) -> str | None:
    """The words after an Arabic sentence's opening verb, up to a preposition, a comma,
    a figure or a word of when (تحدث فيراط كوهلي بعد الفوز: فيراط كوهلي; انتقد عالم
    الحاسوب أندرو بارتو، الفائز: عالم الحاسوب أندرو بارتو), or None."""
    if len(toks) < 3 or not toks[0].arabic or toks[0].kind != "word":
        return None
    end = 1
    while end < len(toks) and end <= 8:
        t = toks[end]
        if t.text == "-" and end + 1 < len(toks) and toks[end + 1].arabic:
            end += 1  # فيران-بريفو: one name
            continue
        if (
            t.kind != "word"
            or not t.arabic
            or t.text in _AR_PREPOSITIONS
            or t.fold in _COMPLEMENTIZERS
            or t.fold in _AR_WHEN_SAID
        ):
            break
        end += 1
    if end == 1 or end > 8:
        return None
    if any(m.tok_start < end and m.entity.kind in ("organisation", "agency") for m in mentions):
        return None  # a body is the subject (أعلنت الأكاديمية ...), read as one
    return text[toks[1].start : toks[end - 1].end]


def _subject(toks: list[Token], cue: Cue, candidates: list[Mention]) -> Mention | None:
    """The speaker or agency right at a reporting verb: "KCNA reported", "قال كيم", "said Kim".

    English puts the subject just before the verb (or just after: "said Kim");
    Arabic verbs come first, their subject just after.
    """
    i = cue.index
    before = [m for m in candidates if m.tok_end == i]
    after = [m for m in candidates if m.tok_start == cue.end]
    if (
        not after
        and not toks[i].arabic
        and cue.end < len(toks)
        and (toks[cue.end].fold,) in description_words("en")
    ):
        # "..., said archaeologist Ruth Shady": a description, then the name
        after = [m for m in candidates if m.tok_start == cue.end + 1]
    if toks[i].arabic:
        if not after and cue.end < len(toks) and toks[cue.end].fold in _HEAD_NOUNS:
            # نقلت وكالة ريا نوفوستي: a generic head noun before the name
            after = [m for m in candidates if m.tok_start == cue.end + 1]
        if not after:
            after = [m for m in [_described_person(toks, cue, candidates)] if m is not None]
        if after and _is_office(after[0]):
            # المدير الإقليمي لمنظمة الصحة العالمية في أوروبا هانس كلوغه: where the title
            # holder serves, then the holder's name
            office = after[0]
            k = office.tok_end
            if k + 2 < len(toks) and toks[k].fold in ("في", "لدي", "الي"):
                named = [
                    m
                    for m in candidates
                    if m.entity.kind == "person" and k + 2 <= m.tok_start <= k + 3
                ]
                if named and all(t.kind == "word" for t in toks[k : named[0].tok_start]):
                    return named[0]
        return after[0] if after else None
    if before:
        # "a spokeswoman for the UN refugee agency UNHCR told": the title speaks
        near = [m for m in candidates if m.tok_end <= i and i - m.tok_end <= 8]
        if not near:
            return before[-1]
        return _person_of_body(toks, _title_over_holder([*near[:-1], before[-1]]), i)[-1]
    # "said Kim" only after a quote or a comma; "The agency said Xi told ..." has its own subject
    inverted = (i == 0 or toks[i - 1].kind == "punct") and toks[i].fold in _EN_INVERTING
    if (
        inverted
        and i >= 2
        and toks[i - 1].text == ","
        and any(m.tok_end == i - 1 and m.entity.kind == "person" for m in candidates)
    ):
        # "The team's leader, Hesham Sallam, said Tutcetus ...": the comma closes a name in
        # apposition, the subject; what follows the verb is what was said
        return None
    return after[0] if after and inverted else None


def _ar_name_in_commas(toks: list[Token], cue: Cue, people: list[Mention]) -> Mention | None:
    """A person named between two commas after an Arabic verb's subject and before what was
    said (قال المتحدث باسم الوزارة، فلان الفلاني، إن ...): the subject's name."""
    end = next(
        (
            j
            for j in range(cue.end, min(len(toks), cue.end + 16))
            if toks[j].fold in _COMPLEMENTIZERS or toks[j].text in ":«"
        ),
        None,
    )
    if end is None:
        return None
    for m in people:
        if (
            cue.end < m.tok_start
            and m.tok_end < end
            and m.entity.kind == "person"
            and toks[m.tok_start - 1].text in "،,"
            and toks[m.tok_end].text in "،,"
        ):
            return m
    return None


_AR_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _described_person(toks: list[Token], cue: Cue, candidates: list[Mention]) -> Mention | None:
    """A person named after an Arabic verb behind a description the registry has no title
    for (أكد عالم الحاسوب البريطاني الكندي جيفري هينتون, قال عالم الآثار المصري زاهي
    حواس): an indefinite noun first, then words with the article, and nothing between that
    ends the subject (a punctuation mark, إن, a preposition glued to a name: لنظيره)."""
    start = cue.end
    if start >= len(toks) or toks[start].kind != "word" or not toks[start].arabic:
        return None
    head = toks[start]
    if head.fold.startswith("ال") or any(off for _, off in head.readings):
        return None  # للأميركيين: to whom, with a preposition glued on
    for m in sorted(candidates, key=lambda c: c.tok_start):
        if m.entity.kind != "person" or not start + 1 < m.tok_start <= start + 6:
            continue
        between = toks[start + 1 : m.tok_start]
        # words with the article, and where the title serves (منسق الإغاثة في الأمم المتحدة)
        if all(
            t.kind == "word"
            and t.arabic
            and (t.fold.startswith("ال") or (t.fold in ("في", "لدي") and 0 < k < len(between) - 1))
            and t.fold not in _AR_RELATIVES
            for k, t in enumerate(between)
        ):
            return None if _addressee(toks, m) else m
        return None
    return None


def _description_at(toks: list[Token], k: int, lang: str) -> tuple[str, int] | None:
    """A description's noun at token ``k`` (two words or one): its kind and end."""
    words = description_words(lang)
    if k + 1 < len(toks) and (kind := words.get((toks[k].fold, toks[k + 1].fold))):
        return kind, k + 2
    for form in [toks[k].fold, *(f for f, _ in toks[k].readings)]:
        if kind := words.get((form,)):
            return kind, k + 1
    return None


def _description(
    toks: list[Token], cue: Cue, mentions: list[Mention]
) -> tuple[str, tuple[int, int]] | None:
    """A verb's subject that describes a person by what they do and their nationality
    (قال النجم البرتغالي, قال العالم البريطاني-الكندي, "the Spanish coach said", "said
    the Portuguese star"): its description id and character span."""
    arabic = toks[cue.index].arabic
    # English: after the verb only when nothing stands before it ("..., said the Portuguese
    # star"); "He said the Ukrainian had been handed ..." has its subject, and the
    # description is what he spoke of
    inverted = cue.index == 0 or toks[cue.index - 1].kind == "punct"
    for desc, a, b in _descriptions(toks, mentions):
        # Arabic puts the subject after the verb; English before it, or after a quote
        if (a == cue.end and (arabic or inverted)) or (not arabic and b == cue.index):
            return desc, (toks[a].start, toks[b - 1].end)
        # and before it when the sentence opens with it (لكن المدرب الأسترالي قال)
        if arabic and b == cue.index and all(t.fold in _AR_OPENERS for t in toks[:a]):
            return desc, (toks[a].start, toks[b - 1].end)
    return None


# Words an Arabic sentence may open with before a subject that precedes its verb
_AR_OPENERS = frozenset({"لكن", "ولكن", "غير", "ان", "اما", "بدوره", "بدورها", "من", "جهته"})


@cache
def _description_firsts() -> frozenset[str]:
    """First words of every description, both languages (a cheap pre-filter)."""
    return frozenset(k[0] for lang in ("ar", "en") for k in description_words(lang))


def find_descriptions(toks: list[Token], mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """Every person named by a description in a sentence (سجّل النجم البرتغالي هدفين,
    "signed the French striker"): description id and character span. A name right after
    the description is that person's, and the description is left to the name."""
    return [(d, toks[a].start, toks[b - 1].end) for d, a, b in _descriptions(toks, mentions)]


def _descriptions(toks: list[Token], mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """Descriptions with their token spans: Arabic النجم [الدولي] البرتغالي[-الكندي], English
    "the Portuguese [tennis] star"; not one followed by a name (النجم الفرنسي كيليان مبابي)."""
    countries = {m.tok_start: m for m in mentions if m.entity.iso}
    if not countries:
        return []  # a description needs a nationality
    starts = {m.tok_start for m in mentions if m.entity.kind in ("person", "role")}
    firsts = _description_firsts()
    n = len(toks)

    def nationalities_from(j: int) -> tuple[list[str], int]:
        isos: list[str] = []
        while j < n and (m := countries.get(j)) is not None:
            isos.append(m.entity.iso or "")
            j = m.tok_end
            if j + 1 < n and toks[j].text in "-–" and j + 1 in countries:
                j += 1  # البريطاني-الكندي
        return isos, j

    out: list[tuple[str, int, int]] = []
    for k, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        if (lone := _lone_nationality(toks, k, countries)) is not None:
            isos, end = lone
            if not starts & {end, end + 1}:
                out.append((description_id("person", isos), k, end))
            continue
        if tok.arabic:
            if tok.fold not in firsts and not any(f in firsts for f, _ in tok.readings):
                continue
            hit = _description_at(toks, k, "ar")
            if hit is None:
                continue
            kind, j = hit
            if j < n and (second := _description_at(toks, j, "ar")) is not None:
                j = second[1]  # النجم الدولي المصري
            isos, end = nationalities_from(j)
        elif tok.fold == "the":
            isos, j = nationalities_from(_after_age(toks, k + 1))
            if (
                isos
                and j + 1 < n
                and toks[j].text.isalpha()
                and toks[j].text.islower()
                and _description_at(toks, j, "en") is None
            ):
                j += 1  # the Polish tennis player, the Spanish pole vaulter
            hit = _description_at(toks, j, "en") if isos and j < n else None
            if hit is None:
                continue
            kind, end = hit
        else:
            continue
        if isos and not starts & {end, end + 1}:
            out.append((description_id(kind, isos), k, end))
    return out


# English demonyms that name a people or a country, never one person ("the British said")
_EN_COLLECTIVE_ENDINGS = ("ish", "ch", "ese", "ss", "s")
# Words after "the Ukrainian" that show it stands alone, as a person
_EN_NOT_A_NOUN = frozenset(
    {
        "because", "and", "but", "or", "after", "before", "when", "while", "who", "whose",
        "in", "on", "at", "with", "for", "to", "as", "by", "from", "of", "was", "is", "has",
        "had", "will", "would", "could", "also", "then", "again", "twice", "himself",
        "herself", "won", "lost", "beat", "took", "made",
    }
)  # fmt: skip


def _lone_nationality(
    toks: list[Token], k: int, countries: dict[int, Mention]
) -> tuple[list[str], int] | None:
    """A nationality standing alone for a person: Arabic قال البريطاني / قالت الأمريكية
    (a singular nisba right after a reporting verb), English "the Briton said", "sided
    with the Ukrainian because" (a singular demonym after "the", no noun after it).
    Its nationalities and end token, or None."""
    n = len(toks)
    if toks[k].arabic:
        m = countries.get(k)
        if (
            m is None
            or m.tok_end != k + 1
            or k == 0
            or not toks[k].fold.startswith("ال")
            or not toks[k].fold.endswith(("ي", "يه"))
            or not _is_verb(toks[k - 1], load("ar"))
        ):
            return None
        return [m.entity.iso or ""], k + 1
    if toks[k].fold != "the":
        return None
    d = _after_age(toks, k + 1)  # "the 37-year-old Serb said"
    if d + 1 >= n:
        return None
    m = countries.get(d)
    nxt = toks[d + 1]
    if (
        m is None
        or m.tok_end != d + 1
        or toks[d].fold.endswith(_EN_COLLECTIVE_ENDINGS)
        # "the Ukrainian said", "sided with the Ukrainian because": no noun follows
        # ("the Ukrainian army" is the country's)
        or not (nxt.kind != "word" or nxt.fold in _EN_NOT_A_NOUN or _is_verb(nxt, load("en")))
    ):
        return None
    return [m.entity.iso or ""], d + 1


def _after_age(toks: list[Token], k: int) -> int:
    """Past an age written before a noun ("37-year-old", "22 year old") at ``k``, else k."""
    j = k
    if j < len(toks) and toks[j].kind == "num":
        j += 1
        if j < len(toks) and toks[j].text == "-":
            j += 1
        if j < len(toks) and toks[j].fold == "year":
            j += 1
            if j < len(toks) and toks[j].text == "-":
                j += 1
            if j < len(toks) and toks[j].fold == "old":
                return j + 1
    return k


def resolve_description(desc: str, state: AttributionState) -> str | None:
    """The person named earlier in the article whom a description fits, most recent first."""
    registry = load_registry()
    seen = [state.speaker, state.last_person[0] if state.last_person else None]
    for who in [*seen, *reversed(state.recent_people)]:
        if who is not None and registry.fits_description(desc, who):
            return who
    return None


def _carried_name(state: AttributionState) -> tuple[str, str] | None:
    """The last speaker, or else the last person named, when a name the registry lacks
    (it may be the person described): its id and its words."""
    for who in (
        (state.speaker, state.speaker_text or "") if state.speaker else None,
        state.last_person,
    ):
        if who is not None and who[0].startswith(NAME_PREFIX):
            return who
    return None


# Nouns for what kind of body the one named before is ("the group", "the charity", "the
# airline", "the tech giant", الجمعية, الناقلة): they stand for it whatever its name's words
_KIND_OF_BODY = frozenset(
    {"group", "charity", "watchdog", "airline", "carrier", "broadcaster", "operator",
     "startup", "manufacturer", "carmaker", "automaker", "insurer", "lender", "miner",
     "retailer", "giant", "nonprofit", "ngo", "الجمعيه", "الناقله"}
)  # fmt: skip

# Head nouns by which an article names again an organisation it has named ("the academy",
# الأكاديمية); "the agency" is the news agency's or the agency's (_ANAPHORIC_SOURCE)
_BODY_HEADS = frozenset(
    {"academy", "ministry", "committee", "commission", "federation", "club", "company",
     "organisation", "organization", "union", "council", "court", "league", "association",
     "institute", "university", "authority", "foundation", "centre", "center", "museum",
     "observatory", "board", "panel", "tribunal", "regulator", "firm", "group", "team",
     "hospital", "clinic", "laboratory", "lab", "المستشفي", "المختبر", "body",
     "الاكاديميه", "الوزاره", "اللجنه", "المفوضيه", "الاتحاد", "النادي", "الشركه",
     "المنظمه", "المجلس", "المحكمه", "الرابطه", "الهييه", "المعهد", "الجامعه", "السلطه",
     "الموسسه", "المركز", "المتحف", "المرصد", "الفريق", "المجموعه", "administration",
     "department", "bureau", "service", "المديريه", "الاداره", "المصلحه", "الدايره", "tour",
     "sport", *_KIND_OF_BODY}
)  # fmt: skip


# Words of a league's or a federation's name, which "the club" never means
_LEAGUE_WORDS = frozenset(
    {"league", "federation", "association", "uefa", "fifa", "الدوري", "رابطه", "الاتحاد",
     "اتحاد", "ليغ"}
)  # fmt: skip
# Head nouns that stand for whatever organisation was named last ("the body said")
# ("the sport said": the body that runs it, named before: Formula One)
_ANY_BODY_HEADS = frozenset(
    {"body", "club", "organisation", "organization", "النادي", "sport", *_KIND_OF_BODY}
)


def _anaphoric_body(toks: list[Token], cue: Cue, state: AttributionState) -> tuple[str, str] | None:
    """The organisation named before that "the academy" / الأكاديمية at a reporting verb
    names again: the latest whose name has that head noun."""
    arabic = toks[cue.index].arabic
    k = cue.end if arabic else cue.index - 1
    if not 0 <= k < len(toks):
        return None
    if toks[k].fold not in _BODY_HEADS and not (
        # "the agency" with no news agency named: a public agency named before (the Japan
        # Meteorological Agency; وكالة الفضاء الأوروبية)
        toks[k].fold in _ANAPHORIC_SOURCE and state.agency is None and state.source is None
    ):
        return None
    if not arabic:
        # "the academy said", "the north London club said" (up to three words between), not
        # "Academy Award winners said"
        j = k - 1
        while (
            j >= 0
            and k - j <= 3
            and toks[j].kind == "word"
            and toks[j].fold not in _EN_DETERMINERS
            and not toks[j].text.endswith(("'s", "’s"))
        ):
            j -= 1
        if j < 0 or toks[j].fold != "the":
            return None
    if arabic and k + 1 < len(toks) and toks[k + 1].arabic and toks[k + 1].kind == "word":
        nxt = toks[k + 1].fold
        if not nxt.startswith(("ان", "بان")) and nxt not in ("في", "علي", "من", "عن"):
            return None  # اللجنة الأولمبية الدولية: a body's own name, read by the registry
    head = toks[k].fold
    if head in ("ministry", "الوزاره"):
        # a ministry named by its title (وزارة السياحة المصرية, "Egypt's Tourism Ministry")
        for who in ((state.speaker, state.speaker_text), state.last_person):
            if who and who[0] and who[0].partition("@")[0].endswith("_ministry"):
                return who[0], who[1] or ""
    words = load_registry().name_words
    bare = head.removeprefix("ال")
    for eid, written in reversed(state.recent_bodies):
        # a body the registry lacks has its head noun in its words (شركة أستروبوتيك)
        own = words.get(eid) or {fold(w).removeprefix("ال") for w in written.split()}
        if head in own or bare in own:
            return eid, written
    if head in _ANY_BODY_HEADS and state.recent_bodies:
        # "the body", "the club": the organisation named last, whatever its name's words;
        # a club is no league or federation that was named after it
        bodies = state.recent_bodies
        if head in ("club", "النادي"):
            bodies = [
                b for b in bodies if b[0] and not _LEAGUE_WORDS & {fold(w) for w in b[1].split()}
            ]
        if bodies:
            return bodies[-1]
    if head in ("company", "firm", "الشركه"):
        # a company named by one word the registry lacks ("Astrobotic's lander"): a person
        # is named by two words, a first name and a family name, before "the company"
        for eid in reversed(state.recent_people):
            if eid.startswith(NAME_PREFIX) and " " not in eid:
                return eid, ""
    return None


def _ar_public_bodies(
    text: str, toks: list[Token], mentions: list[Mention]
) -> list[tuple[str, str]]:
    """Arabic public bodies named by common words only, which no registry entry or proper
    name reads (وكالة الصحة العامة السويدية, هيئة الأرصاد الجوية اليابانية): ``("", words)``
    for each, so that a later الوكالة / الهيئة can name it again."""
    covered = {
        k for m in mentions if m.entity.kind != "place" for k in range(m.tok_start, m.tok_end)
    }
    heads = PUBLIC_BODY_HEADS["ar"]
    out: list[tuple[str, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not t.arabic or i in covered or t.fold.startswith("ال") or t.fold not in heads:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 5:
            w = toks[j]
            if (
                w.kind != "word"
                or not w.arabic
                or j in covered
                or w.text in _AR_PREPOSITIONS
                or w.fold in _COMPLEMENTIZERS
                or w.fold in _AR_WHEN_SAID
                # its name's words carry the article, or the genitive ل / و before it
                or not w.fold.startswith(("ال", "لل", "وال"))
            ):
                break
            j += 1
        if j > i + 1:
            out.append(("", text[t.start : toks[j - 1].end]))
        i = j
    return out


def _opening_body(text: str, toks: list[Token], mentions: list[Mention]) -> tuple[str, str] | None:
    """The body or country an English sentence opens with as its subject ("The Vatican on
    Monday published ...", "Tottenham Hotspur released a statement"): its id (a country's
    government's) and words, or None."""
    if not toks or toks[0].arabic:
        return None
    start = 1 if toks[0].fold == "the" else 0
    m = next((m for m in mentions if m.tok_start == start and not m.role), None)
    if m is None:
        return None
    written = text[m.start : m.end]
    if m.entity.kind in ("organisation", "agency"):
        return m.entity.id, written
    if m.entity.kind == "place" and m.entity.iso:
        return f"office:government@{m.entity.id}", written
    return None


def _opening_subject(toks: list[Token], people: list[Mention]) -> Mention | None:
    """The person a sentence opens with as its subject: the first word in English ("Tebogo
    dedicated ..."), right after the opening verb and its title in Arabic (اعتذر لاعب الوسط
    الإنجليزي جوردان هندرسون)."""
    first = next((m for m in people if m.entity.kind == "person" or _is_office(m)), None)
    if first is None:
        return None
    if toks[0].arabic:
        # the verb, then at most a title of four words before the name
        return first if 1 <= first.tok_start <= 5 else None
    return first if first.tok_start <= 1 else None


def _is_body(eid: str | None) -> bool:
    """Is the id an organisation's or an agency's (not a person's or an office's)?"""
    ent = load_registry().entities.get(eid) if eid else None
    return ent is not None and ent.kind in ("organisation", "agency")


def _quoted_after_an(toks: list[Token], cue: Cue, people: list[Mention]) -> Mention | None:
    """The person quoted after عن a few words after نقل (نقلت قناة الإخبارية عن وزير
    الصحة فهد الجلاجل أن), the name after a title first."""
    if not toks[cue.index].fold.lstrip("و").startswith("نقل"):
        return None
    n = len(toks)
    an = next(
        (
            j
            for j in range(cue.end, min(n, cue.end + 5))
            if toks[j].fold == "عن"
            and not any(t.fold in _COMPLEMENTIZERS for t in toks[cue.end : j])
        ),
        None,
    )
    return None if an is None else _quoted_after(toks, an, people)


def _quoted_after(toks: list[Token], an: int, people: list[Mention]) -> Mention | None:
    """Whom a report quotes after عن at token ``an``, before إن / أن: the name after a
    title first (عن مساعد الكرملين يوري أوشاكوف), then the title, then whoever is named."""
    said = _said_from(toks, an)
    # guillemets round a body in the title take two tokens (عن مؤسس شركة «سبيس إكس» إيلون ماسك)
    quoted = [m for m in people if an < m.tok_start < min(an + 9, said)]
    persons = [m for m in quoted if m.entity.kind == "person"]
    roles = [m for m in quoted if m.entity.kind == "role"]
    return (persons or roles or quoted or [None])[0]


def _ar_body_quoted(toks: list[Token], an: int) -> tuple[int, int] | None:
    """The words of a body a report quotes after عن at ``an`` (عن وزارة الرياضة أن): a
    public body's head noun and the nouns with the article that own it, up to أن."""
    k = an + 1
    if k >= len(toks) or toks[k].fold not in PUBLIC_BODY_HEADS["ar"]:
        return None
    end = k + 1
    while (
        end < len(toks)
        and end - k < 5
        and toks[end].kind == "word"
        and (toks[end].fold.startswith(("ال", "لل")))
    ):
        end += 1
    return (k, end) if end > k + 1 else None


def _quoting_from(toks: list[Token], source: Mention) -> bool:
    """Does عن follow the source (نقلت وكالة رويترز عن ...): whom it quotes comes next?"""
    k = source.tok_end
    return k < len(toks) and toks[k].fold in ("عن", "عنه", "عنها")


def _subject_is(toks: list[Token], cue: Cue, words: set[str]) -> bool:
    """Is the word right at the verb (before it in English, after it in Arabic) one of ``words``?"""
    k = cue.end if toks[cue.index].arabic else cue.index - 1
    if not 0 <= k < len(toks):
        return False
    return any(r[0] in words for r in toks[k].readings) or toks[k].fold in words


_EN_TITLE_HEADS = {
    "pope", "president", "minister", "premier", "chancellor", "king", "queen", "governor", "leader",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "coach", "manager", "secretary",
    "ambassador", "mayor", "emir", "prince", "general", "commander", "chief",
}  # fmt: skip
_EN_TITLE_WORDS = _EN_TITLE_HEADS | {
    "prime", "foreign", "finance", "defence", "defense", "interior", "elect", "-", "interim",
    "new", "former", "executive", "head",
}  # fmt: skip


# Words of a sportsperson's record before the noun that describes them ("the seven-time
# world champion", "the two-time Olympic gold medallist", "the 37-year-old")
_EN_RECORD_WORDS = frozenset(
    {
        "time", "times", "world", "olympic", "defending", "reigning", "grand", "slam", "year",
        "old", "gold", "silver", "medal", "title", "record", "veteran", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "-",
    }
)  # fmt: skip


# Plural or indefinite nouns for speakers nobody names, right before an English verb.
_EN_GENERIC_SPEAKERS = frozenset(
    {
        "sources", "source", "insiders", "diplomats", "analysts", "witnesses", "residents",
        "experts", "traders", "economists", "people", "activists", "medics", "negotiators",
    }
)  # fmt: skip


# Head nouns of an Arabic body that acts, named or not (وزارة الرياضة, نادي ليون)
_AR_ACTING_HEADS = PUBLIC_BODY_HEADS["ar"] | _AR_CLUB_WORDS


# Generic speakers that are bodies: with a noun with the article after them they are one
# body (وزارة الصحة), not an unnamed one
_AR_UNNAMED_BODIES = frozenset(
    {"وزاره", "مكتب", "حكومه", "جيش", "شرطه", "وكاله", "صحيفه", "قناه", "شبكه", "جريده",
     "مجله", "اذاعه"}
)  # fmt: skip


def _ar_generic_speaker(toks: list[Token], k: int) -> bool:
    """Is the Arabic word at ``k`` a speaker nobody names (مصدر, مسؤول, وزارة محلية)? A
    body owning a noun with the article is that body (وزارة الرياضة, "the sports
    ministry"), named by what it does."""
    if toks[k].fold not in _AR_GENERIC_SPEAKERS:
        return False
    return not (
        toks[k].fold in _AR_UNNAMED_BODIES
        and k + 1 < len(toks)
        and toks[k + 1].fold.startswith("ال")
    )


def _said_from(toks: list[Token], k: int) -> int:
    """Where what was said starts: the first إن / أن / "that" at or after ``k`` (the
    sentence's end when there is none)."""
    return next((j for j in range(k, len(toks)) if toks[j].fold in _COMPLEMENTIZERS), len(toks))


def _unnamed_subject(toks: list[Token], cue: Cue, mentions: list[Mention]) -> bool:
    """Does an Arabic verb's subject name nobody (قال مصدر, قالت ثلاثة مصادر في ...)? A
    body named after it is where the sources sit, not who speaks."""

    def generic(k: int) -> bool:
        if k < len(toks) and any((f,) in _number_words() for f, _ in toks[k].readings):
            k += 1  # ثلاثة مصادر
        if k >= len(toks) or any(m.tok_start == k for m in mentions):
            return False
        # indefinite (مصدر, مسؤول): with the article (المتحدث, المستشار) it is a title
        return not toks[k].fold.startswith("ال") and _ar_generic_speaker(toks, k)

    if generic(cue.end):
        # قال عالم الحفريات في حكومة يوكون غرانت زازولا إن: a description, then the name
        stop = _said_from(toks, cue.end)
        return not any(m.entity.kind == "person" and cue.end < m.tok_start < stop for m in mentions)
    # نقلت صحيفة ... عن مسؤول سعودي أن: the one quoted is nobody named either
    for j in range(cue.end, min(len(toks), cue.end + 8)):
        if toks[j].fold in _COMPLEMENTIZERS or toks[j].text in ":«":
            break
        if toks[j].fold == "عن":
            return generic(j + 1)
    return False


# A body's own people (its scientists, researchers, experts, team), indefinite or owned by
# the body (علماء ناسا, باحثو الجامعة), and the words that join them to it (في, من, لدى)
_AR_BODY_MEMBERS = frozenset(
    fold(w)
    for w in (
        "عالم", "عالمة", "علماء", "باحث", "باحثة", "باحثون", "باحثين", "باحثو", "باحثي",
        "باحثات", "فريق", "خبير", "خبيرة", "خبراء", "أطباء",
    )
)  # fmt: skip
_AR_MEMBER_LINKS = frozenset(
    fold(w) for w in ("في", "من", "لدى", "التابع", "التابعين", "التابعون", "التابعة")
) | {"ال" + w for w in _AR_BODY_MEMBERS}


def _ar_members_of_body(
    toks: list[Token], cue: Cue, people: list[Mention], mentions: list[Mention]
) -> Mention | None:
    """The body whose scientists, researchers, experts or team are an Arabic verb's subject
    (قال علماء شبكة «إسناد الطقس العالمي», قال باحثون في جامعة أكسفورد, قال فريق من
    العلماء في ناسا); None when a person is named before what was said (قال عالم الفيزياء
    في جامعة هارفارد آفي لوب: the scientist, by name)."""
    k = cue.end
    if k >= len(toks) or toks[k].fold not in _AR_BODY_MEMBERS:
        return None
    stop = _said_from(toks, k)
    if any(m.entity.kind in ("person", "role") and k < m.tok_start < stop for m in mentions):
        return None
    k += 1
    starts = {m.tok_start for m in people}
    while (
        k < min(stop, cue.end + 5)
        and k not in starts
        and (
            toks[k].fold in _AR_MEMBER_LINKS
            or toks[k].text in "«"
            or toks[k].fold in PUBLIC_BODY_HEADS["ar"]  # علماء شبكة «...»
        )
    ):
        k += 1
    return next((m for m in people if m.tok_start == k and m.entity.kind == "organisation"), None)


@cache
def _number_words() -> frozenset[tuple[str, ...]]:
    return frozenset(load("ar").numbers)


def _bare_title(toks: list[Token], cue: Cue, people: list[Mention]) -> bool:
    """Is the verb's subject a title with nobody named (قالت الرئيسة المنتخبة, "the prime
    minister said")? Then it is someone the article has named before."""
    if toks[cue.index].arabic:
        k = cue.end
        if k >= len(toks) or not toks[k].fold.startswith("ال") or toks[k].fold not in _AR_TITLES:
            return False
        # nobody named after the title, up to إن / a colon (قال الأمين العام للمجلس ... محمد
        # إسماعيل خالد إن: the title of the man named)
        stop = next(
            (
                j
                for j in range(k, len(toks))
                if toks[j].fold in _COMPLEMENTIZERS or toks[j].text in ":،,"
            ),
            len(toks),
        )
        return not any(k <= m.tok_start < stop for m in people)
    k = cue.index - 1
    heads = 0
    # "the 35-year-old said": an age stands for the person, with no noun after it
    age = [t.fold for t in toks[max(0, k - 3) : k + 1]]
    if k >= 5 and age == ["-", "year", "-", "old"] and toks[k - 4].kind == "num":
        heads, k = 1, k - 5
    # a title ("the prime minister"), or what a person does with its record ("the
    # seven-time world champion", "the 24-year-old striker")
    nouns = {w[0] for w in description_words("en") if len(w) == 1}
    while k >= 0 and (
        toks[k].fold in _EN_TITLE_WORDS
        or toks[k].fold in nouns
        or (heads and (toks[k].fold in _EN_RECORD_WORDS or toks[k].text.isdigit()))
    ):
        heads += toks[k].fold in _EN_TITLE_HEADS or toks[k].fold in nouns
        k -= 1
    if not heads or k < 0 or toks[k].fold != "the":
        return False
    return not any(m.tok_end == cue.index or k < m.tok_start < cue.index for m in people)


def _bare_description(toks: list[Token], cue: Cue) -> tuple[str, tuple[int, int]] | None:
    """A verb's subject that describes a person with no nationality ("The astronomer said",
    وقال العالم إن): its description id, of no country, and character span. It names
    again the person named before who fits it, as a description with a nationality does."""
    if toks[cue.index].arabic:
        k = cue.end
        if not (
            k + 1 < len(toks)
            and toks[k].text.startswith("ال")
            and (toks[k + 1].fold in _COMPLEMENTIZERS or toks[k + 1].text in ":«،,")
        ):
            return None
        start = k
    else:
        k = cue.index - 1
        if not (k >= 1 and toks[k - 1].fold == "the" and (k == 1 or toks[k - 2].kind == "punct")):
            return None
        start = k - 1
    kind = description_words("ar" if toks[k].arabic else "en").get((toks[k].fold,))
    if kind is None:
        return None
    return description_id(kind, ()), (toks[start].start, toks[k].end)


def _anaphoric(toks: list[Token], start: int, end: int) -> bool:
    return any(r[0] in _ANAPHORIC_SOURCE for t in toks[start:end] for r in t.readings)


def _addressee(toks: list[Token], m: Mention) -> bool:
    """Is the mention the one spoken to (إلى شي, to Xi), not the speaker?"""
    if m.tok_start == 0:
        return False
    prev = toks[m.tok_start - 1]
    if prev.fold in _ADDRESSEE_BEFORE:
        return True
    first = toks[m.tok_start]
    # a glued preposition: لشي, لبوتين
    return bool(
        first.arabic
        and first.fold.startswith(("ل", "ب"))
        and len(first.readings) > 1
        and m.start > first.start
    )


_FRAME_REACH = 16  # tokens an Arabic reporting verb's subject runs before إن / a comma
# prepositions that open what a verb with no إن reports (حذر من, دعا إلى, أعرب عن, شدد على)
_AR_COMPLEMENT_PREPS = frozenset({"من", "الي", "عن", "علي"})
# verbs whose report follows such a preposition (folded stems; وصف and نفى take an object)
_AR_PREP_VERBS = (
    "حذر", "دعا", "دعت", "يدعو", "تدعو", "اعرب", "شدد", "طالب", "ندد", "عبر", "حث",
    "اعتذر", "يعتذر", "تعتذر",
    # their participles, after a subject named before (محذرة من, داعياً إلى, مشدداً على)
    "محذر", "داعي", "مشدد", "مطالب", "معرب", "مندد", "حاث",
)  # fmt: skip


def _en_apposition(toks: list[Token], lo: int, back: Callable[[int], int]) -> int | None:
    """Where the subject starts when an apposition ends right before ``lo`` ("Geoffrey
    Hinton, who shared the prize, told"; "Luke Auld-Thomas, the doctoral student behind
    the find, said"), else None."""
    if lo > 1 and toks[lo - 1].text == ",":
        rel = back(lo - 1)
        if rel > 1 and toks[rel - 1].text == ",":
            if toks[rel].fold in ("who", "whose"):
                return back(rel - 1)
            # a noun apposition after a name: "X, the Y, said", the name alone before it
            start = back(rel - 1)
            name = toks[start : rel - 1]
            if (
                # or a title with no article ("X, head of Egypt's antiquities council, said")
                (
                    toks[rel].fold in ("the", "a", "an")
                    or toks[rel].fold in _EN_TITLE_WORDS
                    or (toks[rel].fold,) in description_words("en")
                )
                and lo - rel <= 12
                and name
                and all(t.text[:1].isupper() or t.text in "-'’" for t in name)
            ):
                return start
    return None


_EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "that"})


# Words after which a possessed noun says when or where, not what (بعد خسارته, خلال زيارته)
_AR_CIRCUMSTANCE = frozenset(
    {"بعد", "قبل", "عقب", "خلال", "في", "من", "عن", "علي", "الي", "امام", "مع", "منذ", "لدي",
     "اثناء", "اثر", "ابان", "عند", "حول", "بشان"}
)  # fmt: skip


# Verbal nouns of the forms تفعيل, تفاعل, إفعال, افتعال (folded, the article allowed):
# تعيين, التعاقد, إنهاء, انتقال, اعتزال
_AR_VERBAL_NOUN = re.compile(r"(?:ال)?(?:ت\w\wي\w|ت\w\wي|ت\wا\w\w|ا\w\wا\w|ا\wت\wا\w)")
# nouns of those forms that name things, not acts (the federation, the media)
_AR_NOT_VERBAL = frozenset({"اتحاد", "الاتحاد", "اعلام", "الاعلام", "ابطال", "الابطال", "اسبان"})


def _ar_verbal_noun(tok: Token) -> bool:
    """تعيين, التعاقد, إنهاء, استقالة: an act named by its verbal noun."""
    f = tok.fold
    return (
        tok.arabic
        and f not in _AR_NOT_VERBAL
        and (
            _AR_VERBAL_NOUN.fullmatch(f) is not None
            or f in ("استقاله", "الاستقاله", "اقاله", "الاقاله")
        )
    )


def _ar_possessed_object(tok: Token) -> bool:
    """An Arabic noun with a pronoun ending (بقاءه, رفضها, اعتزاله): a verb's object, what
    was announced, never the subject's name (الله aside)."""
    return (
        tok.arabic
        and len(tok.text) >= 4
        and tok.text.endswith(("ه", "ها", "هم"))
        # names end so too: عبد الله, أندريه, بيريه
        and not tok.text.endswith(("الله", "يه"))
        and not tok.fold.startswith("ال")
    )


def _quoted_tokens(toks: list[Token]) -> set[int]:
    """Indexes of the tokens between paired quotation marks (« », “ ”)."""
    inside: set[int] = set()
    opened: int | None = None
    for t in toks:
        if t.kind != "punct":
            continue
        if t.text in "«“":
            opened = t.index
        elif t.text in "»”" and opened is not None:
            inside.update(range(opened + 1, t.index))
            opened = None
    return inside


# Words an English clause of when something was said opens with ("said on Tuesday that",
# "said a day after the deal was announced that"), and the spans of time before "after"
_EN_WHEN = frozenset({"after", "before", "following", "during", "on", "at", "when", "while"})
_EN_SPANS_OF_TIME = frozenset(
    {
        "day", "days", "hour", "hours", "week", "weeks", "month", "months", "minutes",
        "moments", "shortly", "just", "soon", "year", "years", "night", "morning",
    }
)  # fmt: skip


def _en_when_said(toks: list[Token], k: int) -> bool:
    """Does an English clause of when the words were said start at ``k``, right after the
    verb ("on Tuesday", "a day after", "hours before")?"""
    if k >= len(toks):
        return False
    if toks[k].fold in _EN_WHEN:
        return True
    for j in (k, k + 1):
        if (
            j + 1 < len(toks)
            and toks[j].fold in _EN_SPANS_OF_TIME
            and toks[j + 1].fold in ("after", "before")
        ):
            return all(t.fold in ("a", "an", "one", "two", "three", "several") for t in toks[k:j])
    return False


# Words that open an English sentence's leading clause ("During the break, ...")
_EN_LEADING = _EN_WHEN | frozenset(
    {"in", "despite", "as", "since", "amid", "ahead", "speaking", "asked", "with", "upon",
     "once"}
)  # fmt: skip


# Verbs that take what they describe as an object before بأنه (وصف, اعتبر), folded
_AR_DESCRIBING = frozenset({"وصف", "وصفت", "اعتبر", "اعتبرت"})


def frame_spans(toks: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of a sentence's crediting frame: who says it, not what is said.

    "قال مسؤول أوكراني إن ..." and "..., Seoul's spy agency said." name a country for
    the speaker, not for the fact. Clauses end at commas, colons and إن / أن / "that".
    An Arabic verb's frame runs forward to that boundary (its subject follows it); an
    English verb's runs back to the last one, or forward when it opens its clause
    (", said the official"); "according to" / بحسب runs to the next boundary.
    """
    n = len(toks)

    def boundary(t: Token) -> bool:
        return (t.kind == "punct" and t.text in ',،:;«»“”"') or t.fold in _COMPLEMENTIZERS

    def back(i: int) -> int:
        while i > 0 and not boundary(toks[i - 1]):
            i -= 1
        return i

    def forward(i: int, reach: int = n) -> int | None:
        for j in range(i, min(n, i + reach)):
            if boundary(toks[j]) or (toks[j].kind == "punct" and toks[j].text in ".!?"):
                return j
        return n if n - i <= reach else None

    out: list[tuple[int, int]] = []
    # a reporting verb inside quotation marks is what was said («قال لي إنه ...»)
    quoted = _quoted_tokens(toks)
    cues = [c for c in find_cues(toks, lex) if c.index not in quoted]
    verbs_at = {c.index for c in cues}
    for cue in cues:
        lo, hi = cue.index, cue.end - 1
        if cue.kind == "according":
            hi = (forward(cue.end) or n) - 1
        elif lex.lang == "ar":
            lo = back(cue.index)
            end = forward(cue.end, _FRAME_REACH)
            if end is not None and end < n and toks[end].text in ",،":
                # an apposition between commas, then what is said (حذّر جيفري هينتون، أحد
                # الفائزين بنوبل، من أن ...; قال مودي، الذي تابع الهبوط، إن): who speaks
                second = forward(end + 1, _FRAME_REACH)
                if (
                    second is not None
                    and second + 1 < n
                    and toks[second].text in ",،"
                    and (
                        toks[second + 1].fold in _COMPLEMENTIZERS
                        or (
                            toks[second + 1].fold in _AR_COMPLEMENT_PREPS
                            and second + 2 < n
                            and toks[second + 2].fold in _COMPLEMENTIZERS
                        )
                    )
                ):
                    end = second
            if end is not None:
                hi = end - 1
                if (
                    end < n
                    and toks[end].fold in _COMPLEMENTIZERS
                    and any(
                        f in _AR_DESCRIBING or (f[:1] == "و" and f[1:] in _AR_DESCRIBING)
                        for f, _ in toks[cue.index].readings
                    )
                ):
                    # وصف زيك هاوسفاذر الارتفاع القياسي بأنه: what he described follows his
                    # name (two bare words), and is what was said
                    described = next(
                        (
                            j
                            for j in range(cue.end + 2, end)
                            if toks[j].fold.startswith("ال")
                            and not toks[j - 1].fold.startswith("ال")
                            and not toks[j - 2].fold.startswith("ال")
                            and toks[j - 1].kind == toks[j - 2].kind == "word"
                        ),
                        None,
                    )
                    if described is not None:
                        hi = described - 1
                if end >= n or toks[end].text != ":":
                    # no إن and no quote: a possessed noun after the subject is what was
                    # said (أعلن تشابي ألونسو بقاءه مدرباً, أكدت الوزارة رفضها); after a
                    # preposition it is when or where (بعد خسارته)
                    owned = next(
                        (
                            j
                            for j in range(cue.end + 1, end)
                            if _ar_possessed_object(toks[j])
                            and toks[j - 1].fold not in _AR_CIRCUMSTANCE
                        ),
                        None,
                    )
                    if owned is None and (end >= n or toks[end].text in ".!?،,"):
                        # or a verbal noun after the subject (أعلن الاتحاد الدنماركي تعيين
                        # برايان ريمر, أعلن النادي التعاقد مع): what was announced
                        owned = next(
                            (
                                j
                                for j in range(cue.end + 1, end)
                                if (
                                    _ar_verbal_noun(toks[j])
                                    # or an adverb after the subject (أعلن الوزير رسمياً
                                    # تفشي الكوليرا): what follows is what was announced
                                    or ("\u064b" in toks[j].text and j + 1 < end)
                                )
                                and toks[j - 1].fold not in _AR_CIRCUMSTANCE
                                # a title's own field (وزير التعليم) is who speaks
                                and not any(f in _AR_TITLES for f, _ in toks[j - 1].readings)
                            ),
                            None,
                        )
                    elif (
                        owned is not None
                        and owned > cue.end + 1
                        and _ar_verbal_noun(toks[owned - 1])
                    ):
                        # the act before its owned object (أعلن النادي إنهاء ارتباطه): the
                        # verbal noun is what was announced too
                        owned -= 1
                    if owned is not None:
                        hi = owned - 1
                if (end >= n or toks[end].fold not in _COMPLEMENTIZERS) and any(
                    f.lstrip("وف").startswith(_AR_PREP_VERBS) for f, _ in toks[cue.index].readings
                ):
                    # no إن: what is said follows a preposition after the subject (حذر
                    # الوزير من تصعيد خطير, دعا الأمين العام إلى وقف إطلاق النار), or right
                    # after the verb when the subject was named before (محذرة من نقص)
                    prep = next(
                        (j for j in range(cue.end, end) if toks[j].fold in _AR_COMPLEMENT_PREPS),
                        None,
                    )
                    if prep is not None:
                        hi = prep - 1
        elif toks[cue.index].fold.endswith("ing"):
            # ", calling the club the right place": the participle alone is the frame, and
            # what follows is what was said
            hi = cue.end - 1
        elif (
            cue.index == back(cue.index)
            and _en_apposition(toks, cue.index, back) is None
            # "..., said he came across the data": what is said, with its own subject
            and not (cue.end < n and toks[cue.end].fold in _EN_SUBJECT_PRONOUNS)
            # ", said the official" / ", said Kim": the subject follows the verb; "Ramaphosa,
            # touring Durban, said climate change ...": what was said follows it
            and (
                cue.end >= n
                or toks[cue.end].kind != "word"
                or toks[cue.end].text[:1].isupper()
                or toks[cue.end].fold in _EN_DETERMINERS
                or (toks[cue.end].fold,) in description_words("en")
            )
        ):
            hi = (forward(cue.end) or n) - 1  # ", said the Ukrainian official."
        else:
            lo = back(cue.index)
            # "Geoffrey Hinton, who shared the prize with John Hopfield, told": the relative
            # apposition is who speaks, and so is the name before it
            subject_start = _en_apposition(toks, lo, back)
            if subject_start is not None:
                lo = subject_start
            # "He said X but cautioned that ...": the second verb's frame starts at "but",
            # not at the first verb, whose words lie between
            joins = [
                k
                for k in range(lo, cue.index)
                if toks[k].fold in ("but", "and", "while") and any(v < k for v in verbs_at)
            ]
            if joins:
                lo = joins[-1]
            # the addressee after the verb is the frame's too ("told reporters that")
            that = next(
                (j for j in range(cue.end, min(n, cue.end + 4)) if toks[j].fold == "that"), None
            )
            if that is None and _en_when_said(toks, cue.end):
                # "said a day after the deal was announced that ...": when it was said
                that = next(
                    (
                        j
                        for j in range(cue.end, min(n, cue.end + 16))
                        if toks[j].fold == "that" or boundary(toks[j])
                    ),
                    None,
                )
                that = that if that is not None and toks[that].fold == "that" else None
            if that is not None:
                hi = that
            # "told the crowd she wanted to ...": with "that" left out, what was said starts
            # at its own subject after the addressee
            pronoun = next(
                (
                    j
                    for j in range(cue.end + 1, min(n, cue.end + 4))
                    if toks[j].fold in _EN_SUBJECT_PRONOUNS
                ),
                None,
            )
            if that is None and pronoun is not None:
                hi = pronoun - 1
            elif (
                not joins
                and lo > 0
                # a credit has its subject between the comma and the verb; a verb right
                # after an apposition's comma ("Ramaphosa, touring Durban, said ...") has it
                # before the apposition, and what was said after it
                and lo < cue.index
                and toks[lo - 1].fold not in _COMPLEMENTIZERS
                and not (cue.end < n and toks[cue.end].fold in _EN_SUBJECT_PRONOUNS)
                # "During the break, Renard ordered his players to ...": the comma closes
                # a clause that opens the sentence, not a statement the credit trails
                and not (
                    toks[0].fold in _EN_LEADING and not any(t.text == "," for t in toks[: lo - 1])
                )
            ):
                # a trailing credit runs to its end: ", the WHO chief told reporters in Geneva."
                # or to a participle that goes on with what was said (", warning of ...")
                end = forward(cue.end)
                if end is not None and (
                    end >= n
                    or toks[end].text in ".!?"
                    or (toks[end].text == "," and end + 1 in verbs_at)
                ):
                    hi = end - 1
        if lo <= hi:
            out.append((toks[lo].start, toks[hi].end))
    return out
