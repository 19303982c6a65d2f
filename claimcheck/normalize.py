"""Normalize stage: the language-independent keys and folded text that matching uses.

Extraction already gives each figure its canonical unit/subject key (from the
language data); this module derives what matching compares:

* :func:`match_text`: text folded for rapidfuzz (diacritics, tatweel, alef and
  yeh forms, NFKC, punctuation out). Never used for spans.
* :func:`blocking_keys`: the keys a claim's candidates are fetched by (its
  unit/subject family for figures).
* :func:`interval`: the numeric interval a figure allows, with tolerance.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.quantities import parse_digits
from claimcheck.lexicons import family_keys, fold, to_ascii_digits, unit_offset, unit_scale
from claimcheck.models import SCORE_UNITS, Claim, Quantity
from claimcheck.settings import Settings

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=50_000)  # the same sentences are compared with many claims
def match_text(text: str) -> str:
    """Fold ``text`` for fuzzy comparison.

    >>> match_text("«الودُّ لا يتغيّر»")
    'الود لا يتغير'
    """
    return _SPACES.sub(" ", _PUNCT.sub(" ", fold(text))).strip()


def blocking_keys(claim: Claim) -> list[str]:
    """Keys under which comparable claims are stored (a figure's whole family)."""
    if claim.quantity is not None and claim.quantity.key:
        return family_keys(claim.quantity.key)
    return []


def interval(q: Quantity, settings: Settings) -> tuple[float, float]:
    """The closed interval a figure allows, widened by the settings' tolerances.

    Exact figures get ``exact_tolerance``, hedged ones (نحو, about) get
    ``approx_tolerance``; bounds are open-ended; vague amounts keep their range.

    >>> interval(Quantity(text="26", start=0, end=2, value=26, low=26, high=26), Settings())
    (25.74, 26.26)
    """
    # an exact figure takes half the tolerance, so two of them meet within the whole of it;
    # a hedge widens its own figure by the full approx tolerance
    lo, hi = _interval(q, settings)
    scale = unit_scale(q.key)  # weeks are compared in days
    offset = unit_offset(q.key)  # and Fahrenheit in Celsius
    inf = float("inf")
    return (
        lo * scale + offset if lo != -inf else lo,
        hi * scale + offset if hi != inf else hi,
    )


def _interval(q: Quantity, settings: Settings) -> tuple[float, float]:
    if q.unit in SCORE_UNITS and q.value is not None:
        return q.value, q.value  # a score is exact: 3-1 is not 3-2
    tol = _hedge_tolerance(q, settings) if q.approx else settings.exact_tolerance / 2
    inf = float("inf")
    if q.vague:
        # a vague amount already is a range; a hedge on it (نحو آلاف) does not widen it
        lo = q.low if q.low is not None else 0.0
        hi = q.high if q.high is not None else inf
        return lo, hi
    if q.bound in ("more_than", "at_least") and q.value is not None:
        return q.value, inf  # the bound itself is exact: "more than 10,000" excludes 9,999
    if q.bound in ("less_than", "at_most") and q.value is not None:
        return 0.0, q.value
    lo = q.low if q.low is not None else q.value or 0.0
    hi = q.high if q.high is not None else q.value or 0.0
    if not q.approx and lo == hi and lo.is_integer() and 0 < lo < 1000 and not _converted(q.key):
        # a small whole count is told exactly: 84 points are not 85 (but 240 km/h may be
        # 150 mph converted and rounded)
        return lo - min(lo * tol, 0.49), hi + min(hi * tol, 0.49)
    return lo * (1 - tol), hi * (1 + tol)


@lru_cache(maxsize=256)
def _converted(key: str | None) -> bool:
    """Is ``key`` a measure other units convert into at an uneven rate (km and miles, kg and
    pounds, Celsius and Fahrenheit), so that a whole figure may be a rounded conversion?"""
    if key is None:
        return False
    scales = {unit_scale(k) for k in family_keys(key)}
    return any(not (sc.is_integer() or (1 / sc).is_integer()) for sc in scales)


_DIGIT_RUN = re.compile(r"[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*")


def last_digit_step(q: Quantity) -> float | None:
    """The value of one unit of a figure's last written digit: 1 for 91,648, 10 for 2,960,
    0.01 billion for 4.35 billion; None for a figure in words."""
    runs = _DIGIT_RUN.findall(q.text)
    if not runs or q.value is None or q.value == 0:
        return None
    if len(runs) > 1:
        # ٩١ ألفاً و٥٥٣: the thousands, then the units, told to the last one
        last = to_ascii_digits(runs[-1])
        return 1.0 if last.isdigit() and float(q.value).is_integer() else None
    digits = to_ascii_digits(runs[0]).replace("٫", ".").replace("٬", ",")
    written = parse_digits(runs[0])
    if not written:
        return None
    scale = q.value / written  # 74 billion: the digits times their scale word
    if "." in digits or ("," in digits and len(digits.rsplit(",", 1)[1]) != 3):
        frac = digits.rsplit(".", 1)[-1] if "." in digits else digits.rsplit(",", 1)[1]
        step = 10.0 ** -len(frac)
    else:
        whole = digits.replace(",", "")
        step = 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return step * abs(scale)


def _hedge_tolerance(q: Quantity, settings: Settings) -> float:
    """How far a hedged figure reaches: ``approx_tolerance`` for a round one (about 2,000,
    نحو ألفين), but no more than a few units of its last written digit for a precise one:
    "about 74 billion" is not 64 billion, نحو ٥٦٩ ألفاً is not 597,000."""
    step = last_digit_step(q)
    if step is None or q.value is None:
        return settings.approx_tolerance
    reach = _HEDGE_STEPS * step / abs(q.value)
    return min(settings.approx_tolerance, max(reach, _HEDGE_FLOOR))


_HEDGE_STEPS = 2  # a hedge reaches two units of the last written digit either way
_HEDGE_FLOOR = 0.01


def precision(q: Quantity) -> float:
    """Relative width of what a figure allows: 0 for an exact figure, larger when vaguer."""
    if q.vague and q.low is not None and q.high is not None:
        return (q.high - q.low) / max(q.high, 1.0)
    if q.bound:
        return 0.5
    if q.low is not None and q.high is not None and q.value is None:
        return (q.high - q.low) / max(q.high, 1.0)
    return 0.1 if q.approx else 0.0


#: What an unnamed count is of, by the event its clause names ("about 2,000 were killed").
EVENT_SUBJECTS = {
    "casualties": "death",
    "injuries": "injured",
    "deployment": "troops",
    "displacement": "refugee",
    "attendance": "spectator",
    "goal_scoring": "goal",
}


# أحرز is "won" beside a title and "scored" beside goals
_TITLE_WORDS = re.compile(r"لقب|ألقاب|ذهبي|ميدالي|\btitle|\bmedal|\bgold\b|\bcrown", re.IGNORECASE)
# "a score of 9", "a score of 15.700": a mark, never goals
_SCORE_OF = re.compile(r"\bscore of\s*$", re.IGNORECASE)
_GOAL_WORDS = re.compile(r"هدف|أهداف|اهداف|\bgoals?\b", re.IGNORECASE)


# Words after an Arabic figure that are no counted noun (prepositions, particles, verbs of
# being); folded
_AR_NOT_COUNTED = frozenset(
    {"من", "في", "علي", "الي", "عن", "مع", "منذ", "قد", "كان", "كانوا", "كانت", "بين", "حتي",
     "او", "ثم", "الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "تقريبا", "فقط"}
)  # fmt: skip


def _counted_noun_follows(claim: Claim) -> bool:
    """Does an indefinite noun follow the Arabic figure (٤٫٥ ملايين هاتف): what it counts,
    though no unit table lists it?"""
    q = claim.quantity
    if q is None:
        return False
    rest = claim.sentence[q.end - claim.sentence_start :].split()
    if not rest:
        return False
    word = fold(rest[0].strip('،,.؛:«»"()'))
    return (
        len(word) >= 3
        and not word.startswith(("ال", "لل"))
        and word not in _AR_NOT_COUNTED
        # وأصيب, فقتل: a clause goes on, nothing counted
        and not word.startswith(("و", "ف"))
        and all("\u0621" <= c <= "\u064a" for c in word)
    )


def _bare_fraction(q: Quantity) -> bool:
    """A fraction in words with nothing counted after it (ربع الاقتصاد, "a fifth of")."""
    return q.value is not None and 0 < q.value < 1 and not q.vague and not _DIGIT_RUN.search(q.text)


def infer_subject(claim: Claim) -> Claim:
    """Give a bare figure the counted subject its clause's event implies, and a bare
    fraction in words its share in percent (ربع: 25%).

    "About 2,000 of them have been killed" has no noun after the figure; its
    clause names the casualties event, so it is compared with other outlets'
    death tolls. The quantity's span and text are unchanged.
    """
    q = claim.quantity
    if q is None or q.key is not None:
        return claim
    if _bare_fraction(q):
        # ربع, "a fifth", ثلثا: a share, the same figure as 25%, 20%, 66.7%
        share = {k: v * 100 for k in ("value", "low", "high") if (v := getattr(q, k)) is not None}
        return claim.model_copy(
            update={"quantity": q.model_copy(update={**share, "unit": "percent"})}
        )
    subjects = {EVENT_SUBJECTS[t] for t in claim.topics if t in EVENT_SUBJECTS}
    if len(subjects) != 1:
        return claim  # none, or two events in one clause: do not guess
    if claim.language == "ar" and _counted_noun_follows(claim):
        return claim  # أرسلت تنبيهاً إلى ٤٫٥ ملايين هاتف: phones, whatever was sent
    mark = subjects == {"goal"} and _SCORE_OF.search(
        claim.sentence[: q.start - claim.sentence_start]
    )
    if subjects == {"goal"} and (
        mark or not (q.value is not None and q.value.is_integer() and q.value <= 20)
    ):
        if q.value is not None and not q.value.is_integer():
            # "scored 14.8 on the vault" is a mark in points (١٤٫٨ نقطة), not goals
            return claim.model_copy(update={"quantity": q.model_copy(update={"subject": "point"})})
        return claim
    if (
        subjects == {"goal"}
        and _TITLE_WORDS.search(claim.sentence)
        and not _GOAL_WORDS.search(claim.sentence)
    ):
        return claim  # أحرزت لقبها بفارق ثلاث ضربات: a title won, no goals scored
    return claim.model_copy(update={"quantity": q.model_copy(update={"subject": subjects.pop()})})
