"""The service warms up once, in the background: /healthz at once, /readyz 503 then 200."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from bot.api.main import create_app
from tests.api.conftest import wait_ready
from tests.api.fakes import FakeService


def test_readyz_is_503_while_warming_up_then_200(settings):
    gate = threading.Event()
    fake = FakeService(settings, ready=False, gate=gate)
    with TestClient(create_app(fake, settings)) as client:
        assert client.get("/healthz").status_code == 200
        loading = client.get("/readyz")
        asked_early = client.post("/v1/ask", json={"question": "gifts?"})
        feedback_early = client.post("/v1/feedback", json={"answer_id": "answer-1", "helpful": True})
        gate.set()
        wait_ready(client, seconds=10)

        assert loading.status_code == 503
        assert loading.json() == {"status": "loading"}
        assert asked_early.status_code == 503
        assert feedback_early.status_code == 503
        assert asked_early.headers["Retry-After"] == "5"
        assert client.post("/v1/ask", json={"question": "gifts?"}).status_code == 200
    assert fake.warm_ups == 1
    assert len(fake.asked) == 1  # the early question never reached the service


class FailingService(FakeService):
    def warm_up(self) -> None:
        raise FileNotFoundError("/secret/path/index is missing")


def test_failed_warm_up_keeps_readyz_503_and_says_so_without_details(settings):
    with TestClient(create_app(FailingService(settings, ready=False), settings)) as client:
        for _ in range(100):
            response = client.get("/readyz")
            if response.json()["status"] != "loading":
                break
            threading.Event().wait(0.05)

    assert response.status_code == 503
    assert response.json() == {"status": "failed", "error": "FileNotFoundError"}


def test_warm_up_runs_once_however_many_requests(settings):
    fake = FakeService(settings, ready=False)
    with TestClient(create_app(fake, settings)) as client:
        wait_ready(client, seconds=10)
        for _ in range(5):
            client.post("/v1/ask", json={"question": "gifts?"})

    assert fake.warm_ups == 1
