"""An event's date keeps its own tense even when the question goes on to ask about a deadline."""

import datetime as dt

import pytest

from bot.understand import understand

ASKED = dt.datetime(2026, 4, 2, 10, tzinfo=dt.UTC)


def first_date(question: str) -> dt.date:
    return understand(question, asked_at=ASKED).dates[0].date


@pytest.mark.parametrize(
    "question, expected",
    [
        ("logged a member enquiry on 1 April, when is the 10 working days up?", dt.date(2026, 4, 1)),
        (
            "Corporate box, roughly £150, on 31 January. When do I have to tell the MO by?",
            dt.date(2026, 1, 31),
        ),
        ("Hamper on 1 March. What now?", dt.date(2026, 3, 1)),
    ],
)
def test_a_past_event_asked_about_in_the_future_tense_stays_in_the_past(question, expected):
    assert first_date(question) == expected


def test_a_meeting_named_without_a_tense_is_ahead():
    assert first_date("Committee on 20 April. Should I declare my shares?") == dt.date(2026, 4, 20)


def test_an_invitation_is_ahead():
    assert first_date("i am invited to a dinner on 10 April, can i go") == dt.date(2026, 4, 10)


def test_a_numeric_date_may_end_the_sentence():
    assert first_date("£120 of tickets, handed over 1/3/26. What do I need to do?") == dt.date(2026, 3, 1)


def test_a_weekday_written_before_a_date_only_names_that_date():
    assert first_date("was handed a voucher on saturday 6 march 2027 at an event") == dt.date(2027, 3, 6)
    assert first_date("sent a members enquiry on friday 18 dec 2026") == dt.date(2026, 12, 18)


def test_named_days_are_dates():
    assert first_date("a developer took me for dinner on new years eve 2026") == dt.date(2026, 12, 31)
    assert first_date("went to a do on boxing day") == dt.date(2025, 12, 26)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # set 19: asked the day after, it began yesterday (not next year)
        (dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC), dt.date(2026, 12, 1)),
        # asked the week before, it begins next week (not last year), whatever the tense of "took on"
        (dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC), dt.date(2026, 12, 1)),
    ],
)
def test_when_something_starts_is_the_occurrence_nearer_the_day_asked(asked, expected):
    said = understand("i took on a paid non-exec directorship starting 1 dec. deadline?", asked_at=asked)
    assert said.dates[0].date == expected
    appointed = understand("i'm being re-appointed as a co-opted member from 1 december", asked_at=asked)
    assert appointed.dates[0].date == expected


def test_cutting_a_ribbon_said_in_the_past_dates_the_gift_behind():
    # batch 53: asked on Wednesday 10 June 2026, "on sunday" is the 7th, not the 14th
    said = understand(
        "cricket club gave me a signed bat (they said its worth about £40) when i cut the ribbon on their "
        "new pavilion on sunday. have i got to register that?",
        asked_at=dt.datetime(2026, 6, 10, 19, 15, tzinfo=dt.UTC),
    )
    assert said.dates[0].date == dt.date(2026, 6, 7)
    ahead = understand(
        "i'll cut the ribbon on their new pavilion on sunday",
        asked_at=dt.datetime(2026, 6, 10, tzinfo=dt.UTC),
    )
    assert ahead.dates[0].date == dt.date(2026, 6, 14)
