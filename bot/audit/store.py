"""The audit trail: every answer given and every feedback click, for the governance team.

The service calls `record()` before it replies, and `record()` returns only once the row is
committed, so stopping the process after an answer was sent cannot lose its record.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO, cast

from sqlalchemy import CursorResult, Select, case, delete, func, select
from sqlalchemy.exc import IntegrityError

from bot.db import AnswerRecord, FeedbackRecord, from_db, session_factory, start_of_day, to_db
from bot.settings import Settings
from bot.types import Answer

if TYPE_CHECKING:  # bot.service imports this module to record answers
    from bot.service import Asker

Clock = Callable[[], dt.datetime]

# Spreadsheet programs run a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "answer_id",
    "recorded_at",
    "asked_at",
    "surface",
    "workspace",
    "channel",
    "user",
    "question",
    "council",
    "role",
    "conversation_id",
    "outcome",
    "answer_council",
    "answer_role",
    "topic",
    "answer",
    "citation_ids",
    "citation_labels",
    "checks",
    "clarify",
    "corpus_version",
    "settings_hash",
    "latency_ms",
    "helpful",
    "not_helpful",
)


class UnknownAnswerError(LookupError):
    """Feedback named an answer_id the audit trail has no record of (or has purged)."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(f"no recorded answer with id {answer_id!r}")
        self.answer_id = answer_id


@dataclass(frozen=True)
class FlaggedAnswer:
    """An answer someone marked unhelpful: what `conduct eval --from-audit` replays.

    `council` and `role` are as the asker passed them, so replaying with them and `asked_at`
    asks the same question again; `answer_council`/`answer_role` are what was understood.
    """

    answer_id: str
    question: str
    council: str | None
    role: str | None
    asked_at: dt.datetime  # aware, UTC
    answer: str
    outcome: str
    citations: list[dict[str, str]]  # [{"id", "label"}], in the order they were given
    answer_council: str | None
    answer_role: str | None
    helpful: int
    not_helpful: int


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AuditLog:
    """Read and write the audit trail in the database named by `settings.database_url`.

    `clock` gives the server time stamped on records and feedback; tests pass their own.
    """

    def __init__(self, settings: Settings, *, clock: Clock = _utcnow) -> None:
        self.settings = settings
        self._clock = clock
        self._sessions = session_factory(settings)

    def record(
        self,
        *,
        question: str,
        answer: Answer,
        asker: Asker | None,
        council: str | None,
        role: str | None,
        latency_ms: float,
        asked_at: dt.datetime | None,
    ) -> str:
        """Store one answer and return its new answer_id, after the row is committed.

        `council` and `role` are what the asker passed (None when not given); what the service
        understood is taken from `answer`. `asked_at` None means now.
        """
        answer_id = uuid.uuid4().hex
        now = self._clock()
        row = AnswerRecord(
            id=answer_id,
            recorded_at=to_db(now),
            asked_at=to_db(asked_at or now),
            **_asker_columns(asker),
            question=question,
            council=council,
            role=role,
            conversation_id=answer.conversation_id or None,
            outcome=answer.outcome,
            answer_text=answer.answer,
            answer_council=answer.council,
            answer_role=answer.role,
            topic=answer.topic,
            citations=[{"id": c.id, "label": c.label} for c in answer.citations],
            checks=[c.model_dump(mode="json") for c in answer.checks],
            clarify=[c.model_dump(mode="json") for c in answer.clarify],
            corpus_version=answer.corpus_version,
            settings_hash=answer.settings_hash,
            latency_ms=round(latency_ms),
        )
        with self._sessions() as session, session.begin():
            session.add(row)
        return answer_id

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        """Record one 👍 (helpful) or 👎 click; raise UnknownAnswerError for an unknown id."""
        try:
            with self._sessions() as session, session.begin():
                if session.get(AnswerRecord, answer_id) is None:
                    raise UnknownAnswerError(answer_id)
                session.add(
                    FeedbackRecord(
                        answer_id=answer_id,
                        helpful=helpful,
                        created_at=to_db(self._clock()),
                        **_asker_columns(asker),
                    )
                )
        except IntegrityError as exc:
            # The answer was purged between the check and the insert.
            raise UnknownAnswerError(answer_id) from exc

    def get(self, answer_id: str) -> dict[str, Any] | None:
        """One record as a plain dict (columns by name, feedback counts), or None."""
        with self._sessions() as session:
            row = session.execute(_with_feedback_counts().where(AnswerRecord.id == answer_id)).first()
        return None if row is None else _as_dict(*row)

    def export_csv(self, since: dt.date, out: TextIO) -> int:
        """Write one CSV row per answer recorded on or after `since` (UTC); return the count.

        Oldest first, with a header row. Cells a spreadsheet would run as a formula are
        prefixed with a single quote.
        """
        stmt = (
            _with_feedback_counts()
            .where(AnswerRecord.recorded_at >= start_of_day(since))
            .order_by(AnswerRecord.recorded_at, AnswerRecord.id)
        )
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        count = 0
        with self._sessions() as session:
            for row in session.execute(stmt).yield_per(500):
                writer.writerow(_neutralise(_csv_cells(_as_dict(*row))))
                count += 1
        return count

    def purge(self, now: dt.datetime) -> int:
        """Delete answers recorded more than AUDIT_RETENTION_DAYS before `now`, with their
        feedback; return how many answers went."""
        cutoff = to_db(now) - dt.timedelta(days=self.settings.AUDIT_RETENTION_DAYS)
        old = select(AnswerRecord.id).where(AnswerRecord.recorded_at < cutoff)
        with self._sessions() as session, session.begin():
            # Feedback first and explicitly rather than trusting ON DELETE CASCADE, which SQLite
            # honours only on connections that turned foreign keys on.
            plain = {"synchronize_session": False}  # nothing loaded in this session to update
            session.execute(
                delete(FeedbackRecord).where(FeedbackRecord.answer_id.in_(old)), execution_options=plain
            )
            result = session.execute(
                delete(AnswerRecord).where(AnswerRecord.recorded_at < cutoff), execution_options=plain
            )
        return cast(CursorResult[Any], result).rowcount

    def thumbs_down(self, since: dt.date) -> list[FlaggedAnswer]:
        """Answers given at least one 👎 on or after `since` (UTC), oldest answer first."""
        flagged = (
            select(FeedbackRecord.answer_id)
            .where(FeedbackRecord.helpful.is_(False), FeedbackRecord.created_at >= start_of_day(since))
            .distinct()
        )
        stmt = (
            _with_feedback_counts()
            .where(AnswerRecord.id.in_(flagged))
            .order_by(AnswerRecord.recorded_at, AnswerRecord.id)
        )
        with self._sessions() as session:
            rows = [_as_dict(*row) for row in session.execute(stmt)]
        return [
            FlaggedAnswer(
                answer_id=r["answer_id"],
                question=r["question"],
                council=r["council"],
                role=r["role"],
                asked_at=r["asked_at"],
                answer=r["answer"],
                outcome=r["outcome"],
                citations=r["citations"],
                answer_council=r["answer_council"],
                answer_role=r["answer_role"],
                helpful=r["helpful"],
                not_helpful=r["not_helpful"],
            )
            for r in rows
        ]


def _asker_columns(asker: Asker | None) -> dict[str, str | None]:
    if asker is None:
        return {"surface": None, "workspace": None, "channel": None, "user_id": None}
    return {
        "surface": asker.surface,
        "workspace": asker.workspace,
        "channel": asker.channel,
        "user_id": asker.user,
    }


def _with_feedback_counts() -> Select[AnswerRecord, int, int]:
    """Answer rows with their 👍 and 👎 counts (0 when none)."""
    counts = (
        select(
            FeedbackRecord.answer_id,
            func.sum(case((FeedbackRecord.helpful.is_(True), 1), else_=0)).label("helpful"),
            func.sum(case((FeedbackRecord.helpful.is_(False), 1), else_=0)).label("not_helpful"),
        )
        .group_by(FeedbackRecord.answer_id)
        .subquery()
    )
    return select(
        AnswerRecord,
        func.coalesce(counts.c.helpful, 0),
        func.coalesce(counts.c.not_helpful, 0),
    ).outerjoin(counts, counts.c.answer_id == AnswerRecord.id)


def _as_dict(record: AnswerRecord, helpful: int, not_helpful: int) -> dict[str, Any]:
    return {
        "answer_id": record.id,
        "recorded_at": from_db(record.recorded_at),
        "asked_at": from_db(record.asked_at),
        "surface": record.surface,
        "workspace": record.workspace,
        "channel": record.channel,
        "user": record.user_id,
        "question": record.question,
        "council": record.council,
        "role": record.role,
        "conversation_id": record.conversation_id,
        "outcome": record.outcome,
        "answer_council": record.answer_council,
        "answer_role": record.answer_role,
        "topic": record.topic,
        "answer": record.answer_text,
        "citations": list(record.citations),
        "checks": list(record.checks),
        "clarify": list(record.clarify),
        "corpus_version": record.corpus_version,
        "settings_hash": record.settings_hash,
        "latency_ms": record.latency_ms,
        "helpful": int(helpful),
        "not_helpful": int(not_helpful),
    }


def _csv_cells(r: dict[str, Any]) -> list[Any]:
    cells = dict(r)
    cells["recorded_at"] = r["recorded_at"].isoformat()
    cells["asked_at"] = r["asked_at"].isoformat()
    cells["citation_ids"] = "; ".join(c["id"] for c in r["citations"])
    cells["citation_labels"] = "; ".join(c["label"] for c in r["citations"])
    # Compact JSON: the checker results are structured and the governance team filters on them.
    compact = json.dumps(r["checks"], ensure_ascii=False, separators=(",", ":"))
    cells["checks"] = compact if r["checks"] else ""
    cells["clarify"] = " | ".join(c["question"] for c in r["clarify"])
    return [cells[name] for name in CSV_COLUMNS]


def _neutralise(cells: Iterable[Any]) -> list[Any]:
    """Prefix a quote to text a spreadsheet would evaluate (=, +, -, @, tab, CR)."""
    return [
        "'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS) else cell for cell in cells
    ]
