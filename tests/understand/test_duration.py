"""How long a licence or lease lasts, in months, only where it is clear either side of a month."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand import understand
from tests.understand.conftest import ASKED_AT


def months(question: str):
    return understand(question, asked_at=ASKED_AT).facts.get("months")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i have a licence to use a council-owned field for 6 weeks for my horses", "1.38"),
        ("got a licence to put my market stall on a plot for three weeks over the summer", "0.69"),
        ("renting a lock up garage on a licence for exactly one month", "1"),
        ("a two-year lease on a unit in the district", "24"),
        ("licence to graze the field for 3 months", "3"),
        # a span said with when it falls
        ("taking a licence on a pop-up shop unit for 2 weeks before christmas", "0.46"),
        ("a licence to keep my horse in a field for one calendar month", "1"),
    ],
)
def test_a_licence_or_lease_length_is_read_in_months(question, expected):
    assert months(question) == Decimal(expected)


@pytest.mark.parametrize(
    "question",
    [
        "a licence for four weeks",  # 28 days: a month only in February
        "a licence for 30 days",
        "got a hamper 2 weeks ago",  # no licence or lease: not a duration of one
        "i rented it 3 weeks ago",  # "ago" dates an event
    ],
)
def test_no_length_is_read_where_a_month_either_way_is_unclear_or_none_is_said(question):
    assert months(question) is None


@pytest.mark.parametrize(
    ("question", "over"),
    [
        ("shares worth £25,000 nominal, way less than 1% of their share capital", False),
        ("my wife's shares are a tiny fraction of the company", False),
        ("i own 5% of the company", True),
        ("more than 1 percent of the shares", True),
    ],
)
def test_the_holdings_share_of_the_capital_is_read_when_said(question, over):
    assert understand(question, asked_at=ASKED_AT).facts["over_hundredth"] is over


def test_a_fortnight_is_under_a_month():
    assert understand("a licence to keep my boat in his barn for a fortnight").facts["months"] < 1


def test_a_rolling_monthly_licence_runs_for_a_month():
    assert months("i rent a lock-up garage from a private landlord on a rolling monthly licence") == Decimal(
        1
    )
