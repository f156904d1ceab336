"""POST /v1/feedback: a 👍 or 👎 on an answer, recorded in the audit trail."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response

from bot.api.deps import ApiAskerDep, ReadyServiceDep
from bot.api.schemas import FeedbackRequest
from bot.service import Asker, ConductService

router = APIRouter(prefix="/feedback", tags=["feedback"])


def record(body: FeedbackRequest, service: ConductService, asker: Asker) -> Response:
    """Record the click; 404 when the answer id is unknown."""
    try:
        service.feedback(body.answer_id, body.helpful, asker=asker)
    except LookupError as exc:  # the audit store's UnknownAnswerError, or a KeyError
        raise HTTPException(status_code=404, detail=f"Unknown answer id {body.answer_id!r}.") from exc
    return Response(status_code=204)


@router.post("", status_code=204, response_class=Response)
def feedback(body: FeedbackRequest, service: ReadyServiceDep, asker: ApiAskerDep) -> Response:
    """Record whether an answer helped (answer_id comes from the answer)."""
    return record(body, service, asker)
