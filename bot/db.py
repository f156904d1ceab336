"""The database: tables for the audit trail and conversations, and one engine per URL.

SQLite file under DATA_DIR by default; PostgreSQL when DATABASE_URL is set, e.g.
`postgresql+psycopg://conduct@127.0.0.1:5432/conduct`.

Tables are created on first use with `metadata.create_all`, which only adds missing tables.
There are no migrations yet because no deployment holds data in an older shape; the first
change to an existing column should bring in Alembic rather than hand-written ALTERs.

Timestamps are stored as naive UTC (`timestamp without time zone`) so SQLite and PostgreSQL
compare them the same way; `to_db` and `from_db` convert at the boundary.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from threading import Lock
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from bot.settings import Settings

# How long a SQLite writer waits for another (a web server thread, `conduct audit purge`)
# to finish before giving up with "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 30_000


class Base(DeclarativeBase):
    pass


class AnswerRecord(Base):
    """One question and the answer given to it, as recorded before the answer was sent."""

    __tablename__ = "audit_answers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # uuid4 hex: the answer_id
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # server clock, UTC
    asked_at: Mapped[dt.datetime] = mapped_column(DateTime)  # what "yesterday" was relative to
    # Who asked and through which door.
    surface: Mapped[str | None] = mapped_column(String)
    workspace: Mapped[str | None] = mapped_column(String)
    channel: Mapped[str | None] = mapped_column(String)
    user_id: Mapped[str | None] = mapped_column(String)
    # What was asked: council and role as the asker passed them (None when not given).
    question: Mapped[str] = mapped_column(Text)
    council: Mapped[str | None] = mapped_column(String)
    role: Mapped[str | None] = mapped_column(String)
    conversation_id: Mapped[str | None] = mapped_column(String)
    # What was answered: council, role and topic as the service understood them.
    outcome: Mapped[str] = mapped_column(String)
    answer_text: Mapped[str] = mapped_column(Text)
    answer_council: Mapped[str | None] = mapped_column(String)
    answer_role: Mapped[str | None] = mapped_column(String)
    topic: Mapped[str | None] = mapped_column(String)
    citations: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{"id", "label"}], in order
    checks: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # CheckResult dumps
    clarify: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # Clarification dumps
    corpus_version: Mapped[str] = mapped_column(String)
    settings_hash: Mapped[str] = mapped_column(String)
    latency_ms: Mapped[int] = mapped_column(Integer)


class FeedbackRecord(Base):
    """One 👍 / 👎 click; every click is kept, so one answer can have several."""

    __tablename__ = "audit_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    answer_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("audit_answers.id", ondelete="CASCADE"), index=True
    )
    helpful: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    surface: Mapped[str | None] = mapped_column(String)
    workspace: Mapped[str | None] = mapped_column(String)
    channel: Mapped[str | None] = mapped_column(String)
    user_id: Mapped[str | None] = mapped_column(String)


class ConversationRecord(Base):
    """The state of one conversation (facts understood so far, turns), as JSON."""

    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # expiry counts from here


def to_db(value: dt.datetime) -> dt.datetime:
    """Naive UTC for storage; a naive input is taken to be UTC already."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def from_db(value: dt.datetime) -> dt.datetime:
    """Aware UTC from a stored naive UTC value."""
    return value.replace(tzinfo=dt.UTC)


def start_of_day(day: dt.date) -> dt.datetime:
    """Midnight UTC at the start of `day`, naive for comparison with stored values.

    A datetime (which is also a date) is used as it is, converted to UTC.
    """
    if isinstance(day, dt.datetime):
        return to_db(day)
    return dt.datetime.combine(day, dt.time.min)


def safe_url(url: str) -> str:
    """The URL with any password masked, for error messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


_engines: dict[str, Engine] = {}
_engines_lock = Lock()


def get_engine(settings: Settings) -> Engine:
    """The process-wide engine for `settings.database_url`, tables created on first use."""
    url = settings.database_url
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _create_engine(url)
            Base.metadata.create_all(engine)
            _engines[url] = engine
        return engine


def session_factory(settings: Settings) -> sessionmaker[Session]:
    # expire_on_commit=False: records are read after the commit that wrote them.
    return sessionmaker(get_engine(settings), expire_on_commit=False)


def dispose_engines() -> None:
    """Close every pooled connection and forget the engines (tests; a process restart)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # pre_ping: a PostgreSQL restart should cost one reconnect, not one failed answer.
        return create_engine(url, pool_pre_ping=True)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL: readers (web threads) never block the writer or each other, so the server and
        # the CLI can share the file; busy_timeout makes concurrent writers wait their turn.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a commit is on disk when it returns, which is what "recorded before replying"
        # promises. SQLite only enforces foreign keys when asked to.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()
