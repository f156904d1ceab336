"""The registry: rule ids, parameter parsing errors, rules per council, the listing."""

from __future__ import annotations

import datetime as dt
import inspect
import re
import subprocess
import sys
from decimal import Decimal

import pytest

from bot.rules import registry
from bot.rules.params import RuleInputError
from bot.settings import REPO_ROOT

from .conftest import TODAY

ISSUE_PARAMS = {
    "lichfield.member.gifts_hospitality": {"value", "received", "civic_chairman"},
    "lichfield.member.dpi_registration": {"trigger", "date"},
    "lichfield.member.dpi_category": {"category", "nominal", "capital", "local", "aware"},
    "lichfield.member.meeting_dpi": {"registered", "sensitive", "disclosed"},
    "lichfield.officer.gift": {"value", "unsolicited", "can_refuse"},
    "lichfield.officer.sponsorship": {"value"},
    "tower-hamlets.member.enquiry_turnaround": {"made"},
    "lichfield.officer.hospitality": {"kind", "lavish"},
    "lichfield.officer.private_work": {"consent"},
}


def test_every_rule_and_parameter_name_the_issue_fixes_exists():
    for rule, names in ISSUE_PARAMS.items():
        assert names <= set(registry.rule_params(rule)), rule


def test_dpi_registration_triggers_and_categories_are_the_issues():
    params = {s.name: s for s in registry.RULES["lichfield.member.dpi_registration"].params}
    assert set(params["trigger"].choices) == {"adoption", "election", "co-option", "re-election", "change"}
    params = {s.name: s for s in registry.RULES["lichfield.member.dpi_category"].params}
    assert set(params["category"].choices) == {
        "securities",
        "land",
        "licence",
        "contract",
        "tenancy",
        "sponsorship",
        "employment",
    }


def test_hospitality_kinds_each_have_their_2_5_2_condition_in_the_rules_data(book):
    kinds = {s.name: s for s in registry.RULES["lichfield.officer.hospitality"].params}["kind"].choices
    for kind in kinds:
        if kind != "other":
            assert book.condition(f"lichfield-officer-gifts-hospitality.{kind}").clause == (
                "lichfield/officers-code:2.5.2"
            )


@pytest.mark.parametrize(
    ("rule", "params", "message"),
    [
        ("lichfield.member.gifts", {"value": "50"}, "unknown rule 'lichfield.member.gifts'"),
        ("lichfield.member.gifts_hospitality", {"value": "fifty"}, "value='fifty' is not an amount"),
        ("lichfield.member.gifts_hospitality", {"value": "-1"}, "negative"),
        ("lichfield.member.gifts_hospitality", {"value": -0.01}, "negative"),
        ("lichfield.member.gifts_hospitality", {"value": "nan"}, "not an amount"),
        ("lichfield.member.gifts_hospitality", {"value": float("inf")}, "not an amount"),
        ("lichfield.member.gifts_hospitality", {"value": True}, "not an amount"),
        ("lichfield.member.gifts_hospitality", {"received": "2026-02-30"}, "not a real date"),
        ("lichfield.member.gifts_hospitality", {"received": "01/03/2026"}, "YYYY-MM-DD"),
        ("lichfield.member.gifts_hospitality", {"civic_chairman": "maybe"}, "true or false"),
        ("lichfield.member.gifts_hospitality", {"colour": "red"}, "unknown parameter(s) colour"),
        ("lichfield.member.gifts_hospitality", {"value": ""}, "has no value"),
        ("lichfield.member.dpi_registration", {"trigger": "birthday"}, "one of adoption"),
    ],
)
def test_bad_input_raises_a_clear_rule_input_error(book, rule, params, message):
    with pytest.raises(RuleInputError) as info:
        registry.run_check(rule, params, book=book, today=TODAY)
    assert message in str(info.value)


def test_typed_python_values_are_accepted(book):
    result = registry.run_check(
        "lichfield.member.gifts_hospitality",
        {"value": 50.0, "received": dt.date(2026, 3, 1), "civic_chairman": False},
        book=book,
    )
    assert result.deadline == dt.date(2026, 3, 29)
    result = registry.run_check("lichfield.officer.gift", {"value": Decimal("50.01")}, book=book)
    assert result.outcome == "action_required"


def test_money_accepts_pound_sign_and_thousands_separators(book):
    result = registry.run_check(
        "lichfield.member.dpi_category",
        {"category": "securities", "nominal": "£25,000.01", "local": "true"},
        book=book,
    )
    assert result.facts["dpi"] is True


def test_float_amounts_are_compared_exactly(book):
    # 0.1 + 0.2 style float noise must not tip a boundary: 50.01 arrives as exactly 50.01.
    result = registry.run_check("lichfield.officer.sponsorship", {"value": 500.01}, book=book)
    assert result.facts["approval_required"] is True
    result = registry.run_check("lichfield.officer.sponsorship", {"value": 500.0}, book=book)
    assert result.facts["approval_required"] is False


def test_rules_for_each_council_never_borrows():
    assert registry.rules_for("tower-hamlets") == ["tower-hamlets.member.enquiry_turnaround"]
    assert "lichfield.member.gifts_hospitality" in registry.rules_for("lichfield")
    assert registry.rules_for("birmingham") == []


def test_no_tower_hamlets_gift_checker_exists():
    assert not [r for r in registry.RULES if r.startswith("tower-hamlets.") and "gift" in r]
    with pytest.raises(RuleInputError, match="unknown rule"):
        registry.get_rule("tower-hamlets.member.gifts_hospitality")


def test_every_rule_reads_only_its_own_councils_rules_data(book):
    for entry in registry.RULES.values():
        for key in entry.uses:
            assert key.startswith(f"{entry.council}-"), (entry.id, key)
        for clause in entry.extra_clauses:
            assert clause.startswith(f"{entry.council}/"), (entry.id, clause)


def test_every_checker_docstring_quotes_the_wording_of_the_data_it_uses(book):
    def normal(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("*", ""))

    for entry in registry.RULES.values():
        doc = normal(inspect.getdoc(entry.checker) or "")
        for key in entry.uses:
            try:
                item = book.rules.parameter(key)
            except KeyError:
                item = book.rules.condition(key)
            assert normal(item.wording) in doc, (entry.id, key)


def test_list_rules_shows_values_wording_dates_and_verbatim_citations(book):
    rules = {r.id: r for r in registry.list_rules(book)}
    assert set(rules) == set(registry.RULES)
    gifts = rules["lichfield.member.gifts_hospitality"]
    threshold = next(v for v in gifts.values if v.key.endswith("notify_threshold"))
    assert (threshold.amount, threshold.unit, threshold.comparison, threshold.symbol, threshold.since) == (
        50.0,
        "GBP",
        "at least",
        "≥",
        "2018-05-15",
    )
    assert threshold.clause == "lichfield/members-code:12"
    assert gifts.citations[0].quote == book.clause("lichfield/members-code:12").text
    sponsorship = rules["lichfield.officer.sponsorship"]
    assert (sponsorship.values[0].amount, sponsorship.values[0].comparison, sponsorship.values[0].since) == (
        500.0,
        "greater than",
        "undated",
    )
    enquiries = rules["tower-hamlets.member.enquiry_turnaround"]
    assert (enquiries.values[0].period, enquiries.values[0].unit) == (10, "working_days")
    assert {c.name for c in rules["lichfield.officer.private_work"].conditions} == {
        "interferes_with_duties",
        "conflict_of_interest",
        "relates_to_council_decisions",
        "relates_to_council_contracts",
    }


def test_check_path_imports_neither_torch_nor_chromadb():
    code = (
        "import sys\n"
        "from bot.rules.commands import register\n"
        "from bot.rules.registry import run_check, list_rules\n"
        "run_check('lichfield.member.gifts_hospitality', {'value': '50', 'received': '2026-03-01'})\n"
        "list_rules()\n"
        "heavy = [m for m in ('torch', 'chromadb', 'sentence_transformers') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_ROOT, timeout=60)
