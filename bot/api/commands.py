"""`conduct serve`: the HTTP API, the web page and (when configured) Slack in one process."""

from __future__ import annotations

import typer


def build_served_app():  # -> FastAPI; annotated loosely to keep fastapi out of CLI start-up
    """The app `conduct serve` runs: the process-wide service, with Slack mounted when configured.

    Slack half-configured (a token without a signing secret, or a token Slack rejects) raises
    `SlackConfigError` here, at start-up, rather than on every event.
    """
    from bot.api.main import create_app
    from bot.service import get_service
    from bot.settings import get_settings
    from bot.slack.http import slack_router_if_configured

    settings = get_settings()
    service = get_service()
    slack = slack_router_if_configured(service, settings)
    return create_app(service, settings, extra_routers=[slack] if slack else [])


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 exposes it to the network."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve the API at /v1, the web page at /, Slack at /slack/events, and /healthz, /readyz.

    One worker: the model and index load once, in the background, after start-up.
    """
    # Imported here so `conduct check` and `conduct rules` stay instant.
    import uvicorn

    from bot.slack.app import SlackConfigError

    try:
        app = build_served_app()
    except SlackConfigError as exc:
        typer.echo(f"conduct serve: Slack is not configured correctly: {exc}", err=True)
        raise typer.Exit(2) from exc
    uvicorn.run(app, host=host, port=port, log_level=log_level, workers=1)


def register(app: typer.Typer) -> None:
    """Add `serve` to the `conduct` CLI."""
    app.command("serve")(serve)
