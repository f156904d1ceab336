"""Input limits answer 4xx; hostile input gets a 4xx or a normal answer, never a 500."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from bot.api.main import create_app
from tests.api.conftest import make_settings
from tests.api.fakes import RULE, FakeService


def test_body_over_max_body_bytes_is_413_by_content_length(client, settings):
    body = json.dumps({"question": "x" * settings.MAX_BODY_BYTES})

    response = client.post("/v1/ask", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 413


def test_body_over_max_body_bytes_is_413_when_streamed_without_content_length(client, settings, fake):
    def chunks():
        yield b'{"question": "'
        for _ in range(settings.MAX_BODY_BYTES // 1000 + 2):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/v1/ask", content=chunks(), headers={"Content-Type": "application/json"})

    assert response.status_code == 413
    assert (
        response.json()["detail"] == f"The request body is over the limit of {settings.MAX_BODY_BYTES} bytes."
    )
    assert fake.asked == []


def test_body_that_lies_about_its_content_length_is_413(client, settings):
    # A small declared length is no way round the limit: the bytes actually read are counted.
    body = json.dumps({"question": "x" * (settings.MAX_BODY_BYTES + 10)}).encode()
    response = client.post("/v1/ask", content=iter([body]), headers={"Content-Type": "application/json"})

    assert response.status_code == 413


def test_question_at_the_limit_is_answered_and_one_over_is_422(tmp_path):
    small = make_settings(tmp_path, MAX_QUESTION_CHARS=50)
    with TestClient(create_app(FakeService(small), small)) as client:
        assert client.post("/v1/ask", json={"question": "q" * 50}).status_code == 200
        response = client.post("/v1/ask", json={"question": "q" * 51})

    assert response.status_code == 422
    assert "51 characters" in response.json()["detail"][0]["msg"]
    assert "limit is 50" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_422(client, question):
    assert client.post("/v1/ask", json={"question": question}).status_code == 422


def test_missing_question_is_422(client):
    assert client.post("/v1/ask", json={"council": "lichfield"}).status_code == 422


def test_unknown_field_is_422(client):
    assert client.post("/v1/ask", json={"question": "gifts?", "admin": True}).status_code == 422


@pytest.mark.parametrize("body", [b"{", b'{"question": "x",}', b"\xff\xfe", b"null", b"[]", b'"text"'])
def test_malformed_json_is_422(client, body):
    response = client.post("/v1/ask", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 422


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_refused(client, fake, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v1/ask", content=b'{"question": "gifts?"}', headers=headers)

    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]
    assert fake.asked == []


def post_json(client, path, body):
    """Post with JSON escapes, so lone surrogates travel as `\\ud800` the way a browser sends them."""
    return client.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


HOSTILE = [
    "nul \x00 byte",
    "bell \x07 and escape \x1b[31m",
    "lone surrogate \ud800",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "'; DROP TABLE answers; --",
    "{{7*7}} ${7*7} %s %n",
    "\u202eright-to-left override",
    "zalgo " + "\u0301" * 1000,
    "😀" * 2000,
    "𒐫" * 2000,
    "\ufeff\ufffe\uffff",
    "../../etc/passwd",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_question_is_refused_or_answered_never_500(client, text):
    response = post_json(client, "/v1/ask", {"question": text})

    assert response.status_code in (200, 413, 422)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_values_in_every_field_never_500(client, text):
    for body in (
        {"question": "gifts?", "council": text},
        {"question": "gifts?", "role": text},
        {"question": "gifts?", "conversation_id": text},
        {"question": "gifts?", "asked_at": text},
    ):
        assert post_json(client, "/v1/ask", body).status_code in (200, 413, 422), body
    assert post_json(client, f"/v1/check/{RULE}", {"params": {"value": text, text: 1}}).status_code in (
        413,
        422,
    )
    assert post_json(client, "/v1/feedback", {"answer_id": text, "helpful": True}).status_code in (
        404,
        413,
        422,
    )


@pytest.mark.parametrize("segment", ["%00", "%3Cscript%3E", "..%2F..%2Fetc", "x" * 300, "%F0%9F%98%80"])
def test_hostile_path_segments_never_500(client, segment):
    assert client.get(f"/v1/documents/lichfield/members-code/clauses/{segment}").status_code in (404, 422)
    assert client.get(f"/v1/documents/{segment}/x/clauses/1").status_code in (404, 422)
    assert client.post(f"/v1/check/{segment}", json={"params": {}}).status_code in (404, 422)


@hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question=st.text(max_size=300))
def test_any_unicode_question_is_refused_or_answered(client, question):
    assert post_json(client, "/v1/ask", {"question": question}).status_code in (200, 422)


def test_hostile_input_is_recorded_as_plain_text(client, fake):
    text = "<script>alert(1)</script> and 'quotes' \"too\""
    client.post("/v1/ask", json={"question": text})

    assert fake.asked[-1]["question"] == text


def test_unexpected_error_is_a_json_500_without_the_traceback(fake, settings):
    with TestClient(create_app(fake, settings), raise_server_exceptions=False) as client:
        response = client.post("/v1/ask", json={"question": "make it go boom"})

    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail", "error_id"}
    assert "secret" not in response.text and "Traceback" not in response.text
