"""Error responses: a JSON 500 that leaks nothing, and the checker errors mapped to 404/422.

Error bodies are rendered as ASCII JSON and never echo the request's input: a lone surrogate
or a megabyte of text sent to us must not come back, nor break the encoder (which was a 500).
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("bot.api")


class ErrorResponse(JSONResponse):
    """JSON with every non-ASCII character escaped, so any text at all can be rendered."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


async def _invalid_request(request: Request, exc: RequestValidationError) -> ErrorResponse:
    errors = [
        {"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()
    ]
    return ErrorResponse(status_code=422, content={"detail": jsonable_encoder(errors)})


async def _http_error(request: Request, exc: StarletteHTTPException) -> ErrorResponse:
    detail = exc.detail
    if exc.status_code == 413:
        detail = f"The request body is over the limit of {request.app.state.settings.MAX_BODY_BYTES} bytes."
    return ErrorResponse(
        status_code=exc.status_code, content={"detail": jsonable_encoder(detail)}, headers=exc.headers
    )


async def _unexpected_error(request: Request, exc: Exception) -> ErrorResponse:
    # The traceback goes to the log under an id the caller can quote; the caller sees only the id.
    error_id = uuid.uuid4().hex[:12]
    log.error("unexpected error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc)
    return ErrorResponse(
        status_code=500,
        content={"detail": "Internal server error; it has been logged.", "error_id": error_id},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected_error)


def _class_names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _message(exc: BaseException) -> str:
    # KeyError's str() is the repr of its argument; the argument itself reads better.
    if isinstance(exc, KeyError) and len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def rule_error(exc: Exception, rule_id: str) -> HTTPException | None:
    """The HTTP error for an exception from `service.check`, or None when it is not a rule error.

    `bot.rules.registry` raises `RuleInputError` for bad parameters (422, with the checker's
    message) and a `KeyError` subclass (or `UnknownRule...`) for a rule it does not know (404).
    Matched by class name so this module need not import the rules package.
    """
    names = _class_names(exc)
    if any(name.startswith("UnknownRule") for name in names) or isinstance(exc, KeyError):
        return HTTPException(status_code=404, detail=f"Unknown rule {rule_id!r}: {_message(exc)}")
    if "RuleInputError" in names:
        return HTTPException(status_code=422, detail=_message(exc))
    return None
