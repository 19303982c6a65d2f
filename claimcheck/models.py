"""The data that flows through claimcheck, as pydantic v2 models.

Every stage takes and returns these; JSON output is these models serialized
with ``model_dump_json``, never assembled by hand.

Spans (``start``/``end``) always index the *original* article text:
``article.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

#: Speaker ids made from the text, not the registry (see claimcheck.extract.entities): shown
#: as the article wrote them.
UNLISTED_PREFIXES = ("name:", "office:", "group:")

#: Bumped only on a breaking change to the JSON report.
SCHEMA_VERSION = "1.0"

Language = Literal["ar", "en"]
ClaimKind = Literal["quantity", "date", "attribution"]
Bound = Literal["at_least", "more_than", "at_most", "less_than"]
Verdict = Literal["agrees", "conflicts", "imprecise", "unverified", "disputed"]
Stance = Literal["supports", "contradicts", "more_precise", "less_precise", "translated", "related"]
QuoteMode = Literal["direct", "indirect", "unattributed"]


def content_hash(text: str) -> str:
    """A short, stable id for a piece of text (16 hex digits of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


class Outlet(_Model):
    """A news organisation whose coverage is in the store."""

    id: str
    name: str
    language: Language | None = None
    homepage: str | None = None
    feeds: list[str] = Field(default_factory=list)
    notes: str | None = None
    article_pattern: str | None = Field(
        None, description="Regular expression a feed entry's URL must match to be an article."
    )


class Article(_Model):
    """One article: its metadata and its full original text."""

    # the computed id/content_hash come back on a round trip: ignore them
    model_config = ConfigDict(extra="ignore")

    outlet: str = "unknown"
    outlet_name: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: Language
    text: str
    path: str | None = None
    author: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def content_hash(self) -> str:
        """Hash of the text: the same text ingested twice is one article."""
        return content_hash(self.text)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """The article id is its content hash."""
        return self.content_hash


class Quantity(_Model):
    """A number as stated in text: a value, a range or a bound, with its unit.

    ``value`` is the point value when one is stated; ``low``/``high`` give the
    interval the statement allows (``None`` means unbounded on that side).
    ``approx`` marks hedges such as نحو / about, ``vague`` marks number-less
    amounts such as آلاف / thousands, ``bound`` marks أكثر من / at least ...
    """

    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    vague: bool = False
    bound: Bound | None = None
    unit: str | None = None
    subject: str | None = None
    unit_text: str | None = None

    @property
    def key(self) -> str | None:
        """The language-independent key used to find comparable figures."""
        return self.subject or self.unit

    def describe(self) -> str:
        """A short human-readable rendering, e.g. ``~2.5 hour`` or ``1000–9999``."""
        key = f" {self.key}" if self.key else ""
        if self.unit in SCORE_UNITS and self.value is not None:
            first, second = score_counts(self.value)
            return f"{first}-{second}{key}"
        if self.value is not None and not self.vague:
            prefix = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<"}.get(
                self.bound or "", "~" if self.approx else ""
            )
            return f"{prefix}{_fmt(self.value)}{key}"
        lo = _fmt(self.low) if self.low is not None else "…"
        hi = _fmt(self.high) if self.high is not None else "…"
        return f"{lo}–{hi}{key}"


#: Units of a match score and of a penalty shootout's: one figure of two counts
SCORE_UNITS = ("score", "shootout")


def score_value(first: int, second: int) -> float:
    """A score as one number, the same whichever side is named first (3-1 and 1-3)."""
    hi, lo = max(first, second), min(first, second)
    return float(hi * 1000 + lo)


def score_counts(value: float) -> tuple[int, int]:
    """The two counts of a score's value, the higher first."""
    return int(value) // 1000, int(value) % 1000


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


class DateValue(_Model):
    """A calendar date as stated: any of year, month, day may be missing."""

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    relative: bool = Field(
        False,
        description="Resolved from a relative expression (yesterday, الخميس) "
        "against the article's publication date.",
    )

    def describe(self) -> str:
        """ISO-like rendering with the missing parts left out: ``2025-09``."""
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        elif self.day:
            parts.append(f"??-{self.day:02d}")
        return "-".join(parts) + (" AH" if self.calendar == "hijri" else "")


class Attribution(_Model):
    """Who said it, according to whom, with which words."""

    speaker: str | None = None
    speaker_text: str | None = None
    speaker_role: str | None = Field(
        default=None,
        description="The speaker's office and its holder when the text gives them "
        "(office:head_of_state@country:ke): a title in one outlet meets a name in another.",
    )
    by_title: bool = Field(
        default=False,
        description="The speaker is named only by a title the registry resolves to whoever "
        "holds it now (الرئيس الأمريكي); another outlet's name for an earlier holder of "
        "speaker_role may be the same speaker.",
    )
    source: str | None = None
    source_text: str | None = None
    verb: str | None = None
    quote: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    mode: QuoteMode = "indirect"


class Claim(_Model):
    """One checkable statement found in an article.

    ``start``/``end`` span the claim's core text (the figure, the date, or the
    quoted words) and ``sentence_start``/``sentence_end`` its sentence, both
    in the original article text.
    """

    id: str
    article_id: str
    kind: ClaimKind
    language: Language
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    quantity: Quantity | None = None
    date: DateValue | None = None
    attribution: Attribution | None = None
    entities: list[str] = Field(default_factory=list)
    # what the sentence before named, for a sentence that names nobody and nowhere ("The
    # two astronauts had spent 286 days in space"): it may tell two outlets' claims apart
    context_entities: list[str] = Field(default_factory=list)
    participants: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)

    @property
    def key(self) -> str | None:
        """Blocking key: the quantity's unit/subject, ``date`` or ``attribution``."""
        if self.quantity is not None:
            return self.quantity.key
        return self.kind

    def describe(self) -> str:
        """The claim's value in a few characters, for tables."""
        if self.quantity is not None:
            return self.quantity.describe()
        if self.date is not None:
            return self.date.describe()
        if self.attribution is not None:
            a = self.attribution
            # a name or title the registry does not know reads better as written
            unlisted = a.speaker is not None and a.speaker.startswith(UNLISTED_PREFIXES)
            who = (a.speaker_text if unlisted else None) or a.speaker or a.speaker_text or "?"
            via = self.attribution.source or self.attribution.source_text
            return f"{who}" + (f" (via {via})" if via and via != who else "")
        return self.text


class Evidence(_Model):
    """Another outlet's claim that bears on a checked claim."""

    claim_id: str
    article_id: str
    outlet: str
    outlet_name: str | None = None
    url: str | None = None
    published: date | None = None
    language: Language
    text: str
    sentence: str
    value: str
    stance: Stance
    score: float
    score_parts: dict[str, float] = Field(default_factory=dict)
    note: str | None = None


class ClaimVerdict(_Model):
    """A checked claim, its verdict, the reason in one line, and the evidence."""

    claim: Claim
    verdict: Verdict
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)
    outlets: int = 0
    independent_outlets: int = 0


class ArticleRef(_Model):
    """The checked article's metadata, without its text."""

    id: str
    outlet: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: Language
    path: str | None = None
    author: str | None = None


class Summary(_Model):
    """Counts per verdict and the outlets consulted."""

    claims: int
    verdicts: dict[str, int]
    outlets_consulted: list[str]
    consistency: float | None = None


class Report(_Model):
    """The consistency report for one article."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    article: ArticleRef
    summary: Summary
    claims: list[ClaimVerdict]
    settings: dict[str, float | int | str] = Field(default_factory=dict)


class ComparisonRow(_Model):
    """One fact across outlets: each outlet's figure(s) for it."""

    key: str
    label: str
    cells: dict[str, list[str]]
    outliers: list[str] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list)


class Comparison(_Model):
    """The story's figures across outlets: rows are facts, columns outlets."""

    schema_version: str = SCHEMA_VERSION
    outlets: list[str]
    rows: list[ComparisonRow]
