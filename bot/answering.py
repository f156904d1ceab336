"""One turn: understand → carry the conversation forward → plan → compose → (phrase) → validate.

Kept apart from `service.py` so the service stays about lifecycle (warm-up, audit, storage)
and this module stays about the answer itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.compose import compose
from bot.conversation import ConversationState, carry_forward, remember
from bot.route import Plan, Question
from bot.types import Answer, Citation, Role
from bot.understand import understand
from bot.understand.model import Understanding

UK = ZoneInfo("Europe/London")

if TYPE_CHECKING:
    from bot.corpus import Corpus
    from bot.service import Snapshot


def _explicit_council(value: str | None, service: Snapshot) -> tuple[str | None, str | None]:
    """A council given by the caller (picker, API field): (our slug, or None and the name as given)."""
    if not value:
        return None, None
    names = service.corpus.council_names
    if value in names:
        return value, None
    said = understand(value, asked_at=dt.datetime.now(dt.UTC), known_councils=service.corpus.council_aliases)
    if said.council:
        return said.council, None
    return None, value


def whose_code(said: Understanding, *, picked: str | None) -> Role | None:
    """Whose code answers: the role of the person whose conduct is asked about.

    In order: someone else the question asks about ("cllr harris was given a print, what's her
    deadline?" from member services); the asker's statement about themselves ("and if I'm an
    officer?", "cllr here"), over a picker left as it was; someone else the question tells of,
    though it asks nothing of them; the role the door picked; the role the words suggest ("my
    DPI"). A role merely mentioned ("can a councillor...") is not a statement.
    """
    subject = said.subject_role if said.subject_role in ("councillor", "officer") else None
    stated = said.role if said.role_stated else None
    door: Role | None = "officer" if picked == "officer" else "councillor" if picked == "councillor" else None
    return (subject if said.subject_asked else None) or stated or subject or door or said.role


def to_question(text: str, *, role: str | None, asked_at: dt.datetime, service: Snapshot) -> Question:
    """What this message says, and only that: the council comes later (`resolve_council`)."""
    said = understand(
        text,
        asked_at=asked_at,
        known_councils=service.corpus.council_aliases,
        known_places=service.corpus.council_places,
    )
    # "What do Lichfield and TH each say...?" asks for both; "I'm a TH councillor - is it £50
    # like at Lichfield?" is about the asker's own council (understanding's `own_council`).
    compare = (
        tuple(said.councils)
        if len(said.councils) > 1 and not (said.own_council or said.asked_council)
        else ()
    )
    # "what do the codes at both councils say...?", "do both councils set a turnaround or is that
    # just a TH thing?": every council we hold, each labelled (one named beside "both" is one of them,
    # even the asker's own: "moving from TH to lichfield - do both councils expect...?")
    if not compare and not said.other_council and _BOTH.search(text.lower()):
        compare = tuple(service.corpus.council_names)
    council = None if compare else said.council
    # "The gift rule for councillors at Newcastle-under-Lyme? We border Lichfield": the question
    # is about the other council; ours is only named beside it. Never answered with ours.
    if said.other_is_subject and not said.own_council and not compare:
        council = None
    # "Tower Hamlets gives 10 working days - what's ours?": the council named is the comparison,
    # and the question is about the asker's own, which the door or the default says.
    # So is a council named only as what it does ("i know lichfield lets their staff keep promo
    # stuff - can i?").
    compared_with = None
    compared = said.council_source == "compared" or _OURS.search(text.lower())
    if council and not (said.own_council or said.asked_council) and compared:
        council, compared_with = None, council
    # The date something happened on; a date the asker learnt of it on is passed apart.
    # An exact date beats a loose one said first ("committee next month ... sent me it on 12/3").
    # "need a steer before tonight": a time the asker needs the answer by is not the event either.
    # "code adopted 15/5/18, say a cllr was elected 2 may 2019": the code's adoption is the corpus's
    # own date (para 7 takes it from there), the election is the event.
    dated = [d for d in said.dates if d.role_hint not in ("aware", "deadline", "adopted")] or [
        d for d in said.dates if d.role_hint != "aware"
    ]
    event = next((d for d in dated if not d.approximate), dated[0] if dated else None) or (
        said.dates[0] if said.dates else None
    )
    # "elected on 7 may. the union gave me £400 back on 1 april 2025": the election's day beside
    # another's, the other is the event (and the election's is kept apart, `elected_date`)
    if event is not None and event.role_hint == "elected":
        event = next((d for d in dated if not d.approximate and d.role_hint != "elected"), event)
    # "sometime last week", "next week": too loose to count an exact deadline from, so no
    # checker is given a guessed day. A loose date in the past still says something happened,
    # so the checker runs and asks for the exact date; "next week" is a plan, not an event.
    vague = event is not None and event.approximate and event.date <= asked_at.date()
    if event is not None and event.approximate:
        event = None
    # A month named without a day ("paid in october"), other than the election's own month where
    # no election day is written: when something was paid, to within the month.
    elected_day = any(d.role_hint == "elected" and not d.approximate for d in said.dates)
    month = next((m for m in said.months if m.role_hint != "elected" or elected_day), None)
    # "elected may 2023": the election's own month, where no election day is written
    elected_month = None if elected_day else next((m for m in said.months if m.role_hint == "elected"), None)
    return Question(
        text=text,
        council=council,
        # whose conduct is asked about ("does she have to...") over who asks; else the asker's own
        role=whose_code(said, picked=role),
        topic=said.topic,
        topics=tuple(said.topics),
        compare=compare,
        other_council=None if (compare or council) else said.other_council,
        off_topic=_off_topic(said.off_topic, said.topics),
        compared_with=compared_with,
        month_span=(month.first, month.last) if month else None,
        elected_span=(elected_month.first, elected_month.last) if elected_month else None,
        subject_role=said.subject_role,
        amount=said.amount.value if said.amount else None,
        amount_range=said.amount_range,
        amount_basis=said.amount.basis if said.amount else None,
        amount_bound=said.amount.bound if said.amount else None,
        date=event.date if event else None,
        date_hint=event.role_hint if event else None,
        # "only found out yesterday" dates the awareness even with no date for the change itself:
        # para 9 counts from the later of the two, and one learns of a change only after it.
        aware_date=next((d.date for d in said.dates if d.role_hint == "aware"), None),
        elected_date=next(
            (
                d.date
                for d in said.dates
                if d.role_hint == "elected"
                and not d.approximate
                and event is not None
                and d.date != event.date
            ),
            None,
        ),
        facts={**said.facts, **({"date_vague": True} if vague else {})},
        asked_on=asked_at.date(),
    )


def resolve_council(q: Question, *, door: str | None, default: str | None, service: Snapshot) -> Question:
    """The council a turn is about, in this order: named in the message (or several compared),
    the conversation's, the door's (a Slack channel's default, a picker), the deployment's default,
    then a place in one council's area that the message names.

    The door comes after the conversation so that "TH cllr here..." in a Lichfield channel stays
    Tower Hamlets for "what if it was £40?". A remembered council the corpus no longer holds is
    dropped rather than looked up.
    """
    names = service.corpus.council_names
    if q.council and q.council not in names:
        q = replace(q, council=None)
    if q.council or q.compare or q.other_council:
        return q
    door_council, door_other = _explicit_council(door, service)
    if q.compared_with:
        # Never answer "what's ours?" with the council it was compared with.
        own = next((c for c in (door_council, default) if c in names and c != q.compared_with), None)
        return replace(q, council=own) if own else q
    if door_council:
        return replace(q, council=door_council)
    if door_other:
        return replace(q, other_council=door_other)
    if default in names:
        return replace(q, council=default)
    # No council named and none given: a town, ward or village in one council's area ("cllr for
    # the alrewas ward", "regen officer in the isle of dogs team") says whose codes are asked.
    if (place := q.facts.get("place_council")) in names:
        return replace(q, council=place)
    return q


# "what do the codes at both councils say?": every council held, each answered ("£90 for both"
# tickets is no comparison).
_BOTH = re.compile(
    r"\b(?:both|each of the two|the two|either|all (?:the|our) two|each) (?:councils|authorities|council's)\b"
    r"|\beach council\b"
)
_OURS = re.compile(
    r"\b(?:what'?s|what is|what are|and|how about|what about|is that)\s+(?:ours|us)\b|\bfor us\b"
    # "does ours apply when i'm campaigning?", "what does our code say?", "is it the same here?"
    r"|\b(?:does|do|in) ours\b|\bours (?:say|says|apply|applies|have|has|work|works)\b"
    r"|\b(?:in|does|do|under|what does|what do|per) our (?:own )?(?:code|codes|rules?|protocol|employee code"
    r"|constitution)\b|\bour (?:code|codes|rules?|protocol|employee code) (?:say|says|have|has|require|apply)"
    r"|\b(?:same|rule|rules|apply|applies|equivalent|like that|anything) here\b"
    # "what's the equivalent rule for our cllrs here?"
    r"|\b(?:equivalent|similar|same) (?:rule|rules|thing|limit|requirement)s? (?:for|here|at)"
    r" (?:us|ours|our)\b"
    r"|\b(?:for|to|about) our (?:cllrs|councillors|members|officers|staff)(?: here)?\b"
    # "how quickly are officers here supposed to answer? i know in tower hamlets they've got..."
    r"|\b(?:officers|staff|councillors|cllrs|members|the rules?|the code|the protocol) here\b(?! at\b| in\b)"
)


def _off_topic(kinds: list[str], topics: list[str]) -> str | None:
    """An out-of-scope kind that decides the question: a request for the assistant's
    instructions or a task for it always does; small talk or an HR word beside a real topic ("book leave to go
    to the corporate event") does not."""
    # (The law beyond the codes decides too: a topic the facts add, "an interest in a council
    # contract", does not make "how big is the fine?" a question the codes answer.)
    for deciding in ("prompt_injection", "task", "beyond_codes"):
        if deciding in kinds:
            return deciding
    return kinds[0] if kinds and not topics else None


def validate_citations(citations: list[Citation], corpus: Corpus) -> list[Citation]:
    """Keep only citations of clauses the corpus has, with the corpus's own verbatim text."""
    kept = [corpus.clause(c.id) for c in citations if corpus.has_clause(c.id)]
    return [Citation.of(clause) for clause in kept if clause is not None]


def _advisers(service: Snapshot, plan: Plan) -> list[tuple[str, Citation]]:
    """Who the codes say to ask, each with the clause that says so: for the asker's role, or for
    both roles when it is unknown and they differ."""
    if not plan.council:
        return []
    roles = [plan.role] if plan.role else ["councillor", "officer"]
    found: dict[str, tuple[str, Citation]] = {}
    for role in roles:
        adviser = service.coverage.adviser(plan.council, role)  # type: ignore[arg-type]
        clause = service.corpus.clause(adviser.clause) if adviser else None
        if adviser and clause and adviser.who not in found:
            label = adviser.who if plan.role or len(roles) == 1 else f"{role}s: {adviser.who}"
            found[adviser.who] = (label, Citation.of(clause))
    return list(found.values())


def _contact(service: Snapshot):
    def contact(council: str | None) -> str:
        if council is None:
            return "your council's Monitoring Officer"
        return service.corpus.contact_line(council)

    return contact


def scope_text(corpus: Corpus, council: str | None = None) -> str:
    """What the assistant holds, said in a not-covered answer: the asker's council's codes when
    the council is known (another council's codes listed to a Tower Hamlets officer read as an
    invitation to follow them), every council's otherwise."""

    def held(slug: str) -> str:
        return "; ".join(d.citation_title for d in corpus.documents.values() if d.council == slug)

    if council in corpus.council_names:
        return f"For {corpus.council_names[council]} I hold: {held(council)}."
    parts = [f"{name} ({held(slug)})" for slug, name in corpus.council_names.items()]
    return "I hold the codes of conduct of " + " and ".join(parts) + "."


def answer_question(
    service: Snapshot,
    text: str,
    *,
    council: str | None,
    role: str | None,
    asked_at: dt.datetime,
    state: dict[str, Any] | None,
) -> tuple[Answer, dict[str, Any]]:
    previous = ConversationState.from_json(state)
    # Dates are the UK's: just after midnight BST, "yesterday" is not UTC's yesterday.
    local = asked_at.astimezone(UK)
    question = to_question(text, role=role, asked_at=local, service=service)
    question = carry_forward(question, previous)
    question = resolve_council(
        question, door=council, default=service.settings.DEFAULT_COUNCIL, service=service
    )
    plan = service.router.plan(question)
    markdown, citations = compose(
        text,
        plan,
        contact=_contact(service),
        scope=scope_text(service.corpus, plan.council),
        advisers=_advisers(service, plan),
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
