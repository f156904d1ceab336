"""Metrics on hand-built answers: ranks, precision/recall, checks, abstention, phrases, councils."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.types import CheckResult
from eval.metrics import aggregate, percentile, score_case, summarize
from eval.run import CaseRun
from tests.eval.fakes import CLAUSES, GIFT_CHECK, answer, case

IDS = frozenset(CLAUSES)
M12 = "lichfield/members-code:12"
M7 = "lichfield/members-code:7"
O242 = "lichfield/officers-code:2.4.2"
TH81 = "tower-hamlets/member-officer-protocol:8.1"


def _score(c, a, latency=10.0, error=None):
    return score_case(CaseRun(case=c, answer=a, latency_ms=latency, error=error), IDS)


def _gift_case(**check):
    check = {"rule": "lichfield.member.gifts_hospitality", **check}
    return case(council="lichfield", expect={"outcome": "answered", "clauses_any_of": [M12], "check": check})


def test_rank_hits_and_reciprocal_rank_follow_citation_order():
    c = case(council="lichfield", expect={"outcome": "answered", "clauses_any_of": [M12]})
    first = _score(c, answer(cited=[M12, M7]))
    third = _score(c, answer(cited=[M7, O242, M12]))
    fifth = _score(c, answer(cited=[M7, O242, M7 + "x", O242 + "x", M12]))
    missing = _score(c, answer(cited=[M7]))
    assert (first.rank, first.hit1, first.hit3, first.reciprocal_rank) == (1, True, True, 1.0)
    assert (third.rank, third.hit1, third.hit3, third.hit5) == (3, False, True, True)
    assert third.reciprocal_rank == pytest.approx(1 / 3)
    assert (fifth.hit3, fifth.hit5, fifth.reciprocal_rank) == (False, True, 0.2)
    assert (missing.rank, missing.hit5, missing.reciprocal_rank) == (None, False, 0.0)
    assert not missing.passed and third.passed
    assert not fifth.passed  # right clause, but below the top 3
    summary = aggregate([first, third, fifth, missing])
    assert summary["hit@1"] == 0.25 and summary["hit@3"] == 0.5 and summary["hit@5"] == 0.75
    assert summary["mrr"] == pytest.approx((1 + 1 / 3 + 0.2 + 0) / 4)


def test_precision_and_recall_count_all_of_clauses_and_the_any_of_group():
    c = case(expect={"outcome": "answered", "clauses_all_of": [M12, TH81], "clauses_any_of": [M7, O242]})
    s = _score(c, answer(cited=[M12, M7, O242, "tower-hamlets/employee-code:1"]))
    assert s.precision == pytest.approx(3 / 4)
    assert s.recall == pytest.approx(2 / 3)  # M12 and the any-of group, not TH81
    assert any("not cited" in f and TH81 in f for f in s.failures)
    nothing = _score(c, answer(cited=[]))
    assert nothing.precision is None and nothing.recall == 0.0


def test_an_exact_check_passes_on_outcome_deadline_and_amount():
    s = _score(
        _gift_case(outcome="action_required", deadline="2026-04-07", amount=60),
        answer(cited=[M12], checks=[GIFT_CHECK]),
    )
    assert s.check_ok and s.check_fields == {"rule": True, "outcome": True, "deadline": True, "amount": True}
    assert s.passed


def test_a_deadline_wrong_by_one_day_fails_the_check():
    late = GIFT_CHECK.model_copy(update={"deadline": dt.date(2026, 4, 8)})
    s = _score(
        _gift_case(outcome="action_required", deadline="2026-04-07"), answer(cited=[M12], checks=[late])
    )
    assert s.check_ok is False and s.check_fields["deadline"] is False and s.check_fields["outcome"] is True
    assert not s.passed
    assert aggregate([s])["check_deadline"] == 0.0 and aggregate([s])["check_outcome"] == 1.0


def test_amounts_compare_to_the_penny():
    near = GIFT_CHECK.model_copy(update={"facts": {"value": 49.99}})
    assert _score(_gift_case(amount=49.99), answer(checks=[near])).check_fields["amount"] is True
    assert _score(_gift_case(amount=50), answer(checks=[near])).check_fields["amount"] is False


def test_expecting_no_deadline_fails_when_one_is_given():
    s = _score(_gift_case(outcome="action_required", deadline=None), answer(checks=[GIFT_CHECK]))
    assert s.check_fields["deadline"] is False


def test_a_check_that_was_not_run_fails_every_field():
    other = CheckResult(rule="lichfield.officer.gift", outcome="action_required")
    s = _score(_gift_case(outcome="action_required", amount=60), answer(checks=[other]))
    assert s.check_fields == {"rule": False, "outcome": False, "amount": False}


def test_abstention_precision_and_recall():
    nc = case(id="nc", expect={"outcome": "not_covered"})
    ans = case(id="a", council="lichfield", expect={"outcome": "answered", "clauses_any_of": [M12]})
    scores = [
        _score(nc, answer("not_covered")),  # right abstention
        _score(nc, answer("answered", cited=[M12])),  # missed abstention
        _score(ans, answer("not_covered")),  # wrong abstention
        _score(ans, answer("answered", cited=[M12])),
    ]
    summary = aggregate(scores)
    assert summary["abstention_precision"] == 0.5
    assert summary["abstention_recall"] == 0.5
    assert summary["outcome_accuracy"] == 0.5


def test_phrases_are_case_insensitive_and_a_forbidden_one_is_a_cross_council_violation():
    c = case(
        council="tower-hamlets",
        expect={
            "outcome": "not_covered",
            "must_include": ["monitoring officer"],
            "must_not_include": ["£50"],
        },
    )
    s = _score(c, answer("not_covered", text="Ask the Monitoring Officer. Gifts over £50 ..."))
    assert (s.must_found, s.must_total, s.must_not_found) == (1, 1, 1)
    assert s.cross_council == ["said '£50'"] and not s.passed
    summary = aggregate([s])
    assert summary["must_include_rate"] == 1.0 and summary["must_not_rate"] == 1.0
    assert summary["cross_council_violations"] == 1


def test_a_citation_from_another_council_is_a_violation():
    c = case(council="lichfield", expect={"outcome": "answered", "clauses_any_of": [M12]})
    s = _score(c, answer(cited=[M12, TH81]))
    assert s.cross_council == [f"cited {TH81} (tower-hamlets)"] and not s.passed


def test_the_council_named_only_in_expect_is_the_target():
    c = case(expect={"outcome": "answered", "council": "tower-hamlets", "clauses_any_of": [TH81]})
    assert _score(c, answer(cited=[TH81, M12])).cross_council == [f"cited {M12} (lichfield)"]


def test_the_council_the_question_names_outranks_the_one_the_door_passes():
    c = case(
        council="lichfield",
        expect={"outcome": "answered", "council": "tower-hamlets", "clauses_any_of": [TH81]},
    )
    assert _score(c, answer(cited=[TH81])).cross_council == []
    assert _score(c, answer(cited=[M12])).cross_council == [f"cited {M12} (lichfield)"]


def test_a_case_about_both_councils_has_no_cross_council_violation():
    c = case(expect={"outcome": "answered", "clauses_all_of": [M12, TH81]})
    s = _score(c, answer(cited=[TH81, M12]))
    assert s.council == "any" and s.cross_council == [] and s.passed


def test_an_invented_citation_is_counted_and_fails_the_case():
    c = case(council="lichfield", expect={"outcome": "answered", "clauses_any_of": [M12]})
    s = _score(c, answer(cited=[M12, "lichfield/members-code:99"]))
    assert s.invented == ["lichfield/members-code:99"] and not s.passed
    assert aggregate([s])["invented_citations"] == 1


def test_an_error_fails_the_case_and_is_left_out_of_latency():
    c = case(expect={"outcome": "not_covered"})
    broken = _score(c, None, latency=9999, error="RuntimeError: down")
    fine = _score(c, answer("not_covered"), latency=20)
    assert not broken.passed and "error: RuntimeError: down" in broken.failures
    summary = aggregate([broken, fine])
    assert summary["errors"] == 1 and summary["latency_p95_ms"] == 20


def test_percentiles_interpolate_like_numpy():
    values = [10.0, 20.0, 30.0, 40.0, 100.0]
    assert percentile(values, 50) == 30.0
    assert percentile(values, 95) == pytest.approx(88.0)
    assert percentile([], 50) is None


def test_summary_groups_by_kind_and_council():
    a = case(id="a", council="lichfield", kind="check", expect={"outcome": "not_covered"})
    b = case(id="b", council="tower-hamlets", kind="retrieval", expect={"outcome": "not_covered"})
    summary = summarize([_score(a, answer("not_covered")), _score(b, answer("answered"))])
    assert summary["by_kind"]["check"]["outcome_accuracy"] == 1.0
    assert summary["by_kind"]["retrieval"]["outcome_accuracy"] == 0.0
    assert set(summary["by_council"]) == {"lichfield", "tower-hamlets"}
    assert summary["overall"]["n"] == 2
