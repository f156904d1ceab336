"""Every checker by rule id, with its parameter schema: `run_check`, `list_rules`, `rules_for`.

A rule id is `<council>.<member|officer>.<topic>`; the parameter names are fixed (issue 3) so
scripts can rely on them. A council with no rule in the corpus has no entry here: `rules_for`
returns nothing for it and nothing borrows another council's rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from bot.rules import lichfield_members_code as members
from bot.rules import lichfield_officers_code as officers
from bot.rules import tower_hamlets_protocol as tower_hamlets
from bot.rules.book import RuleBook, default_book
from bot.rules.loader import UNDATED, Condition, NoValueInForce, Parameter
from bot.rules.params import ParamInfo, ParamSpec, RuleInputError, info, parse_params
from bot.rules.results import refer
from bot.types import CheckResult, Citation

Checker = Callable[[dict[str, Any], RuleBook, dt.date], CheckResult]


@dataclass(frozen=True)
class RuleEntry:
    id: str
    council: str
    document: str
    title: str
    checker: Checker
    params: tuple[ParamSpec, ...]
    uses: tuple[str, ...]  # the rules-data keys it reads: `<file stem>.<parameter or condition>`
    extra_clauses: tuple[str, ...] = ()  # clauses it cites beyond those of its data


RULES: dict[str, RuleEntry] = {
    e.id: e
    for e in (
        RuleEntry(
            members.GIFTS_HOSPITALITY,
            "lichfield",
            members.DOC,
            "Councillor's gifts and hospitality: notify the Monitoring Officer (para 12)",
            members.gifts_hospitality,
            members.GIFTS_HOSPITALITY_PARAMS,
            (f"{members.GIFTS}.notify_threshold", f"{members.GIFTS}.notify_within"),
        ),
        RuleEntry(
            members.DPI_REGISTRATION,
            "lichfield",
            members.DOC,
            "Registering disclosable pecuniary interests (paras 7-9)",
            members.dpi_registration,
            members.DPI_REGISTRATION_PARAMS,
            tuple(
                f"{members.INTERESTS}.{n}" for n in ("register_within", "reelection_within", "change_within")
            ),
            extra_clauses=tuple(f"{members.DOC}:{n}" for n in ("1.1",)),
        ),
        RuleEntry(
            members.DPI_CATEGORY,
            "lichfield",
            members.DOC,
            "Is it a disclosable pecuniary interest? (paras 10-11)",
            members.dpi_category,
            members.DPI_CATEGORY_PARAMS,
            tuple(
                f"{members.INTERESTS}.{n}"
                for n in (
                    "securities_nominal",
                    "securities_share",
                    "securities_class_share",
                    "licence_minimum",
                    "sponsorship_period",
                )
            ),
            extra_clauses=tuple(f"{members.DOC}:{n}" for n in ("11", "7", "9")),
        ),
        RuleEntry(
            members.MEETING_DPI,
            "lichfield",
            members.DOC,
            "A disclosable pecuniary interest at a meeting (paras 14-19)",
            members.meeting_dpi,
            members.MEETING_DPI_PARAMS,
            (f"{members.INTERESTS}.meeting_notify_within",),
            extra_clauses=tuple(f"{members.DOC}:{n}" for n in ("14", "15", "16", "17", "18", "19", "13")),
        ),
        RuleEntry(
            officers.GIFT,
            "lichfield",
            officers.DOC,
            "Officer's gifts: modest, notified, significant (2.4.2-2.4.5)",
            officers.gift,
            officers.GIFT_PARAMS,
            tuple(f"{officers.GIFTS}.{n}" for n in ("modest_maximum", "notify_above", "significant_over")),
            extra_clauses=tuple(f"{officers.DOC}:{n}" for n in ("2.4.1", "2.4.4", "2.4.5")),
        ),
        RuleEntry(
            officers.HOSPITALITY,
            "lichfield",
            officers.DOC,
            "Officer's hospitality (2.5.1-2.5.4)",
            officers.hospitality,
            officers.HOSPITALITY_PARAMS,
            tuple(f"{officers.GIFTS}.{k}" for k in officers.KINDS if k != "other"),
            extra_clauses=tuple(f"{officers.DOC}:{n}" for n in ("2.5.1", "2.5.3", "2.5.4")),
        ),
        RuleEntry(
            officers.SPONSORSHIP_RULE,
            "lichfield",
            officers.DOC,
            "Sponsorship of Council events, activities or publications (2.6)",
            officers.sponsorship,
            officers.SPONSORSHIP_PARAMS,
            (f"{officers.SPONSORSHIP}.approval_above",),
            extra_clauses=tuple(f"{officers.DOC}:{n}" for n in ("2.6.2",)),
        ),
        RuleEntry(
            officers.PRIVATE_WORK_RULE,
            "lichfield",
            officers.DOC,
            "Officer's business activity or private work (para 1, 2.3)",
            officers.private_work,
            officers.PRIVATE_WORK_PARAMS,
            tuple(f"{officers.PRIVATE_WORK}.{n}" for n in officers.PRIVATE_WORK_CONDITIONS),
            extra_clauses=tuple(f"{officers.DOC}:{n}" for n in ("1", "2.3.1", "2.3.3", "2.3.5", "2.3.6")),
        ),
        RuleEntry(
            tower_hamlets.ENQUIRY_TURNAROUND,
            "tower-hamlets",
            tower_hamlets.DOC,
            "Members' Enquiries turnaround (8.1)",
            tower_hamlets.enquiry_turnaround,
            tower_hamlets.ENQUIRY_TURNAROUND_PARAMS,
            (f"{tower_hamlets.ENQUIRIES}.turnaround",),
        ),
    )
}


class RuleValue(BaseModel):
    """One threshold or period as data: what `conduct rules` shows for it."""

    key: str
    description: str
    amount: float | None = None
    period: int | None = None
    unit: str
    comparison: str | None = None  # as the text words it: "at least", "higher than", ...
    symbol: str = ""  # ≥, >, ≤
    counting: str | None = None  # "within", "beginning with", ...
    since: str  # the date it took effect, or "undated" where the source states none
    wording: str
    clause: str


class RuleCondition(BaseModel):
    """A condition quoted from a clause (2.3.2's tests, 2.5.2's acceptable kinds)."""

    name: str
    description: str
    wording: str
    clause: str


class RuleInfo(BaseModel):
    id: str
    council: str
    document: str
    title: str
    params: list[ParamInfo]
    values: list[RuleValue]
    conditions: list[RuleCondition] = []
    citations: list[Citation]


class UnknownRule(RuleInputError):
    pass


def get_rule(rule_id: str) -> RuleEntry:
    try:
        return RULES[rule_id]
    except KeyError:
        raise UnknownRule(f"unknown rule {rule_id!r} (known: {', '.join(sorted(RULES))})") from None


def rules_for(council: str) -> list[str]:
    """The rule ids for one council; empty where the corpus has none (never another council's)."""
    return [e.id for e in RULES.values() if e.council == council]


def rule_params(rule_id: str) -> list[str]:
    return [s.name for s in get_rule(rule_id).params]


def run_check(
    rule_id: str,
    params: dict[str, Any],
    *,
    book: RuleBook | None = None,
    today: dt.date | None = None,
) -> CheckResult:
    """Run one checker. Bad input raises `RuleInputError`; a missing fact is a `refer` result.

    `params` values may be text (`"50.01"`, `"2026-03-01"`, `"true"`) or typed (float, Decimal,
    date, bool). `today` is the date whose rules apply when the event date isn't given.
    """
    entry = get_rule(rule_id)
    parsed = parse_params(rule_id, entry.params, params)
    book = book or default_book()
    today = today or dt.date.today()
    try:
        return entry.checker(parsed, book, today)
    except NoValueInForce as exc:
        return refer(
            rule_id,
            parsed,
            f"No rule was in force on {exc.on.isoformat()}: {exc}. The corpus holds only the current code.",
            [book.cite(exc.parameter.clause)],
        )


def _value_info(param: Parameter) -> list[RuleValue]:
    out = []
    for v in param.values:
        out.append(
            RuleValue(
                key=param.key,
                description=param.description,
                amount=float(v.amount) if v.amount is not None else None,
                period=int(v.period) if v.period is not None else None,
                unit=param.unit,
                comparison=param.comparison,
                symbol=param.symbol,
                counting=param.counting,
                since=v.since.isoformat() if v.since else UNDATED,
                wording=param.wording,
                clause=param.clause,
            )
        )
    return out


def _uses(book: RuleBook, entry: RuleEntry) -> tuple[list[Parameter], list[Condition]]:
    params, conditions = [], []
    for key in entry.uses:
        try:
            params.append(book.rules.parameter(key))
        except KeyError:
            conditions.append(book.rules.condition(key))
    return params, conditions


def list_rules(book: RuleBook | None = None) -> list[RuleInfo]:
    """Every rule with its parameters, the values it uses (with wording and clause) and citations."""
    book = book or default_book()
    out = []
    for entry in RULES.values():
        params, conditions = _uses(book, entry)
        clause_ids = [p.clause for p in params] + [c.clause for c in conditions] + list(entry.extra_clauses)
        out.append(
            RuleInfo(
                id=entry.id,
                council=entry.council,
                document=entry.document,
                title=entry.title,
                params=[info(s) for s in entry.params],
                values=[v for p in params for v in _value_info(p)],
                conditions=[
                    RuleCondition(name=c.name, description=c.description, wording=c.wording, clause=c.clause)
                    for c in conditions
                ],
                citations=[book.cite(cid) for cid in dict.fromkeys(clause_ids)],
            )
        )
    return out
