"""Checkers for the Lichfield District Council Members' Code of Conduct (`lichfield/members-code`).

Amounts and periods come from `corpus/rules/lichfield-member-*.yaml`; each checker quotes the
paragraphs it implements. The Code was adopted on 15 May 2018 (para 1.1): its values are keyed
by that date, and an event before it has no rule in force (`refer`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from bot.rules import dates
from bot.rules.book import RuleBook
from bot.rules.loader import COMPARISONS
from bot.rules.params import ParamSpec
from bot.rules.results import dedupe, event_date, facts, money, refer
from bot.types import Action, CheckOutcome, CheckResult, Citation

DOC = "lichfield/members-code"
GIFTS = "lichfield-member-gifts"
INTERESTS = "lichfield-member-interests"
MO = "Monitoring Officer"


def _clause(number: str) -> str:
    return f"{DOC}:{number}"


def _cite_optional(book: RuleBook, number: str) -> list[Citation]:
    """Cite a clause only if the corpus has it (context, not the rule's own citation)."""
    return [book.cite(_clause(number))] if _clause(number) in book.clauses else []


# --- para 12: gifts and hospitality -----------------------------------------------------------

GIFTS_HOSPITALITY = "lichfield.member.gifts_hospitality"
GIFTS_HOSPITALITY_PARAMS = (
    ParamSpec("value", "money", "Estimated value of the gift or hospitality, in pounds", required=True),
    ParamSpec("received", "date", "Date it was received (YYYY-MM-DD)"),
    ParamSpec(
        "civic_chairman",
        "flag",
        "True for a civic gift or hospitality received by the Chairman acting as Chairman (footnote 7)",
    ),
)


def gifts_hospitality(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """A gift or hospitality a councillor receives in their role (para 12 with footnote 7).

    Para 12: "You are also required to notify the Monitoring Officer of any gifts or hospitality
    with an estimated value of at least £50.⁶ which you receive in your role as a Lichfield
    District Councillor.⁷ You must inform the Monitoring Officer of any such gifts or hospitality
    within 28 days of receiving them so that the details can be entered into the Register of
    Members Gifts and Hospitality.⁸"

    Footnote 7: "This does not include civic gifts or hospitality received by the Chairman of
    the Council whilst acting in this capacity. Civic gifts are to be recorded in a separate
    register maintained by the Chairman's Secretary."

    "At least" is ≥: £50.00 exactly must be notified. The day of receipt is not counted
    ("within 28 days of receiving them"). Footnote 7 gives the civic register no period.
    """
    rule = GIFTS_HOSPITALITY
    threshold = book.parameter(f"{GIFTS}.notify_threshold")
    period = book.parameter(f"{GIFTS}.notify_within")
    on = event_date(p, "received", today)
    limit = threshold.at(on).number
    days = int(period.at(on).number)
    cite = book.cite(threshold.clause)

    if p.get("civic_chairman") is True:
        # Nothing for the Chairman to notify under para 12: the register it goes in is kept by the
        # Chairman's Secretary, so the recording is said as theirs, not the asker's obligation.
        return CheckResult(
            rule=rule,
            outcome="no_action_required",
            actions=[
                Action(
                    do="record",
                    to="Chairman's Secretary",
                    detail="Record the civic gift or hospitality in the separate civic register maintained "
                    "by the Chairman's Secretary. It is not part of the Monitoring Officer's register "
                    "(footnote 7 to para 12), and footnote 7 sets no period for recording it.",
                    citation=cite,
                )
            ],
            facts=facts(p),
            explanation="Civic gifts or hospitality received by the Chairman of the Council while acting as "
            "Chairman are excluded from para 12, so there is nothing to notify the Monitoring Officer: they "
            "are recorded in the separate civic register maintained by the Chairman's Secretary, whatever "
            "their value (footnote 7).",
            citations=[cite],
        )

    value: Decimal | None = p.get("value")
    if value is None:
        missing = ["value"] + ([] if "received" in p else ["received"])
        return refer(
            rule,
            p,
            f"The answer turns on the estimated value. At least {money(limit)}: notify the {MO} within "
            f"{days} days of receiving it (para 12). Under {money(limit)}: para 12 asks nothing.",
            [cite],
            missing,
        )

    civic_note = (
        ""
        if "civic_chairman" in p
        else " (Assumed this is not a civic gift to the Chairman acting as Chairman; those go to the "
        "civic register instead, footnote 7.)"
    )
    if not threshold.meets(value, on):
        return CheckResult(
            rule=rule,
            outcome="no_action_required",
            facts=facts(p),
            explanation=f"An estimated value of {money(value)} is under the {money(limit)} in para 12 "
            f'("at least {money(limit)}"), so there is nothing to notify.' + civic_note,
            citations=[cite],
        )

    deadline = dates.within_days(p["received"], days, "receiving it") if "received" in p else None
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=[
            Action(
                do="notify",
                to=MO,
                by=deadline.date if deadline else None,
                detail="Inform the Monitoring Officer so the details can be entered into the Register "
                "of Members Gifts and Hospitality.",
                citation=cite,
            )
        ],
        deadline=deadline.date if deadline else None,
        deadline_rule=deadline.rule
        if deadline
        else f"within {days} days of receiving it (the day of receipt not counted)",
        facts=facts(p),
        missing=[] if deadline else ["received"],
        explanation=f"An estimated value of {money(value)} is at least {money(limit)} "
        f"({COMPARISONS[threshold.comparison or ''][0]} {money(limit)}), so notify the {MO} within {days} "
        "days "
        "of receiving it (para 12)."
        + ("" if deadline else " Give the date received to get the deadline.")
        + civic_note,
        citations=[cite],
    )


# --- paras 7-9: registering disclosable pecuniary interests -------------------------------------

DPI_REGISTRATION = "lichfield.member.dpi_registration"
TRIGGERS = ("adoption", "election", "co-option", "re-election", "change")
DPI_REGISTRATION_PARAMS = (
    ParamSpec("trigger", "choice", "What starts the period", required=True, choices=TRIGGERS),
    ParamSpec("date", "date", "Date of the election, co-option, re-election or change (YYYY-MM-DD)"),
    ParamSpec("became_aware", "date", "For a change: the date you became aware of it, if later"),
)


def dpi_registration(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """When to notify the Monitoring Officer of disclosable pecuniary interests (paras 7-9).

    Para 7: "Within 28 days of this Code being adopted by the Council or within 28 days of your
    election or co-option (whichever is the later), you must notify the Monitoring Officer of
    any 'disclosable pecuniary interests' which you have at that time.⁵"

    Para 8: "Where you are re-elected or re-appointed, notification is only required of any new
    disclosable pecuniary interests within 28 days of your election or co-option."

    Para 9: "You must keep your Register of Interests entry up to date by notifying the
    Monitoring Officer of any changes to your disclosable pecuniary interests within 28 days of
    the change occurring, or of you becoming aware of the change."

    The adoption date is the date the para 7 value in force took effect (15 May 2018, para 1.1).
    For a change, the period runs from becoming aware where that is later than the change.
    """
    rule = DPI_REGISTRATION
    trigger = p.get("trigger")
    c7, c8, c9 = (book.cite(_clause(n)) for n in ("7", "8", "9"))
    if trigger is None:
        return refer(
            rule,
            p,
            "Which period applies depends on what happened: the Code's adoption or your election or "
            "co-option (para 7), re-election (para 8, new interests only) or a change to an interest "
            "(para 9). Each is 28 days.",
            [c7, c8, c9],
            ["trigger"] + ([] if "date" in p else ["date"]),
        )

    given: dt.date | None = p.get("date")
    deadline: dates.Deadline | None
    if trigger in ("adoption", "election", "co-option"):
        param = book.parameter(f"{INTERESTS}.register_within")
        first = param.values[0].since
        probe = max(given or today, first) if first else (given or today)
        value = param.at(probe)
        adopted = value.since
        days = int(value.number)
        citations = [*_cite_optional(book, "1.1"), c7]
        if trigger != "adoption" and given is None:
            return _action(
                rule,
                p,
                None,
                f"Notify the {MO} of your disclosable pecuniary interests within {days} days of your "
                f"{trigger} or of the Code's adoption, whichever is later (para 7). Give the date "
                "to get the deadline.",
                "Notify the Monitoring Officer of every disclosable pecuniary interest you have.",
                c7,
                citations,
                missing=["date"],
                rule_text=f"within {days} days of the later of the Code's adoption and your {trigger}",
            )
        if trigger == "adoption":
            if adopted is None:
                return refer(rule, p, "The corpus does not state when this Code was adopted.", citations)
            deadline = dates.within_days(adopted, days, "the Code being adopted")
            note = (
                f" (The date given, {given.isoformat()}, is not used: the Code was adopted on "
                f"{adopted.isoformat()}.)"
                if given and given != adopted
                else ""
            )
            return _action(
                rule,
                p,
                deadline,
                f"Members in office when the Code was adopted on {adopted.isoformat()} had to notify the "
                f"{MO} of their disclosable pecuniary interests within {days} days of adoption (para 7)."
                + note,
                "Notify the Monitoring Officer of every disclosable pecuniary interest you have.",
                c7,
                citations,
            )
        assert given is not None
        start, what = given, f"your {trigger}"
        if adopted and adopted > given:
            start, what = adopted, "the Code being adopted"
        deadline = dates.within_days(start, days, what)
        later = (
            f"The Code's adoption ({start.isoformat()}) is later than your {trigger} "
            f"({given.isoformat()}), so the period runs from the adoption."
            if start != given
            else f"Your {trigger} ({given.isoformat()}) is"
            + (f" not earlier than the Code's adoption ({adopted.isoformat()})" if adopted else "")
            + ", so the period runs from it."
        )
        return _action(
            rule,
            p,
            deadline,
            f"Notify the {MO} of the disclosable pecuniary interests you have at that time within "
            f"{days} days (para 7, whichever is the later). {later}",
            "Notify the Monitoring Officer of every disclosable pecuniary interest you have at that time.",
            c7,
            citations,
        )

    if trigger == "re-election":
        param = book.parameter(f"{INTERESTS}.reelection_within")
        days = int(param.at(given or today).number)
        deadline = dates.within_days(given, days, "your re-election") if given else None
        return _action(
            rule,
            p,
            deadline,
            f"On re-election or re-appointment only new disclosable pecuniary interests need notifying, "
            f"within {days} days of your election or co-option (para 8).",
            "Notify the Monitoring Officer of any new disclosable pecuniary interests only.",
            c8,
            [c8, c7],
            missing=[] if deadline else ["date"],
            rule_text=f"within {days} days of your re-election",
        )

    # trigger == "change"
    param = book.parameter(f"{INTERESTS}.change_within")
    changed: dt.date | None = p.get("date")
    aware: dt.date | None = p.get("became_aware")
    counted_from = max(d for d in (changed, aware) if d) if (changed or aware) else None
    days = int(param.at(counted_from or today).number)
    if counted_from is None:
        deadline = None
    elif aware and (changed is None or aware > changed):
        deadline = dates.within_days(counted_from, days, "your becoming aware of the change")
    else:
        deadline = dates.within_days(counted_from, days, "the change occurring")
    return _action(
        rule,
        p,
        deadline,
        f"Keep your Register of Interests entry up to date: notify the {MO} of the change within {days} days "
        "of the change occurring, or of you becoming aware of it (para 9). Where you became aware later, "
        "the period is counted from then.",
        "Notify the Monitoring Officer of the change to your disclosable pecuniary interests.",
        c9,
        [c9],
        missing=[] if deadline else ["date"],
        rule_text=f"within {days} days of the change or of becoming aware of it",
    )


def _action(
    rule: str,
    p: dict[str, Any],
    deadline: dates.Deadline | None,
    explanation: str,
    detail: str,
    citation: Citation,
    citations: list[Citation],
    missing: list[str] | None = None,
    rule_text: str | None = None,
) -> CheckResult:
    """An `action_required` result with one notification to the Monitoring Officer."""
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=[
            Action(
                do="notify", to=MO, by=deadline.date if deadline else None, detail=detail, citation=citation
            )
        ],
        deadline=deadline.date if deadline else None,
        deadline_rule=deadline.rule if deadline else rule_text,
        facts=facts(p),
        missing=missing or [],
        explanation=explanation,
        citations=dedupe(citations),
    )


# --- paras 10-11: is it a disclosable pecuniary interest? ----------------------------------------

DPI_CATEGORY = "lichfield.member.dpi_category"
CATEGORIES = ("securities", "land", "licence", "contract", "tenancy", "sponsorship", "employment")
HOLDERS = ("self", "spouse", "civil_partner", "cohabitee", "other")  # other: a relative, a friend
_SECURITIES = ("category", ("securities",))
DPI_CATEGORY_PARAMS = (
    ParamSpec("category", "choice", "Which row of the para 10 table", required=True, choices=CATEGORIES),
    ParamSpec("holder", "choice", "Whose interest it is (para 11); default self", choices=HOLDERS),
    ParamSpec(
        "aware", "flag", "For a spouse's, civil partner's or cohabitee's interest: are you aware of it"
    ),
    ParamSpec(
        "local",
        "flag",
        "Securities: the body has a place of business or land in the area; land, licence: the land is in the "
        "area",
        applies_when=("category", ("securities", "land", "licence")),
    ),
    ParamSpec(
        "nominal", "money", "Securities: total nominal value held, in pounds", applies_when=_SECURITIES
    ),
    ParamSpec(
        "capital",
        "money",
        "Securities: the body's total issued share capital, in pounds",
        applies_when=_SECURITIES,
    ),
    ParamSpec(
        "over_hundredth",
        "flag",
        "Securities, when the capital isn't known: does the holding exceed one hundredth of it",
        applies_when=_SECURITIES,
    ),
    ParamSpec(
        "class_nominal",
        "money",
        "Securities of more than one class: nominal value held of one class",
        applies_when=_SECURITIES,
    ),
    ParamSpec(
        "class_capital",
        "money",
        "Securities of more than one class: total issued share capital of that class",
        applies_when=_SECURITIES,
    ),
    ParamSpec(
        "months",
        "number",
        "Licence: how long it lets you occupy the land, in months",
        applies_when=("category", ("licence",)),
    ),
    ParamSpec(
        "discharged",
        "flag",
        "Contract: has it been fully discharged",
        applies_when=("category", ("contract",)),
    ),
    ParamSpec(
        "council_landlord",
        "flag",
        "Tenancy: is the Council the landlord",
        applies_when=("category", ("tenancy",)),
    ),
    ParamSpec(
        "from_council",
        "flag",
        "Sponsorship: was the payment from the Council",
        applies_when=("category", ("sponsorship",)),
    ),
    ParamSpec(
        "paid",
        "date",
        "Sponsorship: date of the payment or benefit",
        applies_when=("category", ("sponsorship",)),
    ),
    ParamSpec(
        "period_end",
        "date",
        "Sponsorship: the latest date referred to in para 7 (end of the 12 months)",
        applies_when=("category", ("sponsorship",)),
    ),
    ParamSpec(
        "election_expenses",
        "flag",
        "Sponsorship: paid towards your election expenses (so in the run-up to the para 7 election)",
        applies_when=("category", ("sponsorship",)),
    ),
    ParamSpec(
        "for_profit",
        "flag",
        "Employment: carried on for profit or gain",
        applies_when=("category", ("employment",)),
    ),
)


def dpi_category(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """Whether an interest is a disclosable pecuniary interest (para 10's table with para 11).

    Para 10 (Securities): "Any beneficial interest in securities of a body where— (a) that body
    (to the member's knowledge) has a place of business or land in the area of the Council; and
    (b) either— (i) the total nominal value of the securities* exceeds £25,000 or one hundredth
    of the total issued share capital of that body; or (ii) if the share capital of that body is
    of more than one class, the total nominal value of the shares of any one class in which the
    relevant person has a beneficial interest exceeds one hundredth of the total issued share
    capital of that class."
    Land: "Any beneficial interest in land which is within the area of the Council."
    Licences: "Any licence (alone or jointly with others) to occupy land in the area of the
    relevant authority for a month or longer."
    Contracts: "... and the Council— (a) under which goods or services are to be provided or
    works are to be executed; and (b) which has not been fully discharged."
    Corporate tenancies: "Any tenancy where (to the member's knowledge)— (a) the landlord is the
    Council; and (b) the tenant is a body in which the member, or his/her spouse or civil
    partner/ the person with whom the member is living as if they were spouses/civil partners
    has a beneficial interest."
    Sponsorship: "Any payment or provision of any other financial benefit (other than from the
    Council) made to the member during the 12 month period ending on the latest date referred to
    in paragraph 7 above ..."
    Employment: "Any employment, office, trade, profession or vocation carried on for profit or gain."

    Para 11: "... (a) it is an interest of yourself, or (b) it is an interest of:- (i) your
    spouse or civil partner, (ii) a person with whom you are living as husband and wife, or
    (iii) a person with whom you are living as if they were civil partners, and the you are
    aware that that other person has the interest."

    "Exceeds" is >: exactly £25,000 or exactly one hundredth is not over the line.
    """
    rule = DPI_CATEGORY
    c10, c11 = book.cite(_clause("10")), book.cite(_clause("11"))
    category = p.get("category")
    if p.get("holder") == "other":
        # Para 11 names only you and a spouse, civil partner or partner you live with.
        return CheckResult(
            rule=rule,
            outcome="no_action_required",
            facts={**facts(p), "dpi": False},
            explanation="Not your disclosable pecuniary interest: para 11 covers only your own interests and "
            "those of your spouse or civil partner, or a person you live with as husband and wife or as "
            "civil partners. Someone else's interest (a relative's or a friend's) is not one. Other "
            "significant interests may still be declared at meetings (paras 20-21).",
            citations=dedupe([c11, c10, *_cite_optional(book, "20")]),
        )
    if category is None:
        return refer(
            rule,
            p,
            "Say which kind of interest it is: " + ", ".join(CATEGORIES) + " (the para 10 table).",
            [c10, c11],
            ["category"],
        )
    on = event_date(p, "period_end", today)
    decided, missing, reason = _CATEGORY_TESTS[category](p, book, on)

    holder = p.get("holder") or ("spouse or partner" if "aware" in p else "self")
    holder_note = ""
    if holder != "self":
        who = holder.replace("_", " ")
        if p.get("aware") is False:
            decided, missing = False, []
            reason += f" It is your {who}'s interest and you are not aware of it: para 11 does not apply."
        elif p.get("aware") is None:
            if decided is not False:
                missing.append("aware")
                decided = None
            holder_note = f" A {who}'s interest counts only if you are aware of it (para 11(b))."
        else:
            holder_note = f" It is your {who}'s interest and you are aware of it (para 11(b))."
    elif "holder" not in p and "aware" not in p:
        holder_note = " (Assumed to be your own interest, para 11(a).)"

    citations = [c10, c11]
    if decided is None:
        return refer(rule, p, reason + holder_note, citations, missing)
    fact_values = {**facts(p), "dpi": decided}
    if not decided:
        return CheckResult(
            rule=rule,
            outcome="no_action_required",
            facts=fact_values,
            explanation=f"Not a disclosable pecuniary interest. {reason}{holder_note} Other significant "
            "interests "
            "may still be declared at meetings (paras 20-21).",
            citations=dedupe([*citations, *_cite_optional(book, "20")]),
        )
    c7, c9 = book.cite(_clause("7")), book.cite(_clause("9"))
    return CheckResult(
        rule=rule,
        outcome="action_required",
        actions=[
            Action(
                do="notify",
                to=MO,
                detail="Register it: notify the Monitoring Officer within 28 days (para 7 on election or "
                "co-option, para 9 for a change of interests).",
                citation=c9,
            )
        ],
        facts=fact_values,
        explanation=f"A disclosable pecuniary interest. {reason}{holder_note}",
        citations=dedupe([*citations, c7, c9]),
    )


CategoryTest = tuple[bool | None, list[str], str]


def _flag_test(p: dict[str, Any], name: str, yes: str, no: str, ask: str) -> CategoryTest:
    value = p.get(name)
    if value is None:
        return None, [name], ask
    return (True, [], yes) if value else (False, [], no)


def _securities(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    nominal_p = book.parameter(f"{INTERESTS}.securities_nominal")
    share_p = book.parameter(f"{INTERESTS}.securities_share")
    class_p = book.parameter(f"{INTERESTS}.securities_class_share")
    limit = nominal_p.at(on).number
    nominal: Decimal | None = p.get("nominal")
    local: bool | None = p.get("local")
    if nominal is None and p.get("over_hundredth") is True:
        # "1.5% of the shares": over one hundredth whatever the nominal value (para 10(b)(i)'s "or").
        said = "You say the holding exceeds one hundredth of the body's total issued share capital."
        if local is None:
            return (
                None,
                ["local"],
                said + " It is a DPI if the body has a place of business or land in the area.",
            )
        if local is False:
            return False, [], said + " But the body has no place of business or land in the area."
        return True, [], said + " The body has a place of business or land in the area."
    if nominal is None:
        missing = (
            ["nominal"] + ([] if "capital" in p else ["capital"]) + ([] if local is not None else ["local"])
        )
        if local is False:
            return (
                False,
                [],
                "The body has no place of business or land in the area (para 10, securities (a)).",
            )
        return (
            None,
            missing,
            (
                "Securities are a DPI where the body has a place of business or land in the area and their "
                "total "
                f"nominal value exceeds {money(limit)} or one hundredth of the body's total issued share "
                "capital."
            ),
        )
    reasons: list[str] = []
    over_nominal = nominal_p.meets(nominal, on)
    reasons.append(
        f"Nominal value {money(nominal)} {'exceeds' if over_nominal else 'does not exceed'} {money(limit)}."
    )
    size: bool | None = over_nominal
    capital: Decimal | None = p.get("capital")
    if not over_nominal:
        if capital is None:
            # "A tiny fraction of the company": the asker knows which side of one hundredth it is.
            size = p.get("over_hundredth")
            if size is not None:
                reasons.append(
                    f"You say the holding {'exceeds' if size else 'does not exceed'} one hundredth of the "
                    "body's issued share capital."
                )
        else:
            share = share_p.at(on).number
            over_share = COMPARISONS[share_p.comparison or ""][1](nominal, share * capital)
            reasons.append(
                f"One hundredth of the issued share capital {money(capital)} is {money(share * capital)}; "
                f"{money(nominal)} {'exceeds' if over_share else 'does not exceed'} it."
            )
            size = over_share
        cn, cc = p.get("class_nominal"), p.get("class_capital")
        if cn is not None and cc is not None:
            share = class_p.at(on).number
            over_class = COMPARISONS[class_p.comparison or ""][1](cn, share * cc)
            reasons.append(
                f"In one class: {money(cn)} {'exceeds' if over_class else 'does not exceed'} one hundredth "
                f"of that class's {money(cc)}."
            )
            size = True if over_class else size
        elif size is False:
            reasons.append(
                "(No second class of shares given; para 10(b)(ii) only applies to a body with more than one.)"
            )
    if size is False:
        return False, [], " ".join(reasons)
    if local is False:
        return False, [], " ".join(reasons) + " But the body has no place of business or land in the area."
    if size is None:
        missing = ["capital"] + ([] if local is not None else ["local"])
        return (
            None,
            missing,
            " ".join(reasons)
            + (
                " Whether it is a DPI then turns on the body's total issued share capital: it is one if the "
                "nominal "
                "value exceeds one hundredth of it (and the body has a place of business or land in the "
                "area)."
            ),
        )
    if local is None:
        return (
            None,
            ["local"],
            " ".join(reasons)
            + (
                " It is a DPI if the body (to your knowledge) has a place of business or land in the area, "
                "and not otherwise."
            ),
        )
    return True, [], " ".join(reasons) + " The body has a place of business or land in the area."


def _land(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    return _flag_test(
        p,
        "local",
        "A beneficial interest in land within the area of the Council.",
        "The land is not within the area of the Council.",
        "Land is a DPI if it is within the area of the Council.",
    )


def _licence(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    param = book.parameter(f"{INTERESTS}.licence_minimum")
    minimum = param.at(on).number
    months: Decimal | None = p.get("months")
    local: bool | None = p.get("local")
    if local is False:
        return False, [], "The land is not in the area of the Council."
    if months is None:
        return (
            None,
            ["months"] + ([] if local is not None else ["local"]),
            (f"A licence to occupy land in the area is a DPI if it is for {minimum:g} month or longer."),
        )
    long_enough = param.meets(months, on)
    text = f"A licence for {months:g} month(s) is {'' if long_enough else 'not '}for a month or longer."
    if not long_enough:
        return False, [], text
    if local is None:
        return None, ["local"], text + " It is a DPI if the land is in the area of the Council."
    return True, [], text + " The land is in the area of the Council."


def _contract(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    value = p.get("discharged")
    if value is None:
        return (
            None,
            ["discharged"],
            (
                "A contract with the Council for goods, services or works is a DPI until it has been fully "
                "discharged."
            ),
        )
    if value:
        return False, [], "The contract has been fully discharged."
    return (
        True,
        [],
        "A contract with the Council for goods, services or works that has not been fully discharged.",
    )


def _tenancy(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    return _flag_test(
        p,
        "council_landlord",
        "A tenancy where the Council is the landlord and the tenant is a body in which you (or your partner) "
        "have a beneficial interest.",
        "The Council is not the landlord.",
        "A corporate tenancy is a DPI where the Council is the landlord.",
    )


def _sponsorship(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    param = book.parameter(f"{INTERESTS}.sponsorship_period")
    months = int(param.at(on).number)
    if p.get("from_council") is True:
        return False, [], "Payments from the Council are excluded."
    paid, end = p.get("paid"), p.get("period_end")
    if paid is None and p.get("election_expenses") is True:
        # Money towards the expenses of the election that para 7 counts from is paid in its run-up:
        # taken as inside the period, and said so, with the one case that would change it.
        period = (
            f"the {months} month period ending on {end.isoformat()}"
            if end
            else f"the {months} month period ending on your election (para 7)"
        )
        note = (
            f"A payment towards your election expenses is taken as made in {period}. If it was paid "
            "before that period began, it is not a DPI."
        )
        if p.get("from_council") is True:
            return False, [], "Payments from the Council are excluded."
        return True, [], note + " It is a DPI unless the payment was from the Council."
    if end is None:
        missing = [n for n in ("paid", "period_end") if p.get(n) is None]
        return (
            None,
            missing,
            (
                f"Sponsorship is a DPI if it was made during the {months} month period ending on the latest "
                "date "
                "referred to in paragraph 7 (not from the Council)."
            ),
        )
    first, last = dates.months_ending_on(end, months)
    if paid is None:
        # The period is known: say it, so the asker can place the payment themselves.
        return (
            None,
            ["paid"],
            (
                f"The {months} month period ending on {end.isoformat()} runs from {first.isoformat()} to "
                f"{last.isoformat()}: a payment made in it (not from the Council) is a DPI."
            ),
        )
    inside = first <= paid <= last
    text = (
        f"The {months} month period ending on {end.isoformat()} runs from {first.isoformat()} to "
        f"{last.isoformat()}; "
        f"a payment on {paid.isoformat()} is {'inside' if inside else 'outside'} it."
    )
    if not inside:
        return False, [], text
    if p.get("from_council") is None:
        return None, ["from_council"], text + " It is a DPI unless the payment was from the Council."
    return True, [], text + " It was not from the Council."


def _employment(p: dict[str, Any], book: RuleBook, on: dt.date) -> CategoryTest:
    return _flag_test(
        p,
        "for_profit",
        "Employment, office, trade, profession or vocation carried on for profit or gain.",
        "It is not carried on for profit or gain.",
        "Employment, office, trade, profession or vocation is a DPI if carried on for profit or gain.",
    )


_CATEGORY_TESTS = {
    "securities": _securities,
    "land": _land,
    "licence": _licence,
    "contract": _contract,
    "tenancy": _tenancy,
    "sponsorship": _sponsorship,
    "employment": _employment,
}


# --- paras 14-19: a DPI at a meeting -----------------------------------------------------------

MEETING_DPI = "lichfield.member.meeting_dpi"
MEETING_DPI_PARAMS = (
    ParamSpec("registered", "flag", "Is the interest entered in the Register of Interests", required=True),
    ParamSpec("sensitive", "flag", "Is it a sensitive interest (para 13); default false"),
    ParamSpec("disclosed", "date", "Date of the disclosure at the meeting (YYYY-MM-DD)"),
    ParamSpec(
        "pending",
        "flag",
        "Is it the subject of a pending notification to the Monitoring Officer; default false",
    ),
    ParamSpec(
        "dispensation", "flag", "Have you requested and been granted a relevant dispensation; default false"
    ),
)


def meeting_dpi(p: dict[str, Any], book: RuleBook, today: dt.date) -> CheckResult:
    """A member with a disclosable pecuniary interest in a matter at a meeting (paras 14-19).

    Para 15: "If the interest is not entered in the authority's Register of Interests, you must
    disclose the interest to the meeting (unless the interest is a sensitive interest)."
    Para 16: "If the interest is not entered in the authority's Register of Interests and is not
    the subject of a pending notification, you must notify the Monitoring Officer of the interest
    before the end of 28 days beginning with the date of the disclosure."
    Para 17: "Where the interest does appear in the Register of Interests, you must bring the
    interest to the attention of the meeting (unless the interest is a sensitive interest)."
    Para 18: "You may not: (a) participate, or participate further, in any discussion of the
    matter at the meeting, (b) participate in any vote, or further vote, taken on the matter at
    the meeting (unless the Member has requested and been granted a relevant dispensation by the
    Standards and Resources Committee), or (c) remain in the room during the discussion or vote
    on the matter."
    Para 19: "... you may attend the meeting but only for the purposes of making representations,
    answering questions or giving evidence relating to the matter, provided that the public are
    also allowed to attend the meeting for the same purpose ... Once you have finished, or the
    meeting decides you have finished, you must leave the room ..."
    Footnote 10 (para 13): for a sensitive interest "the Member need not disclose the interest,
    but merely the fact that the Member has a disclosable pecuniary interest in the matter".

    Para 16 counts the day of disclosure as day 1: the deadline is one day earlier than
    "within 28 days of" it would be.
    """
    rule = MEETING_DPI
    cite = {n: book.cite(_clause(n)) for n in ("13", "14", "15", "16", "17", "18", "19")}
    registered: bool | None = p.get("registered")
    if registered is None and p.get("pending"):
        registered = False  # notified and awaiting entry: not yet on the register (para 16's words)
    sensitive = bool(p.get("sensitive", False))
    dispensation = bool(p.get("dispensation", False))
    notes: list[str] = []
    missing: list[str] = []
    actions: list[Action] = []
    deadline: dates.Deadline | None = None
    rule_text: str | None = None
    pending_note = "It is the subject of a pending notification, so para 16 asks for no further notice."

    disclose_detail = (
        "It is a sensitive interest: disclose only the fact that you have a disclosable pecuniary interest "
        "in the matter, not its details (footnote 10)."
    )
    if registered is None:
        missing.append("registered")
        if p.get("disclosed") is None:
            missing.append("disclosed")  # if it is not registered, para 16's deadline runs from it
        notes.append(
            "If it is not on the Register of Interests: disclose it to the meeting (unless sensitive, para "
            "15) and "
            "notify the Monitoring Officer before the end of 28 days beginning with the date of disclosure "
            "(para 16). If it is on the register: bring it to the attention of the meeting (para 17)."
        )
    elif registered:
        actions.append(
            Action(
                do="declare",
                to="the meeting",
                detail=disclose_detail
                if sensitive
                else "Bring the interest to the attention of the meeting (it is on the register).",
                citation=cite["17"],
            )
        )
    else:
        actions.append(
            Action(
                do="disclose",
                to="the meeting",
                detail=disclose_detail if sensitive else "Disclose the interest to the meeting.",
                citation=cite["15"],
            )
        )
        param = book.parameter(f"{INTERESTS}.meeting_notify_within")
        if p.get("pending"):
            notes.append(pending_note)
        else:
            disclosed: dt.date | None = p.get("disclosed")
            days = int(param.at(disclosed or today).number)
            if disclosed:
                deadline = dates.beginning_with(disclosed, days, "the date of the disclosure")
            else:
                missing.append("disclosed")
                rule_text = f"before the end of {days} days beginning with the date of disclosure (day 1)"
            actions.append(
                Action(
                    do="notify",
                    to=MO,
                    by=deadline.date if deadline else None,
                    detail="Notify the Monitoring Officer of the interest (unless it is already the subject "
                    "of a "
                    "pending notification).",
                    citation=cite["16"],
                )
            )
    actions += [
        Action(
            do="not_participate",
            detail="Do not participate, or participate further, in any discussion of the matter.",
            citation=cite["18"],
        ),
        Action(
            do="not_vote",
            detail="Do not vote on the matter"
            + (
                " (you have a relevant dispensation from the Standards and Resources Committee: check its "
                "terms)."
                if dispensation
                else ", unless you have requested and been granted a relevant dispensation by the Standards "
                "and Resources Committee."
            ),
            citation=cite["18"],
        ),
        Action(
            do="leave_room",
            detail="Do not remain in the room during the discussion or vote. You may attend only to make "
            "representations, answer questions or give evidence where the public may attend for the same "
            "purpose, then leave (para 19).",
            citation=cite["18"],
        ),
    ]
    if "sensitive" not in p:
        notes.append(
            "Assumed not a sensitive interest (para 13); if it is, disclose only that you have a DPI."
        )
    explanation = (
        "With a disclosable pecuniary interest in a matter at the meeting, you may not take part in the "
        "discussion or vote, or stay in the room (para 18)."
    )
    if pending_note in notes:
        # Asked "do I need to notify again?", the pending notification is the direct answer.
        notes.remove(pending_note)
        explanation = f"{pending_note} {explanation}"
    # On the register, nothing is left to notify: what para 18 decides is that taking part is not
    # permitted ("can I stay in and vote?" - no). Otherwise there is something to do by a date.
    outcome: CheckOutcome = "not_permitted" if registered is True and not dispensation else "action_required"
    return CheckResult(
        rule=rule,
        outcome=outcome,
        actions=actions,
        deadline=deadline.date if deadline else None,
        deadline_rule=deadline.rule if deadline else rule_text,
        facts=facts(p),
        missing=missing,
        explanation=" ".join([explanation, *notes]),
        citations=dedupe(
            [
                # Not on the register: the result rests on disclosing and notifying (paras 15-16).
                *([cite["16"], cite["15"]] if registered is False and not p.get("pending") else []),
                cite["14"],
                *([cite["15"], cite["16"]] if registered is not True else []),
                *([cite["17"]] if registered is not False else []),
                cite["18"],
                cite["19"],
                *([cite["13"]] if sensitive else []),
            ]
        ),
    )
