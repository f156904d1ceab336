"""What `understand()` returns: the facts a question states, and nothing it doesn't.

Every field is "as said": `None`, an empty list or an absent `facts` key means the question
did not say it, never "false". The models are frozen pydantic models so a conversation can
store them (`model_dump(mode="json")`) and read them back (`model_validate`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["officer", "councillor"]
CouncilSource = Literal["question", "compared", "default"]


Bound = Literal["over", "under", "at_least", "at_most"]
# How a value was worked out from what was said: items counted ("2 tickets at £30 each"), parts
# added ("£300 plus £250"), one taken from another ("a fiver short of fifty quid"), a bill shared
# ("4 of us, £180 all in") or VAT added ("£45 + vat").
Worked = Literal["count", "sum", "difference", "share", "vat"]


class Amount(BaseModel):
    """A sum of money in pounds, e.g. "about £45 a head" → 45, approximate, per head."""

    model_config = ConfigDict(frozen=True)

    value: Decimal
    text: str  # the words as typed: "about £45 a head"
    per_head: bool = False
    approximate: bool = False
    bound: Bound | None = None  # "over £50", "under a tenner"
    ranged: bool = False  # one end of a range: "£40-£60", "between £40 and £60"
    total: bool = False  # worked out: "2 tickets at £30 each" → £60
    basis: str | None = None  # how a worked-out value was reached: "2 × £30.00"
    worked: Worked | None = None  # what kind of working `basis` shows
    settled: bool = False  # the figure the asker settles on: "a bit over £200, call it £210"
    of: str | None = None  # what the words say it is the value of, when not the asker's: "capital"


class DateMention(BaseModel):
    """A calendar date the question names, resolved against `asked_at`.

    `role_hint` says what the date is of, from the words around it: "received", "offered",
    "event", "meeting", "elected", "changed", "disclosed", "enquiry", "adopted" or None.
    `approximate` marks vague spans ("last week", "a couple of weeks ago").
    """

    model_config = ConfigDict(frozen=True)

    date: dt.date
    text: str
    role_hint: str | None = None
    approximate: bool = False


class MonthMention(BaseModel):
    """A month named without a day ("paid in september", "feb 2022", "august last year"): the
    question dates something only to within that month, `first` to `last`."""

    model_config = ConfigDict(frozen=True)

    first: dt.date
    last: dt.date
    text: str
    role_hint: str | None = None


class Understanding(BaseModel):
    """The facts stated by one question (or, after `merge`, by a conversation so far)."""

    model_config = ConfigDict(frozen=True)

    question: str = ""
    asked_at: dt.datetime | None = None
    council: str | None = None  # a corpus council slug: "lichfield", "tower-hamlets"
    council_source: CouncilSource | None = None
    councils: list[str] = Field(default_factory=list)  # every corpus council named, in order
    other_council: str | None = None  # a council named that is not in the corpus, as typed
    other_is_subject: bool = False  # ...whose people or codes are asked about, not a place named
    own_council: str | None = None  # the corpus council the asker says they belong to
    asked_council: str | None = None  # of several named, the one asked about (others compared)
    role: Role | None = None
    role_text: str | None = None  # the words that decided the role
    role_stated: bool = False  # the words state the role (of the asker or the person asked for)
    # Someone else whose conduct is asked about ("one of our members got drunk at the dinner"),
    # or "both" when the question compares councillors and officers.
    subject_role: Role | Literal["both"] | None = None
    subject_asked: bool = False  # the question asks what they must or may do ("does she have to...")
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    months: list[MonthMention] = Field(default_factory=list)  # months named without a day
    topics: list[str] = Field(default_factory=list)  # ids from TOPICS, strongest first
    off_topic: list[str] = Field(default_factory=list)  # kinds from OFF_TOPIC
    facts: dict[str, Any] = Field(default_factory=dict)

    @property
    def topic(self) -> str | None:
        return self.topics[0] if self.topics else None

    @property
    def amount(self) -> Amount | None:
        """The value to the asker: a worked-out total of what they got ("2 tickets at £30
        each"), else their share ("£400 for the table, £40 a head"), else the first amount."""
        # A sum of parts ("3 bottles at £18 each plus a tin about £8") includes the parts' totals;
        # a share of a bill ("4 of us, £180 all in") is the asker's part of a stated total.
        for wanted in (
            lambda a: a.worked in ("sum", "difference"),
            lambda a: a.worked == "share",
            lambda a: a.total,
            lambda a: a.settled,
            lambda a: a.per_head,
        ):
            chosen = next((a for a in self.amounts if wanted(a)), None)
            if chosen is not None:
                return chosen
        # "a bit over fifty quid, £52 i think": the exact figure said after a bound that fits it
        first = self.amounts[0] if self.amounts else None
        if first is not None and first.bound is not None:
            exact = next((a for a in self.amounts[1:] if a.bound is None and _within(a.value, first)), None)
            if exact is not None:
                return exact
        return first

    @property
    def amount_range(self) -> tuple[Decimal, Decimal] | None:
        """(low, high) when the value is given as a range, e.g. "between £40 and £60"."""
        amount = self.amount
        if amount is None or not amount.ranged:
            return None
        ends = [a.value for a in self.amounts if a.ranged and a.text == amount.text]
        return (min(ends), max(ends)) if len(ends) > 1 else None


def _within(value: Decimal, bound: Amount) -> bool:
    """The value fits what the bound said of it ("over £50" and then "£52")."""
    return {
        "over": value > bound.value,
        "at_least": value >= bound.value,
        "under": value < bound.value,
        "at_most": value <= bound.value,
    }[bound.bound or "at_least"]
