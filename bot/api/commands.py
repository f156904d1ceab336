"""`conduct serve`: the HTTP API, the web page (and Slack, once mounted) in one process."""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 exposes it to the network."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve the API at /v1, the web page at / and /healthz, /readyz (one worker, one model load)."""
    # Imported here so `conduct check` and `conduct rules` stay instant.
    import uvicorn

    from bot.api.main import create_app

    # One worker on purpose: the model and index load once per process, in the lifespan.
    uvicorn.run(create_app(), host=host, port=port, log_level=log_level, workers=1)


def register(app: typer.Typer) -> None:
    """Add `serve` to the `conduct` CLI."""
    app.command("serve")(serve)
