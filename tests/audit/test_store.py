"""The audit trail against SQLite and a real PostgreSQL server (the `db_settings` fixture)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from bot.audit.store import CSV_COLUMNS, AuditLog, UnknownAnswerError
from bot.db import FeedbackRecord, dispose_engines, get_engine, session_factory
from bot.settings import Settings
from tests.audit.helpers import SLACK_ASKER, T0, Clock, full_answer, record


def _csv_rows(audit: AuditLog, since: dt.date) -> tuple[int, list[dict[str, str]]]:
    out = io.StringIO()
    count = audit.export_csv(since, out)
    out.seek(0)
    reader = csv.DictReader(out)
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return count, list(reader)


def test_recorded_answer_reads_back_with_asker_outcome_citations_checks_and_versions(db_settings):
    clock = Clock(T0 + dt.timedelta(seconds=2))
    audit = AuditLog(db_settings, clock=clock)
    answer = full_answer()

    answer_id = record(audit, answer=answer, council="lichfield", role=None, latency_ms=412.4)

    stored = audit.get(answer_id)
    assert stored is not None
    assert len(answer_id) == 32 and int(answer_id, 16) >= 0
    assert stored["answer_id"] == answer_id
    assert (stored["surface"], stored["workspace"], stored["channel"], stored["user"]) == (
        "slack",
        "T01",
        "C02",
        "U03",
    )
    assert stored["question"] == "I was given a £60 bottle of wine, do I register it?"
    assert (stored["council"], stored["role"]) == ("lichfield", None)
    assert (stored["answer_council"], stored["answer_role"], stored["topic"]) == (
        "lichfield",
        "councillor",
        "gifts",
    )
    assert stored["outcome"] == "answered"
    assert stored["answer"] == answer.answer
    assert stored["citations"] == [
        {"id": "lichfield/members-code:12", "label": "Lichfield Members' Code of Conduct, para 12"},
        {"id": "lichfield/member-officer-protocol:3", "label": "Lichfield Member/Officer Protocol, para 3"},
    ]
    assert stored["checks"] == [answer.checks[0].model_dump(mode="json")]
    assert stored["checks"][0]["deadline"] == "2026-03-29"
    assert stored["clarify"] == [answer.clarify[0].model_dump(mode="json")]
    assert (stored["corpus_version"], stored["settings_hash"]) == ("corpus-abc123", "0123456789ab")
    assert stored["conversation_id"] == "conv-1"
    assert stored["latency_ms"] == 412
    assert stored["asked_at"] == T0
    assert stored["recorded_at"] == T0 + dt.timedelta(seconds=2)
    assert (stored["helpful"], stored["not_helpful"]) == (0, 0)


def test_each_record_gets_its_own_answer_id(db_settings):
    audit = AuditLog(db_settings)
    first, second = record(audit), record(audit)
    assert first != second
    assert audit.get(first) is not None and audit.get(second) is not None


def test_asked_at_in_another_timezone_is_stored_as_the_same_instant(db_settings):
    audit = AuditLog(db_settings)
    bst = dt.timezone(dt.timedelta(hours=1))
    answer_id = record(audit, asked_at=dt.datetime(2026, 6, 1, 10, 0, tzinfo=bst))
    assert audit.get(answer_id)["asked_at"] == dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


def test_feedback_clicks_are_counted_per_answer(db_settings):
    audit = AuditLog(db_settings)
    liked, untouched = record(audit), record(audit)

    audit.feedback(liked, True, SLACK_ASKER)
    audit.feedback(liked, True, None)
    audit.feedback(liked, False, SLACK_ASKER)

    assert (audit.get(liked)["helpful"], audit.get(liked)["not_helpful"]) == (2, 1)
    assert (audit.get(untouched)["helpful"], audit.get(untouched)["not_helpful"]) == (0, 0)


def test_feedback_on_an_unknown_answer_id_raises_and_stores_nothing(db_settings):
    audit = AuditLog(db_settings)
    record(audit)

    with pytest.raises(UnknownAnswerError, match="no recorded answer with id 'deadbeef'"):
        audit.feedback("deadbeef", False, SLACK_ASKER)

    with session_factory(db_settings)() as session:
        assert session.scalar(select(func.count()).select_from(FeedbackRecord)) == 0


def test_export_csv_has_only_answers_recorded_since_the_date(db_settings):
    clock = Clock(dt.datetime(2026, 2, 28, 23, 59, 59, tzinfo=dt.UTC))
    audit = AuditLog(db_settings, clock=clock)
    record(audit, question="the day before")
    clock.now = dt.datetime(2026, 3, 1, 0, 0, tzinfo=dt.UTC)
    midnight = record(audit, question="at midnight")
    clock.now = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    later = record(audit, question="a day later")
    audit.feedback(later, False, SLACK_ASKER)
    audit.feedback(later, True, SLACK_ASKER)
    audit.feedback(later, False, SLACK_ASKER)

    count, rows = _csv_rows(audit, dt.date(2026, 3, 1))

    assert count == 2
    assert [row["answer_id"] for row in rows] == [midnight, later]
    assert [row["question"] for row in rows] == ["at midnight", "a day later"]
    last = rows[1]
    assert (last["helpful"], last["not_helpful"]) == ("1", "2")
    assert last["citation_ids"] == "lichfield/members-code:12; lichfield/member-officer-protocol:3"
    assert last["outcome"] == "answered"
    assert last["user"] == "U03" and last["surface"] == "slack"
    assert last["recorded_at"] == "2026-03-02T08:00:00+00:00"
    assert '"rule":"lichfield.member.gifts_hospitality"' in last["checks"]
    assert last["clarify"] == "Are you a councillor or an officer?"
    assert (last["corpus_version"], last["settings_hash"], last["latency_ms"]) == (
        "corpus-abc123",
        "0123456789ab",
        "412",
    )


def test_export_csv_with_nothing_since_the_date_writes_only_the_header(db_settings):
    audit = AuditLog(db_settings, clock=Clock(T0))
    record(audit)
    count, rows = _csv_rows(audit, dt.date(2026, 3, 2))
    assert (count, rows) == (0, [])


def test_export_csv_prefixes_cells_a_spreadsheet_would_run_as_formulas(db_settings):
    from bot.service import Asker

    audit = AuditLog(db_settings, clock=Clock(T0))
    sneaky = Asker(surface="web", workspace="+SUM(A1:A9)", channel="\tTAB", user="@evil")
    record(
        audit,
        question='=HYPERLINK("http://evil.example","click")',
        answer=full_answer("-2+3 is not advice"),
        asker=sneaky,
        council=None,
    )

    _count, rows = _csv_rows(audit, T0.date())

    row = rows[0]
    assert row["question"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["answer"] == "'-2+3 is not advice"
    assert row["workspace"] == "'+SUM(A1:A9)"
    assert row["channel"] == "'\tTAB"
    assert row["user"] == "'@evil"
    assert row["surface"] == "web"  # ordinary text is left alone
    assert row["council"] == ""


def test_purge_deletes_answers_older_than_the_retention_period_with_their_feedback(db_settings):
    assert db_settings.AUDIT_RETENTION_DAYS == 30
    now = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
    clock = Clock(now - dt.timedelta(days=30, seconds=1))
    audit = AuditLog(db_settings, clock=clock)
    expired = record(audit)
    audit.feedback(expired, False, SLACK_ASKER)
    clock.now = now - dt.timedelta(days=30)
    on_the_boundary = record(audit)
    audit.feedback(on_the_boundary, True, SLACK_ASKER)
    clock.now = now - dt.timedelta(days=1)
    recent = record(audit)

    assert audit.purge(now) == 1

    assert audit.get(expired) is None
    assert audit.get(on_the_boundary) is not None and audit.get(recent) is not None
    with session_factory(db_settings)() as session:
        feedback_ids = session.scalars(select(FeedbackRecord.answer_id)).all()
    assert feedback_ids == [on_the_boundary]
    with pytest.raises(UnknownAnswerError):
        audit.feedback(expired, True, SLACK_ASKER)
    assert audit.purge(now) == 0


def test_thumbs_down_lists_answers_given_a_thumbs_down_since_the_date(db_settings):
    clock = Clock(dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC))
    audit = AuditLog(db_settings, clock=clock)
    old_complaint = record(audit, question="old complaint")
    audit.feedback(old_complaint, False, SLACK_ASKER)  # before `since`
    clock.now += dt.timedelta(minutes=1)
    liked = record(audit, question="liked")
    clock.now += dt.timedelta(minutes=1)
    flagged = record(audit, question="flagged", council="tower-hamlets", role="officer")
    clock.now = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC)
    audit.feedback(liked, True, SLACK_ASKER)
    audit.feedback(flagged, False, SLACK_ASKER)
    audit.feedback(flagged, False, SLACK_ASKER)
    audit.feedback(flagged, True, SLACK_ASKER)

    found = audit.thumbs_down(dt.date(2026, 3, 2))

    assert [f.answer_id for f in found] == [flagged]
    one = found[0]
    assert (one.question, one.council, one.role) == ("flagged", "tower-hamlets", "officer")
    assert one.asked_at == T0
    assert one.answer == full_answer().answer
    assert one.outcome == "answered"
    assert [c["id"] for c in one.citations] == [
        "lichfield/members-code:12",
        "lichfield/member-officer-protocol:3",
    ]
    assert (one.helpful, one.not_helpful) == (1, 2)
    assert [f.answer_id for f in audit.thumbs_down(dt.date(2026, 2, 1))] == [old_complaint, flagged]


def test_record_is_kept_when_a_new_engine_opens_the_database(db_settings):
    answer_id = record(AuditLog(db_settings))

    dispose_engines()  # what a restart does to pooled connections and cached engines

    stored = AuditLog(db_settings).get(answer_id)
    assert stored is not None and stored["outcome"] == "answered"


def test_record_is_committed_before_it_returns_even_if_the_process_is_killed_next(db_settings):
    # The service replies only after record() returns: a process killed at that moment,
    # without any shutdown code running, must already have the record stored.
    script = textwrap.dedent(
        """
        import os, signal, sys
        from bot.audit.store import AuditLog
        from bot.settings import Settings
        from tests.audit.helpers import record

        settings = Settings(_env_file=None, DATA_DIR=sys.argv[1], DATABASE_URL=sys.argv[2])
        print(record(AuditLog(settings)), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_settings.DATA_DIR), db_settings.DATABASE_URL],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=os.getcwd(),
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == -9, done.stderr
    answer_id = done.stdout.strip()

    stored = AuditLog(db_settings).get(answer_id)
    assert stored is not None and stored["question"].startswith("I was given a £60")


def test_records_from_many_threads_at_once_all_land(db_settings):
    # The web server answers on several threads; none of their records may be lost or fail.
    audit = AuditLog(db_settings)
    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(lambda i: record(audit, question=f"question {i}"), range(40)))

    count, rows = _csv_rows(audit, dt.date(2000, 1, 1))
    assert count == 40
    assert sorted(r["answer_id"] for r in rows) == sorted(ids)


def test_sqlite_file_is_created_under_data_dir_in_wal_mode_with_a_busy_timeout(tmp_path):
    settings = Settings(_env_file=None, DATA_DIR=tmp_path / "var", DATABASE_URL="")
    try:
        with get_engine(settings).connect() as conn:
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            busy_ms = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    finally:
        dispose_engines()
    assert settings.database_url == f"sqlite:///{tmp_path / 'var' / 'conduct.db'}"
    assert (tmp_path / "var" / "conduct.db").exists()
    assert journal == "wal"
    assert busy_ms >= 5000
