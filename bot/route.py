"""Decide what kind of answer a question gets, before a word of it is phrased.

Order of decisions (each is data-driven, none depends on wording):
1. out of scope (expenses, leave, weather, a request to reveal instructions) → not_covered;
2. another council named, none of ours → not_covered (never borrow a rule);
3. council unknown and the corpus holds several → needs_clarification, each council's case labelled;
4. the council's codes are silent on the topic (`corpus/topics.yaml`) → not_covered, with who to ask;
5. the topic has checkers → run them; a missing fact → needs_clarification with the question to ask
   (a question no words place on a topic takes that of this council's checker whose clause it is
   nearest to, when it gives that checker a fact it requires; a value given as a range runs the
   checker at both ends and asks when they differ);
6. otherwise the clauses retrieved within that council and audience answer it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from bot.coverage import Adviser, Coverage, RoleKey
from bot.rules.results import dedupe
from bot.types import CheckResult, Clarification, Evidence, Outcome

ROLE_AUDIENCE: dict[RoleKey, str] = {"councillor": "members", "officer": "officers"}
ROLE_WORDS: dict[RoleKey, str] = {"councillor": "a councillor", "officer": "an officer"}

# How understood facts become checker parameters. Parameter names and their allowed values are
# the rules' public contract (issue 3); understanding has its own vocabulary, so each choice is
# mapped here and anything that is not an allowed value is left out (the checker then asks).
_FACT_SOURCES: dict[str, tuple[str, ...]] = {
    "category": ("dpi_category", "category"),
    "kind": ("hospitality_kind", "kind"),
    # "we live together" / "we don't live together" says whose interest a partner's is (para 11)
    "holder": ("lives_together", "spouse", "relative_holds"),
}
_INVERTED_FLAGS = {"can_refuse": "cannot_refuse"}  # "it would cause offence" → can_refuse=false
# Facts that name the checker a question is about, by a parameter only it has: "does that go on
# the register as a DPI?" asks the one that classifies an interest, whatever dates it also gives;
# "at planning last night I blurted out that my wife owns the field" and "it's on my register -
# can I still speak and vote?" are the meeting rule's case.
_ASKS_ABOUT = {
    "asks_if_dpi": "category",
    # "do i need to change anything on my form?": whether (and when) to notify a change (para 9)
    "asks_change": "trigger",
    "declared_at_meeting": "registered",
    "asks_to_take_part": "registered",
}
# Facts that say a checker's question does not arise, by a parameter only those checkers have:
# "I know it's not a DPI, should I say something at committee?" is not whether it is a DPI, nor
# registering one, nor the DPI meeting rule; the clauses on other interests answer it.
_RULED_OUT = {
    "not_dpi": ("category", "registered", "trigger"),
    # "I have a DPI on the item": whether it is one is settled
    "dpi_stated": ("category",),
    # "can I address the committee as an objector?": taking part, not the registration deadline
    "asks_to_take_part": ("trigger",),
    # "a business wants to sponsor our awards evening": the council's event, not hospitality offered
    "sponsors_council_event": ("kind",),
    # "can i keep my home address off the published register?": para 13, whatever the interest is
    "asks_withhold": ("category", "trigger"),
}
_CHOICE_SYNONYMS: dict[str, dict[str, str]] = {
    "trigger": {
        "elected": "election",
        "re-elected": "re-election",
        "reelected": "re-election",
        "re-election": "re-election",
        "co-opted": "co-option",
        "coopted": "co-option",
        "co-option": "co-option",
        "changed": "change",
        "adopted": "adoption",
    },
    "category": {"corporate_tenancy": "tenancy", "shares": "securities", "job": "employment"},
    "kind": {
        "charity": "non_commercial",
        "charitable": "non_commercial",
        "meal": "other",
        "dinner": "other",
        "travel": "other",  # a trip or a hotel stay is none of 2.5.2's acceptable kinds
    },
    "holder": {"true": "spouse", "partner": "cohabitee", "wife": "spouse", "husband": "spouse"},
    "relative_holds": {"true": "other"},
    "lives_together": {"true": "cohabitee", "false": "other"},
}

# The question to ask when a checker says a fact is missing. Only these are asked back; other
# missing facts are conditions the asker can judge for themselves (is the offer lavish? would
# indebtedness result?), which the checker's explanation states in the answer.
CLARIFY_QUESTIONS: dict[str, tuple[str, list[str]]] = {
    "value": ("Roughly how much is it worth, in pounds?", []),
    "received": ("On what date did you receive it?", []),
    "made": ("On what date was the enquiry made?", []),
    "months": ("For how long does the licence let you occupy the land, in months?", []),
    "date": ("On what date did that happen (adoption, election, co-option or the change)?", []),
    "disclosed": ("On what date did you disclose the interest at the meeting?", []),
    # sponsorship (para 10): when it was paid, and the election whose 12 months it falls in
    "paid": ("On what date was the payment made?", []),
    "period_end": ("On what date were you elected (or co-opted)?", []),
    "trigger": (
        "Is this on being elected or co-opted, re-elected, or a change to an existing interest?",
        ["election", "co-option", "re-election", "change"],
    ),
    "category": (
        "What kind of interest is it?",
        ["employment", "sponsorship", "contract", "land", "licence", "tenancy", "securities"],
    ),
    "registered": ("Is the interest already entered in the Register of Interests?", ["yes", "no"]),
    "sensitive": (
        "Could disclosing its details lead to violence or intimidation (a 'sensitive interest')?",
        ["yes", "no"],
    ),
    "civic_chairman": ("Was it received by the Chairman acting as Chairman (a civic gift)?", ["yes", "no"]),
    "unsolicited": ("Did it arrive without warning (for example, in the post)?", ["yes", "no"]),
    "can_refuse": ("Could it be refused without giving offence?", ["yes", "no"]),
    "kind": (
        "What kind of hospitality is it (a drink after a site visit, a working lunch, a dinner...)?",
        [],
    ),
    "consent": ("Have you already got written consent from the Leadership Team?", ["yes", "no"]),
    "nominal": ("What is the total nominal value of the securities, in pounds?", []),
    "capital": ("What is the body's total issued share capital, in pounds?", []),
    "local": (
        "Is it in the council's area (the land itself, or for shares the body's place of business or land)?",
        ["yes", "no"],
    ),
    "aware": ("Are you aware of your spouse's or partner's interest?", ["yes", "no"]),
    "holder": (
        "Whose interest is it: yours, your spouse's or civil partner's, a partner's you live with, or "
        "another relative's?",
        ["self", "spouse", "cohabitee", "other"],
    ),
    "lives_together": ("Do you and your partner live together as a couple?", ["yes", "no"]),
    # para 10: a contract is a DPI until fully discharged (whether an office is for profit is not
    # asked: a trustee's unpaid office is answered with its cases, para 20 beside para 10)
    "discharged": ("Has the contract been fully carried out and paid for (fully discharged)?", ["yes", "no"]),
}


@dataclass
class Case:
    """One labelled answer: a council, a role, the checks run and the clauses that bear on it."""

    council: str
    role: RoleKey | None
    label: str
    covered: bool
    adviser: Adviser | None
    checks: list[CheckResult] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Plan:
    outcome: Outcome
    council: str | None
    role: RoleKey | None
    topic: str | None
    cases: list[Case] = field(default_factory=list)
    clarify: list[Clarification] = field(default_factory=list)
    reason: str = ""  # why not_covered, in words


@dataclass(frozen=True)
class Question:
    """What routing needs from understanding, in plain values (no parsing happens here)."""

    text: str
    council: str | None
    role: RoleKey | None
    topic: str | None  # the strongest topic; coverage is decided on it
    other_council: str | None = None
    off_topic: str | None = None
    amount: Any = None  # Decimal
    amount_range: tuple[Any, Any] | None = None  # (low, high) Decimals when a range was given
    amount_basis: str | None = None  # how the value was worked out: "2 × £30.00"
    amount_bound: str | None = None  # "over", "under", "at_least", "at_most": `amount` is a bound
    date: dt.date | None = None
    aware_date: dt.date | None = None  # when the asker learnt of it, said beside the event's date
    # "paid £400 on 2 october, the election was 19 november": the election's day said beside the
    # event's (para 10's 12 months end on it)
    elected_date: dt.date | None = None
    date_hint: str | None = None  # what the words around `date` say it is ("disclosed", "meeting"...)
    facts: dict[str, Any] = field(default_factory=dict)
    asked_on: dt.date | None = None  # the rules in force on this day apply when no event date is given
    topics: tuple[str, ...] = ()  # every topic recognised, strongest first (includes `topic`)
    compare: tuple[str, ...] = ()  # several of our councils named: answer each, labelled
    # Someone else whose conduct is asked about, in another role than the asker's, or "both":
    # that role's code is searched too.
    subject_role: str | None = None
    compared_with: str | None = None  # "TH gives 10 days - what's ours?": named only to compare
    # A month named without a day ("the union paid £400 in october"): when a payment was made is
    # known only to within it, so a checker needing that date runs at its first and last day.
    month_span: tuple[dt.date, dt.date] | None = None
    # "elected may 2023": the election known only to within its month (para 10's 12 months end on it)
    elected_span: tuple[dt.date, dt.date] | None = None


Search = Callable[..., list[Evidence]]  # (query, council=, audience=, k=) -> evidence
RunCheck = Callable[..., CheckResult]  # (rule id, params, today=) -> result
RuleParams = Callable[[str], Iterable[Any]]  # rule id -> its parameter specs (.name, .type, .choices)


@dataclass(frozen=True)
class DateParam:
    """How a checker's date parameter takes a date the question gives, by what the words around
    the date say it is (the `role_hint` understanding gives it: "elected", "disclosed"...)."""

    of: frozenset[str] = frozenset()  # words that say the date is this one: it tells the checker something
    not_of: frozenset[str] = frozenset()  # words that say it is something else: never taken
    only_when_said: bool = False  # taken only when the words say it is this one
    starts_deadline: bool = False  # the date a deadline runs from
    aware: bool = False  # the date the asker learnt of it, said beside the event's date


# Any question may carry some other date; only one the words tie to a parameter counts toward
# choosing that parameter's checker.
_DATE_PARAMS: dict[str, DateParam] = {
    # paras 7-9: election, co-option or change (not a meeting, a disclosure or an enquiry)
    "date": DateParam(
        of=frozenset({"changed", "elected"}),
        not_of=frozenset({"disclosed", "meeting", "enquiry"}),
        starts_deadline=True,
    ),
    "became_aware": DateParam(aware=True),  # para 9: "or of you becoming aware of the change"
    "disclosed": DateParam(of=frozenset({"disclosed"}), starts_deadline=True),  # para 16
    "made": DateParam(  # when a member's enquiry was made (TH 8.1)
        of=frozenset({"enquiry"}), not_of=frozenset({"disclosed", "elected"}), starts_deadline=True
    ),
    "received": DateParam(of=frozenset({"received"}), starts_deadline=True),  # para 12
    # Sponsorship (para 10): paid when? and the 12 months end on the para 7 date (the election)
    "paid": DateParam(not_of=frozenset({"elected", "disclosed", "meeting", "enquiry", "changed"})),
    "period_end": DateParam(of=frozenset({"elected"}), only_when_said=True),
}

# Checker parameters that are the date a deadline runs from.
_DATE_FACTS = {name for name, param in _DATE_PARAMS.items() if param.starts_deadline}

# Understood facts that mean the asker describes something that happened to them ("I got
# given a hamper"), not a general question: a checker then decides it, asking for what's missing.
_SITUATION_FACTS = (
    "received",
    "offered",
    "item_from_giver",
    "enquiry_made",
    "declared_at_meeting",
    "doing_private_work",
)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _whose(other: str) -> str:
    """ "tamworth's", but "the scottish councillors' code" as it is (already a code)."""
    return f"the {other}" if re.search(r"\b(?:code|codes|standards)$", other, re.I) else f"{other}'s"


def _partner_unsaid(q: Question) -> bool:
    """ "My partner has shares": para 11 counts a partner's interest only where the member lives
    with them as a couple, and the question does not say whether they do."""
    return (
        bool(q.facts.get("partner_unsaid"))
        and "lives_together" not in q.facts
        and q.facts.get("spouse") is True
    )


def _same_answer(a: CheckResult, b: CheckResult) -> bool:
    """The same outcome, deadline and things to do: a sponsorship of £400 and one of £700 are both
    notified, but only the second needs approval, so they are different answers."""
    return (a.outcome, a.deadline, [x.do for x in a.actions]) == (
        b.outcome,
        b.deadline,
        [x.do for x in b.actions],
    )


def _asks_when(q: Question) -> bool:
    """Asked "by when?" or "how long have I got?": a checker that gives a deadline answers. (Only a
    date asked for makes the date it runs from worth asking back; a period is the rule's own.)"""
    return bool(q.facts.get("asks_deadline") or q.facts.get("asks_period"))


def _turns_on_interests(q: Question) -> bool:
    """ "I own a shop on the estate on the agenda - can I stay and vote?", "a pecuniary interest in
    an item tonight - do I notify the MO within some number of days?": whether a member may take
    part, or must notify, turns on their interest, so codes silent on interests do not answer it."""
    notifying = _asks_when(q) and "meetings" in q.topics
    # ("the application next to a block I own is at committee - do I leave the room?": a kind of
    # interest named is an interest, whatever the topic words)
    # ("a parking zone item at cabinet covering my own street": the member's home is affected)
    interest = "interests" in q.topics or bool(
        q.facts.get("dpi_category") or q.facts.get("affects_own_property")
    )
    return bool(q.facts.get("asks_to_take_part") or notifying) and interest


def _hypothetical(q: Question) -> bool:
    """ "What should I do if a present turns up in the post?": a general question put as a case
    (undated; a date says it happened)."""
    return bool(q.facts.get("hypothetical")) and q.date is None


def _states_a_situation(q: Question) -> bool:
    """Something happened to the asker: they received or were offered it, or they date it.

    A hypothetical states none: the clauses answer it, nothing is asked back.
    """
    if _hypothetical(q):
        return False
    return q.date is not None or any(q.facts.get(fact) is True for fact in _SITUATION_FACTS)


def _answered_conditionally(q: Question) -> bool:
    """A checker that cannot decide sets out its cases instead of asking back, when the question is
    general: "does my husband's job count as my interest?" (para 11 answers whose interest it is;
    what would make it disclosable is a condition), a hypothetical, or a question asking only how
    long ("how long have I got to tell the MO about a present?": within 28 days, if it is worth at
    least £50)."""
    asks_only_how_long = bool(q.facts.get("asks_period") and not q.facts.get("asks_deadline"))
    # (Whose interest a partner's is turns on whether they live together, which is asked.)
    whose_answered = bool(q.facts.get("asks_whose") and q.facts.get("spouse")) and not _partner_unsaid(q)
    return whose_answered or _hypothetical(q) or asks_only_how_long


class Router:
    def __init__(
        self,
        *,
        coverage: Coverage,
        councils: dict[str, str],
        search: Search,
        run_check: RunCheck,
        rule_params: RuleParams,
        min_similarity: float = 0.15,
        min_question_similarity: float = 0.5,
        top_k: int = 5,
        scope: Callable[..., Any] | None = None,  # (text, clause_similarity=, has_topic=) -> ScopeVerdict
        expand: Callable[[str], str] | None = None,  # everyday words -> the codes' (retrieval only)
        rule_clauses: dict[str, frozenset[str]] | None = None,  # checker id -> the clauses it applies
    ) -> None:
        self.coverage = coverage
        self.councils = councils  # slug -> name, in the order they are listed
        self.search = search
        self.run_check = run_check
        self.rule_params = rule_params
        self.min_similarity = min_similarity
        self.min_question_similarity = min_question_similarity
        self.top_k = top_k
        self.scope = scope
        self.expand = expand or (lambda text: text)
        self.rule_clauses = rule_clauses or {}

    def plan(self, q: Question) -> Plan:
        if q.off_topic:
            return Plan(
                "not_covered",
                q.council,
                q.role,
                q.topic,
                reason=_OFF_TOPIC.get(q.off_topic, _OFF_TOPIC["other"]),
            )
        if q.other_council and not q.council:
            return Plan(
                "not_covered",
                None,
                q.role,
                q.topic,
                reason=f"I only hold the codes of {self._council_list()}, not {_whose(q.other_council)}.",
            )
        if q.topic is None and _FOLLOW_UP.match(q.text) and re.search(r"\d|£", q.text):
            # "and if it was 60?" with nothing before it: a follow-up to a conversation we don't
            # have. Ask what it is about rather than call it out of scope.
            return Plan(
                "needs_clarification",
                q.council,
                q.role,
                None,
                clarify=[
                    Clarification(
                        fact="topic",
                        question="What is this about: a gift, hospitality, sponsorship, an interest, or "
                        "something else?",
                        options=["a gift", "hospitality", "sponsorship", "an interest"],
                    )
                ],
            )
        if self.scope is not None:
            nearest = self.search(self.expand(q.text), council=q.council, k=self.top_k)
            verdict = self.scope(
                q.text,
                # In scope when the codes, or the everyday questions they answer, are near it.
                clause_similarity=max(
                    (max(e.similarity or 0.0, e.nearest_similarity or 0.0) for e in nearest), default=0.0
                ),
                has_topic=q.topic is not None,
            )
            if not verdict.in_scope:
                return Plan("not_covered", q.council, q.role, q.topic, reason=_OUT_OF_SCOPE_REASON)
        councils = [q.council] if q.council else (list(q.compare) or list(self.councils))
        cases = [case for c in councils for case in self._cases_for(c, q)]
        clarify: list[Clarification] = []
        if not q.council and not q.compare and len(self.councils) > 1:
            clarify.append(
                Clarification(
                    fact="council",
                    question="Which council are you asking about?",
                    options=[self.councils[c] for c in self.councils],
                )
            )
        roles = {case.role for case in cases if case.covered}
        if not q.role and len(roles) > 1 and self._roles_differ(cases):
            clarify.append(
                Clarification(
                    fact="role",
                    question="Are you asking as a councillor or as an officer?",
                    options=["councillor", "officer"],
                )
            )
        covered = [case for case in cases if case.covered]
        if not covered:
            if q.topic is None and not any(case.evidence for case in cases):
                reason = "I can't find anything in the codes I hold that answers this."
            elif q.council:
                topic = "interests" if _turns_on_interests(q) else q.topic
                subject = topic.replace("_", " ") if topic else "this"
                reason = f"The {self.councils[q.council]} codes I hold say nothing about {subject}."
            else:
                reason = "None of the codes I hold cover this."
            return Plan("not_covered", q.council, q.role, q.topic, cases=cases, reason=reason)
        for case in covered:
            # Only a checker that cannot decide (`refer`) for want of a fact makes us ask; a
            # missing refinement (the date, for the exact deadline) is said in the answer instead.
            # Asked "by when?" and the date the deadline runs from is missing: ask for it,
            # even from a checker that has decided what must be done.
            # So does a decided checker that lacks the value its threshold needs: "a firm wants to
            # sponsor our fun day" must be notified whatever its value, but whether it needs
            # approval turns on the value, so the value is asked, with both cases set out.
            # Asked "by when?" and no deadline could be given, a missing circumstance the deadline
            # turns on is asked as well ("i declared my interest at the meeting, when do i tell the
            # MO by?": only an unregistered interest has one).
            for check in [] if _answered_conditionally(q) else case.checks:
                required = self._required_sums(check.rule)
                if _asks_when(q) and check.deadline is None:
                    required |= self._required_facts(check.rule)
                if check.outcome == "refer":
                    missing = check.missing
                else:
                    missing = [
                        m
                        for m in check.missing
                        if m in required or (m in _DATE_FACTS and q.facts.get("asks_deadline"))
                    ]
                for fact in missing:
                    if fact in CLARIFY_QUESTIONS and fact not in {c.fact for c in clarify}:
                        text, options = CLARIFY_QUESTIONS[fact]
                        clarify.append(Clarification(fact=fact, question=text, options=options))
        outcome: Outcome = "needs_clarification" if clarify else "answered"
        return Plan(outcome, q.council, q.role, q.topic, cases=cases, clarify=clarify)

    def _required_sums(self, rule: str) -> set[str]:
        """A checker's required sums: the values its thresholds decide on. (A missing date only
        refines a deadline; a missing circumstance, such as whether an interest is registered,
        is set out in the answer as its cases.)"""
        return {spec.name for spec in self.rule_params(rule) if spec.required and spec.type == "money"}

    def _required_facts(self, rule: str) -> set[str]:
        return {spec.name for spec in self.rule_params(rule) if spec.required}

    # -- one council ------------------------------------------------------------------------
    def _cases_for(self, council: str, q: Question) -> list[Case]:
        name = self.councils[council]
        if "local" not in q.facts and q.facts.get("place_council"):
            # "a family firm based in Burntwood": in this council's area, or in another's.
            q = replace(q, facts={**q.facts, "local": q.facts["place_council"] == council})
        topic = q.topic
        if topic is None:
            # One search serves both: its first clause may name a checker's topic, and
            # otherwise its clauses answer.
            evidence = self._search(council, q.role, q)
            inferred = self._topic_of_nearest_clause(council, q, evidence[0] if evidence else None)
            if inferred is None:
                return [self._retrieval_case(council, q, q.role, label=name, evidence=evidence)]
            topic = inferred
            q = replace(q, topic=inferred, topics=(inferred,))
        if self.coverage.silent_on(council, topic) or (
            _turns_on_interests(q) and self.coverage.silent_on(council, "interests")
        ):
            return [
                Case(council, q.role, name, covered=False, adviser=self.coverage.adviser(council, q.role))
            ]
        routed = self.coverage.roles_for(council, topic)
        roles: list[RoleKey | None] = [q.role] if q.role else (list(routed) or [None])
        cases = []
        for role in roles:
            # With the asker's role unknown, a case for one role says so, even when it is the
            # only role the codes route the topic to ("if you are an officer").
            label = name if (q.role or role is None) else f"{name}, if you are {ROLE_WORDS[role]}"
            route = self.coverage.route(council, topic, role) if role else None
            primary = [r for r in (route.rules if route else []) if not self._ruled_out(r, q)]
            # The strongest topic may have no checker ("a sponsor gave me match tickets" is
            # sponsorship, then hospitality): the other topics' checkers still get their say.
            others = self._other_rules(council, role, q, primary) if role else []
            # A route may run for a described situation only beside another topic: the meetings
            # checker is about an interest at a meeting, not any meeting ("cttee tomorrow, must
            # I follow the officer's advice?").
            bare_ok = route is None or route.runs_beside(q.topics)
            checks = self._run_rules(primary, others, q, bare_ok=bare_ok) if (primary or others) else []
            if not checks:
                cases.append(self._retrieval_case(council, q, role, label=label))
            else:
                evidence = self._search(council, role, q)
                cases.append(
                    Case(
                        council,
                        role,
                        label,
                        covered=True,
                        adviser=self.coverage.adviser(council, role),
                        checks=checks,
                        evidence=evidence,
                    )
                )
        return cases

    def _search(self, council: str, role: RoleKey | None, q: Question) -> list[Evidence]:
        """The clauses nearest the question within this council and the role's audience (every
        audience when the question is about someone in another role, or compares the two)."""
        audience = ROLE_AUDIENCE[role] if role and q.subject_role in (None, role) else None
        return self.search(self.expand(q.text), council=council, audience=audience, k=self.top_k)

    def _retrieval_case(
        self,
        council: str,
        q: Question,
        role: RoleKey | None,
        *,
        label: str,
        evidence: list[Evidence] | None = None,
    ) -> Case:
        """A case answered by the clauses alone, if any is relevant enough to quote."""
        if evidence is None:
            evidence = self._search(council, role, q)
        # Relevance is the clause's own words' similarity: an everyday question near a clause
        # says the topic is in scope, not that this clause answers it. Where the question's
        # words also name a topic, a close everyday question is enough: both say it is in scope.
        best = max((e.similarity or 0.0 for e in evidence), default=0.0)
        nearest = max((e.nearest_similarity or 0.0 for e in evidence), default=0.0)
        covered = bool(evidence) and (
            best >= self.min_similarity or (q.topic is not None and nearest >= self.min_question_similarity)
        )
        return Case(
            council,
            role,
            label,
            covered=covered,
            adviser=self.coverage.adviser(council, role),
            evidence=evidence if covered else [],
        )

    def _topic_of_nearest_clause(self, council: str, q: Question, nearest: Evidence | None) -> str | None:
        """The topic of a checker whose clause is the nearest to a question no words placed.

        "Just been handed a framed print worth £90 this morning" names no gift, but the clause
        it is nearest to is para 12, which the gifts checker applies. The topic is taken only
        when that checker is this council's (never another's) and the question gives it
        a fact it requires (an amount, a date, the kind of interest); otherwise the clauses
        alone answer, as before.
        """
        if not self.rule_clauses or nearest is None:
            return None
        clause_id = nearest.clause.id
        entry = self.coverage.councils.get(council)
        for topic in entry.topics if entry else {}:
            for role in [q.role] if q.role else self.coverage.roles_for(council, topic):
                route = self.coverage.route(council, topic, role)
                for rule in route.rules if route else []:
                    if clause_id in self.rule_clauses.get(rule, ()) and self._params_for(rule, q)[1] >= 1:
                        return topic
        return None

    def _other_rules(self, council: str, role: RoleKey, q: Question, primary: list[str]) -> list[str]:
        """Checkers of the question's other recognised topics, for this council and role."""
        others: list[str] = []
        for topic in q.topics:
            route = self.coverage.route(council, topic, role) if topic != q.topic else None
            if route and not route.runs_beside(q.topics):
                # ("if i criticise an officer at a public meeting is that bullying?": the meeting
                # rule is about an interest at a meeting, here beside no interest)
                continue
            others += [
                r
                for r in (route.rules if route else [])
                if r not in primary and r not in others and not self._ruled_out(r, q)
            ]
        return others

    def _run_rules(
        self, primary: list[str], others: list[str], q: Question, *, bare_ok: bool = True
    ) -> list[CheckResult]:
        """Run the checker(s) the question is about.

        Where several could apply (registering an interest, whether it is one, declaring it at a
        meeting), the one the question says most about runs: a fact a checker requires counts 1,
        an optional circumstance 1/2, and the strongest topic's checker wins a tie. Asked "when?",
        the checkers with something to say run and the ones that give a deadline answer. With
        nothing said for any, the strongest topic's checker runs only for a described situation;
        a general question is answered by the clauses alone, not a guessed checker.
        """
        scored = []
        for rule in primary + others:
            params, said = self._params_for(rule, q)
            scored.append((rule, params, said, said + (0.25 if rule in primary else 0.0)))
        informed = [(rule, params, score) for rule, params, said, score in scored if said > 0]
        # Of the checkers the question informs, one it asks for by what that checker decides ("is
        # that a DPI?") answers, with its cases if it cannot decide, before one that could decide
        # something not asked. Asking alone ("what counts as a DPI?") informs none: clauses answer.
        asked = [entry for entry in informed if self._asked_about(entry[0], q)]
        every_informed, informed = informed, asked or informed
        if informed:
            best = max(score for _, _, score in informed)
            if not _asks_when(q):
                # Of checkers the question says about as much to (within a circumstance), one that
                # can decide answers before one that would only ask: "my DPI is on the register,
                # can I stay and vote?" is the meeting rule, not whether the interest is a DPI.
                close = [
                    (rule, self._check(rule, params, q), score)
                    for rule, params, score in informed
                    if score >= best - 0.5
                ]
                decided = [(result, score) for _, result, score in close if result.outcome != "refer"]
                if decided:
                    top = max(score for _, score in decided)
                    answers = [result for result, score in decided if score == top]
                    # One that decides what to do but not by when ("a DPI: register it") is joined by
                    # one that dates it ("notify by 27 February", para 9), when the question informs both.
                    if not any(result.deadline for result in answers):
                        answers += self._dated_companion(informed, answers, q)
                    return answers
                return [result for _, result, score in close if score == best]
            # Each informed checker runs once; the first that gives a deadline answers "when?".
            results = [(self._check(rule, params, q), score) for rule, params, score in informed]
            with_deadline = [result for result, _ in results if result.deadline is not None]
            if asked and not with_deadline:
                # "is that a DPI for me and whats the deadline?": the answer to the first is joined
                # by the checker that dates it (para 9), when the question informs it too
                settled = [result for result, score in results if score == best and result.outcome != "refer"]
                if settled:
                    return settled + self._dated_companion(every_informed, settled, q)
            # None can give the date yet: the one that would, given the date it lacks, asks for it.
            wanting_date = [result for result, _ in results if set(result.missing) & _DATE_FACTS]
            return (
                with_deadline[:1]
                or wanting_date[:1]
                or [result for result, score in results if score == best]
            )
        # The strongest topic's one checker (when its route lets a bare situation run it); with
        # none, the one checker of the other topics ("a sponsor gave me match tickets":
        # sponsorship has no councillor's checker, gifts has).
        if primary:
            sole = primary if len(primary) == 1 and bare_ok else []
        else:
            sole = others if len(others) == 1 else []
        if not sole and primary and bare_ok and _asks_when(q):
            sole = primary[:1]  # "when do I need to register my interests by?": the dating rule first
        if sole and (_states_a_situation(q) or q.facts.get("date_vague") or _asks_when(q)):
            # Something happened, if only "sometime last week", or the question asks when or how
            # long: the checker runs and asks for what it needs (the exact date, for a deadline)
            # or, asked only how long, gives the period.
            params_of = {rule: params for rule, params, _, _ in scored}
            chosen = [(sole[0], params_of[sole[0]])]
        else:
            # A general question ("what's the threshold for gifts?") states no situation for a
            # checker to decide: the clauses answer it, and nothing is asked back.
            chosen = []
        return [self._check(rule, params, q) for rule, params in chosen]

    def _dated_companion(
        self, informed: list[tuple[str, dict[str, Any], float]], chosen: list[CheckResult], q: Question
    ) -> list[CheckResult]:
        """The first other informed checker that decides with a deadline, if any."""
        taken = {result.rule for result in chosen}
        for rule, params, _ in informed:
            if rule not in taken:
                result = self._check(rule, params, q)
                if result.outcome != "refer" and result.deadline is not None:
                    return [result]
        return []

    def _check(self, rule: str, params: dict[str, Any], q: Question) -> CheckResult:
        """Run a checker; a value given as a range runs at both ends.

        Where both ends get the same answer, that answer stands (worked at the top of the range).
        Where they differ ("between £40 and £60" against a £50 line), the value decides it: the
        checker runs without it, so the value is asked for with each case set out.
        """
        if q.facts.get("family_unsaid") and "holder" not in params and self._takes(rule, "holder"):
            return self._holder_decides(rule, params, q)
        if _partner_unsaid(q) and params.get("holder") == "spouse" and self._takes(rule, "holder"):
            return self._holder_decides(rule, params, q, partner=True)
        if self._spans_in(params, q):
            return self._month_decides(rule, params, q)
        name = next((spec.name for spec in self.rule_params(rule) if spec.type == "money"), None)
        if q.amount_bound and q.amount_range is None and name is not None and name in params:
            return self._check_bound(rule, params, name, q)
        if q.amount_range is None or name is None or name not in params:
            result = self.run_check(rule, params, today=q.asked_on)
            if q.amount_basis and name in params:
                # Say how a worked-out value was reached, so the asker can check it.
                note = f" The value taken is £{q.amount:,.2f} ({q.amount_basis}), as you described it."
                result = result.model_copy(update={"explanation": result.explanation + note})
            return result
        low, high = q.amount_range
        at_low = self.run_check(rule, {**params, name: low}, today=q.asked_on)
        at_high = self.run_check(rule, {**params, name: high}, today=q.asked_on)
        # "€80 at £0.80-£0.95 a euro": a sum in another currency, whose range is the exchange rate's
        said = f"({q.amount_basis})" if q.amount_basis else "as you put it"
        if _same_answer(at_low, at_high):
            note = f" The value is £{low:,.2f} to £{high:,.2f} {said}: the answer is the same throughout."
            return at_high.model_copy(update={"explanation": at_high.explanation + note})
        return self._value_decides(
            rule,
            params,
            (name,),
            q,
            f"The value is £{low:,.2f} to £{high:,.2f} {said}, and the answer differs within that range.",
        )

    @staticmethod
    def _spans_in(params: dict[str, Any], q: Question) -> dict[str, tuple[dt.date, dt.date]]:
        """The date parameters `_params_for` took from a month without a day (set to its last day,
        to be worked at both ends by `_month_decides`)."""
        spans = {"paid": q.month_span, "period_end": q.elected_span}
        return {
            name: span for name, span in spans.items() if span is not None and params.get(name) == span[1]
        }

    def _month_decides(self, rule: str, params: dict[str, Any], q: Question) -> CheckResult:
        """ "Paid in october", "elected may 2023": a date known only to within its month. Where the
        months' first and last days get the same answer, so does every day between (the sponsorship
        window is one span, moved day by day with the election), and the answer stands; otherwise
        the date is asked for, with each case set out."""
        spans = self._spans_in(params, q)
        plain = replace(q, month_span=None, elected_span=None)
        ends = [
            {**params, **dict(zip(spans, days, strict=True))}
            for days in itertools.product(*(span for span in spans.values()))
        ]
        results = [self._check(rule, worked, plain) for worked in ends]
        words = {"paid": "paid", "period_end": "elected"}
        said = "; ".join(f"{words[name]} in {span[0]:%B %Y}" for name, span in spans.items())
        said = said[0].upper() + said[1:]
        if any(result.outcome == "refer" for result in results):
            # something else is missing (when the election was): asked, the month said back
            return self._value_decides(rule, params, spans.keys(), q, f"{said}.")
        if all(_same_answer(result, results[-1]) for result in results):
            note = f" {said}: the answer is the same whichever day of the month it was."
            return results[-1].model_copy(update={"explanation": results[-1].explanation + note})
        # The day asked for is the one whose month alone changes the answer (both, if neither does).
        differing = [
            name
            for name in spans
            if any(
                not _same_answer(a, b)
                for (wa, a), (wb, b) in itertools.combinations(zip(ends, results, strict=True), 2)
                if all(wa[n] == wb[n] for n in spans if n != name)
            )
        ] or list(spans)
        # two of the cases that differ, set out side by side
        other = next(i for i, result in enumerate(results) if not _same_answer(result, results[0]))
        first, last = (ends[0], results[0]), (ends[other], results[other])
        verbs = {"paid": "paid on", "period_end": "elected on"}
        return CheckResult(
            rule=rule,
            outcome="refer",
            facts={k: v for k, v in results[-1].facts.items() if k not in spans},
            missing=differing,
            explanation=f"{said}, and the answer depends on the day. "
            + " ".join(
                f"If {' and '.join(f'{verbs[n]} {worked[n]:%-d %B %Y}' for n in spans)}: {result.explanation}"
                for worked, result in (first, last)
            ),
            citations=dedupe([c for result in results for c in result.citations]),
        )

    def _param_names(self, rule: str) -> set[str]:
        return {spec.name for spec in self.rule_params(rule)}

    def _takes(self, rule: str, name: str) -> bool:
        return name in self._param_names(rule)

    def _holder_decides(
        self, rule: str, params: dict[str, Any], q: Question, *, partner: bool = False
    ) -> CheckResult:
        """ "Someone in my family has 30k of shares": a spouse's or live-in partner's interest is
        the member's (para 11), another relative's is not; nor is a partner's the member does not
        live with ("my partner has shares", said without whether they live together). Where the
        two differ, it is asked with each case set out; the checker would otherwise take it as
        the member's own, or the partner as one lived with."""
        lived_with = "cohabitee" if partner else "spouse"
        as_partner = self.run_check(rule, {**params, "holder": lived_with, "aware": True}, today=q.asked_on)
        as_relative = self.run_check(rule, {**params, "holder": "other"}, today=q.asked_on)
        if _same_answer(as_partner, as_relative):
            return as_partner if partner else as_relative
        if partner:
            asked, counted, not_counted = (
                "lives_together",
                "If you live together as a couple",
                "If you don't live together",
            )
        else:
            asked, counted, not_counted = (
                "holder",
                "If it is your spouse's or civil partner's, or that of someone you live with as a couple",
                "If it is another relative's",
            )
        return CheckResult(
            rule=rule,
            outcome="refer",
            facts=as_relative.facts,
            missing=[*as_partner.missing, asked],
            explanation=f"It depends whose interest it is. {counted}: {as_partner.explanation} "
            f"{not_counted}: {as_relative.explanation}",
            citations=dedupe([*as_partner.citations, *as_relative.citations]),
        )

    def _value_decides(
        self, rule: str, params: dict[str, Any], names: Collection[str], q: Question, said: str
    ) -> CheckResult:
        """The answer turns on values the asker gave only loosely: the checker runs without them, so
        they are asked for with each case set out, after what the asker said of them."""
        unknown = self.run_check(rule, {k: v for k, v in params.items() if k not in names}, today=q.asked_on)
        return unknown.model_copy(update={"explanation": f"{said} {unknown.explanation}"})

    def _check_bound(self, rule: str, params: dict[str, Any], name: str, q: Question) -> CheckResult:
        """A value said only as a bound ("just under fifty quid", "over £25k") is every value on
        that side of it: where the value nearest the bound and one far beyond it get the same
        answer, so does every value between (thresholds are monotone), and the answer stands,
        worked at the nearest penny; otherwise the value is asked for, with each case set out."""
        bound = Decimal(str(q.amount))
        penny = Decimal("0.01")
        edge, far, words = {
            "over": (bound + penny, max(bound * 1000, Decimal(10**7)), "over"),
            "at_least": (bound, max(bound * 1000, Decimal(10**7)), "at least"),
            "under": (bound - penny, penny, "under"),
            "at_most": (bound, penny, "at most"),
        }[q.amount_bound or "at_most"]
        at_edge = self.run_check(rule, {**params, name: edge}, today=q.asked_on)
        at_far = self.run_check(rule, {**params, name: far}, today=q.asked_on)
        if _same_answer(at_edge, at_far):
            note = (
                f" You put the value at {words} £{bound:,.2f}: every value {words} it gets this answer, "
                f"worked at £{edge:,.2f}."
            )
            return at_edge.model_copy(update={"explanation": at_edge.explanation + note})
        return self._value_decides(
            rule,
            params,
            (name,),
            q,
            f"You put the value at {words} £{bound:,.2f}, and the answer differs on that side of it.",
        )

    def _params_for(self, rule: str, q: Question) -> tuple[dict[str, Any], float]:
        """The checker's parameters the question supplies, and how much the question says to it.

        Where the question says two values of one choice ("my husband is a director of a company
        with a council contract": employment and contract), the first that lets the checker
        decide is taken.
        """
        params, said = self._params_with(rule, q, {})
        others = [
            (spec.name, value)
            for spec in self.rule_params(rule)
            if spec.type == "choice"
            for value in self._choices(spec.name, spec.choices, q.facts)
            if value != params.get(spec.name)
        ]
        if others and self.run_check(rule, params, today=q.asked_on).outcome == "refer":
            for name, value in others:
                alternative, alternative_said = self._params_with(rule, q, {name: value})
                if self.run_check(rule, alternative, today=q.asked_on).outcome != "refer":
                    return alternative, alternative_said
        return params, said

    def _params_with(self, rule: str, q: Question, chosen: dict[str, str]) -> tuple[dict[str, Any], float]:
        """The parameters for one reading of the question (`chosen` fixes a choice's value).

        The first money parameter takes the amount said and the first date parameter the date
        said; flags and choices come from understood facts, choices only when allowed. A
        required parameter supplied counts 1, an optional flag or choice 1/2; an optional amount
        or date counts nothing (any question may carry one).
        """
        params: dict[str, Any] = {}
        specs = list(self.rule_params(rule))
        said = 0.0
        money_done = date_done = False
        for spec in specs:
            value: Any = None
            if not self._applies(spec, params):
                continue  # "£400 towards my election expenses" is no nominal value of shares
            if spec.type == "money" and _is_number(q.facts.get(spec.name)):
                # Named by the words before it ("share capital is £10m"); a remembered one is a float.
                value = Decimal(str(q.facts[spec.name]))
            elif spec.type == "money":
                value = q.amount if not money_done else None
                money_done = True
            elif spec.type == "date":
                how = _DATE_PARAMS.get(spec.name, DateParam())
                if how.aware:
                    value = q.aware_date
                elif not date_done and self._date_fits(how, q.date_hint):
                    # The question's one event date goes to the first parameter it can be.
                    value = q.date
                    date_done = value is not None
                if value is None and spec.name == "period_end":
                    value = q.elected_date or (q.elected_span[1] if q.elected_span else None)
                if value is None and spec.name == "paid" and q.month_span is not None:
                    value = q.month_span[1]  # worked at both ends of the month by `_check`
                if value is None and spec.name == "disclosed" and q.facts.get("meeting_today"):
                    # "a DPI on an item at tonight's meeting, not registered": disclosed tonight, so
                    # para 16's 28 days begin today
                    value = q.asked_on
                if value is not None and q.date_hint in how.of:
                    said += 0.5  # the words say the date is of this ("sold them on 2/2")
            elif spec.type == "flag":
                value = self._flag(spec.name, q.facts)
            elif spec.type == "choice":
                value = chosen.get(spec.name) or self._choice(spec.name, spec.choices, q.facts)
            elif spec.type == "number":
                said_number = q.facts.get(spec.name)
                value = said_number if _is_number(said_number) else None
            if value is None:
                continue
            params[spec.name] = value
            if getattr(spec, "required", False):
                said += 1
            elif spec.type in ("flag", "choice"):
                said += 0.5
        return params, said

    @staticmethod
    def _applies(spec: Any, params: dict[str, Any]) -> bool:
        """False for a parameter of another choice than the one already taken ("nominal" belongs
        to securities); with the choice not yet known, any may apply."""
        when = getattr(spec, "applies_when", None)
        if not when:
            return True
        name, values = when
        return name not in params or params[name] in values

    def _ruled_out(self, rule: str, q: Question) -> bool:
        """The question says this checker's question does not arise (`_RULED_OUT`)."""
        names = self._param_names(rule)
        return any(q.facts.get(fact) and names & set(params) for fact, params in _RULED_OUT.items())

    def _asked_about(self, rule: str, q: Question) -> bool:
        """The question asks what one of this checker's parameters decides (`_ASKS_ABOUT`)."""
        names = self._param_names(rule)
        return any(q.facts.get(fact) and name in names for fact, name in _ASKS_ABOUT.items())

    @staticmethod
    def _date_fits(how: DateParam, hint: str | None) -> bool:
        """False where the words around the date say it is something else: the meeting at which
        an interest was declared is not the date the interest arose (para 9 counts from that)."""
        if how.only_when_said:
            return hint in how.of
        return hint not in how.not_of

    @staticmethod
    def _flag(name: str, facts: dict[str, Any]) -> bool | None:
        if name in _INVERTED_FLAGS and isinstance(facts.get(_INVERTED_FLAGS[name]), bool):
            return not facts[_INVERTED_FLAGS[name]]
        value = facts.get(name)
        return value if isinstance(value, bool) else None

    @classmethod
    def _choice(cls, name: str, choices: Iterable[str], facts: dict[str, Any]) -> str | None:
        return next(iter(cls._choices(name, choices, facts)), None)

    @staticmethod
    def _choices(name: str, choices: Iterable[str], facts: dict[str, Any]) -> list[str]:
        """Every allowed value of a choice the facts say, in the order said."""
        allowed, found = set(choices), []
        for source in _FACT_SOURCES.get(name, (name,)):
            said = facts.get(source)
            for value in said if isinstance(said, list) else [said]:
                if value is None:
                    continue
                text = str(value).lower()
                # A source's own synonyms first ("relative_holds" true is "other"), then the choice's.
                synonyms = _CHOICE_SYNONYMS.get(source, {})
                text = synonyms.get(text) or _CHOICE_SYNONYMS.get(name, {}).get(text, text)
                if text in allowed and text not in found:
                    found.append(text)
        return found

    def _roles_differ(self, cases: list[Case]) -> bool:
        """Within one council, the councillor's and the officer's cases run different checkers (a
        comparison's councils differing from each other is not the role's doing)."""
        by_council: dict[str, set[tuple[str, ...]]] = {}
        for case in cases:
            if case.covered:
                by_council.setdefault(case.council, set()).add(tuple(check.rule for check in case.checks))
        return any(len(rules) > 1 for rules in by_council.values())

    def _council_list(self) -> str:
        names = list(self.councils.values())
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_OUT_OF_SCOPE_REASON = "That isn't something the codes of conduct I hold deal with."

# A message that only changes a fact of an earlier one: "and if it was 60?", "what about on the 3rd?"
_FOLLOW_UP = re.compile(r"^\W*(?:(?:and|but|ok|so)\s+)?(?:what|how)?\s*(?:if|about|abt)\b", re.I)

# Why an out-of-scope question is not covered, by understanding's OFF_TOPIC kinds.
_OFF_TOPIC = {
    "prompt_injection": (
        "I can only give guidance from the councils' codes of conduct, and I don't share my instructions."
    ),
    "expenses": "The codes of conduct I hold don't deal with expenses or allowances.",
    "hr_leave": (
        "The codes of conduct I hold don't deal with leave, pay or other terms of employment: "
        "ask HR or your line manager."
    ),
    "small_talk": "I can only help with questions about the councils' codes of conduct.",
    "task": (
        "I can only answer questions from the councils' codes of conduct; I can't write, book, translate,"
        " send or recommend things for you."
    ),
    "council_services": (
        "The codes of conduct I hold don't deal with council services: contact the service concerned."
    ),
    "records": (
        "I don't look up the registers or anyone's declarations: the Monitoring Officer keeps the registers."
    ),
    "beyond_codes": (
        "The codes of conduct I hold don't say this: penalties for offences, how dispensations are decided, "
        "how long records are kept, hearings and sanctions are matters for the law and the council's own "
        "procedures."
    ),
    "other": "The codes of conduct I hold don't deal with this.",
}
