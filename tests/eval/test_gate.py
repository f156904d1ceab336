"""Gate thresholds: strict file, every breach named, an unmeasured metric fails."""

from __future__ import annotations

import pytest

from eval.gate import DEFAULT_THRESHOLDS, evaluate, load_thresholds

ISSUE_TARGETS = """\
min:
  outcome_accuracy: 0.95
  hit@3: 0.90
  checker_exactness: 0.95
max:
  invented_citations: 0
  cross_council_violations: 0
"""


@pytest.fixture
def targets(tmp_path):
    path = tmp_path / "thresholds.yaml"
    path.write_text(ISSUE_TARGETS, encoding="utf-8")
    return load_thresholds(path)


def test_the_shipped_gate_tolerates_no_invented_citation_and_no_borrowed_rule():
    t = load_thresholds(DEFAULT_THRESHOLDS)
    assert t.maximum == {"invented_citations": 0, "cross_council_violations": 0}
    assert set(t.minimum) == {"outcome_accuracy", "hit@3", "checker_exactness"}
    assert all(0 < value <= 1 for value in t.minimum.values())


def test_a_run_at_exactly_the_thresholds_passes_and_just_below_fails(targets):
    t = targets
    overall = {
        "outcome_accuracy": 0.95,
        "hit@3": 0.9,
        "checker_exactness": 0.95,
        "invented_citations": 0,
        "cross_council_violations": 0,
    }
    assert evaluate(overall, t) == []
    failures = evaluate({**overall, "hit@3": 0.899, "cross_council_violations": 2}, t)
    assert failures == [
        "hit@3 = 0.899, below the minimum 0.9",
        "cross_council_violations = 2, above the maximum 0",
    ]


def test_a_metric_no_case_measures_fails_the_gate(targets):
    t = targets
    overall = {
        "outcome_accuracy": 1.0,
        "hit@3": 1.0,
        "checker_exactness": None,
        "invented_citations": 0,
        "cross_council_violations": 0,
    }
    assert evaluate(overall, t) == ["checker_exactness: not measured by any case (needs >= 0.95)"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("min:\n  hit@3: high\n", "min.hit@3: expected a number"),
        ("minimum:\n  hit@3: 0.9\n", "expected only `min:` and `max:`"),
        ("min: [hit@3]\n", "must map metric names"),
    ],
)
def test_a_bad_thresholds_file_is_an_error_naming_it(tmp_path, text, message):
    path = tmp_path / "t.yaml"
    path.write_text(text)
    with pytest.raises(ValueError, match=message) as info:
        load_thresholds(path)
    assert str(path) in str(info.value)


def test_an_unknown_metric_name_is_refused_when_names_are_known(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("min:\n  hit_at_3: 0.9\n")
    with pytest.raises(ValueError, match="hit_at_3: unknown metric"):
        load_thresholds(path, known={"hit@3"})
