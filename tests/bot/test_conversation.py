"""Follow-ups reuse what the conversation established; a new topic keeps only who and where."""

import datetime as dt
from decimal import Decimal

from bot.conversation import ConversationState, answer_to_pending, carry_forward, remember
from bot.route import Question


def q(**kw) -> Question:
    base = dict(text="q", council=None, role=None, topic=None)
    base.update(kw)
    return Question(**base)


def state_after(first: Question, pending=()) -> ConversationState:
    return ConversationState.from_json(remember(first, list(pending), ConversationState()).to_json())


FIRST = q(
    council="lichfield", role="councillor", topic="gifts", amount=Decimal("60"), date=dt.date(2026, 11, 3)
)


def test_a_new_amount_replaces_the_old_and_keeps_the_rest():
    follow = carry_forward(q(text="what if it was £40?", amount=Decimal("40")), state_after(FIRST))
    assert (follow.council, follow.role, follow.topic, follow.amount, follow.date) == (
        "lichfield",
        "councillor",
        "gifts",
        Decimal("40"),
        dt.date(2026, 11, 3),
    )


def test_a_new_role_replaces_the_old():
    follow = carry_forward(q(text="and if I'm an officer?", role="officer"), state_after(FIRST))
    assert follow.role == "officer" and follow.amount == Decimal("60") and follow.topic == "gifts"


def test_a_new_topic_keeps_council_and_role_but_not_the_amount():
    follow = carry_forward(
        q(text="and what about confidentiality?", topic="confidentiality"), state_after(FIRST)
    )
    assert (follow.council, follow.role, follow.topic) == ("lichfield", "councillor", "confidentiality")
    assert follow.amount is None and follow.date is None


def test_naming_another_council_drops_the_remembered_one():
    follow = carry_forward(q(text="what about Camden?", other_council="Camden"), state_after(FIRST))
    assert follow.council is None and follow.other_council == "Camden"


def test_a_bare_yes_answers_the_pending_yes_no_question():
    st = state_after(q(council="lichfield", role="councillor", topic="meetings"), pending=["registered"])
    follow = carry_forward(q(text="Yes"), st)
    assert follow.facts["registered"] is True
    assert follow.topic == "meetings"


def test_a_bare_no_answers_the_pending_question_and_a_long_message_does_not():
    st = state_after(q(council="lichfield", role="councillor", topic="meetings"), pending=["registered"])
    assert carry_forward(q(text="no"), st).facts["registered"] is False
    assert answer_to_pending("no idea what the register even is to be honest", ["registered"]) == {}


def test_a_first_message_is_taken_as_it_is():
    assert carry_forward(FIRST, ConversationState()) == FIRST


def test_a_follow_up_does_not_inherit_one_end_of_a_range_as_the_value():
    first = q(
        council="lichfield",
        role="councillor",
        topic="gifts",
        amount=Decimal("40"),
        amount_range=(Decimal("40"), Decimal("60")),
        date=dt.date(2026, 11, 3),
    )
    follow = carry_forward(q(text="and if i'm an officer?", role="officer"), state_after(first))
    assert follow.amount is None and follow.date == dt.date(2026, 11, 3)
