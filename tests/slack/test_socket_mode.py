"""The Slack app over Socket Mode end to end: `SocketModeHandler` connects to a fake Slack's WebSocket.

The real app (`build_slack_app(..., socket_mode=True)`) and Bolt's built-in Socket Mode handler,
as `conduct slack --socket` runs them: the handler asks the fake Web API's `apps.connections.open`
for a WebSocket URL with the app-level token, connects, receives envelopes, acknowledges each by
its envelope_id, and the answers go out through the fake Web API with the bot token.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator

import pytest
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.settings import Settings
from bot.slack.app import HELP, build_slack_app
from bot.slack.blocks import FEEDBACK_UP
from tests.slack.conftest import LICHFIELD_CHANNEL, PARA_12, FakeService
from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.slack.fake_socket_mode import FakeSocketMode

pytestmark = pytest.mark.xdist_group("slack")

APP_TOKEN = "xapp-1-test-app-token"
_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")


@pytest.fixture()
def socket_settings(slack_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name in _PROXY_VARS:  # the Socket Mode client would send even loopback through a proxy
        monkeypatch.delenv(name, raising=False)
    return slack_settings.model_copy(update={"SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": None})


@pytest.fixture()
def endpoint(fake_slack: FakeSlack) -> Iterator[FakeSocketMode]:
    fake_slack.clear()
    socket_mode = FakeSocketMode().start()
    fake_slack.socket_mode_url = socket_mode.url
    yield socket_mode
    fake_slack.socket_mode_url = None
    socket_mode.stop()


@pytest.fixture()
def service(socket_settings: Settings) -> FakeService:
    return FakeService(socket_settings)


@pytest.fixture()
def connected(
    service: FakeService, socket_settings: Settings, endpoint: FakeSocketMode
) -> Iterator[SocketModeHandler]:
    """The app connected over Socket Mode, `hello` received; closed again afterwards."""
    app = build_slack_app(service, socket_settings, socket_mode=True)
    handler = SocketModeHandler(app, socket_settings.SLACK_APP_TOKEN)
    handler.connect()
    try:
        endpoint.wait_for_connection()
        yield handler
    finally:
        _close(handler, app)


def _close(handler: SocketModeHandler, app: App) -> None:
    handler.close()
    app.listener_runner.listener_executor.shutdown(wait=True)  # the answering workers


def mention(text: str, *, ts: str, thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": "UASKER", "text": text, "ts": ts, "channel": LICHFIELD_CHANNEL}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def test_mention_is_acked_by_envelope_id_and_answered_in_its_thread(
    connected: SocketModeHandler, endpoint: FakeSocketMode, fake_slack: FakeSlack, service: FakeService
) -> None:
    [opened] = fake_slack.calls("apps.connections.open")
    assert opened.token == APP_TOKEN  # the app-level token, not the bot token

    envelope_id = endpoint.send_event(
        mention(f"<@{BOT_USER_ID}> I was given a £60 meal, what must I do?", ts="1700000000.000100"),
        event_id="Ev0SOCKETMENTION",
    )
    assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}

    post = fake_slack.wait_for("chat.postMessage")[0]
    assert post.token == "xoxb-test-token"
    assert post.body["channel"] == LICHFIELD_CHANNEL
    assert post.body["thread_ts"] == "1700000000.000100"
    blocks = post.body["blocks"]
    assert blocks[0]["type"] == "section"
    assert (
        blocks[0]["text"]["text"]
        == "You must tell the *Monitoring Officer* about a gift worth £60 &amp; &lt;more&gt;."
    )
    seen = json.dumps(blocks, ensure_ascii=False)
    assert "29 March 2026" in seen
    assert "Lichfield Members' Code of Conduct, para 12" in seen
    buttons = {(e["action_id"], e["value"]) for b in blocks if b["type"] == "actions" for e in b["elements"]}
    assert {("show_clause:0", PARA_12.id), (FEEDBACK_UP, "answer-0001")} <= buttons

    [asked] = service.asked
    assert asked["question"] == "I was given a £60 meal, what must I do?"
    assert asked["council"] == "lichfield"
    assert asked["conversation_id"] == f"slack:{TEAM_ID}:{LICHFIELD_CHANNEL}:1700000000.000100"
    assert asked["asker"].surface == "slack"


def test_redelivered_event_is_acked_again_but_answered_once(
    connected: SocketModeHandler,
    endpoint: FakeSocketMode,
    fake_slack: FakeSlack,
    service: FakeService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.slack.app")
    event = mention(f"<@{BOT_USER_ID}> can I accept a gift?", ts="1700000100.000200")
    first = endpoint.send_event(event, event_id="Ev0SOCKETRETRY")
    endpoint.wait_for_ack(first)
    retry = endpoint.send_event(event, event_id="Ev0SOCKETRETRY", retry_attempt=1, retry_reason="timeout")
    assert endpoint.wait_for_ack(retry) == {"envelope_id": retry}

    fake_slack.wait_for("chat.postMessage")
    time.sleep(0.3)  # time for a second answer, were one coming
    assert len(fake_slack.calls("chat.postMessage")) == 1
    assert len(service.asked) == 1
    # The envelope's retry_attempt reaches the app as HTTP mode's X-Slack-Retry-Num would.
    assert "retry 1 acknowledged and dropped" in caplog.text


def test_slash_command_is_acked_then_answered_ephemerally(
    connected: SocketModeHandler, endpoint: FakeSocketMode, fake_slack: FakeSlack, service: FakeService
) -> None:
    envelope_id = endpoint.send_command(
        {
            "command": "/conduct",
            "text": "can I accept hospitality from a supplier?",
            "team_id": TEAM_ID,
            "channel_id": LICHFIELD_CHANNEL,
            "user_id": "UASKER",
            "response_url": fake_slack.base_url + "response-url-1",
        }
    )
    assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id}

    post = fake_slack.wait_for("chat.postEphemeral")[0]
    assert post.token == "xoxb-test-token"
    assert post.body["channel"] == LICHFIELD_CHANNEL
    assert post.body["user"] == "UASKER"
    assert "Monitoring Officer" in json.dumps(post.body["blocks"], ensure_ascii=False)
    assert fake_slack.calls("chat.postMessage") == []  # nothing public
    [asked] = service.asked
    assert asked["question"] == "can I accept hospitality from a supplier?"
    assert asked["council"] == "lichfield"


def test_empty_slash_command_gets_the_help_text_in_its_ack(
    connected: SocketModeHandler, endpoint: FakeSocketMode, fake_slack: FakeSlack, service: FakeService
) -> None:
    envelope_id = endpoint.send_command(
        {"command": "/conduct", "text": "  ", "team_id": TEAM_ID, "channel_id": "C1", "user_id": "U1"}
    )
    assert endpoint.wait_for_ack(envelope_id) == {"envelope_id": envelope_id, "payload": {"text": HELP}}
    time.sleep(0.3)
    assert service.asked == []
    assert fake_slack.calls("chat.postEphemeral") == []


def test_closing_the_handler_disconnects_promptly_and_stops_its_threads(
    service: FakeService, socket_settings: Settings, endpoint: FakeSocketMode
) -> None:
    before = set(threading.enumerate())
    app = build_slack_app(service, socket_settings, socket_mode=True)
    handler = SocketModeHandler(app, socket_settings.SLACK_APP_TOKEN)
    handler.connect()
    endpoint.wait_for_connection()
    assert handler.client.is_connected()

    started = time.monotonic()
    _close(handler, app)
    endpoint.wait_for_disconnection()
    assert time.monotonic() - started < 3.0
    assert not handler.client.is_connected()

    deadline = time.monotonic() + 3
    while (left := set(threading.enumerate()) - before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"threads still running after close: {sorted(t.name for t in left)}"
