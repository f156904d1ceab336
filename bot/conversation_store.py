"""Where conversation state lives between turns: one JSON document per conversation_id.

`bot/conversation.py` decides what goes in the state (facts understood so far, turns); this
module only keeps it, and forgets it CONVERSATION_TTL_HOURS after the last save.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlalchemy.dialects import postgresql, sqlite

from bot.db import ConversationRecord, get_engine, session_factory, to_db
from bot.settings import Settings


class ConversationStore:
    """Load and save conversation state in the database named by `settings.database_url`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._sessions = session_factory(settings)
        self._dialect = get_engine(settings).dialect.name

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @property
    def ttl(self) -> dt.timedelta:
        return dt.timedelta(hours=self.settings.CONVERSATION_TTL_HOURS)

    def load(self, conversation_id: str, now: dt.datetime) -> dict[str, Any] | None:
        """The saved state, or None when the id is unknown or its TTL has run out at `now`.

        The TTL is counted from the last save, so an active conversation stays alive.
        """
        with self._sessions() as session:
            row = session.get(ConversationRecord, conversation_id)
        if row is None or row.updated_at + self.ttl <= to_db(now):
            return None
        return dict(row.state)

    def save(self, conversation_id: str, state: dict[str, Any], now: dt.datetime) -> None:
        """Create or replace the state of `conversation_id` (committed when this returns).

        `state` must be JSON-serialisable (convert dates to ISO strings first): a TypeError
        says which value is not, rather than the database failing later.
        """
        try:
            json.dumps(state)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"conversation state must be JSON-serialisable: {exc}") from exc
        stamp = to_db(now)
        # An upsert, so two requests saving the same new conversation at once cannot collide.
        # Only SQLite and PostgreSQL are supported (see bot/db.py); both spell it this way.
        dialect = postgresql if self._dialect == "postgresql" else sqlite
        stmt = dialect.insert(ConversationRecord).values(
            id=conversation_id, state=state, created_at=stamp, updated_at=stamp
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[ConversationRecord.id],
            set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
        )
        with self._sessions() as session, session.begin():
            session.execute(stmt)

    def purge_expired(self, now: dt.datetime) -> int:
        """Delete conversations whose TTL has run out at `now`; return how many."""
        cutoff = to_db(now) - self.ttl
        with self._sessions() as session, session.begin():
            result = session.execute(
                delete(ConversationRecord).where(ConversationRecord.updated_at <= cutoff),
                execution_options={"synchronize_session": False},
            )
        return cast(CursorResult[Any], result).rowcount
