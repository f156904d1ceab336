"""The naive baseline the report compares against: fixed-size chunks, nearest neighbours, top 4.

LangChain's `RecursiveCharacterTextSplitter` (1,000 characters, 200 overlap) over each corpus
document's text, the same embedding model as the system (`ingest.embed.Embedder`), an
in-memory cosine search and the top 4 chunks. It has no clause model, no checkers and no
notion of "not covered": it always answers, its "answer" is the retrieved chunks' text, and
its citations are the clauses those chunks contain, so the same metrics apply to it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from bot.types import Answer, Citation, Clause

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
_START_CHARS = 60  # a chunk "holds" a clause when it contains the clause text's first characters


@dataclass(frozen=True)
class Chunk:
    text: str
    council: str
    document: str
    clause_ids: tuple[str, ...]  # clauses whose text starts inside this chunk, in printed order


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def chunks_with_clauses(documents: list[tuple[str, str, str]], clauses: list[Clause]) -> list[Chunk]:
    """Split (document id, council, text) triples and map each chunk to the clauses it starts.

    A clause whose start falls in no chunk (a start cut across the chunk boundary) is mapped
    to the chunk holding the most of its first words, so every clause is reachable.
    """
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    chunks: list[Chunk] = []
    for document_id, council, text in documents:
        own = [c for c in clauses if c.document == document_id]
        pieces = splitter.split_text(text)
        normal_pieces = [_normal(p) for p in pieces]
        mapped: list[list[str]] = [[] for _ in pieces]
        for clause in own:
            start = _normal(clause.text)[:_START_CHARS]
            homes = [i for i, p in enumerate(normal_pieces) if start and start in p]
            if not homes:
                words = start.split()
                overlap = [sum(w in p for w in words) for p in normal_pieces]
                homes = [max(range(len(pieces)), key=overlap.__getitem__)] if pieces else []
            for i in homes:
                mapped[i].append(clause.id)
        chunks += [
            Chunk(text=p, council=council, document=document_id, clause_ids=tuple(ids))
            for p, ids in zip(pieces, mapped, strict=True)
        ]
    return chunks


class NaiveBaseline:
    """Answers a question with the top-4 chunks' clauses; `embeddings` is a LangChain Embeddings."""

    def __init__(self, chunks: list[Chunk], clauses: dict[str, Clause], embeddings: Any) -> None:
        self.chunks = chunks
        self.clauses = clauses
        self.embeddings = embeddings
        self._vectors: Any = None

    @classmethod
    def from_corpus(cls, corpus: Any | None = None, embeddings: Any | None = None) -> NaiveBaseline:
        """Build over the loaded corpus's documents with the system's own embedding model."""
        from bot.corpus import load_corpus
        from ingest.parse import read_document

        corpus = corpus or load_corpus()
        if embeddings is None:
            from ingest.embed import Embedder

            embeddings = Embedder()
        documents = [
            (doc.id, doc.council, read_document(corpus.directory, doc)) for doc in corpus.documents.values()
        ]
        chunks = chunks_with_clauses(documents, list(corpus.clauses))
        return cls(chunks, {c.id: c for c in corpus.clauses}, embeddings)

    def warm_up(self) -> None:
        """Embed every chunk once."""
        import numpy as np

        if self._vectors is None:
            vectors = np.asarray(self.embeddings.embed_documents([c.text for c in self.chunks]), dtype=float)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            self._vectors = vectors / np.where(norms == 0, 1, norms)

    def search(self, question: str, k: int = TOP_K) -> list[Chunk]:
        import numpy as np

        self.warm_up()
        query = np.asarray(self.embeddings.embed_query(question), dtype=float)
        query = query / (np.linalg.norm(query) or 1)
        order = np.argsort(-(self._vectors @ query), kind="stable")[:k]
        return [self.chunks[i] for i in order]

    def ask(
        self,
        question: str,
        *,
        council: str | None = None,
        role: str | None = None,
        asked_at: dt.datetime | None = None,
    ) -> Answer:
        """Always "answered"; council, role and date are ignored, as a naive pipeline would."""
        found = self.search(question)
        cited = list(dict.fromkeys(cid for chunk in found for cid in chunk.clause_ids))
        return Answer(
            outcome="answered",
            answer="\n\n---\n\n".join(chunk.text for chunk in found),
            citations=[Citation.of(self.clauses[cid]) for cid in cited if cid in self.clauses],
            conversation_id=f"baseline-{uuid.uuid4().hex[:12]}",
        )
