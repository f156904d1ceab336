"""The web page at / and its own door, /web/*: the same service calls as /v1, without a key.

Why a separate door: a page served to councillors cannot keep an API key secret, so when
API_KEYS is set it protects /v1 (integrations) while the page's three endpoints stay open,
narrower (ask, feedback, documents) and rate-limited per client address
(WEB_RATE_LIMIT_PER_MINUTE). WEB_ENABLED=false removes the page and /web entirely.
No cookies are used, and POSTs must be application/json, which a cross-site form cannot send.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from bot.api.deps import ReadyServiceDep, ServiceDep, SettingsDep, WebAskerDep
from bot.api.routes.ask import answer
from bot.api.routes.feedback import record
from bot.api.schemas import AskRequest, FeedbackRequest
from bot.types import Answer, SourceDocument

STATIC_DIR = Path(__file__).resolve().parents[2] / "web" / "static"

# Only our own files: no inline script, no third-party origin, not framable.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

page_router = APIRouter(include_in_schema=False)
router = APIRouter(prefix="/web", tags=["web page"])


@lru_cache(maxsize=4)
def _page(max_question_chars: int) -> str:
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    return html.replace("__MAX_QUESTION_CHARS__", str(max_question_chars))


@page_router.get("/", response_class=HTMLResponse)
def page(settings: SettingsDep) -> HTMLResponse:
    """The chat page."""
    return HTMLResponse(_page(settings.MAX_QUESTION_CHARS), headers=PAGE_HEADERS)


@router.post("/ask", response_model=Answer)
def web_ask(body: AskRequest, service: ReadyServiceDep, settings: SettingsDep, asker: WebAskerDep) -> Answer:
    """The page's ask: POST /v1/ask without a key, rate-limited per address."""
    return answer(body, service, settings, asker)


@router.post("/feedback", status_code=204, response_class=Response)
def web_feedback(body: FeedbackRequest, service: ReadyServiceDep, asker: WebAskerDep) -> Response:
    """The page's 👍/👎: POST /v1/feedback without a key."""
    return record(body, service, asker)


@router.get("/documents", response_model=list[SourceDocument])
def web_documents(service: ServiceDep, asker: WebAskerDep) -> list[SourceDocument]:
    """The page's council list: GET /v1/documents without a key."""
    return service.documents()
