"""The case loader refuses bad case files with a message naming the file, line and case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from eval.cases import CASES_DIR, CaseError, load_cases, load_corpus_index

GOOD = """\
kind: check
cases:
  - id: chk-001
    question: a supplier sent me a hamper worth about £60 last Tuesday
    council: lichfield
    role: councillor
    asked_at: 2026-03-16T09:30:00
    expect:
      outcome: answered
      clauses_any_of: [lichfield/members-code:12]
      check:
        rule: lichfield.member.gifts_hospitality
        outcome: action_required
        deadline: 2026-04-07
        amount: 49.99
"""


def _error(write_cases, corpus, text: str) -> str:
    directory = write_cases(text)
    with pytest.raises(CaseError) as info:
        load_cases(directory, corpus)
    return str(info.value)


def test_a_valid_file_loads_with_its_kind_dates_and_exact_amount(write_cases, corpus):
    (case,) = load_cases(write_cases(GOOD), corpus)
    assert case.kind == "check"
    assert case.asked_at == dt.datetime(2026, 3, 16, 9, 30)
    assert case.expect.check.deadline == dt.date(2026, 4, 7)
    assert case.expect.check.amount == Decimal("49.99")
    assert case.target_council == "lichfield"


def test_an_unknown_key_names_file_line_case_and_key(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("    role: councillor\n", "    rôle: councillor\n"))
    assert "cases.yaml:3: case chk-001" in message
    assert "rôle" in message and "unknown key" in message


def test_an_expected_clause_missing_from_the_corpus_is_an_error(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("members-code:12]", "members-code:99]"))
    assert "case chk-001" in message and "cases.yaml" in message
    assert "lichfield/members-code:99" in message and "not in the corpus" in message


def test_a_number_printed_twice_without_its_section_suggests_both(write_cases, corpus):
    text = GOOD.replace("lichfield/members-code:12", "tower-hamlets/member-officer-protocol:10.2")
    message = _error(write_cases, corpus, text.replace("council: lichfield", "council: tower-hamlets"))
    assert "10.2@general" in message and "10.2@procedure-for-councillors" in message


def test_a_malformed_date_is_an_error_naming_the_case(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("deadline: 2026-04-07", "deadline: 2026-02-30"))
    assert "case chk-001" in message and "deadline" in message and "2026-02-30" in message


def test_a_non_iso_asked_at_is_an_error(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("2026-03-16T09:30:00", "16/03/2026 09:30"))
    assert "case chk-001" in message and "asked_at" in message


def test_an_unknown_outcome_is_an_error(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("outcome: answered", "outcome: answerd"))
    assert "case chk-001" in message and "answerd" in message


def test_a_relative_date_without_asked_at_is_an_error(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("    asked_at: 2026-03-16T09:30:00\n", ""))
    assert "case chk-001" in message and "last tuesday" in message.lower() and "asked_at" in message


def test_an_unknown_council_is_an_error(write_cases, corpus):
    message = _error(write_cases, corpus, GOOD.replace("council: lichfield", "council: lichfeld"))
    assert "case chk-001" in message and "lichfeld" in message


def test_a_duplicate_key_is_an_error_with_its_line(write_cases, corpus):
    message = _error(
        write_cases,
        corpus,
        GOOD.replace("    role: councillor\n", "    role: councillor\n    role: officer\n"),
    )
    assert "cases.yaml:7" in message and "duplicate key 'role'" in message


def test_a_duplicate_case_id_across_files_is_an_error(write_cases, corpus):
    write_cases(GOOD, "a.yaml")
    directory = write_cases(GOOD, "b.yaml")
    with pytest.raises(CaseError, match=r"b\.yaml.*chk-001.*duplicate case id"):
        load_cases(directory, corpus)


def test_a_not_covered_case_cannot_expect_clauses(write_cases, corpus):
    text = GOOD.replace("outcome: answered", "outcome: not_covered")
    assert "not_covered case cannot expect" in _error(write_cases, corpus, text)


def test_the_shipped_cases_load_against_the_real_corpus():
    cases = load_cases(CASES_DIR, load_corpus_index())
    kinds = {c.kind for c in cases}
    assert len(cases) >= 160
    assert {"retrieval", "check", "clarify", "not_covered", "cross_council"} <= kinds
    assert sum(c.kind == "retrieval" for c in cases) >= 45
