"""Who may call: optional API keys on /v1, a per-address rate limit on the web page's /web.

Keys are compared with `hmac.compare_digest` over UTF-8 bytes (a `str` comparison would raise
on non-ASCII header values). The audit trail gets a short fingerprint of the key, never the key.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import OrderedDict, deque
from threading import Lock
from typing import Annotated

from fastapi import HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from bot.service import Asker

API_KEY_HEADER = "X-API-Key"
_api_key_header = APIKeyHeader(
    name=API_KEY_HEADER, auto_error=False, description="Required on /v1 when the server sets API_KEYS"
)


def key_fingerprint(key: str) -> str:
    return "key:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def api_asker(request: Request, key: Annotated[str | None, Security(_api_key_header)]) -> Asker:
    """Check the API key when keys are configured; 401 otherwise. Returns the caller for the audit."""
    keys: list[str] = request.app.state.settings.API_KEYS
    if not keys:
        return Asker(surface="api")
    given = (key or "").encode("utf-8")
    # Compare against every key so timing does not reveal which one (or how many) matched.
    matches = [hmac.compare_digest(given, k.encode("utf-8")) for k in keys]
    if not key or not any(matches):
        raise HTTPException(status_code=401, detail=f"A valid {API_KEY_HEADER} header is required.")
    return Asker(surface="api", user=key_fingerprint(key))


class RateLimiter:
    """At most `limit` requests per client address in any `window` seconds (sliding window).

    In memory, one process: enough for the single-worker server `conduct serve` runs. Behind a
    reverse proxy, run uvicorn with --forwarded-allow-ips so the client address is the real one.
    """

    def __init__(self, limit: int, window: float = 60.0, max_clients: int = 10_000) -> None:
        self.limit = limit
        self.window = window
        self.max_clients = max_clients  # bounds memory when many addresses pass by
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = Lock()

    def retry_after(self, client: str, now: float | None = None) -> float:
        """Record one request; 0 when allowed, else seconds until the next one would be."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.pop(client, None) or deque()
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            self._hits[client] = hits  # most recently seen last
            while len(self._hits) > self.max_clients:
                self._hits.popitem(last=False)
            if len(hits) >= self.limit:
                return max(hits[0] + self.window - now, 0.001)
            hits.append(now)
            return 0.0


def web_asker(request: Request) -> Asker:
    """Rate-limit the web page's calls per client address; 429 with Retry-After when exceeded."""
    limiter: RateLimiter = request.app.state.web_rate_limiter
    client = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(client)
    if wait:
        raise HTTPException(
            status_code=429,
            detail="Too many requests from this address; wait a minute and try again.",
            headers={"Retry-After": str(int(wait) + 1)},
        )
    return Asker(surface="web")
