"""The Slack door: @mentions, direct messages, `/conduct`, and the buttons under an answer.

Every question goes to `ConductService.ask()`, like every other door. Slack wants an HTTP 200
within 3 seconds and answering can take longer, so each listener is split in two (Bolt's lazy
listeners): an `ack` that returns at once and a lazy function, run on a worker thread, that asks
the service and posts the answer.

The app runs with `process_before_response=True`: the ack runs on the request's own thread and
only the lazy answering goes to the worker pool. With `False`, Bolt also runs each ack on that
pool and waits up to 3 seconds for it, so a pool busy with slow answers would delay acks past
Slack's deadline.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.service import Asker, ConductService, QuestionError
from bot.settings import Settings
from bot.slack import blocks
from bot.slack.blocks import SlackMessage
from bot.slack.dedupe import SeenKeys
from bot.types import Clause

log = logging.getLogger(__name__)

ANSWER_WORKERS = 8  # answers in flight at once; more wait their turn, acks never do
COMMAND = "/conduct"
HELP = (
    "Ask me about your council's code of conduct, for example: "
    "“I was offered a £60 meal by a contractor — what do I need to do?”"
)


class SlackConfigError(ValueError):
    """Slack settings missing or rejected; the message names the setting."""


def require_slack_settings(settings: Settings, *, socket_mode: bool = False) -> None:
    """Raise `SlackConfigError` naming every Slack setting this mode needs and lacks.

    HTTP mode needs the signing secret: without it Bolt would check signatures against an
    empty key, which anyone can forge. Socket Mode needs the app-level token instead.
    """
    needed = ["SLACK_BOT_TOKEN"] + (["SLACK_APP_TOKEN"] if socket_mode else ["SLACK_SIGNING_SECRET"])
    missing = [name for name in needed if not getattr(settings, name)]
    if missing:
        mode = "Socket Mode" if socket_mode else "HTTP mode (/slack/events)"
        pronoun = "them" if len(missing) > 1 else "it"
        raise SlackConfigError(f"{' and '.join(missing)} not set: the Slack app in {mode} needs {pronoun}")


def default_council(settings: Settings, team: str | None, channel: str | None) -> str | None:
    """The council a question from this channel is about unless it says otherwise.

    A channel's entry in `SLACK_DEFAULT_COUNCILS` wins over its workspace's; with neither,
    the deployment's `DEFAULT_COUNCIL`.
    """
    councils = settings.SLACK_DEFAULT_COUNCILS
    for key in (channel, team):
        if key and key in councils:
            return councils[key]
    return settings.DEFAULT_COUNCIL


_USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL_MENTION = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL_MENTION = re.compile(r"<!(\w+)(?:\^[^>|]*)?(?:\|[^>]*)?>")
_LINK = re.compile(r"<([^>|]+)(?:\|([^>]*))?>")


def question_from_slack(text: str, bot_user_id: str | None = None) -> str:
    """The question as the asker typed it: the bot's mention removed, Slack's markup undone.

    Slack sends `<@U123>` for mentions, `<#C123|name>` for channels, `<url|label>` for links and
    escapes `&`, `<`, `>`; the service should see plain text.
    """

    def user(match: re.Match[str]) -> str:
        # Without the bot's id, a mention opening the text is taken to be the bot's.
        is_bot = match.group(1) == bot_user_id if bot_user_id else match.start() == 0
        return "" if is_bot else f"@{match.group(2) or match.group(1)}"

    text = _USER_MENTION.sub(user, text)
    text = _CHANNEL_MENTION.sub(lambda m: f"#{m.group(1) or 'channel'}", text)
    text = _SPECIAL_MENTION.sub(lambda m: f"@{m.group(1)}", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1).removeprefix("mailto:"), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def conversation_id(team: str | None, channel: str | None, thread: str) -> str:
    """A stable id per Slack thread (or DM, or user's slash commands), for follow-up questions."""
    return f"slack:{team or '-'}:{channel or '-'}:{thread}"


def find_clause(service: ConductService, clause_id: str) -> Clause | None:
    """The clause with this id (`<document>:<number>[@<section>]`), or None if there is none."""
    document, _, rest = clause_id.partition(":")
    number = rest.split("@", 1)[0]
    try:
        candidates = service.clauses(document, number)
    except (LookupError, ValueError):
        return None
    exact = [c for c in candidates if c.id == clause_id]
    if exact:
        return exact[0]
    return candidates[0] if len(candidates) == 1 and "@" not in clause_id else None


class SlackListeners:
    """The listeners of one Slack app; Bolt injects their arguments by parameter name."""

    def __init__(self, service: ConductService, settings: Settings, seen: SeenKeys | None = None) -> None:
        self.service = service
        self.settings = settings
        self.seen = seen or SeenKeys()

    # -- global middleware -------------------------------------------------------------------

    def drop_seen_events(self, body: dict[str, Any], request: Any, next: Callable[[], None]) -> Any:
        """Acknowledge a redelivered event without handling it again.

        Runs after Bolt's signature check, so an unsigned request cannot mark an event as seen.
        """
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not self.seen.first_time(f"event:{event_id}"):
            retry = (request.headers.get("x-slack-retry-num") or ["?"])[0]
            log.info("Slack event %s already handled; retry %s acknowledged and dropped", event_id, retry)
            return BoltResponse(status=200, body="")
        return next()

    # -- acks ----------------------------------------------------------------------------------

    @staticmethod
    def ack_now(ack: Callable[..., Any]) -> None:
        ack()

    @staticmethod
    def ack_command(ack: Callable[..., Any], command: dict[str, Any]) -> None:
        if not (command.get("text") or "").strip():
            ack(text=HELP)
        else:
            ack()

    # -- questions -----------------------------------------------------------------------------

    def answer_mention(self, event: dict[str, Any], client: WebClient, context: Any) -> None:
        """Answer an @mention in the thread it was asked in (starting one if needed)."""
        if event.get("bot_id"):
            return  # another bot mentioning us: answering could start a loop
        channel = event.get("channel")
        if not self.seen.first_time(f"message:{channel}:{event.get('ts')}"):
            return  # the same message also arrived as a DM event
        thread_ts: str | None = event.get("thread_ts") or event.get("ts")
        if not thread_ts:
            return  # not a message Slack could thread a reply under
        team = context.team_id or event.get("team")
        messages = self._answer(
            question_from_slack(event.get("text") or "", context.bot_user_id),
            team=team,
            channel=channel,
            user=event.get("user"),
            conversation=conversation_id(team, channel, thread_ts),
        )
        self._post(client, channel, messages, thread_ts=thread_ts)

    def answer_direct_message(self, event: dict[str, Any], client: WebClient, context: Any) -> None:
        """Answer a direct message; later DMs continue the same conversation."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return  # edits, joins, bots (ourselves included) and channel chatter are not questions
        channel = event.get("channel")
        if not self.seen.first_time(f"message:{channel}:{event.get('ts')}"):
            return
        thread_ts = event.get("thread_ts")
        team = context.team_id or event.get("team")
        messages = self._answer(
            question_from_slack(event.get("text") or "", context.bot_user_id),
            team=team,
            channel=channel,
            user=event.get("user"),
            conversation=conversation_id(team, channel, thread_ts or "dm"),
        )
        self._post(client, channel, messages, thread_ts=thread_ts)

    def answer_command(
        self,
        command: dict[str, Any],
        client: WebClient,
        context: Any,
        respond: Callable[..., Any] | None = None,
    ) -> None:
        """Answer `/conduct <question>` privately to the person who asked."""
        question = question_from_slack(command.get("text") or "", context.bot_user_id)
        if not question:
            return  # the ack already showed the help text
        team, channel, user = command.get("team_id"), command.get("channel_id"), command.get("user_id")
        messages = self._answer(
            question,
            team=team,
            channel=channel,
            user=user,
            conversation=conversation_id(team, channel, f"command:{user}"),
        )
        self._post_ephemeral(client, respond, channel, user, messages)

    def _answer(
        self,
        question: str,
        *,
        team: str | None,
        channel: str | None,
        user: str | None,
        conversation: str,
        preface: list[blocks.Block] | None = None,
    ) -> list[SlackMessage]:
        if not question:
            return blocks.render_error(HELP)
        try:
            answer = self.service.ask(
                question,
                council=default_council(self.settings, team, channel),
                conversation_id=conversation,
                asker=Asker(surface="slack", workspace=team, channel=channel, user=user),
            )
        except QuestionError as error:  # bad input: the service's message says what is wrong
            return blocks.render_error(f"I can't answer that: {error}")
        except Exception:
            log.exception("answering a Slack question failed")
            return blocks.render_error("Sorry, something went wrong while answering. Please try again.")
        return blocks.render_answer(answer, preface)

    # -- buttons -------------------------------------------------------------------------------

    def record_feedback_up(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Any
    ) -> None:
        self._record_feedback(body, action, client, respond, helpful=True)

    def record_feedback_down(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Any
    ) -> None:
        self._record_feedback(body, action, client, respond, helpful=False)

    def _record_feedback(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Any, *, helpful: bool
    ) -> None:
        team, channel, user = _who_clicked(body)
        try:
            self.service.feedback(
                action.get("value") or "",
                helpful,
                Asker(surface="slack", workspace=team, channel=channel, user=user),
            )
            text = "Thanks — your feedback is recorded."
        except Exception:
            log.exception("recording Slack feedback failed")
            text = "Sorry, your feedback could not be recorded. Please try again."
        self._post_ephemeral(
            client, respond, channel, user, blocks.render_error(text), thread_ts=_thread_of(body)
        )

    def show_clause(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Any
    ) -> None:
        """Show the clause behind a citation, verbatim, to the person who clicked."""
        _, channel, user = _who_clicked(body)
        clause_id = action.get("value") or ""
        clause = find_clause(self.service, clause_id)
        if clause is None:
            messages = blocks.render_error(f"Clause {clause_id} is not in the codes I hold.")
        else:
            messages = blocks.render_clause(clause)
        self._post_ephemeral(client, respond, channel, user, messages, thread_ts=_thread_of(body))

    def answer_clarification(
        self, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: Any, respond: Any
    ) -> None:
        """A click on a clarifying option: the option is the next message of that conversation.

        The conversation is found from where the clicked answer sits, the same way it was named
        when the question was asked: its thread, the DM, or (for an ephemeral `/conduct`
        answer) the clicker's own commands in that channel.
        """
        team, channel, user = _who_clicked(body)
        option = action.get("value") or ""
        thread_ts = _thread_of(body)
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral")) or not body.get("message")
        if ephemeral:
            thread = f"command:{user}"
        elif thread_ts:
            thread = thread_ts
        elif (channel or "").startswith("D"):
            thread = "dm"
        else:
            thread = (body.get("message") or {}).get("ts") or "-"
        preface = blocks.context_blocks([f"<@{user}> answered: *{blocks.escape(option)}*"])
        messages = self._answer(
            option,
            team=team,
            channel=channel,
            user=user,
            conversation=conversation_id(team, channel, thread),
            preface=preface,
        )
        if ephemeral:
            self._post_ephemeral(client, respond, channel, user, messages)
        else:
            self._post(client, channel, messages, thread_ts=thread_ts)

    # -- posting -------------------------------------------------------------------------------

    @staticmethod
    def _post(
        client: WebClient, channel: str | None, messages: list[SlackMessage], thread_ts: str | None
    ) -> None:
        for message in messages:
            try:
                client.chat_postMessage(
                    channel=channel or "",
                    thread_ts=thread_ts,
                    text=message.text,
                    blocks=message.blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
            except SlackApiError as error:
                log.error("chat.postMessage to %s failed: %s", channel, error.response.get("error"))
                return  # later parts without the earlier ones would mislead

    @staticmethod
    def _post_ephemeral(
        client: WebClient,
        respond: Any,
        channel: str | None,
        user: str | None,
        messages: list[SlackMessage],
        thread_ts: str | None = None,
    ) -> None:
        """chat.postEphemeral; where the bot may not post (a channel it is not in), the response_url."""
        for message in messages:
            try:
                client.chat_postEphemeral(
                    channel=channel or "",
                    user=user or "",
                    thread_ts=thread_ts,
                    text=message.text,
                    blocks=message.blocks,
                )
            except SlackApiError as error:
                if respond is None:
                    log.error("chat.postEphemeral to %s failed: %s", channel, error.response.get("error"))
                    return
                try:
                    respond(
                        text=message.text,
                        blocks=message.blocks,
                        response_type="ephemeral",
                        replace_original=False,
                    )
                except Exception:
                    log.exception("chat.postEphemeral (%s) and the response_url both failed", error)
                    return


def _who_clicked(body: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    team = (body.get("team") or {}).get("id")
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")
    return team, channel, user


def _thread_of(body: dict[str, Any]) -> str | None:
    """The thread the clicked message sits in, so the reply appears beside it."""
    message = body.get("message") or {}
    return message.get("thread_ts") or (body.get("container") or {}).get("thread_ts")


def build_slack_app(service: ConductService, settings: Settings, *, socket_mode: bool = False) -> App:
    """The Bolt app, talking to Slack's Web API at `SLACK_API_BASE_URL`.

    Bolt calls `auth.test` here to learn the bot's own user id; a rejected token or an
    unreachable Slack raises `SlackConfigError`.
    """
    require_slack_settings(settings, socket_mode=socket_mode)
    client = WebClient(token=settings.SLACK_BOT_TOKEN, base_url=settings.SLACK_API_BASE_URL)
    try:
        app = App(
            name="conduct",
            client=client,
            signing_secret=settings.SLACK_SIGNING_SECRET or "",
            process_before_response=True,
            listener_executor=ThreadPoolExecutor(
                max_workers=ANSWER_WORKERS, thread_name_prefix="conduct-slack"
            ),
        )
    except (BoltError, OSError) as error:
        raise SlackConfigError(
            f"Slack did not accept SLACK_BOT_TOKEN (auth.test at {settings.SLACK_API_BASE_URL}): {error}"
        ) from error

    listeners = SlackListeners(service, settings)
    app.middleware(listeners.drop_seen_events)
    app.event("app_mention")(ack=listeners.ack_now, lazy=[listeners.answer_mention])
    # Every message event is acknowledged; only direct messages are answered.
    app.event("message")(ack=listeners.ack_now, lazy=[listeners.answer_direct_message])
    app.command(COMMAND)(ack=listeners.ack_command, lazy=[listeners.answer_command])
    app.action(blocks.FEEDBACK_UP)(ack=listeners.ack_now, lazy=[listeners.record_feedback_up])
    app.action(blocks.FEEDBACK_DOWN)(ack=listeners.ack_now, lazy=[listeners.record_feedback_down])
    app.action(re.compile(rf"^{blocks.SHOW_CLAUSE_PREFIX}(:|$)"))(
        ack=listeners.ack_now, lazy=[listeners.show_clause]
    )
    app.action(re.compile(rf"^{blocks.CLARIFY_PREFIX}:"))(
        ack=listeners.ack_now, lazy=[listeners.answer_clarification]
    )
    return app
