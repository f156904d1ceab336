"""Commands for this area (placeholder until implemented)."""

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `conduct` CLI."""
