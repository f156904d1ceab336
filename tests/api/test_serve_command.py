"""`conduct serve` runs uvicorn with one worker on the host and port given."""

from __future__ import annotations

import typer
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from bot.api.commands import register

app = typer.Typer()
app.callback()(lambda: None)  # a group, as in bot.cli, so "serve" is a subcommand
register(app)


def test_serve_runs_one_uvicorn_worker_on_the_given_address(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))

    result = CliRunner().invoke(app, ["serve", "--host", "127.0.0.2", "--port", "8123"])

    assert result.exit_code == 0, result.output
    ((served, kwargs),) = calls
    assert isinstance(served, FastAPI)
    assert (kwargs["host"], kwargs["port"], kwargs["workers"]) == ("127.0.0.2", 8123, 1)


def test_serve_defaults_to_loopback_port_8000(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))

    CliRunner().invoke(app, ["serve"])

    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 8000)
