"""Whole questions as they arrive in Slack, and the module's promises: fast, frozen, no model."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from bot.understand import TOPICS, understand
from tests.understand.conftest import ASKED_AT


def test_a_typical_officer_question_is_read_in_full():
    result = understand(
        "hi im a planning officer at TH, a developer offered me tickets to the football next saturday "
        "worth about £45 a head - can i go?",
        asked_at=ASKED_AT,
    )
    assert result.council == "tower-hamlets"
    assert result.role == "officer"
    assert result.amounts[0].value == Decimal("45") and result.amounts[0].per_head
    assert result.dates[0].date == dt.date(2026, 11, 28)
    assert result.topics[0] == "hospitality"
    assert result.facts["offered"] is True
    assert result.facts["hospitality_kind"] == "corporate_entertainment"


def test_a_typical_councillor_question_is_read_in_full():
    result = understand(
        "cllr at lichfield - recieved a hamper last thursday from a local contractor, prob worth 60 quid. "
        "it arrived in the post. do i need to tell the monitoring officer",
        asked_at=ASKED_AT,
    )
    assert (result.council, result.role) == ("lichfield", "councillor")
    assert result.amounts[0].value == Decimal("60") and result.amounts[0].approximate
    assert result.dates[0].date == dt.date(2026, 11, 19)
    assert result.dates[0].role_hint == "received"
    assert result.topics[0] == "gifts"
    assert result.facts["unsolicited"] is True


def test_a_meeting_question_is_read_in_full():
    result = understand(
        "i'm on the planning committee tonight and my wife owns the field next to the application site",
        asked_at=ASKED_AT,
    )
    assert result.role == "councillor"
    assert "meetings" in result.topics and "interests" in result.topics
    assert result.facts["spouse"] is True
    assert "land" in result.facts["dpi_category"]


def test_a_question_about_another_council_is_flagged_with_nothing_borrowed():
    result = understand(
        "Birmingham councillor - what's the gifts threshold?", asked_at=ASKED_AT, default_council="lichfield"
    )
    assert result.other_council == "Birmingham"
    assert result.council is None
    assert result.role == "councillor"
    assert result.topics == ["gifts"]


def test_the_result_is_frozen():
    result = understand("a gift", asked_at=ASKED_AT)
    with pytest.raises(ValidationError):
        result.role = "officer"  # type: ignore[misc]


def test_the_question_and_asked_at_are_kept():
    result = understand("a gift", asked_at=ASKED_AT)
    assert (result.question, result.asked_at) == ("a gift", ASKED_AT)
    assert result.topic == "gifts" and result.amount is None


def test_understanding_is_fast():
    question = "LDC cllr, got a £60 hamper from a contractor last thursday, it arrived in the post, register?"
    understand(question, asked_at=ASKED_AT)  # compile the patterns once
    start = time.perf_counter()
    for _ in range(50):
        understand(question, asked_at=ASKED_AT)
    assert (time.perf_counter() - start) / 50 < 0.02


def test_importing_understand_loads_no_model_library():
    heavy = "('torch', 'chromadb', 'sentence_transformers')"
    code = f"import sys, bot.understand; print(any(m in sys.modules for m in {heavy}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


_SLACKISH = st.lists(
    st.sampled_from(
        [
            "£",
            "50",
            "quid",
            "k",
            "-",
            "/",
            "1/3/26",
            "31/2",
            "a",
            "tenner",
            "TH",
            "th",
            "LDC",
            "council",
            "Birmingham",
            "member",
            "of",
            "staff",
            "cllr",
            "officer",
            "last",
            "thursday",
            "ago",
            "two",
            "weeks",
            "hundred",
            "and",
            "fifty",
            "pounds",
            "about",
            "a head",
            "may",
            "1st",
            "march",
            "?",
            "'",
            ".",
            " ",
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _SLACKISH))
def test_any_text_is_understood_without_error(text):
    result = understand(text, asked_at=ASKED_AT)
    assert all(a.value >= 0 for a in result.amounts)
    assert set(result.topics) <= set(TOPICS)


def test_something_worth_money_that_was_received_is_a_gift():
    from bot.understand import understand

    assert understand("I was given tickets worth £60 yesterday").topics[0] == "gifts"
    assert understand("a vendor left me a desk clock worth £50.01 after their demo").topics[0] == "gifts"


def test_an_amount_without_receiving_anything_is_not_a_gift():
    from bot.understand import understand

    assert "gifts" not in understand("my expenses claim was £60 yesterday").topics


def test_not_on_the_register_in_its_everyday_forms_means_unregistered():
    from bot.understand import understand

    for said in (
        "an interest that wasn't on my register",
        "disclosed an unregistered DPI at cabinet",
        "my interest isnt on the register yet",
    ):
        assert understand(said).facts["registered"] is False, said
    assert understand("its already on my register").facts["registered"] is True


def test_whether_a_code_applies_is_about_its_scope_not_the_activity_named():
    from bot.understand import understand

    assert understand("does the employee code apply to what i do outside work").topics[0] == "conduct_general"
    assert understand("can i do some paid consultancy work at weekends").topics[0] == "private_work"


def test_consultants_are_people_not_consultancy_work():
    from bot.understand import understand

    assert "private_work" not in understand("does the protocol apply to agency staff and consultants").topics


def test_the_council_the_asker_belongs_to_binds_even_when_another_is_mentioned():
    from bot.understand import understand

    said = understand("I'm a Tower Hamlets councillor - is the gifts limit £50 like at Lichfield?")
    assert said.own_council == "tower-hamlets" and said.council == "tower-hamlets"
    assert understand("LDC officer here, does TH do it differently?").own_council == "lichfield"


def test_naming_two_councils_without_belonging_to_either_leaves_no_own_council():
    from bot.understand import understand

    said = understand("what do lichfield and tower hamlets each say about enquiries?")
    assert said.own_council is None and said.councils == ["lichfield", "tower-hamlets"]


def test_an_interest_named_in_a_question_about_taking_part_is_about_interests_too():
    # set 19: what to do at cabinet turns on whether the other half's stake is a DPI
    said = understand(
        "my other half's got a stake in a company that's bidding for the council's cleaning contract - "
        "what do i need to do at cabinet when it comes up?",
        asked_at=ASKED_AT,
    )
    assert said.topics[0] == "meetings" and "interests" in said.topics
    # without a kind of interest, a meeting question stays a meeting question
    plain = understand("what do i need to do at cabinet when it comes up?", asked_at=ASKED_AT)
    assert "interests" not in plain.topics
