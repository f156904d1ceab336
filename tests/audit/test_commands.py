"""`conduct audit export` and `conduct audit purge` through typer's CliRunner."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from bot.audit import commands
from bot.audit.store import AuditLog
from bot.conversation_store import ConversationStore
from bot.settings import get_settings
from tests.audit.helpers import Clock, record


@pytest.fixture
def cli(db_settings, monkeypatch):
    """Invoke `conduct audit ...` with the process settings pointing at the test database."""
    monkeypatch.setenv("DATA_DIR", str(db_settings.DATA_DIR))
    monkeypatch.setenv("DATABASE_URL", db_settings.DATABASE_URL)
    monkeypatch.setenv("AUDIT_RETENTION_DAYS", str(db_settings.AUDIT_RETENTION_DAYS))
    get_settings.cache_clear()
    app = typer.Typer()
    commands.register(app)

    def invoke(*args: str):
        return CliRunner().invoke(app, ["audit", *args])

    yield invoke
    get_settings.cache_clear()


def test_export_writes_csv_of_answers_since_the_date_to_stdout(db_settings, cli):
    clock = Clock(dt.datetime(2026, 2, 27, 12, 0, tzinfo=dt.UTC))
    audit = AuditLog(db_settings, clock=clock)
    record(audit, question="too early")
    clock.now = dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)
    kept = record(audit, question="in range")

    result = cli("export", "--since", "2026-03-01")

    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["answer_id"], r["question"]) for r in rows] == [(kept, "in range")]
    assert "exported 1 answer(s) recorded since 2026-03-01" in result.stderr


def test_export_out_writes_the_file(db_settings, cli, tmp_path):
    answer_id = record(AuditLog(db_settings, clock=Clock()))
    target = tmp_path / "audit.csv"

    result = cli("export", "--since", "2026-01-01", "--out", str(target))

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    rows = list(csv.DictReader(target.open(newline="", encoding="utf-8")))
    assert [r["answer_id"] for r in rows] == [answer_id]


@pytest.mark.parametrize("bad", ["2026-13-01", "01/03/2026", "yesterday"])
def test_export_with_a_malformed_date_names_it_and_exits_2(cli, bad):
    result = cli("export", "--since", bad)

    assert result.exit_code == 2
    assert f"'{bad}' is not a date in YYYY-MM-DD form" in result.output
    assert "Traceback" not in result.output


def test_export_to_an_unwritable_file_is_a_one_line_error(db_settings, cli, tmp_path):
    result = cli("export", "--since", "2026-01-01", "--out", str(tmp_path / "missing-dir" / "a.csv"))

    assert result.exit_code == 1
    assert f"error: cannot write {tmp_path / 'missing-dir' / 'a.csv'}" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_purge_removes_old_answers_and_expired_conversations(db_settings, cli):
    now = dt.datetime.now(dt.UTC)
    clock = Clock(now - dt.timedelta(days=db_settings.AUDIT_RETENTION_DAYS + 1))
    audit = AuditLog(db_settings, clock=clock)
    old = record(audit)
    clock.now = now
    recent = record(audit)
    conversations = ConversationStore(db_settings)
    conversations.save(
        "stale", {"facts": {}}, now - dt.timedelta(hours=db_settings.CONVERSATION_TTL_HOURS + 1)
    )
    conversations.save("live", {"facts": {}}, now)

    result = cli("purge")

    assert result.exit_code == 0, result.output
    assert "purged 1 answer(s) recorded more than 30 days ago and 1 expired conversation(s)" in result.stdout
    assert audit.get(old) is None and audit.get(recent) is not None
    assert conversations.load("live", now) == {"facts": {}}


def test_database_that_cannot_be_opened_is_a_one_line_error(monkeypatch, tmp_path):
    # Nothing listens on port 1: the connection is refused at once.
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://conduct:secret@127.0.0.1:1/none")
    get_settings.cache_clear()
    app = typer.Typer()
    commands.register(app)
    try:
        result = CliRunner().invoke(app, ["audit", "purge"])
    finally:
        get_settings.cache_clear()

    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: audit database postgresql+psycopg://conduct:***@127.0.0.1:1/none:"
    )
    assert "secret" not in result.output


def test_audit_modules_do_not_import_torch_or_chromadb():
    code = (
        "import sys, bot.audit.commands, bot.audit.store, bot.conversation_store; "
        "print(sorted(m for m in ('torch', 'chromadb', 'sentence_transformers') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
