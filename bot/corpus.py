"""The parsed corpus: documents and clauses, loaded once per process and directory.

`load_corpus()` reads `corpus/sources.yaml`, checks every document file belongs to the
manifest, parses each file (`ingest.parse`) and stamps the result with `corpus_version`,
a short digest of the manifest, the document files, `rules/*.yaml` and `questions/`: any edit to the
corpus changes it, so every answer can be traced to the text it quoted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.types import Clause, SourceDocument
from ingest.errors import CorpusError
from ingest.manifest import READERS, Council, load_manifest
from ingest.parse import parse_document
from ingest.questions import load_questions, question_files

MANIFEST = "sources.yaml"


@dataclass(frozen=True)
class Corpus:
    """All documents and clauses of one corpus directory, with lookups by id and number."""

    directory: Path
    councils: dict[str, Council]
    documents: dict[str, SourceDocument]  # by document id, in manifest order
    clauses: list[Clause]  # document by document, in printed order
    corpus_version: str
    # Everyday questions each clause answers (ingest.questions): retrieval only, never quoted.
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _by_id: dict[str, Clause] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({clause.id: clause for clause in self.clauses})

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with this id, or None: a citation of an unknown id is dropped, not trusted."""
        return self._by_id.get(clause_id)

    def has_clause(self, clause_id: str) -> bool:
        return clause_id in self._by_id

    def by_number(self, document_id: str, number: str) -> list[Clause]:
        """The clause(s) printed with `number` in the document: two where it is printed twice.

        `number` may also be a full suffix such as "10.2@general" or "@part-one-standards-of-conduct".
        """
        if "@" in number:
            found = self._by_id.get(f"{document_id}:{number}")
            return [found] if found else []
        return [c for c in self.clauses if c.document == document_id and c.number == number]

    def document_clauses(self, document_id: str) -> list[Clause]:
        return [c for c in self.clauses if c.document == document_id]

    @property
    def council_names(self) -> dict[str, str]:
        """Council slug -> name, in manifest order."""
        return {slug: council.name for slug, council in self.councils.items()}

    @property
    def council_aliases(self) -> dict[str, list[str]]:
        """Council slug -> its name and the committees and offices only it has, each naming it."""
        return {slug: [council.name, *council.bodies] for slug, council in self.councils.items()}

    @property
    def council_places(self) -> dict[str, tuple[str, ...]]:
        """Council slug -> the towns and villages in its area that the manifest lists."""
        return {slug: council.places for slug, council in self.councils.items()}

    def contact_line(self, council: str, role: str = "monitoring_officer") -> str:
        """Who to ask, as a phrase: "the Monitoring Officer (mo@council.gov.uk, 01543 308000)".

        Email and phone appear only where the manifest configures them; an unknown council or
        role gets a generic phrase rather than another council's details.
        """
        entry = self.councils.get(council)
        contact = entry.contacts.get(role) if entry else None
        if contact is None:
            return "your council's " + role.replace("_", " ").title()
        details = [d for d in (contact.email, contact.phone) if d]
        return contact.name + (f" ({', '.join(details)})" if details else "")


def load_corpus(corpus_dir: Path | None = None) -> Corpus:
    """The parsed corpus in `corpus_dir` (default: settings.CORPUS_DIR), cached per directory."""
    if corpus_dir is None:
        from bot.settings import get_settings

        corpus_dir = get_settings().CORPUS_DIR
    return _load(Path(corpus_dir).resolve())


def clear_cache() -> None:
    """Forget loaded corpora, e.g. after editing files in a test."""
    _load.cache_clear()


@lru_cache(maxsize=8)
def _load(directory: Path) -> Corpus:
    manifest_path = directory / MANIFEST
    manifest = load_manifest(manifest_path)
    listed = {(directory / d.path).resolve() for d in manifest.documents}
    for file in _document_files(directory):
        if file.resolve() not in listed:
            raise CorpusError(
                str(file),
                None,
                f"not listed in {manifest_path}: add a `documents:` entry with "
                f"path: {file.relative_to(directory).as_posix()} (or remove the file)",
            )
    clauses: list[Clause] = []
    for document in manifest.documents:
        clauses += parse_document(directory, document)
    return Corpus(
        directory=directory,
        councils=manifest.councils,
        documents={d.id: d for d in manifest.documents},
        clauses=clauses,
        corpus_version=corpus_version(directory, [d.path for d in manifest.documents]),
        questions=load_questions(directory, clauses),
    )


def _document_files(directory: Path) -> list[Path]:
    """Files that look like documents: `<council>/<name>.<md|txt|pdf|docx>`, rules/ excluded."""
    return sorted(
        file
        for file in directory.glob("*/*")
        if file.is_file() and file.suffix.lower() in READERS and file.parent.name != "rules"
    )


def corpus_version(directory: Path, document_paths: list[str]) -> str:
    """Short sha256 over the manifest, the document files, rules/*.yaml and questions/ (names
    and bytes): everything that changes what is indexed or what an answer can say."""
    digest = hashlib.sha256()
    files = [directory / MANIFEST, *(directory / p for p in sorted(document_paths))]
    files += sorted((directory / "rules").glob("*.yaml"))
    files += question_files(directory)
    for file in files:
        digest.update(file.relative_to(directory).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]
