"""The chat page in headless chromium against the running server (fake service, keys set)."""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect

from bot.api.main import create_app
from tests.api.conftest import make_settings
from tests.api.fakes import FakeService

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def open_page(page, server):
    page.goto(server.url + "/")
    # The council picker fills from /web/documents: "Not sure" plus the two councils.
    expect(page.locator("#council option")).to_have_count(3)


def ask(page, question):
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def test_ask_with_the_keyboard_and_read_the_answer(fake_server, page):
    open_page(page, fake_server)
    page.get_by_label("Council", exact=True).select_option("lichfield")
    page.get_by_label("I am", exact=True).select_option("officer")

    ask(page, "I was given a £60 gift")

    answer = page.locator(".turn-bot").last
    expect(answer).to_contain_text("you must register the gift (para 12).")
    expect(answer.locator("strong", has_text="lichfield")).to_be_visible()
    expect(answer.locator("li", has_text="Tell the Monitoring Officer")).to_be_visible()
    expect(answer.locator(".check")).to_contain_text("Action required")
    expect(answer.locator(".check")).to_contain_text(
        "Deadline: Saturday 29 March 2025 (28 days from receipt)"
    )
    expect(answer.locator(".check")).to_contain_text(
        "Register — to Monitoring Officer — by Saturday 29 March 2025"
    )
    expect(page.locator(".turn-user").last).to_have_text("I was given a £60 gift")
    expect(page.get_by_label("Your question")).to_be_focused()
    expect(page.get_by_label("Your question")).to_have_value("")
    call = fake_server.fake.asked[-1]
    assert (call["council"], call["role"], call["asker"].surface) == ("lichfield", "officer", "web")
    assert page.js_errors == []


def test_a_follow_up_keeps_the_conversation_id(fake_server, page):
    open_page(page, fake_server)
    ask(page, "first question")
    expect(page.locator(".turn-bot")).to_have_count(1)
    ask(page, "second question")
    expect(page.locator(".turn-bot")).to_have_count(2)

    assert [c["conversation_id"] for c in fake_server.fake.asked] == [None, "conv-1"]


def test_shift_enter_adds_a_line_instead_of_sending(fake_server, page):
    open_page(page, fake_server)
    box = page.get_by_label("Your question")
    box.fill("line one")
    box.press("Shift+Enter")
    box.press_sequentially("line two")

    expect(box).to_have_value("line one\nline two")
    assert fake_server.fake.asked == []


def test_open_a_citation_to_read_the_verbatim_clause_and_footnotes(fake_server, page):
    open_page(page, fake_server)
    ask(page, "gift question")
    toggle = page.get_by_role("button", name="Lichfield Members' Code of Conduct, para 12")
    panel = page.locator("#" + toggle.get_attribute("aria-controls"))
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(panel).to_be_hidden()

    toggle.focus()
    page.keyboard.press("Enter")

    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    expect(panel.locator("blockquote")).to_have_text(
        "You must register any gift or hospitality with an estimated value of at least £50¹."
    )
    expect(panel).to_contain_text("[1] Within 28 days of its receipt.")
    toggle.click()
    expect(panel).to_be_hidden()


def test_a_clarifying_option_is_answered_with_a_click(fake_server, page):
    open_page(page, fake_server)
    ask(page, "please clarify")
    option = page.get_by_role("button", name="Lichfield District Council")
    expect(page.get_by_role("group", name="Which council are you with?")).to_be_visible()

    option.click()

    expect(page.locator(".turn-bot")).to_have_count(2)
    expect(option).to_have_attribute("aria-pressed", "true")
    expect(option).to_be_disabled()
    expect(page.get_by_label("Council", exact=True)).to_have_value("lichfield")
    call = fake_server.fake.asked[-1]
    assert (call["question"], call["council"], call["conversation_id"]) == (
        "Lichfield District Council",
        "lichfield",
        "conv-1",
    )


def test_markup_in_an_answer_is_shown_as_text_and_never_run(fake_server, page):
    open_page(page, fake_server)
    ask(page, "hostile")
    answer = page.locator(".turn-bot").last
    expect(answer).to_contain_text(
        'Answer <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    )
    answer.locator(".citation-toggle").click()

    expect(answer.locator(".clause blockquote")).to_contain_text("Quote <script>")
    expect(answer.locator(".citation-toggle")).to_contain_text("Label <script>")
    expect(answer.locator("li", has_text="bullet <script>")).to_be_visible()
    expect(answer.locator("strong", has_text="bold <script>")).to_be_visible()
    expect(answer.locator("button.option")).to_contain_text("<img src=x")
    assert page.locator("#log script, #log img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.js_errors == []


def test_feedback_buttons_record_the_click(fake_server, page):
    open_page(page, fake_server)
    ask(page, "gift question")

    page.get_by_role("button", name="Not helpful").click()

    expect(page.locator(".feedback")).to_contain_text("Thank you, your feedback is recorded.")
    expect(page.get_by_role("button", name="Not helpful")).to_have_attribute("aria-pressed", "true")
    assert [(a, h, who.surface) for a, h, who in fake_server.fake.feedbacks] == [("answer-1", False, "web")]


def test_a_server_error_is_shown_clearly_and_the_question_kept(fake_server, page):
    open_page(page, fake_server)
    ask(page, "make it go boom")

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Something went wrong on the server.")
    expect(alert).to_contain_text("(HTTP 500)")
    expect(alert).to_contain_text("Reference:")
    expect(page.get_by_label("Your question")).to_have_value("make it go boom")


def test_an_empty_question_is_refused_in_the_page(fake_server, page):
    open_page(page, fake_server)
    ask(page, "   ")

    expect(page.get_by_role("alert")).to_have_text("Type a question first.")
    assert fake_server.fake.asked == []


def test_while_loading_the_page_says_the_service_is_starting(tmp_path, serve, page):
    settings = make_settings(tmp_path)
    gate = threading.Event()
    server = serve(create_app(FakeService(settings, ready=False, gate=gate), settings))
    try:
        open_page(page, server)
        ask(page, "gift question")

        expect(page.get_by_role("alert")).to_contain_text("starting up")
        expect(page.get_by_role("alert")).to_contain_text("(HTTP 503)")
    finally:
        gate.set()


def test_the_page_is_labelled_for_screen_readers(fake_server, page):
    open_page(page, fake_server)

    for label in ("Council", "I am", "Your question"):
        expect(page.get_by_label(label, exact=True)).to_be_visible()
    expect(page.locator("#log")).to_have_attribute("role", "log")
    expect(page.locator("#log")).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("button", name="Ask")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the question box")).to_be_focused()
