"""Understand a question as people type it: council, role, amounts, dates, topic and facts.

Deterministic and cheap (regular expressions and small tables, no model): `understand()`
reports only what the question says; routing decides what to do with gaps. `merge()` carries
facts across a conversation's follow-ups ("what if it was £60?", "and if I'm an officer?").

    >>> u = understand("got a £60 hamper from a contractor last thursday, LDC cllr", asked_at=now)
    >>> u.council, u.role, u.amounts[0].value, u.topics[0]
    ('lichfield', 'councillor', Decimal('60'), 'gifts')
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.understand.council import ALIASES, find_council
from bot.understand.dates import find_dates, find_month_mentions
from bot.understand.duration import find_months
from bot.understand.facts import FACT_PHRASES, find_facts, find_place_council
from bot.understand.model import Amount, DateMention, Understanding
from bot.understand.money import find_amounts
from bot.understand.role import asked_about_them, find_role, find_subject_role, members_matter
from bot.understand.shares import find_share_class
from bot.understand.text import prepare
from bot.understand.topic import OFF_TOPIC, TOPICS, find_topics

__all__ = [
    "ALIASES",
    "FACT_PHRASES",
    "OFF_TOPIC",
    "TOPICS",
    "Amount",
    "DateMention",
    "Understanding",
    "merge",
    "understand",
]


_FACT_TOPICS = {
    "declared_at_meeting": "meetings",
    "election_expenses": "interests",
    "promotional": "gifts",
    "doing_private_work": "private_work",
}
# Becoming a member starts para 7's period: about registering interests, and said by a member.
_JOINING = ("elected", "co-opted", "re-elected")


def understand(
    question: str,
    *,
    asked_at: dt.datetime | None = None,
    default_council: str | None = None,
    known_councils: dict[str, list[str]] | None = None,
    known_places: dict[str, tuple[str, ...]] | None = None,
) -> Understanding:
    """The facts one question states.

    `asked_at` anchors relative dates ("yesterday", "last Thursday"; default: now, UTC).
    `known_councils` maps each corpus council's slug to extra names for it (for instance the
    manifest's council name); when given, only those slugs count as corpus councils and any
    other council named is reported in `other_council`. `default_council` is used only when
    the question names no council at all. `known_places` maps a corpus council to towns and
    villages in its area: one named sets the fact `place_council` ("a field near Alrewas"), as
    does a council's own name said as where something is ("a lichfield based firm").
    """
    asked_at = asked_at or dt.datetime.now(dt.UTC)
    text = prepare(question)
    council = find_council(
        text.clean, default_council=default_council, known_councils=known_councils, known_places=known_places
    )
    role, role_text, role_stated = find_role(text.low)
    topics, off_topic = find_topics(text.low)
    amounts = find_amounts(text.clean)
    facts = find_facts(text.low)
    # "their issued share capital is £10m" is a fact about the body, not a value received.
    facts.update({a.of: a.value for a in amounts if a.of})
    amounts = [a for a in amounts if not a.of]
    if (months := find_months(text.low)) is not None:
        facts["months"] = months
    facts.update(find_share_class(text.low))
    council_names = {
        slug: [*ALIASES.get(slug, []), *([names] if isinstance(names, str) else names)]
        for slug, names in (known_councils if known_councils is not None else ALIASES).items()
    }
    if (place := find_place_council(text.low, known_places or {}, council_names)) is not None:
        facts["place_council"] = place
    if not off_topic:  # "got a taxi home, £38. how do i claim that back?" is an expense
        topics = _value_received_is_a_gift(topics, amounts, facts)
    # Facts that say what the question is about, whatever other words it uses: an interest
    # declared at a meeting is the meetings rule's; money towards a member's election is para 10's.
    topics = [*topics, *(t for f, t in _FACT_TOPICS.items() if facts.get(f) and t not in topics)]
    # Someone else's interest ("my other half's got a stake...") turns on para 11: whose it is.
    someone_elses = any(facts.get(f) for f in ("spouse", "partner_unsaid", "family", "relative_holds"))
    if (
        facts.get("asks_to_take_part")
        and (facts.get("meeting_today") or facts.get("dpi_category"))
        and not someone_elses
        and topics[:1] != ["meetings"]
    ):
        # "tonight's cabinet has the local plan sites item ... can I sit quietly at the back?", "can
        # i speak on a planning app next to land i own": taking part in a meeting with the member's
        # own interest is the meeting rule's, which sets out each case
        topics = ["meetings", *(t for t in topics if t != "meetings")]
    # ("newly elected cllr ... the developer's agent handed me a hamper": the asker introducing
    # themselves, not registering on election; the gift is the question.)
    gift_described = bool(set(topics) & {"gifts", "hospitality"}) and bool(
        facts.get("received") or facts.get("offered")
    )
    if (
        gift_described
        and topics[0] == "interests"
        and not (facts.get("dpi_category") or facts.get("trigger"))
    ):
        # "went to the match as a sponsor's guest - does that go on my register?": the register
        # asked about is para 12's, of gifts and hospitality received, not one of interests
        topics = [*topics[1:], "interests"]
    if facts.get("trigger") in _JOINING and "interests" not in topics and not gift_described:
        topics.append("interests")
        role = role or "councillor"
    if role is None and members_matter(text.low):
        # Disclosable pecuniary interests, a register of interests and election expenses are
        # members' matters: "is that a DPI?", "update my register", "towards my leaflets".
        role = "councillor"
    # ("my other half's got a stake in a company bidding for our contract - what do i do at cabinet?":
    # what to do at the meeting turns on whether someone else's interest is the member's, para 11)
    at_meeting = bool(facts.get("asks_to_take_part")) and "meetings" in topics and someone_elses
    registering = (
        facts.get("trigger")
        or facts.get("asks_if_dpi")
        or not topics
        or members_matter(text.low)
        or at_meeting
    )
    if facts.get("dpi_category") and "interests" not in topics and registering:
        # "partner bought a rental flat on 1 July", "a licence to store my caravan on council
        # land": a kind of interest (changed, or alone) is about registering interests, whatever
        # words the question uses.
        topics = [*topics, "interests"]
    subject_role = find_subject_role(text.low)
    # A DPI is a members' matter: named beside a councillor someone else asks about ("one of their
    # cllrs declared an unregistered DPI, what's the deadline?"), the councillor's rule is asked.
    subject_asked = asked_about_them(text.low) or (subject_role == "councillor" and members_matter(text.low))
    return Understanding(
        question=question,
        asked_at=asked_at,
        council=council.council,
        council_source=council.source,  # type: ignore[arg-type]
        councils=council.councils,
        other_council=council.other,
        other_is_subject=council.other_is_subject,
        own_council=council.own,
        asked_council=council.asked,
        role=role,
        role_text=role_text,
        role_stated=role_stated,
        subject_role=subject_role,
        subject_asked=subject_asked,
        amounts=amounts,
        dates=find_dates(text.low, asked_at),
        months=find_month_mentions(text.low, asked_at),
        topics=topics,
        off_topic=off_topic,
        facts=facts,
    )


_VALUE_TOPICS = ("gifts", "hospitality", "sponsorship")


def _value_received_is_a_gift(topics: list[str], amounts: list[Any], facts: dict[str, Any]) -> list[str]:
    """Something worth money that the asker received or was offered is, for the codes, a gift.

    "I was given tickets worth £60", "a vendor left me a clock worth £50.01": the words name an
    object, not the topic; the value and the receiving do. Hospitality or sponsorship, when
    recognised, stay as they are.
    """
    if not amounts or not (facts.get("received") or facts.get("offered")):
        return topics
    if any(topic in (*_VALUE_TOPICS, "private_work") for topic in topics):
        return topics  # "a £150 speaker fee" for a talk is private work's fee, not a gift
    if "securities" in (facts.get("dpi_category") or []):
        return topics  # "i've got 1,000 of the 100,000 £1 shares": a holding, not a present
    return ["gifts", *topics]


def merge(previous: Understanding, new: Understanding) -> Understanding:
    """A follow-up read in the light of the conversation so far.

    What the new question states replaces what was known; what it leaves unsaid is kept.
    A council named in the question beats one remembered, which beats a default; naming a
    council outside the corpus clears the remembered one. Off-topic flags and the question
    text are the new question's own.
    """
    if new.council_source == "question" or new.other_council:
        source = new
    elif previous.council_source == "question" or previous.other_council or new.council is None:
        source = previous
    else:
        source = new
    council = (source.council, source.council_source, source.councils, source.other_council)
    return Understanding(
        question=new.question,
        asked_at=new.asked_at or previous.asked_at,
        council=council[0],
        council_source=council[1],
        councils=list(council[2]),
        other_council=council[3],
        other_is_subject=source.other_is_subject,
        role=new.role or previous.role,
        role_text=new.role_text if new.role else previous.role_text,
        role_stated=new.role_stated if new.role else previous.role_stated,
        subject_role=new.subject_role,
        amounts=list(new.amounts or previous.amounts),
        dates=list(new.dates or previous.dates),
        months=list(new.months or previous.months),
        topics=list(new.topics or previous.topics),
        off_topic=list(new.off_topic),
        facts={**previous.facts, **new.facts},
    )
