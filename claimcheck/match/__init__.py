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

from claimcheck.match.facts import as_gregorian, comparable
from claimcheck.match.relevance import relevance
from claimcheck.match.verdict import Scored, judge, score_candidates, wire_groups

__all__ = [
    "Scored",
    "as_gregorian",
    "comparable",
    "judge",
    "relevance",
    "score_candidates",
    "wire_groups",
]
