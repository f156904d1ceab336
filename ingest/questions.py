"""Everyday questions each clause answers (`corpus/questions/<document id>.yaml`), for retrieval.

People ask "can i keep the bottle of wine the developer sent?"; the codes say "gifts and
hospitality... notify the Monitoring Officer". A small embedding model bridges some of that
gap, not all. So each clause may carry a few questions in everyday words, written from the
clause alone. They are embedded beside the clause and indexed with it for BM25, so a question
close to one of them finds the clause; they are never quoted, shown or used to decide an answer:
an answer still cites and quotes only the verbatim clause.

The files are data a governance team can extend, e.g. from answers marked 👎. Loading is
strict: the document must be in the manifest and match the file's path, every key must be a
clause of that document, every question a non-empty line, and a question may not carry an
amount the clause does not state (a stray "£50" would pull a council's clause towards another
council's figure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

from bot.types import Clause
from ingest.errors import CorpusError
from ingest.manifest import read_strict_yaml

QUESTIONS_DIR = "questions"
_TOP_KEYS = {"document", "questions"}
_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?")
MAX_QUESTION_CHARS = 300


def question_files(corpus_dir: Path) -> list[Path]:
    """Every questions file under `corpus_dir/questions/`, in a stable order."""
    root = Path(corpus_dir) / QUESTIONS_DIR
    return sorted(root.rglob("*.yaml")) if root.is_dir() else []


def load_questions(corpus_dir: Path, clauses: Iterable[Clause]) -> dict[str, tuple[str, ...]]:
    """Clause id → its everyday questions, from every file under `corpus_dir/questions/`.

    A clause without questions is simply absent. Raises `CorpusError` naming file and line.
    """
    corpus_dir = Path(corpus_dir)
    by_id = {c.id: c for c in clauses}
    documents = {c.document for c in by_id.values()}
    found: dict[str, tuple[str, ...]] = {}
    for path in question_files(corpus_dir):
        expected = path.relative_to(corpus_dir / QUESTIONS_DIR).with_suffix("").as_posix()
        found.update(_load_file(path, expected, documents, by_id))
    return found


def _load_file(
    path: Path, expected_document: str, documents: set[str], by_id: Mapping[str, Clause]
) -> dict[str, tuple[str, ...]]:
    name = str(path)
    data = read_strict_yaml(path, what="questions file")
    if not isinstance(data, dict):
        raise CorpusError(name, 1, "a questions file is a mapping with `document:` and `questions:`")
    lines = getattr(data, "key_lines", {})
    for key in data:
        if key not in _TOP_KEYS:
            raise CorpusError(name, lines.get(key), f"unknown key {key!r}; allowed: document, questions")
    document = data.get("document")
    if document not in documents:
        raise CorpusError(name, lines.get("document", 1), f"unknown document {document!r}")
    if document != expected_document:
        raise CorpusError(
            name,
            lines.get("document"),
            f"document {document!r} does not match the file's path (expected {expected_document!r})",
        )
    table = data.get("questions")
    if not isinstance(table, dict) or not table:
        raise CorpusError(name, lines.get("questions", 1), "`questions:` must map clause ids to lists")
    key_lines = getattr(table, "key_lines", {})
    loaded: dict[str, tuple[str, ...]] = {}
    for clause_id, questions in table.items():
        line = key_lines.get(clause_id)
        clause = by_id.get(str(clause_id))
        if clause is None or clause.document != document:
            raise CorpusError(name, line, f"{clause_id!r} is not a clause of {document}")
        if not isinstance(questions, list) or not questions:
            raise CorpusError(name, line, f"{clause_id}: expected a non-empty list of questions")
        item_lines = getattr(questions, "item_lines", [line] * len(questions))
        for question, item_line in zip(questions, item_lines, strict=True):
            _check_question(name, item_line, clause, question)
        loaded[clause.id] = tuple(q.strip() for q in questions)
    return loaded


def _check_question(name: str, line: int | None, clause: Clause, question: object) -> None:
    if not isinstance(question, str) or not question.strip() or "\n" in question.strip():
        raise CorpusError(name, line, f"{clause.id}: each question must be one non-empty line of text")
    if len(question) > MAX_QUESTION_CHARS:
        raise CorpusError(name, line, f"{clause.id}: question longer than {MAX_QUESTION_CHARS} characters")
    stated = _amounts(clause.text + " " + " ".join(f.text for f in clause.footnotes))
    for amount in _amounts(question):
        if amount not in stated:
            raise CorpusError(
                name, line, f"{clause.id}: question mentions £{amount}, which the clause does not state"
            )


def _amounts(text: str) -> set[Decimal]:
    """Amounts as numbers, so "£50" in a question matches "£50.00" in the clause."""
    return {Decimal(m.group().lstrip("£").strip().replace(",", "")) for m in _MONEY.finditer(text)}
