"""The Slack app end to end: signed requests over HTTP in, Web API calls to a fake Slack out."""

from __future__ import annotations

import json
import time

import pytest

from bot.service import QuestionError
from bot.settings import Settings
from bot.slack.blocks import FEEDBACK_DOWN, FEEDBACK_UP
from tests.slack.conftest import LICHFIELD_CHANNEL, PARA_12, TOWER_HAMLETS_TEAM, FakeService, SlackSender
from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack

pytestmark = pytest.mark.xdist_group("slack")


def mention(text: str, *, ts: str, channel: str = LICHFIELD_CHANNEL, thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": "UASKER", "text": text, "ts": ts, "channel": channel}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def block_texts(blocks: list[dict]) -> str:
    """All the text a reader sees in these blocks, for checking content without pinning layout."""
    return json.dumps(blocks, ensure_ascii=False)


def test_url_verification_challenge_is_echoed(slack: SlackSender) -> None:
    body = json.dumps(
        {
            "token": "unused",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    )
    response = slack.post(body, "application/json")
    assert response.status_code == 200
    assert response.json()["challenge"] == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"


def test_mention_is_answered_in_its_thread_with_the_answer_blocks(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    response = slack.event(
        mention(f"<@{BOT_USER_ID}> I was given a £60 meal, what must I do?", ts="1700000000.000100"),
        event_id="Ev0MENTION",
    )
    assert response.status_code == 200

    post = fake_slack.wait_for("chat.postMessage")[0]
    assert post.body["channel"] == LICHFIELD_CHANNEL
    assert post.body["thread_ts"] == "1700000000.000100"
    assert post.token == "xoxb-test-token"
    blocks = post.body["blocks"]
    first = blocks[0]
    assert first["type"] == "section"
    # The answer's markdown bold becomes mrkdwn, and &, <, > are escaped.
    assert (
        first["text"]["text"]
        == "You must tell the *Monitoring Officer* about a gift worth £60 &amp; &lt;more&gt;."
    )
    seen = block_texts(blocks)
    assert "29 March 2026" in seen  # the checker's deadline
    assert "Lichfield Members' Code of Conduct, para 12" in seen  # the citation, as context
    assert any(b["type"] == "context" for b in blocks)
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert {(b["action_id"], b["value"]) for b in buttons} >= {
        ("show_clause:0", PARA_12.id),
        (FEEDBACK_UP, "answer-0001"),
        (FEEDBACK_DOWN, "answer-0001"),
    }
    assert post.body["text"]  # a notification fallback

    [asked] = service.asked
    assert asked["question"] == "I was given a £60 meal, what must I do?"  # mention stripped
    assert asked["council"] == "lichfield"  # the channel's default council
    assert asked["conversation_id"] == f"slack:{TEAM_ID}:{LICHFIELD_CHANNEL}:1700000000.000100"
    assert asked["asker"].surface == "slack"
    assert (asked["asker"].workspace, asked["asker"].channel, asked["asker"].user) == (
        TEAM_ID,
        LICHFIELD_CHANNEL,
        "UASKER",
    )


def test_mention_inside_a_thread_replies_to_that_thread_and_continues_its_conversation(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    slack.event(
        mention(
            f"<@{BOT_USER_ID}> it was from a contractor",
            ts="1700000050.000200",
            thread_ts="1700000000.000100",
        ),
        event_id="Ev0THREAD",
    )
    post = fake_slack.wait_for("chat.postMessage")[0]
    assert post.body["thread_ts"] == "1700000000.000100"
    assert service.asked[0]["conversation_id"].endswith(":1700000000.000100")


def test_workspace_default_council_applies_when_the_channel_has_none(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    event = mention(f"<@{BOT_USER_ID}> can I accept a gift?", ts="1700000100.000300", channel="COTHER")
    event["team"] = TOWER_HAMLETS_TEAM
    slack.event(event, event_id="Ev0TEAMDEFAULT")
    fake_slack.wait_for("chat.postMessage")
    # The request's team is the workspace Slack says the event came from.
    assert service.asked[0]["council"] == "tower-hamlets"


def test_ack_comes_back_within_3_seconds_while_a_slow_answer_is_posted_later(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    service.delay = 5.0
    started = time.monotonic()
    response = slack.event(mention(f"<@{BOT_USER_ID}> slow one", ts="1700000200.000400"), event_id="Ev0SLOW")
    acked_after = time.monotonic() - started
    assert response.status_code == 200
    assert acked_after < 3.0
    assert fake_slack.calls("chat.postMessage") == []  # not answered yet

    fake_slack.wait_for("chat.postMessage", timeout=15)
    assert time.monotonic() - started >= 5.0


def test_retried_event_is_acknowledged_but_answered_once(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    event = mention(f"<@{BOT_USER_ID}> am I answered twice?", ts="1700000300.000500")
    assert slack.event(event, event_id="Ev0RETRY").status_code == 200
    fake_slack.wait_for("chat.postMessage")
    retry = slack.event(
        event, event_id="Ev0RETRY", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status_code == 200

    # A fresh event after the retry: once it is answered, a duplicate answer would have been too.
    slack.event(mention(f"<@{BOT_USER_ID}> sentinel", ts="1700000301.000600"), event_id="Ev0SENTINEL")
    fake_slack.wait_for("chat.postMessage", count=2)
    time.sleep(0.3)
    assert [a["question"] for a in service.asked] == ["am I answered twice?", "sentinel"]
    assert len(fake_slack.calls("chat.postMessage")) == 2


def test_direct_message_is_answered_in_the_dm(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "DASKER",
        "user": "UASKER",
        "text": "Do I need to register a &lt;£50 gift?",
        "ts": "1700000400.000700",
    }
    assert slack.event(event, event_id="Ev0DM").status_code == 200
    post = fake_slack.wait_for("chat.postMessage")[0]
    assert post.body["channel"] == "DASKER"
    assert post.body.get("thread_ts") is None  # a plain DM is answered in the DM, not a thread
    assert service.asked[0]["question"] == "Do I need to register a <£50 gift?"  # Slack's escaping undone
    assert service.asked[0]["conversation_id"] == f"slack:{TEAM_ID}:DASKER:dm"


def test_bot_messages_and_channel_messages_are_not_answered(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    from_bot = {
        "type": "message",
        "channel_type": "im",
        "channel": "DASKER",
        "bot_id": "BOTHER",
        "text": "hi",
        "ts": "1.1",
    }
    edited = {
        "type": "message",
        "subtype": "message_changed",
        "channel_type": "im",
        "channel": "DASKER",
        "ts": "1.2",
    }
    in_channel = {
        "type": "message",
        "channel_type": "channel",
        "channel": "C1",
        "user": "U1",
        "text": "hi",
        "ts": "1.3",
    }
    for n, event in enumerate([from_bot, edited, in_channel]):
        assert slack.event(event, event_id=f"Ev0IGNORED{n}").status_code == 200
    # A real DM after them: once it is answered, the ignored ones would have been answered too.
    question = {
        "type": "message",
        "channel_type": "im",
        "channel": "DASKER",
        "user": "U1",
        "text": "q",
        "ts": "1.4",
    }
    slack.event(question, event_id="Ev0REALDM")
    fake_slack.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert [a["question"] for a in service.asked] == ["q"]


def test_slash_command_is_acked_fast_and_answered_ephemerally(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    service.delay = 4.0
    started = time.monotonic()
    response = slack.command(
        {
            "command": "/conduct",
            "text": "can I accept hospitality from a supplier?",
            "team_id": TEAM_ID,
            "channel_id": LICHFIELD_CHANNEL,
            "user_id": "UASKER",
            "response_url": "https://hooks.slack.invalid/commands/1",
            "trigger_id": "1.2.3",
        }
    )
    assert response.status_code == 200
    assert time.monotonic() - started < 3.0

    post = fake_slack.wait_for("chat.postEphemeral", timeout=15)[0]
    assert post.body["channel"] == LICHFIELD_CHANNEL
    assert post.body["user"] == "UASKER"
    assert "Monitoring Officer" in block_texts(post.body["blocks"])
    assert fake_slack.calls("chat.postMessage") == []  # nothing public
    assert service.asked[0]["question"] == "can I accept hospitality from a supplier?"
    assert service.asked[0]["council"] == "lichfield"


def test_empty_slash_command_gets_help_and_asks_nothing(slack: SlackSender, service: FakeService) -> None:
    response = slack.command(
        {"command": "/conduct", "text": "  ", "team_id": TEAM_ID, "channel_id": "C1", "user_id": "U1"}
    )
    assert response.status_code == 200
    assert "Ask me" in response.text
    time.sleep(0.3)
    assert service.asked == []


def _click(action_id: str, value: str) -> dict:
    return {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "council"},
        "user": {"id": "UCLICKER", "team_id": TEAM_ID},
        "channel": {"id": LICHFIELD_CHANNEL, "name": "standards"},
        "container": {"type": "message", "message_ts": "1700000500.000800", "channel_id": LICHFIELD_CHANNEL},
        "message": {"ts": "1700000500.000800", "thread_ts": "1700000000.000100", "text": "answer"},
        "api_app_id": "ACONDUCT",
        "trigger_id": "1.2.3",
        "response_url": "https://hooks.slack.invalid/actions/1",
        "actions": [
            {"type": "button", "action_id": action_id, "block_id": "b1", "value": value, "action_ts": "1.0"}
        ],
    }


@pytest.mark.parametrize(("action_id", "helpful"), [(FEEDBACK_UP, True), (FEEDBACK_DOWN, False)])
def test_feedback_button_records_feedback_and_thanks_the_clicker(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack, action_id: str, helpful: bool
) -> None:
    assert slack.action(_click(action_id, "answer-0001")).status_code == 200
    thanks = fake_slack.wait_for("chat.postEphemeral")[0]
    assert thanks.body["user"] == "UCLICKER"
    assert "Thanks" in thanks.body["text"]
    [(answer_id, was_helpful, asker)] = service.feedback_given
    assert (answer_id, was_helpful) == ("answer-0001", helpful)
    assert (asker.surface, asker.workspace, asker.channel, asker.user) == (
        "slack",
        TEAM_ID,
        LICHFIELD_CHANNEL,
        "UCLICKER",
    )


def test_show_clause_button_shows_the_clause_verbatim_to_the_clicker(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    assert slack.action(_click("show_clause:0", PARA_12.id)).status_code == 200
    post = fake_slack.wait_for("chat.postEphemeral")[0]
    assert post.body["user"] == "UCLICKER"
    assert post.body["thread_ts"] == "1700000000.000100"  # beside the answer it belongs to
    shown = "\n".join(b["text"]["text"] for b in post.body["blocks"] if b["type"] == "section")
    assert "Lichfield Members' Code of Conduct, para 12" in shown
    quoted = " ".join(line.removeprefix("> ").removeprefix(">") for line in shown.splitlines()[1:])
    assert PARA_12.text in quoted
    assert "[8] The register is published" in quoted  # footnotes come with it


def test_show_clause_for_an_unknown_clause_says_so(slack: SlackSender, fake_slack: FakeSlack) -> None:
    slack.action(_click("show_clause:3", "lichfield/members-code:99"))
    post = fake_slack.wait_for("chat.postEphemeral")[0]
    assert "lichfield/members-code:99 is not in the codes I hold" in post.body["text"]


def test_bad_signature_is_rejected(slack: SlackSender, service: FakeService, fake_slack: FakeSlack) -> None:
    event = {"type": "app_mention", "user": "U1", "text": "hi", "ts": "1.5", "channel": "C1"}
    body = json.dumps({"type": "event_callback", "event_id": "Ev0FORGED", "team_id": TEAM_ID, "event": event})
    forged = SlackSender(slack.url.removesuffix("/slack/events"), secret="not-the-secret")
    response = slack.post(body, "application/json", signature=forged.sign(body, int(time.time())))
    assert response.status_code == 401
    time.sleep(0.3)
    assert service.asked == [] and fake_slack.calls("chat.postMessage") == []


def test_request_older_than_5_minutes_is_rejected(slack: SlackSender, service: FakeService) -> None:
    event = {"type": "app_mention", "user": "U1", "text": "hi", "ts": "1.6", "channel": "C1"}
    response = slack.event(event, event_id="Ev0STALE", timestamp=int(time.time()) - 6 * 60)
    assert response.status_code == 401
    time.sleep(0.3)
    assert service.asked == []


def test_rejected_request_does_not_mark_its_event_as_seen(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    event = mention(f"<@{BOT_USER_ID}> replayed", ts="1700000600.000900")
    assert slack.event(event, event_id="Ev0REPLAY", timestamp=int(time.time()) - 6 * 60).status_code == 401
    assert slack.event(event, event_id="Ev0REPLAY").status_code == 200
    fake_slack.wait_for("chat.postMessage")
    assert [a["question"] for a in service.asked] == ["replayed"]


def test_a_click_on_a_long_message_is_accepted_beyond_the_apis_body_limit(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack, slack_settings: Settings
) -> None:
    click = _click(FEEDBACK_UP, "answer-0001")
    # Slack sends the whole clicked message back; a long answer makes that far larger than /v1 allows.
    click["message"]["blocks"] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": "é" * 2900}} for _ in range(20)
    ]
    response = slack.action(click)
    assert len(response.request.content) > slack_settings.MAX_BODY_BYTES
    assert response.status_code == 200
    fake_slack.wait_for("chat.postEphemeral")
    assert service.feedback_given[0][:2] == ("answer-0001", True)


def test_slash_command_in_a_channel_the_bot_is_not_in_answers_through_the_response_url(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    fake_slack.fail_methods["chat.postEphemeral"] = "not_in_channel"
    fields = {"command": "/conduct", "text": "gifts?", "team_id": TEAM_ID, "channel_id": "CNOTMEMBER"}
    fields |= {"user_id": "UASKER", "response_url": fake_slack.base_url + "response-url-1"}
    assert slack.command(fields).status_code == 200
    [reply] = fake_slack.wait_for("response-url-1")
    assert reply.body["response_type"] == "ephemeral"
    assert "Monitoring Officer" in block_texts(reply.body["blocks"])


def test_a_question_the_service_refuses_gets_its_reason_and_a_failure_gets_no_traceback(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    service.error = QuestionError("the question is longer than 2000 characters")
    slack.event(mention(f"<@{BOT_USER_ID}> {'why ' * 600}", ts="1700000700.000100"), event_id="Ev0TOOLONG")
    refused = fake_slack.wait_for("chat.postMessage")[0]
    assert refused.body["text"] == "I can't answer that: the question is longer than 2000 characters"
    assert refused.body["thread_ts"] == "1700000700.000100"

    service.error = RuntimeError("index generation missing at /var/secret/path")
    slack.event(mention(f"<@{BOT_USER_ID}> anything", ts="1700000701.000100"), event_id="Ev0BROKEN")
    failed = fake_slack.wait_for("chat.postMessage", count=2)[1]
    assert failed.body["text"].startswith("Sorry, something went wrong")
    assert "/var/secret/path" not in json.dumps(failed.body)


def test_clicking_a_clarifying_option_answers_it_in_the_same_thread_conversation(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    slack.event(
        mention(f"<@{BOT_USER_ID}> can I accept this?", ts="1700000800.000100"), event_id="Ev0CLARIFY"
    )
    fake_slack.wait_for("chat.postMessage")
    click = _click("clarify:0:1", "councillor")
    click["message"]["thread_ts"] = "1700000800.000100"  # the bot's answer sits in the asker's thread
    assert slack.action(click).status_code == 200

    reply = fake_slack.wait_for("chat.postMessage", count=2)[1]
    assert reply.body["thread_ts"] == "1700000800.000100"
    assert reply.body["blocks"][0]["type"] == "context"
    assert reply.body["blocks"][0]["elements"][0]["text"] == "<@UCLICKER> answered: *councillor*"
    first, follow_up = service.asked
    assert follow_up["question"] == "councillor"
    assert follow_up["conversation_id"] == first["conversation_id"]


def test_clicking_an_option_on_a_private_command_answer_continues_that_conversation_privately(
    slack: SlackSender, service: FakeService, fake_slack: FakeSlack
) -> None:
    fields = {"command": "/conduct", "text": "a gift?", "team_id": TEAM_ID, "channel_id": LICHFIELD_CHANNEL}
    slack.command(fields | {"user_id": "UCLICKER"})
    fake_slack.wait_for("chat.postEphemeral")
    click = _click("clarify:0:0", "yes")
    del click["message"]  # Slack sends no message body for a click on an ephemeral message
    click["container"]["is_ephemeral"] = True
    slack.action(click)

    reply = fake_slack.wait_for("chat.postEphemeral", count=2)[1]
    assert reply.body["user"] == "UCLICKER"
    assert fake_slack.calls("chat.postMessage") == []
    first, follow_up = service.asked
    assert follow_up["question"] == "yes"
    assert follow_up["conversation_id"] == first["conversation_id"]
