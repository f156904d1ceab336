"""Build the FastAPI app: /v1 (optionally keyed), /healthz, /readyz, and the web page.

The service warms up once, in a background thread started by the lifespan handler, so
/healthz answers at once and /readyz turns 200 when loading is done. Nothing loads per request.
Slack (or anything else) is mounted by passing `extra_routers`, or `app.include_router` later;
those routers get neither the API key nor the web rate limit, and may set their own
`max_body_size` (a router's limit overrides the app's MAX_BODY_BYTES).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from bot.api.deps import require_json
from bot.api.errors import install_error_handlers
from bot.api.routes import ask, check, documents, feedback, health, rules, web
from bot.api.security import RateLimiter, api_asker
from bot.service import ConductService, get_service
from bot.settings import Settings

log = logging.getLogger("bot.api")

V1_ROUTERS = (ask.router, check.router, rules.router, documents.router, feedback.router)


def _warm_up(app: FastAPI) -> None:
    service: ConductService = app.state.service
    try:
        service.warm_up()
        log.info("service ready")
    except Exception as exc:
        app.state.warm_up_error = type(exc).__name__
        log.exception("warm-up failed; /readyz will stay 503")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=_warm_up, args=(app,), name="conduct-warm-up", daemon=True).start()
    yield


def create_app(
    service: ConductService | None = None,
    settings: Settings | None = None,
    extra_routers: Sequence[APIRouter] = (),
) -> FastAPI:
    """The app around `service` (default: the process-wide one, or one built from `settings`)."""
    if service is None:
        service = get_service() if settings is None else ConductService(settings)
    settings = settings or service.settings

    app = FastAPI(
        title="conduct",
        summary="Cited guidance on UK council codes of conduct",
        description="Every statement cites a verbatim clause; amounts and dates come from "
        "deterministic checkers. Send `X-API-Key` on /v1 when the server has API_KEYS set.",
        version="1",
        lifespan=_lifespan,
        max_body_size=settings.MAX_BODY_BYTES,  # 413 on Content-Length and on bytes actually streamed
    )
    app.state.service = service
    app.state.settings = settings
    app.state.warm_up_error = None
    app.state.web_rate_limiter = RateLimiter(settings.WEB_RATE_LIMIT_PER_MINUTE)
    install_error_handlers(app)

    app.include_router(health.router)
    for router in V1_ROUTERS:
        # The key is checked first, so an anonymous caller learns nothing but 401.
        app.include_router(router, prefix="/v1", dependencies=[Depends(api_asker), Depends(require_json)])
    if settings.WEB_ENABLED:
        app.include_router(web.page_router)
        app.include_router(web.router, dependencies=[Depends(require_json)])
        app.mount("/static", StaticFiles(directory=web.STATIC_DIR), name="static")
    for router in extra_routers:
        app.include_router(router)
    return app
