"""`conduct slack --socket`: run the Slack app over Socket Mode (no public URL needed).

HTTP mode needs no command of its own: `conduct serve` mounts it at `/slack/events`.
Slack and the model load inside the command, so `conduct --help` stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from bot.settings import Settings


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `conduct` CLI."""
    app.command("slack")(slack)


def slack(
    socket: bool = typer.Option(False, "--socket", help="Connect over Socket Mode with SLACK_APP_TOKEN."),
) -> None:
    """Run the Slack app in Socket Mode; HTTP mode is served by `conduct serve` at /slack/events."""
    from bot.settings import get_settings
    from bot.slack.app import SlackConfigError, require_slack_settings

    settings = get_settings()
    try:
        require_slack_settings(settings, socket_mode=socket)
    except SlackConfigError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None

    if not socket:
        typer.echo(
            "HTTP mode is served by `conduct serve` at /slack/events: set that URL (https://<host>/slack/events)\n"
            "as the Request URL for Event Subscriptions, Interactivity and the /conduct command.\n"
            "To connect without a public URL, run `conduct slack --socket` (needs SLACK_APP_TOKEN)."
        )
        return

    _run_socket_mode(settings)


def _run_socket_mode(settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.service import get_service
    from bot.slack.app import SlackConfigError, build_slack_app

    service = get_service()
    try:
        slack_app = build_slack_app(service, settings, socket_mode=True)
    except SlackConfigError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo("Loading the model and index…", err=True)
    service.warm_up()  # once, before the first question, not during it
    typer.echo("Connecting to Slack over Socket Mode; Ctrl-C to stop.", err=True)
    SocketModeHandler(slack_app, settings.SLACK_APP_TOKEN).start()
