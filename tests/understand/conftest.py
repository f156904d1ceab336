"""A fixed 'now' for every understanding test: Tuesday 24 November 2026, 10:00."""

from __future__ import annotations

import datetime as dt

import pytest

ASKED_AT = dt.datetime(2026, 11, 24, 10, 0)


@pytest.fixture
def asked_at() -> dt.datetime:
    return ASKED_AT
