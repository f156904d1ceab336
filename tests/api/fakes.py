"""A small ConductService with canned bot.types objects, for contract, limits and browser tests.

It answers by a few words in the question so one fake can drive a whole conversation:
"clarify" asks which council, "hostile" answers with markup in every text field, "boom" fails.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from bot.service import Asker, ConductService
from bot.settings import Settings
from bot.types import (
    Action,
    Answer,
    CheckResult,
    Citation,
    Clarification,
    Clause,
    Footnote,
    SourceDocument,
)

HOSTILE_MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


class UnknownRuleError(KeyError):
    """Named like bot.rules.registry's error: the API maps it by class name."""


class RuleInputError(ValueError):
    """Named like bot.rules.registry's error: the API maps it by class name."""


def _document(council: str, council_name: str, slug: str, title: str) -> SourceDocument:
    return SourceDocument(
        id=f"{council}/{slug}",
        council=council,
        council_name=council_name,
        title=title,
        citation_title=title,
        audience="members",
        path=f"{council}/{slug}.md",
        source="test",
    )


DOCUMENTS = [
    _document(
        "lichfield", "Lichfield District Council", "members-code", "Lichfield Members' Code of Conduct"
    ),
    _document(
        "tower-hamlets",
        "London Borough of Tower Hamlets",
        "member-officer-protocol",
        "Tower Hamlets Member/Officer Protocol",
    ),
]


def _clause(document: SourceDocument, number: str, text: str, **extra: Any) -> Clause:
    section = extra.pop("section", None)
    clause_id = f"{document.id}:{number}" + (f"@{section}" if section else "")
    return Clause(
        id=clause_id,
        council=document.council,
        document=document.id,
        number=number,
        text=text,
        line_start=1,
        line_end=2,
        audience=document.audience,
        citation_title=document.citation_title,
        **extra,
    )


CLAUSES = [
    _clause(
        DOCUMENTS[0],
        "12",
        "You must register any gift or hospitality with an estimated value of at least £50¹.",
        title="Gifts and hospitality",
        heading_path=["Part One", "Gifts and hospitality"],
        footnotes=[Footnote(marker="1", text="Within 28 days of its receipt.")],
    ),
    _clause(DOCUMENTS[0], "1", "You act solely in the public interest.", title="Selflessness"),
    _clause(
        DOCUMENTS[1],
        "10.2",
        "Councillors should not ask officers to act outside their role.",
        section="general",
        heading_path=["General"],
    ),
    _clause(
        DOCUMENTS[1],
        "10.2",
        "A councillor raises the concern with the Chief Executive.",
        section="procedure-for-councillors",
        heading_path=["Procedure for councillors"],
    ),
]

RULE = "lichfield.member.gifts_hospitality"


class FakeService(ConductService):
    """Canned answers; records every call. `gate` (an Event) holds warm_up until it is set."""

    def __init__(
        self, settings: Settings, *, ready: bool = True, gate: threading.Event | None = None
    ) -> None:
        super().__init__(settings)
        self._ready = ready
        self.gate = gate
        self.warm_ups = 0
        self.asked: list[dict[str, Any]] = []
        self.feedbacks: list[tuple[str, bool, Asker | None]] = []

    def warm_up(self) -> None:
        self.warm_ups += 1
        if self.gate is not None:
            self.gate.wait(timeout=30)
        self._ready = True

    def ask(
        self,
        question: str,
        *,
        council: str | None = None,
        role: str | None = None,
        conversation_id: str | None = None,
        asked_at: dt.datetime | None = None,
        asker: Asker | None = None,
    ) -> Answer:
        self.asked.append(
            {
                "question": question,
                "council": council,
                "role": role,
                "conversation_id": conversation_id,
                "asked_at": asked_at,
                "asker": asker,
            }
        )
        turn = len(self.asked)
        conversation_id = conversation_id or "conv-1"
        if "boom" in question:
            raise RuntimeError("secret detail /srv/conduct/var/index must not leak")
        if "clarify" in question.lower():
            return Answer(
                outcome="needs_clarification",
                answer="Which council are you asking about?",
                clarify=[
                    Clarification(
                        fact="council",
                        question="Which council are you with?",
                        options=[d.council_name for d in DOCUMENTS],
                    )
                ],
                conversation_id=conversation_id,
                answer_id=f"answer-{turn}",
            )
        if "hostile" in question.lower():
            citation = Citation.of(CLAUSES[0]).model_copy(
                update={"label": f"Label {HOSTILE_MARKUP}", "quote": f"Quote {HOSTILE_MARKUP}"}
            )
            return Answer(
                outcome="answered",
                answer=f"Answer {HOSTILE_MARKUP}\n\n- bullet {HOSTILE_MARKUP}\n\n**bold {HOSTILE_MARKUP}**",
                citations=[citation],
                clarify=[Clarification(fact="x", question=f"Q {HOSTILE_MARKUP}", options=[HOSTILE_MARKUP])],
                conversation_id=conversation_id,
                answer_id=f"answer-{turn}",
            )
        return Answer(
            outcome="answered",
            answer=(
                f"For **{council or 'your council'}**: you must register the gift (para 12).\n"
                "Register it within 28 days.\n\n- Tell the Monitoring Officer\n- Keep a note"
            ),
            citations=[Citation.of(CLAUSES[0]), Citation.of(CLAUSES[1])],
            checks=[
                CheckResult(
                    rule=RULE,
                    outcome="action_required",
                    actions=[Action(do="register", to="Monitoring Officer", by=dt.date(2025, 3, 29))],
                    deadline=dt.date(2025, 3, 29),
                    deadline_rule="28 days from receipt",
                    explanation="A gift worth £60 is at least £50.",
                    citations=[Citation.of(CLAUSES[0])],
                )
            ],
            conversation_id=conversation_id,
            answer_id=f"answer-{turn}",
            council=council,
            role=role,  # type: ignore[arg-type]
            topic="gifts",
            corpus_version="test-corpus",
            settings_hash="test-hash",
        )

    def check(self, rule_id: str, params: dict[str, Any]) -> CheckResult:
        if rule_id != RULE:
            raise UnknownRuleError(f"no rule {rule_id}")
        value = params.get("value")
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise RuleInputError(f"value must be a number of pounds, got {value!r}")
        outcome = "action_required" if value >= 50 else "no_action_required"
        return CheckResult(rule=rule_id, outcome=outcome, facts={"value": value})

    def rules(self) -> list[dict[str, Any]]:
        return [{"id": RULE, "council": "lichfield", "clause": "lichfield/members-code:12"}]

    def documents(self) -> list[SourceDocument]:
        return list(DOCUMENTS)

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        return [c for c in CLAUSES if c.document == document_id and c.number == number]

    def clause_numbers(self, document_id: str) -> list[str]:
        return [c.number for c in CLAUSES if c.document == document_id]

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        if not answer_id.startswith("answer-"):
            raise KeyError(answer_id)
        self.feedbacks.append((answer_id, helpful, asker))
