"""GET /v1/documents and a clause's verbatim text by its printed number."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from bot.api.deps import ServiceDep
from bot.service import ConductService
from bot.types import Citation, SourceDocument

router = APIRouter(prefix="/documents", tags=["documents"])

Part = Annotated[str, Path(max_length=100)]


def _clause_numbers(service: ConductService, document_id: str) -> list[str]:
    return [n for n in service.clause_numbers(document_id) if n]


@router.get("", response_model=list[SourceDocument])
def documents(service: ServiceDep) -> list[SourceDocument]:
    """List the codes and protocols in the corpus, with their councils and known gaps."""
    return service.documents()


@router.get("/{council}/{document}/clauses/{clause}", response_model=list[Citation])
def clause(council: Part, document: Part, clause: Part, service: ServiceDep) -> list[Citation]:
    """A clause's verbatim text and footnotes; two where the document prints the number twice.

    `clause` is the number as printed (`2.4.2`), or `<number>@<section slug>` for one of a
    twice-printed number, or `@<section slug>` for unnumbered text.
    """
    document_id = f"{council}/{document}"
    known = {d.id: d for d in service.documents()}
    if document_id not in known:
        raise HTTPException(
            status_code=404,
            detail=f"Unknown document {document_id!r}. Known documents: {', '.join(sorted(known))}.",
        )
    number, _, section = clause.partition("@")
    found = service.clauses(document_id, number)
    if section:
        found = [c for c in found if c.id.endswith(f"@{section}")]
    if not found:
        numbers = _clause_numbers(service, document_id)
        raise HTTPException(
            status_code=404,
            detail=f"{known[document_id].citation_title} has no clause {clause!r}. "
            f"Its clause numbers are: {', '.join(numbers)}.",
        )
    return [Citation.of(c) for c in found]
