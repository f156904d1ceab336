"""The routes speak bot.types unchanged and call the one service."""

from __future__ import annotations

import datetime as dt

from bot.types import Answer, Citation
from tests.api.fakes import CLAUSES, RULE


def test_ask_returns_the_service_answer_unchanged(client, fake):
    response = client.post("/v1/ask", json={"question": "  I was given a £60 gift  ", "council": "lichfield"})

    assert response.status_code == 200
    expected = fake.ask("I was given a £60 gift", council="lichfield", conversation_id="conv-1")
    assert Answer.model_validate(response.json()) == expected.model_copy(update={"answer_id": "answer-1"})


def test_ask_passes_every_field_to_the_service_and_says_it_came_from_the_api(client, fake):
    body = {
        "question": "Do I register it?",
        "council": "tower-hamlets",
        "role": "councillor",
        "conversation_id": "abc-123",
        "asked_at": "2025-03-01T09:30:00+00:00",
    }
    assert client.post("/v1/ask", json=body).status_code == 200

    call = fake.asked[-1]
    assert call["question"] == "Do I register it?"
    assert (call["council"], call["role"], call["conversation_id"]) == (
        "tower-hamlets",
        "councillor",
        "abc-123",
    )
    assert call["asked_at"] == dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
    assert call["asker"].surface == "api"


def test_ask_with_an_unknown_council_is_422_naming_the_known_ones(client, fake):
    response = client.post("/v1/ask", json={"question": "gifts?", "council": "atlantis"})

    assert response.status_code == 422
    assert "atlantis" in response.json()["detail"]
    assert "lichfield, tower-hamlets" in response.json()["detail"]
    assert fake.asked == []


def test_ask_with_an_unknown_role_is_422(client):
    assert client.post("/v1/ask", json={"question": "gifts?", "role": "mayor"}).status_code == 422


def test_check_runs_the_rule_with_the_params(client):
    response = client.post(f"/v1/check/{RULE}", json={"params": {"value": 60}})

    assert response.status_code == 200
    assert response.json()["outcome"] == "action_required"
    assert response.json()["facts"] == {"value": 60}


def test_check_of_an_unknown_rule_is_404(client):
    response = client.post("/v1/check/nowhere.rule", json={"params": {}})

    assert response.status_code == 404
    assert "nowhere.rule" in response.json()["detail"]


def test_check_with_bad_params_is_422_with_the_checkers_message(client):
    response = client.post(f"/v1/check/{RULE}", json={"params": {"value": "lots"}})

    assert response.status_code == 422
    assert response.json()["detail"] == "value must be a number of pounds, got 'lots'"


def test_check_params_must_be_plain_values(client):
    response = client.post(f"/v1/check/{RULE}", json={"params": {"value": {"nested": [1]}}})

    assert response.status_code == 422


def test_rules_lists_the_checkers(client):
    response = client.get("/v1/rules")

    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == [RULE]


def test_documents_lists_the_source_documents(client):
    response = client.get("/v1/documents")

    assert response.status_code == 200
    assert [d["id"] for d in response.json()] == [
        "lichfield/members-code",
        "tower-hamlets/member-officer-protocol",
    ]


def test_clause_returns_verbatim_text_and_footnotes(client):
    response = client.get("/v1/documents/lichfield/members-code/clauses/12")

    assert response.status_code == 200
    assert [Citation.model_validate(c) for c in response.json()] == [Citation.of(CLAUSES[0])]
    assert response.json()[0]["footnotes"] == [{"marker": "1", "text": "Within 28 days of its receipt."}]


def test_a_number_printed_twice_returns_both_clauses_or_one_by_section(client):
    both = client.get("/v1/documents/tower-hamlets/member-officer-protocol/clauses/10.2")
    one = client.get("/v1/documents/tower-hamlets/member-officer-protocol/clauses/10.2@general")

    assert [c["id"] for c in both.json()] == [
        "tower-hamlets/member-officer-protocol:10.2@general",
        "tower-hamlets/member-officer-protocol:10.2@procedure-for-councillors",
    ]
    assert [c["id"] for c in one.json()] == ["tower-hamlets/member-officer-protocol:10.2@general"]


def test_unknown_clause_is_404_listing_the_documents_clause_numbers(client):
    response = client.get("/v1/documents/lichfield/members-code/clauses/99")

    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "'99'" in detail and "12, 1" in detail


def test_unknown_document_is_404_listing_the_known_documents(client):
    response = client.get("/v1/documents/lichfield/nothing/clauses/1")

    assert response.status_code == 404
    assert "lichfield/members-code" in response.json()["detail"]


def test_feedback_is_recorded_for_the_answer(client, fake):
    response = client.post("/v1/feedback", json={"answer_id": "answer-7", "helpful": False})

    assert response.status_code == 204
    assert [(a, h, who.surface) for a, h, who in fake.feedbacks] == [("answer-7", False, "api")]


def test_feedback_for_an_unknown_answer_is_404(client):
    assert client.post("/v1/feedback", json={"answer_id": "nope", "helpful": True}).status_code == 404


def test_openapi_describes_each_route_from_its_docstring(client):
    paths = client.get("/openapi.json").json()["paths"]

    assert paths["/v1/ask"]["post"]["description"].startswith("Answer a question from the codes")
    assert {"/v1/ask", "/v1/check/{rule}", "/v1/rules", "/v1/documents", "/v1/feedback", "/healthz"} <= set(
        paths
    )
    assert "/" not in paths
