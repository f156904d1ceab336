"""Whose code answers a question: the precedence of the roles a question and its door give."""

from __future__ import annotations

import pytest

from bot.answering import whose_code
from bot.understand import understand


@pytest.mark.parametrize(
    ("question", "picked", "expected"),
    [
        # someone else asked about outranks the asker's own statement and the door
        (
            "governance officer here - what's cllr smith's deadline for the hamper she got?",
            "officer",
            "councillor",
        ),
        # the asker's statement outranks the door's role and a role merely mentioned
        ("and if i'm an officer?", "councillor", "officer"),
        ("can a councillor accept a gift? officer here", None, "officer"),
        # someone told of, though not asked about, outranks the door
        ("PA to the leader here - a firm dropped off wine for him", "officer", "councillor"),
        # with nothing said, the door's role; with no door, what the words suggest
        ("got a hamper worth £60 last week", "officer", "officer"),
        ("do i need to register my DPI?", None, "councillor"),
        ("got a hamper worth £60 last week", None, None),
    ],
)
def test_whose_code_answers(question, picked, expected):
    assert whose_code(understand(question), picked=picked) == expected
