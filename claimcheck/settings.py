"""Settings: every tolerance and threshold the matcher uses, in one object.

Nothing in the pipeline buries a literal: pass a :class:`Settings` to change
behaviour, and the report records the values it was made with.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

SOURCES_ENV = "CLAIMCHECK_SOURCES"


class Settings(BaseModel):
    """Matching and verdict settings.

    >>> Settings().exact_tolerance
    0.02
    """

    exact_tolerance: float = Field(
        0.02, description="Relative slack for two exact figures to count as equal."
    )
    approx_tolerance: float = Field(
        0.12, description="Relative slack around a hedged figure (نحو, about, nearly)."
    )
    min_relevance: float = Field(
        0.42, description="Lowest relevance score for another outlet's claim to count as evidence."
    )
    min_quote_similarity: float = Field(
        65.0,
        description="rapidfuzz partial_ratio (0-100) for two quotes to count as the same words.",
    )
    min_partial_length: int = Field(
        20,
        description="Quotes shorter than this (folded characters) are compared whole.",
    )
    near_duplicate_similarity: float = Field(
        85.0, description="rapidfuzz ratio (0-100) above which two articles are one wire copy."
    )
    duplicate_prefix_chars: int = Field(
        2000, description="Characters of each article compared to find republished wire copy."
    )
    date_window_days: int = Field(
        10, description="Evidence must be published within this many days of the checked article."
    )
    compare_value_bonus: float = Field(
        0.2, description="Added to relevance when two figures are compatible (compare clusters)."
    )
    max_fact_ratio: float = Field(
        3.0, description="Figures further apart than this factor are different facts."
    )
    max_evidence: int = Field(8, description="Evidence rows kept per claim in the report.")
    min_sources: int = Field(
        1, description="Independent outlets needed for a claim to count as agreeing."
    )


def sources_dir() -> Path:
    """The bundled ``sources/`` folder (outlets, entities, reference corpus).

    ``$CLAIMCHECK_SOURCES`` overrides; otherwise the folder beside the package
    (an editable install or a checkout).
    """
    env = os.environ.get(SOURCES_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "sources"
