"""Deadlines exactly as the codes count them, with the counting said in words.

* "within N days of X": X is not counted; the deadline is X + N days.
* "before the end of N days beginning with X": X is day 1; the deadline is X + N - 1 days.
  The two differ by exactly one day.
* "N working days": Monday to Friday, skipping bank holidays in England and Wales.

Bank holidays come from the `holidays` package, never a hand-kept list:
`holidays.country_holidays("GB", subdiv="ENG")`. The package has no combined "England and
Wales" subdivision; its `ENG` and `WLS` calendars are identical (same bank holidays, including
substitute days and one-off days such as 19 September 2022), which a test pins, so `ENG` stands
for both.

The codes never move a calendar-day deadline that falls on a weekend or bank holiday, so
neither do we: the result says when a deadline lands on one and that it stays put.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays
from dateutil.relativedelta import relativedelta

HOLIDAY_COUNTRY = "GB"
HOLIDAY_SUBDIV = "ENG"  # England; identical to WLS (Wales) in the holidays package


@dataclass(frozen=True)
class Deadline:
    """A computed deadline and how it was counted, in words a reader can check."""

    date: dt.date
    rule: str


@lru_cache(maxsize=64)
def _calendar(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(HOLIDAY_COUNTRY, subdiv=HOLIDAY_SUBDIV, years=year)


def bank_holiday(day: dt.date) -> str | None:
    """The name of the England and Wales bank holiday on `day`, or None."""
    return _calendar(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and bank_holiday(day) is None


def long_date(day: dt.date) -> str:
    """A date as people read it in the UK: "Tuesday 15 December 2026"."""
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def _describe(day: dt.date) -> str:
    return f"{day.isoformat()} ({long_date(day)})"


def _not_moved(day: dt.date) -> str:
    """The sentence saying a deadline on a non-working day stays where it is."""
    reasons = []
    if day.weekday() >= 5:
        reasons.append(f"a {day.strftime('%A')}")
    holiday = bank_holiday(day)
    if holiday:
        reasons.append(f"a bank holiday ({holiday})")
    if not reasons:
        return ""
    return (
        f" It falls on {' and '.join(reasons)}: the code does not move a deadline that falls on a "
        f"weekend or bank holiday, so it stays {day.isoformat()}."
    )


def within_days(event: dt.date, days: int, what: str = "the event") -> Deadline:
    """'Within N days of X': X not counted, so the deadline is X + N days."""
    date = event + dt.timedelta(days=days)
    rule = (
        f'"within {days} days of" {what} on {event.isoformat()}: the day itself is not counted, '
        f"so day {days} is {_describe(date)}." + _not_moved(date)
    )
    return Deadline(date, rule)


def beginning_with(event: dt.date, days: int, what: str = "the event") -> Deadline:
    """'Before the end of N days beginning with X': X is day 1, so the deadline is X + N - 1."""
    date = event + dt.timedelta(days=days - 1)
    rule = (
        f'"before the end of {days} days beginning with" {what} on {event.isoformat()}: that day '
        f'is day 1, so day {days} is {_describe(date)} (one day earlier than "within {days} days of").'
        + _not_moved(date)
    )
    return Deadline(date, rule)


def add_working_days(event: dt.date, days: int) -> dt.date:
    """The Nth working day after `event` (event itself not counted), skipping weekends and holidays."""
    if days < 0:
        raise ValueError("working days must not be negative")
    day, counted = event, 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days(event: dt.date, days: int, what: str = "the event", assumption: str = "") -> Deadline:
    """N working days after `event`: Monday to Friday, skipping England and Wales bank holidays."""
    date = add_working_days(event, days)
    skipped = sorted(
        d
        for d in (event + dt.timedelta(days=i) for i in range(1, (date - event).days + 1))
        if d.weekday() < 5 and bank_holiday(d)
    )
    skipped_text = (
        " Bank holidays skipped: " + ", ".join(f"{d.isoformat()} ({bank_holiday(d)})" for d in skipped) + "."
        if skipped
        else ""
    )
    rule = (
        f"{days} working days (Monday to Friday, England and Wales bank holidays excluded) after {what} "
        f"on {event.isoformat()}: working day {days} is {_describe(date)}.{skipped_text}"
    )
    if assumption:
        rule += f" {assumption}"
    return Deadline(date, rule)


def months_ending_on(end: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the `months`-month period ending on (and including) `end`."""
    return end - relativedelta(months=months) + dt.timedelta(days=1), end
