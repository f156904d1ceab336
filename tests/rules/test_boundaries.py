"""Every threshold at, just below and just above its boundary, with the comparison the text uses."""

from __future__ import annotations

import pytest

MEMBER_GIFT = "lichfield.member.gifts_hospitality"
OFFICER_GIFT = "lichfield.officer.gift"
SPONSORSHIP = "lichfield.officer.sponsorship"
DPI = "lichfield.member.dpi_category"


@pytest.mark.parametrize(
    ("value", "outcome"),
    [("49.99", "no_action_required"), ("50.00", "action_required"), ("50.01", "action_required")],
)
def test_member_gift_at_least_50_pounds(check, value, outcome):
    assert check(MEMBER_GIFT, value=value, received="2026-03-01").outcome == outcome


def test_member_gift_of_exactly_50_pounds_must_be_notified_to_the_monitoring_officer(check):
    result = check(MEMBER_GIFT, value="50", received="2026-03-01")
    assert [(a.do, a.to) for a in result.actions] == [("notify", "Monitoring Officer")]


@pytest.mark.parametrize(
    ("value", "outcome", "notify_ce"),
    [
        ("49.99", "no_action_required", False),
        ("50.00", "no_action_required", False),
        ("50.01", "action_required", True),
    ],
)
def test_officer_gift_higher_than_50_pounds(check, value, outcome, notify_ce):
    result = check(OFFICER_GIFT, value=value, unsolicited="false", can_refuse="true")
    assert result.outcome == outcome
    assert (("notify", "Chief Executive") in [(a.do, a.to) for a in result.actions]) is notify_ce


def test_officer_gift_of_exactly_50_pounds_is_modest(check):
    result = check(OFFICER_GIFT, value="50.00")
    assert "modest" in result.explanation and not result.actions


@pytest.mark.parametrize(("value", "approval"), [("499.99", False), ("500.00", False), ("500.01", True)])
def test_sponsorship_greater_than_500_pounds_needs_approval(check, value, approval):
    result = check(SPONSORSHIP, value=value)
    dos = [a.do for a in result.actions]
    assert dos[0] == "notify"  # every offer is notified
    assert ("seek_approval" in dos) is approval
    assert result.facts["approval_required"] is approval


@pytest.mark.parametrize(
    ("nominal", "outcome"),
    [("24999.99", "no_action_required"), ("25000.00", "no_action_required"), ("25000.01", "action_required")],
)
def test_securities_nominal_value_exceeds_25000(check, nominal, outcome):
    # A capital so large that one hundredth of it is never reached: only the £25,000 limb decides.
    result = check(DPI, category="securities", nominal=nominal, capital="1000000000", local="true")
    assert result.outcome == outcome


@pytest.mark.parametrize(
    ("nominal", "outcome"),
    [("999.99", "no_action_required"), ("1000.00", "no_action_required"), ("1000.01", "action_required")],
)
def test_securities_exactly_one_hundredth_of_capital_is_not_a_dpi(check, nominal, outcome):
    result = check(DPI, category="securities", nominal=nominal, capital="100000", local="true")
    assert result.outcome == outcome


def test_one_hundredth_of_an_awkward_capital_is_exact(check):
    # 1/100 of £333.33 is £3.3333: £3.33 does not exceed it, £3.34 does.
    assert check(DPI, category="securities", nominal="3.33", capital="333.33", local="true").outcome == (
        "no_action_required"
    )
    assert check(DPI, category="securities", nominal="3.34", capital="333.33", local="true").outcome == (
        "action_required"
    )


@pytest.mark.parametrize(("class_nominal", "dpi"), [("99.99", False), ("100.00", False), ("100.01", True)])
def test_securities_one_class_exceeds_one_hundredth_of_that_class(check, class_nominal, dpi):
    result = check(
        DPI,
        category="securities",
        nominal="100.01",
        capital="1000000000",
        class_nominal=class_nominal,
        class_capital="10000",
        local="true",
    )
    assert result.facts["dpi"] is dpi


@pytest.mark.parametrize(("months", "dpi"), [("0.99", False), ("1", True), ("12", True)])
def test_licence_for_a_month_or_longer(check, months, dpi):
    assert check(DPI, category="licence", months=months, local="true").facts["dpi"] is dpi


@pytest.mark.parametrize(
    ("paid", "dpi"),
    [("2026-05-06", False), ("2026-05-07", True), ("2027-05-06", True), ("2027-05-07", False)],
)
def test_sponsorship_inside_the_12_month_period_ending_on_the_para_7_date(check, paid, dpi):
    result = check(DPI, category="sponsorship", paid=paid, period_end="2027-05-06", from_council="false")
    assert result.facts["dpi"] is dpi
