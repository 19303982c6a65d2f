"""Who said it, according to whom: speakers, sources, reporting verbs and quotes.

Per sentence: find quoted words («», “”, ""), reporting cues (قال, أفادت,
said, told ...) and crediting phrases (بحسب, وفق ما نقلته, according to);
the speaker is the person (or unnamed role) tied to a cue, the source the
agency that carried it. "KCNA reported that Kim said" gives source KCNA and
speaker Kim. A continuation (وأضاف, "he added") keeps the last speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.extract.entities import Mention
from claimcheck.extract.tokens import Token
from claimcheck.lexicons import Lexicon
from claimcheck.models import Attribution

_QUOTE_RE = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"")
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا")
_ADDRESSEE_BEFORE = {"الي", "to", "with", "مع", "on", "against", "ضد", "at", "by"}
_ANAPHORIC_SOURCE = {"الوكاله", "the agency", "agency"}
_PERSON_KINDS = {"person", "role"}
_SOURCE_KINDS = {"agency", "platform"}


@dataclass
class AttributionState:
    """What carries from one sentence to the next: the last speaker and source."""

    speaker: str | None = None
    speaker_text: str | None = None
    source: str | None = None
    source_text: str | None = None
    recent_leaders: list[str] = field(default_factory=list)


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
    kind: str  # verb, according, continuation
    text: str


def find_quotes(sentence: str, offset: int) -> list[Quote]:
    """Quoted spans in a sentence (inner text, without the marks)."""
    out = []
    for m in _QUOTE_RE.finditer(sentence):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        inner = m.group(g)
        if len(inner.strip()) < 2:
            continue
        out.append(Quote(inner, offset + m.start(g), offset + m.end(g)))
    return out


def _is_verb(tok: Token, lex: Lexicon) -> bool:
    for form, off in tok.readings:
        if form in lex.reporting_verbs:
            return True
        if tok.arabic and (off == 0 or tok.fold[:1] in "وف") and len(form) > 4:
            for suf in _PRONOUN_SUFFIXES:
                if form.endswith(suf) and form[: -len(suf)] in lex.reporting_verbs:
                    return True
    return False


def find_cues(toks: list[Token], lex: Lexicon) -> list[Cue]:
    """Reporting verbs and crediting phrases, in order."""
    out: list[Cue] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.kind != "word":
            i += 1
            continue
        best = None
        for form, _ in tok.readings:
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
        if _is_verb(tok, lex):
            kind = "continuation" if any(f in lex.continuation for f, _ in tok.readings) else "verb"
            out.append(Cue(i, i + 1, kind, tok.text))
        i += 1
    return out


def _inside(m: Mention, quotes: list[Quote]) -> bool:
    return any(q.start <= m.start < q.end for q in quotes)


def attribute(
    text: str,
    toks: list[Token],
    mentions: list[Mention],
    quotes: list[Quote],
    lex: Lexicon,
    state: AttributionState,
) -> Attribution | None:
    """The attribution of one sentence, or ``None`` when it reports nobody's words.

    Updates ``state`` with the speaker and source it finds.
    """
    cues = find_cues(toks, lex)
    if not cues and not quotes:
        return None
    outside = [m for m in mentions if not _inside(m, quotes)]
    people = [m for m in outside if m.entity.kind in _PERSON_KINDS]
    sources = [m for m in outside if m.entity.kind in _SOURCE_KINDS]

    source: Mention | None = None
    speaker: Mention | None = None
    verb: str | None = None
    anaphoric_source = False
    for cue in cues:
        if cue.kind == "according":
            nxt = [m for m in outside if cue.end <= m.tok_start <= cue.end + 3]
            if nxt:
                if nxt[0].entity.kind in _SOURCE_KINDS:
                    source = source or nxt[0]
                elif nxt[0].entity.kind in _PERSON_KINDS:
                    speaker = speaker or nxt[0]
            elif any(t.fold in _ANAPHORIC_SOURCE or any(r[0] in _ANAPHORIC_SOURCE
                     for r in t.readings) for t in toks[cue.end : cue.end + 2]):
                anaphoric_source = True
    for cue in cues:
        if cue.kind == "according":
            continue
        verb = verb or cue.text
        # an agency as the subject of a reporting verb: أفادت الوكالة / KCNA reported
        for m in sources:
            if cue.index < m.tok_start <= cue.index + 3 or cue.index - 3 <= m.tok_end - 1 < cue.index:
                source = source or m
        if speaker is not None:
            continue
        after = [m for m in people if cue.index < m.tok_start <= cue.index + 4
                 and not _addressee(toks, m)]
        before = [m for m in people if m.tok_end <= cue.index and cue.index - m.tok_end <= 14
                  and not _addressee(toks, m)]
        if toks[cue.index].arabic:
            pick = after[0] if after else (before[-1] if before else None)
        else:
            pick = before[-1] if before else (after[0] if after else None)
        if pick is not None:
            speaker = pick
    if verb is None and speaker is None and source is None and not anaphoric_source:
        if not quotes:
            return None
    if speaker is None and source is None and verb is None and quotes:
        # a quote with no cue: credit it to the last speaker only if the sentence names nobody
        if people:
            speaker = people[0]
    attribution = Attribution(
        speaker=speaker.entity.id if speaker else None,
        speaker_text=text[speaker.start : speaker.end] if speaker else None,
        source=source.entity.id if source else None,
        source_text=text[source.start : source.end] if source else None,
        verb=verb,
        mode="direct" if quotes else "indirect",
    )
    continuation = any(c.kind == "continuation" for c in cues)
    # an opening verb with no subject of its own (وأكد أن ..., He added) keeps the last speaker
    opening = any(c.kind != "according" and c.index <= 1 for c in cues)
    if attribution.speaker is None and (continuation or (opening and not people)) and state.speaker:
        attribution.speaker = state.speaker
        attribution.speaker_text = state.speaker_text
    if attribution.source is None:
        platforms = [m for m in outside if m.entity.kind == "platform"]
        if platforms:  # منشور على منصة تروث سوشال, in a post on Truth Social
            attribution.source = platforms[0].entity.id
            attribution.source_text = text[platforms[0].start : platforms[0].end]
    if attribution.source is None and anaphoric_source and state.source:
        attribution.source = state.source
        attribution.source_text = state.source_text
    if attribution.speaker is None and attribution.source is None:
        attribution.mode = "unattributed"
    if attribution.speaker:
        state.speaker, state.speaker_text = attribution.speaker, attribution.speaker_text
    if attribution.source:
        state.source, state.source_text = attribution.source, attribution.source_text
    return attribution


def _addressee(toks: list[Token], m: Mention) -> bool:
    """Is the mention the one spoken to (إلى شي, to Xi), not the speaker?"""
    if m.tok_start == 0:
        return False
    prev = toks[m.tok_start - 1]
    if prev.fold in _ADDRESSEE_BEFORE:
        return True
    first = toks[m.tok_start]
    # a glued preposition: لشي, لبوتين
    return bool(first.arabic and first.fold.startswith(("ل", "ب")) and len(first.readings) > 1
                and m.start > first.start)

