"""Deadline counting: "within N days of X" vs "before the end of N days beginning with X", working days."""

from __future__ import annotations

import datetime as dt

import holidays

from bot.rules import dates

D = dt.date


def test_within_leaves_the_event_day_out():
    assert dates.within_days(D(2026, 3, 1), 28).date == D(2026, 3, 29)


def test_beginning_with_counts_the_event_day_as_day_one():
    assert dates.beginning_with(D(2026, 3, 1), 28).date == D(2026, 3, 28)


def test_within_and_beginning_with_differ_by_exactly_one_day():
    event = D(2027, 8, 17)
    assert dates.within_days(event, 28).date - dates.beginning_with(event, 28).date == dt.timedelta(days=1)


def test_within_crosses_a_month_end():
    assert dates.within_days(D(2026, 1, 20), 28).date == D(2026, 2, 17)


def test_within_crosses_a_year_end():
    assert dates.within_days(D(2026, 12, 10), 28).date == D(2027, 1, 7)


def test_beginning_with_crosses_a_year_end():
    assert dates.beginning_with(D(2027, 12, 6), 28).date == D(2028, 1, 2)


def test_within_lands_on_29_february_2028():
    assert dates.within_days(D(2028, 2, 1), 28).date == D(2028, 2, 29)


def test_beginning_with_lands_on_29_february_2028():
    assert dates.beginning_with(D(2028, 2, 2), 28).date == D(2028, 2, 29)


def test_non_leap_february_rolls_into_march():
    assert dates.within_days(D(2027, 2, 1), 28).date == D(2027, 3, 1)


def test_deadline_on_a_sunday_is_not_moved_and_says_so():
    deadline = dates.within_days(D(2026, 3, 1), 28)
    assert deadline.date == D(2026, 3, 29)  # a Sunday
    assert deadline.date.weekday() == 6
    assert "Sunday" in deadline.rule and "does not move" in deadline.rule


def test_deadline_on_christmas_day_is_not_moved_and_names_the_holiday():
    deadline = dates.within_days(D(2027, 11, 27), 28)
    assert deadline.date == D(2027, 12, 25)
    assert "Christmas Day" in deadline.rule and "stays 2027-12-25" in deadline.rule


def test_deadline_on_easter_monday_2027_is_not_moved():
    deadline = dates.within_days(D(2027, 3, 1), 28)
    assert deadline.date == D(2027, 3, 29)
    assert "Easter Monday" in deadline.rule and "does not move" in deadline.rule


def test_deadline_on_a_working_day_says_nothing_about_moving():
    deadline = dates.within_days(D(2026, 3, 2), 28)  # Monday 30 March 2026
    assert "does not move" not in deadline.rule


def test_working_days_skip_christmas_boxing_day_substitute_and_new_year():
    # Fri 18 Dec 2026: 25 Dec (Fri), 28 Dec (Boxing Day substitute) and 1 Jan are skipped.
    assert dates.add_working_days(D(2026, 12, 18), 10) == D(2027, 1, 6)


def test_working_days_skip_good_friday_and_easter_monday_2027():
    assert dates.add_working_days(D(2027, 3, 19), 10) == D(2027, 4, 6)


def test_working_days_from_a_saturday_start_on_monday():
    assert dates.add_working_days(D(2026, 3, 7), 1) == D(2026, 3, 9)
    assert dates.add_working_days(D(2026, 3, 7), 10) == D(2026, 3, 20)


def test_working_days_skip_the_one_off_2022_state_funeral_holiday():
    assert dates.bank_holiday(D(2022, 9, 19)) is not None
    assert dates.add_working_days(D(2022, 9, 16), 1) == D(2022, 9, 20)


def test_working_day_rule_text_lists_skipped_holidays_and_the_assumption():
    deadline = dates.working_days(D(2027, 3, 19), 10, "the enquiry", "Assumed: X.")
    assert "Good Friday" in deadline.rule and "Easter Monday" in deadline.rule
    assert deadline.rule.endswith("Assumed: X.")


def test_england_calendar_is_identical_to_wales_so_eng_stands_for_england_and_wales():
    years = range(2018, 2041)
    eng = holidays.country_holidays("GB", subdiv="ENG", years=years)
    wls = holidays.country_holidays("GB", subdiv="WLS", years=years)
    assert dict(eng) == dict(wls)


def test_scottish_only_holidays_are_not_england_and_wales_bank_holidays():
    assert dates.bank_holiday(D(2027, 1, 4)) is None  # 2 January substitute, Scotland only
    assert dates.bank_holiday(D(2026, 8, 3)) is None  # Summer bank holiday, Scotland only
    assert dates.bank_holiday(D(2026, 8, 31)) == "Late Summer Bank Holiday"


def test_months_ending_on_includes_the_end_date_and_starts_the_day_after():
    assert dates.months_ending_on(D(2027, 5, 6), 12) == (D(2026, 5, 7), D(2027, 5, 6))
    assert dates.months_ending_on(D(2028, 2, 29), 12) == (D(2027, 3, 1), D(2028, 2, 29))
