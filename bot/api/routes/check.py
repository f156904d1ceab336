"""POST /v1/check/{rule}: run one deterministic checker on the facts given."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bot.api.deps import ServiceDep
from bot.api.errors import rule_error
from bot.api.schemas import CheckRequest
from bot.types import CheckResult

router = APIRouter(prefix="/check", tags=["rules"])


@router.post("/{rule}", response_model=CheckResult)
def check(rule: Annotated[str, Path(max_length=200)], body: CheckRequest, service: ServiceDep) -> CheckResult:
    """Run a checker (see GET /v1/rules): 404 for an unknown rule, 422 with the checker's message."""
    try:
        return service.check(rule, body.params)
    except Exception as exc:
        error = rule_error(exc, rule)
        if error is None:
            raise
        raise error from exc
