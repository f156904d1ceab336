"""Builders shared by the storage tests: a full Answer, an asker, a settable clock."""

from __future__ import annotations

import datetime as dt

from bot.service import Asker
from bot.types import Action, Answer, CheckResult, Citation, Clarification

T0 = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)

SLACK_ASKER = Asker(surface="slack", workspace="T01", channel="C02", user="U03")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def citation(clause_id: str, label: str) -> Citation:
    document, number = clause_id.rsplit(":", 1)
    return Citation(
        id=clause_id,
        council=document.split("/")[0],
        document=document,
        clause=number,
        heading="Gifts and hospitality",
        label=label,
        quote="You must register any gift or hospitality with an estimated value of at least £50 ...",
    )


def full_answer(text: str = "Yes: register it with the Monitoring Officer within 28 days.") -> Answer:
    """An answer with every part the audit trail records: citations, a check, a clarification."""
    members_12 = citation("lichfield/members-code:12", "Lichfield Members' Code of Conduct, para 12")
    protocol_3 = citation("lichfield/member-officer-protocol:3", "Lichfield Member/Officer Protocol, para 3")
    check = CheckResult(
        rule="lichfield.member.gifts_hospitality",
        outcome="action_required",
        actions=[
            Action(do="register", to="Monitoring Officer", by=dt.date(2026, 3, 29), citation=members_12)
        ],
        deadline=dt.date(2026, 3, 29),
        deadline_rule="28 days from receipt",
        facts={"value": 60, "received": "2026-03-01"},
        citations=[members_12],
    )
    return Answer(
        outcome="answered",
        answer=text,
        citations=[members_12, protocol_3],
        checks=[check],
        clarify=[
            Clarification(
                fact="role", question="Are you a councillor or an officer?", options=["councillor", "officer"]
            )
        ],  # fmt: skip
        conversation_id="conv-1",
        council="lichfield",
        role="councillor",
        topic="gifts",
        corpus_version="corpus-abc123",
        settings_hash="0123456789ab",
    )


def record(audit, *, question: str = "I was given a £60 bottle of wine, do I register it?", **kwargs) -> str:
    """Record `full_answer()` (or kwargs' answer) with sensible defaults; return the answer_id."""
    values = {
        "question": question,
        "answer": full_answer(),
        "asker": SLACK_ASKER,
        "council": "lichfield",
        "role": None,
        "latency_ms": 412.4,
        "asked_at": T0,
    }
    values.update(kwargs)
    return audit.record(**values)
