"""GET /healthz (the process answers) and GET /readyz (the index and model are loaded)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.api.deps import ServiceDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is alive; answers at once, even while the model loads."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Still loading, or warm-up failed"}})
def readyz(request: Request, service: ServiceDep) -> JSONResponse:
    """200 once the index, model and rules are loaded; 503 before (or if loading failed)."""
    if service.ready:
        return JSONResponse({"status": "ready"})
    error = getattr(request.app.state, "warm_up_error", None)
    if error:
        # The detail is in the server log; the class name is enough to tell loading from failing.
        return JSONResponse({"status": "failed", "error": error}, status_code=503)
    return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "5"})
