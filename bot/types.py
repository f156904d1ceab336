"""The typed chain every answer flows along: SourceDocument → Clause → Evidence → Answer.

These models are the project's public contract: `conduct ask --json`, the HTTP API and
the evaluation suite all speak them. Change a field here and every door changes with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Audience = Literal["members", "officers", "both"]
Role = Literal["officer", "councillor"]
Outcome = Literal["answered", "needs_clarification", "not_covered"]
CheckOutcome = Literal["action_required", "no_action_required", "not_permitted", "permitted", "refer"]


class SourceDocument(BaseModel):
    """One code or protocol of one council, as described in `corpus/sources.yaml`."""

    model_config = ConfigDict(frozen=True)

    id: str  # "lichfield/members-code": council slug / document slug
    council: str  # "lichfield"
    council_name: str  # "Lichfield District Council"
    title: str  # full title as printed
    citation_title: str  # "Lichfield Members' Code of Conduct": what a citation says
    audience: Audience
    path: str  # file under corpus/, relative to the corpus directory
    source: str  # where the text came from (seed file and lines, URL, ...)
    adopted: dt.date | None = None  # only where the text itself states it
    version: str = "1"
    complete: bool = True
    gaps: list[str] = Field(default_factory=list)  # known gaps and source typos, verbatim notes

    @property
    def slug(self) -> str:
        return self.id.split("/", 1)[1]


class Footnote(BaseModel):
    model_config = ConfigDict(frozen=True)

    marker: str  # "7" for ⁷ or ^{7}
    text: str


class Clause(BaseModel):
    """The unit of citation: a numbered (or unnumbered) paragraph exactly as printed.

    `id` is both the Chroma id and the citation key. It is `<document>:<number>`, and where a
    document prints the same number twice, `<document>:<number>@<section-slug>` for each of them.
    Unnumbered sections get `<document>:@<section-slug>`.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    council: str
    document: str  # SourceDocument.id
    number: str  # as printed: "12", "2.4.2", "117", "3"; "" when unnumbered
    title: str = ""  # the clause's own heading, e.g. "Selflessness" for para 1
    heading_path: list[str] = Field(default_factory=list)  # headings it sits under, outermost first
    text: str  # verbatim, with its sub-items and table rows; footnote markers kept
    footnotes: list[Footnote] = Field(default_factory=list)
    line_start: int  # 1-based lines in the corpus file
    line_end: int
    audience: Audience
    citation_title: str  # copied from the document so a clause can be cited on its own

    @property
    def heading(self) -> str:
        return " › ".join(self.heading_path)

    @property
    def label(self) -> str:
        """What a reader sees: "Lichfield Members' Code of Conduct, para 12"."""
        if not self.number:
            where = self.heading_path[-1] if self.heading_path else "preamble"
            return f"{self.citation_title}, {where}"
        base = f"{self.citation_title}, para {self.number}"
        if "@" in self.id and self.heading_path:
            # The number is printed twice in this document: name the section too.
            base += f" ({self.heading_path[-1]})"
        return base

    @property
    def content_hash(self) -> str:
        payload = "\x1f".join(
            [self.id, self.title, self.heading, self.text, *(f.marker + f.text for f in self.footnotes)]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def verbatim(self) -> str:
        """The clause text followed by its footnotes, as `conduct show` prints it."""
        parts = [self.text]
        parts += [f"[{f.marker}] {f.text}" for f in self.footnotes]
        return "\n\n".join(parts)


class Evidence(BaseModel):
    """A clause retrieved for one question, with how it was found."""

    clause: Clause
    score: float  # fused score, higher is better
    dense_rank: int | None = None  # 1-based; None when not in that list
    bm25_rank: int | None = None
    similarity: float | None = None  # cosine similarity of the clause's own words, when known
    # ...and of the nearest of the clause's words or its everyday questions (corpus/questions/)
    nearest_similarity: float | None = None


class Citation(BaseModel):
    id: str
    council: str
    document: str
    clause: str  # number as printed
    heading: str
    label: str  # "Lichfield Members' Code of Conduct, para 12"
    quote: str  # verbatim clause text
    footnotes: list[Footnote] = Field(default_factory=list)

    @classmethod
    def of(cls, clause: Clause) -> Citation:
        return cls(
            id=clause.id,
            council=clause.council,
            document=clause.document,
            clause=clause.number,
            heading=clause.heading,
            label=clause.label,
            quote=clause.text,
            footnotes=list(clause.footnotes),
        )


class Action(BaseModel):
    do: str  # "notify", "register", "refuse", "seek_consent", ...
    to: str | None = None  # "Monitoring Officer"
    by: dt.date | None = None
    detail: str = ""
    citation: Citation | None = None


class CheckResult(BaseModel):
    rule: str  # "lichfield.member.gifts_hospitality"
    outcome: CheckOutcome
    actions: list[Action] = Field(default_factory=list)
    deadline: dt.date | None = None
    deadline_rule: str | None = None  # how it was counted, in words
    facts: dict[str, Any] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    explanation: str = ""
    citations: list[Citation] = Field(default_factory=list)


class Clarification(BaseModel):
    """A question back to the asker when the answer turns on a missing fact."""

    fact: str  # "council", "role", "value", "received", ...
    question: str
    options: list[str] = Field(default_factory=list)  # one-click answers where the set is known


class Answer(BaseModel):
    """The response object: `conduct ask --json`, `POST /v1/ask` and Slack all carry this."""

    outcome: Outcome
    answer: str  # markdown
    citations: list[Citation] = Field(default_factory=list)  # most relevant first
    checks: list[CheckResult] = Field(default_factory=list)
    clarify: list[Clarification] = Field(default_factory=list)
    conversation_id: str
    answer_id: str = ""  # the audit record's id; feedback refers to it
    council: str | None = None
    role: Role | None = None
    topic: str | None = None
    corpus_version: str = ""
    settings_hash: str = ""
