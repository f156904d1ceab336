"""Put each case's question to the assistant and record the answer and how long it took.

Two ways to ask: the local pipeline (`bot.service.get_service().ask`, the same path every door
uses) or a running deployment's `POST {url}/v1/ask`, which returns the same `Answer` JSON.
A case whose ask fails is recorded with the error and scored as a failure, never skipped.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.types import Answer
from eval.cases import Case


class AskFn(Protocol):
    def __call__(
        self, question: str, *, council: str | None, role: str | None, asked_at: dt.datetime | None
    ) -> Answer: ...


@dataclass
class CaseRun:
    """One case, the answer it got (or the error instead) and the wall-clock latency."""

    case: Case
    answer: Answer | None
    latency_ms: float
    error: str | None = None


def local_asker(service: Any | None = None) -> AskFn:
    """Ask through the in-process service; warm it up first so latency is per question."""
    from bot.service import Asker, get_service

    service = service or get_service()
    if hasattr(service, "warm_up"):
        service.warm_up()
    asker = Asker(surface="eval")

    def ask(question: str, *, council: str | None, role: str | None, asked_at: dt.datetime | None) -> Answer:
        return service.ask(question, council=council, role=role, asked_at=asked_at, asker=asker)

    return ask


def http_asker(url: str, *, api_key: str | None = None, timeout: float = 60.0, client: Any = None) -> AskFn:
    """Ask a running deployment through `POST {url}/v1/ask`; `client` lets tests pass their own."""
    import httpx

    http = client or httpx.Client(base_url=url.rstrip("/"), timeout=timeout)
    headers = {"X-API-Key": api_key} if api_key else {}

    def ask(question: str, *, council: str | None, role: str | None, asked_at: dt.datetime | None) -> Answer:
        body: dict[str, Any] = {"question": question}
        if council:
            body["council"] = council
        if role:
            body["role"] = role
        if asked_at:
            body["asked_at"] = asked_at.isoformat()
        response = http.post("/v1/ask", json=body, headers=headers)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}: {response.text[:300]}")
        return Answer.model_validate(response.json())

    return ask


def run_cases(
    cases: Iterable[Case],
    ask: AskFn,
    *,
    progress: Callable[[int, int, Case], None] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> list[CaseRun]:
    """Ask every case in order. Each question is asked afresh: no conversation is carried over."""
    cases = list(cases)
    runs: list[CaseRun] = []
    for number, case in enumerate(cases, 1):
        if progress:
            progress(number, len(cases), case)
        start = clock()
        try:
            answer = ask(case.question, council=case.council, role=case.role, asked_at=case.asked_at)
            error = None
        except Exception as exc:  # noqa: BLE001 - one bad case must not stop the run; it is scored
            answer, error = None, f"{type(exc).__name__}: {exc}"
        runs.append(CaseRun(case=case, answer=answer, latency_ms=(clock() - start) * 1000, error=error))
    return runs
