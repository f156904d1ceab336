"""Follow-ups keep what the conversation already established and replace what they restate."""

from __future__ import annotations

from decimal import Decimal

from bot.understand import Understanding, merge, understand
from tests.understand.conftest import ASKED_AT


def u(question: str, **kwargs) -> Understanding:
    return understand(question, asked_at=ASKED_AT, **kwargs)


FIRST = "LDC cllr here, a developer gave me a hamper worth £45 yesterday, do I register it?"


def test_what_if_it_was_60_replaces_the_amount_and_keeps_council_role_topic_and_date():
    merged = merge(u(FIRST), u("what if it was £60?"))
    assert merged.amounts[0].value == Decimal("60")
    assert (merged.council, merged.council_source) == ("lichfield", "question")
    assert merged.role == "councillor"
    assert merged.topics[0] == "gifts"
    assert merged.dates[0].text == "yesterday"


def test_and_if_im_an_officer_replaces_the_role_only():
    merged = merge(u(FIRST), u("and if I'm an officer?"))
    assert merged.role == "officer"
    assert merged.amounts[0].value == Decimal("45")
    assert merged.council == "lichfield"


def test_a_council_named_in_the_follow_up_replaces_the_remembered_one():
    merged = merge(u(FIRST), u("and at Tower Hamlets?"))
    assert (merged.council, merged.council_source) == ("tower-hamlets", "question")


def test_a_default_council_does_not_override_one_named_earlier():
    merged = merge(u(FIRST), u("what if it was £60?", default_council="tower-hamlets"))
    assert merged.council == "lichfield"


def test_a_named_council_outside_the_corpus_clears_the_remembered_one():
    merged = merge(u(FIRST), u("what about Camden council?"))
    assert merged.council is None
    assert merged.other_council == "Camden council"


def test_facts_accumulate_and_new_values_win():
    first = u("i was offered a lavish dinner")
    merged = merge(first, u("it arrived in the post"))
    assert merged.facts["lavish"] is True and merged.facts["unsolicited"] is True
    assert merge(u("it is not on the register"), u("actually it's already on the register")).facts[
        "registered"
    ]


def test_a_new_topic_replaces_the_old_one():
    merged = merge(u(FIRST), u("what if it was a dinner instead?"))
    assert merged.topics[0] == "hospitality"


def test_off_topic_flags_belong_to_the_new_question_only():
    merged = merge(u("what's the weather like"), u("can I accept a gift?"))
    assert merged.off_topic == []
    assert merged.question == "can I accept a gift?"


def test_a_merged_understanding_survives_a_json_round_trip():
    merged = merge(u(FIRST), u("what if it was about £60 a head?"))
    again = Understanding.model_validate_json(merged.model_dump_json())
    assert again == merged
