"""Score the candidates against a claim, count independent outlets (wire copies and one
agency count once), and give the verdict with its evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.extract.entities import (
    Registry,
    load_registry,
)
from claimcheck.match.content import concepts
from claimcheck.match.facts import (
    _baseline_date,
    _change_direction_differs,
    _events,
    _facets_differ,
    _lead_countries_differ,
    _lead_people_differ,
    _lone_nationalities_differ,
    _organisations_differ,
    _other_anniversary,
    _other_events,
    _participants_differ,
    _places_differ,
    _qualifiers_differ,
    _same_day,
    _same_unnamed_event,
    _shared_event,
    _sole_place_differs,
    comparable,
    one_story,
)
from claimcheck.match.relevance import relevance
from claimcheck.match.stance import (
    _attribution_stance,
    _date_stance,
    _quantity_stance,
    speakers_meet,
)
from claimcheck.models import Claim, ClaimVerdict, Evidence, Stance
from claimcheck.normalize import match_text
from claimcheck.settings import Settings
from claimcheck.store import Candidate


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


_EVERY_YEAR = re.compile(r"كل عام|كل سنة|سنويا|سنوياً|\bevery year\b|\beach year\b|\bannually\b")


def _recurring(claim: Claim) -> bool:
    """A day of every year (تحتفل قطر بيومها الوطني في ١٨ كانون الأول من كل عام), not of
    one year's event."""
    d = claim.date
    return d is not None and d.year is None and bool(_EVERY_YEAR.search(claim.sentence))


def _other_happenings(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Both sentences name what happened that day, and nothing in common."""
    e1, e2 = _happenings(claim, registry), _happenings(other, registry)
    return bool(e1 and e2 and not e1 & e2)


def _happenings(claim: Claim, registry: Registry) -> set[str]:
    """The events a claim names, with those its other topics imply (a parliamentary
    election is an election)."""
    implied = {
        i for t in claim.topics if (e := registry.entities.get(t)) is not None for i in e.implies
    }
    return _events(claim, registry) - {"plan"} | {
        i for i in implied if (e := registry.entities.get(i)) is not None and e.event
    }


def _plan_differs(claim: Claim, other: Claim) -> bool:
    """A plan on one side only. For another day it is no conflict with what happened;
    for the same day the plan and the event agree (scheduled for Sunday, held on
    Sunday), unless the plan was called off (كان من المقرر ... لكنها أُرجئت)."""
    plan1, plan2 = "plan" in claim.topics, "plan" in other.topics
    if plan1 == plan2:
        return False
    if not _same_day(claim, other):
        return True
    planned = claim if plan1 else other
    return bool(concepts(planned.sentence, planned.language) & _CALLED_OFF)


_CALLED_OFF = frozenset({"postponement_delay", "cancellation", "failure"})


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
                or _organisations_differ(claim, other)
                or _sole_place_differs(claim, other)
                or _lead_countries_differ(claim, other)
                or _lead_countries_differ(claim, other, teams=True)
                or _lead_people_differ(claim, other)
                or _qualifiers_differ(claim, other, settings)
                or _change_direction_differs(claim, other, registry)
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
                # the day of one athlete's final is not the day of another's
                or _lead_people_differ(claim, other)
                or _lone_nationalities_differ(claim, other, registry)
                or _lead_countries_differ(claim, other, teams=True)
                or _facets_differ(claim, other, registry)
                or (
                    _other_happenings(claim, other, registry) and not one_story(claim, other, parts)
                )
                or _recurring(claim) != _recurring(other)
                # "the first cut since 2019" dates the last cut, not this one
                or _baseline_date(claim) != _baseline_date(other)
                or _qualifiers_differ(claim, other, settings)
                or _plan_differs(claim, other)
                or not (
                    # the same people or places, or the very same day of the same event
                    (score >= settings.min_relevance and set(claim.entities) & set(other.entities))
                    # the same day of the same event, unless each names other actors
                    or (
                        _same_day(claim, other)
                        and (
                            parts.get("entities") != 0.0
                            # a place on one side, a company on the other: no other actors
                            or not _actors_clash(claim, other, registry)
                        )
                    )
                )
            ):
                continue  # a date of another event, or of another meeting
            got_date = _date_stance(claim, other)
            if got_date is None:
                continue
            if _same_day(claim, other) and one_story(claim, other, parts):
                # the very same day, the same people or places, and the same things said
                # of them: one event, however differently each side words it
                parts["story"] = 1.0
                score = max(score, settings.min_relevance)
            stance, note = got_date
        elif claim.attribution is not None and other.attribution is not None:
            got = _attribution_stance(claim, other, registry, settings)
            if got is None:
                continue
            stance, quote_sim, note = got
            parts["quote"] = round(quote_sim, 3)
            if stance == "translated" and speakers_meet(claim, other, registry):
                # the same speaker, and nothing tells the statements apart: the speaker is
                # the evidence the two are about one thing, whatever else each names
                parts["speaker"] = 1.0
                score = max(score, settings.min_relevance)
            if stance in ("translated", "related") and score < settings.min_relevance:
                continue
            if stance not in ("translated", "related"):
                score = round(max(score, quote_sim), 3)
        else:
            continue
        item = Scored(cand, score, parts, stance, note, imprecise, differ)
        prev = best.get(other.article_id)
        if prev is None or _rank(item, claim) > _rank(prev, claim):
            best[other.article_id] = item
    return sorted(best.values(), key=lambda s: (-s.score, s.cand.outlet, s.cand.claim.id))


def _actors_clash(claim: Claim, other: Claim, registry: Registry) -> bool:
    """Do both sides name actors of one kind (people, places, bodies), and different ones?
    Florida on one side and Amazon on the other name no rival actors."""

    def kinds(c: Claim) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for e in c.entities:
            ent = registry.entities.get(e)
            kind = "name" if ent is None else ("place" if ent.kind == "place" else ent.kind)
            out.setdefault(kind, set()).add(e)
        return out

    k1, k2 = kinds(claim), kinds(other)
    if any(not k1[k] & k2[k] for k in k1.keys() & k2.keys()):
        return True
    # the Bank of England and Norway: a body of one country, a place of another; a body
    # whose country is unknown may be another country's
    c1, c2 = (
        {ent.country for e in c.entities if (ent := registry.entities.get(e)) and ent.country}
        for c in (claim, other)
    )
    if any(
        (ent := registry.entities.get(e)) is None or not ent.country
        for c in (claim, other)
        for e in c.entities
    ):
        return True
    return bool(c1 and c2 and not c1 & c2)


def _rank(s: Scored, claim: Claim) -> tuple[bool, float, float]:
    """Evidence on the words or the figure outranks evidence on the speaker alone; of two
    equally relevant figures in one article (a 2-1 first leg, a 5-1 second; from 10 points
    to six), the nearer one is its report of this figure."""
    near = 0.0
    q, o = claim.quantity, s.cand.claim.quantity
    if q is not None and o is not None and q.value is not None and o.value is not None:
        near = -abs(math.log((abs(q.value) + 1) / (abs(o.value) + 1)))
    return s.stance not in ("translated", "related"), s.score, near


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
        return sum(1 for cl in clusters if pred(max(cl, key=lambda s: _rank(s, claim))))

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
