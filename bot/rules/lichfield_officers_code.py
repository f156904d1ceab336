"""Checkers for the Lichfield District Council Officers' Code of Conduct (`lichfield/officers-code`).

Amounts and the lists of conditions come from `corpus/rules/lichfield-officer-*.yaml`. The
officers' code states no adoption date, so its values are `undated` (in force on any date).
Where the code says a matter is one of judgement (2.4.1, 2.5.1), the checker says so (`refer`)
rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from bot.rules.book import RuleBook
from bot.rules.params import ParamSpec
from bot.rules.results import dedupe, facts, money, refer
from bot.types import Action, CheckResult

DOC = "lichfield/officers-code"
GIFTS = "lichfield-officer-gifts-hospitality"
SPONSORSHIP = "lichfield-officer-sponsorship"
PRIVATE_WORK = "lichfield-officer-private-work"
CE = "Chief Executive"
MO = "Monitoring Officer"
LT = "appropriate member of the Leadership Team"
LT_TO = "Appropriate member of the Leadership Team"  # as an addressee


def _clause(number: str) -> str:
    return f"{DOC}:{number}"


# --- 2.4: gifts ---------------------------------------------------------------------------------

GIFT = "lichfield.officer.gift"
GIFT_PARAMS = (
    ParamSpec("value", "money", "Estimated value of the gift, in pounds", required=True),
    ParamSpec("unsolicited", "flag", "Received without warning (for example, via the post)"),
    ParamSpec("can_refuse", "flag", "Can it be refused without giving offence"),
    ParamSpec("promotional", "flag", "A promotional item given to a wide range of people (calendar, pens)"),
    ParamSpec("courtesy_visit", "flag", "Offered at the end of a courtesy visit to a factory or premises"),
)


def gift(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """A gift offered to or received by an officer (2.4.2-2.4.5, with the principle of 2.4.1).

    2.4.2: "... It is considered that a modest gift would not exceed the value of £50.00 and
    receipt of any gift valued higher than this must be notified to the Chief Executive."
    2.4.3: "If an officer receives a significant gift i.e. of a value estimated at over £50.00
    without warning (for example, via the post), the officer should immediately inform the
    appropriate member of the Leadership Team/Head of Service of this matter. ..."
    2.4.4: "There may be occasions where it is not possible to refuse a significant gift without
    giving offence or where it would be churlish to refuse. In such cases the officer should
    immediately inform the appropriate member of the Leadership Team and enter receipt of the
    gift in the central register held by the Monitoring Officer."
    2.4.5: "In summary, if there is any doubt about whether a gift may be accepted, the gift
    should be politely and tactfully refused."

    "Not exceed" is ≤ and "higher than"/"over" are >: £50.00 exactly is modest; £50.01 must be
    notified. Whether to accept at all stays a judgement under 2.4.1 ("would I be embarrassed?").
    """
    rule = GIFT
    modest = book.parameter(f"{GIFTS}.modest_maximum")
    notify = book.parameter(f"{GIFTS}.notify_above")
    significant = book.parameter(f"{GIFTS}.significant_over")
    c = {n: book.cite(_clause(n)) for n in ("2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5")}
    value: Decimal | None = p.get("value")
    limit = notify.at(today).number
    if value is None and (p.get("promotional") or p.get("courtesy_visit")):
        # 2.4.2 names these acceptable by their kind; only a value over the modest limit changes that.
        kind = (
            "Modest gifts of a promotional nature (calendars, diaries, pens, notepads and the like)"
            if p.get("promotional")
            else "Gifts offered at the conclusion of a courtesy visit to a factory or other premises"
        )
        return CheckResult(
            rule=rule,
            outcome="permitted",  # 2.4.2's own word: "acceptable"
            facts=facts(p),
            explanation=f"{kind} are acceptable (2.4.2). A modest gift would not exceed "
            f"{money(modest.at(today).number)}: if this one is worth more, notify its receipt to the "
            f"{CE}. If in any doubt, politely refuse (2.4.5).",
            citations=[c["2.4.2"], c["2.4.1"], c["2.4.5"]],
        )
    if value is None:
        return refer(
            rule,
            p,
            f"The answer turns on the value. Up to {money(modest.at(today).number)}: a modest gift, nothing "
            "to "
            f"notify (2.4.2). Higher than {money(limit)}: notify the {CE}, and for a significant gift "
            "received "
            f"without warning or that can't be refused without offence, inform the {LT} immediately "
            "(2.4.3, 2.4.4).",
            [c["2.4.2"], c["2.4.3"], c["2.4.4"]],
            ["value"],
        )
    if modest.meets(value, today) and (p.get("promotional") or p.get("courtesy_visit")):
        return CheckResult(
            rule=rule,
            outcome="permitted",  # 2.4.2 names these gifts "acceptable"; a modest one needs no notice
            facts=facts(p),
            explanation=f"{money(value)} does not exceed {money(modest.at(today).number)}, and 2.4.2 names "
            + (
                "modest gifts of a promotional nature"
                if p.get("promotional")
                else "gifts offered at the conclusion of a courtesy visit"
            )
            + " acceptable: there is nothing to notify. If in any doubt, politely refuse (2.4.5).",
            citations=[c["2.4.2"], c["2.4.1"], c["2.4.5"]],
        )
    if modest.meets(value, today):
        return CheckResult(
            rule=rule,
            outcome="no_action_required",
            facts=facts(p),
            explanation=f"{money(value)} does not exceed {money(modest.at(today).number)}, so it is a modest "
            "gift "
            "and there is nothing to notify (2.4.2). Whether to accept it is still a judgement: ask "
            '"if a story appeared on the front page of a newspaper about the matter, would I be '
            'embarrassed?" '
            "(2.4.1), and if in any doubt politely refuse (2.4.5).",
            citations=[c["2.4.2"], c["2.4.1"], c["2.4.5"]],
        )
    if not notify.meets(value, today):  # the data disagree with themselves: never guess
        return refer(
            rule, p, "The modest-gift and notification limits in the rules data do not meet.", [c["2.4.2"]]
        )

    actions = [
        Action(
            do="notify",
            to=CE,
            detail=f"Notify receipt of the gift to the {CE} (valued higher than {money(limit)}).",
            citation=c["2.4.2"],
        )
    ]
    missing: list[str] = []
    notes: list[str] = []
    is_significant = significant.meets(value, today)
    if is_significant:
        unsolicited = p.get("unsolicited")
        can_refuse = p.get("can_refuse")
        if unsolicited:
            actions.append(
                Action(
                    do="inform",
                    to="appropriate member of the Leadership Team/Head of Service",
                    detail="Immediately. They decide, with the Chief Executive, what to do with it (return "
                    "it, "
                    "pass it to a charitable or deserving cause, or other measures) and tell the donor in "
                    "writing.",
                    citation=c["2.4.3"],
                )
            )
        elif unsolicited is None:
            missing.append("unsolicited")
            notes.append(
                "If it arrived without warning (for example, by post), also inform the appropriate member of "
                "the "
                "Leadership Team/Head of Service immediately (2.4.3)."
            )
        if can_refuse is False:
            actions += [
                Action(
                    do="inform",
                    to=LT_TO,
                    detail="Immediately: it could not be refused without giving offence.",
                    citation=c["2.4.4"],
                ),
                Action(
                    do="register",
                    to=MO,
                    detail="Enter receipt of the gift in the central register held by the Monitoring "
                    "Officer.",
                    citation=c["2.4.4"],
                ),
            ]
        elif can_refuse is None:
            missing.append("can_refuse")
            notes.append(
                "If it cannot be refused without giving offence, inform the appropriate member of the "
                "Leadership "
                "Team immediately and enter it in the Monitoring Officer's central register (2.4.4)."
            )
        else:
            notes.append(
                "It can be refused: if there is any doubt about whether it may be accepted, politely and "
                "tactfully refuse it (2.4.5)."
            )
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=actions,
        facts={**facts(p), "significant": is_significant},
        missing=missing,
        explanation=f"{money(value)} is higher than {money(limit)}: it is not a modest gift, so its receipt "
        "must be "
        f"notified to the {CE} (2.4.2)"
        + (
            f"; at over {money(significant.at(today).number)} it is a significant gift (2.4.3)."
            if is_significant
            else "."
        )
        + ("" if not notes else " " + " ".join(notes)),
        citations=dedupe([c["2.4.2"], c["2.4.3"], c["2.4.4"], c["2.4.5"]]),
    )


# --- 2.5: hospitality ------------------------------------------------------------------------

HOSPITALITY = "lichfield.officer.hospitality"
KINDS = (
    "drink_after_site_visit",
    "non_commercial",
    "official_function",
    "representative_function",
    "working_lunch",
    "corporate_entertainment",
    "other",
)
HOSPITALITY_PARAMS = (
    ParamSpec(
        "kind", "choice", "Which kind of hospitality (2.5.2 (a)-(f), or other)", required=True, choices=KINDS
    ),
    ParamSpec("lavish", "flag", "Does the offer appear immodest or lavish (2.5.3)"),
    ParamSpec(
        "improper_influence", "flag", "Is any suggestion of improper influence even remotely possible (2.5.1)"
    ),
    ParamSpec("indebtedness", "flag", "(b), (f): would indebtedness result from accepting"),
    ParamSpec("working_time", "flag", "(f): does it occur during working time"),
    ParamSpec("authorised_duty", "flag", "(f): is attendance specifically authorised as a duty"),
)


def hospitality(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """Hospitality offered to an officer (2.5.1-2.5.4).

    2.5.1: "Whether officers should accept hospitality as a result of their employment at the
    Council is very much a matter of judgement given the particular circumstances. ... In such
    instances where any suggestion of improper influence is even remotely possible, the offer of
    hospitality must be politely refused by the officer. ..."
    2.5.2: "The following hospitality would generally be considered acceptable:- (a) An offer of
    a drink following a site visit. (b) Hospitality offered by other non-commercial or charitable
    bodies, provided that there is a general understanding that no indebtedness will result from
    the acceptance. (c) Invitations to functions the officer represents the Council in an official
    capacity, for example, when invited to speak, opening ceremonies, trade shows. (d) Invitations
    to functions where attendance would be by virtue of the officer's position and as a
    representative of the Council. (e) A working lunch where acceptance does not put the
    individual's personal integrity, or that of the Council, into question. (f) Hospitality of
    the "corporate entertaining" nature, ... is acceptable if there is a general understanding
    that no indebtedness will result from acceptance. Unless specifically authorised as a duty,
    the officer would be expected to take leave if it occurs during working time."
    2.5.3: "Offers of hospitality that appear immodest or lavish should be refused and the offer
    reported to the Monitoring Officer."
    2.5.4: "Prior to accepting any offer of hospitality, the views of the appropriate member of
    the Leadership Team or Chief Executive should be sought. Receipt of any hospitality should be
    entered in the central register held by the Monitoring Officer."

    Whether an offer is lavish, or improper influence possible, is the asker's judgement: the
    checker takes it as a fact and, when it is not given, refers.
    """
    rule = HOSPITALITY
    c = {n: book.cite(_clause(n)) for n in ("2.4.1", "2.5.1", "2.5.2", "2.5.3", "2.5.4")}
    refuse = "refuse"
    if p.get("lavish") is True:
        return CheckResult(
            rule=rule,
            outcome="not_permitted",
            actions=[
                Action(do=refuse, detail="Refuse the offer.", citation=c["2.5.3"]),
                Action(
                    do="report",
                    to=MO,
                    detail="Report the offer to the Monitoring Officer.",
                    citation=c["2.5.3"],
                ),
            ],
            facts=facts(p),
            explanation="Offers of hospitality that appear immodest or lavish should be refused and the "
            "offer "
            "reported to the Monitoring Officer (2.5.3).",
            citations=[c["2.5.3"]],
        )
    if p.get("improper_influence") is True:
        return CheckResult(
            rule=rule,
            outcome="not_permitted",
            actions=[Action(do=refuse, detail="Politely refuse the offer.", citation=c["2.5.1"])],
            facts=facts(p),
            explanation="Where any suggestion of improper influence is even remotely possible, the offer of "
            "hospitality must be politely refused (2.5.1).",
            citations=[c["2.5.1"]],
        )
    kind = p.get("kind")
    if kind is None or kind == "other":
        return refer(
            rule,
            p,
            'Hospitality outside the kinds listed in 2.5.2 is "very much a matter of judgement given the '
            "particular "
            'circumstances" (2.5.1): apply the front-page test of 2.4.1, refuse if any suggestion of '
            "improper "
            "influence is even remotely possible, and seek the views of the appropriate member of the "
            "Leadership "
            "Team or Chief Executive before accepting (2.5.4).",
            [c["2.5.1"], c["2.5.2"], c["2.4.1"], c["2.5.4"]],
            ["kind"] if kind is None else [],
        )
    condition = book.condition(f"{GIFTS}.{kind}")
    missing: list[str] = []
    notes: list[str] = []
    if kind in ("non_commercial", "corporate_entertainment"):
        if p.get("indebtedness") is True:
            return refer(
                rule,
                p,
                f"{condition.description.rstrip('.')} is acceptable only where no indebtedness will result; "
                "as "
                "indebtedness would result, it falls back to the judgement of 2.5.1, where any suggestion of "
                "improper influence means the offer must be politely refused.",
                [c["2.5.2"], c["2.5.1"]],
            )
        if p.get("indebtedness") is None:
            missing.append("indebtedness")
            notes.append(
                "Acceptable only if there is a general understanding that no indebtedness will result."
            )
    if kind == "working_lunch":
        notes.append("Acceptable only where it does not put your or the Council's integrity into question.")
    # Lavishness decides between `permitted` and `not_permitted` (2.5.3), so without it we refer.
    # Improper influence (2.5.1) is stated as a condition rather than asked every time.
    judgement_missing = [n for n in ("lavish",) if n not in p]
    if judgement_missing:
        return refer(
            rule,
            p,
            f"{condition.description.rstrip('.')} would generally be considered acceptable "
            f'(2.5.2: "{condition.wording}"), '
            "unless the offer appears immodest or lavish (refuse it and report it to the Monitoring Officer, "
            "2.5.3) or any suggestion of improper influence is even remotely possible (refuse, 2.5.1). "
            + " ".join(notes)
            + " Before accepting, seek the views of the appropriate member of the Leadership Team or the"
            " Chief Executive (2.5.4).",
            [c["2.5.2"], c["2.5.3"], c["2.5.1"], c["2.5.4"]],
            judgement_missing + missing,
        )
    actions = [
        Action(
            do="seek_views",
            to=f"{LT_TO} or Chief Executive",
            detail="Before accepting, seek their views.",
            citation=c["2.5.4"],
        ),
        Action(
            do="register",
            to=MO,
            detail="Enter receipt of the hospitality in the central register held by the Monitoring Officer.",
            citation=c["2.5.4"],
        ),
    ]
    if kind == "corporate_entertainment":
        if p.get("working_time") and not p.get("authorised_duty"):
            actions.append(
                Action(
                    do="take_leave",
                    detail="It occurs during working time and is not specifically authorised as a duty: take "
                    "leave.",
                    citation=c["2.5.2"],
                )
            )
        elif "working_time" not in p:
            missing.append("working_time")
            notes.append(
                "If it occurs during working time, take leave unless it is specifically authorised as a duty."
            )
    return CheckResult(
        rule=rule,
        outcome="permitted",
        actions=actions,
        facts=facts(p),
        missing=missing,
        explanation=f"{condition.description.rstrip('.')} would generally be considered acceptable. Seek the "
        "views of "
        "the appropriate member of the Leadership Team or Chief Executive before accepting, and have its "
        "receipt "
        "entered in the Monitoring Officer's central register (2.5.4). Refuse it if any suggestion of "
        "improper "
        "influence is even remotely possible (2.5.1). " + " ".join(notes),
        citations=dedupe([c["2.5.2"], c["2.5.4"], c["2.5.1"]]),
    )


# --- 2.6: sponsorship -------------------------------------------------------------------------

SPONSORSHIP_RULE = "lichfield.officer.sponsorship"
SPONSORSHIP_PARAMS = (
    ParamSpec("value", "money", "Value of the sponsorship offered, in pounds", required=True),
)


def sponsorship(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """An offer of sponsorship of a major Council event, activity or publication (2.6.1, 2.6.2).

    2.6.1: "All offers of sponsorship should be notified to the Chief Executive. Any sponsorship
    with a value greater than £500 requires the approval of the Chief Executive."
    2.6.2: "The record of sponsorship will include:- (a) Name of sponsor and type of sponsorship
    offered; and (b) Approval or refusal of the Chief Executive, where appropriate. Details are to
    be notified on the relevant form and forwarded to the Chief Executive for retention on the
    Central Register of Sponsorship."

    "Greater than" is >: £500.00 exactly is notified but needs no approval.
    """
    rule = SPONSORSHIP_RULE
    param = book.parameter(f"{SPONSORSHIP}.approval_above")
    limit = param.at(today).number
    c1, c2 = book.cite(_clause("2.6.1")), book.cite(_clause("2.6.2"))
    notify = Action(
        do="notify",
        to=CE,
        detail="Notify the offer on the relevant form, for the Central Register of Sponsorship (name of "
        "sponsor "
        "and type of sponsorship offered).",
        citation=c1,
    )
    value: Decimal | None = p.get("value")
    if value is None:
        return CheckResult(
            rule=rule,
            outcome="action_required",
            actions=[notify],
            facts=facts(p),
            missing=["value"],
            explanation=f"Every offer of sponsorship is notified to the {CE} (2.6.1). Whether it also needs "
            "the "
            f"{CE}'s approval turns on its value: it does if greater than {money(limit)}.",
            citations=[c1, c2],
        )
    needs_approval = param.meets(value, today)
    actions = [notify]
    if needs_approval:
        actions.append(
            Action(
                do="seek_approval",
                to=CE,
                detail=f"Sponsorship with a value greater than {money(limit)} requires the approval of the "
                f"{CE}.",
                citation=c1,
            )
        )
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=actions,
        facts={**facts(p), "approval_required": needs_approval},
        explanation=f"Every offer of sponsorship is notified to the {CE} (2.6.1). {money(value)} is "
        + (
            f"greater than {money(limit)}, so it also requires the {CE}'s approval."
            if needs_approval
            else f"not greater than {money(limit)}, so it needs no approval."
        ),
        citations=[c1, c2],
    )


# --- para 1, 2.3: private work ------------------------------------------------------------------

PRIVATE_WORK_RULE = "lichfield.officer.private_work"
PRIVATE_WORK_CONDITIONS = (
    "interferes_with_duties",
    "conflict_of_interest",
    "relates_to_council_decisions",
    "relates_to_council_contracts",
)
PRIVATE_WORK_PARAMS = (
    ParamSpec(
        "consent", "flag", "Do you already have written consent from the Leadership Team", required=True
    ),
    ParamSpec("interferes_with_duties", "flag", "2.3.2: would the work interfere with your official duties"),
    ParamSpec(
        "conflict_of_interest",
        "flag",
        "2.3.2: would it generate a conflict of interest with Council business",
    ),
    ParamSpec(
        "relates_to_council_decisions",
        "flag",
        "2.3.2: does it relate to planning permission, building regulation approval or other Council "
        "decisions",
    ),
    ParamSpec(
        "relates_to_council_contracts",
        "flag",
        "2.3.2: does it relate to contracts entered into by the Council",
    ),
    ParamSpec(
        "official_capacity",
        "flag",
        "2.3.7: is it a service you provide in your capacity as an Officer of the Council (a talk given "
        "as part of your job)",
    ),
)


def private_work(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """Business activity or private work by an officer (para 1, 2.3.1-2.3.6).

    Para 1: "... any Officer who undertakes private work in breach of this instruction, without
    written authority from the appropriate Member of the Leadership Team, will be guilty of Gross
    Misconduct and may be dismissed. Notwithstanding the policy, in exceptional cases, the Council
    may be prepared to give consent for an Officer to undertake work of this nature and
    applications for consent, giving a detailed justification, should be submitted in writing to
    the appropriate member of the Leadership Team. ..."
    2.3.1: "Before engaging in any business activity or private work, whether paid or unpaid,
    officers must receive the consent of the appropriate Leadership Team. ... Notification of any
    business activity or private work must be given in writing."
    2.3.2: "The Leadership Team are authorised to give consent provided the activity or work:-
    will not interfere with the officer's official duties; does not generate a conflict of
    interest with Council business; does not relate in any way to the granting of planning
    permission or building regulation approval within the District, or to other decisions made by
    the Council or its officers (e.g. purchasing, improvement grants, mortgages); and does not in
    any way relate to contracts entered into by the Council."
    2.3.3: "The Members of the Leadership Team will give any consent in writing ..."
    2.3.5: "... it shall be sufficient for the officer concerned to obtain one consent, provided
    that any change in the situation is notified by the officer at the earliest opportunity."
    2.3.6: "Where consent is given, the officer must ensure that it is made clear to all concerned
    that the activity has nothing to do with the Council and no liability rests with the Council.
    On no account must the activity be carried out during working hours and none of the Council's
    equipment or facilities should be used. ..."
    2.3.7: "In the event that a fee is paid in respect of the provision of a service carried out by
    an individual in their capacity as an Officer of the Council, the fee should be made payable to
    the Council and not to the Officer concerned." Such a service is the officer's job, not private
    work: no consent is needed, and the fee is the Council's.

    The four conditions are data (`lichfield-officer-private-work.yaml`); each parameter is true
    when the work does what the condition rules out.
    """
    rule = PRIVATE_WORK_RULE
    c = {n: book.cite(_clause(n)) for n in ("1", "2.3.1", "2.3.2", "2.3.3", "2.3.5", "2.3.6", "2.3.7")}
    if p.get("official_capacity") is True:
        return CheckResult(
            rule=rule,
            outcome="action_required",
            actions=[
                Action(
                    do="pay_to_council",
                    detail="Have the fee made payable to the Council, not to you.",
                    citation=c["2.3.7"],
                )
            ],
            facts=facts(p),
            explanation="A fee for a service you carried out in your capacity as an Officer of the Council "
            "should be made payable to the Council and not to you (2.3.7).",
            citations=[c["2.3.7"]],
        )
    conditions = book.rules.conditions(PRIVATE_WORK)
    failing = [name for name in PRIVATE_WORK_CONDITIONS if p.get(name) is True]
    unknown = [name for name in PRIVATE_WORK_CONDITIONS if name not in p]
    if failing:
        quoted = "; ".join(f'"{conditions[n].wording}"' for n in failing)
        return CheckResult(
            rule=rule,
            outcome="not_permitted",
            actions=[
                Action(
                    do="apply_in_writing",
                    to=LT_TO,
                    detail="Only in exceptional cases may the Council consent: apply in writing with a "
                    "detailed "
                    "justification (para 1).",
                    citation=c["1"],
                )
            ],
            facts=facts(p),
            explanation="The Leadership Team may consent only if the work meets every condition of 2.3.2; "
            "this "
            f"work fails: {quoted}. Private work in breach without written authority is gross misconduct "
            "(para 1).",
            citations=[c["2.3.2"], c["1"], c["2.3.1"]],
        )
    consent = p.get("consent")
    if consent is None:
        return refer(
            rule,
            p,
            "Before any business activity or private work, paid or unpaid, you need the written consent of "
            "the "
            "appropriate Leadership Team (2.3.1, para 1). With it, the work is permitted on the terms of "
            "2.3.6; "
            "without it, apply in writing first.",
            [c["2.3.1"], c["1"], c["2.3.2"]],
            ["consent"],
        )
    if consent:
        return CheckResult(
            rule=rule,
            outcome="permitted",
            actions=[
                Action(
                    do="keep_separate",
                    detail="Make clear to all concerned that the activity has nothing to do with the "
                    "Council; never "
                    "during working hours; no Council equipment, facilities or telephone.",
                    citation=c["2.3.6"],
                ),
                Action(
                    do="notify",
                    to=LT_TO,
                    detail="For continuing work, notify any change in the situation at the earliest "
                    "opportunity.",
                    citation=c["2.3.5"],
                ),
            ],
            facts=facts(p),
            explanation="With written consent the work may go ahead on the terms of 2.3.6.",
            citations=[c["2.3.6"], c["2.3.5"], c["2.3.1"]],
        )
    notes = (
        " The Leadership Team can consent only if the work: "
        + "; ".join(f'"{conditions[n].wording}"' for n in PRIVATE_WORK_CONDITIONS)
        + " (2.3.2)."
    )
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=[
            Action(
                do="seek_consent",
                to=LT_TO,
                detail="Give notification of the activity in writing and receive consent before starting; "
                "consent "
                "is given in writing (2.3.3).",
                citation=c["2.3.1"],
            )
        ],
        facts=facts(p),
        missing=unknown,
        explanation="You must receive the Leadership Team's consent before starting (2.3.1)." + notes,
        citations=[c["2.3.1"], c["2.3.2"], c["2.3.3"], c["1"]],
    )
