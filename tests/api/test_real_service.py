"""The HTTP API around the real service on the real corpus and a built index (slow)."""

from __future__ import annotations

import pytest

from bot.types import Answer, Citation

pytestmark = pytest.mark.slow


def test_readyz_is_200_once_the_real_service_has_warmed_up(real_client):
    assert real_client.get("/readyz").json() == {"status": "ready"}


def test_ask_returns_an_answer_whose_citations_are_verbatim_clauses(real_client):
    response = real_client.post(
        "/v1/ask",
        json={
            "question": "I am a councillor and was given a bottle of wine worth £60. What must I do?",
            "council": "lichfield",
            "role": "councillor",
            "asked_at": "2025-03-03T10:00:00+00:00",
        },
    )

    assert response.status_code == 200
    answer = Answer.model_validate(response.json())
    assert answer.conversation_id and answer.answer_id
    assert answer.citations, answer.answer
    for citation in answer.citations:
        council, document = citation.document.split("/")
        number = citation.id.split(":", 1)[1]
        clauses = real_client.get(f"/v1/documents/{council}/{document}/clauses/{number}")
        assert clauses.status_code == 200, citation.id
        assert citation in [Citation.model_validate(c) for c in clauses.json()]


def test_a_follow_up_keeps_the_conversation(real_client):
    first = real_client.post("/v1/ask", json={"question": "Do I have to register a gift?"}).json()
    second = real_client.post(
        "/v1/ask", json={"question": "Lichfield", "conversation_id": first["conversation_id"]}
    )

    assert second.status_code == 200
    assert second.json()["conversation_id"] == first["conversation_id"]


def test_documents_and_clause_12_of_the_lichfield_members_code(real_client):
    ids = [d["id"] for d in real_client.get("/v1/documents").json()]
    clause = real_client.get("/v1/documents/lichfield/members-code/clauses/12")

    assert "lichfield/members-code" in ids and "tower-hamlets/member-officer-protocol" in ids
    assert clause.status_code == 200
    assert [c["id"] for c in clause.json()] == ["lichfield/members-code:12"]
    assert clause.json()[0]["quote"]


def test_a_number_printed_twice_returns_both_clauses(real_client):
    response = real_client.get("/v1/documents/tower-hamlets/member-officer-protocol/clauses/10.2")

    assert sorted(c["id"] for c in response.json()) == [
        "tower-hamlets/member-officer-protocol:10.2@general",
        "tower-hamlets/member-officer-protocol:10.2@procedure-for-councillors",
    ]


def test_unknown_clause_lists_the_documents_real_numbers(real_client):
    response = real_client.get("/v1/documents/lichfield/members-code/clauses/999")

    assert response.status_code == 404
    assert ", 12, " in response.json()["detail"]


def test_rules_and_a_check_through_the_api(real_client):
    ids = [r["id"] for r in real_client.get("/v1/rules").json()]
    result = real_client.post(
        "/v1/check/lichfield.member.gifts_hospitality",
        json={"params": {"value": 60, "received": "2025-03-03"}},
    )
    bad = real_client.post("/v1/check/lichfield.member.gifts_hospitality", json={"params": {"value": "lots"}})
    unknown = real_client.post("/v1/check/atlantis.member.gifts", json={"params": {}})

    assert "lichfield.member.gifts_hospitality" in ids
    assert result.status_code == 200 and result.json()["outcome"] == "action_required"
    assert bad.status_code == 422 and "value" in bad.json()["detail"]
    assert unknown.status_code == 404


def test_feedback_on_a_real_answer_is_recorded_and_unknown_ids_are_404(real_client):
    answer = real_client.post("/v1/ask", json={"question": "Can I accept hospitality?"}).json()

    assert (
        real_client.post("/v1/feedback", json={"answer_id": answer["answer_id"], "helpful": True}).status_code
        == 204
    )
    assert (
        real_client.post("/v1/feedback", json={"answer_id": "no-such-answer", "helpful": True}).status_code
        == 404
    )


@pytest.mark.parametrize(
    "question", ["<script>alert(1)</script>", "'; DROP TABLE answers; --", "😀" * 500, "\u0301" * 500, "?"]
)
def test_hostile_questions_to_the_real_service_never_500(real_client, question):
    assert real_client.post("/v1/ask", json={"question": question}).status_code in (200, 422)
