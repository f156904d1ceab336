"""Fixtures for the rules tests: the real corpus and rules, loaded once per session."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.rules.book import RuleBook, book_from_corpus
from bot.rules.registry import run_check
from bot.settings import REPO_ROOT
from bot.types import CheckResult

# A fixed "today" so results never depend on the day the tests run.
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return book_from_corpus(REPO_ROOT / "corpus")


@pytest.fixture(scope="session")
def check(book: RuleBook):
    def _check(rule: str, **params: Any) -> CheckResult:
        return run_check(rule, params, book=book, today=TODAY)

    return _check
