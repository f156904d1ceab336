"""Fakes for the evaluation suite's tests: a tiny corpus index, citations, answers and cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.types import Answer, CheckResult, Citation
from eval.cases import Case, CorpusIndex

CLAUSES = {
    "lichfield/members-code:12": ("lichfield", "You are also required to notify the Monitoring Officer..."),
    "lichfield/members-code:7": ("lichfield", "Within 28 days of this Code being adopted..."),
    "lichfield/officers-code:2.4.2": ("lichfield", "Modest gifts of a promotional nature..."),
    "tower-hamlets/member-officer-protocol:8.1": (
        "tower-hamlets",
        "The Council operates a Member's Enquiries",
    ),
    "tower-hamlets/member-officer-protocol:10.2@general": ("tower-hamlets", "In principle, Councillors..."),
    "tower-hamlets/member-officer-protocol:10.2@procedure-for-councillors": (
        "tower-hamlets",
        "If a Councillor has a concern...",
    ),
}


@pytest.fixture
def corpus() -> CorpusIndex:
    return CorpusIndex(
        texts={cid: text for cid, (_, text) in CLAUSES.items()},
        councils=frozenset(c for c, _ in CLAUSES.values()),
        source="test",
    )


def citation(clause_id: str, council: str | None = None) -> Citation:
    """A citation for any id, real or invented; the council defaults to the id's prefix."""
    document, number = clause_id.split(":", 1)
    return Citation(
        id=clause_id,
        council=council or document.split("/", 1)[0],
        document=document,
        clause=number.split("@")[0],
        heading="",
        label=f"{document} para {number}",
        quote=CLAUSES.get(clause_id, ("", "invented text"))[1],
    )


def answer(
    outcome: str = "answered",
    cited: list[str] | None = None,
    text: str = "",
    checks: list[CheckResult] | None = None,
) -> Answer:
    return Answer(
        outcome=outcome,
        answer=text,
        citations=[citation(c) for c in cited or []],
        checks=checks or [],
        conversation_id="test",
    )


def case(**fields) -> Case:
    fields.setdefault("id", "t-001")
    fields.setdefault("question", "a question")
    fields.setdefault("expect", {"outcome": "answered"})
    return Case.model_validate(fields)


@pytest.fixture
def write_cases(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a case file into a fresh directory and return the directory."""

    def write(text: str, name: str = "cases.yaml") -> Path:
        directory = tmp_path / "cases"
        directory.mkdir(exist_ok=True)
        (directory / name).write_text(text, encoding="utf-8")
        return directory

    return write


GIFT_CHECK = CheckResult(
    rule="lichfield.member.gifts_hospitality",
    outcome="action_required",
    deadline=dt.date(2026, 4, 7),
    facts={"value": 60.0, "received": "2026-03-10"},
)
