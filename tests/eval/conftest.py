"""Fixtures for the evaluation suite's tests (helpers are in tests/eval/fakes.py)."""

from __future__ import annotations

from tests.eval.fakes import corpus, write_cases  # noqa: F401 - pytest fixtures
