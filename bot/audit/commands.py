"""`conduct audit export` and `conduct audit purge`: the audit trail for the governance team.

Only typer is imported at module level; the database code loads inside each command.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from bot.settings import Settings

T = TypeVar("T")

audit_app = typer.Typer(no_args_is_help=True, help="The record of questions, answers and feedback.")


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form, e.g. 2026-03-01") from None


@audit_app.command("export")
def export(
    since: Annotated[
        dt.date,
        typer.Option(
            parser=_parse_date,
            metavar="YYYY-MM-DD",
            help="First day (UTC) of answers to include.",
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", dir_okay=False, help="CSV file to write; standard output if omitted."),
    ] = None,
) -> None:
    """Write every answer recorded since a date as CSV, one row per answer with feedback counts."""
    from bot.audit.store import AuditLog

    audit = _open(AuditLog)
    if out is None:
        count = _guarded(lambda: audit.export_csv(since, sys.stdout))
    else:
        try:
            handle = out.open("w", newline="", encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {out}: {exc.strerror or exc}")
        with handle:
            count = _guarded(lambda: audit.export_csv(since, handle))
    typer.echo(f"exported {count} answer(s) recorded since {since.isoformat()}", err=True)


@audit_app.command("purge")
def purge() -> None:
    """Delete answers older than AUDIT_RETENTION_DAYS (with their feedback) and expired conversations."""
    from bot.audit.store import AuditLog
    from bot.conversation_store import ConversationStore

    now = dt.datetime.now(dt.UTC)
    audit = _open(AuditLog)
    answers = _guarded(lambda: audit.purge(now))
    conversations = _guarded(lambda: _open(ConversationStore).purge_expired(now))
    days = audit.settings.AUDIT_RETENTION_DAYS
    typer.echo(
        f"purged {answers} answer(s) recorded more than {days} days ago "
        f"and {conversations} expired conversation(s)"
    )


def register(app: typer.Typer) -> None:
    """Add `conduct audit ...` to the `conduct` CLI."""
    app.add_typer(audit_app, name="audit")


def _open(store_class: Callable[[Settings], T]) -> T:
    """Build a store from the process settings, turning a database failure into a clear error."""
    from bot.settings import get_settings

    settings = get_settings()
    return _guarded(lambda: store_class(settings), url=settings.database_url)


def _guarded(action: Callable[[], T], url: str | None = None) -> T:
    """Run `action`; a database error becomes one line naming the database, exit status 1."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.db import safe_url
    from bot.settings import get_settings

    try:
        return action()
    except SQLAlchemyError as exc:
        where = safe_url(url or get_settings().database_url)
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        _fail(f"audit database {where}: {detail}")


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)
