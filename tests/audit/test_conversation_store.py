"""Conversation state by conversation_id, with expiry, against SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation_store import ConversationStore
from bot.db import dispose_engines

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)

STATE = {
    "facts": {"council": "lichfield", "role": "councillor", "value": 60, "received": "2026-03-01"},
    "turns": [{"question": "I got a £60 hamper", "outcome": "answered", "answer_id": "abc"}],
}


def test_saved_state_loads_back(db_settings):
    store = ConversationStore(db_settings)
    conversation_id = store.new_id()

    store.save(conversation_id, STATE, T0)

    assert store.load(conversation_id, T0 + HOUR) == STATE


def test_unknown_conversation_loads_as_none(db_settings):
    assert ConversationStore(db_settings).load("never-saved", T0) is None


def test_new_ids_are_distinct_hex(db_settings):
    store = ConversationStore(db_settings)
    ids = {store.new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_conversation_expires_ttl_hours_after_the_last_save(db_settings):
    assert db_settings.CONVERSATION_TTL_HOURS == 24
    store = ConversationStore(db_settings)
    store.save("c1", STATE, T0)

    assert store.load("c1", T0 + 24 * HOUR - dt.timedelta(seconds=1)) == STATE
    assert store.load("c1", T0 + 24 * HOUR) is None


def test_saving_again_replaces_the_state_and_restarts_the_ttl(db_settings):
    store = ConversationStore(db_settings)
    store.save("c1", STATE, T0)
    follow_up = {**STATE, "facts": {**STATE["facts"], "value": 45}}

    store.save("c1", follow_up, T0 + 20 * HOUR)

    assert store.load("c1", T0 + 30 * HOUR) == follow_up


def test_state_survives_a_new_engine(db_settings):
    ConversationStore(db_settings).save("c1", STATE, T0)
    dispose_engines()
    assert ConversationStore(db_settings).load("c1", T0 + HOUR) == STATE


def test_purge_expired_deletes_only_expired_conversations(db_settings):
    store = ConversationStore(db_settings)
    store.save("old", STATE, T0)
    store.save("fresh", STATE, T0 + 10 * HOUR)
    now = T0 + 25 * HOUR

    assert store.purge_expired(now) == 1

    assert store.load("fresh", now) == STATE
    # Gone from the table, not merely hidden: a load before its expiry finds nothing either.
    assert store.load("old", T0) is None


def test_state_that_is_not_json_is_refused_with_a_type_error(db_settings):
    store = ConversationStore(db_settings)
    with pytest.raises(TypeError, match="JSON-serialisable.*date"):
        store.save("c1", {"facts": {"received": dt.date(2026, 3, 1)}}, T0)
    assert store.load("c1", T0) is None
