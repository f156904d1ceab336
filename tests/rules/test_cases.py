"""Runs every case in tests/rules/cases.yaml, the table the governance team reads and extends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.rules.registry import run_check

CASES_FILE = Path(__file__).with_name("cases.yaml")
CASE_KEYS = {"name", "rule", "params", "outcome", "deadline", "actions", "missing", "today"}


def load_cases() -> list[dict]:
    cases = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    for case in cases:
        unknown = set(case) - CASE_KEYS
        assert not unknown, f"{case.get('name')}: unknown keys {unknown}"
    return cases


def describe(action) -> str:
    text = action.do + (f" → {action.to}" if action.to else "")
    return text + (f" by {action.by.isoformat()}" if action.by else "")


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: c["name"])
def test_case(book, case):
    params = {k: str(v) for k, v in case["params"].items()}
    today = dt.date.fromisoformat(str(case.get("today", "2026-06-01")))
    result = run_check(case["rule"], params, book=book, today=today)
    assert result.outcome == case["outcome"], result.explanation
    if "deadline" in case:
        expected = case["deadline"]
        assert (result.deadline.isoformat() if result.deadline else None) == (
            str(expected) if expected else None
        )
    if "actions" in case:
        assert [describe(a) for a in result.actions] == case["actions"]
    if "missing" in case:
        assert result.missing == case["missing"]


def test_case_names_are_unique():
    names = [c["name"] for c in load_cases()]
    assert len(names) == len(set(names))
