"""The optional LLM may only restate the evidence; anything else falls back to the composed answer."""

import datetime as dt

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.phrasing import Phraser, build_phraser, validate_phrasing
from bot.settings import Settings
from bot.types import Action, Answer, CheckResult, Citation

PARA_12 = Citation(
    id="lichfield/members-code:12",
    council="lichfield",
    document="lichfield/members-code",
    clause="12",
    heading="Part Two › Registration of Interests",
    label="Lichfield Members' Code of Conduct, para 12",
    quote=(
        "12. You are also required to notify the Monitoring Officer of any gifts or hospitality with an "
        "estimated value of at least £50. You must inform the Monitoring Officer of any such gifts or "
        "hospitality within 28 days of receiving them."
    ),
)


def composed() -> Answer:
    check = CheckResult(
        rule="lichfield.member.gifts_hospitality",
        outcome="action_required",
        deadline=dt.date(2026, 12, 15),
        actions=[Action(do="notify", to="Monitoring Officer", by=dt.date(2026, 12, 15), citation=PARA_12)],
        explanation="A gift worth £60.00 is at least £50: notify the Monitoring Officer.",
        citations=[PARA_12],
    )
    return Answer(
        outcome="answered",
        answer="Yes: notify the Monitoring Officer by Tuesday 15 December 2026 (para 12).",
        citations=[PARA_12],
        checks=[check],
        conversation_id="c1",
    )


def test_faithful_rephrasing_is_accepted():
    text = "You need to tell the Monitoring Officer about the £60 gift by 15 December 2026 (para 12)."
    assert validate_phrasing(text, composed()).ok


def test_a_clause_not_supplied_is_rejected():
    verdict = validate_phrasing("Under para 13 you must notify the Monitoring Officer.", composed())
    assert not verdict.ok
    assert any("para 13" in r for r in verdict.reasons)


def test_an_amount_absent_from_the_evidence_is_rejected():
    verdict = validate_phrasing("Gifts over £100 must be notified (para 12).", composed())
    assert not verdict.ok
    assert any("100" in r for r in verdict.reasons)


def test_a_date_absent_from_the_evidence_is_rejected():
    verdict = validate_phrasing("Notify the Monitoring Officer by 16 December 2026 (para 12).", composed())
    assert not verdict.ok


def test_a_hallucinating_model_falls_back_to_the_composed_answer():
    liar = FakeListChatModel(responses=["Under para 31 gifts up to £250 are fine until 1 January 2027."])
    answer, verdict = Phraser(liar).phrase("hamper £60?", composed())
    assert not verdict.ok
    assert answer.answer == composed().answer


def test_a_faithful_model_replaces_the_text_and_keeps_citations_and_checks():
    good = FakeListChatModel(responses=["Yes. Tell the Monitoring Officer by 15 December 2026 (para 12)."])
    answer, verdict = Phraser(good).phrase("hamper £60?", composed())
    assert verdict.ok
    assert answer.answer.startswith("Yes. Tell the Monitoring Officer")
    assert answer.citations == composed().citations
    assert answer.checks == composed().checks


def test_a_provider_error_keeps_the_composed_answer():
    class Outage(FakeListChatModel):
        def _call(self, *args, **kwargs):
            raise ConnectionError("provider unreachable")

    broken = Outage(responses=["never returned"])
    answer, verdict = Phraser(broken).phrase("hamper £60?", composed())
    assert not verdict.ok
    assert answer.answer == composed().answer


def test_phrasing_is_off_by_default():
    assert build_phraser(Settings(LLM_PROVIDER="none")) is None


def test_a_question_asked_back_is_never_rephrased():
    asking = composed().model_copy(update={"outcome": "needs_clarification"})
    model = FakeListChatModel(responses=["Yes. Tell the Monitoring Officer by 15 December 2026 (para 12)."])
    answer, verdict = Phraser(model).phrase("hamper?", asking)
    assert not verdict.ok and answer == asking


def test_answers_for_two_councils_side_by_side_are_never_rephrased():
    other = PARA_12.model_copy(update={"id": "tower-hamlets/x:1", "council": "tower-hamlets"})
    both = composed().model_copy(update={"citations": [PARA_12, other]})
    model = FakeListChatModel(responses=["Yes. Tell the Monitoring Officer by 15 December 2026 (para 12)."])
    answer, verdict = Phraser(model).phrase("hamper?", both)
    assert not verdict.ok and answer == both
