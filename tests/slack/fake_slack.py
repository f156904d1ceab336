"""A fake Slack Web API on 127.0.0.1: answers the methods the app calls and records every call.

It is a real HTTP server (http.server in a thread), so the app's `slack_sdk.WebClient` talks to
it exactly as it would talk to slack.com once `SLACK_API_BASE_URL` points here.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UBOTCONDUCT"
BOT_ID = "BCONDUCT"
TEAM_ID = "T0COUNCIL"


@dataclass(frozen=True)
class Call:
    method: str  # "chat.postMessage"
    body: dict[str, Any]  # the JSON body, or the form fields
    token: str | None


class FakeSlack:
    """Start with `start()`; `base_url` is what SLACK_API_BASE_URL should be."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._changed = threading.Condition()
        self.fail_methods: dict[str, str] = {}  # method -> Slack error code to answer with
        # What `apps.connections.open` hands out (a FakeSocketMode's url); None: Socket Mode is off.
        self.socket_mode_url: str | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                method = self.path.rsplit("/", 1)[-1]
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = dict(parse_qsl(raw))
                auth = self.headers.get("Authorization") or ""
                fake._record(Call(method, body, auth.removeprefix("Bearer ") or body.get("token")))
                reply = json.dumps(fake._reply(method, body)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()

    def _reply(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method in self.fail_methods:
            return {"ok": False, "error": self.fail_methods[method]}
        if method.startswith("response-url"):
            return {"ok": True}  # a slash command's or button's response_url
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://council.slack.com/",
                "team": "Council",
                "user": "conduct",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "chat.postMessage":
            ts = f"{time.time():.6f}"
            return {
                "ok": True,
                "channel": body.get("channel"),
                "ts": ts,
                "message": {"text": body.get("text")},
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{time.time():.6f}"}
        if method == "apps.connections.open" and self.socket_mode_url:
            return {"ok": True, "url": self.socket_mode_url}
        return {"ok": False, "error": "unknown_method"}

    def calls(self, method: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

    def clear(self) -> None:
        with self._changed:
            self._calls = [c for c in self._calls if c.method == "auth.test"]
        self.fail_methods.clear()

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The first `count` calls of `method`, waiting up to `timeout` seconds for them."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self._calls if c.method == method]
                if len(found) >= count:
                    return found[:count]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} {method} call(s) within {timeout}s, got {len(found)}"
                    )
                self._changed.wait(left)
