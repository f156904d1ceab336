"""Draft cases from answers people marked 👎, for a governance officer to review and file.

Each flagged answer becomes a case whose question, council, role and `asked_at` replay the
original. The expected outcome is written as `REVIEW-<what was answered>`, which the case
loader rejects: a draft cannot count until someone has decided what the right answer is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

HEADER = """\
# Draft cases from answers marked unhelpful (👎) since {since}. FOR REVIEW: for each case,
# set expect.outcome (answered | needs_clarification | not_covered), the clauses that answer
# it, any check and phrases; delete the cases that aren't worth keeping; then move the file
# into eval/cases/. Until expect.outcome is fixed, `conduct eval` refuses to load it.
"""


def draft_case(flagged: Any) -> dict[str, Any]:
    """One flagged answer (bot.audit.store.FlaggedAnswer) as a draft case mapping."""
    asked_at = flagged.asked_at
    if isinstance(asked_at, dt.datetime) and asked_at.tzinfo is not None:
        asked_at = asked_at.astimezone(dt.UTC).replace(tzinfo=None)
    case: dict[str, Any] = {"id": f"fb-{str(flagged.answer_id)[:12]}", "question": flagged.question}
    if flagged.council:
        case["council"] = flagged.council
    if flagged.role:
        case["role"] = flagged.role
    case["asked_at"] = asked_at.isoformat(timespec="seconds") if asked_at else None
    cited = [c.get("id") for c in flagged.citations if c.get("id")]
    case["expect"] = {"outcome": f"REVIEW-{flagged.outcome}"}
    if cited:
        case["expect"]["clauses_any_of"] = cited
    case["notes"] = (
        f"👎 {flagged.not_helpful}, 👍 {flagged.helpful}. Answer {flagged.answer_id} was "
        f"{flagged.outcome} (understood council {flagged.answer_council}, role {flagged.answer_role}); "
        f"clauses_any_of lists what it cited, not what it should have. It said: "
        + " ".join(str(flagged.answer).split())[:600]
    )
    return case


def write_drafts(flagged: Iterable[Any], since: dt.date, out_dir: Path) -> Path | None:
    """Write one draft file `feedback-<since>.yaml` in `out_dir`; None when nothing was flagged."""
    cases = [draft_case(f) for f in flagged]
    if not cases:
        return None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"feedback-{since.isoformat()}.yaml"
    body = yaml.safe_dump(
        {"kind": "feedback", "cases": cases}, sort_keys=False, allow_unicode=True, width=100
    )
    path.write_text(HEADER.format(since=since.isoformat()) + body, encoding="utf-8")
    return path
