"""Property-based: a higher value never lessens the obligations; a deadline is never before its event."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.rules import dates
from bot.rules.registry import run_check

from .conftest import TODAY

# Outcomes ordered by how much they ask of the person.
WEIGHT = {"no_action_required": 0, "permitted": 0, "refer": 1, "action_required": 2, "not_permitted": 2}

pence = st.integers(min_value=0, max_value=10_000_000).map(lambda p: Decimal(p) / 100)
event_dates = st.dates(min_value=dt.date(2018, 5, 15), max_value=dt.date(2100, 12, 31))
any_dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
flags = st.sampled_from(["true", "false"])
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def burden(result) -> tuple[int, int]:
    return WEIGHT[result.outcome], len(result.actions)


def ordered(a: Decimal, b: Decimal) -> tuple[Decimal, Decimal]:
    return (a, b) if a <= b else (b, a)


@fast
@given(a=pence, b=pence, civic=st.sampled_from([None, "false"]))
def test_member_gift_higher_value_never_lessens_obligations(book, a, b, civic):
    low, high = ordered(a, b)
    extra = {} if civic is None else {"civic_chairman": civic}

    def run(v):
        return run_check(
            "lichfield.member.gifts_hospitality",
            {"value": str(v), "received": "2026-03-01", **extra},
            book=book,
        )

    assert burden(run(high)) >= burden(run(low))


@fast
@given(a=pence, b=pence, unsolicited=flags, can_refuse=flags)
def test_officer_gift_higher_value_never_lessens_obligations(book, a, b, unsolicited, can_refuse):
    low, high = ordered(a, b)

    def run(v):
        params = {"value": str(v), "unsolicited": unsolicited, "can_refuse": can_refuse}
        return run_check("lichfield.officer.gift", params, book=book, today=TODAY)

    r_low, r_high = run(low), run(high)
    assert burden(r_high) >= burden(r_low)
    assert {(x.do, x.to) for x in r_low.actions} <= {(x.do, x.to) for x in r_high.actions}


@fast
@given(a=pence, b=pence)
def test_sponsorship_higher_value_never_lessens_obligations(book, a, b):
    low, high = ordered(a, b)
    r_low = run_check("lichfield.officer.sponsorship", {"value": str(low)}, book=book, today=TODAY)
    r_high = run_check("lichfield.officer.sponsorship", {"value": str(high)}, book=book, today=TODAY)
    assert {x.do for x in r_low.actions} <= {x.do for x in r_high.actions}


@fast
@given(a=pence, b=pence, capital=pence, local=flags)
def test_more_securities_never_turn_a_dpi_into_a_non_dpi(book, a, b, capital, local):
    low, high = ordered(a, b)

    def run(v):
        params = {"category": "securities", "nominal": str(v), "capital": str(capital), "local": local}
        return run_check("lichfield.member.dpi_category", params, book=book, today=TODAY)

    assert burden(run(high)) >= burden(run(low))


@fast
@given(event=any_dates, days=st.integers(min_value=1, max_value=400))
def test_calendar_deadlines_are_never_before_the_event(event, days):
    assert dates.within_days(event, days).date > event
    assert dates.beginning_with(event, days).date >= event
    assert dates.within_days(event, days).date - dates.beginning_with(event, days).date == dt.timedelta(
        days=1
    )


@fast
@given(event=any_dates, days=st.integers(min_value=1, max_value=60))
def test_working_day_deadlines_are_after_the_event_and_on_a_working_day(event, days):
    deadline = dates.add_working_days(event, days)
    assert deadline > event
    assert deadline.weekday() < 5 and dates.bank_holiday(deadline) is None
    between = [event + dt.timedelta(days=i) for i in range(1, (deadline - event).days + 1)]
    assert sum(dates.is_working_day(d) for d in between) == days


@fast
@given(received=event_dates, disclosed=event_dates, made=any_dates, value=pence)
def test_checker_deadlines_are_never_before_their_event(book, received, disclosed, made, value):
    gift = run_check(
        "lichfield.member.gifts_hospitality", {"value": str(value), "received": received}, book=book
    )
    if gift.deadline:
        assert gift.deadline > received
    meeting = run_check(
        "lichfield.member.meeting_dpi", {"registered": "false", "disclosed": disclosed}, book=book
    )
    assert meeting.deadline >= disclosed
    enquiry = run_check("tower-hamlets.member.enquiry_turnaround", {"made": made}, book=book)
    assert enquiry.deadline > made
    for action in [*gift.actions, *meeting.actions, *enquiry.actions]:
        assert action.by is None or action.by >= min(received, disclosed, made)


@fast
@given(date=event_dates, trigger=st.sampled_from(["election", "co-option", "re-election", "change"]))
def test_dpi_registration_deadline_is_never_before_the_trigger(book, date, trigger):
    result = run_check("lichfield.member.dpi_registration", {"trigger": trigger, "date": date}, book=book)
    assert result.deadline > date
