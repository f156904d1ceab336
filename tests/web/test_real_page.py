"""The page against the real service on the real corpus: ask, read the answer, open a citation."""

from __future__ import annotations

import time

import httpx
import pytest
from playwright.sync_api import expect

from bot.api.main import create_app
from bot.service import ConductService
from tests.web.conftest import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def real_server(request):
    try:
        settings = request.getfixturevalue("built_index")
    except pytest.FixtureLookupError:
        pytest.skip("the shared built_index fixture is not in tests/conftest.py yet")
    with LiveServer(create_app(ConductService(settings), settings)) as server:
        deadline = time.monotonic() + 120
        while (ready := httpx.get(server.url + "/readyz")).status_code != 200:
            if ready.json().get("status") == "failed" or time.monotonic() > deadline:
                pytest.fail(f"the real service did not warm up: {ready.json()}")
            time.sleep(0.2)
        yield server


def test_ask_the_real_service_read_the_answer_and_open_a_citation(real_server, page):
    page.goto(real_server.url + "/")
    expect(page.locator("#council option[value=lichfield]")).to_have_count(1)
    page.get_by_label("Council", exact=True).select_option("lichfield")
    page.get_by_label("I am", exact=True).select_option("councillor")
    box = page.get_by_label("Your question")
    box.fill("I was given a bottle of wine worth £60. Do I need to tell anyone?")
    with page.expect_response("**/web/ask", timeout=60_000) as response_info:
        box.press("Enter")
    answer_json = response_info.value.json()

    answer = page.locator(".turn-bot").last
    expect(answer.locator(".answer-text")).not_to_be_empty()
    assert answer_json["citations"], answer_json["answer"]
    first = answer_json["citations"][0]
    toggle = answer.locator(".citation-toggle").first
    expect(toggle).to_have_text(first["label"])
    toggle.click()

    panel = page.locator("#" + toggle.get_attribute("aria-controls"))
    expect(panel).to_be_visible()
    council, document = first["document"].split("/")
    number = first["id"].split(":", 1)[1]
    clauses = httpx.get(f"{real_server.url}/v1/documents/{council}/{document}/clauses/{number}").json()
    # What the page shows is the clause exactly as the corpus prints it.
    quote = next(c["quote"] for c in clauses if c["id"] == first["id"])
    expect(panel.locator("blockquote")).to_have_text(quote)
    assert page.js_errors == []
