"""Block Kit rendering stays inside Slack's limits, however long the answer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack import blocks
from bot.slack.blocks import (
    ACTIONS_ELEMENTS_LIMIT,
    BLOCKS_PER_MESSAGE,
    BUTTON_TEXT_LIMIT,
    CONTEXT_ELEMENTS_LIMIT,
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    SECTION_TEXT_LIMIT,
    render_answer,
    render_clause,
    split_text,
)
from bot.types import Answer, Citation, Clarification, Clause

pytestmark = pytest.mark.xdist_group("slack")


def clause(
    n: int, text: str = "You must register the gift.", title: str = "Lichfield Members' Code of Conduct"
) -> Clause:
    return Clause(
        id=f"lichfield/members-code:{n}",
        council="lichfield",
        document="lichfield/members-code",
        number=str(n),
        text=text,
        line_start=n,
        line_end=n,
        audience="members",
        citation_title=title,
    )


def answer(text: str = "Register it.", *, citations: int = 1, answer_id: str = "a-1", **kw: object) -> Answer:
    kw.setdefault("outcome", "answered")
    return Answer(
        answer=text,
        citations=[Citation.of(clause(n)) for n in range(1, citations + 1)],
        conversation_id="c-1",
        answer_id=answer_id,
        **kw,
    )


def all_blocks(messages: list[blocks.SlackMessage]) -> list[dict]:
    return [b for m in messages for b in m.blocks]


def assert_within_slack_limits(messages: list[blocks.SlackMessage]) -> None:
    for message in messages:
        assert 0 < len(message.blocks) <= BLOCKS_PER_MESSAGE
        assert message.text
        for block in message.blocks:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= SECTION_TEXT_LIMIT
            if block["type"] == "context":
                assert len(block["elements"]) <= CONTEXT_ELEMENTS_LIMIT
            if block["type"] == "actions":
                assert len(block["elements"]) <= ACTIONS_ELEMENTS_LIMIT
                for button in block["elements"]:
                    assert len(button["text"]["text"]) <= BUTTON_TEXT_LIMIT
                    assert len(button["value"]) <= 2000
                ids = [
                    b["action_id"] for b in message.blocks if b["type"] == "actions" for b in b["elements"]
                ]
                assert len(ids) == len(set(ids))  # Slack rejects repeated action ids in one message


def test_text_of_exactly_3000_characters_stays_one_section() -> None:
    assert split_text("x" * 3000) == ["x" * 3000]


def test_text_of_3001_characters_becomes_two_sections() -> None:
    pieces = split_text("x" * 3001)
    assert [len(p) for p in pieces] == [3000, 1]


def test_split_prefers_paragraph_breaks_over_spaces() -> None:
    first, second = "a " * 1000, "b " * 1000  # 2000 characters each
    pieces = split_text(first.strip() + "\n\n" + second.strip())
    assert pieces == [first.strip(), second.strip()]


def test_split_never_cuts_an_escaped_entity() -> None:
    text = "x" * 2998 + "&amp;" + "y" * 10  # a hard cut at 3000 would land inside "&amp;"
    pieces = split_text(text)
    assert pieces == ["x" * 2998, "&amp;" + "y" * 10]


@given(
    st.text(alphabet=st.sampled_from("ab &<>\n"), max_size=9000), st.integers(min_value=10, max_value=3000)
)
def test_split_keeps_every_word_and_respects_the_limit(text: str, limit: int) -> None:
    escaped = blocks.escape(text)
    pieces = split_text(escaped, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(escaped.split())


def test_answer_text_is_escaped_for_slack() -> None:
    [message] = render_answer(answer("Gifts <£50 & **hospitality** > nothing"))
    assert message.blocks[0]["text"]["text"] == "Gifts &lt;£50 &amp; *hospitality* &gt; nothing"
    assert message.text == "Gifts &lt;£50 &amp; *hospitality* &gt; nothing"


def test_long_answer_is_split_into_messages_of_at_most_50_blocks_in_order() -> None:
    paragraphs = [f"Paragraph {n}. " + "word " * 560 for n in range(120)]  # ~2,850 characters each
    messages = render_answer(answer("\n\n".join(paragraphs), citations=30))
    assert len(messages) >= 3
    assert_within_slack_limits(messages)
    sections = [b["text"]["text"] for b in all_blocks(messages) if b["type"] == "section"]
    assert [s.split(".")[0] for s in sections[:120]] == [f"Paragraph {n}" for n in range(120)]
    # The feedback buttons sit once, under the whole answer.
    feedback = [e["action_id"] for b in all_blocks(messages) if b["type"] == "actions" for e in b["elements"]]
    assert feedback.count(FEEDBACK_UP) == 1 and feedback.count(FEEDBACK_DOWN) == 1
    assert FEEDBACK_UP in [
        e["action_id"] for b in messages[-1].blocks if b["type"] == "actions" for e in b["elements"]
    ]
    assert messages[1].text.startswith("(continued, part 2 of")


def test_thirty_citations_give_thirty_show_clause_buttons_in_blocks_of_at_most_25() -> None:
    [message] = render_answer(answer(citations=30))
    assert_within_slack_limits([message])
    show = [
        e
        for b in message.blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("show_clause")
    ]
    assert [e["value"] for e in show] == [f"lichfield/members-code:{n}" for n in range(1, 31)]


def test_context_blocks_hold_at_most_10_elements() -> None:
    made = blocks.context_blocks([f"t{n}" for n in range(23)])
    assert [len(b["elements"]) for b in made] == [10, 10, 3]


def test_button_text_is_cut_to_75_characters_and_long_values_are_refused() -> None:
    button = blocks.button("x" * 200, "a", "v")
    assert len(button["text"]["text"]) == BUTTON_TEXT_LIMIT
    with pytest.raises(ValueError, match="2001 characters"):
        blocks.button("ok", "a", "v" * 2001)


def test_citation_context_shows_the_label_and_the_first_200_characters() -> None:
    long_quote = clause(12, text="word " * 100, title="Lichfield Members' Code of Conduct")
    a = Answer(outcome="answered", answer="x", citations=[Citation.of(long_quote)], conversation_id="c")
    [message] = render_answer(a)
    [context] = [b for b in message.blocks if b["type"] == "context"]
    text = context["elements"][0]["text"]
    assert text.startswith("*Lichfield Members' Code of Conduct, para 12*")
    assert text.endswith("…”") and len(text) < 200 + 60


def test_checks_show_actions_and_deadline() -> None:
    from bot.types import Action, CheckResult

    check = CheckResult(
        rule="r",
        outcome="action_required",
        actions=[
            Action(do="seek_consent", to="Head of Service"),
            Action(
                do="report",
                to="Monitoring Officer",
                by=dt.date(2026, 3, 29),
                detail="Report the offer to the Monitoring Officer.",
                citation=Citation.of(clause(3, title="Code")),
            ),
        ],
        deadline=dt.date(2026, 1, 5),
        deadline_rule="28 days from receipt",
    )
    text = str(render_answer(answer(checks=[check]))[0].blocks)
    assert "• Seek consent — Head of Service" in text
    assert "• Report the offer to the Monitoring Officer. *By 29 March 2026.* _(Code, para 3)_" in text
    assert "*Deadline:* 5 January 2026 — 28 days from receipt" in text


def test_clarifying_questions_are_shown_with_their_options_as_buttons() -> None:
    ask = Clarification(
        fact="role", question="Are you an officer or a councillor?", options=["officer", "councillor"]
    )
    council = Clarification(fact="council", question="Which council?", options=["Lichfield", "Tower Hamlets"])
    [message] = render_answer(answer(outcome="needs_clarification", clarify=[ask, council]))
    assert_within_slack_limits([message])
    texts = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert (
        "*To answer this I need to know:*\n• Are you an officer or a councillor?\n• Which council?" in texts
    )
    options = [
        (e["action_id"], e["value"])
        for b in message.blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("clarify")
    ]
    assert options == [
        ("clarify:0:0", "officer"),
        ("clarify:0:1", "councillor"),
        ("clarify:1:0", "Lichfield"),
        ("clarify:1:1", "Tower Hamlets"),
    ]


def test_answer_without_an_audit_id_has_no_feedback_buttons() -> None:
    [message] = render_answer(answer(answer_id=""))
    ids = [e["action_id"] for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert FEEDBACK_UP not in ids and FEEDBACK_DOWN not in ids


def test_a_long_clause_is_shown_in_sections_within_the_limit() -> None:
    messages = render_clause(clause(7, text="\n".join(f"({n}) " + "text " * 50 for n in range(100))))
    assert_within_slack_limits(messages)
    quoted = [b["text"]["text"] for b in all_blocks(messages)][1:]
    assert all(line.startswith(">") for q in quoted for line in q.splitlines())
