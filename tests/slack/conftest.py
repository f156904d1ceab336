"""The Slack app served over real HTTP on loopback, a fake Slack Web API, and signed requests.

One server per test module (building the app calls auth.test; starting uvicorn takes a moment);
every test starts from a cleared fake Slack and a fresh canned service state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from bot.api.main import create_app
from bot.service import Asker, ConductService
from bot.settings import Settings
from bot.slack.app import build_slack_app
from bot.slack.http import slack_router
from bot.types import Action, Answer, CheckResult, Citation, Clause, Footnote
from tests.slack.fake_slack import FakeSlack

SIGNING_SECRET = "test-signing-secret"
LICHFIELD_CHANNEL = "CLICHFIELD"
TOWER_HAMLETS_TEAM = "TTOWERHAMLETS"

# Lichfield Members' Code para 12, verbatim from corpus/lichfield/members-code.md.
PARA_12 = Clause(
    id="lichfield/members-code:12",
    council="lichfield",
    document="lichfield/members-code",
    number="12",
    heading_path=["Part Two - Registering and Declaring Interests", "Gifts and hospitality"],
    text=(
        "12. You are also required to notify the Monitoring Officer of any gifts or hospitality with an "
        "estimated value of at least £50.⁶ which you receive in your role as a Lichfield District "
        "Councillor.⁷ You must inform the Monitoring Officer of any such gifts or hospitality within 28 "
        "days of receiving them so that the details can be entered into the Register of Members Gifts "
        "and Hospitality.⁸"
    ),
    footnotes=[Footnote(marker="8", text="The register is published on the council's website.")],
    line_start=76,
    line_end=76,
    audience="members",
    citation_title="Lichfield Members' Code of Conduct",
)


def gift_answer(conversation_id: str) -> Answer:
    citation = Citation.of(PARA_12)
    return Answer(
        outcome="answered",
        answer="You must tell the **Monitoring Officer** about a gift worth £60 & <more>.",
        citations=[citation],
        checks=[
            CheckResult(
                rule="lichfield.member.gifts_hospitality",
                outcome="action_required",
                actions=[
                    Action(do="notify", to="Monitoring Officer", by=dt.date(2026, 3, 29), citation=citation)
                ],
                deadline=dt.date(2026, 3, 29),
                deadline_rule="28 days from receipt",
            )
        ],
        conversation_id=conversation_id,
        answer_id="answer-0001",
        council="lichfield",
    )


class FakeService(ConductService):
    """Canned answers, and a record of what each door asked; `delay` makes answering slow."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.delay = 0.0
        self.error: Exception | None = None
        self.asked: list[dict[str, Any]] = []
        self.feedback_given: list[tuple[str, bool, Asker | None]] = []
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        self._ready = True

    def reset(self) -> None:
        with self._lock:
            self.delay = 0.0
            self.error = None
            self.asked.clear()
            self.feedback_given.clear()

    def ask(self, question: str, **kwargs: Any) -> Answer:
        with self._lock:
            self.asked.append({"question": question, **kwargs})
        time.sleep(self.delay)
        if self.error:
            raise self.error
        return gift_answer(kwargs["conversation_id"])

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        if (document_id, number) == (PARA_12.document, PARA_12.number):
            return [PARA_12]
        return []

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        with self._lock:
            self.feedback_given.append((answer_id, helpful, asker))


def web_app(slack_app: Any, service: ConductService, settings: Settings) -> FastAPI:
    """The service's whole HTTP app, with the Slack router mounted as `conduct serve` mounts it."""
    return create_app(service, settings, extra_routers=[slack_router(slack_app)])


class SlackSender:
    """Sends requests to /slack/events signed the way Slack signs them."""

    def __init__(self, base_url: str, secret: str = SIGNING_SECRET) -> None:
        self.url = base_url + "/slack/events"
        self.secret = secret
        self.http = httpx.Client(timeout=30)

    def sign(self, body: str, timestamp: int) -> str:
        base = f"v0:{timestamp}:{body}".encode()
        return "v0=" + hmac.new(self.secret.encode(), base, hashlib.sha256).hexdigest()

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        timestamp = int(time.time()) if timestamp is None else timestamp
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": signature or self.sign(body, timestamp),
            **(headers or {}),
        }
        return self.http.post(self.url, content=body.encode(), headers=sent)

    def event(self, event: dict[str, Any], *, event_id: str, **kwargs: Any) -> httpx.Response:
        payload = {
            "token": "unused",
            "team_id": event.get("team", "T0COUNCIL"),
            "api_app_id": "ACONDUCT",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
        }
        return self.post(json.dumps(payload), "application/json", **kwargs)

    def command(self, fields: dict[str, str], **kwargs: Any) -> httpx.Response:
        return self.post(urlencode(fields), "application/x-www-form-urlencoded", **kwargs)

    def action(self, payload: dict[str, Any], **kwargs: Any) -> httpx.Response:
        return self.post(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", **kwargs
        )


def _serve(app: FastAPI) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def slack_settings(fake_slack: FakeSlack) -> Settings:
    return Settings(
        _env_file=None,
        ENVIRONMENT="test",
        SLACK_BOT_TOKEN="xoxb-test-token",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_BASE_URL=fake_slack.base_url,
        DEFAULT_COUNCIL=None,
        SLACK_DEFAULT_COUNCILS={LICHFIELD_CHANNEL: "lichfield", TOWER_HAMLETS_TEAM: "tower-hamlets"},
    )


@pytest.fixture(scope="module")
def service_and_server(slack_settings: Settings) -> Iterator[tuple[FakeService, str]]:
    service = FakeService(slack_settings)
    app = web_app(build_slack_app(service, slack_settings), service, slack_settings)
    server, thread, base_url = _serve(app)
    yield service, base_url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def service(service_and_server: tuple[FakeService, str], fake_slack: FakeSlack) -> FakeService:
    service, _ = service_and_server
    service.reset()
    fake_slack.clear()
    return service


@pytest.fixture()
def slack(service_and_server: tuple[FakeService, str], service: FakeService) -> Iterator[SlackSender]:
    sender = SlackSender(service_and_server[1])
    yield sender
    sender.http.close()
