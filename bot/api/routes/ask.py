"""POST /v1/ask: the one question-answering route (the web page's /web/ask shares `answer`)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.exceptions import RequestValidationError

from bot.api.deps import ApiAskerDep, ReadyServiceDep, SettingsDep
from bot.api.schemas import AskRequest
from bot.service import Asker, ConductService, QuestionError
from bot.settings import Settings
from bot.types import Answer

router = APIRouter(prefix="/ask", tags=["ask"])


def answer(body: AskRequest, service: ConductService, settings: Settings, asker: Asker) -> Answer:
    """Check the limits the settings set, then ask the service; 422 names the bad field."""
    if len(body.question) > settings.MAX_QUESTION_CHARS:
        raise RequestValidationError(
            [
                {
                    "type": "string_too_long",
                    "loc": ("body", "question"),
                    "msg": f"The question is {len(body.question)} characters long; "
                    f"the limit is {settings.MAX_QUESTION_CHARS}.",
                    "ctx": {"max_length": settings.MAX_QUESTION_CHARS},
                }
            ]
        )
    if body.council is not None:
        councils = sorted({d.council for d in service.documents()})
        if body.council not in councils:
            raise HTTPException(
                status_code=422,
                detail=f"Unknown council {body.council!r}. Known councils: {', '.join(councils)}.",
            )
    try:
        return service.ask(
            body.question,
            council=body.council,
            role=body.role,
            conversation_id=body.conversation_id,
            asked_at=body.asked_at,
            asker=asker,
        )
    except QuestionError as exc:
        raise HTTPException(status_code=422, detail=f"The question cannot be answered: {exc}.") from exc


@router.post("", response_model=Answer)
def ask(body: AskRequest, service: ReadyServiceDep, settings: SettingsDep, asker: ApiAskerDep) -> Answer:
    """Answer a question from the codes: cited clauses, checker results, clarifying questions."""
    return answer(body, service, settings, asker)
