"""The Slack app's small decisions: the question text, the default council, clause lookup, dedupe."""

from __future__ import annotations

import threading

import pytest

from bot.service import ConductService
from bot.settings import Settings
from bot.slack.app import (
    SlackConfigError,
    default_council,
    find_clause,
    question_from_slack,
    require_slack_settings,
)
from bot.slack.dedupe import SeenKeys
from bot.slack.http import slack_router_if_configured
from bot.types import Clause
from tests.slack.fake_slack import FakeSlack

pytestmark = pytest.mark.xdist_group("slack")


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)


def test_the_bots_mention_is_stripped_and_other_people_are_kept_by_name() -> None:
    text = "<@UBOT> can <@U123|sam> accept a gift from <@U456>?"
    assert question_from_slack(text, "UBOT") == "can @sam accept a gift from @U456?"


def test_without_the_bots_id_a_leading_mention_is_taken_as_the_bots() -> None:
    assert question_from_slack("<@UBOT>   what about gifts?") == "what about gifts?"


def test_slack_markup_and_escaping_are_undone() -> None:
    text = "<@UBOT> see <https://example.org/code|the code> in <#C1|standards> &lt;£50 &amp; more &gt; less"
    assert question_from_slack(text, "UBOT") == "see the code in #standards <£50 & more > less"


def test_channel_default_council_wins_over_the_workspace_default() -> None:
    s = settings(
        SLACK_DEFAULT_COUNCILS={"T1": "tower-hamlets", "C1": "lichfield"}, DEFAULT_COUNCIL="elsewhere"
    )
    assert default_council(s, "T1", "C1") == "lichfield"
    assert default_council(s, "T1", "C2") == "tower-hamlets"
    assert default_council(s, "T2", "C2") == "elsewhere"


def test_no_default_council_anywhere_means_none() -> None:
    assert default_council(settings(), "T1", "C1") is None


def _clause(clause_id: str, number: str, heading: str) -> Clause:
    return Clause(
        id=clause_id,
        council="tower-hamlets",
        document="tower-hamlets/member-officer-protocol",
        number=number,
        heading_path=[heading],
        text=f"text under {heading}",
        line_start=1,
        line_end=1,
        audience="both",
        citation_title="Tower Hamlets Member/Officer Protocol",
    )


class TwoClausesService(ConductService):
    """The protocol prints 10.2 twice; `clauses()` returns both, as the contract says."""

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        assert document_id == "tower-hamlets/member-officer-protocol"
        return [
            _clause(f"{document_id}:10.2@general", "10.2", "General"),
            _clause(f"{document_id}:10.2@procedure-for-councillors", "10.2", "Procedure for Councillors"),
        ]


def test_a_number_printed_twice_is_resolved_by_its_section() -> None:
    service = TwoClausesService(settings())
    found = find_clause(service, "tower-hamlets/member-officer-protocol:10.2@procedure-for-councillors")
    assert found is not None and found.heading_path == ["Procedure for Councillors"]
    assert find_clause(service, "tower-hamlets/member-officer-protocol:10.2@nowhere") is None


def test_seen_keys_answer_first_time_once_within_the_ttl() -> None:
    now = [0.0]
    seen = SeenKeys(ttl_seconds=60, clock=lambda: now[0])
    assert seen.first_time("Ev1") is True
    assert seen.first_time("Ev1") is False
    now[0] = 59.9
    assert seen.first_time("Ev1") is False
    now[0] = 60.0
    assert seen.first_time("Ev1") is True  # forgotten after the TTL


def test_seen_keys_forget_the_oldest_beyond_capacity() -> None:
    seen = SeenKeys(max_keys=2)
    for key in ("a", "b", "c"):
        assert seen.first_time(key)
    assert seen.first_time("a") is True  # pushed out by "c"
    assert seen.first_time("c") is False


def test_http_mode_without_a_signing_secret_is_refused_by_name() -> None:
    with pytest.raises(SlackConfigError, match="^SLACK_SIGNING_SECRET not set"):
        require_slack_settings(settings(SLACK_BOT_TOKEN="xoxb-1"))


def test_socket_mode_needs_the_app_token_not_the_signing_secret() -> None:
    require_slack_settings(settings(SLACK_BOT_TOKEN="xoxb-1", SLACK_APP_TOKEN="xapp-1"), socket_mode=True)
    with pytest.raises(SlackConfigError, match="SLACK_BOT_TOKEN and SLACK_APP_TOKEN not set"):
        require_slack_settings(settings(), socket_mode=True)


def test_seen_keys_let_exactly_one_of_many_concurrent_deliveries_through() -> None:
    seen = SeenKeys()
    barrier = threading.Barrier(16)
    results: list[bool] = []

    def deliver() -> None:
        barrier.wait()
        results.append(seen.first_time("Ev-concurrent"))

    threads = [threading.Thread(target=deliver) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 15 + [True]


def test_serve_mounts_slack_only_when_configured_and_refuses_half_a_configuration(
    fake_slack: FakeSlack,
) -> None:
    service = ConductService(settings())
    assert slack_router_if_configured(service, settings()) is None
    with pytest.raises(SlackConfigError, match="SLACK_SIGNING_SECRET not set"):
        slack_router_if_configured(service, settings(SLACK_BOT_TOKEN="xoxb-1"))
    configured = settings(
        SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s", SLACK_API_BASE_URL=fake_slack.base_url
    )
    router = slack_router_if_configured(service, configured)
    assert router is not None
    assert [(r.path, r.methods) for r in router.routes] == [("/slack/events", {"POST"})]
