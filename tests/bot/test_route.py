"""Routing decides the outcome from data before any phrasing; it never borrows across councils."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from bot.coverage import load_coverage
from bot.route import Question, Router
from bot.settings import REPO_ROOT
from bot.types import CheckResult, Clause, Evidence

COUNCILS = {"lichfield": "Lichfield District Council", "tower-hamlets": "London Borough of Tower Hamlets"}


def clause(council: str, number: str) -> Clause:
    return Clause(
        id=f"{council}/doc:{number}",
        council=council,
        document=f"{council}/doc",
        number=number,
        text=f"text of {number}",
        line_start=1,
        line_end=1,
        audience="both",
        citation_title=f"{council} code",
    )


class FakeIndex:
    def __init__(self, similarity: float = 0.6):
        self.similarity = similarity
        self.calls: list[dict] = []

    def search(self, query, *, council=None, audience=None, k=5, document=None, prefer=()):
        self.calls.append({"council": council, "audience": audience})
        return [Evidence(clause=clause(council, "1"), score=1.0, similarity=self.similarity)]


def fake_check(rule: str, params: dict, today=None) -> CheckResult:
    missing = [p for p in ("value",) if p not in params and "gift" in rule]
    return CheckResult(
        rule=rule, outcome="refer" if missing else "action_required", missing=missing, facts=params
    )


@dataclass(frozen=True)
class Spec:
    name: str
    type: str
    choices: tuple[str, ...] = ()
    required: bool = False


def specs(*items: tuple) -> list[Spec]:
    return [Spec(*item) for item in items]


# As the real registry declares them: the decisive parameter of each checker is required.
PARAMS = {
    "lichfield.member.gifts_hospitality": specs(
        ("value", "money", (), True), ("received", "date"), ("civic_chairman", "flag")
    ),
    "lichfield.officer.gift": specs(
        ("value", "money", (), True), ("unsolicited", "flag"), ("can_refuse", "flag")
    ),
    "lichfield.officer.hospitality": specs(
        ("kind", "choice", ("working_lunch", "other"), True), ("lavish", "flag")
    ),
    "lichfield.officer.sponsorship": specs(("value", "money", (), True)),
    "lichfield.member.dpi_registration": specs(
        ("trigger", "choice", ("election", "re-election", "co-option", "change"), True), ("date", "date")
    ),
    "lichfield.member.dpi_category": specs(
        ("category", "choice", ("securities", "land", "employment"), True),
        ("holder", "choice", ("self", "spouse")),
        ("nominal", "money"),
    ),
    "lichfield.member.meeting_dpi": specs(("registered", "flag", (), True), ("disclosed", "date")),
    "tower-hamlets.member.enquiry_turnaround": specs(("made", "date", (), True)),
}


@pytest.fixture
def router():
    index = FakeIndex()
    r = Router(
        coverage=load_coverage(REPO_ROOT / "corpus" / "topics.yaml"),
        councils=COUNCILS,
        search=index.search,
        run_check=fake_check,
        rule_params=lambda rule: PARAMS.get(rule, []),
    )
    r.index = index
    return r


def q(**kw) -> Question:
    base = dict(text="question", council=None, role=None, topic=None)
    base.update(kw)
    return Question(**base)


def test_tower_hamlets_gift_is_not_covered_and_runs_no_checker(router):
    plan = router.plan(q(council="tower-hamlets", role="officer", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "not_covered"
    assert all(not case.checks for case in plan.cases)


def test_lichfield_councillor_gift_with_value_runs_the_member_rule_only(router):
    plan = router.plan(q(council="lichfield", role="councillor", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "answered"
    assert [c.rule for case in plan.cases for c in case.checks] == ["lichfield.member.gifts_hospitality"]
    assert plan.cases[0].checks[0].facts["value"] == Decimal("60")


def test_missing_value_asks_for_it(router):
    plan = router.plan(q(council="lichfield", role="councillor", topic="gifts", date=dt.date(2026, 11, 3)))
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["value"]


def test_unknown_council_asks_and_labels_each_councils_case(router):
    plan = router.plan(q(role="officer", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "needs_clarification"
    assert plan.clarify[0].fact == "council"
    by_council = {case.council: case for case in plan.cases}
    assert by_council["lichfield"].covered and by_council["lichfield"].checks
    assert not by_council["tower-hamlets"].covered
    assert not by_council["tower-hamlets"].checks


def test_a_general_question_is_answered_from_the_clauses_without_a_checker(router):
    plan = router.plan(q(council="lichfield", role="councillor", topic="gifts"))
    assert plan.outcome == "answered"
    assert plan.cases[0].checks == [] and plan.cases[0].evidence


def test_unknown_role_where_the_rules_differ_asks_for_the_role(router):
    plan = router.plan(q(council="lichfield", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "needs_clarification"
    assert "role" in [c.fact for c in plan.clarify]
    assert {case.role for case in plan.cases} == {"councillor", "officer"}


def test_another_council_is_not_covered(router):
    plan = router.plan(q(other_council="Camden", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "not_covered"
    assert "Camden" in plan.reason
    assert not plan.cases


def test_off_topic_is_not_covered_without_searching(router):
    plan = router.plan(q(council="lichfield", off_topic="prompt_injection"))
    assert plan.outcome == "not_covered"
    assert router.index.calls == []


def test_retrieval_is_filtered_to_the_council_and_the_askers_audience(router):
    router.plan(q(council="tower-hamlets", role="councillor", topic="information_access"))
    assert router.index.calls == [{"council": "tower-hamlets", "audience": "members"}]


def test_no_topic_and_weak_evidence_is_not_covered(router):
    router.index.similarity = 0.05
    plan = router.plan(q(council="lichfield", role="officer", text="what's the weather tomorrow"))
    assert plan.outcome == "not_covered"


def test_several_checkers_on_a_topic_run_only_those_with_facts(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"trigger": "elected"},
            date=dt.date(2026, 5, 7),
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.member.dpi_registration"]
    plan = router.plan(q(council="lichfield", role="councillor", topic="interests"))
    assert plan.cases[0].checks == [] and plan.outcome == "answered"


def test_understood_words_map_onto_the_checkers_allowed_values(router):
    plan = router.plan(
        q(council="lichfield", role="councillor", topic="interests", facts={"trigger": "re-elected"})
    )
    assert plan.cases[0].checks[0].facts["trigger"] == "re-election"


def test_a_value_the_checker_does_not_allow_is_left_out_rather_than_passed(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="officer",
            topic="hospitality",
            facts={"hospitality_kind": "yacht", "lavish": True},
        )
    )
    assert "kind" not in plan.cases[0].checks[0].facts


def test_it_would_cause_offence_means_it_cannot_be_refused(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="officer",
            topic="gifts",
            amount=Decimal("120"),
            facts={"cannot_refuse": True},
        )
    )
    assert plan.cases[0].checks[0].facts["can_refuse"] is False


def test_a_refinement_missing_from_a_decided_check_does_not_make_us_ask(router):
    def decided(rule, params, today=None):
        return CheckResult(rule=rule, outcome="action_required", missing=["received"])

    router.run_check = decided
    plan = router.plan(q(council="lichfield", role="councillor", topic="gifts", amount=Decimal("60")))
    assert plan.outcome == "answered" and plan.clarify == []


def test_an_interest_declared_at_a_meeting_runs_the_meeting_checker_not_registration(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            topics=("interests", "meetings"),
            facts={"registered": False},
            date=dt.date(2026, 3, 10),
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.member.meeting_dpi"]


def test_with_no_specific_facts_the_strongest_topics_single_checker_runs(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="officer",
            topic="gifts",
            topics=("gifts", "hospitality"),
            amount=Decimal("75"),
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.officer.gift"]


def test_a_described_situation_without_a_value_asks_for_the_value(router):
    plan = router.plan(q(council="lichfield", role="councillor", topic="gifts", facts={"received": True}))
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["value"]


def test_a_judgement_the_asker_can_make_is_stated_not_asked(router):
    def judgement(rule, params, today=None):
        return CheckResult(rule=rule, outcome="refer", missing=["lavish", "indebtedness"])

    router.run_check = judgement
    plan = router.plan(
        q(
            council="lichfield",
            role="officer",
            topic="hospitality",
            facts={"hospitality_kind": "working_lunch"},
        )
    )
    assert plan.outcome == "answered" and plan.clarify == []


def test_the_checker_whose_decisive_fact_was_given_beats_one_with_a_circumstance(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="officer",
            topic="sponsorship",
            topics=("sponsorship", "hospitality"),
            amount=Decimal("500"),
            facts={"hospitality_kind": "working_lunch"},
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.officer.sponsorship"]


def test_asked_when_the_checker_that_gives_a_deadline_answers(router):
    def dated(rule, params, today=None):
        deadline = dt.date(2026, 3, 30) if rule == "lichfield.member.dpi_registration" else None
        return CheckResult(rule=rule, outcome="action_required", deadline=deadline)

    router.run_check = dated
    plan = router.plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={
                "trigger": "change",
                "dpi_category": ["employment"],
                "spouse": True,
                "asks_deadline": True,
            },
            date=dt.date(2026, 3, 2),
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.member.dpi_registration"]


def test_naming_both_councils_answers_each_labelled_without_asking_which(router):
    plan = router.plan(
        q(topic="members_enquiries", role="councillor", compare=("lichfield", "tower-hamlets"))
    )
    assert plan.outcome == "answered"
    assert [case.council for case in plan.cases] == ["lichfield", "tower-hamlets"]
    assert "council" not in [c.fact for c in plan.clarify]


def test_a_topic_routed_for_one_role_is_labelled_for_that_role_when_the_role_is_unknown(router):
    plan = router.plan(
        q(council="lichfield", topic="meetings", topics=("meetings", "interests"), facts={"registered": True})
    )
    assert [case.label for case in plan.cases] == ["Lichfield District Council, if you are a councillor"]


def test_paid_work_is_consent_for_an_officer_and_an_interest_for_a_councillor(router):
    plan = router.plan(q(council="lichfield", topic="private_work", facts={"consent": False}))
    assert [case.label for case in plan.cases] == [
        "Lichfield District Council, if you are a councillor",
        "Lichfield District Council, if you are an officer",
    ]


def test_asked_by_when_without_the_date_it_runs_from_we_ask_for_the_date(router):
    def decided(rule, params, today=None):
        return CheckResult(rule=rule, outcome="action_required", missing=["received"])

    router.run_check = decided
    plan = router.plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            amount=Decimal("120"),
            facts={"asks_deadline": True},
        )
    )
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["received"]


def test_a_checker_of_a_secondary_topic_runs_when_the_strongest_topic_has_none(router):
    plan = router.plan(
        q(
            council="lichfield",
            role="councillor",
            topic="sponsorship",
            topics=("sponsorship", "hospitality"),
            amount=Decimal("120"),
        )
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.member.gifts_hospitality"]


def real_router(nearest: str = "lichfield/members-code:12", rule_clauses=None) -> Router:
    from bot.rules import registry

    def search(query, *, council=None, audience=None, k=5, document=None, prefer=()):
        number = nearest.split(":", 1)[1]
        found = clause(council, number).model_copy(update={"id": f"{council}/{nearest.split('/', 1)[1]}"})
        return [Evidence(clause=found, score=1.0, similarity=0.6)]

    return Router(
        coverage=load_coverage(REPO_ROOT / "corpus" / "topics.yaml"),
        councils=COUNCILS,
        search=search,
        run_check=registry.run_check,
        rule_params=lambda rule: registry.get_rule(rule).params,
        rule_clauses=rule_clauses,
    )


def test_a_range_across_the_threshold_asks_for_the_value():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            amount=Decimal("40"),
            amount_range=(Decimal("40"), Decimal("60")),
            date=dt.date(2027, 3, 4),
        )
    )
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["value"]
    assert "£40.00 to £60.00" in plan.cases[0].checks[0].explanation


def test_a_range_on_one_side_of_the_threshold_is_answered_at_its_top():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            amount=Decimal("60"),
            amount_range=(Decimal("60"), Decimal("80")),
            date=dt.date(2027, 3, 4),
        )
    )
    check = plan.cases[0].checks[0]
    assert plan.outcome == "answered"
    assert (check.outcome, check.deadline) == ("action_required", dt.date(2027, 4, 1))
    assert check.facts["value"] == 80


def test_a_question_no_words_place_takes_the_topic_of_its_nearest_clauses_checker():
    rules = {"lichfield.member.gifts_hospitality": frozenset({"lichfield/members-code:12"})}
    plan = real_router(rule_clauses=rules).plan(
        q(council="lichfield", role="councillor", amount=Decimal("90"), date=dt.date(2027, 5, 12))
    )
    assert [c.rule for c in plan.cases[0].checks] == ["lichfield.member.gifts_hospitality"]
    assert plan.cases[0].checks[0].deadline == dt.date(2027, 6, 9)


def test_the_nearest_clause_sets_no_topic_when_the_question_gives_its_checker_nothing():
    rules = {"lichfield.member.gifts_hospitality": frozenset({"lichfield/members-code:12"})}
    plan = real_router(rule_clauses=rules).plan(q(council="lichfield", role="councillor"))
    assert plan.outcome == "answered"
    assert not plan.cases[0].checks


def test_the_nearest_clause_never_brings_another_councils_checker():
    # Tower Hamlets has no gifts checker: a clause id from Lichfield's table can't give it one.
    rules = {"lichfield.member.gifts_hospitality": frozenset({"tower-hamlets/members-code:12"})}
    plan = real_router(rule_clauses=rules).plan(
        q(council="tower-hamlets", role="councillor", amount=Decimal("90"), date=dt.date(2027, 5, 12))
    )
    assert not [c for case in plan.cases for c in case.checks]


def test_a_change_learnt_of_later_counts_from_when_the_asker_learnt_of_it():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"trigger": "change"},
            date=dt.date(2027, 1, 14),
            aware_date=dt.date(2027, 2, 2),
        )
    )
    check = plan.cases[0].checks[0]
    assert (check.rule, check.deadline) == ("lichfield.member.dpi_registration", dt.date(2027, 3, 2))


def test_a_worked_out_value_says_how_it_was_reached():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            amount=Decimal("60"),
            amount_basis="2 × £30.00",
            date=dt.date(2027, 8, 8),
        )
    )
    check = plan.cases[0].checks[0]
    assert check.outcome == "action_required"
    assert "£60.00 (2 × £30.00)" in check.explanation


def test_the_meeting_an_interest_was_declared_at_is_not_the_date_it_arose():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            topics=("interests", "meetings"),
            facts={"trigger": "change", "registered": False, "asks_deadline": True},
            date=dt.date(2026, 11, 19),
            date_hint="meeting",
        )
    )
    check = plan.cases[0].checks[0]
    # Para 16: before the end of 28 days beginning with the disclosure (day 1) -> 16 December.
    assert (check.rule, check.deadline) == ("lichfield.member.meeting_dpi", dt.date(2026, 12, 16))


class ScopeSpy:
    def __init__(self):
        self.seen = None

    def __call__(self, text, *, clause_similarity, has_topic):
        from bot.scope import ScopeVerdict

        self.seen = clause_similarity
        return ScopeVerdict(True, "code", 0.0)


def test_the_scope_judge_sees_the_nearest_of_a_clauses_words_and_its_questions():
    spy = ScopeSpy()

    def search(query, *, council=None, audience=None, k=5, document=None):
        return [Evidence(clause=clause(council, "1"), score=1.0, similarity=0.2, nearest_similarity=0.6)]

    router = Router(
        coverage=load_coverage(REPO_ROOT / "corpus" / "topics.yaml"),
        councils=COUNCILS,
        search=search,
        run_check=fake_check,
        rule_params=lambda rule: PARAMS.get(rule, []),
        scope=spy,
    )
    router.plan(q(council="tower-hamlets", role="councillor", topic="members_enquiries"))
    assert spy.seen == pytest.approx(0.6)


def test_a_loose_past_date_makes_the_checker_ask_for_the_exact_one():
    plan = real_router().plan(
        q(
            council="tower-hamlets",
            role="councillor",
            topic="members_enquiries",
            facts={"asks_deadline": True, "date_vague": True},
        )
    )
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["made"]


def test_a_general_how_long_question_is_answered_without_asking_for_a_date():
    plan = real_router().plan(
        q(
            council="tower-hamlets",
            role="councillor",
            topic="members_enquiries",
            facts={"asks_period": True},
        )
    )
    assert plan.outcome == "answered"
    assert [c.rule for case in plan.cases for c in case.checks] == ["tower-hamlets.member.enquiry_turnaround"]


def test_a_general_by_when_question_asks_the_date_it_runs_from():
    plan = real_router().plan(
        q(
            council="tower-hamlets",
            role="councillor",
            topic="members_enquiries",
            facts={"asks_deadline": True},
        )
    )
    assert plan.outcome == "needs_clarification" and [c.fact for c in plan.clarify] == ["made"]


def test_asked_whether_it_is_a_dpi_the_category_checker_answers_with_the_election_as_period_end():
    # "elected 7 may. the union gave me £300 towards my election expenses - is that a DPI?": the
    # registration checker could decide a deadline, but the question asks whether it is a DPI, and
    # the election date is where para 10's sponsorship period ends (not when the money was paid).
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            topics=("interests", "sponsorship"),
            facts={"dpi_category": ["sponsorship"], "trigger": "elected", "asks_if_dpi": True},
            date=dt.date(2026, 5, 7),
            date_hint="elected",
        )
    )
    check = plan.cases[0].checks[0]
    assert check.rule == "lichfield.member.dpi_category"
    assert "2025-05-08 to 2026-05-07" in check.explanation and check.missing == ["paid"]


def test_without_asking_whether_it_is_a_dpi_the_election_date_goes_to_registration():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            topics=("interests", "sponsorship"),
            facts={"dpi_category": ["sponsorship"], "trigger": "elected", "asks_deadline": True},
            date=dt.date(2026, 5, 7),
            date_hint="elected",
        )
    )
    check = plan.cases[0].checks[0]
    assert (check.rule, check.deadline) == ("lichfield.member.dpi_registration", dt.date(2026, 6, 4))


def test_asking_what_counts_as_a_dpi_with_nothing_about_an_interest_runs_no_checker():
    plan = real_router().plan(
        q(council="lichfield", role="councillor", topic="interests", facts={"asks_if_dpi": True})
    )
    assert plan.outcome == "answered" and not plan.cases[0].checks


@pytest.mark.parametrize(
    ("value", "bound", "outcome", "taken"),
    [
        ("50", "under", "no_action_required", 49.99),  # "just under fifty quid": never £50 itself
        ("50", "over", "action_required", 50.01),
        ("50", "at_least", "action_required", 50.0),
        ("20", "over", "refer", None),  # "well over £20" could be either side of £50: ask
    ],
)
def test_a_value_said_as_a_bound_is_answered_only_when_every_value_beyond_it_agrees(
    value, bound, outcome, taken
):
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            facts={"received": True},
            date=dt.date(2026, 5, 1),
            amount=Decimal(value),
            amount_bound=bound,
        )
    )
    check = plan.cases[0].checks[0]
    assert check.outcome == outcome and check.facts.get("value") == taken
    assert (plan.outcome == "needs_clarification") is (outcome == "refer")


def test_asked_by_when_with_no_deadline_for_want_of_a_circumstance_we_ask_for_it():
    # "i declared my interest at the meeting, when do i have to tell the MO by": only an
    # unregistered interest has a deadline, so whether it is registered is asked, and the date.
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="meetings",
            topics=("meetings", "interests"),
            facts={"declared_at_meeting": True, "asks_deadline": True},
        )
    )
    assert plan.outcome == "needs_clarification"
    assert [c.fact for c in plan.clarify] == ["registered", "disclosed"]


def test_a_sum_said_about_one_kind_of_interest_is_never_given_to_another_kinds_parameter():
    # "unison paid £400 towards my election expenses": no nominal value of shares.
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"dpi_category": ["sponsorship"], "asks_if_dpi": True},
            amount=Decimal("400"),
        )
    )
    check = plan.cases[0].checks[0]
    assert check.rule == "lichfield.member.dpi_category" and "nominal" not in check.facts
    shares = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"dpi_category": ["securities"], "local": True},
            amount=Decimal("30000"),
        )
    )
    assert shares.cases[0].checks[0].facts["nominal"] == 30000.0


def test_asked_how_long_with_no_date_the_period_answers_without_asking_for_the_date():
    # "been given a hamper worth about seventy quid. how long have i got to tell the MO?"
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            facts={"received": True, "asks_period": True},
            amount=Decimal("70"),
        )
    )
    check = plan.cases[0].checks[0]
    assert (
        plan.outcome == "answered" and check.outcome == "action_required" and "28 days" in check.explanation
    )
    asked_by_when = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            facts={"received": True, "asks_deadline": True},
            amount=Decimal("70"),
        )
    )
    assert [c.fact for c in asked_by_when.clarify] == ["received"]


def test_a_range_whose_ends_need_different_things_done_asks_for_the_value():
    # £400 is notified; £700 is notified and needs the Chief Executive's approval (2.6).
    plan = real_router().plan(
        q(
            council="lichfield",
            role="officer",
            topic="sponsorship",
            facts={"offered": True},
            amount=Decimal("700"),
            amount_range=(Decimal("400"), Decimal("700")),
        )
    )
    assert plan.outcome == "needs_clarification" and [c.fact for c in plan.clarify] == ["value"]


def test_a_relatives_interest_is_not_the_members_dpi():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"dpi_category": ["land"], "local": True, "relative_holds": True},
        )
    )
    check = plan.cases[0].checks[0]
    assert (check.outcome, check.facts["holder"]) == ("no_action_required", "other")
    with_partner = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={
                "dpi_category": ["land"],
                "local": True,
                "spouse": True,
                "aware": True,
                "relative_holds": True,
            },
        )
    )
    assert with_partner.cases[0].checks[0].facts["holder"] == "spouse"


def test_a_dpi_found_and_a_dated_change_both_answer_what_to_do_and_by_when():
    # "completed on a flat in lichfield on 30 january. need to add it to my interests?"
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={"dpi_category": ["land"], "local": True, "trigger": "change"},
            date=dt.date(2026, 1, 30),
            date_hint="changed",
        )
    )
    by_rule = {c.rule: c for c in plan.cases[0].checks}
    assert set(by_rule) == {"lichfield.member.dpi_category", "lichfield.member.dpi_registration"}
    assert by_rule["lichfield.member.dpi_registration"].deadline == dt.date(2026, 2, 27)


def test_a_dpi_found_is_joined_by_the_dated_registration_even_when_it_says_more():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={
                "dpi_category": ["land"],
                "local": True,
                "trigger": "change",
                "spouse": True,
                "aware": True,
            },
            date=dt.date(2026, 1, 30),
        )
    )
    rules = [c.rule for c in plan.cases[0].checks]
    assert rules == ["lichfield.member.dpi_category", "lichfield.member.dpi_registration"]


def test_of_two_kinds_of_interest_said_the_one_that_decides_is_taken():
    # "my husband is a director of a company with a council contract that runs til next year"
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            facts={
                "dpi_category": ["employment", "contract"],
                "discharged": False,
                "spouse": True,
                "aware": True,
            },
        )
    )
    check = plan.cases[0].checks[0]
    assert (check.facts["category"], check.outcome) == ("contract", "action_required")


def test_an_interest_declared_at_a_meeting_is_the_meeting_rules_case_even_when_the_kind_says_more():
    # "at planning last night i blurted out that my wife owns the field ... not on my register"
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="interests",
            topics=("interests", "meetings"),
            facts={
                "registered": False,
                "spouse": True,
                "aware": True,
                "dpi_category": ["land"],
                "declared_at_meeting": True,
            },
            date=dt.date(2026, 11, 23),
            date_hint="meeting",
        )
    )
    check = plan.cases[0].checks[0]
    assert (check.rule, check.deadline) == (
        "lichfield.member.meeting_dpi",
        dt.date(2026, 12, 20),
    )  # day 1 + 27


def test_asked_only_how_long_a_checker_that_cannot_decide_sets_out_its_cases():
    plan = real_router().plan(
        q(
            council="lichfield",
            role="councillor",
            topic="gifts",
            facts={"received": True, "asks_period": True},
        )
    )
    assert plan.outcome == "answered" and "28 days" in plan.cases[0].checks[0].explanation
