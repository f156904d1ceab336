"""Checkers for the Tower Hamlets Member/Officer Relations' Protocol.

Document `tower-hamlets/member-officer-protocol`.

The only threshold or period the Tower Hamlets corpus states is the Members' Enquiries
turnaround (8.1). There is no Tower Hamlets rule on gifts, hospitality or interests in the
corpus (the employee code stops after paragraph 6), so there is no checker for them here, and
none may borrow Lichfield's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.rules import dates
from bot.rules.book import RuleBook
from bot.rules.params import ParamSpec
from bot.rules.results import facts
from bot.types import Action, CheckResult

DOC = "tower-hamlets/member-officer-protocol"
ENQUIRIES = "tower-hamlets-member-enquiries"

ENQUIRY_TURNAROUND = "tower-hamlets.member.enquiry_turnaround"
ENQUIRY_TURNAROUND_PARAMS = (
    ParamSpec("made", "date", "Date the Member's Enquiry was made (YYYY-MM-DD)", required=True),
    ParamSpec("routine", "flag", "A routine request for information or advice (default true)"),
)

ASSUMPTION = (
    "Assumed: the protocol does not say when counting starts, so the day the enquiry is made is not "
    "counted and working day 1 is the next working day."
)


def enquiry_turnaround(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """The turnaround expected for a Member's Enquiry (8.1).

    8.1: "The Council operates a Member's Enquiries system which is for the Mayor and
    Councillors to use for routine requests for information and advice. The maximum turn round
    time expected for such enquiries is 10 working days and officers will chase outstanding
    enquiries exceeding this period. Matters which are not routine or involve policy should be
    directed initially to the relevant Corporate Director or Divisional Director or any officer
    nominated by them."

    Working days are Monday to Friday less England and Wales bank holidays (`holidays` package).
    The start of the count is not stated: the result says what is assumed.
    """
    rule = ENQUIRY_TURNAROUND
    param = book.parameter(f"{ENQUIRIES}.turnaround")
    cite = book.cite(param.clause)
    if p.get("routine") is False:
        return CheckResult(
            rule=rule,
            outcome="action_required",
            actions=[
                Action(
                    do="direct",
                    to="relevant Corporate Director or Divisional Director (or an officer they nominate)",
                    detail="Matters which are not routine or involve policy go there initially, not to "
                    "Members' "
                    "Enquiries; 8.1 sets no turnaround for them.",
                    citation=cite,
                )
            ],
            facts=facts(p),
            explanation="The 10 working day turnaround is for routine requests for information and advice "
            "through the Members' Enquiries system; a matter that is not routine or involves policy should "
            "be "
            "directed initially to the relevant Corporate Director or Divisional Director (8.1).",
            citations=[cite],
        )
    made: dt.date | None = p.get("made")
    days = int(param.at(made or today).number)
    deadline = dates.working_days(made, days, "the enquiry being made", ASSUMPTION) if made else None
    routine_note = "" if "routine" in p else " (Assumed a routine request, which is what the system is for.)"
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=[
            Action(
                do="respond",
                to="the Councillor (or Mayor) who made the enquiry",
                by=deadline.date if deadline else None,
                detail=f"Maximum turn round time expected: {days} working days; officers will chase "
                "outstanding "
                "enquiries exceeding this period.",
                citation=cite,
            )
        ],
        deadline=deadline.date if deadline else None,
        deadline_rule=deadline.rule if deadline else f"{days} working days from the enquiry. {ASSUMPTION}",
        facts=facts(p),
        missing=[] if made else ["made"],
        explanation=f"A routine Member's Enquiry is expected to be answered within at most {days} working "
        "days "
        "(8.1); officers will chase enquiries outstanding beyond that." + routine_note,
        citations=[cite],
    )
