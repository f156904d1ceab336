"""Evaluation cases: load `eval/cases/*.yaml` strictly and check them against the corpus.

A case file is a mapping `{kind: ..., cases: [...]}`; each case is validated by `Case`.
Every problem is a `CaseError` naming the file, the line and the case id: an unknown key, a
duplicate key or case id, an unknown outcome, a malformed date, an expected clause the
corpus doesn't have, an unknown council, a relative date ("yesterday") without `asked_at`.
The format is documented for governance officers in `eval/cases/README.md`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.types import CheckOutcome, Outcome, Role

CASES_DIR = Path(__file__).resolve().parent / "cases"

Kind = Literal["retrieval", "check", "clarify", "not_covered", "cross_council", "feedback"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]

# Words that make a question's meaning depend on when it was asked.
_RELATIVE_DATE = re.compile(
    r"\b(yesterday|today|tonight|tonight's|tomorrow|this morning|ago|"
    r"last (week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_CASE_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_RULE_ID = r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9_]*)+$"


class CaseError(ValueError):
    """A case file is wrong; the message names the file, line and case so it can be fixed."""

    def __init__(self, file: str, line: int | None, case_id: str | None, message: str) -> None:
        where = f"{file}:{line}" if line else file
        if case_id:
            where += f": case {case_id}"
        super().__init__(f"{where}: {message}")
        self.file, self.line, self.case_id = file, line, case_id


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _date_only(value: Any) -> Any:
    # YAML turns 2026-03-01 into a date already; a string must be ISO, nothing looser.
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    if isinstance(value, dt.datetime):
        raise ValueError("a deadline is a date (YYYY-MM-DD), not a date and time")
    if value is not None and not isinstance(value, dt.date):
        raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
    return value


class ExpectedCheck(_Strict):
    """What a checker must return. Only the fields given are compared; `deadline: null` means
    "no deadline" and is compared too."""

    rule: str = Field(pattern=_RULE_ID)
    outcome: CheckOutcome | None = None
    deadline: dt.date | None = None
    amount: Decimal | None = None  # pounds: the value the checker worked with

    _deadline_iso = field_validator("deadline", mode="before")(_date_only)

    @field_validator("amount", mode="before")
    @classmethod
    def _amount_as_text(cls, value: Any) -> Any:
        # 49.99 read as a float must compare as exactly 49.99, not 49.99000000000000198...
        if isinstance(value, bool):
            raise ValueError("an amount is a number of pounds, e.g. 49.99")
        if isinstance(value, float | int):
            return Decimal(str(value))
        return value

    @property
    def compares_deadline(self) -> bool:
        return "deadline" in self.model_fields_set


class Expect(_Strict):
    outcome: Outcome
    council: str | None = None  # the council the question is about when only its text says so
    clauses_any_of: list[str] = Field(default_factory=list)
    clauses_all_of: list[str] = Field(default_factory=list)
    check: ExpectedCheck | None = None
    must_include: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Expect:
        if self.outcome == "not_covered" and (self.clauses_any_of or self.clauses_all_of or self.check):
            raise ValueError("a not_covered case cannot expect clauses or a check")
        if any(not p.strip() for p in self.must_include + self.must_not_include):
            raise ValueError("empty phrase in must_include / must_not_include")
        return self

    @property
    def clauses(self) -> set[str]:
        """Every clause id the case names, any-of and all-of together."""
        return set(self.clauses_any_of) | set(self.clauses_all_of)


class Case(_Strict):
    """One question and what a right answer looks like. `kind` and `file` come from the file."""

    id: str = Field(pattern=_CASE_ID)
    question: str = Field(min_length=1)
    council: str | None = None
    role: Role | None = None
    asked_at: dt.datetime | None = None
    expect: Expect
    notes: str = ""
    kind: Kind = "retrieval"
    file: str = ""

    @field_validator("asked_at", mode="before")
    @classmethod
    def _iso_datetime(cls, value: Any) -> Any:
        if isinstance(value, str):
            return dt.datetime.fromisoformat(value.strip())
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return dt.datetime.combine(value, dt.time(9, 0))  # a bare date: assume office hours
        if value is not None and not isinstance(value, dt.datetime):
            raise ValueError(f"expected an ISO date-time like 2026-03-16T09:30:00, got {value!r}")
        return value

    @model_validator(mode="after")
    def _relative_dates_need_asked_at(self) -> Case:
        found = _RELATIVE_DATE.search(self.question)
        if found and self.asked_at is None:
            raise ValueError(f"the question says {found.group(0)!r}: give asked_at so the date is fixed")
        return self

    @property
    def target_council(self) -> str | None:
        """The council the question is about: stated, passed, or implied by the expected clauses.

        The stated one (`expect.council`) comes first: it is there precisely because the
        question names a council other than the one the door passes ("TH cllr here..." in a
        Lichfield channel).
        """
        if self.expect.council or self.council:
            return self.expect.council or self.council
        councils = {clause_id.split("/", 1)[0] for clause_id in self.expect.clauses}
        return councils.pop() if len(councils) == 1 else None


@dataclass(frozen=True)
class CorpusIndex:
    """The clause ids (and texts) cases are validated against."""

    texts: dict[str, str]  # clause id -> clause text
    councils: frozenset[str]
    source: str  # where the ids came from, for messages

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self.texts)


def load_corpus_index() -> CorpusIndex:
    """Clause ids and texts from `bot.corpus.load_corpus()` (the corpus as ingest reads it)."""
    from bot.corpus import load_corpus

    clauses = list(load_corpus().clauses)
    source = "bot.corpus.load_corpus()"
    return CorpusIndex(
        texts={c.id: c.text for c in clauses},
        councils=frozenset(c.council for c in clauses),
        source=source,
    )


# --- YAML with line numbers and no duplicate keys -------------------------------------------


class _Map(dict):
    lines: dict[str, int]
    line: int


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and remembers where each mapping starts."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> _Map:
    result = _Map()
    result.lines, result.line = {}, node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[str(key)] = key_node.start_mark.line + 1
    return result


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text here and are parsed per case, so "2026-02-30" is an error naming its case.
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _read_yaml(path: Path) -> Any:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CaseError(name, None, None, f"not valid UTF-8 at byte {exc.start}") from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise CaseError(name, mark.line + 1 if mark else None, None, f"invalid YAML: {exc.problem}") from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "case"
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        elif "input" in err and err["type"] != "missing" and not isinstance(err["input"], dict):
            message += f" (got {err['input']!r})"
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def load_file(path: Path, corpus: CorpusIndex | None = None) -> list[Case]:
    """Load one case file; with `corpus`, every expected clause and council must exist in it."""
    name = str(path)
    data = _read_yaml(path)
    if not isinstance(data, _Map) or set(data) - {"kind", "cases"} or "cases" not in data:
        raise CaseError(name, 1, None, "a case file is a mapping with `kind:` and `cases:` only")
    kind = data.get("kind", "retrieval")
    if kind not in KINDS:
        raise CaseError(name, data.lines.get("kind"), None, f"unknown kind {kind!r}; use one of {KINDS}")
    raw_cases = data["cases"]
    if not isinstance(raw_cases, list) or not raw_cases:
        raise CaseError(name, data.lines.get("cases"), None, "`cases:` must be a non-empty list")

    cases: list[Case] = []
    for raw in raw_cases:
        line = getattr(raw, "line", None)
        if not isinstance(raw, dict):
            raise CaseError(name, line, None, "each case must be a mapping (id, question, expect, ...)")
        case_id = str(raw["id"]) if raw.get("id") is not None else None
        reserved = {"kind", "file"} & set(raw)
        if reserved:
            raise CaseError(
                name, line, case_id, f"unknown key {sorted(reserved)[0]!r} (kind is set per file)"
            )
        try:
            case = Case.model_validate({**raw, "kind": kind, "file": name})
        except ValidationError as exc:
            raise CaseError(name, line, case_id, _describe(exc)) from None
        except ValueError as exc:  # a date that fromisoformat rejects outside pydantic
            raise CaseError(name, line, case_id, str(exc)) from None
        if corpus is not None:
            _check_against_corpus(case, corpus, name, line)
        cases.append(case)
    return cases


def _check_against_corpus(case: Case, corpus: CorpusIndex, name: str, line: int | None) -> None:
    for clause_id in case.expect.clauses_any_of + case.expect.clauses_all_of:
        if clause_id not in corpus.texts:
            hint = _nearest(clause_id, corpus.ids)
            raise CaseError(name, line, case.id, f"expected clause {clause_id!r} is not in the corpus{hint}")
    for council in (case.council, case.expect.council):
        if council is not None and council not in corpus.councils:
            raise CaseError(
                name, line, case.id, f"unknown council {council!r}; the corpus has {sorted(corpus.councils)}"
            )


def _nearest(clause_id: str, ids: Iterable[str]) -> str:
    document = clause_id.split(":", 1)[0]
    same_number = [i for i in ids if i.startswith(clause_id + "@")]
    if same_number:
        return f" (this number is printed twice: use one of {sorted(same_number)})"
    if not any(i.startswith(document + ":") for i in ids):
        return f" (no document {document!r})"
    return ""


def load_cases(directory: Path = CASES_DIR, corpus: CorpusIndex | None = None) -> list[Case]:
    """Every `*.yaml` case file in `directory`, sorted by name; case ids unique across files."""
    directory = Path(directory)
    files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    if not files:
        raise CaseError(str(directory), None, None, "no case files (*.yaml) found")
    seen: dict[str, str] = {}
    cases: list[Case] = []
    for path in files:
        for case in load_file(path, corpus):
            if case.id in seen:
                raise CaseError(str(path), None, case.id, f"duplicate case id (also in {seen[case.id]})")
            seen[case.id] = str(path)
            cases.append(case)
    return cases
