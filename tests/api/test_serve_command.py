"""`conduct serve` runs uvicorn with one worker on the host and port given."""

from __future__ import annotations

import pytest
import typer
import uvicorn
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import bot.slack.http
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


def test_serve_mounts_slack_when_it_is_configured(monkeypatch):
    slack = APIRouter()
    slack.add_api_route("/slack/events", lambda: {"ok": True}, methods=["POST"])
    monkeypatch.setattr(bot.slack.http, "slack_router_if_configured", lambda service, settings: slack)
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(app))

    CliRunner().invoke(app, ["serve"])

    assert TestClient(calls[0]).post("/slack/events").json() == {"ok": True}


def test_serve_without_slack_settings_serves_no_slack_route(monkeypatch):
    monkeypatch.setattr(bot.slack.http, "slack_router_if_configured", lambda service, settings: None)
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(app))

    CliRunner().invoke(app, ["serve"])

    assert TestClient(calls[0]).post("/slack/events").status_code == 404


def test_serve_with_half_a_slack_configuration_exits_with_a_clear_message(monkeypatch):
    from bot.slack.app import SlackConfigError

    def refuse(service, settings):
        raise SlackConfigError("SLACK_SIGNING_SECRET is not set")

    monkeypatch.setattr(bot.slack.http, "slack_router_if_configured", refuse)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: pytest.fail("must not serve"))

    result = CliRunner().invoke(app, ["serve"])

    assert result.exit_code == 2
    assert "SLACK_SIGNING_SECRET is not set" in result.output
