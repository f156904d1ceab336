"""Follow-ups: what a conversation already established, and how a new message changes it.

"what if it was £60?" keeps the council, role and topic and replaces the amount; "and if I'm an
officer?" replaces the role; a click on a clarifying option ("yes", "Lichfield District
Council") fills the fact that was asked for. A new topic keeps only who and where.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from typing import Any

from bot.route import Question

_YES = {"yes", "y", "yep", "yeah", "it is", "true", "correct"}
_NO = {"no", "n", "nope", "it isn't", "it is not", "false", "not"}


@dataclass
class ConversationState:
    """What is stored per `conversation_id` between turns (JSON-serialisable)."""

    council: str | None = None
    role: str | None = None
    topic: str | None = None
    topics: list[str] = field(default_factory=list)
    amount: str | None = None  # Decimal as text
    date: str | None = None  # ISO
    facts: dict[str, Any] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)  # facts the last answer asked for
    turns: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ConversationState:
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def answer_to_pending(text: str, pending: list[str]) -> dict[str, Any]:
    """Read a bare reply ("yes", "no", "re-election") as the answer to what was asked."""
    reply = re.sub(r"[^\w\s-]", "", text.strip().lower())
    if not pending or len(reply.split()) > 4:
        return {}
    for fact in pending:
        if fact in {"council", "role", "value", "received", "date", "made", "disclosed"}:
            continue  # these are understood from the words themselves
        if reply in _YES:
            return {fact: True}
        if reply in _NO:
            return {fact: False}
        if fact in {"trigger", "category", "kind"} and reply:
            return {fact: reply.replace(" ", "-") if fact == "trigger" else reply}
    return {}


# How a message shows it continues the last one rather than asking afresh.
_FOLLOW_UP = re.compile(
    r"^\s*(?:what if|and\b|what about|how about|but\b|also\b|if (?:it|i|they|he|she)\b|same\b)"
)
_SHORT = 6  # words: "£60", "yes", "on 3 March", "the chairman gave it"


def is_follow_up(text: str, topic: str | None) -> bool:
    """A reply or a variation ("what if it was £40?"), not a new question that happens to share
    a topic: only a follow-up inherits the earlier amount, date and facts."""
    return topic is None or len(text.split()) <= _SHORT or bool(_FOLLOW_UP.match(text.lower()))


def carry_forward(new: Question, state: ConversationState) -> Question:
    """Fill what the new message didn't say from what the conversation already established.

    Who and where (council, role) carry into every later message; the topic into a message that
    names none; the amount, date and facts only into a follow-up on the same topic. A message
    naming another council, or several, drops the remembered council.
    """
    if state.turns == 0:
        return new
    same_topic = (new.topic is None or new.topic == state.topic) and is_follow_up(new.text, new.topic)
    facts = dict(state.facts) if same_topic else {}
    facts.update(answer_to_pending(new.text, state.pending))
    facts.update(new.facts)
    return replace(
        new,
        council=new.council or (state.council if not (new.other_council or new.compare) else None),
        role=new.role or state.role,  # type: ignore[arg-type]
        topic=new.topic or state.topic,
        topics=new.topics or tuple(state.topics),
        amount=new.amount if new.amount is not None else (_dec(state.amount) if same_topic else None),
        date=new.date or (dt.date.fromisoformat(state.date) if same_topic and state.date else None),
        facts=facts,
    )


def remember(q: Question, pending: list[str], previous: ConversationState) -> ConversationState:
    return ConversationState(
        council=q.council,
        role=q.role,
        topic=q.topic,
        topics=list(q.topics),
        # A value given as a range is not a value: a follow-up must not inherit one end of it.
        amount=str(q.amount) if q.amount is not None and q.amount_range is None else None,
        date=q.date.isoformat() if q.date else None,
        facts={
            k: float(v) if isinstance(v, Decimal) else v
            for k, v in q.facts.items()
            if isinstance(v, (str, int, float, bool, Decimal))
            or v is None
            # the kinds of interest named ("contract", "land"): what a "yes" reply goes on to decide
            or (isinstance(v, list) and all(isinstance(x, (str, int, float, bool)) for x in v))
        },
        pending=pending,
        turns=previous.turns + 1,
    )


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None
