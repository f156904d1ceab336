"""One turn: understand → carry the conversation forward → plan → compose → (phrase) → validate.

Kept apart from `service.py` so the service stays about lifecycle (warm-up, audit, storage)
and this module stays about the answer itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from bot.compose import compose
from bot.conversation import ConversationState, carry_forward, remember
from bot.route import Plan, Question
from bot.types import Answer, Citation
from bot.understand import understand

if TYPE_CHECKING:
    from bot.corpus import Corpus
    from bot.service import ConductService


def _explicit_council(value: str | None, service: ConductService) -> tuple[str | None, str | None]:
    """A council given by the caller (picker, API field): (our slug, or None and the name as given)."""
    if not value:
        return None, None
    names = service.corpus.council_names
    if value in names:
        return value, None
    said = understand(value, asked_at=dt.datetime.now(dt.UTC), known_councils=_aliases(service))
    if said.council:
        return said.council, None
    return None, value


def _aliases(service: ConductService) -> dict[str, list[str]]:
    return {slug: [name] for slug, name in service.corpus.council_names.items()}


def to_question(
    text: str, *, council: str | None, role: str | None, asked_at: dt.datetime, service: ConductService
) -> Question:
    said = understand(
        text,
        asked_at=asked_at,
        default_council=None,
        known_councils=_aliases(service),
    )
    # A council named in the question is the asker's own statement about this case: it outranks
    # the caller's council, which may be a Slack channel's default or a picker left as it was.
    # ("TH cllr here..." in a Lichfield channel must never get Lichfield's rule.)
    compare: tuple[str, ...] = ()
    if len(said.councils) > 1 and not said.own_council:  # "what do Lichfield and TH each say...?"
        named_council, other_council, compare = None, None, tuple(said.councils)
    elif said.council or said.other_council:
        named_council, other_council = said.council, (None if said.council else said.other_council)
    else:
        named_council, other_council = _explicit_council(council, service)
    amount = said.amount.value if said.amount else None
    date = said.dates[0].date if said.dates else None
    facts: dict[str, Any] = dict(said.facts)
    return Question(
        text=text,
        council=named_council,
        role=(role if role in ("officer", "councillor") else None) or said.role,  # type: ignore[arg-type]
        topic=said.topic,
        topics=tuple(said.topics),
        compare=compare,
        other_council=other_council,
        off_topic=_off_topic(said.off_topic, said.topics),
        amount=amount,
        date=date,
        facts=facts,
        asked_on=asked_at.date(),
    )


def _off_topic(kinds: list[str], topics: list[str]) -> str | None:
    """An out-of-scope kind that decides the question: a request for the assistant's
    instructions always does; small talk or an HR word beside a real topic ("book leave to go
    to the corporate event") does not."""
    if "prompt_injection" in kinds:
        return "prompt_injection"
    return kinds[0] if kinds and not topics else None


def validate_citations(citations: list[Citation], corpus: Corpus) -> list[Citation]:
    """Keep only citations of clauses the corpus has, with the corpus's own verbatim text."""
    return [Citation.of(corpus.clause(c.id)) for c in citations if corpus.has_clause(c.id)]


def _contact(service: ConductService, plan: Plan):
    def contact(council: str | None) -> str:
        if council is None:
            return "your council's Monitoring Officer"
        return service.corpus.contact_line(council)

    return contact


def _scope(service: ConductService) -> str:
    parts = []
    for slug, name in service.corpus.council_names.items():
        titles = [d.citation_title for d in service.corpus.documents.values() if d.council == slug]
        parts.append(f"{name} ({'; '.join(titles)})")
    return "I hold the codes of conduct of " + " and ".join(parts) + "."


def answer_question(
    service: ConductService,
    text: str,
    *,
    council: str | None,
    role: str | None,
    asked_at: dt.datetime,
    state: dict[str, Any] | None,
) -> tuple[Answer, dict[str, Any]]:
    previous = ConversationState.from_json(state)
    question = to_question(text, council=council, role=role, asked_at=asked_at, service=service)
    if question.council is None and service.settings.DEFAULT_COUNCIL and not question.other_council:
        question = _with(question, council=service.settings.DEFAULT_COUNCIL)
    question = carry_forward(question, previous)
    plan = service.router.plan(question)
    adviser_citation = None
    if plan.council:
        adviser = service.coverage.adviser(plan.council, plan.role)
        if adviser and service.corpus.has_clause(adviser.clause):
            adviser_citation = Citation.of(service.corpus.clause(adviser.clause))
    markdown, citations = compose(
        text,
        plan,
        contact=_contact(service, plan),
        scope=_scope(service),
        adviser_citation=adviser_citation,
        limit=service.settings.RETRIEVAL_TOP_K,
    )
    answer = Answer(
        outcome=plan.outcome,
        answer=markdown,
        citations=validate_citations(citations, service.corpus),
        checks=[check for case in plan.cases if case.covered for check in case.checks],
        clarify=plan.clarify,
        conversation_id="",
        council=plan.council,
        role=plan.role,
        topic=plan.topic,
    )
    if service.phraser is not None:
        answer, _verdict = service.phraser.phrase(text, answer)
    new_state = remember(question, [c.fact for c in plan.clarify], previous)
    return answer, new_state.to_json()


def _with(q: Question, **changes: Any) -> Question:
    from dataclasses import replace

    return replace(q, **changes)
