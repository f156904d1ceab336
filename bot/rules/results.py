"""Small helpers the checkers share to word and assemble a `CheckResult`.

A checker decides; these only format. The convention for missing facts:

* a fact that could change the outcome is missing → outcome `refer`, the fact in `missing`,
  and the explanation says what the answer would be each way;
* a fact that only fixes a date or adds an action is missing (the obligation itself is
  certain) → the outcome stands, the fact is listed in `missing` and the deadline is null.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from bot.types import CheckResult, Citation


def money(amount: Decimal) -> str:
    """£50.00, £25,000.00, £1,234.57 — pence always shown, so boundaries read exactly."""
    return f"£{amount:,.2f}"


def facts(params: dict[str, Any]) -> dict[str, Any]:
    """The parsed parameters as JSON-friendly facts (amounts as numbers, dates kept as dates)."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        out[name] = float(value) if isinstance(value, Decimal) else value
    return out


def dedupe(citations: list[Citation]) -> list[Citation]:
    seen: set[str] = set()
    out = []
    for c in citations:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def refer(
    rule: str,
    params: dict[str, Any],
    explanation: str,
    citations: list[Citation],
    missing: list[str] | None = None,
) -> CheckResult:
    return CheckResult(
        rule=rule,
        outcome="refer",
        facts=facts(params),
        missing=missing or [],
        explanation=explanation,
        citations=dedupe(citations),
    )


def event_date(params: dict[str, Any], name: str, today: dt.date) -> dt.date:
    """The date whose rules apply: the event's if given, else today."""
    value = params.get(name)
    return value if isinstance(value, dt.date) else today
