"""Shared dependencies as `Annotated` aliases: the service, the settings, who is calling.

The app keeps its service and settings on `app.state` (set by `create_app`), so tests and the
Slack mount see exactly the objects the routes use.
"""

from __future__ import annotations

from email.message import Message
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from bot.api.security import api_asker, web_asker
from bot.service import Asker, ConductService
from bot.settings import Settings


def get_service(request: Request) -> ConductService:
    return request.app.state.service


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


ServiceDep = Annotated[ConductService, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_ready_service(service: ServiceDep) -> ConductService:
    """The service, or 503 while the model and index are still loading (never load per request)."""
    if not service.ready:
        raise HTTPException(
            status_code=503,
            detail="The service is still loading the index and model; try again shortly.",
            headers={"Retry-After": "5"},
        )
    return service


ReadyServiceDep = Annotated[ConductService, Depends(get_ready_service)]
ApiAskerDep = Annotated[Asker, Depends(api_asker)]
WebAskerDep = Annotated[Asker, Depends(web_asker)]


def require_json(request: Request) -> None:
    """415 for a body that is not application/json (FastAPI alone would give a vague 422).

    Also keeps the keyless /web door safe from cross-site forms, which cannot send JSON.
    """
    if request.method not in ("POST", "PUT", "PATCH"):
        return
    raw = request.headers.get("content-type")
    header = Message()
    header["content-type"] = raw or ""
    if not raw or header.get_content_type() != "application/json":
        given = header.get_content_type() if raw else "no Content-Type header"
        raise HTTPException(status_code=415, detail=f"Send the body as application/json, not {given}.")
