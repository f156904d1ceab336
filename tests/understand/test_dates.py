"""Dates relative to when the question was asked: Tuesday 24 November 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand import understand
from tests.understand.conftest import ASKED_AT


def dates(question: str):
    return understand(question, asked_at=ASKED_AT).dates


def first_date(question: str) -> dt.date:
    found = dates(question)
    assert found, f"no date found in {question!r}"
    return found[0].date


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I received it on 1 March 2026", dt.date(2026, 3, 1)),
        ("got it 1/3/26", dt.date(2026, 3, 1)),  # UK order: day first
        ("got it 01/03/2026", dt.date(2026, 3, 1)),
        ("received 1.3.2026", dt.date(2026, 3, 1)),
        ("received 2026-03-01", dt.date(2026, 3, 1)),
        ("on the 1st of March 2026", dt.date(2026, 3, 1)),
        ("March 1st, 2026", dt.date(2026, 3, 1)),
        ("elected on 7 May 2026", dt.date(2026, 5, 7)),
        ("12/11/26 was when it arrived", dt.date(2026, 11, 12)),
    ],
)
def test_written_dates_are_read_day_first(question, expected):
    assert first_date(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("it arrived today", dt.date(2026, 11, 24)),
        ("i got it yesterday", dt.date(2026, 11, 23)),
        ("the dinner is tomorrow", dt.date(2026, 11, 25)),
        ("the meeting is tonight", dt.date(2026, 11, 24)),
        ("the day before yesterday", dt.date(2026, 11, 22)),
        ("i got a yesteday", dt.date(2026, 11, 23)),  # misspelt
        ("received it last Thursday", dt.date(2026, 11, 19)),
        ("last tuesday", dt.date(2026, 11, 17)),  # asked on a Tuesday: a week ago, not today
        # yesterday's weekday: "last monday" said on a Tuesday is last week's; "just gone" is yesterday
        ("enquiry sent last monday", dt.date(2026, 11, 16)),
        ("enquiry sent monday just gone", dt.date(2026, 11, 23)),
        ("got it last sunday", dt.date(2026, 11, 22)),
        ("got it on monday", dt.date(2026, 11, 23)),
        ("two weeks ago", dt.date(2026, 11, 10)),
        ("3 days ago", dt.date(2026, 11, 21)),
        ("a fortnight ago", dt.date(2026, 11, 10)),
        ("a week ago", dt.date(2026, 11, 17)),
        ("in 3 days", dt.date(2026, 11, 27)),
        ("next tuesday", dt.date(2026, 12, 1)),
        # a day and month with the year said relative to this one
        ("if im re-elected on 6 may next year", dt.date(2027, 5, 6)),
        ("got it on 3 march last year", dt.date(2025, 3, 3)),
        # "paid" describing a job is not the past tense
        ("starting a new paid consultancy job on 1 december", dt.date(2026, 12, 1)),
        ("the developer paid for dinner on 1 december", dt.date(2025, 12, 1)),
    ],
)
def test_relative_dates_count_from_when_the_question_was_asked(question, expected):
    assert first_date(question) == expected


def test_a_day_and_month_in_the_past_tense_is_the_most_recent_one():
    assert first_date("I received it on 1st March") == dt.date(2026, 3, 1)
    assert first_date("got a hamper on 12th nov") == dt.date(2026, 11, 12)


def test_a_day_and_month_in_a_future_sentence_is_the_next_one():
    assert first_date("I've been invited to a dinner on 1st March, can I go?") == dt.date(2027, 3, 1)
    assert first_date("the gala is on the 3rd of december, should i go?") == dt.date(2026, 12, 3)
    # set 21: told in the past of what she will do ("she'll be declaring ... on 3rd dec")
    said = "cllr evans has told us she'll be declaring a DPI at cabinet on 3rd dec"
    assert first_date(said) == dt.date(2026, 12, 3)


def test_a_weekday_in_a_future_sentence_is_the_next_one():
    assert first_date("the planning meeting is on monday") == dt.date(2026, 11, 30)
    assert first_date("i'm going to a match this friday") == dt.date(2026, 11, 27)


def test_a_question_about_what_to_do_points_a_bare_weekday_forward():
    assert first_date("do i need to declare it at cabinet on thursday") == dt.date(2026, 11, 26)
    assert first_date("do i need to register the gift i got on thursday") == dt.date(2026, 11, 19)


def test_a_sentence_without_tense_takes_the_tense_of_the_question():
    found = dates("can I go to the christmas party paid for by a supplier? its on the 18th dec")
    assert found[0].date == dt.date(2026, 12, 18)


def test_a_day_of_the_month_alone_is_placed_in_this_or_the_nearest_month():
    assert first_date("what's the deadline for a gift i got on the 2nd?") == dt.date(2026, 11, 2)
    assert first_date("i received it on the 30th") == dt.date(2026, 10, 30)
    assert first_date("the dinner is on the 30th") == dt.date(2026, 11, 30)
    assert first_date("i have to register it by the 3rd") == dt.date(2026, 12, 3)


def test_today_counts_as_this_year_for_a_day_and_month():
    assert first_date("it arrived on 24 November") == dt.date(2026, 11, 24)


def test_vague_spans_are_marked_approximate():
    (mention,) = dates("I got it last week")
    assert mention.approximate and mention.date == dt.date(2026, 11, 17)
    assert dates("a couple of weeks ago")[0].approximate
    assert not dates("yesterday")[0].approximate


@pytest.mark.parametrize(
    "question",
    [
        "received on 31/2/26",  # no 31 February
        "received on 30 February",
        "see clause 2.4.2",
        "within 28 days",
        "the meeting starts at 12.30",
        "I hold 1/3 of the shares",
        "may I accept it?",
        "para 12 of the code",
        "a £50 gift",
        "in March 2026",  # a month is not a date
    ],
)
def test_impossible_dates_and_other_numbers_are_not_dates(question):
    assert dates(question) == []


@pytest.mark.parametrize(
    ("question", "hint"),
    [
        ("I received the gift yesterday", "received"),
        ("I was elected on 7 May 2026", "elected"),
        ("the committee meeting is tomorrow", "meeting"),
        ("they invited me last week", "offered"),
        ("I bought shares on 3 November", "changed"),
        ("the dinner is on Friday", "event"),
    ],
)
def test_the_words_around_a_date_hint_what_it_is_the_date_of(question, hint):
    assert dates(question)[0].role_hint == hint


def test_a_date_after_by_or_before_is_a_deadline():
    (mention,) = dates("I need to update my register by 5pm friday")
    assert (mention.date, mention.role_hint) == (dt.date(2026, 11, 27), "deadline")


def test_next_weekday_still_this_week_is_marked_approximate():
    (mention,) = dates("a dinner next wednesday")
    assert mention.date == dt.date(2026, 11, 25) and mention.approximate
    assert not dates("a dinner next monday")[0].approximate


def test_several_dates_are_listed_in_order_with_their_own_hints():
    found = dates("I got a gift yesterday and declared it today")
    assert [(d.date, d.role_hint) for d in found] == [
        (dt.date(2026, 11, 23), "received"),
        (dt.date(2026, 11, 24), "disclosed"),
    ]


def test_asked_at_defaults_to_now():
    today = dt.datetime.now(dt.UTC).date()
    assert understand("it arrived today").dates[0].date == today


def test_an_invitation_is_dated_by_the_occurrence_nearer_the_day_asked():
    # set 23: "invited me into their box ... on 20 july", asked on 22 July, is the 20th just gone
    said = "a water company invited me into their hospitality box at the cricket on 20 july"
    assert understand(said, asked_at=dt.datetime(2026, 7, 22, 19)).dates[0].date == dt.date(2026, 7, 20)
    ahead = "I've been invited to a dinner on 1st March, can I go?"
    assert understand(ahead, asked_at=dt.datetime(2026, 11, 25, 10)).dates[0].date == dt.date(2027, 3, 1)


def test_a_sunday_lunch_is_a_meal_not_a_day():
    said = "gave me 2 tickets for a charity sunday lunch, £45 each, which i used on 1/2/26"
    assert [d.date for d in understand(said, asked_at=dt.datetime(2026, 2, 10, 13)).dates] == [
        dt.date(2026, 2, 1)
    ]


def test_just_done_is_today_unless_the_sentence_dates_it():
    # set 21: "just put a member's enquiry in" was made the day asked
    assert first_date("just put a member's enquiry in about a housing repair") == ASKED_AT.date()
    dated = understand("i just sent it on the 3rd", asked_at=ASKED_AT).dates
    assert [d.date for d in dated] == [dt.date(2026, 11, 3)]


def test_last_night_is_yesterday():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "had to declare a dpi at full council last night", asked_at=dt.datetime(2027, 12, 9, 8, 30)
    )
    assert [d.date for d in u.dates] == [dt.date(2027, 12, 8)]


def test_the_day_the_asker_was_told_is_marked_as_when_they_became_aware():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "my partner became a director of a firm with a council contract on 14 jan 2027,"
        " but she only told me on 2 feb",
        asked_at=dt.datetime(2027, 2, 3, 18, 20),
    )
    assert [(d.date, d.role_hint) for d in u.dates][1] == (dt.date(2027, 2, 2), "aware")


@pytest.mark.parametrize(
    "question",
    [
        # set 21: "until" after learning is when they learnt, not a deadline
        "my wife completed on a flat on 30th sept but i didn't find out it had gone through until 6 oct",
        "my wife bought a flat in lichfield on 30th sept but i wasn't told until the 6th. deadline?",
    ],
)
def test_not_knowing_until_a_date_is_becoming_aware_on_it(question):
    u = understand(question, asked_at=dt.datetime(2026, 10, 8, 10))
    assert [(d.date, d.role_hint) for d in u.dates][1] == (dt.date(2026, 10, 6), "aware")


def test_being_told_after_a_date_does_not_make_that_date_the_day_of_learning():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "she became a director on 14 jan 2027, but she only told me on 2 feb",
        asked_at=dt.datetime(2027, 2, 3),
    )
    assert [d.role_hint for d in u.dates] == ["changed", "aware"]


@pytest.mark.parametrize(
    ("question", "asked", "expected"),
    [
        ("i submitted an enquiry on good friday", "2027-04-05", "2027-03-26"),
        ("sent it on easter monday", "2027-04-05", "2027-03-29"),
        ("the meeting is on good friday 2028", "2027-01-05", "2028-04-14"),
        ("raised a members enquiry the tuesday before christmas", "2027-01-05", "2026-12-22"),
        ("emailed them the friday after boxing day", "2027-01-05", "2027-01-01"),
        ("emailed on 30th", "2027-01-05", "2026-12-30"),
        ("she didnt tell me till the 30th", "2027-01-05", "2026-12-30"),
        ("enquiry from cllr came in the 30th", "2027-01-05", "2026-12-30"),
        ("this was the 30th", "2027-01-05", "2026-12-30"),
    ],
)
def test_days_named_by_feasts_and_bare_ordinals(question, asked, expected):
    import datetime as dt

    from bot.understand import understand

    u = understand(question, asked_at=dt.datetime.fromisoformat(asked))
    assert [d.date.isoformat() for d in u.dates] == [expected]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("received it 3.3.27", "2027-03-03"),
        ("got it last mon", "2027-03-08"),
        ("got it on sat", "2027-03-06"),
        ("received it a week last friday", "2027-02-26"),
        ("got it friday before last", "2027-02-26"),
        ("received it thursday last week", "2027-03-04"),
        ("got it monday last week", "2027-03-01"),
        ("monday of this week", "2027-03-08"),
        # Ahead: the coming one is "next"; the one after it is "after next"; "2 weeks on" adds to it.
        ("invited for thursday next week", "2027-03-18"),
        ("the dinner is the monday after next", "2027-03-22"),
        ("completion is 2 weeks on tuesday", "2027-03-30"),
        ("the event is a week on friday", "2027-03-19"),
    ],
)
def test_weekdays_placed_in_a_week_and_short_forms(question, expected):
    import datetime as dt

    from bot.understand import understand

    u = understand(question, asked_at=dt.datetime(2027, 3, 10, 9))  # a Wednesday
    assert [d.date.isoformat() for d in u.dates] == [expected]


@pytest.mark.parametrize("question", ["i sat on the committee", "the sun was out", "it costs 3.50"])
def test_short_weekday_words_and_decimals_are_not_dates(question):
    import datetime as dt

    from bot.understand import understand

    assert understand(question, asked_at=dt.datetime(2027, 3, 10, 9)).dates == []


def test_a_named_day_with_its_date_written_beside_it_is_that_date():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "sent a members enquiry on new years eve (31 dec 2026)", asked_at=dt.datetime(2026, 11, 24)
    )
    assert [d.date for d in u.dates] == [dt.date(2026, 12, 31)]


def test_put_in_as_a_statement_dates_the_past():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "put a query in with highways on 12/11 about potholes - when is the deadline for a response",
        asked_at=dt.datetime(2026, 11, 24, 10),
    )
    assert [d.date for d in u.dates] == [dt.date(2026, 11, 12)]


@pytest.mark.parametrize(
    ("question", "asked", "expected"),
    [
        ("developer took me to the races on the 2nd of last month", "2026-06-15", "2026-05-02"),
        ("our leader was given two tickets to the villa game on sat 7th", "2026-11-24", "2026-11-07"),
        (
            "won the by-election thurs 7 may, when do i have to get my interests form in by",
            "2026-05-11",
            "2026-05-07",
        ),
        ("10 days back i got a spa day", "2026-03-16", "2026-03-06"),
        ("my husband started as a director on the 1st of this month", "2026-09-14", "2026-09-01"),
    ],
)
def test_days_of_relative_months_weekday_checked_dates_and_days_back(question, asked, expected):
    import datetime as dt

    from bot.understand import understand

    u = understand(question, asked_at=dt.datetime.fromisoformat(asked))
    assert [d.date.isoformat() for d in u.dates] == [expected]


@pytest.mark.parametrize(
    ("question", "asked", "expected", "hint"),
    [
        ("newly elected at the may 2027 elections (count was 6 may)", "2026-11-24", "2027-05-06", "elected"),
        (
            "co-opted onto the audit & member standards cttee on 3rd nov",
            "2026-11-05",
            "2026-11-03",
            "elected",
        ),
        ("declared the interest at full council on 2/6. do i need to", "2026-06-04", "2026-06-02", "meeting"),
    ],
)
def test_a_year_said_with_the_month_a_committee_joined_and_a_date_before_a_full_stop(
    question, asked, expected, hint
):
    import datetime as dt

    from bot.understand import understand

    u = understand(question, asked_at=dt.datetime.fromisoformat(asked))
    assert [(d.date.isoformat(), d.role_hint) for d in u.dates] == [(expected, hint)]


def test_a_weekday_written_with_the_day_beats_a_tense_guessed_from_the_words():
    import datetime as dt

    from bot.understand import understand

    # Thursday 5 March 2026: no tense word near "tues 3rd", and a meeting is usually ahead,
    # but the next Tuesday the 3rd is months away; 3 March was a Tuesday two days ago.
    u = understand("planning committee on tues 3rd, the paddock", asked_at=dt.datetime(2026, 3, 5, 18))
    assert [d.date for d in u.dates] == [dt.date(2026, 3, 3)]


@pytest.mark.parametrize(
    ("question", "asked", "expected"),
    [
        ("sent an enquiry fri just gone, when's it due", "2026-06-15T09:00", "2026-06-12"),
        ("£50.01 voucher from a resident 3rd of march. deadline?", "2026-03-25T10:00", "2026-03-03"),
        ("only found out yday my husband bought shares", "2026-09-09T21:00", "2026-09-08"),
    ],
)
def test_just_gone_shorthand_and_a_question_after_the_full_stop(question, asked, expected):
    import datetime as dt

    from bot.understand import understand

    u = understand(question, asked_at=dt.datetime.fromisoformat(asked))
    assert [d.date.isoformat() for d in u.dates] == [expected]


def test_an_exact_date_said_after_a_loose_one_is_the_event_and_heard_dates_awareness():
    import datetime as dt

    from bot.understand import understand

    u = understand(
        "my husband sold his shares back on 10 jan but didnt tell me til 2nd feb",
        asked_at=dt.datetime(2026, 2, 20, 10),
    )
    assert [(d.date.isoformat(), d.role_hint) for d in u.dates][-1] == ("2026-02-02", "aware")


def test_earlier_this_month_is_a_loose_date_already_gone():
    import datetime as dt

    from bot.understand import understand

    (mention,) = understand("the enquiry came in earlier this month", asked_at=dt.datetime(2027, 1, 20)).dates
    assert mention.approximate and mention.date <= dt.date(2027, 1, 20)


def test_a_weekday_written_with_the_date_outranks_the_tense_it_would_guess():
    import datetime as dt

    from bot.understand import understand

    # An invitation looks ahead, but 14 Nov 2026 is the Saturday said; 14 Nov 2027 is a Sunday.
    said = understand("invited into the box at villa on sat 14th nov", asked_at=dt.datetime(2026, 11, 24, 9))
    assert [d.date for d in said.dates] == [dt.date(2026, 11, 14)]


def test_mentioned_it_to_me_dates_when_the_asker_learnt_of_it():
    import datetime as dt

    from bot.understand import understand

    said = understand(
        "my partner bought a plot a fortnight ago but only mentioned it to me yesterday",
        asked_at=dt.datetime(2026, 6, 10, 13),
    )
    assert [(d.date, d.role_hint) for d in said.dates][-1] == (dt.date(2026, 6, 9), "aware")


@pytest.mark.parametrize(
    ("question", "asked", "expected"),
    [
        ("the rugby club gave me two tickets for saturdays match", "2026-03-16T09:30", "2026-03-14"),
        ("voucher from the bus company, got it on the last day of january", "2026-02-03T10:00", "2026-01-31"),
    ],
)
def test_a_weekday_with_its_possessive_and_the_last_day_of_a_month(question, asked, expected):
    import datetime as dt

    from bot.understand import understand

    said = understand(question, asked_at=dt.datetime.fromisoformat(asked))
    assert [d.date.isoformat() for d in said.dates] == [expected]


def test_xmas_eve_is_christmas_eve():
    import datetime as dt

    from bot.understand import understand

    said = understand("xmas eve a local business owner gave me a present", asked_at=dt.datetime(2026, 12, 29))
    assert [d.date for d in said.dates] == [dt.date(2026, 12, 24)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("went to a charity dinner on bonfire night", dt.date(2026, 11, 5)),
        ("a card and chocolates on valentine's day", dt.date(2026, 2, 14)),
        ("the remembrance day lunch", dt.date(2026, 11, 11)),
    ],
)
def test_days_people_name_rather_than_number(question, expected):
    assert [d.date for d in understand(question, asked_at=ASKED_AT).dates] == [expected]


def test_a_co_option_at_a_meeting_dates_the_co_option():
    said = understand(
        "i was co-opted onto the council's audit and member standards committee as an independent"
        " member on 16/11. when must i register?",
        asked_at=ASKED_AT,
    )
    assert [(d.date, d.role_hint) for d in said.dates] == [(dt.date(2026, 11, 16), "elected")]
    said = understand("co-opted to licensing at full council on 2 november", asked_at=ASKED_AT)
    assert said.dates[0].role_hint == "elected"
    # the co-option said after the meeting's date
    said = understand(
        "full council agreed on 16/11 to co-opt a parish rep onto the committee", asked_at=ASKED_AT
    )
    assert [(d.date, d.role_hint) for d in said.dates] == [(dt.date(2026, 11, 16), "elected")]


def test_starting_a_job_is_ahead():
    said = understand("starting a new job on 1st dec, when do i update the register?", asked_at=ASKED_AT)
    assert [d.date for d in said.dates] == [dt.date(2026, 12, 1)]


def test_was_invited_is_past_and_were_co_opting_is_ahead():
    said = understand("was invited as the local member to a gala on 6th nov, ticket £55", asked_at=ASKED_AT)
    assert [d.date for d in said.dates] == [dt.date(2026, 11, 6)]
    said = understand("we're co-opting an independent member at the meeting on 10/12", asked_at=ASKED_AT)
    assert [d.date for d in said.dates] == [dt.date(2026, 12, 10)]


def test_a_while_back_is_a_loose_date():
    said = understand("i sent a member's enquiry a while back and still nothing", asked_at=ASKED_AT)
    assert said.dates and said.dates[0].approximate


def test_a_date_in_a_conditional_is_ahead():
    asked = dt.datetime(2026, 12, 22, 16, 0)
    said = understand("if i log an enquiry on wed 23rd, when's the latest reply?", asked_at=asked)
    assert [d.date for d in said.dates] == [dt.date(2026, 12, 23)]


@pytest.mark.parametrize(
    "question",
    [
        "bottle of champers £50 exactly from a developer 3/11, need to register?",
        "theatre tix £55 on 3 nov, deadline",
    ],
)
def test_asking_what_to_do_next_does_not_move_a_date_into_the_future(question):
    assert [d.date for d in understand(question, asked_at=ASKED_AT).dates] == [dt.date(2026, 11, 3)]


@pytest.mark.parametrize(
    ("question", "expected", "text"),
    [
        ("going to raise it on the first of next month", dt.date(2026, 12, 1), "the first of next month"),
        ("she started on the first of the month", dt.date(2026, 11, 1), "the first"),
        ("got it on the fifteenth of last month", dt.date(2026, 10, 15), "the fifteenth of last month"),
        ("received on the twenty-third of october", dt.date(2026, 10, 23), "the twenty-third of october"),
        ("it came october the third", dt.date(2026, 10, 3), "october the third"),
    ],
)
def test_days_written_as_ordinal_words(question, expected, text):
    said = understand(question, asked_at=ASKED_AT)
    assert [(d.date, d.text) for d in said.dates] == [(expected, text)]


def test_ordinal_words_that_are_not_days_are_left_alone():
    assert understand("my wife's second job", asked_at=ASKED_AT).dates == []


def test_if_i_put_it_in_on_a_day_is_ahead_and_i_put_it_in_is_past():
    said = understand(
        "if i put a members enquiry in on christmas eve, whens the latest reply?", asked_at=ASKED_AT
    )
    assert [d.date for d in said.dates] == [dt.date(2026, 12, 24)]
    said = understand("we put the enquiry in on christmas eve", asked_at=ASKED_AT)
    assert [d.date for d in said.dates] == [dt.date(2025, 12, 24)]


def test_a_weekday_and_a_day_of_the_month_that_disagree_are_a_loose_date():
    said = understand("gave me a case of wine last tuesday, the 18th", asked_at=ASKED_AT)
    assert said.dates[0].approximate
    said = understand("gave me a case of wine last tuesday, the 17th", asked_at=ASKED_AT)
    assert [(d.date, d.approximate) for d in said.dates] == [(dt.date(2026, 11, 17), False)]


def test_where_something_was_said_is_not_the_event_dated():
    said = understand(
        "my wife bought shares on 20 october but only mentioned it to me over dinner on the 9th of this "
        "month",
        asked_at=ASKED_AT,
    )
    assert [d.role_hint for d in said.dates if d.date.day == 9] == ["aware"]


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        (
            "my union gave me £400 towards election expenses in october",
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 31),
        ),
        ("a firm paid for leaflets in august last year", dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
        ("the union paid £300 in feb 2022", dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
        # a month ahead of today in a past sentence is last year's
        ("they paid for my leaflets in december", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        # "last month" is the calendar month before this one, not a day a month ago
        ("my union gave me £400 last month", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
    ],
)
def test_a_month_named_without_a_day_is_the_span_of_that_month(question, first, last):
    months = understand(question, asked_at=ASKED_AT).months
    assert [(m.first, m.last) for m in months] == [(first, last)]


@pytest.mark.parametrize(
    "question",
    [
        "may i ask about gifts?",
        "if im re-elected on 6 may next year",
        "got it on the 3rd of march",
        "march 3rd",
        "got it on the 2nd of last month",
    ],
)
def test_a_month_with_a_day_or_may_the_verb_is_no_month_span(question):
    assert understand(question, asked_at=ASKED_AT).months == []


def test_words_after_a_comma_that_run_on_to_the_next_date_are_that_dates():
    said = understand(
        "unite paid £400 towards my by-election expenses on 2 october, the election was 19 november.",
        asked_at=ASKED_AT,
    )
    assert [d.role_hint for d in said.dates] == [None, "elected"]
