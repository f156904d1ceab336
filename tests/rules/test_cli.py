"""`conduct check` and `conduct rules` through typer's CliRunner, and the installed command once."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import typer
from typer.testing import CliRunner

from bot.rules.commands import register
from bot.settings import REPO_ROOT

ISSUE_KEYS = {"rule", "outcome", "actions", "deadline", "facts", "missing", "explanation", "citations"}


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_check_json_prints_the_result_object(app, runner):
    result = runner.invoke(
        app, ["check", "lichfield.member.gifts_hospitality", "value=50.00", "received=2026-03-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert ISSUE_KEYS <= data.keys()
    assert data["outcome"] == "action_required"
    assert data["deadline"] == "2026-03-29"
    assert data["actions"][0] | {"citation": None} == {
        "do": "notify",
        "to": "Monitoring Officer",
        "by": "2026-03-29",
        "detail": data["actions"][0]["detail"],
        "citation": None,
    }
    assert data["actions"][0]["citation"]["id"] == "lichfield/members-code:12"
    assert data["citations"][0]["quote"].startswith("12. You are also required to notify")
    assert data["facts"] == {"value": 50.0, "received": "2026-03-01"}


def test_check_text_is_readable(app, runner):
    result = runner.invoke(app, ["check", "lichfield.officer.sponsorship", "value=500.01"])
    assert result.exit_code == 0
    assert "ACTION REQUIRED" in result.stdout
    assert "seek approval → Chief Executive" in result.stdout
    assert "Lichfield Officers' Code of Conduct, para 2.6.1" in result.stdout


def test_check_refer_lists_missing_facts(app, runner):
    result = runner.invoke(app, ["check", "lichfield.member.gifts_hospitality", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["outcome"] == "refer" and data["missing"] == ["value", "received"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "lichfield.nothing"], "unknown rule 'lichfield.nothing'"),
        (["check", "lichfield.officer.gift", "value=fifty"], "value='fifty' is not an amount"),
        (["check", "lichfield.officer.gift", "value=-5"], "negative"),
        (
            ["check", "lichfield.member.gifts_hospitality", "value=60", "received=2026-02-30"],
            "not a real date",
        ),
        (["check", "lichfield.officer.gift", "value"], "expected key=value"),
        (["check", "lichfield.officer.gift", "value="], "has no value"),
        (["check", "lichfield.officer.gift", "value=1", "value=2"], "given twice"),
        (["check", "lichfield.officer.gift", "price=1"], "unknown parameter(s) price"),
    ],
)
def test_bad_input_prints_one_clear_line_and_exits_2(app, runner, args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_rules_json_lists_every_rule_with_values_and_citations(app, runner):
    result = runner.invoke(app, ["rules", "--json"])
    assert result.exit_code == 0
    rules = {r["id"]: r for r in json.loads(result.stdout)}
    assert "tower-hamlets.member.enquiry_turnaround" in rules
    gifts = rules["lichfield.member.gifts_hospitality"]
    assert any(v["amount"] == 50.0 and v["comparison"] == "at least" for v in gifts["values"])
    assert gifts["citations"][0]["id"] == "lichfield/members-code:12"


def test_rules_text_shows_wording_and_clause(app, runner):
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert "lichfield.officer.gift" in result.stdout
    assert '"a modest gift would not exceed the value of £50.00"' in result.stdout
    assert "[lichfield/officers-code:2.4.2]" in result.stdout


@pytest.mark.skipif(
    shutil.which("conduct", path=str(REPO_ROOT / ".venv" / "bin")) is None, reason="not installed"
)
def test_installed_conduct_check_runs_end_to_end():
    proc = subprocess.run(
        [
            str(REPO_ROOT / ".venv" / "bin" / "conduct"),
            "check",
            "tower-hamlets.member.enquiry_turnaround",
            "made=2027-03-19",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["deadline"] == "2027-04-06"
