"""The runner asks each case through a service or HTTP, records latency, and survives failures."""

from __future__ import annotations

import datetime as dt
import json

import httpx

from eval.run import http_asker, local_asker, run_cases
from tests.eval.fakes import answer, case


class FakeService:
    def __init__(self, fail_on: str | None = None) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.warmed = False
        self.fail_on = fail_on

    def warm_up(self) -> None:
        self.warmed = True

    def ask(self, question, **kwargs):
        self.calls.append((question, kwargs))
        if question == self.fail_on:
            raise RuntimeError("index unavailable")
        return answer("not_covered", text=f"re: {question}")


def test_each_case_is_asked_with_its_council_role_and_date():
    service = FakeService()
    ask = local_asker(service)
    asked_at = dt.datetime(2026, 3, 16, 9, 30)
    c = case(question="hamper £60 last tuesday", council="lichfield", role="councillor", asked_at=asked_at)
    (run,) = run_cases([c], ask)
    assert service.warmed
    question, kwargs = service.calls[0]
    assert question == "hamper £60 last tuesday"
    assert (kwargs["council"], kwargs["role"], kwargs["asked_at"]) == ("lichfield", "councillor", asked_at)
    assert kwargs["asker"].surface == "eval"
    assert run.answer.answer == "re: hamper £60 last tuesday" and run.error is None


def test_latency_is_recorded_per_case_in_milliseconds():
    ticks = iter([1.0, 1.25, 2.0, 2.5])
    runs = run_cases([case(id="a"), case(id="b")], local_asker(FakeService()), clock=lambda: next(ticks))
    assert [r.latency_ms for r in runs] == [250.0, 500.0]


def test_a_failing_case_is_recorded_and_the_run_goes_on():
    service = FakeService(fail_on="boom")
    runs = run_cases([case(id="a", question="boom"), case(id="b", question="fine")], local_asker(service))
    assert runs[0].answer is None and runs[0].error == "RuntimeError: index unavailable"
    assert runs[1].answer is not None and len(service.calls) == 2


def test_http_asker_posts_to_v1_ask_and_parses_the_answer():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, json.loads(request.content), request.headers.get("X-API-Key")))
        return httpx.Response(200, json=answer("answered", text="ok").model_dump(mode="json"))

    client = httpx.Client(base_url="http://testserver", transport=httpx.MockTransport(handler))
    ask = http_asker("http://testserver", api_key="k1", client=client)
    asked_at = dt.datetime(2026, 3, 16, 9, 30)
    result = ask("q?", council="tower-hamlets", role=None, asked_at=asked_at)
    assert result.outcome == "answered" and result.answer == "ok"
    path, body, key = seen[0]
    assert path == "/v1/ask" and key == "k1"
    assert body == {"question": "q?", "council": "tower-hamlets", "asked_at": "2026-03-16T09:30:00"}


def test_http_errors_become_case_errors_with_the_status():
    client = httpx.Client(
        base_url="http://testserver",
        transport=httpx.MockTransport(lambda r: httpx.Response(503, text="down")),
    )
    (run,) = run_cases([case()], http_asker("http://testserver", client=client))
    assert run.answer is None and "HTTP 503" in run.error
