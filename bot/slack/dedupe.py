"""A small thread-safe memory of recently seen keys, so a retried Slack event is answered once.

Slack re-sends an event (same `event_id`, header `X-Slack-Retry-Num`) when it did not get a 2xx
within 3 seconds, and again after a minute and after five. The first delivery is answered; the
retries are acknowledged and dropped.

This memory is per process. A deployment running several worker processes behind one Slack URL
needs the seen-set in the database instead (a unique key on event_id), or a retry landing on
another worker would be answered again.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from threading import Lock


class SeenKeys:
    """Remembers keys for `ttl_seconds`, holding at most `max_keys` (oldest forgotten first)."""

    def __init__(
        self, ttl_seconds: float = 3600.0, max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self.max_keys = max_keys
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = Lock()

    def first_time(self, key: str) -> bool:
        """True the first time `key` is offered within the TTL; it is remembered from then on."""
        now = self._clock()
        with self._lock:
            self._forget_expired(now)
            if key in self._seen:
                return False
            self._seen[key] = now
            while len(self._seen) > self.max_keys:
                self._seen.popitem(last=False)
            return True

    def _forget_expired(self, now: float) -> None:
        # Insertion order is time order, so expired keys are all at the front.
        while self._seen:
            key, seen_at = next(iter(self._seen.items()))
            if now - seen_at < self.ttl_seconds:
                break
            del self._seen[key]
