"""A holding in one class of shares and that class's issued total (para 10's class test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.shares import find_share_class


@pytest.mark.parametrize(
    ("question", "held", "issued"),
    [
        (
            "i hold £4,000 nominal of the preference shares, and the whole preference class issued is £200k",
            "4000",
            "200000",
        ),
        (
            "my husband holds £3,000 nominal of preference shares. they have £2m of ordinary shares and "
            "£200k of "
            "preference shares in issue",
            "3000",
            "200000",
        ),
        ("i hold 600 of its 40,000 b shares (£1 each). total issued capital is £2m", "600", "40000"),
        (
            "total issued capital £5m, of which the preference class is £200k. i hold £2,000 of the "
            "preference shares and nothing else",
            "2000",
            "200000",
        ),
        ("i hold 201 £10 preference shares. the pref class is 20,000 £10 shares (£200k)", "2010", "200000"),
        # set 21
        (
            "i own £6,000 nominal of b shares in a haulage co. total issued capital is £5m but the b class "
            "is only £500k of that",
            "6000",
            "500000",
        ),
    ],
)
def test_a_holding_in_a_class_and_the_class_issued_are_read(question, held, issued):
    found = find_share_class(question)
    assert found["class_nominal"] == Decimal(held) and found["class_capital"] == Decimal(issued)


def test_another_classs_total_is_not_the_holdings_class():
    found = find_share_class(
        "i hold £3,000 nominal of preference shares. there are £2m of ordinary shares in issue"
    )
    assert found == {}


def test_nothing_is_read_where_no_class_is_said():
    assert find_share_class("i own shares worth £30k in a local firm") == {}


def test_a_holding_in_one_class_only_is_the_whole_holding():
    found = find_share_class(
        "the preference class is £200k. i hold £2,000 of the preference shares and nothing else"
    )
    assert found["nominal"] == Decimal("2000")
    assert "nominal" not in find_share_class(
        "the preference class is £200k. i hold £2,000 of the preference shares"
    )
