"""Spelling is forgiven for long keywords and known misspellings, never for ordinary words."""

from __future__ import annotations

import pytest

from bot.understand.text import correct_word, prepare


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hospitallity", "hospitality"),
        ("hospitalty", "hospitality"),
        ("recieved", "received"),
        ("councilor", "councillor"),
        ("concillor", "councillor"),
        ("counsellor", "councillor"),
        ("gift's", "gifts"),
        ("sponsership", "sponsorship"),
        ("registeration", "registration"),
        ("confidentallity", "confidentiality"),
        ("comittee", "committee"),
    ],
)
def test_common_misspellings_are_corrected(typed, meant):
    assert correct_word(typed) == meant


@pytest.mark.parametrize(
    "word",
    ["employer", "interested", "officers", "counsel", "receiver", "complains", "gifted", "councillor's"],
)
def test_real_words_are_left_alone(word):
    assert correct_word(word) == word


def test_prepare_keeps_case_in_clean_and_lowercases_low():
    text = prepare("TH officer \u2013 got a \u2018gift\u2019   from a  contractor")
    assert text.clean == "TH officer - got a 'gift' from a contractor"
    assert text.low == "th officer - got a 'gift' from a contractor"
