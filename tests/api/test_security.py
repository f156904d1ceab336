"""Optional API keys on /v1; the health checks, the page and /web stay open; /web is rate-limited."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app
from bot.api.security import RateLimiter
from tests.api.conftest import make_settings
from tests.api.fakes import FakeService

KEYS = ["first-key-0123456789", "second-key-9876543210"]


@pytest.fixture
def keyed(tmp_path):
    settings = make_settings(tmp_path, API_KEYS=KEYS)
    fake = FakeService(settings)
    with TestClient(create_app(fake, settings)) as client:
        yield client, fake


BAD_KEYS = [{}, {"X-API-Key": ""}, {"X-API-Key": "wrong"}, {"X-API-Key": KEYS[0] + "x"}]


@pytest.mark.parametrize("headers", BAD_KEYS)
def test_v1_without_a_valid_key_is_401(keyed, headers):
    client, fake = keyed

    assert client.post("/v1/ask", json={"question": "gifts?"}, headers=headers).status_code == 401
    assert client.get("/v1/documents", headers=headers).status_code == 401
    assert client.get("/v1/rules", headers=headers).status_code == 401
    assert fake.asked == []


def test_non_ascii_key_is_401_not_500(keyed):
    client, _ = keyed
    response = client.get("/v1/documents", headers={"X-API-Key": "clé-é".encode()})

    assert response.status_code == 401


@pytest.mark.parametrize("key", KEYS)
def test_v1_with_any_configured_key_is_200_and_audited_by_fingerprint(keyed, key):
    client, fake = keyed

    response = client.post("/v1/ask", json={"question": "gifts?"}, headers={"X-API-Key": key})

    assert response.status_code == 200
    user = fake.asked[-1]["asker"].user
    assert user.startswith("key:") and key not in user


def test_health_page_static_and_web_stay_open_when_keys_are_set(keyed):
    client, fake = keyed

    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/web/documents").status_code == 200
    assert client.post("/web/ask", json={"question": "gifts?"}).status_code == 200
    assert fake.asked[-1]["asker"].surface == "web"


def test_no_keys_configured_means_v1_is_open(client):
    assert client.get("/v1/documents").status_code == 200


def test_web_page_and_door_can_be_turned_off(tmp_path):
    settings = make_settings(tmp_path, WEB_ENABLED=False)
    with TestClient(create_app(FakeService(settings), settings)) as client:
        assert client.get("/").status_code == 404
        assert client.post("/web/ask", json={"question": "gifts?"}).status_code == 404
        assert client.get("/static/app.js").status_code == 404
        assert client.get("/v1/documents").status_code == 200


def test_web_door_is_rate_limited_per_address(tmp_path):
    settings = make_settings(tmp_path, WEB_RATE_LIMIT_PER_MINUTE=3)
    with TestClient(create_app(FakeService(settings), settings)) as client:
        codes = [client.post("/web/ask", json={"question": "gifts?"}).status_code for _ in range(4)]
        refused = client.get("/web/documents")

    assert codes == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1


def test_rate_limiter_window_slides_and_addresses_are_separate():
    limiter = RateLimiter(limit=2, window=60)

    assert limiter.retry_after("a", now=0) == 0
    assert limiter.retry_after("a", now=10) == 0
    assert limiter.retry_after("a", now=20) == pytest.approx(40)
    assert limiter.retry_after("b", now=20) == 0
    assert limiter.retry_after("a", now=60.5) == 0  # the hit at 0 has left the window


def test_rate_limiter_memory_is_bounded():
    limiter = RateLimiter(limit=1, window=60, max_clients=100)
    for n in range(1000):
        limiter.retry_after(f"10.0.{n // 256}.{n % 256}", now=1)

    assert len(limiter._hits) == 100


def test_page_forbids_inline_script_and_framing(client):
    response = client.get("/")

    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert '<script src="/static/app.js"' in response.text
    assert 'maxlength="2000"' in response.text
