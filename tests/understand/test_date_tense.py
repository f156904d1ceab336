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
