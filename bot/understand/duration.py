"""How long something lasts, in months: "for 6 weeks", "a three-week licence", "exactly one month".

Para 10 of the Lichfield members' code counts a licence to occupy land "for a month or longer".
Weeks and days only convert where the answer is clear either side of a month: three weeks is
under any month and five weeks over any, but four weeks (28 days) is a whole February and less
than any other month, so it is left unsaid and the checker asks.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.understand.numbers import NUMBER_WORDS, count

_SPAN = re.compile(
    rf"\b(?:for|lasting|of|over|runs?|running)?\s*(?:exactly |about |around |roughly |just )?"
    rf"(?:an?\s+)?(?P<n>\d{{1,3}}|half a|{NUMBER_WORDS}|an?)[\s-]?(?:calendar\s+)?(?P<unit>day|week|wk|month"
    rf"|mth|year|yr"
    rf"|fortnight)s?\b"
)
# A duration is read only next to what it measures, so "2 weeks ago" or "in 3 days" are not one.
_CONTEXT = re.compile(r"\b(?:licen[cs]e|lease|lets?|rent\w*|occup\w*|graz\w*|use of|hire|keep|store|park)\b")
_MONTHLY = re.compile(r"\b(?:monthly|month[- ]to[- ]month|month by month)\b")
_NOT_A_SPAN = re.compile(r"^\s*(ago|time|before|after|later|early|late)\b")

_DAYS_IN_SHORTEST_MONTH = 28
_DAYS_IN_LONGEST_MONTH = 31


def find_months(low: str) -> Decimal | None:
    """The length of a licence or lease the question states, in months; None when unclear."""
    if not _CONTEXT.search(low):
        return None
    for m in _SPAN.finditer(low):
        after = _NOT_A_SPAN.match(low[m.end() :])
        # "for 2 weeks before christmas" is a span said with when; "2 weeks before" alone is an offset
        said_as_span = m.group(0).lstrip().startswith("for") and after is not None and after.group(1) != "ago"
        if after is not None and not said_as_span:
            continue
        word = m.group("n")
        whole = None if word == "half a" else count(word)
        if word != "half a" and whole is None:
            continue
        n = Decimal("0.5") if whole is None else Decimal(whole)
        unit = {"wk": "week", "mth": "month", "yr": "year"}.get(m.group("unit"), m.group("unit"))
        if unit == "month":
            return n
        if unit == "year":
            return n * 12
        days = n * {"week": 7, "fortnight": 14}.get(unit, 1)
        if days < _DAYS_IN_SHORTEST_MONTH:
            return (days / Decimal("30.44")).quantize(Decimal("0.01"))
        if days > _DAYS_IN_LONGEST_MONTH:
            return (days / Decimal("30.44")).quantize(Decimal("0.01"))
        return None  # 28 to 31 days: a month or not depends on which month
    # "on a rolling monthly licence": it runs a month at a time, so for a month or longer
    if _MONTHLY.search(low):
        return Decimal(1)
    return None
