"""The one path from question to answer. CLI, HTTP, Slack and the web page all call this.

`ConductService` follows the warm-up pattern: a cheap `__init__`, a `warm_up()` that loads
the embedding model and index once, and plain methods per request.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from threading import Lock
from typing import Any

from bot.settings import Settings, get_settings
from bot.types import Answer, CheckResult, Clause, SourceDocument


@dataclass(frozen=True)
class Asker:
    """Who asked and through which door: recorded in the audit trail, never used to answer."""

    surface: str = "cli"  # cli | api | web | slack
    workspace: str | None = None
    channel: str | None = None
    user: str | None = None


class ConductService:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._ready = False
        self._lock = Lock()

    @property
    def ready(self) -> bool:
        return self._ready

    def warm_up(self) -> None:
        """Load the model, the index and the rules. Safe to call more than once."""
        raise NotImplementedError

    def ask(
        self,
        question: str,
        *,
        council: str | None = None,
        role: str | None = None,
        conversation_id: str | None = None,
        asked_at: dt.datetime | None = None,
        asker: Asker | None = None,
    ) -> Answer:
        """Answer one question; the answer is recorded in the audit trail before it is returned."""
        raise NotImplementedError

    def check(self, rule_id: str, params: dict[str, Any]) -> CheckResult:
        raise NotImplementedError

    def documents(self) -> list[SourceDocument]:
        raise NotImplementedError

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        """The clause(s) printed with this number; two where a document prints it twice."""
        raise NotImplementedError

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        raise NotImplementedError


_service: ConductService | None = None
_service_lock = Lock()


def get_service() -> ConductService:
    """The process-wide service; the model and index load once per process."""
    global _service
    with _service_lock:
        if _service is None:
            _service = ConductService()
        return _service
