"""Score answers against cases, deterministically: set arithmetic and string matching, no model.

`score_case` turns one (case, answer) into a `CaseScore`; `summarize` averages scores overall,
per kind and per council. Definitions (also in eval/cases/README.md):

* outcome accuracy — the answer's outcome equals the expected one.
* hit@k — an expected clause (any-of or all-of) is among the first k citations; MRR — 1/rank of
  the first expected clause, 0 when none is cited. Over cases that expect clauses.
* citation precision — cited ids that were expected / cited ids; recall — all-of clauses cited,
  plus one for the any-of group when any of it is cited, over the number of those targets.
* checker exactness — the expected rule was run and every given field (outcome, deadline,
  amount) is exact; each field is also reported on its own.
* abstention precision — of answers "not_covered", the share that should have been; recall —
  of cases expecting "not_covered", the share that got it.
* phrase rates — must-include phrases found; must-not phrases found (lower is better).
* invented citations — cited ids the corpus doesn't have. Cross-council violations — a citation
  from another council than the case's, or a must-not phrase in the answer.
* pass — the outcome is right, an expected any-of clause is in the top 3, every all-of clause is
  cited, the check is exact, the phrases are right, nothing invented or cross-council, no error.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.types import Answer, CheckResult
from eval.cases import Case
from eval.run import CaseRun

PASS_TOP_K = 3
AMOUNT_FACTS = ("value", "amount", "nominal")  # where a checker keeps the amount it worked with


@dataclass
class CaseScore:
    """Everything measured on one case; None means "does not apply to this case"."""

    id: str
    kind: str
    council: str  # the case's target council, or "any"
    passed: bool
    failures: list[str] = field(default_factory=list)
    outcome_ok: bool = False
    rank: int | None = None  # 1-based rank of the first expected clause among the citations
    hit1: bool | None = None
    hit3: bool | None = None
    hit5: bool | None = None
    reciprocal_rank: float | None = None
    precision: float | None = None
    recall: float | None = None
    check_ok: bool | None = None
    check_fields: dict[str, bool] = field(default_factory=dict)
    abstain_expected: bool = False
    abstained: bool = False
    must_found: int = 0
    must_total: int = 0
    must_not_found: int = 0
    must_not_total: int = 0
    invented: list[str] = field(default_factory=list)
    cross_council: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _contains(text: str, phrase: str) -> bool:
    return phrase.casefold() in text.casefold()


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value).replace("£", "").replace(",", "").strip())
    except InvalidOperation:
        return None


def check_fields(expected: Any, got: CheckResult | None) -> dict[str, bool]:
    """Field by field: was the rule run, and are the given outcome, deadline and amount exact."""
    fields = {"rule": got is not None}
    if expected.outcome is not None:
        fields["outcome"] = got is not None and got.outcome == expected.outcome
    if expected.compares_deadline:
        fields["deadline"] = got is not None and got.deadline == expected.deadline
    if expected.amount is not None:
        amount = None
        if got is not None:
            amount = next((_as_decimal(got.facts[k]) for k in AMOUNT_FACTS if k in got.facts), None)
        fields["amount"] = amount is not None and amount == expected.amount
    return fields


def score_case(run: CaseRun, corpus_ids: frozenset[str] | set[str]) -> CaseScore:
    """Score one answered case; an error or missing answer fails every measure that applies."""
    case: Case = run.case
    expect = case.expect
    answer: Answer | None = run.answer
    target = case.target_council
    score = CaseScore(
        id=case.id,
        kind=case.kind,
        council=target or "any",
        passed=False,
        latency_ms=run.latency_ms,
        error=run.error,
        abstain_expected=expect.outcome == "not_covered",
    )
    cited = [c.id for c in answer.citations] if answer else []
    text = answer.answer if answer else ""

    score.outcome_ok = answer is not None and answer.outcome == expect.outcome
    score.abstained = answer is not None and answer.outcome == "not_covered"
    if not score.outcome_ok:
        got = answer.outcome if answer else "no answer"
        score.failures.append(f"outcome: expected {expect.outcome}, got {got}")

    expected_ids = expect.clauses
    if expected_ids:
        score.rank = next((i for i, cid in enumerate(cited, 1) if cid in expected_ids), None)
        score.hit1, score.hit3, score.hit5 = (score.rank is not None and score.rank <= k for k in (1, 3, 5))
        score.reciprocal_rank = 1 / score.rank if score.rank else 0.0
        unique = list(dict.fromkeys(cited))
        score.precision = sum(cid in expected_ids for cid in unique) / len(unique) if unique else None
        targets = len(expect.clauses_all_of) + (1 if expect.clauses_any_of else 0)
        found = sum(cid in cited for cid in expect.clauses_all_of)
        found += 1 if any(cid in cited for cid in expect.clauses_any_of) else 0
        score.recall = found / targets
        top = cited[:PASS_TOP_K]
        if expect.clauses_any_of and not any(cid in top for cid in expect.clauses_any_of):
            score.failures.append(
                f"none of {sorted(expect.clauses_any_of)} in the top {PASS_TOP_K} citations"
            )
        missing = [cid for cid in expect.clauses_all_of if cid not in cited]
        if missing:
            score.failures.append(f"not cited: {missing}")

    if expect.check is not None:
        got_check = next((c for c in answer.checks if c.rule == expect.check.rule), None) if answer else None
        score.check_fields = check_fields(expect.check, got_check)
        score.check_ok = all(score.check_fields.values())
        if not score.check_ok:
            wrong = [name for name, ok in score.check_fields.items() if not ok]
            got_desc = (
                f"{got_check.outcome}, deadline {got_check.deadline}, facts {got_check.facts}"
                if got_check
                else "not run"
            )
            score.failures.append(f"check {expect.check.rule}: wrong {wrong}; got {got_desc}")

    score.must_total = len(expect.must_include)
    score.must_found = sum(_contains(text, p) for p in expect.must_include)
    if score.must_found < score.must_total:
        absent = [p for p in expect.must_include if not _contains(text, p)]
        score.failures.append(f"missing phrases: {absent}")
    score.must_not_total = len(expect.must_not_include)
    present = [p for p in expect.must_not_include if _contains(text, p)]
    score.must_not_found = len(present)
    if present:
        score.failures.append(f"forbidden phrases present: {present}")

    score.invented = [cid for cid in dict.fromkeys(cited) if cid not in corpus_ids]
    if score.invented:
        score.failures.append(f"invented citations: {score.invented}")
    if target is not None and answer is not None:
        score.cross_council = [f"cited {c.id} ({c.council})" for c in answer.citations if c.council != target]
    score.cross_council += [f"said {p!r}" for p in present]
    if score.cross_council and any(v.startswith("cited") for v in score.cross_council):
        score.failures.append(f"cross-council: {[v for v in score.cross_council if v.startswith('cited')]}")
    if run.error:
        score.failures.append(f"error: {run.error}")

    score.passed = not score.failures
    return score


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100), as numpy's default; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean(values: Iterable[float | bool | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def aggregate(scores: list[CaseScore]) -> dict[str, Any]:
    """The metrics over a group of scored cases; a metric is None where no case measures it."""
    retrieval = [s for s in scores if s.rank is not None or s.hit1 is not None]
    checks = [s for s in scores if s.check_ok is not None]

    def field_rate(name: str) -> float | None:
        return _mean(s.check_fields[name] for s in checks if name in s.check_fields)

    latencies = [s.latency_ms for s in scores if s.error is None]
    return {
        "n": len(scores),
        "pass_rate": _mean(s.passed for s in scores),
        "outcome_accuracy": _mean(s.outcome_ok for s in scores),
        "hit@1": _mean(s.hit1 for s in retrieval),
        "hit@3": _mean(s.hit3 for s in retrieval),
        "hit@5": _mean(s.hit5 for s in retrieval),
        "mrr": _mean(s.reciprocal_rank for s in retrieval),
        "citation_precision": _mean(s.precision for s in retrieval),
        "citation_recall": _mean(s.recall for s in retrieval),
        "checker_exactness": _mean(s.check_ok for s in checks),
        "check_outcome": field_rate("outcome"),
        "check_deadline": field_rate("deadline"),
        "check_amount": field_rate("amount"),
        "abstention_precision": _ratio(
            sum(s.abstained and s.abstain_expected for s in scores), sum(s.abstained for s in scores)
        ),
        "abstention_recall": _ratio(
            sum(s.abstained and s.abstain_expected for s in scores), sum(s.abstain_expected for s in scores)
        ),
        "must_include_rate": _ratio(sum(s.must_found for s in scores), sum(s.must_total for s in scores)),
        "must_not_rate": _ratio(sum(s.must_not_found for s in scores), sum(s.must_not_total for s in scores)),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "invented_citations": sum(len(s.invented) for s in scores),
        "cross_council_violations": sum(len(s.cross_council) for s in scores),
        "errors": sum(s.error is not None for s in scores),
    }


def _grouped(scores: list[CaseScore], key: Callable[[CaseScore], str]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[CaseScore]] = {}
    for s in scores:
        groups.setdefault(key(s), []).append(s)
    return {name: aggregate(group) for name, group in sorted(groups.items())}


def summarize(scores: list[CaseScore]) -> dict[str, Any]:
    """Overall, per kind and per council."""
    return {
        "overall": aggregate(scores),
        "by_kind": _grouped(scores, lambda s: s.kind),
        "by_council": _grouped(scores, lambda s: s.council),
    }
