"""Shared fixtures. Area-specific fixtures live in tests/<area>/conftest.py."""

# --- Index fixtures (ingest/index.py, bot/retrieve.py) ------------------------------------------

import hashlib
import math
from pathlib import Path

import pytest


class FakeEmbedder:
    """Deterministic bag-of-words vectors (hashed into 384 dims): no model, instant.

    Texts sharing words get near vectors, so dense ranking is predictable in tests. Counts
    calls and texts so tests can assert that no embedding work happened.
    """

    def __init__(self, digest: str = "fake-model-digest") -> None:
        self.digest = digest
        self.calls = 0
        self.texts = 0

    def warm_up(self) -> None:
        pass

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        self.texts += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    @staticmethod
    def _vector(text: str) -> list[float]:
        from ingest.index import tokenize

        vector = [0.0] * 384
        for token in tokenize(text):
            vector[int(hashlib.sha1(token.encode()).hexdigest()[:8], 16) % 384] += 1.0
        norm = math.sqrt(sum(x * x for x in vector))
        if norm == 0:
            vector[0], norm = 1.0, 1.0
        return [x / norm for x in vector]


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def index_settings(tmp_path: Path):
    """Settings with a private DATA_DIR under tmp_path (no .env, embedded Chroma)."""
    from bot.settings import Settings

    return Settings(_env_file=None, ENVIRONMENT="test", DATA_DIR=tmp_path / "data", CHROMA_HOST=None)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory):
    """The REAL corpus ingested once (real model) into a private DATA_DIR; yields those Settings.

    Treat it as read-only. Under pytest-xdist every worker points at one directory of the run:
    the first builds it and the others, waiting on the index's build lock, find it unchanged.
    """
    import os

    from bot.settings import REPO_ROOT, Settings
    from ingest.commands import load_corpus_fresh
    from ingest.index import build_index

    if os.environ.get("PYTEST_XDIST_WORKER"):
        data_dir = tmp_path_factory.getbasetemp().parent / "built-index"  # shared by this run's workers
    else:
        data_dir = tmp_path_factory.mktemp("built-index")
    settings = Settings(
        _env_file=None,
        ENVIRONMENT="test",
        DATA_DIR=data_dir,
        CORPUS_DIR=REPO_ROOT / "corpus",
        CHROMA_HOST=None,
    )
    build_index(load_corpus_fresh(settings.CORPUS_DIR), settings)
    yield settings


TINY_SOURCES = """\
councils:
  alpha:
    name: Alpha District Council
  beta:
    name: Beta Borough Council
documents:
  - id: alpha/members-code
    council: alpha
    title: Alpha Members' Code of Conduct
    citation_title: Alpha Members' Code of Conduct
    audience: members
    path: alpha/members-code.md
    source: tests/conftest.py
  - id: beta/employee-code
    council: beta
    title: Beta Employee Code of Conduct
    citation_title: Beta Employee Code of Conduct
    audience: officers
    path: beta/employee-code.md
    source: tests/conftest.py
"""

TINY_FILES = {
    "sources.yaml": TINY_SOURCES,
    "alpha/members-code.md": """\
# Alpha Members' Code of Conduct

## Gifts and hospitality

1. You must register any gift or hospitality worth over £50 within 28 days of receipt.

2. You must not accept a gift that could be seen to place you under an obligation.

## Interests

3. You must declare a disclosable pecuniary interest at the start of a meeting.
""",
    "beta/employee-code.md": """\
# Beta Employee Code of Conduct

## Private work

1. Employees must obtain written consent before undertaking private work.

2. Employees must not use council equipment for private work.
""",
}


@pytest.fixture
def tiny_corpus(tmp_path: Path):
    """Factory: writes a small valid corpus (manifest, 2 councils, 2 documents) and returns its dir.

    `files` overrides or adds files by relative path, e.g. to make one malformed.
    """

    def make(name: str = "corpus", files: dict[str, str] | None = None) -> Path:
        root = tmp_path / name
        for relative, text in {**TINY_FILES, **(files or {})}.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make


def make_clause(clause_id: str, text: str, *, audience: str = "members", title: str = "", heading: str = ""):
    """A Clause built by hand (no parser): council and document come from the id."""
    from bot.types import Clause

    document, _, number = clause_id.partition(":")
    return Clause(
        id=clause_id,
        council=document.split("/")[0],
        document=document,
        number=number,
        title=title,
        heading_path=[heading] if heading else [],
        text=text,
        line_start=1,
        line_end=1,
        audience=audience,  # type: ignore[arg-type]
        citation_title=document,
    )


HAND_CLAUSES = [
    ("alpha/members-code:1", "members", "You must register any gift or hospitality over £50 within 28 days."),
    ("alpha/members-code:2", "members", "You must not bully or harass any person."),
    ("alpha/protocol:1", "both", "Councillors and officers show respect; gifts go in a register."),
    ("alpha/officers-code:1", "officers", "Officers must declare any gift or hospitality offered to them."),
    ("beta/employee-code:1", "officers", "Employees must record any gift or hospitality in the register."),
    ("beta/members-code:1", "members", "Members must register gifts over £100 with the monitoring officer."),
]


@pytest.fixture
def clause_corpus():
    """Factory: a corpus-like object (documents, clauses, corpus_version) of hand-made clauses.

    `replace` maps a clause id to new text, for "one clause changed" cases.
    """
    from types import SimpleNamespace

    def make(version: str = "v1", replace: dict[str, str] | None = None) -> SimpleNamespace:
        clauses = [
            make_clause(cid, (replace or {}).get(cid, text), audience=audience)
            for cid, audience, text in HAND_CLAUSES
        ]
        documents = {c.document: c.document for c in clauses}
        return SimpleNamespace(documents=documents, clauses=clauses, corpus_version=version)

    return make
