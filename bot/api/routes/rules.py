"""GET /v1/rules: the checkers POST /v1/check/{rule} can run, with their parameters."""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from bot.api.deps import ServiceDep

router = APIRouter(prefix="/rules", tags=["rules"])


def _as_json(rule: Any) -> dict[str, Any]:
    if isinstance(rule, BaseModel):
        return rule.model_dump(mode="json")
    if dataclasses.is_dataclass(rule) and not isinstance(rule, type):
        return dataclasses.asdict(rule)
    if isinstance(rule, dict):
        return rule
    return {"id": str(rule)}


@router.get("", response_model=list[dict[str, Any]])
def rules(service: ServiceDep) -> list[dict[str, Any]]:
    """List the rule checkers: id, council, clause, parameters."""
    return [_as_json(rule) for rule in service.rules()]
