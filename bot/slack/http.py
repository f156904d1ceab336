"""Slack's HTTP mode: `POST /slack/events` inside the FastAPI app that `conduct serve` runs.

Events, slash commands and button clicks all arrive at this one URL (set it as the Request URL
for Event Subscriptions, Interactivity and the `/conduct` command in the Slack app's settings).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from slack_bolt import App
from slack_bolt.adapter.fastapi import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool

from bot.service import ConductService
from bot.settings import Settings

EVENTS_PATH = "/slack/events"
# A button click carries the whole message it sits on (up to 50 blocks of 3,000 characters,
# URL-encoded), far beyond the API's MAX_BODY_BYTES, so this route sets its own ceiling.
MAX_SLACK_BODY_BYTES = 2 * 1024 * 1024


class _ThreadedSlackRequestHandler(SlackRequestHandler):
    """Bolt's FastAPI handler, with the Bolt dispatch moved off the event loop.

    The stock handler calls the synchronous `App.dispatch` (signature check, `auth.test` on
    first use, the ack listener) straight from its `async` method, which stalls every other
    request the server is handling, `/healthz` included, for as long as that takes.
    """

    async def handle(self, req: Request, addition_context_properties: dict | None = None) -> Response:
        if req.method != "POST":
            return await super().handle(req, addition_context_properties)
        body = await req.body()
        bolt_response = await run_in_threadpool(
            self.app.dispatch, to_bolt_request(req, body, addition_context_properties)
        )
        return to_starlette_response(bolt_response)


def slack_router(slack_app: App) -> APIRouter:
    """A router serving `POST /slack/events` with this Bolt app."""
    handler = _ThreadedSlackRequestHandler(slack_app)
    router = APIRouter(tags=["slack"], max_body_size=MAX_SLACK_BODY_BYTES)

    @router.post(EVENTS_PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        """Slack Events API, slash commands and interactivity (signed by Slack)."""
        return await handler.handle(request)

    return router


def slack_router_if_configured(service: ConductService, settings: Settings) -> APIRouter | None:
    """The Slack router when Slack is configured; None when no Slack setting is set at all.

    For `conduct serve`: `create_app(service, settings, extra_routers=[...])`. Half a
    configuration (a bot token without a signing secret, or the reverse) raises
    `SlackConfigError` naming what is missing, as does a token Slack rejects: building the
    app calls Slack's `auth.test`, so a bad token fails start-up rather than every request.
    """
    from bot.slack.app import build_slack_app, require_slack_settings

    if not (settings.SLACK_BOT_TOKEN or settings.SLACK_SIGNING_SECRET):
        return None
    require_slack_settings(settings)
    return slack_router(build_slack_app(service, settings))
