"""Each checker's behaviour: outcomes, actions, deadlines, refer with `missing`, and citations."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.rules import registry

D = dt.date


def actions(result):
    return [(a.do, a.to, a.by) for a in result.actions]


# --- lichfield.member.gifts_hospitality -----------------------------------------------------


def test_member_gift_deadline_is_28_days_after_receipt(check):
    result = check("lichfield.member.gifts_hospitality", value="60", received="2026-03-01")
    assert result.deadline == D(2026, 3, 29)
    assert actions(result) == [("notify", "Monitoring Officer", D(2026, 3, 29))]
    assert "within 28 days of" in result.deadline_rule and "not counted" in result.deadline_rule


def test_member_gift_citation_is_para_12_verbatim_with_footnote_7(check, book):
    result = check("lichfield.member.gifts_hospitality", value="60", received="2026-03-01")
    para12 = book.clause("lichfield/members-code:12")
    assert [c.id for c in result.citations] == ["lichfield/members-code:12"]
    assert result.citations[0].quote == para12.text
    assert "Chairman's Secretary" in {f.marker: f.text for f in result.citations[0].footnotes}["7"]
    assert result.actions[0].citation.id == "lichfield/members-code:12"


def test_civic_gift_to_the_chairman_goes_to_the_civic_register_not_the_monitoring_officer(check):
    result = check(
        "lichfield.member.gifts_hospitality", value="300", received="2026-03-01", civic_chairman="true"
    )
    # Nothing is the Chairman's to notify; the civic register is the Chairman's Secretary's to keep.
    assert result.outcome == "no_action_required"
    assert [(a.do, a.to) for a in result.actions] == [("record", "Chairman's Secretary")]
    assert "Monitoring Officer" not in [a.to for a in result.actions]
    assert result.deadline is None


def test_member_gift_without_a_value_refers_and_names_the_missing_facts(check):
    result = check("lichfield.member.gifts_hospitality")
    assert result.outcome == "refer"
    assert result.missing == ["value", "received"]
    assert "£50.00" in result.explanation and "Under" in result.explanation


def test_member_gift_above_threshold_without_date_keeps_the_outcome_and_asks_for_the_date(check):
    result = check("lichfield.member.gifts_hospitality", value="80")
    assert result.outcome == "action_required"
    assert result.deadline is None and result.missing == ["received"]


def test_member_gift_before_the_code_was_adopted_has_no_rule_in_force(check):
    result = check("lichfield.member.gifts_hospitality", value="80", received="2018-05-14")
    assert result.outcome == "refer" and "2018-05-15" in result.explanation


def test_member_gift_received_on_adoption_day_is_covered(check):
    assert check("lichfield.member.gifts_hospitality", value="80", received="2018-05-15").deadline == D(
        2018, 6, 12
    )


# --- lichfield.member.dpi_registration ------------------------------------------------------


@pytest.mark.parametrize(
    ("trigger", "date", "deadline"),
    [
        ("election", "2027-05-06", D(2027, 6, 3)),
        ("co-option", "2027-12-20", D(2028, 1, 17)),
        ("election", "2015-05-07", D(2018, 6, 12)),  # adoption is later: counted from 15 May 2018
        ("re-election", "2031-05-01", D(2031, 5, 29)),
        ("change", "2028-02-01", D(2028, 2, 29)),
        ("adoption", None, D(2018, 6, 12)),
    ],
)
def test_dpi_registration_deadlines(check, trigger, date, deadline):
    params = {"trigger": trigger} | ({"date": date} if date else {})
    result = check("lichfield.member.dpi_registration", **params)
    assert result.outcome == "action_required"
    assert result.deadline == deadline
    assert result.actions[0].to == "Monitoring Officer" and result.actions[0].by == deadline


def test_dpi_change_counts_from_becoming_aware_when_later(check):
    result = check(
        "lichfield.member.dpi_registration", trigger="change", date="2027-12-01", became_aware="2027-12-10"
    )
    assert result.deadline == D(2028, 1, 7)
    assert "becoming aware" in result.deadline_rule


def test_re_election_only_new_interests(check):
    result = check("lichfield.member.dpi_registration", trigger="re-election", date="2027-05-06")
    assert "new" in result.actions[0].detail
    assert result.citations[0].id == "lichfield/members-code:8"


def test_dpi_registration_without_trigger_refers(check):
    result = check("lichfield.member.dpi_registration")
    assert result.outcome == "refer" and result.missing == ["trigger", "date"]


def test_dpi_registration_on_election_without_date_asks_for_it(check):
    result = check("lichfield.member.dpi_registration", trigger="election")
    assert result.outcome == "action_required" and result.deadline is None and result.missing == ["date"]


# --- lichfield.member.dpi_category ----------------------------------------------------------


def test_securities_of_a_body_with_no_local_presence_are_not_a_dpi(check):
    result = check("lichfield.member.dpi_category", category="securities", nominal="30000", local="false")
    assert result.outcome == "no_action_required" and result.facts["dpi"] is False


def test_securities_over_threshold_with_unknown_local_presence_refer_for_local(check):
    result = check("lichfield.member.dpi_category", category="securities", nominal="30000")
    assert result.outcome == "refer" and result.missing == ["local"]


def test_securities_under_25000_with_unknown_capital_refer_for_capital(check):
    result = check("lichfield.member.dpi_category", category="securities", nominal="25000", local="true")
    assert result.outcome == "refer" and result.missing == ["capital"]
    assert "one hundredth" in result.explanation


def test_land_in_the_area_is_a_dpi_and_says_to_register_it(check):
    result = check("lichfield.member.dpi_category", category="land", local="true")
    assert result.outcome == "action_required"
    assert result.actions[0].to == "Monitoring Officer"
    assert {"lichfield/members-code:10", "lichfield/members-code:11"} <= {c.id for c in result.citations}


def test_spouse_interest_counts_only_when_aware(check):
    params = {"category": "land", "local": "true", "holder": "spouse"}
    assert check("lichfield.member.dpi_category", **params, aware="true").facts["dpi"] is True
    assert check("lichfield.member.dpi_category", **params, aware="false").facts["dpi"] is False
    unknown = check("lichfield.member.dpi_category", **params)
    assert unknown.outcome == "refer" and unknown.missing == ["aware"]


@pytest.mark.parametrize(
    ("params", "dpi"),
    [
        ({"category": "contract", "discharged": "false"}, True),
        ({"category": "contract", "discharged": "true"}, False),
        ({"category": "tenancy", "council_landlord": "true"}, True),
        ({"category": "tenancy", "council_landlord": "false"}, False),
        ({"category": "employment", "for_profit": "true"}, True),
        ({"category": "employment", "for_profit": "false"}, False),
        ({"category": "sponsorship", "from_council": "true"}, False),
        ({"category": "land", "local": "false"}, False),
    ],
)
def test_other_categories(check, params, dpi):
    assert check("lichfield.member.dpi_category", **params).facts["dpi"] is dpi


def test_sponsorship_with_the_period_end_but_no_payment_date_sets_out_the_period(check):
    result = check("lichfield.member.dpi_category", category="sponsorship", period_end="2026-05-07")
    assert result.outcome == "refer" and result.missing == ["paid"]
    assert "runs from 2025-05-08 to 2026-05-07" in result.explanation


def test_category_without_its_fact_refers_naming_it(check):
    assert check("lichfield.member.dpi_category", category="contract").missing == ["discharged"]
    assert check("lichfield.member.dpi_category", category="licence", local="true").missing == ["months"]


# --- lichfield.member.meeting_dpi -----------------------------------------------------------


def test_unregistered_dpi_at_a_meeting_is_disclosed_and_notified_within_28_days_beginning_with(check):
    result = check("lichfield.member.meeting_dpi", registered="false", disclosed="2026-03-01")
    assert result.deadline == D(2026, 3, 28)  # day 1 is the disclosure: one day before "within 28 days"
    dos = [a.do for a in result.actions]
    assert dos == ["disclose", "notify", "not_participate", "not_vote", "leave_room"]
    assert result.actions[1].by == D(2026, 3, 28)
    assert "beginning with" in result.deadline_rule


def test_meeting_and_gift_deadlines_differ_by_one_day_for_the_same_date(check):
    meeting = check("lichfield.member.meeting_dpi", registered="false", disclosed="2026-03-01")
    gift = check("lichfield.member.gifts_hospitality", value="50", received="2026-03-01")
    assert gift.deadline - meeting.deadline == dt.timedelta(days=1)


def test_registered_dpi_at_a_meeting_is_declared_with_no_notification(check):
    result = check("lichfield.member.meeting_dpi", registered="true")
    assert [a.do for a in result.actions] == ["declare", "not_participate", "not_vote", "leave_room"]
    assert result.deadline is None and not result.missing


def test_pending_notification_needs_no_second_notice(check):
    result = check("lichfield.member.meeting_dpi", registered="false", pending="true")
    assert "notify" not in [a.do for a in result.actions]


def test_a_pending_notification_is_the_answer_and_implies_not_yet_registered(check):
    result = check("lichfield.member.meeting_dpi", pending="true")
    assert result.explanation.startswith("It is the subject of a pending notification")
    assert "registered" not in result.missing and result.deadline is None


def test_sensitive_interest_discloses_only_the_fact_of_a_dpi(check):
    result = check(
        "lichfield.member.meeting_dpi", registered="false", sensitive="true", disclosed="2026-03-01"
    )
    assert "only the fact" in result.actions[0].detail
    assert "lichfield/members-code:13" in [c.id for c in result.citations]


def test_unknown_registration_keeps_the_prohibitions_and_asks(check):
    result = check("lichfield.member.meeting_dpi")
    # Whether it is registered decides; the date of disclosure would give an unregistered one's deadline.
    assert result.outcome == "action_required" and result.missing == ["registered", "disclosed"]
    dated = check("lichfield.member.meeting_dpi", disclosed="2026-03-01")
    assert dated.missing == ["registered"]
    assert [a.do for a in result.actions] == ["not_participate", "not_vote", "leave_room"]


def test_unregistered_without_disclosure_date_asks_for_it(check):
    result = check("lichfield.member.meeting_dpi", registered="false")
    assert result.missing == ["disclosed"] and result.deadline is None


# --- lichfield.officer.gift -----------------------------------------------------------------


def test_unexpected_significant_gift_informs_leadership_team_immediately(check):
    result = check("lichfield.officer.gift", value="120", unsolicited="true", can_refuse="true")
    assert ("inform", "appropriate member of the Leadership Team/Head of Service", None) in actions(result)


def test_significant_gift_that_cannot_be_refused_goes_in_the_monitoring_officers_register(check):
    result = check("lichfield.officer.gift", value="120", unsolicited="false", can_refuse="false")
    assert ("register", "Monitoring Officer", None) in actions(result)
    assert result.actions[-1].citation.id == "lichfield/officers-code:2.4.4"


def test_significant_gift_with_unknown_circumstances_lists_them_as_missing(check):
    result = check("lichfield.officer.gift", value="120")
    assert result.outcome == "action_required" and result.missing == ["unsolicited", "can_refuse"]


def test_officer_gift_without_value_refers(check):
    result = check("lichfield.officer.gift")
    assert result.outcome == "refer" and result.missing == ["value"]


# --- lichfield.officer.hospitality ----------------------------------------------------------


def test_lavish_hospitality_is_refused_and_reported(check):
    result = check("lichfield.officer.hospitality", kind="working_lunch", lavish="true")
    assert result.outcome == "not_permitted"
    assert [(a.do, a.to) for a in result.actions] == [("refuse", None), ("report", "Monitoring Officer")]


@pytest.mark.parametrize(
    "kind",
    ["drink_after_site_visit", "official_function", "representative_function", "working_lunch"],
)
def test_listed_kinds_are_permitted_with_views_sought_and_receipt_registered(check, kind):
    result = check("lichfield.officer.hospitality", kind=kind, lavish="false")
    assert result.outcome == "permitted"
    assert [a.do for a in result.actions] == ["seek_views", "register"]


def test_corporate_entertainment_in_working_time_means_taking_leave(check):
    result = check(
        "lichfield.officer.hospitality",
        kind="corporate_entertainment",
        lavish="false",
        indebtedness="false",
        working_time="true",
    )
    assert "take_leave" in [a.do for a in result.actions]


def test_indebtedness_takes_hospitality_out_of_the_acceptable_list(check):
    result = check(
        "lichfield.officer.hospitality", kind="non_commercial", lavish="false", indebtedness="true"
    )
    assert result.outcome == "refer"


def test_other_hospitality_is_a_matter_of_judgement(check):
    result = check("lichfield.officer.hospitality", kind="other", lavish="false")
    assert result.outcome == "refer" and "matter of judgement" in result.explanation


def test_hospitality_with_unknown_lavishness_refers(check):
    result = check("lichfield.officer.hospitality", kind="drink_after_site_visit")
    assert result.outcome == "refer" and result.missing == ["lavish"]


def test_improper_influence_means_refusal(check):
    result = check(
        "lichfield.officer.hospitality", kind="working_lunch", lavish="false", improper_influence="true"
    )
    assert result.outcome == "not_permitted"


# --- lichfield.officer.private_work ---------------------------------------------------------


def test_private_work_without_consent_needs_written_consent_first(check):
    result = check("lichfield.officer.private_work", consent="false")
    assert result.outcome == "action_required"
    assert result.actions[0].do == "seek_consent"
    assert result.missing == [
        "interferes_with_duties",
        "conflict_of_interest",
        "relates_to_council_decisions",
        "relates_to_council_contracts",
    ]


@pytest.mark.parametrize(
    "condition",
    [
        "interferes_with_duties",
        "conflict_of_interest",
        "relates_to_council_decisions",
        "relates_to_council_contracts",
    ],
)
def test_private_work_excluded_by_2_3_2_is_not_permitted(check, condition, book):
    result = check("lichfield.officer.private_work", consent="false", **{condition: "true"})
    assert result.outcome == "not_permitted"
    wording = book.condition(f"lichfield-officer-private-work.{condition}").wording
    assert wording in result.explanation


def test_private_work_with_consent_is_permitted_on_the_2_3_6_terms(check):
    result = check("lichfield.officer.private_work", consent="true")
    assert result.outcome == "permitted"
    assert result.actions[0].citation.id == "lichfield/officers-code:2.3.6"


def test_private_work_with_unknown_consent_refers(check):
    assert check("lichfield.officer.private_work").missing == ["consent"]


# --- tower-hamlets.member.enquiry_turnaround ------------------------------------------------


def test_enquiry_turnaround_over_christmas(check):
    result = check("tower-hamlets.member.enquiry_turnaround", made="2026-12-18")
    assert result.deadline == D(2027, 1, 6)
    assert result.actions[0].by == D(2027, 1, 6)
    assert "Assumed" in result.deadline_rule and "not counted" in result.deadline_rule


def test_enquiry_turnaround_over_easter_2027(check):
    assert check("tower-hamlets.member.enquiry_turnaround", made="2027-03-19").deadline == D(2027, 4, 6)


def test_enquiry_citation_is_tower_hamlets_8_1(check):
    result = check("tower-hamlets.member.enquiry_turnaround", made="2026-03-02")
    assert [c.id for c in result.citations] == ["tower-hamlets/member-officer-protocol:8.1"]


def test_non_routine_matter_goes_to_a_director_with_no_turnaround(check):
    result = check("tower-hamlets.member.enquiry_turnaround", made="2026-03-02", routine="false")
    assert result.deadline is None and result.actions[0].do == "direct"


# --- across every checker -------------------------------------------------------------------


def test_every_result_cites_only_its_own_councils_clauses(check):
    samples = {
        "lichfield.member.gifts_hospitality": {"value": "60", "received": "2026-03-01"},
        "lichfield.member.dpi_registration": {"trigger": "election", "date": "2027-05-06"},
        "lichfield.member.dpi_category": {"category": "land", "local": "true"},
        "lichfield.member.meeting_dpi": {"registered": "false", "disclosed": "2026-03-01"},
        "lichfield.officer.gift": {"value": "60", "unsolicited": "true", "can_refuse": "false"},
        "lichfield.officer.hospitality": {"kind": "working_lunch", "lavish": "false"},
        "lichfield.officer.sponsorship": {"value": "600"},
        "lichfield.officer.private_work": {"consent": "false"},
        "tower-hamlets.member.enquiry_turnaround": {"made": "2026-03-02"},
    }
    assert set(samples) == set(registry.RULES)
    for rule, params in samples.items():
        council = registry.RULES[rule].council
        result = check(rule, **params)
        cited = [c for c in result.citations] + [a.citation for a in result.actions if a.citation]
        assert cited, rule
        assert all(c.council == council for c in cited), rule


def test_securities_at_the_nominal_line_are_decided_by_the_stated_share_of_capital(check):
    params = dict(category="securities", nominal="25000", local="true")
    assert (
        check("lichfield.member.dpi_category", **params, over_hundredth="false").outcome
        == "no_action_required"
    )
    assert (
        check("lichfield.member.dpi_category", **params, over_hundredth="true").outcome == "action_required"
    )
    assert check("lichfield.member.dpi_category", **params).missing == ["capital"]


def test_a_licence_is_a_dpi_from_one_month(check):
    params = dict(category="licence", local="true")
    assert check("lichfield.member.dpi_category", **params, months="1").outcome == "action_required"
    assert check("lichfield.member.dpi_category", **params, months="0.69").outcome == "no_action_required"


@pytest.mark.parametrize("kind", ["promotional", "courtesy_visit"])
def test_promotional_and_courtesy_visit_gifts_of_unknown_value_are_acceptable(check, kind):
    result = check("lichfield.officer.gift", **{kind: "true"})
    assert result.outcome == "permitted" and result.missing == []  # 2.4.2: "acceptable"
    assert result.citations[0].id == "lichfield/officers-code:2.4.2"


@pytest.mark.parametrize(
    ("flags", "outcome"), [({"promotional": "true"}, "permitted"), ({}, "no_action_required")]
)
def test_a_modest_gift_is_permitted_when_2_4_2_names_its_kind_acceptable(check, flags, outcome):
    # A promotional or courtesy-visit gift is "acceptable" in 2.4.2's words; any other modest gift
    # needs no notice, and accepting it stays a judgement (2.4.1).
    assert check("lichfield.officer.gift", value="5", **flags).outcome == outcome


def test_a_promotional_gift_worth_more_than_modest_is_still_notified(check):
    result = check("lichfield.officer.gift", value="60", promotional="true")
    assert ("notify", "Chief Executive", None) in actions(result)
