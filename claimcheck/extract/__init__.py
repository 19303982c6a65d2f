"""Extract stage: article text in, claims with exact spans out. Pure.

``extract_claims`` runs, sentence by sentence (boilerplate lines skipped):
dates, then quantities (leaving the dates' figures alone), entity mentions,
attributions and event participants. Every claim's ``start``/``end`` index the
original text.
"""

from __future__ import annotations

from claimcheck.extract.attributions import AttributionState, attribute, find_quotes
from claimcheck.extract.dates import DateParser, parse_dates
from claimcheck.extract.entities import Mention, find_groups, find_mentions, load_registry
from claimcheck.extract.quantities import detect_language, parse_quantities, parser_for
from claimcheck.extract.segment import Sentence, split_sentences
from claimcheck.extract.tokens import Token, tokenize
from claimcheck.lexicons import load
from claimcheck.models import Claim, DateValue, Language, Quantity, content_hash

__all__ = ["detect_language", "extract_claims", "parse_dates", "parse_quantities"]

_MEETING_UNITS = {"minute", "hour"}
_CLAUSE_BREAKS = {",", "،", ";", "؛", ":", "(", ")", "—", "–"}


def _shift_q(q: Quantity, off: int) -> Quantity:
    return q.model_copy(update={"start": q.start + off, "end": q.end + off})


def _shift_d(d: DateValue, off: int) -> DateValue:
    return d.model_copy(update={"start": d.start + off, "end": d.end + off})


def _claim_id(article_id: str, kind: str, start: int, end: int) -> str:
    return content_hash(f"{article_id}:{kind}:{start}:{end}")


def _clause(toks: list[Token], start: int) -> tuple[int, int]:
    """Token range of the clause holding character offset ``start``."""
    lo, hi = 0, len(toks)
    for k, t in enumerate(toks):
        if t.kind == "punct" and t.text in _CLAUSE_BREAKS:
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
) -> list[str]:
    """People taking part in a meeting named in the clause (or sentence) of a claim."""
    lo, hi = span
    in_clause = [m for m in mentions if lo <= m.tok_start < hi]
    if not any(m.entity.meeting for m in in_clause):
        return []
    people = {m.entity.id for m in in_clause if m.entity.kind == "person"}
    group_sizes = [g[2] for g in groups if lo <= g[0] < hi]
    for size in group_sizes:
        people.update(recent[-size:])
    return sorted(people)


def extract_claims(
    text: str, lang: Language | None = None, *, article_id: str | None = None
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
            _sentence_claims(text, sent, lang, article_id, lex, registry, qparser, dparser, state)
        )
    return claims


def _sentence_claims(
    text, sent: Sentence, lang, article_id, lex, registry, qparser, dparser, state: AttributionState
) -> list[Claim]:
    toks = tokenize(sent.text, lex)
    for t in toks:
        t.start += sent.start
        t.end += sent.start
    mentions = find_mentions(toks, registry)
    groups = find_groups(toks, lang, registry)
    # leaders named so far, most recent last (for الثلاثي / the two leaders)
    for m in mentions:
        if m.entity.leader:
            if m.entity.id in state.recent_leaders:
                state.recent_leaders.remove(m.entity.id)
            state.recent_leaders.append(m.entity.id)
    entities = sorted({m.entity.id for m in mentions if m.entity.kind != "concept"})
    topics = sorted({m.entity.id for m in mentions if m.entity.kind == "concept"})
    dates = [_shift_d(d, sent.start) for d in dparser.parse(sent.text)]
    quantities = [
        _shift_q(q, sent.start)
        for q in qparser.parse(
            sent.text, [(d.start - sent.start, d.end - sent.start) for d in dates]
        )
    ]
    # a name in guillemets («تروث سوشال») is a name, not a quote
    quotes = [
        qt
        for qt in find_quotes(sent.text, sent.start)
        if not any(m.start <= qt.start and qt.end <= m.end + 1 for m in mentions)
    ]
    attributions = attribute(text, toks, mentions, quotes, lex, state)

    base = {
        "article_id": article_id,
        "language": lang,
        "sentence": sent.text,
        "sentence_start": sent.start,
        "sentence_end": sent.end,
        "entities": entities,
        "topics": topics,
    }

    def claim(kind: str, start: int, end: int, **payload: object) -> Claim:
        return Claim(
            id=_claim_id(article_id, kind, start, end),
            kind=kind,
            text=text[start:end],  # type: ignore[arg-type]
            start=start,
            end=end,
            **base,
            **payload,  # type: ignore[arg-type]
        )

    out: list[Claim] = []
    for q in quantities:
        participants: list[str] = []
        if q.unit in _MEETING_UNITS:  # how long a meeting lasted: who was in it matters
            span = _clause(toks, q.start)
            participants = _participants(toks, mentions, groups, span, state.recent_leaders)
        out.append(claim("quantity", q.start, q.end, quantity=q, participants=participants))
    for d in dates:
        out.append(claim("date", d.start, d.end, date=d))
    for a in attributions:
        if a.quote is not None and a.quote_start is not None and a.quote_end is not None:
            out.append(claim("attribution", a.quote_start, a.quote_end, attribution=a))
        else:
            out.append(claim("attribution", sent.start, sent.end, attribution=a))
    return sorted(out, key=lambda c: (c.start, c.kind))
