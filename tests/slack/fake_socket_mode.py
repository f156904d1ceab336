"""A fake Slack Socket Mode endpoint on 127.0.0.1: the WebSocket that `apps.connections.open` hands out.

Slack's side of the protocol (docs.slack.dev/apis/events-api/using-socket-mode): a client that
connects first gets a `hello`; every event, slash command or click then arrives as an envelope
`{"envelope_id", "type", "payload", "accepts_response_payload"}`, and the client acknowledges it by
sending back `{"envelope_id"}`, with a `payload` where the envelope accepts one (a slash command's
immediate reply). Slack also pings its clients; so does this fake, which keeps the client's
blocking reads short and lets it disconnect at once instead of after its 3-second read timeout.

The server is aiohttp's (a direct dependency of the project), on its own event loop in a thread,
so the synchronous test talks to it through `send` and `wait_for_ack`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

from tests.slack.fake_slack import TEAM_ID

APP_ID = "A0CONDUCT"
_T = TypeVar("_T")


class FakeSocketMode:
    """Start with `start()`; `url` is what `apps.connections.open` should answer with."""

    def __init__(self, ping_interval: float = 0.05) -> None:
        self.ping_interval = ping_interval
        self.ticket = uuid.uuid4().hex  # a client that did not get `url` from apps.connections.open lacks it
        self.connections = 0
        self.disconnections = 0
        self._received: list[dict[str, Any]] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-socket-mode", daemon=True)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        port = self._sock.getsockname()[1]
        return f"ws://127.0.0.1:{port}/link/?ticket={self.ticket}&app_id={APP_ID}"

    def start(self) -> FakeSocketMode:
        self._thread.start()
        self._call(self._start())
        return self

    def stop(self) -> None:
        """Close any connection still open, then the server and its event loop."""
        self._call(self._stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    # -- what the test does --------------------------------------------------------------------

    def wait_for_connection(self, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until `count` clients have connected and been sent their `hello`."""
        self._wait(lambda: self.connections >= count, timeout, f"{count} Socket Mode connection(s)")

    def wait_for_disconnection(self, count: int = 1, timeout: float = 5.0) -> None:
        self._wait(lambda: self.disconnections >= count, timeout, f"{count} Socket Mode disconnection(s)")

    def send(
        self,
        envelope_type: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool = False,
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> str:
        """Send one envelope to the connected client, as Slack would; returns its envelope_id."""
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": envelope_type,
            "accepts_response_payload": accepts_response_payload,
        }
        if envelope_type == "events_api":  # only events are redelivered, and say so
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        with self._changed:
            if not self._sockets:
                raise AssertionError("no Socket Mode client is connected")
            ws = self._sockets[-1]
        self._call(ws.send_str(json.dumps(envelope)))
        return envelope_id

    def send_event(self, event: dict[str, Any], *, event_id: str, **kwargs: Any) -> str:
        """An `events_api` envelope carrying `event` in its Events API wrapper."""
        payload = {
            "token": "unused",
            "team_id": event.get("team", TEAM_ID),
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
        }
        return self.send("events_api", payload, **kwargs)

    def send_command(self, fields: dict[str, str]) -> str:
        """A `slash_commands` envelope; Slack lets the ack carry the command's immediate reply."""
        payload = {"token": "unused", "api_app_id": APP_ID, "trigger_id": "1.2.3", **fields}
        return self.send("slash_commands", payload, accepts_response_payload=True)

    def received(self) -> list[dict[str, Any]]:
        """Every message the client sent, parsed, in order."""
        with self._changed:
            return list(self._received)

    def acks(self, envelope_id: str) -> list[dict[str, Any]]:
        return [m for m in self.received() if m.get("envelope_id") == envelope_id]

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        """The client's acknowledgement of this envelope, waiting up to `timeout` seconds for it."""
        self._wait(lambda: bool(self.acks(envelope_id)), timeout, f"an ack of envelope {envelope_id}")
        return self.acks(envelope_id)[0]

    # -- the server ----------------------------------------------------------------------------

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/link/", self._link)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.SockSite(self._runner, self._sock).start()

    async def _stop(self) -> None:
        with self._changed:
            sockets = list(self._sockets)
        for ws in sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _link(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("ticket") != self.ticket:
            raise web.HTTPForbidden(text="invalid ticket")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps(_hello()))
        with self._changed:
            self._sockets.append(ws)
            self.connections += 1
            self._changed.notify_all()
        pinger = asyncio.create_task(self._ping(ws))
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    self._record(json.loads(message.data))
        finally:
            pinger.cancel()
            with self._changed:
                self._sockets.remove(ws)
                self.disconnections += 1
                self._changed.notify_all()
        return ws

    async def _ping(self, ws: web.WebSocketResponse) -> None:
        try:
            while not ws.closed:
                await ws.ping(b"fake-slack")
                await asyncio.sleep(self.ping_interval)
        except (ConnectionError, RuntimeError):
            pass  # the client went away between two pings

    def _record(self, message: dict[str, Any]) -> None:
        with self._changed:
            self._received.append(message)
            self._changed.notify_all()

    def _wait(self, ready: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not ready():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {what} within {timeout}s")
                self._changed.wait(left)

    def _call(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)


def _hello() -> dict[str, Any]:
    """Slack's first message on a new connection."""
    return {
        "type": "hello",
        "num_connections": 1,
        "debug_info": {"host": "applink-fake", "build_number": 1, "approximate_connection_time": 18060},
        "connection_info": {"app_id": APP_ID},
    }
