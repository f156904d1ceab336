"""`conduct slack`: clear errors for missing or rejected tokens, and where HTTP mode lives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer
from typer.testing import CliRunner

from bot.settings import get_settings
from bot.slack import commands
from tests.slack.fake_slack import FakeSlack

pytestmark = pytest.mark.xdist_group("slack")

_SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_BASE_URL")


@pytest.fixture()
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    for name in _SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    app = typer.Typer()
    commands.register(app)
    app.command("noop", hidden=True)(lambda: None)  # a second command keeps `slack` a subcommand
    yield app
    get_settings.cache_clear()


def test_missing_tokens_are_named_and_exit_2(cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["slack", "--socket"])
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN and SLACK_APP_TOKEN not set" in result.output
    assert "Traceback" not in result.output


def test_without_socket_it_explains_that_conduct_serve_hosts_http_mode(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    result = CliRunner().invoke(cli, ["slack"])
    assert result.exit_code == 0
    assert "conduct serve" in result.output and "/slack/events" in result.output


def test_a_token_slack_rejects_is_reported_and_exits_2(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeSlack().start()
    try:
        fake.fail_methods["auth.test"] = "invalid_auth"
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-revoked")
        monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
        monkeypatch.setenv("SLACK_API_BASE_URL", fake.base_url)
        result = CliRunner().invoke(cli, ["slack", "--socket"])
    finally:
        fake.stop()
    assert result.exit_code == 2
    assert "Slack did not accept SLACK_BOT_TOKEN" in result.output and "invalid_auth" in result.output


def test_socket_mode_warms_the_service_up_then_connects_with_the_app_token(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    import bot.service
    from tests.slack.conftest import FakeService

    fake = FakeSlack().start()
    events: list[str] = []

    class Service(FakeService):
        def warm_up(self) -> None:
            events.append("warm_up")

    def start(handler: SocketModeHandler) -> None:
        events.append(f"connect {handler.app_token} via {handler.client.web_client.base_url}")

    try:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
        monkeypatch.setenv("SLACK_API_BASE_URL", fake.base_url)
        monkeypatch.setattr(bot.service, "get_service", lambda: Service(get_settings()))
        monkeypatch.setattr(SocketModeHandler, "start", start)
        result = CliRunner().invoke(cli, ["slack", "--socket"])
    finally:
        fake.stop()
    assert result.exit_code == 0, result.output
    assert events == ["warm_up", f"connect xapp-1 via {fake.base_url}"]
