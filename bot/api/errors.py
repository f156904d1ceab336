"""Error responses: a JSON 500 that leaks nothing, and the checker errors mapped to 404/422."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

log = logging.getLogger("bot.api")


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the log under an id the caller can quote; the caller sees only the id.
    error_id = uuid.uuid4().hex[:12]
    log.error("unexpected error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        status_code=500,
        content={"detail": "Internal server error; it has been logged.", "error_id": error_id},
    )


def install_error_handlers(app: FastAPI) -> None:
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
