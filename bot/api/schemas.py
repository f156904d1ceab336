"""Request bodies. Responses are the `bot.types` models themselves, unchanged."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bot.types import Role

# Slugs and ids are short and plain; anything else is refused before it reaches the service.
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Token = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
Scalar = str | int | float | bool | None


def refuse_control_characters(text: str) -> str:
    """Refuse NUL and other control characters (tab and newlines aside) and lone surrogates.

    They cannot be stored in PostgreSQL text or encoded as UTF-8, so letting them through would
    turn a bad request into a server error further down.
    """
    for position, char in enumerate(text):
        if char in "\t\n\r":
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs"):
            raise ValueError(f"contains a control character (U+{ord(char):04X}) at position {position}")
    return text


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The upper limit is the setting MAX_QUESTION_CHARS, checked in the route; the body size
    # limit bounds it before that.
    question: str = Field(min_length=1, description="The question, in plain words")
    council: Slug | None = Field(default=None, description="Council slug, e.g. lichfield")
    role: Role | None = None
    conversation_id: Token | None = Field(default=None, description="From a previous answer, to follow up")
    asked_at: dt.datetime | None = Field(default=None, description="ISO datetime; deadlines count from it")

    @field_validator("question")
    @classmethod
    def _question_is_text(cls, value: str) -> str:
        value = refuse_control_characters(value).strip()
        if not value:
            raise ValueError("is empty")
        return value


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    params: dict[Annotated[str, StringConstraints(max_length=64)], Scalar] = Field(
        default_factory=dict,
        description='The checker\'s facts, e.g. {"value": 60, "received": "2025-03-01"}',
    )

    @field_validator("params")
    @classmethod
    def _plain_text(cls, params: dict[str, Any]) -> dict[str, Any]:
        for name, value in params.items():
            refuse_control_characters(name)
            if isinstance(value, str):
                refuse_control_characters(value)
        return params


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer_id: Token
    helpful: bool
