"""The bot's CLI commands: `conduct ask` and `conduct show`.

Each command is a small function registered in `register(app)`. Heavy imports (torch,
chromadb) stay inside command functions so `conduct --help` stays instant; `show` needs
only the parsed corpus.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Annotated

import typer

from bot.types import Clause

EXIT_NOT_FOUND = 2


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `conduct` CLI."""
    app.command("ask")(ask)
    app.command("show")(show)


def ask(
    question: Annotated[str, typer.Argument(help="The question, as you would type it in Slack")],
    council: Annotated[str | None, typer.Option(help="lichfield, tower-hamlets, or a council's name")] = None,
    role: Annotated[str | None, typer.Option(help="officer or councillor")] = None,
    conversation: Annotated[
        str | None, typer.Option("--conversation", help="Continue this conversation_id (a follow-up)")
    ] = None,
    asked_at: Annotated[
        str | None, typer.Option("--asked-at", help="When it was asked (ISO date/time; default now)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response object as JSON")] = False,
) -> None:
    """Answer a question from the codes, quoting the clauses it rests on."""
    import datetime as dt

    from bot.service import Asker, QuestionError, get_service

    if role is not None and role not in ("officer", "councillor"):
        typer.echo(f"error: --role must be officer or councillor, not {role!r}", err=True)
        raise typer.Exit(2)
    when = None
    if asked_at:
        try:
            when = dt.datetime.fromisoformat(asked_at)
        except ValueError:
            typer.echo(f"error: --asked-at {asked_at!r} is not an ISO date or date-time", err=True)
            raise typer.Exit(2) from None
    try:
        answer = get_service().ask(
            question,
            council=council,
            role=role,
            conversation_id=conversation,
            asked_at=when,
            asker=Asker("cli"),
        )
    except QuestionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except FileNotFoundError as exc:  # no index yet
        typer.echo(f"error: {exc}. Run `conduct ingest` first.", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(answer.model_dump_json(indent=2))
        return
    typer.echo(answer.answer)
    if answer.citations:
        typer.echo("\nCitations (most relevant first; `conduct show DOCUMENT CLAUSE` prints one):")
        for i, c in enumerate(answer.citations, 1):
            typer.echo(f"  [{i}] {c.label}  ({c.id})")
    typer.echo(
        f"\n[{answer.outcome} · conversation {answer.conversation_id} · corpus {answer.corpus_version}]"
    )


def show(
    document: Annotated[str, typer.Argument(help="Document id, e.g. lichfield/members-code")],
    clause: Annotated[str, typer.Argument(help="Clause number as printed, e.g. 12, 2.4.2, 10.2@general")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the clause(s) as JSON")] = False,
    corpus_dir: Annotated[
        Path | None, typer.Option("--corpus", help="Corpus directory (default: CORPUS_DIR)")
    ] = None,
) -> None:
    """Print a clause verbatim with its label, heading and footnotes."""
    from bot.corpus import load_corpus
    from ingest.errors import CorpusError

    try:
        corpus = load_corpus(corpus_dir)
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None

    if document not in corpus.documents:
        typer.echo(f"No document {document!r}.", err=True)
        _suggest(document, list(corpus.documents), "Documents")
        raise typer.Exit(EXIT_NOT_FOUND)
    number = clause.removeprefix(f"{document}:")
    found = corpus.by_number(document, number)
    if not found:
        typer.echo(f"No clause {number!r} in {document}.", err=True)
        suffixes = [c.id.split(":", 1)[1] for c in corpus.document_clauses(document)]
        _suggest(number, suffixes, f"Clauses of {document}")
        raise typer.Exit(EXIT_NOT_FOUND)

    if as_json:
        typer.echo(json.dumps([c.model_dump(mode="json") for c in found], indent=2, ensure_ascii=False))
        return
    if len(found) > 1:
        typer.echo(f"Para {number} is printed {len(found)} times in {document}:\n")
    typer.echo("\n\n".join(_render(c) for c in found))


def _render(clause: Clause) -> str:
    title = f" — {clause.title}" if clause.title else ""
    header = [
        f"{clause.label}{title}",
        f"{clause.heading}" if clause.heading else "",
        f"[{clause.id}, lines {clause.line_start}-{clause.line_end}]",
    ]
    rule = "─" * 60
    return "\n".join(line for line in header if line) + f"\n{rule}\n{clause.verbatim()}\n{rule}"


def _suggest(wanted: str, candidates: list[str], what: str) -> None:
    """Name the nearest matches (prefix matches first), else list what exists."""
    near = [c for c in candidates if c.startswith(wanted) or c.split("@")[0] == wanted]
    near += [c for c in difflib.get_close_matches(wanted, candidates, n=5, cutoff=0.5) if c not in near]
    if near:
        typer.echo(f"Did you mean: {', '.join(near[:8])}?", err=True)
    else:
        typer.echo(f"{what}: {', '.join(candidates)}", err=True)
