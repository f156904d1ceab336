"""Fixtures: an app around the fake service, and (slow) one around the real service."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app
from bot.service import ConductService
from bot.settings import Settings
from tests.api.fakes import FakeService


def make_settings(tmp_path, **overrides) -> Settings:
    values = {"ENVIRONMENT": "test", "DATA_DIR": tmp_path, "API_KEYS": [], "_env_file": None}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def fake(settings) -> FakeService:
    return FakeService(settings)


@pytest.fixture
def client(fake, settings) -> Iterator[TestClient]:
    # raise_server_exceptions: any unexpected error in a route fails the test that caused it.
    with TestClient(create_app(fake, settings)) as client:
        yield client


def wait_ready(client: TestClient, seconds: float = 120) -> None:
    """Poll /readyz until 200; fail at once when warm-up failed (the log has the traceback)."""
    deadline = time.monotonic() + seconds
    while (response := client.get("/readyz")).status_code != 200:
        if response.json().get("status") == "failed" or time.monotonic() > deadline:
            pytest.fail(f"/readyz not 200 after warm-up: {response.json()}")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def real_client(request) -> Iterator[TestClient]:
    """The app around the real service on the shared built index (tests/conftest.py)."""
    try:
        index_settings = request.getfixturevalue("built_index")
    except pytest.FixtureLookupError:
        pytest.skip("the shared built_index fixture is not in tests/conftest.py yet")
    with TestClient(create_app(ConductService(index_settings), index_settings)) as client:
        wait_ready(client)
        yield client
