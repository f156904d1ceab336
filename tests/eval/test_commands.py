"""`conduct eval` end to end with a fake pipeline: outputs, gate exit codes, errors, drafts."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest
import typer
from typer.testing import CliRunner

import eval.cases
import eval.run
from eval.commands import register
from tests.eval.fakes import answer

CASES = """\
kind: retrieval
cases:
  - id: ret-001
    question: whats the gift threshold for cllrs
    council: lichfield
    expect: {outcome: answered, clauses_any_of: [lichfield/members-code:12]}
  - id: nc-001
    question: what's the weather like
    expect: {outcome: not_covered}
"""


@pytest.fixture
def cli(monkeypatch, corpus):
    """The eval command wired to a fake pipeline whose answers the test chooses."""
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # keep `eval` a subcommand
    replies = {}

    def fake_local_asker(service=None):
        def ask(question, *, council, role, asked_at):
            return replies[question]

        return ask

    monkeypatch.setattr(eval.run, "local_asker", fake_local_asker)
    monkeypatch.setattr(eval.cases, "load_corpus_index", lambda: corpus)
    return app, replies


def _good(replies):
    replies["whats the gift threshold for cllrs"] = answer(cited=["lichfield/members-code:12"])
    replies["what's the weather like"] = answer("not_covered")


def _invoke(app, *args):
    return CliRunner().invoke(app, ["eval", *args])


def _thresholds(
    tmp_path, text="min:\n  outcome_accuracy: 0.95\n  hit@3: 0.9\nmax:\n  invented_citations: 0\n"
):
    path = tmp_path / "thresholds.yaml"
    path.write_text(text)
    return str(path)


def test_gate_passes_and_writes_json_and_html(cli, write_cases, tmp_path):
    app, replies = cli
    _good(replies)
    cases = write_cases(CASES)
    result = _invoke(
        app,
        "--cases",
        str(cases),
        "--no-baseline",
        "--gate",
        "--thresholds",
        _thresholds(tmp_path),
        "--json",
        str(tmp_path / "r.json"),
        "--report",
        str(tmp_path / "r.html"),
    )
    assert result.exit_code == 0, result.output
    assert "gate passed" in result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["system"]["summary"]["overall"]["outcome_accuracy"] == 1.0
    assert data["gate"] == {"passed": True, "failures": []}
    assert "<svg" in (tmp_path / "r.html").read_text()


def test_gate_exits_1_naming_the_metrics_below_threshold(cli, write_cases, tmp_path):
    app, replies = cli
    _good(replies)
    replies["what's the weather like"] = answer("answered", cited=["lichfield/members-code:99"])
    result = _invoke(
        app,
        "--cases",
        str(write_cases(CASES)),
        "--no-baseline",
        "--gate",
        "--thresholds",
        _thresholds(tmp_path),
    )
    assert result.exit_code == 1
    assert "gate FAILED" in result.output
    assert "outcome_accuracy = 0.500, below the minimum 0.95" in result.output
    assert "invented_citations = 1, above the maximum 0" in result.output
    assert "hit@3" not in result.output.split("gate FAILED")[1]


def test_compare_prints_flips_since_the_previous_run(cli, write_cases, tmp_path):
    app, replies = cli
    _good(replies)
    cases = str(write_cases(CASES))
    assert (
        _invoke(app, "--cases", cases, "--no-baseline", "--json", str(tmp_path / "before.json")).exit_code
        == 0
    )
    replies["what's the weather like"] = answer("answered")
    result = _invoke(app, "--cases", cases, "--no-baseline", "--compare", str(tmp_path / "before.json"))
    assert result.exit_code == 0, result.output
    assert "pass → fail since" in result.output and "nc-001" in result.output


def test_a_bad_case_file_is_a_clear_error_not_a_traceback(cli, write_cases):
    app, _ = cli
    result = _invoke(app, "--cases", str(write_cases(CASES.replace("members-code:12", "members-code:120"))))
    assert result.exit_code == 2
    assert "case ret-001" in result.output and "lichfield/members-code:120" in result.output
    assert "Traceback" not in result.output


def test_a_missing_compare_file_is_a_clear_error(cli, write_cases, tmp_path):
    app, _ = cli
    result = _invoke(app, "--cases", str(write_cases(CASES)), "--compare", str(tmp_path / "nope.json"))
    assert result.exit_code == 2 and "nope.json: no such file" in result.output


@dataclass
class Flagged:
    answer_id: str = "a1b2c3d4e5f6a7b8"
    question: str = "got a £60 hamper yesterday"
    council: str | None = "lichfield"
    role: str | None = "councillor"
    asked_at: dt.datetime = dt.datetime(2026, 3, 16, 9, 30, tzinfo=dt.UTC)
    answer: str = "You need not do anything."
    outcome: str = "answered"
    citations: tuple = ({"id": "lichfield/members-code:12", "label": "para 12"},)
    answer_council: str | None = "lichfield"
    answer_role: str | None = "councillor"
    helpful: int = 0
    not_helpful: int = 2


def test_from_audit_writes_draft_cases_that_cannot_run_until_reviewed(cli, monkeypatch, tmp_path, corpus):
    import bot.audit.store

    asked = []

    class FakeAuditLog:
        def __init__(self, settings):
            pass

        def thumbs_down(self, since):
            asked.append(since)
            return [Flagged()]

    monkeypatch.setattr(bot.audit.store, "AuditLog", FakeAuditLog)
    app, _ = cli
    result = _invoke(app, "--from-audit", "--since", "2026-03-01", "--out", str(tmp_path / "drafts"))
    assert result.exit_code == 0, result.output
    assert asked == [dt.date(2026, 3, 1)]
    draft = tmp_path / "drafts" / "feedback-2026-03-01.yaml"
    text = draft.read_text()
    assert "got a £60 hamper yesterday" in text and "asked_at: '2026-03-16T09:30:00'" in text
    with pytest.raises(eval.cases.CaseError, match="fb-a1b2c3d4e5f6.*REVIEW-answered"):
        eval.cases.load_cases(tmp_path / "drafts", corpus)


def test_from_audit_rejects_a_malformed_since(cli):
    app, _ = cli
    result = _invoke(app, "--from-audit", "--since", "1 March")
    assert result.exit_code == 2 and "--since" in result.output
