"""Without chromium the browser tests fail under CI=true and skip on a developer's machine."""

from __future__ import annotations

import pytest
from _pytest.outcomes import Failed, Skipped

from tests.web.conftest import require_chromium


def test_missing_chromium_fails_under_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")

    with pytest.raises(Failed, match="make system-deps"):
        require_chromium(tmp_path / "no-chromium")


def test_missing_chromium_skips_outside_ci(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)

    with pytest.raises(Skipped, match="not installed"):
        require_chromium(tmp_path / "no-chromium")


def test_present_chromium_is_used(tmp_path):
    browser = tmp_path / "chromium"
    browser.touch()

    assert require_chromium(browser) == browser
