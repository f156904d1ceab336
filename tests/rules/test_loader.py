"""The strict rules loader: every error names the file, the key path and the line."""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from bot.rules.loader import NoValueInForce, RuleError, load_rules, load_rules_file
from bot.settings import REPO_ROOT

CLAUSES = {
    "testshire/code:12": "12. Notify gifts with an estimated value of at least £50 within 28 days of "
    "receiving them.",
    "testshire/code:13": "13. Something else entirely.",
}

GOOD = """\
council: testshire
topic: gifts
document: testshire/code
description: Gifts.
parameters:
  threshold:
    description: Value from which a gift is notified.
    clause: testshire/code:12
    wording: "an estimated value of at least £50"
    comparison: at least
    unit: GBP
    values:
      2018-05-15:
        amount: 50.00
      2024-01-01:
        amount: 75
  within:
    description: Period.
    clause: testshire/code:12
    wording: "within 28 days of receiving them"
    counting: within
    unit: days
    values:
      2018-05-15: {period: 28}
"""


def write(tmp_path: Path, text: str, name: str = "testshire-gifts.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str, name: str = "testshire-gifts.yaml", clauses=CLAUSES) -> RuleError:
    path = write(tmp_path, text, name)
    with pytest.raises(RuleError) as info:
        load_rules_file(path, clauses)
    assert path.name in str(info.value), "the error must name the file"
    return info.value


def test_a_good_file_loads_with_decimal_amounts_and_dated_values(tmp_path):
    rule_file = load_rules_file(write(tmp_path, GOOD), CLAUSES)
    threshold = rule_file.parameters["threshold"]
    assert threshold.key == "testshire-gifts.threshold"
    assert threshold.at(dt.date(2018, 5, 15)).amount == Decimal("50.00")
    assert threshold.at(dt.date(2023, 12, 31)).amount == Decimal("50.00")
    assert threshold.at(dt.date(2024, 1, 1)).amount == Decimal("75")
    assert rule_file.parameters["within"].at(dt.date(2030, 1, 1)).period == 28


def test_value_in_force_before_the_first_date_is_an_error(tmp_path):
    threshold = load_rules_file(write(tmp_path, GOOD), CLAUSES).parameters["threshold"]
    with pytest.raises(NoValueInForce, match="2018-05-15"):
        threshold.at(dt.date(2018, 5, 14))


def test_comparison_is_applied_as_worded(tmp_path):
    threshold = load_rules_file(write(tmp_path, GOOD), CLAUSES).parameters["threshold"]
    on = dt.date(2020, 1, 1)
    assert threshold.meets(Decimal("50.00"), on)
    assert not threshold.meets(Decimal("49.99"), on)


def test_unknown_top_level_key_names_file_and_key(tmp_path):
    err = error_for(tmp_path, GOOD + "colour: blue\n")
    assert err.key_path == "colour" and "unknown key" in str(err) and err.line == 25


def test_unknown_parameter_key_names_the_key_path(tmp_path):
    err = error_for(tmp_path, GOOD.replace("    unit: GBP\n", "    unit: GBP\n    units: GBP\n"))
    assert err.key_path == "parameters.threshold.units"
    assert "unknown key" in str(err)


def test_unknown_value_key_names_the_key_path(tmp_path):
    err = error_for(tmp_path, GOOD.replace("amount: 75", "amount: 75\n        amout: 75"))
    assert err.key_path == "parameters.threshold.values.2024-01-01.amout"


def test_duplicate_top_level_key_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD + "council: testshire\n")
    assert "duplicate key 'council'" in str(err) and err.line == 25


def test_duplicate_nested_key_is_rejected_with_both_lines(tmp_path):
    err = error_for(tmp_path, GOOD.replace("    unit: GBP\n", "    unit: GBP\n    unit: days\n"))
    assert "duplicate key 'unit'" in str(err) and "first on line 11" in str(err) and err.line == 12


def test_duplicate_date_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("2024-01-01:", "2018-05-15:"))
    assert "duplicate key '2018-05-15'" in str(err)


@pytest.mark.parametrize("bad", ["2018-13-01", "2026-02-30", "15/05/2018", "2018-5-15", "yesterday"])
def test_malformed_dates_are_rejected(tmp_path, bad):
    err = error_for(tmp_path, GOOD.replace("2024-01-01:", f"{bad}:"))
    assert f"malformed date '{bad}'" in str(err)
    assert err.key_path == f"parameters.threshold.values.{bad}"


def test_unknown_unit_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("unit: GBP", "unit: EUR"))
    assert err.key_path == "parameters.threshold.unit" and "unknown unit 'EUR'" in str(err)


def test_unknown_comparison_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("comparison: at least", "comparison: roughly"))
    assert err.key_path == "parameters.threshold.comparison" and "unknown comparison 'roughly'" in str(err)


def test_unknown_counting_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("counting: within", "counting: around"))
    assert err.key_path == "parameters.within.counting"


def test_period_without_counting_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("    counting: within\n", "    comparison: at least\n"))
    assert err.key_path == "parameters.within" and "needs a counting" in str(err)


def test_citation_of_a_clause_the_corpus_lacks_is_rejected(tmp_path):
    err = error_for(
        tmp_path,
        GOOD.replace(
            'clause: testshire/code:12\n    wording: "within',
            'clause: testshire/code:99\n    wording: "within',
        ),
    )
    assert err.key_path == "parameters.within.clause"
    assert "testshire/code:99" in str(err) and "does not have" in str(err)


def test_citation_check_works_with_a_plain_set_of_ids(tmp_path):
    with pytest.raises(RuleError, match="does not have"):
        load_rules_file(write(tmp_path, GOOD), {"testshire/code:13"})
    assert load_rules_file(write(tmp_path, GOOD), {"testshire/code:12"}).parameters


def test_wording_not_in_the_cited_clause_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace('at least £50"', 'more than £50"'))
    assert err.key_path == "parameters.threshold.wording" and "is not in the text" in str(err)


def test_amount_for_a_period_unit_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("{period: 28}", "{amount: 28}"))
    assert err.key_path == "parameters.within.values.2018-05-15"


def test_negative_amount_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("amount: 75", "amount: -75"))
    assert err.key_path == "parameters.threshold.values.2024-01-01.amount"


def test_text_amount_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("amount: 75", "amount: fifty"))
    assert "expected a number" in str(err)


def test_undated_must_be_the_only_value(tmp_path):
    err = error_for(tmp_path, GOOD.replace("2024-01-01:", "undated:"))
    assert err.key_path == "parameters.threshold.values"


def test_undated_value_is_in_force_on_any_date(tmp_path):
    text = GOOD.replace(
        "      2018-05-15:\n        amount: 50.00\n      2024-01-01:\n        amount: 75\n",
        "      undated:\n        amount: 50.00\n",
    )
    param = load_rules_file(write(tmp_path, text), CLAUSES).parameters["threshold"]
    assert param.at(dt.date(1900, 1, 1)).amount == Decimal("50.00")


def test_missing_required_key_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace('    wording: "within 28 days of receiving them"\n', ""))
    assert err.key_path == "parameters.within" and "missing required key 'wording'" in str(err)


def test_file_name_must_match_council_and_topic(tmp_path):
    err = error_for(tmp_path, GOOD, name="gifts.yaml")
    assert err.key_path == "topic"


def test_empty_file_is_rejected(tmp_path):
    assert "empty file" in str(error_for(tmp_path, ""))


def test_invalid_yaml_names_the_line(tmp_path):
    err = error_for(tmp_path, GOOD + "parameters: [\n")
    assert "not valid YAML" in str(err)


def test_a_document_of_another_council_is_rejected(tmp_path):
    err = error_for(tmp_path, GOOD.replace("document: testshire/code", "document: otherton/code"))
    assert err.key_path == "document"


def test_conditions_are_checked_like_parameters(tmp_path):
    text = GOOD + textwrap.dedent(
        """\
        conditions:
          small:
            description: A small thing.
            clause: testshire/code:13
            wording: "Nothing of the sort"
        """
    )
    err = error_for(tmp_path, text)
    assert err.key_path == "conditions.small.wording"


def test_load_rules_reads_every_file_of_a_directory(tmp_path):
    write(tmp_path, GOOD)
    rules = load_rules(tmp_path, CLAUSES)
    assert rules.parameter("testshire-gifts.within").unit == "days"


def test_the_real_rules_load_against_the_real_corpus_with_every_wording_verbatim():
    rules = load_rules(REPO_ROOT / "corpus" / "rules")  # clause ids and texts from bot.corpus
    assert len(rules.files) == 6
    assert {f.council for f in rules.files} == {"lichfield", "tower-hamlets"}
